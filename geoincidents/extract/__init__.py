"""From report text to draft incidents: an offline geoparser for conflict reports.

    >>> import geoincidents as gi
    >>> text = "Drones struck the Ain al-Asad air base in western Iraq on Monday, officials said."
    >>> r = gi.extract_report(text, published="2024-04-22")
    >>> r.places[["mention", "place_id", "role"]].values.tolist()  # every place mention: offsets, place, role
    [['Ain al-Asad air base', 'iq-ain-al-asad-air-base', 'target'], ['Iraq', 'cc-iq', 'context']]
    >>> r.incidents[["date", "event_type", "target_place"]].values.tolist()  # draft incidents + evidence
    [['2024-04-22', 'drone_attack', 'Ain al-Asad Air Base']]
    >>> r.to_table()    # an IncidentTable
    <IncidentTable: 1 incident, 2024-04-22 to 2024-04-22, 0 cross-border, 1 claims>

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
