"""Roles of session 48, on sentences written for these tests: where the body that speaks is, told before its verb of
saying (English "the counter-terrorism service in the Kurdistan Region said ...", Arabic "... في إقليم كردستان أن ..."
before the "that" of the verb), is no place hit; the place the fire hit, told after, stays the target."""
from __future__ import annotations

import pytest

from geoincidents.extract import extract_report

PUBLISHED = "2023-11-10"


def roles(text, gazetteer):
    found = extract_report(text, gazetteer=gazetteer, published=PUBLISHED)
    return dict(zip(found.places["place_id"], found.places["role"])), set(found.incidents["target_place_id"])


@pytest.mark.parametrize("text", [
    "The counter-terrorism service in the Kurdistan Region said a drone struck a former coalition base in Harir.",
    "The security directorate in the Kurdistan Region said a drone had struck Harir base at 19:15 local time.",
    "ذكر جهاز مكافحة الإرهاب في إقليم كردستان أن طائرة مسيّرة ضربت عند الساعة 19:15 بالتوقيت المحلي قاعدة حرير.",
    "وأفادت مديرية الأمن في إقليم كردستان بأن طائرة مسيرة استهدفت عند الساعة السابعة مساء قاعدة حرير الجوية.",
])
def test_where_a_speaking_body_is_is_no_place_hit(text, gazetteer):
    found, targets = roles(text, gazetteer)
    assert found["iq-kurdistan-region"] == "context"
    assert targets == {"iq-harir-air-base"}


def test_a_place_the_speakers_alone_name_stays_the_place_hit(gazetteer):
    # (no other place after the verb: the police speak of their own city)
    found, targets = roles("Police in Haifa said two rockets hit the city on Monday.", gazetteer)
    assert found["il-haifa"] == "target" and targets == {"il-haifa"}


def incident(text, gazetteer, published="2022-11-14"):
    found = extract_report(text, gazetteer=gazetteer, published=published).incidents
    assert len(found) == 1, found
    return found.iloc[0]


@pytest.mark.parametrize("text, launch, target", [
    ("Iranian artillery stationed in Piranshahr shelled villages in the Kurdistan Region on Monday.",
     "ir-piranshahr", "iq-kurdistan-region"),
    ("هم‌زمان، توپخانه سپاه مستقر در اشنویه در استان آذربایجان غربی مقرهای حزب را در اقلیم کردستان گلوله‌باران کرد.",
     "ir-oshnaviyeh", "iq-kurdistan-region"),
])
def test_where_a_force_is_stationed_is_where_its_fire_came_from(text, launch, target, gazetteer):
    found = incident(text, gazetteer)
    assert (found["launch_place_id"], found["target_place_id"]) == (launch, target)


@pytest.mark.parametrize("text, target", [
    ("US troops stationed at al-Tanf were attacked by two drones on Monday.", "sy-al-tanf-garrison"),
    ("US forces stationed in Syria came under rocket fire on Monday.", "cc-sy"),
])
def test_where_a_force_attacked_is_stationed_stays_the_place_hit(text, target, gazetteer):
    found = incident(text, gazetteer)
    assert (found["launch_place_id"], found["target_place_id"]) == (None, target)


@pytest.mark.parametrize("text", [
    "US troops at al-Tanf were attacked by drones on Monday.",
    "US troops stationed at al-Tanf were attacked by two drones on Monday.",
])
def test_a_force_attacked_by_the_weapon_is_the_side_hit(text, gazetteer):
    # (cues.passive_subject: the "by" whose agent is the event word itself, not the force's own strike)
    found = incident(text, gazetteer)
    assert (found["event_type"], found["actor"], found["target_actor"]) == ("drone_attack", None, "US forces")


@pytest.mark.parametrize("text, event_type, actor", [
    ("A drone believed to be Turkish struck the Makhmour refugee camp on Monday, killing one man.",
     "drone_strike", "Turkey"),
    ("Une frappe de drone attribuée à la Turquie a visé une voiture à Sinjar lundi.", "drone_strike", "Turkey"),
    # (a group blamed: its attack, not a state's strike)
    ("A drone strike blamed on the Houthis hit Eilat on Monday.", "drone_attack", "Houthis"),
])
def test_the_actor_a_report_blames_fired(text, event_type, actor, gazetteer):
    # (cues.blamed_on: "believed to be", "blamed on", "attribuée à" before the actor)
    found = incident(text, gazetteer)
    assert (found["event_type"], found["actor"]) == (event_type, actor)


def test_a_drone_with_no_one_blamed_keeps_no_actor(gazetteer):
    found = incident("A drone struck the Makhmour refugee camp on Monday, killing one man.", gazetteer)
    assert (found["event_type"], found["actor"]) == ("drone_attack", None)
