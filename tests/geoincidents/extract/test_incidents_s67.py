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


def test_the_site_named_after_the_place_it_was_told_near_is_the_target(gazetteer):
    # ("close to" tells the place the fire came down near, as "near" does; the Victory base lies about 3 km from the
    # airport; the airport told again after is the same attack, though the rockets are counted "the first ... the
    # second")
    text = ("Rockets hit a base housing American troops close to Baghdad International Airport on Tuesday. The "
            "projectiles struck the Victory Base, and nobody was hurt, security sources said. The ministry said two "
            "rockets fell, the first in a garage of the second regiment and the other in an empty yard inside the "
            "airport.")
    got = drafts(text, "2024-10-01", gazetteer)
    assert {(str(d), t) for d, _, t in got} == {("2024-10-01", "iq-camp-victory")}


def test_every_word_for_near_tells_a_target_near(gazetteer):
    from geoincidents.extract import extract_report

    for text in ("Two rockets landed close to the Ain al-Asad air base on Monday.",
                 "Deux roquettes sont tombées lundi près de la base aérienne d'Aïn al-Assad."):
        inc = extract_report(text, published="2024-01-16", gazetteer=gazetteer).incidents
        assert inc[["target_place_id", "target_precision"]].values.tolist() == [["iq-ain-al-asad-air-base", "near"]]


def test_the_day_a_run_of_attacks_began_dates_nothing_after_it(gazetteer):
    text = ("Kataib Hezbollah says five of its members were killed by US strikes in Jurf al-Sakhar, south of Baghdad.\n\n"
            "Those attacks on American forces began on October 17 and are said to answer Washington's support for "
            "Israel.\n\n"
            "According to the officials, US jets went after an operations centre near Jurf al-Sakhar.")
    got = {(str(d), t) for d, _, t in drafts(text, "2023-11-22", gazetteer)}
    assert got == {("2023-11-22", "iq-jurf-al-sakhar")}
