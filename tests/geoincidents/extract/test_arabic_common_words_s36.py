"""Common Arabic words that a joined particle would split into a place's name, or that are a place's name with the
article only by accident, are no places in running text (``whole_word`` and ``no_place`` of extract_words.csv).

Why: an audit of wordfreq's 60,000 most frequent Arabic words, each cut as the particle reader cuts it, listed the
words whose rest is a key of running text; read by hand, these are words of every report: فرقة 'division' (Raqqa),
بحجة 'on the pretext of' (Hajjah), للحج 'for the pilgrimage' (Lahij), بابها 'its door' (Abha), بشكل كامل 'completely'
(Amol, found in development report d82_05), هذا البلد 'this country' (Balad air base), الأمل 'hope' (Amol). Sentences
written for these tests.
"""
from __future__ import annotations

import pytest

from geoincidents import extract_report


@pytest.mark.parametrize(("text", "not_place"), [
    ("وأكد أن السفينة توقفت بشكل كامل بعد استهدافها في البحر الأحمر.", "ir-amol"),
    ("وقال إن البلد يمر بظروف صعبة بعد القصف.", "iq-balad-air-base"),
    ("وأعرب عن الأمل في وقف القصف على غزة.", "ir-amol"),
    ("وأكدت الفرقة الرابعة أنها صدت الهجوم.", "sy-raqqa"),
    ("واعتقلت القوات عددا من الشبان بحجة الانتماء إلى الجماعة.", "ye-hajjah"),
    ("وأغلق المطار أبوابه أمام رحلات الحج، وفتح بابها لاحقا.", "sa-abha"),
    ("وأضاف أن الورقة المقدمة للحج هذا العام جاهزة.", "ye-lahij"),
])
def test_a_common_word_is_no_place(text, not_place):
    got = extract_report(text, published="2024-01-01").places
    assert not_place not in set(got["place_id"])


@pytest.mark.parametrize(("text", "place"), [
    ("استهدفت غارة مدينة الرقة ومدينة حجة.", "sy-raqqa"),
    ("استهدفت غارة مدينة الرقة ومدينة حجة.", "ye-hajjah"),
    ("قصفت الطائرات مدينة بلد في صلاح الدين.", "iq-balad"),
    ("سقط صاروخ في مدينة أبها.", "sa-abha"),
])
def test_the_places_themselves_are_still_read(text, place):
    assert place in set(extract_report(text, published="2024-01-01").places["place_id"])
