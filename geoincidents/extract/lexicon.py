"""The extraction lexicons: trigger words, role cues, entities, dates, numbers, as data.

Every table is a CSV file in ``geoincidents/data/extract_*.csv`` (read once);
the rules of the geoparser live there, not in if-chains, so an analyst can
add a trigger word or an organisation without touching code.

Phrases are matched on lower-cased tokens (see :func:`phrase_table`).

Examples
--------
>>> triggers()["drone strike"].event_type
'drone_strike'
>>> "u.s." in {w.lower() for w in words("abbreviation")}
True
"""
from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from gazetteer.phrasewords import hebrew_prefixes
from gazetteer.wordspans import ELISIONS, unelided

from geoincidents import datatables
from geoincidents.extract.particles import has_persian_letters, is_arabic, is_hebrew, is_sorani

__all__ = [
    "read_table", "triggers", "trigger_table", "Trigger", "role_cues", "case_endings", "turkish_sentence", "case_of_its_part", "prefix_roles", "entities", "titles", "demonyms",
    "actors", "group_actors", "missile_forces", "air_forces",
    "statuses", "date_phrases", "numbers", "words", "phrase_table", "PhraseTable", "possessive_at", "LIST_JOINERS",
    "LIST_CONJUNCTIONS", "LIST_OPENING_MARKS",
    "GERMAN_DIRECTION_NOUNS", "OF_WORDS", "GENITIVE", "unelided",
    "DIRECTIONS", "WORD", "lowercase",
]

#: The marks written over and under letters (Arabic harakat and shadda, Hebrew points, Latin combining accents): part
#: of the word they sit in ("مسيّرة", "قُتل"), not marks of their own.
_SCRIPT_POINTS = "\u0591-\u05c7\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e8\u06ea-\u06ed"
_MARKS = "\u0300-\u036f" + _SCRIPT_POINTS
#: A word keeps inner apostrophes and ayn marks (Qa'im, Qa’im) and the Hebrew geresh (\u05f3) that Hebrew reports write
#: as the apostrophe inside a name ("ח׳יאם", "בינת ג׳בייל" as "ח'יאם"), and its letters' marks; every other non-space
#: mark is a token of its own; so does a Hebrew acronym its gershayim, straight or Hebrew, before its last one or two
#: letters ('צה"ל', 'נתב"ג' Ben Gurion airport, 'כטב"ם' a drone). Report text and the phrases of the tables are split
#: alike.
_LETTERS = rf"[^\W_]+(?:[{_MARKS}]+[^\W_]*)*"  # letters, with marks among them
_ACRONYM = r'(?:(?<=[\u05d0-\u05ea])["\u05f4][\u05d0-\u05ea]{1,2}(?![^\W_]))?'
#: The Persian ezafe written after the non-joiner ("حمله‌ی موشکی" 'the missile attack of', "حومه‌ی اربیل" 'the outskirts
#: of Erbil'): part of its word, and no part of the word's lower case, so that the phrases of the tables match.
_EZAFE = "\u200c[\u06cc\u064a](?![^\\W_])"
WORD = re.compile(rf"{_LETTERS}(?:['’ʼ`\u05f3](?!s\b){_LETTERS})*(?:{_EZAFE})?{_ACRONYM}|[^\w\s{_MARKS}]", re.UNICODE)
#: Arabic and Hebrew vowel points, shadda and tatweel (\u0640), which the tables do not write: dropped from a word's lower
#: case.
_POINTS = re.compile(f"[{_SCRIPT_POINTS}\u0640]")


#: The Arabic accusative ending written with its tanween ("صاروخًا", "هجوماً"): the word's own form is without it.
_ACCUSATIVE = re.compile("(?:\u064b\u0627|\u0627\u064b)$")


#: Sorani written with the Arabic kaf and yeh, as some outlets type it ("كردووەتە", "فڕۆكەیەكی"): the tables write
#: the Kurdish letters (ک, ی).
_SORANI_FOLD = str.maketrans({"\u0643": "\u06a9", "\u064a": "\u06cc"})


@functools.lru_cache(maxsize=1 << 16)
def lowercase(word: str) -> str:
    """*word* lower-cased as the phrase tables write it: Turkish capital İ becomes i, not i and a combining dot
    ("SİHA" is "siha"); Arabic and Hebrew points and tatweel are dropped ("مسيّرة" is "مسيرة"), and the accusative
    ending written with its tanween ("صاروخًا" is "صاروخ"); a Sorani word typed with the Arabic kaf or yeh takes the
    Kurdish letters ("كردووەتە" is "کردووەتە"); the typographic apostrophe is the plain one the tables write ("tirs
    d’obus" is "tirs d'obus"); Kurmanji "êriş" (attack) typed with a short i is "êrîş"."""
    lowered = _POINTS.sub("", _ACCUSATIVE.sub("", word.lower().replace("i\u0307", "i").replace("’", "'")))
    if lowered[-2:-1] == "\u200c":
        lowered = lowered[:-2]  # the Persian ezafe after the non-joiner: "حمله‌ی" is "حمله"
    if lowered.startswith(_KURMANJI_ATTACK_SHORT):
        lowered = "êrîş" + lowered[len(_KURMANJI_ATTACK_SHORT):]  # Kurmanji "êrişan" as often typed: "êrîşan"
    return lowered.translate(_SORANI_FOLD) if is_sorani(lowered) else lowered


#: Kurmanji 'attack' typed with a short i ("bûne armanca êrişan"), as many outlets write it; the tables write êrîş.
_KURMANJI_ATTACK_SHORT = "êriş"


@functools.cache
def read_table(name: str) -> tuple[dict[str, str], ...]:
    """Rows of ``geoincidents/data/extract_<name>.csv`` as dicts."""
    return tuple(datatables.read_table(f"extract_{name}.csv"))


#: "and" / "or" in the languages reports come in ("Kamışlı ve Rumeylan", "Erbil et Souleimaniye", "Haifa und Akko",
#: "Haifa y Acre", "Хайфа и Акко", Kurmanji "Kanî Masî û Batîfa"; Persian writes "و" apart: "به تل‌آویو و حیفا"),
#: with the comma (and the Arabic comma "،": "بلدات الخيام، كفركلا، حولا"): the words that join two places of one list.
LIST_JOINERS = frozenset({",", "،", "and", "or", "و", "û", "ve", "veya", "et", "ou", "und", "oder", "y", "e", "o", "и",
                          "или"})
#: The joiners of a list that are words, not commas ("and", "ve", "û", ...).
LIST_CONJUNCTIONS = LIST_JOINERS - {",", "،"}
#: Marks after a plural noun of places that open the list of them ("three oil fields: Tawke, ...", "the nuclear
#: sites — Fordow, ...", "three provinces — Ilam, Khuzestan and Tehran").
LIST_OPENING_MARKS = frozenset({":", "—", "–"})
#: "of" between a descriptor or direction and a name, as English, French, Spanish and Italian write it ("the port of
#: Hodeidah", "la ville de Nabatieh", "sur del Líbano", "l'aeroporto di Erbil").
OF_WORDS = frozenset({"of", "de", "del", "du", "di"})
#: The German definite articles ("Der Iran hat ... abgefeuert": one of them, "Der", is also a spelling of Deir).
GERMAN_ARTICLES = frozenset({"der", "die", "das", "den", "dem"})
#: German direction nouns a country follows in the genitive ("den Norden Israels", "im Süden Syriens").
GERMAN_DIRECTION_NOUNS = frozenset({"norden", "süden", "osten", "westen", "nordosten", "nordwesten", "südosten",
                                    "südwesten", "zentrum"})
#: Direction words that name a part of the place after them ("northern Syria", "north-eastern Syria": with "-")
DIRECTIONS = frozenset({"northern", "southern", "eastern", "western", "central", "north", "south", "east", "west"})
#: The possessive "'s" as report text is tokenised: the apostrophe (straight, right or left quote) and "s".
_POSSESSIVE = (["'", "s"], ["’", "s"], ["‘", "s"])


def possessive_at(lowered: Sequence[str], k: int) -> bool:
    """Whether tokens *k* and *k* + 1 are a possessive "'s" ("Iran's", "Iran’s", "Iran‘s")."""
    return list(lowered[k:k + 2]) in _POSSESSIVE


def phrase_tokens(phrase: str) -> tuple[str, ...]:
    """Lower-cased tokens of a phrase, split the way report text is split."""
    return tuple(lowercase(m.group()) for m in WORD.finditer(phrase))


#: The letters a French or Italian article is elided before, and the elided articles and "of" the gazetteer reads
#: (:data:`gazetteer.wordspans.ELISIONS`: "l'", "d'", "all'", ...), with either apostrophe.
_VOWELS = frozenset("aeiouyhàâéèêëîïôöùûü")
_ELIDED_ARTICLES = tuple(e + q for e in ELISIONS for q in ("'", "’"))


class PhraseTable:
    """Find the phrases of a table in a token sequence, longest first, without overlaps.

    Examples
    --------
    >>> table = PhraseTable({"air strike": 1, "air": 2})
    >>> table.find(["an", "air", "strike", "on", "air"])
    [(1, 3, 1), (4, 5, 2)]
    """

    def __init__(self, phrases: dict[str, object]) -> None:
        # First token -> [(length, {tokens: value})], longest first: one dict lookup per length, not one comparison
        # per phrase (the status cues come in many "said on Tuesday that ..." forms). A phrase given twice keeps
        # its first value.
        by_first: dict[str, dict[int, dict[tuple[str, ...], object]]] = {}
        for phrase, value in phrases.items():
            tokens = phrase_tokens(phrase)
            if tokens:
                by_first.setdefault(tokens[0], {}).setdefault(len(tokens), {}).setdefault(tokens, value)
        for phrase, value in phrases.items():
            # A phrase whose first word opens with a vowel is found after a French or Italian elided article too
            # ("l'attaque", "d'attaque", "all'attacco"), the tokenizer keeping the two together; a form the table
            # writes itself keeps its own value.
            tokens = phrase_tokens(phrase)
            if tokens and len(tokens[0]) > 3 and tokens[0][0] in _VOWELS:
                for elided in _ELIDED_ARTICLES:
                    joined = (elided + tokens[0],) + tuple(tokens[1:])
                    by_first.setdefault(joined[0], {}).setdefault(len(joined), {}).setdefault(joined, value)
        self._by_first = {k: sorted(v.items(), key=lambda e: -e[0]) for k, v in by_first.items()}

    def opens(self, word: str) -> bool:
        """Whether some phrase of the table starts with the token *word*."""
        return word in self._by_first

    def match_at(self, lowered: Sequence[str], i: int) -> tuple[int, object] | None:
        """(end index, value) of the longest phrase starting at token *i*, or None (also past the last token)."""
        if not 0 <= i < len(lowered):
            return None
        for length, table in self._by_first.get(lowered[i], ()):
            tokens = tuple(lowered[i:i + length])
            if tokens in table:
                return i + length, table[tokens]
        return None

    def find(self, lowered: Sequence[str]) -> list[tuple[int, int, object]]:
        """Every match as (start index, end index, value), left to right, longest first."""
        found = []
        first = self._by_first
        end = 0
        for i in [k for k, word in enumerate(lowered) if word in first]:  # (the words some phrase opens with)
            if i < end:
                continue  # inside the phrase found last
            hit = self.match_at(lowered, i)
            if hit is not None:
                found.append((i, hit[0], hit[1]))
                end = hit[0]
        return found

    def ends_before(self, lowered: Sequence[str], end: int) -> list[tuple[int, object]]:
        """Phrases that end exactly at token index *end* (exclusive): (start index, value)."""
        found = []
        for start in range(max(0, end - 6), end):
            if lowered[start] not in self._by_first:
                continue
            hit = self.match_at(lowered, start)
            if hit is not None and hit[0] == end:
                found.append((start, hit[1]))
        return found


def phrase_table(rows: Iterable[tuple[str, object]]) -> PhraseTable:
    return PhraseTable(dict(rows))


@dataclass(frozen=True)
class Trigger:
    phrase: str
    event_type: str
    priority: int


#: The perfect forms of a passive auxiliary ("was hit": "has been hit", "had been hit").
_PERFECT = {"was": ("has", "had"), "were": ("have", "had")}


def passive_forms(phrase: str) -> list[str]:
    """A passive phrase ("was hit", "were attacked") and the forms a report writes it in: with an adverb after the
    auxiliary (``passive_adverb`` in extract_words.csv: "were also attacked", "was reportedly hit") and in the
    perfect ("had been hit", "has also been targeted", "had been repeatedly struck") and the progressive ("were being
    targeted"); a French compound tense with an adverb after either auxiliary (:func:`french_adverb_forms`: "a été
    particulièrement touchée", "a notamment été touché", "ont également visé"). Any other phrase alone."""
    aux, _, rest = phrase.partition(" ")
    if aux in _FRENCH_AUXILIARIES:
        return french_adverb_forms(phrase)
    if aux not in _PERFECT or not rest or rest.startswith("among "):
        return [phrase]
    adverbs = sorted(words("passive_adverb"))
    # (and the progressive: "Al-Qaim and other border areas were being bombed")
    forms = [phrase, f"{aux} being {rest}"] + [f"{aux} {adverb} {rest}" for adverb in adverbs]
    for have in _PERFECT[aux]:
        forms += [f"{have} been {rest}"] + [f"{have} {adverb} been {rest}" for adverb in adverbs] \
            + [f"{have} been {adverb} {rest}" for adverb in adverbs]
    return forms


#: The French auxiliaries of a compound tense ("a visé", "ont été touchés", "avait frappé").
_FRENCH_AUXILIARIES = frozenset({"a", "ont", "avait", "avaient", "aurait", "auraient"})


def french_adverb_forms(phrase: str) -> list[str]:
    """A French compound-tense phrase ("a été touchée", "ont visé") and its forms with an adverb after the auxiliary
    or after "été" (``french_adverb`` in extract_words.csv: "ont également visé", "a notamment été touché", "a été
    particulièrement touchée"); any other phrase alone."""
    parts = phrase.split(" ")
    if len(parts) < 2 or parts[0] not in _FRENCH_AUXILIARIES:
        return [phrase]
    adverbs = sorted(words("french_adverb"))
    forms = [phrase] + [" ".join([parts[0], adverb, *parts[1:]]) for adverb in adverbs]
    if parts[1] == "été" and len(parts) > 2:
        forms += [" ".join([*parts[:2], adverb, *parts[2:]]) for adverb in adverbs]
    return forms


@functools.cache
def triggers() -> dict[str, Trigger]:
    """Trigger phrase → :class:`Trigger` (``event_type`` "strike" is generic: a state force's strike). A trigger
    whose subject is under fire (``passive_attack``) is found in each of its :func:`passive_forms`, as itself."""
    table: dict[str, Trigger] = {}
    passive = words("passive_attack")
    joined: dict[str, Trigger] = {}
    for r in read_table("triggers"):
        trigger = Trigger(r["phrase"], r["event_type"], int(r["priority"]))
        for form in passive_forms(r["phrase"]) if r["phrase"] in passive else french_adverb_forms(r["phrase"]):
            table[form] = trigger  # (a phrase given twice: its last row, as the table always read)
            joined.update((f, trigger) for f in _with_arabic_and(form) + _with_arabic_by(form))
    for form, trigger in joined.items():
        table.setdefault(form, trigger)  # "وقصف" 'and shelled': the phrase with "and" joined, unless a row of its own
    for phrase, trigger in list(table.items()):
        for form in _with_hebrew_prefixes(phrase) + _with_persian_suffixes(phrase) + _with_arabic_dual(phrase) \
                + _with_turkish_cases(phrase):
            table.setdefault(form, trigger)  # "מטיל איראני" 'from an Iranian missile', "והטילים"; "موشکها"; "هاجمتا"
    return table


def _with_persian_suffixes(phrase: str) -> tuple[str, ...]:
    """*phrase* with the Persian suffixes written onto its last word, as pages that lose the zero-width non-joiner
    write them (the tables write Persian without it; text that keeps it is split there by the tokenizer): the
    perfect's person after a participle ("هدف قرار گرفتهاند" 'have been targeted'), the plural after a noun
    ("موشکها" 'missiles', "حملههای" 'the attacks of'). Only a last word in Persian letters, or ending in the silent
    h of Persian nouns and participles ("حمله", "گرفته"): Arabic joins "ها" 'her, its' to its words ("قصفها")."""
    *rest, last = phrase.split(" ")
    if not last or not is_arabic(last) or is_sorani(last):
        return ()
    forms = []
    if last.endswith("\u0647"):
        forms += [last + "\u0627\u0646\u062f"]  # + "اند"
    if last.endswith("\u0647") or has_persian_letters(last):
        forms += [last + "\u0647\u0627", last + "\u0647\u0627\u06cc"]  # + "ها", "های"
    return tuple(" ".join([*rest, form]) for form in forms)


#: The Turkish case endings a noun takes (genitive, dative, locative, ablative, accusative, instrumental), in each
#: vowel of its harmony: after a vowel, with the buffer letter ("saldırının", "saldırısına", "saldırıya"), after a
#: consonant, without ("saldırıların", "saldırılarda").
_TURKISH_AFTER_VOWEL = ("nın", "nin", "nun", "nün", "ya", "ye", "na", "ne", "da", "de", "nda", "nde", "dan", "den",
                        "ndan", "nden", "yı", "yi", "yu", "yü", "nı", "ni", "nu", "nü", "yla", "yle")
_TURKISH_AFTER_CONSONANT = ("ın", "in", "un", "ün", "a", "e", "da", "de", "ta", "te", "dan", "den", "tan", "ten",
                            "ı", "i", "u", "ü", "la", "le")


def _with_turkish_cases(phrase: str) -> tuple[str, ...]:
    """*phrase* with each Turkish case ending joined to its last word, when that word is written with a letter only
    Turkish has (ı, ş, ğ): "Kor Mor gaz sahasına önceki akşam yapılan roketli saldırının ardından" 'after the rocket
    attack on the Kor Mor gas field the evening before last' reads "roketli saldırı" in the genitive."""
    *rest, last = phrase.split(" ")
    if not last or not set(last) & {"ı", "ş", "ğ"}:
        return ()
    endings = _TURKISH_AFTER_VOWEL if last[-1] in "aeıioöuü" else _TURKISH_AFTER_CONSONANT
    return tuple(" ".join([*rest, last + ending]) for ending in endings)


def _with_arabic_dual(phrase: str) -> tuple[str, ...]:
    """A one-word Arabic verb of the feminine with its dual ending: the past "ت" + "ا" ("هاجمتا" 'the two attacked',
    "طائرتين مسيرتين هاجمتا قاعدة عين الأسد"), the present "ت..." + "ان" ("تستهدفان" 'the two target'), as Arabic
    writes two drones as the subject of their verb."""
    if " " in phrase or len(phrase) < 4 or not is_arabic(phrase):
        return ()
    word = phrase[1:] if phrase.startswith("و") and len(phrase) > 4 else phrase  # (with "and" joined: "وهاجمت")
    if word.endswith("ت"):
        return (phrase + "ا",)
    if word.startswith("ت"):
        return (phrase + "ان",)
    return ()


def _with_hebrew_prefixes(phrase: str) -> tuple[str, ...]:
    """*phrase* with each Hebrew prefix (:func:`gazetteer.phrasewords.hebrew_prefixes`) joined to its first word, when
    that word is in Hebrew script ("מטיל" 'from a missile', "בטילים", "והרקטות")."""
    first, _, rest = phrase.partition(" ")
    if not first or not "\u05d0" <= first[0] <= "\u05ea":
        return ()
    return tuple(f"{p}{first}" + (f" {rest}" if rest else "") for p in hebrew_prefixes())


#: The groups of ``extract_words.csv`` whose Arabic words are also read with "and" joined to them ("واستهدفت
#: مسيرة منزلا" 'and a drone targeted a house'): verbs and nouns of attack, of firing and of killing, and the verbs
#: a generic attack noun is the subject of ("وطالت الهجمات" 'and the attacks reached'), and the links that hang a
#: clause on an earlier event ("..., وبعد أيام من غارات واسعة" '..., and days after wide raids').
_JOINED_AND_GROUPS = frozenset({"attack_word", "firing_verb", "killed", "drone_instrument", "attacks_verb",
                                "clause_link"})
#: The groups whose Arabic and Hebrew words are also read with each particle or prefix joined to them
#: (:func:`_with_hebrew_prefixes`, :func:`geoincidents.extract.particles.joined_forms`: "לאחר שאזעקות הופעלו באילת"
#: 'after sirens sounded in Eilat',
#: "בלילה שבין חמישי לשישי" 'in the night between Thursday and Friday', "وأظهرت صور" 'and pictures showed').
_JOINED_PARTICLE_GROUPS = frozenset({"siren", "night_noun", "pictures_beside"})


def _with_arabic_by(phrase: str) -> tuple[str, ...]:
    """An Arabic trigger that opens with the article, with "ب" 'by, with' joined to it: the weapon an attack was made
    with ("هاجموا قاعدة حرير بالطائرات المسيرة" 'attacked the Harir base with drones'), and "and" before that
    ("وبالصواريخ")."""
    from geoincidents.extract.particles import ARABIC_AND, ARABIC_ARTICLE, is_arabic

    if not phrase or not is_arabic(phrase.split()[0]) or not phrase.startswith(ARABIC_ARTICLE):
        return ()
    return ("ب" + phrase, ARABIC_AND + "ب" + phrase)


def _with_arabic_and(phrase: str) -> tuple[str, ...]:
    """*phrase* with Arabic "و" 'and' joined to its first word, when that word is in Arabic script: Arabic writes the
    conjunction as one word with what follows ("وقصفت", "واستهدفت"), so a sentence that goes on a story with "and"
    opens with its verb in that form."""
    from geoincidents.extract.particles import ARABIC_AND, is_arabic

    if not phrase or not is_arabic(phrase.split()[0]) or phrase.startswith(ARABIC_AND + ARABIC_AND):
        return ()
    return (ARABIC_AND + phrase,)


@functools.cache
def attack_or_firing_words() -> frozenset[str]:
    """The verbs and nouns of attack and of firing (``attack_word`` and ``firing_verb``), together."""
    return words("attack_word") | words("firing_verb")


@functools.cache
def trigger_table() -> PhraseTable:
    """The trigger phrases as a :class:`PhraseTable` (value: :class:`Trigger`)."""
    return PhraseTable(dict(triggers().items()))


#: Turkish function words: two of them make a sentence Turkish (:func:`turkish_sentence`).
_TURKISH_WORDS = frozenset({"ve", "bir", "ile", "için", "olarak", "bu", "göre", "sonra", "da", "de", "ise", "tarafından",
                            "edildi", "oldu", "yapılan", "üzerine", "kadar", "gibi", "daha", "olan", "ayrıca",
                            "açıklamada"})


def turkish_sentence(lowered: Sequence[str]) -> bool:
    """Whether a sentence is Turkish: two of its function words, or a word with a letter only Turkish and
    Azerbaijani write (ı, ğ), or a name with its case ending after an apostrophe ("PKK'ya")."""
    return len(_TURKISH_WORDS.intersection(lowered)) >= 2 or any(
        "ı" in w or "ğ" in w or ("'" in w and w.rsplit("'", 1)[1] in case_endings()) for w in lowered)


@functools.cache
def case_endings() -> dict[str, str]:
    """Turkish case ending joined to a name after its apostrophe ("Erbil'e") → role (``ending`` rows of
    extract_roles.csv, written with the apostrophe)."""
    return {r["cue"].lstrip("'’"): r["role"] for r in read_table("roles") if r["position"] == "ending"}


#: Turkish and Azerbaijani genitive endings after a name's apostrophe ("İsrail'in", "Irak'ın", "Hayfa'nın")
GENITIVE = frozenset({"in", "ın", "un", "ün", "nin", "nın", "nun", "nün"})
#: A direction noun's possessive and case (kuzey-i-n-e 'to its north', doğu-su-n-da 'in its east', güney-i-n-i 'its south'
#: as what was hit) → the name's case
_PART_CASE = re.compile(r"s?[iıuü]n(e|a|ə|de|da|də|te|ta|deki|daki|dəki|teki|taki|i|ı|u|ü)")


def case_of_its_part(ending: str, word: str) -> str:
    """The case a name in the genitive takes from the direction noun after it ("İsrail'in kuzeyine" 'to Israel's
    north' is as "İsrail'e", "Irak'ın kuzeyindeki Gara bölgesi" as "Irak'taki", "Lübnan'ın güneyini" as "Lübnan'ı";
    ``turkic_direction``), or "". Turkish also joins the name bare to the noun ("Suriye kuzeyinde", "Irak kuzeyindeki"
    'in northern Iraq'): no ending reads as the genitive."""
    if ending not in GENITIVE and ending:
        return ""
    for stem in words("turkic_direction"):
        found = _PART_CASE.fullmatch(word[len(stem):]) if word.startswith(stem) else None
        if found:
            case = found.group(1)
            if case in ("i", "ı", "u", "ü"):
                return "i"  # the accusative: what was hit ("Lübnan'ın güneyini bombaladı")
            return "e" if case in ("e", "a", "ə") else "deki" if case.endswith("ki") else "de"
    return ""


@functools.cache
def prefix_roles() -> dict[str, str]:
    """Hebrew prefix joined to a name ("בחיפה" 'in Haifa') → role (``prefix`` rows of extract_roles.csv; "context"
    for the conjunction ו, which gives none)."""
    return {r["cue"]: r["role"] for r in read_table("roles") if r["position"] == "prefix"}


@functools.cache
def role_cues() -> tuple[PhraseTable, PhraseTable]:
    """(cues before a place, cues after a place) → role."""
    rows = read_table("roles")
    # ("ont également visé"; Arabic "وعلى" 'and on' as "على": :func:`_with_arabic_and`)
    before = PhraseTable({form: r["role"] for r in rows if r["position"] == "before"
                          for form in (*french_adverb_forms(r["cue"]), *_with_arabic_and(r["cue"]))})
    # ("X was hit" / "X and Y were also attacked" / "X had been hit": every passive form of a cue after the place)
    after = PhraseTable({form: r["role"] for r in rows if r["position"] == "after" for form in passive_forms(r["cue"])})
    return before, after


@functools.cache
def entities() -> PhraseTable:
    """Organisation and person names whose words are never place mentions (an Arabic-script name in every form a
    joined particle gives its first word: "للمقاومة الإسلامية في العراق")."""
    from geoincidents.extract.particles import joined_forms

    table: dict[str, object] = {}
    for r in read_table("entities"):
        first, *rest = phrase_tokens(r["name"]) or ("",)
        for form in joined_forms(first):
            table[" ".join((form, *rest))] = r["kind"]
    return PhraseTable(table)


@functools.cache
def titles() -> PhraseTable:
    return PhraseTable({r["title"]: "title" for r in read_table("titles")})


@functools.cache
def demonyms() -> PhraseTable:
    return PhraseTable({r["demonym"]: r["place"] for r in read_table("demonyms")})


#: The Hebrew prefixes that leave a name the subject of its clause, "and", "that", "when" and their joins (of
#: :func:`gazetteer.phrasewords.hebrew_prefixes`, those with no preposition or article).
_HEBREW_SUBJECT_PREFIXES = tuple(p for p in hebrew_prefixes() if p.lstrip("ו") in ("", "ש", "כש"))


@functools.cache
def actors() -> PhraseTable:
    """Actor phrase → (actor name, is a state force); a Hebrew phrase also with each prefix that leaves it a subject
    joined ("שארצות הברית תקפה את פורדו" 'that the United States attacked Fordow', "וצה\"ל")."""
    table = {}
    for r in read_table("actors"):
        for form in (r["phrase"], *_with_hebrew_subject_prefixes(r["phrase"])):
            table.setdefault(form, (r["actor"], r["state"] == "yes"))
    return PhraseTable(table)


def _with_hebrew_subject_prefixes(phrase: str) -> tuple[str, ...]:
    """*phrase* with each of :data:`_HEBREW_SUBJECT_PREFIXES` joined to it, when it opens in Hebrew letters."""
    return tuple(p + phrase for p in _HEBREW_SUBJECT_PREFIXES) if is_hebrew(phrase[:1]) else ()


@functools.cache
def group_actors() -> frozenset[str]:
    """The actors that are no state force (``state`` "no" in extract_actors.csv): Hezbollah, the Houthis, the Islamic
    Resistance in Iraq, ..."""
    return frozenset(r["actor"] for r in read_table("actors") if r["state"] != "yes")


@functools.cache
def lowercase_actor_phrases() -> frozenset[str]:
    """The actor phrases the table writes in lower case ("israelische", "estadounidense", "coalition"): a lower-case
    token names its actor only through such a phrase ("us" is the pronoun, "US" the state)."""
    return frozenset(r["phrase"].lower() for r in read_table("actors") if r["phrase"][:1].islower())


@functools.cache
def missile_forces() -> frozenset[str]:
    """The state forces whose strikes are missile fire, not air strikes (``strikes_with`` in extract_actors.csv):
    "Iran struck Erbil", "Iranian missiles struck Israeli cities" are missile attacks; "Israel struck Damascus" is
    an air strike."""
    return frozenset(r["actor"] for r in read_table("actors") if r["strikes_with"] == "missiles")


@functools.cache
def actor_homes() -> dict[str, tuple[str, frozenset[str]]]:
    """Armed groups whose fire abroad comes from one country (extract_actor_homes.csv): actor → (the country's place
    id, the event types it holds for)."""
    return {r["actor"]: (r["country"], frozenset(r["events"].split("|"))) for r in read_table("actor_homes")}


@functools.cache
def air_forces() -> frozenset[str]:
    """The state forces that strike from the air (a state force with ``strikes_with`` blank in extract_actors.csv):
    their "drone strike" is an armed drone's strike, not drone fire."""
    return frozenset(r["actor"] for r in read_table("actors") if r["state"] == "yes" and not r["strikes_with"])


@functools.cache
def statuses() -> PhraseTable:
    """Claim and denial cue → status. A cue "said ..." holds with the day it was said between ("The group said on
    Sunday that its fighters had attacked", "said Tuesday it had launched"): the day is the statement's, not the
    attack's (see events: the day a statement was made)."""
    table = {}
    for r in read_table("statuses"):
        table[r["cue"]] = r["status"]
        if r["cue"].startswith("said "):
            rest = r["cue"][len("said "):]
            for day in ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"):
                for told in (f"said on {day} ", f"said {day} "):
                    table.setdefault(told + rest, r["status"])
                    if not rest.startswith("that "):
                        table.setdefault(f"{told}that {rest}", r["status"])
    return PhraseTable(table)


@functools.cache
def date_phrases() -> PhraseTable:
    """Relative date phrase → (anchor, days, precision, span in days: "overnight" runs into the next day, the other
    day a careful reader could pick, in days from the one read: "overnight" +1, "hours earlier" -1, else 0)."""
    phrases = {r["phrase"]: (r["anchor"], int(r["days"]), r["precision"], int(r["span_days"] or 0),
                             int(r["alt_days"] or 0)) for r in read_table("dates")}
    for phrase, days in _relative_date_words().items():
        phrases.setdefault(phrase, ("published", days, "day", 0, 0))
    return PhraseTable(phrases)


def _relative_date_words() -> dict[str, int]:
    """The words for yesterday and today in other languages (``extract_date_words.csv``, from CLDR: "hier",
    "gestern", "dün", "دیروز", "אתמול"), as days from the publication day. A word that needs a neighbour (French
    "hier", German 'here') is given with each of them ("hier soir", "hier ,")."""
    out: dict[str, int] = {}
    for r in read_table("date_words"):
        if r["meaning"] != "relative":
            continue
        days = int(r["value"])
        neighbours = [f"{w} {r['word']}" for w in r["before"].split()]
        neighbours += [f"{r['word']} {w}" for w in r["after"].split()]
        for phrase in neighbours or [r["word"]]:
            out.setdefault(phrase, days)
    return out


@functools.cache
def numbers() -> dict[str, int]:
    return {r["word"]: int(r["value"]) for r in read_table("numbers")}


def counted(lowered: Sequence[str], noun: int, floor: int = 0) -> bool:
    """Whether a number counts the plural noun at token *noun*, a few words before it ("two of its air force bases",
    "three oil fields"), no comma between (not "a", "an", "no")."""
    for k in range(noun - 1, max(floor, noun - _COUNT_REACH) - 1, -1):
        if lowered[k] in (",", ";", ":"):
            return False
        if lowered[k].isdecimal() or lowered[k] in numbers() and lowered[k] not in ("a", "an", "no"):
            return True
    return False


#: How many words before its plural noun a number may count it ("two of its air force bases").
_COUNT_REACH = 5


@functools.cache
def words(group: str) -> frozenset[str]:
    """The words of one group of ``extract_words.csv`` (abbreviation, firing_verb, street, ...); the Arabic words of
    the groups of attack, firing and killing also with "و" 'and' joined (:func:`_with_arabic_and`), those of sirens,
    nights and pictures with every particle or prefix (``_JOINED_PARTICLE_GROUPS``); the Turkish attack words in
    every case (:func:`_with_turkish_cases`)."""
    found = frozenset(r["word"] for r in read_table("words") if r["group"] == group)
    if group in _JOINED_AND_GROUPS:
        found |= {form for w in found for form in _with_arabic_and(w)}
        found |= {form for w in found for form in _with_arabic_dual(w)}
    if group == "attack_word":
        found |= {form for w in found for form in _with_turkish_cases(w)}  # "saldırının ardından" 'after the attack'
    if group in _JOINED_PARTICLE_GROUPS:
        from geoincidents.extract.particles import joined_forms

        found |= {form for w in found for form in _with_hebrew_prefixes(w) or joined_forms(w)}
    return found


def restatement_close(lowered: Sequence[str], opening: int) -> int | None:
    """The token of the ")" that closes a restatement in brackets opened at token *opening* ("Kobani (Ayn el-Arap)",
    "Rustem Cûdî (Mexmûr)"), within :data:`RESTATED_WORDS`; None when no bracket opens there or none closes it."""
    if opening >= len(lowered) or lowered[opening] != "(":
        return None
    return next((k for k in range(opening + 1, min(len(lowered), opening + RESTATED_WORDS)) if lowered[k] == ")"), None)


#: How many words a restatement in brackets after a name may hold, its brackets included.
RESTATED_WORDS = 8


def agency_bracket_at(lowered: Sequence[str], k: int) -> bool:
    """Whether a news agency's bracket opens at token *k* ("(Reuters)", "(شينخوا)": ``news_agency`` in
    extract_words.csv), as a dateline closes with one."""
    return k + 2 < len(lowered) and lowered[k] == "(" and lowered[k + 1] in words("news_agency") \
        and lowered[k + 2] == ")"


def names_a_site(tokens: Sequence[str], end: int, start: int | None = None) -> bool:
    """Whether the weapon word at tokens *start*..*end* names the site a strike hit, not fire: a word of
    ``munition_site`` of one word or two follows it ("Hezbollah missile depots", "UAV facilities", "launch sites"), or,
    as Arabic and the Romance languages put it, a word of ``munition_site_before`` stands before it: right before
    ("مستودعات صواريخ" 'missile depots'), before "of" ("dépôts de missiles"), or before another noun that "and" joins
    it to ("مستودعات أسلحة وصواريخ" 'depots of weapons and missiles'). A weapon with "with" joined to it is what hit
    ("استهداف مستودع بصاروخ" 'targeting a depot with a missile')."""
    sites = words("munition_site")
    if end < len(tokens) and (tokens[end] in sites or " ".join(tokens[end:end + 2]) in sites):
        return True
    if end + 2 < len(tokens) and tokens[end] in ("and", "or") and tokens[end + 2] in sites:
        return True  # "Hezbollah's missile and rocket force": the pair names the unit
    k = end
    while k < min(len(tokens), end + _SITE_WORDS) and (tokens[k] in ("and", "or") or tokens[k] in words("site_modifier")
                                                      or tokens[k] in words("weapon_modifier")):
        # "drone and missile launch and storage sites", "missile and surveillance capabilities": the weapons and
        # what the sites do, joined, before the site noun
        k += 1
        if k < len(tokens) and k > end + 1 and (tokens[k] in sites or " ".join(tokens[k:k + 2]) in sites):
            return True
    if start is None or start < 1:
        return False
    before = words("munition_site_before")
    word = tokens[start]
    if word[:1] == "ب" and is_arabic(word):
        return False  # (the weapon it was hit with)
    if tokens[start - 1] in before:
        return True
    if start >= 2 and tokens[start - 2] in before and tokens[start - 1] in words("of_before_weapon"):
        return True
    return start >= 2 and tokens[start - 2] in before and word[:1] == "و" and len(word) > 2


#: How many words may join a weapon to the site noun after it ("drone and missile launch and storage sites").
_SITE_WORDS = 5


@functools.cache
def sound_words() -> frozenset[str]:
    """Common words of the Latin-script report languages that the gazetteer would resolve by sound alone ("Westen"
    'the west', "Rahmen" 'frame'): never a place heard by sound (``extract_sound_words.csv``, written by
    ``tools/extract_sound_words.py``)."""
    return frozenset(r["word"] for r in read_table("sound_words"))


@functools.cache
def word_phrases(group: str) -> PhraseTable:
    return PhraseTable({w: group for w in words(group)})
