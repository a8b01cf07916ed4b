"""Invariants of the extractor on any text: it never crashes, offsets point at the mention, drafts load."""
from __future__ import annotations

from pathlib import Path

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from geoincidents.extract import extract_report

WORDS = ["On", "Saturday", "rockets", "were", "fired", "from", "Zummar", "at", "the", "Rumalyn", "base", ",",
         "Ain", "al-Asad", "Air", "Base", "drone", "strike", "in", "Baghdad", "killed", "two", "Islamic",
         "Resistance", "Iraq", "claimed", "denied", "Hasaka", "province", "of", "الحسكة", "yesterday", ".",
         "more", "than", "five", "toward", "Erbil", "hit", "US", "Iran-backed", "Quds", "Force", "Street", "\n"]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=60), st.text(max_size=40))
def test_any_text_gives_consistent_output(gazetteer, words, noise):
    text = " ".join(words) + noise
    # (a one-line string ending in ".txt" is a report's path by the API's contract, "On.TXT" a missing file)
    assume("\n" in text or Path(text).suffix.lower() not in (".txt", ".md", ".text"))
    report = extract_report(text, published="2024-04-22", gazetteer=gazetteer)
    for row in report.places.itertuples():
        assert text[row.start:row.end] == row.mention
        assert row.role in ("launch", "target", "context")
    for row in report.incidents.itertuples():
        assert 0 <= row.confidence <= 1
        for evidence in row.evidence:
            assert text[evidence["start"]:evidence["end"]] == evidence["text"]
    assert set(report.claims["incident_id"]) <= set(report.incidents["incident_id"])
    if len(report.incidents):
        assert len(report.to_table()) == len(report.incidents)
