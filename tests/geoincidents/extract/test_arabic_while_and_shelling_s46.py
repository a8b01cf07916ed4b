"""Arabic "فيما" ('while') and artillery shelling told again as "the bombardment" (session 46), on sentences written for
these tests.

"حلّق الطيران الاستطلاعي فوق القرى وصولاً إلى مشارف مدينة صور، فيما تعرّضت بلدة رامية لقصف مدفعي" 'recon planes flew
over the villages up to the edge of Tyre, while Ramyah was shelled by artillery': "فيما" opens a clause of its own, so
Tyre, in the flight's clause, is no target; "وطال القصف أيضاً ..." 'and the bombardment also reached ...' is that
artillery shelling told again, not an air strike.
"""
from __future__ import annotations

from geoincidents import extract_report


def rows(text: str, published: str = "2024-08-17") -> list[tuple[str, str, str]]:
    found = extract_report(text, published=published).incidents
    return sorted(zip(found["date"].astype(str), found["event_type"], found["target_place_id"]))


def test_while_opens_a_clause_of_its_own_and_shelling_keeps_its_type() -> None:
    text = ("حلّق الطيران الاستطلاعي المعادي طوال الليل فوق القرى الحدودية وصولاً إلى مشارف مدينة صور، فيما تعرّضت "
            "بلدة رامية الحدودية لقصف مدفعي عنيف، وطال القصف أيضاً بلدة الطيري.")
    assert rows(text) == [("2024-08-17", "artillery", "lb-ramyah"), ("2024-08-17", "artillery", "lb-tiri")]


def test_a_bombardment_alone_is_still_from_the_air() -> None:
    assert rows("تعرّضت بلدة رامية لقصف عنيف فجر اليوم.") == [("2024-08-17", "air_strike", "lb-ramyah")]


def test_a_states_missile_bombardment_is_its_strike_from_the_air() -> None:
    text = "استهدف قصف صاروخي إسرائيلي في 25 كانون الأول/ديسمبر مواقع في محيط مدينة مصياف."
    assert rows(text, "2021-01-13") == [("2020-12-25", "air_strike", "sy-masyaf")]


def test_rockets_from_lebanon_stay_rockets() -> None:
    assert rows("تعرضت مدينة كريات شمونة لقصف صاروخي من لبنان يوم الاثنين.", "2021-01-13") == [
        ("2021-01-11", "rocket_attack", "il-kiryat-shmona")]
