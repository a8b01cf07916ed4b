"""ISO 3166-2 codes that the standard withdrew, and what a user who writes one is told.

ISO renumbered every Iranian province on 2020-11-24 (``data/iso_3166_2_ir.csv``);
the codes only the old edition had (IR-31 North Khorasan, IR-32 Alborz) are
refused with a sentence naming the province and its code of today, while a
code both editions have means what the standard of today says.

Examples
--------
>>> retired_note("IR-32", {"IR-30": "IR-30"}).split(":")[-1]
' Alborz is IR-30'
"""
from __future__ import annotations

import csv
import functools
import importlib.resources

__all__ = ["retired_note"]


@functools.cache
def _iran_retired_codes() -> dict[str, tuple[str, str]]:
    """ISO 3166-2:IR codes of before its 2020 renumbering that the standard no longer has -> (name, code now)."""
    resource = importlib.resources.files("gazetteer").joinpath("data", "iso_3166_2_ir.csv")
    with resource.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
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
