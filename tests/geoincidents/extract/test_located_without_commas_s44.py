"""A site followed by a word of lying with no commas ("قاعدة في تل بيدر الواقعة غربي مدينة الحسكة" 'a base in Tal Baydar
located west of the city of Hasakah'): the site is the target, the places after where it lies (session 44), on
sentences written for these tests."""
from __future__ import annotations

import pytest

from geoincidents import extract_report


@pytest.mark.parametrize("text", [
    "هاجمت طائرتان مسيّرتان يوم الجمعة قاعدة أمريكية في تل بيدر الواقعة غربي مدينة الحسكة شمال شرقي سوريا.",
    "A drone hit a base in Tal Baydar located west of the city of Hasakah on Friday.",
])
def test_the_site_before_where_it_lies_is_the_target(text: str) -> None:
    rows = extract_report(text, published="2023-11-18")
    assert rows.incidents["target_place_id"].tolist() == ["sy-tal-baydar-base"]
    roles = dict(zip(rows.places["place_id"], rows.places["role"]))
    assert roles["sy-hasakah"] == "context"


def test_a_second_place_after_another_word_keeps_its_role() -> None:
    # "and" opens another target, no part of where the first lies
    rows = extract_report("Drones hit a base in Tal Baydar and the Conoco field on Friday.", published="2023-11-18")
    assert set(rows.incidents["target_place_id"]) == {"sy-tal-baydar-base", "sy-conoco-gas-field-base"}
