"""Events no draft was made for (issue 9, helper ext40e): the event an aside says set off what the sentence tells
("the Gaza war, triggered by the attack on Israel on Oct. 7") is an earlier event of its own clause, read even
when the clause before it counts many attacks."""
from __future__ import annotations

from geoincidents.extract import extract_report


def drafts(text, gazetteer, published):
    found = extract_report(text, published=published, gazetteer=gazetteer).incidents
    return [(row.date, row.event_type, row.target_place_id) for row in found.itertuples()]


def test_the_event_a_war_was_triggered_by_is_an_event_of_its_own(gazetteer):
    found = drafts("The raid on Hodeidah, which the army said came after more than 200 Houthi attacks on Israel, "
                   "deepened worries that the Gaza war, triggered by the Hamas-led attack on Israel on Oct. 7, might "
                   "widen.", gazetteer, "2024-07-21")
    assert ("2023-10-07", "other", "cc-il") in found
    assert ("2024-07-21", "air_strike", "ye-hodeidah") in found


def test_its_arch_foe_is_the_country_named_before_that_did_not_fire(gazetteer):
    found = drafts("Israel promised a response after 13 April, when Iran sent some 300 drones and missiles in its first "
                   "direct attack on its arch-enemy.", gazetteer, "2024-04-19")
    assert [f[2] for f in found if f[0] == "2024-04-13"] == ["cc-il"]


def test_its_arch_foe_is_never_the_side_that_fired(gazetteer):
    found = drafts("Iran said on Monday that it had fired missiles at its arch-foe on Sunday.", gazetteer, "2024-04-15")
    assert "cc-ir" not in [f[2] for f in found]


def mentions(text, gazetteer, published="2024-09-09"):
    found = extract_report(text, published=published, gazetteer=gazetteer).places
    return [(row.mention, row.place_id) for row in found.itertuples()]


def test_a_states_embassy_in_another_town_is_not_the_one_held(gazetteer):
    got = mentions("Crowds gathered outside Iran's embassy in Baghdad on Monday.", gazetteer)
    assert "sy-iranian-embassy-damascus" not in [m[1] for m in got]
    assert ("Baghdad", "iq-baghdad") in got
