"""An incident whose end is a region (Upper Galilee, South Lebanon, the Qandil mountains) loads as an area end,
is found by a query for its province, and is drawn as that province's outline, or as the union of its member
provinces when it spans several (gazetteer/data/README.md, Regions)."""
from __future__ import annotations

import pandas as pd
import pytest
import shapely

import geoincidents as gi
from gazetteer import Boundaries, Gazetteer
from geoincidents.endforms import end_forms, region_members
from geoincidents.maps.scene import AREA, build_scene
from tests.geoincidents.test_areas import _point_to_area, _polygon

# (incident, target as written, the province its area is drawn as, a province query that finds it)
ENDS = [
    ("r-galilee", "the Upper Galilee", "IL-Z", "IL-Z"),
    ("r-negev", "Negev", "IL-D", "il-d"),
    ("r-qandil", "Qandil mountains", "IQ-AR", "Erbil"),
    ("r-sinjar", "Mount Sinjar", "IQ-NI", "Nineveh"),
    ("r-qalamoun", "Qalamoun", "SY-RD", "Rif Dimashq"),
    ("r-bekaa", "Bekaa Valley", "LB-BI", "Beqaa"),
    ("r-south", "South Lebanon", "LB-JA|LB-NA", "Nabatieh"),  # spans the South and Nabatieh governorates
]


@pytest.fixture(scope="module")
def table():
    rows = [{"incident_id": iid, "date": "2024-10-01", "event_type": "air_strike", "target_place": target,
             "launch_place": "Israel" if target in ("Qalamoun", "Bekaa Valley", "South Lebanon") else "Lebanon",
             "launch_precision": "country"} for iid, target, _, _ in ENDS]
    return gi.load_incidents(pd.DataFrame(rows))


def test_region_ends_load_without_problems(table):
    assert len(table) == len(ENDS) and table.problems.empty
    assert table.frame["target_is_area"].all()


@pytest.mark.parametrize(("iid", "target", "admin1", "province"), ENDS)
def test_a_region_end_is_its_provinces_area(table, iid, target, admin1, province):
    forms = end_forms(table, "target")
    row = forms[table.frame["incident_id"].to_numpy() == iid].iloc[0]
    assert (row["form"], row["area_code"]) == ("area", admin1)
    assert row.geometry is not None and not row.geometry.is_empty


@pytest.mark.parametrize(("iid", "target", "admin1", "province"), ENDS)
def test_a_query_by_the_province_finds_the_region_end(table, iid, target, admin1, province):
    assert iid in table.in_province(province, role="target").frame["incident_id"].tolist()


def test_a_query_by_a_region_spanning_provinces_finds_ends_in_each_member(table):
    found = table.in_province("South Lebanon", role="target").frame["incident_id"].tolist()
    assert found == ["r-south"]
    # the South governorate is a member too: an end there is found by the region's name
    rows = pd.DataFrame([{"incident_id": "tyre", "date": "2024-10-01", "event_type": "air_strike",
                          "target_place": "Tyre", "launch_place": "Israel", "launch_precision": "country"}])
    tyre = gi.load_incidents(rows)
    assert tyre.frame["target_admin1"].tolist() == ["LB-JA"]
    assert len(tyre.in_province("South Lebanon")) == 1 and len(tyre.in_province("Jabal Amel")) == 1


def test_the_map_draws_a_region_end_as_its_provinces_outline(table):
    scene = build_scene(table)
    ids = table.frame["incident_id"].tolist()
    for iid, _, admin1, _ in ENDS:
        e = ids.index(iid)
        assert scene.kind[1, e] == AREA
        assert scene.areas.iloc[scene.area[1, e]]["code"] == admin1


@pytest.mark.parametrize(("target", "province"), [("South Lebanon", "South"), ("South Lebanon", "Nabatieh"),
                                                  ("Kurdistan Region", "Duhok"), ("Kurdistan Region", "Sulaymaniyah"),
                                                  ("Kurdistan Region", "Erbil"), ("Bekaa Valley", "LB-BI"),
                                                  ("Tihama", "Hajjah"), ("Tihama", "Al Hudaydah")])
def test_an_end_at_a_region_is_found_by_each_province_it_spans(target, province):
    rows = pd.DataFrame([{"incident_id": "x", "date": "2024-10-01", "event_type": "drone_attack", "target_place": target}])
    table = gi.load_incidents(rows)
    assert len(table.in_province(province)) == 1


@pytest.mark.parametrize(("target", "province"), [("South Lebanon", "Beqaa"), ("Kurdistan Region", "Kirkuk"),
                                                  ("Qandil", "Sulaymaniyah"), ("Upper Galilee", "Haifa District"),
                                                  ("Tihama", "Sanaa governorate")])
def test_an_end_at_a_region_is_not_found_by_a_province_it_does_not_span(target, province):
    rows = pd.DataFrame([{"incident_id": "x", "date": "2024-10-01", "event_type": "drone_attack", "target_place": target}])
    table = gi.load_incidents(rows)
    assert len(table.in_province(province)) == 0


# --- a region that spans provinces is an area made of all its members ---------------------------------------

KERMANSHAH = (34.3142, 47.0650)  # lat, lon: an explicit launch point in Iran, east of the Kurdistan Region


@pytest.fixture(scope="module")
def kurdistan():
    rows = pd.DataFrame([{"incident_id": "krg", "date": "2024-10-01", "event_type": "drone_attack",
                          "launch_place": "Kermanshah", "launch_lat": KERMANSHAH[0], "launch_lon": KERMANSHAH[1],
                          "launch_precision": "exact",
                          "target_place": "Kurdistan Region"}])
    return gi.load_incidents(rows, sources=False, claims=False)


def test_the_members_of_each_region_lie_in_the_regions_own_country():
    places, boundaries = Gazetteer.default().places, Boundaries.default()
    members = region_members(places, boundaries)
    assert members["iq-kurdistan-region"] == "IQ-AR|IQ-DA|IQ-SU"
    assert members["ye-tihama"] == "YE-HJ|YE-HU|YE-MW|YE-RA"
    assert members["lb-south-lebanon"] == "LB-JA|LB-NA"
    assert "il-upper-galilee" not in members and "il-golan-heights" not in members  # SY-QU is another country's
    country = dict(zip(boundaries.frame["admin1"], boundaries.frame["country"]))
    region_country = dict(zip(places["id"], places["country"]))
    for pid, codes in members.items():
        assert {country[c] for c in codes.split("|")} == {region_country[pid]}, pid


def test_a_kurdistan_region_target_is_the_union_of_erbil_duhok_and_sulaymaniyah(kurdistan):
    row = kurdistan.frame.iloc[0]
    assert bool(row["target_is_area"]) and row["target_country"] == "IQ" and bool(row["cross_border"])
    form = end_forms(kurdistan, "target").iloc[0]
    assert form["area_code"] == "IQ-AR|IQ-DA|IQ-SU"
    members = [_polygon("province", c) for c in ("IQ-AR", "IQ-DA", "IQ-SU")]
    assert form.geometry.equals(shapely.union_all(members))
    halabja = Gazetteer.default().resolve("Halabja")  # Halabja governorate lies inside Natural Earth's Sulaymaniyah
    for town in ("Duhok", "Erbil", "Sulaymaniyah"):
        place = Gazetteer.default().resolve(town)
        assert form.geometry.contains(shapely.Point(place.lon, place.lat)), town
    assert form.geometry.contains(shapely.Point(halabja.lon, halabja.lat))


def test_the_range_interval_of_a_region_end_spans_the_union(kurdistan):
    row = kurdistan.frame.iloc[0]
    each = [_point_to_area(KERMANSHAH[1], KERMANSHAH[0], _polygon("province", c)) for c in ("IQ-AR", "IQ-DA", "IQ-SU")]
    near, far = min(n for n, _ in each), max(f for _, f in each)
    assert row["range_min_km"] == pytest.approx(near, abs=1.0)
    assert row["range_max_km"] == pytest.approx(far, rel=0.005)
    # wider than the province of the region's point alone (Erbil): Duhok lies farther from Kermanshah
    assert far > _point_to_area(KERMANSHAH[1], KERMANSHAH[0], _polygon("province", "IQ-AR"))[1] + 50


def test_the_map_outlines_all_members_and_names_the_region(kurdistan):
    scene = build_scene(kurdistan)
    assert scene.kind[1, 0] == AREA
    area = scene.areas.iloc[scene.area[1, 0]]
    assert area["code"] == "IQ-AR|IQ-DA|IQ-SU"
    base = scene.basemap
    for code in ("IQ-AR", "IQ-DA", "IQ-SU"):  # each member's (simplified) outline is inside the drawn area
        assert area["geometry"].buffer(1e-6).contains(base.province(code)), code
    assert scene.where[1][0] == "Kurdistan Region (IQ: Erbil, Duhok, Sulaymaniyah) · region"


def test_the_html_map_carries_the_regions_outline(kurdistan, tmp_path):
    from geoincidents.maps import save_map

    html = save_map(kurdistan.to_map(offline=True), tmp_path / "krg.html", offline=True).read_text(encoding="utf-8")
    assert "IQ-AR|IQ-DA|IQ-SU" in html and "Kurdistan Region (IQ: Erbil, Duhok, Sulaymaniyah) · region" in html


def test_a_region_inside_one_province_is_unchanged(table):
    forms = end_forms(table, "target")
    row = forms[table.frame["incident_id"].to_numpy() == "r-galilee"].iloc[0]
    assert row["area_code"] == "IL-Z" and row.geometry.equals(_polygon("province", "IL-Z"))


@pytest.mark.parametrize("writer", ["geojson", "csv", "gpkg", "acled"])
def test_exports_of_a_region_end_keep_the_area(kurdistan, tmp_path, writer):
    path = tmp_path / f"krg.{ {'acled': 'acled.csv', 'gpkg': 'gpkg', 'csv': 'csv', 'geojson': 'geojson'}[writer] }"
    if writer == "acled":
        from geoincidents.io.acled_write import write_acled_csv

        write_acled_csv(kurdistan, path)
        out = pd.read_csv(path)
        union = end_forms(kurdistan, "target").geometry.iloc[0]
        assert union.contains(shapely.Point(out.loc[0, "longitude"], out.loc[0, "latitude"]))
        return
    getattr(kurdistan, f"to_{writer}")(path)
    back = gi.load_incidents(path, sources=False, claims=False)
    assert bool(back.frame.loc[0, "target_is_area"])
    assert end_forms(back, "target").iloc[0]["area_code"] == "IQ-AR|IQ-DA|IQ-SU"
