"""Hostile text in every field: shown as text in the browser, never run."""
from __future__ import annotations

import csv
from pathlib import Path

import pytest

HOSTILE = {
    "actor": "<script>window.__pwned = 1; alert(1)</script>",
    "target_actor": '<img src=x onerror="window.__pwned = 2; alert(2)">',
    "munitions": "5\" rockets from al-Qa'im \\ back\\slash \\u003c",
    "outcome": "line one\nline two </script><script>window.__pwned = 3</script>",
    "notes": "RTL \u200fمرحبا بالعالم\u200f \u202eevil\u202c {{ 7*7 }} <svg onload=alert(4)> javascript:alert(5) &amp;",
}
TITLE = "<b onmouseover=alert(6)>Title</b> \u2028 'quoted'"
ASSERTION = "<iframe src=javascript:alert(7)></iframe> \"denied\" it's"


def write_csv(path: Path, rows: list[dict[str, str]]) -> None:
    with path.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)


@pytest.fixture(scope="module")
def hostile_map(tmp_path_factory) -> Path:
    import geoincidents as gi
    from geoincidents.maps import save_map

    folder = tmp_path_factory.mktemp("hostile")
    write_csv(folder / "incidents.csv", [{
        "incident_id": "h-1", "date": "2024-04-21", "event_type": "rocket_attack",
        "launch_lat": "36.65", "launch_lon": "42.6", "target_lat": "36.89778", "target_lon": "41.9975",
        "launch_precision": "town", "target_precision": "exact", "sources": "src-1", **HOSTILE,
    }])
    write_csv(folder / "sources.csv", [{
        "source_id": "src-1", "outlet": "<b>Outlet</b> <script>alert(8)</script>", "published": "2024-04-22",
        "title": "T", "file": "",
    }])
    write_csv(folder / "claims.csv", [{"incident_id": "h-1", "source_id": "src-1", "status": "denied", "assertion": ASSERTION}])
    table = gi.load_incidents(folder / "incidents.csv")
    return save_map(table, folder / "hostile.html", offline=True, title=TITLE)


def test_hostile_strings_show_as_text_and_never_run(open_map, hostile_map):
    m = open_map(hostile_map)
    page = m.page
    m.view(south=36.5, west=41.8, north=37.0, east=42.8)
    target = m.point("h-1", "target")
    page.mouse.move(target["x"] - 20, target["y"] - 20)
    page.mouse.move(target["x"], target["y"], steps=4)
    page.locator(".gi-tooltip").wait_for(state="visible")
    assert page.locator(".gi-tooltip").text_content().startswith("2024-04-21 \u00b7 Rocket attack")
    page.mouse.click(target["x"], target["y"])
    popup = page.locator(".leaflet-popup-content")
    popup.wait_for(state="visible")
    shown = popup.text_content()
    for value in (*HOSTILE.values(), ASSERTION, "<b>Outlet</b> <script>alert(8)</script>"):
        assert value in shown
    # Nothing from the data became an element.
    injected = page.evaluate(
        "document.querySelectorAll('.leaflet-popup-content :is(script, img, svg, iframe, b), .gi-title b').length"
    )
    assert injected == 0
    assert page.locator(".gi-title").text_content() == TITLE
    page.mouse.move(10, 400)
    page.wait_for_timeout(200)
    assert page.evaluate("window.__pwned") is None
    assert m.dialogs == []
    assert m.errors == []
    assert [u for u in m.requests if not u.startswith("data:")] == [m.url]


PROTOTYPE_IDS = ["constructor", "__proto__", "toString", "hasOwnProperty", "valueOf"]


@pytest.fixture(scope="module")
def prototype_map(tmp_path_factory) -> Path:
    """Source ids that are names on Object.prototype: each incident cites one of them."""
    import geoincidents as gi
    from geoincidents.maps import save_map

    folder = tmp_path_factory.mktemp("prototype")
    write_csv(folder / "incidents.csv", [{
        "incident_id": f"p-{n}", "date": "2024-04-21", "event_type": "rocket_attack",
        "launch_lat": "", "launch_lon": "", "target_lat": f"{33.0 + n:.1f}", "target_lon": "43.0",
        "target_precision": "exact", "sources": sid,
    } for n, sid in enumerate(PROTOTYPE_IDS)])
    write_csv(folder / "sources.csv", [{
        "source_id": sid, "outlet": f"Outlet named {sid}", "published": "2024-04-22", "title": "T", "file": "",
    } for sid in PROTOTYPE_IDS])
    write_csv(folder / "claims.csv", [{
        "incident_id": f"p-{n}", "source_id": sid, "status": "denied", "assertion": f"{sid} says no",
    } for n, sid in enumerate(PROTOTYPE_IDS)])
    table = gi.load_incidents(folder / "incidents.csv")
    return save_map(table, folder / "prototype.html", offline=True, title="Prototype ids")


@pytest.mark.parametrize("n,sid", list(enumerate(PROTOTYPE_IDS)))
def test_popup_opens_for_source_ids_named_like_object_prototype(open_map, prototype_map, n, sid):
    m = open_map(prototype_map)
    page = m.page
    m.view(south=32.5, west=42.5, north=33.5 + n, east=43.5)
    target = m.point(f"p-{n}", "target")
    page.mouse.click(target["x"], target["y"])
    popup = page.locator(".leaflet-popup-content")
    popup.wait_for(state="visible")
    sources = popup.locator(".gi-sources").text_content()
    assert f"Outlet named {sid}, 2024-04-22: T" in sources
    assert "denied" in sources and f"{sid} says no" in sources
    assert m.errors == []
