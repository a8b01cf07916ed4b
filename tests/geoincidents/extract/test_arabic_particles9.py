"""Arabic particles joined to the descriptor that opens a name, or to a two-letter word a name begins with (the ar40
check of Arabic spellings, ``tests/gazetteer/test_arabic_spellings9.py``).

A joined و, ب, ل or ف was cut only from a word that, as written, is no word of the gazetteer's names, and only when what
it left was one, three letters or more: "ومطار بغداد" was read as Baghdad (مطار is a descriptor, no name's word),
"بمنشأة نطنز" as the town of Natanz, "وتل أبيب" as nothing (تل has two letters), "بحضرموت" as nothing (it is a word
of a name as written); and the longest particle went first, so "وبابل" lost وب and left إبل (Ibl al-Saqi's word). The
sentences are our own, written for these tests.
"""
from __future__ import annotations

import pytest

from geoincidents.extract import extract_report, particles
from tests.geoincidents.extract.conftest import assert_one_mention


def places(text, gazetteer):
    return extract_report(text, gazetteer=gazetteer, published="2024-02-03").places


@pytest.mark.parametrize("text, mention, place_id", [
    # a particle joined to the descriptor: the site, not its town (the mention leaves the descriptor out)
    ("سقطت طائرة مسيرة بمطار بغداد فجر الثلاثاء.", "بغداد", "iq-baghdad-international-airport"),
    ("استهدفت الصواريخ حيفا ومطار بن غوريون.", "بن غوريون", "il-ben-gurion-airport"),
    ("قصفت الطائرات موقعا قرب أصفهان ومنشأة نطنز.", "نطنز", "ir-natanz-enrichment-plant"),
    ("وقع انفجار بحقل الرميلة مساء الجمعة.", "الرميلة", "iq-rumaila-oil-field"),
    ("حلقت طائرة فوق الموصل وسد الموصل.", "سد الموصل", "iq-mosul-dam"),
    ("أغلقت السلطات المعبر ومنفذ القائم.", "القائم", "iq-al-qaim-crossing"),
    ("اعترضت الدفاعات صاروخا أطلق على دمشق ومطار حلب.", "حلب", "sy-aleppo-international-airport"),
    # a particle joined to a two-letter word a name begins with
    ("سقطت صواريخ على حيفا وتل أبيب ليلا.", "تل أبيب", "il-tel-aviv"),
    ("دوت صفارات الإنذار بتل أبيب صباحا.", "تل أبيب", "il-tel-aviv"),
    ("انتشرت القوات في البصرة وشط العرب.", "شط العرب", "iq-shatt-al-arab"),
    ("امتدت الاحتجاجات إلى بغداد وذي قار.", "ذي قار", "iq-gov-dhi-qar"),
    ("قصفت المدفعية الرقة وتل أبيض.", "تل أبيض", "sy-tell-abyad"),
    # the shortest particle first: و and the name, not وب and another
    ("امتدت الاحتجاجات إلى كربلاء وبابل.", "بابل", "iq-gov-babil"),
    ("سقطت قذيفة في شيراز وكرمان.", "كرمان", "ir-kerman"),
])
def test_a_joined_particle_leaves_the_whole_name(gazetteer, text, mention, place_id):
    assert_one_mention(text, places(text, gazetteer), mention, place_id)


@pytest.mark.parametrize("text, mention, place_id", [
    # spellings of the check, now aliases of their rows, read in running text
    ("سقطت صواريخ على كريات شمونا وكرمئيل.", "كرمئيل", "il-karmiel"),
    ("أعلن الحزب استهداف قاعدة نفاطيم بصواريخ.", "نفاطيم", "il-nevatim-air-base"),
    ("قصفت المقاومة قاعدة رامات دافيد شرق حيفا.", "رامات دافيد", "il-ramat-david-air-base"),
    ("تعرضت كوباني لقصف مدفعي مساء الأحد.", "كوباني", "sy-kobani"),
    ("دوت انفجارات في هولير ليلا.", "هولير", "iq-erbil"),
    ("استهدفت مسيرة مخيم الهول شرق الحسكة.", "الهول", "sy-al-hawl"),
    ("قصفت المدفعية وادي السلوقي وأطراف حولا.", "وادي السلوقي", "lb-wadi-saluki"),
    ("شنت الطائرات غارات على جبل الريحان.", "جبل الريحان", "lb-jabal-al-rihan"),
])
def test_the_spellings_added_are_read_in_running_text(gazetteer, text, mention, place_id):
    found = places(text, gazetteer)
    row = found[found["place_id"] == place_id]
    assert len(row) == 1, found[["mention", "place_id"]].to_dict("records")
    assert mention in row.iloc[0]["mention"]


@pytest.mark.parametrize("text, absent_place", [
    # the words kept out name nothing in running text
    ("واصل الجيش التقدم نحو المدينة.", "iq-al-taqaddum-air-base"),
    ("قال رجل مجنون إنه رأى الطائرة.", "iq-majnoon-oil-field"),
    ("اجتمع رفيق الحريري بالوفد أمس.", "lb-beirut-airport"),
    ("فاز التيم بالمباراة يوم الأحد.", "sy-tayyem-oil-field"),
])
def test_words_kept_out_name_no_place(gazetteer, text, absent_place):
    assert absent_place not in set(places(text, gazetteer)["place_id"])


def test_the_short_stems_a_particle_may_leave():
    known = {"تل", "ام", "قم", "في"}.__contains__
    assert particles.particle_length("وتل", known) == 1
    assert particles.particle_length("بام", known) == 1
    # two letters that begin no name are never left: "وفي" is 'and in', "وقم" stays whole
    assert particles.particle_length("وفي", known) == 0
    assert particles.particle_length("وقم", known) == 0
    # the shortest particle first
    assert particles.particle_length("وبابل", {"بابل", "ابل"}.__contains__) == 1


@pytest.mark.parametrize("text, mention, place_id", [
    # a word that is a word of some name as written ("بحضرموت", "وبني", "بأم"), when no name starts at it whole
    ("سقطت قذيفة بحضرموت صباح الثلاثاء.", "حضرموت", "ye-gov-hadramawt"),
    ("استهدفت الغارات صنعاء وبني حشيش.", "بني حشيش", "ye-bani-hushaysh"),
    ("سقطت صواريخ على حيفا وبني براك.", "بني براك", "il-bnei-brak"),
    ("رست سفينة بأم قصر مساء الأحد.", "أم قصر", "iq-umm-qasr"),
])
def test_a_word_of_names_with_a_particle_is_cut_when_no_name_starts_at_it(gazetteer, text, mention, place_id):
    assert_one_mention(text, places(text, gazetteer), mention, place_id)
