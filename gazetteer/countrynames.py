"""The names of countries in the languages reporters write, from the Unicode CLDR (``data/country_names.csv``).

Reports name the region's countries in their own language (Hungarian "Szíria", Turkish "Suriye", Persian
"سوریه", Hebrew "עיראק"). ``tools/gazetteer_countries.py`` writes those names from CLDR's territory names
(the release its docstring records), reviewed by rule: none that is another curated place's spelling, that
two countries share, or that is a common word elsewhere. Every place of kind ``country`` read from a places
file takes the names of its ISO code as aliases, so run time never needs the CLDR library.

Examples
--------
>>> "Szíria" in country_names()["SY"]
True
"""
from __future__ import annotations

import functools

from gazetteer.datatables import read_table
from gazetteer.places import Place, with_aliases

__all__ = ["country_names", "with_country_names"]


@functools.cache
def country_names() -> dict[str, tuple[str, ...]]:
    """ISO 3166-1 alpha-2 code → the country's names in other languages (``data/country_names.csv``)."""
    names: dict[str, list[str]] = {}
    for row in read_table("country_names.csv"):
        names.setdefault(row["country"], []).append(row["name"])
    return {code: tuple(found) for code, found in names.items()}


def with_country_names(place: Place) -> Place:
    """*place* with its country's CLDR names added to its aliases when it is a country; else *place*.

    Examples
    --------
    >>> syria = Place(id="cc-sy", name="Syria", kind="country", lat=33.5, lon=36.3, country="SY")
    >>> "Suriye" in with_country_names(syria).aliases
    True
    """
    return with_aliases(place, country_names().get(place.country, ())) if place.kind == "country" else place
