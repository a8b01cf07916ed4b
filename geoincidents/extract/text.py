"""Report text as sentences and tokens with character offsets.

Every later step works on :class:`Token` and :class:`Sentence` objects so that
each finding keeps the exact offsets of the text it rests on.

Examples
--------
>>> [t.text for t in tokenize("Fired from al-Qa'im, U.S. officials said.")][:6]
['Fired', 'from', 'al', '-', "Qa'im", ',']
>>> [s.text for s in sentences("U.S. forces were hit. Rockets fell.\\nNo one was hurt.")]
['U.S. forces were hit.', 'Rockets fell.', 'No one was hurt.']
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from geoincidents.extract import datewords
from geoincidents.extract.lexicon import WORD, lowercase, words

__all__ = ["Token", "Sentence", "tokenize", "sentences"]

_TOKEN = WORD
# (French and German quotes too: "... champ pétrolifère. « A 06H00, deux drones ... »" is two sentences)
_BOUNDARY = re.compile(r"[.!?][\"”’)\]»]*\s+(?=(?:[\"“‘(\[„]|«\s?)?[^\W_a-z])|\n\s*"
                       # (a page that lost its spaces: "bölgelerini vurdu.Kamışlı kentinden": a word of three small
                       # letters or more, the stop, a capital and a letter; not "Rudaw.net", "U.S.Army")
                       r"|(?<=[^\W\d_A-Z]{3}[.!?])(?=[^\W\d_a-z][^\W\d_])", re.UNICODE)


@dataclass(frozen=True)
class Token:
    """One word or punctuation mark: its text, lower-cased text and offsets in the report."""

    text: str
    start: int
    end: int

    @property
    def lower(self) -> str:
        return lowercase(self.text)


@dataclass(frozen=True, eq=False)
class Sentence:
    """A sentence of the report and its tokens (offsets are into the whole report)."""

    index: int
    start: int
    end: int
    text: str
    tokens: tuple[Token, ...]
    line: int = 0  # the line of the report it begins on (0 the first): the sentences of one paragraph share it

    @functools.cached_property
    def lowered(self) -> list[str]:
        """The tokens' lower-cased texts (what the phrase tables match)."""
        return [lowercase(t.text) for t in self.tokens]


def tokenize(text: str, offset: int = 0) -> list[Token]:
    """Words and punctuation marks of *text*, offsets shifted by *offset*; a day or year written against an Arabic
    month's name is a word of its own ("الأحد 17نوفمبر2024" is Sunday 17 November 2024)."""
    tokens = []
    for m in _TOKEN.finditer(text):
        word, start = m.group(), m.start()
        cuts = [c.start() for c in _DIGITS_AND_ARABIC.finditer(word)] if _A_DIGIT.search(word) else []
        if not cuts:
            tokens.append(Token(word, start + offset, m.end() + offset))
            continue
        parts = list(zip([0, *cuts], [*cuts, len(word)]))
        if not any(datewords.word_at("month", [lowercase(word[a:b])], 0) for a, b in parts):
            parts = [(0, len(word))]  # (only a month's name is cut from its day and year)
        for a, b in parts:
            tokens.append(Token(word[a:b], start + a + offset, start + b + offset))
    return tokens


#: The point between a number and an Arabic-script word of three letters or more, either way round (a suffix of one
#: letter stays on its number: Sorani "15ی" 'the 15th', "2024م"; Arabic-Indic and Persian digits are digits); cut
#: only where the word is a month's name.
_ARABIC_LETTERS = "[\u0620-\u065f\u066e-\u06ef\u06fa-\u06ff]"
_DIGITS_AND_ARABIC = re.compile(rf"(?<=\d)(?={_ARABIC_LETTERS}{{3}})|(?<={_ARABIC_LETTERS}{{3}})(?=\d)")
_A_DIGIT = re.compile(r"\d")


def _ends_with_abbreviation(text: str, end: int) -> bool:
    start = max(text.rfind(c, 0, end) for c in " \n\t") + 1  # a paragraph may begin with "Lt. Gen."
    word = text[start:end + 1].strip("\"“”‘’()[]")
    if word in words("clock_abbreviation"):
        # "at 9:52 a.m. Iraq time" goes on; "at around 3 p.m. A day earlier, ..." is a new sentence
        following = re.match(r"\s*[\"“‘(\[]?(\w+)", text[end + 1:])
        return not (following and following.group(1).lower() in words("sentence_opener"))
    # a heading in capitals writes its abbreviation so: "OCT. 19 — U.S. forces in Syria ..." goes on
    return word in words("abbreviation") or (word.isupper() and word.capitalize() in words("abbreviation"))


_ORDINAL_DAY = re.compile(r"(?:^|\s)\d{1,2}$")
_NEXT_WORD = re.compile(r"[^\W_]+")


def _ordinal_day(text: str, end: int, following: int) -> bool:
    """Whether the full stop at *end* makes a day's number an ordinal before a month's name: German "am 3. März"
    goes on."""
    if not _ORDINAL_DAY.search(text, max(0, end - 3), end):
        return False
    word = _NEXT_WORD.match(text, following)
    return word is not None and datewords.word_at("month", [word.group().lower()], 0) is not None


def sentences(text: str) -> list[Sentence]:
    """Split a report into sentences: at . ! ? before a capital, and at line breaks."""
    cuts = [0]
    for m in _BOUNDARY.finditer(text):
        if text[m.start()] == "." and (_ends_with_abbreviation(text, m.start())
                                       or _ordinal_day(text, m.start(), m.end())):
            continue
        cuts.append(m.end())
    cuts.append(len(text))
    result: list[Sentence] = []
    line, counted = 0, 0
    for start, end in zip(cuts, cuts[1:]):
        chunk = text[start:end]
        stripped = chunk.strip()
        if not stripped:
            continue
        lead = len(chunk) - len(chunk.lstrip())
        s = start + lead
        e = s + len(stripped)
        line, counted = line + text.count("\n", counted, s), s
        result.append(Sentence(len(result), s, e, stripped, tuple(tokenize(stripped, s)), line))
    return result
