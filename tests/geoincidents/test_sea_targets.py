"""An incident table whose target is a sea, gulf or strait: it loads, maps and exports, and the sea stays in no
country (gazetteer/data/places/waters.csv; geoincidents.enrich takes a water's country from its row)."""
from __future__ import annotations

import csv
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from geoincidents.io.load import load_incidents

# Written for these tests, in the way shipping-attack reports put it: a launch from a Yemeni town, a ship hit at sea.
ROWS = [
    dict(incident_id="sea-1", date="2024-01-12", event_type="missile_attack", actor="Houthis",
         target_actor="merchant ship", launch_place="Hodeidah", target_place="Red Sea", status="claimed"),
    dict(incident_id="sea-2", date="2024-02-19", event_type="drone_attack", actor="Houthis",
         target_actor="merchant ship", launch_place="Sanaa", target_place="Gulf of Aden", status="claimed"),
    dict(incident_id="sea-3", date="2024-03-06", event_type="missile_attack", actor="Houthis",
         target_actor="bulk carrier", launch_place="Hodeidah", target_place="Bab el-Mandeb", status="reported"),
    # Explicit coordinates at sea beside the name: no country to disagree with, so no problem.
    dict(incident_id="sea-4", date="2024-03-20", event_type="drone_attack", actor="Houthis",
         target_actor="tanker", launch_place="Sanaa", target_place="the Red Sea", target_lat=14.9,
         target_lon=41.9, status="reported"),
    # A lake three shores share: its reference point falls in Natural Earth's Jordan, and must not be given to it.
    dict(incident_id="dead-1", date="2024-04-14", event_type="drone_attack", actor="unidentified",
         launch_place="Amman", target_place="Dead Sea", status="reported"),
    # A lake one country holds keeps that country.
    dict(incident_id="lake-1", date="2024-06-02", event_type="rocket_attack", actor="Hezbollah",
         launch_place="Nabatieh", target_place="Sea of Galilee", status="reported"),
]


@pytest.fixture(scope="module")
def table():
    return load_incidents(pd.DataFrame(ROWS), sources=False, claims=False)


def _row(table, incident_id: str) -> pd.Series:
    frame = table.frame
    return frame.loc[frame["incident_id"] == incident_id].iloc[0]


def test_a_sea_target_resolves_to_the_sea_in_no_country(table):
    assert len(table.problems) == 0, table.problems.to_dict("records")
    red = _row(table, "sea-1")
    assert red["target_place_id"] == "xz-red-sea"
    assert pd.isna(red["target_country"]) and pd.isna(red["target_admin1"])
    assert red["launch_country"] == "YE"
    # Not cross-border: one end lies in no country, so the question has no answer.
    assert pd.isna(red["cross_border"])
    # A water without a written precision is somewhere within its own reach.
    assert red["target_precision"] == "district" and red["target_radius_km"] == pytest.approx(1190)
    assert not red["target_is_area"]
    end = red.geometry.coords[-1]
    assert end == pytest.approx((38.0, 22.0))
    assert _row(table, "sea-2")["target_place_id"] == "xz-gulf-of-aden"
    assert _row(table, "sea-3")["target_place_id"] == "xz-bab-al-mandab"


def test_explicit_coordinates_at_sea_beside_a_sea_name_are_kept_and_not_given_to_a_shore(table):
    row = _row(table, "sea-4")
    assert row["target_match"] == "explicit" and row["target_place_id"] == "xz-red-sea"
    assert (row["target_lat"], row["target_lon"]) == (14.9, 41.9)
    assert pd.isna(row["target_country"])


def test_a_shared_lake_is_not_given_to_the_shore_its_point_falls_in(table):
    row = _row(table, "dead-1")
    assert row["target_place_id"] == "xz-dead-sea"
    assert pd.isna(row["target_country"]) and pd.isna(row["target_admin1"])


def test_a_lake_one_country_holds_keeps_its_country(table):
    row = _row(table, "lake-1")
    assert row["target_place_id"] == "il-sea-of-galilee"
    assert (row["target_country"], row["target_admin1"]) == ("IL", "IL-Z")
    assert row["launch_country"] == "LB" and bool(row["cross_border"])


def test_the_table_with_sea_targets_draws_on_a_map(table, tmp_path: Path):
    page = table.to_map(offline=True).get_root().render()
    assert "Red Sea" in page and "Gulf of Aden" in page
    from geoincidents.maps.static import write_png

    png = tmp_path / "seas.png"
    write_png(table, png)
    assert png.stat().st_size > 1000


@pytest.mark.parametrize("suffix", [".csv", ".gpkg", ".geojson", ".parquet"])
def test_the_table_with_sea_targets_exports_and_reads_back(table, tmp_path: Path, suffix: str):
    import geopandas as gpd

    path = table.export(tmp_path / f"seas{suffix}")
    if suffix == ".csv":
        with path.open(encoding="utf-8", newline="") as handle:
            back = pd.DataFrame(list(csv.DictReader(handle)))
    elif suffix == ".parquet":
        back = gpd.read_parquet(path)
    else:
        back = gpd.read_file(path, layer="targets") if suffix == ".gpkg" else gpd.read_file(path)
    back = back.set_index("incident_id")
    assert back.loc["sea-1", "target_place_id"] == "xz-red-sea"
    assert back.loc["sea-1", "target_country"] in ("", None) or pd.isna(back.loc["sea-1", "target_country"])
    assert float(back.loc["sea-1", "target_lat"]) == pytest.approx(22.0)


def test_the_table_with_sea_targets_writes_acled_with_an_empty_country(table, tmp_path: Path):
    path = tmp_path / "seas.acled.csv"
    table.to_acled_csv(path)
    with path.open(encoding="utf-8", newline="") as handle:
        rows = {r["event_id_cnty"]: r for r in csv.DictReader(handle)}
    assert rows["sea-1"]["country"] == "" and rows["sea-1"]["location"] == "Red Sea"
    assert np.isclose(float(rows["sea-1"]["latitude"]), 22.0)
    assert rows["lake-1"]["iso"] != ""
