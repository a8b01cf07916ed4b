"""An incident whose end is a region (Upper Galilee, South Lebanon, the Qandil mountains) loads as an area end,
is found by a query for its province, and is drawn as that province's outline (gazetteer/data/README.md, Regions)."""
from __future__ import annotations

import pandas as pd
import pytest

import geoincidents as gi
from geoincidents.endforms import end_forms
from geoincidents.maps.scene import AREA, build_scene

# (incident, target as written, the province its area is drawn as, a province query that finds it)
ENDS = [
    ("r-galilee", "the Upper Galilee", "IL-Z", "IL-Z"),
    ("r-negev", "Negev", "IL-D", "il-d"),
    ("r-qandil", "Qandil mountains", "IQ-AR", "Erbil"),
    ("r-sinjar", "Mount Sinjar", "IQ-NI", "Nineveh"),
    ("r-qalamoun", "Qalamoun", "SY-RD", "Rif Dimashq"),
    ("r-bekaa", "Bekaa Valley", "LB-BI", "Beqaa"),
    ("r-south", "South Lebanon", "LB-NA", "Nabatieh"),
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
