"""Whether a place mention found only by sound or likeness stands (:mod:`geoincidents.extract.mentions` finds them).

A capitalised run no name matched may sound like a place ("Albukamal", "Qamishili"); it stands only where the
report's other names allow it: in a country they name as places, and inside the province or district written
right after it ("the Baadre area of Sheikhan district" is not Badra in Wasit). Mentions are
:class:`geoincidents.extract.mentions.Mention` objects.
"""
from __future__ import annotations

from typing import Any, Sequence

from gazetteer.hints import distance_km
from gazetteer.normalize import article_words

from geoincidents.extract import lexicon

__all__ = ["HEARD_METHODS", "heard_in_context", "heard_outside_its_container", "alone_abroad", "heard_far_away",
           "heard_beside_a_compatriot", "heard_far_from_its_neighbours"]

#: How a name is found when it is no name the gazetteer spells: by sound ("phonetic") or likeness ("fuzzy").
HEARD_METHODS = frozenset({"phonetic", "fuzzy"})


def heard_in_context(found: list[Any], sentences: list[Any] | None = None) -> list[Any]:
    """A name found only by sound must lie in a country the report's spelt names name as places ("the Khurmala field in
    Erbil province" does not sound like Karmiel in Israel for a report about Iraq; "Israel said" names no place);
    alone, it stands. Nor may it lie outside the province or district written right after it as its container
    (:func:`heard_outside_its_container`)."""
    countries = {c.country for m in found if m.method not in HEARD_METHODS and not m.extra.get("metonym")
                 and not m.extra.get("owner") for c in m.candidates[:1]}
    found = [m for m in found if not heard_outside_its_container(m, found, sentences) and not alone_abroad(m, found)
             and (heard_beside_a_compatriot(m, found, sentences)
                  or not heard_far_away(m, found) and not heard_far_from_its_neighbours(m, found))]
    if not countries:
        return found
    return [m for m in found if m.method not in HEARD_METHODS or any(c.country in countries for c in m.candidates)]


#: Kinds of place that contain a name written right before them ("the Baadre area of Sheikhan district").
_CONTAINER_KINDS = frozenset({"governorate", "district"})
#: At most this many tokens between a name and the province or district that holds it.
_CONTAINER_GAP = 4


def heard_outside_its_container(mention: Any, found: list[Any], sentences: list[Any] | None = None) -> bool:
    """Whether a name heard only by sound lies outside the province or district spelt right after it in its sentence
    ("the Baadre area of Sheikhan district, Duhok province": Baadre sounds like Badra, in Wasit, which neither holds).
    With the report's *sentences* given, a province that is the next item of a list is no container ("Tal Rifaat,
    Jazira and Derik": Jazira, a name of Hasakah province, holds neither Tal Rifaat nor Derik)."""
    if mention.method not in HEARD_METHODS:
        return False
    after = [m for m in found if m.sentence == mention.sentence and m.method not in HEARD_METHODS
             and m.first >= mention.last and m.first - mention.last <= _CONTAINER_GAP and m.candidates and m.candidates[0].kind in _CONTAINER_KINDS
             and (sentences is None or _spelt_as_container(mention, m, sentences[m.sentence].tokens))]
    if not after:
        return False
    held = {m.candidates[0].admin1 for m in after} - {""}
    return bool(held) and not any(c.admin1 in held for c in mention.candidates)


def _spelt_as_container(mention: Any, container: Any, tokens: Sequence[Any]) -> bool:
    """Whether *container* is written as what holds *mention*, not as the next item of a list: no "and" or "or"
    between them, and after a bare comma, a word of area (province, district ...) in or right after it."""
    gap = [t.lower for t in tokens[mention.last:container.first]]
    if set(gap) & lexicon.LIST_CONJUNCTIONS:
        return False
    if gap and set(gap) <= {",", "،"}:
        area = lexicon.words("area_of")
        after = tokens[container.last].lower if container.last < len(tokens) else ""
        return after in area or any(t.lower in area for t in tokens[container.first:container.last])
    return True


#: Kinds of a small place whose name, found alone in a report about somewhere else, is more likely another place of
#: the same name the gazetteer lacks (a shrine, a desert area) than the village abroad it holds.
_SMALL_KINDS = frozenset({"town", "village", "area"})
#: A place this close to another the report names is near enough to belong to its story, across a border too.
_NEIGHBOUR_KM = 100.0
#: Kinds too large for their point to say where a story is (a sea's or a river's point lies far from most of its shores).
_AREA_KINDS = frozenset({"country", "region", "governorate", "sea", "river"})


def alone_abroad(mention: Any, found: list[Any]) -> bool:
    """Whether a small place (town, village, area) or a name heard only by sound lies in a country no other place of
    the report lies in, while the report names countries and not that one, and within 100 km of none of its places
    with a point (towns, bases; a report placing only countries and provinces keeps it): in
    a report about strikes around al-Mayadeen in Syria, "the al-Shibli shrine" is not the Israeli village Shibli, nor
    "the Haidariya area" Hadera. A report naming no other place, or no country, keeps it."""
    place = mention.candidates[0] if mention.candidates else None
    if place is None or (mention.method not in HEARD_METHODS and place.kind not in _SMALL_KINDS):
        return False
    spelt = _spelt_places(found, mention.text.lower())
    # Small places stand beside the others only in a country a larger place of the report lies in.
    anchored = {o.country for o in spelt if o.kind not in _SMALL_KINDS}
    others = [o for o in spelt if o.kind not in _SMALL_KINDS or o.country in anchored]
    if not others:
        return False
    named = {o.country for o in spelt if o.kind == "country"}
    if not named or place.country in named or any(o.country == place.country for o in others):
        return False  # the report names no country, or names this one
    points = [o for o in others if o.kind not in _AREA_KINDS]
    # Only places with a point say where the story is: a country's point says nothing of its border ("Turkey pounded
    # oil facilities near Derik": Derik lies by the Turkish border, far from Turkey's point).
    if mention.method not in HEARD_METHODS and not any(
            o.kind not in _AREA_KINDS for o in _spelt_places([m for m in found if m.sentence == mention.sentence],
                                                             mention.text.lower())):
        # (a name spelt as the gazetteer writes it, the only place of its sentence, stands: "US jets struck militia
        # sites in al-Qaim on Saturday" before a sentence on the attack at Tower 22 in Jordan it answered)
        return False
    return bool(points) and not any(distance_km(place.lat, place.lon, o.lat, o.lon) <= _NEIGHBOUR_KM for o in points)


def heard_far_away(mention: Any, found: list[Any]) -> bool:
    """Whether a village or town heard only by sound lies farther than a neighbour (100 km, as for :func:`alone_abroad`)
    from every place with a point the report spells, and in no province of its spelt places, whatever countries it
    names: in a report of Turkish strikes round Qamishli, "near the village of Gir Bari" is not Gir Badu by Sinjar,
    228 km away, though the report names Iraq. A report that spells no place with a point keeps it. (So a town farther
    off is lost too: "Qussair" heard in a report of strikes on Damascus and Aleppo, some 140 km from both.)"""
    return _heard_far_from(mention, _spelt_places(found, mention.text.lower()))


def heard_far_from_its_neighbours(mention: Any, found: list[Any]) -> bool:
    """Whether a town or village heard only by sound lies farther than a neighbour (100 km) from every place with a
    point spelt in its own sentence and the one before, and in none of their provinces: "Israeli troops advanced
    towards the town of Nawa in the western Daraa countryside. Residents confronted the force near the Jabiliyeh dam"
    is not Jableh on the coast, 250 km away, though the report names Hama nearer it. Sentences that spell no place
    keep it."""
    # (not a city: "פיצוצים נשמעו בבגדד ובארביל", Baghdad heard beside Erbil, 320 km away: only towns and villages)
    near = (mention.sentence, mention.sentence - 1)
    return _heard_far_from(mention, _spelt_places([m for m in found if m.sentence in near], mention.text.lower()))


def heard_beside_a_compatriot(mention: Any, found: list[Any], sentences: list[Any] | None = None) -> bool:
    """Whether a name of two words or more heard by sound ("Jurf As-Sakr", Jurf al-Sakhar) is told in a sentence
    that spells a place with a point in its country ("confirmed that al-Qaim and Jurf As-Sakr had been bombed") or its
    own province, or that names its country as a place ("a node near Al Anbar and Jurf al-Saqr, sites used in attacks
    in Iraq"); a village, only its country written right after it as where it lies, given the report's *sentences*
    ("near Gir Bari, Iraq"; not "near the village of Gir Bari, east of Qamishli, by the border with Iraq"): one
    story's places, however far apart (al-Qaim and Jurf al-Sakhar lie 330 km apart), which neither
    :func:`heard_far_away` nor :func:`heard_far_from_its_neighbours` then drops. A single word heard ("Qussair") is
    too often another word."""
    place = mention.candidates[0] if mention.candidates else None
    if place is None or mention.method not in HEARD_METHODS:
        return False
    articles = article_words()
    words = [w for w in mention.text.replace("-", " ").split() if w.lower() not in articles]
    if len(words) < 2:
        return False
    if any(o.country == place.country
           and (o.kind not in _AREA_KINDS or o.kind == "governorate" and o.admin1 == place.admin1)
           for o in _spelt_places([m for m in found if m.sentence == mention.sentence], mention.text.lower())):
        return True
    return any(
        m.sentence == mention.sentence and m.candidates and m.candidates[0].kind == "country"
        and m.candidates[0].country == place.country and m.method not in HEARD_METHODS and not m.extra.get("metonym")
        and (place.kind != "village"
             or sentences is not None and sentences[m.sentence].lowered[mention.last:m.first] in (["in"], [","]))
        for m in found)


def _heard_far_from(mention: Any, spelt: list[Any]) -> bool:
    """Whether *mention*, a town or village heard only by sound, lies in no province of the places *spelt* and farther
    than a neighbour (:data:`_NEIGHBOUR_KM`) from each of them that has a point; False when none has one."""
    place = mention.candidates[0] if mention.candidates else None
    if place is None or mention.method not in HEARD_METHODS or place.kind not in ("town", "village"):
        return False
    if any(o.admin1 and o.admin1 == place.admin1 for o in spelt):
        return False  # (a province of the story: "Kobane, Tal Rifaat, Jazira and Derik", Tal Rifaat 120 km from Kobani)
    points = [o for o in spelt if o.kind not in _AREA_KINDS]
    return bool(points) and not any(distance_km(place.lat, place.lon, o.lat, o.lon) <= _NEIGHBOUR_KM for o in points)


def _spelt_places(found: list[Any], key: str) -> list[Any]:
    """The places of the mentions *found* spelt as the gazetteer writes them, other than those written *key*: not
    heard by sound, and not a state named as an actor ("Israel struck ...", "Lebanon's Hezbollah"), which places
    nothing."""
    return [m.candidates[0] for m in found if m.candidates and m.text.lower() != key and m.method not in HEARD_METHODS
            and not m.extra.get("metonym") and not m.extra.get("owner")]
