"""Times, time zones, UTC timestamps, date spans, projectile counts and waves (group_id)."""
from __future__ import annotations

import json

import pandas as pd
import pytest

import geoincidents as gi
from geoincidents.errors import ValidationError


def _load(tiny_csv, base_row, *rows, **kw):
    return gi.load_incidents(tiny_csv([base_row(incident_id=f"t-{i}", **r) for i, r in enumerate(rows)]), **kw)


def test_a_strike_at_16_00_est_keeps_the_day_in_iraq(tiny_csv, base_row):
    # The 2 February 2024 US strikes began at 16:00 EST: midnight, 3 February, in Iraq and Syria.
    t = _load(tiny_csv, base_row,
              dict(date="2024-02-03", time="16:00", timezone="EST", target_place="al-Qa'im", target_precision="town"),
              dict(date="2024-02-03", time="16:00", timezone="America/New_York", target_place="Akashat"),
              dict(date="2024-02-03", time="00:00", target_place="Akashat"),  # local at the target
              dict(date="2024-01-28", time="05:30", timezone="UTC+3", target_place="Tower 22"))
    stamps = t.frame["timestamp"].tolist()
    assert stamps[0] == stamps[1] == stamps[2] == pd.Timestamp("2024-02-02T21:00Z")
    assert stamps[3] == pd.Timestamp("2024-01-28T02:30Z")
    assert t.frame["timezone"].tolist()[:4] == ["EST", "America/New_York", None, "+03:00"]
    assert str(t.frame["timestamp"].dtype) == "datetime64[ns, UTC]"


def test_no_time_no_timestamp(tiny_csv, base_row):
    t = _load(tiny_csv, base_row, dict())
    assert pd.isna(t.frame.loc[0, "timestamp"]) and t.frame.loc[0, "time"] is None


def test_bad_times_and_zones_name_the_value(tiny_csv, base_row):
    with pytest.raises(ValidationError) as err:
        _load(tiny_csv, base_row, dict(time="25:00"), dict(timezone="Mars/Olympus"), dict(date_end="2024-04-01"))
    text = str(err.value)
    assert "row 1, column 'time': value '25:00': a 24-hour time HH:MM" in text
    assert "row 2, column 'timezone': value 'Mars/Olympus': a time zone" in text
    assert "row 3, column 'date_end': value '2024-04-01': a last day on or after date" in text


def test_spans_overlap_the_filter(tiny_csv, base_row):
    t = _load(tiny_csv, base_row,
              dict(date="2024-04-13", date_end="2024-04-14"),   # overnight
              dict(date="2024-04-10"),
              dict(date="2024-04", date_precision="month"))       # somewhere in April
    assert t.between("2024-04-14", "2024-04-14").frame["incident_id"].tolist() == ["t-0", "t-2"]
    assert t.between("2024-04-11", None).frame["incident_id"].tolist() == ["t-0", "t-2"]
    assert t.between(None, "2024-04-12").frame["incident_id"].tolist() == ["t-1", "t-2"]
    assert t.between("2024-05-01", None).frame["incident_id"].tolist() == []


def test_projectile_counts_low_high_and_at_least(tiny_csv, base_row):
    t = _load(tiny_csv, base_row, dict(launched="5+", intercepted="3-4", impacted="1"),
              dict(launched="170", launched_high="185"), dict(launched="dozens"), errors="keep")
    f = t.frame
    assert f.loc[0, ["launched", "intercepted", "intercepted_high", "impacted", "impacted_high"]].tolist() == [5, 3, 4, 1, 1]
    assert pd.isna(f.loc[0, "launched_high"])  # "5+": no upper bound reported
    assert f.loc[1, ["launched", "launched_high"]].tolist() == [170, 185]
    assert pd.isna(f.loc[2, "launched"])
    assert t.problems[["row", "column", "value", "action"]].values.tolist() == [[3, "launched", "dozens", "left blank"]]


def test_waves_are_queried_together(tiny_csv, base_row):
    t = _load(tiny_csv, base_row, dict(group_id="2024-02-02-us-strikes"), dict(group_id="2024-02-02-us-strikes"),
              dict(), dict(group_id="other"))
    assert t.in_group("2024-02-02-us-strikes").frame["incident_id"].tolist() == ["t-0", "t-1"]
    assert t.in_group("t-1").frame["incident_id"].tolist() == ["t-0", "t-1"]  # an incident stands for its wave
    with pytest.raises(gi.SchemaError, match="did you mean '2024-02-02-us-strikes'"):
        t.in_group("2024-02-02-us-strike")


@pytest.mark.parametrize("suffix", [".geojson", ".gpkg", ".csv", ".parquet"])
def test_new_columns_are_exported(tiny_csv, base_row, tmp_path, suffix):
    import pyogrio

    t = _load(tiny_csv, base_row, dict(date="2024-02-03", time="16:00", timezone="EST", launched="5+",
                                      group_id="wave-1", date_end="2024-02-04", launch_place="Iraq",
                                      launch_precision="country"))
    out = tmp_path / f"x{suffix}"
    t.export(out)
    if suffix == ".geojson":
        props = json.loads(out.read_text(encoding="utf-8"))["features"][0]["properties"]
    elif suffix == ".gpkg":
        props = pyogrio.read_dataframe(out, layer="targets").iloc[0].to_dict()
    elif suffix == ".csv":
        props = pd.read_csv(out, dtype=str).iloc[0].to_dict()
    else:
        props = pd.read_parquet(out).iloc[0].to_dict()
    for column in ("time", "timezone", "timestamp", "date_end", "launched", "group_id", "launch_is_area",
                   "target_is_area", "range_min_km", "range_max_km"):
        assert column in props, column
    assert props["group_id"] == "wave-1" and str(props["time"]) == "16:00"
    assert str(props["launch_is_area"]).lower() in ("true", "1")
    assert "2024-02-02" in str(props["timestamp"])


def test_exported_geojson_loads_back_with_the_new_columns(tiny_csv, base_row, tmp_path):
    t = _load(tiny_csv, base_row, dict(time="16:00", timezone="EST", launched="5+", group_id="w", date_end="2024-04-22"))
    path = tmp_path / "t.geojson"
    t.to_geojson(path)
    again = gi.load_incidents(path)
    for column in ("time", "timezone", "timestamp", "launched", "launched_high", "group_id", "date_end"):
        assert again.frame[column].astype(object).where(again.frame[column].notna(), None).tolist() == \
            t.frame[column].astype(object).where(t.frame[column].notna(), None).tolist(), column
