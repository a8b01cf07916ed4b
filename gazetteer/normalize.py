"""The matching key: one spelling for every way a report writes a place name.

:func:`normalize` folds what does not distinguish one place from another in
reporting from Iraq and Syria: case, diacritics, apostrophes and ayn/hamza
marks, hyphens and punctuation, the Arabic article, descriptor words ("air
base", "governorate", "town of") and Arabic-script letter forms. It does not
guess transliterations (Hasaka vs. Hassakeh): those are aliases or fuzzy
matches, decided by :mod:`gazetteer.core`.

The rules live in four CSV tables shipped with the package
(``data/normalize_letters.csv``, ``data/normalize_articles.csv``,
``data/normalize_words.csv``, ``data/normalize_descriptors.csv``) so they can
be read and extended without touching code.

The function is pure, never raises for a ``str`` and is idempotent:
``normalize(normalize(s)) == normalize(s)``.

Examples
--------
>>> normalize("al-Qa'im") == normalize("Qaim") == normalize("Qa`im") == normalize("Al Qāʼim")
True
>>> normalize("Ain al-Asad Air Base") == normalize("Ayn al Asad airbase") == "ain asad"
True
>>> normalize("الأنبار") == normalize("انبار") == normalize("محافظة الأنبار")
True
"""
from __future__ import annotations

import functools
import logging
import re
import unicodedata
from collections.abc import Iterable
from typing import Any

from gazetteer.datatables import read_table

__all__ = ["normalize", "persian_endings", "name_openers", "opens_a_name", "normalize_parts", "name_words", "normalize_parts_many", "descriptor_kinds", "descriptor_words",
           "generic_words", "article_words", "inflection_stems", "stems_after", "endings"]

logger = logging.getLogger(__name__)

_ARABIC_ARTICLE = "\u0627\u0644"  # "ال", written joined to the word it defines
_MAX_FOLD_ROUNDS = 4


@functools.cache
def _letter_table() -> dict[int, str | None]:
    """``str.translate`` table from ``normalize_letters.csv`` (empty replacement = drop)."""
    table: dict[int, str | None] = {}
    for row in read_table("normalize_letters.csv"):
        code = int(row["codepoint"].removeprefix("U+"), 16)
        table[code] = row["replacement"] or None
    return table


#: Kurdish (Sorani) writes a word that begins with a vowel with a hamza seat first: "ئەنبار" is Anbar (انبار),
#: "ئەلعومەر" al-Omar (العومر), "ئیلام" Ilam (ایلام), "ئورمیە" Urmia (اورمیه). At the start of a word the seat is
#: the alef of Arabic and Persian spelling: it becomes that alef before ە, ی, ێ, و, ۆ (ە, the vowel itself, goes
#: with it), and is dropped before an alef it already stands on (ئاکرێ, Akre: اکرێ).
_SORANI_INITIAL = re.compile(r"(?<![^\W\d_])ئ(?:ە|(?=[یيێوۆ]))")
_SORANI_INITIAL_ALEF = re.compile(r"(?<![^\W\d_])ئ(?=[اآ])")


def _sorani_initial(text: str) -> str:
    """The hamza seat opening a Sorani word, as Arabic and Persian spelling write it (see ``_SORANI_INITIAL``)."""
    return _SORANI_INITIAL_ALEF.sub("", _SORANI_INITIAL.sub("ا", text)) if "ئ" in text else text
#: Hebrew abbreviations carry a gershayim (or a plain double quote) before their last letter: נתב"ג, נתב״ג
#: (Ben Gurion airport) are one word.
_GERSHAYIM = re.compile("(?<=[\u05d0-\u05ea])[\"\u201d\u05f4](?=[\u05d0-\u05ea])")


def _fold_chars(text: str) -> str:
    """Fold characters until stable: letter table, NFKD, combining marks, case.

    A single pass is not always enough (casefolding a few letters yields a
    combining mark; NFKD can reveal a letter the table maps), so repeat the
    pass until nothing changes; two rounds settle every real input.
    """
    table = _letter_table()
    text = _GERSHAYIM.sub("", _sorani_initial(text))
    for _ in range(_MAX_FOLD_ROUNDS):
        folded = unicodedata.normalize("NFKD", text.translate(table))
        folded = "".join(ch for ch in folded if not unicodedata.combining(ch))
        folded = folded.casefold().translate(table)
        if folded == text:
            break
        text = folded
    return text


def _tokens(text: str) -> list[str]:
    """Split on everything that is not a letter or digit (hyphens, dots, commas, spaces...)."""
    return "".join(ch if ch.isalnum() else " " for ch in text).split()


class _CharFold(dict):
    """``str.translate`` table: each character → its folded form, non-letters/digits as spaces.

    Every step of :func:`_fold_chars` acts on each character alone (the letter
    table, NFKD, dropping combining marks, casefold), so folding a text is
    folding its characters one by one; the table learns each character once,
    which makes ``_tokens(_fold_chars(text)) == text.translate(table).split()``
    a single C-level pass.
    """

    def __missing__(self, code: int) -> str:
        folded = "".join(ch if ch.isalnum() else " " for ch in _fold_chars(chr(code)))
        self[code] = folded
        return folded


@functools.cache
def _char_fold() -> _CharFold:
    return _CharFold()


#: Persian writes an Arabic name's article after a half-space ("عین‌الاسد"): there the half-space parts two words
#: (elsewhere it joins the word back: "تل‌آویو" is one word).
_HALF_SPACE_ARTICLE = re.compile("\u200c(?=ال)")


def _folded_tokens(text: str) -> list[str]:
    """``_tokens(_fold_chars(text))``, one character table lookup per character; a Persian place-name ending written
    as a word of its own joined back to its word (:data:`_PERSIAN_ENDINGS`)."""
    text = _HALF_SPACE_ARTICLE.sub(" ", text) if "\u200c" in text else text
    tokens = _GERSHAYIM.sub("", _sorani_initial(text)).translate(_char_fold()).split()
    if len(tokens) > 1 and not _PERSIAN_ENDINGS.isdisjoint(tokens[1:]):
        for k in range(len(tokens) - 1, 0, -1):
            if tokens[k] in _PERSIAN_ENDINGS and _arabic_script(tokens[k - 1][-1:]) and len(tokens[k - 1]) > 2:
                tokens[k - 1:k + 1] = [tokens[k - 1] + tokens[k]]
    return tokens


#: Persian place-name endings ('-abad' "settlement", '-shahr' "town"), as folded: written after a half-space, a
#: space or none ("نجف‌آباد", "نجف آباد", "نجفآباد"; "خمینی‌شهر", "خمینی شهر"), one word in keys. (Before a name
#: "شهر" is a word of its own, "شهر تبریز" 'the city of Tabriz': only an ending is joined, and only to a word of three
#: letters or more: "به شهر" is 'to the city', not Behshahr.)
_PERSIAN_ENDINGS = frozenset({"اباد", "شهر"})


def persian_endings() -> frozenset[str]:
    """The Persian place-name endings that keys join to the word before them, as folded ("اباد", "شهر")."""
    return _PERSIAN_ENDINGS


def _arabic_script(ch: str) -> bool:
    return "\u0600" <= ch <= "\u06ff"


def _strip_arabic_article(token: str) -> str:
    # Only a real prefix: keep at least two letters so short words survive.
    while token.startswith(_ARABIC_ARTICLE) and len(token) - len(_ARABIC_ARTICLE) >= 2:
        token = token[len(_ARABIC_ARTICLE):]
    return token


@functools.cache
def _articles() -> frozenset[str]:
    return frozenset(_fold_chars(row["article"]) for row in read_table("normalize_articles.csv"))


def article_words() -> frozenset[str]:
    """The articles written as a word of their own ("al", "el", "ez", "ال"), as folded in keys."""
    return _articles()


@functools.cache
def _words() -> dict[str, str]:
    table = {_fold_chars(row["word"]): _fold_chars(row["replacement"]) for row in read_table("normalize_words.csv")}
    # A replacement must itself be final, otherwise normalize would not be idempotent.
    return {word: table.get(repl, repl) for word, repl in table.items()}


def _fold_words(tokens: list[str]) -> list[str]:
    words = _words()
    return [words.get(t, t) for t in tokens]


@functools.cache
def _descriptors() -> dict[str, tuple[tuple[tuple[str, ...], str], ...]]:
    """First word → ((phrase tokens, canonical word), ...), longest phrase first ("air base" before "air")."""
    phrases: dict[tuple[str, ...], str] = {}
    for row in read_table("normalize_descriptors.csv"):
        tokens = tuple(_fold_words([_strip_arabic_article(t) for t in _tokens(_fold_chars(row["phrase"]))]))
        if tokens:
            phrases[tokens] = row["canonical"]
    by_first: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for tokens, canonical in sorted(phrases.items(), key=lambda item: (-len(item[0]), item[0])):
        by_first.setdefault(tokens[0], []).append((tokens, canonical))
    return {first: tuple(entries) for first, entries in by_first.items()}


@functools.cache
def generic_words() -> frozenset[str]:
    """The generic words names begin with, as spelled in keys ("ain", "deir", "tal", "umm", "abu", ...)."""
    return frozenset(_words().values())


def opens_a_name(word: str) -> bool:
    """Whether *word*, as written, is a capitalised generic word a name begins with (:func:`name_openers`): before a
    name, it makes the name a piece of a longer one ("Ain Dara" is not Daraa).

    >>> opens_a_name("Ain"), opens_a_name("ain"), opens_a_name("Dara")
    (True, False, False)
    """
    return word[:1].isupper() and normalize(word) in name_openers()


@functools.cache
def _opener_tokens() -> frozenset[str]:
    """The words of ``data/name_openers.csv`` as folded tokens (read without :func:`normalize`, which uses them)."""
    return frozenset(row["word"].casefold() for row in read_table("name_openers.csv"))


@functools.cache
def name_openers() -> dict[str, str]:
    """Generic words a name begins with ("ain", "tall", "kfar"), as keys, each to the word it is another spelling of
    ("tall" → "tal", "kfar" → "kafr"); read from ``data/name_openers.csv``. Wider than :func:`generic_words` (which
    the phrase grammar counts among its words, so that a name may open with one): an opener only says that the name
    it opens must be heard with it (:mod:`gazetteer.spanreading`), and adds no word to the grammar."""
    return {normalize(row["word"]): normalize(row["same_as"]) for row in read_table("name_openers.csv")}


@functools.cache
def descriptor_words() -> frozenset[str]:
    """Every folded word of the descriptor phrases ("air", "base", "province", "قاعدة", ...)."""
    return frozenset(word for entries in _descriptors().values() for phrase, _ in entries for word in phrase)


@functools.cache
def descriptor_kinds() -> dict[str, tuple[str, ...]]:
    """Return canonical descriptor word → the place kinds it implies.

    Read from ``data/normalize_descriptors.csv``: "province" and "governorate"
    both become ``governorate`` and imply the kind ``governorate``; "air base"
    and "airbase" become ``airbase`` and imply ``air_base`` or ``military_base``.

    Examples
    --------
    >>> descriptor_kinds()["governorate"]
    ('governorate',)
    """
    table: dict[str, tuple[str, ...]] = {}
    for row in read_table("normalize_descriptors.csv"):
        table.setdefault(row["canonical"], tuple(k for k in row["kinds"].split("|") if k))
    return table


def _split_descriptors(tokens: list[str]) -> tuple[list[str], list[str]]:
    phrases = _descriptors()
    kept: list[str] = []
    found: list[str] = []
    i = 0
    openers = _opener_tokens()
    while i < len(tokens):
        # The word after a name opener (not itself after one: Umm Qasr) is the rest of the name: "Bani Matar" is no
        # airport of a Bani.
        after_opener = bool(kept) and tokens[i - 1] == kept[-1] in openers \
            and (len(kept) < 2 or kept[-2] not in openers)
        for phrase, canonical in () if after_opener else phrases.get(tokens[i], ()):
            if tuple(tokens[i:i + len(phrase)]) == phrase:
                i += len(phrase)
                found.append(canonical)
                break
        else:
            kept.append(tokens[i])
            i += 1
    return kept, found


@functools.lru_cache(maxsize=1 << 16)
def name_words(text: str) -> tuple[str, ...]:
    """The folded words of *text* with articles dropped but descriptor words kept, in order.

    :func:`normalize_parts` takes the descriptors out of these; the resolver
    compares them whole when a descriptor word is part of a name ("Green
    Village" is a base's name, not a village called Green).

    Examples
    --------
    >>> name_words("al-Green Village base")
    ('green', 'village', 'base')
    """
    tokens = [_strip_arabic_article(t) if t.startswith(_ARABIC_ARTICLE) else t for t in _folded_tokens(text)]
    articles = _articles()
    return tuple(_fold_words([t for t in tokens if t not in articles] or tokens))


@functools.lru_cache(maxsize=1 << 16)
def _parts(text: str) -> tuple[str, tuple[str, ...]]:
    without_articles = list(name_words(text))
    kept, found = _split_descriptors(without_articles)
    if not kept:
        return " ".join(without_articles), ()
    return " ".join(kept), tuple(sorted(set(found)))


def normalize_parts(text: str) -> tuple[str, tuple[str, ...]]:
    """Return the key of *text* and the canonical descriptor words removed from it.

    The key is :func:`normalize` (*text*); the descriptors are sorted and
    unique, so "Camp Taji" and "Taji Camp" give the same parts. When removing
    the descriptors would empty the name, they stay in the key and none are
    returned.

    Examples
    --------
    >>> normalize_parts("Erbil Air Base")
    ('erbil', ('airbase',))
    >>> normalize_parts("Anbar Province") == normalize_parts("al-Anbar Governorate")
    True
    >>> normalize_parts("Camp")
    ('camp', ())
    """
    if not isinstance(text, str):
        raise TypeError(
            f"normalize() takes a str, got {type(text).__name__} {text!r}; "
            "convert the value with str() or skip missing names first"
        )
    # Pure, and batches repeat names: a bounded cache makes repeats nearly free.
    return _parts(text)


def normalize_parts_many(texts: Iterable[str]) -> dict[str, tuple[str, tuple[str, ...]]]:
    """Return :func:`normalize_parts` of every distinct text, as ``text → parts``.

    For building indexes of millions of names: each distinct text is
    normalised once, bypassing the bounded cache of single lookups.

    Examples
    --------
    >>> normalize_parts_many(["Erbil Air Base", "al-Qa'im", "Erbil Air Base"])["al-Qa'im"]
    ('qaim', ())
    """
    parts = _parts.__wrapped__
    table = _char_fold()
    # A Latin text none of whose words is an article, a generic word or the start of a descriptor
    # phrase keeps its folded words as they are: the common case of a large gazetteer, done in C.
    special = _articles() | _words().keys() | _descriptors().keys()
    out: dict[str, tuple[str, tuple[str, ...]]] = {}
    for text in dict.fromkeys(texts):
        tokens = text.translate(table).split()
        out[text] = (" ".join(tokens), ()) if text.isascii() and special.isdisjoint(tokens) else parts(text)
    return out


def normalize(text: str) -> str:
    """Return the matching key of a place name.

    Steps, in order: Arabic letter forms unified and apostrophes/ayn marks
    removed (``data/normalize_letters.csv``); NFKD and combining marks
    stripped (diacritics, Arabic tashkeel); casefold; every character that is
    not a letter or digit becomes a space; the Arabic article dropped when it
    is a separate word or joined by a hyphen (``al-``, ``el-``, ``ash-``, …,
    ``data/normalize_articles.csv``) and ``ال`` at the start of an
    Arabic-script word; common generic words spelled one way (Ayn/Ain,
    Dayr/Deir, Tell/Tal: ``data/normalize_words.csv``); descriptor words dropped
    (``data/normalize_descriptors.csv``); spaces collapsed.

    Words that merely begin with article letters are kept (Anbar, Ashdod,
    Aden, Erbil), as are "Ain"/"Ayn" (they are part of names). A name made
    only of descriptor words keeps them ("Camp" stays "camp"), and a name made
    only of articles keeps them, so a non-empty name never yields "".

    Parameters
    ----------
    text : str
        A place name in any script or spelling.

    Returns
    -------
    str
        The key: lowercase words separated by single spaces; ``""`` only when
        *text* holds no letter or digit.

    Raises
    ------
    TypeError
        If *text* is not a ``str``.

    Examples
    --------
    >>> normalize("Al-Qa'im")
    'qaim'
    >>> normalize("al-Qa'im") == normalize("Qaim") == normalize("Qa`im") == normalize("Qāʼim")
    True
    >>> normalize("Ain al-Asad Air Base") == normalize("Ayn al Asad airbase")
    True
    >>> normalize("Jurf as-Sakhr"), normalize("Deir ez-Zor Governorate")
    ('jurf sakhr', 'deir zor')
    >>> normalize("Anbar"), normalize("Ashdod"), normalize("Erbil Air Base")
    ('anbar', 'ashdod', 'erbil')
    >>> normalize("town of Zummar"), normalize("Tell Abyad") == normalize("Tal Abyad")
    ('zummar', True)
    >>> normalize("القائم") == normalize("القايم") == normalize("قائم")
    True
    >>> normalize("الحسكة") == normalize("حسكه")
    True
    >>> normalize("Camp")
    'camp'
    """
    return normalize_parts(text)[0]


#: A stem keeps at least this many letters: shorter ones are other words, not the name.
_MIN_STEM = 3


@functools.cache
def endings(filename: str) -> tuple[str, ...]:
    """The endings listed in the ``ending`` column of ``data/<filename>``, casefolded, longest first: the
    Turkic case endings of ``turkic_endings.csv`` (:mod:`gazetteer.wordspans`, and after an apostrophe
    :func:`inflection_stems`).

    Examples
    --------
    >>> found = endings("turkic_endings.csv")
    >>> all(len(a) >= len(b) for a, b in zip(found, found[1:])), found == tuple(e.casefold() for e in found)
    (True, True)
    """
    found = {row["ending"].casefold() for row in read_table(filename)}
    return tuple(sorted(found, key=lambda e: (-len(e), e)))


@functools.cache
def _ending_rules() -> tuple[tuple[str, str], ...]:
    """(ending, what the stem ends in instead) of ``normalize_endings.csv``, casefolded, longest ending first."""
    rules = {(row["ending"].casefold(), (row.get("stem_ending") or "").casefold())
             for row in read_table("normalize_endings.csv") if not row.get("after")}
    return tuple(sorted(rules, key=lambda r: (-len(r[0]), r)))


@functools.cache
def _endings_after(role: str) -> tuple[tuple[str, str], ...]:
    """(ending, what the stem ends in instead) of the rows of ``normalize_endings.csv`` whose column ``after`` is
    *role*, longest ending first."""
    rules = {(row["ending"].casefold(), (row.get("stem_ending") or "").casefold())
             for row in read_table("normalize_endings.csv") if row.get("after") == role}
    return tuple(sorted(rules, key=lambda r: (-len(r[0]), r)))


def stems_after(text: str, role: str) -> tuple[str, ...]:
    """*text* with an ending taken off its last word that comes off only after a word of *role* of the phrase
    grammar (``after`` in ``data/normalize_endings.csv``): the German genitive after a direction noun ("im Norden
    Israels"; "Israels Armee" is the state's army). The caller says the word stands there.

    Examples
    --------
    >>> stems_after("im Norden Israels", "direction"), stems_after("Süden des Iraks", "direction")
    (('im Norden Israel',), ('Süden des Irak',))
    """
    head, _, last = text.rstrip().rpartition(" ")
    stems = []
    for ending, instead in _endings_after(role):
        if last.casefold().endswith(ending) and sum(ch.isalpha() for ch in last[:len(last) - len(ending)] + instead) \
                >= _MIN_STEM:
            cut = last[:len(last) - len(ending)] + instead
            stems.append(f"{head} {cut}" if head else cut)
    return tuple(dict.fromkeys(stems))


@functools.cache
def _all_ending_rules() -> dict[str, tuple[tuple[str, str], ...]]:
    """The Turkic endings written after an apostrophe and the rules of :func:`_ending_rules`, longest ending first,
    by their last letter (a word is tried only against the endings it can end in)."""
    rules = [(f"'{ending}", "") for ending in endings("turkic_endings.csv")] + list(_ending_rules())
    by_last: dict[str, list[tuple[str, str]]] = {}
    for rule in sorted(rules, key=lambda r: -len(r[0])):
        by_last.setdefault(rule[0][-1:], []).append(rule)
    return {last: tuple(found) for last, found in by_last.items()}


@functools.cache
def _prefixes() -> tuple[str, ...]:
    """The prefixes of ``normalize_prefixes.csv``, casefolded, longest first."""
    return tuple(sorted({row["prefix"].casefold() for row in read_table("normalize_prefixes.csv")},
                        key=lambda p: (-len(p), p)))


def inflection_stems(text: str) -> tuple[str, ...]:
    """*text* with a case ending or particle taken off its last word, each ending that fits, longest first.

    Sorani and Kurmanji write a name with its case, ezafe or particle joined to it ("کۆرمۆرەوە" 'from
    Khor Mor', "قادرکەرەمی" 'of Qadir Karam', "Kormorê"), Hungarian with its case ending ("Bagdadban"),
    Polish, Czech and Slovak with theirs ("Syrii", "Iraku": the stem may end otherwise, Syria); the endings are
    listed in ``data/normalize_endings.csv`` (``stem_ending``: what the stem ends in instead). Turkish and
    Azerbaijani join a case ending to a name after an apostrophe ("Suriye'de", "Tehran'dan"): the endings of
    ``data/turkic_endings.csv`` so written come off too. The resolver tries these stems only when the whole
    text names no place or is only heard, and only by name (no sound or fuzzy match), so an ending is never
    taken off a name that exists. German joins a direction to a name ("Nordirak", "Südlibanon"): the prefixes of
    ``data/normalize_prefixes.csv`` come off the last word likewise. A stem keeps at least three letters; text
    with no such ending gives ``()``.

    Examples
    --------
    >>> inflection_stems("Kormorê")
    ('Kormor',)
    >>> inflection_stems("قادر کەرەمیش")[0]
    'قادر کەرەم'
    >>> inflection_stems("w Syrii")[0], inflection_stems("Suriye’de")[0], inflection_stems("im Südlibanon")
    ('w Syria', 'Suriye', ('im Südliban', 'im libanon'))
    >>> inflection_stems("Hasaka")
    ()
    """
    head, _, last = text.rstrip().rpartition(" ")
    if head and last.casefold() == "de" and text.rstrip().casefold().endswith("ê de"):
        head, _, last = head.rpartition(" ")  # Kurmanji "li Hewlêrê de": the word before the postposition
        last += " de"
    folded = last.casefold().replace("\u2019", "'")
    stems = []
    for ending, instead in _all_ending_rules().get(folded[-1:], ()):
        if not folded.endswith(ending):
            continue
        cut = last[:len(last) - len(ending)]
        if sum(ch.isalpha() for ch in cut) >= _MIN_STEM:
            stems.append(f"{head} {cut}{instead}" if head else f"{cut}{instead}")
    for rest in direction_stems(last):
        stems.append(f"{head} {rest}" if head else rest)
    return tuple(dict.fromkeys(stems))


def direction_stems(word: str) -> list[str]:
    """*word* without a direction German joins to a name ("Nordirak": "irak"), each prefix of
    ``data/normalize_prefixes.csv`` that fits, longest first; a stem keeps at least three letters.

    >>> direction_stems("Nordirak"), direction_stems("Nordostsyrien"), direction_stems("Norden")
    (['irak'], ['syrien', 'ostsyrien'], [])
    """
    folded = word.casefold()
    return [word[len(prefix):] for prefix in _prefixes()
            if folded.startswith(prefix) and sum(ch.isalpha() for ch in word[len(prefix):]) >= _MIN_STEM]


def __getattr__(name: str) -> Any:
    # check_name moved to gazetteer.namecheck (which calls normalize, so it cannot be imported at the top here);
    # its names stay importable from this module.
    if name in ("check_name", "MAX_NAME_LENGTH"):
        from gazetteer import namecheck

        return getattr(namecheck, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
