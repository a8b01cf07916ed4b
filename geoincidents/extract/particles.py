"""Particles written joined to a name in report text: Arabic conjunctions and prepositions, French and Italian elisions,
Turkish case endings.

Arabic writes the conjunctions و and ف and the prepositions ب, ل and ك joined
to the next word, with or without the article: "بالعراق" is "in Iraq",
"وبغداد" "and Baghdad", "للعراق" "to Iraq" (ل before the article drops its
alif). French and Italian elide an article or preposition onto the next word
with an apostrophe: "l'Irak", "d'Erbil", "dell'Iran". A word is looked up
first as it is written; only when it names nothing is a joined particle cut
off (:func:`particle_length`), and the mention starts after it. Organisation
names and the nouns that open them are matched in every joined form
(:func:`joined_forms`), so "للمقاومة الإسلامية في العراق" is the Islamic
Resistance in Iraq however it is joined.

Hebrew joins its prepositions and the conjunction ו to a name likewise:
"בחיפה" is "in Haifa", "מלבנון" "from Lebanon", "ובחיפה" "and in Haifa"
(``prefix`` rows of ``data/extract_roles.csv``, with the role each gives).

Turkish and Azerbaijani write a name's case ending after an apostrophe: "Erbil'e"
is "to Erbil", "Şam'dan" "from Damascus". When such a word names nothing as
written the ending comes off (:func:`case_ending`): the mention ends before the
apostrophe, and the ending tells the place's role as a preposition would
(``ending`` rows of ``data/extract_roles.csv``, :mod:`.roles`).

Which particles, elisions and endings there are is the gazetteer's to say
(:data:`gazetteer.spans.ARABIC_PARTICLES`, :data:`gazetteer.spans.ELISIONS`:
its phrases take them off too); "لل" is one of them, the preposition ل with
the lam of the article whose alif it drops.

Examples
--------
>>> particle_length("بالعراق", lambda rest: rest == "العراق")
1
>>> particle_length("بغداد", lambda rest: False)
0
>>> particle_length("l'Irak", lambda rest: rest == "Irak")
2
>>> {"للمقاومة", "والمقاومة", "المقاومة"} <= set(joined_forms("المقاومة"))
True
"""
from __future__ import annotations

import functools
import re
from collections.abc import Callable, Sequence

from gazetteer.normalize import endings
from gazetteer.spans import ARABIC_PARTICLES, ELISIONS

__all__ = ["APOSTROPHES", "is_arabic", "is_hebrew", "is_sorani", "particle_length", "hebrew_prefixes_of", "joined_forms",
           "case_ending", "ARABIC_ARTICLE"]

_ARABIC = re.compile(r"[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]")
#: The Arabic article, written joined to its word.
ARABIC_ARTICLE = "ال"
#: The conjunction "and", which Arabic joins to the next word ("وبغداد" 'and Baghdad').
ARABIC_AND = "و"
#: letters a particle may leave before a name: a name is never shorter than this
_MIN_REST = 3
#: Kurmanji's ezafe linkers between a noun and its owner ("balafirên şer ên Tirkiyê", "Hikûmeta Federal a Iraqê").
KURMANJI_LINKERS = frozenset({"a", "ya", "ê", "yê", "ên", "yên"})
#: the two-letter words Arabic names begin with, which a particle may leave too ("وتل أبيب" and Tel Aviv, "بأم قصر"
#: at Umm Qasr, "وذي قار" and Dhi Qar, "بشط العرب" on the Shatt al-Arab, "وسد الموصل" and the Mosul dam), as the
#: gazetteer's phrases cut "تل" and "أم"
#: (:data:`gazetteer.wordspans.ARABIC_PARTICLES`)
_SHORT_STEMS = frozenset({"تل", "أم", "ام", "ذي", "شط", "سد",
                          # and Hebrew's: "בנס ציונה" in Nes Ziona, "בבת ים" in Bat Yam, "בגן יבנה", "בתל אביב"
                          "נס", "בת", "גן", "תל", "הר", "יד"})


_HEBREW = re.compile(r"[\u05d0-\u05ea]")


def is_hebrew(text: str) -> bool:
    """Whether *text* is written in Hebrew letters."""
    return bool(_HEBREW.search(text))


@functools.cache
def _hebrew_prefixes() -> tuple[str, ...]:
    """The Hebrew prefixes joined to a name (``prefix`` rows of extract_roles.csv: "ב", "מ", "ו", "וב"), longest
    first."""
    from geoincidents.extract.lexicon import prefix_roles
    return tuple(sorted(prefix_roles(), key=lambda p: (-len(p), p)))


def is_cyrillic(text: str) -> bool:
    """Whether *text* is written in Cyrillic letters (Russian, Ukrainian)."""
    return bool(_CYRILLIC.search(text))


_CYRILLIC = re.compile(r"[\u0400-\u04ff]")


def is_arabic(text: str) -> bool:
    """Whether *text* is written in Arabic script (Arabic, Persian, Kurdish)."""
    return bool(_ARABIC.search(text))


#: The Arabic marks of the indefinite ending (tanween: ً ٌ ٍ), as in "عدواناً جوياً" 'an aerial aggression'.
_TANWEEN = re.compile("[\u064b\u064c\u064d]")


def has_tanween(text: str) -> bool:
    """Whether an Arabic word is written with the indefinite ending (tanween), the mark of a common noun or adjective:
    "جوياً" 'aerial' is no Jouaiya; a place's name is never written so."""
    return bool(_TANWEEN.search(text)) and is_arabic(text)


#: The letters Persian writes and Arabic does not (پ چ ژ گ, and the Persian kaf and yeh: ک ی).
_PERSIAN = re.compile("[\u067e\u0686\u0698\u06af\u06a9\u06cc]")


def has_persian_letters(text: str) -> bool:
    """Whether *text* holds a letter Persian (and Kurdish) write and Arabic does not (پ چ ژ گ ک ی)."""
    return bool(_PERSIAN.search(text))


def persian_words(words: Sequence[str]) -> bool:
    """Whether a run of words is Persian: two or more of them hold a letter Arabic does not write, and none a letter
    only Sorani writes."""
    return sum(bool(_PERSIAN.search(w)) for w in words) >= 2 and not any(is_sorani(w) for w in words)


#: The letters Sorani writes and Arabic and Persian do not (ە ێ ۆ ڕ ڵ ڤ).
_SORANI = re.compile("[\u06d5\u06ce\u06c6\u0695\u06b5\u06a4]")


def is_sorani(text: str) -> bool:
    """Whether *text* holds a letter only Sorani writes (ە ێ ۆ ڕ ڵ ڤ): a word or sentence with one is Sorani."""
    return bool(_SORANI.search(text))


@functools.cache
def _particles() -> tuple[str, ...]:
    """The joined Arabic particles, shortest first ("و" before "وب"): "وبابل" is "and Babylon" (و), not "and in
    Ibl" (وب)."""
    return tuple(sorted(ARABIC_PARTICLES, key=lambda p: (len(p), p)))


@functools.cache
def _elisions() -> tuple[str, ...]:
    """The elided words with their apostrophe, lower case, longest first ("dell'" before "l'"), both apostrophes."""
    forms = {e + quote for e in ELISIONS for quote in ("'", "’")}
    return tuple(sorted(forms, key=lambda e: (-len(e), e)))


def elided(word: str) -> bool:
    """Whether *word* opens with a French or Italian elision ("d'Aden", "l'aéroport", "dell'Iran")."""
    if "'" not in word and "’" not in word:
        return False
    lowered = word.lower()
    return any(lowered.startswith(e) and len(word) > len(e) for e in _elisions())


def elision_length(word: str) -> int:
    """The length of the French or Italian elision *word* opens with ("d'Alep": 2, "dell'Iran": 5), else 0."""
    lowered = word.lower()
    return next((len(e) for e in _elisions() if lowered.startswith(e) and len(word) > len(e)), 0)


def particle_length(word: str, known: Callable[[str], bool]) -> int:
    """How many letters of joined particles to cut from *word* so that what is left is a name *known* accepts.

    0 when no cut leaves a known name ("للعراق" loses "لل" and leaves "عراق",
    Iraq without its article; "l'Irak" loses "l'"; Hebrew "ובחיפה" 'and in Haifa' loses "וב").
    """
    if is_arabic(word):
        particles = _particles()
    elif is_hebrew(word):
        particles = _hebrew_prefixes()
    elif "'" in word or "’" in word:
        particles = _elisions()
    else:
        return 0  # (every elision ends in its apostrophe)
    lowered = word.lower()
    for particle in particles:
        rest = word[len(particle):]
        if lowered.startswith(particle) and (len(rest) >= _MIN_REST or rest in _SHORT_STEMS) and known(rest):
            return len(particle)
    return 0


def hebrew_prefixes_of(word: str) -> tuple[str, ...]:
    """The Hebrew prefixes *word* may begin with, each leaving a word of at least ``_MIN_REST`` letters ("בבושהר":
    "ב"; "ובחיפה": "ו", "וב"), in the order :func:`particle_length` tries them."""
    if not is_hebrew(word):
        return ()
    return tuple(p for p in _hebrew_prefixes() if word.startswith(p) and len(word) - len(p) >= _MIN_REST)


#: The apostrophes Turkish writes between a name and its case ending.
APOSTROPHES = ("'", "’")


def case_ending(word: str, known: Callable[[str], bool]) -> str:
    """The case ending Turkish and Azerbaijani join to a name after an apostrophe ("Erbil'e" 'to Erbil', "Şam'dan"
    'from Damascus'; ``gazetteer/data/turkic_endings.csv``), lower case without its apostrophe, when what stands
    before the apostrophe is a name *known* accepts; else "".

    Examples
    --------
    >>> case_ending("Erbil'e", lambda stem: stem == "Erbil"), case_ending("Erbil’den", lambda stem: stem == "Erbil")
    ('e', 'den')
    >>> case_ending("Ma'an", lambda stem: True), case_ending("Erbil'e", lambda stem: False)
    ('', '')
    """
    cut = max(word.rfind(a) for a in APOSTROPHES)
    if cut < _MIN_REST:
        return ""
    ending = word[cut + 1:].casefold()
    return ending if ending in endings("turkic_endings.csv") and known(word[:cut]) else ""


def joined_forms(word: str) -> tuple[str, ...]:
    """*word* as it is written alone and with each particle joined to it ("العراق", "بالعراق", "للعراق", ...).

    For matching fixed words (organisation names, the nouns that open them)
    whatever particle the text joins to them; a Hebrew word with each prefix
    ("ממשטרת ישראל" 'from the Israel Police'). A word in another script has
    one form.
    """
    if is_hebrew(word):
        return (word,) + tuple(p + word for p in _hebrew_prefixes())
    if not is_arabic(word):
        return (word,)
    forms = [word] + [p + word for p in _particles() if not p.endswith("لل")]
    if word.startswith(ARABIC_ARTICLE):
        forms += [p + word[len(ARABIC_ARTICLE):] for p in _particles() if p.endswith("لل")]
    return tuple(forms)
