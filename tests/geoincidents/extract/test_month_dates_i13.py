"""A date known only to its month: read, written, loaded back and queried as a month (docs/incidents.md, spans.py).

Texts written for these tests."""
from __future__ import annotations

import datetime as dt

import pytest

from geoincidents import load_incidents
from geoincidents.extract import extract_report
from geoincidents.spans import last_day


@pytest.mark.parametrize("text, expected", [
    ("The strike came weeks after a drone attack in July on the Sinjar district.", ("2024-07-01", "month")),
    ("In July last year, a drone hit the Ain al-Asad base.", ("2023-07-01", "month")),
    ("A drone hit the Ain al-Asad base in August of last year.", ("2023-08-01", "month")),
    ("A drone hit the Ain al-Asad base in August last year", ("2023-08-01", "month")),  # (the text's last words)
    ("A rocket hit the Ain al-Asad base earlier in the month, officials said.", ("2024-09-01", "month")),
])
def test_a_month_told_alone_is_a_month(gazetteer, text, expected):
    row = extract_report(text, published="2024-09-17", gazetteer=gazetteer).incidents.iloc[0]
    assert (row["date"], row["date_precision"]) == expected


def test_a_month_draft_round_trips_and_spans_its_month(gazetteer, tmp_path):
    report = extract_report("A drone hit the Ain al-Asad base earlier in the month, officials said.",
                            published="2024-09-17", gazetteer=gazetteer)
    report.write(tmp_path)
    table = load_incidents(tmp_path / "incidents.csv", gazetteer=gazetteer)
    assert table.frame["date_precision"].tolist() == ["month"]
    assert len(table.between("2024-09-10", "2024-09-12")) == 1  # any days of the month overlap its span
    assert len(table.between("2024-08-01", "2024-08-31")) == 0


def test_one_rule_ends_every_span():
    assert last_day(dt.date(2024, 2, 1), "month") == dt.date(2024, 2, 29)
    assert last_day(dt.date(2023, 1, 1), "year") == dt.date(2023, 12, 31)
    assert last_day(dt.date(2024, 1, 21), "week", dt.date(2024, 1, 31)) == dt.date(2024, 1, 31)
    assert last_day(dt.date(2024, 1, 21), "day") == dt.date(2024, 1, 21)


def test_a_day_inside_a_month_told_joins_it(gazetteer):
    found = extract_report("A drone hit the Ain al-Asad base on September 3, officials said. The drone attack on "
                           "Ain al-Asad earlier in the month caused no casualties.", published="2024-09-17",
                           gazetteer=gazetteer).incidents
    assert found[["date", "target_place"]].values.tolist() == [["2024-09-03", "Ain al-Asad Air Base"]]
