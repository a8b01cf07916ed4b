"""The incident table users query: :class:`IncidentTable`.

The table holds the incidents with their claims, sources, problems and
region (boundaries and gazetteer). Its queries (:mod:`geoincidents.queries`)
return new tables, so they chain:
``t.in_province("Hasaka").cross_border().between("2024-04-01", None)``.
Exports and maps are thin methods (:mod:`geoincidents.tableviews`) over the
modules that own them.
"""
from __future__ import annotations

import html
import logging
from typing import TYPE_CHECKING, Any, Iterator

import numpy as np
import pandas as pd

from geoincidents.errors import ArgumentError
from geoincidents.queries import TableQueries
from geoincidents.schema import CLAIM_COLUMNS, SOURCE_COLUMNS, closest
from geoincidents.tableviews import TableViews

if TYPE_CHECKING:  # pragma: no cover
    import geopandas as gpd
    from gazetteer import Boundaries, Gazetteer

__all__ = ["IncidentTable"]

log = logging.getLogger(__name__)

_SHOWN = ("incident_id", "date", "event_type", "launch_place", "launch_admin1", "launch_country",
          "target_place", "target_admin1", "target_country", "cross_border", "range_km", "category")


class IncidentTable(TableQueries, TableViews):
    """One row per incident, each with a launch and a target end.

    Parameters
    ----------
    frame
        A GeoDataFrame in the ``IncidentTable.frame`` layout of
        docs/architecture.md (what :func:`geoincidents.load_incidents` builds).
    claims
        DataFrame ``incident_id, source_id, status, assertion`` (default empty).
    sources
        DataFrame ``source_id, outlet, published, title, file`` (default empty).
    boundaries
        The admin boundaries the table's admin1 codes come from (default the
        bundled ones); province queries look names up in them.
    gazetteer
        The gazetteer the table's places were resolved with (default the
        bundled one); country names in queries and the map's bases come from it.
        Together with ``boundaries`` this is the table's region: queries, maps
        and the PNG use it instead of the bundled defaults.

    Notes
    -----
    ``len(t)`` counts incidents; iterating yields one ``Incident`` namedtuple
    per row (fields are the frame's columns); ``t["2024-04-21-zummar-rockets-on-rumalyn"]``
    gives one incident by id.

    Examples
    --------
    >>> import geoincidents as gi
    >>> from geoincidents.datasets import seed_path
    >>> t = gi.load_incidents(seed_path())   # seeds/incidents.csv in a checkout
    >>> [i.incident_id for i in t.in_province("Nineveh", role="launch")]
    ['2024-04-21-zummar-rockets-on-rumalyn']
    """

    def __init__(
        self,
        frame: gpd.GeoDataFrame,
        *,
        claims: pd.DataFrame | None = None,
        sources: pd.DataFrame | None = None,
        boundaries: Boundaries | None = None,
        problems: pd.DataFrame | None = None,
        rejected: pd.DataFrame | None = None,
        gazetteer: Gazetteer | None = None,
    ) -> None:
        if "incident_id" not in getattr(frame, "columns", ()):
            raise ArgumentError("frame", type(frame).__name__,
                                "a GeoDataFrame with an incident_id column, as load_incidents builds it")
        self._frame = frame
        self._claims = claims if claims is not None else pd.DataFrame({c: pd.Series(dtype=object) for c in CLAIM_COLUMNS})
        self._sources = sources if sources is not None else pd.DataFrame({c: pd.Series(dtype=object) for c in SOURCE_COLUMNS})
        self._boundaries = boundaries
        self._gazetteer = gazetteer
        self._problems = problems if problems is not None else _no_problems()
        self._rejected = rejected if rejected is not None else pd.DataFrame({"row": pd.Series(dtype="int64")})

    # --- container ------------------------------------------------------------

    @property
    def frame(self) -> gpd.GeoDataFrame:
        """The incidents: a GeoDataFrame, one row per incident, EPSG:4326."""
        return self._frame

    @property
    def problems(self) -> pd.DataFrame:
        """Every problem the load kept going past: ``path, row, column, value, expected, action``.

        Empty for a clean table. See :mod:`geoincidents.problems` for the actions.
        A query's result carries the problems of the whole file it came from.
        """
        return self._problems

    @property
    def rejected(self) -> pd.DataFrame:
        """The rows set aside (unusable incident_id, date or event_type), as read, with their file ``row``."""
        return self._rejected

    @property
    def claims(self) -> pd.DataFrame:
        """What each source asserts about each incident: ``incident_id, source_id, status, assertion``."""
        return self._claims

    @property
    def sources(self) -> pd.DataFrame:
        """The source reports: ``source_id, outlet, published, title, file``."""
        return self._sources

    def __len__(self) -> int:
        return len(self._frame)

    def __iter__(self) -> Iterator[Any]:
        return self._frame.itertuples(index=False, name="Incident")

    def __getitem__(self, incident_id: str) -> Any:
        hit = np.flatnonzero((self._frame["incident_id"] == incident_id).to_numpy())
        if len(hit) == 0:
            hint = closest(incident_id, list(self._frame["incident_id"].dropna()))
            guess = f"; did you mean {hint!r}?" if hint else ""
            raise KeyError(f"no incident with incident_id {incident_id!r}{guess}")
        return next(self._frame.iloc[hit[:1]].itertuples(index=False, name="Incident"))

    def __repr__(self) -> str:
        return f"<IncidentTable: {self._describe()}>"

    def _describe(self) -> str:
        n = len(self)
        if n == 0:
            return "0 incidents"
        dates = self._frame["date"].dropna()
        span = f", {dates.min():%Y-%m-%d} to {dates.max():%Y-%m-%d}" if len(dates) else ""
        cross = int(self._frame["cross_border"].fillna(False).sum()) if "cross_border" in self._frame else 0
        return f"{n} incident{'s' if n != 1 else ''}{span}, {cross} cross-border, {len(self._claims)} claims"

    def _repr_html_(self) -> str:
        shown = [c for c in _SHOWN if c in self._frame.columns]
        view = pd.DataFrame(self._frame[shown]).head(20).astype(object)
        if "date" in view:
            view["date"] = [f"{d:%Y-%m-%d}" if not pd.isna(d) else "" for d in view["date"]]
        if "range_km" in view:
            view["range_km"] = [f"{v:.1f}" if not pd.isna(v) else "" for v in view["range_km"]]
        body = view.where(view.notna(), "").to_html(index=False, escape=True)
        more = f"<p>… {len(self) - 20} more</p>" if len(self) > 20 else ""
        return f"<div><p><b>IncidentTable</b>: {html.escape(self._describe())}</p>{body}{more}</div>"

    # --- queries --------------------------------------------------------------

    def _subset(self, mask: Any) -> IncidentTable:
        keep = np.asarray(pd.array(mask, dtype="boolean").fillna(False), dtype=bool)
        frame = self._frame[keep].reset_index(drop=True)
        claims = self._claims[self._claims["incident_id"].isin(frame["incident_id"])].reset_index(drop=True)
        return IncidentTable(frame, claims=claims, sources=self._sources, boundaries=self._boundaries,
                             gazetteer=self._gazetteer, problems=self._problems, rejected=self._rejected)

    @property
    def boundaries(self) -> Boundaries:
        """The admin boundaries this table was built with (the bundled ones if none were given)."""
        if self._boundaries is None:
            from gazetteer import Boundaries

            self._boundaries = Boundaries.default()
        return self._boundaries

    @property
    def gazetteer(self) -> Gazetteer:
        """The gazetteer this table was built with (the bundled one if none was given)."""
        if self._gazetteer is None:
            from gazetteer import Gazetteer

            self._gazetteer = Gazetteer.default()
        return self._gazetteer

    def _get_boundaries(self) -> Boundaries:
        return self.boundaries

def _no_problems() -> pd.DataFrame:
    from geoincidents.problems import PROBLEM_COLUMNS

    return pd.DataFrame({c: pd.Series(dtype="Int64" if c == "row" else object) for c in PROBLEM_COLUMNS})


