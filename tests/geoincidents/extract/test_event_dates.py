"""Dates of events told in passing: a background attack dated in its own words, a weekend, a part of a month.

Texts are our own words with the facts of real reports: Iran's drone and missile barrage on Israel of Saturday
13 April 2024 and Israel's strike near Isfahan in the night to Friday 19 April; the Tower 22 drone attack in Jordan
of 28 January 2024; Iran's missile barrage on Israel of 1 October 2024 and Israel's strikes on Iran of 26 October.
"""
from __future__ import annotations

from geoincidents.extract import extract_report


def table(text, published, gazetteer):
    r = extract_report(text, published=published, gazetteer=gazetteer)
    return r.incidents[["date", "date_precision", "date_end", "event_type", "target_place"]].values.tolist()


def test_an_attack_told_last_weekend_is_that_saturday_and_sunday(gazetteer):
    # The report's own strike is the night that ended on its day; the attack it followed is last weekend's, not
    # "a week" counted back from the report's day.
    text = ("Israeli jets struck targets near Isfahan overnight, less than a week after Iran's barrage of drones and "
            "missiles at Israel last weekend.")
    got = table(text, "2024-04-19", gazetteer)
    assert ["2024-04-19", "day", None, "air_strike", "Isfahan"] in got
    assert [row[:3] for row in got if row[4] == "Israel"] == [["2024-04-13", "day", "2024-04-14"]]


def test_a_background_attack_takes_the_day_written_beside_it(gazetteer):
    # "the Oct. 1 barrage", "Iran's attack on Israel on October 1": the day of the attack named, not the report's.
    got = table("Israel had vowed to answer the Oct. 1 barrage of 200 missiles that Iran fired at Israel. Most of "
                "them were intercepted.", "2024-10-26", gazetteer)
    assert [row[0] for row in got if row[4] == "Israel"] == ["2024-10-01"]
    got = table("Israeli jets struck Iran on Saturday, weeks after Iran's missile attack on Israel on October 1.",
                "2024-10-26", gazetteer)
    assert sorted((row[0], row[4]) for row in got) == [("2024-10-01", "Israel"), ("2024-10-26", "Iran")]


def test_a_stretch_of_time_does_not_date_the_fire_it_sums_up(gazetteer):
    # "the missiles Iran fired at Israel over the last year" is no event of last year.
    got = table("Israel had vowed to answer the Oct. 1 barrage of 200 missiles. The jets hit plants that built the "
                "missiles Iran fired at Israel over the last year, the military said.", "2024-10-26", gazetteer)
    assert all(row[0] != "2023-01-01" for row in got)


def test_late_in_a_month_is_its_last_third(gazetteer):
    got = table("The strikes are meant to answer the drone attack on the Tower 22 base in Jordan late in January, "
                "which killed three US soldiers.", "2024-02-02", gazetteer)
    assert got == [["2024-01-21", "week", "2024-01-31", "drone_attack", "Tower 22"]]


def test_a_date_binds_to_the_event_word_it_stands_beside(gazetteer):
    # Two days in one clause: the strikes' day stands before "strikes", the attack's before "drone attack".
    got = table("A drone struck a car in Baghdad on Wednesday. Those February 3 strikes answered the January 28 drone "
                "attack in Jordan that killed three US soldiers.", "2024-02-08", gazetteer)
    assert ["2024-01-28", "day", None, "drone_attack", "Jordan"] in got
    assert ["2024-02-07", "day", None, "drone_attack", "Baghdad"] in got


def test_a_day_after_the_place_still_dates_the_missile_before_the_verb(gazetteer):
    # "A missile struck the hospital early on Thursday, ... the day before": Thursday is the strike's day even
    # though the event word the clause is typed by is "missile", before the verb.
    got = table("An Iranian missile struck the Soroka hospital in Beersheba early on Thursday, wrecking a wing that "
                "had been cleared the day before.", "2025-06-19", gazetteer)
    assert [row[0] for row in got] == ["2025-06-19"]


def test_a_demonstrative_with_a_day_dates_the_undated_event_told_just_before(gazetteer):
    # The wave of US strikes is told first without a day ("days after"); "Those February 3 strikes" gives it one.
    text = ("A drone hit a car in eastern Baghdad on Wednesday night, killing a militia commander. The strike came "
            "days after the US military attacked 85 targets in Iraq and Syria. Those February 3 strikes answered "
            "the January 28 drone attack in Jordan.")
    got = table(text, "2024-02-08", gazetteer)
    assert ["2024-02-03", "air_strike", "Iraq"] in [[row[0], row[3], row[4]] for row in got]
    assert ["2024-02-03", "air_strike", "Syria"] in [[row[0], row[3], row[4]] for row in got]
    assert ["2024-01-28", "Jordan"] in [[row[0], row[4]] for row in got]
    # Without the demonstrative the day names no event told before: the undated wave stays out.
    text = text.replace("Those February 3 strikes answered", "It answered")
    assert all(row[4] not in ("Iraq", "Syria") for row in table(text, "2024-02-08", gazetteer))


def test_a_day_late_in_the_month_is_the_attack_told_late_in_that_month(gazetteer):
    # The 28th is in the last third (21-31 January), beyond the first seven days of it: one attack, of its day,
    # and no span taken from the vaguer telling.
    got = table("A drone hit the Tower 22 outpost in Jordan on January 28, killing three soldiers. The drone attack "
                "on the Tower 22 outpost late in January was claimed by a militia.", "2024-02-08", gazetteer)
    assert got == [["2024-01-28", "day", None, "drone_attack", "Tower 22"]]


def test_a_night_named_by_its_days_dates_the_attack_to_the_morning(gazetteer):
    # Iran's drones and missiles reached Israel in the night of 13 to 14 April 2024, told in a Monday report.
    for night in ("overnight Saturday into Sunday", "overnight Saturday", "on the night of Saturday to Sunday"):
        got = table(f"Iranian drones and missiles struck the Nevatim air base {night}, the army said.", "2024-04-15",
                    gazetteer)
        assert [row[0] for row in got] == ["2024-04-14"], night


def test_an_earlier_barrage_told_in_a_part_of_a_month_is_drafted(gazetteer):
    # A clause hung on the strikes tells one earlier barrage, not a month's summary of attacks on a country.
    got = table("Israel carried out strikes on Iran on Saturday, weeks after Iran fired 180 missiles at Israel in early "
                "October.", "2024-10-26", gazetteer)
    assert ["2024-10-01", "week", "2024-10-10", "missile_attack", "Israel"] in got
    # A tally over a month at a country stays out when the report tells other attacks.
    got = table("Rockets hit the Victory base on Sunday. Militias attacked US bases in Iraq dozens of times in October.",
                "2024-11-10", gazetteer)
    assert [row[4] for row in got] == ["Camp Victory"]


def test_a_statement_names_the_day_of_the_attack_it_speaks_of(gazetteer):
    # The day of the statement is not the attack's when the attack's own day is told beside it.
    got = table("In a statement on Tuesday, the group claimed Sunday's drone attack on the Harir base.", "2024-10-16",
                gazetteer)
    assert [(row[0], row[4]) for row in got] == [("2024-10-13", "Harir Air Base")]
    got = table("The group on Monday claimed responsibility for the drone attack on the Harir base a day earlier.",
                "2024-10-14", gazetteer)
    assert [(row[0], row[4]) for row in got] == [("2024-10-13", "Harir Air Base")]
    # Told with no day of its own, the attack keeps the statement's day (its notes say so elsewhere).
    got = table("On Wednesday the group claimed a drone attack on the Harir base.", "2024-10-17", gazetteer)
    assert [row[0] for row in got] == ["2024-10-16"]


def test_fire_told_hours_after_a_dated_event_is_of_its_day(gazetteer):
    # the day of the event it came hours after, told only in that clause; "days after" tells no day
    text = "Iran fired missiles at Tel Aviv, hours after Israel struck Natanz on Friday."
    assert [row[0] for row in table(text, "2025-06-14", gazetteer) if row[4] == "Tel Aviv"] == ["2025-06-13"]
    text = "Iran fired missiles at Tel Aviv, days after Israel struck Natanz on Friday."
    assert [row[0] for row in table(text, "2025-06-14", gazetteer) if row[4] == "Tel Aviv"] == ["2025-06-14"]
    # a day of its own wins
    text = "Iran fired missiles at Tel Aviv on Saturday, hours after Israel struck Natanz on Friday."
    assert [row[0] for row in table(text, "2025-06-15", gazetteer) if row[4] == "Tel Aviv"] == ["2025-06-14"]
