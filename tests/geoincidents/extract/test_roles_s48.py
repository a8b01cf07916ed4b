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
