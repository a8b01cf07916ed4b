"""Latin readings of names written in scripts the gazetteer keeps no names in.

Cyrillic, Greek, Devanagari, Bengali, Tamil, kana, Hangul and Chinese are
transliterated with :mod:`anyascii`, after the letter sequences it spells one
by one (``data/romanize_letters.csv``: Greek "ντ" is d and "τσ" ch, Hindi "फ"
f); a Devanagari or Tamil consonant before another keeps its vowel a. For
Cyrillic, the readings also try h for the letter of kh and for г, and the name
without its Russian case ending or with the ending of a name in -а restored.
The resolver tries the readings in turn (:mod:`gazetteer.resolver`).
"""
from __future__ import annotations

import functools
import re
import unicodedata

__all__ = ["romanize", "romanizations"]


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
    import csv
    import importlib.resources

    resource = importlib.resources.files("gazetteer").joinpath("data", "romanize_letters.csv")
    with resource.open("r", encoding="utf-8", newline="") as handle:
        rows = [(unicodedata.normalize("NFC", r["sequence"]), r["latin"]) for r in csv.DictReader(handle)]
    return tuple(sorted(rows, key=lambda r: -len(r[0])))


_NAMED_SCRIPTS = frozenset({"LATIN", "ARABIC", "HEBREW", ""})
#: A Devanagari or Tamil consonant written before another (no vowel sign, no virama between) keeps its vowel a.
_DEVANAGARI_BARE_CONSONANT = re.compile("([\u0915-\u0939\u0958-\u095f]\u093c?|[\u0b95-\u0bb9])"
                                        "(?=[\u0915-\u0939\u0958-\u095f\u0b95-\u0bb9])")

#: Cyrillic and Greek write the h of Arabic and Persian names with the letter of kh (Хасака, Исфахан, Χαΐφα)
_KH_AS_H = str.maketrans({"х": "h", "Х": "H", "χ": "h", "Χ": "H"})
#: Russian case endings after a name ("в Дамаске", "у Исфахана", "в Тегеране"), longest first
_RUSSIAN_CASE = re.compile(r"(?<=[бвгджзклмнпрстфхцчшщ])(?:ом|ой|ою|ем|ах|ам|а|е|у|ы|и)\b")
#: The case endings of a Russian name in -а ("в Хайфе", "на Хайфу", "Хайфы"), which its nominative ends in а
_RUSSIAN_FEMININE = re.compile(r"(?<=[бвгджзклмнпрстфхцчшщ])(?:ой|ою|е|у|ы)\b")
#: Russian and Ukrainian write the h of foreign names with г ("Тегеран": Teheran)
_G_AS_H = str.maketrans({"г": "h", "Г": "H"})


def romanizations(text: str) -> tuple[str, ...]:
    """The Latin readings of *text* to try in turn (none when it needs none): :func:`romanize` first, then with
    the Cyrillic or Greek kh read as h ("Исфахан" is Isfahan, not Isfakhan), then, for Cyrillic, without
    Russian case endings ("в Дамаске": Damask), then both, then with the ending of a name in -а restored
    ("в Хайфе": Hayfa), then with г read as h ("Тегеран": Teheran).

    Examples
    --------
    >>> romanizations("у Исфахана")
    ('u Isfakhana', 'u Isfahana', 'u Isfakhan', 'u Isfahan')
    >>> romanizations("Ain al-Asad")
    ()
    """
    first = romanize(text)
    if first == text:
        return ()
    found = [first]
    bare = _RUSSIAN_CASE.sub("", text)
    feminine = _RUSSIAN_FEMININE.sub("а", text).translate(_KH_AS_H)
    for variant in (text.translate(_KH_AS_H), bare, bare.translate(_KH_AS_H), feminine,
                    text.translate(_KH_AS_H).translate(_G_AS_H), bare.translate(_KH_AS_H).translate(_G_AS_H)):
        latin = romanize(variant)
        if latin not in found:
            found.append(latin)
    return tuple(found)


def _script(ch: str) -> str:
    return unicodedata.name(ch, "").split(" ", 1)[0]
