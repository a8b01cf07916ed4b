"""The package's rule tables: every CSV table under ``gazetteer/data/`` is read here, one way.

Rules live in data (letters, articles, descriptors, phrase words, phonetic
rules, kinds, ...): UTF-8 CSV files with a header row, shipped with the
package and found with :mod:`importlib.resources`, so they work from a wheel
as from a checkout. Each module that owns a rule reads its table through
:func:`read_table` and builds what it needs from the rows, once (cached there).

Examples
--------
>>> rows = read_table("kinds.csv")
>>> "kind" in rows[0] and any(row["kind"] == "air_base" for row in rows)
True
"""
from __future__ import annotations

import csv
import importlib.resources

__all__ = ["read_table"]


def read_table(name: str) -> list[dict[str, str]]:
    """The rows of ``gazetteer/data/<name>``, a UTF-8 CSV file with a header, each a dict by column name."""
    resource = importlib.resources.files("gazetteer").joinpath("data", name)
    with resource.open("r", encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))
