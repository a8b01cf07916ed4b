"""Events and places of session 49, on sentences written for these tests: "a series of" before a word of munitions
counts one volley ("warplanes fired a series of missiles at Nabi Chit" is a strike), while "a series of attacks" and
"a string of rocket attacks" stay many; a name matched by its spelling right after a capitalised word that names no
place alone is the last word of a longer name heard by sound ("the village of Jubb Ramla" is Jubb Ramlah of Hama, not
Ramla of Israel)."""
from __future__ import annotations

import pytest

from geoincidents.extract import extract_report


def incidents(text, gazetteer, published):
    found = extract_report(text, gazetteer=gazetteer, published=published).incidents
    return sorted(zip(found["date"].astype(str), found["event_type"], found["target_place_id"]))


def with_actors(text, gazetteer, published):
    found = extract_report(text, gazetteer=gazetteer, published=published).incidents
    return list(zip(found["event_type"], found["target_place_id"], found["actor"]))


@pytest.mark.parametrize("text, expected", [
    ("Warplanes fired a series of missiles at Nabi Chit on Tuesday.", ("2024-03-12", "air_strike", "lb-nabi-chit")),
    ("Hezbollah fired a series of rockets at Kiryat Shmona on Monday.",
     ("2024-03-11", "rocket_attack", "il-kiryat-shmona")),
])
def test_a_series_of_munitions_is_one_volley(text, expected, gazetteer):
    assert incidents(text, gazetteer, "2024-03-13") == [expected]


@pytest.mark.parametrize("text", [
    "The strikes came in response to a series of attacks on US forces at al-Asad.",
    "The militia has carried out a string of rocket attacks on Ain al-Asad.",
])
def test_a_series_of_attacks_stays_many(text, gazetteer):
    assert incidents(text, gazetteer, "2024-03-13") == []


@pytest.mark.parametrize("text", [
    "Israeli jets fired missiles at the village of Jubb Ramla on Thursday.",
    "Cazas israelíes lanzaron misiles el jueves contra la localidad de Jubb Ramla, hiriendo a dos civiles.",
])
def test_a_longer_name_heard_by_sound(text, gazetteer):
    places = extract_report(text, gazetteer=gazetteer, published="2024-03-02").places
    assert list(zip(places["mention"], places["place_id"])) == [("Jubb Ramla", "sy-jubb-ramlah")]
    assert incidents(text, gazetteer, "2024-03-02")[0][2] == "sy-jubb-ramlah"


@pytest.mark.parametrize("text, mention, place", [
    ("Rockets hit Ramla on Thursday.", "Ramla", "il-ramla"),  # alone, the spelling's own place
    ("Sheikh Naim Qassem spoke in Beirut.", "Beirut", "lb-beirut"),  # a person's name before another word
])
def test_a_name_alone_keeps_its_place(text, mention, place, gazetteer):
    places = extract_report(text, gazetteer=gazetteer, published="2024-03-02").places
    assert list(zip(places["mention"], places["place_id"])) == [(mention, place)]


@pytest.mark.parametrize("text", [
    "On February 19 a strike had hit a residential building in Kafr Sousa.",
    "Il 19 febbraio un attacco aveva colpito un edificio residenziale nel quartiere di Kafr Sousa, a Damasco.",
    "Le 19 février, une attaque avait visé un immeuble à Kafr Soussa.",
])
def test_an_attack_told_in_the_pluperfect_is_fire_of_its_own_day(text, gazetteer):
    assert incidents(text, gazetteer, "2023-03-07") == [("2023-02-19", "other", "sy-kafr-sousa")]


def test_a_habit_in_the_present_perfect_stays_no_event(gazetteer):
    assert incidents("Strikes have targeted the base for months.", gazetteer, "2023-03-07") == []


@pytest.mark.parametrize("text", [
    "In response, Washington had bombed facilities of these groups in eastern Syria on February 25.",
    "En riposte, Washington avait bombardé le 25 février des installations de ces groupes dans l'est de la Syrie.",
])
def test_washington_strikes_as_the_united_states(text, gazetteer):
    found = extract_report(text, gazetteer=gazetteer, published="2021-04-15").incidents
    assert list(zip(found["date"].astype(str), found["event_type"], found["target_place_id"], found["actor"])) == [
        ("2021-02-25", "air_strike", "cc-sy", "US forces")]


def test_strikes_cleared_are_not_yet_an_event(gazetteer):
    text = ("The United States has cleared a wave of strikes on Iranian targets in Syria and Iraq, US officials told "
            "reporters on Thursday.")
    assert incidents(text, gazetteer, "2024-02-01") == []


def test_fire_told_of_a_person_in_a_relative_clause_does_not_type_the_strike(gazetteer):
    text = ("On Tuesday an Israeli drone strike killed a commander near Ain Baal. A second strike on a vehicle in Kafr "
            "Dunin killed Muhammad Hussein Shahouri, who Israel said headed rocket and missile fire from the central "
            "sector.")
    assert ("2024-04-16", "drone_strike", "lb-kfar-dounine") in incidents(text, gazetteer, "2024-04-17")
    assert not any(kind == "rocket_attack" for _, kind, _ in incidents(text, gazetteer, "2024-04-17"))


def test_a_relative_clause_of_which_keeps_its_strikes(gazetteer):
    text = ("The Houthis are also under attack from the United States, which on Saturday began a new campaign of air "
            "strikes on rebel-held areas of Yemen.")
    assert incidents(text, gazetteer, "2025-03-18") == [("2025-03-15", "air_strike", "cc-ye")]


def test_a_participle_aside_inside_a_fronted_clause_keeps_the_clause_whole(gazetteer):
    text = ("Sunday's barrages came a day after an Israeli air strike, carried out without warning before dawn on "
            "Saturday, flattened an eight-storey building in the crowded Basta neighbourhood of central Beirut.")
    assert ("2024-11-23", "air_strike", "lb-basta") in incidents(text, gazetteer, "2024-11-24")


def test_a_strike_on_the_launcher_takes_the_day_of_the_fire_it_answers(gazetteer):
    text = ("On Tuesday an Israeli strike killed a commander in Jouaiya. Hezbollah fired some 90 rockets at northern "
            "Israel on Wednesday morning. The army said its aircraft struck the launcher used in one of the salvoes, "
            "in the area of Yaroun.")
    found = incidents(text, gazetteer, "2024-06-12")
    assert ("2024-06-12", "air_strike", "lb-yaroun") in found
    assert ("2024-06-11", "air_strike", "lb-jouaiya") in found


def test_another_strike_elsewhere_in_the_province_is_an_incident_of_its_own(gazetteer):
    text = ("A Turkish drone strike hit a girls' centre near the city of Hasakah on Thursday, killing four girls. "
            "Earlier on Thursday, another suspected Turkish drone strike hit a sponge factory elsewhere in Hasakah "
            "province, killing two people.")
    assert incidents(text, gazetteer, "2022-08-19") == [("2022-08-18", "drone_strike", "sy-gov-hasakah"),
                                                        ("2022-08-18", "drone_strike", "sy-hasakah")]


@pytest.mark.parametrize("text", [
    "ففي الثامن من حزيران/يونيو أصاب صاروخان أرض مجمّع مطار بغداد الدولي، وسقط في اليوم نفسه صاروخ غير موجّه قرب "
    "مقر السفارة الأميركية.",
    "On June 8 two rockets hit Baghdad International Airport. The same day a rocket fell near the US embassy in "
    "Baghdad.",
])
def test_the_same_day_is_the_day_told_last(text, gazetteer):
    assert incidents(text, gazetteer, "2020-07-05") == [
        ("2020-06-08", "rocket_attack", "iq-baghdad-international-airport"),
        ("2020-06-08", "rocket_attack", "iq-us-embassy-baghdad")]


@pytest.mark.parametrize("text", [
    "El lunes, Hezbolá disparó cohetes contra Metula. Al día siguiente, aviones israelíes bombardearon Baalbek.",
    "Lunedì Hezbollah ha lanciato razzi contro Metula. Il giorno dopo aerei israeliani hanno bombardato Baalbek.",
])
def test_the_next_day_counts_from_the_day_told_last(text, gazetteer):
    assert ("2024-03-12", "air_strike", "lb-baalbek") in incidents(text, gazetteer, "2024-03-14")


@pytest.mark.parametrize("text", [
    "On September 4, a drone blamed on Turkiye destroyed a car near Dukan, killing three people.",
    "On September 4, Turkiye's drones destroyed a car near Dukan, killing three people.",
])
def test_turkiye_without_its_diaeresis_is_turkey(text, gazetteer):
    assert with_actors(text, gazetteer, "2024-09-06") == [
        ("drone_strike", "iq-dukan", "Turkey")]


@pytest.mark.parametrize("text", [
    "La semana pasada, cazas israelíes lanzaron misiles contra la localidad de Jubb Ramla, hiriendo a dos civiles.",
    "Caccia israeliani hanno bombardato la località di Jubb Ramla la settimana scorsa.",
])
def test_fighter_jets_in_spanish_and_italian_strike_from_the_air(text, gazetteer):
    assert with_actors(text, gazetteer, "2022-09-01") == [
        ("air_strike", "sy-jubb-ramlah", "Israel")]


def test_the_italian_hunt_is_no_aircraft(gazetteer):
    assert incidents("La caccia ai miliziani continua a Deir ez-Zor.", gazetteer, "2022-09-01") == []


@pytest.mark.parametrize("text", [
    "Plus tôt ce mois-ci, des roquettes avaient frappé la base d'Ain al-Asad.",
    "A principios de este mes, unos cohetes alcanzaron la base de Ain al-Asad.",
    "Anfang des Monats hatten Raketen den Stützpunkt Ain al-Asad getroffen.",
])
def test_early_this_month_is_the_publication_month(text, gazetteer):
    found = extract_report(text, gazetteer=gazetteer, published="2024-03-14").incidents
    assert list(zip(found["date"].astype(str), found["date_precision"], found["target_place_id"])) == [
        ("2024-03-01", "month", "iq-ain-al-asad-air-base")]


@pytest.mark.parametrize("text", [
    "L'aviation israélienne a frappé Baalbek mardi, après des tirs de roquettes du Hezbollah sur Metula lundi.",
    "L'aviazione israeliana ha colpito Baalbek martedì, dopo il lancio di razzi di Hezbollah su Metula lunedì.",
])
def test_after_in_french_and_italian_opens_the_clause_of_an_earlier_event(text, gazetteer):
    assert incidents(text, gazetteer, "2024-03-14") == [("2024-03-11", "rocket_attack", "il-metula"),
                                                        ("2024-03-12", "air_strike", "lb-baalbek")]


@pytest.mark.parametrize("word", ["entre-temps", "mientras tanto", "nel frattempo", "unterdessen", "bu arada"])
def test_meanwhile_in_five_languages_tells_another_moment(word):
    from geoincidents.extract import lexicon
    tokens = list(lexicon.phrase_tokens(word))
    assert lexicon.word_phrases("time_apart").match_at(tokens, 0) == (len(tokens), "time_apart")


@pytest.mark.parametrize("text", [
    "Le 12 mars, des roquettes ont frappé Metula. Un jour plus tôt, l'aviation israélienne avait bombardé Baalbek.",
    "Am 12. März trafen Raketen Metula. Einen Tag zuvor hatte die israelische Luftwaffe Baalbek bombardiert.",
])
def test_a_day_earlier_counts_back_from_the_day_told_last(text, gazetteer):
    assert ("2024-03-11", "air_strike", "lb-baalbek") in incidents(text, gazetteer, "2024-03-14")


@pytest.mark.parametrize("text, day", [
    ("دمّرت الغارة الإسرائيلية مساء أمس الأربعاء مبنى في مدينة النبطية.", "2024-02-14"),
    ("شنّ الطيران الحربي الإسرائيلي غارتين على بلدة الخيام صباح اليوم.", "2024-02-15"),
])
def test_the_arabic_raid_with_its_article_and_two_raids(text, day, gazetteer):
    found = incidents(text, gazetteer, "2024-02-15")
    assert len(found) == 1 and found[0][:2] == (day, "air_strike")


@pytest.mark.parametrize("text", [
    "Un missile lanciato da un drone ha centrato oggi alle 16:15 ora locale (le 15:15 in Italia) un'auto a Nabatieh.",
    "A drone strike hit a car in Nabatieh at 4:15 pm local time (15:15 in Italy) on Thursday.",
])
def test_a_place_beside_a_clock_in_brackets_is_no_target(text, gazetteer):
    places = extract_report(text, gazetteer=gazetteer, published="2024-02-08").places
    assert places.loc[places["place_id"] == "cc-it", "role"].tolist() == ["context"]
    assert "cc-it" not in [target for _, _, target in incidents(text, gazetteer, "2024-02-08")]


def test_the_italian_habit_of_strikes_is_no_incident(gazetteer):
    text = "Negli ultimi mesi Israele ha colpito ripetutamente auto e abitazioni nel sud del Libano."
    assert incidents(text, gazetteer, "2024-02-08") == []
