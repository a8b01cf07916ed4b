"""The record of one event mention: what one clause tells of one event (type, day, actors, counts, statuses, the
place mentions of its clause), filled by :func:`geoincidents.extract.events.find_events` and read by every later
step (roles, asides, drafts)."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

__all__ = ["EventMention"]


@dataclass
class EventMention:
    """What one clause tells of one event."""

    sentence: int
    first: int
    last: int
    event_type: str
    priority: int
    trigger: str
    date: date | None = None
    date_precision: str = "day"
    date_explicit: bool = False
    date_text: str = ""
    date_note: str = ""  # another day a careful reader could pick (dates.DateMention.note)
    date_from: int | None = None  # undated: the sentence of no event that told the day it took, if one did
    date_entry: bool = False  # ... and that sentence opens the timeline's entry it is told in
    date_loose: bool = False  # the day told is not the event's own: a statement's ("the Pentagon confirmed on
    # Tuesday"), or that of the main clause it hangs on ("he died on Tuesday after a missile struck his house")
    date_counted: int | None = None  # its day counted back from the day told last ("came a day after ..."): -1
    date_since: bool = False  # its day is what a run is counted from ("since Saturday's strike, ..."): lends none
    date_background: bool = False  # told in the pluperfect ("had seen deadly strikes on Wednesday"): lends no day
    told_past: bool = False  # its clause is in the pluperfect, dated or not ("Des raids avaient visé Toulin")
    after_told: bool = False  # undated, in or after a clause opened by "hours after" ("Hours after the strikes,")
    actor: str = ""
    target_actor: str = ""
    munitions: str = ""
    munition_count: tuple[int, bool] | None = None
    fatalities: int | None = None
    injured: int | None = None
    statuses: list[str] = field(default_factory=list)
    mentions: list[Any] = field(default_factory=list)  # the clause's place mentions (roles set)
    firing: bool = False
    linked: bool = False  # in a clause hung on another by a linking word
    hung_after: bool = False  # ... by a plain "after" or "following" (not "days after", not "in retaliation for")
    sites_told: bool = False  # the clause counts the sites it hit ("three locations in Syria")
    told_apart: bool = False  # the clause tells another incident ("have also hit the Islamic State group in Syria")
    told_earlier: bool = False  # ... as an earlier one: "avait déjà revendiqué une attaque" 'had already claimed'
    time_apart: bool = False  # the clause opens on another moment ("A few hours earlier, a strike hit ...")
    downed_over: bool = False  # intercepted "over" a place, or debris that fell on it, during a barrage
    tally: bool = False  # a count of attacks ("counted four attacks that day"), each told after it
    outcome: str = ""
    launched: tuple[int, bool] | None = None
    intercepted: tuple[int, bool] | None = None
    impacted: tuple[int, bool] | None = None
    time: str = ""
    timezone: str = ""
    date_end: date | None = None
    own_dates: list[Any] = field(default_factory=list)  # the clause's own date expressions (DateMention), in order
