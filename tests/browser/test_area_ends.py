"""A launch known only to its country is drawn as the country, never as a marker at its capital."""
from __future__ import annotations

import pandas as pd
import pytest

import geoincidents as gi
from geoincidents.maps import save_map
from geoincidents.maps.styles import category_styles
from tests.browser.conftest import count_colour

DAMASCUS = (33.5131, 36.2913)  # lat, lon: where the old code put a launch "from Syria"


@pytest.fixture(scope="module")
def tower_22_map(tmp_path_factory):
    rows = pd.DataFrame([{"incident_id": "tower-22", "date": "2024-01-28", "event_type": "drone_attack",
                          "launch_place": "Syria", "launch_precision": "country",
                          "target_place": "Tower 22", "target_precision": "exact"}])
    table = gi.load_incidents(rows, sources=False, claims=False)
    return table, save_map(table.to_map(offline=True), tmp_path_factory.mktemp("area") / "tower22.html", offline=True)


def test_no_launch_marker_and_nothing_at_damascus(open_map, tower_22_map):
    table, path = tower_22_map
    page = open_map(path)
    assert page.errors == []
    stats = page.stats()
    assert sum(layer["launches"] for layer in stats["layers"].values()) == 0  # no launch triangle anywhere
    assert sum(layer["uncertainty"] for layer in stats["layers"].values()) == 1  # Syria's outline instead
    page.view(south=32.0, west=35.5, north=37.5, east=42.5)
    here = page.page.evaluate(
        "([lat, lon]) => { const m = window.geoincidents.maps[0].map, p = m.latLngToContainerPoint([lat, lon]),"
        " r = m.getContainer().getBoundingClientRect(); return {x: r.left + p.x, y: r.top + p.y}; }", list(DAMASCUS))
    colour = category_styles().loc[table.frame.loc[0, "category"], "colour"]
    assert count_colour(page.pixels(x=here["x"], y=here["y"], radius=6), colour) == 0
    # The target is still drawn where Tower 22 is.
    target = page.point("tower-22", "target")
    assert count_colour(page.pixels(x=target["x"], y=target["y"], radius=6), colour) > 0


def test_a_region_spanning_provinces_is_outlined_as_all_its_members(open_map, tmp_path):
    """The Kurdistan Region is Erbil, Duhok and Sulaymaniyah (Halabja inside it), not Erbil alone."""
    import shapely

    from gazetteer import Boundaries

    rows = pd.DataFrame([{"incident_id": "krg", "date": "2024-10-01", "event_type": "drone_attack",
                          "launch_place": "Iran", "launch_precision": "country", "target_place": "Kurdistan Region"}])
    table = gi.load_incidents(rows, sources=False, claims=False)
    page = open_map(save_map(table.to_map(offline=True), tmp_path / "krg.html", offline=True))
    assert page.errors == []
    assert sum(layer["areas"] for layer in page.stats()["layers"].values()) == 2  # Iran and the region
    bounds = page.page.evaluate(
        "() => window.geoincidents.maps[0].model.areaBounds.map(b => [b.getSouth(), b.getWest(), b.getNorth(), b.getEast()])")
    frame = Boundaries.default().frame
    members = shapely.union_all(frame.geometry[frame["admin1"].isin(["IQ-AR", "IQ-DA", "IQ-SU"])].to_numpy())
    west, south, east, north = members.bounds
    assert any(abs(b[0] - south) < 0.05 and abs(b[2] - north) < 0.05 and abs(b[1] - west) < 0.05
               and abs(b[3] - east) < 0.05 for b in bounds), bounds
