"""Incidents of session 63, on sentences written for these tests, in my own words, in the manner of militia trackers,
wire reports and liveblogs of 2023-2025; written after the failures of d138 to d143, development sets.

An apposition between dashes after a place ("the Khosravi crossing — the main road for trucks bound for Iraq — had been
hit") is an aside: the cue after it is the place's, and the country inside it is no target (d139). "Impact sites,
including in the Ashdod area" are where fire came down, as "impacts in" are (d139). A report that "has not been
confirmed" is reported, not confirmed (d138). Drones that "went after" a garrison attacked it (d138). A headline's or
tracker's participle with its agent and no auxiliary ("Ain al-Asad hit by rockets", "the al-Shaddadi base struck with
drones") tells the subject hit, as French "visé par" does; a tracker's line "PLACE: US base targeted (Thursday)" tells
an attack on the place before its colon, the base's owner being no actor, and the area named after the site ("Koniko
gas field, Deir Ezzor:") is where the site lies (d141)."""
from __future__ import annotations

from geoincidents.extract import extract_report
from tests.geoincidents.extract.conftest import drafts, roles


def test_a_place_inside_an_apposition_between_dashes_is_no_target(gazetteer):
    text = ("A provincial official told a news agency on Friday that the Khosravi crossing — the main road for trucks "
            "bound for Iraq — had been hit by a missile, killing a guard.")
    got = drafts(text, "2025-06-14", gazetteer)
    assert [t for _, _, t in got] == ["ir-khosravi"]
    assert roles(text, "2025-06-14", gazetteer)["cc-iq"] == "context"


def test_an_apposition_after_a_comma_is_still_a_list_when_no_cue_follows_it(gazetteer):
    # (the aside rule does not swallow the items of a list opened by an article)
    text = "On Monday rockets hit Erbil, the Harir base and Duhok."
    got = {t for _, _, t in drafts(text, "2024-01-09", gazetteer)}
    assert {"iq-erbil", "iq-harir-air-base", "iq-duhok"} <= got


def test_impact_sites_including_a_town_are_where_fire_came_down(gazetteer):
    text = ("11:20 — Sirens across the country before noon. The army says there are many impact sites, including in "
            "the Ashdod area.")
    got = drafts(text, "2025-06-23", gazetteer)
    assert [t for _, _, t in got] == ["il-ashdod"]
    assert drafts("The police reported two impact sites in Ashdod.", "2025-06-23", gazetteer)[0][2] == "il-ashdod"


def test_a_report_not_confirmed_is_reported_not_confirmed(gazetteer):
    text = ("• Thursday, October 19: An attack on the Conoco gas field, another site with US troops, was also "
            "reported but has not been confirmed.")
    got = extract_report(text, published="2023-10-23", gazetteer=gazetteer).incidents
    assert list(got["target_place_id"]) == ["sy-conoco-gas-field-base"]
    assert list(got["status"]) == ["reported"]
    confirmed = extract_report("Rockets hit the Conoco gas field on Thursday, the Pentagon confirmed.",
                               published="2023-10-23", gazetteer=gazetteer).incidents
    assert list(confirmed["status"]) == ["confirmed"]


def test_drones_that_went_after_a_garrison_attacked_it(gazetteer):
    text = ("• Thursday, October 19: Drones went after Tanf, the garrison in the Syrian desert where US troops are "
            "deployed. Two were downed, but the third hit the facility.")
    assert ("2023-10-19", "drone_attack", "sy-al-tanf-garrison") in drafts(text, "2023-10-23", gazetteer)
    # (a pursuit of people is no attack)
    assert drafts("Police went after the gunmen in Baghdad on Monday.", "2023-10-23", gazetteer) == []


def test_a_participle_with_its_agent_and_no_auxiliary_tells_the_subject_hit(gazetteer):
    assert drafts("Ain al-Asad hit by rockets on Thursday, no casualties.", "2023-12-15", gazetteer) == [
        ("2023-12-14", "rocket_attack", "iq-ain-al-asad-air-base")]
    assert drafts("The al-Shaddadi base struck with drones on Thursday.", "2023-12-15", gazetteer) == [
        ("2023-12-14", "drone_attack", "sy-shaddadi-base")]


_TRACKER = ("Attacks the group claimed, as it listed them:\n"
            "– al-Shaddadi, Syria: US base struck with suicide drones (Thursday)\n"
            "– Koniko gas field, Deir Ezzor: US base targeted (early Thursday)\n")


def test_a_tracker_line_tells_an_attack_on_the_place_before_its_colon(gazetteer):
    got = extract_report(_TRACKER, published="2023-12-15", gazetteer=gazetteer).incidents
    found = sorted(zip(got["date"], got["target_place_id"]))
    assert found == [("2023-12-14", "sy-conoco-gas-field-base"), ("2023-12-14", "sy-shaddadi-base")]
    # the US owns the base hit: no US strike
    assert set(got["actor"].dropna()) == set()
    assert "drone_strike" not in set(got["event_type"]) and "air_strike" not in set(got["event_type"])


def test_the_area_after_a_tracker_lines_site_is_where_it_lies(gazetteer):
    assert roles(_TRACKER, "2023-12-15", gazetteer)["sy-deir-ez-zor"] == "context"


def test_a_colon_after_a_place_is_no_tracker_line_without_its_participle(gazetteer):
    # (a dateline's colon, then a sentence of its own: the town is where the report was filed)
    text = "Erbil: Officials said on Thursday that a drone struck the Harir base."
    assert [t for _, _, t in drafts(text, "2023-12-15", gazetteer)] == ["iq-harir-air-base"]


def test_a_wars_name_is_no_place_heard_by_sound(gazetteer):
    # (d144: "Day War" sounded like Doueir in Lebanon)
    places = extract_report("Looking back: The Twelve Day War", published="2025-06-25", gazetteer=gazetteer).places
    assert list(places["place_id"]) == []


def test_forces_stationed_at_a_base_that_downed_drones_defended_it(gazetteer):
    # (d144: the defenders' base was read as where the drones came from)
    text = "US troops stationed at Al-Asad Air Base in Iraq shot down two drones on April 22, officials said."
    got = extract_report(text, published="2024-04-24", gazetteer=gazetteer).incidents
    assert list(zip(got["date"], got["event_type"], got["target_place_id"], got["launch_place_id"])) == [
        ("2024-04-22", "interception", "iq-ain-al-asad-air-base", None)]
    # (a force stationed somewhere that fires still fires from there)
    shelled = extract_report("Iranian artillery stationed in Piranshahr shelled villages in Sidakan on Monday.",
                             published="2024-04-24", gazetteer=gazetteer).incidents
    assert list(shelled["launch_place_id"]) == ["ir-piranshahr"]


def test_german_drones_aimed_against_bases_listed_after_a_colon(gazetteer):
    # (d145) "richteten sich gegen" 'were aimed against'; "galt" 'was aimed at'
    text = ("Nach Angaben der Beobachter richteten sich die Drohnen am Montagabend gegen drei Stützpunkte: in al-Tanf, "
            "in Şedadê sowie in Dêrik.")
    got = {t for _, _, t in drafts(text, "2023-10-24", gazetteer)}
    assert {"sy-al-tanf-garrison", "sy-shaddadi", "sy-malikiyah"} <= got
    text = "Am vergangenen Donnerstag galt ein Drohnenangriff der Basis al-Tanf."
    assert drafts(text, "2023-10-24", gazetteer) == [("2023-10-19", "drone_attack", "sy-al-tanf-garrison")]


def test_a_german_preposition_opening_the_sentence_is_no_given_name(gazetteer):
    # (d145: "Bei Dêrik" was read as a person, Dêrik being an alias of al-Malikiyah)
    text = "Bei Dêrik wurden am Montag zwei Drohnen abgeschossen."
    assert drafts(text, "2023-10-24", gazetteer) == [("2023-10-23", "interception", "sy-malikiyah")]


def test_a_site_the_gazetteer_names_in_lowercase_words_is_a_mention(gazetteer):
    # (d145: French and Italian write the embassy with a small noun and adjective; the gazetteer holds these names)
    text = "Vendredi, des roquettes ont visé l'ambassade américaine, pour la première fois depuis octobre."
    assert drafts(text, "2023-12-11", gazetteer) == [("2023-12-08", "rocket_attack", "iq-us-embassy-baghdad")]
    text = "Venerdì alcuni razzi hanno colpito l'ambasciata americana."
    assert [t for _, _, t in drafts(text, "2023-12-11", gazetteer)] == ["iq-us-embassy-baghdad"]
    # (a lowercase run that is no such name is still no mention: "une base" is no place)
    assert extract_report("Des roquettes ont visé une base militaire.", published="2023-12-11",
                          gazetteer=gazetteer).places.empty


def test_a_site_hit_again_and_once_more_on_two_days(gazetteer):
    # (d144) "came under fire again on July 26 and once more on July 27": an attack each day
    text = ("On July 25 militias fired rockets at the Conoco field base in Syria. The Conoco site came under rocket "
            "fire again on July 26 and once more on July 27.")
    got = drafts(text, "2024-07-31", gazetteer)
    assert [d for d, _, t in got if t == "sy-conoco-gas-field-base"] == ["2024-07-25", "2024-07-26", "2024-07-27"]


def test_a_drone_strike_of_no_one_on_a_base_in_iraq_is_drone_fire(gazetteer):
    # (d138, d143, d144) a weekly tally's "drone strikes on the Asad airbase" are the groups' one-way drones
    text = "Security in Iraq this week: on Monday two of these were drone strikes on the Asad airbase in Anbar."
    assert drafts(text, "2024-01-29", gazetteer)[0][1:] == ("drone_attack", "iq-ain-al-asad-air-base")
    text = "A drone strike on Tuesday hit a house in the Golan Heights town of Majdal Shams."
    assert {k for _, k, _ in drafts(text, "2024-01-29", gazetteer)} == {"drone_attack"}
    # (a drone strike with no base told, on people in a city, stays a strike, by whom untold)
    text = "A drone strike killed a militia commander in Baghdad on Tuesday."
    assert drafts(text, "2024-01-29", gazetteer) == [("2024-01-23", "drone_strike", "iq-baghdad")]


def test_french_as_well_as_in_a_town_and_a_site_also_hit(gazetteer):
    # (d142) "ainsi qu'à Rehovot" goes on with the list; "a lui aussi été touché" is the passive of a site hit
    text = "07h20 - Les missiles tirés depuis l'Iran ont frappé des immeubles à Bat Yam, ainsi qu'à Rehovot."
    assert {"il-bat-yam", "il-rehovot"} <= {t for _, _, t in drafts(text, "2025-06-15", gazetteer)}
    text = "08h25 - Selon un quotidien, l'Institut Weizmann a lui aussi été touché par un missile iranien."
    assert [t for _, _, t in drafts(text, "2025-06-15", gazetteer)] == ["il-weizmann-institute"]


def test_the_home_of_a_company_named_after_it_is_no_target(gazetteer):
    # (d144) "UAE energy company Dana Gas": the Emirates are the company's home, the rocket landed in Iraq
    text = ("A rocket was fired on Friday at staff housing of UAE energy company Dana Gas in Sulaymaniyah, landing "
            "inside the company's Khor Mor gas field, security sources said.")
    got = drafts(text, "2022-06-24", gazetteer)
    assert got == [("2022-06-24", "rocket_attack", "iq-khor-mor-gas-field")]
    assert roles(text, "2022-06-24", gazetteer)["cc-ae"] == "context"


def test_kurdish_and_persian_fields_of_peshkhabur_are_the_oil_field(gazetteer):
    # (d142, d143) the Sorani "fields of" opening a list, and the Persian "oil field of" with the Fishkhabur spelling:
    # the Peshkabir field of DNO, not the Semalka crossing that carries the name Fishkhabur too
    text = "وەزارەت هێرشەکانی سەر کێڵگەکانی تاوکێ و پێشخابوور بە توندی ئیدانە کرد"
    places = extract_report(text, published="2025-07-17", gazetteer=gazetteer).places
    assert list(places["place_id"]) == ["iq-tawke-oil-field", "iq-peshkabir-oil-field"]
    text = "دو پهپاد به میدان نفتی فیشخابور در زاخو اصابت کردند"
    assert "iq-peshkabir-oil-field" in {t for _, _, t in drafts(text, "2025-07-17", gazetteer)}


def test_a_clause_after_a_day_opens_no_second_fire_at_a_month_name(gazetteer):
    # (d144) "April" between "hit back" and "and" is a date's month, no place named: one barrage, at Israel
    text = "Iran hit back on April 13, firing more than 150 ballistic and cruise missiles and 170 drones at Israel."
    got = drafts(text, "2024-04-20", gazetteer)
    assert ("2024-04-13", "missile_attack", "cc-il") in got
    assert all(t == "cc-il" for _, _, t in got)


def test_a_site_named_by_a_linked_clause_refines_the_area_of_its_attack(gazetteer):
    # (d144) fire at "a US base in Syria", then "after a failed rocket attack near the coalition base at Rumalyn":
    # the base, told later, is where in Syria the rockets were aimed
    text = ("Rockets were fired from Iraq at a US military base in Syria on Sunday night, officials said. A coalition "
            "jet destroyed a launcher on Sunday after a failed rocket attack near the coalition base at Rumalyn.")
    got = extract_report(text, published="2024-04-22", gazetteer=gazetteer).incidents
    rockets = got[got["event_type"] == "rocket_attack"]
    assert list(zip(rockets["date"], rockets["target_place_id"])) == [("2024-04-21", "sy-rumalyn-landing-zone")]


def test_the_state_that_owns_a_base_hit_is_no_actor(gazetteer):
    # (d144) a headline's "American base in Syria hit by rockets": the base's owner was hit, fired nothing
    got = extract_report("American base in Syria hit by five rockets launched from Iraq", published="2024-04-22",
                         gazetteer=gazetteer).incidents
    assert list(got["event_type"]) == ["rocket_attack"] and list(got["actor"].isna()) == [True]
    # (a state's jets are still its strike)
    got = extract_report("US jets struck a base in al-Qaim on Friday.", published="2024-04-22",
                         gazetteer=gazetteer).incidents
    assert list(got["actor"]) == ["US forces"]


def test_a_drone_strike_of_no_one_on_an_iraqi_oil_or_gas_field_is_drone_fire(gazetteer):
    # (d143, d146) the Kurdistan fields are hit by one-way drones of no named sender
    text = "A drone strike on the Khor Mor gas field on Wednesday night forced the site to stop production."
    assert {k for _, k, _ in drafts(text, "2025-11-27", gazetteer)} == {"drone_attack"}


def test_the_press_name_military_support_site_euphrates_is_the_conoco_base(gazetteer):
    # (d146) a newspaper's variant of Mission Support Site Euphrates
    text = "The same day, one rocket was fired in a separate attack on Military Support Site Euphrates in Syria."
    assert [t for _, _, t in drafts(text, "2024-08-06", gazetteer)] == ["sy-conoco-gas-field-base"]


def test_direct_hits_reported_in_towns_are_the_fire_told_before(gazetteer):
    # (d146) "direct hits were also reported in A and B": where the missiles told before came down
    text = ("Dozens of ballistic missiles were fired from Iran during the night. Deadly direct hits were also reported "
            "in Petah Tikva and Bnei Brak.")
    got = drafts(text, "2025-06-16", gazetteer)
    assert {(k, t) for _, k, t in got} >= {("missile_attack", "il-petah-tikva"), ("missile_attack", "il-bnei-brak")}


def test_an_impact_told_in_an_entry_of_its_own_is_the_days_one_kind_of_fire(gazetteer):
    # (d139) a liveblog's entry far from the barrage it belongs to takes the one kind of fire told that day
    text = ("Monday, June 23\n\n07:30 — Iran launched ballistic missiles at Israel this morning, the army said.\n\n"
            "08:10 — The cabinet met in Jerusalem.\n\n09:00 — Schools are closed.\n\n10:00 — Flights are suspended.\n\n"
            "11:00 — Sirens again.\n\n11:20 — Markets are shut.\n\n11:40 — The prime minister will speak tonight.\n\n"
            "12:10 — Direct hit on a residential building in Beersheba.")
    got = drafts(text, "2025-06-23", gazetteer)
    assert ("2025-06-23", "missile_attack", "il-beersheba") in got


def test_air_defences_in_action_over_towns_are_interceptions_there(gazetteer):
    # (d145) "air defence systems were in action in Natanz, in Ahvaz and in Mashhad"
    text = "On Tuesday evening air defence systems were in action in Natanz, in Ahvaz and in Mashhad, Iranian media said."
    got = drafts(text, "2025-06-17", gazetteer)
    assert got == [("2025-06-17", "interception", t) for t in ("ir-ahvaz", "ir-mashhad", "ir-natanz")]


def test_a_persian_oil_field_named_in_guillemets_is_the_field(gazetteer):
    # (d145) "حوزه نفتی «خورمله»" 'the Khurmala oil field': the field, not the town
    text = "دو پهپاد ناشناس دوشنبه شب حوزه نفتی «خورمله» در غرب استان اربیل را هدف قرار دادند."
    assert [t for _, _, t in drafts(text, "2025-07-15", gazetteer)] == ["iq-khurmala-oil-field"]


def test_armed_groups_named_as_a_whole_are_who_fired(gazetteer):
    text = "Armed groups fired three rockets at the Ain al-Asad air base on Tuesday."
    got = extract_report(text, published="2024-07-31", gazetteer=gazetteer).incidents
    assert list(zip(got["event_type"], got["actor"])) == [("rocket_attack", "armed factions")]


def test_a_name_heard_by_sound_in_a_list_of_oilfields_is_the_field(gazetteer):
    # (d146) "the Khormala and Sarsang oilfields": Khormala, heard as Khurmala, is the field, as Sarsang is
    text = "On Monday three explosive-laden drones hit the Khormala and Sarsang oilfields in Erbil and Duhok."
    got = {t for _, _, t in drafts(text, "2025-07-16", gazetteer)}
    assert got == {"iq-khurmala-oil-field", "iq-sarsang-oil-field"}



def test_an_expectation_of_attacks_tells_no_event(gazetteer):
    # (d144) a risk brief's forecast: no draft; an attack told beside an expectation stays
    text = "We expect most of these to be drone and rocket attacks on US bases and embassies, Baghdad among them."
    assert drafts(text, "2023-10-25", gazetteer) == []
    text = "Rockets hit the US embassy in Baghdad on Tuesday, as analysts expect more attacks."
    assert drafts(text, "2023-10-25", gazetteer) == [("2023-10-24", "rocket_attack", "iq-us-embassy-baghdad")]


def test_the_day_a_run_of_attacks_began_dates_nothing_told_after_it(gazetteer):
    # (d146) "The attacks on US forces began on Oct. 17.": the next sentence's strike is not of that day
    text = ("US jets struck a militia site near Jurf al-Sakhar on Tuesday night. The attacks on US forces began on "
            "Oct. 17. An official said the strike also destroyed a command node in Anbar.")
    got = drafts(text, "2023-11-22", gazetteer)
    assert not any(d == "2023-10-17" for d, _, _ in got)
    assert ("2023-11-21", "air_strike", "iq-jurf-al-sakhar") in got
