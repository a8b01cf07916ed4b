"""Turkish and Kurmanji reports: a direction noun in the accusative after a country in the genitive is what was hit; a
descriptor written with an apostrophe before its case ending carries the case; a country right before a cased name,
or a day between them, is the subject, not a list; Kurmanji objects before "topbaran kir" / "hedef girtin", the
oblique "dronekê", "û" joining a list, and the Turkish state and army named in Kurmanji.

Sentences written for these tests, in our own words, on the pattern of 2022-2024 Turkish and Kurdish reports.
"""
from __future__ import annotations

import pytest

from geoincidents.extract import extract_report

PUBLISHED = "2024-03-07"  # a Thursday: Tuesday is the 5th


def drafts(text, gazetteer):
    r = extract_report(text, gazetteer=gazetteer, published=PUBLISHED)
    return sorted(zip(r.incidents["date"].astype(str), r.incidents["event_type"], r.incidents["target_place_id"]))


@pytest.mark.parametrize("text, expected", [
    ("Salı günü İsrail Lübnan'ın güneyini bombaladı.", [("2024-03-05", "air_strike", "lb-south-lebanon")]),
    ("İsrail, Salı günü Lübnan'ın güneyini bombaladı.", [("2024-03-05", "air_strike", "lb-south-lebanon")]),
    ("Salı günü Erbil Havalimanı'na İHA ile saldırı düzenlendi.",
     [("2024-03-05", "drone_attack", "iq-erbil-international-airport")]),
    ("Salı günü Ayn el-Esad Üssü'ne roket saldırısı düzenlendi.",
     [("2024-03-05", "rocket_attack", "iq-ain-al-asad-air-base")]),
    # a Turkish list still shares its last name's case ending
    ("Salı günü Sincar, Kandil ve Hakurk'a hava harekâtı düzenlendi.",
     [("2024-03-05", "air_strike", "iq-hakurk"), ("2024-03-05", "air_strike", "iq-qandil-mountains"),
      ("2024-03-05", "air_strike", "iq-sinjar")]),
])
def test_turkish_cases(gazetteer, text, expected):
    assert drafts(text, gazetteer) == expected


@pytest.mark.parametrize("text, expected", [
    ("Roja Sêşemê dronekê li Silêmaniyê êrîşî wesayîtekê kir.", [("2024-03-05", "drone_attack", "iq-sulaymaniyah")]),
    ("Roja Sêşemê artêşa Tirk gundê Kani Masî topbaran kir.", [("2024-03-05", "artillery", "iq-kani-masi")]),
    ("Roja Sêşemê dewleta Tirk gundên Kani Masî û Batîfa hedef girtin.",
     [("2024-03-05", "air_strike", "iq-batifa"), ("2024-03-05", "air_strike", "iq-kani-masi")]),
])
def test_kurmanji_objects_before_their_verb(gazetteer, text, expected):
    assert drafts(text, gazetteer) == expected


@pytest.mark.parametrize("text, expected", [
    # "the Turkish aircraft carried attacks on the village of Batifa"
    ("Roja Sêşemê firokeyên Tirk êrîş birin ser gundê Batîfa.", [("2024-03-05", "air_strike", "iq-batifa")]),
    ("Roja Sêşemê balafirên Tirk gundê Batîfa bombebaran kirin.", [("2024-03-05", "air_strike", "iq-batifa")]),
])
def test_kurmanji_aircraft_and_attacks_carried_on(gazetteer, text, expected):
    assert drafts(text, gazetteer) == expected


@pytest.mark.parametrize("text, expected", [
    # Hebrew passives before their subject: "was attacked", "was hit"
    ("ביום שלישי הותקף בסיס נבטים בטילים בליסטיים.", [("2024-03-05", "missile_attack", "il-nevatim-air-base")]),
    ("ביום שלישי הותקף בסיס נבטים.", [("2024-03-05", "other", "il-nevatim-air-base")]),
    ("ביום שלישי נפגעה חיפה מטילים.", [("2024-03-05", "missile_attack", "il-haifa")]),
])
def test_hebrew_passives_before_their_subject(gazetteer, text, expected):
    assert drafts(text, gazetteer) == expected


@pytest.mark.parametrize("text, expected", [
    # Persian "came under attack" with its agent between (مورد حمله آمریکا قرار گرفت), with the ezafe or not
    ("بندر حدیده روز سه‌شنبه مورد حمله آمریکا قرار گرفت.", [("2024-03-05", "other", "ye-port-of-hodeidah")]),
    ("بندر حدیده روز سه‌شنبه مورد حملهی آمریکا و بریتانیا قرار گرفت.", [("2024-03-05", "other", "ye-port-of-hodeidah")]),
])
def test_persian_came_under_attack(gazetteer, text, expected):
    assert drafts(text, gazetteer) == expected


@pytest.mark.parametrize("text, place_ids", [
    # a city's name told with a district of its province is the province
    ("A Turkish drone struck a village in the Amedi district of Duhok on Tuesday.",
     ["iq-dist-amadiya", "iq-gov-duhok"]),
    ("Salı günü Duhok'a bağlı Amedi ilçesinde bir köy bombalandı.", ["iq-gov-duhok", "iq-dist-amadiya"]),
    ("Salı günü Süleymaniye'nin Penjwen ilçesine SİHA saldırısı düzenlendi.",
     ["iq-gov-sulaymaniyah", "iq-dist-penjwen"]),
    # one of a list is the city
    ("Rockets hit Erbil and the Shaqlawa district on Tuesday.", ["iq-erbil", "iq-dist-shaqlawa"]),
])
def test_a_city_told_with_a_district_of_its_province_is_the_province(gazetteer, text, place_ids):
    r = extract_report(text, gazetteer=gazetteer, published=PUBLISHED)
    assert list(r.places["place_id"]) == place_ids


@pytest.mark.parametrize("text, place_id", [
    # a province or district word right before the name (or before its "of") names the kind the candidates lack
    ("Roja Sêşemê li parêzgeha Duhokê gundek hat bombebarankirin.", "iq-gov-duhok"),
    ("Turkish jets bombed villages in the province of Duhok on Tuesday.", "iq-gov-duhok"),
    ("Drones hit the district of Chamchamal on Tuesday.", "iq-dist-chamchamal"),
    # not a title's word: "the district chief of Chamchamal" is the town's
    ("The district chief of Chamchamal said a drone hit a tank on Tuesday.", "iq-chamchamal"),
])
def test_a_kind_word_before_the_name_picks_its_sense(gazetteer, text, place_id):
    r = extract_report(text, gazetteer=gazetteer, published=PUBLISHED)
    assert list(r.places["place_id"]) == [place_id]


@pytest.mark.parametrize("text, targets", [
    # a country, then a comma, then a cased name: the subject, no list
    ("Salı günü Türkiye, Irak'ın kuzeyine hava harekâtı düzenledi.", ["cc-iq"]),
    ("Salı günü İran, İsrail'e füze saldırısı düzenledi.", ["cc-il"]),
])
def test_a_turkish_subject_with_its_comma_is_no_list(gazetteer, text, targets):
    assert [d[2] for d in drafts(text, gazetteer)] == targets


@pytest.mark.parametrize("text", [
    "İsrail ordusu Lübnan'ı vurdu.",
    "Türkiye Cumhuriyeti Milli Savunma Bakanlığı açıklama yaptı.",
    "İran hükümeti açıklama yaptı.",
])
def test_a_country_before_its_army_or_government_is_the_state(gazetteer, text):
    r = extract_report(text, gazetteer=gazetteer, published=PUBLISHED)
    assert r.places["sense"].iloc[0] == "state"


def test_a_hebrew_prefix_is_cut_when_no_name_starts_at_the_word(gazetteer):
    # "בדימונה" 'in Dimona' is a word of the alias "הכור בדימונה" (the reactor in Dimona): no name starts with it,
    # so its prefix is cut as for any other word
    r = extract_report("ביום שלישי נפל טיל בדימונה.", gazetteer=gazetteer, published=PUBLISHED)
    assert list(zip(r.places["mention"], r.places["place_id"])) == [("דימונה", "il-dimona")]


def test_an_armed_drone_is_a_strike_and_a_cased_list_shares_it(gazetteer):
    """SİHA (and Kurmanji SÎHA), the Turkish forces' armed drone, strikes whoever is named: one table row (its small-
    letter rows had been shadowed by a 'drone' row of the capital form)."""
    found = extract_report("SİHA'lar Kamışlı kentinde ve Kahtani bölgesinde YPG hedeflerini sihayla vurdu.",
                           gazetteer=gazetteer, published="2023-10-05").incidents
    assert sorted(zip(found["target_place_id"], found["event_type"])) == [
        ("sy-qahtaniyah", "drone_strike"), ("sy-qamishli", "drone_strike")]


def test_a_turkish_list_shares_the_case_its_last_descriptor_carries(gazetteer):
    """ "Kamışlı kenti ve Kahtani bölgesinde": the case ending on the last name's descriptor is the whole list's."""
    found = extract_report("SİHA'lar Suriye'nin Kamışlı kenti ve Kahtani bölgesinde YPG bölgelerini vurdu.",
                           gazetteer=gazetteer, published="2023-10-05").incidents
    assert sorted(found["target_place_id"]) == ["sy-qahtaniyah", "sy-qamishli"]


@pytest.mark.parametrize("text, targets", [
    # a plural of cities closes the list and carries its case; the province "bağlı" ties them to is where they lie
    ("TSK, Haseke'ye bağlı Kamışlı, Derbesiye ve Tel Temir kentlerinde bulunan hedefleri vuruyor.",
     ["sy-darbasiyah", "sy-qamishli", "sy-tall-tamr"]),
    ("TSK bugün Kamışlı ve Tel Temir kentlerinde terör hedeflerini vurdu.", ["sy-qamishli", "sy-tall-tamr"]),
    ("TSK bugün Haseke'ye bağlı Tel Temir'i bombaladı.", ["sy-tall-tamr"]),
    # unnamed villages of the provinces: the provinces are hit
    ("Savaş uçakları bugün Erbil ve Duhok illerine bağlı köyleri bombaladı.", ["iq-gov-duhok", "iq-gov-erbil"]),
])
def test_cities_under_a_plural_and_the_area_they_belong_to(text, targets, gazetteer):
    found = extract_report(text, gazetteer=gazetteer, published="2022-11-24").incidents
    assert sorted(found["target_place_id"]) == targets


def test_russian_group_fire(gazetteer):
    found = extract_report("Сегодня утром наши бойцы нанесли удары по базе Айн аль-Асад.", gazetteer=gazetteer,
                           published="2023-11-06").incidents
    assert list(zip(found["target_place_id"], found["event_type"])) == [("iq-ain-al-asad-air-base", "other")]


@pytest.mark.parametrize("text, target", [
    ("IDF bugün Lübnan'ın güneyindeki Dir Kifa bölgesinde bir silah deposunun vurulduğu açıkladı.", "lb-deir-kifa"),
    ("Açıklamada bugün Kamışlı'da bir aracın bombalandığı belirtildi.", "sy-qamishli"),
])
def test_turkish_reported_passives(text, target, gazetteer):
    """ "vurulduğu", "bombalandığı": the passive of reported speech tells the place hit, as "vuruldu" does."""
    found = extract_report(text, gazetteer=gazetteer, published="2025-08-22").incidents
    assert list(found["target_place_id"]) == [target]


def test_a_persian_after_is_no_from(gazetteer):
    """ "یک شب بعد از آن، منطقه قنیطره ...": "بعد از" 'after' is a time; its از is no launch cue of the place after it."""
    places = extract_report("حمله دوشنبه شب انجام شد و یک شب بعد از آن، منطقه قنیطره در جنوب غربی سوریه مورد اصابت "
                            "موشک قرار گرفت.", gazetteer=gazetteer, published="2022-06-10").places
    assert "launch" not in set(places["role"])


@pytest.mark.parametrize("text, expected", [
    ("İran'ın İsrail'e yönelik füze saldırısında Tel Aviv'de bir bina hasar gördü.", ("il-tel-aviv", "missile_attack")),
    ("Hizbullah'ın roket saldırısında Kiryat Şmona'da iki kişi yaralandı.", ("il-kiryat-shmona", "rocket_attack")),
])
def test_a_turkish_attack_in_its_cases(text, expected, gazetteer):
    """ "füze saldırısında" 'in the missile attack': the attack words in their cases are triggers and attack words."""
    found = extract_report(text, gazetteer=gazetteer, published="2024-08-06").incidents
    assert list(zip(found["target_place_id"], found["event_type"])) == [expected]


def test_a_state_opening_a_long_turkish_clause_strikes(gazetteer):
    """The verb ends a Turkish clause far from the subject that opens it (past "Bu arada,"): still the state's strike."""
    text = ("Bu arada, Türk Silahlı Kuvvetleri (TSK), Pençe Kılıç Harekâtı kapsamında Suriye'nin kuzeyinde Haseke'ye "
            "bağlı Kamışlı, Derbesiye ve Tel Temir kentlerinde bulunan terör örgütü PKK/YPG hedeflerini vuruyor.")
    found = extract_report(text, gazetteer=gazetteer, published="2022-11-24").incidents
    assert sorted(zip(found["target_place_id"], found["event_type"])) == [
        ("sy-darbasiyah", "air_strike"), ("sy-qamishli", "air_strike"), ("sy-tall-tamr", "air_strike")]
