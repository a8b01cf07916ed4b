"""Places and matches: the types every part of the gazetteer passes around, and the kinds of place.

A :class:`Place` is one row of the gazetteer; a :class:`Match` is the answer
to a lookup: the place, what was asked, how it matched and how well. The
kinds (``data/kinds.csv``) give each kind its default precision and
prominence. The places CSV files are read by :mod:`gazetteer.placefiles`
(:func:`read_places`, still importable from here), which validates every row
and names the file, line, column and value of the first bad one
(:class:`PlaceDataError`).
"""
from __future__ import annotations

import functools
import math
from dataclasses import asdict, dataclass, field, replace
from typing import Any, Iterable, Iterator

from gazetteer.datatables import read_table
from gazetteer.errors import GazetteerError

__all__ = [
    "Place",
    "Match",
    "Alternative",
    "describe_alternatives",
    "located_in",
    "with_aliases",
    "kind_prominence",
    "PlaceDataError",
    "PLACE_COLUMNS",
    "METHODS",
    "SITE_KINDS",
    "asks_finer",
    "heard_holder",
    "HOLDER_LIKENESS",
    "kinds",
    "outside_country_kinds",
    "read_places",
    "read_places_csv",
    "curated_place_files",
]

#: Kinds that are one site, not an area: they hold no other named place (a consulate is in a city, not in an
#: air base), and in attack reporting they are what is hit.
SITE_KINDS = frozenset({"air_base", "military_base", "airport", "facility", "embassy", "border_crossing"})

#: How a name matched, best first; the position is the tie-break rank.
METHODS = ("exact", "alias", "phonetic", "fuzzy", "span", "container", "geocoder")


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
    return {row["kind"]: row for row in read_table("kinds.csv")}


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


@functools.cache
def outside_country_kinds() -> frozenset[str]:
    """Return the kinds whose places may lie in no country: seas, gulfs, straits, shared lakes, rivers.

    Such a place may leave ``country`` and ``admin1`` blank (``kinds.csv``,
    column ``outside_countries``): the Red Sea is no country's, and a point in
    it must not be given to the nearest shore. A lake or river that one
    country holds still names it (Lake Assad, Syria).

    Examples
    --------
    >>> "sea" in outside_country_kinds(), "town" in outside_country_kinds()
    (True, False)
    """
    return frozenset(kind for kind, row in _kind_table().items() if row.get("outside_countries") == "yes")


def asks_finer(asked: set[str], kind: str) -> bool:
    """Whether every kind *asked* for is finer (a smaller default precision) than *kind*: "Erbil airport"
    with no such airport known finds Erbil as the place that holds it."""
    precision = kinds()
    return bool(asked) and all(precision.get(k, 0) < precision.get(kind, 0) for k in asked)


#: How alike (per cent, :func:`rapidfuzz.fuzz.ratio`) a name found only by sound must be spelled to a place of a
#: coarser kind than the facility words ask for, for that place to stand as the facility's container: Rmeilan and
#: Rmelan (92) hold "the Rmeilan oil field"; Khurmala and Karmiel (53), a city in another country, do not.
HOLDER_LIKENESS = 70.0


def heard_holder(written: str, place: Place) -> bool:
    """Whether *place*, found by the sound of the name *written* (a key, descriptor words set aside), is spelled
    enough like it to stand as the container of a facility the gazetteer lacks (:data:`HOLDER_LIKENESS`).

    Examples
    --------
    >>> karmiel = Place(id="il-karmiel", name="Karmiel", kind="city", lat=32.92, lon=35.30, country="IL")
    >>> heard_holder("khurmala", karmiel), heard_holder("karmial", karmiel)
    (False, True)
    """
    from rapidfuzz import fuzz

    from gazetteer.normalize import normalize_parts

    return any(fuzz.ratio(written, normalize_parts(name)[0]) >= HOLDER_LIKENESS
               for name in (place.name, place.name_ar, *place.aliases) if name)


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
        ISO 3166-1 alpha-2 code; ``""`` for a sea or a shared lake (:func:`outside_country_kinds`).
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
        return f"{self.name} ({self.kind}, {located_in(self)}, {self.distance_km:.0f} km)"


def with_aliases(place: Place, names: Iterable[str]) -> Place:
    """*place* with those of *names* it lacks added to its aliases, in order; *place* itself when none is new (the
    names other languages give it: :mod:`gazetteer.countrynames`, :mod:`gazetteer.alternatenames`)."""
    new = tuple(name for name in dict.fromkeys(names) if name not in place.aliases)
    return replace(place, aliases=place.aliases + new) if new else place


def located_in(place: Any) -> str:
    """Where a place (or a match, or an alternative) lies, for messages: its province code, else its country's, else
    ``"no country"`` (a sea).

    Examples
    --------
    >>> located_in(Place(id="xz-x", name="X Sea", kind="sea", lat=20, lon=40))
    'no country'
    """
    return place.admin1 or place.country or "no country"


def describe_alternatives(alternatives: Iterable[Alternative]) -> str:
    """The alternatives as one text: ``"Name (kind, admin1, N km) | ..."``; ``""`` for none."""
    return " | ".join(str(a) for a in alternatives)


def __getattr__(name: str) -> Any:
    # Reading the places files moved to gazetteer.placefiles (which builds Place, so it cannot be imported at the
    # top here); its names stay importable from this module.
    if name in ("PLACE_COLUMNS", "read_places", "read_places_csv", "curated_place_files"):
        from gazetteer import placefiles

        return getattr(placefiles, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
