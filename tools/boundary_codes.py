"""The properties ``tools/build_boundaries.py`` writes for each Natural Earth province, and its ISO 3166-2 code.

Natural Earth's ``iso_3166_2`` is kept unless a table of ``gazetteer/data``
lists the feature (by NE's ``adm1_code``, checked against NE's English name
and code, so an upstream change makes the build fail loudly): Iran's
provinces (``iso_3166_2_ir.csv``, ISO's 2020 renumbering) and the other
provinces whose ISO code changed after Natural Earth took it
(``iso_3166_2_recodes.csv``). A recodes row whose ``admin1_name`` (and ``name_ar``) is filled also
renames the province: Natural Earth writes "Sanaa" as the English name of
both Sanaa governorate (YE-SN) and the capital's municipality (YE-SA), and a
name two provinces of one country share selects neither; the name Natural
Earth gave a renamed province is then not kept among its alternates.
"""
from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

from boundary_source import BuildError

__all__ = ["IRAN_CODES", "RECODES", "iran_codes", "recodes", "properties"]

REPO = Path(__file__).resolve().parents[1]
# Natural Earth writes these in its id columns when it has no id.
_NO_ID = {None, "", -1, -99, "-1", "-99"}
# Iran's codes as ISO 3166-2:IR stands since ISO renumbered every province in
# 2020; Natural Earth still writes the codes of before (IR-04 Isfahan, and
# Tehran's IR-07 on Alborz). Each Iranian feature is recoded by NE's own
# adm1_code, checked against NE's English name and code, so an upstream
# change (a new province, a corrected code) makes the build fail loudly.
IRAN_CODES = REPO / "gazetteer" / "data" / "iso_3166_2_ir.csv"
# Other provinces whose ISO 3166-2 code changed after Natural Earth took it
# (Kirkuk: IQ-TS, from "At-Ta'mim", is IQ-KI), recoded and checked the same way.
RECODES = REPO / "gazetteer" / "data" / "iso_3166_2_recodes.csv"
# Order matters: the first spelling of a name wins when de-duplicating.
_ALT_NAME_FIELDS = ("name", "name_alt", "gn_name", "gns_name", "woe_name", "name_en")


def _clean_id(value: Any) -> Any:
    return None if value in _NO_ID else value


def _split_alt(value: Any) -> list[str]:
    if not isinstance(value, str):
        return []
    return [part.strip() for part in value.split("|") if part.strip()]


def iran_codes(path: Path = IRAN_CODES) -> dict[str, dict[str, str]]:
    """Natural Earth ``adm1_code`` -> the row of ``iso_3166_2_ir.csv`` (current code, name, NE's code).

    Examples
    --------
    >>> iran_codes()["IRN-3211"]["iso_code"], iran_codes()["IRN-5490"]["name"]
    ('IR-10', 'Alborz')
    """
    return _rows_by_ne_code(path)


def _rows_by_ne_code(path: Path) -> dict[str, dict[str, str]]:
    with open(path, encoding="utf-8", newline="") as fh:
        return {row["ne_adm1_code"]: row for row in csv.DictReader(fh)}


def recodes(path: Path = RECODES) -> dict[str, dict[str, str]]:
    """Natural Earth ``adm1_code`` -> the row of ``iso_3166_2_recodes.csv``: provinces outside Iran whose code
    ISO changed after Natural Earth took it.

    Examples
    --------
    >>> recodes()["IRQ-3049"]["iso_code"]
    'IQ-KI'
    """
    return _rows_by_ne_code(path)


def _current_code(p: dict[str, Any], table: dict[str, dict[str, str]], source: Path = IRAN_CODES) -> str:
    """The ISO 3166-2 code of today for a Natural Earth province the table (Iran's, or the recodes) lists."""
    row = table.get(p.get("adm1_code", ""))
    if row is None:
        raise BuildError(f"Iranian province {p.get('name_en') or p.get('name')!r} (adm1_code "
                         f"{p.get('adm1_code')!r}, coded {p.get('iso_3166_2')}) is not in {IRAN_CODES.name}; "
                         "add its current ISO 3166-2:IR code there")
    if (p.get("name_en"), p.get("iso_3166_2")) != (row["name"], row["ne_iso_3166_2"]):
        raise BuildError(f"{source.name} expects {row['ne_adm1_code']} to be {row['name']!r} coded "
                         f"{row['ne_iso_3166_2']}, the source has {p.get('name_en')!r} coded "
                         f"{p.get('iso_3166_2')}; check the row against the source")
    return row["iso_code"]


def properties(p: dict[str, Any], iran: dict[str, dict[str, str]],
                others: dict[str, dict[str, str]]) -> dict[str, Any]:
    english = (p.get("name_en") or p.get("name") or "").strip()
    seen = {english.casefold()}
    row = others.get(p.get("adm1_code", "")) or {}
    renamed = row.get("admin1_name") or ""
    if renamed.strip():
        english = renamed.strip()
        seen.add(english.casefold())
    alternates: list[str] = []
    for field in _ALT_NAME_FIELDS:
        for name in _split_alt(p.get(field)):
            if name.casefold() not in seen:
                seen.add(name.casefold())
                alternates.append(name)
    gn_id = _clean_id(p.get("gn_id"))
    if p["iso_a2"] == "IR":
        code = _current_code(p, iran)
    elif p.get("adm1_code") in others:
        code = _current_code(p, others, RECODES)
    else:
        code = p["iso_3166_2"]
    return {
        "admin1": code,
        "admin1_name": english,
        "name_ar": (row.get("name_ar") or "").strip() or p.get("name_ar") or None,
        "name_alt": "|".join(alternates) or None,
        "country": p["iso_a2"],
        "wikidata": _clean_id(p.get("wikidataid")),
        "geonames_id": int(gn_id) if gn_id is not None else None,
    }
