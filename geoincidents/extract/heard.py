"""Whether a place mention found only by sound stands (:mod:`geoincidents.extract.mentions` finds them).

A capitalised run no name matched may sound like a place ("Albukamal", "Qamishili"); it stands only where the
report's other names allow it: in a country they name as places, and inside the province or district written
right after it ("the Baadre area of Sheikhan district" is not Badra in Wasit). Mentions are
:class:`geoincidents.extract.mentions.Mention` objects.
"""
from __future__ import annotations

from typing import Any

__all__ = ["heard_in_context", "heard_outside_its_container"]


def heard_in_context(found: list[Any]) -> list[Any]:
    """A name found only by sound must lie in a country the report's spelt names name as places ("the Khurmala field in
    Erbil province" does not sound like Karmiel in Israel for a report about Iraq; "Israel said" names no place);
    alone, it stands. Nor may it lie outside the province or district written right after it as its container
    (:func:`heard_outside_its_container`)."""
    countries = {c.country for m in found if m.method != "phonetic" and not m.extra.get("metonym")
                 and not m.extra.get("owner") for c in m.candidates[:1]}
    found = [m for m in found if not heard_outside_its_container(m, found)]
    if not countries:
        return found
    return [m for m in found if m.method != "phonetic" or any(c.country in countries for c in m.candidates)]


#: Kinds of place that contain a name written right before them ("the Baadre area of Sheikhan district").
_CONTAINER_KINDS = frozenset({"governorate", "district"})
#: At most this many tokens between a name and the province or district that holds it.
_CONTAINER_GAP = 4


def heard_outside_its_container(mention: Any, found: list[Any]) -> bool:
    """Whether a name heard only by sound lies outside the province or district spelt right after it in its sentence
    ("the Baadre area of Sheikhan district, Duhok province": Baadre sounds like Badra, in Wasit, which neither holds)."""
    if mention.method != "phonetic":
        return False
    after = [m for m in found if m.sentence == mention.sentence and m.method != "phonetic" and m.first >= mention.last
             and m.first - mention.last <= _CONTAINER_GAP and m.candidates and m.candidates[0].kind in _CONTAINER_KINDS]
    if not after:
        return False
    held = {m.candidates[0].admin1 for m in after} - {""}
    return bool(held) and not any(c.admin1 in held for c in mention.candidates)
