"""Kinds of failure seen on unseen reports of militia attacks on US forces and US and Turkish strikes in Iraq and Syria:
how a draft gets its date and actor, and when two tellings of one incident become one draft. One test per kind.

Texts are written in our own words with the facts of real reports: the US drone strike on a PMF headquarters near
Jurf al-Sakhar on 30 July 2024, Turkish drone strikes in the Sinjar district in November 2023.
"""
from __future__ import annotations

from geoincidents.extract import extract_report
from tests.geoincidents.extract.test_unseen_kinds import rows

ACTOR = ("date", "event_type", "actor", "target_place")


def test_the_day_a_group_speaks_is_not_the_day_of_the_strike_it_tells_again(gazetteer):
    # The statement's day dates the statement; the strike takes the day told of it, and the two tellings (one in the
    # district, one at its town) are one draft.
    text = ("A Yazidi armed group said on Thursday that a Turkish drone had killed one of its fighters at a checkpoint "
            "in the Sinjar district. The fighter died on Wednesday evening in a strike by a Turkish drone near Sinjar, "
            "the group's statement said.")
    assert rows(text, "2023-11-16", gazetteer, ACTOR) == [("2023-11-15", "drone_strike", "Turkey", "Sinjar")]
    # The day a group named its accusation, then the night the strike hit, told by another body in full.
    text = ("Kataib Hezbollah said on Friday that the American drones that hit its camp in Babil had flown from a base "
            "in Kuwait. Security officials said that at 11 pm on Thursday, August 1, the camp near Jurf al-Sakhar was "
            "struck by two drone strikes carried out by US aircraft.")
    assert rows(text, "2024-08-02", gazetteer, ACTOR) == [("2024-08-01", "drone_strike", "US forces", "Jurf al-Sakhar")]


def test_only_a_telling_dated_by_its_statement_joins_a_strike_at_a_town_of_its_district(gazetteer):
    # Strikes across a district on a day of their own, then one of them at a town of it: the district's draft stays
    # beside the town's (the other strikes of the series hit elsewhere in it).
    text = ("Turkish drones carried out a series of strikes on Thursday on positions in the Sinjar district, a local "
            "official said. One strike hit a farm north of Sinjar, while another targeted posts near the border.")
    assert [t for _, _, t in rows(text, "2024-10-24", gazetteer)] == ["Sinjar District", "Sinjar"]
    # A town far from the district's seat is not in it, even for a telling dated by its statement.
    text = ("The group said on Thursday that a Turkish drone had bombed one of its posts in the Sinjar district. Two "
            "of its men were killed on Wednesday in a strike by a Turkish drone near Mosul.")
    assert [t for _, _, t in rows(text, "2023-11-16", gazetteer)] == ["Sinjar District", "Mosul"]


def test_the_agent_named_after_the_strike_is_its_actor(gazetteer):
    # "carried out by", "conducted by", "by": who struck, whether a state's aircraft or a group's drones.
    assert rows("Two air strikes conducted by Turkish jets hit villages near Amadiya on Monday.", "2024-06-11",
                gazetteer, ACTOR) == [("2024-06-10", "air_strike", "Turkey", "Amadiya")]
    assert rows("A drone attack carried out by the Islamic Resistance in Iraq targeted the Harir base on Monday.",
                "2024-06-11", gazetteer, ACTOR) == [("2024-06-10", "drone_attack", "Islamic Resistance in Iraq",
                                                     "Harir Air Base")]
    # The side hit, named after the strike without "by", stays the side hit.
    got = rows("A drone strike hit US forces at the Harir base on Monday.", "2024-06-11", gazetteer,
               ("actor", "target_actor"))
    assert got == [(None, "US forces")]


def test_a_state_named_before_the_weapon_that_acts_sends_it(gazetteer):
    # "a drone attack in July, when a Turkish drone targeted ...": the drone's state is who struck, a month's date.
    text = "That strike came after a drone attack in July, when a Turkish drone targeted a car in the Sinjar district."
    assert rows(text, "2024-09-16", gazetteer, ACTOR + ("date_precision",)) == [
        ("2024-07-01", "drone_strike", "Turkey", "Sinjar District", "month")]


def test_dates_written_in_numbers_are_read_day_first(gazetteer):
    assert rows("On 28/01/2024 a drone hit Tower 22 in Jordan.", "2024-01-30", gazetteer) == [
        ("2024-01-28", "drone_attack", "Tower 22")]
    assert rows("A drone struck the Harir base on 2024-03-02, officials said.", "2024-03-05", gazetteer) == [
        ("2024-03-02", "drone_attack", "Harir Air Base")]
    # Both readings are days: the day-first one is kept and the notes name the other.
    got = extract_report("Rockets hit the Ain al-Asad base on 02.03.2024.", published="2024-03-05",
                         gazetteer=gazetteer).incidents
    assert str(got["date"].iloc[0])[:10] == "2024-03-02"
    assert "2024-02-03 is possible (month first)" in got["notes"].iloc[0]


def test_two_days_told_as_the_bounds_of_a_stretch_are_one_date_running_over_both(gazetteer):
    from datetime import date

    from geoincidents.extract.dates import find_dates
    from geoincidents.extract.text import tokenize

    def told(text, published):
        return [(d.date.isoformat(), d.span_days) for d in find_dates(tokenize(text), published=published)]

    monday = date(2023, 11, 13)
    assert told("Three attacks were counted between Sunday and Monday.", monday) == [("2023-11-12", 1)]
    assert told("from Sunday to Tuesday", monday) == [("2023-11-05", 2)]  # Tuesday is the 7th: the Sunday before
    assert told("on Sunday and on Monday", monday) == [("2023-11-12", 0), ("2023-11-13", 0)]  # two days, no stretch
    # Two days running told together are the stretch the things told happened over; days apart stay two.
    assert told("drones hit two oil fields on Monday and Tuesday", date(2025, 7, 16)) == [("2025-07-14", 1)]
    assert told("drones hit two oil fields on Monday and Wednesday", date(2025, 7, 16)) == [
        ("2025-07-14", 0), ("2025-07-16", 0)]
    # A weekday of last week is that day of the week before the report's, on any day of the report's week.
    assert told("on Thursday last week", date(2024, 9, 20)) == [("2024-09-12", 0)]  # a Friday report
    assert told("on Thursday of last week", monday) == [("2023-11-09", 0)]
    got = rows("Rockets were fired at the al-Shaddadi base between Sunday and Monday.", "2023-11-13", gazetteer,
               ("date", "date_end", "target_place"))
    assert [(str(d)[:10], str(e)[:10], t) for d, e, t in got] == [("2023-11-12", "2023-11-13", "al-Shaddadi base")]


def test_a_strike_at_the_same_camp_on_a_day_of_its_own_is_another_incident_there(gazetteer):
    # "the same camp" names no place but points at the one told before; its own day and clock make it an incident.
    text = ("A Turkish drone struck a gathering inside the Makhmour camp on Monday, killing one man. It was not the "
            "first such strike: at 4:45 pm on Tuesday, September 10, a Turkish drone hit a house inside the same camp.")
    # (the camp is the Makhmur refugee camp the gazetteer holds, at the town's point)
    camp = "Makhmur refugee camp"
    assert rows(text, "2024-09-16", gazetteer, ACTOR) == [("2024-09-16", "drone_strike", "Turkey", camp),
                                                         ("2024-09-10", "drone_strike", "Turkey", camp)]


def test_relative_days_of_the_night_before_and_a_month_back():
    from datetime import date

    from geoincidents.extract.dates import find_dates
    from geoincidents.extract.text import tokenize

    got = find_dates(tokenize("The base was hit on Tuesday; the previous night a drone was downed."),
                     published=date(2024, 9, 12))
    assert [(d.date.isoformat(), d.precision) for d in got] == [("2024-09-10", "day"), ("2024-09-09", "day")]
    assert "2024-09-10 is possible" in got[1].note  # the small hours after that evening
    got = find_dates(tokenize("a drone attack a month ago"), published=date(2024, 9, 12))
    assert [(d.date.isoformat(), d.precision) for d in got] == [("2024-08-01", "month")]


def test_the_day_an_outlet_reported_is_not_the_day_of_what_it_reported(gazetteer):
    # "reported on Sunday that ..." dates the report; the day told of the attack after it wins.
    text = ("A Syrian news agency reported on Sunday that Turkish drones had attacked the power station in Qamishli. "
            "The station was hit on Saturday evening, the agency said.")
    assert rows(text, "2024-01-14", gazetteer, ACTOR) == [("2024-01-13", "drone_strike", "Turkey", "Qamishli")]
    # What "was reported" on a day happened that day; so did "an overnight attack" an outlet reported.
    text = "Explosions were reported in Erbil on Tuesday. A drone hit the Harir base on Monday."
    assert rows(text, "2024-01-17", gazetteer) == [("2024-01-16", "explosion", "Erbil"),
                                                   ("2024-01-15", "drone_attack", "Harir Air Base")]
    text = ("A US base in eastern Syria was attacked on Friday. A Lebanese channel separately reported an overnight "
            "attack on a US base in Deir Ezzor province.")
    assert [d for d, _, _ in rows(text, "2023-10-29", gazetteer)] == ["2023-10-27", "2023-10-29"]


def test_iraqs_armed_factions_named_as_a_whole_are_the_actor(gazetteer):
    got = rows("Iraqi resistance factions said they hit a US base in northern Iraq with two drones on Friday.",
               "2023-10-21", gazetteer, ("actor", "event_type"))
    assert got == [("Iraqi armed factions", "drone_attack")]
    got = rows("Late on Sunday, armed Iraqi factions said they had fired cruise missiles at Israel.", "2024-09-23",
               gazetteer, ("actor", "event_type", "target_place"))
    assert got == [("Iraqi armed factions", "missile_attack", "Israel")]


def test_the_district_a_site_lies_in_told_after_it_is_that_site(gazetteer):
    # The strike told again "in the camp, which lies in the Makhmour district" is the strike on the camp, and a later
    # strike "inside the same camp" is at the camp, not at the district named last.
    text = ("A Turkish drone struck a gathering inside the Makhmour camp on Monday, killing one man. The strike took "
            "place at 9:45 am and hit men assembled in the camp, which lies in the Makhmour district. At 4:45 pm on "
            "Tuesday, September 10, a Turkish drone hit a house inside the same camp.")
    got = rows(text, "2024-09-16", gazetteer)
    assert [(d, t) for d, _, t in got] == [("2024-09-16", "Makhmur refugee camp"), ("2024-09-10", "Makhmur refugee camp")]
    # A district told on its own, with a strike of another day in it, stays apart.
    text = ("A Turkish drone struck a car near Makhmour on Monday. On Saturday another drone hit a farm in the "
            "Makhmour district.")
    assert [d for d, _, _ in rows(text, "2024-09-16", gazetteer)] == ["2024-09-16", "2024-09-14"]
