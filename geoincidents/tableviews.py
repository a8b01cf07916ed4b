"""What an :class:`~geoincidents.table.IncidentTable` shows and writes: summaries, end forms, exports, maps.

Thin methods over the modules that own each thing (:mod:`geoincidents.endforms`,
:mod:`geoincidents.io`, :mod:`geoincidents.maps`), kept apart from the
queries so that each module holds one idea.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

import pandas as pd

if TYPE_CHECKING:  # pragma: no cover
    import geopandas as gpd

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

    def to_geojson(self, path: Any = None, *, what: str = "incidents") -> Any:
        """Write RFC 7946 GeoJSON (or return it as text when ``path`` is None); see :mod:`geoincidents.io.geojson`."""
        from geoincidents.io.geojson import write_geojson

        return write_geojson(self, path, what=what)

    def to_gpkg(self, path: Any) -> Any:
        """Write a GeoPackage with launches, targets and trajectories layers; see :mod:`geoincidents.io.export`."""
        from geoincidents.io.export import write_gpkg

        return write_gpkg(self, path)

    def to_csv(self, path: Any, *, raw_cells: bool = False) -> Any:
        """Write one CSV row per incident (kepler.gl arcs); see :mod:`geoincidents.io.export`.

        A cell a spreadsheet would run as a formula gets a leading apostrophe unless ``raw_cells=True``.
        """
        from geoincidents.io.export import write_csv

        return write_csv(self, path, raw_cells=raw_cells)

    def to_parquet(self, path: Any) -> Any:
        """Write GeoParquet (needs pyarrow); see :mod:`geoincidents.io.export`."""
        from geoincidents.io.export import write_parquet

        return write_parquet(self, path)

    def export(self, path: Any, **options: Any) -> Any:
        """Write the format the suffix of ``path`` names; see :func:`geoincidents.io.export.export`."""
        from geoincidents.io.export import export

        return export(self, path, **options)

    def to_acled_csv(self, path: Any) -> Any:
        """Write an ACLED-style CSV; see :mod:`geoincidents.io.acled`."""
        from geoincidents.io.acled import write_acled_csv

        return write_acled_csv(self, path)

    def to_map(self, **options: Any) -> Any:
        """A layered folium map of the table; see :func:`geoincidents.maps.to_map`."""
        from geoincidents.maps import to_map

        return to_map(self, **options)
