"""Write ``geoincidents/data/extract_sound_words.csv``: the common words of the languages reports are written in
that the report-text extractor would otherwise read as a place by sound.

The extractor finds a capitalised word no name matched by its phonetic key (:func:`gazetteer.phonetic.phonetic_key`:
"Albukamal" is Albu Kamal). German writes every noun with a capital, and French, Spanish and English write names of
agencies, regions and peoples so; by sound some of those words are a place's name: German "Westen" 'the west' had
been al-Wastani, "Rahmen" 'frame' al-Rahmaniyah, French "Moyen-Orient" Ma'alot-Tarshiha, "Belga" (the Belgian news
agency) Jordan's Balqa. A word that is common in one of :data:`LANGUAGES` is no place heard by sound.

The words are ``wordfreq`` 3.1.1's most frequent words of each language (:data:`TOP` per language, Zipf frequency
:data:`COMMON_ZIPF` or more, letters only, at least :data:`MIN_LETTERS` letters) that the bundled gazetteer resolves,
capitalised, by sound alone (method ``"phonetic"``). A name the gazetteer holds as written is never by sound, so no
place name is lost: only a word's reading by likeness of sound is refused. Rerun after the gazetteer changes:

    python tools/extract_sound_words.py            # rewrites geoincidents/data/extract_sound_words.csv
"""
from __future__ import annotations

import csv
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

OUT = ROOT / "geoincidents" / "data" / "extract_sound_words.csv"
#: The Latin-script languages of the reports (others are read by their own scripts' rules).
LANGUAGES = ("en", "fr", "de", "es", "it", "pt", "nl", "tr")
TOP = 40000
COMMON_ZIPF = 3.0
MIN_LETTERS = 4


def sound_words() -> list[dict[str, str]]:
    from wordfreq import top_n_list, zipf_frequency

    from gazetteer import Gazetteer
    from gazetteer.errors import GazetteerError
    from gazetteer.phonetic import phonetic_key
    from geoincidents.extract.namekeys import name_keys, name_parts

    g = Gazetteer.default()
    index = name_keys(g)
    rows: dict[str, dict[str, str]] = {}
    for language in LANGUAGES:
        for word in top_n_list(language, TOP):
            if len(word) < MIN_LETTERS or not word.isalpha() or not word.isascii() and language == "en":
                continue
            zipf = zipf_frequency(word, language)
            if zipf < COMMON_ZIPF or word in rows:
                continue
            written = word[:1].upper() + word[1:]
            key = name_parts(written)[0]
            if phonetic_key(key) not in index.phonetic:
                continue
            try:
                match = g.resolve(written)
            except GazetteerError:
                continue
            if match.method == "phonetic":
                rows[word] = {"word": word, "language": language, "zipf": f"{zipf:.2f}", "sounds_like": match.place.id}
    return sorted(rows.values(), key=lambda r: r["word"])


def write_words(path: Path = OUT) -> int:
    rows = sound_words()
    tmp = path.with_suffix(".tmp")
    with tmp.open("w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=["word", "language", "zipf", "sounds_like"], lineterminator="\n")
        w.writeheader()
        w.writerows(rows)
    tmp.replace(path)
    return len(rows)


if __name__ == "__main__":
    print(f"{write_words(Path(sys.argv[1]) if len(sys.argv) > 1 else OUT)} words", file=sys.stderr)
