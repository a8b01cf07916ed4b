"""Headless Chromium (Debian's ``chromium``) driven by Playwright for Python.

Fixtures:

- ``chromium``: one browser for the session. Missing chromium FAILS the tests
  (they must run in CI) with the command that installs it.
- ``open_map``: ``open_map(path) -> MapPage``: a fresh page on ``file://path``
  that records every request, console error, page error and dialog, and
  waits until ``window.geoincidents.ready``.
- ``seed_table``, ``seed_map`` (session): the seed incidents and their offline map file.
"""
from __future__ import annotations

import io
import shutil
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterator

import pytest

SEEDS = Path(__file__).resolve().parents[2] / "seeds"

# Required on this machine (and harmless elsewhere): no sandbox in containers,
# no GPU, and nothing that phones home, so that "zero requests" means zero.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]
VIEWPORT = {"width": 1280, "height": 800}


def chromium_executable() -> str:
    path = shutil.which("chromium") or (
        "/usr/bin/chromium" if Path("/usr/bin/chromium").exists() else None
    )
    if path is None:
        pytest.fail(
            "the browser tests need Debian's chromium package and it is not installed: "
            "run `apt-get install chromium` (CI does this in .ci/run)",
            pytrace=False,
        )
    return path


@pytest.fixture(scope="session")
def chromium() -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    executable = chromium_executable()
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@dataclass
class MapPage:
    """A loaded map and everything it did while loading."""

    page: Any
    url: str
    requests: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)

    def stats(self) -> dict[str, Any]:
        return self.page.evaluate("window.geoincidents.stats()")

    def point(self, incident_id: str, end: str) -> dict[str, float]:
        found = self.page.evaluate("([id, end]) => window.geoincidents.screenPoint(id, end)", [incident_id, end])
        assert found is not None, f"{incident_id} has no {end} point on the map"
        return found

    def view(self, *, south: float, west: float, north: float, east: float) -> None:
        """Fit the map to a box, as a reader zooming in would (no animation)."""
        self.page.evaluate(
            "([s, w, n, e]) => { window.geoincidents.maps[0].map.fitBounds([[s, w], [n, e]], {animate: false}); }",
            [south, west, north, east],
        )
        self.page.wait_for_timeout(50)

    def pixels(self, *, x: float, y: float, radius: int) -> Any:
        """RGB image of the square of the screen around (x, y)."""
        from PIL import Image

        png = self.page.screenshot(clip={"x": x - radius, "y": y - radius, "width": 2 * radius, "height": 2 * radius})
        return Image.open(io.BytesIO(png)).convert("RGB")


def count_colour(image: Any, hex_colour: str, *, tolerance: int = 40) -> int:
    """Pixels of ``image`` within ``tolerance`` (per channel) of ``hex_colour``."""
    import numpy as np

    target = np.array([int(hex_colour[i : i + 2], 16) for i in (1, 3, 5)])
    rgb = np.asarray(image, dtype=int).reshape(-1, 3)
    return int((np.abs(rgb - target) <= tolerance).all(axis=1).sum())


@pytest.fixture
def open_map(chromium) -> Iterator[Callable[[Path], MapPage]]:
    contexts = []

    def open_(path: Path) -> MapPage:
        context = chromium.new_context(viewport=VIEWPORT, device_scale_factor=1)
        contexts.append(context)
        page = context.new_page()
        url = Path(path).resolve().as_uri()
        result = MapPage(page=page, url=url)
        page.on("request", lambda request: result.requests.append(request.url))
        page.on("console", lambda msg: result.errors.append(f"console {msg.type}: {msg.text}") if msg.type == "error" else None)
        page.on("pageerror", lambda err: result.errors.append(f"page error: {err}"))

        def on_dialog(dialog: Any) -> None:
            result.dialogs.append(dialog.message)
            dialog.dismiss()

        page.on("dialog", on_dialog)
        page.goto(url)
        page.wait_for_function("window.geoincidents && window.geoincidents.ready === true", timeout=30_000)
        return result

    yield open_
    for context in contexts:
        context.close()


@pytest.fixture(scope="session")
def seed_table():
    from geoincidents.io.load import load_incidents

    return load_incidents(SEEDS / "incidents.csv")


@pytest.fixture(scope="session")
def seed_map(seed_table, tmp_path_factory) -> Path:
    from geoincidents.maps import save_map

    return save_map(seed_table, tmp_path_factory.mktemp("maps") / "seed.html", offline=True, title="Seed incidents")
