"""Direction nouns in Kurmanji, Sorani, German and the other languages of the tables, and a country's territory
or airspace named with its adjective.

A direction noun joined to a country's name ("Bakurê Iraqê" 'the north of Iraq', "باکووری عێراق", "im Norden
Israels", "norte de Israel", "на севере Израиля") is read as its adjective is: the region of the country named after
that compass point when the gazetteer holds one (``data/direction_compass.csv``: Israel's Northern District, South
Lebanon), else the country, the direction kept on ``Match.qualifiers``. The function words around a German or
Romance direction noun ("im", "des", "do") and the Kurmanji "û" between two of them are set aside with it; the
German genitive (after a direction noun only) and the Kurmanji oblique come off the name
(``data/normalize_endings.csv``). Kurds name the four
parts of Kurdistan by the compass point (``data/direction_lands.csv``): "Başûrê Kurdistanê" is the Kurdistan Region,
"Bakurê Kurdistanê" Turkey's Kurdish south-east (Turkey: no region so named is held), "Rojavayê Kurdistanê" Syria's
(Rojava), "Rojhilatê Kurdistanê" Iranian Kurdistan.

A country's territory or airspace named with its adjective ("Israeli territory", "den iranischen Luftraum",
"الأجواء العراقية": ``data/country_adjectives.csv`` and the territory words of ``data/phrase_words.csv``) is the
country, method ``"alias"``, the words kept as qualifiers; with its name ("خاک ایران", "İran hava sahası") the
territory word is a qualifier of the name.

A direction word alone, or a word around the names of a phrase that only sounds like a base, is no place: "Bakurê
Iraqê" had been the Balad air base (its other name al-Bakr heard in 'Bakur'), "Başûrê Kurdistanê" the Harir air base
(its other name Bashur, the folded 'Başûr').
"""
from __future__ import annotations

import pytest

from gazetteer import Gazetteer
from gazetteer.errors import PlaceNotFound
from gazetteer.phrases import territory_country
from gazetteer.phrasewords import compass_of, country_adjectives, direction_land, direction_words
from gazetteer.places import SITE_KINDS


@pytest.fixture(scope="module")
def g() -> Gazetteer:
    return Gazetteer.default()


#: query -> (place id, qualifiers; None where only the place is asked)
CASES = [
    # Kurmanji direction nouns with the ezafe, the name after in the oblique
    ("Bakurê Iraqê", "cc-iq", ("bakure",)),
    ("Başûrê Iraqê", "cc-iq", ("bashure",)),
    ("Rojhilatê Iraqê", "cc-iq", ("rojhilate",)),
    ("Rojavayê Iraqê", "cc-iq", ("rojavaye",)),
    ("Bakurê Sûriyê", "cc-sy", ("bakure",)),
    ("Rojhilatê Sûriyê", "cc-sy", ("rojhilate",)),
    ("Bakur û Rojhilatê Sûriyê", "cc-sy", ("bakur", "u", "rojhilate")),
    ("Bakurê Rojhilatê Sûriyê", "cc-sy", ("bakure rojhilate",)),
    ("Başûrê Libnanê", "lb-south-lebanon", ("bashure",)),
    ("Başûrê Îsraîlê", "cc-il", ("bashure",)),
    ("Bakurê Îsraîlê", "cc-il", ("bakure",)),
    ("Rojavayê Îranê", "cc-ir", ("rojavaye",)),
    ("Başûrê Tirkiyê", "cc-tr", ("bashure",)),
    # the four parts of Kurdistan (data/direction_lands.csv)
    ("Başûrê Kurdistanê", "iq-kurdistan-region", ("bashure",)),
    ("Başûrî Kurdistan", "iq-kurdistan-region", ("bashuri",)),
    ("Bakurê Kurdistanê", "cc-tr", ("bakure", "kurdistan")),
    ("Rojavayê Kurdistanê", "cc-sy", ("rojavaye", "kurdistan")),
    ("Rojhilatê Kurdistanê", "ir-gov-kurdistan", ("rojhilate", "kurdistan")),
    # Sorani
    ("باکووری عێراق", "cc-iq", ("باكووري",)),
    ("باشووری عێراق", "cc-iq", ("باشووري",)),
    ("ڕۆژئاوای عێراق", "cc-iq", ("روزياواي",)),
    ("باشووری کوردستان", "iq-kurdistan-region", ("باشووري",)),
    ("باکووری کوردستان", "cc-tr", ("باكووري", "كوردستان")),
    ("ڕۆژهەڵاتی کوردستان", "ir-gov-kurdistan", ("روزههلاتي", "كوردستان")),
    # German direction nouns with a genitive
    ("Norden Israels", "cc-il", ("norden",)),
    ("im Norden Israels", "cc-il", ("im", "norden")),
    ("Süden Israels", "cc-il", ("suden",)),
    ("Süden Syriens", "cc-sy", ("suden",)),
    ("Süden des Libanon", "lb-south-lebanon", ("suden", "des")),
    ("im Süden des Libanons", "lb-south-lebanon", ("im", "suden", "des")),
    ("Osten Syriens", "cc-sy", ("osten",)),
    ("Nordosten Syriens", "cc-sy", ("nordosten",)),
    ("Westen des Irak", "cc-iq", ("westen", "des")),
    ("im Norden des Iraks", "cc-iq", ("im", "norden", "des")),
    ("im Westen Irans", "cc-ir", ("im", "westen")),
    ("Norden Jemens", "cc-ye", ("norden",)),
    # the other languages the tables read
    ("norte de Israel", "cc-il", ("norte de",)),
    ("el norte de Israel", "cc-il", ("norte de",)),
    ("sur del Líbano", "lb-south-lebanon", None),
    ("no norte do Iraque", "cc-iq", ("no", "norte", "do")),
    ("nord di Israele", "cc-il", ("nord",)),
    ("nel nord di Israele", "cc-il", ("nel", "nord")),
    ("nord d'Israël", "cc-il", ("nord",)),
    ("Irak'ın kuzeyi", "cc-iq", ("kuzeyi",)),
    ("İsrail'in kuzeyi", "cc-il", ("kuzeyi",)),
    ("Kuzey İsrail", "cc-il", None),
    ("شمال عراق", "cc-iq", ("شمال",)),
    ("شمال اسرائیل", "cc-il", ("شمال",)),
    ("צפון ישראל", "cc-il", None),
    ("на севере Израиля", "cc-il", ("na", "severe")),
    ("на юге Ливана", "lb-south-lebanon", None),  # found by the country's Latin letters in the phrase (span)
    ("на востоке Сирии", "cc-sy", None),
    # territory and airspace
    ("Israeli territory", "cc-il", ("israeli", "territory")),
    ("Syrian territory", "cc-sy", ("syrian", "territory")),
    ("Iraqi airspace", "cc-iq", ("iraqi", "airspace")),
    ("Israeli airspace", "cc-il", ("israeli", "airspace")),
    ("into Israeli airspace", "cc-il", ("israeli", "airspace")),
    ("Lebanese territory", "cc-lb", ("lebanese", "territory")),
    ("territoire israélien", "cc-il", ("territoire", "israelien")),
    ("le territoire libanais", "cc-lb", ("territoire", "libanais")),
    ("l'espace aérien irakien", "cc-iq", ("espace aerien", "irakien")),
    ("territorio israelí", "cc-il", ("territorio", "israeli")),
    ("el espacio aéreo iraní", "cc-ir", ("espacio aereo", "irani")),
    ("lo spazio aereo iraniano", "cc-ir", ("spazio aereo", "iraniano")),
    ("israelisches Gebiet", "cc-il", ("israelisches", "gebiet")),
    ("den iranischen Luftraum", "cc-ir", ("iranischen", "luftraum")),
    ("im syrischen Luftraum", "cc-sy", ("syrischen", "luftraum")),
    ("الأراضي الإسرائيلية", "cc-il", ("اراضي", "اسراييليه")),
    ("الأجواء العراقية", "cc-iq", ("اجوا", "عراقيه")),
    ("الأراضي السورية", "cc-sy", ("اراضي", "سوريه")),
    ("خاک ایران", "cc-ir", ("خاك",)),
    ("حریم هوایی ایران", "cc-ir", ("حريم هوايي",)),
    ("İsrail topraklarına", "cc-il", ("topraklarina",)),
    ("İran hava sahası", "cc-ir", ("hava sahasi",)),
    # Arabic 'the depth', 'the interior' and 'the north' of a country, by its adjective (not 'the south':
    # الجنوب اللبناني is South Lebanon, below)
    ("العمق السوري", "cc-sy", ("عمق", "سوري")),
    ("الداخل العراقي", "cc-iq", ("داخل", "عراقي")),
    ("الشمال السوري", "cc-sy", ("شمال", "سوري")),
]


def test_the_south_of_lebanon_by_its_adjective_is_south_lebanon(g):
    assert g.resolve("الجنوب اللبناني").place.id == "lb-south-lebanon"


@pytest.mark.parametrize(("query", "place_id", "qualifiers"), CASES)
def test_direction_nouns_and_territory(g, query, place_id, qualifiers):
    match = g.resolve(query)
    assert match.id == place_id
    if qualifiers is not None:
        assert match.qualifiers == qualifiers


@pytest.mark.parametrize("query", ["Israeli territory", "الأجواء العراقية", "den iranischen Luftraum"])
def test_a_territory_named_with_its_adjective_says_how(g, query):
    assert g.resolve(query).method == "alias"


@pytest.mark.parametrize("query", [
    "Bakur", "Başûr", "Rojhilat", "Rojava", "Bakurê", "Başûrê", "باشوور", "ڕۆژئاوا", "Norden", "im Süden",
    "Israeli", "territory", "Luftraum", "Israeli and Syrian territory",
])
def test_a_direction_or_territory_word_alone_is_no_place(g, query):
    # a bare "Rojava" names the Kurdish-run north-east of Syria, which the gazetteer holds no place for
    with pytest.raises(PlaceNotFound):
        g.resolve(query)


@pytest.mark.parametrize(("query", "place_id"), [
    ("Bashur", "iq-harir-air-base"), ("Bashur Airfield", "iq-harir-air-base"), ("Başûr airfield", "iq-harir-air-base"),
    ("Palestinian Territory", "cc-ps"), ("Occupied Palestinian Territory", "cc-ps"), ("Golan Heights", "il-golan-heights"),
    ("northern Kurdistan", "iq-kurdistan-region"), ("Kurdistan Region", "iq-kurdistan-region"),
    ("north of Israel", "cc-il"), ("Sur", "lb-tyre"), ("Homs", "sy-homs"), ("Syrien", "cc-sy"), ("Iraks", "cc-iq"),
])
def test_names_holding_these_words_resolve_as_before(g, query, place_id):
    # the airfield's other name is 'Bashur' as written; 'north of Israel' lies outside it (no Northern District)
    assert g.resolve(query).id == place_id


@pytest.mark.parametrize("query", [
    "Bakurê Iraqê", "Başûrê Kurdistanê", "Bakur û Rojhilatê Sûriyê", "Bakurê Kurdistanê", "Başûrî Kurdistan",
    "Bakar Iraqê", "Bekir Iraqê", "Baqur Iraqê",
])
def test_a_leftover_word_heard_as_a_base_does_not_win(g, query):
    # A word around the names of a phrase that only sounds like a base's bare name ('Bakar': al-Bakr, the Balad air
    # base) is no name of the phrase: with no facility word written, no base is found by sound inside it.
    try:
        match = g.resolve(query)
    except PlaceNotFound:
        return
    assert match.kind not in SITE_KINDS


def test_every_direction_word_has_its_compass_point_and_lands_are_directions():
    assert {w for w in direction_words() if compass_of(w) is None} == set()
    assert compass_of("Bakurê") == compass_of("باکووری") == compass_of("Norden") == compass_of("severe") == "north"
    assert direction_land("Rojavayê", "Kurdistan") == "cc-sy"
    assert direction_land("western", "Kurdistan") is None


def test_every_adjective_names_a_country_held(g):
    for place_id in {*country_adjectives().values(), "cc-tr", "cc-sy", "ir-gov-kurdistan", "iq-kurdistan-region"}:
        assert g.get(place_id).kind in ("country", "region", "governorate")
    assert territory_country("territoire israélien") == ("cc-il", ("territoire", "israelien"))
