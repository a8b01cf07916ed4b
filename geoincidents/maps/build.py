"""``to_map`` and ``save_map``: an incident table as a layered folium map.

validate (the table's frame) -> compute (payload, boundaries, bases) ->
assemble (folium Map, one FeatureGroup per category, LayerControl, our element).
"""
from __future__ import annotations

import html
import logging
import os
from pathlib import Path
from typing import Any

import folium

from geoincidents.errors import ExportError
from geoincidents.io.atomic import atomic_path
from geoincidents.maps import notebook, payload, resources, scene
from geoincidents.maps.element import IncidentLayer

__all__ = ["to_map", "save_map"]

log = logging.getLogger(__name__)

_SHADE_ROLES = ("target", "launch", "any")
# Until the JS fits the view to the data: the middle of Iraq and Syria.
_DEFAULT_VIEW = {"lat": 34.0, "lon": 41.5, "zoom": 5}


def _escape(text: str) -> str:
    return html.escape(str(text)).replace("{", "&#123;").replace("}", "&#125;")


def _shade_role(shade_provinces: bool | str) -> str | None:
    if shade_provinces is False or shade_provinces is None:
        return None
    if shade_provinces is True:
        return "target"
    if shade_provinces in _SHADE_ROLES:
        return str(shade_provinces)
    raise ValueError(
        f"shade_provinces was {shade_provinces!r} but is expected to be True, False or one of {list(_SHADE_ROLES)}"
    )


def _tile_layer(tiles: str | Any) -> folium.TileLayer:
    import xyzservices

    provider = tiles
    if isinstance(tiles, str):
        try:
            provider = xyzservices.providers.query_name(tiles)
        except ValueError as err:
            raise ValueError(
                f"tiles was {tiles!r}, which xyzservices does not know; use a provider name such as "
                "'CartoDB positron' or 'OpenStreetMap Mapnik', or tiles=None for the boundaries basemap"
            ) from err
    return folium.TileLayer(tiles=provider, name=provider.get("name", "tiles"), control=True)


def to_map(
    table: Any,
    *,
    offline: bool = False,
    tiles: str | Any | None = "OpenStreetMap Mapnik",
    provinces: bool = True,
    shade_provinces: bool | str = False,
    bases: bool = True,
    title: str | None = None,
    collapsed: bool = False,
    boundaries: Any = None,
    gazetteer: Any = None,
) -> folium.Map:
    """Draw an incident table as a layered Leaflet map.

    Incidents travel as one compact JSON payload and are drawn client-side on
    one canvas per category (fast for 200,000 incidents): a great-circle
    trajectory from launch to target with an arrowhead at the target, launch
    ends as hollow triangles, targets as filled circles, ends known only to a
    district or province as a dashed circle of their uncertainty and ends
    known only to a country as that country's dashed outline.
    Click for a popup (claims and sources included), hover for a tooltip.

    Parameters
    ----------
    table
        An :class:`~geoincidents.table.IncidentTable` (or its ``.frame``), or a
        :class:`~geoincidents.maps.Scene` already built from one (then
        ``shade_provinces``, ``bases``, ``provinces``, ``title``, ``boundaries``
        and ``gazetteer`` were decided when it was built and must be left unset).
    offline
        One self-contained page with zero network requests: Leaflet inlined,
        no tile layer, the bundled boundaries drawn as the basemap.
    tiles
        xyzservices provider (name or object) for online maps; None draws the
        boundaries basemap instead. Ignored when ``offline``. The default is
        OpenStreetMap's standard tiles because xyzservices now marks CARTO's
        basemaps as needing an API key (pass e.g.
        ``xyzservices.providers.CartoDB.Positron(apikey=...)``).
    provinces
        Add the admin-1 outlines as a layer.
    shade_provinces
        Shade provinces by incident count: True (by target), or "target",
        "launch", "any".
    bases
        Add the gazetteer's air and military bases as a layer.
    title
        Shown at the top of the map (as text).
    collapsed
        Collapse the layer control to an icon.
    boundaries, gazetteer
        Use these instead of the table's own region (the boundaries and
        gazetteer it was loaded with).

    Returns
    -------
    folium.Map
        Display it in Jupyter or write it with :func:`save_map` (or ``.save``).

    Examples
    --------
    >>> from geoincidents.datasets import seed
    >>> m = to_map(seed(), offline=True)
    >>> save_map(m, "incidents.html", offline=True)
    PosixPath('incidents.html')
    """
    tile_layer = None if offline or tiles is None else _tile_layer(tiles)
    if isinstance(table, scene.Scene):
        _check_scene_options(shade_provinces=shade_provinces, title=title, boundaries=boundaries, gazetteer=gazetteer)
        the_scene = table
        bases, provinces, title = the_scene.bases is not None, bool(len(the_scene.basemap.provinces)), the_scene.options.get("title")
    else:
        table = _with_region(table, boundaries=boundaries, gazetteer=gazetteer)
        the_scene = scene.build_scene(table, shade=_shade_role(shade_provinces), bases=bases, provinces=provinces,
                                      title=title)
    data = payload.build_payload(the_scene)
    if tile_layer is not None:
        data["countries"] = None  # the tiles are the basemap
    log.info("map payload: %d incidents in %d categories; %s", data["n"], len(data["categories"]), data["drawn_text"])
    m = _assemble(data, offline=offline, tile_layer=tile_layer, provinces=provinces, bases=bases, collapsed=collapsed)
    notebook.limit_embedding(m, the_scene.n)
    return m


def _check_scene_options(**given: Any) -> None:
    """A Scene carries its own shading, title and region: refuse a second, conflicting choice."""
    set_ = [name for name, value in given.items() if value not in (None, False)]
    if set_:
        raise TypeError(f"to_map(scene, ...): {', '.join(set_)} must be chosen in build_scene(), "
                        "not again in to_map (the scene was already built with its own)")


def _with_region(table: Any, *, boundaries: Any, gazetteer: Any) -> Any:
    """The table, re-carried with the region passed to to_map (if any)."""
    if boundaries is None and gazetteer is None:
        return table
    from geoincidents.table import IncidentTable

    frame, claims, sources, own_gazetteer, own_boundaries = scene.table_parts(table)
    return IncidentTable(frame, claims=claims, sources=sources, boundaries=boundaries or own_boundaries,
                         gazetteer=gazetteer or own_gazetteer)


def _assemble(
    data: dict[str, Any], *, offline: bool, tile_layer: folium.TileLayer | None, provinces: bool, bases: bool,
    collapsed: bool,
) -> folium.Map:
    """The folium Map: empty FeatureGroups for the layer control, filled client-side by IncidentLayer."""
    m = folium.Map(
        location=[_DEFAULT_VIEW["lat"], _DEFAULT_VIEW["lon"]],
        zoom_start=_DEFAULT_VIEW["zoom"],
        tiles=None,
        control_scale=True,
        prefer_canvas=False,
    )
    if offline:
        # folium's defaults are CDN links (Leaflet, jQuery, Bootstrap, Font Awesome); the
        # map needs only Leaflet, which IncidentLayer inlines.
        m.default_js = []
        m.default_css = []
    m._geoincidents_offline = bool(offline)  # read by save_map

    basemap_group = None
    if tile_layer is None:
        basemap_group = folium.FeatureGroup(name="Boundaries (offline basemap)", overlay=False, control=True).add_to(m)
    else:
        tile_layer.add_to(m)
    province_group = folium.FeatureGroup(name="Provinces", show=True).add_to(m) if provinces else None
    groups = []
    for cat, count in zip(data["categories"], payload.category_counts(data)):
        # Leaflet shows layer names as HTML, and folium passes them through Jinja: escape both.
        name = (
            f'<span class="gi-swatch" style="background:{_escape(cat["colour"])}"></span>'
            f'{_escape(cat["label"])} ({count})'
        )
        groups.append(folium.FeatureGroup(name=name, show=True).add_to(m))
    base_group = folium.FeatureGroup(name="Known bases", show=True).add_to(m) if bases else None

    IncidentLayer(
        payload.dumps_for_script(data),
        groups=groups,
        provinces=province_group,
        bases=base_group,
        basemap=basemap_group,
        offline=offline,
    ).add_to(m)
    folium.LayerControl(collapsed=collapsed, position="topright").add_to(m)
    return m


def save_map(table_or_map: Any, path: str | os.PathLike[str], *, offline: bool = False, **options: Any) -> Path:
    """Write a map as one HTML file, atomically.

    Parameters
    ----------
    table_or_map
        An incident table (drawn with :func:`to_map` and ``options``) or a map
        from :func:`to_map`.
    path
        Destination ``.html``; its directory must exist.
    offline
        Write a self-contained page. A table is drawn offline; a map must
        have been built with ``offline=True``. The page is checked: an
        offline page that would still fetch a URL raises ExportError.

    Returns
    -------
    pathlib.Path
        The written file.

    Examples
    --------
    >>> from geoincidents.datasets import seed
    >>> save_map(seed(), "seed.html", offline=True)
    PosixPath('seed.html')
    """
    if isinstance(table_or_map, folium.Map):
        if options:
            raise TypeError(f"options {sorted(options)} apply when drawing a table, not to an existing map")
        m = table_or_map
        if offline and not getattr(m, "_geoincidents_offline", False):
            raise ValueError("this map was built online; build it with to_map(table, offline=True) to save it offline")
    else:
        m = to_map(table_or_map, offline=offline, **options)
    page = m.get_root().render()
    if offline:
        remote = resources.remote_resource_urls(page)
        if remote:
            raise ExportError(
                f"cannot write {str(path)!r} as an offline map: the page would fetch {', '.join(sorted(set(remote))[:5])}; "
                "remove the element that adds them (e.g. a folium plugin) or save it online"
            )
    target = Path(path)
    with atomic_path(target) as tmp:
        tmp.write_text(page, encoding="utf-8")
    log.info("wrote %s (%d bytes)", target, target.stat().st_size)
    return target
