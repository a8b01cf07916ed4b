"""A headline's missile fire at a whole country ("Iran launches second wave of missile attacks on Israel") over a
body that drafts only places in that country on its day is an incident of its own beside them, as the body's own
"Iran fired about 180 missiles at Israel" is (``drafts._headline_country_wave``). Strikes and drones whose headline
names a country ("US strikes in Syria", "Drones attack US base in Syria") name where a site lies, and stay absorbed.

Why: development set d101 (session 38), a Persian report of the second Iranian wave of 14 June 2025: the wave at
Israel had been absorbed into the Tel Aviv and Rishon LeZion drafts. Sentences written for these tests.
"""
from __future__ import annotations

from geoincidents import extract_report


def _drafts(text: str, published: str) -> list[tuple[str, str, str]]:
    got = extract_report(text, published=published).incidents
    return sorted(zip(got["date"], got["event_type"], got["target_place_id"]))


def test_a_headline_wave_at_a_country_beside_its_hits() -> None:
    text = ("Iran launches second wave of missile attacks on Israel\n\n"
            "Iranian missiles struck a building in Tel Aviv and another in Rishon Lezion early on Saturday.")
    assert _drafts(text, "2025-06-14") == [("2025-06-14", "missile_attack", "cc-il"),
                                           ("2025-06-14", "missile_attack", "il-rishon-lezion"),
                                           ("2025-06-14", "missile_attack", "il-tel-aviv")]


def test_a_headline_strike_in_a_country_names_where_the_sites_lie() -> None:
    text = ("US strikes Iran-backed militias in Syria\n\n"
            "US jets struck two facilities near Abu Kamal on Sunday, the Pentagon said.")
    assert [t for _, _, t in _drafts(text, "2023-11-13")] == ["sy-albu-kamal"]
