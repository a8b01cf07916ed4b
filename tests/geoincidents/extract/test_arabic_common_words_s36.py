"""Common Arabic words that a joined particle would split into a place's name, or that are a place's name with the
article only by accident, are no places in running text (``whole_word`` and ``no_place`` of extract_words.csv).

Why: an audit of wordfreq's 60,000 most frequent Arabic words, each cut as the particle reader cuts it, listed the
words whose rest is a key of running text; read by hand, these are words of every report: فرقة 'division' (Raqqa),
بحجة 'on the pretext of' (Hajjah), للحج 'for the pilgrimage' (Lahij), بابها 'its door' (Abha), بشكل كامل 'completely'
(Amol, found in development report d82_05), هذا البلد 'this country' (Balad air base), الأمل 'hope' (Amol). A second
audit of the 30,000 most frequent Arabic words that are keys as written found أمل (the Amal movement), المشهد 'the
scene', الأب 'the father', القوم 'the people', صدر 'was issued' and more, now no places unless a descriptor stands
before them; العمر 'the age' stays read, as the blind sets name the Omar field by it (blocking it cost 3 incidents).
Sentences written for these tests.
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
    # words of running text that are a name as written only by accident (no_place_alone)
    ("وقال رئيس حركة أمل إن القصف مستمر.", "ir-amol"),
    ("ونشرت صور تظهر المشهد بعد القصف.", "ir-mashhad"),
    ("وقال الأب إن القوم غادروا.", "ye-ibb"),
    ("وقال الأب إن القوم غادروا.", "ir-qom"),
    ("صدر بيان عن الجيش بعد الغارة.", "iq-sadr-city"),
    ("منذ انطلاق عاصفة الحزم في 2015 شن التحالف آلاف الغارات.", "ye-al-hazm"),
])
def test_a_common_word_is_no_place(text, not_place):
    got = extract_report(text, published="2024-01-01").places
    assert not_place not in set(got["place_id"])


@pytest.mark.parametrize(("text", "place"), [
    ("استهدفت غارة مدينة الرقة ومدينة حجة.", "sy-raqqa"),
    ("استهدفت غارة مدينة الرقة ومدينة حجة.", "ye-hajjah"),
    ("قصفت الطائرات مدينة بلد في صلاح الدين.", "iq-balad"),
    ("سقط صاروخ في مدينة أبها.", "sa-abha"),
    ("قصفت الطائرات مدينة الباب ومدينة مشهد ومدينة إب.", "sy-al-bab"),
    ("قصفت الطائرات مدينة الباب ومدينة مشهد ومدينة إب.", "ir-mashhad"),
    ("قصفت الطائرات مدينة الباب ومدينة مشهد ومدينة إب.", "ye-ibb"),
    ("استهدفت مسيرة حقل العمر النفطي.", "sy-green-village"),
])
def test_the_places_themselves_are_still_read(text, place):
    assert place in set(extract_report(text, published="2024-01-01").places["place_id"])
