"""A district told beside its seat on one day (session 43), on sentences written for these tests.

"US air strikes targeted sites in the Albu Kamal and Mayadin districts early on Friday. The aircraft struck sites in
the city of Albu Kamal and the town of Mayadin": the district whose point the gazetteer took from its seat ("seat:
Albu Kamal") and that seat name one place twice on that day; one draft each, at the town. A place near the seat told as
one of a series across the district stays apart (test_unseen_kinds_n12).
"""
from __future__ import annotations

import pytest

from geoincidents import extract_report
from geoincidents.extract.nesting import seat_of


def targets(text: str) -> list[str]:
    return list(extract_report(text, published="2024-02-03").incidents["target_place_id"])


@pytest.mark.parametrize("text", [
    "US air strikes targeted sites in the Albu Kamal and Mayadin districts early on Friday. The aircraft struck sites "
    "in the city of Albu Kamal and the town of Mayadin.",
    "استشهد عدد من المدنيين جراء عدوان جوي أمريكي استهدف فجر اليوم عدة مواقع في منطقتي البوكمال والميادين. وشنت "
    "طائرات العدو الأمريكي غارات على مواقع في مدينة البوكمال وبلدة الميادين.",
])
def test_a_district_and_its_seat_on_one_day_are_one_draft(text: str) -> None:
    assert targets(text) == ["sy-albu-kamal", "sy-mayadin"]


def test_the_seat_is_read_off_the_districts_point(gazetteer) -> None:
    district, seat, other = (gazetteer.get(i) for i in ("sy-dist-albu-kamal", "sy-albu-kamal", "sy-mayadin"))
    assert seat_of(district, seat)
    assert not seat_of(district, other)
    assert not seat_of(seat, district)
