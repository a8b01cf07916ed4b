"""Incidents of session 67, on sentences written for these tests, in my own words, in the manner of the Pentagon's
statements and the wire reports on the US strikes in Syria and Iraq (2023-2024); written after the failures of the
development sets.

"That day" is the day told last, as "that same day" is: a statement of Sunday that says the strikes were carried out
"that day" dates them to Sunday, so a strike the report tells on Thursday is another (d151)."""
from __future__ import annotations

from tests.geoincidents.extract.conftest import drafts


def test_that_day_is_the_day_told_last(gazetteer):
    text = ("The US military has hit more sites in Syria tied to Iran-backed groups, the Pentagon said on Sunday. "
            "The defence secretary said American forces had carried out strikes that day on a training site near the "
            "town of Abu Kamal. On Thursday, two fighter jets bombed a weapons warehouse in Syria.")
    got = {(str(d), t) for d, _, t in drafts(text, "2023-11-13", gazetteer)}
    assert ("2023-11-12", "sy-albu-kamal") in got
    assert ("2023-11-09", "cc-sy") in got
    assert ("2023-11-09", "sy-albu-kamal") not in got


def test_a_force_speaking_of_its_forces_strikes(gazetteer):
    # (the speaker is far before "its forces", past the way it spoke and who relayed it)
    text = ("CENTCOM said in a post on X, according to a local channel, that its forces carried out two precise strikes "
            "on the morning of November 22 against facilities in Iraq.")
    got = drafts(text, "2023-11-23", gazetteer)
    assert [(str(d), t) for d, _, t in got] == [("2023-11-22", "cc-iq")]
    from geoincidents.extract import extract_report

    assert extract_report(text, published="2023-11-23", gazetteer=gazetteer).incidents["actor"].tolist() == ["US forces"]
    # Arabic: "Central Command said in a post ... that its forces carried out, on the morning of 22 November, strikes
    # against two facilities inside Iraq" (the Arabic name of CENTCOM without "American"; the day between the verb
    # and its object)
    text = ("وقالت القيادة الوسطى في منشور على منصتها، بحسب ما نقلته قناة محلية، إن قواتها نفذت صباح يوم 22 تشرين الثاني "
            "ضربات دقيقة ضد منشأتين في العراق.")
    assert [(str(d), t) for d, _, t in drafts(text, "2023-11-23", gazetteer)] == [("2023-11-22", "cc-iq")]
    # (a group's fighters are no state's strikes; nor "its forces" with no one told before them)
    assert drafts("Its forces carried out strikes in Iraq.", "2023-11-23", gazetteer) == []
