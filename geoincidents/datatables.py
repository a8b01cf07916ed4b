"""The package's rule tables: every CSV table under ``geoincidents/data/`` the toolkit reads as rows, read one way.

Vocabularies, columns, categories, precisions, time zones and ACLED's event
types live in data: UTF-8 CSV files with a header row, shipped with the package
and found with :mod:`importlib.resources`. Each module that owns a rule reads
its table through :func:`read_table` and builds what it needs from the rows.
(:mod:`gazetteer.datatables` does the same for the gazetteer's own tables.)

Examples
--------
>>> rows = read_table("precisions.csv")
>>> "precision" in rows[0]
True
"""
from __future__ import annotations

import csv
import io
from importlib import resources

__all__ = ["read_table"]


def read_table(name: str) -> list[dict[str, str]]:
    """The rows of ``geoincidents/data/<name>``, a UTF-8 CSV file with a header, each a dict by column name."""
    text = resources.files("geoincidents").joinpath("data", name).read_text(encoding="utf-8")
    return list(csv.DictReader(io.StringIO(text)))
