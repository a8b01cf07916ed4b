"""Incidents of session 53, on sentences written for these tests after the failures of the development set d122 (kept
outside the repository): a liveblog's day heading dates the "overnight" of its entries, and an entry titled after its
clock time takes no weapon from the entry above it; a body named at the end of a sentence as its speaker, and the town it
stands in, were not hit; a unit named by its weapons is no fire; places added by "and in", ", in ... and in" or "and
at" are targets of the same fire; "another" projectile's town is not the base told after it; "and that" opens a second
report; a strike answered tells its own day only; sites "hit ... in a strike package" and targets that "lay in" places
are the strike's; the day something was "still" seen is not the event's; the far end of a road is not hit."""
from __future__ import annotations

import pytest

from tests.geoincidents.extract.conftest import drafts


LIVEBLOG = """Live: fire across the Lebanese border

Wednesday, 2 October 2024

10:05 - Rockets land in Metula
Hezbollah fired rockets at Metula this morning, the army said.

Tuesday, 1 October 2024

21:30 - Missiles over central Israel
Iran fired about 180 missiles at Israel this evening.

08:15 - Night of strikes on Dahiyeh
Israeli jets struck Dahiyeh overnight, Lebanese media said."""


def test_a_day_heading_dates_the_overnight_of_its_entries(gazetteer):
    # the strikes on Dahiyeh were told under Tuesday's heading: Tuesday's night, not the night before publication
    assert drafts(LIVEBLOG, "2024-10-02", gazetteer) == [
        ("2024-10-01", "air_strike", "lb-dahieh"), ("2024-10-01", "missile_attack", "cc-il"),
        ("2024-10-02", "rocket_attack", "il-metula")]


def test_an_entry_takes_no_weapon_from_the_entry_above(gazetteer):
    text = ("Live updates\n\n09:00 - Rockets fired at Safed\nHezbollah fired rockets at Safed this morning.\n\n"
            "08:40 - Strike on Beirut's southern suburbs\nA building in Ghobeiry was hit, Lebanese media said.")
    got = drafts(text, "2024-09-25", gazetteer)
    assert ("2024-09-25", "rocket_attack", "il-safed") in got
    assert [d for d in got if d[2] in ("lb-ghobeiry", "lb-beirut")] == [("2024-09-25", "other", "lb-ghobeiry")]


@pytest.mark.parametrize("text, expected", [
    # a hospital the gazetteer does not hold speaks, and its town is only where it stands
    ("A drone hit a building in Caesarea on Saturday morning, the Hillel Yaffe Medical Center in Hadera said.",
     [("2024-10-19", "drone_attack", "il-caesarea")]),
    # one it holds speaks too
    ("Some 40 rockets were fired from Lebanon at Kiryat Shmona this morning. In the Western Galilee, a woman was hurt "
     "when a rocket fell beside her house, the Galilee Medical Center in Nahariya said.",
     [("2024-10-19", "rocket_attack", "il-kiryat-shmona")]),
])
def test_the_body_that_speaks_at_the_end_was_not_hit(text, expected, gazetteer):
    assert drafts(text, "2024-10-19", gazetteer) == expected


@pytest.mark.parametrize("text", [
    "Israel said the strike on Friday killed the deputy head of Hezbollah's drone unit in Dahiyeh.",
    "Israel said the strike on Friday killed the commander of the group's missile and rocket force in Beirut.",
])
def test_a_unit_named_by_its_weapons_is_no_fire(text, gazetteer):
    assert drafts(text, "2024-09-28", gazetteer) == []


@pytest.mark.parametrize("text, published, expected", [
    ("Israeli jets struck targets in and around Tyre and Nabatieh, and in the Baalbek and Hermel areas, on Wednesday.",
     "2024-10-10", ["lb-baalbek", "lb-hermel", "lb-nabatieh", "lb-tyre"]),
    ("The monitor said US jets hit depots near Deir ez-Zor city, in Mayadin and in the border town of Albu Kamal on "
     "Friday.", "2024-02-03", ["sy-albu-kamal", "sy-deir-ez-zor", "sy-mayadin"]),
    ("Hezbollah said it fired rockets on Tuesday at the Ramat David air base and at an arms factory near Haifa.",
     "2024-09-25", ["il-haifa", "il-ramat-david-air-base"]),
])
def test_places_added_with_their_own_preposition_are_targets(text, published, expected, gazetteer):
    assert sorted(d[2] for d in drafts(text, published, gazetteer)) == expected


def test_another_projectiles_town_is_not_the_base_told_after(gazetteer):
    text = ("A rocket hit Kiryat Bialik on Sunday. Another projectile hit a house in Moreshet. Hezbollah said it had "
            "aimed rockets at the Ramat David air base.")
    assert [d[2] for d in drafts(text, "2024-09-23", gazetteer)] == [
        "il-kiryat-bialik", "il-moreshet", "il-ramat-david-air-base"]


def test_and_that_opens_a_second_report(gazetteer):
    text = ("The army said 120 rockets were fired from Lebanon on Sunday and that its aircraft hit 300 targets in the "
            "Bekaa valley.")
    got = drafts(text, "2024-09-23", gazetteer)
    assert ("2024-09-22", "air_strike", "lb-bekaa-valley") in got
    assert ("2024-09-22", "rocket_attack", "lb-bekaa-valley") not in got


def test_the_attack_a_strike_answers_keeps_its_day_to_itself(gazetteer):
    # the strike package is the strikes of Friday, not the drone attack of January 28 that they answered
    text = ("US jets struck sites in Syria on Friday. The strikes answered the drone attack of January 28 on Tower 22. "
            "Officials said seven sites were hit, four of them in Syria, in a strike package.")
    assert drafts(text, "2024-02-04", gazetteer) == [
        ("2024-01-28", "drone_attack", "jo-tower-22"), ("2024-02-02", "air_strike", "cc-sy")]


def test_targets_that_lay_in_places_are_the_strikes(gazetteer):
    text = "US jets struck sites in Syria on Friday. The monitor said the Syrian targets lay near Mayadin and Albu Kamal."
    assert drafts(text, "2024-02-04", gazetteer) == [
        ("2024-02-02", "air_strike", "sy-albu-kamal"), ("2024-02-02", "air_strike", "sy-mayadin")]


@pytest.mark.parametrize("text", [
    # the day the fires were still seen is not the strikes' day
    "Israeli strikes hit sites near Masyaf late on Sunday. The strikes set off fires near Masyaf that crews were still "
    "fighting on Monday morning.",
    # the far end of a road the strikes damaged is not hit
    "Israeli strikes hit sites near Masyaf late on Sunday. The strikes damaged the road linking Masyaf with Wadi "
    "al-Uyun.",
])
def test_what_a_strike_left_behind(text, gazetteer):
    assert drafts(text, "2024-09-09", gazetteer) == [("2024-09-08", "air_strike", "sy-masyaf")]
