"""Static PNG map of an incident table, for reports and slides: draws a :class:`~geoincidents.maps.scene.Scene`.

Nothing is decided here: ends, areas, line styles, hollow targets, weapon
glyphs and site counts all come from the scene, as in the HTML map.
matplotlib's Agg canvas only (a ``Figure`` with its own ``FigureCanvasAgg``,
never pyplot): headless, thread-safe, never a window. The table's own
boundaries are the basemap. Every layer is one vectorised collection, not one
artist per incident, so 20,000 incidents draw in seconds.
"""
from __future__ import annotations

import logging
import math
import os
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from geoincidents.errors import ExportError, GeoIncidentsError
from geoincidents.io.atomic import atomic_path
from geoincidents.maps.scene import AREA, POINT, RADIUS, Scene, build_scene
from geoincidents.maps.spans import span_text
from geoincidents.maps.static_legend import ALL_SYMBOLS as _ALL_SYMBOLS
from geoincidents.maps.static_legend import DASHES as _DASHES
from geoincidents.maps.static_legend import glyph as _glyph
from geoincidents.maps.static_legend import legend as _legend
from geoincidents.maps.styles import LINES

__all__ = ["write_png", "plot_incidents"]

log = logging.getLogger(__name__)

_FALLBACK_COLOUR = "#777777"
# The bundled boundaries cover the region's countries only: outside them is sea OR an unmapped
# country (the Caucasus, Egypt), so the background is a neutral grey, not sea blue.
_BACKGROUND, _LAND, _PROVINCE_EDGE, _COUNTRY_EDGE = "#e6e9ec", "#f6f3ec", "#c9c4b8", "#8d877c"
_DENSE = 300  # up to this many incidents every line and marker is drawn opaque and full size


def write_png(table: Any, path: str | os.PathLike[str], *, title: str | None = None, dpi: int = 150,
              figsize: tuple[float, float] = (10, 8)) -> Path:
    """Write a static PNG map of the incidents in ``table``, atomically.

    The same scene as the HTML map: trajectories launch → target with an
    arrowhead, in the category colours, solid / dashed / dotted by status;
    launches are hollow triangles, targets filled circles (hollow when denied
    or disputed) with the weapon's glyph; an end known to a district is a
    dashed circle, an end known only to a province or country is that area's
    thin outline with no marker. The title carries the date range and how
    many incidents are drawn; the view fits the data.

    Parameters
    ----------
    table
        An :class:`~geoincidents.table.IncidentTable` (or its ``.frame``).
    path
        Destination (always PNG). A failure leaves no file and an existing one untouched.
    title
        First line of the title (default ``"Incidents"``).
    dpi, figsize
        Resolution and size in inches: the image is ``figsize * dpi`` pixels.

    Returns
    -------
    pathlib.Path
        The written file.

    Raises
    ------
    GeoIncidentsError
        The table is empty, or no incident has a located end.
    ExportError
        The file could not be written (e.g. its directory does not exist).

    Examples
    --------
    >>> from geoincidents.datasets import seed
    >>> write_png(seed(), "incidents.png", title="Attacks on US forces")
    PosixPath('incidents.png')
    """
    _check_size(dpi=dpi, figsize=figsize)
    final = Path(path)
    fig = plot_incidents(table, title=title, dpi=dpi, figsize=figsize).figure
    try:
        with atomic_path(final) as tmp:
            fig.savefig(tmp, format="png", dpi=dpi, metadata={"Software": "geoincidents"})
    except OSError as err:
        raise ExportError(f"could not write the PNG map {str(final)!r}: {err}") from err
    log.info("wrote %s", final)
    return final


def plot_incidents(table: Any, *, title: str | None = None, dpi: int = 150,
                   figsize: tuple[float, float] = (10, 8)) -> Any:
    """Draw the incidents on a new Agg figure and return its map axes.

    The same drawing as :func:`write_png`, for callers that want to add to it
    or save it in another format. ``ax.transData`` maps (lon, lat) to pixels.

    Examples
    --------
    >>> from geoincidents.datasets import seed
    >>> ax = plot_incidents(seed(), title="Strikes")
    >>> ax.figure.savefig("strikes.svg")
    """
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    _check_size(dpi=dpi, figsize=figsize)
    scene = table if isinstance(table, Scene) else build_scene(table, bases=False)
    _check_drawable(scene)

    fig = Figure(figsize=figsize, dpi=dpi)
    FigureCanvasAgg(fig)
    # The legend gets its own column on the right (it never hides data): measure its width first.
    probe = _legend(fig, scene, _ALL_SYMBOLS, left=0.0)
    legend_w = probe.get_window_extent(fig.canvas.get_renderer()).width / fig.bbox.width
    probe.remove()
    rect = (0.02, 0.04, max(0.35, 0.955 - legend_w), 0.86)
    ax = fig.add_axes(rect)
    box_w, box_h = figsize[0] * rect[2], figsize[1] * rect[3]
    x0, x1, y0, y1, aspect = _extent(scene, box_ratio=box_h / box_w)
    ax.set_xlim(x0, x1)
    ax.set_ylim(y0, y1)
    ax.set_aspect(aspect, adjustable="datalim")
    ax.set_facecolor(_BACKGROUND)
    ax.set_xticks([])
    ax.set_yticks([])

    _draw_basemap(ax, scene, (x0, y0, x1, y1))
    drawn = _draw_incidents(ax, scene, aspect=aspect)
    _legend(fig, scene, drawn, left=rect[0] + rect[2] + 0.01)
    ax.set_title(_title(scene, title), loc="left", fontsize=12)
    fig.text(0.02, 0.012, "Boundaries: Natural Earth (public domain). Made with geoincidents.",
             fontsize=6.5, color="#666666")
    return ax


def _check_size(*, dpi: Any, figsize: Any) -> None:
    if not (isinstance(dpi, (int, float)) and not isinstance(dpi, bool) and 10 <= dpi <= 1200):
        raise ValueError(f"dpi={dpi!r}: expected a number between 10 and 1200, e.g. dpi=150")
    try:
        w, h = (float(v) for v in figsize)
    except (TypeError, ValueError):
        raise ValueError(f"figsize={figsize!r}: expected (width, height) in inches, e.g. (10, 8)") from None
    if not (0 < w <= 100 and 0 < h <= 100):
        raise ValueError(f"figsize={figsize!r}: width and height must be in (0, 100] inches, e.g. (10, 8)")


def _check_drawable(scene: Scene) -> None:
    if scene.n == 0:
        raise GeoIncidentsError("cannot draw a map of an empty incident table (0 incidents): "
                                "check the input file or widen the query filters")
    if not scene.drawn.any():
        raise GeoIncidentsError(f"cannot draw a map: none of the {scene.n} incidents has a located launch or "
                                "target (give launch_place/target_place names the gazetteer knows, or "
                                "launch_lat/lon, target_lat/lon)")
    if not scene.drawn.all():
        ids = scene.frame.loc[~scene.drawn, "incident_id"].tolist()
        log.warning("%s: %s", scene.drawn_text, ids[:20])


def _extent(scene: Scene, *, box_ratio: float) -> tuple[float, float, float, float, float]:
    """Bounds of what is drawn plus a margin, widened to the axes' shape; and the lon/lat aspect."""
    lon, lat = scene.x[np.isfinite(scene.x)], scene.y[np.isfinite(scene.y)]
    if len(scene.areas):
        import shapely

        # An area drawn alone (nothing to aim at) still has to be in view; a country-sized
        # area with a trajectory is shown by its nearest part, not whole.
        alone = np.unique(np.concatenate([scene.area[e][(scene.kind[e] == AREA) & ~np.isfinite(scene.x[e])]
                                          for e in (0, 1)]))
        if alone.size:
            b = shapely.bounds(scene.areas["geometry"].to_numpy()[alone])
            lon = np.concatenate([lon, b[:, 0], b[:, 2]])
            lat = np.concatenate([lat, b[:, 1], b[:, 3]])
    x0, x1, y0, y1 = lon.min(), lon.max(), lat.min(), lat.max()
    # 12 % on each side, and at least ~0.4° so a single point still shows its surroundings.
    mx, my = max((x1 - x0) * 0.12, 0.4), max((y1 - y0) * 0.12, 0.4)
    x0, x1 = x0 - mx, x1 + mx
    y0, y1 = max(y0 - my, -85.0), min(y1 + my, 85.0)
    # A degree of longitude is cos(lat) shorter than a degree of latitude.
    aspect = 1.0 / max(math.cos(math.radians((y0 + y1) / 2)), 0.1)
    width, height = x1 - x0, (y1 - y0) * aspect
    if height / width < box_ratio:  # too wide for the box: add latitude
        grow = (width * box_ratio - height) / aspect / 2
        y0, y1 = y0 - grow, y1 + grow
    else:
        grow = (height / box_ratio - width) / 2
        x0, x1 = x0 - grow, x1 + grow
    return float(x0), float(x1), float(y0), float(y1), aspect


def _title(scene: Scene, title: str | None) -> str:
    sub = f"{span_text(*scene.date_range)} · {scene.drawn_text}"
    # A "$" pair would switch matplotlib to math mode: show the user's text as typed.
    shown = (title or scene.options.get("title") or "Incidents").replace("$", r"\$")
    return f"{shown}\n{sub}"


# --- drawing ------------------------------------------------------------------


def _paths(geoms: Any) -> list[Any]:
    """shapely (Multi)Polygons → one compound matplotlib Path per polygon (holes kept)."""
    import shapely
    from matplotlib.path import Path as MPath

    out = []
    for poly in shapely.get_parts(np.asarray(geoms, dtype=object)):
        rings = [poly.exterior, *poly.interiors]
        out.append(MPath.make_compound_path(*(MPath(np.asarray(r.coords)[:, :2], closed=True) for r in rings)))
    return out


def _draw_basemap(ax: Any, scene: Scene, bbox: tuple[float, float, float, float]) -> None:
    import shapely
    from matplotlib import patheffects
    from matplotlib.collections import PathCollection

    x0, y0, x1, y1 = bbox
    view = shapely.box(x0, y0, x1, y1)
    base = scene.basemap
    countries = base.countries[shapely.intersects(base.countries["geometry"].to_numpy(), view)]
    provinces = base.provinces[shapely.intersects(base.provinces["geometry"].to_numpy(), view)]
    country_paths = _paths(countries["geometry"].to_numpy())
    ax.add_collection(PathCollection(country_paths, facecolors=_LAND, edgecolors="none", zorder=0), autolim=False)
    ax.add_collection(PathCollection(_paths(provinces["geometry"].to_numpy()), facecolors="none",
                                     edgecolors=_PROVINCE_EDGE, linewidths=0.4, zorder=1), autolim=False)
    ax.add_collection(PathCollection(country_paths, facecolors="none", edgecolors=_COUNTRY_EDGE,
                                     linewidths=0.9, zorder=1.5), autolim=False)
    halo = [patheffects.withStroke(linewidth=2.5, foreground="white")]
    labels = scene.labels[(scene.labels["kind"] == "country") & scene.labels["lon"].between(x0, x1)
                          & scene.labels["lat"].between(y0, y1)]
    for lon, lat, text in zip(labels["lon"], labels["lat"], labels["text"]):
        ax.text(lon, lat, str(text).upper(), ha="center", va="center", fontsize=9,
                color="#6b665c", alpha=0.9, zorder=2, path_effects=halo, clip_on=True)


def _geodesic(x: np.ndarray, y: np.ndarray, both: np.ndarray) -> list[np.ndarray]:
    """The geodesic line between the two drawn ends of each incident in ``both`` (one point per ~50 km)."""
    from pyproj import Geod

    geod = Geod(ellps="WGS84")
    lines = []
    for i in np.flatnonzero(both):
        _, _, metres = geod.inv(x[0, i], y[0, i], x[1, i], y[1, i])
        steps = int(min(32, metres // 50_000))
        inner = geod.npts(x[0, i], y[0, i], x[1, i], y[1, i], steps) if steps else []
        lines.append(np.array([(x[0, i], y[0, i]), *inner, (x[1, i], y[1, i])]))
    return lines


def _arrowheads(lines: list[np.ndarray], *, aspect: float, size_pt: float = 8.0) -> tuple[np.ndarray, np.ndarray]:
    """Triangles (in points, around their tip) pointing along each line's last segment."""
    tips = np.array([ln[-1] for ln in lines])
    prev = np.array([ln[-2] for ln in lines])
    # On screen a degree of latitude is `aspect` times a degree of longitude.
    angle = np.arctan2((tips[:, 1] - prev[:, 1]) * aspect, tips[:, 0] - prev[:, 0])
    base = np.array([[0.0, 0.0], [-size_pt, size_pt * 0.38], [-size_pt, -size_pt * 0.38]])
    cos, sin = np.cos(angle)[:, None], np.sin(angle)[:, None]
    verts = np.stack([cos * base[:, 0] - sin * base[:, 1], sin * base[:, 0] + cos * base[:, 1]], axis=-1)
    return verts, tips


def _circles(lon: np.ndarray, lat: np.ndarray, km: np.ndarray, n: int = 72) -> np.ndarray:
    from pyproj import Geod

    az = np.tile(np.linspace(0.0, 360.0, n, endpoint=False), len(lon))
    x, y, _ = Geod(ellps="WGS84").fwd(np.repeat(lon, n), np.repeat(lat, n), az, np.repeat(km * 1000.0, n))
    return np.stack([x, y], axis=-1).reshape(len(lon), n, 2)


def _in_points(ax: Any, verts: Any, offsets: np.ndarray, **style: Any) -> Any:
    """A collection of shapes given in points around data offsets: their size stays fixed on the page."""
    from matplotlib.collections import PolyCollection
    from matplotlib.transforms import Affine2D

    shapes = PolyCollection(verts, offsets=offsets, offset_transform=ax.transData, **style)
    shapes.set_transform(Affine2D().scale(ax.figure.dpi / 72.0))
    ax.add_collection(shapes, autolim=False)
    return shapes


def _draw_uncertainty(ax: Any, scene: Scene, colours: np.ndarray, drawn: set[str]) -> None:
    """Areas as their thin, light outline; district-level ends as a dashed circle of their radius."""
    from matplotlib.collections import PathCollection, PolyCollection

    area_rows = pd.DataFrame({"area": np.concatenate([scene.area[0], scene.area[1]]),
                              "colour": np.concatenate([colours, colours])})
    area_rows = area_rows[area_rows["area"] >= 0].drop_duplicates()
    geoms = scene.areas["geometry"].to_numpy()
    for colour, group in area_rows.groupby("colour"):
        ax.add_collection(PathCollection(_paths(geoms[group["area"].to_numpy()]), facecolors="none", edgecolors=colour,
                                         linewidths=0.8, alpha=0.55, zorder=3), autolim=False)
        drawn.add("area")
    rows = []
    for e in (0, 1):
        circle = scene.kind[e] == RADIUS
        rows.append(pd.DataFrame({"x": scene.x[e][circle], "y": scene.y[e][circle], "r": scene.radius_km[e][circle],
                                  "c": colours[circle]}))
    # Ends placed at one place's centroid share one circle: draw each distinct circle once.
    uniq = pd.concat(rows).drop_duplicates()
    if len(uniq):
        verts = _circles(uniq["x"].to_numpy(), uniq["y"].to_numpy(), uniq["r"].to_numpy())
        ax.add_collection(PolyCollection(verts, facecolors="none", edgecolors=list(uniq["c"]), linestyles="--",
                                         linewidths=1.0, zorder=3), autolim=False)
        drawn.add("circle")


def _draw_incidents(ax: Any, scene: Scene, *, aspect: float) -> set[str]:
    from matplotlib.collections import LineCollection

    colours = scene.categories["colour"].to_numpy(dtype=object)[scene.cat]
    drawn: set[str] = set()
    # Thousands of opaque lines and markers merge into one blot: thin them out as the count grows.
    alpha = min(1.0, (_DENSE / max(scene.n, 1)) ** 0.5)
    scale = 1.0 if scene.n <= _DENSE else 0.5
    _draw_uncertainty(ax, scene, colours, drawn)
    both = scene.line >= 0
    if both.any():
        lines = _geodesic(scene.x, scene.y, both)
        for k, name in enumerate(LINES):
            mine = scene.line[both] == k
            if not mine.any():
                continue
            ax.add_collection(LineCollection([ln for ln, m in zip(lines, mine) if m], colors=list(colours[both][mine]),
                                             linewidths=1.5 * scale ** 0.5, linestyles=_DASHES[name],
                                             alpha=max(alpha, 0.06), capstyle="round", zorder=4), autolim=False)
            drawn.add(f"line:{name}")
        verts, tips = _arrowheads(lines, aspect=aspect)
        _in_points(ax, verts, tips, facecolors=list(colours[both]), edgecolors="none", zorder=5)
        drawn.add("trajectory")
    marked = (scene.kind == POINT) | (scene.kind == RADIUS)
    launch, target = marked[0], marked[1]
    if launch.any():
        ax.scatter(scene.x[0][launch], scene.y[0][launch], marker="^", s=36 * scale, facecolors="white",
                   edgecolors=list(colours[launch]), linewidths=1.3, zorder=6)
        drawn.add("launch")
    for hollow in (False, True):
        mine = target & (scene.hollow == hollow)
        if not mine.any():
            continue
        ax.scatter(scene.x[1][mine], scene.y[1][mine], marker="o", s=28 * scale,
                   c="white" if hollow else list(colours[mine]), edgecolors=list(colours[mine]) if hollow else "white",
                   linewidths=1.3 if hollow else 0.6, zorder=7)
        drawn.add("hollow" if hollow else "target")
    if scene.n <= _DENSE:
        _draw_glyphs(ax, scene, target, drawn)
        _draw_counts(ax, scene)
        _draw_site_names(ax, scene)
    return drawn


def _draw_glyphs(ax: Any, scene: Scene, target: np.ndarray, drawn: set[str]) -> None:
    """The weapon's glyph beside each target marker (up and to the right), dark grey."""
    has = target & (scene.weapon >= 0)
    if not has.any():
        return
    shapes = [_glyph(scene.weapons.at[w, "shape"], 4.0) + np.array([9.0, 7.0]) for w in scene.weapon[has]]
    _in_points(ax, shapes, np.column_stack([scene.x[1][has], scene.y[1][has]]), facecolors="#333333",
               edgecolors="white", linewidths=0.4, zorder=8)
    drawn.update(f"weapon:{w}" for w in scene.weapons["weapon"].to_numpy()[np.unique(scene.weapon[has])])


def _draw_counts(ax: Any, scene: Scene) -> None:
    """The number of incidents at each site with more than one, in a small dark badge."""
    many = scene.sites[scene.sites["count"] > 1]
    for lon, lat, count in zip(many["lon"], many["lat"], many["count"]):
        ax.annotate(str(count), (lon, lat), xytext=(-9, 7), textcoords="offset points", ha="center", va="center",
                    fontsize=6.5, color="white", fontweight="bold", zorder=9,
                    bbox={"boxstyle": "round,pad=0.25", "fc": "#333333", "ec": "white", "lw": 0.6})


_MAX_NAMES = 30


def _draw_site_names(ax: Any, scene: Scene) -> None:
    """Names of the busiest sites (the HTML map shows them from a zoom level on; a PNG has one zoom)."""
    from matplotlib import patheffects

    named = scene.sites.dropna(subset=["name"]).sort_values("count", ascending=False, kind="stable").head(_MAX_NAMES)
    halo = [patheffects.withStroke(linewidth=2.2, foreground="white")]
    for lon, lat, name in zip(named["lon"], named["lat"], named["name"]):
        ax.annotate(str(name), (lon, lat), xytext=(6, -9), textcoords="offset points", fontsize=6.5, color="#222222",
                    zorder=8.5, path_effects=halo, annotation_clip=True, clip_on=True)
