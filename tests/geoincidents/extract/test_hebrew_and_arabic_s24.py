"""Hebrew and Arabic: a Hebrew prefix on a two-letter first word of a name ("בנס ציונה" in Nes Ziona, "בבת ים"), on a
weapon's word ("מטיל איראני" 'from an Iranian missile'); "נפגע" 'was hit'; Fordow and Natanz in Hebrew; Arabic
"هاجم", "مهاجمة" and "بمهاجمة" 'attacked', and "the Zionist entity" as Israel. Sentences written for these tests."""
from __future__ import annotations

import pytest

from geoincidents import extract_report


def _drafts(text: str, published: str = "2025-06-22") -> list[tuple[str, str, str]]:
    got = extract_report(text, published=published).incidents
    return list(zip(got["event_type"], got["target_place_id"], got["actor"].fillna("")))


def test_a_hebrew_prefix_on_a_two_letter_first_word():
    got = extract_report("בנס ציונה ובבת ים נפצעו אנשים הבוקר.", published="2025-06-22").places
    assert list(got["place_id"]) == ["il-nes-ziona", "il-bat-yam"]


def test_a_building_was_hit_by_a_missile():
    assert _drafts("ברמת אביב נפגע בניין מגורים הבוקר מטיל איראני.") == [("missile_attack", "il-ramat-aviv", "")]


def test_fordow_and_natanz_in_hebrew():
    got = extract_report("ארצות הברית תקפה הבוקר את פורדו ואת נתנז.", published="2025-06-22").places
    assert {"ir-fordow-enrichment-plant"} <= set(got["place_id"]) and set(got["place_id"]) & {
        "ir-natanz", "ir-natanz-enrichment-plant"}


@pytest.mark.parametrize("text", [
    "قام الكيان الصهيوني صباح السبت بمهاجمة مراكز عسكرية في محافظات طهران وخوزستان وإيلام.",
    "هاجم العدو الصهيوني صباح السبت مراكز عسكرية في محافظات طهران وخوزستان وإيلام.",
])
def test_arabic_attacked(text):
    assert _drafts(text, "2024-10-27") == [("air_strike", "ir-gov-tehran", "Israel"),
                                            ("air_strike", "ir-gov-khuzestan", "Israel"),
                                            ("air_strike", "ir-gov-ilam", "Israel")]


def test_hebrew_american_planes_struck_the_nuclear_facilities():
    got = extract_report("מטוסים אמריקאים תקפו הבוקר את מתקני הגרעין פורדו, נתנז ואספהאן.", published="2025-06-22")
    drafts = list(zip(got.incidents["event_type"], got.incidents["target_place_id"], got.incidents["actor"]))
    assert drafts[:2] == [("air_strike", "ir-fordow-enrichment-plant", "US forces"),
                          ("air_strike", "ir-natanz-enrichment-plant", "US forces")]
    assert len(drafts) == 3 and drafts[2][1].startswith("ir-isfahan")
