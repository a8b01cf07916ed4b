"""A phonetic key for Arabic-derived transliterations.

Reports spell the same Arabic name many ways (Rmeilan, Rmelan, Rumeilan;
Hasakah, Hassakeh; Jurf al-Sakhar, Jurf as-Saqr). :func:`phonetic_key`
reduces a normalised key (:func:`gazetteer.normalize.normalize`) to the
consonants that carry the name, folding what transliteration systems write
differently: vowels and doubled letters, q/k/kh/gh, dh/z/th, sh/ch, j/g,
ou/u/oo, ei/ay/ai/e and the -eh/-a/-ah endings. The rules are the rows of
``data/phonetic_rules.csv``, applied in order to each Latin word. Arabic-script
words are keyed by ``data/phonetic_arabic.csv``; Hebrew-script words as the
Arabic letters they write (``data/phonetic_hebrew.csv``), so that a Hebrew
spelling of a Syrian town meets its Arabic name.

A key with fewer than :data:`MIN_CONSONANTS` consonants is too short to
tell places apart (Kut and Hit would meet Kit) and is returned empty, unless
the name is long (:data:`LONG_NAME` letters) and keeps two consonants
(Qayyarah → ``kr``): short names match only by their spelling.

Examples
--------
>>> phonetic_key("rmeilan") == phonetic_key("rumalyn") == phonetic_key("rimelan")
True
>>> phonetic_key("jurf sakhar") == phonetic_key("jurf saqr")
True
>>> phonetic_key("hasakah") == phonetic_key("hassakeh") == phonetic_key("hasaka")
True
>>> phonetic_key("kut")
''
"""
from __future__ import annotations

import functools
import itertools
import re

from gazetteer.datatables import read_table

__all__ = ["phonetic_key", "phonetic_keys", "phonetic_readings", "arabic_letters", "hebrew_spellings",
           "MIN_CONSONANTS", "LONG_NAME"]

#: Fewest consonants a key must keep to be used (two-consonant names collide too often).
MIN_CONSONANTS = 3
#: Letters from which a name with two consonants is long enough to be told apart.
LONG_NAME = 6

_LATIN_WORD = re.compile(r"^[a-z]+$")
_LATIN_KEY = re.compile(r"[a-z]+(?: [a-z]+)*\Z")  # a normalised key of Latin words only
_ARABIC_WORD = re.compile(r"^[\u0620-\u064a\u066e-\u06d3]+$")  # letters of the Arabic script, folded by normalize
_ARABIC_KEY = re.compile(r"[\u0620-\u064a\u066e-\u06d3]+(?: [\u0620-\u064a\u066e-\u06d3]+)*\Z")
_HEBREW_WORD = re.compile(r"^[\u05d0-\u05ea]+$")  # Hebrew letters (normalize folds the final forms)
_HEBREW_KEY = re.compile(r"[\u05d0-\u05ea]+(?: [\u05d0-\u05ea]+)*\Z")
_DOUBLED = re.compile(r"(.)\1+")
_SORANI_ONSET = re.compile(r"^يه(?=..)")
_LONE_G = re.compile(r"(?<![dg])g(?!h)")  # a g that is not dj, gh or gg
_ONSET_MARK = "ا"
_ONSETS = frozenset("اعئؤ")  # letters an Arabic-script word may open with in place of a vowel


@functools.cache
def _rules() -> tuple[tuple[re.Pattern[str], str], ...]:
    return tuple((re.compile(row["pattern"]), row["replacement"]) for row in read_table("phonetic_rules.csv"))


@functools.cache
def _arabic_table() -> dict[int, str | None]:
    """``str.translate`` table of ``data/phonetic_arabic.csv`` (empty replacement = drop)."""
    return {ord(row["letter"]): row["replacement"] or None for row in read_table("phonetic_arabic.csv")}


@functools.cache
def _hebrew_table() -> dict[int, str]:
    """``str.translate`` table of ``data/phonetic_hebrew.csv``: each Hebrew letter as the Arabic letter it writes."""
    return {ord(row["letter"]): row["arabic"] for row in read_table("phonetic_hebrew.csv")}


def arabic_letters(text: str) -> str:
    """*text* with its Hebrew letters written as the Arabic letters they stand for, so that a Hebrew spelling
    and an Arabic one can be compared letter by letter (other letters are kept).

    Examples
    --------
    >>> arabic_letters("מסיאפ")
    'مسياف'
    """
    return text.translate(_hebrew_table())


def _in_arabic_letters(words: list[str]) -> list[str] | None:
    """*words* written in Arabic letters when they are all Hebrew (Hebrew writes Arabic names letter for
    letter: "מסיאף" is "مسياف", Masyaf), the words themselves when they are all Arabic, None otherwise."""
    if all(_ARABIC_WORD.match(w) for w in words):
        return words
    if all(_HEBREW_WORD.match(w) for w in words):
        return [w.translate(_hebrew_table()) for w in words]
    return None


def _arabic_word_key(word: str) -> str:
    """An Arabic-script word with the letters spellings trade folded (kaf/qaf, the emphatics, alef, ayn)
    and doubled letters written once."""
    # Sorani writes ئە before an initial e, which normalize has made يه: "ئەنبار" is "انبار".
    word = _SORANI_ONSET.sub("ا", word)
    # An initial alef, ayn or hamza is kept as one mark, as a Latin key keeps an initial vowel: it is a letter of
    # the word, not a long vowel left out at will (the article is gone already), so "أبرز" is not "البرز" (Alborz).
    mark = _ONSET_MARK if word[0] in _ONSETS else ""
    return mark + _DOUBLED.sub(r"\1", word[len(mark):].translate(_arabic_table())) or _ONSET_MARK


def _word_key(word: str) -> str:
    if _ARABIC_WORD.match(word):
        return _arabic_word_key(word)
    if not _LATIN_WORD.match(word):
        return word  # digits keep their spelling (Hebrew words are keyed whole, as Arabic: phonetic_key)
    for pattern, replacement in _rules():
        word = pattern.sub(replacement, word)
    return word or "a"


@functools.cache
def _line_rules() -> tuple[tuple[re.Pattern[str], str], ...] | None:
    """The rules for one word per line (``^``/``$`` at line ends); None when a rule could cross a line."""
    rules = tuple((re.compile(p.pattern, p.flags | re.MULTILINE), r) for p, r in _rules())
    for pattern, _ in rules:
        if pattern.flags & re.DOTALL or any("\n" in m.group() for probe in ("a\nb", "ab\n\nab", "\n")
                                            for m in pattern.finditer(probe)):
            return None
    return rules


def _word_keys(words: list[str]) -> list[str]:
    """:func:`_word_key` of many Latin words: each rule runs once over all of them, one word per line."""
    rules = _line_rules()
    if rules is not None and words:
        text = "\n".join(words)
        for pattern, replacement in rules:
            text = pattern.sub(replacement, text)
        folded = text.split("\n")
        if len(folded) == len(words):
            return [w or "a" for w in folded]
    return [_word_key(w) for w in words]


def phonetic_keys(keys: list[str]) -> list[str]:
    """Return :func:`phonetic_key` of each normalised key, for indexing millions of keys at once.

    Examples
    --------
    >>> phonetic_keys(["rmeilan", "kut", "jurf sakhar"]) == [phonetic_key(k) for k in ("rmeilan", "kut", "jurf sakhar")]
    True
    """
    latin_at = list(map(_LATIN_KEY.match, keys))
    latin = list(itertools.compress(keys, latin_at))
    arabic = {i: key for i, key in enumerate(keys)
             if not latin_at[i] and (_ARABIC_KEY.match(key) or _HEBREW_KEY.match(key))}
    vocabulary = list(set(itertools.chain.from_iterable(map(str.split, latin))))
    folded = dict(zip(vocabulary, _word_keys(vocabulary)))
    # A key of one word is its word's key (the common case, looked up in C); longer keys add their words up.
    alone = {word: key if _usable(len(key.lstrip("a")), len(word)) else "" for word, key in folded.items()}
    found = [k if k is not None else _several(key, folded) for key, k in zip(latin, map(alone.get, latin))]
    out = [""] * len(keys)
    for position, key in zip(itertools.compress(range(len(keys)), latin_at), found):
        out[position] = key
    for position, key in arabic.items():
        out[position] = phonetic_key(key)
    return out


def _usable(consonants: int, letters: int) -> bool:
    """Whether a key with this many consonants (after folding) and letters (before) tells places apart."""
    return consonants >= MIN_CONSONANTS or (letters >= LONG_NAME and consonants >= MIN_CONSONANTS - 1)


def _several(key: str, folded: dict[str, str]) -> str:
    words = key.split()
    keyed = [folded[w] for w in words]
    joined = "".join(keyed)
    return joined if _usable(sum(len(w.lstrip("a")) for w in keyed), sum(map(len, words))) else ""


@functools.lru_cache(maxsize=1 << 16)
def phonetic_key(key: str) -> str:
    """Return the phonetic key of a normalised name key; ``""`` when it is too short to use.

    Parameters
    ----------
    key : str
        A key from :func:`gazetteer.normalize.normalize` (lowercase words).

    Returns
    -------
    str
        Space-separated word keys, or ``""`` when the words hold fewer than
        :data:`MIN_CONSONANTS` consonants or no Latin word at all.

    Examples
    --------
    >>> phonetic_key("erbil"), phonetic_key("irbil"), phonetic_key("arbil")
    ('arbl', 'arbl', 'arbl')
    >>> phonetic_key("shaddadi") == phonetic_key("chaddadi")
    True
    """
    words = key.split()
    if not words:
        return ""
    arabic = _in_arabic_letters(words)
    if arabic is not None:
        # Hebrew is keyed as the Arabic it writes: "אל-בוכמאל" sounds like البوكمال.
        folded = [_arabic_word_key(w) for w in arabic]
        return "".join(folded) if _usable(sum(len(w.lstrip(_ONSET_MARK)) for w in folded),
                                          sum(map(len, words))) else ""
    if not all(_LATIN_WORD.match(w) for w in words):
        return ""
    folded = [_word_key(w) for w in words]
    return "".join(folded) if _usable(sum(len(w.lstrip("a")) for w in folded), sum(map(len, words))) else ""


def phonetic_readings(key: str) -> tuple[str, ...]:
    """The phonetic keys *key* may be read with: its own, then with a lone g read as ghayn (gh) and a gh as g;
    an Arabic-script key also with its jim read as the gaf of Persian names.

    English and French spellings write ghayn as g ("Bagdad"), Egyptian ones jim as g ("Gazira"): the
    key reads g as jim; a query is also looked up with the other reading, so both meet their names.

    Examples
    --------
    >>> phonetic_key("baghdad") in phonetic_readings("bagdad")
    True
    >>> phonetic_key("jazira") == phonetic_readings("gazira")[0]
    True
    """
    own = phonetic_key(key)
    if _HEBREW_KEY.match(key):
        return tuple(dict.fromkeys(k for k in (own, *map(phonetic_key, hebrew_spellings(key)[1:])) if k))
    if "ج" in key and _ARABIC_KEY.match(key):
        # Arabic writes the g of Persian names with jim (كنجان, Kangan, كنگان in Persian): also read as gaf, which
        # normalize folds to kaf.
        return tuple(dict.fromkeys(k for k in (own, phonetic_key(key.replace("ج", "ك"))) if k))
    if "g" not in key:
        return (own,) if own else ()
    others = (phonetic_key(_LONE_G.sub("gh", key)), phonetic_key(key.replace("gh", "g")))
    return tuple(dict.fromkeys(k for k in (own, *others) if k))


#: The Arabic letters a Hebrew letter may also write: כ and ח the kha (خ) whose geresh normalize drops, ע the ghayn.
_HEBREW_OTHER = {"כ": "خ", "ח": "خ", "ע": "غ"}
#: Hebrew writes a vowel letter (ו, י) inside a word for many short vowels Arabic leaves unwritten (תדמור: تدمر).
_HEBREW_VOWELS = frozenset("וי")
#: The most spellings tried for one Hebrew key, those with fewest changes first.
_HEBREW_SPELLINGS = 16


@functools.lru_cache(maxsize=1 << 12)
def hebrew_spellings(key: str) -> tuple[str, ...]:
    """The Arabic spellings a Hebrew key may stand for, :func:`arabic_letters` first, then those with the fewest
    changes: כ or ח read as kha, ע as ghayn, a vowel letter inside a word left out (at most
    :data:`_HEBREW_SPELLINGS`). ``()`` for a key that is not all Hebrew.

    Examples
    --------
    >>> hebrew_spellings("תדמור")[:2]
    ('تدمور', 'تدمر')
    >>> hebrew_spellings("סוכנה")[:3]
    ('سوكنه', 'سكنه', 'سوخنه')
    """
    if not _HEBREW_KEY.match(key):
        return ()
    choices = []
    for word in key.split(" "):
        for i, ch in enumerate(word):
            plain = ch.translate(_hebrew_table())
            if ch in _HEBREW_VOWELS and 0 < i < len(word) - 1 and ch not in (word[i - 1], word[i + 1]):
                choices.append((plain, ""))
            elif ch in _HEBREW_OTHER:
                choices.append((plain, _HEBREW_OTHER[ch]))
            else:
                choices.append((plain,))
        choices.append((" ",))
    choices.pop()
    ambiguous = [i for i, c in enumerate(choices) if len(c) > 1]
    flips = itertools.islice(itertools.chain.from_iterable(itertools.combinations(ambiguous, n)
                                                           for n in range(len(ambiguous) + 1)), _HEBREW_SPELLINGS)
    return tuple(dict.fromkeys("".join(c[1] if i in flipped else c[0] for i, c in enumerate(choices))
                               for flipped in flips))
