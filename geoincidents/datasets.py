"""Example data shipped with the package: the seed incident table.

The seed table (13 incidents from five public reports of April 2024 and
before, with their sources and claims) is package data, so it can be loaded
and mapped from any directory after ``pip install``. In a source checkout
``seeds/`` points at the same files.

Examples
--------
>>> seed_path().name
'incidents.csv'
>>> len(seed())
13
"""
from __future__ import annotations

import os
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    from gazetteer import Boundaries, Gazetteer
    from geoincidents.table import IncidentTable

__all__ = ["seed", "seed_path", "DATASETS", "input_path"]

#: Names the command line accepts in place of FILE.
DATASETS = ("seed",)


def seed_path(table: str = "incidents") -> Path:
    """The path of a seed table: ``incidents`` (default), ``sources`` or ``claims``."""
    if table not in ("incidents", "sources", "claims"):
        from geoincidents.errors import ArgumentError

        raise ArgumentError("table", table, "one of incidents, sources, claims")
    return Path(str(resources.files("geoincidents").joinpath("data", "seeds", f"{table}.csv")))


def seed(*, gazetteer: Gazetteer | None = None, boundaries: Boundaries | None = None) -> IncidentTable:
    """The seed incident table, with its sources and claims, loaded like any other table."""
    from geoincidents.io.load import load_incidents

    return load_incidents(seed_path(), gazetteer=gazetteer, boundaries=boundaries)


def input_path(file: str | os.PathLike[str]) -> str | os.PathLike[str]:
    """``file``, or the bundled dataset it names when no such file exists (``seed``)."""
    if str(file) in DATASETS and not Path(file).exists():
        return str(seed_path())
    return file
