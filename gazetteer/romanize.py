"""Latin readings of names written in scripts the gazetteer keeps no names in.

Cyrillic, Greek, Devanagari, Bengali, Tamil, kana, Hangul and Chinese are
transliterated with :mod:`anyascii`, after the letter sequences it spells one
by one (``data/romanize_letters.csv``: Greek "ντ" is d and "τσ" ch, Hindi "फ"
f); a Devanagari or Tamil consonant before another keeps its vowel a. For
Cyrillic, the readings try h for the letter of kh first (then kh), h for г, and the name
without its Russian case ending or with the ending of a name in -а restored.
The resolver tries the readings in turn (:mod:`gazetteer.resolver`), keeping a match only when
:func:`romanized_alike` lets it stand.
"""
from __future__ import annotations

import functools
import re
import unicodedata

from gazetteer.normalize import normalize_parts
from gazetteer.places import Match

__all__ = ["romanize", "romanizations", "romanized_alike"]


def romanize(text: str) -> str:
    """*text* in Latin letters when it holds letters of a script the gazetteer has no names in.

    Cyrillic, Greek, kana, Hangul and the like are transliterated with :mod:`anyascii`
    ("База ВВС в Неватим" → "Baza VVS v Nevatim"), each ideograph as a word of its own;
    Latin, Arabic and Hebrew script are returned unchanged (the gazetteer holds names in them).

    Examples
    --------
    >>> romanize("Авиабаза Айн аль-Асад")
    "Aviabaza Ayn al'-Asad"
    >>> romanize("Ain al-Asad")
    'Ain al-Asad'
    """
    if all(not ch.isalpha() or _script(ch) in _NAMED_SCRIPTS for ch in text):
        return text
    from anyascii import anyascii

    # A Devanagari or Tamil consonant before another keeps its vowel a, which anyascii drops ("बगदाद": bagadad,
    # not bgdad; "நகரில்": nakaril).
    text = _DEVANAGARI_BARE_CONSONANT.sub(r"\1a", text)
    for sequence, latin in _romanize_letters():  # what anyascii spells letter by letter ("ντ" is d, "फ" is f)
        text = text.replace(sequence, latin)
    return "".join(f" {anyascii(ch)} " if _script(ch) == "CJK" else anyascii(ch) for ch in text)


@functools.cache
def _romanize_letters() -> tuple[tuple[str, str], ...]:
    """Letter sequences of ``data/romanize_letters.csv`` and their Latin spelling, longest first."""
    from gazetteer.datatables import read_table

    rows = [(unicodedata.normalize("NFC", r["sequence"]), r["latin"]) for r in read_table("romanize_letters.csv")]
    return tuple(sorted(rows, key=lambda r: -len(r[0])))


_NAMED_SCRIPTS = frozenset({"LATIN", "ARABIC", "HEBREW", ""})
#: A Devanagari or Tamil consonant written before another (no vowel sign, no virama between) keeps its vowel a.
_DEVANAGARI_BARE_CONSONANT = re.compile("([\u0915-\u0939\u0958-\u095f]\u093c?|[\u0b95-\u0bb9])"
                                        "(?=[\u0915-\u0939\u0958-\u095f\u0b95-\u0bb9])")

#: Cyrillic and Greek write the h of Arabic and Persian names with the letter of kh (Хасака, Исфахан, Χαΐφα)
_KH_AS_H = str.maketrans({"х": "h", "Х": "H", "χ": "h", "Χ": "H"})
#: Russian and Ukrainian case endings after a name ("в Дамаске", "у Исфахана", "в Тегеране", Ukrainian
#: "в Тегерані"), longest first
_RUSSIAN_CASE = re.compile(r"(?<=[бвгґджзклмнпрстфхцчшщ])(?:ом|ой|ою|ем|ах|ам|а|е|у|ы|и|і)\b")
#: The case endings of a Russian or Ukrainian name in -а ("в Хайфе", "на Хайфу", "Хайфы"; Ukrainian locative
#: "в Хайфі"), which its nominative ends in а
_RUSSIAN_FEMININE = re.compile(r"(?<=[бвгґджзклмнпрстфхцчшщ])(?:ой|ою|е|у|ы|и|і)\b")
#: The case endings of a Russian name in a soft consonant ("Израиля", "по Израилю", "Израилем"), whose nominative ends
#: in ь
_RUSSIAN_SOFT = re.compile(r"(?<=[бвдзлмнпрстфц])(?:я|ю|ем|ём)\b")
#: The case endings of a Russian name in -ия ("в Сирии", "Иорданию", "Турцией"), whose nominative ends in ия
_RUSSIAN_IYA = re.compile(r"(?<=[а-яё])(?:ии|ию|ией)\b")
#: Russian and Ukrainian write the h of foreign names with г ("Тегеран": Teheran)
_G_AS_H = str.maketrans({"г": "h", "Г": "H"})
#: Russian writes the i of Arabic names after a hard consonant with ы ("Эль-Камышлы": Qamishli), and marks a soft
#: consonant with ь, which anyascii writes as an apostrophe ("Эль-": the article el-)
_Y_AS_I = str.maketrans({"ы": "и", "ь": "", "Ь": ""})
#: Cyrillic short i (й) read as i: "Эйлатом" is Eilat, "Бейрут" Beirut, as English writes them (not Eylat, Beyrut).
_SHORT_I_AS_I = str.maketrans({"й": "и", "Й": "И"})
#: Hindi and Bengali write the z of Persian and Arabic names with ja, the nukta that makes it z often left
#: out ("नतांज": Natanz, "খুজেস্তান": Khuzestan, "আহভাজ": Ahvaz)
_J_AS_Z = str.maketrans({"ज": "z", "জ": "z"})
#: Greek has no sh and writes it with sigma ("Μπερ Σεβά": Beer Sheva, "Σιράζ": Shiraz)
_S_AS_SH = str.maketrans({"σ": "sh", "ς": "sh", "Σ": "Sh"})


def romanizations(text: str) -> tuple[str, ...]:
    """The Latin readings of *text* to try in turn (none when it needs none): :func:`romanize` with the Cyrillic or
    Greek letter of kh read as h first (Russian writes the h of Arabic and Persian names with it: "Исфахан" is
    Isfahan, "Харир" Harir, which read with kh sounded like a Gaza town), then as kh, then, for Cyrillic, without
    Russian case endings ("в Дамаске": Damask), then both, then with the ending of a name in -а restored
    ("в Хайфе": Hayfa), then with г read as h ("Тегеран": Teheran), then with the Hindi or Bengali ja read
    as z ("नतांज": Natanz), then with the ending of a name in -ия restored ("в Сирии": Siriya), then with ы
    read as i and ь left out ("Эль-Камышлы": El-Kamishli), then with the Greek sigma read as sh ("Μπερ Σεβά":
    Ber Sheva), then without the case ending and with й read as i ("над Эйлатом": Eilat), then with the ending of a
    name in a soft consonant restored ("по Израилю": Izrail'), then with the ending in -ия restored and г read as h
    ("в Нагарии": Nahariya).

    Examples
    --------
    >>> romanizations("у Исфахана")
    ('u Isfahana', 'u Isfakhana', 'u Isfakhan', 'u Isfahan')
    >>> romanizations("Ain al-Asad")
    ()
    """
    first = romanize(text)
    if first == text:
        return ()
    found = [romanize(text.translate(_KH_AS_H)), first]
    bare = _RUSSIAN_CASE.sub("", text)
    feminine = _RUSSIAN_FEMININE.sub("а", text).translate(_KH_AS_H)
    for variant in (text.translate(_KH_AS_H), bare, bare.translate(_KH_AS_H), feminine,
                    text.translate(_KH_AS_H).translate(_G_AS_H), bare.translate(_KH_AS_H).translate(_G_AS_H),
                    text.translate(_J_AS_Z), _RUSSIAN_IYA.sub("ия", bare).translate(_KH_AS_H),
                    text.translate(_KH_AS_H).translate(_Y_AS_I), text.translate(_KH_AS_H).translate(_S_AS_SH),
                    bare.translate(_KH_AS_H).translate(_SHORT_I_AS_I),
                    _RUSSIAN_SOFT.sub("ь", text).translate(_KH_AS_H),
                    _RUSSIAN_IYA.sub("ия", text).translate(_KH_AS_H).translate(_G_AS_H)):
        latin = romanize(variant)
        if latin not in found:
            found.append(latin)
    return tuple(found)


def _script(ch: str) -> str:
    return unicodedata.name(ch, "").split(" ", 1)[0]


#: A romanised word heard only by sound or resemblance must be this like the place's Latin name
#: (rapidfuzz ratio, spaces ignored), and this long: "मिसाइल" 'missile' (misail) is not Mosul, "армия"
#: 'army' (armiya) not Urmia, "হামলা" 'attack' (hamla) not Hama; "Τεχεράνη" (techerani) is Tehran.
_ROMANIZED_LIKENESS, _ROMANIZED_MIN_LETTERS = 85.0, 6
#: ... and the whole words it is aligned with this like the name (case endings: "Teherane", "Isfahana").
_ROMANIZED_WORDS_LIKENESS = 80.0


def romanized_alike(latin: str, match: Match) -> bool:
    """Whether a match found for the Latin letters of another script may stand (false hits are worse than misses).

    Names matched as written (exact, alias, or the container of a phrase) stand; a match by sound, by
    resemblance or inside a longer phrase must look like one of the place's Latin names.
    """
    if match.method in ("exact", "alias") or (match.method == "container" and not match.container):
        return True
    from rapidfuzz import fuzz

    place = match.place
    names = [n for n in (place.name, *place.aliases) if n.isascii()]
    key = normalize_parts(latin)[0]
    if match.method in ("span", "container"):
        # A container standing for the words before it must be written too: "Kharir" (Харир, the letter of kh
        # for the h of Harir) sounded like the Gaza town al-Qararah, which then stood for the base asked for.
        return any(_written_within(normalize_parts(n)[0], key) for n in names)
    joined = key.replace(" ", "")
    return len(joined) >= _ROMANIZED_MIN_LETTERS and any(
        fuzz.ratio(joined, normalize_parts(n)[0].replace(" ", "")) >= _ROMANIZED_LIKENESS for n in names)


def _written_within(name: str, key: str) -> bool:
    """Whether *name* is written in *key* as whole words, give or take an ending: the words around the best
    alignment of the name must be as like it as :data:`_ROMANIZED_WORDS_LIKENESS` ("v Teherane" holds Tehran;
    "reki Iordan", the river Jordan, does not hold Ardan, though 'rdan' aligns)."""
    from rapidfuzz import fuzz

    found = fuzz.partial_ratio_alignment(name, key)
    if found is None or found.score < _ROMANIZED_LIKENESS:
        return False
    start = key.rfind(" ", 0, found.dest_start) + 1
    stop = key.find(" ", found.dest_end)
    return fuzz.ratio(name, key[start:stop if stop >= 0 else len(key)]) >= _ROMANIZED_WORDS_LIKENESS
