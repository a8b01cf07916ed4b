"""Write ``gazetteer/data/country_names.csv``: the name of each country of the gazetteer in every language reporters write.

Reports name the region's countries in their own language: Hungarian "Szíria", Polish "Syria", Turkish
"Suriye", Persian "سوریه", Hebrew "עיראק", Sorani "ئێران". Listing them by hand as aliases never ends, so
this script takes them whole from the Unicode CLDR territory names as the PyPI package ``Babel`` 2.18.0
ships them (CLDR 47, Unicode licence), for the countries of the places files (their rows of kind
``country``: ``admin.csv``'s and ``beyond.csv``'s) and the languages of :data:`LANGUAGES`. The gazetteer adds
them to those countries' aliases when it reads the curated places (:mod:`gazetteer.countrynames`), so run time never needs Babel.

What is kept, by rule (each name left out is listed on stderr with the reason):

* a name the country does not already hold (its name, aliases, Arabic name), one row per name with every
  language that writes it;
* never a name whose key (:func:`gazetteer.normalize.normalize`) is a spelling of another curated place (a
  country must not take a town's name: a country named like a town in some language would steal it), nor
  one two countries share;
* never a name that is a common word elsewhere: a one-word name that wordfreq finds at Zipf
  :data:`COMMON_ZIPF` or more in a language whose own CLDR name of the country is different;
* never a name of more than :data:`MAX_WORDS` words (CLDR's long forms, "Dhulka Falastiiniyiinta daanta
  galbeed..." are not how reports name a country), nor one with brackets or a comma.

Run ``python tools/gazetteer_countries.py`` from the repository root (``pip install "geoincidents[tools]"``);
it rewrites the file whole.
"""
from __future__ import annotations

import csv
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tools"))

from gazetteer.normalize import normalize  # noqa: E402
from placesfile import PLACES, spellings  # noqa: E402

OUT = ROOT / "gazetteer" / "data" / "country_names.csv"
#: The Babel release the file is written from, and the CLDR release it carries.
BABEL_VERSION = "2.18.0"
CLDR_VERSION = "47"

#: Languages reports of the region's conflicts are written in: the region's own (Arabic, Persian, Hebrew,
#: Kurdish in both scripts, Turkish, Azerbaijani, Armenian, Greek), those of the outlets that follow it
#: (Europe's, Russia's and its neighbours', South and East Asia's) and the world's major written languages.
LANGUAGES = (
    "ar", "fa", "he", "ku", "ckb", "tr", "az", "hy", "el", "ps", "ur",
    "en", "fr", "de", "es", "it", "pt", "nl", "ca", "gl", "eu",
    "pl", "cs", "sk", "hu", "ro", "bg", "sr", "sr_Latn", "hr", "bs", "sl", "mk", "sq",
    "sv", "da", "nb", "fi", "et", "lv", "lt", "is",
    "ru", "uk", "be", "ka", "kk", "uz", "ky", "tg", "tk",
    "hi", "bn", "id", "ms", "vi", "tl", "sw", "so", "ha", "zh", "zh_Hant", "ja", "ko",
)
#: wordfreq languages whose lookups need a tokenizer of their own (MeCab, jieba): their names are CJK script,
#: which no other language's common words are written in.
NEEDS_TOKENIZER = frozenset({"ja", "ko", "zh"})
#: wordfreq's code of a CLDR language where they differ.
WORDFREQ_LANGUAGE = {"sr_Latn": "sh", "sr": "sh", "hr": "sh", "bs": "sh", "zh_Hant": "zh", "tl": "fil"}
#: Longest name kept, in words.
MAX_WORDS = 3
#: Zipf frequency from which a one-word name is a common word of a language that calls the country otherwise.
COMMON_ZIPF = 3.5


def country_rows() -> list[dict]:
    """The rows of kind ``country`` of every places file (``admin.csv``: the boundaries' countries; ``beyond.csv``:
    the states beyond them that reports name)."""
    rows = []
    for path in sorted(PLACES.glob("*.csv")):
        with path.open(encoding="utf-8", newline="") as handle:
            rows += [r for r in csv.DictReader(handle) if r["kind"] == "country"]
    return rows


def other_place_keys() -> dict[str, str]:
    """Key of every spelling of every curated place that is not a country → that place's id."""
    keys: dict[str, str] = {}
    for path in sorted(PLACES.glob("*.csv")):
        with path.open(encoding="utf-8", newline="") as handle:
            for r in csv.DictReader(handle):
                if r["kind"] != "country":
                    for sp in spellings(r):
                        if sp:
                            keys.setdefault(normalize(sp), r["id"])
    return keys


def cldr_names(codes: list[str]) -> dict[str, dict[str, set[str]]]:
    """country code → name → languages that write it so."""
    from babel import Locale

    names: dict[str, dict[str, set[str]]] = {c: defaultdict(set) for c in codes}
    for language in LANGUAGES:
        territories = Locale.parse(language).territories
        for code in codes:
            if territories.get(code):
                names[code][territories[code]].add(language)
    return names


def romanised(name: str) -> str:
    from anyascii import anyascii

    return anyascii(name).casefold()


def common_elsewhere(name: str, code: str, languages: set[str], by_language: dict[str, str]) -> str:
    """The wordfreq language in which the one-word *name* is a common word (Zipf :data:`COMMON_ZIPF` or
    more) and more frequent than in any language that names *code* so: there it is another word (English
    "Israeli", the Swahili name of Israel; Finnish "eron", the Uzbek name of Iran), or the other language's
    inflection of the name ("Egipte", Lithuanian 'in Egypt'); ``""`` when there is none."""
    from wordfreq import available_languages, zipf_frequency

    # A language writes the name as its own when its name of the country, romanised, is the same (Serbian
    # Cyrillic "Ирак", wordfreq's Serbo-Croatian "irak", the Ukrainian name "Ірак").
    own = {WORDFREQ_LANGUAGE.get(language, language) for language in languages}
    own |= {WORDFREQ_LANGUAGE.get(language, language) for language, other in by_language.items()
            if romanised(other) == romanised(name)}
    wordfreq = set(available_languages()) - NEEDS_TOKENIZER
    own_zipf = max((zipf_frequency(name, language) for language in own & wordfreq), default=0.0)
    for language in sorted(wordfreq - own):
        zipf = zipf_frequency(name, language)
        if zipf >= COMMON_ZIPF and zipf > own_zipf:
            return language
    return ""


def build(report=lambda line: print(line, file=sys.stderr)) -> list[dict[str, str]]:
    """The rows of the file, each name left out told to *report*."""
    import babel

    if babel.__version__ != BABEL_VERSION:
        sys.exit(f"Babel {babel.__version__} is installed; this file is written from {BABEL_VERSION}: "
                 f'pip install "geoincidents[tools]"')
    countries = country_rows()
    held = {r["country"]: {normalize(sp) for sp in spellings(r) if sp} for r in countries}
    others = other_place_keys()
    names = cldr_names(sorted(held))
    in_language = {code: {language: name for name, languages in by_name.items() for language in languages}
                   for code, by_name in names.items()}
    owners: dict[str, set[str]] = defaultdict(set)
    for code, by_name in names.items():
        for name in by_name:
            owners[normalize(name)].add(code)
    rows = []
    for code in sorted(names):
        for name, languages in sorted(names[code].items()):
            key = normalize(name)
            why = ""
            if not key or key in held[code]:
                continue  # already the country's
            if any(ch in name for ch in "(),"):
                why = "brackets or a comma"
            elif len(key.split()) > MAX_WORDS:
                why = f"more than {MAX_WORDS} words"
            elif key in others:
                why = f"a spelling of {others[key]}"
            elif len(owners[key]) > 1:
                why = f"shared by {'/'.join(sorted(owners[key]))}"
            elif " " not in key and (word := common_elsewhere(name, code, languages, in_language[code])):
                why = f"a common word in {word}"
            if why:
                report(f"left out {code} {name!r} ({'|'.join(sorted(languages))}): {why}")
                continue
            rows.append({"country": code, "name": name, "languages": "|".join(sorted(languages))})
    return rows


def write_names(rows: list[dict[str, str]], output: Path) -> None:
    """Write *rows* as the country names CSV whole (through a temporary file)."""
    tmp = output.with_suffix(".tmp")
    with tmp.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=["country", "name", "languages"], lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    tmp.replace(output)


def main() -> None:
    rows = build()
    write_names(rows, OUT)
    print(f"{len(rows)} names written to {OUT} (CLDR {CLDR_VERSION}, Babel {BABEL_VERSION})", file=sys.stderr)


if __name__ == "__main__":
    main()
