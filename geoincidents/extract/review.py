"""The review page: one self-contained offline HTML file to check an extraction at a glance.

Each report is shown with its place mentions highlighted by role (launch,
target, context); each draft incident sits beside its evidence sentences
(click one to see it in its report); and the drafts are drawn on the offline
map of :func:`geoincidents.maps.save_map`, embedded as an ``iframe``
``srcdoc`` so its own scripts run untouched. Data never passes through a
template: it sits in a JSON block and the page's script only uses
``textContent``. The page makes no network request.
"""
from __future__ import annotations

import html
import importlib.resources
import json
import logging
import os
import tempfile
from pathlib import Path
from typing import Any

import pandas as pd

from geoincidents.errors import GeoIncidentsError
from geoincidents.io.atomic import atomic_path

__all__ = ["review_html", "write_review"]

log = logging.getLogger(__name__)


def _asset(name: str) -> str:
    return importlib.resources.files("geoincidents").joinpath("data", name).read_text(encoding="utf-8")


def _json_block(data: Any) -> str:
    text = json.dumps(data, ensure_ascii=False, default=str)
    # Nothing inside the block can close it or open a comment.
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def _map_page(report: Any) -> tuple[str | None, str | None]:
    """The offline map of the drafts as HTML text, or (None, why not). It carries no title of its own: the page's
    heading names it, and a title box would cover the map's layer panel in the narrow side column."""
    if report.incidents.empty:
        return None, "no draft incidents to map"
    from geoincidents.maps import save_map

    try:
        table = report.to_table()
    except GeoIncidentsError as err:
        return None, f"the drafts could not be loaded for the map: {err}"
    with tempfile.TemporaryDirectory() as folder:
        path = save_map(table, Path(folder) / "map.html", offline=True)
        return path.read_text(encoding="utf-8"), None


def _payload(report: Any) -> dict[str, Any]:
    def clean(value: Any) -> Any:
        return None if value is None or (not isinstance(value, (list, dict)) and pd.isna(value)) else value

    places = [{k: clean(v) for k, v in row.items()} for row in report.places.to_dict("records")]
    incidents = []
    for row in report.incidents.to_dict("records"):
        incidents.append({k: clean(v) if k != "evidence" else v for k, v in row.items()})
    claims = [{k: clean(v) for k, v in row.items()} for row in report.claims.to_dict("records")]
    sources = [{k: clean(v) for k, v in row.items()} for row in report.sources.to_dict("records")]
    return {"texts": report.texts, "places": places, "incidents": incidents, "claims": claims, "sources": sources}


def review_html(report: Any, *, title: str = "Extraction review") -> str:
    """The review page of a :class:`~geoincidents.extract.report.Report` as HTML text."""
    map_page, why_not = _map_page(report)
    frame = (f'<iframe id="gi-map" title="Draft incidents on the map" srcdoc="{html.escape(map_page, quote=True)}"></iframe>'
             if map_page else f'<p id="gi-map-missing">{html.escape(why_not or "")}</p>')
    return (
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
        f"<title>{html.escape(title)}</title><style>{_asset('extract_review.css')}</style></head><body>"
        f"<header><h1>{html.escape(title)}</h1><p id=\"gi-summary\"></p>"
        "<p class=\"gi-key\"><mark class=\"launch\">launch</mark> <mark class=\"target\">target</mark> "
        "<mark class=\"context\">context</mark> <mark class=\"context state\">a state, not a place</mark></p></header>"
        "<main><section id=\"gi-reports\" aria-label=\"Reports\"></section>"
        f"<section id=\"gi-side\"><div id=\"gi-map-box\">{frame}</div>"
        "<table id=\"gi-drafts\"><thead><tr><th>date</th><th>type</th><th>launch</th><th>target</th>"
        "<th>confidence</th><th>sources</th></tr></thead><tbody></tbody></table></section></main>"
        f"<script type=\"application/json\" id=\"gi-review-data\">{_json_block(_payload(report))}</script>"
        f"<script>{_asset('extract_review.js')}</script></body></html>\n"
    )


def write_review(report: Any, path: str | os.PathLike[str], *, title: str = "Extraction review") -> Path:
    """Write the review page to *path* atomically (its folder is created if missing)."""
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    page = review_html(report, title=title)
    with atomic_path(target) as tmp:
        tmp.write_text(page, encoding="utf-8")
    log.info("wrote review page %s (%d bytes)", target, len(page))
    return target
