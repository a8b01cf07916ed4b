"""Targets the drafts had lost between a site and its verb, and forms of a verb the tables did not read:

* a relative aside between a site and the verb of its attack ("Ain al-Asad air base, which hosts troops from the
  United States, was hit by rockets"; Russian "которую ...", French "qui ...", Spanish "donde ..."): the places
  inside the aside say whose troops are there, not where fire came from or fell; the cue after the aside (after its
  second comma when the aside holds a phrase of its own) is the site's; a list goes on after the aside ("Erbil,
  where the US has troops, and Baghdad");
* a weapon word before a site noun names the site hit, not a second fire ("targeted Kataib Sayyid al-Shuhada and
  UAV facilities in Albukamal" is one strike, not a strike and a drone attack with no place);
* Russian "подверглась ракетной атаке" ('came under a rocket attack'): the adjective of the weapon inside the
  passive; the dative of a descriptor with its adjective in a list ("по Тель-Авиву, Хайфе и международному аэропорту
  Бен-Гурион");
* Persian as pages that lose the zero-width non-joiner write it: "هدف قرار گرفتهاند" ('have been targeted'),
  "موشکها" ('the missiles'): the tables' Persian triggers are read with the suffixes written onto them.

Sentences written for these tests, in our own words, on the pattern of wire, Russian, French, Spanish and Persian
reports.
"""
from __future__ import annotations

import pytest

from geoincidents import extract_report
from geoincidents.extract import lexicon
from tests.geoincidents.extract.conftest import drafts, roles


@pytest.mark.parametrize("text, target", [
    ("Ain al-Asad air base, which hosts troops from the United States, was hit by rockets.",
     ("rocket_attack", "iq-ain-al-asad-air-base")),
    ("Ain al-Asad air base, which hosts troops from the United States and Britain, was hit by rockets.",
     ("rocket_attack", "iq-ain-al-asad-air-base")),
    ("Авиабаза Айн аль-Асад, которую используют силы международной коалиции, возглавляемой США, подверглась "
     "ракетной атаке, сообщает командование.", ("rocket_attack", "iq-ain-al-asad-air-base")),
    ("La base de Harir, qui abrite des soldats américains, a été visée par un drone.",
     ("drone_attack", "iq-harir-air-base")),
    ("La base de Ain al-Asad, donde se encuentran tropas estadounidenses, fue atacada con cohetes.",
     ("rocket_attack", "iq-ain-al-asad-air-base")),
])
def test_the_cue_after_a_relative_aside_is_the_sites(text, target, gazetteer):
    assert [d[1:] for d in drafts(text, "2024-01-20", gazetteer)] == [target]


def test_the_places_inside_the_aside_are_neither_launch_nor_target(gazetteer):
    got = roles("Ain al-Asad air base, which hosts troops from the United States and Britain, was hit by rockets.",
                "2024-01-20", gazetteer)
    assert got == {"iq-ain-al-asad-air-base": "target", "cc-us": "context", "cc-gb": "context"}


def test_a_list_goes_on_after_the_aside(gazetteer):
    assert drafts("Rockets hit Erbil, where the US has troops, and Baghdad.", "2024-01-20", gazetteer) == [
        ("2024-01-20", "rocket_attack", "iq-baghdad"), ("2024-01-20", "rocket_attack", "iq-erbil")]


def test_an_aside_with_no_cue_after_it_gives_the_site_no_role(gazetteer):
    # the aside closes, but nothing after it tells the site was hit: no draft at the site
    got = roles("Ain al-Asad air base, which hosts troops from the United States, is in Anbar.", "2024-01-20",
                gazetteer)
    assert got.get("iq-ain-al-asad-air-base") == "context"


@pytest.mark.parametrize("text", [
    "The airstrikes targeted Kataib Sayyid al-Shuhada and UAV facilities in Albukamal.",
    "The airstrikes targeted Kataib Sayyid al-Shuhada and drone facilities in Albukamal.",
])
def test_a_weapon_before_a_site_noun_is_no_second_fire(text, gazetteer):
    assert drafts(text, "2021-06-28", gazetteer) == [("2021-06-28", "air_strike", "sy-albu-kamal")]


def test_two_fires_joined_by_and_stay_two(gazetteer):
    assert drafts("Drones targeted al-Tanf and rockets hit Ain al-Asad.", "2024-01-20", gazetteer) == [
        ("2024-01-20", "drone_attack", "sy-al-tanf-garrison"), ("2024-01-20", "rocket_attack", "iq-ain-al-asad-air-base")]


@pytest.mark.parametrize("words, end, expected", [
    (["uav", "facilities", "in"], 1, True),
    (["missile", "launch", "sites"], 1, True),
    (["drones", "hit", "erbil"], 1, False),
    (["drones"], 1, False),
])
def test_names_a_site(words, end, expected):
    assert lexicon.names_a_site(words, end) is expected


@pytest.mark.parametrize("text, expected", [
    ("Авиабаза Айн аль-Асад подверглась ракетной атаке.", [("rocket_attack", "iq-ain-al-asad-air-base")]),
    ("База Харир подверглась атаке беспилотников.", [("drone_attack", "iq-harir-air-base")]),
    ("Не менее 27 баллистических ракет были выпущены по Тель-Авиву, Хайфе и международному аэропорту Бен-Гурион.",
     [("missile_attack", "il-ben-gurion-airport"), ("missile_attack", "il-haifa"), ("missile_attack", "il-tel-aviv")]),
])
def test_russian_attacks_with_their_adjectives(text, expected, gazetteer):
    assert [d[1:] for d in drafts(text, "2025-06-23", gazetteer)] == expected


@pytest.mark.parametrize("text", [
    "پایگاههای نظامی در شهرهای اصفهان، قم و تبریز نیز هدف قرار گرفتهاند.",  # the joiner lost
    "پایگاه‌های نظامی در شهرهای اصفهان، قم و تبریز نیز هدف قرار گرفته‌اند.",  # the joiner kept
])
def test_the_persian_perfect_with_or_without_the_joiner(text, gazetteer):
    assert {d[2] for d in drafts(text, "2026-02-28", gazetteer)} == {"ir-isfahan", "ir-qom", "ir-tabriz"}


def test_a_persian_plural_without_the_joiner_is_the_weapon(gazetteer):
    text = "این موشکها شامگاه جمعه به پایگاهی در دیرالزور شلیک شد."
    assert [d[1:] for d in drafts(text, "2023-03-24", gazetteer)] == [("missile_attack", "sy-deir-ez-zor")]


@pytest.mark.parametrize("phrase, forms", [
    ("هدف قرار گرفته", {"هدف قرار گرفتهاند", "هدف قرار گرفتهها", "هدف قرار گرفتههای"}),
    ("موشک", {"موشکها", "موشکهای"}),
    ("قصف", set()),  # Arabic: "قصفها" is 'shelled it', no Persian plural
    ("rockets", set()),
])
def test_persian_suffix_forms(phrase, forms):
    assert set(lexicon._with_persian_suffixes(phrase)) == forms


def test_an_earlier_attack_on_a_region_hung_on_after_is_an_incident_of_its_own(gazetteer):
    # the drones "after" which the strikes came hit two regions of Israel the report names nowhere else; and the
    # rockets Hezbollah "also" fired are another attack, not the drones told again
    text = ("The IDF said on Sunday that it was conducting strikes on Hezbollah rocket launchers in South Lebanon after "
            "the group launched attack drones on the Galilee and Golan Heights.\n"
            "Hezbollah also fired rockets at Israel's north.")
    assert drafts(text, "2024-09-15", gazetteer) == [
        ("2024-09-15", "air_strike", "lb-south-lebanon"), ("2024-09-15", "drone_attack", "il-golan-heights"),
        ("2024-09-15", "drone_attack", "il-gov-northern"), ("2024-09-15", "rocket_attack", "cc-il")]


def test_an_earlier_attack_on_a_country_hung_on_after_adds_no_draft(gazetteer):
    text = "Israel struck launchers in Aitaroun on Sunday after Hezbollah fired rockets at Israel."
    assert [d[2] for d in drafts(text, "2024-09-15", gazetteer)] == ["lb-aitaroun"]


@pytest.mark.parametrize("text, expected", [
    ("أطلقت الصواريخ من الأراضي اللبنانية باتجاه كريات شمونة.", ("الأراضي اللبنانية", "cc-lb", "launch")),
    ("استهدفت المقاومة العمق السوري بطائرة مسيرة.", ("العمق السوري", "cc-sy", "target")),
    ("قصفت الطائرات التركية مواقع في الشمال السوري.", ("الشمال السوري", "cc-sy", "target")),
    ("اخترقت المسيرة الأجواء العراقية.", ("الأجواء العراقية", "cc-iq", "context")),
])
def test_a_territory_named_by_its_adjective_in_running_text_is_the_country(text, expected, gazetteer):
    # the territory words and adjectives are the gazetteer's (gazetteer.phrases.territory_country)
    got = extract_report(text, published="2024-09-15", gazetteer=gazetteer).places
    assert expected in list(zip(got["mention"], got["place_id"], got["role"]))


def test_a_target_told_with_no_means_after_an_air_operation_is_of_that_wave(gazetteer):
    # the air operation told the day before (the statement's "dün"), the city hit today as it goes on
    text = ("Milli Savunma Bakanlığı dün Suriye'nin kuzeyine hava harekatı düzenlendiğini açıkladı. TSK'nın başlattığı "
            "hava harekatı bugün de devam etti. Kamışlı kentindeki hedefler tek tek vuruluyor.")
    got = drafts(text, "2023-10-06", gazetteer)
    assert ("2023-10-06", "air_strike", "sy-qamishli") in got


def test_a_target_with_no_means_after_rockets_keeps_no_means(gazetteer):
    # fire of another kind told between: the strike's means are not the target's
    text = ("Israeli jets struck targets in southern Lebanon on Monday. Hezbollah fired rockets at Kiryat Shmona. "
            "A house in Metula was also hit.")
    assert ("2024-05-20", "air_strike", "il-metula") not in drafts(text, "2024-05-20", gazetteer)


@pytest.mark.parametrize("text", [
    "İsrail, Tahran başta olmak üzere İsfahan ve Tebriz kentlerine saldırı düzenledi.",
    "İsrail, Tahran, İsfahan ve Tebriz kentlerine saldırı düzenledi.",
])
def test_a_turkish_subject_far_before_its_attack_noun_and_light_verb(text, gazetteer):
    # the subject opens the sentence, the light verb "düzenledi" ends it: Israel's strike on each city of the list
    # ("başta olmak üzere": Tehran first among them), Israel itself no target
    got = drafts(text, "2026-02-28", gazetteer)
    assert got == [("2026-02-28", "air_strike", "ir-isfahan"), ("2026-02-28", "air_strike", "ir-tabriz"),
                   ("2026-02-28", "air_strike", "ir-tehran")]


@pytest.mark.parametrize("text", [
    "قتل قائد اللواء في قصف تركي في 11 أغسطس (آب) الحالي.",  # August, in brackets after its other name
    "قال عباس إن القصف استهدف مواقع في المنطقة الوسطى.",  # the given name Abbas; 'the middle'
])
def test_words_that_sound_like_a_place_are_no_place(text, gazetteer):
    got = extract_report(text, published="2020-08-27", gazetteer=gazetteer).places
    assert not set(got["place_id"]) & {"ye-ibb", "ir-bandar-abbas", "bh-gov-central"}


def test_ibb_written_as_its_name_is_still_ibb(gazetteer):
    got = drafts("قصف طيران التحالف مدينة إب.", "2020-08-27", gazetteer)
    assert [d[2] for d in got] == ["ye-ibb"]


def test_the_district_of_balad_by_its_arabic_descriptor(gazetteer):
    got = drafts("انفجرت عبوة ناسفة على رتل للتحالف في قضاء بلد.", "2021-04-07", gazetteer)
    assert got == [("2021-04-07", "explosion", "iq-dist-balad")]


def test_water_inside_the_name_of_the_arak_reactor_is_not_blocked(gazetteer):
    # Persian آب 'water' of "heavy water": a word of the reactor's name, never blocked as August is beside a date
    got = extract_report("حمله به راکتور آب سنگین اراک انجام شد.", published="2025-06-19", gazetteer=gazetteer).places
    assert "ir-arak-heavy-water-reactor" in set(got["place_id"])


@pytest.mark.parametrize("text, target", [
    ("מטוסי קרב תקפו מחסן נשק בכפר עיתרון.", "lb-aitaroun"),  # 'in the village of Aitaroun'
    ('צה"ל תקף באזור נבטייה.', "lb-nabatieh"),  # 'in the area of Nabatieh'
    ("מטוסי חיל האוויר תקפו הלילה בעיירה נבטייה.", "lb-nabatieh"),  # 'in the town of'
])
def test_a_hebrew_noun_of_place_passes_its_prefix_to_the_name(text, target, gazetteer):
    assert [d[1:] for d in drafts(text, "2024-03-01", gazetteer)] == [("air_strike", target)]
