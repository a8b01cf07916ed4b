"""Hebrew days and the story of fire told in a clause hung on another (session 45), on sentences written for these
tests.

* "במוצאי שבת" (Saturday evening) and "בשבת" are Saturday; "השבת השחורה" (the Black Sabbath, 7 October 2023) is no
  day of the report's week;
* "בתגובה לשיגור רקטות מסוריה" ('in response to the launch of rockets from Syria'): the launch, with its prefixed
  noun, is fire of its own day;
* fire told after a colon that hangs it on another clause keeps its day for the interception and the hit told next
  ("... came two days after the heaviest barrage: on Thursday 34 rockets were fired. 25 were intercepted. In Shlomi a
  house was hit").
"""
from __future__ import annotations

from datetime import date

import pytest

from geoincidents import extract_report
from geoincidents.extract.analyse import split_sentences
from geoincidents.extract.dates import find_dates


def days(text: str, published: str = "2023-04-09") -> list[date]:
    return [d.date for s in split_sentences(text) for d in find_dates(s.tokens, published=date.fromisoformat(published))]


@pytest.mark.parametrize("text", ["במוצאי שבת שוגרו רקטות.", "במוצאי השבת שוגרו רקטות.", "בשבת שוגרו רקטות."])
def test_saturday_in_hebrew(text: str) -> None:
    assert days(text) == [date(2023, 4, 8)]


def test_the_black_sabbath_is_no_day_of_the_week() -> None:
    assert days("מאז השבת השחורה שוגרו רקטות רבות.") == []


def test_a_launch_told_in_response_is_fire_of_its_own_day() -> None:
    text = ("מטוסי קרב של חיל האוויר תקפו הלילה מטרות של הצבא הסורי בדרום סוריה. התקיפה באה בתגובה לשיגור רקטות "
            "מסוריה לעבר רמת הגולן במוצאי השבת.")
    rows = extract_report(text, published="2023-04-09").incidents
    fire = rows[rows.event_type == "rocket_attack"]
    assert list(zip(fire.date.astype(str), fire.target_place_id, fire.launch_place_id)) == [
        ("2023-04-08", "il-golan-heights", "cc-sy")]


def test_the_hit_after_an_interception_keeps_the_hung_fires_day() -> None:
    text = ("מטוסי קרב תקפו הלילה מטרות בדרום סוריה. הירי מסוריה הגיע יומיים אחרי המטח הכבד ביותר מלבנון: ביום חמישי "
            "שוגרו 34 רקטות מדרום לבנון לעבר הגליל המערבי. 25 מהן יורטו. בשלומי נפגעו בית ורכבים.")
    rows = extract_report(text, published="2023-04-09").incidents
    shlomi = rows[rows.target_place_id == "il-shlomi"]
    assert list(shlomi.date.astype(str)) == ["2023-04-06"]
    # (fired "מדרום לבנון" 'from southern Lebanon': since session 59 the bearing that holds "from" after a verb of
    # firing is read as the launch, the South Lebanon region; before, only the country "from Lebanon" told earlier)
    assert list(shlomi.launch_place_id) == ["lb-south-lebanon"]
