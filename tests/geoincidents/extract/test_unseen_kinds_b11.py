"""Kinds of failure seen on heldout11 (former held-out set, now development material), one test per kind.

Texts are written in our own words with the facts of real reports: Israel's strikes on Syria's coast and east of
15-16 December 2024 (Tartus, the Masyaf district, Deir ez-Zor's military airport), its strikes on Nabatieh on
Wednesday 16 October 2024 (the mayor killed) and on Bint Jbeil and other southern villages of 19-20 October 2024.
"""
from __future__ import annotations

from tests.geoincidents.extract.test_unseen_kinds import rows


def test_a_passive_verb_of_attack_with_an_adverb_or_in_the_perfect_names_its_subject_the_target(gazetteer):
    got = rows("Israeli jets pounded Tartus overnight. The Masyaf district was also attacked.", "2024-12-16", gazetteer,
               ("date", "event_type", "actor", "target_place"))
    # "also": more of the strike told before, by the same force.
    assert got == [("2024-12-16", "air_strike", "Israel", "Tartus"),
                   ("2024-12-16", "air_strike", "Israel", "Masyaf District")]
    got = rows("The town of Nabatieh had been hit by deadly Israeli strikes on Wednesday that killed its mayor.",
               "2024-10-20", gazetteer, ("date", "event_type", "actor", "target_place"))
    assert got == [("2024-10-16", "air_strike", "Israel", "Nabatieh")]
    # A denied hit stays no event in every form.
    assert rows("Flights at Erbil airport stopped, while officials said no US facilities had been hit.", "2024-01-16",
                gazetteer) == []
    assert rows("The base near Erbil had not been hit.", "2024-01-16", gazetteer) == []


def test_the_subject_of_a_passive_verb_is_every_place_of_its_list(gazetteer):
    # A noun phrase between two places of the subject ("the military airport in the city of") keeps the list; the
    # district far from the city is a target of its own.
    got = rows("Israeli jets pounded Tartus on Monday. A monitor said the Masyaf district and the military airport in "
               "the city of Deir ez-Zor were also attacked.", "2024-12-16", gazetteer)
    assert got == [("2024-12-16", "air_strike", "Tartus"), ("2024-12-16", "air_strike", "Masyaf District"),
                   ("2024-12-16", "air_strike", "Deir ez-Zor Airport")]  # (the airport "in the city of" Deir ez-Zor)
    # A clause between them ends the list: the place before it is no subject.
    got = rows("Tartus, which lies on the coast, is calm, and the airport of Deir ez-Zor was attacked on Monday.",
               "2024-12-16", gazetteer)
    assert [t for _, _, t in got] == ["Deir ez-Zor Airport"]


def test_a_place_brought_in_by_among_them_takes_the_cue_of_its_list(gazetteer):
    got = rows("On Sunday Israeli warplanes carried out raids on more than 50 towns and villages, among them the "
               "border village of Bint Jbeil.", "2024-10-20", gazetteer)
    assert got == [("2024-10-20", "air_strike", "Bent Jbaïl")]
    got = rows("On Sunday Israeli warplanes struck a dozen border villages, including Bint Jbeil and Khiam.",
               "2024-10-20", gazetteer)
    assert [t for _, _, t in got] == ["Bent Jbaïl", "Khiam"]
    # A list whose noun no target cue governs names no target.
    assert rows("The residents of many border villages, among them Bint Jbeil, fled on Sunday.", "2024-10-20",
                gazetteer) == []


def test_an_aside_between_a_place_and_its_passive_verb_leaves_the_place_the_target(gazetteer):
    got = rows("Nabatieh, where Hezbollah and Amal hold sway, was hit by Israeli strikes on Wednesday.", "2024-10-20",
               gazetteer, ("date", "event_type", "actor", "target_place"))
    assert got == [("2024-10-16", "air_strike", "Israel", "Nabatieh")]


def test_a_link_that_counts_weeks_dates_the_earlier_strikes(gazetteer):
    # Israel's strike at the Arak reactor on Thursday 19 June 2025, six days after its first wave on Natanz and Fordow.
    got = rows("Israel struck the Arak reactor on Thursday. The strike came almost a week after Israel targeted the "
               "nuclear sites at Natanz and Fordow.", "2025-06-19", gazetteer)
    assert got == [("2025-06-19", "air_strike", "Khondab heavy water reactor"),
                   ("2025-06-13", "air_strike", "Natanz nuclear facility"),
                   ("2025-06-13", "air_strike", "Fordow Fuel Enrichment Plant")]
    got = rows("Israel struck the Arak reactor on Thursday. The strike came one week after Israel targeted the nuclear "
               "site at Natanz.", "2025-06-19", gazetteer)
    assert got[1] == ("2025-06-12", "air_strike", "Natanz nuclear facility")
    got = rows("Almost a week ago Israel struck the nuclear site at Natanz.", "2025-06-19", gazetteer)
    assert got == [("2025-06-13", "air_strike", "Natanz nuclear facility")]


def test_the_name_iranian_media_give_israel_is_israel_as_an_actor(gazetteer):
    # The strike on South Pars of 14 June 2025 as Iranian agencies told it.
    got = rows("Iranian media said on Saturday that the Zionist regime had targeted a gas refinery in Kangan.",
               "2025-06-14", gazetteer, ("date", "event_type", "actor", "target_place"))
    assert got == [("2025-06-14", "air_strike", "Israel", "Kangān")]
    # Without a state force as its subject the same verb tells no strike.
    assert rows("Iranian media said on Saturday that the company had targeted a new market in Kangan.", "2025-06-14",
                gazetteer) == []


def test_a_launch_told_as_the_previous_one_is_another_incident(gazetteer):
    # The Houthi missiles at Israel of 14 and 15 May 2025.
    got = rows("The Houthis said on Thursday that they had fired a ballistic missile at Ben Gurion Airport. The "
               "previous launch, on Wednesday morning, was intercepted before it reached Israeli territory.",
               "2025-05-15", gazetteer)
    assert got == [("2025-05-15", "missile_attack", "Ben Gurion Airport"), ("2025-05-14", "interception", "Israel")]


def test_where_a_missile_fell_short_of_or_was_downed_before_reaching_is_its_target(gazetteer):
    # The Houthi missile of Wednesday 23 July 2025 that fell short; drones from Iraq at Israel in 2024 were downed
    # alike.
    got = rows("The Houthis fired a ballistic missile late on Wednesday, but it fell short before entering Israeli "
               "airspace.", "2025-07-24", gazetteer, ("date", "event_type", "actor", "target_place"))
    assert got == [("2025-07-23", "missile_attack", "Houthis", "Israel")]
    # Where it came from stays the launch, not the target.
    got = rows("A drone fired from Iraq on Wednesday was downed before reaching Israeli territory.", "2025-07-24",
               gazetteer, ("event_type", "target_place", "launch_place"))
    assert got == [("interception", "Israel", "Iraq")]


def test_towns_where_further_impacts_came_down_are_targets_of_their_own(gazetteer):
    # Iran's barrage of Thursday 19 June 2025: the hospital in Beersheba, and impacts in Holon and Ramat Gan.
    got = rows("Iran fired missiles at Israel on Thursday, scoring a direct hit on Soroka Medical Center in Beersheba, "
               "the city's main hospital, with further impacts in Holon and Ramat Gan.", "2025-06-19", gazetteer)
    # The town the hospital lies in is where it is, not a target of its own.
    assert got == [("2025-06-19", "missile_attack", "Soroka Medical Center"),
                   ("2025-06-19", "missile_attack", "Holon"), ("2025-06-19", "missile_attack", "Ramat Gan")]


def test_the_day_a_war_began_does_not_date_the_event_its_sentence_tells(gazetteer):
    # Israel's strike on the South Pars field, reported on Saturday 14 June 2025, a day into the war.
    got = rows("Iranian media said on Saturday that a fire had broken out at a gas plant in Kangan after an Israeli "
               "drone strike. It was the first Israeli strike on the southern coast in the confrontation that began on "
               "Friday. State television said air defences in Bushehr province had intercepted Israeli missiles.",
               "2025-06-14", gazetteer, ("date", "target_place"))
    assert got == [("2025-06-14", "Bushehr")]
    # A day told of the event itself still dates it.
    got = rows("Israeli drones struck a refinery in Bushehr on Friday.", "2025-06-14", gazetteer,
               ("date", "target_place"))
    assert got == [("2025-06-13", "Bushehr")]


def test_a_campaign_summed_up_in_the_perfect_is_no_incident(gazetteer):
    # After Assad fell on 8 December 2024 Israel struck across Syria; reports sum that up in a sentence.
    assert rows("Since Assad fell on December 8, Israel has struck dozens of military sites across Syria.",
                "2024-12-14", gazetteer) == []
    assert rows("Israeli raids have hit army bases, research sites and homes across the country.", "2025-06-15",
                gazetteer) == []
    # A lede in the perfect tells the news: no day counted from, the force its subject.
    got = rows("Israeli jets have struck dozens of targets across southern Lebanon, the army said.", "2024-10-20",
               gazetteer, ("event_type", "target_place"))
    assert got == [("air_strike", "South Lebanon")]
    # One strike told in the perfect is still one ("Israel has struck Evin prison", 23 June 2025).
    got = rows("Israel has struck Evin prison in Tehran.", "2025-06-23", gazetteer, ("event_type", "target_place"))
    assert got == [("air_strike", "Evin Prison")]


def test_a_comment_on_the_strikes_told_before_is_no_new_strike(gazetteer):
    got = rows("Israeli jets struck a research centre in Barzeh overnight. On Thursday, the UN chief voiced concern "
               "over what he called violations of Syrian sovereignty and over the Israeli strikes in the country.",
               "2024-12-14", gazetteer, ("date", "target_place"))
    assert got == [("2024-12-14", "Barzeh")]
    # A comment that names where the strikes hit still tells them.
    got = rows("Officials condemned the Israeli strikes on Damascus on Thursday.", "2024-12-14", gazetteer,
               ("date", "target_place"))
    assert got == [("2024-12-12", "Damascus")]


def test_the_city_whose_suburbs_hold_the_target_is_where_it_lies(gazetteer):
    # Israel's raid on army depots near Dumayr, north-east of Damascus, on the night to Sunday 15 December 2024.
    got = rows("On Sunday Israeli warplanes bombed army depots in the Dumayr district, in the suburbs of Damascus.",
               "2024-12-15", gazetteer)
    assert got == [("2024-12-15", "air_strike", "Aḑ Ḑumayr")]
    # With no target of its own named, the city places it.
    got = rows("On Sunday Israeli warplanes bombed army depots in the suburbs of Damascus.", "2024-12-15", gazetteer)
    assert got == [("2024-12-15", "air_strike", "Damascus")]
    # A cue inside the aside is still the place's.
    got = rows("Israeli jets struck Tyre on Wednesday. Nabatieh, which was hit on Wednesday too, is calm now.",
               "2024-10-20", gazetteer, ("date", "target_place"))
    assert got == [("2024-10-16", "Tyre"), ("2024-10-16", "Nabatieh")]
