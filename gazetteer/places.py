"""Places, matches, and the curated places CSV files.

A :class:`Place` is one row of the gazetteer; a :class:`Match` is the answer
to a lookup: the place, what was asked, how it matched and how well. The
curated files under ``gazetteer/data/places/*.csv`` are read with
:func:`read_places`, which validates every row and names the file, line,
column and value of the first bad one.
"""
from __future__ import annotations

import csv
import functools
import importlib.resources
import logging
import math
import re
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Iterable, Iterator

from gazetteer.errors import GazetteerError

__all__ = [
    "Place",
    "Match",
    "Alternative",
    "describe_alternatives",
    "kind_prominence",
    "PlaceDataError",
    "PLACE_COLUMNS",
    "METHODS",
    "SITE_KINDS",
    "asks_finer",
    "kinds",
    "read_places",
    "read_places_csv",
    "curated_place_files",
]

logger = logging.getLogger(__name__)

#: Columns of the curated places CSV, in order (docs/architecture.md).
PLACE_COLUMNS = (
    "id", "name", "kind", "lat", "lon", "admin1", "country",
    "aliases", "name_ar", "precision_km", "point", "source", "prominence", "disputed",
)
_REQUIRED_COLUMNS = ("id", "name", "kind", "lat", "lon", "country")

#: Kinds that are one site, not an area: they hold no other named place (a consulate is in a city, not in an
#: air base), and in attack reporting they are what is hit.
SITE_KINDS = frozenset({"air_base", "military_base", "airport", "facility", "embassy", "border_crossing"})

#: How a name matched, best first; the position is the tie-break rank.
METHODS = ("exact", "alias", "phonetic", "fuzzy", "span", "container", "geocoder")

_ID_PATTERN = re.compile(r"^[a-z0-9]+(?:[-_.][a-z0-9]+)*$")
_COUNTRY_PATTERN = re.compile(r"^[A-Z]{2}$")
_ADMIN1_PATTERN = re.compile(r"^[A-Z]{2}-[A-Z0-9]{1,3}$")


class PlaceDataError(GazetteerError, ValueError):
    """A row of a places file that breaks the format; names file, line, column and value."""

    def __init__(
        self, message: str, *, path: Any = None, line: int | None = None,
        column: str | None = None, value: Any = None,
    ) -> None:
        super().__init__(message)
        self.path = path
        self.line = line
        self.column = column
        self.value = value


@functools.cache
def _kind_table() -> dict[str, dict[str, str]]:
    resource = importlib.resources.files("gazetteer").joinpath("data", "kinds.csv")
    with resource.open("r", encoding="utf-8", newline="") as handle:
        return {row["kind"]: row for row in csv.DictReader(handle)}


@functools.cache
def kind_prominence() -> dict[str, float]:
    """Return the default prominence of each kind (``kinds.csv``, column ``prominence``).

    Prominence says which place a bare mention of a shared name means in
    reporting of this conflict: among places that match a name equally well,
    the one with the highest prominence is meant ("Rumalyn" the base, not the
    town; "Hasaka" the city, not the governorate). A place's own
    ``prominence`` cell overrides its kind's default.

    Examples
    --------
    >>> kind_prominence()["air_base"] > kind_prominence()["town"] > kind_prominence()["district"]
    True
    """
    return {kind: float(row["prominence"]) for kind, row in _kind_table().items()}


@functools.cache
def kinds() -> dict[str, float]:
    """Return the allowed place kinds and their default precision in km.

    Read from ``gazetteer/data/kinds.csv``.

    Examples
    --------
    >>> "air_base" in kinds() and kinds()["governorate"] > kinds()["town"]
    True
    """
    return {kind: float(row["default_precision_km"]) for kind, row in _kind_table().items()}


def asks_finer(asked: set[str], kind: str) -> bool:
    """Whether every kind *asked* for is finer (a smaller default precision) than *kind*: "Erbil airport"
    with no such airport known finds Erbil as the place that holds it."""
    precision = kinds()
    return bool(asked) and all(precision.get(k, 0) < precision.get(kind, 0) for k in asked)


@dataclass(frozen=True, slots=True)
class Place:
    """One named place.

    Attributes
    ----------
    id : str
        Stable lowercase slug, unique in a gazetteer (``iq-zummar``).
    name : str
        Primary English name.
    kind : str
        One of :func:`kinds` (``town``, ``air_base``, ``governorate``, …).
    lat, lon : float
        WGS84 decimal degrees.
    admin1 : str
        ISO 3166-2 code of the province (``IQ-NI``); ``""`` for countries and places at sea.
    admin1_name : str
        English name of that province (the code when no name is known).
    country : str
        ISO 3166-1 alpha-2 code.
    aliases : tuple of str
        Other spellings and former names.
    name_ar : str
        Arabic-script name, ``""`` when unknown.
    precision_km : float
        How far the true place can be from the point.
    point : str
        What the point is (``site``, ``town centre``, ``capital: Ramadi``, ``centroid``).
    source : str
        Where the coordinates come from (``geonames:98182``, ``wikipedia:…``).
    prominence : float
        0–100: which place a bare mention of a shared name means (the highest
        wins a tie, see :func:`kind_prominence`); default: the kind's.
    disputed : str
        For ground whose control is disputed, the de jure ISO 3166-2 code
        (``SY-QU`` for the Israeli-held Golan); ``country`` and ``admin1`` hold
        the de facto ones, as the shipped Natural Earth boundaries draw them.

    Examples
    --------
    >>> p = Place(id="iq-zummar", name="Zummar", kind="town", lat=36.64, lon=42.45, country="IQ")
    >>> p.name, p.precision_km
    ('Zummar', 3.0)
    """

    id: str
    name: str
    kind: str
    lat: float
    lon: float
    admin1: str = ""
    admin1_name: str = ""
    country: str = ""
    aliases: tuple[str, ...] = ()
    name_ar: str = ""
    precision_km: float = field(default=math.nan)
    point: str = ""
    source: str = ""
    prominence: float = field(default=math.nan)
    disputed: str = ""

    def __post_init__(self) -> None:
        # Frozen: fill the derived defaults through object.__setattr__.
        if not isinstance(self.aliases, tuple):
            object.__setattr__(self, "aliases", tuple(self.aliases))
        if math.isnan(self.precision_km):
            object.__setattr__(self, "precision_km", kinds().get(self.kind, 5.0))
        if math.isnan(self.prominence):
            object.__setattr__(self, "prominence", kind_prominence().get(self.kind, 0.0))
        if not self.admin1_name and self.admin1:
            object.__setattr__(self, "admin1_name", self.admin1)

    def names(self) -> Iterator[str]:
        """Yield the primary name, the aliases and the Arabic name (non-empty ones)."""
        yield self.name
        yield from self.aliases
        if self.name_ar:
            yield self.name_ar

    def to_dict(self) -> dict[str, Any]:
        """Return the place as a plain dict (aliases joined with ``|``)."""
        data = asdict(self)
        data["aliases"] = "|".join(self.aliases)
        return data


@dataclass(frozen=True, slots=True)
class Match:
    """The answer to a lookup: which place, for which query, how and how well.

    The place's attributes are forwarded, so ``m.lat`` is ``m.place.lat``.

    Attributes
    ----------
    place : Place
    query : str
        The name as asked.
    method : str
        ``"exact"`` (primary name), ``"alias"`` (an alias, the Arabic name or the id),
        ``"phonetic"``, ``"fuzzy"``, ``"span"`` (a known name found inside a longer phrase,
        :mod:`gazetteer.spans`; the other names found are in ``qualifiers``), ``"container"``
        or ``"geocoder"``.
    score : float
        0–100; 100 for exact and alias matches.
    ambiguous : bool
        True when other places matched the name equally well and the place's
        prominence (not a hint) chose this one; they are in ``alternatives``.
    alternatives : tuple of Alternative
        The other places that matched equally well, with kind, province and
        distance from this one.
    qualifiers : tuple of str
        Words around the name that were set aside ("northern", "outskirts of").
    container : str
        For method ``"container"``: the part of the query that was not found
        ("Palestine Street" in "Palestine Street, Baghdad").

    Examples
    --------
    >>> p = Place(id="iq-zummar", name="Zummar", kind="town", lat=36.64, lon=42.45, country="IQ")
    >>> m = Match(place=p, query="zumar", method="fuzzy", score=90.9)
    >>> m.name, m.lat, m.method
    ('Zummar', 36.64, 'fuzzy')
    """

    place: Place
    query: str
    method: str
    score: float
    ambiguous: bool = False
    alternatives: tuple[Alternative, ...] = ()
    qualifiers: tuple[str, ...] = ()
    container: str = ""

    def __getattr__(self, name: str) -> Any:
        # Only called for names a Match does not have itself.
        if name.startswith("__"):
            raise AttributeError(name)
        try:
            return getattr(self.place, name)
        except AttributeError:
            raise AttributeError(f"'Match' object has no attribute {name!r}") from None

    def __dir__(self) -> list[str]:
        # The place's fields read through __getattr__; show them to dir() and tab completion.
        return sorted(set(object.__dir__(self)) | {f for f in dir(self.place) if not f.startswith("_")})

    def to_dict(self) -> dict[str, Any]:
        """Return the match flattened: query, the place's fields, method, score."""
        return {"query": self.query, **self.place.to_dict(), "method": self.method, "score": self.score,
                "ambiguous": self.ambiguous, "alternatives": describe_alternatives(self.alternatives),
                "qualifiers": "|".join(self.qualifiers)}


@dataclass(frozen=True, slots=True)
class Alternative:
    """Another place that matched a name as well as the chosen one.

    ``distance_km`` is the great-circle distance from the chosen place.
    """

    place_id: str
    name: str
    kind: str
    admin1: str
    country: str
    distance_km: float

    def __str__(self) -> str:
        return f"{self.name} ({self.kind}, {self.admin1 or self.country}, {self.distance_km:.0f} km)"


def describe_alternatives(alternatives: Iterable[Alternative]) -> str:
    """The alternatives as one text: ``"Name (kind, admin1, N km) | ..."``; ``""`` for none."""
    return " | ".join(str(a) for a in alternatives)


def curated_place_files() -> list[Path]:
    """Return the curated places CSV files shipped with the package, sorted by name."""
    folder = importlib.resources.files("gazetteer").joinpath("data", "places")
    try:
        entries = [Path(str(entry)) for entry in folder.iterdir() if entry.name.endswith(".csv")]
    except (FileNotFoundError, NotADirectoryError):
        return []
    return sorted(entries, key=lambda p: p.name)


def _fail(path: Any, line: int, column: str, value: Any, expected: str) -> PlaceDataError:
    return PlaceDataError(
        f"{path}, line {line}, column {column!r}: value {value!r} is invalid; expected {expected}",
        path=path, line=line, column=column, value=value,
    )


def _float(row: dict[str, str], column: str, path: Any, line: int, low: float, high: float) -> float:
    raw = (row.get(column) or "").strip()
    try:
        value = float(raw)
    except ValueError:
        raise _fail(path, line, column, raw, f"a number between {low:g} and {high:g}") from None
    if not low <= value <= high:  # also rejects NaN
        raise _fail(path, line, column, raw, f"a number between {low:g} and {high:g}")
    return value


def _parse_row(row: dict[str, str], path: Any, line: int, admin1_names: dict[str, str]) -> Place:
    text = {key: (value or "").strip() for key, value in row.items() if key is not None}
    if None in row:
        raise _fail(path, line, "(extra)", row[None], f"{len(PLACE_COLUMNS)} columns; quote values that hold commas")
    for column in _REQUIRED_COLUMNS:
        if not text.get(column):
            raise _fail(path, line, column, text.get(column, ""), "a non-empty value")
    if not _ID_PATTERN.match(text["id"]):
        raise _fail(path, line, "id", text["id"], "a lowercase slug such as 'iq-ain-al-asad-air-base'")
    if text["kind"] not in kinds():
        raise _fail(path, line, "kind", text["kind"], f"one of {', '.join(kinds())} (gazetteer/data/kinds.csv)")
    if not _COUNTRY_PATTERN.match(text["country"]):
        raise _fail(path, line, "country", text["country"], "an ISO 3166-1 alpha-2 code such as 'IQ'")
    admin1 = text.get("admin1", "")
    if admin1 and not _ADMIN1_PATTERN.match(admin1):
        raise _fail(path, line, "admin1", admin1, "an ISO 3166-2 code such as 'IQ-AN', or empty")
    precision = math.nan
    if text.get("precision_km"):
        precision = _float(text, "precision_km", path, line, 0.0, 5000.0)
    aliases = tuple(a.strip() for a in text.get("aliases", "").split("|") if a.strip())
    prominence = math.nan
    if text.get("prominence"):
        prominence = _float(text, "prominence", path, line, 0.0, 100.0)
    disputed = text.get("disputed", "")
    if disputed and not _ADMIN1_PATTERN.match(disputed):
        raise _fail(path, line, "disputed", disputed, "the de jure ISO 3166-2 code such as 'SY-QU', or empty")
    return Place(
        id=text["id"], name=text["name"], kind=text["kind"],
        lat=_float(text, "lat", path, line, -90.0, 90.0),
        lon=_float(text, "lon", path, line, -180.0, 180.0),
        admin1=admin1, admin1_name=admin1_names.get(admin1, admin1), country=text["country"],
        aliases=aliases, name_ar=text.get("name_ar", ""), precision_km=precision,
        point=text.get("point", ""), source=text.get("source", ""), prominence=prominence, disputed=disputed,
    )


def read_places_csv(path: str | Path, *, admin1_names: dict[str, str] | None = None) -> list[Place]:
    """Read and validate one places CSV file.

    Parameters
    ----------
    path : str or Path
        A UTF-8 CSV with the columns of :data:`PLACE_COLUMNS` (header required;
        ``admin1``, ``aliases``, ``name_ar``, ``precision_km``, ``point``,
        ``source``, ``prominence`` and ``disputed`` may be absent or blank; a
        blank precision or prominence takes the kind's default from ``kinds.csv``).
    admin1_names : dict, optional
        ISO 3166-2 code → province name, used to fill ``Place.admin1_name``.

    Returns
    -------
    list of Place

    Raises
    ------
    PlaceDataError
        On a missing column or the first bad row, naming file, line, column and value.
    FileNotFoundError
        If *path* does not exist.

    Examples
    --------
    >>> places = read_places_csv("gazetteer/data/places/iraq.csv")  # doctest: +SKIP
    """
    return [place for _, place in _iter_places_csv(Path(path), admin1_names or {})]


def _iter_places_csv(path: Path, names: dict[str, str]) -> Iterator[tuple[int, Place]]:
    with path.open("r", encoding="utf-8-sig", newline="") as handle:
        reader = csv.DictReader(handle)
        header = reader.fieldnames or []
        missing = [c for c in _REQUIRED_COLUMNS if c not in header]
        if missing:
            raise PlaceDataError(
                f"{path}, line 1: header {header!r} lacks the column(s) {missing}; "
                f"expected the columns {', '.join(PLACE_COLUMNS)}",
                path=path, line=1, column=missing[0], value=",".join(header),
            )
        for row in reader:
            if not any((v or "").strip() for k, v in row.items() if k is not None) and None not in row:
                continue  # a blank line carries nothing
            yield reader.line_num, _parse_row(row, path, reader.line_num, names)


def read_places(
    paths: Iterable[str | Path] | None = None, *, admin1_names: dict[str, str] | None = None,
) -> list[Place]:
    """Read several places files and check that ids are unique across them.

    Parameters
    ----------
    paths : iterable of path, optional
        Files to read, in order; default: the curated files
        (:func:`curated_place_files`, sorted by name).
    admin1_names : dict, optional
        ISO 3166-2 code → province name.

    Returns
    -------
    list of Place

    Raises
    ------
    PlaceDataError
        On a bad row, or an id already used (naming both places).

    Examples
    --------
    >>> places = read_places()  # doctest: +SKIP
    >>> len({p.id for p in places}) == len(places)  # doctest: +SKIP
    True
    """
    files = curated_place_files() if paths is None else [Path(p) for p in paths]
    seen: dict[str, str] = {}
    places: list[Place] = []
    for path in files:
        for line, place in _iter_places_csv(path, admin1_names or {}):
            if place.id in seen:
                raise PlaceDataError(
                    f"{path}, line {line}: id {place.id!r} is already used in {seen[place.id]}; "
                    "ids must be unique across all places files",
                    path=path, line=line, column="id", value=place.id,
                )
            seen[place.id] = f"{path}, line {line}"
            places.append(place)
    logger.info("read %d places from %d file(s)", len(places), len(files))
    return places
