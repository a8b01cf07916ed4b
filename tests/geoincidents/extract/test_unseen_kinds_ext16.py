"""Kinds of failure seen on a dev set of unseen reports (militia attacks on US bases in Syria, US strikes in Iraq and
Yemen, Turkish drone strikes in the Kurdistan region, Hezbollah-Israel fire): where a date attaches and where a
second incident of the same sentence begins. One test per kind.

Texts are written in our own words with the facts of real reports: the US strikes near Hodeidah of 10 February 2024,
the drone attack at Tower 22 in late January 2024 and the US strikes that answered it, the drone and rocket attacks
on the Conoco and Kharab al-Jir bases of 8 January 2024, and the Hezbollah rockets of 1 August 2024.
"""
from __future__ import annotations

from tests.geoincidents.extract.test_unseen_kinds import rows


def test_a_second_day_after_the_statement_verb_is_the_event_s(gazetteer):
    # "X said on <day> its forces on <other day> struck ...": the first day is when it was said; a day past it is
    # not reached by the verb and dates the strike.
    text = "Central Command said on Monday that on Saturday its jets struck a weapons depot near al-Qaim."
    assert rows(text, "2024-02-05", gazetteer) == [("2024-02-03", "air_strike", "Al-Qa'im")]
    text = "The US military announced on Sunday its forces on Feb. 10 had hit two drone boats near Hodeidah."
    assert [d for d, _, _ in rows(text, "2024-02-11", gazetteer)] == ["2024-02-10"]
    # One day after the verb stays the day it was said when the event has a day of its own before it.
    text = "Two rockets hit the Victory base near Baghdad airport on Friday, officials said on Saturday."
    assert [d for d, _, _ in rows(text, "2024-02-10", gazetteer)] == ["2024-02-09"]


def test_a_consequence_after_a_comma_is_an_incident_of_its_own(gazetteer):
    # "..., prompting <later strikes>": the attack told first keeps its own target and day; the strikes it caused
    # are another draft, not a finer target that swallows the first.
    text = ("Three soldiers were killed by a drone at a base in Jordan on January 28, triggering US strikes on militia "
            "sites near Qaim and Akashat.")
    got = rows(text, "2024-02-03", gazetteer)
    assert ("2024-01-28", "drone_attack", "Jordan") in got
    assert {t for _, k, t in got if k == "air_strike"} == {"Al-Qa'im", "Akashat"}
    text = "A rocket hit a house in Kiryat Shmona on Sunday, prompting Israeli air strikes near Yater."
    got = rows(text, "2024-06-03", gazetteer)
    assert ("2024-06-02", "rocket_attack", "Kiryat Shmona") in got and "Yater" in {t for _, _, t in got}


def test_while_without_a_comma_joins_two_incidents_of_one_time(gazetteer):
    # Two halves joined by a bare "while": each its own target and weapon; the day told in one is the other's too.
    text = ("Militants fired rockets at the Conoco base while the Harir base was hit by two drones on Tuesday.")
    assert sorted(rows(text, "2024-01-10", gazetteer)) == [("2024-01-09", "drone_attack", "Harir Air Base"),
                                                          ("2024-01-09", "rocket_attack", "Mission Support Site Conoco")]
    # "while" inside one event ("shot down while flying toward ...") opens no second incident.
    text = "A drone was shot down on Tuesday while flying toward the Harir base."
    assert [t for _, _, t in rows(text, "2024-01-10", gazetteer)] == ["Harir Air Base"]


def test_an_aside_between_a_subject_and_its_passive_verb_keeps_the_site_the_target(gazetteer):
    # "the <site> in <town> where/which ... was targeted": the site is what was hit, the town where it lies,
    # with or without commas around the aside.
    text = "The Harir base in Erbil which hosts American troops came under drone attack on Monday."
    assert rows(text, "2024-01-09", gazetteer) == [("2024-01-08", "drone_attack", "Harir Air Base")]
    text = "The US embassy in Baghdad, which houses hundreds of diplomats, was targeted by rockets on Friday."
    assert [t for _, _, t in rows(text, "2024-01-09", gazetteer)] == ["US Embassy Baghdad"]


def test_the_day_of_what_a_run_is_counted_from_dates_no_attack(gazetteer):
    # "the first attack since <a happening> on <day>": the day is the happening's (a killing, an assassination),
    # never the day of the strike the clause before told.
    text = ("Hezbollah fired rockets at Kiryat Shmona on Thursday in answer to an Israeli strike on Khiam, its first "
            "barrage since the killing of a senior commander in Beirut on Tuesday night.")
    got = rows(text, "2024-08-01", gazetteer)
    assert ("2024-08-01", "rocket_attack", "Kiryat Shmona") in got
    assert not [d for d, _, _ in got if d == "2024-07-30"]
    # A run counted from an attack names that attack, with its day: a draft of its own.
    text = ("An Israeli drone hit a car in Khiam on Thursday, the first strike on the town since a rocket attack on "
            "Metula on Monday.")
    assert ("2024-07-29", "rocket_attack", "Metula") in rows(text, "2024-08-01", gazetteer)


def test_an_adverb_inside_a_perfect_habit_leaves_it_background(gazetteer):
    # "have been (increasingly / repeatedly / frequently) targeted": a habit of many attacks, no draft of the day,
    # with or without a manner adverb inside the verb.
    for adverb in ("", "increasingly ", "frequently "):
        text = (f"A drone hit the Conoco base on Thursday. Since last autumn, US bases in the provinces of Hasakah and "
                f"Deir ez-Zor have been {adverb}targeted by rocket attacks and drones.")
        assert rows(text, "2024-08-30", gazetteer) == [("2024-08-29", "drone_attack", "Mission Support Site Conoco")]
    # An adverb in a verb told on a day is still that day's attack.
    text = "The Conoco base was heavily targeted by drones on Thursday."
    assert rows(text, "2024-08-30", gazetteer) == [("2024-08-29", "drone_attack", "Mission Support Site Conoco")]


def test_a_plural_descriptor_closes_a_list_over_names_of_any_letters(gazetteer):
    # "<A> and <B C-D> provinces": the list runs over a name with a lower-case particle or a hyphen; every name in it
    # is the province, not the city of that name.
    from geoincidents.extract import extract_report

    text = "Drones hit US positions in Syria's Hasakah and Deir ez-Zor provinces on Monday."
    places = extract_report(text, published="2024-01-09", gazetteer=gazetteer).places
    assert dict(zip(places["mention"], places["place_id"]))["Hasakah"] == "sy-gov-hasakah"
    text = "Rockets were fired at bases in the Hasakah, Deir ez-Zor and Raqqa governorates on Monday."
    places = extract_report(text, published="2024-01-09", gazetteer=gazetteer).places
    assert dict(zip(places["mention"], places["place_id"]))["Hasakah"] == "sy-gov-hasakah"
    # A town named with no plural descriptor after it stays the town.
    text = "Drones hit a base near Hasakah city on Monday."
    places = extract_report(text, published="2024-01-09", gazetteer=gazetteer).places
    assert "sy-gov-hasakah" not in set(places["place_id"])


def test_a_lead_dated_by_a_span_joins_the_day_told_after_it(gazetteer):
    # A lead dates the attack by a span ("over the weekend", "between Sunday and Monday"); a later sentence gives its
    # day at the same base: one incident, on that day, whichever is told first.
    text = ("Drones struck the Green Village base in eastern Syria over the weekend. Sirens sounded as three drones "
            "hit the base on Sunday night.")
    assert rows(text, "2024-10-28", gazetteer) == [("2024-10-27", "drone_attack", "Mission Support Site Green Village")]
    text = ("Rockets hit the Ain al-Asad base between Sunday and Monday. Four rockets struck the base on Monday "
            "morning, a security source said.")
    assert [d for d, _, _ in rows(text, "2024-10-29", gazetteer)] == ["2024-10-28"]
    # A day outside the span is another incident.
    text = ("Drones struck the Green Village base over the weekend. Two more drones hit the base on Tuesday.")
    assert len(rows(text, "2024-10-30", gazetteer)) == 2


def test_a_province_named_after_a_town_in_it_is_no_second_target(gazetteer):
    # "<town> in <name>": the name is where the town lies, its province (not the city of that name far away);
    # one draft, at the town.
    text = "Unidentified jets bombed a militia convoy in Mayadin in Deir ez-Zor on Sunday."
    assert rows(text, "2024-01-08", gazetteer) == [("2024-01-07", "air_strike", "Mayadin")]
    text = "A Turkish drone hit a pickup in Ranya in Sulaymaniyah on Sunday, killing two."
    got = rows(text, "2024-01-08", gazetteer)
    assert [t for _, _, t in got] == ["Ranya"]
    # A quarter of a city keeps the city: the city holds it ("Mashtal in Baghdad").
    text = "A drone struck a house in Mashtal in Baghdad on Sunday."
    from geoincidents.extract import extract_report

    places = extract_report(text, published="2024-01-08", gazetteer=gazetteer).places
    assert dict(zip(places["mention"], places["place_id"]))["Baghdad"] == "iq-baghdad"


def test_weapons_ready_to_be_fired_are_what_a_strike_hit(gazetteer):
    # "struck missiles ready to launch from X": the missiles are stock the strike hit, X where they stood: an air
    # strike on X, no missile fire from X.
    text = ("American jets on Tuesday struck three cruise missiles that were ready to launch from rebel-held parts "
            "of Yemen.")
    got = rows(text, "2024-01-17", gazetteer, columns=("date", "event_type", "target_place", "launch_place"))
    assert len(got) == 1 and got[0][0] == "2024-01-16" and got[0][2] == "Yemen" and got[0][1] != "missile_attack"
    assert not isinstance(got[0][3], str)
    # Missiles fired from a place stay fire from it.
    text = "A ballistic missile launched from Yemen struck a cargo ship on Tuesday."
    got = rows(text, "2024-01-17", gazetteer, columns=("event_type", "launch_place"))
    assert got == [("missile_attack", "Yemen")]


def test_aircraft_no_one_names_that_strike_are_an_air_strike(gazetteer):
    # "Unidentified aircraft" / "aircraft of unknown origin" as the subject of an attack verb: a strike from the air
    # at the place named, whoever flew them.
    text = "Unknown aircraft bombed a militia truck near Mayadin on Sunday night."
    assert rows(text, "2024-01-08", gazetteer) == [("2024-01-07", "air_strike", "Mayadin")]
    text = ("Rockets hit the Conoco base on Sunday. Aircraft of unidentified origin targeted a convoy of Iran-backed "
            "fighters in Albu Kamal on Sunday.")
    assert ("2024-01-07", "air_strike", "Albu Kamal") in rows(text, "2024-01-08", gazetteer)
    # Aircraft that were hit are no strike of theirs.
    text = "Two aircraft were hit at the Nevatim base on Sunday."
    assert "air_strike" not in {k for _, k, _ in rows(text, "2024-01-08", gazetteer)}
