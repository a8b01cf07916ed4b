"""geoincidents: two-point incident tables, exports and maps of cross-border fire.

    >>> import geoincidents as gi
    >>> from geoincidents.datasets import seed_path
    >>> t = gi.load_incidents(seed_path())   # seeds/incidents.csv in a checkout; your own file the same way
    >>> t.in_province("Hasaka").cross_border()
    <IncidentTable: 1 incident, 2024-04-21 to 2024-04-21, 1 cross-border, 11 claims>

Public names are imported lazily so that ``import geoincidents`` does not pull
in folium or matplotlib until a map is asked for.
"""
from __future__ import annotations

import importlib
from typing import Any

__version__ = "0.1.0"

__all__ = [
    "load_incidents",
    "read_acled",
    "IncidentTable",
    "GeoIncidentsError",
    "SchemaError",
    "ValidationError",
    "ExportError",
    "ArgumentError",
    "ExtractError",
    "UnknownCountry",
    "Problem",
    "extract_report",
    "extract_reports",
]

_WHERE = {
    "load_incidents": "geoincidents.io.load",
    "read_acled": "geoincidents.io.acled",
    "IncidentTable": "geoincidents.table",
    "GeoIncidentsError": "geoincidents.errors",
    "SchemaError": "geoincidents.errors",
    "ValidationError": "geoincidents.errors",
    "ExportError": "geoincidents.errors",
    "ArgumentError": "geoincidents.errors",
    "ExtractError": "geoincidents.errors",
    "UnknownCountry": "geoincidents.errors",
    "Problem": "geoincidents.errors",
    "write_acled_csv": "geoincidents.io.acled",
    "export": "geoincidents.io.export",
    "extract_report": "geoincidents.extract.report",
    "extract_reports": "geoincidents.extract.report",
}


def __getattr__(name: str) -> Any:
    if name == "datasets":
        return importlib.import_module("geoincidents.datasets")
    try:
        module = _WHERE[name]
    except KeyError:
        raise AttributeError(f"module 'geoincidents' has no attribute {name!r}") from None
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
