"""Incidents of session 69, on sentences written for these tests, in my own words, in the manner of the Persian and
English reports of the strikes of June 2025 on East Azerbaijan; written after the failures of the development sets.

A report often counts the places hit and then parts the count among towns: "Of these, five lay around Tabriz, three
in Bostanabad and one in Maragheh". Each town so counted is a target of the fire told before, and the sites named
"also" after them are targets of their own, not one of those towns told again."""
from __future__ import annotations

from tests.geoincidents.extract.conftest import drafts


def _targets(text, published, gazetteer):
    return sorted((str(d), e, t) for d, e, t in drafts(text, published, gazetteer))


def test_a_count_parted_among_towns_in_the_next_sentence(gazetteer):
    text = ("Israeli jets struck nine sites in East Azerbaijan province on Friday. Of these, five lay around Tabriz, "
            "three in Bostanabad and one in Maragheh.")
    assert _targets(text, "2025-06-13", gazetteer) == [("2025-06-13", "air_strike", "ir-bostanabad"),
                                                       ("2025-06-13", "air_strike", "ir-maragheh"),
                                                       ("2025-06-13", "air_strike", "ir-tabriz")]


def test_counted_items_of_one_list_each_a_target(gazetteer):
    # (the middle item, a count after the list's comma, is a target as the last one is)
    text = "Air strikes on Friday hit five sites in Tabriz, three in Bostanabad and one in Maragheh."
    assert [t for _, _, t in _targets(text, "2025-06-13", gazetteer)] == ["ir-bostanabad", "ir-maragheh", "ir-tabriz"]


def test_a_persian_count_parted_among_towns_then_sites_also_hit(gazetteer):
    # 'Israeli air attacks on Friday hit nine points in East Azerbaijan province. Of these, five points were around
    # Tabriz, three points in Bostanabad county and one point in Maragheh county. Tabriz airport was also targeted.'
    text = ("حملات هوایی اسرائیل روز جمعه به ۹ نقطه در استان آذربایجان شرقی اصابت کرد. از این میان پنج نقطه در اطراف "
            "تبریز، سه نقطه در شهرستان بستان‌آباد و یک نقطه در شهرستان مراغه بود. همچنین فرودگاه شهید مدنی تبریز "
            "هدف قرار گرفت.")
    got = {t for _, _, t in _targets(text, "2025-06-13", gazetteer)}
    assert {"ir-tabriz", "ir-bostanabad", "ir-maragheh", "ir-tabriz-airport"} <= got
