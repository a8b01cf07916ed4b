"""What an :class:`~geoincidents.table.IncidentTable` shows and writes: summaries, end forms, exports, maps.

Thin methods over the modules that own each thing (:mod:`geoincidents.endforms`,
:mod:`geoincidents.io`, :mod:`geoincidents.maps`), kept apart from the
queries so that each module holds one idea.
"""
from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pandas as pd

if TYPE_CHECKING:  # pragma: no cover
    import folium
    import geopandas as gpd
    from gazetteer import Boundaries, Gazetteer

__all__ = ["TableViews"]


class TableViews:
    """Mixed into :class:`~geoincidents.table.IncidentTable` (uses its ``_frame``, ``_claims``, ``_sources``)."""

    _frame: Any
    _claims: Any
    _sources: Any

    def end_forms(self, role: str) -> gpd.GeoDataFrame:
        """How each ``role`` end is drawn and measured (point, radius, area, unknown); see :func:`geoincidents.endforms.end_forms`."""
        from geoincidents.endforms import end_forms

        return end_forms(self, role)

    def placed(self) -> pd.Series:
        """Whether each incident has an end with a known place (a point or an area), aligned with :attr:`frame`.

        ``t.placed().sum()`` of ``len(t)`` incidents can be drawn; the rest have no known place.
        """
        from geoincidents.endforms import drawable

        return pd.Series(drawable(self._frame), index=self._frame.index, name="placed")

    def summary(self) -> dict[str, Any]:
        """Counts at a glance: ``incidents, first, last, cross_border, by_category, by_event_type, claims, sources``."""
        f = self._frame
        dates = f["date"].dropna()
        return {
            "incidents": len(f),
            "first": dates.min() if len(dates) else None,
            "last": dates.max() if len(dates) else None,
            "cross_border": int(f["cross_border"].fillna(False).sum()),
            "by_category": {k: int(v) for k, v in f["category"].value_counts().items()},
            "by_event_type": {k: int(v) for k, v in f["event_type"].value_counts().items()},
            "claims": len(self._claims),
            "sources": len(self._sources),
        }

    # --- exports and maps (owned by geoincidents.io and geoincidents.maps) -----

    def to_geojson(self, path: str | os.PathLike[str] | None = None, *, what: str = "incidents") -> str | None:
        """Write RFC 7946 GeoJSON (or return it as text when ``path`` is None); see :mod:`geoincidents.io.geojson`."""
        from geoincidents.io.geojson import write_geojson

        return write_geojson(self, path, what=what)

    def to_gpkg(self, path: str | os.PathLike[str], *, what: str = "incidents") -> None:
        """Write a GeoPackage with launches, targets and trajectories layers; see :func:`geoincidents.io.gpkgfile.write_gpkg`."""
        from geoincidents.io.gpkgfile import write_gpkg

        write_gpkg(self, path, what=what)

    def to_csv(self, path: str | os.PathLike[str], *, what: str = "incidents", raw_cells: bool = False) -> None:
        """Write one CSV row per incident (kepler.gl arcs); see :func:`geoincidents.io.csvexport.write_csv`.

        A cell a spreadsheet would run as a formula gets a leading apostrophe unless ``raw_cells=True``.
        """
        from geoincidents.io.csvexport import write_csv

        write_csv(self, path, what=what, raw_cells=raw_cells)

    def to_parquet(self, path: str | os.PathLike[str], *, what: str = "incidents") -> None:
        """Write GeoParquet (needs pyarrow); see :func:`geoincidents.io.parquet.write_parquet`."""
        from geoincidents.io.parquet import write_parquet

        write_parquet(self, path, what=what)

    def export(
        self,
        path: str | os.PathLike[str],
        *,
        what: str = "incidents",
        format: str | None = None,  # noqa: A002 - the word users know
        raw_cells: bool = False,
    ) -> Path:
        """Write the format ``format`` or the suffix of ``path`` names; see :func:`geoincidents.io.export.export`."""
        from geoincidents.io.export import export

        return export(self, path, what=what, format=format, raw_cells=raw_cells)

    def to_acled_csv(self, path: str | os.PathLike[str]) -> None:
        """Write an ACLED CSV export (31 columns, the launch end in a signed tag); see :mod:`geoincidents.io.acled`."""
        from geoincidents.io.acled import write_acled_csv

        write_acled_csv(self, path)

    def to_map(
        self,
        *,
        offline: bool = False,
        tiles: str | Any | None = "OpenStreetMap Mapnik",
        provinces: bool = True,
        shade_provinces: bool | str = False,
        bases: bool = True,
        title: str | None = None,
        collapsed: bool = False,
        boundaries: Boundaries | None = None,
        gazetteer: Gazetteer | None = None,
    ) -> folium.Map:
        """A layered folium map of the table; see :func:`geoincidents.maps.to_map` for each option."""
        from geoincidents.maps import to_map

        return to_map(self, offline=offline, tiles=tiles, provinces=provinces, shade_provinces=shade_provinces,
                      bases=bases, title=title, collapsed=collapsed, boundaries=boundaries, gazetteer=gazetteer)
