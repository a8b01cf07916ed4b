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

#: One sentence a row, written for these tests: a draft's event type and target, or none (blank event_type: a
#: common word that must make no draft).
TABLE = Path(__file__).resolve().parent / "fixtures" / "attacks_in_languages.tsv"


def _table() -> list[dict[str, str]]:
    with TABLE.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t"))


TOLD = [(r["language"], r["text"], r["event_type"], r["target_place_id"]) for r in _table() if r["event_type"]]
NO_DRAFTS = [(r["language"], r["text"]) for r in _table() if not r["event_type"]]


def drafts(text: str) -> list[tuple[str, str, str]]:
    got = extract_report(text, published=PUBLISHED).incidents
    return list(zip(got["date"], got["event_type"], got["target_place_id"]))


@pytest.mark.parametrize(("language", "text", "event_type", "target"), TOLD,
                         ids=[f"{t[0]}-{t[2]}-{k}" for k, t in enumerate(TOLD)])
def test_an_attack_told_in_another_language_makes_its_draft(language, text, event_type, target):
    assert drafts(text) == [(TUESDAY, event_type, target)]


def test_every_language_tells_every_kind_of_attack_it_has_words_for():
    told = {(language, event_type) for language, _, event_type, _ in TOLD}
    assert {language for language, _ in told} == {"de", "es", "it", "tr", "fa", "he", "ru", "fr", "ar"}
    for language in ("de", "es", "it", "tr", "fa", "he", "fr", "ar"):
        assert {"air_strike", "rocket_attack", "missile_attack", "interception", "explosion"} <= {
            t for lang, t in told if lang == language}, language
    assert len({language for language, _ in NO_DRAFTS}) >= 8


@pytest.mark.parametrize(("text", "launch"), [
    ("Die Hisbollah feuerte am Dienstag mehrere Raketen aus dem Libanon auf Haifa ab.", "cc-lb"),
    ("Hezbolá lanzó el martes varios cohetes desde el Líbano contra Haifa.", "cc-lb"),
    ("Martedì Hezbollah ha lanciato razzi contro Haifa dal Libano.", "cc-lb"),
    ("Salı günü Lübnan'dan Hayfa'ya roketler fırlatıldı.", "cc-lb"),  # the ablative ending
    ("ביום שלישי שוגרו רקטות מלבנון לעבר חיפה.", "cc-lb"),  # the prefix מ
    ("Le Hezbollah a tiré mardi des roquettes depuis le Liban sur Haïfa.", "cc-lb"),
    ("أطلقت الفصائل يوم الثلاثاء طائرات مسيرة من العراق باتجاه حيفا.", "cc-iq"),  # من 'from'
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


#: wordfreq's code of each language the trigger rows are marked with (their note's first word).
_LANGUAGES = {"German": "de", "Spanish": "es", "Italian": "it", "Turkish": "tr", "Persian": "fa", "Hebrew": "he",
              "Russian": "ru"}
#: From this Zipf frequency a word is a common word of a language (as tools/extract_date_words.py has it).
_COMMON_ZIPF = 3.5
#: Words common in another language where they mean the same thing (a cognate, the same loan).
_SAME_MEANING = {("artillerie", "fr"), ("misil", "id"), ("ataque", "pt"), ("ataques", "pt"), ("roket", "id"),
                 ("انفجار", "ar"), ("atacado", "pt"), ("atacada", "pt"), ("atacados", "pt"), ("atacadas", "pt"), ("granaten", "nl")}


def test_no_trigger_of_these_languages_is_another_language_s_common_word():
    from wordfreq import zipf_frequency

    others = ("en", "fr", "de", "es", "it", "pt", "nl", "tr", "fa", "he", "ru", "ar", "pl", "id")
    clashes, checked = [], 0
    for row in _rows("extract_triggers.csv"):
        language = _LANGUAGES.get(row["note"].split(":")[0].split()[0] if row["note"] else "")
        if language is None or " " in row["phrase"]:
            continue
        checked += 1
        clashes += [(row["phrase"], other) for other in others
                    if other != language and (row["phrase"], other) not in _SAME_MEANING
                    and zipf_frequency(row["phrase"], other) >= _COMMON_ZIPF]
    assert checked > 150 and clashes == []


@pytest.mark.parametrize(("text", "target"), [
    # A state named by another language's adjective or noun strikes ("israelische", "israeliana", "Israele"), also
    # with its verb last in the clause, as German puts the participle of its perfect.
    ("Die israelische Luftwaffe hat am Dienstag Ziele in Damaskus angegriffen.", "sy-damascus"),
    ("L'aviazione israeliana ha colpito martedì obiettivi a Damasco.", "sy-damascus"),
    ("Israele ha colpito martedì obiettivi a Homs.", "sy-homs"),
])
def test_a_state_named_in_another_language_strikes(gazetteer, text, target):
    found = extract_report(text, published="2024-11-14", gazetteer=gazetteer).incidents
    assert list(zip(found["date"], found["event_type"], found["actor"], found["target_place_id"])) == [
        ("2024-11-12", "air_strike", "Israel", target)]


def test_a_persian_name_joined_by_a_zero_width_non_joiner(gazetteer):
    # تل‌آویو: Persian writes Tel Aviv with a zero-width non-joiner, which the tokenizer splits at; "و" (and) apart
    # keeps the list going.
    text = "موشک‌های ایران روز پنجشنبه به تل‌آویو و حیفا اصابت کرد."
    found = extract_report(text, published="2025-06-20", gazetteer=gazetteer).incidents
    assert list(zip(found["date"], found["event_type"], found["target_place_id"])) == [
        ("2025-06-19", "missile_attack", "il-tel-aviv"), ("2025-06-19", "missile_attack", "il-haifa")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Türk SİHA'ları Salı günü Kamışlı ve Haseke yakınlarındaki petrol tesislerini vurdu.", {"sy-qamishli", "sy-hasakah"}),
    ("Mardi, des drones ont visé Erbil et Souleimaniye.", {"iq-sulaymaniyah"}),
    ("Die Hisbollah feuerte am Dienstag Raketen auf Haifa und Akko ab.", {"il-haifa", "il-acre"}),
])
def test_a_list_joined_by_the_languages_and_is_every_place_hit(text, expected):
    # "ve", "et", "und" join a list as "and" does: a cue of the last place (or the first) is every place's.
    assert expected <= {target for _, _, target in drafts(text)}


@pytest.mark.parametrize(("text", "mention", "place_id"), [
    ("Во вторник ракеты упали в Хайфе.", "Хайфе", "il-haifa"),  # the locative of a name in -а
    ("Во вторник дрон упал в аэропорту Рамон.", "Рамон", "il-ramon-airport"),  # the airport word in the dative
])
def test_a_name_written_in_cyrillic_and_inflected_is_found_in_the_text(text, mention, place_id):
    places = extract_report(text, published=PUBLISHED).places
    assert list(zip(places["mention"], places["place_id"])) == [(mention, place_id)]


def test_every_name_of_an_actor_says_the_same_of_it():
    # a row of another language that left strikes_with blank made Iran an air force ("Iran fired drones" a drone strike)
    seen: dict[str, set[tuple[str, str]]] = {}
    for row in lexicon.read_table("actors"):
        seen.setdefault(row["actor"], set()).add((row["state"], row["strikes_with"]))
    assert {actor: kinds for actor, kinds in seen.items() if len(kinds) > 1} == {}


@pytest.mark.parametrize("text, event_type, actor", [
    ("Mardi, des drones turcs ont frappé Kobané.", "drone_strike", "Turkey"),  # the state's adjective after the weapon
    ("Mardi, l'aviation israélienne a bombardé Damas.", "air_strike", "Israel"),
    ("Mardi, l'Iran a tiré des missiles sur Israël.", "missile_attack", "Iran"),  # the article written onto the name
    ("Martedì droni turchi hanno colpito Kobane.", "drone_strike", "Turkey"),
    ("Am Dienstag bombardierten israelische Kampfjets Ziele in Damaskus.", "air_strike", "Israel"),
    # the subject after the verb when a time opens the sentence: the actor, not the side hit
    ("Am Dienstag griff die türkische Luftwaffe Stellungen der PKK im Nordirak an.", "air_strike", "Turkey"),
    ("ביום שלישי תקף חיל האוויר מטרות של חיזבאללה בדרום לבנון.", "air_strike", "Israel"),
])
def test_a_state_written_after_its_weapon_or_with_its_article_fires(text, event_type, actor):
    got = extract_report(text, published=PUBLISHED).incidents
    assert list(zip(got["date"], got["event_type"], got["actor"])) == [(TUESDAY, event_type, actor)]


@pytest.mark.parametrize("text, tokens, lowered", [
    # the marks over and under letters stay in their word; the tables' form drops them
    ("هجوم بطائرة مسيّرة", ["هجوم", "بطائرة", "مسيّرة"], ["هجوم", "بطائرة", "مسيرة"]),
    ("قُتل 4", ["قُتل", "4"], ["قتل", "4"]),
    ("20 صاروخًا", ["20", "صاروخًا"], ["20", "صاروخ"]),
    ("هجوماً", ["هجوماً"], ["هجوم"]),
    ("SİHA café", ["SİHA", "café"], ["siha", "café"]),
])
def test_a_word_keeps_its_marks_and_the_tables_read_it_without_them(text, tokens, lowered):
    from geoincidents.extract.text import tokenize

    found = tokenize(text)
    assert [t.text for t in found] == tokens
    assert [t.lower for t in found] == lowered
    assert lexicon.phrase_tokens(text) == tuple(lowered)


@pytest.mark.parametrize("text, event_type, target", [
    # the present tense of headlines and live updates
    ("A drone hits Erbil airport on Tuesday.", "drone_attack", "iq-erbil-international-airport"),
    ("The IDF intercepts a drone near Eilat on Tuesday.", "interception", "il-eilat"),
    ("Hezbollah downs an Israeli drone over south Lebanon on Tuesday.", "interception", "lb-south-lebanon"),
])
def test_the_present_tense_of_a_headline_tells_the_event(text, event_type, target):
    assert drafts(text) == [(TUESDAY, event_type, target)]
