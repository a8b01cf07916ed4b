"""From report text to draft incidents: an offline geoparser for conflict reports.

    >>> import geoincidents as gi                                        # doctest: +SKIP
    >>> r = gi.extract_report(text, published="2024-04-22")              # doctest: +SKIP
    >>> r.places        # every place mention: offsets, place, role      # doctest: +SKIP
    >>> r.incidents     # draft incidents (load_incidents format) + evidence, confidence  # doctest: +SKIP
    >>> r.to_table()    # an IncidentTable                               # doctest: +SKIP

The steps, one module each: :mod:`.text` (sentences, tokens with offsets),
:mod:`.mentions` (gazetteer-backed longest match of place names),
:mod:`.dates` (date expressions anchored to the publication date),
:mod:`.counts` (munitions, casualties, projectiles, clock times),
:mod:`.events` (event type, actors and statuses per clause),
:mod:`.roles` (launch / target / context, and the sense of ambiguous names),
:mod:`.drafts` (one draft per incident, within and across reports),
:mod:`.report` (the public functions), :mod:`.review` (the review page),
:mod:`.evaluate` (scoring against hand annotations). The word lists and cue
tables are data: ``geoincidents/data/extract_*.csv``.
"""
from __future__ import annotations

from geoincidents.extract.report import Report, extract_report, extract_reports

__all__ = ["Report", "extract_report", "extract_reports"]
