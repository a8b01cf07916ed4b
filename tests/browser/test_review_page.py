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
