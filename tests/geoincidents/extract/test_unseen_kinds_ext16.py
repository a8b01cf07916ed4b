"""Kinds of failure seen on a dev set of unseen reports (militia attacks on US bases in Syria, US strikes in Iraq and
Yemen, Turkish drone strikes in the Kurdistan region, Hezbollah-Israel fire): where a date attaches and where a
second incident of the same sentence begins. One test per kind.

Texts are written in our own words with the facts of real reports: the US strikes near Hodeidah of 10 February 2024,
the drone attack at Tower 22 in late January 2024 and the US strikes that answered it, the drone and rocket attacks
on the Conoco and Kharab al-Jir bases of 8 January 2024, and the Hezbollah rockets of 1 August 2024.
"""
from __future__ import annotations

from tests.geoincidents.extract.test_unseen_kinds import rows


def test_a_second_day_after_the_statement_verb_is_the_event_s(gazetteer):
    # "X said on <day> its forces on <other day> struck ...": the first day is when it was said; a day past it is
    # not reached by the verb and dates the strike.
    text = "Central Command said on Monday that on Saturday its jets struck a weapons depot near al-Qaim."
    assert rows(text, "2024-02-05", gazetteer) == [("2024-02-03", "air_strike", "Al-Qa'im")]
    text = "The US military announced on Sunday its forces on Feb. 10 had hit two drone boats near Hodeidah."
    assert [d for d, _, _ in rows(text, "2024-02-11", gazetteer)] == ["2024-02-10"]
    # One day after the verb stays the day it was said when the event has a day of its own before it.
    text = "Two rockets hit the Victory base near Baghdad airport on Friday, officials said on Saturday."
    assert [d for d, _, _ in rows(text, "2024-02-10", gazetteer)] == ["2024-02-09"]
