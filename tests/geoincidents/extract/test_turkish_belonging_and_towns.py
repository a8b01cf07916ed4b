"""Turkish: a state in the dative before "ait" ('belonging to') owns the weapon after it ("İsrail'e ait İHA", an
Israeli drone): the state's drone strike, not a drone fired at Israel; and towns listed under "beldeleri" ('towns',
also "X ile Y beldeleri arasında", 'between the towns of X and Y') are each where the strike fell. Sentences written
for these tests."""
from __future__ import annotations

import pytest

from geoincidents import extract_report


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Nebatiye'de bir araç dün sabah saatlerinde İsrail'e ait İHA tarafından hedef alındı.",
     {("2025-12-25", "drone_strike", "lb-nabatieh")}),
    ("İsrail'e ait bir İHA Nebatiye'de bir aracı vurdu.", {("2025-12-26", "drone_strike", "lb-nabatieh")}),
    ("Türkiye'ye ait bir İHA Sidakan'da bir aracı vurdu.", {("2025-12-26", "drone_strike", "iq-sidakan")}),
    ("İsrail'e ait bir İHA Kfar Kila ve Khiam beldelerinde iki aracı vurdu.",
     {("2025-12-26", "drone_strike", "lb-kfar-kila"), ("2025-12-26", "drone_strike", "lb-khiam")}),
    ("İsrail'e ait bir İHA ise Kfar Kila ile Khiam beldeleri arasında bir aracı vurdu.",
     {("2025-12-26", "drone_strike", "lb-kfar-kila"), ("2025-12-26", "drone_strike", "lb-khiam")}),
])
def test_the_owner_of_the_drone_strikes_the_towns(sentence, expected):
    report = extract_report(sentence, published="2025-12-26")
    drafts = report.incidents
    assert set(zip(drafts["date"].astype(str), drafts["event_type"], drafts["target_place_id"])) == expected
    assert "cc-il" not in set(drafts["target_place_id"]) | set(drafts["launch_place_id"].dropna())


@pytest.mark.parametrize(("sentence", "target", "actor"), [
    ("Un drone de l'armée turque a ciblé un véhicule dans le district de Sidakan jeudi.", "iq-sidakan", "Turkey"),
    ("Un dron del ejército israelí atacó un vehículo en Nabatieh el jueves.", "lb-nabatieh", "Israel"),
    ("A drone of the Turkish army targeted a vehicle in Sidakan on Thursday.", "iq-sidakan", "Turkey"),
    ("Eine Drohne der türkischen Armee traf am Donnerstag ein Fahrzeug in Sidakan.", "iq-sidakan", "Turkey"),
])
def test_a_weapon_of_a_states_force_is_that_states_strike(sentence, target, actor):
    # (the state whose army the drone is "of", in four languages: the state's drone strike, not a group's attack)
    drafts = extract_report(sentence, published="2023-08-25").incidents
    assert list(zip(drafts["event_type"], drafts["target_place_id"], drafts["actor"])) == [
        ("drone_strike", target, actor)]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Suriye kuzeyinde bulunan terörist hedeflerine hava harekâtı düzenlendi.", {"cc-sy"}),
    ("Irak kuzeyindeki terörist hedeflerine hava harekâtı düzenlendi.", {"cc-iq"}),
    ("Irak kuzeyindeki Metina, Hakurk ve Kandil bölgeleri ile Suriye kuzeyinde bulunan terörist hedeflerine hava "
     "harekâtları icra edilmiştir.", {"iq-metina", "iq-hakurk", "iq-qandil-mountains"}),
])
def test_turkish_north_of_a_country_and_regions_coordinated_with_ile(sentence, expected):
    # ("Suriye kuzeyinde": the name bare before the direction noun, as with the genitive; "bölgeleri ile": the
    # locative of the coordination's last part is the list's)
    drafts = extract_report(sentence, published="2024-01-13").incidents
    assert expected <= set(drafts["target_place_id"])
    assert set(drafts["event_type"]) == {"air_strike"}


@pytest.mark.parametrize(("sentence", "day"), [
    ("Di 15ê pûşberê de firokeyên şer ên Tirkiyê êrîşî çiyayê Şingalê kirin.", "2020-06-15"),
    ("Di 15 ê Hezîranê de firokeyên şer ên Tirkiyê êrîşî çiyayê Şingalê kirin.", "2020-06-15"),
    ("Dronên Tirkiyê di 3ê gelawêja 2019an de gundê Kanî Masê bombebaran kirin.", "2019-08-03"),
])
def test_kurmanji_month_names_and_days(sentence, day):
    # (the Kurdish month names Rojava outlets write, the ezafe apart from the day, a year with its ending)
    drafts = extract_report(sentence, published="2020-06-20").incidents
    assert list(drafts["date"].astype(str)) == [day]


def test_kurmanji_attack_typed_with_a_short_i_and_became_the_target():
    # ("êrişan" as outlets often type it; "bûne armanca êrîşan": the camps in Koya and Sulaymaniyah were targeted)
    drafts = extract_report("Îro, 28ê îlonê, baregehên partiyan li bajarê Koye û li parêzgeha Silêmaniyê bûne armanca "
                            "êrişa hêzên Sipaha Pasdaran.", published="2022-09-28").incidents
    assert set(zip(drafts["date"].astype(str), drafts["target_place_id"])) == {
        ("2022-09-28", "iq-koya"), ("2022-09-28", "iq-gov-sulaymaniyah")}


def test_sorani_place_in_the_area_of_a_city_and_komala_no_village():
    # ("زڕگوێزیش لە سنووری سلێمانی کرایە ئامانج": Zrgwez, in the area of Sulaymaniyah, was targeted; کۆمەڵە, the
    # Komala parties and the word 'society', is no village Kawmarah)
    report = extract_report("ئەمڕۆ جارێکی دیکە هێرشکرایەوە سەر بارەگاکانی حیزبی دیموکراتی کوردستانی ئێران لە کۆیە، "
                            "زڕگوێزیش لە سنووری سلێمانی کرایە ئامانج کە کۆمەڵەی شۆڕشگێڕی زەحمەتکێشانی کوردستان لەو "
                            "سنوورەدان.", published="2022-11-14")
    assert set(report.incidents["target_place_id"]) == {"iq-koya", "iq-zrgwez"}
    assert "iq-kawmarah" not in set(report.places["place_id"])


def test_turkish_targets_being_hit_in_a_town_that_borders_another():
    # ("vuruluyor", 'is being hit'; "Nusaybin ilçesine sınır komşusu olan Kamışlı": Nusaybin only borders Qamishli)
    drafts = extract_report("Mardin'in Nusaybin ilçesine sınır komşusu olan ve terör örgütü PKK/YPG'nin kontrolündeki "
                            "Kamışlı kentindeki terör hedefleri tek tek vuruluyor.", published="2023-10-06").incidents
    assert list(drafts["target_place_id"]) == ["sy-qamishli"]
