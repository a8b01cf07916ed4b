"""Which of a clause's dates tells its event word (clauses.bound_to, clauses.dates_of_event)."""
from __future__ import annotations

from datetime import date

import pytest

from geoincidents.extract.clauses import bound_to, dates_of_event
from geoincidents.extract.dates import find_dates
from geoincidents.extract.text import tokenize

PUBLISHED = date(2024, 4, 22)


def _dates(text):
    tokens = tokenize(text)
    lowered = [t.lower for t in tokens]
    return lowered, find_dates(tokens, published=PUBLISHED)


@pytest.mark.parametrize("text, word, expected", [
    ("the January 28 drone attack", "drone", True),
    ("Sunday's rocket fire", "rocket", True),
    ("Iran's attack on Israel on April 13", "attack", True),
    ("the attack, officials said on April 13", "attack", False),  # past a clause word
    ("officials said on Monday that the attack", "attack", False),
])
def test_a_date_inside_the_event_words_phrase_is_its_own(text, word, expected):
    lowered, found = _dates(text)
    start = lowered.index(word)
    end = start + (2 if word == "drone" else 1)
    assert len(found) == 1
    assert bound_to(lowered, found[0], start, end) is expected


def test_the_day_of_another_event_word_goes_last():
    lowered, found = _dates("Those February 3 strikes answered the January 28 drone attack in Jordan")
    start = lowered.index("drone")
    strikes = lowered.index("strikes")
    ordered = dates_of_event(lowered, found, start, start + 2, [(strikes, strikes + 1)])
    assert [d.text for d in ordered] == ["January 28", "February 3"]
    # Seen from the strikes, the order turns round.
    ordered = dates_of_event(lowered, found, strikes, strikes + 1, [(start, start + 2)])
    assert [d.text for d in ordered] == ["February 3", "January 28"]


@pytest.mark.parametrize("text, expected", [
    ("the group claimed Sunday's attack", True),
    ("the group claimed the January 28 attack", True),
    ("the army said on Tuesday rockets", False),  # beside the event word, but the day of the saying
])
def test_a_day_in_the_event_words_noun_phrase(text, expected):
    from geoincidents.extract.clauses import in_noun_phrase

    lowered, found = _dates(text)
    start = len(lowered) - 1
    assert in_noun_phrase(lowered, found[-1], start) is expected


@pytest.mark.parametrize("sentence, expected", [
    # a day another clause tells as earlier or later than the event is the event's day
    ("Hezbollah said it fired dozens of rockets on the northern Israeli town of Kiryat Shmona in retaliation for "
     "the death of two paramedics by Israeli strikes on a health center earlier Thursday.", "2024-01-11"),
    ("Hezbollah fired rockets at Kiryat Shmona after an Israeli strike killed two paramedics earlier on Thursday.",
     "2024-01-11"),
    # a day of the other clause with no such word is that event's alone: the rockets keep the report's day
    ("Hezbollah fired rockets at Kiryat Shmona in retaliation for Israeli strikes on a health center on Tuesday.",
     "2024-01-12"),
])
def test_a_day_told_as_earlier_that_day_dates_the_event(sentence, expected):
    from geoincidents import extract_report

    drafts = extract_report(sentence, published="2024-01-12").incidents
    rockets = drafts[drafts["target_place"] == "Kiryat Shmona"]
    assert rockets["date"].tolist() == [expected]


def test_the_day_of_an_earlier_event_hung_on_the_told_one_does_not_go_on():
    from geoincidents import extract_report

    text = ("Turkish drones struck a power station in north-east Syria, following yesterday's threats by the foreign "
            "minister. A drone also hit a fuel station in Amuda.")
    drafts = extract_report(text, published="2023-10-05").incidents
    assert set(drafts.loc[drafts["target_place"] == "Amuda", "date"]) == {"2023-10-05"}  # not the threats' day


def test_the_day_a_hung_clause_tells_goes_on_when_the_clause_before_tells_no_event():
    from geoincidents import extract_report

    text = ("The Nabatieh district is in flames after a series of Israeli air strikes late on Wednesday night. "
            "The strikes targeted sites in the village of Kafr Rumman.")
    drafts = extract_report(text, published="2024-06-06").incidents
    assert set(drafts.loc[drafts["target_place"] == "Kfar Remen", "date"]) == {"2024-06-05"}


def test_the_day_of_an_event_after_since_is_not_this_events():
    from geoincidents import extract_report

    text = ("Hezbollah fired dozens of rockets at northern Israel on Thursday, in response to a strike that killed four "
            "people in southern Lebanon, its first attack since the assassination of a commander on Tuesday evening.")
    drafts = extract_report(text, published="2024-08-02").incidents
    assert "2024-07-30" not in set(drafts["date"])  # Tuesday opens the time since; no strike of Tuesday is drafted


@pytest.mark.parametrize("onset", ["launching", "beginning", "starting"])
def test_the_day_a_campaign_began_after_since_dates_no_event(onset):
    # "its longest-range attack since launching operations against Iran last week": when the campaign began.
    text = f"The army struck a tanker at Mashhad airport, its longest-range attack since {onset} operations last week."
    assert _dates(text)[1] == []
