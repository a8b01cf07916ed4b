"""ACLED exports in and out (geoincidents.io.acled)."""
from __future__ import annotations

import csv
import io
from pathlib import Path

import pandas as pd
import shapely
import pytest

from geoincidents.errors import SchemaError, ValidationError
from geoincidents.io.acled import ACLED_COLUMNS, event_type_rules, read_acled, write_acled_csv
from geoincidents.schema import EVENT_TYPES

SAMPLE = Path(__file__).parent / "fixtures" / "acled_sample.csv"


@pytest.fixture(scope="module")
def acled():
    return read_acled(SAMPLE)


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def _write(path: Path, rows: list[dict[str, str]], columns: list[str] | None = None) -> Path:
    columns = columns or list(rows[0])
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=columns, extrasaction="ignore")
        writer.writeheader()
        writer.writerows(rows)
    return path


def test_every_event_becomes_an_incident_with_the_acled_point_as_target(acled):
    frame = acled.frame.set_index("incident_id")
    source = pd.read_csv(SAMPLE, dtype=str).set_index("event_id_cnty")
    assert list(frame.index) == list(source.index)
    assert frame["target_lat"].tolist() == source["latitude"].astype(float).tolist()
    assert frame["target_lon"].tolist() == source["longitude"].astype(float).tolist()
    assert frame["target_place"].tolist() == source["location"].tolist()
    assert frame["launch_lat"].isna().all() and frame["launch_place"].isna().all()
    assert frame["target_match"].eq("explicit").all()
    assert set(frame.geometry.geom_type) == {"Point"}
    assert frame.loc["SYR52001", "target_admin1"] == "SY-HA" and frame.loc["IRQ31001", "target_admin1"] == "IQ-AN"
    assert frame.loc["SYR52002", "fatalities"] == 16 and str(frame["fatalities"].dtype) == "Int64"
    assert frame.loc["IRQ31002", "actor"] == "Military Forces of the United States (2021-)"
    assert frame.loc["IRQ31002", "target_actor"] == "Kataib Hezbollah"
    assert "al-Qa'im" in frame.loc["IRQ31002", "notes"]


def test_both_acled_date_forms_are_read(acled):
    dates = acled.frame.set_index("incident_id")["date"]
    assert dates["IRQ31001"] == pd.Timestamp("2024-01-20")  # "20 January 2024"
    assert dates["IRQ31002"] == pd.Timestamp("2024-01-24")  # "2024-01-24"
    assert dates["SYR52002"] == pd.Timestamp("2024-04-01")  # "01 April 2024"


@pytest.mark.parametrize("incident_id, event_type", [
    ("IRQ31001", "missile_attack"),   # Shelling/artillery/missile attack, "ballistic missiles"
    ("SYR52001", "rocket_attack"),    # Shelling/artillery/missile attack, "rockets were fired"
    ("IRQ31002", "air_strike"),       # Air/drone strike, "aircraft"
    ("IRQ31003", "drone_strike"),     # Air/drone strike, "drone strike"
    ("SYR52002", "missile_strike"),   # Air/drone strike, "fired missiles"
    ("IRQ31005", "explosion"),        # Remote explosive/landmine/IED
    ("IRQ31006", "interception"),     # Disrupted weapons use, "shot down"
])
def test_sub_event_types_map_through_the_rules_table(acled, incident_id, event_type):
    assert acled.frame.set_index("incident_id").loc[incident_id, "event_type"] == event_type


def test_precision_codes(acled):
    frame = acled.frame.set_index("incident_id")
    assert frame.loc["IRQ31001", "target_precision"] == "town"      # geo_precision 1
    assert frame.loc["IRQ31002", "target_precision"] == "near"      # geo_precision 2
    assert frame.loc["IRN1001", "target_precision"] == "province"   # geo_precision 3
    assert frame.loc["IRQ31006", "date_precision"] == "week"        # time_precision 2
    assert frame.loc["IRQ31001", "date_precision"] == "day"


def test_each_outlet_becomes_one_source(acled):
    sources = acled.sources.set_index("source_id")
    assert sources.loc["acled-shafaq-news", "outlet"] == "Shafaq News"
    assert sources["file"].eq("acled_sample.csv").all()
    assert sources.index.is_unique and len(sources) == 7
    frame = acled.frame.set_index("incident_id")
    assert frame.loc["IRQ31001", "sources"] == "acled-reuters;acled-shafaq-news"


def test_the_rules_table_covers_every_acled_sub_event_type_and_writes_back_each_of_ours():
    rules = event_type_rules()
    assert set(rules["event_type"]) <= set(EVENT_TYPES)
    back = rules[rules["write_back"] == "yes"]
    assert sorted(back["event_type"]) == sorted(EVENT_TYPES)  # exactly one ACLED pair per event type
    assert {"Air/drone strike", "Shelling/artillery/missile attack", "Remote explosive/landmine/IED",
            "Disrupted weapons use", "Armed clash", "Peaceful protest"} <= set(rules["sub_event_type"])
    # every sub_event_type has a catch-all row, so no ACLED event falls through
    catch_all = rules[rules["notes_pattern"] == ""]
    assert set(catch_all["sub_event_type"]) == set(rules["sub_event_type"])


def test_a_missing_acled_column_is_named_with_the_file(tmp_path):
    rows = _rows(SAMPLE)
    columns = [c for c in rows[0] if c != "sub_event_type"]
    path = _write(tmp_path / "cut.csv", rows, columns)
    with pytest.raises(SchemaError, match=r"cut\.csv.*column 'sub_event_type'.*ACLED") as info:
        read_acled(path)
    assert info.value.column == "sub_event_type"


def test_extra_and_reordered_columns_are_tolerated(tmp_path):
    rows = _rows(SAMPLE)
    columns = ["custom"] + list(reversed(list(rows[0])))
    for r in rows:
        r["custom"] = "x"
    table = read_acled(_write(tmp_path / "wide.csv", rows, columns))
    assert len(table) == len(rows)


def test_bad_cells_are_reported_with_file_row_acled_column_and_value(tmp_path):
    rows = _rows(SAMPLE)
    rows[1]["event_date"] = "April the 20th"
    rows[2]["latitude"] = "133.5"
    rows[3]["sub_event_type"] = "Hovercraft raid"
    rows[4]["fatalities"] = "-2"
    rows[5]["geo_precision"] = "7"
    path = _write(tmp_path / "bad.csv", rows)
    with pytest.raises(ValidationError) as info:
        read_acled(path)
    got = {(p.row, p.column, p.value) for p in info.value.problems}
    assert got == {(2, "event_date", "April the 20th"), (3, "latitude", "133.5"), (4, "sub_event_type", "Hovercraft raid"),
                   (5, "fatalities", "-2"), (6, "geo_precision", "7")}
    assert all(p.path == str(path) for p in info.value.problems)
    assert "20 April 2024" in str(info.value) and "acled_event_types.csv" in str(info.value)
    with pytest.raises(SchemaError, match=r"bad\.csv, row 2, column 'event_date'.*'April the 20th'"):
        read_acled(path, strict=True)


def test_loader_problems_are_named_by_acled_columns(tmp_path):
    rows = _rows(SAMPLE)
    rows[0]["event_id_cnty"] = rows[1]["event_id_cnty"]  # duplicate id: found by the loader
    path = _write(tmp_path / "dup.csv", rows)
    with pytest.raises(ValidationError, match=r"dup\.csv, row 2, column 'event_id_cnty'.*unique"):
        read_acled(path)


def test_acled_round_trip_is_lossless(acled, tmp_path):
    path = tmp_path / "out.csv"
    write_acled_csv(acled, path)
    assert pd.read_csv(path, dtype=str).columns.tolist() == list(ACLED_COLUMNS)
    again = read_acled(path)
    pd.testing.assert_frame_equal(acled.frame.drop(columns="geometry"), again.frame.drop(columns="geometry"))
    # nothing had to be folded: ACLED's own columns carry an ACLED event
    assert "[geoincidents" not in path.read_text(encoding="utf-8")


def test_seed_table_through_acled_keeps_launch_and_our_fields(seed_table, tmp_path):
    path = tmp_path / "seed_acled.csv"
    write_acled_csv(seed_table, path)
    rows = {r["event_id_cnty"]: r for r in _rows(path)}
    zummar = rows["2024-04-21-zummar-rockets-on-rumalyn"]
    assert zummar["sub_event_type"] == "Shelling/artillery/missile attack"
    assert zummar["latitude"] and zummar["location"] == "Rumalyn base"
    assert "[geoincidents: launch_place=Zummar" in zummar["notes"]  # the launch end, in words for a reader
    assert zummar["tags"].startswith("geoincidents:1:")               # and in the signed tag read back
    again = read_acled(path)
    columns = ["incident_id", "date", "date_precision", "event_type", "actor", "target_actor", "launch_place",
               "launch_lat", "launch_lon", "launch_precision", "target_lat", "target_lon", "target_precision",
               "fatalities", "fatalities_high", "injured", "injured_high", "status", "munitions", "outcome",
               "responds_to", "notes", "cross_border", "range_km", "category"]
    # ACLED needs a point per event: an area target (a country, a province) comes back as a point inside
    # its area with ACLED's "larger region" precision, so its coordinates and what follows from them differ.
    area = seed_table.frame["target_is_area"].to_numpy()
    assert area.any()
    pd.testing.assert_frame_equal(seed_table.frame[columns][~area], again.frame[columns][~area])
    placed = [c for c in columns if c not in ("target_lat", "target_lon", "cross_border", "range_km", "category")]
    pd.testing.assert_frame_equal(seed_table.frame[placed][area], again.frame[placed][area])
    outlines = seed_table.end_forms("target").geometry[area]
    points = again.frame.geometry[area]
    assert all(o.contains(p if p.geom_type == "Point" else shapely.get_point(p, -1)) for o, p in zip(outlines, points))
    outlets = set(again.sources["outlet"])
    assert outlets <= set(seed_table.sources["outlet"].dropna()) and outlets


def test_a_note_with_a_broken_trailer_is_kept_as_written(tmp_path):
    rows = _rows(SAMPLE)
    rows[0]["notes"] = "Rockets fired. [geoincidents {not json}]"
    table = read_acled(_write(tmp_path / "t.csv", rows))
    assert table.frame["notes"].iat[0] == "Rockets fired. [geoincidents {not json}]"


def test_read_then_write_gives_every_acled_column_back_unchanged(tmp_path):
    for fixture in (SAMPLE, SAMPLE.with_name("acled_2020_excel.csv")):
        out = tmp_path / fixture.name
        write_acled_csv(read_acled(fixture), out)
        before = pd.read_csv(fixture, dtype=str, keep_default_na=False)
        after = pd.read_csv(out, dtype=str, keep_default_na=False)
        assert list(after.columns[: len(before.columns)]) == list(before.columns)
        pd.testing.assert_frame_equal(before, after[before.columns])


def test_every_acled_column_is_kept_on_the_table(acled):
    frame = acled.frame
    assert all(f"acled_{c}" in frame for c in ACLED_COLUMNS) and len(ACLED_COLUMNS) == 31
    first = frame.set_index("incident_id").loc["IRQ31001"]
    assert first["acled_event_date"] == "20 January 2024" and first["acled_inter1"] == "3"
    assert first["acled_event_type"] == "Explosions/Remote violence"


def test_each_row_names_its_country_as_acled_does(seed_table, tmp_path):
    """ACLED's iso (ISO 3166-1 numeric), region and country come from the target's country."""
    path = tmp_path / "seed_acled.csv"
    write_acled_csv(seed_table, path)
    rows = {r["event_id_cnty"]: r for r in _rows(path)}
    assert {k: rows["2024-04-21-zummar-rockets-on-rumalyn"][k] for k in ("iso", "region", "country")} == \
        {"iso": "760", "region": "Middle East", "country": "Syria"}
    expected = {"IQ": ("368", "Iraq"), "SY": ("760", "Syria"), "IL": ("376", "Israel"), "IR": ("364", "Iran")}
    for incident_id, country in zip(seed_table.frame["incident_id"], seed_table.frame["target_country"]):
        assert (rows[incident_id]["iso"], rows[incident_id]["country"]) == expected[country], incident_id
    # A country the table lacks keeps its code; no target leaves the three cells empty.
    frame = seed_table.frame.copy()
    frame.loc[0, "target_country"], frame.loc[1, "target_country"] = "US", None
    from geoincidents.table import IncidentTable

    write_acled_csv(IncidentTable(frame, sources=seed_table.sources), path)
    first, second = _rows(path)[:2]
    assert (first["iso"], first["region"], first["country"]) == ("", "", "US")
    assert (second["iso"], second["region"], second["country"]) == ("", "", "")


def test_the_country_table_covers_every_boundary_country():
    from geoincidents.io.acled_codes import acled_countries
    from gazetteer.boundaries import Boundaries

    table = acled_countries()
    assert set(Boundaries.default().frame["country"]) <= set(table.index)
    assert table["iso"].str.fullmatch(r"\d{1,3}").all() and table["iso"].is_unique


def test_an_edited_field_is_written_from_the_table_and_the_rest_kept(acled, tmp_path):
    frame = acled.frame.copy()
    frame.loc[frame["incident_id"] == "IRQ31001", "fatalities"] = 3
    from geoincidents.table import IncidentTable

    out = tmp_path / "edited.csv"
    write_acled_csv(IncidentTable(frame, sources=acled.sources), out)
    row = {r["event_id_cnty"]: r for r in _rows(out)}["IRQ31001"]
    assert row["fatalities"] == "3" and row["event_date"] == "20 January 2024" and row["inter1"] == "3"


def test_an_incident_without_a_target_is_written_and_read_back(seed_table, tmp_path):
    frame = seed_table.frame.copy()
    for c in ("target_place", "target_lat", "target_lon", "target_precision", "target_admin1_name", "target_is_area"):
        frame[c] = None
    from geoincidents.table import IncidentTable

    out = tmp_path / "no_target.csv"
    write_acled_csv(IncidentTable(frame, sources=seed_table.sources), out)
    rows = _rows(out)
    assert len(rows) == len(frame) and all(r["latitude"] == "" and r["geo_precision"] == "" for r in rows)


def test_an_attack_of_unknown_weapon_stays_violent(seed_table, tmp_path):
    frame = seed_table.frame.copy()
    frame["event_type"] = "other"
    from geoincidents.table import IncidentTable

    out = tmp_path / "other.csv"
    write_acled_csv(IncidentTable(frame, sources=seed_table.sources), out)
    row = _rows(out)[0]
    assert (row["disorder_type"], row["event_type"], row["sub_event_type"]) == (
        "Political violence", "Battles", "Armed clash")
    assert read_acled(out).frame["event_type"].eq("other").all()


def test_write_acled_csv_is_rfc4180(acled, tmp_path):
    path = tmp_path / "o.csv"
    write_acled_csv(acled, path)
    raw = path.read_bytes()
    assert raw.count(b"\r\n") >= len(acled) + 1
    parsed = list(csv.reader(io.StringIO(raw.decode("utf-8"), newline=""), strict=True))
    assert len(parsed) == len(acled) + 1


def test_header_only_export_is_an_empty_table(tmp_path):
    path = tmp_path / "empty.csv"
    path.write_text(SAMPLE.read_text(encoding="utf-8").splitlines()[0] + "\n", encoding="utf-8")
    assert len(read_acled(path)) == 0


def test_codes_are_trimmed_but_text_is_kept_as_written(tmp_path):
    rows = _rows(SAMPLE)
    rows[0]["latitude"] = " 33.7856 "
    rows[0]["sub_event_type"] = "Shelling/artillery/missile attack "
    rows[0]["notes"] = "  two spaces before, one after "
    rows[0]["actor1"] = "   "  # whitespace only: unknown
    table = read_acled(_write(tmp_path / "ws.csv", rows))
    first = table.frame.iloc[0]
    assert first["target_lat"] == 33.7856 and first["event_type"] == "missile_attack"
    assert first["notes"] == "  two spaces before, one after "
    assert first["actor"] is None
    out = tmp_path / "back.csv"
    write_acled_csv(table, out)
    assert read_acled(out).frame["notes"].iat[0] == "  two spaces before, one after "


def test_load_incidents_points_an_acled_export_to_read_acled():
    from geoincidents.io.load import load_incidents

    with pytest.raises(ValidationError, match=r"this is an ACLED export: read it with geoincidents.read_acled") as e:
        load_incidents(SAMPLE)
    assert len(e.value.problems) == 1 and e.value.problems[0].column == "event_id_cnty"
    with pytest.raises(SchemaError, match=r"pass --acled on the command line"):
        load_incidents(SAMPLE, strict=True)


@pytest.mark.parametrize("command", [["validate"], ["query", "--province", "Anbar"], ["map", "--offline"]])
def test_every_reading_command_takes_acled(command, tmp_path, capsys, monkeypatch):
    from geoincidents.cli import main

    monkeypatch.chdir(tmp_path)
    assert main([command[0], "--acled", str(SAMPLE), *command[1:]]) == 0
    out = capsys.readouterr().out
    assert {"validate": "9 incidents OK", "query": "Ain al Asad", "map": "wrote offline map of 9 incidents"}[command[0]] in out
    assert main([command[0], str(SAMPLE), *command[1:]]) == 1
    captured = capsys.readouterr()
    assert "pass --acled" in captured.err + captured.out
