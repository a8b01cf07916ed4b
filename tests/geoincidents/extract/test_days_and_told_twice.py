"""The day each draft is given, one draft per incident told twice, and who claimed what.

Texts are modelled on real reports (our words, their facts): the Victory base rockets of 1 October 2024, the
Erbil drone and the US strikes of 25-26 December 2023, the al-Tanf and Conoco drones of 18-19 October 2023, the
Eilat drone of 13 November 2024 and the Golan claims of 12-13 October 2024.
"""
from __future__ import annotations

import pytest

from geoincidents.extract import extract_report


def rows(text, published, gazetteer, columns=("date", "event_type", "target_place")):
    r = extract_report(text, published=published, gazetteer=gazetteer)
    return [tuple(row) for row in r.incidents[list(columns)].itertuples(index=False)], r


def test_a_clock_time_of_another_zone_gives_the_day_at_the_target(gazetteer):
    got, r = rows("US forces struck three sites in Iraq on Monday. The strikes went in at 8:45 p.m. Eastern Time.",
                  "2023-12-26", gazetteer, ("date", "event_type", "target_place", "time", "timezone"))
    # 20:45 in New York on Monday 25 December is 04:45 on Tuesday 26 December in Iraq; the time stays as told.
    assert got == [("2023-12-26", "air_strike", "Iraq", "20:45", "America/New_York")]
    local, _ = rows("US forces struck three sites in Iraq on Monday at 9:30 p.m. local time.", "2023-12-26", gazetteer)
    assert local == [("2023-12-25", "air_strike", "Iraq")]


def test_no_group_claimed_is_no_claim(gazetteer):
    got, r = rows("Three rockets hit the Victory base near Baghdad airport on Tuesday. No group claimed the attack.",
                  "2024-10-01", gazetteer)
    assert got == [("2024-10-01", "rocket_attack", "Camp Victory")]
    assert set(r.claims["status"]) == {"reported"}
    assert r.incidents.loc[0, "status"] == "reported"


def test_one_site_named_two_ways_is_one_draft(gazetteer):
    got, _ = rows("Rockets were fired at the Victory base near Baghdad on Tuesday. The interior ministry said two "
                  "rockets landed inside Baghdad International Airport.", "2024-10-02", gazetteer)
    assert got == [("2024-10-01", "rocket_attack", "Camp Victory")]  # 3 km apart: the site told first
    got, _ = rows("A drone attacked Erbil on Monday, officials said. The drone hit the Harir base, causing no "
                  "casualties.", "2024-10-02", gazetteer)
    assert got == [("2024-09-30", "drone_attack", "Harir Air Base")]  # the town, then the site the detail names


@pytest.mark.parametrize("text", [
    "Rockets hit the Victory base on Tuesday. Rockets also hit Baghdad International Airport on Tuesday.",
    "A drone attacked Erbil airport on Monday. Another drone hit the Harir base.",
    "Drones attacked Erbil airport and the Harir base on Monday.",
])
def test_two_places_told_as_two_attacks_stay_two(text, gazetteer):
    got, _ = rows(text, "2024-10-02", gazetteer)
    assert len(got) == 2


def test_a_day_after_dates_the_clause_it_opens_a_day_earlier(gazetteer):
    text = ("Two drones attacked the al-Tanf garrison in southern Syria on Thursday, US officials said. The attacks "
            "in Syria came a day after drones were launched at US bases in Iraq, also causing minor injuries.")
    got, _ = rows(text, "2023-10-19", gazetteer)
    assert ("2023-10-19", "drone_attack", "al-Tanf garrison") in got
    assert ("2023-10-18", "drone_attack", "Iraq") in got
    # A sentence that opens with it dates nothing: the strike is the one the report told.
    got, _ = rows("US jets struck a depot near al-Qaim on Friday. A day after the strike, Iraqi officials said two "
                  "fighters were killed in it.", "2024-02-04", gazetteer)
    assert [g[0] for g in got] == ["2024-02-02"]


def test_weeks_earlier_is_the_week_around_that_day(gazetteer):
    from datetime import date

    from geoincidents.extract.dates import find_dates
    from geoincidents.extract.text import tokenize

    found = find_dates(tokenize("Nearly two weeks earlier, blasts were heard."), published=date(2024, 11, 14),
                       previous=date(2024, 11, 13))
    assert [(d.date.isoformat(), d.precision) for d in found] == [("2024-10-27", "week")]  # 27 Oct - 2 Nov


def test_the_same_area_on_another_day_is_an_incident_of_its_own(gazetteer):
    text = ("The Islamic Resistance in Iraq said on Sunday that its fighters had attacked a military target in the "
            "occupied Golan Heights with drones early that morning. The group said it had also struck a vital "
            "Israeli target in the same area on Saturday.")
    got, r = rows(text, "2024-10-13T05:45:26Z", gazetteer, ("date", "event_type", "target_place", "status"))
    assert got == [("2024-10-13", "drone_attack", "Golan Heights", "claimed"),
                   ("2024-10-12", "drone_attack", "Golan Heights", "claimed")]


def test_a_claim_with_the_day_it_was_said_is_a_claim(gazetteer):
    from geoincidents.extract import lexicon

    found = lexicon.statuses().find("the group said on tuesday that it had attacked the base".split())
    assert [v for _, _, v in found] == ["claimed"]


def test_a_claim_that_names_a_place_goes_to_the_attack_there(gazetteer):
    text = ("Two drones attacked the al-Tanf garrison in southern Syria on Thursday. The attacks in Syria came a day "
            "after drones were launched at US bases in Iraq. A little-known militia claimed one of the attacks in "
            "Iraq.")
    _, r = rows(text, "2023-10-19", gazetteer)
    claimed = r.claims[r.claims["status"] == "claimed"]
    assert list(claimed["incident_id"]) == ["2023-10-18-drone-attack-iraq"]
    assert r.incidents.set_index("incident_id").loc["2023-10-19-drone-attack-al-tanf-garrison", "status"] == "reported"


def test_a_claim_that_names_where_the_fire_went_gives_the_target(gazetteer):
    text = ("Sirens sounded in Eilat at 9:46 p.m. on Wednesday, and the army said a drone launched from the east had "
            "been intercepted by a navy missile boat. Militias in Iraq claimed the launch, saying they had fired at a "
            "vital target in Eilat.")
    got, r = rows(text, "2024-11-13T22:35:00Z", gazetteer, ("date", "event_type", "target_place", "status"))
    assert got == [("2024-11-13", "drone_attack", "Eilat", "claimed")]


@pytest.mark.parametrize("text, published, day, note", [
    ("Drones attacked the Harir base late on Saturday.", "2024-10-13", "2024-10-12",
     "Date: 'Saturday' read as 2024-10-12; 2024-10-13 is possible (late at night: after midnight)."),
    ("Rockets hit the Victory base on Sunday night.", "2024-10-14", "2024-10-13",
     "Date: 'Sunday' read as 2024-10-13; 2024-10-14 is possible (late at night: after midnight)."),
    ("Rockets hit the Victory base on Sunday.", "2024-10-13", "2024-10-13", None),  # the day of publication
    ("Rockets hit the Victory base last Sunday.", "2024-10-13", "2024-10-06", None),
    ("Drones were launched at the Harir base overnight, officials said.", "2024-10-13", "2024-10-13",
     "Date: 'overnight' read as 2024-10-13; 2024-10-12 is possible (near midnight)."),
    ("Rockets hit the Victory base on Friday. Hours earlier, a drone struck the Harir base.", "2024-10-13",
     "2024-10-11", "Date: 'Hours earlier' read as 2024-10-11; 2024-10-10 is possible (near midnight)."),
])
def test_the_day_read_and_the_other_day_a_reader_could_pick(text, published, day, note, gazetteer):
    r = extract_report(text, published=published, gazetteer=gazetteer)
    assert set(r.incidents["date"]) == {day}
    notes = " ".join(r.incidents["notes"])
    if note is None:
        assert "Date:" not in notes
    else:
        assert notes.endswith(note)


@pytest.mark.parametrize("phrase, day", [
    ("the previous day", "2024-10-10"), ("the following day", "2024-10-12"), ("the same day", "2024-10-11"),
    ("later that day", "2024-10-11"), ("earlier in the day", "2024-10-11"), ("hours later", "2024-10-11"),
    ("the night before", "2024-10-10"), ("the previous night", "2024-10-10"), ("the previous evening", "2024-10-10"),
    ("the evening before", "2024-10-10"),
    ("this morning", "2024-10-13"), ("the day before yesterday", "2024-10-11"),  # from the publication day
])
def test_days_told_from_the_last_day_given(phrase, day):
    from datetime import date

    from geoincidents.extract.dates import find_dates
    from geoincidents.extract.text import tokenize

    found = find_dates(tokenize(f"Officials said {phrase} that a drone was downed."), published=date(2024, 10, 13),
                       previous=date(2024, 10, 11))
    assert [d.date.isoformat() for d in found] == [day]


@pytest.mark.parametrize("text, fatalities, injured", [
    ("and no one was hurt", None, 0), ("nobody was killed", 0, None), ("no one was killed or injured", 0, 0),
    ("killing one and injuring no one", 1, 0), ("killing one person and injuring eight", 1, 8),
])
def test_no_one_hurt_is_zero_not_one(text, fatalities, injured):
    from geoincidents.extract.counts import counts

    c = counts(text.split())
    assert (c["fatalities"], c["injured"]) == (fatalities, injured)


def test_two_reports_naming_one_site_two_ways_are_one_draft(gazetteer):
    from geoincidents.extract import extract_reports

    a = ("Rockets were launched at the Victory base in the early hours of Tuesday, Iraqi security sources said, and "
         "no one was hurt.")
    b = "Two Katyusha rockets struck areas around Baghdad International Airport on Tuesday, the Iraqi military said."
    r = extract_reports([a, b], published={"a": "2024-09-30T22:05:00Z", "b": "2024-10-01T09:00:00Z"},
                        source_ids=["a", "b"], gazetteer=gazetteer)
    assert list(zip(r.incidents["date"], r.incidents["target_place"], r.incidents["sources"])) == [
        ("2024-10-01", "Camp Victory", "a;b")]
    assert sorted(set(r.claims["source_id"])) == ["a", "b"]


def test_each_claim_denial_and_attribution_names_who_made_it(gazetteer):
    text = ("A drone struck the Tower 22 outpost in Jordan on Sunday, killing three US soldiers. US officials blamed "
            "Iran-backed militias for the attack. The Islamic Resistance in Iraq claimed responsibility for the "
            "attack. Iran denied any role in the attack.")
    r = extract_report(text, published="2024-01-29", gazetteer=gazetteer)
    got = {status: assertion for status, assertion in zip(r.claims["status"], r.claims["assertion"])}
    assert "(attributed to militia by US officials)" in got["attributed"]
    assert "(claimed by Islamic Resistance in Iraq)" in got["claimed"]
    assert "(denied by Iran)" in got["denied"]
    assert r.incidents.loc[0, "status"] == "disputed"  # a claim and a denial of one attack


def test_a_passive_claim_names_the_agent_after_by(gazetteer):
    """'Responsibility was claimed by X': X made the claim, not the words before the verb."""
    text = ("An explosive-laden drone hit the Harir air base in Erbil province on Friday. Responsibility was claimed "
            "by the Islamic Resistance in Iraq, an umbrella of Iran-aligned armed groups.")
    r = extract_report(text, published="2024-01-05", gazetteer=gazetteer)
    claimed = r.claims.loc[r.claims["status"] == "claimed", "assertion"].tolist()
    assert len(claimed) == 1 and "(claimed by Islamic Resistance in Iraq)" in claimed[0]
    assert "Responsibility" not in claimed[0]


@pytest.mark.parametrize("text, day", [
    ("The Islamic Resistance in Iraq said on Tuesday that it had attacked the Harir base with drones on Monday.",
     "2024-01-15"),
    ("The Islamic Resistance in Iraq said Tuesday it had attacked the Harir base with drones on Monday.", "2024-01-15"),
    ("On Tuesday, the group said it had attacked the Harir base with drones the previous day.", "2024-01-15"),
    ("On Tuesday, the group said it had attacked the Harir base with drones.", "2024-01-16"),  # no other day told
])
def test_the_day_a_claim_was_made_is_not_the_attacks(text, day, gazetteer):
    got, _ = rows(text, "2024-01-16", gazetteer, ("date", "target_place", "status"))
    assert got == [(day, "Harir Air Base", "claimed")]


def test_since_a_day_is_where_a_count_starts_not_the_events_day(gazetteer):
    from datetime import date

    from geoincidents.extract.dates import find_dates
    from geoincidents.extract.text import tokenize

    def days(text):
        return [d.date.isoformat() for d in find_dates(tokenize(text), published=date(2024, 9, 23))]

    assert days("the fifth launch since Sunday morning") == []
    assert days("47 attacks since October 17") == []
    assert days("the first attack on US forces since early February") == []
    assert days("the third such strike since October 26, when two F-16s bombed stores") == ["2023-10-26"]


def test_a_day_told_before_an_account_dates_it(gazetteer):
    # Modelled on the launches from Iraq at the Golan Heights of 22-23 September 2024 (our words).
    text = ("Israeli jets shot down a drone over the southern Golan Heights early on Monday, the fifth launch since "
            "Sunday morning. On Sunday the army dealt with three separate attacks from Iraq. Before dawn, two cruise "
            "missiles were fired from Iraq at the southern Golan Heights.")
    got, _ = rows(text, "2024-09-23T05:30:00Z", gazetteer)
    assert [g[0] for g in got] == ["2024-09-23", "2024-09-22"]
    # A day told with no attack in its sentence opens no account.
    got, _ = rows("Iran fired missiles at Israel on Tuesday night. A labourer was buried on Wednesday. A missile "
                  "struck a school in Gedera.", "2024-10-02", gazetteer)
    assert "2024-10-02" not in [g[0] for g in got]
