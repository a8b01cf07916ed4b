"""An end at a region that spans provinces, as a user meets it through the command line.

The Kurdistan Region is Erbil, Duhok and Sulaymaniyah (Halabja lies inside Natural Earth's Sulaymaniyah); South
Lebanon is the South and Nabatieh governorates. The query table and the map's popup name every member, never
one standing for the region; every export format carries all of them; the ACLED export, whose admin1 holds one
province, names none; a province query finds the end by the region's name or by any member; the fix for an
unplaced name is said once.
"""
from __future__ import annotations

import json
import re

import geopandas as gpd
import pandas as pd
import pyogrio
import pytest

from geoincidents.cli import main
from geoincidents.io.csvcells import strip_neutralised

KRG_CODES, KRG_NAMES = "IQ-AR|IQ-DA|IQ-SU", "Erbil|Duhok|Sulaymaniyah"
KRG_LABEL = "IQ: Erbil, Duhok, Sulaymaniyah"

# (incident, launch as written, target as written): the region written four ways, at either end.
ROWS = [
    ("krg-from", "Kurdistan Region", "Sarsang"),        # a region launch, a point target in Duhok
    ("krg-at", "Iran", "Iraqi Kurdistan"),             # a region target from a country
    ("krg-kri", "Iraq", "KRI"),                        # the abbreviation
    ("krg-gov", "Kurdistan Regional Government", "Kirkuk"),
    ("south", "Israel", "South Lebanon"),              # another region, by its name: two governorates of Lebanon
    ("ninawa", "Iraq", "Ninawa"),                      # one province: one code, one name
    ("kirkuk", "Iraq", "Kirkuk"),                      # a point outside the region
]


@pytest.fixture
def regions(tiny_csv):
    return tiny_csv([{"incident_id": iid, "date": "2025-07-14", "event_type": "drone_attack", "actor": "unknown",
                      "launch_place": launch, "target_place": target, "status": "claimed"}
                     for iid, launch, target in ROWS])


def _cli(argv, capsys):
    code = main(argv)
    out, err = capsys.readouterr()
    return code, out, err


def _routes(out: str) -> dict[str, str]:
    """incident id -> the 'launch → target' cell of query's table."""
    header, *rows = out.rstrip("\n").splitlines()
    start, end = header.index("launch → target"), header.index("cross-border")
    return {row.split()[0]: row[start:end].strip() for row in rows}


def test_query_names_every_province_of_a_region_end(regions, capsys):
    code, out, _ = _cli(["query", str(regions)], capsys)
    assert code == 0
    routes = _routes(out)
    assert routes["krg-from"] == f"Kurdistan Region ({KRG_LABEL}) → Sarsang (Duhok, IQ)"
    assert routes["krg-at"] == f"Iran (IR) → Iraqi Kurdistan ({KRG_LABEL})"
    assert routes["krg-kri"].endswith(f"KRI ({KRG_LABEL})")
    assert routes["krg-gov"].startswith(f"Kurdistan Regional Government ({KRG_LABEL}) → ")
    assert re.fullmatch(r"Israel \(IL\) → South Lebanon \(LB: \w[\w ]*, \w[\w ]*\)", routes["south"]), routes["south"]
    # a province, and a point: one province each, as before
    assert routes["ninawa"] == "Iraq (IQ) → Ninawa (Nineveh, IQ)"
    assert routes["kirkuk"] == "Iraq (IQ) → Kirkuk (Kirkuk, IQ)"
    assert "(Erbil, IQ)" not in out  # no member stands for the region


def test_the_maps_popup_reads_as_the_query_table(regions, tmp_path, capsys):
    _, out, _ = _cli(["query", str(regions)], capsys)
    label = _routes(out)["krg-at"].split(" → ")[1]
    html = tmp_path / "krg.html"
    code, _, _ = _cli(["map", str(regions), "-o", str(html), "--offline"], capsys)
    assert code == 0
    page = html.read_text(encoding="utf-8")
    # the popup's text of the end: the query's label, then what the end is
    assert f"{label} · region" in page
    assert f"Kurdistan Region ({KRG_LABEL}) · region" in page
    assert "Ninawa (Nineveh, IQ) · province" in page and "Iraq (IQ) · country" in page


def _read(path) -> pd.DataFrame:
    """An export read back as a GIS user would (pyogrio / geopandas), one row per incident."""
    suffix = path.name.split(".", 1)[1]
    if suffix == "csv":
        frame = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8").astype(object)
        return frame.apply(strip_neutralised)
    if suffix == "parquet":
        return gpd.read_parquet(path)
    if suffix == "gpkg":  # a layer per geometry, plus the incidents no geometry layer holds
        layers = [name for name, _ in pyogrio.list_layers(path) if name not in ("layer_styles", "sources")]
        parts = [pyogrio.read_dataframe(path, layer=name, read_geometry=False) for name in layers]
        return pd.concat(parts, ignore_index=True).drop_duplicates("incident_id")
    return gpd.read_file(path)


@pytest.mark.parametrize("suffix", ["geojson", "csv", "gpkg", "parquet"])
def test_every_export_carries_every_member_province(regions, tmp_path, capsys, suffix):
    path = tmp_path / f"out.{suffix}"
    code, _, _ = _cli(["export", str(regions), "-o", str(path)], capsys)
    assert code == 0
    back = _read(path).set_index("incident_id")
    assert len(back) == len(ROWS)
    for iid, role in (("krg-from", "launch"), ("krg-at", "target"), ("krg-kri", "target"), ("krg-gov", "launch")):
        assert (back.at[iid, f"{role}_admin1"], back.at[iid, f"{role}_admin1_name"]) == (KRG_CODES, KRG_NAMES), iid
    codes, names = back.at["south", "target_admin1"].split("|"), back.at["south", "target_admin1_name"].split("|")
    assert codes == ["LB-JA", "LB-NA"] and len(names) == 2 and "Nabatieh" in names
    assert (back.at["ninawa", "target_admin1"], back.at["ninawa", "target_admin1_name"]) == ("IQ-NI", "Nineveh")
    assert (back.at["krg-from", "target_admin1"], back.at["krg-from", "target_admin1_name"]) == ("IQ-DA", "Duhok")


def test_the_acled_export_names_no_single_province_for_a_region(regions, tmp_path, capsys):
    path = tmp_path / "out.acled.csv"
    code, _, _ = _cli(["export", str(regions), "-o", str(path)], capsys)
    assert code == 0
    back = pd.read_csv(path, dtype=str, keep_default_na=False).set_index("event_id_cnty")
    for iid in ("krg-at", "krg-kri", "south"):
        assert back.at[iid, "admin1"] == "", iid  # ACLED's admin1 is one province: none is true for a region
        assert back.at[iid, "geo_precision"] == "3"
    assert back.at["krg-at", "location"] == "Iraqi Kurdistan"
    assert back.at["ninawa", "admin1"] == "Nineveh" and back.at["krg-from", "admin1"] == "Duhok"


@pytest.mark.parametrize(("province", "found"), [
    ("Kurdistan Region", {"krg-from", "krg-at", "krg-kri", "krg-gov"}),  # the region selects its members
    ("Iraqi Kurdistan", {"krg-from", "krg-at", "krg-kri", "krg-gov"}),
    ("Erbil", {"krg-from", "krg-at", "krg-kri", "krg-gov"}),              # a region end lies in each member
    ("Duhok", {"krg-from", "krg-at", "krg-kri", "krg-gov"}),
    ("IQ-SU", {"krg-from", "krg-at", "krg-kri", "krg-gov"}),
    ("Halabja", {"krg-from", "krg-at", "krg-kri", "krg-gov"}),            # inside Natural Earth's Sulaymaniyah
    ("Kirkuk", {"krg-gov", "kirkuk"}),                                    # outside the region: only its own ends
    ("Nabatieh", {"south"}),
    ("Nineveh", {"ninawa"}),
])
def test_a_province_query_finds_a_region_end_by_the_region_or_any_member(regions, capsys, province, found):
    code, out, _ = _cli(["query", str(regions), "--province", province, "--format", "json"], capsys)
    assert code == 0
    assert {row["incident_id"] for row in json.loads(out)} == found


def test_kurdistan_alone_is_not_settled_silently(regions, capsys):
    # Iraq's Kurdistan Region and Iran's Kurdistan province both answer to it: the user is asked to choose.
    code, out, err = _cli(["query", str(regions), "--province", "Kurdistan"], capsys)
    assert code == 1 and out == ""
    assert "ambiguous" in err and "IR-12" in err and "IQ-AR" in err and "'Kurdistan Region'" in err


def test_province_counts_count_a_region_end_in_each_member(regions):
    import geoincidents as gi

    counts = gi.load_incidents(regions).counts_by_province("target").set_index("admin1")
    # three region targets (krg-at, krg-kri) and a point in Duhok (krg-from): no joined code is a province
    assert counts.at["IQ-AR", "count"] == 2 and counts.at["IQ-SU", "count"] == 2 and counts.at["IQ-DA", "count"] == 3
    assert counts.at["IQ-DA", "admin1_name"] == "Duhok"
    assert not counts.index.dropna().str.contains("|", regex=False).any()


@pytest.mark.parametrize("fmt", ["table", "csv", "json", "geojson"])
def test_the_fix_for_an_unplaced_name_is_said_once(tiny_csv, capsys, fmt):
    path = tiny_csv([{"incident_id": "x1", "date": "2025-07-14", "event_type": "drone_attack",
                      "launch_place": "Kurdistan Region", "target_place": "Qaryat Nowhere"}])
    code, _, err = _cli(["query", str(path), "--format", fmt], capsys)
    assert code == 0
    assert "1 end unresolved: 'Qaryat Nowhere'" in err
    assert err.count("--places FILE") == 1 and err.count("--geonames FILE") == 1
