"""The offline seed map in headless Chromium: what a reader sees and does."""
from __future__ import annotations

import os
from pathlib import Path

import pandas as pd
import pytest

from geoincidents.maps.styles import category_styles
from tests.browser.conftest import count_colour

ZUMMAR = "2024-04-21-zummar-rockets-on-rumalyn"
AL_QAIM = "2024-01-24-us-strike-al-qaim"
IRAQ_SYRIA = {"south": 32.0, "west": 37.5, "north": 37.6, "east": 46.5}
ZUMMAR_BOX = {"south": 36.4, "west": 41.7, "north": 37.1, "east": 42.9}


@pytest.fixture
def seed(open_map, seed_map):
    return open_map(seed_map)


def colour(category: str) -> str:
    return category_styles().loc[category, "colour"]


def test_loads_without_errors_and_without_network(seed):
    assert seed.errors == []
    fetched = [u for u in seed.requests if not u.startswith("data:")]
    assert fetched == [seed.url]
    assert seed.dialogs == []


def test_layer_control_lists_each_category_present(seed, seed_table):
    labels = seed.page.locator(".leaflet-control-layers-overlays label").all_inner_texts()
    labels = [" ".join(t.split()) for t in labels]
    for category, count in seed_table.frame["category"].value_counts().items():
        assert f"{category_styles().loc[category, 'label']} ({count})" in labels
    assert "Provinces" in labels and "Known bases" in labels
    countries = seed.page.locator(".gi-country-label").all_text_contents()
    assert {"Iraq", "Syria", "Iran", "Israel"} <= set(countries)  # the offline basemap names its countries
    legend = seed.page.locator(".gi-legend").inner_text()
    for category in set(seed_table.frame["category"]):
        assert category_styles().loc[category, "label"] in legend


def test_one_trajectory_per_two_ended_incident(seed, seed_table):
    frame = seed_table.frame
    # The table decides each end (point, radius, area) and the trajectory; the map draws exactly that.
    lines = frame.geometry.geom_type.eq("LineString").to_numpy()
    two_ended = frame[lines]
    stats = seed.stats()
    drawn = {key: layer["trajectories"] for key, layer in stats["layers"].items()}
    expected = two_ended["category"].value_counts().to_dict()
    assert {k: v for k, v in drawn.items() if v} == expected
    assert sum(layer["arrowheads"] for layer in stats["layers"].values()) == len(two_ended)
    forms = {role: seed_table.end_forms(role)["form"] for role in ("launch", "target")}
    # Targets known only to a province or country are their area's outline, not a dot.
    assert sum(layer["targets"] for layer in stats["layers"].values()) == int(forms["target"].isin(["point", "radius"]).sum())
    assert sum(layer["launches"] for layer in stats["layers"].values()) == int(forms["launch"].isin(["point", "radius"]).sum())
    # Ends known to a town or district get a circle, ends known to a province or country their outline.
    vague = sum(int(f.isin(["radius", "area"]).sum()) for f in forms.values())
    assert sum(layer["uncertainty"] for layer in stats["layers"].values()) == vague
    assert sum(layer["areas"] for layer in stats["layers"].values()) == sum(int(f.eq("area").sum()) for f in forms.values())
    # And on screen: the red Zummar -> Rumalyn line is there, between its two ends.
    seed.view(**ZUMMAR_BOX)
    launch, target = seed.point(ZUMMAR, "launch"), seed.point(ZUMMAR, "target")
    middle = seed.pixels(x=(launch["x"] + target["x"]) / 2, y=(launch["y"] + target["y"]) / 2, radius=6)
    assert count_colour(middle, colour("cross_border_fire")) >= 6
    assert target["x"] < launch["x"]  # Rumalyn (Syria) lies west of Zummar (Iraq)


def test_unchecking_a_layer_removes_its_drawings(seed):
    seed.view(**ZUMMAR_BOX)
    launch, target = seed.point(ZUMMAR, "launch"), seed.point(ZUMMAR, "target")
    mid = {"x": (launch["x"] + target["x"]) / 2, "y": (launch["y"] + target["y"]) / 2, "radius": 6}
    box = seed.page.locator(".leaflet-control-layers-overlays label", has_text="Cross-border fire").locator("input")
    assert box.is_checked()
    box.uncheck()
    layer = seed.stats()["layers"]["cross_border_fire"]
    assert layer["onMap"] is False and layer["trajectories"] == 0
    assert seed.page.locator('canvas[data-category="cross_border_fire"]').count() == 0
    assert count_colour(seed.pixels(**mid), colour("cross_border_fire")) == 0
    box.check()
    assert seed.stats()["layers"]["cross_border_fire"]["trajectories"] == 1
    assert count_colour(seed.pixels(**mid), colour("cross_border_fire")) >= 6


def test_clicking_a_marker_opens_its_popup(seed):
    seed.view(**ZUMMAR_BOX)
    target = seed.point(ZUMMAR, "target")
    # Hovering shows the short tooltip.
    seed.page.mouse.move(target["x"] - 20, target["y"] - 20)
    seed.page.mouse.move(target["x"], target["y"], steps=4)
    tooltip = seed.page.locator(".gi-tooltip")
    tooltip.wait_for(state="visible")
    assert "2024-04-21 \u00b7 Rocket attack \u00b7 Zummar \u2192 Rumalyn" in tooltip.inner_text()
    seed.page.mouse.click(target["x"], target["y"])
    popup = seed.page.locator(".leaflet-popup-content")
    popup.wait_for(state="visible")
    text = popup.inner_text()
    for expected in ("Rocket attack", "Zummar", "Rumalyn", "Nineveh", "2024-04-21", "km",
                     "denied", "Kataib Hezbollah called the posts fabricated", "Al-Monitor"):
        assert expected in text


def test_popup_shows_apostrophes_as_text(seed):
    seed.view(**IRAQ_SYRIA)
    point = seed.point(AL_QAIM, "target")
    seed.page.mouse.click(point["x"], point["y"])
    popup = seed.page.locator(".leaflet-popup-content")
    popup.wait_for(state="visible")
    assert "al-Qa'im" in popup.text_content()


def test_time_filter_hides_incidents_outside_its_range(seed, seed_table):
    frame = seed_table.frame
    start = pd.Timestamp("2024-04-01")
    # The seed's dates are days, weeks and months: an incident is kept if its period reaches April.
    ends = frame["date"] + frame["date_precision"].map({"day": pd.Timedelta(0), "week": pd.Timedelta(days=6)}).fillna(pd.Timedelta(0))
    months = frame["date_precision"].eq("month")
    ends[months] = frame.loc[months, "date"] + pd.offsets.MonthEnd(0)
    expected = int((ends >= start).sum())
    assert 0 < expected < len(frame)

    seed.view(**IRAQ_SYRIA)
    qaim = seed.point(AL_QAIM, "target")
    strike_blue = colour("strike")
    assert count_colour(seed.pixels(x=qaim["x"], y=qaim["y"], radius=5), strike_blue) >= 8
    seed.page.fill(".gi-timefilter input.gi-from", "2024-04-01")
    seed.page.dispatch_event(".gi-timefilter input.gi-from", "change")
    assert seed.stats()["shown"] == expected
    assert seed.page.locator(".gi-status-line").inner_text() == f"{expected} of {len(frame)} incidents shown"
    assert count_colour(seed.pixels(x=qaim["x"], y=qaim["y"], radius=5), strike_blue) == 0  # January: hidden
    seed.page.click(".gi-timefilter button.gi-reset")
    assert seed.stats()["shown"] == len(frame)


def test_seed_screenshot(seed, tmp_path):
    """What the README shows: Iraq and Syria, the Zummar -> Rumalyn popup open."""
    seed.page.set_viewport_size({"width": 1600, "height": 1000})
    seed.page.evaluate("() => { window.geoincidents.maps[0].map.setView([36.0, 41.8], 7, {animate: false}); }")
    target = seed.point(ZUMMAR, "target")
    seed.page.mouse.click(target["x"], target["y"])
    seed.page.locator(".leaflet-popup-content").wait_for(state="visible")
    shot = tmp_path / "seed_map.png"
    seed.page.screenshot(path=str(shot))
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and shot.stat().st_size > 50_000
    wanted = os.environ.get("GEOINCIDENTS_SEED_SCREENSHOT")
    if wanted:  # GEOINCIDENTS_SEED_SCREENSHOT=seed.png python -m pytest tests/browser -k screenshot
        Path(wanted).write_bytes(shot.read_bytes())
    assert seed.errors == []
