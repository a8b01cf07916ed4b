"""A site named through the place that owns it: "Baghdad's airport", "Sanaa's international airport", "the air base
in Irbil".

The gazetteer resolves such a phrase (its descriptor words name the kind); in running text the name scan stops at
the "'s", so the mention would be the city. :func:`owned_site` extends the mention to the site when the longer
phrase resolves, by name and not by likeness, to a site of the owner's country. :func:`site_of_the_town` reads the
site words told before a town ("the air base in Irbil") the same way: the town's site of that kind, when the
gazetteer knows one by the town.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from gazetteer.hints import distance_km
from gazetteer.normalize import normalize_parts
from gazetteer.places import SITE_KINDS

from geoincidents.extract import lexicon
from geoincidents.extract.names import demonym_words
from geoincidents.extract.particles import is_hebrew
from geoincidents.extract.text import Sentence

__all__ = ["hebrew_site_of_the_town", "owned_site", "site_of_the_town"]

_APOSTROPHES = ("'", "’")
_TOWN_KINDS = frozenset({"city", "town"})
_WORDS_AFTER = 3  # "'s (new) (international) airport"


def owned_site(sentence: Sentence, first: int, hit: int, owner: Any,
               resolve: Callable[[str], tuple[list[Any], str, float] | None]) -> tuple[int, tuple] | None:
    """(end token, resolution) of "<owner>'s <words> <site word>" when it names a site, else None."""
    tokens = sentence.tokens
    if hit + 2 >= len(tokens) or tokens[hit].text not in _APOSTROPHES or tokens[hit + 1].text.lower() != "s" \
            or tokens[hit].start != tokens[hit - 1].end:
        return None
    best = None
    for end in range(hit + 3, min(len(tokens), hit + 2 + _WORDS_AFTER) + 1):
        word = tokens[end - 1].text
        if not (word.isalpha() and word.islower()):
            break
        query = sentence.text[tokens[first].start - sentence.start:tokens[end - 1].end - sentence.start]
        found = resolve(query)
        if found is not None and found[1] in ("exact", "alias") and found[0][0].kind in SITE_KINDS \
                and found[0][0].country == owner.country and found[0][0].id != owner.id:
            best = (end, found)
    return best


#: How far from the town a site named "the <site> in <town>" may lie.
SITE_OF_THE_TOWN_KM = 20.0
#: How far from its city an airport named "the airport of <city>" may lie: a city's airport lies out of town
#: (Damascus International 24 km from the city's point, Imam Khomeini International 39 km from Tehran's).
AIRPORT_OF_THE_TOWN_KM = 45.0
#: Words that name a site before "in" or "of" ("the air base in Irbil", "the airport of Sanaa").
_SITE_WORDS_BEFORE = 3


def site_of_the_town(sentence: Sentence, first: int, name: str, town: Any,
                     resolve: Callable[[str], tuple[list[Any], str, float] | None], prefix: str = "") -> tuple | None:
    """The resolution of "the <site words> in <town>" ("the air base in Irbil"; *name* the town as written, from
    token *first*) or "the <site words> of <town>" ("the airport of Sanaa", "l'aéroport international de Sanaa",
    "el aeropuerto de Erbil", "l'aéroport d'Erbil": *prefix* the elided "d'" cut off the town's word) when it names a
    site of the town: a site the gazetteer knows by the town (not a container reading), within
    :data:`SITE_OF_THE_TOWN_KM`; else None."""
    tokens = sentence.tokens
    if town.kind not in _TOWN_KINDS:
        return None
    if first >= 2 and tokens[first - 1].text == _ARABIC_IN:
        return _within_reach(_arabic_site_before(sentence, first, name, resolve), town)
    if prefix.lower() in _ELIDED_OF:
        k, link = first - 1, "de"
    elif first >= 5 and [t.text.lower() for t in tokens[first - 4:first]] in _IN_THE_TOWN_OF:
        k, link = first - 5, "in"  # "the military airport in the city of Deir Ezzor"
    elif first >= 2 and tokens[first - 1].text.lower() in _LINKS:
        k, link = first - 2, tokens[first - 1].text.lower()
    else:
        return None
    words: list[str] = []
    while k >= 0 and len(words) < _SITE_WORDS_BEFORE:
        word = tokens[k].text
        bare = word[len(word) - len(lexicon.unelided(word.lower())):]
        if not (bare.isalpha() and bare.islower()) or bare in ("the", "a", "an"):
            break
        words.insert(0, bare)
        k -= 1
        if bare != word:
            break  # "l'aéroport": the elided article opens the site's words
    if words and k >= 0 and tokens[k].text[:1].isupper() and lexicon.unelided(tokens[k].text.lower()) == tokens[k].text.lower() \
            and tokens[k].text.lower() not in ("the", "a", "an") \
            and lexicon.actors().match_at([tokens[k].text.lower()], 0) is None:
        # (an article opening the sentence names nothing; a state's or force's word is whose it is: "the US base in
        # Erbil", "the American base in Erbil")
        return None  # "the Harir base in Erbil": the site words are a named site's
    if link != "in" and set(words) & _PORT_WORDS:
        # "le port d'Eilat": a port told "of" its town is the port city, unless the gazetteer names it so, its state's
        # adjective aside ("le port yéménite de Hodeïdah", "el puerto yemení de Hodeida": the port of Hodeidah)
        plain = [w for w in words if w not in demonym_words()]
        found = resolve(" ".join(plain) + f" {link} " + name) if plain != words else None
        return found if found is not None and found[1] in ("exact", "alias") and found[0][0].kind in SITE_KINDS \
            else None
    return _within_reach(resolve(" ".join(words) + f" {link} " + name) if words else None, town)


def _within_reach(found: tuple[list[Any], str, float] | None, town: Any) -> tuple | None:
    """*found*, the resolution of a site named by its town, when it is a site (not a container reading) within
    :data:`SITE_OF_THE_TOWN_KM` (an airport :data:`AIRPORT_OF_THE_TOWN_KM`) of *town*, else None."""
    if found is None or found[1] == "container" or found[0][0].kind not in SITE_KINDS:
        return None
    site = found[0][0]
    reach = AIRPORT_OF_THE_TOWN_KM if site.kind == "airport" else SITE_OF_THE_TOWN_KM
    return found if distance_km(site.lat, site.lon, town.lat, town.lon) <= reach else None


def _arabic_site_before(sentence: Sentence, first: int, name: str,
                        resolve: Callable[[str], tuple[list[Any], str, float] | None]) -> tuple | None:
    """ "قاعدة أمريكية في الشدادي" 'a US base in Shaddadi': the resolution of the site noun before "في" ('in', at
    token *first* - 1) and at most :data:`_ARABIC_ADJECTIVES` adjectives of a state or force (أمريكية 'American':
    whose the site is, as "the US base in Erbil"), read with the town as Arabic names a town's site ("قاعدة الشدادي",
    as the gazetteer holds it); None when no site noun stands there. (Another adjective is part of what the site is:
    "المطار العسكري في بغداد" 'the military airport in Baghdad' is not Baghdad's airport.)"""
    lowered = sentence.lowered
    k = first - 2
    while k >= 0 and first - 2 - k < _ARABIC_ADJECTIVES and lexicon.actors().match_at(lowered, k) is not None:
        k -= 1
    if k < 0 or lowered[k] not in _ARABIC_SITE_NOUNS:
        return None
    return resolve(_ARABIC_SITE_NOUNS[lowered[k]] + " " + name)


def hebrew_site_of_the_town(sentence: Sentence, first: int, town: Any,
                            resolve: Callable[[str], tuple[list[Any], str, float] | None]) -> tuple | None:
    """ "לנמל התעופה הבינלאומי של ביירות" 'to the international airport of Beirut': (first token of the site words,
    the prefix its first word carries, the site's resolution) for Hebrew site words before "של" ('of') and the town
    at token *first*, else None. Hebrew writes no capitals, so the site words are the longest run before "של" whose
    descriptors (the gazetteer's canonical words: "נמל התעופה" is "airport") name a site of the town, looked up as
    "airport of Beirut" (the town's own name: the gazetteer holds few sites by a Hebrew name), within
    :data:`SITE_OF_THE_TOWN_KM` (an airport :data:`AIRPORT_OF_THE_TOWN_KM`) of it."""
    tokens = sentence.tokens
    if town.kind not in _TOWN_KINDS or first < 2 or tokens[first - 1].text != _HEBREW_OF:
        return None
    words: list[str] = []
    k = first - 2
    while k >= 0 and len(words) < _SITE_WORDS_BEFORE and is_hebrew(tokens[k].text):
        words.insert(0, tokens[k].text)
        k -= 1
    for start in range(len(words)):
        lead = words[start]
        for cut in ("", lead[0]) if len(lead) > 3 and lead[0] in _HEBREW_PREFIXES else ("",):
            descriptors = normalize_parts(" ".join([lead[len(cut):], *words[start + 1:], _HEBREW_OF, "x"]))[1]
            if not descriptors:
                continue
            found = resolve(f"{' '.join(descriptors)} of {town.name}")
            if found is not None and found[1] != "container" and found[0][0].kind in SITE_KINDS:
                site = found[0][0]
                reach = AIRPORT_OF_THE_TOWN_KM if site.kind == "airport" else SITE_OF_THE_TOWN_KM
                if distance_km(site.lat, site.lon, town.lat, town.lon) <= reach:
                    return first - 1 - len(words) + start, cut, found
                return None
    return None


#: Arabic 'in', between a site's words and its town ("قاعدة أمريكية في الشدادي").
_ARABIC_IN = "في"
#: The Arabic site nouns (with and without the article) a town names in the gazetteer ("قاعدة الشدادي", "مطار أربيل").
_ARABIC_SITE_NOUNS = {"قاعدة": "قاعدة", "القاعدة": "قاعدة", "مطار": "مطار", "المطار": "مطار"}
#: How many state adjectives may stand between the Arabic site noun and "في" ("القاعدة الأمريكية في").
_ARABIC_ADJECTIVES = 2

#: Hebrew 'of', between a site's words and its town ("נמל התעופה של דמשק"), and the one-letter prefixes the first
#: site word may carry ("לנמל", "בנמל", "מנמל", "ונמל", "שנמל").
_HEBREW_OF = "של"
_HEBREW_PREFIXES = frozenset("בלמוש")


#: The words that join site words to their town: "in", and "of" as English, French, Spanish and Italian write it.
_LINKS = lexicon.OF_WORDS | {"in"}
#: An elided "of" joined to the town's word ("l'aéroport d'Erbil"; an elided article on the site's word is
#: :func:`lexicon.unelided`'s).
_ELIDED_OF = ("d'", "d’")
#: "in the city of", "in the town of" between the site words and the town.
_IN_THE_TOWN_OF = [["in", "the", noun, "of"] for noun in ("city", "town")]
_PORT_WORDS = frozenset({"port", "harbour", "harbor", "puerto", "porto", "hafen"})
