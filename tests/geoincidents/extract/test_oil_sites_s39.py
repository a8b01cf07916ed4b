"""The Khurmala field as reports of the July 2025 drone attacks wrote it: "the Khurmala oil site" (English, "oil
site" a descriptor of a field), "حقل 'خورملة' النفطي" (Arabic, the name in apostrophes after its descriptor, read
through as quotation marks are), "qada petrolê ya Xurmalayê" (Kurmanji: a descriptor of three words with its
linker before the name with its ending). Each is the field, not the town of Khurmala.

Sentences written for these tests.
"""
from __future__ import annotations

import pytest

from geoincidents import extract_report


@pytest.mark.parametrize("text", [
    "Two explosive drones targeted the Khurmala oil site in Erbil province on Monday.",
    "Du dronên bombekirî li ser qada petrolê ya Xurmalayê ketin xwarê.",
    "استهدفت طائرة مسيّرة حقل 'خورملة' النفطي في محافظة أربيل مساء الاثنين.",
])
def test_the_khurmala_field(text: str) -> None:
    report = extract_report(text, published="2025-07-15")
    assert "iq-khurmala-oil-field" in set(report.places["place_id"])
    assert list(report.incidents["target_place_id"]) == ["iq-khurmala-oil-field"]
