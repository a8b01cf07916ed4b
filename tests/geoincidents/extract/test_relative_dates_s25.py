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
