"""The incident columns a report can fill beyond date, type and places: outcome, projectile counts, time and zone,
date_end, group_id; the interception rule; a province named bare after a base; second incidents in one report."""
from __future__ import annotations

import pytest

from geoincidents.extract import extract_report
from geoincidents.extract.counts import projectiles, time_of_day
from geoincidents.extract.text import tokenize
from geoincidents.io.load import load_incidents


def drafts(text, gazetteer, published="2024-01-26"):
    return extract_report(text, published=published, gazetteer=gazetteer).incidents


@pytest.mark.parametrize("text, expected", [
    ("Three drones were launched; two were shot down and one hit the base",
     {"launched": (3, False), "intercepted": (2, False), "impacted": (1, False)}),
    ("US forces shot down two drones", {"launched": None, "intercepted": (2, False), "impacted": None}),
    ("more than five rockets were fired and both landed inside",
     {"launched": (5, True), "intercepted": None, "impacted": (2, False)}),
    ("most of which were intercepted", {"launched": None, "intercepted": None, "impacted": None}),
    ("they had shot down a US MQ-9 Reaper drone", {"launched": None, "intercepted": None, "impacted": None}),
])
def test_projectile_counts_only_where_a_number_is_tied_to_the_verb(text, expected):
    assert projectiles([t.lower for t in tokenize(text)]) == expected


@pytest.mark.parametrize("text, expected", [
    ("brought down at 9:07 p.m. and nobody was hurt", ("21:07", "")),
    ("shot down at 9:52 a.m. Iraq time on Tuesday", ("09:52", "")),
    ("the strikes began at 16:00 EST", ("16:00", "EST")),
    ("at 11 p.m. (2000 GMT)", ("23:00", "")),
    ("at 20:58 pm", ("20:58", "")),
    ("at 12 a.m. local time", ("00:00", "")),
    ("a 2.5 percent rise on 3 May", None),
])
def test_time_of_day_and_its_zone(text, expected):
    assert time_of_day(text) == expected


def test_aimed_drones_some_downed_some_through_are_the_attack_and_its_interception(gazetteer):
    # Policy (extract/interceptions.py): fire that got past its downing is two incidents at one target, the attack
    # with its outcome and counts, and the interception; each names the other in its notes.
    found = drafts("A drone was shot down while targeting the Erbil airport at 2:30 a.m. local time on Monday. "
                   "Three drones were launched; two were shot down and one hit the base.", gazetteer)
    assert len(found) == 2
    by_type = found.set_index("event_type")
    attack, downing = by_type.loc["drone_attack"], by_type.loc["interception"]
    for row in (attack, downing):
        assert (row["date"], row["target_place"]) == ("2024-01-22", "Erbil International Airport")
    assert (attack["outcome"], attack["time"], attack["timezone"]) == ("partly intercepted", "02:30", None)
    assert (attack["launched"], attack["intercepted"], attack["impacted"]) == ("3", "2", "1")
    assert downing["intercepted"] == "2"
    assert f"Told with its interception: {found.loc[found.event_type == 'interception', 'incident_id'].item()}." \
        in attack["notes"]
    assert f"Told with the attack it stopped: {found.loc[found.event_type == 'drone_attack', 'incident_id'].item()}." \
        in downing["notes"]


def test_downing_told_without_an_aim_stays_an_interception(gazetteer):
    # The rule is the seed table's: the drones of 22 April 2024 at Ain al-Asad are an interception.
    row = drafts("On Monday, US forces at the Ain al-Asad Air Base shot down two drones.", gazetteer).iloc[0]
    assert (row["event_type"], row["intercepted"], row["launched"], row["outcome"]) == ("interception", "2", None, None)


def test_drone_toward_a_place_intercepted_is_an_interception_of_that_place(gazetteer):
    # (fire told only by its downing, all of it downed: the interception, its target kept; interceptions.py)
    row = drafts("A drone launched from the east toward Eilat was intercepted on Monday.", gazetteer).iloc[0]
    assert (row["event_type"], row["outcome"], row["target_place"]) == ("interception", "intercepted", "Eilat")


def test_overnight_is_the_day_after_its_midnight_and_names_the_evening_before(gazetteer):
    # One night is one day (the one it ended on, as wire copy tells "early Friday"), not a two-day span.
    row = drafts("Rockets were fired at the Ain al-Asad base overnight, officials said.", gazetteer).iloc[0]
    assert (row["date"], row["date_end"]) == ("2024-01-26", None)
    assert "2024-01-25 is possible" in row["notes"]


def test_one_clause_striking_several_targets_is_one_wave(gazetteer):
    found = drafts("US forces struck a weapons depot in Jurf al-Sakhar, south of Baghdad, and positions near al-Qaim "
                   "on Thursday.", gazetteer)
    assert sorted(found["target_place"]) == ["Al-Qa'im", "Jurf al-Sakhar"]
    assert found["group_id"].nunique() == 1 and found["group_id"].iloc[0] in set(found["incident_id"])


def test_second_incidents_of_one_report(gazetteer):
    found = drafts("US forces carried out two air strikes on Sunday in eastern Syria. One hit a training facility near "
                   "Abu Kamal, and the other a safe house near Mayadin. It was the third such US action since "
                   "October 26, when two F-16s bombed weapons stores near Abu Kamal.", gazetteer, "2023-11-13")
    got = set(zip(found["date"], found["event_type"], found["target_place"]))
    assert got == {("2023-11-12", "air_strike", "Albu Kamal"), ("2023-11-12", "air_strike", "Mayadin"),
                   ("2023-10-26", "air_strike", "Albu Kamal")}


def test_province_after_a_base_is_a_mention(gazetteer):
    places = extract_report("On Tuesday a drone targeted the Ain al-Asad airbase in Anbar.", published="2024-01-26",
                            gazetteer=gazetteer).places
    assert places["name"].tolist() == ["Ain al-Asad Air Base", "Anbar Governorate"]
    assert places["role"].tolist() == ["target", "context"]


def test_filled_columns_load_as_a_table(gazetteer):
    report = extract_report("A drone was shot down while targeting the Erbil airport at 9:07 p.m. on Monday. Three "
                            "drones were launched; two were shot down and one hit the base. US forces struck a depot "
                            "in Jurf al-Sakhar and positions near al-Qaim overnight.", published="2024-01-26",
                            gazetteer=gazetteer)
    table = load_incidents(report.incident_rows(), gazetteer=gazetteer)
    frame = table.frame.set_index("incident_id")
    assert len(frame) == len(report.incidents) == 4  # the Erbil drones and their interception, the two strikes
    assert frame["timestamp"].notna().sum() == 2  # 21:07 at Erbil (Asia/Baghdad) → 18:07 UTC, the attack and its downing
    assert set(frame["timestamp"].dropna().astype(str)) == {"2024-01-22 18:07:00+00:00"}
    assert frame["group_id"].dropna().nunique() == 1


@pytest.mark.parametrize("text, published, expected", [
    # Fighter jets that intercept are the defence, not an air strike; "heading for" names the aim.
    ("Israeli fighter jets intercepted two drones that were heading for Eilat on Sunday evening.", "2024-05-27",
     {("2024-05-26", "interception", "Eilat")}),
    # A state force's armed drone that kills is a drone strike.
    ("An armed US drone killed five militants near Kirkuk on Sunday.", "2023-12-04",
     {("2023-12-03", "drone_strike", "Kirkuk")}),
    # "also attacked": more of the fire just told, at another place.
    ("The Islamic Resistance in Iraq said it had attacked the Ain al-Asad base with drones on Tuesday. The group said "
     "it had also attacked the Harir base in Erbil.", "2024-01-26",
     {("2024-01-23", "drone_attack", "Ain al-Asad Air Base"), ("2024-01-23", "drone_attack", "Harir Air Base")}),
    # The fire told last, not the interception between: several missiles struck the base.
    ("Iran fired about 180 ballistic missiles at Israel late on Tuesday. Most were intercepted, but several struck "
     "the Nevatim air base.", "2024-10-02", {("2024-10-01", "missile_attack", "Nevatim Airbase"),
                                             # the barrage aimed at the whole country is a draft of its own (issue 9)
                                             ("2024-10-01", "missile_attack", "Israel")}),
    # Late and earlier on the same day: two incidents, dated from the publication day, not the headline's.
    ("Drones hit two US bases in Syria\n\nLate on Wednesday a drone struck the Conoco gas field base in eastern Syria. "
     "Earlier on Wednesday another drone hit the al-Tanf garrison.", "2024-01-26",
     {("2024-01-24", "drone_attack", "Mission Support Site Conoco"), ("2024-01-24", "drone_attack", "al-Tanf garrison")}),
])
def test_second_incidents_and_types(gazetteer, text, published, expected):
    found = drafts(text, gazetteer, published)
    assert set(zip(found["date"], found["event_type"], found["target_place"])) == expected


@pytest.mark.parametrize("text, expected", [
    ("Drones attacked the al-Tanf garrison between 18 and 20 October.", ("2023-10-18", "2023-10-20")),
    ("Drones attacked the al-Tanf garrison on October 18-20.", ("2023-10-18", "2023-10-20")),
    ("Drones attacked the al-Tanf garrison from 18 to 20 October 2023.", ("2023-10-18", "2023-10-20")),
    ("Drones attacked the al-Tanf garrison on 18 October.", ("2023-10-18", None)),
])
def test_a_span_of_days_gives_date_end(gazetteer, text, expected):
    row = drafts(text, gazetteer, "2023-10-25").iloc[0]
    assert (row["date"], row["date_end"]) == expected


@pytest.mark.parametrize("text, published, expected", [
    # "the base": the base the report named last.
    ("Rockets were fired at the Harir air base on Monday. On Wednesday the base was targeted again by two drones.",
     "2024-01-26", {("2024-01-22", "rocket_attack", "Harir Air Base"), ("2024-01-24", "drone_attack", "Harir Air Base")}),
    # "shot down over X" names where; the region that owns the office that says so is no target.
    ("A drone aimed at coalition troops was shot down over Erbil International Airport on Monday, the Kurdistan "
     "Region's counter-terrorism service said.", "2024-01-26",
     {("2024-01-22", "interception", "Erbil International Airport")}),
])
def test_base_told_before_and_owner_of_an_office(gazetteer, text, published, expected):
    found = drafts(text, gazetteer, published)
    assert set(zip(found["date"], found["event_type"], found["target_place"])) == expected


def test_two_weapons_dated_apart_at_one_base_are_two_attacks(gazetteer):
    found = drafts("Late last month militants fired two rockets at the Ain al-Asad air base. The base was also "
                   "targeted by two armed drones on July 16.", gazetteer, "2024-08-06")
    got = set(zip(found["date"], found["date_precision"], found["event_type"], found["target_place"]))
    assert got == {("2024-07-01", "month", "rocket_attack", "Ain al-Asad Air Base"),
                   ("2024-07-16", "day", "drone_attack", "Ain al-Asad Air Base")}
