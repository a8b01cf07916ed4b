"""The incident table's input columns and their vocabularies, as data.

The columns, event types, statuses and precisions live in
``geoincidents/data/columns.csv`` and ``vocabularies.csv``, read once with
:mod:`importlib.resources`; the parsers (:mod:`geoincidents.cells`), the docs
(:func:`columns_markdown`) and the CLI (``geoincidents validate --columns``)
all read them from here.

Examples
--------
>>> "rocket_attack" in EVENT_TYPES
True
>>> REQUIRED_COLUMNS
('incident_id', 'date', 'event_type')
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import pandas as pd
from rapidfuzz import process

from geoincidents.datatables import read_table

__all__ = [
    "Column",
    "COLUMNS",
    "COLUMN_NAMES",
    "REQUIRED_COLUMNS",
    "DERIVED_COLUMNS",
    "SOURCE_COLUMNS",
    "CLAIM_COLUMNS",
    "EVENT_TYPES",
    "EVENT_GROUPS",
    "STATUSES",
    "PRECISIONS",
    "DATE_PRECISIONS",
    "ROLES",
    "vocabulary",
    "closest",
    "columns_frame",
    "columns_markdown",
]

ROLES = ("launch", "target")

#: Columns computed by the loader (never typed in); accepted and recomputed when
#: a table written by us is read back.
DERIVED_COLUMNS = (
    "launch_place_id", "target_place_id", "launch_match", "target_match",
    "launch_ambiguous", "target_ambiguous", "launch_alternatives", "target_alternatives",
    "launch_country", "launch_admin1", "launch_admin1_name",
    "target_country", "target_admin1", "target_admin1_name",
    "launch_is_area", "target_is_area", "launch_radius_km", "target_radius_km",
    "cross_border", "range_km", "range_min_km", "range_max_km", "bearing_deg", "category", "timestamp", "geometry",
)
SOURCE_COLUMNS = ("source_id", "outlet", "published", "title", "file")
CLAIM_COLUMNS = ("incident_id", "source_id", "status", "assertion")


@dataclass(frozen=True)
class Column:
    """One input column: ``kind`` selects the parser (id, date, vocab, text, lat, lon, count, ref, idlist)."""

    name: str
    kind: str
    required: bool
    vocabulary: str | None
    description: str


COLUMNS: tuple[Column, ...] = tuple(
    Column(r["name"], r["kind"], r["required"] == "yes", r["vocabulary"] or None, r["description"])
    for r in read_table("columns.csv")
)
COLUMN_NAMES = tuple(c.name for c in COLUMNS)
REQUIRED_COLUMNS = tuple(c.name for c in COLUMNS if c.required)

_VOCAB_ROWS = read_table("vocabularies.csv")


def vocabulary(name: str) -> tuple[str, ...]:
    """The allowed values of one vocabulary (``event_type``, ``status``, ``precision``, ``date_precision``).

    Examples
    --------
    >>> vocabulary("status")[:3]
    ('reported', 'claimed', 'attributed')
    """
    values = tuple(r["value"] for r in _VOCAB_ROWS if r["vocabulary"] == name)
    if not values:
        known = sorted({r["vocabulary"] for r in _VOCAB_ROWS})
        raise KeyError(f"vocabulary {name!r} is unknown; expected one of {known}")
    return values


EVENT_TYPES = vocabulary("event_type")
EVENT_GROUPS = {r["value"]: r["group"] for r in _VOCAB_ROWS if r["vocabulary"] == "event_type"}
STATUSES = vocabulary("status")
PRECISIONS = vocabulary("precision")
DATE_PRECISIONS = vocabulary("date_precision")


def closest(value: Any, choices: tuple[str, ...] | list[str], *, cutoff: float = 60) -> str | None:
    """The choice most like ``value`` (rapidfuzz WRatio ≥ ``cutoff``), or None.

    Examples
    --------
    >>> closest("lanch_place", COLUMN_NAMES)
    'launch_place'
    """
    if value is None or not choices:
        return None
    hit = process.extractOne(str(value), list(choices), score_cutoff=cutoff)
    return hit[0] if hit else None


def columns_frame() -> pd.DataFrame:
    """The input columns as a DataFrame (name, kind, required, allowed, description) for docs and the CLI."""
    return pd.DataFrame(
        {
            "name": [c.name for c in COLUMNS],
            "kind": [c.kind for c in COLUMNS],
            "required": [c.required for c in COLUMNS],
            "allowed": [", ".join(vocabulary(c.vocabulary)) if c.vocabulary else "" for c in COLUMNS],
            "description": [c.description for c in COLUMNS],
        }
    )


def columns_markdown() -> str:
    """The input columns as a Markdown table (for README/docs).

    Examples
    --------
    >>> columns_markdown().splitlines()[2].startswith("| incident_id |")
    True
    """
    lines = ["| column | required | allowed values | meaning |", "| --- | --- | --- | --- |"]
    for row in columns_frame().itertuples():
        lines.append(f"| {row.name} | {'yes' if row.required else ''} | {row.allowed} | {row.description} |")
    return "\n".join(lines)
