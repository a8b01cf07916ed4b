"""Iran's provinces in queries and exports: the ISO 3166-2:IR codes of today (IR-10 is Isfahan, IR-06 Khuzestan).

The incidents are made up for the test (one per province named); the places and their provinces are the
bundled gazetteer's and boundaries'.
"""
from __future__ import annotations

import csv
import json

import pytest

from geoincidents.cli import main

TARGETS = {  # incident id -> target place (its province in the standard of today)
    "t-isfahan": "Isfahan",            # IR-10 Isfahan
    "t-natanz": "Natanz",              # IR-10 Isfahan
    "t-ahvaz": "Ahvaz",                # IR-06 Khuzestan (IR-10 before 2020)
    "t-urmia": "Urmia",                # IR-04 West Azerbaijan (Isfahan's code before 2020)
    "t-karaj": "Karaj",                # IR-30 Alborz
    "t-tehran": "Tehran",              # IR-23 Tehran
}


@pytest.fixture
def iran_csv(tiny_csv, base_row):
    rows = [base_row(incident_id=i, launch_place=None, launch_precision=None, target_place=place,
                     target_precision="town", actor="unidentified", target_actor=None)
            for i, place in TARGETS.items()]
    return tiny_csv(rows)


def _ids(out: str) -> list[str]:
    return sorted(line.split()[0] for line in out.strip().splitlines()[1:])


@pytest.mark.parametrize("province, expected", [
    ("IR-10", ["t-isfahan", "t-natanz"]),
    ("ir-10", ["t-isfahan", "t-natanz"]),
    ("Isfahan", ["t-isfahan", "t-natanz"]),
    ("Esfahan", ["t-isfahan", "t-natanz"]),
    ("IR-06", ["t-ahvaz"]),
    ("Khuzestan", ["t-ahvaz"]),
    ("IR-04", ["t-urmia"]),
    ("IR-30", ["t-karaj"]),
    ("Alborz", ["t-karaj"]),
    ("IR-23", ["t-tehran"]),
])
def test_province_codes_select_the_provinces_of_today(iran_csv, capsys, province, expected):
    assert main(["query", str(iran_csv), "--province", province]) == 0
    out, err = capsys.readouterr()
    assert _ids(out) == expected
    assert err.strip() == f"{len(expected)} incident{'s' if len(expected) > 1 else ''}"


def test_a_code_only_the_old_standard_had_is_refused_with_its_province(iran_csv, capsys):
    assert main(["query", str(iran_csv), "--province", "IR-32"]) == 1
    err = capsys.readouterr().err
    assert "IR-32 was Alborz's code before ISO renumbered Iran's provinces in 2020" in err
    assert "Alborz is IR-30" in err


def test_exports_carry_the_codes_of_today(iran_csv, tmp_path, capsys):
    geojson, table = tmp_path / "out.geojson", tmp_path / "out.csv"
    assert main(["-q", "export", str(iran_csv), "-o", str(geojson)]) == 0
    assert main(["-q", "export", str(iran_csv), "-o", str(table)]) == 0
    features = json.loads(geojson.read_text(encoding="utf-8"))["features"]
    got = {f["properties"]["incident_id"]: (f["properties"]["target_admin1"], f["properties"]["target_admin1_name"])
           for f in features}
    assert got == {"t-isfahan": ("IR-10", "Isfahan"), "t-natanz": ("IR-10", "Isfahan"),
                   "t-ahvaz": ("IR-06", "Khuzestan"), "t-urmia": ("IR-04", "West Azerbaijan"),
                   "t-karaj": ("IR-30", "Alborz"), "t-tehran": ("IR-23", "Tehran")}
    with table.open(encoding="utf-8", newline="") as fh:
        rows = {r["incident_id"]: (r["target_admin1"], r["target_admin1_name"]) for r in csv.DictReader(fh)}
    assert rows == got


def test_geopackage_and_the_map_province_layer_carry_them_too(iran_csv, tmp_path):
    import geopandas as gpd

    gpkg, page = tmp_path / "out.gpkg", tmp_path / "map.html"
    assert main(["-q", "export", str(iran_csv), "-o", str(gpkg)]) == 0
    targets = gpd.read_file(gpkg, layer="targets")
    assert dict(zip(targets["incident_id"], targets["target_admin1"]))["t-natanz"] == "IR-10"
    assert main(["-q", "map", str(iran_csv), "-o", str(page), "--offline", "--shade-provinces", "target"]) == 0
    html = page.read_text(encoding="utf-8")
    for code, name, count in [("IR-10", "Isfahan", 2), ("IR-06", "Khuzestan", 1), ("IR-04", "West Azerbaijan", 1),
                              ("IR-30", "Alborz", 1), ("IR-00", "Markazi", 0)]:
        assert f'{{"admin1":"{code}","name":"{name}","country":"IR","count":{count}}}' in html
