"""Whether a text can be looked up as a place name: :func:`check_name`, the gate before every lookup.

A name is refused, with a message that echoes it and says what to write instead,
when it is no ``str``, empty, longer than :data:`MAX_NAME_LENGTH`, holds a control
character, holds no letter or digit once normalised (:func:`gazetteer.normalize.normalize`),
or mixes scripts inside one word. (Inside a batch the reason is carried on the
row instead: :mod:`gazetteer.batch`.)

Examples
--------
>>> check_name("Ain al-Asad")
'Ain al-Asad'
>>> check_name("  ")
Traceback (most recent call last):
...
gazetteer.errors.InvalidName: place name is empty ('  '); pass a name such as 'Zummar' or 'Ain al-Asad'
"""
from __future__ import annotations

import functools
import re
import unicodedata
from typing import Any

from gazetteer.errors import InvalidName
from gazetteer.normalize import normalize

__all__ = ["check_name", "MAX_NAME_LENGTH"]

#: Longest name accepted by :func:`check_name`; longer text is a sentence, not a place name.
MAX_NAME_LENGTH = 200


_BRACKETED = re.compile(r"[\s()\[\]{}«»“”\"（）「」]+")
_SCRIPT_FAMILY = {"CJK": "CJK", "HIRAGANA": "CJK", "KATAKANA": "CJK", "HANGUL": "CJK"}


def _script(ch: str) -> str | None:
    """The script of a letter, from its Unicode name ("LATIN", "ARABIC", ...); None for non-letters."""
    if not ch.isalpha():
        return None
    # Modifier letters (ʿ ʾ ʼ) and tatweel are marks to us, not letters of a script.
    if unicodedata.category(ch) == "Lm":
        return None
    name = unicodedata.name(ch, "")
    script = name.split(" ", 1)[0]
    # Japanese writes one word in kanji and kana together (ネバティム空軍基地); so does Korean with hanja.
    script = _SCRIPT_FAMILY.get(script, script)
    # Persian/Urdu letters are named "ARABIC LETTER ..." too; so are the presentation forms.
    return script or None


@functools.lru_cache(maxsize=1 << 16)
def _name_problem(value: str) -> tuple[str, str] | None:
    """(reason, message) of the first problem of *value*, None if it is usable (pure, so cached)."""
    if not value.strip():
        return "empty", f"place name is empty ({value!r}); pass a name such as 'Zummar' or 'Ain al-Asad'"
    for position, ch in enumerate(value):
        if unicodedata.category(ch) == "Cc":
            return "control", (
                f"place name {value!r} contains the control character U+{ord(ch):04X} at position "
                f"{position}; remove it"
            )
    if not normalize(value):
        return "no letters", f"place name {value!r} holds no letter or digit; pass a name such as 'Zummar'"
    for word in _BRACKETED.split(value):  # "ハサカ(Hasakeh)": a bracket or quote parts words too
        scripts = sorted({s for s in map(_script, word) if s})
        if len(scripts) > 1:
            return "mixed scripts", (
                f"place name {value!r} mixes scripts in one word: {word!r} has "
                f"{' and '.join(s.title() for s in scripts)} letters; write each word in one script "
                "(a Latin name and an Arabic name may stand side by side as separate words)"
            )
    return None


def check_name(value: Any, *, max_length: int = MAX_NAME_LENGTH) -> str:
    """Check that *value* can be looked up as a place name and return it.

    Parameters
    ----------
    value : object
        The candidate name.
    max_length : int, default 200
        Longest accepted name, in characters. Checked first, so a huge input
        fails at once instead of reaching fuzzy matching.

    Returns
    -------
    str
        *value* unchanged.

    Raises
    ------
    InvalidName
        If *value* is not a ``str``; is empty or blank; is longer than
        *max_length*; holds a control character (the message names its code
        point and position); holds no letter or digit; or mixes scripts
        inside one word (Latin and Arabic letters in one token). ``.reason``
        is one of ``"type"``, ``"empty"``, ``"too long"``, ``"control"``,
        ``"no letters"``, ``"mixed scripts"``.

    Examples
    --------
    >>> check_name("Zummar")
    'Zummar'
    >>> check_name("Zum" + chr(0) + "mar")
    Traceback (most recent call last):
    ...
    gazetteer.errors.InvalidName: place name 'Zum\\x00mar' contains the control character U+0000 at position 3; remove it
    """
    if not isinstance(value, str):
        raise InvalidName(
            f"place name must be a str, got {type(value).__name__} {value!r}; pass the name as text",
            value=value, reason="type",
        )
    if len(value) > max_length:
        # Checked first so a huge input fails at once and never reaches the caches or fuzzy matching.
        raise InvalidName(
            f"place name {value[:40]!r}... is {len(value)} characters long; the limit is "
            f"{max_length} characters; pass the place name alone, not a sentence",
            value=value, reason="too long",
        )
    problem = _name_problem(value)
    if problem is not None:
        raise InvalidName(problem[1], value=value, reason=problem[0])
    return value
