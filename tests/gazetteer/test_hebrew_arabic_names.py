"""Arabic place names written in Hebrew letters, with the Hebrew prefixes and phrase words around them (issue #7 §2, §3).

Hebrew outlets write the towns of Syria and Iraq letter for letter from the Arabic (מסיאף for مصياف, Masyaf), the
article as אל- or, assimilated, א- (דיר א-זור), with the prepositions, "and" and the relative ש joined in front
(ובאל-בוכמאל 'and in al-Bukamal', שבמזרח סוריה 'that is in eastern Syria'). The phrases below are our own, built
the way such reports write; the gazetteer keeps no Hebrew name for these towns, so they are found through the
Arabic letters Hebrew writes (:func:`gazetteer.phonetic.phonetic_key`).
"""
from __future__ import annotations

import pytest
from hypothesis import given, strategies as st

from gazetteer import Gazetteer
from gazetteer.errors import PlaceNotFound
from gazetteer.normalize import normalize
from gazetteer.phonetic import arabic_letters, hebrew_spellings, phonetic_key, phonetic_readings
from gazetteer.spans import hebrew_stems


@pytest.fixture(scope="module")
def g() -> Gazetteer:
    return Gazetteer.default()


HEBREW_SPELLINGS = [
    ("מיאדין", "sy-mayadin"),  # the name alone, by its Arabic letters (الميادين)
    ("באל-מיאדין", "sy-mayadin"),  # 'in al-Mayadin': the preposition on the article
    ("במיאדין שבמזרח סוריה", "sy-mayadin"),  # 'in Mayadin, in eastern Syria'
    ("לעיירה אל-קאים שבמערב עיראק", "iq-al-qaim"),  # 'to the town of al-Qaim in western Iraq'
    ("ובעיירה תדמור", "sy-palmyra"),  # 'and in the town of Tadmur'
    ("העיירה מסיאף שבצפון-מערב המדינה", "sy-masyaf"),  # 'the town of Masyaf in the north-west of the country'
    ("ובאל-בוכמאל", "sy-albu-kamal"),  # 'and in al-Bukamal'
    ("באזור א-תנף", "sy-al-tanf-garrison"),  # 'in the al-Tanf area': the assimilated article א-
    ("חלב", "sy-aleppo"),  # حلب
    ("אזור א-רוקבאן", "jo-rukban"),  # 'the al-Rukban area': Hebrew writes a vowel letter Arabic leaves out (الركبان)
    ("העיירה א-סוכנה שבמרכז סוריה", "sy-sukhnah"),  # 'the town of al-Sukhnah in central Syria': כ for kha (السخنة)
    ("ח'אן שייח'ון", "sy-khan-shaykhun"),  # the geresh that makes ח a kha
]


@pytest.mark.parametrize(("phrase", "place_id"), HEBREW_SPELLINGS)
def test_an_arabic_name_in_hebrew_letters_finds_its_place(g, phrase, place_id):
    assert g.resolve(phrase).id == place_id


@pytest.mark.parametrize("phrase", ["עיון", "שבצפון", "המדינה", "במזרח"])
def test_hebrew_words_that_only_sound_like_a_name_find_no_place(g, phrase):
    # "עיון" ('study'; the Wadi al-Uyun the gazetteer lacks) sounds like the Iranian town Eyvān (ایوان) but does
    # not look like it; directions and "the country" are phrase words.
    with pytest.raises(PlaceNotFound):
        g.resolve(phrase)


def test_an_arabic_word_does_not_meet_the_hebrew_name_of_a_place(g):
    # مركز ('centre') is written like the Hebrew מרכז (Israel's Central District): Arabic is compared as written.
    match = g.resolve("نطنز مركز تخصيب اليورانيوم")
    assert match.place.country == "IR"


@pytest.mark.parametrize(("hebrew", "arabic"), [("מסיאף", "مصياف"), ("אל-בוכמאל", "البوكمال"), ("א-תנף", "التنف"),
                                                ("ואדי עיון", "وادي العيون")])
def test_the_phonetic_key_of_hebrew_is_that_of_the_arabic_it_writes(hebrew, arabic):
    assert phonetic_key(normalize(hebrew)) == phonetic_key(normalize(arabic)) != ""


@pytest.mark.parametrize(("hebrew", "arabic"), [("תדמור", "تدمر"), ("רוקבאן", "الركبان"), ("סוכנה", "السخنة"),
                                                ("חאן שיחון", "خان شيخون")])
def test_hebrew_is_also_read_with_the_vowels_and_kha_arabic_writes_otherwise(hebrew, arabic):
    assert phonetic_key(normalize(arabic)) in phonetic_readings(normalize(hebrew))[1:]


@pytest.mark.parametrize(("word", "stems"), [
    ("ובאל-בוכמאל", ("באל-בוכמאל", "אל-בוכמאל")),
    ("שבמזרח", ("במזרח", "מזרח")),
    ("ובא-שדאדי", ("בא-שדאדי", "א-שדאדי")),
    ("לעיירה", ("עיירה",)),
    ("תדמור", ()),  # ת is no prefix
])
def test_hebrew_prefixes_come_off_each_way_shortest_cut_first(word, stems):
    assert hebrew_stems(word) == stems


@given(st.text(alphabet="אבגדהוזחטיכלמנסעפצקרשת -", max_size=14))
def test_the_hebrew_key_is_deterministic_and_in_arabic_letters(text):
    key = phonetic_key(normalize(text))
    assert key == phonetic_key(normalize(text))
    assert not any("\u05d0" <= ch <= "\u05ea" for ch in key)
    assert not any("\u05d0" <= ch <= "\u05ea" for ch in arabic_letters(normalize(text)))
    spellings = hebrew_spellings(normalize(text))
    assert len(spellings) <= 16 and len(set(spellings)) == len(spellings)
