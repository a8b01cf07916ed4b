"""Known names inside longer phrases (gazetteer.spans), in the languages outlets write.

``fixtures/report_spellings_phrases.tsv`` holds 64 phrases copied as 2021-2026 reports wrote them
(French, Turkish, Portuguese, Italian, Spanish, German, Persian, Arabic, Sorani and Kurmanji,
Russian, Japanese, Indonesian, English), one row per phrase with the page it was read on: the
tuned half of a list of 128 whose other half was kept aside and scored once, at the end of the
work (issue #7): both halves resolved 25 % right before; after, this half 88 % (4 wrong places),
the held-out half 86 % (7 wrong places). The threshold sits just under what the gazetteer reaches.
"""
from __future__ import annotations

import csv
from pathlib import Path

import pytest
from hypothesis import given, settings, strategies as st

from gazetteer import Gazetteer
from gazetteer.errors import PlaceNotFound
from gazetteer import spans
from gazetteer.spans import lies_in, prepare, word_spans
from tests.gazetteer.placerows import spelling_outcomes

ROWS = list(csv.DictReader((Path(__file__).parent / "fixtures" / "report_spellings_phrases.tsv").open(
    encoding="utf-8"), delimiter="\t"))


@pytest.fixture(scope="module")
def g() -> Gazetteer:
    return Gazetteer.default()


def test_the_phrase_list_is_real_and_varied():
    assert len(ROWS) >= 60 and len({r["expected"] for r in ROWS}) >= 20
    assert all(r["source"].startswith("http") for r in ROWS)


def test_most_report_phrases_resolve_to_the_right_place():
    outcomes = spelling_outcomes(ROWS)
    right = [o for o in outcomes if o[2] in o[1].split("|")]
    wrong = [o for o in outcomes if o[2] is not None and o[2] not in o[1].split("|")]
    assert len(right) / len(outcomes) >= 0.85, [o for o in outcomes if o not in right]
    assert len(wrong) <= 4, wrong


# (phrase, expected id, expected method): the brief's examples of issue #7, in our own selection.
PHRASES = [
    ("la base d'Aïn al-Assad en Irak", "iq-ain-al-asad-air-base", "span"),
    ("a military outpost in Rukban in northeast Jordan", "jo-rukban", "container"),
    ("Haseke iline bağlı Şeddadi ilçesi", "sy-shaddadi", "span"),
    ("A US base at a Conoco gas field in the province of Deir ez-Zur in eastern Syria",
     "sy-conoco-gas-field-base", "span"),
    ("the US military base located in the “Conoco” natural gas field", "sy-conoco-gas-field-base", "alias"),  # "located in" links it
    ("Victory Base at Baghdad airport", "iq-camp-victory", "span"),
    ("قاعدة الاحتلال الأمريكي (حرير) في أربيل شمال العراق", "iq-harir-air-base", "span"),
    # every word around the name is grammar now ('the country' too): the phrase reads whole, the base in its province
    ('قاعدة "عين الأسد" الجوية العسكرية في محافظة الأنبار غربي البلاد', "iq-ain-al-asad-air-base", "alias"),
    # the joined Persian spelling دیرالزور is an alias: the grammar reads the phrase whole
    ("میدان نفتی «کونیکو» واقع در دیرالزور", "sy-conoco-gas-field-base", "alias"),
    ("شهر الشدادی واقع در استان الحسکه", "sy-shaddadi", "alias"),
    ("the Anbar province border city of Qaim", "iq-al-qaim", "span"),
    ("the southern Israeli metropolis of Beersheba", "il-beersheba", "exact"),
    ("the Israeli port city of Haifa", "il-haifa", "exact"),
    ("Damascus’ Mezzah district", "sy-mezzeh", "span"),
    # the bracket gives the former name; the word after it describes the head (the grammar reads it whole)
    ("the Jurf al-Nasr [formerly Jurf al-Sakhr] sector", "iq-jurf-al-sakhar", "alias"),
    ("Firokaxaney Nêwdewletî Hewlêr", "iq-erbil-international-airport", "alias"),
    ("База ВВС в Неватим", "il-nevatim-air-base", "span"),
    ("Haseke'nin Yarubiye beldesinde", "sy-yarubiyah", "span"),
    ("پارێزگای دێرەزووری سووریا", "sy-gov-deir-ez-zor", "span"),  # Sorani ezafe -ی taken off
    # the Syrian capital is read as Damascus (data/capitals.csv), which the phrase places Mezzeh in
    ("the Mezzeh district of the Syrian capital", "sy-mezzeh", "span"),
    ("ハサカ(Hasakeh)", "sy-hasakah", "container"),  # kana and a bracketed Latin name: not mixed scripts
    # German capitalises nouns: a compound ending in a place word is no piece of an unknown name
    ("die israelische Hafenstadt Eilat", "il-eilat", "span"),
    ("der Küstenstadt Eilat im Süden Israels", "il-eilat", "span"),
    # a province of another country than every other name of the phrase is a wrong reading ("Kurdistan": Iran's)
    ("Harir Air Base in Erbil Governorate of the Iraqi Kurdistan Region", "iq-harir-air-base", "span"),
    # Cyrillic х written for h, and Russian case endings
    ("у города Исфахан", "ir-isfahan", "span"),
    ("иранской провинции Исфахан", "ir-gov-isfahan", "span"),
]


@pytest.mark.parametrize(("spelling", "expected"), [("Deyrizor ili", "sy-gov-deir-ez-zor"),
                                                     ("Deirezzor", "sy-deir-ez-zor")])
def test_a_name_written_as_one_word_meets_its_words_by_sound(g, spelling, expected):
    assert g.resolve(spelling).id == expected


@pytest.mark.parametrize(("phrase", "expected", "method"), PHRASES)
def test_a_known_name_inside_a_phrase_is_found(g, phrase, expected, method):
    match = g.resolve(phrase)
    assert (match.id, match.method) == (expected, method)


def test_the_other_names_stay_on_the_match_as_context(g):
    match = g.resolve("A US base at a Conoco gas field in the province of Deir ez-Zur in eastern Syria")
    assert "eastern Syria" in match.qualifiers


# (The Khor Mor gas field, the first example, has been a known site since; an invented field takes its place. So
# have Bani Matar and Bani Hushaysh, Yemeni districts held since strike_sites.csv: invented "Bani" names replace them;
# and Qadir Karam, held since strike_sites6.csv: an invented "Qadir Sarkan" replaces it; and Tahouitet el-Ghadir,
# held since reported_places50.csv: an invented "hill of al-Ghadir", تلة الغدير, replaces it.)
# "Bani" is an alias of Baneh (GeoNames) and "matar" Arabic for airport: neither piece of a name the gazetteer lacks
# is a place. Al-Ghadir, the second half of a Beirut neighbourhood's name, sounded like Gedera.
@pytest.mark.parametrize("phrase", ["Tal Sbeiha", "Khor Dalil gas field", "Qadir Sarkan", "Haifa Street",
                                    "Bani Sharqan district", "the Bani Sharqan area", "Beni Dhaylan airport",
                                    "تلة الغدير"])
def test_a_piece_of_an_unknown_name_is_never_taken_for_a_place(g, phrase):
    with pytest.raises(PlaceNotFound):
        g.resolve(phrase)


# ("Abu Dhabi airport", the first "Abu" example, is a place of its own since reported_places54.csv: the port, which no
# file holds, takes its turn and finds the city.)
@pytest.mark.parametrize(("phrase", "expected"), [("Bani Na'im", "Banī Na‘īm"), ("Abu Dhabi port", "Abu Dhabi"),
                                                  ("Umm Qasr port", "Umm Qasr"), ("مناطق البليدة", "Blida")])
def test_names_opening_with_a_generic_word_still_resolve(g, phrase, expected):
    assert g.resolve(phrase).name == expected


def test_the_word_after_a_name_opener_is_never_a_descriptor():
    from gazetteer.normalize import normalize_parts

    assert normalize_parts("Bani Matar district") == ("bani matar", ("district",))
    assert normalize_parts("Matar Baghdad") == ("baghdad", ("airport",))


def test_an_unknown_name_in_a_known_container_stays_the_container(g):
    # "Palestine" names a country, which does not lie in Baghdad: the container stands for the street.
    match = g.resolve("Palestine Street, Baghdad")
    assert (match.id, match.method) == ("iq-baghdad", "container")


def test_japanese_kana_and_kanji_in_one_word_are_one_script(g):
    # Valid (not mixed scripts), and the base's Japanese name is listed.
    assert g.resolve("ネバティム空軍基地").id == "il-nevatim-air-base"


def test_elisions_quotes_and_glued_endings_are_taken_off():
    assert prepare("l’aéroport d'Erbil") == "aéroport Erbil"
    texts = {s.text for s in word_spans("Haseke'nin Hewlêrê بأربيل")}
    assert {"Haseke", "Hewlêr", "أربيل"} <= texts


def test_lies_in_follows_province_and_distance(g):
    assert lies_in(g.get("sy-shaddadi"), g.get("sy-gov-hasakah"))
    assert lies_in(g.get("iq-jurf-al-sakhar"), g.get("iq-baghdad"))  # 60 km south: "south of Baghdad"
    assert not lies_in(g.get("iq-ain-al-asad-air-base"), g.get("iq-baghdad"))
    assert not lies_in(g.get("sy-gov-hasakah"), g.get("sy-shaddadi"))


@settings(max_examples=40, deadline=None)
@given(st.permutations(["Conoco", "Deir ez-Zor", "Syria"]))
def test_the_choice_does_not_depend_on_the_order_names_are_written(order):
    g = Gazetteer.default()
    assert g.resolve(" gas field in ".join(order)).id == "sy-conoco-gas-field-base"


def test_a_run_opening_on_a_function_word_is_no_name():
    # "of Al-Qaim" sounded like Ofakim in Israel.
    from gazetteer import Gazetteer

    assert Gazetteer.default().resolve("The cities of Al-Qaim").id == "iq-al-qaim"


def test_romanizations_read_kh_as_h_and_drop_russian_case_endings():
    # h first: Russian and Greek write the h of Arabic and Persian names with the letter of kh (Харир is Harir)
    assert spans.romanizations("у Исфахана") == ("u Isfahana", "u Isfakhana", "u Isfakhan", "u Isfahan")
    assert spans.romanizations("Ain al-Asad") == ()  # Latin, Arabic and Hebrew need none
    assert spans.romanizations("Χαΐφα")[0].startswith("Ha")


@pytest.mark.parametrize(("phrase", "expected"), [
    ("באזור התיירותי באילת", "il-eilat"),  # Hebrew ב 'in' joined to the name, 'in the tourist area'
    ("ומחיפה", "il-haifa"),  # 'and from Haifa'
    ("مدينة أصفهان وسط البلاد", "ir-isfahan"),  # 'centre' and 'the country' sounded like Wasit and Balad
    ("مدينة قم بوسط إيران", "ir-qom"),
    ("مبنى شرطة طهران الكبرى", "ir-tehran"),
    ("ناوچەی ئەبووغرێب ی ڕۆژئاوای بەغدا", "iq-abu-ghraib"),  # Sorani 'area of'
])
def test_grammar_words_and_joined_prefixes_of_arabic_hebrew_and_kurdish(g, phrase, expected):
    assert g.resolve(phrase).id == expected


@pytest.mark.parametrize("phrase", ["بنکەی سەربازی ڤیکتۆریای هێزەکانی ئەمریکای", "الأمريكية", "ئەمریکا"])
def test_a_nationality_word_in_arabic_script_never_reaches_the_us_embassy_by_sound(g, phrase):
    try:
        found = g.resolve(phrase).id
    except PlaceNotFound:
        found = None
    assert found != "iq-us-embassy-baghdad"


@pytest.mark.parametrize(("phrase", "expected"), [("the Galilee", "il-gov-northern"), ("Upper Galilee", "il-upper-galilee"),
                                                   ("Sea of Galilee", "il-sea-of-galilee")])
def test_the_galilee_is_israels_northern_district_never_hebron_by_sound(g, phrase, expected):
    # "Galilee" sounded like al-Khalil (Hebron), 150 km south; the region lies in the Northern District, and so do the
    # Upper Galilee (a region of its own: tests/gazetteer/test_regions.py) and the lake (places/waters.csv).
    match = g.resolve(phrase)
    assert (match.id, match.admin1) == (expected, "IL-Z")
