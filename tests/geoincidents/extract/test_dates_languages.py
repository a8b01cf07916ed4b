"""Dates told in the languages reports of this conflict come in: weekday and month names from CLDR
(``data/extract_date_words.csv``, written by ``tools/extract_date_words.py``), the words for yesterday and today,
and the nights and relative phrases CLDR lacks (``data/extract_dates.csv``). Sentences written for these tests,
the way wire copy in each language tells an attack's day."""
from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

import pytest

from geoincidents import extract_report
from geoincidents.extract.dates import find_dates
from geoincidents.extract.text import sentences, tokenize
from tests.gazetteer.test_towns import _tool_writes

ROOT = Path(__file__).resolve().parents[3]
TABLE = ROOT / "geoincidents" / "data" / "extract_date_words.csv"
#: Thursday 7 March 2024: Monday is the 4th, Tuesday the 5th, Wednesday the 6th, Sunday the 3rd.
THURSDAY = date(2024, 3, 7)


def told(text: str, published: date = THURSDAY) -> list[tuple[str, str]]:
    return [(d.date.isoformat(), d.precision) for d in find_dates(tokenize(text), published=published)]


DAY = "day"
TOLD = [
    # French
    ("fr", "Deux drones ont été abattus mardi soir au-dessus de la base.", [("2024-03-05", DAY)]),
    ("fr", "Le mercredi, la base a de nouveau été visée.", [("2024-03-06", DAY)]),
    ("fr", "Le mardi 27 février, des drones ont visé la base.", [("2024-02-27", DAY)]),  # the date says which Tuesday
    ("fr", "Dans la nuit de lundi à mardi, les sirènes ont retenti dans le nord.", [("2024-03-05", DAY)]),
    ("fr", "La nuit du lundi au mardi a été agitée.", [("2024-03-05", DAY)]),
    ("fr", "L'attaque a eu lieu le 3 mars 2024 près de la frontière.", [("2024-03-03", DAY)]),
    ("fr", "Les tirs ont repris le 1er mars.", [("2024-03-01", DAY)]),
    ("fr", "Une roquette a frappé un entrepôt le 6 janv. 2024.", [("2024-01-06", DAY)]),
    ("fr", "Trois roquettes ont été tirées hier soir.", [("2024-03-06", DAY)]),
    ("fr", "Un drone a été intercepté hier matin.", [("2024-03-06", DAY)]),
    ("fr", "La nuit dernière, des explosions ont été entendues.", [("2024-03-06", DAY)]),
    ("fr", "Aujourd'hui, l'armée a confirmé la frappe.", [("2024-03-07", DAY)]),
    ("fr", "Une frappe avait visé le dépôt avant-hier.", [("2024-03-05", DAY)]),
    ("fr", "Des tirs ont été signalés en janvier 2024.", [("2024-01-01", "month")]),
    ("fr", "Dans la nuit du 3 au 4 mars, des drones ont été abattus.", [("2024-03-04", DAY)]),
    ("fr", "Les attaques se sont multipliées fin janvier.", [("2024-01-21", "week")]),
    # German
    ("de", "Am Dienstag griffen Drohnen den Stützpunkt an.", [("2024-03-05", DAY)]),
    ("de", "Am 3. März wurde der Stützpunkt beschossen.", [("2024-03-03", DAY)]),
    ("de", "In der Nacht zum Mittwoch heulten im Norden die Sirenen.", [("2024-03-06", DAY)]),
    ("de", "In der Nacht von Montag auf Dienstag schlugen Raketen ein.", [("2024-03-05", DAY)]),
    ("de", "Gestern Abend schlugen zwei Raketen ein.", [("2024-03-06", DAY)]),
    ("de", "Die Armee meldete heute einen Angriff.", [("2024-03-07", DAY)]),
    ("de", "Vorgestern wurde ein Lager getroffen.", [("2024-03-05", DAY)]),
    ("de", "Am Dienstagabend schlugen Raketen nahe der Basis ein.", [("2024-03-05", DAY)]),
    ("de", "Die Angriffe begannen im Januar 2024.", [("2024-01-01", "month")]),
    ("de", "Anfang Februar wurde die Basis zweimal beschossen.", [("2024-02-01", "week")]),
    # Turkish
    ("tr", "Salı günü üsse iki İHA ile saldırı düzenlendi.", [("2024-03-05", DAY)]),
    ("tr", "Pazar günü üsse roketler atıldı.", [("2024-03-03", DAY)]),
    ("tr", "Üs 15 Ocak 2024 tarihinde vuruldu.", [("2024-01-15", DAY)]),
    ("tr", "Üsse 3 Mart'ta iki roket atıldı.", [("2024-03-03", DAY)]),
    ("tr", "Saldırı 27 Şubat Salı günü gerçekleşti.", [("2024-02-27", DAY)]),  # the date's own weekday after it
    ("tr", "Dün gece Erbil'de patlamalar duyuldu.", [("2024-03-06", DAY)]),
    ("tr", "Bakanlık bugün saldırıyı doğruladı.", [("2024-03-07", DAY)]),
    ("tr", "Saldırılar 1-2 Mart 2024 tarihlerinde yoğunlaştı.", [("2024-03-01", DAY)]),
    # Persian (Arabic-Indic digits, a weekday with and without its zero-width non-joiner)
    ("fa", "روز سه‌شنبه دو پهپاد به پایگاه حمله کردند.", [("2024-03-05", DAY)]),
    ("fa", "روز سه شنبه پایگاه هدف قرار گرفت.", [("2024-03-05", DAY)]),
    ("fa", "بامداد پنج‌شنبه صدای انفجار شنیده شد.", [("2024-03-07", DAY)]),
    ("fa", "روز جمعه یک پهپاد سرنگون شد.", [("2024-03-01", DAY)]),
    ("fa", "این حمله در ۱۵ ژانویه ۲۰۲۴ رخ داد.", [("2024-01-15", DAY)]),
    ("fa", "دیروز یک پایگاه هدف قرار گرفت.", [("2024-03-06", DAY)]),
    ("fa", "دیشب صدای انفجار در شهر شنیده شد.", [("2024-03-06", DAY)]),
    ("fa", "پنجشنبه گذشته پایگاه هدف قرار گرفت.", [("2024-02-29", DAY)]),
    # Hebrew (prefixed letters)
    ("he", "ביום שלישי שוגרו רקטות לעבר הצפון.", [("2024-03-05", DAY)]),
    ("he", "ב-15 בינואר נורו טילים לעבר הגליל.", [("2024-01-15", DAY)]),
    ("he", "אתמול יורטו שני כלי טיס.", [("2024-03-06", DAY)]),
    ("he", "הלילה נשמעו אזעקות בגליל.", [("2024-03-07", DAY)]),
    ("he", "שלשום נפלה רקטה בשטח פתוח.", [("2024-03-05", DAY)]),
    # Arabic (Levant month names beside the Egyptian ones, yesterday as often typed)
    ("ar", "استهدفت طائرة مسيرة القاعدة فجر الثلاثاء.", [("2024-03-05", DAY)]),
    ("ar", "وقع الهجوم في 15 كانون الثاني/يناير 2024.", [("2024-01-15", DAY)]),
    ("ar", "سقطت صواريخ قرب القاعدة في 3 آذار.", [("2024-03-03", DAY)]),
    ("ar", "سقطت صواريخ على القاعدة مساء امس.", [("2024-03-06", DAY)]),
    ("ar", "أعلنت الفصائل بالأمس استهداف القاعدة.", [("2024-03-06", DAY)]),
    ("ar", "قصفت طائرات الموقع أول أمس.", [("2024-03-05", DAY)]),
    ("ar", "وقعت انفجارات في الموقع الليلة الماضية.", [("2024-03-06", DAY)]),
    ("ar", "تصاعدت الهجمات أواخر كانون الثاني.", [("2024-01-21", "week")]),
    # Spanish
    ("es", "El martes, varios drones atacaron la base.", [("2024-03-05", DAY)]),
    ("es", "El ataque ocurrió el 15 de enero de 2024.", [("2024-01-15", DAY)]),
    ("es", "Anoche se escucharon explosiones cerca de la base.", [("2024-03-06", DAY)]),
    ("es", "Ayer cayeron dos cohetes junto al aeropuerto.", [("2024-03-06", DAY)]),
    ("es", "El miércoles por la mañana sonaron las alarmas.", [("2024-03-06", DAY)]),
    ("es", "Los ataques aumentaron a mediados de febrero.", [("2024-02-11", "week")]),
    ("es", "El jueves pasado un dron alcanzó la base.", [("2024-02-29", DAY)]),  # the report is of a Thursday
    # Italian
    ("it", "Martedì sera due droni hanno colpito la base.", [("2024-03-05", DAY)]),
    ("it", "L'attacco è avvenuto il 3 marzo 2024.", [("2024-03-03", DAY)]),
    ("it", "Ieri sono stati lanciati dei razzi.", [("2024-03-06", DAY)]),
    ("it", "Nella notte tra lunedì e martedì sono suonate le sirene.", [("2024-03-05", DAY)]),
    # Russian (the cases a date takes)
    ("ru", "Во вторник беспилотники атаковали базу.", [("2024-03-05", DAY)]),
    ("ru", "В среду ракеты упали у базы.", [("2024-03-06", DAY)]),
    ("ru", "В ночь с понедельника на вторник прозвучали взрывы.", [("2024-03-05", DAY)]),
    ("ru", "Удар был нанесен 15 января 2024 года.", [("2024-01-15", DAY)]),
    ("ru", "Вчера вечером были слышны взрывы.", [("2024-03-06", DAY)]),
    ("ru", "В конце января по базе был нанесен удар.", [("2024-01-21", "week")]),
    # Kurdish: Sorani and Kurmanji
    ("ckb", "دوێنێ دوو درۆن بنکەکەیان کردە ئامانج.", [("2024-03-06", DAY)]),
    ("ckb", "ڕۆژی سێشەممە هێرش کرایە سەر بنکەکە.", [("2024-03-05", DAY)]),
    ("ku", "Duh êrîşek li ser baregehê hat kirin.", [("2024-03-06", DAY)]),
    ("ku", "Roja sêşemê du dron ketin nêzîkî baregehê.", [("2024-03-05", DAY)]),
]


@pytest.mark.parametrize(("language", "text", "expected"), TOLD, ids=[f"{t[0]}-{k}" for k, t in enumerate(TOLD)])
def test_a_date_told_in_another_language(language, text, expected):
    # Whole sentences through the sentence splitter ("Am 3. März" must not end a sentence at "3.").
    found = [(d.date.isoformat(), d.precision) for s in sentences(text)
             for d in find_dates(s.tokens, published=THURSDAY)]
    assert found == expected


NOT_DATES = [
    ("tr", "Pazar yerinde bir patlama oldu."),  # 'market'
    ("tr", "Şehrin pazarında kalabalık vardı."),
    ("ru", "Ущерб для окружающей среды оценивается."),  # 'of the environment'
    ("ru", "Среда обитания птиц пострадала."),  # 'environment'
    ("fr", "La sonde a photographié Mars."),  # the planet: a month is read only with a day or a year
    ("fr", "La mission vers mars a été reportée."),
    ("de", "Wir bleiben hier, sagte der Bürgermeister."),  # German 'here', not French 'yesterday'
    ("de", "Hier ist die Lage ruhig."),
    ("es", "El dron cayó al mar."),  # 'sea', a month's abbreviation only after a day's number
    ("ar", "جمعه المسؤول في مكتبه."),  # Persian Friday, in Arabic 'gathered him'
    ("fa", "شنبه‌ها بازار شلوغ است."),  # 'Saturdays': the plural is no day
    ("he", "ההפגנה נערכה ביום השני של הכנס."),  # 'the second day': Monday is "יום שני"
    ("it", "La mostra resterà aperta per tutto il mese."),
    ("ru", "Заводы загрязняют среду."),  # 'the environment', accusative
    ("en", "Officials said up to 5 may have been killed."),  # Turkish and Spanish abbreviate May so
    ("en", "The cease-fire began some 10 ago, a source said."),  # Spanish and Italian abbreviate August so
    ("en", "Only 1 set of launchers was found."),  # Italian abbreviates September so
]


@pytest.mark.parametrize(("language", "text"), NOT_DATES, ids=[f"{t[0]}-{k}" for k, t in enumerate(NOT_DATES)])
def test_a_common_word_is_no_date(language, text):
    assert told(text) == []


def test_persian_saturday_is_not_read_inside_tuesday():
    assert told("سه‌شنبه") == told("سه شنبه") == told("سهشنبه") == [("2024-03-05", DAY)]
    assert told("شنبه") == [("2024-03-02", DAY)]


def test_a_night_told_by_its_days_is_the_later_day_in_every_language():
    nights = ["the night of Monday to Tuesday", "la nuit de lundi à mardi", "in der Nacht von Montag auf Dienstag",
              "la noche del lunes al martes", "la notte tra lunedì e martedì", "в ночь с понедельника на вторник"]
    assert {text: told(text) for text in nights} == {text: [("2024-03-05", DAY)] for text in nights}


def test_a_stretch_of_days_told_with_another_language_s_month_runs_to_its_last_day():
    [stretch] = find_dates(tokenize("Les frappes du 2 au 4 mars ont visé trois bases."), published=THURSDAY)
    assert (stretch.date.isoformat(), stretch.span_days) == ("2024-03-02", 2)
    [stretch] = find_dates(tokenize("Удары 2 и 4 марта пришлись на базу."), published=THURSDAY)
    assert (stretch.date.isoformat(), stretch.span_days) == ("2024-03-02", 2)


def test_the_same_day_names_the_day_told_before():
    assert told("ביום שלישי נורו רקטות, ובאותו היום יורטו כטב״מים.")[-1] == ("2024-03-05", DAY)


def test_a_french_report_dates_its_drafts(gazetteer):
    # Written for this test: a night of missile fire told in French the way the agencies tell it.
    text = ("Dans la nuit de lundi à mardi, des missiles iraniens se sont abattus sur Bat Yam. Le 3 mars 2024, des "
            "missiles s'étaient déjà abattus sur Haïfa.")
    got = extract_report(text, published="2024-03-07", gazetteer=gazetteer).incidents
    rows = set(zip(got["date"], got["date_precision"], got["target_place"]))
    assert ("2024-03-05", DAY, "Bat Yam") in rows
    assert ("2024-03-03", DAY, "Haifa") in rows


@pytest.mark.parametrize(("text", "expected"), [
    ("شنت طائرات حربية غارات على مدينة القائم مساء امس.", "2024-03-06"),
    ("قصف على مدينة البوكمال في 15 كانون الثاني/يناير 2024.", "2024-01-15"),
    ("غارة على مدينة القائم والثلاثاء قصف على البوكمال.", "2024-03-05"),
    ("قصف على مدينة البوكمال ليلة الاثنين.", "2024-03-04"),
])
def test_an_arabic_report_dates_its_drafts(gazetteer, text, expected):
    got = extract_report(text, published="2024-03-07", gazetteer=gazetteer).incidents
    assert expected in set(got["date"]) and set(got["date_precision"]) == {DAY}


def test_the_tool_writes_the_shipped_file_as_it_is(tmp_path):
    _tool_writes("extract_date_words.py", TABLE, tmp_path, writer="write_words")


def test_every_row_says_where_it_comes_from():
    with TABLE.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert {r["meaning"] for r in rows} == {"weekday", "month", "relative", "prefix", "suffix"}
    assert all(r["source"].startswith(("cldr47:", "dateparser1.2.2:")) or (r["source"] == "hand" and r["note"])
               or r["meaning"] in ("prefix", "suffix") for r in rows)
    by_language = {}
    for r in rows:
        if r["meaning"] in ("weekday", "month"):
            by_language.setdefault((r["language"], r["meaning"]), set()).add(int(r["value"]))
    languages = {"ar", "fa", "he", "tr", "ckb", "ku", "fr", "de", "es", "ru", "it"}
    assert {k for k, v in by_language.items() if v == set(range(7)) or v == set(range(1, 13))} == {
        (language, meaning) for language in languages for meaning in ("weekday", "month")}
