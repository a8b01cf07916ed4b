"""Incident CSVs in the dialects and encodings people have (geoincidents.io.dialect)."""
from __future__ import annotations

import csv
import io
from pathlib import Path

import pandas as pd
import pytest

from geoincidents.errors import SchemaError
from geoincidents.io.dialect import read_text, sniff_delimiter
from geoincidents.io.load import load_incidents

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "seeds" / "incidents.csv"
ARABIC = "قصف صاروخي على الحسكة"


def _seed_rows() -> list[dict[str, str]]:
    with SEEDS.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    rows[0]["notes"] = ARABIC
    return rows


def _text(rows: list[dict[str, str]], delimiter: str) -> str:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=list(rows[0]), delimiter=delimiter, lineterminator="\r\n")
    writer.writeheader()
    writer.writerows(rows)
    return buffer.getvalue()


@pytest.fixture(scope="module")
def reference(tmp_path_factory):
    path = tmp_path_factory.mktemp("ref") / "incidents.csv"
    path.write_text(_text(_seed_rows(), ","), encoding="utf-8")
    return load_incidents(path, sources=SEEDS.with_name("sources.csv"), claims=False).frame


@pytest.mark.parametrize("name, delimiter, encoding", [
    ("semicolon.csv", ";", "utf-8"),
    ("tab.tsv", "\t", "utf-8"),
    ("bom.csv", ",", "utf-8-sig"),
    ("unicode.tsv", "\t", "utf-16"),       # Excel's "Unicode text"
    ("arabic_windows.csv", ";", "cp1256"),
])
def test_each_dialect_and_encoding_loads_the_same_table(tmp_path, reference, name, delimiter, encoding):
    path = tmp_path / name
    path.write_bytes(_text(_seed_rows(), delimiter).encode(encoding))
    frame = load_incidents(path, sources=SEEDS.with_name("sources.csv"), claims=False).frame
    assert frame["notes"].iat[0] == ARABIC
    pd.testing.assert_frame_equal(frame.drop(columns="geometry"), reference.drop(columns="geometry"))


def test_overrides_win_over_detection(tmp_path):
    path = tmp_path / "pipes.csv"
    rows = _seed_rows()
    rows[0]["notes"] = "Café attack"
    path.write_bytes(_text(rows, "|").encode("latin-1"))
    with pytest.raises(SchemaError, match=r"pipes\.csv.*--encoding"):
        load_incidents(path, claims=False, sources=False)
    frame = load_incidents(path, claims=False, sources=False, encoding="latin-1", delimiter="|").frame
    assert frame["notes"].iat[0] == "Café attack"


def test_an_unknown_encoding_name_is_refused(tmp_path):
    path = tmp_path / "x.csv"
    path.write_text("a,b\n1,2\n", encoding="utf-8")
    with pytest.raises(SchemaError, match=r"'klingon'.*known encoding"):
        read_text(path, encoding="klingon")


@pytest.mark.parametrize("text, expected", [
    ("a,b,c\n1,2,3\n", ","),
    ("a;b;c\n1;2,5;3\n", ";"),          # a decimal comma inside a semicolon file
    ("a\tb\n1\t2\n", "\t"),
    ('a,b\n"x;y;z",2\n', ","),           # semicolons inside a quoted field
    ("a,b,c\nx,0\t\x0c,y\n", ","),          # a tab and a form feed inside a field
])
def test_sniff_delimiter(text, expected):
    assert sniff_delimiter(text) == expected
