"""Weekday and month names of the languages reports are written in (``data/extract_date_words.csv``, from the
Unicode CLDR by ``tools/extract_date_words.py``): "mardi", "Dienstag", "Salı günü", "سه‌شنبه", "ביום שלישי",
"во вторник"; "3 mars", "3. März", "15 Ocak", "15 كانون الثاني/يناير", "۱۵ ژانویه", "15 בינואר".

A name is read as the table writes it, lower-cased, over one or more tokens ("יום שלישי", "كانون الثاني",
Persian "سه‌شنبه", which the tokenizer splits at its zero-width non-joiner). Hebrew and Arabic join letters to a
word's front ("ביום", "בינואר", "والثلاثاء"): a name is also read behind one of its language's prefixes, and a Sorani
one before its enclitics ("دووشەممەش" 'and on Monday'). A
name that is also a common word (Turkish "pazar" 'market', Russian "среда" 'environment') is read only beside
one of the words its row names; a name is read before a Turkish case ending ("Ocak'ta"). English names stay
with :mod:`.dates` and :mod:`.monthdates`, which read them by their capitals.

>>> from geoincidents.extract.text import tokenize
>>> lowered = [t.lower for t in tokenize("le mardi 3 mars, ביום שלישי, pazar yerinde")]
>>> word_at("weekday", lowered, 1), word_at("month", lowered, 3)
((2, 1), (4, 3))
>>> word_at("weekday", lowered, 5), word_at("weekday", lowered, 8)
((7, 1), None)
"""
from __future__ import annotations

import calendar
import functools
from typing import Sequence

from geoincidents.extract.lexicon import PhraseTable, read_table

__all__ = ["word_at"]

_ZWNJ = "\u200c"
#: Words read as dates (the table's other rows are prefixes).
_MEANINGS = ("weekday", "month")

#: The English weekday names, lower-cased (dates.py reads English days apart from the tables of the other languages).
ENGLISH_WEEKDAYS = frozenset(d.lower() for d in calendar.day_name)


@functools.cache
def _tables() -> dict[str, PhraseTable]:
    """meaning -> PhraseTable of name -> (value, language, before, after)."""
    rows: dict[str, dict[str, tuple]] = {m: {} for m in _MEANINGS}
    for r in read_table("date_words"):
        if r["meaning"] in rows:
            entry = (int(r["value"]), r["language"], frozenset(r["before"].split()), frozenset(r["after"].split()))
            rows[r["meaning"]].setdefault(r["word"], entry)
            # (Arabic written without the hamza on its alef, as pages often are: "تشرين الاول", "الاثنين")
            rows[r["meaning"]].setdefault(r["word"].translate(_BARE_ALEF), entry)
    return {meaning: PhraseTable(names) for meaning, names in rows.items()}


#: The alef with a hamza or madda as Arabic pages also write it: bare.
_BARE_ALEF = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا"})


@functools.cache
def _affixes(meaning: str) -> tuple[tuple[str, frozenset[str]], ...]:
    """(prefix or suffix, languages that join it), longest first (*meaning* "prefix" or "suffix")."""
    by_affix: dict[str, set[str]] = {}
    for r in read_table("date_words"):
        if r["meaning"] == meaning:
            by_affix.setdefault(r["word"], set()).add(r["language"])
    return tuple(sorted(((p, frozenset(langs)) for p, langs in by_affix.items()), key=lambda e: -len(e[0])))


@functools.cache
def _prefix_letters() -> frozenset[str]:
    return frozenset(p[0] for p, _ in _affixes("prefix"))


@functools.cache
def _suffix_letters() -> frozenset[str]:
    return frozenset(p[-1] for p, _ in _affixes("suffix"))


@functools.lru_cache(maxsize=1 << 16)
def _may_open(meaning: str, token: str) -> bool:
    """Whether a *meaning* name may start at *token*: as written, past a prefix joined to it, before a suffix joined
    to it, or before a Turkish apostrophe (the ways :func:`word_at` reads it); most words of a report are none, and
    are passed over at once (cached: reports repeat their words)."""
    table = _tables()[meaning]
    if table.opens(token):
        return True
    if any(token.startswith(p) and len(token) > len(p) + 1 and table.opens(token[len(p):])
           for p, _ in _affixes("prefix")):
        return True
    if any(token.endswith(x) and len(token) > len(x) + 1 and table.opens(token[:-len(x)]) for x, _ in _affixes("suffix")):
        return True
    return ("'" in token or "’" in token) and table.opens(token.replace("’", "'").split("'", 1)[0])


def word_at(meaning: str, lowered: Sequence[str], i: int) -> tuple[int, int] | None:
    """(end index, value) of the *meaning* ("weekday": Monday = 0; "month": January = 1) name at token *i* of
    the lower-cased tokens, or None."""
    if not 0 <= i < len(lowered) or not _may_open(meaning, lowered[i]):
        return None
    table = _tables()[meaning]
    hit = table.match_at(lowered, i)
    if hit is None and lowered[i][:1] in _prefix_letters():
        token = lowered[i]
        for prefix, languages in _affixes("prefix"):
            if token.startswith(prefix) and len(token) > len(prefix) + 1:
                probe = table.match_at([token[len(prefix):], *lowered[i + 1:i + 4]], 0)
                if probe is not None and probe[1][1] in languages:
                    hit = i + probe[0], probe[1]
                    break
    if hit is None and lowered[i][-1:] in _suffix_letters():
        token = lowered[i]
        for suffix, languages in _affixes("suffix"):
            if token.endswith(suffix) and len(token) > len(suffix) + 1:
                probe = table.match_at([token[:-len(suffix)]], 0)
                if probe is not None and probe[1][1] in languages:
                    hit = i + 1, probe[1]
                    break
    if hit is None and ("'" in lowered[i] or "’" in lowered[i]):
        # Turkish joins a case ending to a name with an apostrophe: "15 Ocak'ta", "Salı'yı".
        stem = lowered[i].replace("’", "'").split("'", 1)[0]
        probe = table.match_at([stem], 0)
        hit = (i + 1, probe[1]) if probe is not None else None
    if hit is None:
        return None
    end, (value, _, before, after) = hit
    if end < len(lowered) and lowered[end] == _ZWNJ:
        return None  # the word goes on past a zero-width non-joiner: Persian "شنبه‌ها", 'Saturdays'
    if (before or after) and not ((i > 0 and lowered[i - 1] in before)
                                  or (end < len(lowered) and lowered[end] in after)):
        return None
    return end, value

