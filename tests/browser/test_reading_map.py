"""What lets an analyst read the map at a glance, in headless Chromium: counts, labels, status
styles, the event list, the timeline, source links, and areas drawn without a point."""
from __future__ import annotations

import os
from pathlib import Path

import pandas as pd
import pytest

from geoincidents.maps.styles import category_styles
from tests.browser.conftest import count_colour

ROW = {"event_type": "rocket_attack", "target_precision": "exact", "status": "reported", "sources": ""}
ROWS = [
    # Three incidents at Ain al-Asad, on three days: one site, one badge.
    dict(ROW, incident_id="asad-1", date="2024-01-02", target_place="Ain al-Asad Air Base", status="confirmed",
         sources="s-http;s-js"),
    dict(ROW, incident_id="asad-2", date="2024-01-20", event_type="missile_attack", target_place="Ain al-Asad Air Base",
         sources="s-https;s-ftp"),
    dict(ROW, incident_id="asad-3", date="2024-02-05", event_type="drone_attack", target_place="Ain al-Asad Air Base",
         status="denied"),
    # Two long cross-border lines of one category: confirmed (solid) and disputed (dotted).
    dict(ROW, incident_id="solid-line", date="2024-01-10", launch_place="Qaim", launch_precision="town",
         target_place="Tower 22", status="confirmed"),
    dict(ROW, incident_id="dotted-line", date="2024-01-12", launch_place="Akashat", launch_precision="town",
         target_place="Qasrak base", status="disputed"),
    # A drone "launched from Iraq": the launch is the country, never Baghdad.
    dict(ROW, incident_id="from-iraq", date="2024-01-28", event_type="drone_attack", launch_place="Iraq",
         launch_precision="country", target_place="Tower 22", status="attributed"),
    # Nothing known of the place: listed, not drawn.
    dict(ROW, incident_id="nowhere", date="2024-01-15", event_type="explosion"),
]
SOURCES = pd.DataFrame({
    "source_id": ["s-http", "s-js", "s-https", "s-ftp"],
    "outlet": ["Plain outlet", "Script outlet", "Secure outlet", "File outlet"],
    "published": ["2024-01-03", "2024-01-03", "2024-01-21", "2024-01-21"],
    "title": ["One", "Two", "Three", "Four"],
    "url": ["http://example.org/one", "javascript:alert(1)", "https://example.org/three", "ftp://example.org/four"],
    "file": ["", "", "", ""],
})
BAGHDAD = (33.34058, 44.40088)


@pytest.fixture(scope="module")
def reading(tmp_path_factory):
    import geoincidents as gi
    from geoincidents.maps import save_map

    table = gi.load_incidents(pd.DataFrame(ROWS).fillna(""), sources=SOURCES, claims=False)
    return table, save_map(table, tmp_path_factory.mktemp("reading") / "reading.html", offline=True)


@pytest.fixture
def m(open_map, reading):
    return open_map(reading[1])


def set_view(m, lat: float, lon: float, zoom: int) -> None:
    m.page.evaluate("([a, b, z]) => { window.geoincidents.maps[0].map.setView([a, b], z, {animate: false}); }", [lat, lon, zoom])
    m.page.wait_for_timeout(80)


def shown(m) -> int:
    return m.stats()["shown"]


def test_a_site_with_several_incidents_has_a_count_badge_that_lists_them_newest_first(m):
    set_view(m, 33.78561, 42.4412, 7)
    badge = m.page.locator('.gi-count div[data-site="Ain al-Asad Air Base"]')
    assert badge.inner_text() == "3"
    badge.click()
    popup = m.page.locator(".leaflet-popup-content")
    popup.wait_for(state="visible")
    ids = m.page.locator(".leaflet-popup-content .gi-incident").evaluate_all(
        "nodes => nodes.map(n => n.getAttribute('data-incident'))")
    assert ids == ["asad-3", "asad-2", "asad-1"]
    assert "3 incidents here, newest first" in popup.inner_text()
    assert m.page.locator(".leaflet-popup-content .gi-popup").evaluate("n => getComputedStyle(n).overflowY") == "auto"
    # The time filter counts too: from 10 January only two are left at the site.
    m.page.fill(".gi-timefilter input.gi-from", "2024-01-10")
    m.page.dispatch_event(".gi-timefilter input.gi-from", "change")
    assert badge.inner_text() == "2"
    assert m.errors == []


def test_site_labels_appear_from_a_zoom_level_and_the_tooltip_reads_as_one_sentence(m):
    set_view(m, 33.78561, 42.4412, 5)
    assert m.page.locator(".gi-label-site", has_text="Ain al-Asad Air Base").count() == 0
    set_view(m, 33.78561, 42.4412, 8)
    label = m.page.locator(".gi-label-site", has_text="Ain al-Asad Air Base")
    assert label.count() == 1 and label.is_visible()
    target = m.point("asad-1", "target")
    m.page.mouse.move(target["x"] - 30, target["y"] - 30)
    m.page.mouse.move(target["x"], target["y"], steps=4)
    tip = m.page.locator(".gi-tooltip")
    tip.wait_for(state="visible")
    box = tip.bounding_box()
    # One sentence on one or two lines, not a word per line.
    assert box["width"] > 150 and box["height"] < 60
    assert "Rocket attack" in tip.inner_text()


def _ink_along(m, a: dict, b: dict, colour: str) -> float:
    """Share of 60 sample points on the middle of the segment a-b that carry ``colour``."""
    hits = 0
    for k in range(60):
        f = 0.3 + 0.4 * k / 59
        x, y = a["x"] + (b["x"] - a["x"]) * f, a["y"] + (b["y"] - a["y"]) * f
        hits += count_colour(m.pixels(x=x, y=y, radius=1), colour, tolerance=60) > 0
    return hits / 60


def test_status_is_drawn_solid_or_dotted_and_hollow_and_the_legend_explains_it(m):
    set_view(m, 34.8, 40.5, 7)
    red = category_styles().loc["cross_border_fire", "colour"]
    solid = _ink_along(m, m.point("solid-line", "launch"), m.point("solid-line", "target"), red)
    dotted = _ink_along(m, m.point("dotted-line", "launch"), m.point("dotted-line", "target"), red)
    assert solid > 0.9 and dotted < 0.75, (solid, dotted)
    # A disputed target is hollow: white at its centre, its colour on the ring.
    t = m.point("dotted-line", "target")
    assert count_colour(m.pixels(x=t["x"], y=t["y"], radius=1), "#ffffff", tolerance=20) > 0
    assert count_colour(m.pixels(x=t["x"], y=t["y"], radius=6), red) > 0
    legend = m.page.locator(".gi-legend")
    lines = legend.locator("[data-line]").evaluate_all("nodes => nodes.map(n => n.getAttribute('data-line'))")
    assert lines == ["solid", "dashed", "dotted"]
    text = legend.inner_text()
    assert "confirmed or reported" in text and "claimed or attributed" in text and "denied or disputed" in text
    assert "6 of 7 incidents drawn; 1 without a known place" in text
    weapons = legend.locator("[data-weapon]").evaluate_all("nodes => nodes.map(n => n.getAttribute('data-weapon'))")
    assert weapons == ["rocket", "missile", "drone"]
    assert sum(layer["glyphs"] for layer in m.stats()["layers"].values()) > 0


def test_event_list_follows_view_layers_and_dates_and_clicking_opens_the_incident(m):
    events = m.page.locator(".gi-events .gi-event")
    ids = events.evaluate_all("nodes => nodes.map(n => n.getAttribute('data-incident'))")
    assert ids == ["asad-3", "from-iraq", "asad-2", "nowhere", "dotted-line", "solid-line", "asad-1"]  # newest first
    assert m.page.locator(".gi-events .gi-event.gi-undrawn").get_attribute("data-incident") == "nowhere"
    assert "no known place" in m.page.locator(".gi-event.gi-undrawn").inner_text()
    first = events.first.inner_text()
    assert "2024-02-05" in first and "Drone attack" in first and "? \u2192 Ain al-Asad Air Base" in first
    # Switching a layer off takes its incidents out of the list.
    m.page.locator(".leaflet-control-layers-overlays label", has_text="Cross-border fire").locator("input").uncheck()
    left = events.evaluate_all("nodes => nodes.map(n => n.getAttribute('data-incident'))")
    assert "solid-line" not in left and "from-iraq" not in left and "asad-1" in left
    m.page.locator(".leaflet-control-layers-overlays label", has_text="Cross-border fire").locator("input").check()
    # Zoomed to Ain al-Asad only its incidents (and the one without a place) are listed.
    set_view(m, 33.78561, 42.4412, 10)
    ids = events.evaluate_all("nodes => nodes.map(n => n.getAttribute('data-incident'))")
    assert ids == ["asad-3", "asad-2", "nowhere", "asad-1"]
    # Clicking an entry zooms to it and opens its popup.
    set_view(m, 34.0, 41.0, 5)
    m.page.locator('.gi-event[data-incident="solid-line"]').click()
    popup = m.page.locator(".leaflet-popup-content")
    popup.wait_for(state="visible")
    assert popup.locator(".gi-incident").get_attribute("data-incident") == "solid-line"
    assert m.page.evaluate("window.geoincidents.maps[0].map.getZoom()") > 5
    assert m.errors == []


def test_timeline_plays_steps_and_filters_from_the_keyboard(m):
    timeline = m.page.locator(".gi-timeline")
    bars = timeline.locator("rect.gi-tl-bar")
    assert bars.count() == 35  # 2 January to 5 February, one bar per day
    counts = bars.evaluate_all("nodes => nodes.map(n => +n.getAttribute('data-count'))")
    assert sum(counts) == 7 and counts[0] == 1 and counts[-1] == 1
    # Step back from the full range: the last day (asad-3, 5 February) drops out.
    timeline.locator("button.gi-step-back").click()
    assert shown(m) == 6
    assert m.page.locator(".gi-timefilter input.gi-to").input_value() == "2024-02-04"
    # Play on from there, cumulatively: the count of shown incidents only grows, to all of them,
    # and playing stops by itself at the end (the button offers Play again).
    play = timeline.locator("button.gi-play")
    play.click()
    seen = []
    for _ in range(8):
        m.page.wait_for_timeout(400)
        seen.append(shown(m))
    assert seen == sorted(seen) and seen[-1] == 7
    m.page.wait_for_function("() => document.querySelector('.gi-timeline button.gi-play').textContent === 'Play'")
    # Play again from the end: it starts over at the first day; pause while it plays.
    play.click()
    assert play.text_content() == "Pause" and shown(m) < 7
    play.click()
    assert play.text_content() == "Play"
    paused = shown(m)
    m.page.wait_for_timeout(1500)  # two play intervals: nothing moves while paused
    assert shown(m) == paused
    # Keyboard: the first handle moved right by arrow keys hides the earliest incident.
    m.page.click(".gi-timefilter button.gi-reset")
    assert shown(m) == 7
    m.page.focus(".gi-timeline input.gi-tl-from")
    m.page.keyboard.press("ArrowRight")
    assert shown(m) == 6  # asad-1 (2 January) is out
    assert m.page.locator(".gi-timefilter input.gi-from").input_value() == "2024-01-03"
    # Moving window mode keeps the width while stepping.
    m.page.select_option(".gi-timeline select.gi-mode", "window")
    m.page.focus(".gi-timeline input.gi-tl-to")
    for _ in range(20):
        m.page.keyboard.press("ArrowLeft")
    before = (timeline.locator("input.gi-tl-from").input_value(), timeline.locator("input.gi-tl-to").input_value())
    timeline.locator("button.gi-step").click()
    after = (timeline.locator("input.gi-tl-from").input_value(), timeline.locator("input.gi-tl-to").input_value())
    assert [int(v) + 1 for v in before] == [int(v) for v in after]
    assert m.errors == []


def test_sources_are_links_only_for_http_and_https(m):
    set_view(m, 33.78561, 42.4412, 8)
    m.page.locator('.gi-count div[data-site="Ain al-Asad Air Base"]').click()
    popup = m.page.locator(".leaflet-popup-content")
    popup.wait_for(state="visible")
    links = popup.locator("a")
    hrefs = links.evaluate_all("nodes => nodes.map(n => [n.getAttribute('href'), n.target, n.rel, n.textContent])")
    assert sorted(hrefs) == [["http://example.org/one", "_blank", "noopener noreferrer", "Plain outlet"],
                             ["https://example.org/three", "_blank", "noopener noreferrer", "Secure outlet"]]
    text = popup.inner_text()
    assert "Script outlet" in text and "javascript:alert(1)" in text  # shown as text
    assert "File outlet" in text and "ftp://example.org/four" in text
    # Nothing was fetched: links load only when clicked.
    assert [u for u in m.requests if not u.startswith("data:")] == [m.url]
    assert m.dialogs == []


def test_a_country_level_launch_has_no_marker_at_the_capital(m, reading):
    import shapely

    table, _ = reading
    set_view(m, 33.3, 41.5, 7)
    stats = m.stats()
    # Launch markers: the two town-level launches only, none for "Iraq".
    assert sum(layer["launches"] for layer in stats["layers"].values()) == 2
    assert sum(layer["areas"] for layer in stats["layers"].values()) == 1
    capital = m.page.evaluate("([a, b]) => { const mp = window.geoincidents.maps[0].map;"
                              " const p = mp.latLngToContainerPoint([a, b]); const r = mp.getContainer().getBoundingClientRect();"
                              " return {x: r.left + p.x, y: r.top + p.y}; }", list(BAGHDAD))
    red = category_styles().loc["cross_border_fire", "colour"]
    assert count_colour(m.pixels(x=capital["x"], y=capital["y"], radius=12), red) == 0
    # The dashed line starts at Iraq's point nearest Tower 22, on the border, not in Baghdad.
    start = m.page.evaluate("""() => { const inst = window.geoincidents.maps[0], p = inst.model.p;
        for (let i = 0; i < p.n; i++) if (inst.model.text('incident_id', i) === 'from-iraq') return [p.lon0[i], p.lat0[i]]; }""")
    iraq = table.boundaries.countries().set_index("country").loc["IQ", "geometry"]
    assert iraq.exterior.distance(shapely.Point(start)) < 0.05 if iraq.geom_type == "Polygon" else \
        iraq.boundary.distance(shapely.Point(start)) < 0.05
    assert shapely.Point(start).distance(shapely.Point(BAGHDAD[::-1])) > 4
    target = m.point("from-iraq", "target")
    m.page.mouse.click(target["x"], target["y"])
    popup = m.page.locator(".leaflet-popup-content")
    popup.wait_for(state="visible")
    assert "from Iraq (IQ) · country to Tower 22" in popup.inner_text()


EXAMPLE = Path(__file__).resolve().parents[2] / "docs" / "examples" / "bases-2023-2024" / "incidents.csv"


def test_analyst_table_reads_at_a_glance_screenshot(open_map, tmp_path):
    """The README's screenshot: 47 incidents from public reports around a few bases (docs/examples)."""
    import geoincidents as gi
    from geoincidents.maps import save_map

    table = gi.load_incidents(EXAMPLE)
    assert 40 <= len(table) <= 60
    m = open_map(save_map(table, tmp_path / "bases.html", offline=True,
                          title="Attacks on US bases and US strikes, Iraq and Syria, Oct 2023 – Aug 2024"))
    m.page.set_viewport_size({"width": 1600, "height": 1000})
    set_view(m, 34.6, 41.6, 7)
    assert m.page.locator('.gi-count div[data-site="Ain al-Asad Air Base"]').inner_text() == "9"
    labels = set(m.page.locator(".gi-label-site").all_inner_texts())
    assert {"Ain al-Asad Air Base", "Erbil Air Base", "Harir Air Base", "al-Tanf", "Tower 22"} <= labels
    assert "46 of 47 incidents drawn; 1 without a known place" in m.page.locator(".gi-legend").inner_text()
    assert m.page.locator(".gi-event.gi-undrawn").count() == 1
    shot = tmp_path / "bases.png"
    m.page.screenshot(path=str(shot))
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    wanted = os.environ.get("GEOINCIDENTS_SCREENSHOT")
    if wanted:  # GEOINCIDENTS_SCREENSHOT=docs/screenshot.png python -m pytest tests/browser -k at_a_glance
        Path(wanted).write_bytes(shot.read_bytes())
    assert m.errors == []
