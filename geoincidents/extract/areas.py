"""Fire aimed at a whole country or province, headlines, and the day of each place of a list.

* "Iran fired about 180 ballistic missiles at Israel": the country (or a
  province: "a barrage toward northern Israel") aimed at is a draft of its own
  beside the towns and bases the report says the fire hit; they take its
  launch and actor when they name none (:func:`merge_keeping_areas`);
* a headline (a first line with no closing stop) only joins the body's drafts
  (:func:`title_sentence`);
* "drone attacks on al-Asad on October 17 and on al-Tanf on October 18": each
  place of a list takes the day told right after it (:func:`date_after`).
"""
from __future__ import annotations

from typing import Any, Sequence

from geoincidents.extract import lexicon
from geoincidents.extract.counts import MUNITION_TYPES
from geoincidents.extract.affinity import affinity
from geoincidents.extract.drafts import Draft, absorb, downed_over_a_third_country_that_day, merge_drafts
from geoincidents.extract.nesting import contains, specificity
from geoincidents.schema import EVENT_GROUPS

__all__ = ["date_after", "title_sentence", "aimed_at_area", "struck_country", "merge_keeping_areas",
           "country_by_adjective"]

#: Words that may stand between an aim cue and the area it names ("fired at the whole of northern Israel").
_AREA_WORDS = ("the", "northern", "southern", "central", "eastern", "western")


def date_after(event: Any, target: Any, following: Any) -> tuple[Any, str]:
    """The date of one target of a clause: "drone attacks on al-Asad on October 17 and on al-Tanf on October 18" give
    each place the date told right after it (before the next place); else the clause's date."""
    if target is None or target.sentence != event.sentence or len(event.own_dates) < 2:
        return event.date, event.date_precision
    limit = following.first if following is not None else event.last
    told = [d for d in event.own_dates if target.last <= d.first < limit]
    return (told[0].date, told[0].precision) if told else (event.date, event.date_precision)


def title_sentence(text: str, sentences: list[Any]) -> int | None:
    """The index of the headline, when the report opens with one: a first line with no closing stop, then a line break."""
    first_line = text.lstrip().split("\n", 1)
    if len(sentences) < 2 or len(first_line) < 2 or not first_line[0].strip() or first_line[0].rstrip()[-1] in ".!?\"”":
        return None
    return 0 if sentences[0].text.strip() == first_line[0].strip() else None


def _cue_start(lowered: Sequence[str], first: int) -> int:
    """Where the cue word just before a mention starts ("fired at Israel": "at"; "heading for Israel": "heading")."""
    k = first - 1
    while k > 0 and lowered[k] in _AREA_WORDS:
        k -= 1
    if k > 0 and lowered[k] in ("for", "at", "to") and lowered[k - 1] in ("heading", "headed", "bound", "aimed"):
        return k - 1
    return max(k, 0)


def aimed_at_area(event: Any, target: Any, lowered: Sequence[str]) -> bool:
    """Whether fire is aimed at a whole country or province told in its own sentence ("fired missiles at Israel",
    "a barrage toward northern Israel"; not "rockets fired at US forces in Syria"): ``area_aim`` in extract_words.csv."""
    return target is not None and target.sentence == event.sentence and specificity(target.place) >= 3 \
        and event.event_type in MUNITION_TYPES \
        and lexicon.word_phrases("area_aim").match_at(lowered, _cue_start(lowered, target.first)) is not None


def struck_country(event: Any, targets: Sequence[Any], target: Any) -> bool:
    """Whether a state's strikes are told at several whole countries only, on a day of their own or with the sites
    they hit counted ("Turkey said it struck 29 targets in northern Iraq and Syria on Saturday evening", "strikes on
    Kurdish-held territory in Syria and Iraq late on Wednesday"): each country is a draft of its own beside the towns
    the report names inside it, as an analyst lists the announced wave apart from the places told hit. Not one
    country ("Israeli air strikes on military sites in central Syria" is the strike the report then places at
    Masyaf)."""
    return target is not None and target.sentence == event.sentence and target.place.kind == "country" \
        and EVENT_GROUPS.get(event.event_type) == "strike" and not event.linked \
        and all(m.place.kind == "country" for m in targets) and len({m.place.id for m in targets}) > 1 \
        and ((event.date_explicit and not event.date_loose) or event.sites_told)


#: Words that may stand between an aim cue and a demonym ("air strikes on several Iranian nuclear facilities").
_BEFORE_DEMONYM = frozenset({"the", "a", "an", "several", "number", "of", "dozens", "many", "some", "various", "key",
                             "multiple", "more", "than", "two", "three", "four", "five"})
_DEMONYM_CUES = frozenset({"on", "against", "at", "targeting", "toward", "towards"})


def country_by_adjective(lowered: Sequence[str], first: int, last: int) -> str | None:
    """The country a clause aims at when it names it only by its adjective ("air strikes on several Iranian nuclear
    facilities", "a strike hit a headquarters on the Syrian side of the border"): a demonym after an aim cue (with
    only quantifiers between) and a site or territory noun within the three words after it. The adjective is no place
    mention (the report names no place there); it gives a draft that names no place its country."""
    sites = lexicon.words("site_count") | lexicon.words("territory")
    for start, end, country in lexicon.demonyms().find(lowered[first:last]):
        k = first + start - 1
        while k >= first and lowered[k] in _BEFORE_DEMONYM:
            k -= 1
        if k >= first and lowered[k] in _DEMONYM_CUES and sites & set(lowered[first + end:first + end + 3]):
            return str(country)
    return None


def merge_keeping_areas(drafts: list[Draft], aims: set[int]) -> list[Draft]:
    """Merge the drafts of one report; fire aimed at a whole country ("Iran fired about 200 missiles at Israel") stays
    a draft of its own beside the places it hit, and lends its launch and actor to the fire of that day inside it (a
    state's wave told at several countries, :func:`struck_country`, to the strikes inside them)."""
    area = [d for d in drafts if id(d) in aims]
    rest = [d for d in drafts if id(d) not in aims]
    if area and not any(d.places() for d in rest):
        # What the report tells of a wave at a country with no place of its own ("Iran fired missiles at Israel on
        # Tuesday. Most were intercepted."): that wave's, when no other draft names a place it could join
        area = sorted(area + [d for d in rest if d.weak], key=lambda d: d.order)
        rest = [d for d in rest if not d.weak]
    groups = merge_drafts(rest, slack_days=0)
    barrages = merge_drafts(area, slack_days=0)
    # "US jets struck three sites in Iraq and two in Syria on Sunday. One of the strikes hit a headquarters near Qaim":
    # a place told hit inside a wave at a country, of its day and family, that no draft took is a draft of its own
    # beside the wave (a weak draft would otherwise only join one).
    taken = {id(e) for g in groups for e in g.evidence}
    # (not a headline's: "Iranian missiles kill ten in Tamra and Bat Yam" tells the body's incidents again)
    groups += [d for d in rest if d.weak and not d.headline and d.target is not None and specificity(d.target) <= 1
               and not any(id(e) in taken for e in d.evidence)
               and any(b.target is not None and b.date == d.date and contains(b.target, d.target)
                       and EVENT_GROUPS.get(b.event_type) == EVENT_GROUPS.get(d.event_type) for b in barrages)]
    # (so is the downing over a third country that the report tells at that country only: "Jordan said its air
    # defences had brought down missiles over Jordanian territory" during Iran's barrage on Israel)
    groups += [d for d in rest if d.weak and not any(id(e) in taken for e in d.evidence)
               and downed_over_a_third_country_that_day(d, groups + barrages)]
    for g in list(groups):
        # The same country told again ("Air operations were carried out in the north of Iraq" after "strikes on 29
        # targets in northern Iraq and Syria on Saturday"): that wave, not a draft of its own.
        told = [b for b in barrages if g.target is not None and b.target is not None and g.target.id == b.target.id
                and g.target.kind == "country" and affinity(b, g, 0, False) > 0]
        if told:
            absorb(told[0], g)
            groups.remove(g)
    for barrage in barrages:
        for g in groups:
            fire = g.event_type in MUNITION_TYPES \
                or EVENT_GROUPS.get(g.event_type) == EVENT_GROUPS.get(barrage.event_type) == "strike"
            if fire and g.date is not None and barrage.date is not None \
                    and abs((g.date - barrage.date).days) <= 1 and g.target is not None \
                    and contains(barrage.target, g.target):
                g.launch = g.launch or barrage.launch
                g.actor = g.actor or barrage.actor
    return sorted(groups + barrages, key=lambda g: g.order)
