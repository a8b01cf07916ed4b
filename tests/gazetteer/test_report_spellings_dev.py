"""Spellings of places as 2022-2025 attack reports wrote them (Shafaq, Rudaw, Kurdistan 24, AP, Reuters,
AFP, Times of Israel, Arabic outlets...), one row per spelling with the outlet that wrote it, the
development half of a list whose other half was kept outside the repository and measured once, at the
end of issue #7 (the held-out half: 80 % resolved right; this half: 87 %). A row may accept several ids
("Deir Ezzor": the city or the governorate).

The threshold sits just under what the gazetteer reaches today, so a change that loses spellings fails;
the rows it misses are places no reference located offline (Mashtal, Khor Mor, Qadir Karam ...).
"""
from __future__ import annotations

import csv
from pathlib import Path

import pytest

from gazetteer import Gazetteer
from gazetteer.errors import GazetteerError

ROWS = list(csv.DictReader((Path(__file__).parent / "fixtures" / "report_spellings_dev.tsv").open(encoding="utf-8"),
                           delimiter="\t"))


@pytest.fixture(scope="module")
def outcomes() -> list[tuple[str, str, str | None]]:
    g = Gazetteer.default()
    out = []
    for row in ROWS:
        try:
            got: str | None = g.resolve(row["spelling"]).id
        except GazetteerError:
            got = None
        out.append((row["spelling"], row["expected"], got))
    return out


def test_the_dev_list_is_real_and_varied():
    assert len(ROWS) >= 80 and len({r["expected"] for r in ROWS}) >= 40
    assert all(r["source"] for r in ROWS)


def test_most_report_spellings_resolve_to_the_right_place(outcomes):
    right = [s for s, want, got in outcomes if got in want.split("|")]
    wrong = [(s, want, got) for s, want, got in outcomes if got is not None and got not in want.split("|")]
    assert len(right) / len(outcomes) >= 0.85, [o for o in outcomes if o[2] not in o[1].split("|")]
    # A spelling that is not found is a gap; one that finds another place is worse: keep those rare.
    assert len(wrong) <= 3, wrong
