"""The words of the phrase grammar, by the role each plays: ``data/phrase_words.csv`` read once.

Each row of the table gives a phrase and its role: **qualifier**, **region**, **countryside** and
**direction** words set aside around a name ("the", "outskirts of", "the ...
region", "the countryside of", "northern"); **border** words ("sınırına"); **container** and
**proximity** words ("in", "east of", "near"); **conjunctions** ("and", "və");
**function** words ("of", "de"); **street** words; **modifier** participles
("-run", "-operated"); **description** words that open a describing clause; **common** words that name
no place alone and play no part in parsing ("qarya": a phrase of grammar words alone is heard as no
name, :mod:`gazetteer.resolver`); **landform** words, common words too, that make the name written with them a
landform's ("the Khabur river", "the Hula valley"); **territory** words ("territory", "airspace", "Luftraum"),
qualifiers too, which with a country's name or adjective name the country itself ("Israeli territory").
:mod:`gazetteer.phrases` parses a phrase with them; :mod:`gazetteer.wordspans`
and :mod:`gazetteer.spans` ask which words are grammar and which may be a name.
Phrases are kept as tuples of keys of :func:`gazetteer.normalize.normalize`.

Examples
--------
>>> "outskirts" in grammar_words(), "hasaka" in grammar_words()
(True, False)
>>> ("outskirts", "of") in qualifier_words()
True
"""
from __future__ import annotations

import functools
import re
from collections.abc import Collection

from gazetteer.datatables import read_table
from gazetteer.normalize import descriptor_words, generic_words, normalize

__all__ = ["HEBREW_PREFIX", "hebrew_prefixes", "role_words", "written_role_words", "qualifier_words", "region_words", "countryside_words", "direction_words", "border_words", "conjunction_words", "landform_words", "territory_words", "country_adjectives", "compass_of", "compass_names", "compass_told", "directed_country", "directed_split", "direction_land",
           "function_words", "edge_words", "grammar_words", "may_name", "without_modifiers"]


#: Hebrew prepositions, the article, "and", the relative ש ("that is in") and כש ("when") written joined to the next
#: word, in this order (באילת in Eilat, ומחיפה and from Haifa, שבצפון that is in the north, כשרקטה when a rocket): the
#: pattern of a prefix.
HEBREW_PREFIX = re.compile(r"^ו?(?:כ?ש)?(?:[בלמכ]ה?|ה)?$")
_HEBREW_WORD = re.compile(r"^[\u05d0-\u05ea]")


@functools.cache
def hebrew_prefixes() -> tuple[str, ...]:
    """Every prefix :data:`HEBREW_PREFIX` allows, shortest first.

    Examples
    --------
    >>> "ומה" in hebrew_prefixes() and all(HEBREW_PREFIX.match(p) for p in hebrew_prefixes())
    True
    """
    found = {f"{w}{s}{p}" for w in ("", "ו") for s in ("", "ש", "כש")
             for p in ("", "ה", *(f"{b}{h}" for b in "בלמכ" for h in ("", "ה")))} - {""}
    return tuple(sorted(found, key=lambda p: (len(p), p)))


def _forms(words: tuple[str, ...]) -> set[tuple[str, ...]]:
    """A phrase and, when it opens with a Hebrew word, that word with each prefix joined to it: "מאזור" ('from the
    area of') is the qualifier "אזור" as much as "באזור" is."""
    if not _HEBREW_WORD.match(words[0]):
        return {words}
    return {words} | {(prefix + words[0], *words[1:]) for prefix in hebrew_prefixes()}


@functools.cache
def _table() -> dict[str, tuple[tuple[str, ...], ...]]:
    """role → phrases as tuples of key words, longest first."""
    rows = read_table("phrase_words.csv")
    roles: dict[str, set[tuple[str, ...]]] = {}
    for row in rows:
        # Articles are dropped by normalize at the start of a text ("the outskirts of" -> "outskirts of") but
        # kept inside it ("on the outskirts of"): match both forms.
        for words in (tuple(normalize(row["phrase"]).split()), tuple(row["phrase"].casefold().split())):
            if words:
                roles.setdefault(row["role"], set()).update(_forms(words))
    return {role: tuple(sorted(found, key=lambda w: (-len(w), w))) for role, found in roles.items()}


@functools.cache
def qualifier_words() -> tuple[tuple[str, ...], ...]:
    """The qualifier phrases (with the region words), as tuples of key words, longest first."""
    table = _table()
    return tuple(sorted({*table.get("qualifier", ()), *table.get("region", ()), *table.get("countryside", ()),
                         *table.get("direction", ()), *table.get("territory", ())},
                        key=lambda w: (-len(w), w)))


@functools.cache
def direction_words() -> frozenset[str]:
    """The qualifiers of direction ("northern", "south", "central"): a province named with one ("northern
    Israel", also Israel's Northern District) is placed roughly."""
    return frozenset(" ".join(words) for words in _table().get("direction", ()))


@functools.cache
def region_words() -> frozenset[str]:
    """The qualifiers that, between places named alike, choose the one that holds others ("the Deir Ezzor region":
    the province, not the city)."""
    table = _table()
    return frozenset(" ".join(words) for words in (*table.get("region", ()), *table.get("countryside", ())))


@functools.cache
def countryside_words() -> frozenset[str]:
    """The region words that name the land outside a town ("the countryside of Homs", ريف, "kırsalında"): never the
    town itself, so they choose the province or district named alike even where its own name scores a little
    below the town's ("Homs Governorate"). A bare "region" keeps the town unless the two tie ("the Erbil region" is
    often the city)."""
    return frozenset(" ".join(words) for words in _table().get("countryside", ()))


@functools.cache
def territory_words() -> frozenset[str]:
    """The qualifiers that name a country's territory or airspace ("territory", "airspace", "Luftraum", "الأجواء",
    "خاک", "hava sahası"): with the country's name or adjective they name the country itself."""
    return frozenset(" ".join(words) for words in _table().get("territory", ()))


@functools.cache
def country_adjectives() -> dict[str, str]:
    """The key of a country's adjective (``data/country_adjectives.csv``: "israeli", "iranischen", "العراقية") → the
    country's id: with a territory word (:func:`territory_words`) it names the country."""
    return {normalize(row["adjective"]): row["place_id"] for row in read_table("country_adjectives.csv")}


@functools.cache
def border_words() -> frozenset[str]:
    """The words that, written right after a name, make it the other side of a border ("Irak sınırına yakın":
    near the Iraqi border), not a place around the one the phrase is about."""
    return frozenset(" ".join(words) for words in _table().get("border", ()))


@functools.cache
def _compass_table() -> dict[str, str]:
    return {normalize(row["word"]): row["compass"] for row in read_table("direction_compass.csv")}


@functools.lru_cache(maxsize=1 << 14)
def compass_of(word: str) -> str | None:
    """The compass point a direction word names, in the languages of ``data/direction_compass.csv`` ("southern",
    "جنوبي", "méridional": south), or None.

    Examples
    --------
    >>> compass_of("جنوبي"), compass_of("Nördlichen"), compass_of("outskirts of")
    ('south', 'north', None)
    """
    return _compass_table().get(normalize(word))


@functools.cache
def _direction_lands() -> dict[tuple[str, str], str]:
    return {(normalize(row["direction"]), normalize(row["land"])): row["place_id"]
            for row in read_table("direction_lands.csv")}


def direction_land(word: str, land: str) -> str | None:
    """The id of the place a land named with a direction word is (``data/direction_lands.csv``: "Bakurê Kurdistanê",
    'North Kurdistan', is Turkey's Kurdish south-east, not the north of the Kurdistan Region), or None.

    Examples
    --------
    >>> direction_land("Başûrê", "Kurdistan"), direction_land("northern", "Kurdistan")
    ('iq-kurdistan-region', None)
    """
    return _direction_lands().get((normalize(word), normalize(land)))


#: How English names a region after a compass point: the noun, then the adjective ("South Lebanon", "Northern
#: District").
_COMPASS_NAMES = {"north": ("north", "northern"), "south": ("south", "southern"), "east": ("east", "eastern"),
                  "west": ("west", "western"), "central": ("central",), "northeast": ("northeast", "northeastern"),
                  "northwest": ("northwest", "northwestern"), "southeast": ("southeast", "southeastern"),
                  "southwest": ("southwest", "southwestern")}


def compass_names(compass: str) -> tuple[str, ...]:
    """The English words a region named after *compass* begins with ("south", "southern")."""
    return _COMPASS_NAMES.get(compass, ())


def compass_told(words: Collection[str], only: bool = False) -> str | None:
    """The one compass point the qualifier words of a phrase tell ("southern", "sud" of "sud du Liban", "בדרום"
    'in the south of'), or None when they tell none or two (a French, Spanish or Italian one only before its "of":
    "sur" alone is French 'on'). With *only*, also None when a word is none of these, their "of", an article or a
    possessive ending ("Irak'ın kuzeyinde Kandil" tells more than a direction of Iraq).

    Examples
    --------
    >>> compass_told(("sud", "du")), compass_told(("בדרומ",)), compass_told(("north", "south")), compass_told(("sur",))
    ('south', 'south', None, None)
    """
    told, words = set(), list(words)
    for k, word in enumerate(words):
        compass = compass_of(word) or (_ROMANCE_COMPASS.get(normalize(word)) if k + 1 < len(words)
                                       and normalize(words[k + 1]) in _DIRECTION_LINKS else None)
        if compass is None and _HEBREW_WORD.match(word):
            compass = next((c for p in hebrew_prefixes() if word.startswith(p)
                            and (c := compass_of(word[len(p):])) is not None), None)
        if only and compass is None and normalize(word) not in _DIRECTION_GLUE:
            return None
        told |= {compass} - {None}
    return told.pop() if len(told) == 1 else None


#: The directions of French, Spanish and Italian written before "of" and a country ("sud du Liban", "sur del
#: Líbano"); "sur" only so, never alone (it is French 'on').
_ROMANCE_COMPASS = {"sur": "south", "sud": "south", "nord": "north", "norte": "north", "est": "east", "este": "east",
                    "ouest": "west", "oeste": "west", "ovest": "west", "centro": "central", "centre": "central"}
_ROMANCE_DIRECTIONS = frozenset(_ROMANCE_COMPASS)
#: The "of" that joins them to the country's name (the key of "d'Israël" keeps its "d").
_DIRECTION_LINKS = frozenset({"of", "de", "del", "du", "di", "d"})
#: What else may stand between a direction word and the country's name (articles, a possessive's "s").
_DIRECTION_GLUE = _DIRECTION_LINKS | {"", "s", "the", "le", "la", "el", "il", "l", "des", "der"}


def directed_country(key: str, countries: Collection[str]) -> bool:
    """Whether a normalised key is a country's name after direction words ("northern israel", "south lebanon",
    "جنوب لبنان", "sud du liban"), given the keys of the countries' names.

    Such a phrase names the country, the direction word kept as a qualifier: reports' "northern Israel" is a part
    of Israel told roughly, not the Northern District's borders ("the port of Haifa in northern Israel" lies in the
    Haifa District). The regions named after a compass point are found by their own names ("the Northern District",
    "HaZafon", "the Galilee", "Jabal Amel"), and a region of the country named after the compass point and the
    country by the phrase too ("south Lebanon": South Lebanon; :meth:`gazetteer.resolver.Resolver._directed_province`).
    The gazetteer (:class:`gazetteer.resolver.Resolver`) and the text extractor read it so alike.

    Examples
    --------
    >>> directed_country("southern lebanon", frozenset({"lebanon"})), directed_country("lebanon", frozenset({"lebanon"}))
    (True, False)
    """
    return directed_split(key, countries) is not None


def directed_split(key: str, countries: Collection[str]) -> int | None:
    """How many words of a key that is a country's name after direction words (:func:`directed_country`) are the
    direction's ("sud du liban": 2, "southern lebanon": 1), or None when the key is no such phrase.

    Examples
    --------
    >>> directed_split("sud du liban", frozenset({"liban"})), directed_split("liban", frozenset({"liban"}))
    (2, None)
    """
    words = key.split()
    if len(words) >= 3 and words[0] in _ROMANCE_DIRECTIONS and words[1] in _DIRECTION_LINKS \
            and " ".join(words[2:]) in countries:
        return 2
    return next((i for i in range(1, len(words))
                 if all(compass_of(w) is not None for w in words[:i]) and " ".join(words[i:]) in countries), None)


@functools.cache
def landform_words() -> frozenset[str]:
    """The common nouns of landforms ("river", "valley", "mountains", "nehri", "بحيرة"): a name written with one is
    a river's, a valley's or a range's, never a town's that only sounds like it (:mod:`gazetteer.spanreading`)."""
    return frozenset(" ".join(words) for words in _table().get("landform", ()))


@functools.cache
def _modified_word() -> re.Pattern[str]:
    """A word joined by a hyphen to a participle of the grammar ("U.S.-run", "Kurdish-operated")."""
    participles = sorted((" ".join(w) for w in _table().get("modifier", ())), key=lambda w: (-len(w), w))
    return re.compile(rf"(?i)(?<!\S)[^\W\d_][\w.]*-(?:{'|'.join(map(re.escape, participles))})(?=[\s,]|$)")


@functools.cache
def _qualifier_keys() -> frozenset[str]:
    """The qualifier phrases of the grammar as keys ("israeli controlled")."""
    return frozenset(" ".join(w) for w in qualifier_words())


def without_modifiers(text: str) -> tuple[str, tuple[str, ...]]:
    """*text* without the words joined by a hyphen to a participle ("the U.S.-run Sarsang oil field": 'U.S.-run'),
    and those words as keys, which qualify the place and are no part of its name (a qualifier phrase of the
    grammar, "Israeli-controlled", is left to it).

    Examples
    --------
    >>> without_modifiers("the U.S.-run Sarsang oil field")
    ('the Sarsang oil field', ('u s run',))
    >>> without_modifiers("Tel Aviv")
    ('Tel Aviv', ())
    """
    spans = [m for m in _modified_word().finditer(text) if normalize(m.group(0)) not in _qualifier_keys()]
    if not spans:
        return text, ()  # "Israeli-controlled" is a qualifier of the grammar already
    bare = text
    for m in reversed(spans):
        bare = bare[:m.start()] + bare[m.end():]
    return re.sub(r"\s{2,}", " ", bare).strip(), tuple(normalize(m.group(0)) for m in spans)


@functools.cache
def conjunction_words() -> frozenset[str]:
    """The words that join names listed side by side ("Arak and Khondab", "Arak və Xondab"): neither holds the
    other."""
    return frozenset(" ".join(words) for words in _table().get("conjunction", ()))


def function_words() -> tuple[tuple[str, ...], ...]:
    """The function-word phrases ("of", "in", "de", "von"), as tuples of key words."""
    return _table().get("function", ())


@functools.cache
def edge_words() -> frozenset[str]:
    """Single words no name begins or ends with: the function words and the container and proximity words
    ("in Be'er" is no name: by sound it was Anbar)."""
    table = _table()
    found = {words[0] for role in ("function", "container", "proximity") for words in table.get(role, ())
             if len(words) == 1}
    # German "der" is folded like the "Der" that begins names (Deir): a word names begin with stays a name's edge.
    return frozenset(found - generic_words())


@functools.cache
def grammar_words() -> frozenset[str]:
    """Every key word of the grammar (qualifiers, links, street and function words, descriptors) and the
    generic words names begin with ("Tal", "Ain"): a run of them alone names no place ("Tal Sbeiha" is
    not "At Tall")."""
    words = {word for phrases in _table().values() for phrase in phrases for word in phrase}
    return frozenset(words | descriptor_words() | generic_words())


def may_name(key: str) -> bool:
    """Whether the folded *key* may name a place: it holds a word that is none of the grammar's
    (:func:`grammar_words`: descriptors, qualifiers, generic and common words, in every language of the tables), or a
    generic word that opens a name ("deir ez zur": "zur" is German grammar, but a word after "deir" is a name). A
    phrase of grammar words alone ("the border area", "القرية", "al-Matar") names no place: neither tier hears it by
    sound or likeness (:mod:`gazetteer.resolver`), and no world city answers it (:func:`gazetteer.world.name_runs`).

    Examples
    --------
    >>> may_name("border area"), may_name("deir ez zur"), may_name("qaim")
    (False, True, True)
    """
    words = key.split()
    return any(word not in grammar_words() for word in words) or any(word in generic_words() for word in words[:-1])


def role_words(role: str) -> tuple[tuple[str, ...], ...]:
    """The phrases of one *role* of the table ("street", "container", ...), as tuples of key words, longest first."""
    return _table().get(role, ())


@functools.cache
def written_role_words(role: str) -> tuple[tuple[str, ...], ...]:
    """The phrases of one *role* as written in the table (casefolded), longest first: what a pattern on the text
    as written must look for. The key form of Arabic "التي" ('which') is "تي", which is also "T" spelt out in a name
    ("البرج تي 22", Tower 22)."""
    found = {form for row in read_table("phrase_words.csv") if row["role"] == role
             for form in _forms(tuple(row["phrase"].casefold().split()))}
    return tuple(sorted(found, key=lambda w: (-len(w), w)))
