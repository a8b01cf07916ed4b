"""'Last week', 'last month', 'a month ago', 'a week ago' and 'last night' in the other languages reports come in, as
the English rows of data/extract_dates.csv read them.

Sentences written for these tests, in our own words.
"""
from __future__ import annotations

import pytest

from geoincidents.extract import extract_report

PUBLISHED = "2021-06-06"  # a Sunday


@pytest.mark.parametrize("text, date, precision", [
    ("La base d'Aïn al-Assad a été visée il y a un mois par un drone piégé.", "2021-05-01", "month"),
    ("El mes pasado, drones atacaron la base de Ain al-Asad.", "2021-05-01", "month"),
    ("La semaine dernière, des roquettes ont frappé la base d'Aïn al-Assad.", "2021-05-31", "week"),
    ("قصفت إسرائيل الأسبوع الماضي بلدة الخيام.", "2021-05-31", "week"),
    ("Geçen hafta Türk savaş uçakları Kandil'i bombaladı.", "2021-05-31", "week"),
    ("Şeva bihurî dronekê li Hewlêrê êrîş kir.", "2021-06-05", "day"),
])
def test_relative_dates_in_other_languages(gazetteer, text, date, precision):
    r = extract_report(text, gazetteer=gazetteer, published=PUBLISHED)
    assert list(zip(r.incidents["date"].astype(str), r.incidents["date_precision"])) == [(date, precision)]


@pytest.mark.parametrize("text", [
    "Ce week-end, des frappes ont visé Tartous.",
    "Este fin de semana, ataques alcanzaron Tartus.",
    "Am Wochenende griffen israelische Kampfjets Tartus an.",
    "Hafta sonu Tartus'a hava saldırısı düzenlendi.",
])
def test_the_weekend_in_other_languages(gazetteer, text):
    # a report of Monday 16 December 2024: the weekend just over, its Saturday with its Sunday as the span's end
    r = extract_report(text, gazetteer=gazetteer, published="2024-12-16")
    assert list(zip(r.incidents["date"].astype(str), r.incidents["date_end"].astype(str))) == [
        ("2024-12-14", "2024-12-15")]
