"""Which ISO 3166-2 code a province name means: the name index of :class:`~gazetteer.boundaries.Boundaries`.

A province is found by its English, Arabic or alternate name (Natural
Earth's), by a curated alias (``data/admin1_aliases.csv``: "Anbar", "Hawler",
a region such as "Kurdistan Region" spelled on each of its provinces), or by
its code. Spellings are compared after :func:`gazetteer.normalize.normalize`;
a province's own names and the aliases outrank Natural Earth's alternates
(some are capitals or neighbours); a fuzzy match is accepted only when it is
close and alone; anything else is reported with the closest names, never
guessed.

Examples
--------
>>> from gazetteer.boundaries import Boundaries
>>> names = Boundaries.default().names
>>> names.code("al-Anbar Governorate"), names.code("الحسكة"), names.selection("Kurdistan Region")
('IQ-AN', 'SY-HA', ['IQ-AR', 'IQ-DA', 'IQ-SU'])
"""
from __future__ import annotations

import logging
import re
from collections import defaultdict
from typing import Any, Iterable

import pandas as pd

from gazetteer.datatables import read_table
from gazetteer.errors import AmbiguousPlace, InvalidName, PlaceNotFound
from gazetteer.iso_codes import inside_note, region_codes, retired_note

__all__ = ["ProvinceNames", "COLUMNS", "alias_rows"]

logger = logging.getLogger(__name__)

COLUMNS = ["admin1", "admin1_name", "name_ar", "name_alt", "country"]
# A fuzzy match is accepted only this close (rapidfuzz 0-100) and only when one
# province holds the best score; anything less is reported, never guessed.
FUZZY_ACCEPT = 90.0
_CODE = re.compile(r"^[A-Za-z]{2}-[A-Za-z0-9~]{1,4}$|^-99-[A-Za-z0-9~]{1,5}$")
_PAREN = re.compile(r"^(?P<base>[^()]+?)\s*\((?P<inner>[^()]+)\)\s*$")
# Tier of a spelling: a province's own name, Arabic name or curated alias
# outranks Natural Earth's alternates, some of which are capitals or
# neighbours (woe_name "Damascus" on Rif Dimashq).
_PRIMARY, _ALTERNATE = 0, 1


class ProvinceNames:
    """The spellings of a set of provinces, and the code each one means.

    Parameters
    ----------
    frame
        Columns ``admin1, admin1_name, name_ar, name_alt, country``
        (``name_alt`` ``|``-separated), one row per province.
    aliases
        Extra ``(admin1, alias)`` spellings, ranked with the province's own
        names; an alias written as a code (``IQ-TS``) is an old code of that province.
    source
        Where the provinces came from, for messages.
    """

    def __init__(self, frame: pd.DataFrame, *, aliases: Iterable[tuple[str, str]] = (),
                 source: str = "<frame>") -> None:
        self.source = source
        self._codes = {str(c).upper(): str(c) for c in frame["admin1"]}
        self._names = {str(c): str(n) for c, n in zip(frame["admin1"], frame["admin1_name"])}
        self._country = {str(c): cc for c, cc in zip(frame["admin1"], frame["country"])}
        self._alias_codes: dict[str, list[str]] = {}  # an old code (IQ-TS), or a region's (IQ-KR)
        self._index = self._build_index(frame, aliases)
        for region, members in region_codes().items():
            if all(m in self._names for m in members):
                self._alias_codes[region] = list(members)

    def codes(self, name: str, *, country: str | None = None) -> list[str]:
        """Every province code that ``name`` spells exactly (after normalisation); [] if none.

        Examples
        --------
        >>> from gazetteer.boundaries import Boundaries
        >>> Boundaries.default().names.codes("Hassakeh")
        ['SY-HA']
        """
        found = self._as_codes(name, country)
        if found:
            return sorted(found)
        hits = self._index.get(_key(name), [])
        if country is not None:
            hits = [h for h in hits if self._country[h[1]] == country.upper()]
        if not hits:
            return []
        best = min(t for t, _ in hits)
        return sorted({c for t, c in hits if t == best})

    def selection(self, name: str) -> list[str]:
        """The province codes a query for ``name`` selects: one province, or a region's provinces.

        A region spelled in ``data/admin1_aliases.csv`` selects all its provinces
        ("Kurdistan Region": Erbil, Duhok, Sulaymaniyah, Halabja lying inside
        Natural Earth's Sulaymaniyah; "Golan Heights": the de jure SY-QU). A name
        that provinces of two countries carry is never settled silently.

        Raises
        ------
        PlaceNotFound
            No province or region is called that (with the closest), or the
            name is an ISO subdivision drawn inside a larger polygon (Akkar,
            Hebron: the message names the polygon that holds it,
            ``data/iso_3166_2_coverage.csv``).
        AmbiguousPlace
            The name selects provinces in more than one country ("Kurdistan":
            Iran's Kordestan and Iraq's Kurdistan Region).

        Examples
        --------
        >>> from gazetteer.boundaries import Boundaries
        >>> Boundaries.default().names.selection("Kurdistan Region")
        ['IQ-AR', 'IQ-DA', 'IQ-SU']
        """
        codes = self.codes(name)
        if not codes:
            return [self.code(name)]  # the closest match, or PlaceNotFound with candidates
        countries = sorted({self._country[c] for c in codes})
        if len(countries) > 1:
            listed = " | ".join(f"{self._names[c]} ({c})" for c in codes)
            raise AmbiguousPlace(f"province {name!r} is ambiguous across {', '.join(countries)}: {listed}; "
                                 "use an ISO 3166-2 code or a fuller name (e.g. 'Kurdistan Region')",
                                 query=name, candidates=[(self._names[c], c) for c in codes])
        return codes

    def code(self, name: str, *, country: str | None = None) -> str:
        """The ISO 3166-2 code of a province written in any spelling, Arabic, or as a code.

        Raises
        ------
        InvalidName
            ``name`` is not text or is blank.
        PlaceNotFound
            No province is called that; ``.candidates`` holds the 3 closest
            ``(admin1_name, admin1, score)``.
        AmbiguousPlace
            Provinces in several countries (or two in one) carry the name and
            ``country=`` does not settle it.

        Examples
        --------
        >>> from gazetteer.boundaries import Boundaries
        >>> b = Boundaries.default().names
        >>> [b.code(n) for n in ("Anbar", "iq-an", "الأنبار", "Ninawa")]
        ['IQ-AN', 'IQ-AN', 'IQ-AN', 'IQ-NI']
        """
        codes = self.codes(name, country=country)
        if len(codes) == 1:
            return codes[0]
        if codes:
            listed = " | ".join(f"{self._names[c]} ({c})" for c in codes)
            raise AmbiguousPlace(f"province {name!r} is ambiguous: {listed}; pass country= "
                                 "or use the ISO 3166-2 code", query=name,
                                 candidates=[(self._names[c], c) for c in codes])
        retired = retired_note(name, self._codes)
        if retired:
            raise PlaceNotFound(f"no province has code {name!r}{retired}; write that code or the "
                                "province's name", query=name, candidates=[])
        inside = inside_note(name, self._names)
        if inside:
            raise PlaceNotFound(inside, query=name, candidates=[])
        scored = self._closest(name, country)
        if scored and scored[0][2] >= FUZZY_ACCEPT and (len(scored) == 1 or scored[1][2] < scored[0][2]):
            logger.info("province %r matched %s by fuzzy score %.0f", name, scored[0][1], scored[0][2])
            return scored[0][1]
        shown = ", ".join(f"{n} ({c}, {s:.0f})" for n, c, s in scored)
        where = f" in country {country.upper()!r}" if country else ""
        raise PlaceNotFound(f"no province called {name!r}{where}; closest: {shown}; pass an "
                            "English, alternate or Arabic name, or an ISO 3166-2 code such as "
                            "'IQ-AN'", query=name, candidates=scored)

    def name(self, code: str) -> str:
        """English name of the province with ISO 3166-2 ``code`` (any case).

        Examples
        --------
        >>> from gazetteer.boundaries import Boundaries
        >>> Boundaries.default().names.name("iq-ni")
        'Nineveh'
        """
        found = self._codes.get(str(code).strip().upper())
        inside = "" if found is not None else inside_note(str(code), self._names)
        if inside:
            raise PlaceNotFound(inside, query=str(code), candidates=[])
        if found is None:
            raise PlaceNotFound(f"no province has code {code!r}{retired_note(str(code), self._codes)}; "
                                "expected an ISO 3166-2 code "
                                f"from {self.source}, e.g. {next(iter(self._names))!r}",
                                query=str(code), candidates=[])
        return self._names[found]

    def _as_codes(self, name: Any, country: str | None) -> list[str]:
        if not isinstance(name, str) or not name.strip():
            raise InvalidName(f"province name {name!r} is empty or not text; pass a name such as "
                              "'Anbar' or a code such as 'IQ-AN'", value=name, reason="empty")
        text = name.strip()
        if not _CODE.match(text):
            return []
        own = self._codes.get(text.upper())
        codes = [own] if own is not None else self._alias_codes.get(text.upper(), [])
        return [c for c in codes if country is None or self._country[c] == country.upper()]

    def _build_index(self, frame: pd.DataFrame, aliases: Iterable[tuple[str, str]]) -> dict[str, list[tuple[int, str]]]:
        index: dict[str, set[tuple[int, str]]] = defaultdict(set)

        def add(text: Any, tier: int, code: str) -> None:
            if not isinstance(text, str) or not text.strip():
                return
            for spelling in _variants(text):
                key = _key(spelling)
                if key:
                    index[key].add((tier, code))

        for row in frame[COLUMNS].itertuples(index=False):
            code = str(row.admin1)
            add(row.admin1_name, _PRIMARY, code)
            add(row.name_ar, _PRIMARY, code)
            for alt in (row.name_alt or "").split("|") if isinstance(row.name_alt, str) else ():
                add(alt, _ALTERNATE, code)
        for code, alias in aliases:
            if code not in self._names:
                continue  # aliases of the bundled codes do not apply to a user's pcodes
            if _CODE.match(alias.strip()):
                self._alias_codes.setdefault(alias.strip().upper(), []).append(code)
            else:
                add(alias, _PRIMARY, code)
        return {k: sorted(v) for k, v in index.items()}

    def _closest(self, name: str, country: str | None) -> list[tuple[str, str, float]]:
        from rapidfuzz import fuzz, process

        allowed = None if country is None else country.upper()
        keys = [k for k, hits in self._index.items()
                if allowed is None or any(self._country[c] == allowed for _, c in hits)]
        best: dict[str, float] = {}
        for key, score, _ in process.extract(_key(name), keys, scorer=fuzz.WRatio, limit=40):
            for _, code in self._index[key]:
                if allowed is None or self._country[code] == allowed:
                    best[code] = max(best.get(code, 0.0), float(score))
        ranked = sorted(best.items(), key=lambda kv: (-kv[1], kv[0]))[:3]
        return [(self._names[c], c, round(s, 1)) for c, s in ranked]


def _key(text: str) -> str:
    from gazetteer.normalize import normalize

    return normalize(text)


def _variants(text: str) -> list[str]:
    """The name, and for "Hasaka (Al Haksa)" also "Hasaka" and "Al Haksa"."""
    found = _PAREN.match(text.strip())
    return [text, found["base"], found["inner"]] if found else [text]


def alias_rows() -> list[tuple[str, str]]:
    """The ``(admin1, alias)`` rows of ``data/admin1_aliases.csv``."""
    rows = read_table("admin1_aliases.csv")
    return [(r["admin1"].strip(), r["alias"].strip()) for r in rows]
