"""gazetteer: offline resolution of place names to coordinates and provinces.

Knows nothing of incidents or maps. Start with::

    >>> from gazetteer import Gazetteer
    >>> g = Gazetteer.default()
    >>> g.resolve("Ayn al-Asad").name
    'Ain al-Asad Air Base'

Public names are imported lazily so that ``import gazetteer`` stays cheap.
"""
from __future__ import annotations

import importlib
from typing import Any

__all__ = [
    "Gazetteer",
    "Place",
    "Match",
    "Boundaries",
    "normalize",
    "Geocoder",
    "GazetteerError",
    "InvalidName",
    "PlaceNotFound",
    "AmbiguousPlace",
    "BoundaryError",
    "GeoNamesFormatError",
    "GeocoderError",
    "PlaceDataError",
    "InvalidHint",
]

_WHERE = {
    "Gazetteer": "gazetteer.core",
    "Place": "gazetteer.places",
    "Match": "gazetteer.places",
    "Boundaries": "gazetteer.boundaries",
    "normalize": "gazetteer.normalize",
    "Geocoder": "gazetteer.geocoder",
    "GazetteerError": "gazetteer.errors",
    "InvalidName": "gazetteer.errors",
    "PlaceNotFound": "gazetteer.errors",
    "AmbiguousPlace": "gazetteer.errors",
    "BoundaryError": "gazetteer.errors",
    "GeoNamesFormatError": "gazetteer.errors",
    "GeocoderError": "gazetteer.errors",
    "PlaceDataError": "gazetteer.places",
    "InvalidHint": "gazetteer.hints",
}


def __getattr__(name: str) -> Any:
    try:
        module = _WHERE[name]
    except KeyError:
        raise AttributeError(f"module 'gazetteer' has no attribute {name!r}") from None
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
