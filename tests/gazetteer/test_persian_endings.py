"""Persian place names that end in -abad ("settlement") or -shahr ("town") are written with a half-space (ZWNJ), a
space or nothing before the ending: "نجف‌آباد", "نجف آباد", "نجفآباد" are one name, Najafabad, and a key joins the
ending to its word (gazetteer.normalize._PERSIAN_ENDINGS). Before this, a report's "نجف‌آباد" was read as Najaf in
Iraq, and "خمینی‌شهر", "شاهین‌شهر" (Isfahan towns hit in June 2025) were not found at all.

Only an ending is joined, and only to a word of three letters or more: "شهر تبریز" is 'the city of Tabriz' and "به شهر"
'to the city', not Behshahr.
"""
from __future__ import annotations

import pytest

from gazetteer import Gazetteer
from gazetteer.normalize import normalize
from geoincidents import extract_report


@pytest.fixture(scope="module")
def gazetteer():
    return Gazetteer.default()


@pytest.mark.parametrize(("forms", "place_id"), [
    (("نجف‌آباد", "نجف آباد", "نجفآباد"), "ir-najafabad"),
    (("خرم‌آباد", "خرم آباد", "خرمآباد"), "ir-khorramabad"),
    (("خمینی‌شهر", "خمینی شهر", "خمینیشهر"), "ir-khomeyni-shahr"),
    (("شاهین‌شهر", "شاهین شهر", "شاهینشهر"), "ir-shahin-shahr"),
    (("اسلام‌آباد غرب", "اسلام آباد غرب"), "ir-eslamabad-e-gharb"),
])
def test_every_way_of_writing_the_ending_is_one_key(gazetteer, forms, place_id):
    assert len({normalize(f) for f in forms}) == 1
    for form in forms:
        assert gazetteer.resolve(form).place.id == place_id, form


def test_a_word_before_a_name_or_after_a_short_word_is_no_ending():
    assert normalize("شهر تبریز") == normalize("تبریز")  # the city of Tabriz: "شهر" before a name is its descriptor
    assert normalize("به شهر") != normalize("بهشهر")  # 'to the city': a word of two letters takes no ending


@pytest.mark.parametrize(("text", "place_ids"), [
    ("اسرائیل به نجف‌آباد حمله کرد.", {"ir-najafabad"}),
    ("اسرائیل به خرم‌آباد حمله کرد.", {"ir-khorramabad"}),
    ("اسرائیل به خمینی‌شهر و شاهین‌شهر حمله کرد.", {"ir-khomeyni-shahr", "ir-shahin-shahr"}),
    ("اسرائیل به شهر تبریز حمله کرد.", {"ir-tabriz"}),
    ("اسرائیل به بوشهر حمله کرد.", {"ir-bushehr"}),
])
def test_reports_find_the_names_with_their_ending(text, place_ids):
    places = extract_report(text, published="2025-06-20").places
    assert set(places["place_id"]) - {"cc-il"} == place_ids
