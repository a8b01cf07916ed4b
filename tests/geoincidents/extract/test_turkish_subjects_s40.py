"""A Turkish country's name that stands for its state: a bare name before a place of another country (it cannot own
it without the genitive), a name after a participle that tells what it did, and a genitive whose first noun is an act
or force of the state even when a place follows. Not: a country before a place of its own, nor a genitive owning a
place.

Why: a development report of session 40 in Turkish read "İsrail" as a place in "İsrail Hudeyde limanını bombaladı",
"... başlatan İsrail, Yemen'i de hedefine aldı" and "İsrail'in hava saldırıları Lübnan'ın güneyinde". Sentences
written for these tests.
"""
from __future__ import annotations

import pytest

from geoincidents import extract_report


def _senses(text: str) -> dict[str, str]:
    report = extract_report(text, published="2025-09-16")
    return dict(zip(report.places["mention"], report.places["sense"]))


@pytest.mark.parametrize("text, name", [
    ("Son dakika: İsrail Hudeyde Limanı'nı vurdu.", "İsrail"),
    ("Türkiye Irak'ın kuzeyine hava harekatı düzenledi.", "Türkiye"),
    ("Lübnan'a saldırı başlatan İsrail, Suriye'yi de hedef aldı.", "İsrail"),
    ("Güneye operasyon düzenleyen İsrail, Gazze'yi yeniden vurdu.", "İsrail"),
    ("İsrail'in hava saldırıları Lübnan'ın güneyinde büyük hasara yol açtı.", "İsrail"),
])
def test_the_state_not_a_place(text: str, name: str) -> None:
    assert _senses(text)[name] == "state"


@pytest.mark.parametrize("text, name", [
    ("Irak Kürdistan Bölgesi'nde bir saldırı oldu.", "Irak"),
    ("Irak'ın Erbil kentinde bir İHA saldırısı oldu.", "Irak"),
    ("İHA'lar Irak'ın kuzeyine düştü.", "Irak"),
])
def test_a_country_holding_its_own_place_stays_a_place(text: str, name: str) -> None:
    assert _senses(text)[name] == "place"


def test_the_place_after_the_state_is_the_target() -> None:
    report = extract_report("Son dakika: İsrail Hudeyde Limanı'nı vurdu.", published="2025-09-16")
    assert list(report.incidents["target_place_id"]) == ["ye-port-of-hodeidah"]
