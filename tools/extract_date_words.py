"""Write ``geoincidents/data/extract_date_words.csv``: weekday and month names and the words for "yesterday" and
"today" in the languages reports of this conflict are written in, for the report-text extractor's dates.

Reports tell an attack's day in their own language: French "mardi", "le 3 mars 2024", "hier"; German "am
Dienstag", "3. März"; Turkish "Salı günü", "15 Ocak 2024", "dün"; Persian "سه‌شنبه", "۱۵ ژانویه"; Hebrew "ביום
שלישי", "15 בינואר", "אתמול"; Arabic "15 كانون الثاني/يناير". Listing them by hand never ends and drifts, so
this script takes them from the Unicode CLDR as the PyPI packages carry it:

* weekday and month names from ``Babel`` 2.18.0 (CLDR 47): the wide names in their format and stand-alone
  forms (Russian "января" and "январь"), and the abbreviated month names ("janv.", "Oca"); the extractor reads
  every month name only beside a day's number, a year or a part of the month ("fin janvier"). Abbreviated
  weekday names are left out: "mar.", "Di.", "sam." are syllables or common words, and wire copy writes the day
  in full. The Levant and Iraq's month names ("كانون الثاني", "آذار") are CLDR's for ``ar_IQ``, beside its
  Egyptian-style ``ar`` ones ("يناير");
* the words for yesterday, today and the day before yesterday from ``dateparser`` 1.2.2, whose per-language
  data is CLDR's relative day fields (Babel drops them) with a few additions of its own: only the one-word ones
  are kept (its additions of several words, Turkish "geçen gün" 'the other day', Arabic "اليوم السابق" 'the day
  before', say something else), and none its English data also holds (its Sorani data is English).

Derived by rule, each with its source: the forms Persian writes a weekday in (with a zero-width non-joiner, a
space or nothing between "سه" and "شنبه": without them "شنبه", Saturday, would be read inside Tuesday); the
French, Spanish and Italian names without their accents ("lunedi", "miercoles", as ASCII copy writes them);
Kurmanji names with the oblique ending "-ê" they take after "roja" ('day of') or a day's number ("roja sêşemê",
"15ê adarê"); German weekdays compounded with a part of the day ("Dienstagabend", "Montagnacht").

By hand (source ``hand``, with a note; :data:`HAND`): what CLDR lacks: Russian weekdays in the cases a date takes
("в среду", "с понедельника на вторник": CLDR holds the nominative), Kurdish words for yesterday and today,
Arabic spellings of yesterday ("امس", "بالأمس"), the letters Hebrew and Arabic join to the front of a word
("ביום שלישי", "בינואר", "والثلاثاء"), and the context a name needs where it is also a common word of its own
language (Turkish "pazar" 'market' is Sunday only before "günü", "gecesi" ...; Russian "среда" 'environment'
is Wednesday only after "в", "во", "на", "с").

What is left out, by rule (each told on stderr with the reason): a name of two meanings (a weekday in one
language, a month in another); an abbreviated month name that is a common English word other than English's own
abbreviation of that month ("ago", "set", "may": "up to 5 may have died" must stay no date); and a weekday name
or relative word that ``wordfreq`` finds at Zipf
:data:`COMMON_ZIPF` or more in another language of :data:`LANGUAGES` or English, where it is another word (the
extractor reads weekdays without any context, so they must be no one's common word). Month names are kept
whatever else they mean elsewhere (French "mars", Persian "آب"): the extractor reads them only beside a day's
number, a year or a part of the month.

Run ``python tools/extract_date_words.py`` from the repository root (``pip install "geoincidents[tools]"``); it
rewrites the file whole. The extractor reads the file (:mod:`geoincidents.extract.datewords`), so run time
never needs Babel or dateparser.
"""
from __future__ import annotations

import ast
import importlib.util
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))

from placesfile import write_csv  # noqa: E402

OUT = ROOT / "geoincidents" / "data" / "extract_date_words.csv"
BABEL_VERSION = "2.18.0"
CLDR_VERSION = "47"
DATEPARSER_VERSION = "1.2.2"
FIELDS = ["word", "language", "meaning", "value", "form", "before", "after", "source", "note"]

#: CLDR locale -> the language a row is told in. Arabic twice: CLDR's ``ar`` months are the Egyptian
#: "يناير" ..., ``ar_IQ``'s the Levant's "كانون الثاني" ... (Syria, Lebanon and Iraq write them, often with the
#: other after a slash).
LOCALES = {"ar": "ar", "ar_IQ": "ar", "fa": "fa", "he": "he", "tr": "tr", "ckb": "ckb", "ku": "ku", "fr": "fr",
           "de": "de", "es": "es", "ru": "ru", "it": "it"}
LANGUAGES = tuple(dict.fromkeys(LOCALES.values()))
#: wordfreq's languages checked for a common word, beside those of LANGUAGES it has.
OTHER_LANGUAGES = ("en",)
#: Zipf frequency from which a word is a common word of a language.
COMMON_ZIPF = 3.5
#: Latin-script languages whose ASCII copy drops accents.
UNACCENTED = frozenset({"fr", "es", "it"})
#: dateparser's relative-type keys -> days from the publication day.
RELATIVE_KEYS = {"0 day ago": 0, "1 day ago": -1, "2 day ago": -2}
ZWNJ = "\u200c"
#: Parts of a day German joins to its weekday's name: "am Dienstagabend", "in der Montagnacht".
GERMAN_PARTS = ("morgen", "vormittag", "mittag", "nachmittag", "abend", "nacht")

#: Rows CLDR lacks: (word, language, meaning, value, before, after, note). ``before``/``after``: words one of
#: which must come right before / after the name for it to be read (space-separated).
_RU_CASES = "Russian tells a day in the accusative ('в среду') and a night by its days in the genitive ('в ночь с " \
            "понедельника на вторник'); CLDR has the nominative"
HAND: tuple[tuple[str, str, str, str, str, str, str], ...] = (
    ("среду", "ru", "weekday", "2", "в во на", "", _RU_CASES + "; 'среду' is also 'the environment' (accusative)"),
    ("пятницу", "ru", "weekday", "4", "", "", _RU_CASES),
    ("субботу", "ru", "weekday", "5", "", "", _RU_CASES),
    ("понедельника", "ru", "weekday", "0", "", "", _RU_CASES),
    ("вторника", "ru", "weekday", "1", "", "", _RU_CASES),
    ("среды", "ru", "weekday", "2", "в во на с со", "", _RU_CASES + "; 'среды' is also 'of the environment'"),
    ("четверга", "ru", "weekday", "3", "", "", _RU_CASES),
    ("пятницы", "ru", "weekday", "4", "", "", _RU_CASES),
    ("субботы", "ru", "weekday", "5", "", "", _RU_CASES),
    ("воскресенья", "ru", "weekday", "6", "", "", _RU_CASES),
    ("ئەمڕۆ", "ckb", "relative", "0", "", "", "Sorani 'today': CLDR and dateparser lack Kurdish relative days"),
    ("دوێنێ", "ckb", "relative", "-1", "", "", "Sorani 'yesterday'"),
    ("îro", "ku", "relative", "0", "", "", "Kurmanji 'today'"),
    ("تەممووز", "ckb", "month", "7", "", "", "Sorani July as Kurdistan24 and Rudaw spell it (CLDR: تەمووز)"),
    ("تەممووزی", "ckb", "month", "7", "", "", "Sorani July with its ezafe, as Kurdistan24 spells it"),
    ("تەمموز", "ckb", "month", "7", "", "", "Sorani July as also spelt"),
    ("تەمموزی", "ckb", "month", "7", "", "", "Sorani July as also spelt, with its ezafe"),
    ("کانوونی یەکەم", "ckb", "month", "12", "", "", "Sorani December with the long vowel of کانوونی دووەم (CLDR: کانونی)"),
    ("کانوونی یەکەمی", "ckb", "month", "12", "", "", "Sorani December, with its ezafe"),
    ("ئادار", "ckb", "month", "3", "", "", "Sorani March written with dal, as the Arabic آذار is (CLDR: ئازار)"),
    ("ئاداری", "ckb", "month", "3", "", "", "Sorani March written with dal, with its ezafe"),
    ("کانونی دووەم", "ckb", "month", "1", "", "", "Sorani January as also spelt"),
    ("کانونی دووەمی", "ckb", "month", "1", "", "", "Sorani January as also spelt, with its ezafe"),
    ("ئەیلول", "ckb", "month", "9", "", "", "Sorani September as also spelt"),
    ("ئەیلولی", "ckb", "month", "9", "", "", "Sorani September as also spelt, with its ezafe"),
    ("çiriya pêşîn", "ku", "month", "10", "", "", "Kurmanji October as Kurdistan24 and ANF name it"),
    ("çiriya pêşiyê", "ku", "month", "10", "", "", "Kurmanji October in its oblique ('1ê Çiriya Pêşiyê')"),
    ("çiriya paşîn", "ku", "month", "11", "", "", "Kurmanji November as also named"),
    ("çiriya paşiyê", "ku", "month", "11", "", "", "Kurmanji November in its oblique"),
    ("kanûna pêşîn", "ku", "month", "12", "", "", "Kurmanji December as also named"),
    ("kanûna paşîn", "ku", "month", "1", "", "", "Kurmanji January as also named"),
    ("kanûna paşiyê", "ku", "month", "1", "", "", "Kurmanji January in its oblique"),
    ("duh", "ku", "relative", "-1", "", "", "Kurmanji 'yesterday'"),
    ("doh", "ku", "relative", "-1", "", "", "Kurmanji 'yesterday' as also spelt (Rûdaw: 'Doh li nahiyeya Xelekanê')"),
    ("reşemî", "ku", "month", "2", "", "", "Kurmanji month as Rojava outlets (ANHA, Ronahî) and Kurdistan24 name it; CLDR gives the Syriac-Arabic name"),
    ("reşemiyê", "ku", "month", "2", "", "", "in its oblique ('di 15ê pûşberê de')"),
    ("reşemiya", "ku", "month", "2", "", "", "with its ezafe, before a year"),
    ("avrêl", "ku", "month", "4", "", "", "Kurmanji month as Rojava outlets (ANHA, Ronahî) and Kurdistan24 name it; CLDR gives the Syriac-Arabic name"),
    ("avrêlê", "ku", "month", "4", "", "", "in its oblique ('di 15ê pûşberê de')"),
    ("avrêla", "ku", "month", "4", "", "", "with its ezafe, before a year"),
    ("pûşper", "ku", "month", "6", "", "", "Kurmanji month as Rojava outlets (ANHA, Ronahî) and Kurdistan24 name it; CLDR gives the Syriac-Arabic name"),
    ("pûşperê", "ku", "month", "6", "", "", "in its oblique ('di 15ê pûşberê de')"),
    ("pûşpera", "ku", "month", "6", "", "", "with its ezafe, before a year"),
    ("pûşber", "ku", "month", "6", "", "", "Kurmanji month as Rojava outlets (ANHA, Ronahî) and Kurdistan24 name it; CLDR gives the Syriac-Arabic name"),
    ("pûşberê", "ku", "month", "6", "", "", "in its oblique ('di 15ê pûşberê de')"),
    ("pûşbera", "ku", "month", "6", "", "", "with its ezafe, before a year"),
    ("gelawêj", "ku", "month", "8", "", "", "Kurmanji month as Rojava outlets (ANHA, Ronahî) and Kurdistan24 name it; CLDR gives the Syriac-Arabic name"),
    ("gelawêjê", "ku", "month", "8", "", "", "in its oblique ('di 15ê pûşberê de')"),
    ("gelawêja", "ku", "month", "8", "", "", "with its ezafe, before a year"),
    ("rezber", "ku", "month", "9", "", "", "Kurmanji month as Rojava outlets (ANHA, Ronahî) and Kurdistan24 name it; CLDR gives the Syriac-Arabic name"),
    ("rezberê", "ku", "month", "9", "", "", "in its oblique ('di 15ê pûşberê de')"),
    ("rezbera", "ku", "month", "9", "", "", "with its ezafe, before a year"),
    ("kewçêr", "ku", "month", "10", "", "", "Kurmanji month as Rojava outlets (ANHA, Ronahî) and Kurdistan24 name it; CLDR gives the Syriac-Arabic name"),
    ("kewçêrê", "ku", "month", "10", "", "", "in its oblique ('di 15ê pûşberê de')"),
    ("kewçêra", "ku", "month", "10", "", "", "with its ezafe, before a year"),
    ("sermawez", "ku", "month", "11", "", "", "Kurmanji month as Rojava outlets (ANHA, Ronahî) and Kurdistan24 name it; CLDR gives the Syriac-Arabic name"),
    ("sermawezê", "ku", "month", "11", "", "", "in its oblique ('di 15ê pûşberê de')"),
    ("sermaweza", "ku", "month", "11", "", "", "with its ezafe, before a year"),
    ("امس", "ar", "relative", "-1", "", "", "Arabic 'yesterday' as often typed, without its hamza"),
    ("بالأمس", "ar", "relative", "-1", "", "", "Arabic 'yesterday' with its preposition"),
    ("وأمس", "ar", "relative", "-1", "", "", "Arabic 'and yesterday'"),
    ("البارحة", "ar", "relative", "-1", "", "", "Arabic 'yesterday' (Levant)"),
    ("אמש", "he", "relative", "-1", "", "", "Hebrew 'yesterday evening', as news tells 'last night'"),
    ("ואתמול", "he", "relative", "-1", "", "", "Hebrew 'and yesterday'"),
    ("שבת", "he", "weekday", "5", "", "", "Hebrew 'Sabbath', Saturday written without 'יום' (בשבת 'on Saturday'): unlike "
     "the other weekdays, which are ordinals without it ('שני' 'second'), it is no common word (not 'השבת': "
     "'השבת השחורה', the Black Sabbath, is 7 October 2023)"),
    ("מוצאי שבת", "he", "weekday", "5", "", "", "Hebrew 'the going out of the Sabbath', Saturday evening (במוצאי שבת)"),
    ("מוצאי השבת", "he", "weekday", "5", "", "", "Hebrew 'the going out of the Sabbath', Saturday evening"),
    ("الإثنين", "ar", "weekday", "0", "", "", "Arabic Monday written with its hamza"),
    ("ב", "he", "prefix", "", "", "", "Hebrew letters joined to a word's front: 'ביום שלישי' (on Tuesday), 'בינואר'"),
    ("ו", "he", "prefix", "", "", "", ""),
    ("מ", "he", "prefix", "", "", "", ""),
    ("וב", "he", "prefix", "", "", "", ""),
    ("ש", "he", "prefix", "", "", "", ""),
    ("שב", "he", "prefix", "", "", "", ""),
    ("و", "ar", "prefix", "", "", "", "Arabic letters joined to a word's front: 'والثلاثاء' (and on Tuesday)"),
    ("ف", "ar", "prefix", "", "", "", ""),
    ("ب", "ar", "prefix", "", "", "", ""),
    ("وب", "ar", "prefix", "", "", "", ""),
    ("ل", "ar", "prefix", "", "", "", ""),
    ("ش", "ckb", "suffix", "", "", "", "Sorani enclitics joined to a word's end: 'شەوی دووشەممەش' (and on Monday night), "
     "'لە چوارشەممەدا' (on Wednesday)"),
    ("یش", "ckb", "suffix", "", "", "", ""),
    ("دا", "ckb", "suffix", "", "", "", ""),
    ("ی", "ckb", "suffix", "", "", "", ""),
)
#: Hebrew weekdays as the ordinals they are without "יום" ('חמישי' 'fifth'), in the week's order from Sunday (Python's
#: weekday value, English name): read as a weekday only in the brackets news dates its day with ("הערב (חמישי)") or
#: after "בין" / "ליל" ("בלילה שבין חמישי לשישי" 'in the night between Thursday and Friday'); and with "ל" 'to' joined,
#: the second day of a night, only right after the first ("בין שבת לראשון").
_HEBREW_ORDINAL_WEEKDAYS = (("ראשון", 6, "Sunday"), ("שני", 0, "Monday"), ("שלישי", 1, "Tuesday"),
                            ("רביעי", 2, "Wednesday"), ("חמישי", 3, "Thursday"), ("שישי", 4, "Friday"))
_HEBREW_DAY_BEFORE = "( בין שבין ליל בליל"
HAND += tuple((word, "he", "weekday", str(value), _HEBREW_DAY_BEFORE, ")", f"Hebrew {name} without 'יום'")
              for word, value, name in _HEBREW_ORDINAL_WEEKDAYS)
_HEBREW_DAY_BEFORE_THE_NIGHTS = ("שבת",) + tuple(word for word, _, _ in _HEBREW_ORDINAL_WEEKDAYS)
HAND += tuple(("ל" + word, "he", "weekday", str(value), before, "", f"Hebrew 'to {name}', a night's second day")
              for before, (word, value, name)
              in zip(_HEBREW_DAY_BEFORE_THE_NIGHTS, _HEBREW_ORDINAL_WEEKDAYS + (("שבת", 5, "Saturday"),)))
#: Words that are also common words of their own language or another's: read only with one of the words of
#: ``before`` right before them or one of ``after`` right after them (the extractor's rule).
CONTEXT = {
    ("tr", "pazar"): ("", "günü gecesi sabahı akşamı öğleden sabah akşam gece sabaha",
                      "Turkish 'pazar' is also 'market'"),
    ("ru", "среда"): ("в во на с со", "", "Russian 'среда' is also 'environment'"),
    ("fa", "جمعه"): ("روز بامداد صبح عصر ظهر شب", "شب صبح گذشته", "Persian Friday, in Arabic 'his gathering'"),
    ("fr", "hier"): ("", "soir matin après-midi midi à vers dans lors et au aux sur par après la le les une deux"
                         " plusieurs",
                     "German 'hier' is 'here': read only before a word German does not write after it"),
}


def _dateparser_relative(language: str) -> dict[str, int]:
    """dateparser's one-word relative day words of *language* (its English ones left out), read from its data
    files without importing dateparser (which needs its own dependencies at import)."""
    spec = importlib.util.find_spec("dateparser")
    if spec is None or not spec.submodule_search_locations:
        sys.exit(f'dateparser {DATEPARSER_VERSION} is not installed: pip install "geoincidents[tools]"')
    base = Path(spec.submodule_search_locations[0]) / "data" / "date_translation_data"

    def info(code: str) -> dict:
        path = base / f"{code}.py"
        return ast.literal_eval(path.read_text(encoding="utf-8").split("=", 1)[1]) if path.exists() else {}

    english = {w for words in info("en").get("relative-type", {}).values() for w in words}
    found = {}
    for key, days in RELATIVE_KEYS.items():
        for word in info(language).get("relative-type", {}).get(key, []):
            if " " not in word.strip() and word not in english:
                found.setdefault(word.lower(), days)
    return found


def _variants(word: str, language: str, meaning: str) -> list[tuple[str, str]]:
    """(variant, how it is derived) of a CLDR name, as reports also write it."""
    out = []
    if language == "fa" and ZWNJ in word:
        out += [(word.replace(ZWNJ, ""), "written without its zero-width non-joiner"),
                (word.replace(ZWNJ, " "), "written with a space")]
    if language == "fa" and word.endswith("شنبه") and len(word) > 4 and ZWNJ not in word:
        head = word[:-4]
        out += [(head + ZWNJ + "شنبه", "written with a zero-width non-joiner"),
                (head + " شنبه", "written with a space")]
    if language == "ku" and word[-1] not in "aeêiîouû" and " " not in word:
        out.append((word + "ê", "with the oblique ending Kurmanji gives it after 'roja' ('roja sêşemê', "
                                "'di 15ê adarê')"))
    if language == "ku" and meaning == "weekday" and word.endswith("î"):
        out.append((word[:-1] + "iyê", "with the oblique ending Kurmanji gives it after a vowel ('roja şemiyê')"))
    if language == "ku" and meaning == "month" and word[-1] not in "aeêiîouû" and len(word) > 3:
        out.append((word + "a", "with the ezafe Kurmanji gives it before a year ('26ê Mijdara 2025an')"))
    if language == "ckb" and meaning == "month":
        out.append((word + "ی", "with the ezafe Sorani gives it before a year ('26ی تشرینی دووەمی 2025')"))
    if language == "de" and meaning == "weekday":
        out += [(word + part, "German compound of the day and its part ('Dienstagabend')") for part in GERMAN_PARTS]
    if language in UNACCENTED:
        plain = "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c))
        if plain != word:
            out.append((plain, "written without its accents"))
    return out


def cldr_rows() -> list[dict[str, str]]:
    from babel import Locale, localedata

    rows = []
    for locale, language in LOCALES.items():
        # Babel 2.18 resolves a locale's stand-alone names (an alias of its format names) once for every locale
        # loaded after it: without a fresh cache Turkish stand-alone months come out Hebrew.
        localedata._cache.clear()
        loc = Locale.parse(locale)
        kinds = [("weekday", loc.days, (("format", "wide"), ("stand-alone", "wide"))),
                 ("month", loc.months, (("format", "wide"), ("stand-alone", "wide"), ("format", "abbreviated"),
                                        ("stand-alone", "abbreviated")))]
        for meaning, names, forms in kinds:
            if locale != language and meaning == "weekday":
                continue  # ar_IQ's weekdays are ar's
            for context, width in forms:
                for value, name in sorted(names[context][width].items()):
                    word = name.lower().rstrip(".")
                    if width == "abbreviated" and len(word) < 3:
                        continue
                    kind = "days" if meaning == "weekday" else "months"
                    source = f"cldr{CLDR_VERSION}:{locale}:{kind}:{context}:{width}"
                    rows.append(_row(word, language, meaning, value, f"{context} {width}", source, ""))
                    for variant, how in _variants(word, language, meaning):
                        rows.append(_row(variant, language, meaning, value, f"{context} {width}", source, how))
    for language in LANGUAGES:
        for word, days in _dateparser_relative(language).items():
            rows.append(_row(word, language, "relative", days, "relative day",
                             f"dateparser{DATEPARSER_VERSION}:{language}:relative-type", ""))
            for variant, how in _variants(word, language, "relative"):
                rows.append(_row(variant, language, "relative", days, "relative day",
                                 f"dateparser{DATEPARSER_VERSION}:{language}:relative-type", how))
    return rows


def _row(word: str, language: str, meaning: str, value: object, form: str, source: str, note: str) -> dict[str, str]:
    before, after, why = CONTEXT.get((language, word), ("", "", ""))
    return {"word": word, "language": language, "meaning": meaning, "value": str(value), "form": form,
            "before": before, "after": after, "source": source, "note": "; ".join(n for n in (note, why) if n)}


def common_elsewhere(word: str, language: str, own: set[str]) -> str:
    """The language (of LANGUAGES and English) where the one-word *word* is a common word and says something
    else, or ``""``: *own* holds the languages whose own name of the same day is *word*."""
    from wordfreq import available_languages, zipf_frequency

    if " " in word:
        return ""
    held = set(available_languages())
    for other in sorted({*LANGUAGES, *OTHER_LANGUAGES} - own - {language}):
        if other in held and zipf_frequency(word, other) >= COMMON_ZIPF:
            return other
    return ""


def _english_word(word: str, month: int) -> str:
    """Why an abbreviated month name is left out: a common English word that is not an abbreviation of English's
    name of that month ("ago", Spanish and Italian August; "set", Italian September; "may", which English reads only as
    "May" before a day's number: "up to 5 may have died"); else ``""``."""
    from babel.dates import get_month_names
    from wordfreq import zipf_frequency

    english = get_month_names("wide", "format", "en")[month].lower()
    if zipf_frequency(word, "en") < COMMON_ZIPF or (english.startswith(word) and word != english):
        return ""  # rare in English, or English's own abbreviation of the month ("sept", "nov")
    return "a common English word"


def build(report=lambda line: print(line, file=sys.stderr)) -> list[dict[str, str]]:
    """The rows of the file, each word left out told to *report*."""
    import babel

    if babel.__version__ != BABEL_VERSION:
        sys.exit(f"Babel {babel.__version__} is installed; this file is written from {BABEL_VERSION}: "
                 f'pip install "geoincidents[tools]"')
    rows = cldr_rows() + [{"word": w, "language": la, "meaning": m, "value": v, "form": "hand", "before": b,
                           "after": a, "source": "hand", "note": n} for w, la, m, v, b, a, n in HAND]
    meanings: dict[str, set[tuple[str, str]]] = {}
    languages: dict[tuple[str, str, str], set[str]] = {}
    for r in rows:
        if r["meaning"] != "prefix":
            meanings.setdefault(r["word"], set()).add((r["meaning"], r["value"]))
            languages.setdefault((r["word"], r["meaning"], r["value"]), set()).add(r["language"])
    kept, seen = [], set()
    for r in rows:
        key = (r["word"], r["language"], r["meaning"], r["value"])
        if key in seen:
            continue
        seen.add(key)
        why = ""
        if r["meaning"] != "prefix" and len(meanings[r["word"]]) > 1:
            why = "two meanings: " + ", ".join(f"{m} {v}" for m, v in sorted(meanings[r["word"]]))
        elif r["form"].endswith("abbreviated") and (other := _english_word(r["word"], int(r["value"]))):
            why = other
        elif r["meaning"] in ("weekday", "relative") and r["source"] != "hand" and not r["before"] + r["after"] and (
                other := common_elsewhere(r["word"], r["language"], languages[(r["word"], r["meaning"], r["value"])])):
            why = f"a common word in {other}"
        if why:
            report(f"left out {r['language']} {r['meaning']} {r['word']!r}: {why}")
            continue
        kept.append(r)
    return kept


def write_words(rows: list[dict[str, str]], output: Path) -> None:
    """Write *rows* as the date words CSV whole."""
    write_csv(rows, output, FIELDS)


def main() -> None:
    rows = build()
    write_words(rows, OUT)
    print(f"{len(rows)} words written to {OUT} (CLDR {CLDR_VERSION}, Babel {BABEL_VERSION}, dateparser "
          f"{DATEPARSER_VERSION})", file=sys.stderr)


if __name__ == "__main__":
    main()
