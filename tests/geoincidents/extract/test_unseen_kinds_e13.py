"""Kinds of failure seen across dev sets of militia attacks on US forces, US strikes and Iran-Israel exchanges: the
shape of a sentence (not its words) hides or invents an incident. One test per kind.

Texts are written in our own words with the facts of real reports: the US drone strike that killed a Kataib
Hezbollah commander in eastern Baghdad on 7 February 2024, the US F-15 strike on a weapons depot in eastern Syria of
8 November 2023, the Israeli strikes around Baalbek of early November 2024 and the Iraqi drone claims on the Golan
and Eilat of 27 October 2024.
"""
from __future__ import annotations

from tests.geoincidents.extract.test_unseen_kinds import rows


def test_many_attacks_named_in_a_relative_part_do_not_veto_the_one_event_of_the_sentence(gazetteer):
    # One strike ("A U.S. drone strike": the article stands before a dotted modifier) whose victim is said to be
    # behind a run of attacks: the run is background, the strike an event.
    text = ("A U.S. drone strike on a car in eastern Baghdad on Wednesday killed a commander of a militia that "
            "Washington holds responsible for a string of attacks on its troops.")
    assert rows(text, "2024-02-08", gazetteer) == [("2024-02-07", "drone_strike", "Baghdad")]
    # The same with a hyphenated modifier between the article and the strike.
    text = ("An Israeli-made drone strike hit a car in eastern Baghdad on Wednesday, killing a commander blamed for "
            "a series of attacks on US troops.")
    assert [t for _, _, t in rows(text, "2024-02-08", gazetteer)] == ["Baghdad"]


def test_a_run_of_attacks_answered_is_no_event_of_its_own(gazetteer):
    # "in response to a string of attacks on US personnel in Iraq and Syria": many attacks, undated, are no draft at
    # Iraq or at Syria; the strike that answers them is the event.
    text = ("Two US fighter jets struck a weapons depot near Deir ez-Zor on Wednesday in response to a string of "
            "attacks on US personnel in Iraq and Syria.")
    assert rows(text, "2023-11-09", gazetteer) == [("2023-11-08", "air_strike", "Deir ez-Zor")]
    # "a series of strikes" told on a day of its own is that day's wave, still one draft.
    text = "Turkish drones carried out a series of strikes on Thursday on positions near Sinjar."
    assert [t for _, _, t in rows(text, "2024-10-25", gazetteer)] == ["Sinjar"]


def test_a_habit_of_fire_told_with_no_day_is_background(gazetteer):
    # A claim of the day, then the group's habit: "near-daily attacks", fire "now and then", "repeatedly targeted"
    # are many attacks, not a draft at the places they name.
    text = ("An Iraqi armed group said on Sunday it had launched drones at targets in the Golan Heights. The group has "
            "carried out near-daily drone attacks on Israeli targets during the fighting in Gaza and Lebanon.")
    assert [t for _, _, t in rows(text, "2024-10-27", gazetteer)] == ["Golan Heights"]
    text = ("A missile hit a house in Tamra late on Saturday. Rockets have now and then been fired from Lebanon into "
            "northern Israel over the past months.")
    assert rows(text, "2025-06-15", gazetteer) == [("2025-06-14", "missile_attack", "Tamra")]
    text = ("A Turkish drone struck a vehicle near Sinun on Monday night. Turkish drones have repeatedly targeted "
            "sites linked to the PKK in the Sinjar area.")
    assert [t for _, _, t in rows(text, "2023-11-14", gazetteer)] == ["Sinun"]
    # A habit told on a day is that day's fire.
    text = "Rockets were repeatedly fired at the Ain al-Asad base on Sunday."
    assert [t for _, _, t in rows(text, "2024-01-22", gazetteer)] == ["Ain al-Asad Air Base"]


def test_a_force_that_carries_out_counted_strikes_is_their_subject(gazetteer):
    # The force stands far before "strikes" when a count and a light verb come between: still the strikes' subject.
    text = ("The Israeli Air Force has carried out at least 16 strikes on what it called Hezbollah sites near the "
            "city of Baalbek, the health ministry said on Saturday.")
    assert rows(text, "2024-11-02", gazetteer) == [("2024-11-02", "air_strike", "Baalbek")]
    # A state named as the source before a comma carries out nothing: no strike on Israel here.
    text = ("According to Israel, the commander had planned and carried out attacks on Israel since October 8, it "
            "said on Thursday.")
    assert rows(text, "2024-02-15", gazetteer) == []


def test_a_place_whose_cue_is_repeated_after_and_stands_beside_the_one_before(gazetteer):
    # "in X and in Y": the second "in" opens a second target of the same attack, not a weak "in" beside a strong one.
    text = ("An Iraqi armed group said on Sunday it had sent drones against targets in the Golan Heights and in "
            "Eilat.")
    assert [t for _, _, t in rows(text, "2024-10-27", gazetteer)] == ["Golan Heights", "Eilat"]
    text = "The group said on Monday that its drones had struck targets in Erbil and in Kirkuk."
    assert [t for _, _, t in rows(text, "2024-10-29", gazetteer)] == ["Erbil", "Kirkuk"]
    # A town after "and in" that opens another clause is where people heard it, not a second target.
    text = "A drone struck the Harir base on Sunday and in Erbil residents heard the blast."
    assert [t for _, _, t in rows(text, "2024-10-28", gazetteer)] == ["Harir Air Base"]


def test_the_town_a_clause_points_back_at_is_its_target(gazetteer):
    # "in the town" names no place of its own: the town the report named last, of the kind the noun names (Tamra,
    # not Haifa, which only places it).
    text = ("Residents of Tamra, a small town near Haifa in northern Israel, are in shock. Late on Saturday an "
            "Iranian missile struck a house in the town, killing four women.")
    assert rows(text, "2025-06-15", gazetteer) == [("2025-06-14", "missile_attack", "Tamra")]
    # "the town of X" is a name of its own, not a pointer back.
    text = ("Residents of Tamra are in shock. Late on Saturday a missile struck a house in the town of Zawiyat "
            "Qanat, killing four.")
    assert [t for _, _, t in rows(text, "2025-06-15", gazetteer)] != ["Tamra"]


def test_the_district_a_launch_place_lies_in_is_no_target(gazetteer):
    # "fired from the subdistrict of al-Haqlaniyah in Haditha district": the district says where the launch place
    # lies; it is context, not a weak target of a second draft.
    from geoincidents.extract import extract_report

    text = ("Rockets struck the Ain al-Asad air base on Monday night, wounding several US soldiers. An official in "
            "Anbar told reporters that the rockets had been fired from the subdistrict of al-Haqlaniyah in Haditha "
            "district.")
    r = extract_report(text, published="2024-08-06", gazetteer=gazetteer)
    roles = dict(r.places[["mention", "role"]].itertuples(index=False))
    assert roles["al-Haqlaniyah"] == "launch" and roles["Haditha district"] == "context"
    assert [tuple(x) for x in r.incidents[["target_place", "launch_place"]].itertuples(index=False)] == [
        ("Ain al-Asad Air Base", "Al Ḩaqlānīyah")]


def test_where_fire_was_watched_from_is_no_launch(gazetteer):
    # "photographed from the city of Ashkelon", "seen from Jerusalem": where someone watched, not where the missiles
    # came from (they came from Iran, named after "launched from").
    from geoincidents.extract import extract_report

    text = ("Interceptions of missiles launched from Iran were photographed from the city of Ashkelon on Friday "
            "night. Missiles hitting Tel Aviv were seen from Jerusalem.")
    r = extract_report(text, published="2025-06-14", gazetteer=gazetteer)
    roles = dict(r.places[["mention", "role"]].itertuples(index=False))
    assert roles["Ashkelon"] == "context" and roles["Jerusalem"] == "context" and roles["Iran"] == "launch"
    assert set(r.incidents["launch_place"].dropna()) == {"Iran"}


def test_people_killed_at_a_place_on_a_day_of_their_own_tell_the_attack_answered(gazetteer):
    # A clause hung on the strike ("days after") tells soldiers killed in Jordan on Sunday: that attack, of means
    # untold, at Jordan on that Sunday.
    text = ("US jets struck sites in Iraq and Syria on Friday, days after three American soldiers were killed in "
            "Jordan on Sunday.")
    got = rows(text, "2024-02-03", gazetteer)
    assert ("2024-01-28", "other", "Jordan") in got
    assert ("2024-02-02", "air_strike", "Iraq") in got
    # Killed "in the attack": the attack told, no place of its own; and with no day of its own, no draft of its own.
    text = "US jets struck sites in Iraq on Friday, days after three American soldiers were killed in the attack."
    assert [d for d, _, _ in rows(text, "2024-02-03", gazetteer)] == ["2024-02-02"]
    text = "US jets struck sites in Iraq on Friday, days after three American soldiers were killed in Jordan."
    assert [t for _, _, t in rows(text, "2024-02-03", gazetteer)] == ["Iraq"]


def test_the_country_a_clause_points_back_at_is_not_where_its_fire_came_from(gazetteer):
    # "the country's airspace" after Israel was named: the drones came from Israeli territory, so the country they
    # tried to enter is Iran, named before, not Israel.
    text = ("Israeli jets struck an airport in Iran on Sunday, the Israeli military said. Missiles were fired at "
            "Israeli territory overnight. Iran's border guard said on Sunday its forces had shot down 44 drones "
            "trying to enter the country's airspace, launched from Israeli territory.")
    got = rows(text, "2025-06-15", gazetteer, ("event_type", "target_place", "launch_place"))
    assert ("interception", "Iran", "Israel") in got
    assert not any(t == launch for _, t, launch in got)
