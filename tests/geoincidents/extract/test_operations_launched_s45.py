"""An operation launched in Turkish and a lead dated by the placeless sentence after it (session 45), on sentences
written for these tests.

"Pençe-Kilit Operasyonu başlatıldı" ('the Claw-Lock operation was launched'): as "operasyonu düzenlendi", the Turkish
operations on the PKK in Iraq open with air strikes. The lead that names the regions is undated; the next sentence
("it began last night with an intense air operation") names no place and dates it.
"""
from __future__ import annotations

from geoincidents import extract_report


def rows(text: str, published: str = "2022-04-18") -> list[tuple[str, str, str]]:
    found = extract_report(text, published=published).incidents
    return sorted(zip(found["date"].astype(str), found["event_type"], found["target_place_id"]))


def test_an_operation_launched_in_regions_dated_by_the_next_sentence() -> None:
    text = ("Milli Savunma Bakanı, Irak'ın kuzeyindeki Metina ve Zap bölgelerinde PKK'ya yönelik Pençe-Kilit "
            "Operasyonu'nun başlatıldığını açıkladı. Bakan, harekâtın dün gece saatlerinde yoğun bir hava harekâtıyla "
            "başladığını söyledi.")
    assert rows(text) == [("2022-04-17", "air_strike", "iq-metina"), ("2022-04-17", "air_strike", "iq-zap-region")]


def test_operations_launched_a_year_before() -> None:
    text = "Türk Silahlı Kuvvetleri, geçen yıl 23 Nisan'da Metina bölgesinde Pençe-Şimşek operasyonlarını başlatmıştı."
    assert rows(text) == [("2021-04-23", "air_strike", "iq-metina")]


def test_an_english_lead_dated_by_a_placeless_sentence_after_it() -> None:
    text = "Turkey said it launched an air operation in the Metina region. It began last night with intense air strikes."
    assert rows(text) == [("2022-04-17", "air_strike", "iq-metina")]
