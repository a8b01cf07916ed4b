"""Reading the places CSV files: the curated ones shipped with the package and a user's own.

:func:`read_places` reads the curated files under ``gazetteer/data/places/*.csv``
(:func:`curated_place_files`) or the files given, and :func:`read_places_csv` one
file; every row is validated (:data:`PLACE_COLUMNS`, ids, kinds, ISO codes,
coordinate ranges; a country takes its names in other languages, :mod:`gazetteer.countrynames`) and the
first bad one raises
:class:`~gazetteer.places.PlaceDataError` naming its file, line, column and value.
Ids must be unique across all files read together. The types they build,
:class:`~gazetteer.places.Place` and the kinds table, live in :mod:`gazetteer.places`.

Examples
--------
>>> "id" in PLACE_COLUMNS and curated_place_files()[0].suffix == ".csv"
True
"""
from __future__ import annotations

import csv
import functools
import importlib.resources
import logging
import math
import re
from pathlib import Path
from typing import Any, Iterable, Iterator

from gazetteer.alternatenames import with_alternate_names
from gazetteer.countrynames import with_country_names
from gazetteer.places import Place, PlaceDataError, kinds, outside_country_kinds

__all__ = ["PLACE_COLUMNS", "read_places", "read_places_csv", "curated_place_files", "BEYOND_FILE", "countries_beyond",
           "beyond_the_region"]

logger = logging.getLogger(__name__)

#: Columns of the curated places CSV, in order (docs/architecture.md).
PLACE_COLUMNS = (
    "id", "name", "kind", "lat", "lon", "admin1", "country",
    "aliases", "name_ar", "precision_km", "point", "source", "prominence", "disputed",
)
_REQUIRED_COLUMNS = ("id", "name", "kind", "lat", "lon", "country")

_ID_PATTERN = re.compile(r"^[a-z0-9]+(?:[-_.][a-z0-9]+)*$")
_COUNTRY_PATTERN = re.compile(r"^[A-Z]{2}$")
_ADMIN1_PATTERN = re.compile(r"^[A-Z]{2}-[A-Z0-9]{1,3}$")


#: The curated file of the states beyond the region's boundaries that reports name (the United States, the United
#: Kingdom, Russia, China, ...) and the capitals that stand for two of them (Washington, Moscow): a country each, at
#: its capital's GeoNames point, in no province the boundaries hold.
BEYOND_FILE = "beyond.csv"


@functools.cache
def countries_beyond() -> frozenset[str]:
    """ISO codes of the states of :data:`BEYOND_FILE`: the countries beyond the region (the boundaries' countries are
    the rest).

    Examples
    --------
    >>> "US" in countries_beyond(), "IQ" in countries_beyond()
    (True, False)
    """
    path = next((p for p in curated_place_files() if p.name == BEYOND_FILE), None)
    if path is None:
        return frozenset()
    with path.open(encoding="utf-8", newline="") as handle:
        return frozenset(row["country"] for row in csv.DictReader(handle))


def beyond_the_region(place: Any) -> bool:
    """Whether *place* lies in a state beyond the region (:func:`countries_beyond`), one the boundaries hold no
    province of: a country that reports name as a party (the United States, Russia, Pakistan)."""
    return str(getattr(place, "country", "") or "") in countries_beyond()


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
        if not text.get(column) and column != "country":
            raise _fail(path, line, column, text.get(column, ""), "a non-empty value")
    if not _ID_PATTERN.match(text["id"]):
        raise _fail(path, line, "id", text["id"], "a lowercase slug such as 'iq-ain-al-asad-air-base'")
    if text["kind"] not in kinds():
        raise _fail(path, line, "kind", text["kind"], f"one of {', '.join(kinds())} (gazetteer/data/kinds.csv)")
    # A sea lies in no country: its country may be blank, and then so must its admin1 be.
    at_sea = not text.get("country") and text["kind"] in outside_country_kinds()
    if not at_sea and not _COUNTRY_PATTERN.match(text.get("country", "")):
        expected = "an ISO 3166-1 alpha-2 code such as 'IQ'"
        if not text.get("country"):
            expected += f" (only a place of kind {', '.join(sorted(outside_country_kinds()))} may leave it blank)"
        raise _fail(path, line, "country", text.get("country", ""), expected)
    admin1 = text.get("admin1", "")
    if admin1 and not _ADMIN1_PATTERN.match(admin1):
        raise _fail(path, line, "admin1", admin1, "an ISO 3166-2 code such as 'IQ-AN', or empty")
    if admin1 and at_sea:
        raise _fail(path, line, "admin1", admin1, "empty for a place in no country (its country is blank)")
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
        blank precision or prominence takes the kind's default from ``kinds.csv``; ``country``
        may be blank only for a sea, lake or river,
        :func:`~gazetteer.places.outside_country_kinds`, and then ``admin1`` must be too).
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
    >>> places = read_places_csv("my_places.csv")  # a places file of your own, in the curated format
    >>> places[0].id
    'iq-tell-sbeiha'
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
            yield reader.line_num, with_country_names(_parse_row(row, path, reader.line_num, names))


def read_places(
    paths: Iterable[str | Path] | None = None, *, admin1_names: dict[str, str] | None = None,
) -> list[Place]:
    """Read several places files and check that ids are unique across them.

    Parameters
    ----------
    paths : iterable of path, optional
        Files to read, in order; default: the curated files
        (:func:`curated_place_files`, sorted by name), whose towns then take their GeoNames names in
        other languages (:mod:`gazetteer.alternatenames`).
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
    >>> places = read_places()
    >>> len({p.id for p in places}) == len(places)
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
            places.append(place if paths is not None else with_alternate_names(place))
    logger.info("read %d places from %d file(s)", len(places), len(files))
    return places
