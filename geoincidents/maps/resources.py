"""Assets the map needs, read once: our own JS/CSS and, for offline maps, Leaflet.

Everything is read with :mod:`importlib.resources` (our files) or from the
XStatic-Leaflet package directory, so an offline map never depends on a CDN.
"""
from __future__ import annotations

import base64
import functools
import importlib.resources
import logging
import re
from pathlib import Path

__all__ = [
    "asset_text",
    "leaflet_js",
    "leaflet_css",
    "leaflet_icon_defaults_js",
    "remote_resource_urls",
]

log = logging.getLogger(__name__)

# Leaflet's stylesheet refers to its images relative to the CSS file.
_CSS_URL = re.compile(r"url\((['\"]?)images/([A-Za-z0-9_.-]+\.png)\1\)")
# A sourceMappingURL comment would make DevTools fetch a .map file.
_SOURCE_MAP = re.compile(r"^\s*//[#@] sourceMappingURL=.*$", re.MULTILINE)

# What makes a browser fetch something: src=/href= attributes of the tags that
# load resources, CSS url() and @import. An <a href> is navigation, not a fetch,
# and Leaflet's own attribution prefix carries one inside a JS string.
_REMOTE = re.compile(
    r"""<(?:script|link|img|iframe|source|video|audio|embed|object)\b[^>]*?\s(?:src|href|data)\s*=\s*["']?\s*((?:https?:)?//[^"'\s>]+)"""
    r"""|url\(\s*["']?\s*((?:https?:)?//[^"')\s]+)"""
    r"""|@import\s+(?:url\()?\s*["']?\s*((?:https?:)?//[^"')\s;]+)""",
    re.IGNORECASE,
)


@functools.cache
def asset_text(name: str) -> str:
    """Return one of our own files in ``geoincidents/maps/assets`` as text.

    Examples
    --------
    >>> "geoincidents" in asset_text("geoincidents.js")
    True
    """
    return (importlib.resources.files("geoincidents.maps") / "assets" / name).read_text(encoding="utf-8")


def _leaflet_dir() -> Path:
    try:
        import xstatic.pkg.leaflet as xleaflet
    except ImportError as err:  # pragma: no cover - it is a declared dependency
        raise ImportError(
            "offline maps inline Leaflet from the XStatic-Leaflet package; "
            "install it with `pip install XStatic-Leaflet`"
        ) from err
    return Path(xleaflet.BASE_DIR)


def _data_uri(path: Path) -> str:
    return "data:image/png;base64," + base64.b64encode(path.read_bytes()).decode("ascii")


@functools.cache
def leaflet_js() -> str:
    """Leaflet's minified script, with its source-map comment removed."""
    return _SOURCE_MAP.sub("", (_leaflet_dir() / "leaflet.js").read_text(encoding="utf-8"))


@functools.cache
def leaflet_css() -> str:
    """Leaflet's stylesheet with every ``url(images/…)`` turned into a data URI.

    Examples
    --------
    >>> "url(images/" in leaflet_css()
    False
    """
    images = _leaflet_dir() / "images"

    def inline(match: re.Match[str]) -> str:
        return f'url("{_data_uri(images / match.group(2))}")'

    return _CSS_URL.sub(inline, (_leaflet_dir() / "leaflet.css").read_text(encoding="utf-8"))


@functools.cache
def leaflet_icon_defaults_js() -> str:
    """Point Leaflet's default marker images at data URIs.

    Leaflet guesses its image folder from the stylesheet; with the stylesheet
    inlined that guess is wrong, so a default ``L.marker`` added later by a
    user would request a broken URL. Setting the paths explicitly avoids it.
    """
    images = _leaflet_dir() / "images"
    return (
        "L.Icon.Default.imagePath = '';\n"
        "L.Icon.Default.mergeOptions({"
        f"iconUrl: '{_data_uri(images / 'marker-icon.png')}', "
        f"iconRetinaUrl: '{_data_uri(images / 'marker-icon-2x.png')}', "
        f"shadowUrl: '{_data_uri(images / 'marker-shadow.png')}'"
        "});\n"
    )


_DATA_OPEN = '<script type="application/json"'


def _without_data_blocks(html: str) -> str:
    # JSON data blocks are never fetched from and hold user text (a note may mention url(...)).
    parts, start = [], 0
    while (found := html.find(_DATA_OPEN, start)) >= 0:
        parts.append(html[start:found])
        end = html.find("</script>", found)
        start = len(html) if end < 0 else end + len("</script>")
    parts.append(html[start:])
    return "".join(parts)


def remote_resource_urls(html: str) -> list[str]:
    """List the http(s) or protocol-relative URLs that ``html`` would make a browser fetch.

    JSON data blocks (``<script type="application/json">``) are not searched:
    the browser does not load anything named in them.

    Examples
    --------
    >>> remote_resource_urls('<script src="https://cdn.example/x.js"></script>')
    ['https://cdn.example/x.js']
    >>> remote_resource_urls('<a href="https://leafletjs.com">Leaflet</a>')
    []
    """
    return [next(g for g in m.groups() if g) for m in _REMOTE.finditer(_without_data_blocks(html))]
