"""Load, validate and enrich an incident table: :func:`load_incidents`.

Reading (:mod:`geoincidents.io.read`) turns every input into a table of
cells, so one set of vectorised checks serves CSV, JSON, our GeoJSON and
DataFrames. Validation then runs in four stages (columns; cells and rows; sources and
claims; places), collecting every :class:`~geoincidents.errors.Problem`; only
a clean table is enriched. No row is ever dropped.
"""
from __future__ import annotations

import logging
from dataclasses import replace
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np
import pandas as pd

from geoincidents.cells import factorize_cells, parse_incident_columns, parse_vocab
from geoincidents.errors import Problem, SchemaError, ValidationError
from geoincidents.problems import Stages
from geoincidents.io.read import claims_column, read_side_table, read_source
from geoincidents.schema import (
    CLAIM_COLUMNS, COLUMN_NAMES, DERIVED_COLUMNS, REQUIRED_COLUMNS, ROLES, SOURCE_COLUMNS, STATUSES, closest,
)

if TYPE_CHECKING:  # pragma: no cover
    from gazetteer import Boundaries, Gazetteer
    from geoincidents.table import IncidentTable

__all__ = ["load_incidents"]

log = logging.getLogger(__name__)

_AUTO_PROGRESS_ROWS = 50_000


def load_incidents(
    source: str | os.PathLike[str] | pd.DataFrame,
    *,
    sources: str | os.PathLike[str] | pd.DataFrame | bool | None = None,
    claims: str | os.PathLike[str] | pd.DataFrame | bool | None = None,
    strict: bool = False,
    errors: str = "raise",
    gazetteer: Gazetteer | None = None,
    boundaries: Boundaries | None = None,
    progress: bool | None = None,
    encoding: str | None = None,
    delimiter: str | None = None,
) -> IncidentTable:
    """Read incidents, validate every row, resolve places and build an :class:`IncidentTable`.

    Parameters
    ----------
    source
        A ``.csv`` file (UTF-8, header row), a ``.json`` file (a list of objects
        with the CSV's column names, or ``{"incidents": [...], "sources": [...],
        "claims": [...]}``), a ``.geojson``/``.json`` FeatureCollection written by
        geoincidents, or a DataFrame with the input columns.
    sources, claims
        The sources table (``source_id, outlet, published, title, file``) and
        the claims table (``incident_id, source_id, status, assertion``): a CSV
        path or a DataFrame. When None, ``sources.csv`` and ``claims.csv`` in the
        same directory as a CSV ``source`` are picked up automatically (and the
        tables embedded in a JSON or GeoJSON file are used); pass False to
        load none.
    strict
        Raise :class:`~geoincidents.errors.SchemaError` at the first problem
        instead of :class:`~geoincidents.errors.ValidationError` with all of them.
    errors
        ``"raise"`` (default): any problem raises, with all of them.
        ``"keep"``: keep going and lose nothing (the rule is
        :mod:`geoincidents.problems`): a bad optional cell leaves that field
        blank, an unknown place leaves its end without a place (the name
        kept), a row whose incident_id, date or event_type is unusable is set
        aside in ``table.rejected``; every problem, with the action taken, is
        in ``table.problems``. ``strict=True`` wins over ``"keep"``.
    gazetteer, boundaries
        Defaults: ``Gazetteer.default()`` and ``Boundaries.default()``.
    progress
        Show a progress bar on stderr; None shows it for loads of 50,000 rows or
        more when stderr is a terminal.
    encoding, delimiter
        For a CSV: the text encoding and field delimiter, instead of detecting
        them (UTF-8 with or without BOM, UTF-16, Windows-1256; comma,
        semicolon, tab — ``.tsv`` is tab).

    Returns
    -------
    IncidentTable

    Raises
    ------
    ValidationError
        Every problem: unknown or missing columns, bad dates, coordinates,
        counts or vocabulary values, duplicate ids, dangling references,
        unknown or ambiguous places, coordinates that look swapped.
    SchemaError
        The first problem, with ``strict=True``.
    FileNotFoundError
        ``source`` or an explicit ``sources``/``claims`` path does not exist.

    Notes
    -----
    A cell holding only whitespace counts as blank. Columns that geoincidents
    derives (``launch_country``, ``range_km``, ``geometry``, ...) are accepted
    and recomputed, so a table exported by us loads back; coordinates whose
    ``*_match`` says they came from the gazetteer are resolved again.

    Examples
    --------
    >>> import geoincidents as gi
    >>> from geoincidents.datasets import seed_path
    >>> t = gi.load_incidents(seed_path())   # seeds/incidents.csv in a checkout
    >>> len(t.in_province("Hasaka").cross_border())
    1
    """
    from geoincidents.ends import place_problems, resolve_places
    from geoincidents.enrich import enrich
    from geoincidents.table import IncidentTable

    label = "DataFrame" if isinstance(source, pd.DataFrame) else Path(source).name
    bar = _Progress(6, label=label, enabled=progress)
    raw, path, embedded = read_source(source, encoding=encoding, delimiter=delimiter)
    _refuse_acled(raw, path, strict)
    claim_cells, column_problems = claims_column(raw, path)
    if claim_cells is not None and embedded.get("claims") is None:
        embedded["claims"] = claim_cells
    bar.set_rows(len(raw))
    bar.step("read")
    src_raw, src_path = read_side_table(sources, embedded.get("sources"), path, "sources.csv", source)
    clm_raw, clm_path = read_side_table(claims, embedded.get("claims"), path, "claims.csv", source)

    if errors not in ("raise", "keep"):
        raise SchemaError(Problem(None, None, "errors", errors, "errors='raise' or errors='keep'"))
    stages = Stages(strict, keep=errors == "keep")
    stages.check(_column_problems(raw, path), "incidents")
    stages.check(column_problems, "side")
    _clear_derived_coordinates(raw)
    frame, cell_problems = parse_incident_columns(raw, path=path)
    bar.step("parse")
    source_ids = None if src_raw is None else src_raw.get("source_id")
    stages.check(_sort(cell_problems + _row_problems(frame, raw, path, source_ids)), "incidents")
    source_table, claim_table, side = _side_problems(src_raw, src_path, clm_raw, clm_path, frame)
    stages.check(side, "side")
    bar.step("check")
    if boundaries is None:
        from gazetteer import Boundaries

        boundaries = Boundaries.default()
    if gazetteer is None:
        from gazetteer import Gazetteer

        gazetteer = Gazetteer.default()
    frame, raw, rows, rejected = stages.set_aside(frame, raw)
    resolved = resolve_places(frame, gazetteer=gazetteer, strict=strict)
    bar.step("resolve")
    found = _sort(place_problems(frame, resolved, boundaries=boundaries, path=path))
    stages.check([replace(p, row=int(rows[p.row - 1])) if p.row is not None else p for p in found], "places")
    stages.finish()
    stages.blank(frame, rows, "places")
    bar.step("validate")
    geo = enrich(frame, boundaries=boundaries, resolved=resolved).reset_index(drop=True)
    bar.step("enrich")
    bar.close()
    for name in _carried(raw) + stages.unknown_columns(raw, set(_carried(raw))):  # kept as read (ACLED's own columns, unknown ones)
        geo[name] = raw[name].to_numpy(dtype=object)
    log.info("loaded %d incidents from %s", len(geo), path or "a DataFrame")
    if stages.problems:
        log.info("kept going past %d problem(s) in %s; %d row(s) set aside", len(stages.problems),
                    path or "a DataFrame", len(rejected))
    return IncidentTable(geo, claims=claim_table, sources=source_table, boundaries=boundaries,
                         gazetteer=gazetteer, problems=stages.frame(), rejected=rejected)


# --- checks -----------------------------------------------------------------


def _sort(problems: list[Problem]) -> list[Problem]:
    order = {c: i for i, c in enumerate(COLUMN_NAMES)}
    return sorted(problems, key=lambda p: (p.row or 0, order.get(p.column or "", len(order))))


# Columns only an ACLED export has: such a file is read by read_acled, not load_incidents.
_ACLED_MARKERS = ("event_id_cnty", "event_date", "sub_event_type")


def _refuse_acled(raw: pd.DataFrame, path: str | None, strict: bool) -> None:
    """An ACLED export would yield a problem per column and per row; say the one thing that helps."""
    if all(c in raw.columns for c in _ACLED_MARKERS) and "incident_id" not in raw.columns:
        problem = Problem(path, None, "event_id_cnty", ", ".join(_ACLED_MARKERS),
                          "an incident table, but this is an ACLED export: read it with "
                          "geoincidents.read_acled(path), or pass --acled on the command line")
        raise SchemaError(problem) if strict else ValidationError([problem])


def _carried(raw: pd.DataFrame) -> list[str]:
    from geoincidents.io.acled import CARRIED_PREFIX

    return [c for c in raw.columns if str(c).startswith(CARRIED_PREFIX)]


def _column_problems(raw: pd.DataFrame, path: str | None) -> list[Problem]:
    known = set(COLUMN_NAMES) | set(DERIVED_COLUMNS) | set(_carried(raw))
    problems = []
    for name in raw.columns:
        if name not in known:
            hint = closest(name, COLUMN_NAMES)
            guess = f"did you mean {hint!r}? " if hint else ""
            problems.append(Problem(path, None, name, name,
                                    f"a known column name; {guess}known columns: {', '.join(COLUMN_NAMES)}"))
    for name in REQUIRED_COLUMNS:
        if name not in raw.columns:
            problems.append(Problem(path, None, name, None,
                                    f"a column named {name!r} (required: {', '.join(REQUIRED_COLUMNS)})"))
    return problems


def _clear_derived_coordinates(raw: pd.DataFrame) -> None:
    # A table we exported carries the gazetteer's coordinates; they are not the user's
    # explicit ones, so resolve the place again instead of pinning them.
    for role in ROLES:
        match = raw.get(f"{role}_match")
        if match is None:
            continue
        derived = (match.notna() & (match != "explicit")).to_numpy()
        for c in (f"{role}_lat", f"{role}_lon"):
            if c in raw:
                raw.loc[derived, c] = None


def _row_problems(frame: pd.DataFrame, raw: pd.DataFrame, path: str | None, source_ids: pd.Series | None) -> list[Problem]:
    problems: list[Problem] = []
    ids = frame["incident_id"]
    refs = frame["responds_to"]
    given = np.flatnonzero(refs.notna().to_numpy())
    known = set(ids.dropna()) if len(given) else set()
    for pos in (p for p in given if refs.iat[p] not in known):
        hint = closest(refs.iat[pos], sorted(known))
        guess = f"; did you mean {hint!r}?" if hint else ""
        problems.append(Problem(path, int(pos) + 1, "responds_to", raw["responds_to"].iat[pos],
                                f"the incident_id of another incident in this table{guess}"))
    problems += _cycle_problems(ids, refs, raw, path)
    if source_ids is None and "sources" in raw and frame["sources"].notna().any():
        log.warning("%s lists sources but no sources table was given or found beside it; "
                    "source ids were not checked", path or "the input")
    if source_ids is not None and "sources" in raw:
        known_sources = sorted({str(v).strip() for v in source_ids.dropna()})
        known_set = set(known_sources)
        codes, lists = factorize_cells(frame["sources"])
        for k, cell in enumerate(lists):
            bad = [v.strip() for v in cell.split(";") if v.strip() and v.strip() not in known_set]
            for pos in np.flatnonzero(codes == k) if bad else ():
                for value in bad:
                    hint = closest(value, known_sources)
                    guess = f"did you mean {hint!r}? " if hint else ""
                    problems.append(Problem(path, int(pos) + 1, "sources", value,
                                            f"a source_id of the sources table; {guess}known: {', '.join(known_sources)}"))
    return problems


def _cycle_problems(ids: pd.Series, refs: pd.Series, raw: pd.DataFrame, path: str | None) -> list[Problem]:
    """``responds_to`` chains that come back to where they started: an incident cannot answer itself."""
    given = np.flatnonzero(refs.notna().to_numpy())
    if not len(given):
        return []
    row_of: dict[str, int] = {}
    for pos, i in enumerate(ids.tolist()):
        if isinstance(i, str):
            row_of.setdefault(i, pos)  # duplicate ids are reported by the id check
    answers = {ids.iat[p]: refs.iat[p] for p in given.tolist() if isinstance(ids.iat[p], str)}
    problems: list[Problem] = []
    done: set[str] = set()
    for start in answers:
        chain: list[str] = []
        on_chain: set[str] = set()
        node: Any = start
        while node in answers and node not in done and node not in on_chain:
            chain.append(node)
            on_chain.add(node)
            node = answers[node]
        if node in on_chain:
            cycle = chain[chain.index(node):]
            shown = " → ".join(repr(i) for i in [*cycle, node])
            for member in sorted(cycle, key=row_of.__getitem__):
                pos = row_of[member]
                what = (f"the incident_id of another incident; {member!r} names itself" if len(cycle) == 1 else
                        f"an incident that does not answer this one in turn; responds_to forms a cycle {shown}")
                problems.append(Problem(path, pos + 1, "responds_to", raw["responds_to"].iat[pos], what))
        done.update(chain)
    return problems


def _side_problems(
    src: pd.DataFrame | None, src_path: str | None, clm: pd.DataFrame | None, clm_path: str | None, frame: pd.DataFrame
) -> tuple[pd.DataFrame, pd.DataFrame, list[Problem]]:
    problems: list[Problem] = []
    if src is None:
        sources = pd.DataFrame({c: pd.Series(dtype=object) for c in SOURCE_COLUMNS})
    else:
        problems += _require(src, src_path, ("source_id",), "sources")
        sources = src.reindex(columns=list(SOURCE_COLUMNS) + [c for c in src.columns if c not in SOURCE_COLUMNS])
        sources = sources.astype(object).where(sources.notna(), None)
        sid = sources["source_id"].str.strip()
        for pos in np.flatnonzero(sid.duplicated().to_numpy() & sid.notna().to_numpy()):
            problems.append(Problem(src_path, int(pos) + 1, "source_id", sid.iat[pos], "a unique source_id"))
        sources["source_id"] = sid
    if clm is None:
        claims = pd.DataFrame({c: pd.Series(dtype=object) for c in CLAIM_COLUMNS})
        return sources, claims, problems
    problems += _require(clm, clm_path, CLAIM_COLUMNS[:3], "claims")
    claims = clm.reindex(columns=list(CLAIM_COLUMNS) + [c for c in clm.columns if c not in CLAIM_COLUMNS])
    claims = claims.astype(object).where(claims.notna(), None)
    for c in ("incident_id", "source_id"):
        claims[c] = claims[c].str.strip()
    status, bad = parse_vocab(claims["status"], "status")
    for pos in np.flatnonzero(bad.to_numpy()):
        problems.append(Problem(clm_path, int(pos) + 1, "status", clm["status"].iat[pos],
                                f"a claim status, one of: {', '.join(STATUSES)}"))
    claims["status"] = status
    checks = [("incident_id", frame["incident_id"], "an incident_id of the incidents table")]
    if src is not None:
        checks.append(("source_id", sources["source_id"], "a source_id of the sources table"))
    for column, known, what in checks:
        values = claims[column]
        unknown = np.flatnonzero((values.notna() & ~values.isin(known.dropna())).to_numpy())
        choices = sorted(set(known.dropna())) if len(unknown) else []
        for pos in unknown:
            hint = closest(values.iat[pos], choices)
            guess = f"; did you mean {hint!r}?" if hint else ""
            problems.append(Problem(clm_path, int(pos) + 1, column, values.iat[pos], f"{what}{guess}"))
    for column in ("incident_id", "source_id", "status"):
        if column in clm:
            for pos in np.flatnonzero(clm[column].isna().to_numpy()):
                problems.append(Problem(clm_path, int(pos) + 1, column, None, f"{column} is required in every claim"))
    return sources, claims, problems


def _require(table: pd.DataFrame, path: str | None, columns: tuple[str, ...], what: str) -> list[Problem]:
    if len(table) == 0 and len(table.columns) == 0:
        return []  # an empty list of sources or claims (JSON []) has no columns to check
    return [
        Problem(path, None, c, None, f"a column named {c!r} in the {what} table (columns: {', '.join(columns)})")
        for c in columns
        if c not in table.columns
    ]


# --- progress ---------------------------------------------------------------


class _Progress:
    """A one-line stage bar on stderr (no dependency): ``loading x.csv [####......] 2/6 parse``."""

    def __init__(self, total: int, *, label: str, enabled: bool | None, stream: Any = None) -> None:
        self.total, self.label, self.done = total, label, 0
        self.stream = stream if stream is not None else sys.stderr
        self.enabled = enabled
        self.rows = 0

    def set_rows(self, rows: int) -> None:
        self.rows = rows
        if self.enabled is None:
            isatty = getattr(self.stream, "isatty", lambda: False)
            self.enabled = bool(isatty()) and rows >= _AUTO_PROGRESS_ROWS

    def step(self, name: str) -> None:
        self.done += 1
        if self.enabled:
            width = 20
            filled = width * self.done // self.total
            bar = "#" * filled + "." * (width - filled)
            self.stream.write(f"\rloading {self.label} ({self.rows:,} rows) [{bar}] {self.done}/{self.total} {name:<9}")
            self.stream.flush()

    def close(self) -> None:
        if self.enabled:
            self.stream.write("\n")
            self.stream.flush()
