"""The extractor's frames: built from typed blocks, the same tables as typing an object frame column by column."""
from __future__ import annotations

import pandas as pd
import pytest

from geoincidents.extract import frames
from geoincidents.extract.report import extract_report
from tests.geoincidents.extract.conftest import DEV

pytestmark = pytest.mark.skipif(frames._from_blocks is None, reason="pandas before 3 builds frames column by column")


@pytest.fixture(scope="module")
def frame_calls(gazetteer):
    calls = []
    built = frames.frame

    def recording(rows, columns):
        calls.append(([dict(r) if isinstance(r, dict) else tuple(r) for r in rows], list(columns)))
        return built(rows, columns)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(frames, "frame", recording)
        for path in sorted(DEV.glob("*.txt"))[:12]:
            extract_report(path.read_text(encoding="utf-8"), published="2024-02-01", gazetteer=gazetteer)
    return calls


def _by_columns(rows, columns):
    rows = [[r[c] for c in columns] for r in rows] if rows and isinstance(rows[0], dict) else rows
    return frames._frame_by_columns(rows, columns)


def test_blocks_give_the_tables_of_the_column_by_column_way(frame_calls):
    assert len(frame_calls) >= 36
    assert any(len(rows) > 1 for rows, _ in frame_calls)
    for rows, columns in frame_calls:
        built, typed = frames.frame(rows, columns), _by_columns(rows, columns)
        pd.testing.assert_frame_equal(built, typed)
        assert list(built.columns) == columns


def test_number_columns_are_typed_and_missing_counts_stay_missing():
    rows = [("a", 3, 1.5, None, [("evidence", 0, 8)]), ("b", 4, 2.0, 7, [])]
    columns = ["incident_id", "start", "lat", "fatalities", "evidence"]
    table = frames.frame(rows, columns)
    assert [str(t) for t in table.dtypes] == ["object", "int64", "float64", "Int64", "object"]
    assert table["fatalities"].isna().tolist() == [True, False] and table.loc[1, "fatalities"] == 7
    assert table.loc[0, "evidence"] == [("evidence", 0, 8)]  # a list cell stays one object
    pd.testing.assert_frame_equal(table, _by_columns(rows, columns))


def test_an_empty_table_keeps_its_columns_and_types():
    table = frames.frame([], ["incident_id", "start", "fatalities"])
    assert len(table) == 0 and list(table.columns) == ["incident_id", "start", "fatalities"]
    assert [str(t) for t in table.dtypes] == ["object", "int64", "Int64"]
