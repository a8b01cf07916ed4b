"""Which place a draft takes as its target (session 22): kinds of "right day, other place" seen on the development
sets, one test per kind. Texts are our own words, with the facts of real reports (the IRGC missiles on Erbil of
15 January 2024)."""
from __future__ import annotations

from geoincidents.extract import extract_report


def rows(text, published, gazetteer, columns=("date", "event_type", "target_place")):
    r = extract_report(text, published=published, gazetteer=gazetteer)
    return [tuple(row) for row in r.incidents[list(columns)].itertuples(index=False)]


def targets(text, published, gazetteer):
    return [t for _, _, t in rows(text, published, gazetteer)]


def test_strikes_told_again_at_a_town_of_the_region_say_where_it_hit(gazetteer):
    # The statement names the region; the council's count names the town: one incident, at the town.
    text = ("Iran's Guards hit an espionage centre in Iraq's Kurdistan region with ballistic missiles. "
            "Four people died and six were hurt in the strikes on Erbil, the regional council said.")
    got = rows(text, "2024-01-16", gazetteer)
    assert len(got) == 1
    assert got[0][2] != "Kurdistan Region"
    assert got[0][2].startswith("Erbil")
    # A town far outside the region's reach does not join it: it stays out, and the region stays the target.
    text = ("Iran's Guards hit an espionage centre in Iraq's Kurdistan region with ballistic missiles. "
            "Four people died in the strikes on Basra, the council said.")
    assert targets(text, "2024-01-16", gazetteer) == ["Kurdistan Region"]


def test_strikes_also_carried_out_in_a_country_are_an_incident_of_their_own(gazetteer):
    # "also" after the event word's auxiliary tells another incident, as before it does: its country is its target.
    text = ("Iran's Guards hit an espionage centre in Erbil with ballistic missiles on Monday. "
            "Strikes were also carried out against Islamic State fighters in Syria, the Guards said.")
    assert targets(text, "2024-01-16", gazetteer) == ["Erbil", "Syria"]
    # Without "also" the country is a detail of the one incident and makes no draft of its own.
    text = ("Iran's Guards hit an espionage centre in Erbil with ballistic missiles on Monday. "
            "Strikes were carried out against Islamic State fighters in Syria, the Guards said.")
    assert targets(text, "2024-01-16", gazetteer) == ["Erbil"]


def test_what_as_well_as_adds_to_the_site_hit_is_hit_too(gazetteer):
    # The things "as well as" adds to the site struck are struck, where the clause says they are: a town, and a
    # province.
    text = ("On Friday Israeli jets bombed a rocket base on Mount Qasioun, as well as an air field in the province "
            "of Sweida and weapons labs in Masyaf.")
    assert targets(text, "2024-12-14", gazetteer) == ["Mount Qasioun", "Suwayda Governorate", "Masyaf"]
    # "as well as" before a verb is a second predicate, not a thing hit: the place after it stays no target.
    text = ("On Friday Israeli jets bombed a rocket base on Mount Qasioun, as well as wounding a guard who lived "
            "in Masyaf.")
    assert targets(text, "2024-12-14", gazetteer) == ["Mount Qasioun"]


def test_a_site_attacked_days_before_is_an_incident_of_its_own(gazetteer):
    # "The attack comes days after the group targeted X": an earlier attack at a site, drafted on its own.
    text = ("A drone aimed at coalition troops near Erbil airport was shot down late on Thursday. "
            "The attack comes days after the group targeted the Ain al-Asad base in western Anbar, wounding a soldier.")
    assert targets(text, "2024-01-25", gazetteer) == ["Erbil International Airport", "Ain al-Asad Air Base"]
    # (a count of days already dated the earlier attack on its own: "two days after" is 23 January)
    text = text.replace("comes days after", "comes two days after")
    got = rows(text, "2024-01-25", gazetteer)
    assert ("2024-01-23", "Ain al-Asad Air Base") in [(d, t) for d, _, t in got]


def test_where_a_downed_drone_was_making_for_is_its_target(gazetteer):
    # "made its way to X", "attempted to enter the airspace of X": where the drone was going, as "on its way to X".
    got = rows("On Sunday the army intercepted a hostile drone that made its way to the Golan Heights from Syria.",
               "2024-04-01", gazetteer)
    assert got == [("2024-03-31", "interception", "Golan Heights")]
    got = rows("On Sunday a fighter jet shot down a drone as it attempted to enter the airspace of the Golan Heights.",
               "2024-04-01", gazetteer)
    assert got == [("2024-03-31", "interception", "Golan Heights")]


def test_a_strike_told_in_response_is_an_incident_of_its_own(gazetteer):
    # "In response, Israel targeted launchers in Iran": the answer to the attack told, at the country it names.
    text = ("An Iranian ballistic missile hit Beersheba on Friday morning, wounding six people. "
            "In response, Israel targeted missile launchers in Iran.")
    got = rows(text, "2025-06-20", gazetteer)
    assert got == [("2025-06-20", "missile_attack", "Beersheba"), ("2025-06-20", "air_strike", "Iran")]
    # Without the opening "In response," the undated strike at a country only is background, as before.
    text = ("An Iranian ballistic missile hit Beersheba on Friday morning, wounding six people. "
            "Israel has targeted missile launchers in Iran.")
    got = rows(text, "2025-06-20", gazetteer)
    assert got == [("2025-06-20", "missile_attack", "Beersheba")]
