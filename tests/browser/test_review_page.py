"""The extraction review page in headless Chromium: what an analyst sees when checking drafts."""
from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from tests.browser.conftest import VIEWPORT

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


@pytest.fixture(scope="module")
def review(tmp_path_factory):
    from geoincidents.cli import main

    out = tmp_path_factory.mktemp("review")
    texts = Path(__file__).resolve().parents[1] / "geoincidents" / "extract" / "seeds"  # rewritten seed reports
    assert main(["extract", str(texts), "--sources", str(SEEDS / "sources.csv"), "-o", str(out / "drafts"),
                 "--review", str(out / "review.html")]) == 0
    return out


@pytest.fixture
def page(chromium, review):
    context = chromium.new_context(viewport=VIEWPORT)
    page = context.new_page()
    seen = {"requests": [], "errors": []}
    page.on("request", lambda r: seen["requests"].append(r.url))
    page.on("pageerror", lambda e: seen["errors"].append(str(e)))
    page.on("console", lambda m: seen["errors"].append(m.text) if m.type == "error" else None)
    url = (review / "review.html").resolve().as_uri()
    page.goto(url)
    page.wait_for_function("window.giReview && window.giReview.ready === true", timeout=30_000)
    page.frame_locator("#gi-map").locator(".leaflet-container").wait_for(timeout=30_000)
    yield page, seen, url
    context.close()


def test_review_page_is_offline_and_error_free(page):
    p, seen, url = page
    fetched = [u for u in seen["requests"] if not u.startswith(("data:", "about:"))]
    assert fetched == [url]
    assert seen["errors"] == []


def test_every_mention_is_highlighted_by_role(page, review):
    p, _, _ = page
    mentions = pd.read_csv(review / "drafts" / "mentions.csv")
    shown = p.evaluate("window.giReview.counts")
    assert shown == mentions["role"].value_counts().reindex(["launch", "target", "context"], fill_value=0).to_dict()
    # The Zummar launch is a highlighted launch mark a reader can see.
    launch = p.locator("mark.launch", has_text="Zummar").first
    assert launch.is_visible()
    assert "launch" in launch.get_attribute("title")
    # A country standing for its state ("Iran-backed militias said") is marked apart, as the state, not a place.
    states = mentions[mentions["sense"] == "state"]
    assert len(states) > 0
    assert p.locator("#gi-reports mark.state").count() >= len(states)
    state = p.locator("#gi-reports mark.state").first
    assert state.is_visible() and "the state, not a place" in state.get_attribute("title")


def test_each_draft_sits_beside_its_evidence_and_on_the_map(page, review):
    p, _, _ = page
    drafts = pd.read_csv(review / "drafts" / "incidents.csv")
    rows = p.locator("tr.gi-draft")
    assert rows.count() == len(drafts)
    row = p.locator("tr.gi-draft", has_text="Rumalyn Landing Zone").first
    row.click()
    active = p.locator(".gi-evidence.active")
    assert active.count() > 0 and "Zummar" in " ".join(active.all_text_contents())
    # The embedded offline map draws the drafts: one layer entry per category present.
    frame = p.frame_locator("#gi-map")
    labels = " ".join(frame.locator(".leaflet-control-layers-overlays label").all_inner_texts())
    assert "Cross-border" in labels or "cross-border" in labels.lower()


def _boxes(frame, selector):
    return [frame.locator(s).bounding_box() for s in selector]


def _overlap(a, b):
    return not (a["x"] + a["width"] <= b["x"] or b["x"] + b["width"] <= a["x"]
                or a["y"] + a["height"] <= b["y"] or b["y"] + b["height"] <= a["y"])


def test_the_small_map_folds_its_panels_so_none_covers_another(page):
    """The review page's map is half a screen: the legend, event list and timeline start folded
    to their headings (which a click unfolds), so no panel lies over another."""
    p, _, _ = page
    frame = p.frame_locator("#gi-map")
    panels = [".gi-legend", ".gi-events", ".gi-timeline", ".gi-timefilter", ".leaflet-control-layers"]
    for name in (".gi-legend", ".gi-events", ".gi-timeline"):
        assert "gi-folded" in frame.locator(name).get_attribute("class")
        assert frame.locator(f"{name} .gi-fold").get_attribute("aria-expanded") == "false"
    # The page's heading names the map: a title box of its own had lain over the layer panel.
    assert frame.locator(".gi-title").count() == 0 and p.locator("h1").inner_text() == "Extraction review"
    boxes = _boxes(frame, panels)
    for i, a in enumerate(boxes):
        for b in boxes[i + 1:]:
            assert not _overlap(a, b), (a, b)
    # A reader unfolds the legend by its heading, and folds it again.
    frame.locator(".gi-legend .gi-fold").click()
    assert "gi-folded" not in frame.locator(".gi-legend").get_attribute("class")
    assert frame.locator(".gi-legend .gi-legend-row").first.is_visible()
    frame.locator(".gi-legend .gi-fold").press("Enter")
    assert not frame.locator(".gi-legend .gi-legend-row").first.is_visible()


def test_a_full_size_map_starts_with_its_panels_open(open_map, seed_map):
    """A map given a whole window shows every panel open: folding is for small maps only."""
    m = open_map(seed_map)
    for name in (".gi-legend", ".gi-events", ".gi-timeline"):
        assert "gi-folded" not in m.page.locator(name).get_attribute("class")
    assert m.page.locator(".gi-legend .gi-legend-row").first.is_visible()
