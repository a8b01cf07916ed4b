"""The phrases reporters write around a place name, parsed with a small grammar kept as data.

``data/phrase_words.csv`` (read by :mod:`gazetteer.phrasewords`) lists two kinds of words (facility words such as
"airport", "gas field" or "consulate" are descriptors, see
``data/normalize_descriptors.csv``):

* **qualifiers** ("the", "occupied", "northern", "outskirts of",
  "countryside", "near", "sector", "coalition", ...): set aside, and kept on
  the result (``Match.qualifiers``), when the name without them is found;
  the **region** words ("region") are qualifiers that, between places named
  alike, choose the province or region ("the Deir Ezzor region"); the
  **direction** words ("northern", "south", "central") are qualifiers too,
  and a province named with one ("northern Israel") places a head loosely;
* **border** words ("border", "sınırına"): a name just before one places a
  thing by relation, it does not hold it ("Irak sınırına yakın Malikiyye");
* **container words** ("in", "east of", "area of", "في"): "HEAD in TAIL"
  names a place HEAD lying in the place TAIL; so do "HEAD, TAIL" ("Palestine
  Street, Baghdad") and "TAIL's HEAD" ("Baghdad's Green Zone");
  **proximity words** ("near", "close to", "outside") name a place HEAD
  lying near TAIL, not always inside it ("Al-Asad Airbase near Baghdad");
* a **parenthesis** "HEAD (TAIL)" gives another name of HEAD or the place
  it lies in ("Eilat (Umm al-Rashrash)", "Al-Uwaisat (Jurf al-Sakhar)");
* **street words** ("street", "road", "avenue", "شارع"): a name holding one
  is a street, found only by its own name or through the place that holds it,
  never by sound or likeness to some place (``Phrase.street``); a **street-of**
  word opening the phrase ("the main road of", "route de", "طريق") makes
  the name after it the container ("the road of Kfar Kila" is Kfar Kila).

``Phrase.link`` says which of these split the text: ``"possessive"``,
``"comma"``, ``"in"``, ``"near"`` or ``"paren"``.

:func:`parse_phrase` only reads; :mod:`gazetteer.core` decides what the
readings resolve to. Everything works on keys from
:func:`gazetteer.normalize.normalize_parts`, so the grammar sees the same
folded words as the index.

Examples
--------
>>> p = parse_phrase("the outskirts of northern Hasaka")
>>> p.key, p.qualifiers
('hasaka', ('the', 'outskirts of', 'northern'))
>>> p = parse_phrase("Palestine Street, Baghdad")
>>> p.head.key, p.tail.key
('palestine street', 'baghdad')
"""
from __future__ import annotations

import functools
import re
from collections.abc import Callable
from dataclasses import dataclass, replace

from gazetteer.datatables import read_table
from gazetteer.normalize import descriptor_kinds, descriptor_words, name_words, normalize, normalize_parts
# The grammar's words, by role, live in phrasewords; their names stay importable from here.
from gazetteer.phrasewords import (border_words, conjunction_words, country_adjectives, direction_words, edge_words,
                                   function_words, grammar_words, qualifier_words, region_words, countryside_words,
                                   role_words, territory_words, without_modifiers, written_role_words)

__all__ = ["Phrase", "parse_phrase", "qualifier_words", "region_words", "direction_words", "function_words", "edge_words",
           "grammar_words", "border_words", "countryside_words", "conjunction_words", "without_modifiers", "name_capitals",
           "capital_phrases", "territory_country"]

_COMMAS = (",", "\u060c")  # Latin and Arabic comma
#: The kinds a descriptor of an area asks for ("province", "district", "city"): such a word written after a
#: container word describes the container.
_AREA_WORDS = frozenset({"governorate", "district", "region", "city", "town", "village"})
#: Two names joined by one slash, letters on both sides ("Al-Qahtaniyah/Turbat Spiyeh", "Hewlêr / Erbil")
_SLASH = re.compile(r"^(?P<head>[^/()\[\]]*\w)\s*/\s*(?P<tail>\w[^/()\[\]]*)$")
#: "Eilat (Umm al-Rashrash)": a name and, in brackets, another name or its container; words describing the head
#: may follow the bracket ("the Jurf al-Nasr [formerly Jurf al-Sakhr] sector").
_PAREN = re.compile(r"^(?P<head>[^()\[\]]*?\w[^()\[\]]*?)\s*[(\[](?P<tail>[^()\[\]]*\w[^()\[\]]*)[)\]]"
                    r"(?P<rest>[^()\[\],\u060c]*)$")
#: "Baghdad's Green Zone": the owner is the container of what follows.
_POSSESSIVE = re.compile(r"^(?P<tail>.*?\w)['\u2019]s\s+(?P<head>\S.*)$")


@functools.cache
def _qualifiers_by_first_word() -> dict[str, tuple[tuple[str, ...], ...]]:
    by_first: dict[str, list[tuple[str, ...]]] = {}
    for phrase in qualifier_words():  # longest first, kept per first word
        by_first.setdefault(phrase[0], []).append(phrase)
    return {word: tuple(phrases) for word, phrases in by_first.items()}


@dataclass(frozen=True, slots=True)
class Phrase:
    """One reading of a query.

    Attributes
    ----------
    key, descriptors
        The name without qualifiers (:func:`normalize_parts`); ``key`` is ``""``
        when only qualifiers and descriptors were written ("a base").
    written : str
        The key with its qualifiers, as written.
    qualifiers : tuple of str
        The qualifier phrases found, in the order written.
    head, tail : Phrase or None
        For "HEAD in TAIL" and "HEAD, TAIL": the two sides, each parsed.
    street : str
        The street word the name holds ("street" in "Palestine Street"), ``""`` for none.
    link : str
        What split the text into head and tail (``""`` when nothing did):
        ``"possessive"``, ``"comma"``, ``"in"`` (a container word),
        ``"near"`` (a proximity word) or ``"paren"``.
    lowercase : bool
        Whether the text was written in lower-case Latin letters only: beside a capitalised name, a
        lower-case side of a phrase ("the country's largest oilfield") is common words, not a name.
    """

    key: str
    descriptors: tuple[str, ...]
    qualifiers: tuple[str, ...] = ()
    head: Phrase | None = None
    tail: Phrase | None = None
    written: str = ""
    street: str = ""
    link: str = ""
    lowercase: bool = False


def _strip_qualifiers(words: list[str]) -> tuple[list[str], list[str]]:
    kept: list[str] = []
    found: list[str] = []
    by_first = _qualifiers_by_first_word()
    i = 0
    while i < len(words):
        for phrase in by_first.get(words[i], ()):
            if tuple(words[i:i + len(phrase)]) == phrase:
                if " ".join(phrase) in direction_words():
                    # "im Norden des Irak", "Bakur û Rojhilatê Sûriyê": a direction noun takes the function words
                    # around it ('in the', 'of the') and the conjunction joining it to another direction word; they
                    # are set aside with it, each a qualifier of its own, and the name after them stands alone.
                    before = []
                    while kept and _around_direction(kept[-1]):
                        before.insert(0, kept.pop())
                    found += [*before, " ".join(phrase)]
                    i += len(phrase)
                    while i < len(words) - 1 and (_around_direction(words[i]) or (
                            words[i] in conjunction_words() and _direction_at(words, i + 1))):
                        found.append(words[i])
                        i += 1
                else:
                    found.append(" ".join(phrase))
                    i += len(phrase)
                break
        else:
            kept.append(words[i])
            i += 1
    return kept, found


@functools.cache
def _function_keys() -> frozenset[str]:
    return frozenset(" ".join(words) for words in function_words() if len(words) == 1)


def _around_direction(word: str) -> bool:
    """Whether *word* is a function word ("im", "des", "de", "do"), which a direction noun takes around it."""
    return word in _function_keys()


def _direction_at(words: list[str], i: int) -> bool:
    """Whether a direction word of the grammar opens *words* at *i*."""
    return any(tuple(words[i:i + len(phrase)]) == phrase and " ".join(phrase) in direction_words()
               for phrase in _qualifiers_by_first_word().get(words[i] if i < len(words) else "", ()))


def _street_word(words: list[str]) -> str:
    streets = role_words("street")
    return next((" ".join(w) for w in streets if any(tuple(words[i:i + len(w)]) == w for i in range(len(words)))), "")


def _reading(key: str, descriptors: tuple[str, ...]) -> Phrase:
    words = key.split()
    opening = []
    if len(words) > 1 and any(entry == ((words[0],), "in") for entry in _links().get(words[0], ())):
        opening = [words.pop(0)]  # "in Bat Yam": a container word with nothing before it qualifies the name
    kept, found = _strip_qualifiers(words)
    found = opening + found
    street = _street_word(kept)
    if kept and not descriptors:
        # normalize_parts keeps a name made only of descriptor words ("airport") as its key; on one
        # side of a phrase ("Erbil's airport") those words are the kind asked for, not a name.
        probe, asked = normalize_parts("x " + " ".join(kept))
        if probe == "x" and asked:
            return Phrase("", asked, tuple(found), written=key)
    return Phrase(" ".join(kept), descriptors, tuple(found), written=key, street=street)


def _describes(text: str) -> bool:
    """Whether the words after a bracket only describe the head ("sector", "area", "base"): no name, no link."""
    words = normalize_parts(text)[0].split()
    return all(w in grammar_words() and w not in edge_words() for w in words)


def _side(text: str) -> Phrase:
    """The reading of one side of a phrase, as written (see :attr:`Phrase.lowercase`)."""
    return replace(_reading(*normalize_parts(text)), lowercase=_lowercase(text))


def _lowercase(text: str) -> bool:
    return not any(ch.isupper() or (ch.isalpha() and ord(ch) > 0x24F) for ch in text)


@functools.lru_cache(maxsize=1 << 14)
def parse_phrase(text: str) -> Phrase:
    """Parse *text* into its name, qualifiers and (if any) container.

    Parameters
    ----------
    text : str
        A checked place name (:func:`gazetteer.namecheck.check_name`).

    Returns
    -------
    Phrase
        ``key`` and ``qualifiers`` of the whole text; ``head``, ``tail`` and
        ``link`` when something splits it, tried in this order: a bracket
        ("Eilat (Umm al-Rashrash)"); a container or proximity word before a
        possessive ("X in Iraq's province of Anbar"); a possessive; the first
        comma (link "near" when the tail opens with "south of", "near", ...);
        the first container or proximity word with words on both sides.

    Examples
    --------
    >>> p = parse_phrase("a base in western Iraq")
    >>> p.head.key, p.head.descriptors, p.tail.key, p.tail.qualifiers
    ('', ('base',), 'iraq', ('western',))
    >>> parse_phrase("Zummar").head is None
    True
    """
    described = _description_at(text)
    if described is not None:
        # "the Ain al-Asad air base, which hosts US forces in western Iraq": the clause describes the place.
        return parse_phrase(text[:described])
    key, descriptors = normalize_parts(text)
    whole = _reading(key, descriptors)
    bracket = _PAREN.match(text)
    if bracket and normalize(bracket["head"]) and normalize(bracket["tail"]) and _describes(bracket["rest"]):
        head = f"{bracket['head']} {bracket['rest'].strip()}".strip()
        return replace(whole, head=parse_phrase(head), tail=parse_phrase(bracket["tail"]), link="paren")
    slash = _SLASH.match(text)
    if slash:
        # "Al-Qahtaniyah/Turbat Spiyeh": two names of one place, the second read as a bracket's.
        return replace(whole, head=parse_phrase(slash["head"]), tail=parse_phrase(slash["tail"]), link="paren")
    owner = _POSSESSIVE.match(text)
    outer = _outer_link(owner["tail"]) if owner else None
    if outer is not None:
        # "Ain al-Asad air base in Iraq's western province of Anbar": the container word comes
        # first; the possessive belongs to its tail.
        head, tail = parse_phrase(text[:outer[0]]), parse_phrase(text[outer[1]:])
        return replace(whole, head=head, tail=tail, link=outer[2])
    if owner and normalize(owner["tail"]) and normalize(owner["head"]):
        # The head is parsed whole: "Iran's consulate in Damascus" owns a phrase with its own container.
        head, tail = parse_phrase(owner["head"]), _side(owner["tail"])
        return replace(whole, head=head, tail=tail, link="possessive")
    for comma in _COMMAS:
        if comma in text:
            left, right = text.split(comma, 1)
            if normalize(left) and normalize(right):
                head, tail = parse_phrase(left), _side(right)
                # "Jurf al-Sakhar, south of Baghdad" (or ", a region south of Baghdad"): a proximity word opening
                # the tail, after its articles, makes it "near".
                near = _opens_with_proximity(tail.written.split())
                return replace(whole, head=head, tail=tail, link="near" if near else "comma")
    words = key.split()
    opened = _street_opening(words)
    if opened is not None:
        # "the main road of Bint Jbeil", "طريق كفركلا": a street word opening the phrase with the place the street
        # leads to or lies in; that place is the container, as Baghdad is in "Palestine Street, Baghdad".
        head = _reading(*normalize_parts(" ".join(words[:opened])))
        return replace(whole, head=head, tail=_reading(" ".join(words[opened:]), descriptors), link="in")
    links = _links()
    joined = _joined_in(words)
    if joined is not None and not any(w in links for w in words[1:joined]):
        # "حانين بمحافظة النبطية", "حارة حريك بالضاحية الجنوبية": Arabic writes "in" (ب) joined to the container.
        head = _reading(*normalize_parts(" ".join(words[:joined])))
        tail = _reading(*normalize_parts(" ".join([words[joined][1:], *words[joined + 1:]])))
        return replace(whole, head=replace(head, descriptors=tuple(sorted({*head.descriptors, *descriptors}))),
                       tail=tail, link="in")
    if joined is not None:
        # "مبنى في حارة حريك بالضاحية الجنوبية": a container before it says where the place is; the joined one
        # only where that container lies.
        words = words[:joined]
    # "consulate in Damascus": the facility word left the key, so the container word may come first.
    for i in range(0 if descriptors else 1, len(words) - 1):
        for phrase, link in links.get(words[i], ()):
            if tuple(words[i:i + len(phrase)]) != phrase or i + len(phrase) >= len(words):
                continue
            head = _reading(*normalize_parts(" ".join(words[:i]))) if i else Phrase("", ())
            tail = _reading(*normalize_parts(" ".join(words[i + len(phrase):])))
            # The descriptors written belong to the head ("a base in Iraq" is a base), but a province word
            # written after the container word is the tail's ("a village in Deir ez-Zor province", "روستای
            # ... واقع در استان دیرالزور").
            after = _descriptors_after_link(text, link, head.key)
            head = replace(head, descriptors=tuple(sorted({*head.descriptors, *descriptors} - set(after))))
            tail = replace(tail, descriptors=tuple(sorted({*tail.descriptors, *after})))
            return replace(whole, head=head, tail=tail, link=link)
    return whole


def _street_opening(words: list[str]) -> int | None:
    """Where the name after a street word that opens *words* begins ("the main road of", "route de", "طريق": the
    **street of** role of the grammar), after qualifier words only; None when no such word opens them or no word
    follows it."""
    for i in range(len(words) - 1):
        for phrase in role_words("street of"):
            if tuple(words[i:i + len(phrase)]) == phrase and i + len(phrase) < len(words) \
                    and not _strip_qualifiers(words[:i])[0]:
                return i + len(phrase)
    return None


def _joined_in(words: list[str]) -> int | None:
    """Where a word of an Arabic key opens a container with the preposition ب joined to it (بمحافظة, بالضاحية): the
    rest is the article and a word, or a descriptor word ("in the province of"); never the key's first word."""
    for i in range(1, len(words)):
        word = words[i]
        if word.startswith("ب") and (word.startswith("بال") and len(word) > 4 or word[1:] in descriptor_words()):
            return i
    return None


def _opens_with_proximity(words: list[str]) -> bool:
    """Whether *words* open with a proximity word ("south of"), after any one-word qualifiers ("a", "the")."""
    proximity = [list(w) for w, link in _all_links() if link == "near"]
    single = {w[0] for w in qualifier_words() if len(w) == 1}
    for i, word in enumerate(words):
        if any(words[i:i + len(w)] == w for w in proximity):
            return True
        if word not in single:
            return False
    return False


def _descriptors_after_link(text: str, link: str, head_key: str) -> tuple[str, ...]:
    """The area descriptors ("province", "استان") written after the first container word of *text*, when the text
    before that word reads as *head_key*; () otherwise."""
    found = _outer_link(text)
    if found is None or found[2] != link or _reading(*normalize_parts(text[:found[0]])).key != head_key:
        return ()
    return tuple(d for d in normalize_parts(text[found[1]:])[1] if set(descriptor_kinds().get(d, ())) <= _AREA_WORDS)


def _alternation(phrases: list[tuple[str, ...]]) -> str:
    """A regex alternation of word phrases, longest first, any run of spaces between words."""
    ordered = sorted(phrases, key=lambda words: (-len(" ".join(words)), words))
    return "|".join(r"\s+".join(map(re.escape, words)) for words in ordered)


@functools.cache
def _description_pattern() -> re.Pattern[str] | None:
    words = list(written_role_words("description"))
    if not words:
        return None
    return re.compile(r"(?:,\s*|\s+)(?:" + _alternation(words) + r")\s", re.IGNORECASE)


def _description_at(text: str) -> int | None:
    """Where a describing clause starts ("..., which hosts ...", "... hosting US forces"), if one does
    after a name."""
    pattern = _description_pattern()
    if pattern is None:
        return None
    for found in pattern.finditer(text):
        # "Imam Ali Base located in Dhi Qar province": a describing word that opens a container
        # phrase links the head to the place that holds it.
        words = text[found.start():].lower().replace(",", " ").split()
        if any(link == "in" and tuple(words[:len(phrase)]) == phrase for phrase, link in _all_links()):
            continue
        return found.start() if normalize(text[:found.start()]) else None
    return None


def _all_links() -> list[tuple[tuple[str, ...], str]]:
    return [entry for entries in _links().values() for entry in entries]


@functools.cache
def _outer_pattern() -> re.Pattern[str]:
    return re.compile(r"(?<=\w)\s+(?P<link>" + _alternation([w for w, _ in _all_links()]) + r")\s+(?=\w)",
                      re.IGNORECASE)


def _outer_link(before: str) -> tuple[int, int, str] | None:
    """Where the first container or proximity word splits *before* (the text before a possessive), if one does."""
    found = _outer_pattern().search(before)
    if found is None:
        return None
    words = tuple(normalize(found["link"]).split())
    link = next((link for phrase, link in _all_links() if phrase == words), "in")
    return found.start(), found.end(), link


@functools.cache
def _links() -> dict[str, tuple[tuple[tuple[str, ...], str], ...]]:
    """First word → ((container or proximity phrase, link), ...), longest first."""
    found = [(words, "in") for words in role_words("container")]
    found += [(words, "near") for words in role_words("proximity")]
    by_first: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for words, link in sorted(found, key=lambda item: (-len(item[0]), item[0])):
        by_first.setdefault(words[0], []).append((words, link))
    return {word: tuple(entries) for word, entries in by_first.items()}


#: Articles written before a phrase naming a capital, which the capital's name replaces with it.
_ARTICLE_KEYS = frozenset({"the", "la", "le", "il", "el"})
#: A word as :func:`name_capitals` compares it: letters, with an apostrophe and letters glued on ("Iran's").
_WORD = re.compile(r"[^\W_]+(?:['\u2019][^\W_]+)?")


@functools.cache
def capital_phrases() -> dict[tuple[str, ...], str]:
    """Folded words (:func:`~gazetteer.normalize.name_words`) of a phrase naming a capital by its country
    (``data/capitals.csv``: "the Iranian capital", "la capitale iranienne", "العاصمة السورية") → the capital's id."""
    return {name_words(row["phrase"]): row["place_id"] for row in read_table("capitals.csv")}


@functools.cache
def _capital_phrases_longest_first() -> tuple[tuple[tuple[str, ...], str], ...]:
    return tuple(sorted(capital_phrases().items(), key=lambda item: -len(item[0])))


@functools.cache
def _capital_first_words() -> frozenset[str]:
    return frozenset(words[0] for words in capital_phrases() if words)


def name_capitals(text: str, name_of: Callable[[str], str | None]) -> str:
    """*text* with each phrase naming a capital by its country ("the Iranian capital", "العاصمة السورية")
    replaced by the capital's name, as *name_of* (place id → name, None when the place is not loaded) gives it.

    Examples
    --------
    >>> name_capitals("the Iranian capital", {"ir-tehran": "Tehran"}.get)
    'Tehran'
    >>> name_capitals("Hasaka", {"ir-tehran": "Tehran"}.get)
    'Hasaka'
    """
    found = list(_WORD.finditer(text))
    keys = [" ".join(name_words(m.group())) for m in found]
    if _capital_first_words().isdisjoint(keys):
        return text  # (most names: no phrase of a capital starts in them)
    for words, place_id in _capital_phrases_longest_first():
        size = len(words)
        for i in range(len(found) - size + 1):
            if tuple(keys[i:i + size]) == words and (name := name_of(place_id)) is not None:
                first = i - 1 if i and keys[i - 1] in _ARTICLE_KEYS else i  # "the Iranian capital" is Tehran
                return name_capitals(text[:found[first].start()] + name + text[found[i + size - 1].end():], name_of)
    return text


def territory_country(text: str) -> tuple[str, tuple[str, ...]] | None:
    """The id of the country whose territory or airspace *text* names with its adjective ("Israeli territory",
    "den iranischen Luftraum", "الأجواء العراقية": ``data/country_adjectives.csv``), and the words that say so (the
    territory words and the adjective, as keys, in the order written); None for any other phrase. Besides these only
    grammar words may be written ("into", "the", "den"), and one country's adjective only.

    Examples
    --------
    >>> territory_country("Israeli territory")
    ('cc-il', ('israeli', 'territory'))
    >>> territory_country("territoire israélien")
    ('cc-il', ('territoire', 'israelien'))
    >>> territory_country("Israeli territory near Metula") is None, territory_country("Israeli") is None
    (True, True)
    """
    phrase = parse_phrase(text)
    if phrase.head is not None or phrase.descriptors or territory_words().isdisjoint(phrase.qualifiers):
        return None
    adjectives = country_adjectives()
    words = [*phrase.key.split(), *phrase.qualifiers]
    found = {adjectives[word] for word in words if word in adjectives}
    if len(found) != 1 or any(w not in adjectives and w not in grammar_words() for w in phrase.key.split()):
        return None
    said = [w for w in words if w in adjectives or w in territory_words()]
    order = phrase.written.split()
    return found.pop(), tuple(sorted(said, key=lambda w: order.index(w.split()[0])))
