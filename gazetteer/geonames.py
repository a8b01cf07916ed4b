"""Read GeoNames dump files (https://download.geonames.org/export/dump/) into places.

Two formats are read:

* the ``geoname`` table (``IQ.txt``, ``allCountries.txt``, ``cities15000.txt``):
  UTF-8, tab-separated, no header, 19 columns: geonameid, name, asciiname,
  alternatenames (comma-separated), latitude, longitude, feature class,
  feature code, country code, cc2, admin1 code, admin2 code, admin3 code,
  admin4 code, population, elevation, dem, timezone, modification date;
* the ``alternateNames`` table (``alternateNamesV2.txt`` or a country's
  ``IQ.txt`` from ``alternatenames/``): alternateNameId, geonameid,
  isolanguage, alternate name, isPreferredName, isShortName, isColloquial,
  isHistoric, from, to. Older dumps have only the first 8 columns; both are
  accepted.

Feature codes map to place kinds through ``data/geonames_feature_codes.csv``
(``S.AIRB`` → ``air_base``, ``P.PPLA`` → ``city``, ``A.ADM1`` →
``governorate``, …); lines whose code is not in the table (streams, wells,
hills…) are skipped and counted in the log.
"""
from __future__ import annotations

import functools
import logging
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any, Iterable, Iterator

import numpy as np

from gazetteer.datatables import read_table
from gazetteer.errors import GazetteerError, GeoNamesFormatError
from gazetteer.places import Place

__all__ = ["read_geonames", "read_alternate_names", "feature_kinds", "GEONAMES_COLUMNS", "ALTERNATE_COLUMNS"]

logger = logging.getLogger(__name__)

GEONAMES_COLUMNS = (
    "geonameid", "name", "asciiname", "alternatenames", "latitude", "longitude",
    "feature_class", "feature_code", "country_code", "cc2", "admin1_code", "admin2_code",
    "admin3_code", "admin4_code", "population", "elevation", "dem", "timezone", "modification_date",
)
ALTERNATE_COLUMNS = (
    "alternateNameId", "geonameid", "isolanguage", "alternate_name", "isPreferredName",
    "isShortName", "isColloquial", "isHistoric", "from", "to",
)
# Pseudo-languages of alternateNames that are not names: links, postcodes, Wikidata ids...
_NOT_NAMES = frozenset({"link", "post", "wkdt", "unlc", "tcid", "phon", "piny", "fr_1793"})


@functools.cache
def feature_kinds() -> dict[str, str]:
    """Return the GeoNames feature code (``"S.AIRB"``) → place kind table.

    Read from ``gazetteer/data/geonames_feature_codes.csv``.

    Examples
    --------
    >>> feature_kinds()["S.AIRB"], feature_kinds()["P.PPLC"], feature_kinds()["A.ADM1"]
    ('air_base', 'city', 'governorate')
    """
    return {row["feature"]: row["kind"] for row in read_table("geonames_feature_codes.csv")}


def _lines(path: Path) -> Iterator[tuple[int, str]]:
    try:
        with path.open("r", encoding="utf-8", newline="") as handle:
            for number, line in enumerate(handle, start=1):
                line = line.rstrip("\r\n")
                if line and not line.startswith("#"):  # comments appear in some GeoNames side files
                    yield number, line
    except UnicodeDecodeError as err:
        raise _not_utf8(path) from err


def _not_utf8(path: Path) -> GeoNamesFormatError:
    """Name the first line that is not UTF-8 (text mode decodes in blocks, so find it again)."""
    with path.open("rb") as handle:
        for number, raw in enumerate(handle, start=1):
            try:
                raw.decode("utf-8")
            except UnicodeDecodeError as err:
                bad = raw[max(0, err.start - 20) : err.end + 20]
                return GeoNamesFormatError(
                    f"{path}, line {number}: byte {raw[err.start:err.end]!r} at column {err.start + 1} is not "
                    f"UTF-8 (near {bad!r}); GeoNames dumps are UTF-8: re-download the file, or convert it "
                    "with `iconv -f <its encoding> -t UTF-8`",
                    path=path, line=number, value=raw[err.start:err.end],
                )
    return GeoNamesFormatError(f"{path}: not UTF-8; GeoNames dumps are UTF-8", path=path)


def _bad(path: Path, number: int, line: str, what: str) -> GeoNamesFormatError:
    shown = line if len(line) <= 120 else line[:117] + "..."
    return GeoNamesFormatError(
        f"{path}, line {number}: {what}; got {shown!r}. Expected the GeoNames "
        f"{len(GEONAMES_COLUMNS)}-column tab-separated format ({', '.join(GEONAMES_COLUMNS[:8])}, …)",
        path=path, line=number, value=line,
    )


def _number(path: Path, number: int, line: str, column: str, text: str, low: float, high: float) -> float:
    try:
        value = float(text)
    except ValueError:
        raise _bad(path, number, line, f"column {column} is {text!r}, not a number") from None
    if not low <= value <= high:
        raise _bad(path, number, line, f"column {column} is {text!r}, outside {low:g}..{high:g}")
    return value


def _is_arabic_script(text: str) -> bool:
    letters = [ch for ch in text if ch.isalpha()]
    return bool(letters) and all(unicodedata.name(ch, "").startswith("ARABIC") for ch in letters)


def read_alternate_names(path: str | Path, *, geonameids: Iterable[int] | None = None) -> dict[int, list[tuple[str, str, bool]]]:
    """Read an alternateNames file into ``geonameid → [(language, name, preferred), ...]``.

    Parameters
    ----------
    path : str or Path
        10-column (or older 8-column) tab-separated alternateNames file.
    geonameids : iterable of int, optional
        Keep only these ids (the places being loaded); default all.

    Returns
    -------
    dict

    Raises
    ------
    GeoNamesFormatError
        A line with another column count or a non-numeric id.

    Examples
    --------
    >>> names = read_alternate_names("IQ_alternateNames.txt")  # GeoNames' alternateNames file for Iraq
    >>> sorted(names)[:2]  # GeoNames ids
    [98182, 900002]
    """
    path = Path(path)
    wanted = set(geonameids) if geonameids is not None else None
    out: dict[int, list[tuple[str, str, bool]]] = defaultdict(list)
    for number, line in _lines(path):
        fields = line.split("\t")
        if len(fields) not in (8, 10):
            raise GeoNamesFormatError(
                f"{path}, line {number}: {len(fields)} tab-separated columns; expected the 10-column "
                f"(or older 8-column) alternateNames format ({', '.join(ALTERNATE_COLUMNS)}); got {line[:120]!r}",
                path=path, line=number, value=line,
            )
        try:
            geonameid = int(fields[1])
        except ValueError:
            raise GeoNamesFormatError(
                f"{path}, line {number}: geonameid {fields[1]!r} is not an integer; got {line[:120]!r}",
                path=path, line=number, value=fields[1],
            ) from None
        language, name = fields[2], fields[3].strip()
        if (wanted is not None and geonameid not in wanted) or language in _NOT_NAMES or not name:
            continue
        out[geonameid].append((language, name, fields[4] == "1"))
    return dict(out)


def _parse_line(path: Path, number: int, line: str, kinds: dict[str, str], keep: set[str] | None) -> dict[str, Any] | None:
    fields = line.split("\t")
    if len(fields) != len(GEONAMES_COLUMNS):
        raise _bad(path, number, line, f"{len(fields)} tab-separated columns instead of {len(GEONAMES_COLUMNS)}")
    feature = f"{fields[6]}.{fields[7]}"
    if keep is not None and feature not in keep and fields[6] not in keep:
        return None
    kind = kinds.get(feature)
    if kind is None:
        return {"skipped": feature}
    if not fields[0].isdigit():
        raise _bad(path, number, line, f"geonameid {fields[0]!r} is not a positive integer")
    if not fields[1].strip():
        raise _bad(path, number, line, "the name column is empty")
    country = fields[8].strip().upper()
    if len(country) != 2 or not country.isalpha():
        raise _bad(path, number, line, f"country code {fields[8]!r} is not an ISO 3166-1 alpha-2 code")
    return {
        "geonameid": int(fields[0]), "name": fields[1].strip(), "asciiname": fields[2].strip(),
        "alternatenames": [n.strip() for n in fields[3].split(",") if n.strip()],
        "lat": _number(path, number, line, "latitude", fields[4], -90, 90),
        "lon": _number(path, number, line, "longitude", fields[5], -180, 180),
        "kind": kind, "country": country, "feature": feature,
    }


def _locate(rows: list[dict[str, Any]]) -> tuple[list[str], list[str]]:
    """ISO 3166-2 admin1 code and name per row, by point-in-polygon on the bundled boundaries."""
    if not rows:
        return [], []
    try:
        from gazetteer.boundaries import Boundaries

        found = Boundaries.default().locate(
            np.array([r["lon"] for r in rows]), np.array([r["lat"] for r in rows]),
        )
    except (ImportError, OSError, GazetteerError) as err:
        logger.warning("admin boundaries unavailable (%s): GeoNames places get no admin1", err)
        return [""] * len(rows), [""] * len(rows)
    codes = ["" if not isinstance(c, str) else c for c in found["admin1"].tolist()]
    names = ["" if not isinstance(n, str) else n for n in found["admin1_name"].tolist()]
    return codes, names


def read_geonames(
    path: str | Path, *, alternate_names: str | Path | None = None, feature_codes: Iterable[str] | None = None,
) -> list[Place]:
    """Read a GeoNames ``geoname`` dump into places.

    Parameters
    ----------
    path : str or Path
        The 19-column tab-separated file (a country file such as ``IQ.txt``).
    alternate_names : str or Path, optional
        An alternateNames file; its names become aliases and its ``ar`` name
        (the preferred one first) the Arabic name.
    feature_codes : iterable of str, optional
        Keep only these feature codes (``"S.AIRB"``) or classes (``"P"``);
        default every code in ``data/geonames_feature_codes.csv``.

    Returns
    -------
    list of Place
        ``id`` is ``geonames-<geonameid>``, ``source`` ``geonames:<geonameid>``,
        ``precision_km`` the kind's default. Aliases: the ASCII name, the
        ``alternatenames`` column and the alternateNames file. ``admin1`` is
        the ISO 3166-2 code of the bundled boundary polygon holding the
        point: GeoNames' own admin1 codes (``IQ.01``) are FIPS-derived and
        differ from ISO, so they are not used. A point outside every polygon
        gets ``admin1=""``, and so does a country.

    Raises
    ------
    GeoNamesFormatError
        A malformed line (wrong column count, non-numeric or out-of-range
        coordinate, bad id), naming the file, line number and value.
    FileNotFoundError
        A missing file.

    Examples
    --------
    >>> places = read_geonames("IQ.txt", feature_codes=["S.AIRB", "P"])  # GeoNames' dump for Iraq
    >>> [(p.name, p.kind) for p in places][:2]
    [('Baghdad', 'city'), ('Mosul', 'city')]
    """
    path = Path(path)
    kinds = feature_kinds()
    keep = set(feature_codes) if feature_codes is not None else None
    if keep is not None:
        unknown = sorted(c for c in keep if c not in kinds and len(c) != 1)
        if unknown:
            raise GeoNamesFormatError(
                f"feature_codes {unknown} are not in the feature-code table "
                "(gazetteer/data/geonames_feature_codes.csv); pass codes such as 'S.AIRB' or a class such as 'P'",
                path=path, value=unknown,
            )
    rows: list[dict[str, Any]] = []
    skipped: Counter[str] = Counter()
    for number, line in _lines(path):
        row = _parse_line(path, number, line, kinds, keep)
        if row is None:
            continue
        if "skipped" in row:
            skipped[row["skipped"]] += 1
            continue
        rows.append(row)
    if skipped:
        logger.info("%s: skipped %d features whose codes have no kind: %s", path, sum(skipped.values()),
                    ", ".join(f"{c} ({n})" for c, n in skipped.most_common(10)))
    extra = read_alternate_names(alternate_names, geonameids=[r["geonameid"] for r in rows]) if alternate_names else {}
    codes, names = _locate(rows)
    places = []
    for row, admin1, admin1_name in zip(rows, codes, names):
        if row["kind"] == "country":
            admin1 = admin1_name = ""  # a country's point lies in one of its provinces but stands for all
        alternates = extra.get(row["geonameid"], [])
        arabic = sorted((not preferred, i) for i, (lang, _, preferred) in enumerate(alternates) if lang == "ar")
        name_ar = alternates[arabic[0][1]][1] if arabic else next(
            (n for n in row["alternatenames"] if _is_arabic_script(n)), "")
        aliases = dict.fromkeys(n for n in (row["asciiname"], *row["alternatenames"], *(a[1] for a in alternates))
                                if n and n != row["name"] and n != name_ar)
        places.append(Place(
            id=f"geonames-{row['geonameid']}", name=row["name"], kind=row["kind"], lat=row["lat"], lon=row["lon"],
            admin1=admin1, admin1_name=admin1_name, country=row["country"], aliases=tuple(aliases),
            name_ar=name_ar, point=f"geonames {row['feature']}", source=f"geonames:{row['geonameid']}",
        ))
    logger.info("%s: read %d places", path, len(places))
    return places
