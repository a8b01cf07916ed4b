"""A state that opens a sentence by downing fire is no launcher ("Israel intercepted a missile fired from Yemen"):
the sentence-opening state is read as where fire came from only before a verb of firing, and a place the fire came
"from" outranks a state read so (:mod:`geoincidents.extract.roles`, :mod:`geoincidents.extract.analyse`). The drafts
had been launched from Israel. Sentences written for these tests."""
from __future__ import annotations

import pytest

from geoincidents import extract_report


@pytest.mark.parametrize(("sentence", "launch"), [
    ("Israel intercepted a missile fired from Yemen on Tuesday.", "cc-ye"),
    ("Saudi Arabia shot down a drone launched from Yemen on Tuesday.", "cc-ye"),
    ("Israel intercepted a missile fired from Yemen on Tuesday, shortly after Israeli jets struck the port of "
     "Hodeidah.", "cc-ye"),
])
def test_the_launch_is_where_the_fire_came_from(sentence, launch):
    drafts = extract_report(sentence, published="2019-12-29").incidents
    assert launch in set(drafts["launch_place_id"])
    assert not set(drafts["launch_place_id"].dropna()) & {"cc-il", "cc-sa"}


def test_a_state_that_fires_still_launches():
    drafts = extract_report("Iran fired a missile at Israel on Tuesday.", published="2019-12-29").incidents
    assert list(zip(drafts["target_place_id"], drafts["launch_place_id"])) == [("cc-il", "cc-ir")]
