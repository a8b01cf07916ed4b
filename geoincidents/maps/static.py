"""Static PNG map of an incident table, for reports and slides.

matplotlib's Agg canvas only (a ``Figure`` with its own ``FigureCanvasAgg``,
never pyplot): headless, thread-safe, never a window. The bundled admin-1
boundaries are the basemap. Every layer is one vectorised collection
(trajectories, arrowheads, markers, uncertainty circles), not one artist per
incident, so 20,000 incidents draw in seconds.
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

__all__ = ["write_png", "plot_incidents"]

log = logging.getLogger(__name__)

_FALLBACK_COLOUR = "#777777"
# The bundled boundaries cover the region's countries only: outside them is sea OR an unmapped
# country (the Caucasus, Egypt), so the background is a neutral grey, not sea blue.
_BACKGROUND, _LAND, _PROVINCE_EDGE, _COUNTRY_EDGE = "#e6e9ec", "#f6f3ec", "#c9c4b8", "#8d877c"
_MONTHS = ("January", "February", "March", "April", "May", "June", "July",
           "August", "September", "October", "November", "December")
_REQUIRED = ("date", "category", "launch_lon", "launch_lat", "target_lon", "target_lat")
_DENSE = 300  # up to this many incidents every line and marker is drawn opaque and full size


def write_png(table: Any, path: str | os.PathLike[str], *, title: str | None = None, dpi: int = 150,
              figsize: tuple[float, float] = (10, 8)) -> Path:
    """Write a static PNG map of the incidents in ``table``, atomically.

    Trajectories run launch → target with an arrowhead at the target, in the
    interactive map's category colours; launches are hollow triangles, targets
    filled circles; an end known only to its province is the hatched province,
    any other uncertain end a dashed circle of its radius. The title carries
    the data's date range; the view fits the data.

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
    >>> import geoincidents as gi                                  # doctest: +SKIP
    >>> t = gi.load_incidents("seeds/incidents.csv")                # doctest: +SKIP
    >>> write_png(t, "maps/incidents.png", title="Attacks on US forces")  # doctest: +SKIP
    PosixPath('maps/incidents.png')
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
    >>> ax = plot_incidents(t, title="Strikes")                     # doctest: +SKIP
    >>> ax.figure.savefig("strikes.svg")                            # doctest: +SKIP
    """
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    _check_size(dpi=dpi, figsize=figsize)
    frame = _validated_frame(table)
    ends = _ends(frame)
    styles = _styles_for(frame["category"])

    fig = Figure(figsize=figsize, dpi=dpi)
    FigureCanvasAgg(fig)
    # The legend gets its own column on the right (it never hides data): measure its width first.
    probe = _legend(fig, styles, {"trajectory", "launch", "target", "province", "circle"}, left=0.0)
    legend_w = probe.get_window_extent(fig.canvas.get_renderer()).width / fig.bbox.width
    probe.remove()
    rect = (0.02, 0.04, max(0.35, 0.955 - legend_w), 0.86)
    ax = fig.add_axes(rect)
    box_w, box_h = figsize[0] * rect[2], figsize[1] * rect[3]
    x0, x1, y0, y1, aspect = _extent(ends, box_ratio=box_h / box_w)
    ax.set_xlim(x0, x1)
    ax.set_ylim(y0, y1)
    ax.set_aspect(aspect, adjustable="datalim")
    ax.set_facecolor(_BACKGROUND)
    ax.set_xticks([])
    ax.set_yticks([])

    _draw_basemap(ax, (x0, y0, x1, y1))
    drawn = _draw_incidents(ax, frame, ends, styles, aspect=aspect)
    _legend(fig, styles, drawn, left=rect[0] + rect[2] + 0.01)
    ax.set_title(_title(frame, ends, title), loc="left", fontsize=12)
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


def _validated_frame(table: Any) -> pd.DataFrame:
    frame = getattr(table, "frame", table)
    if not isinstance(frame, pd.DataFrame):
        raise GeoIncidentsError(f"cannot draw {type(table).__name__!r}: expected an IncidentTable or its "
                                ".frame (load one with geoincidents.load_incidents)")
    missing = [c for c in _REQUIRED if c not in frame.columns]
    if missing:
        raise GeoIncidentsError(f"cannot draw the table: columns {missing} are missing (it has "
                                f"{list(frame.columns)}); pass a table from geoincidents.load_incidents")
    if len(frame) == 0:
        raise GeoIncidentsError("cannot draw a map of an empty incident table (0 incidents): "
                                "check the input file or widen the query filters")
    return frame


def _ends(frame: pd.DataFrame) -> dict[str, np.ndarray]:
    """Coordinates of both ends as float arrays (NaN where unknown), and which are usable."""
    ends = {c: pd.to_numeric(frame[c], errors="coerce").to_numpy(dtype=float) for c in _REQUIRED[2:]}
    launch = np.isfinite(ends["launch_lon"]) & np.isfinite(ends["launch_lat"])
    target = np.isfinite(ends["target_lon"]) & np.isfinite(ends["target_lat"])
    ends["has_launch"], ends["has_target"] = launch, target
    located = launch | target
    if not located.any():
        raise GeoIncidentsError(f"cannot draw a map: none of the {len(frame)} incidents has a located launch or "
                                "target (give launch_place/target_place names the gazetteer knows, or "
                                "launch_lat/lon, target_lat/lon)")
    if not located.all():
        ids = list(frame.loc[~located, "incident_id"] if "incident_id" in frame else frame.index[~located])
        log.warning("%d incident(s) have no located end and are not drawn: %s", len(ids), ids[:20])
    ends["unlocated"] = np.asarray(~located)
    return ends


def _extent(ends: dict[str, np.ndarray], *, box_ratio: float) -> tuple[float, float, float, float, float]:
    """Data bounds plus a margin, widened to the axes' shape; and the lon/lat aspect."""
    lon = np.concatenate([ends["launch_lon"][ends["has_launch"]], ends["target_lon"][ends["has_target"]]])
    lat = np.concatenate([ends["launch_lat"][ends["has_launch"]], ends["target_lat"][ends["has_target"]]])
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


def _styles_for(categories: pd.Series) -> pd.DataFrame:
    """Style rows (label, colour, order) for the categories present, in legend order."""
    from geoincidents.maps.payload import category_styles

    table = category_styles()[["label", "colour", "order"]]
    present = pd.unique(categories.dropna().astype(str))
    unknown = [c for c in present if c not in table.index]
    if unknown:
        log.warning("no colour for categories %s in the category styles table; drawn in grey", unknown)
        table = pd.concat([table, pd.DataFrame({"label": unknown, "colour": _FALLBACK_COLOUR, "order": 10_000},
                                               index=pd.Index(unknown, name="category"))])
    if categories.isna().any():
        log.warning("%d incident(s) have no category; drawn in grey", int(categories.isna().sum()))
    return table.loc[[c for c in table.index if c in set(present)]].sort_values("order", kind="stable")


def _date_range(dates: Any, precision: Any = None) -> str:
    """'1 January – 22 April 2024' for the span of ``dates``; a month- or week-precise date spans its period.

    Examples
    --------
    >>> import pandas as pd
    >>> _date_range(pd.to_datetime(["2024-01-01", "2024-04-22"]))
    '1 January – 22 April 2024'
    >>> _date_range(pd.to_datetime(["2024-04-20", "2024-04-01"]), ["day", "month"])
    '1–30 April 2024'
    >>> _date_range(pd.to_datetime(["2023-12-28", "2024-01-02"]))
    '28 December 2023 – 2 January 2024'
    """
    start = pd.Series(pd.to_datetime(pd.Series(dates), errors="coerce").to_numpy())
    prec = pd.Series(["day"] * len(start) if precision is None else list(precision), dtype=object)
    end = start.where(prec.ne("week"), start + pd.Timedelta(days=6))
    end = end.where(prec.ne("month"), start + pd.offsets.MonthEnd(0))
    end = end.where(prec.ne("year"), start + pd.offsets.YearEnd(0))
    if start.isna().all():
        return "dates unknown"
    a, b = start.min(), end.max()
    if (a.year, a.month, a.day) == (b.year, b.month, b.day):
        return f"{a.day} {_MONTHS[a.month - 1]} {a.year}"
    if (a.year, a.month) == (b.year, b.month):
        return f"{a.day}–{b.day} {_MONTHS[a.month - 1]} {a.year}"
    first = f"{a.day} {_MONTHS[a.month - 1]}" + ("" if a.year == b.year else f" {a.year}")
    return f"{first} – {b.day} {_MONTHS[b.month - 1]} {b.year}"


def _title(frame: pd.DataFrame, ends: dict[str, np.ndarray], title: str | None) -> str:
    n = len(frame)
    sub = f"{_date_range(frame['date'], frame.get('date_precision'))} · {n} incident{'s' if n != 1 else ''}"
    hidden = int(ends["unlocated"].sum())
    if hidden:
        sub += f" ({hidden} without a located end not shown)"
    # A "$" pair would switch matplotlib to math mode: show the user's text as typed.
    shown = (title or "Incidents").replace("$", r"\$")
    return f"{shown}\n{sub}"


# --- data -------------------------------------------------------------------
# Colours, uncertainty radii and place radii come from the interactive map's own
# readers of the shared data tables, so both maps always draw alike.


def _radius_km(frame: pd.DataFrame, role: str) -> np.ndarray:
    """Uncertainty radius of each ``role`` end in km: the place's own, else its precision's; NaN if precise."""
    from gazetteer.core import Gazetteer
    from geoincidents.maps.basemap import place_radius_km
    from geoincidents.maps.payload import precision_styles

    styles = precision_styles()
    prec = frame[f"{role}_precision"].astype(object) if f"{role}_precision" in frame.columns else None
    if prec is None:
        return np.full(len(frame), np.nan)
    radius = prec.map(styles["radius_km"].where(styles["uncertain"])).to_numpy(dtype=float, na_value=np.nan)
    if f"{role}_place_id" in frame.columns:
        own = frame[f"{role}_place_id"].astype(object).map(place_radius_km(Gazetteer.default()))
        own = own.to_numpy(dtype=float, na_value=np.nan)
        radius = np.where(np.isfinite(radius) & (own > 0), own, radius)
    return radius


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


def _draw_basemap(ax: Any, bbox: tuple[float, float, float, float]) -> None:
    import shapely
    import shapely.ops
    from matplotlib import patheffects
    from matplotlib.collections import PathCollection

    from gazetteer.boundaries import Boundaries
    from gazetteer.core import Gazetteer

    b = Boundaries.default()
    x0, y0, x1, y1 = bbox
    countries = b.countries().cx[x0:x1, y0:y1]
    provinces = b.frame.cx[x0:x1, y0:y1]
    country_paths = _paths(countries.geometry.to_numpy())
    ax.add_collection(PathCollection(country_paths, facecolors=_LAND, edgecolors="none", zorder=0), autolim=False)
    ax.add_collection(PathCollection(_paths(provinces.geometry.to_numpy()), facecolors="none",
                                     edgecolors=_PROVINCE_EDGE, linewidths=0.4, zorder=1), autolim=False)
    ax.add_collection(PathCollection(country_paths, facecolors="none", edgecolors=_COUNTRY_EDGE,
                                     linewidths=0.9, zorder=1.5), autolim=False)
    places = Gazetteer.default().places
    countries_named = places[places["kind"] == "country"]  # the gazetteer's country places name them
    names = dict(zip(countries_named["country"], countries_named["name"]))
    view = shapely.box(x0, y0, x1, y1)
    halo = [patheffects.withStroke(linewidth=2.5, foreground="white")]
    for code, geom in zip(countries["country"], countries.geometry):
        piece = geom.intersection(view)
        if piece.is_empty or piece.area < 0.015 * view.area:  # a sliver at the edge: no room for a label
            continue
        largest = max(shapely.get_parts(piece), key=lambda p: p.area)
        at = shapely.ops.polylabel(largest, tolerance=0.05)
        ax.text(at.x, at.y, names.get(code, code).upper(), ha="center", va="center", fontsize=9,
                color="#6b665c", alpha=0.9, zorder=2, path_effects=halo, clip_on=True)


def _trajectories(frame: pd.DataFrame, ends: dict[str, np.ndarray], both: np.ndarray) -> list[np.ndarray]:
    """The drawn geodesic line of each two-ended incident; a straight segment if there is none."""
    import shapely

    straight = np.stack([np.column_stack([ends["launch_lon"][both], ends["launch_lat"][both]]),
                         np.column_stack([ends["target_lon"][both], ends["target_lat"][both]])], axis=1)
    lines = list(straight)
    if "geometry" not in frame.columns:
        return lines
    geoms = np.asarray(frame["geometry"].to_numpy()[both], dtype=object)
    is_line = shapely.get_type_id(geoms) == shapely.GeometryType.LINESTRING
    if is_line.any():
        coords, idx = shapely.get_coordinates(geoms[is_line], return_index=True)
        pieces = np.split(coords, np.flatnonzero(np.diff(idx)) + 1)
        for i, piece in zip(np.flatnonzero(is_line), pieces):
            lines[i] = piece
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


def _draw_areas(ax: Any, frame: pd.DataFrame, ends: dict[str, np.ndarray], role: str,
                colours: np.ndarray, drawn: set[str]) -> np.ndarray:
    """Draw the ends known only to an area; return the mask of ends that get a point marker.

    An end known to its province is that province, hatched; any other
    uncertain end is a dashed circle of its precision's radius.
    """
    from matplotlib.collections import PathCollection, PolyCollection

    has = ends[f"has_{role}"]
    radius = _radius_km(frame, role)
    area = has & np.isfinite(radius)
    if not area.any():
        return has
    prec = frame[f"{role}_precision"].astype(object)
    province = np.zeros(len(frame), dtype=bool)
    if f"{role}_admin1" in frame.columns and (area & (prec == "province").to_numpy()).any():
        from gazetteer.boundaries import Boundaries

        shapes = Boundaries.default().frame.drop_duplicates("admin1").set_index("admin1").geometry
        admin1 = frame[f"{role}_admin1"].astype(object)
        province = area & (prec == "province").to_numpy() & admin1.isin(shapes.index).to_numpy()
        pairs = pd.DataFrame({"admin1": admin1[province].to_numpy(), "colour": colours[province]}).drop_duplicates()
        for colour, group in pairs.groupby("colour"):
            ax.add_collection(PathCollection(_paths(shapes.loc[group["admin1"]].to_numpy()), facecolors="none",
                                             edgecolors=colour, hatch="////", linewidths=0.8, alpha=0.6,
                                             zorder=3), autolim=False)
            drawn.add("province")
    circle = area & ~province
    if circle.any():
        # Ends placed at one place's centroid share one circle: draw each distinct circle once.
        uniq = pd.DataFrame({"x": ends[f"{role}_lon"][circle], "y": ends[f"{role}_lat"][circle],
                             "r": radius[circle], "c": colours[circle]}).drop_duplicates()
        verts = _circles(uniq["x"].to_numpy(), uniq["y"].to_numpy(), uniq["r"].to_numpy())
        ax.add_collection(PolyCollection(verts, facecolors="none", edgecolors=list(uniq["c"]), linestyles="--",
                                         linewidths=1.0, zorder=3), autolim=False)
        drawn.add("circle")
    return has & ~area


def _draw_incidents(ax: Any, frame: pd.DataFrame, ends: dict[str, np.ndarray],
                    styles: pd.DataFrame, *, aspect: float) -> set[str]:
    from matplotlib.collections import LineCollection, PolyCollection
    from matplotlib.transforms import Affine2D

    colours = frame["category"].map(styles["colour"]).fillna(_FALLBACK_COLOUR).to_numpy(dtype=object)
    drawn: set[str] = set()
    both = ends["has_launch"] & ends["has_target"]
    # Thousands of opaque lines and markers merge into one blot: thin them out as the count grows.
    alpha = min(1.0, (_DENSE / max(len(frame), 1)) ** 0.5)
    scale = 1.0 if len(frame) <= _DENSE else 0.5
    if both.any():
        lines = _trajectories(frame, ends, both)
        ax.add_collection(LineCollection(lines, colors=list(colours[both]), linewidths=1.5 * scale ** 0.5,
                                         alpha=max(alpha, 0.06), capstyle="round", zorder=4), autolim=False)
        verts, tips = _arrowheads(lines, aspect=aspect)
        # Paths in points around the tip, offsets in data: the size stays fixed on the page.
        heads = PolyCollection(verts, facecolors=list(colours[both]), edgecolors="none", offsets=tips,
                               offset_transform=ax.transData, zorder=5)
        heads.set_transform(Affine2D().scale(ax.figure.dpi / 72.0))
        ax.add_collection(heads, autolim=False)
        drawn.add("trajectory")
    launch = _draw_areas(ax, frame, ends, "launch", colours, drawn)
    target = _draw_areas(ax, frame, ends, "target", colours, drawn)
    if launch.any():
        ax.scatter(ends["launch_lon"][launch], ends["launch_lat"][launch], marker="^", s=36 * scale, facecolors="white",
                   edgecolors=list(colours[launch]), linewidths=1.3, zorder=6)
        drawn.add("launch")
    if target.any():
        ax.scatter(ends["target_lon"][target], ends["target_lat"][target], marker="o", s=28 * scale,
                   c=list(colours[target]), edgecolors="white", linewidths=0.6, zorder=7)
        drawn.add("target")
    return drawn


def _legend(fig: Any, styles: pd.DataFrame, drawn: set[str], *, left: float) -> Any:
    """One legend (two would need their heights measured to stack): categories, a gap, "Symbols", symbols."""
    from matplotlib.lines import Line2D
    from matplotlib.patches import Patch

    grey = "#444444"
    symbols = {
        "trajectory": Line2D([], [], color=grey, lw=1.3, marker=">", markevery=[1], label="launch → target"),
        "launch": Line2D([], [], ls="none", marker="^", mfc="white", mec=grey, mew=1.3, label="launch point"),
        "target": Line2D([], [], ls="none", marker="o", mfc=grey, mec="white", label="target point"),
        "province": Patch(facecolor="none", edgecolor=grey, hatch="////", label="end known to its province"),
        "circle": Patch(facecolor="none", edgecolor=grey, ls="--", label="end known within a radius"),
    }
    cats = [Line2D([], [], color=c, lw=2.2, label=label) for label, c in zip(styles["label"], styles["colour"])]
    blank = [Line2D([], [], ls="none", label=text) for text in (" ", "Symbols")]
    shown = [h for k, h in symbols.items() if k in drawn]
    legend = fig.legend(handles=cats + blank + shown, loc="upper left", bbox_to_anchor=(left, 0.9), frameon=False,
                        fontsize=8.5, title="Category", title_fontsize=9, alignment="left", handlelength=2.2)
    legend.get_texts()[len(cats) + 1].set_fontsize(9)
    return legend
