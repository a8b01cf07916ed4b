"""Arabic "the occupation" (الاحتلال) alone is Israel's forces, as Lebanese and Palestinian media write it.

Texts written for these tests, in our own words, on the pattern of Lebanese media of 2024.
"""
from __future__ import annotations

import pytest

from geoincidents.extract import extract_report


def drafts(text, gazetteer, published="2025-06-15"):
    found = extract_report(text, gazetteer=gazetteer, published=published).incidents
    return sorted(zip(found["target_place_id"], found["event_type"]))


def test_the_occupation_is_israel(gazetteer):
    found = extract_report("قام الاحتلال اليوم باستهداف بلدة الخيام.", gazetteer=gazetteer,
                           published="2024-10-26").incidents
    assert list(zip(found["target_place_id"], found["actor"])) == [("lb-khiam", "Israel")]


@pytest.mark.parametrize("text, expected", [
    ("أعلنت المقاومة استهداف قاعدة الشدادي في سوريا اليوم.", [("sy-shaddadi-base", "other")]),
    ("أعلنت المقاومة الإسلامية في العراق اليوم استهدافها قاعدة عين الأسد.", [("iq-ain-al-asad-air-base", "other")]),
    ("المقاومة الإسلامية في العراق تستهدف قاعدة الاحتلال الأمريكي في حقل كونيكو بسوريا.",
     [("sy-conoco-gas-field-base", "other")]),
    ("قصفت طائرات أمريكية اليوم مواقع في القائم.", [("iq-al-qaim", "air_strike")]),
    ("قصفت القوات الأمريكية اليوم مواقع في القائم.", [("iq-al-qaim", "air_strike")]),
])
def test_arabic_group_fire_and_us_strikes(text, expected, gazetteer):
    """A group's fire told with the verbal noun or the present tense; the American adjective of a base hit is its
    owner, not who fired; American aircraft in both spellings strike."""
    found = extract_report(text, gazetteer=gazetteer, published="2024-02-01").incidents
    assert sorted(zip(found["target_place_id"], found["event_type"])) == expected


def test_the_houthis_ballistic_missile(gazetteer):
    found = extract_report("أعلنت القوات المسلحة اليمنية استهداف سفينة في البحر الأحمر بصاروخ باليستي.",
                           gazetteer=gazetteer, published="2024-06-12").incidents
    assert list(zip(found["target_place_id"], found["event_type"], found["actor"])) == [
        ("xz-red-sea", "missile_attack", "Houthis")]
