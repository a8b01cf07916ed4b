"""Shared fixtures for tests/geoincidents.

- ``seeds_dir``: the repository's seeds/ directory.
- ``seed_table`` (session): ``load_incidents("seeds/incidents.csv")`` with its
  sources and claims, loaded once for every test that only reads it.
- ``base_row``: a factory for one valid input row (a rocket attack from Zummar
  on the Rumalyn base); keyword arguments override columns, None blanks one.
- ``tiny_csv``: a factory writing hand-made incidents (and optionally sources
  and claims) CSVs into ``tmp_path``; returns the incidents path.
"""
from __future__ import annotations

import csv
from pathlib import Path
from typing import Any, Callable, Sequence

import pytest

SEEDS = Path(__file__).resolve().parents[2] / "seeds"

BASE_ROW: dict[str, Any] = {
    "incident_id": "t-1",
    "date": "2024-04-21",
    "event_type": "rocket_attack",
    "actor": "unidentified faction",
    "target_actor": "US forces",
    "launch_place": "Zummar",
    "launch_precision": "town",
    "target_place": "Rumalyn base",
    "target_precision": "exact",
    "status": "reported",
}


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    return SEEDS


@pytest.fixture(scope="session")
def seed_table():
    from geoincidents.io.load import load_incidents

    return load_incidents(SEEDS / "incidents.csv")


@pytest.fixture
def base_row() -> Callable[..., dict[str, Any]]:
    def make(**overrides: Any) -> dict[str, Any]:
        row = dict(BASE_ROW)
        row.update(overrides)
        return row

    return make


def _write(path: Path, rows: Sequence[dict[str, Any]] | str, columns: Sequence[str] | None = None) -> Path:
    if isinstance(rows, str):
        path.write_text(rows, encoding="utf-8")
        return path
    if columns is None:
        columns = []
        for row in rows:
            columns += [c for c in row if c not in columns]
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(columns))
        writer.writeheader()
        for row in rows:
            writer.writerow({k: ("" if v is None else v) for k, v in row.items()})
    return path


@pytest.fixture
def tiny_csv(tmp_path: Path) -> Callable[..., Path]:
    """``tiny_csv(rows, *, sources=None, claims=None, name="incidents.csv", columns=None)``.

    ``rows`` is a list of dicts (blank cells for None) or the raw CSV text;
    ``sources`` / ``claims`` likewise, written as sources.csv / claims.csv beside it.
    """

    def make(
        rows: Sequence[dict[str, Any]] | str,
        *,
        sources: Sequence[dict[str, Any]] | str | None = None,
        claims: Sequence[dict[str, Any]] | str | None = None,
        name: str = "incidents.csv",
        columns: Sequence[str] | None = None,
    ) -> Path:
        path = _write(tmp_path / name, rows, columns)
        if sources is not None:
            _write(tmp_path / "sources.csv", sources)
        if claims is not None:
            _write(tmp_path / "claims.csv", claims)
        return path

    return make
