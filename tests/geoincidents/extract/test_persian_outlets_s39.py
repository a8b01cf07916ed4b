"""Persian reports open with their source: "به گزارش سرویس بین الملل خبرگزاری صدا و سیما از بغداد" 'according to
the foreign service of the IRIB news agency, from Baghdad'. The name after an outlet's noun (خبرگزاری, روزنامه,
شبکه) is the outlet, not a place (صدا و سیما is the broadcaster, not its building in Tehran), and the place after
"از" inside that phrase is where the report was filed, not where fire came from; after the phrase's comma "از" is
"from" again.

Why: a Persian report of the November 2025 drone attack on the Khor Mor field drafted the attack on the IRIB
building, launched from Baghdad. Sentences written for these tests.
"""
from __future__ import annotations

from geoincidents import extract_report


def test_the_source_of_the_report_is_no_place_of_the_attack() -> None:
    text = ("به گزارش سرویس بین الملل خبرگزاری صدا و سیما از بغداد، ستاد عملیات مشترک عراق اعلام کرد میدان گازی "
            "کورمور در استان سلیمانیه بامداد پنجشنبه هدف حمله پهپادی قرار گرفت.")
    report = extract_report(text, published="2025-11-27")
    assert "ir-irib-headquarters" not in set(report.places["place_id"])
    assert list(zip(report.incidents["target_place_id"], report.incidents["launch_place_id"])) == [
        ("iq-khor-mor-gas-field", None)]


def test_from_after_the_source_phrase_is_a_launch() -> None:
    report = extract_report("به گزارش خبرگزاری فارس، موشک‌هایی از لبنان به سوی حیفا شلیک شد.", published="2025-11-27")
    assert list(zip(report.incidents["target_place_id"], report.incidents["launch_place_id"])) == [
        ("il-haifa", "cc-lb")]
