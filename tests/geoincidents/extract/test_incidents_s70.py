"""Incidents of session 70, on sentences written for these tests, in my own words, in the manner of the Arabic and
English reports of the drone attacks of July 2025 on the oil fields of Duhok; written after the failures of the
development sets.

A report tells one attack with its weapon and the next as "a similar attack" at another site: that attack is of the
weapon told before, and Arabic writes the adjective between the attack noun and its verb ("هجوماً مماثلاً طال")."""
from __future__ import annotations

from geoincidents.extract import extract_report
from tests.geoincidents.extract.conftest import drafts


def _targets(text, published, gazetteer):
    return sorted((str(d), e, t) for d, e, t in drafts(text, published, gazetteer))


def test_a_similar_attack_is_of_the_weapon_told_before(gazetteer):
    text = ("Two drones hit the Peshkabir field on Wednesday morning, the counter-terrorism agency said. It added "
            "that a similar attack struck the Tawke field later in the day.")
    assert _targets(text, "2025-07-16", gazetteer) == [("2025-07-16", "drone_attack", "iq-peshkabir-oil-field"),
                                                       ("2025-07-16", "drone_attack", "iq-tawke-oil-field")]


def test_an_arabic_similar_attack_with_a_masculine_verb_after_its_adjective(gazetteer):
    # 'The agency said two drones attacked the Peshkabir field on Wednesday morning. It added that a similar attack
    # reached another field of the same firm in Tawke, causing no casualties.'
    text = ("قال الجهاز إن طائرتين مسيرتين هاجمتا صباح الأربعاء حقل بيشخابور. وأضاف أن هجوماً مماثلاً طال حقلاً آخر "
            "للشركة ذاتها في طاوكي دون أن يوقع ضحايا.")
    assert _targets(text, "2025-07-16", gazetteer) == [("2025-07-16", "drone_attack", "iq-peshkabir-oil-field"),
                                                       ("2025-07-16", "drone_attack", "iq-tawke-oil-field")]


def test_a_similar_attack_with_no_fire_told_before_stays_untyped(gazetteer):
    # (nothing told before to take a weapon from: the attack's means are unknown)
    text = "A similar attack struck the Tawke field on Wednesday, the agency said."
    assert _targets(text, "2025-07-16", gazetteer) == [("2025-07-16", "other", "iq-tawke-oil-field")]


def test_a_drone_that_had_come_down_in_reported_speech(gazetteer):
    text = "A security source said a third drone had come down on farmland in the Radwaniyah area west of Baghdad."
    assert _targets(text, "2025-06-24", gazetteer) == [("2025-06-24", "drone_attack", "iq-radwaniya")]


def test_french_strikes_that_took_place_on_the_outskirts_of_a_town(gazetteer):
    # 'The American strikes took place at about 04:30 on Friday on the outskirts of the town of Albu Kamal, an
    # official said.' (the state's adjective after the noun, then "ont eu lieu": the strikes are the verb's subject)
    text = ("Les frappes américaines ont eu lieu vers 04h30 vendredi, aux abords de la ville d'Abou Kamal, a indiqué "
            "un responsable.")
    assert _targets(text, "2023-10-28", gazetteer) == [("2023-10-27", "air_strike", "sy-albu-kamal")]


def test_spanish_attacks_that_took_place_near_a_city(gazetteer):
    text = "Los ataques israelíes tuvieron lugar el sábado cerca de Damasco, según la agencia."
    assert _targets(text, "2024-04-07", gazetteer) == [("2024-04-06", "air_strike", "sy-damascus")]


def test_a_capital_listed_as_targeted_in_the_pluperfect_is_a_place(gazetteer):
    # (a passive of attack after the perfect: Tel Aviv is hit, not the state acting; "Doha had been notified" is the
    # state, and no place)
    text = "State media in Tehran said on Monday that Haifa and Tel Aviv had been targeted."
    assert [t for _, _, t in _targets(text, "2025-06-23", gazetteer)] == ["il-haifa", "il-tel-aviv"]
    places = extract_report("Officials in Iran said Doha had been notified in advance.", published="2025-06-23",
                            gazetteer=gazetteer).places
    assert "Doha" not in set(places.loc[places["sense"] == "place", "mention"])


def test_impacts_recorded_among_several_areas(gazetteer):
    text = ("Iran fired a barrage of missiles at Israel on Monday morning. Impacts were recorded in several areas, "
            "among them the Ashdod area.")
    assert ("2025-06-23", "missile_attack", "il-ashdod") in _targets(text, "2025-06-23", gazetteer)


def test_a_states_attack_intercepted_is_its_strike(gazetteer):
    # (the attack noun a state's adjective qualifies, downed on its way: that state's strike, with outcome intercepted;
    # Iran's attacks are missiles, not a strike from the air)
    text = "Syrian air defences intercepted an Israeli aerial attack on the outskirts of Damascus on Saturday."
    got = extract_report(text, published="2024-10-26", gazetteer=gazetteer).incidents
    assert list(zip(got["event_type"], got["target_place_id"], got["actor"], got["outcome"])) == [
        ("air_strike", "sy-damascus", "Israel", "intercepted")]
    text = "Israeli air defences intercepted an Iranian attack on Tel Aviv on Saturday."
    assert [e for _, e, _ in _targets(text, "2024-10-26", gazetteer)] == ["interception"]


def test_a_persian_air_defence_statement_on_an_attack_it_countered(gazetteer):
    # 'The air defence intercepted the Zionist regime's assault on military centres in Ilam province.'
    text = "پدافند هوایی کشور هجوم رژیم صهیونیستی به مراکز نظامی در استان ایلام را رهگیری کرد."
    assert _targets(text, "2024-10-26", gazetteer) == [("2024-10-26", "air_strike", "ir-gov-ilam")]


def test_a_turkish_attack_noun_in_the_genitive_before_after(gazetteer):
    # 'After the rocket attack carried out on the Kor Mor gas field the evening before last, Erbil and Baghdad acted.'
    text = ("Kor Mor gaz sahasına önceki akşam düzenlenen roketli saldırının ardından Erbil ve Bağdat harekete "
            "geçti.")
    assert _targets(text, "2025-11-28", gazetteer) == [("2025-11-26", "rocket_attack", "iq-khor-mor-gas-field")]


def test_a_turkish_site_that_came_under_attack_past_the_village_it_lies_in(gazetteer):
    # 'On Tuesday morning, 15 July 2025, the Sarsang oil field in the village of Mlbırke, of Chamanke, came under
    # attack.' (the village's descriptor with its case ending is no kind of the field's name; the day written out
    # in apposition to "the next day" is the day meant)
    text = ("Ertesi gün, 15 Temmuz 2025 Salı sabahı Çemanke'ye bağlı Mlbırke köyü'ndeki Serseng petrol sahası "
            "saldırıya uğradı.")
    assert _targets(text, "2025-10-25", gazetteer) == [("2025-07-15", "other", "iq-sarsang-oil-field")]


def test_the_day_written_out_beside_the_next_day(gazetteer):
    text = "The next day, on the morning of Tuesday 15 July 2025, drones struck the Sarsang oil field."
    assert _targets(text, "2025-10-25", gazetteer) == [("2025-07-15", "drone_attack", "iq-sarsang-oil-field")]


def test_drones_us_forces_engaged_are_downed(gazetteer):
    # (the word of US military statements for defenders firing at a drone)
    text = "In a separate incident on Wednesday in northern Iraq, US forces engaged a single drone and destroyed it."
    assert _targets(text, "2023-10-18", gazetteer) == [("2023-10-18", "interception", "cc-iq")]


def test_a_time_named_by_a_states_raids_is_no_raid(gazetteer):
    # (the raids told before, named to say when the aircraft flew: no raid of the day told last)
    text = ("US jets struck sites in Deir ez-Zor province on Friday night. The strikes answered a drone attack that "
            "killed three US soldiers on Sunday. Two hours before the US raids, reconnaissance aircraft were reported "
            "flying over Syrian territory.")
    got = _targets(text, "2024-02-03", gazetteer)
    assert ("2024-02-02", "air_strike", "sy-gov-deir-ez-zor") in got
    assert not [g for g in got if g[0] == "2024-01-28" and g[1] == "air_strike"]


def test_a_site_told_by_its_bearing_from_a_town_before_a_passive_of_attack(gazetteer):
    # (the town after "north of" only says where the base lies; the passive after it tells what was hit)
    for text in ("The Harir air base north of Erbil was hit by two drones on Tuesday, a security source said.",
                 "The Harir air base, about 70 km northeast of Erbil, was struck by drones on Tuesday."):
        assert _targets(text, "2024-06-10", gazetteer) == [("2024-06-04", "drone_attack", "iq-harir-air-base")]


def test_fire_told_only_by_its_downing_is_the_interception_and_told_by_its_firing_the_attack(gazetteer):
    # (the seed table's drones downed at Ain al-Asad on 22 April 2024 are an interception though one official called
    # them aimed at the base; fire the report also tells as fired stays the attack)
    got = extract_report("A drone aimed at coalition forces was shot down near Erbil airport on Tuesday.",
                         published="2024-01-03", gazetteer=gazetteer).incidents
    assert list(zip(got["event_type"], got["target_place_id"], got["outcome"])) == [
        ("interception", "iq-erbil-international-airport", "intercepted")]
    got = extract_report("The group said it launched a drone at Eilat on Tuesday. The army said the drone was "
                         "intercepted.", published="2024-01-03", gazetteer=gazetteer).incidents
    assert list(zip(got["event_type"], got["target_place_id"])) == [("drone_attack", "il-eilat")]


def test_the_same_base_told_with_another_day_is_an_attack_there_that_day(gazetteer):
    # 'Earlier on Tuesday the group said it had shelled the Shaddadi base with rockets, after it had announced
    # targeting the same base on Monday.'
    text = ("وفي وقت سابق من يوم الثلاثاء قالت المقاومة الإسلامية في العراق إنها قصفت قاعدة الشدادي بالصواريخ، بعد "
            "أن كانت قد أعلنت استهداف القاعدة نفسها يوم الاثنين.")
    got = _targets(text, "2024-01-02", gazetteer)
    assert ("2024-01-01", "rocket_attack", "sy-shaddadi-base") in got
    assert ("2024-01-02", "rocket_attack", "sy-shaddadi-base") in got
    text = "The group fired rockets at the Shaddadi base on Tuesday. It had targeted the same base on Monday."
    assert [d for d, _, _ in _targets(text, "2024-01-02", gazetteer)] == ["2024-01-01", "2024-01-02"]


def test_shelling_told_with_the_weapon_it_was_done_with(gazetteer):
    text = "The group said it had shelled the Shaddadi base with rockets on Tuesday."
    assert _targets(text, "2024-01-02", gazetteer) == [("2024-01-02", "rocket_attack", "sy-shaddadi-base")]
    text = "Turkish artillery shelled villages near Zakho on Tuesday."
    assert [e for _, e, _ in _targets(text, "2024-01-02", gazetteer)] == ["artillery"]


def test_a_timelines_present_tense_and_missiles_that_rained_down(gazetteer):
    assert _targets("Oct. 18: Two drones attack al-Tanf garrison; minor injuries reported.", "2023-11-01",
                    gazetteer) == [("2023-10-18", "drone_attack", "sy-al-tanf-garrison")]
    assert _targets("Missiles rained down on Tel Aviv early on Sunday.", "2025-06-16",
                    gazetteer) == [("2025-06-15", "missile_attack", "il-tel-aviv")]
    # (a bare "attack" before a state is no cue: "the attack Iran carried out against Israel")
    got = _targets("Israel said its strikes answered the missile attack Iran carried out against Israel on October 1.",
                   "2024-10-26", gazetteer)
    assert not [t for _, _, t in got if t == "cc-ir"]


def test_the_kurdistan_region_of_iraq_named_whole_in_arabic_and_persian(gazetteer):
    # (one place, not the region and Iraq: "إقليم كردستان العراق", "اقلیم کردستان عراق")
    for text in ("أعلنت سلطات إقليم كردستان العراق الأربعاء أن حقلا نفطيا تعرض لهجوم.",
                 "حمله پهپادی به میدان گازی کورمور در اقلیم کردستان عراق"):
        places = extract_report(text, published="2025-07-16", gazetteer=gazetteer).places
        assert "iq-kurdistan-region" in set(places["place_id"])
        assert "cc-iq" not in set(places["place_id"])


def test_a_state_right_after_the_weapons_it_fired_is_no_place(gazetteer):
    # (the relative clause with no "that": Iran fired them; the base is the place)
    text = "Qatar's air defences downed all but one of the 19 missiles Iran fired at Al Udeid Air Base on Monday."
    places = extract_report(text, published="2025-06-24", gazetteer=gazetteer).places
    assert "cc-ir" not in set(places.loc[places["sense"] == "place", "place_id"])
    assert "qa-al-udeid-air-base" in set(places["place_id"])


def test_the_sides_of_a_war_named_with_a_dash_and_of_hostility_are_states(gazetteer):
    for text in ("LIVE: Israel–Iran war, day four", "Hostility between Israel and Iran came to a head on Friday."):
        places = extract_report(text, published="2025-06-16", gazetteer=gazetteer).places
        assert set(places["sense"]) == {"state"}, text


def test_the_state_right_after_the_weapons_it_fired_is_their_actor(gazetteer):
    # (the subject of the relative clause that leaves out "that"; not the speaker told first)
    for text, published, target in (
            ("Qatar's air defences downed all but one of the 19 missiles Iran fired at Al Udeid Air Base on Monday.",
             "2025-06-24", "qa-al-udeid-air-base"),
            ("Israel said its strikes answered the missile attack Iran carried out against Israel on October 1.",
             "2024-10-26", "cc-il")):
        got = extract_report(text, published=published, gazetteer=gazetteer).incidents
        assert list(zip(got["target_place_id"], got["actor"])) == [(target, "Iran")], text
