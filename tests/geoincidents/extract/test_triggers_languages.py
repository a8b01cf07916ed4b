"""Attacks told in the languages reports of this conflict come in: the event words of
``data/extract_triggers.csv``, the words that make a clause one of attack or fire (``attack_word``,
``firing_verb``, ``killed`` in ``data/extract_words.csv``) and the role cues of ``data/extract_roles.csv``
(prepositions, Turkish case endings after a name's apostrophe, Hebrew prefixes joined to a name). Sentences
written for these tests, the way wire copy in each language tells an attack, each with its day in that language.
"""
from __future__ import annotations

import csv
from pathlib import Path

import pytest

from gazetteer.normalize import endings
from geoincidents import extract_report
from geoincidents.extract import lexicon

ROOT = Path(__file__).resolve().parents[3]
#: Thursday 7 March 2024: Tuesday is the 5th.
PUBLISHED = "2024-03-07"
TUESDAY = "2024-03-05"

TOLD = [
    # German
    ("de", "Am Dienstag flog die israelische Luftwaffe einen Luftangriff auf Damaskus.", "air_strike", "sy-damascus"),
    ("de", "Die Hisbollah feuerte am Dienstag mehrere Raketen aus dem Libanon auf Haifa ab.", "rocket_attack",
     "il-haifa"),
    ("de", "Iran hat am 5. März ballistische Raketen auf Tel Aviv abgefeuert.", "missile_attack", "il-tel-aviv"),
    ("de", "Am Dienstag wurde ein Drohnenangriff auf Eilat gemeldet.", "drone_attack", "il-eilat"),
    ("de", "Eine Drohne schlug am Dienstag in Eilat ein.", "drone_attack", "il-eilat"),
    ("de", "Am Dienstag wurde über Eilat eine Drohne abgefangen.", "interception", "il-eilat"),
    ("de", "Die Armee meldete am Dienstag, eine Drohne sei über Eilat abgeschossen worden.", "interception",
     "il-eilat"),
    ("de", "Am Dienstag wurde eine Explosion in Bagdad gemeldet.", "explosion", "iq-baghdad"),
    ("de", "Türkische Artillerie beschoss am Dienstag Dörfer bei Zakho.", "artillery", "iq-zakho"),
    ("de", "Am Dienstag wurde der Stützpunkt in Erbil beschossen.", "other", "iq-erbil"),
    ("de", "Israel hat am Dienstag Ziele in Homs angegriffen.", "air_strike", "sy-homs"),
    # Spanish
    ("es", "Un ataque aéreo israelí alcanzó el martes un edificio en Damasco.", "air_strike", "sy-damascus"),
    ("es", "El martes la aviación israelí bombardeó Beirut.", "air_strike", "lb-beirut"),
    ("es", "Hezbolá lanzó el martes varios cohetes desde el Líbano contra Haifa.", "rocket_attack", "il-haifa"),
    ("es", "Irán disparó el 5 de marzo misiles balísticos contra Tel Aviv.", "missile_attack", "il-tel-aviv"),
    ("es", "El martes se registró un ataque con drones contra la base de Ain al-Asad.", "drone_attack",
     "iq-ain-al-asad-air-base"),
    ("es", "Un dron fue interceptado el martes sobre Eilat.", "interception", "il-eilat"),
    ("es", "El ejército derribó el martes un dron sobre Eilat.", "interception", "il-eilat"),
    ("es", "El martes una explosión sacudió Bagdad.", "explosion", "iq-baghdad"),
    ("es", "Israel atacó el martes objetivos en Homs.", "air_strike", "sy-homs"),
    # Italian
    ("it", "Martedì un raid aereo israeliano ha colpito Damasco.", "air_strike", "sy-damascus"),
    ("it", "Martedì Hezbollah ha lanciato razzi contro Haifa dal Libano.", "rocket_attack", "il-haifa"),
    ("it", "Il 5 marzo l'Iran ha lanciato missili balistici su Tel Aviv.", "missile_attack", "il-tel-aviv"),
    ("it", "Martedì un attacco con droni ha colpito la base di Ain al-Asad.", "drone_attack",
     "iq-ain-al-asad-air-base"),
    ("it", "Martedì un drone è stato intercettato su Eilat.", "interception", "il-eilat"),
    ("it", "Martedì un drone è stato abbattuto su Eilat.", "interception", "il-eilat"),
    ("it", "Martedì un'esplosione ha colpito Baghdad.", "explosion", "iq-baghdad"),
    ("it", "Martedì l'artiglieria turca ha colpito villaggi vicino a Zakho.", "artillery", "iq-zakho"),
    # Turkish (the case ending after the apostrophe is the cue)
    ("tr", "İsrail savaş uçakları Salı günü Beyrut'a hava saldırısı düzenledi.", "air_strike", "lb-beirut"),
    ("tr", "Salı günü Lübnan'dan Hayfa'ya roketler fırlatıldı.", "rocket_attack", "il-haifa"),
    ("tr", "İran 5 Mart'ta Tel Aviv'e balistik füzeler fırlattı.", "missile_attack", "il-tel-aviv"),
    ("tr", "Salı günü Kandil'e yönelik SİHA saldırısı düzenlendi.", "drone_strike", "iq-qandil-mountains"),
    ("tr", "Salı günü Eilat üzerinde bir İHA düşürüldü.", "interception", "il-eilat"),
    ("tr", "Salı günü Erbil'de bir patlama meydana geldi.", "explosion", "iq-erbil"),
    # Persian
    ("fa", "روز سه‌شنبه جنگنده‌های اسرائیل حمله هوایی به دمشق انجام دادند.", "air_strike", "sy-damascus"),
    ("fa", "روز سه‌شنبه حزب‌الله راکت‌هایی به سوی حیفا شلیک کرد.", "rocket_attack", "il-haifa"),
    ("fa", "ایران روز سه‌شنبه موشک‌های بالستیک به اسرائیل شلیک کرد.", "missile_attack", "cc-il"),
    ("fa", "روز سه‌شنبه یک پهپاد بر فراز ایلات رهگیری شد.", "interception", "il-eilat"),
    ("fa", "روز سه‌شنبه انفجاری در بغداد رخ داد.", "explosion", "iq-baghdad"),
    ("fa", "روز سه‌شنبه بغداد مورد حمله قرار گرفت.", "other", "iq-baghdad"),
    # Hebrew (a preposition joined to the name is the cue: בדמשק, לחיפה)
    ("he", "ביום שלישי שוגרו רקטות מלבנון לעבר חיפה.", "rocket_attack", "il-haifa"),
    ("he", "ביום שלישי נורו טילים בליסטיים לעבר תל אביב.", "missile_attack", "il-tel-aviv"),
    ("he", "ביום שלישי שוגר כטב״ם לעבר אילת.", "drone_attack", "il-eilat"),
    ("he", "ביום שלישי יורט כטב״ם מעל אילת.", "interception", "il-eilat"),
    ("he", "ביום שלישי ביצע חיל האוויר תקיפה אווירית בדמשק.", "air_strike", "sy-damascus"),
    ("he", "ביום שלישי אירע פיצוץ בבגדאד.", "explosion", "iq-baghdad"),
    ("he", "ביום שלישי נפלה רקטה בקריית שמונה.", "rocket_attack", "il-kiryat-shmona"),
    # Russian (the gazetteer knows the countries' Russian names only as written in the nominative)
    ("ru", "Во вторник ракеты упали на Израиль.", "missile_attack", "cc-il"),
    ("ru", "Во вторник беспилотники атаковали Израиль.", "drone_attack", "cc-il"),
    ("ru", "5 марта реактивные снаряды упали на Израиль.", "rocket_attack", "cc-il"),
    ("ru", "Во вторник турецкая артиллерия обстреляла Ирак.", "artillery", "cc-iq"),
]


def drafts(text: str) -> list[tuple[str, str, str]]:
    got = extract_report(text, published=PUBLISHED).incidents
    return list(zip(got["date"], got["event_type"], got["target_place_id"]))


@pytest.mark.parametrize(("language", "text", "event_type", "target"), TOLD,
                         ids=[f"{t[0]}-{t[2]}-{k}" for k, t in enumerate(TOLD)])
def test_an_attack_told_in_another_language_makes_its_draft(language, text, event_type, target):
    assert drafts(text) == [(TUESDAY, event_type, target)]


@pytest.mark.parametrize(("text", "launch"), [
    ("Die Hisbollah feuerte am Dienstag mehrere Raketen aus dem Libanon auf Haifa ab.", "cc-lb"),
    ("Hezbolá lanzó el martes varios cohetes desde el Líbano contra Haifa.", "cc-lb"),
    ("Martedì Hezbollah ha lanciato razzi contro Haifa dal Libano.", "cc-lb"),
    ("Salı günü Lübnan'dan Hayfa'ya roketler fırlatıldı.", "cc-lb"),  # the ablative ending
    ("ביום שלישי שוגרו רקטות מלבנון לעבר חיפה.", "cc-lb"),  # the prefix מ
])
def test_where_the_fire_came_from_is_its_launch(text, launch):
    got = extract_report(text, published=PUBLISHED).incidents
    assert list(zip(got["target_place_id"], got["launch_place_id"])) == [("il-haifa", launch)]


def test_a_hebrew_list_of_towns_joined_by_prefixes_is_every_town_hit():
    assert drafts("ב-5 במרץ נורו רקטות לחיפה ולעכו.") == [(TUESDAY, "rocket_attack", "il-haifa"),
                                                          (TUESDAY, "rocket_attack", "il-acre")]


def test_a_turkish_genitive_owns_the_next_name_and_is_no_target():
    # "Irak'ın" 'of Iraq': no role of its own; Erbil is hit.
    assert drafts("Salı günü Irak'ın Erbil kentine yönelik füze saldırısı düzenlendi.") == [
        (TUESDAY, "missile_attack", "iq-erbil")]


NO_DRAFTS = [
    ("de", "Am Dienstag sprach der Minister in Bagdad über die Wirtschaft."),
    ("de", "Die Raketen der Armee wurden am Dienstag in Haifa ausgestellt."),  # weapons shown, no attack
    ("es", "El martes el presidente habló en Bagdad sobre la economía."),
    ("es", "El equipo de Haifa sufrió un ataque de nervios el martes."),  # no weapon, no state force
    ("it", "Martedì il calciatore ha colpito il palo a Roma."),  # 'hit the post'
    ("it", "Martedì il ministro ha parlato a Baghdad di economia."),
    ("tr", "Salı günü İstanbul'da hava çok güzeldi."),  # 'hava' is the weather too
    ("tr", "Salı günü bakan Meclis'te ekonomi hakkında konuştu."),
    ("fa", "روز سه‌شنبه وزیر در بغداد سخنرانی کرد."),  # کرد 'did' is no Shahr-e Kord
    ("ar", "حمله المسؤول إلى بغداد يوم الثلاثاء."),  # Arabic 'carried it': Persian حمله alone is no trigger
    ("ar", "أطلقت الوزارة حملات توعية في بغداد يوم الثلاثاء."),  # Arabic 'campaigns'
    ("he", "ביום שלישי השר נאם בכנסת על המצב בצפון ובדרום."),
    ("he", "ביום שלישי האישור בחיפה היה תקף לשנה."),  # תקף 'valid'
    ("ru", "Во вторник министр выступил в Ираке с докладом."),
]


@pytest.mark.parametrize(("language", "text"), NO_DRAFTS, ids=[f"{t[0]}-{k}" for k, t in enumerate(NO_DRAFTS)])
def test_a_common_word_makes_no_draft(language, text):
    assert drafts(text) == []


def _rows(name: str) -> list[dict[str, str]]:
    with (ROOT / "geoincidents" / "data" / name).open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def test_every_turkish_ending_cue_is_an_ending_the_gazetteer_takes_off():
    cues = [r["cue"] for r in _rows("extract_roles.csv") if r["position"] == "ending"]
    assert cues and all(c.startswith("'") for c in cues)
    assert {c[1:] for c in cues} <= set(endings("turkic_endings.csv"))
    assert lexicon.case_endings()["e"] == "target" and lexicon.case_endings()["dan"] == "launch"


def test_the_new_languages_rows_name_only_known_event_types_and_roles():
    types = {r["event_type"] for r in _rows("extract_triggers.csv")[:190]}  # the English rows' types
    assert {r["event_type"] for r in _rows("extract_triggers.csv")} <= types
    assert {r["role"] for r in _rows("extract_roles.csv")} <= {"launch", "target", "target_weak", "reference",
                                                                  "context"}
    assert {r["position"] for r in _rows("extract_roles.csv")} == {"before", "after", "ending", "prefix"}
