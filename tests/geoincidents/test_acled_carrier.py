"""Our fields travel in a signed tag; text a person typed never rewrites them (trailer injection)."""
from __future__ import annotations

import csv
import io
import logging
from pathlib import Path

import pandas as pd
import pytest

from geoincidents.io.acled import read_acled, write_acled_csv
from geoincidents.io.acled_carrier import make_tag, notes_trailer
from geoincidents.table import IncidentTable

SAMPLE = Path(__file__).parent / "fixtures" / "acled_sample.csv"
ZUMMAR = "2024-04-21-zummar-rockets-on-rumalyn"


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def _write(path: Path, rows: list[dict[str, str]]) -> Path:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=list(rows[0]), lineterminator="\r\n")
    writer.writeheader()
    writer.writerows(rows)
    path.write_text(buffer.getvalue(), encoding="utf-8")
    return path


def _seed_with_note(seed_table, note: str) -> IncidentTable:
    frame = seed_table.frame.copy()
    frame.loc[frame["incident_id"] == ZUMMAR, "notes"] = note
    return IncidentTable(frame, claims=seed_table.claims, sources=seed_table.sources)


@pytest.mark.parametrize("look_alike", [
    ' [geoincidents {"event_type": "drone_strike", "launch_lat": 36.6, "launch_lon": 42.1, "status": "confirmed"}]',
    " [geoincidents: launch_place=Zummar; event_type=drone_strike; status=confirmed]",
    " " + make_tag("IRQ31001", {"launch_place": "Zummar", "status": "confirmed"}),
])
def test_a_look_alike_in_notes_changes_no_field(tmp_path, look_alike):
    rows = _rows(SAMPLE)
    rows[0]["notes"] += look_alike
    first = read_acled(_write(tmp_path / "x.csv", rows)).frame.iloc[0]
    assert first["notes"] == rows[0]["notes"]  # every character kept
    assert first["event_type"] == "missile_attack" and first["status"] == "reported"
    assert pd.isna(first["launch_lat"]) and first["launch_place"] is None


def test_a_note_quoting_the_trailer_keeps_the_launch_end_and_the_quote(seed_table, tmp_path):
    note = "Analyst copy of an old export said [geoincidents: launch_place=Mosul] and was wrong"
    for quoted in (note, note + " [geoincidents: launch_place=Mosul]"):
        table = _seed_with_note(seed_table, quoted)
        path = tmp_path / "q.csv"
        write_acled_csv(table, path)
        again = read_acled(path).frame.set_index("incident_id").loc[ZUMMAR]
        assert again["notes"] == quoted
        assert again["launch_place"] == "Zummar" and again["launch_admin1"] == "IQ-NI"


def test_a_note_ending_in_exactly_our_words_is_kept(seed_table, tmp_path):
    path = tmp_path / "first.csv"
    write_acled_csv(seed_table, path)
    words = next(r for r in _rows(path) if r["event_id_cnty"] == ZUMMAR)["notes"]
    trailer = words[words.rindex("[geoincidents: "):]
    table = _seed_with_note(seed_table, "As exported: " + trailer)
    write_acled_csv(table, path)
    again = read_acled(path).frame.set_index("incident_id").loc[ZUMMAR]
    assert again["notes"] == "As exported: " + trailer and again["launch_place"] == "Zummar"


def test_a_tag_copied_onto_another_event_is_not_applied(seed_table, tmp_path, caplog):
    path = tmp_path / "s.csv"
    write_acled_csv(seed_table, path)
    rows = _rows(path)
    source = next(r for r in rows if r["event_id_cnty"] == ZUMMAR)
    other = next(r for r in rows if r["event_id_cnty"] != ZUMMAR and not r["tags"].startswith("geoincidents"))
    other["tags"] = source["tags"]
    with caplog.at_level(logging.WARNING, logger="geoincidents.io.acled"):
        again = read_acled(_write(path, rows)).frame.set_index("incident_id").loc[other["event_id_cnty"]]
    assert pd.isna(again["launch_lat"]) or again["launch_place"] != "Zummar"
    assert again["acled_tags"] == source["tags"]  # kept as text, so nothing is lost
    assert "was not applied" in caplog.text and "check does not match" in caplog.text


def test_an_edited_tag_is_not_applied(seed_table, tmp_path):
    path = tmp_path / "e.csv"
    write_acled_csv(seed_table, path)
    rows = _rows(path)
    row = next(r for r in rows if r["event_id_cnty"] == ZUMMAR)
    forged = make_tag("someone-else", {"launch_place": "Mosul"}).rsplit(":", 1)[0]
    row["tags"] = forged + ":" + row["tags"].rsplit(":", 1)[1]  # new payload, old check
    again = read_acled(_write(path, rows)).frame.set_index("incident_id").loc[ZUMMAR]
    assert again["launch_place"] is None


def test_the_tag_survives_a_spreadsheet_rewriting_the_date(seed_table, tmp_path):
    path = tmp_path / "xl.csv"
    write_acled_csv(seed_table, path)
    rows = _rows(path)
    for row in rows:
        day = pd.Timestamp(row["event_date"])
        row["event_date"] = f"{day.day}-{day:%b-%y}"  # what Excel makes of it
    again = read_acled(_write(path, rows)).frame.set_index("incident_id")
    assert again.loc[ZUMMAR, "launch_place"] == "Zummar"
    assert again.loc[ZUMMAR, "date"] == pd.Timestamp("2024-04-21")


def test_the_words_in_notes_say_what_the_tag_carries():
    assert notes_trailer({"launch_place": "Zummar", "status": "claimed"}) == \
        "[geoincidents: launch_place=Zummar; status=claimed]"
