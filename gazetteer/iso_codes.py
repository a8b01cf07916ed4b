"""How the bundled provinces stand to ISO 3166-2 as it is today, and what a user who writes another code is told.

The bundled polygons carry current ISO 3166-2 codes (Natural Earth's, recoded
by ``tools/build_boundaries.py`` where ISO changed them since), except where
Natural Earth draws coarser or older units than ISO. ``data/iso_3166_2_coverage.csv``
lists each such code with its reference, one ``status`` per row:

``inside``
    a current ISO subdivision that Natural Earth draws inside a larger
    polygon (``polygon``): Lebanon's Akkar in North (LB-AS), Qatar's
    Al-Shahaniya in Al Rayyan, the 16 Palestinian governorates in the West
    Bank and Gaza Strip features. A query for it is refused with a sentence
    naming the polygon that holds it, never widened silently.
``region``
    an ISO code for a group of provinces (IQ-KR, the Kurdistan Region):
    selects all of them (``polygon``, ``|``-separated).
``withdrawn``
    a code ISO withdrew that Natural Earth still draws (BH-16, Bahrain's
    Central governorate): the bundled polygon keeps it.
``not-iso``
    Natural Earth's own code for a feature no ISO code covers (PS-GZZ, PS-WBK).

Iran's renumbering of 2020 has its own table (``data/iso_3166_2_ir.csv``):
the codes only the old edition had (IR-31 North Khorasan, IR-32 Alborz) are
refused with a sentence naming the province and its code of today, while a
code both editions have means what the standard of today says. Codes that
changed one for one (IQ-TS to IQ-KI, OM-BA to OM-BS, OM-SH to OM-SJ:
``data/iso_3166_2_recodes.csv``) stay accepted as aliases
(``data/admin1_aliases.csv``).

Examples
--------
>>> retired_note("IR-32", {"IR-30": "IR-30"}).split(":")[-1]
' Alborz is IR-30'
>>> region_codes()["IQ-KR"]
('IQ-AR', 'IQ-DA', 'IQ-SU')
>>> inside_note("Akkar", {"LB-AS": "North"}).split(":")[0]
'Akkar (LB-AK) has no polygon of its own in these boundaries (created from the North governorate by law 522 of 2003, its first governor appointed in 2014)'
"""
from __future__ import annotations

import functools

from gazetteer.datatables import read_table

__all__ = ["retired_note", "coverage", "region_codes", "inside_note", "STATUSES"]

STATUSES = ("inside", "region", "withdrawn", "not-iso")


@functools.cache
def coverage() -> tuple[dict[str, str], ...]:
    """The rows of ``data/iso_3166_2_coverage.csv`` (``iso_code, name, aliases, status, polygon, note, reference``)."""
    return tuple(read_table("iso_3166_2_coverage.csv"))


@functools.cache
def region_codes() -> dict[str, tuple[str, ...]]:
    """ISO region code -> the province codes it groups."""
    return {row["iso_code"]: tuple(row["polygon"].split("|")) for row in coverage() if row["status"] == "region"}


@functools.cache
def _inside_spellings() -> dict[str, dict[str, str]]:
    """Normalised code, name and aliases of every ``inside`` row -> the row."""
    from gazetteer.normalize import normalize

    found: dict[str, dict[str, str]] = {}
    for row in coverage():
        if row["status"] != "inside":
            continue
        found[row["iso_code"].upper()] = row
        for spelling in [row["name"], *filter(None, row["aliases"].split("|"))]:
            key = normalize(spelling)
            if key:
                found.setdefault(key, row)
    return found


def inside_note(text: str, names: dict[str, str]) -> str:
    """A sentence for a current ISO subdivision drawn inside a bundled polygon, else "".

    ``names`` maps the codes of the boundaries in use to their names; a
    boundary set without the holding polygon (a user's file) gets "".
    """
    from gazetteer.normalize import normalize

    spellings = _inside_spellings()
    row = spellings.get(text.strip().upper()) or spellings.get(normalize(text))
    if row is None or row["polygon"] not in names:
        return ""
    return (f"{row['name']} ({row['iso_code']}) has no polygon of its own in these boundaries ({row['note']}): "
            f"Natural Earth draws it inside {names[row['polygon']]} ({row['polygon']}); select {row['polygon']} "
            f"for the whole of {names[row['polygon']]}, or load boundaries that draw {row['name']} with "
            "Boundaries.from_file")


@functools.cache
def _iran_retired_codes() -> dict[str, tuple[str, str]]:
    """ISO 3166-2:IR codes of before its 2020 renumbering that the standard no longer has -> (name, code now)."""
    rows = read_table("iso_3166_2_ir.csv")
    current = {row["iso_code"] for row in rows}
    return {row["iso_code_before_2020"]: (row["name"], row["iso_code"]) for row in rows
            if row["iso_code_before_2020"] not in current}


def retired_note(text: str, codes: dict[str, str]) -> str:
    """A sentence for a code that only the withdrawn edition of ISO 3166-2:IR had (IR-31, IR-32), else ""."""
    retired = _iran_retired_codes().get(text.strip().upper())
    if retired is None or retired[1] not in codes.values():
        return ""
    name, now = retired
    return (f"; {text.strip().upper()} was {name}'s code before ISO renumbered Iran's provinces in 2020 "
            f"(geoincidents carries the current ISO 3166-2:IR): {name} is {now}")
