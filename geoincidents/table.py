"""The incident table users query: :class:`IncidentTable`.

Every query returns a new table (claims filtered to the incidents kept), so
queries chain: ``t.in_province("Hasaka").cross_border().between("2024-04-01", None)``.
Exports and maps are thin methods over the modules that own them.
"""
from __future__ import annotations

import html
import logging
from typing import TYPE_CHECKING, Any, Iterator

import numpy as np
import pandas as pd

from geoincidents.errors import ArgumentError
from geoincidents.schema import CLAIM_COLUMNS, EVENT_TYPES, ROLES, SOURCE_COLUMNS, closest
from geoincidents.tableviews import TableViews

if TYPE_CHECKING:  # pragma: no cover
    import geopandas as gpd
    from gazetteer import Boundaries, Gazetteer

__all__ = ["IncidentTable"]

log = logging.getLogger(__name__)

_ROLE_CHOICES = ("launch", "target", "any")
_ACTOR_ROLES = {"actor": ("actor",), "target_actor": ("target_actor",), "any": ("actor", "target_actor")}
_SHOWN = ("incident_id", "date", "event_type", "launch_place", "launch_admin1", "launch_country",
          "target_place", "target_admin1", "target_country", "cross_border", "range_km", "category")


def _bad_argument(name: str, value: Any, expected: str) -> ArgumentError:
    return ArgumentError(name, value, expected)


def _choice(name: str, value: Any, choices: Any) -> None:
    if value not in choices:
        hint = closest(str(value), list(choices))
        guess = f"; did you mean {hint!r}?" if hint else ""
        raise _bad_argument(name, value, f"{name} must be one of {', '.join(choices)}{guess}")


def _roles(role: str) -> tuple[str, ...]:
    _choice("role", role, _ROLE_CHOICES)
    return ROLES if role == "any" else (role,)


class IncidentTable(TableViews):
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
    >>> t = gi.load_incidents("seeds/incidents.csv")                   # doctest: +SKIP
    >>> [i.incident_id for i in t.in_province("Nineveh", role="launch")]  # doctest: +SKIP
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
            raise _bad_argument("frame", type(frame).__name__,
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

    def in_province(self, name: str, *, role: str = "any") -> IncidentTable:
        """Incidents with an end in the province ``name`` (any spelling, Arabic, or ISO 3166-2 code).

        A region selects all its provinces ("Kurdistan Region"); a de jure province
        also selects ends at places held by another country ("Golan Heights",
        "Quneitra": the Israeli-held Golan, see ``gazetteer/data/README.md``).
        Raises ``gazetteer.PlaceNotFound`` (with the closest provinces) for an unknown
        name and ``gazetteer.AmbiguousPlace`` for a name provinces of two countries carry.

        Examples
        --------
        >>> t.in_province("Anbar").frame["incident_id"].tolist()           # doctest: +SKIP
        >>> t.in_province("IQ-NI", role="launch")                          # doctest: +SKIP
        """
        roles = _roles(role)
        codes = self._get_boundaries().province_selection(name)  # a region selects its provinces
        # Disputed ground (gazetteer/data/README.md): an end at a place whose de jure code is asked for counts too.
        places = self.gazetteer.places
        disputed = places.loc[places["disputed"].isin(codes), "id"].tolist()
        mask = np.zeros(len(self), dtype=bool)
        for r in roles:
            mask |= self._frame[f"{r}_admin1"].isin(codes).to_numpy()
            mask |= self._frame[f"{r}_place_id"].isin(disputed).to_numpy()
        return self._subset(mask)

    def in_country(self, country: str, *, role: str = "any") -> IncidentTable:
        """Incidents with an end in ``country``: an ISO 3166-1 alpha-2 code in any case, or a country name.

        Examples
        --------
        >>> t.in_country("sy", role="target")                                # doctest: +SKIP
        >>> t.in_country("Iraq", role="launch")                              # doctest: +SKIP
        """
        roles = _roles(role)
        code = str(country).strip()
        if not (len(code) == 2 and code.isalpha()):
            code = self.gazetteer.resolve(code, kind="country").country
        code = code.upper()
        known = sorted(set(self.boundaries.frame["country"].dropna()))
        if code not in known:
            raise _bad_argument("country", country, "an ISO 3166-1 alpha-2 code or a country name of this table's "
                                f"boundaries: {', '.join(known)}")
        mask = np.zeros(len(self), dtype=bool)
        for r in roles:
            mask |= (self._frame[f"{r}_country"] == code).fillna(False).to_numpy(dtype=bool)
        return self._subset(mask)

    def between(self, start: Any = None, end: Any = None) -> IncidentTable:
        """Incidents whose days overlap ``start`` to ``end`` inclusive; either may be None.

        A month (``"2024-04"``) or year as ``end`` includes the whole month or year.
        An incident spans from ``date`` to ``date_end`` (or to the end of the
        week, month or year its date is known to; :func:`geoincidents.spans.span_end`),
        and is kept when any day of that span is in the range.

        Examples
        --------
        >>> t.between("2024-04-01", "2024-04-30")                            # doctest: +SKIP
        >>> t.between(None, "2024-01")                                        # doctest: +SKIP
        """
        dates = self._frame["date"]
        mask = pd.Series(True, index=self._frame.index)
        low = None if start is None else _bound(start, "start", end=False)
        high = None if end is None else _bound(end, "end", end=True)
        if low is not None and high is not None and low > high:
            raise _bad_argument("end", end, f"a date on or after start={start!r}; the range is reversed")
        if low is not None:
            from geoincidents.spans import span_end

            mask &= span_end(self._frame) >= low
        if high is not None:
            mask &= dates <= high
        return self._subset(mask)

    def of_type(self, *types: str) -> IncidentTable:
        """Incidents whose event_type is one of ``types``.

        Examples
        --------
        >>> t.of_type("rocket_attack", "drone_attack")                       # doctest: +SKIP
        """
        for value in types:
            if value not in EVENT_TYPES:
                hint = closest(value, EVENT_TYPES)
                guess = f"did you mean {hint!r}? " if hint else ""
                raise _bad_argument("types", value, f"{guess}an event type, one of: {', '.join(EVENT_TYPES)}")
        return self._subset(self._frame["event_type"].isin(types))

    def by_actor(self, text: str, *, role: str = "actor", exact: bool = False) -> IncidentTable:
        """Incidents whose actor (or target_actor, or either) contains ``text``, ignoring case.

        Examples
        --------
        >>> t.by_actor("kataib", role="any")                                 # doctest: +SKIP
        """
        _choice("role", role, tuple(_ACTOR_ROLES))
        if not isinstance(text, str) or not text.strip():
            raise _bad_argument("text", text, "the text to look for in the actor names, such as 'Kataib'")
        needle = str(text).casefold()
        mask = np.zeros(len(self), dtype=bool)
        for column in _ACTOR_ROLES[role]:
            folded = self._frame[column].astype(object).map(lambda v: v.casefold() if isinstance(v, str) else None)
            hit = folded == needle if exact else folded.str.contains(needle, regex=False)
            mask |= hit.fillna(False).to_numpy(dtype=bool)
        return self._subset(mask)

    def in_group(self, *group_ids: str) -> IncidentTable:
        """Incidents of the waves or barrages ``group_ids`` (the ``group_id`` column).

        An incident_id is accepted too and stands for its own group, so
        ``t.in_group("2024-02-02-al-qaim")`` lists every strike of that wave.

        Examples
        --------
        >>> t.in_group("2024-02-02-us-strikes")                               # doctest: +SKIP
        """
        groups = self._frame["group_id"] if "group_id" in self._frame else pd.Series(None, index=self._frame.index)
        wanted = set(group_ids)
        by_id = self._frame["incident_id"].isin(wanted) & groups.notna()
        wanted |= set(groups[by_id])
        known = set(groups.dropna())
        for value in group_ids:
            if value not in known and value not in set(self._frame["incident_id"]):
                hint = closest(value, sorted(known))
                guess = f"did you mean {hint!r}? " if hint else ""
                raise _bad_argument("group_id", value, f"{guess}a group_id of this table ({len(known)} groups)")
        return self._subset(groups.isin(wanted))

    def cross_border(self) -> IncidentTable:
        """Incidents whose launch and target lie in different countries (both ends known)."""
        return self._subset(self._frame["cross_border"])

    def within_km(self, *, lat: float, lon: float, km: float, role: str = "any") -> IncidentTable:
        """Incidents with an end within ``km`` kilometres (geodesic) of the point (``lat``, ``lon``).

        Examples
        --------
        >>> t.within_km(lat=33.8, lon=42.44, km=25, role="target")           # doctest: +SKIP
        """
        from geoincidents.enrich import GEOD

        if not (abs(lat) <= 90 and abs(lon) <= 180 and km >= 0):
            raise _bad_argument("within_km", f"lat={lat}, lon={lon}, km={km}",
                                "lat within ±90, lon within ±180 and km ≥ 0")
        mask = np.zeros(len(self), dtype=bool)
        for r in _roles(role):
            elon, elat = self._frame[f"{r}_lon"].to_numpy(float), self._frame[f"{r}_lat"].to_numpy(float)
            known = ~(np.isnan(elon) | np.isnan(elat))
            if known.any():
                _, _, dist = GEOD.inv(np.full(known.sum(), lon), np.full(known.sum(), lat), elon[known], elat[known])
                near = np.zeros(len(self), dtype=bool)
                near[known] = np.atleast_1d(dist) <= km * 1000.0
                mask |= near
        return self._subset(mask)

    def counts_by_province(self, role: str = "target") -> pd.DataFrame:
        """Incidents per province: DataFrame ``country, admin1, admin1_name, count``, most first.

        With ``role="any"`` an incident counts once per province it touches.
        Ends with a country but no province are counted with admin1 NA.

        Examples
        --------
        >>> t.counts_by_province("launch").head(3)                           # doctest: +SKIP
        """
        parts = [
            pd.DataFrame({
                "incident_id": self._frame["incident_id"],
                "country": self._frame[f"{r}_country"],
                "admin1": self._frame[f"{r}_admin1"],
                "admin1_name": self._frame[f"{r}_admin1_name"],
            })
            for r in _roles(role)
        ]
        ends = pd.concat(parts, ignore_index=True)
        ends = ends[ends["country"].notna()].drop_duplicates(["incident_id", "country", "admin1"])
        counts = (
            ends.groupby(["country", "admin1", "admin1_name"], dropna=False, sort=False)
            .size()
            .rename("count")
            .reset_index()
        )
        return counts.sort_values(["count", "country", "admin1"], ascending=[False, True, True],
                                  na_position="last", ignore_index=True)

def _no_problems() -> pd.DataFrame:
    from geoincidents.problems import PROBLEM_COLUMNS

    return pd.DataFrame({c: pd.Series(dtype="Int64" if c == "row" else object) for c in PROBLEM_COLUMNS})


def _bound(value: Any, name: str, *, end: bool) -> pd.Timestamp:
    """A query date bound (:func:`geoincidents.spans.bound`), refusing text that is no date."""
    from geoincidents.spans import bound

    try:
        return bound(value, name, end=end)
    except ValueError:
        raise _bad_argument(name, value, "a date such as 2024-04-21 (or a month 2024-04, a year 2024)") from None
