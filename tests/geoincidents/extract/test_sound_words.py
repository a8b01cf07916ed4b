"""Common words of the Latin-script report languages are no places heard by sound (``extract_sound_words.csv``,
written by ``tools/extract_sound_words.py`` from wordfreq): German "Westen" 'the west' is not al-Wastani, "Rahmen"
'frame' not al-Rahmaniyah; a name spelt by sound that is no common word is still found ("Alboukamal")."""
from __future__ import annotations

import csv
import random
from pathlib import Path

from geoincidents import extract_report
from geoincidents.extract import lexicon

TABLE = Path(__file__).resolve().parents[3] / "geoincidents" / "data" / "extract_sound_words.csv"


def test_a_common_word_is_no_place_by_sound():
    got = extract_report("Im Westen des Landes und im Rahmen der Angriffe schlugen am Dienstag Raketen ein.",
                         published="2024-08-07")
    assert got.places.empty


def test_a_name_spelt_by_sound_is_still_found():
    got = extract_report("Rockets hit Alboukamal on Tuesday.", published="2024-08-07")
    assert list(got.places["place_id"]) == ["sy-albu-kamal"] and list(got.places["method"]) == ["phonetic"]


def test_the_table_holds_common_words_the_gazetteer_reads_by_sound(gazetteer):
    import wordfreq  # (the test extra installs it, as the tools extra does)

    rows = list(csv.DictReader(TABLE.open(encoding="utf-8")))
    # ("westen" is a direction word now; "rahmen", whose vowels are two fewer than al-Rahmaniyah's, is heard as no place)
    assert len(rows) > 1000 and "wesen" in lexicon.sound_words() and "rahmen" not in lexicon.sound_words()
    for row in random.Random(7).sample(rows, 200):
        assert wordfreq.zipf_frequency(row["word"], row["language"]) >= 3.0
        # (a word the gazetteer no longer hears by sound: the table is stale, rerun tools/extract_sound_words.py)
        assert gazetteer.resolve(row["word"][:1].upper() + row["word"][1:]).method == "phonetic", row
