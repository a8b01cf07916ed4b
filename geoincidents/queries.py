"""The queries of an :class:`~geoincidents.table.IncidentTable`: by province, country, date, type, actor, group, distance.

Every query returns a new table (claims filtered to the incidents kept), so
queries chain: ``t.in_province("Hasaka").cross_border().between("2024-04-01", None)``.
Argument errors name the argument, the value and what was expected
(:class:`~geoincidents.errors.ArgumentError`).
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any, Callable

import numpy as np
import pandas as pd

from geoincidents.endforms import MEMBER_SEPARATOR, member_codes, spans_provinces
from geoincidents.errors import ArgumentError, UnknownCountry
from geoincidents.schema import EVENT_TYPES, ROLES, closest

if TYPE_CHECKING:  # pragma: no cover
    from gazetteer import Boundaries, Gazetteer

    from geoincidents.table import IncidentTable

__all__ = ["TableQueries"]

_ROLE_CHOICES = ("launch", "target", "any")
_ACTOR_ROLES = {"actor": ("actor",), "target_actor": ("target_actor",), "any": ("actor", "target_actor")}


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


class TableQueries:
    """Mixed into :class:`~geoincidents.table.IncidentTable` (uses its ``_frame``, ``_subset``, region)."""

    _frame: Any
    boundaries: Boundaries
    gazetteer: Gazetteer
    _subset: Callable[[Any], IncidentTable]
    _get_boundaries: Callable[[], Boundaries]
    __len__: Callable[[], int]

    def in_province(self, name: str, *, role: str = "any") -> IncidentTable:
        """Incidents with an end in the province ``name`` (any spelling, Arabic, or ISO 3166-2 code).

        A region selects all its provinces ("Kurdistan Region"), and an end at a region
        lies in each province it spans ("Duhok" finds an end at the Kurdistan Region, and so
        does "Kurdistan Region"; "Kirkuk" does not);
        a de jure province also selects ends at places held by another country ("Golan Heights",
        "Quneitra": the Israeli-held Golan, see ``gazetteer/data/README.md``).
        Raises ``gazetteer.PlaceNotFound`` (with the closest provinces) for an unknown
        name and ``gazetteer.AmbiguousPlace`` for a name provinces of two countries carry.

        Examples
        --------
        >>> from geoincidents.datasets import seed
        >>> t = seed()
        >>> t.in_province("Anbar").frame["incident_id"].tolist()
        ['2024-01-20-ain-al-asad-missiles', '2024-01-24-us-strike-al-qaim', '2024-04-22-ain-al-asad-drones']
        >>> t.in_province("IQ-NI", role="launch")
        <IncidentTable: 1 incident, 2024-04-21 to 2024-04-21, 1 cross-border, 11 claims>
        """
        roles = _roles(role)
        boundaries = self._get_boundaries()
        codes = boundaries.province_selection(name)  # a region selects its provinces
        # Disputed ground (gazetteer/data/README.md): an end at a place whose de jure code is asked for counts too.
        places = self.gazetteer.places
        disputed = places.loc[places["disputed"].isin(codes), "id"].tolist()
        mask = np.zeros(len(self), dtype=bool)
        for r in roles:
            # An end at a region lies in each of its member provinces (its admin1 names them all,
            # endforms.member_cells): "South" finds an end at "South Lebanon" (South and Nabatieh).
            mask |= _lies_in(self._frame[f"{r}_admin1"], set(codes))
            mask |= self._frame[f"{r}_place_id"].isin(disputed).to_numpy()
        return self._subset(mask)

    def in_country(self, country: str, *, role: str = "any") -> IncidentTable:
        """Incidents with an end in ``country``: an ISO 3166-1 alpha-2 code in any case, or a country name.

        Examples
        --------
        >>> from geoincidents.datasets import seed
        >>> t = seed()
        >>> t.in_country("sy", role="target").frame["incident_id"].tolist()
        ['2024-04-01-damascus-iranian-embassy-strike', '2024-04-21-zummar-rockets-on-rumalyn']
        >>> t.in_country("Iraq", role="launch").frame["incident_id"].tolist()
        ['2024-04-21-zummar-rockets-on-rumalyn']
        """
        from gazetteer.errors import PlaceNotFound

        roles = _roles(role)
        code = str(country).strip()
        known = sorted(set(self.boundaries.frame["country"].dropna()))
        expected = f"an ISO 3166-1 alpha-2 code or a country name of this table's boundaries: {', '.join(known)}"
        if not (len(code) == 2 and code.isalpha()):
            try:
                code = self.gazetteer.resolve(code, kind="country").country
            except PlaceNotFound:
                raise UnknownCountry("country", country, expected) from None
        code = code.upper()
        if code not in known:
            raise _bad_argument("country", country, expected)
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
        >>> from geoincidents.datasets import seed
        >>> t = seed()
        >>> len(t.between("2024-04-01", "2024-04-30")), len(t.between(None, "2024-01"))
        (8, 4)
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
        >>> from geoincidents.datasets import seed
        >>> seed().of_type("rocket_attack", "drone_attack").frame["incident_id"].tolist()
        ['2024-04-isfahan-drone-attack', '2024-04-21-zummar-rockets-on-rumalyn']
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
        >>> from geoincidents.datasets import seed
        >>> seed().by_actor("kataib", role="any").frame["incident_id"].tolist()
        ['2024-01-24-us-strike-al-qaim', '2024-01-24-us-strike-jurf-al-sakhar', '2024-02-baghdad-drone-strike-kh-commander']
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
        >>> import pandas as pd
        >>> import geoincidents as gi
        >>> t = gi.load_incidents(pd.DataFrame({
        ...     "incident_id": ["qaim", "akashat", "tanf"], "date": ["2024-02-02"] * 3,
        ...     "event_type": ["air_strike", "air_strike", "drone_attack"],
        ...     "target_place": ["Al Qaim", "Akashat", "al-Tanf"],
        ...     "group_id": ["2024-02-02-us-strikes", "2024-02-02-us-strikes", None]}))
        >>> t.in_group("2024-02-02-us-strikes").frame["incident_id"].tolist()
        ['qaim', 'akashat']
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
        >>> from geoincidents.datasets import seed
        >>> seed().within_km(lat=33.8, lon=42.44, km=25, role="target").frame["incident_id"].tolist()
        ['2024-01-20-ain-al-asad-missiles', '2024-04-22-ain-al-asad-drones']
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

        With ``role="any"`` an incident counts once per province it touches; an end at a
        region counts in each province it spans (the Kurdistan Region: Erbil, Duhok and Sulaymaniyah).
        Ends with a country but no province are counted with admin1 NA.

        Examples
        --------
        >>> from geoincidents.datasets import seed
        >>> seed().counts_by_province("launch").head(3)
          country admin1 admin1_name  count
        0      IQ  IQ-NI     Nineveh      1
        1      IR    NaN         NaN      1
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
        ends = _each_member(pd.concat(parts, ignore_index=True))
        ends = ends[ends["country"].notna()].drop_duplicates(["incident_id", "country", "admin1"])
        counts = (
            ends.groupby(["country", "admin1", "admin1_name"], dropna=False, sort=False)
            .size()
            .rename("count")
            .reset_index()
        )
        return counts.sort_values(["count", "country", "admin1"], ascending=[False, True, True],
                                  na_position="last", ignore_index=True)


def _lies_in(admin1: pd.Series, codes: set[str]) -> np.ndarray:
    """Whether each end's admin1 (one code, or a region's members joined by ``|``) has a province in ``codes``."""
    cells, uniques = pd.factorize(admin1, use_na_sentinel=True)
    hit = np.array([bool(set(member_codes(c)) & codes) for c in uniques] + [False], dtype=bool)
    return hit[cells]


def _each_member(ends: pd.DataFrame) -> pd.DataFrame:
    """One row per province of each end: an end at a region (``admin1`` its members joined by ``|``) is a row
    in each member, with the member's own name."""
    spans = spans_provinces(ends["admin1"])
    if not spans.any():
        return ends
    region = ends[spans].copy()
    region["admin1"] = region["admin1"].map(member_codes)
    region["admin1_name"] = [str(n).split(MEMBER_SEPARATOR) if isinstance(n, str) and n.count(MEMBER_SEPARATOR)
                             == len(c) - 1 else c for n, c in zip(region["admin1_name"], region["admin1"])]
    region = region.explode(["admin1", "admin1_name"])
    return pd.concat([ends[~spans], region]).sort_index(kind="stable").reset_index(drop=True)


def _bound(value: Any, name: str, *, end: bool) -> pd.Timestamp:
    """A query date bound (:func:`geoincidents.spans.bound`), refusing text that is no date."""
    from geoincidents.spans import bound

    try:
        return bound(value, name, end=end)
    except ValueError:
        raise _bad_argument(name, value, "a date such as 2024-04-21 (or a month 2024-04, a year 2024)") from None
