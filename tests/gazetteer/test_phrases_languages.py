"""The words around a name in the languages reports come in, one spelling table per language.

Each row is a phrase written the way reporters of that language write it (our own examples, modelled on the
patterns outlets use), the place it must give and, where the grammar keeps them, the qualifiers set aside
(keys of :func:`gazetteer.normalize.normalize`: 'occupé' is kept as 'occupe'). ``None`` means the row does not
check the qualifiers (a phrase read through the names found inside it keeps none). The words are rows of
``data/phrase_words.csv`` and ``data/normalize_descriptors.csv``; the last tables hold phrases that must not
reach a wrong place.
"""
from __future__ import annotations

import pytest

from gazetteer import Gazetteer
from gazetteer.errors import PlaceNotFound
from gazetteer.phrases import parse_phrase


@pytest.fixture(scope="module")
def g() -> Gazetteer:
    return Gazetteer.default()


FRENCH = [
    ("la ville d'Alep", "sy-aleppo", ("la",)),  # the elided 'd'' is read apart from the name
    ("la ville de Mossoul", "iq-mosul", None),
    ("le village de Khiam", "lb-khiam", ("le",)),
    ("le village frontalier de Kfar Kila", "lb-kfar-kila", ("le",)),
    ("la localité de Khiam", "lb-khiam", ("la",)),
    ("le gouvernorat de Deir ez-Zor", "sy-gov-deir-ez-zor", ("le",)),
    ("le district de Sinjar", "iq-dist-sinjar", ("le",)),
    ("la province d'Anbar", "iq-gov-anbar", ("la",)),
    ("la base aérienne d'Aïn al-Assad", "iq-ain-al-asad-air-base", ("la",)),
    ("l'aéroport d'Erbil", "iq-erbil-international-airport", ()),
    ("le Golan occupé", "il-golan-heights", ("le", "occupe")),
    ("les hauteurs du Golan", "il-golan-heights", ("les",)),
    ("la raffinerie de Baiji", "iq-baiji-refinery", ("la",)),
    ("le champ gazier de Conoco", "sy-conoco-gas-field-base", ("le",)),
    ("la région de Dimona", "il-dimona", ("la", "region de")),
]

SPANISH_PORTUGUESE = [
    ("la ciudad de Mosul", "iq-mosul", ("la",)),
    ("el pueblo fronterizo de Kfar Kila", "lb-kfar-kila", None),
    ("la aldea de Khiam", "lb-khiam", ("la",)),
    ("a aldeia de Khiam", "lb-khiam", ("a",)),
    ("la localidad de Khiam", "lb-khiam", ("la",)),
    ("la gobernación de Hasaka", "sy-gov-hasakah", ("la",)),
    ("el distrito de Sinjar", "iq-dist-sinjar", None),
    ("la base aérea de Ain al-Asad", "iq-ain-al-asad-air-base", ("la",)),
    ("el aeropuerto de Erbil", "iq-erbil-international-airport", None),
    ("o aeroporto de Erbil", "iq-erbil-international-airport", ("o",)),
    ("a cidade de Mossul", "iq-mosul", ("a",)),
    ("o distrito de Sinjar", "iq-dist-sinjar", ("o",)),
    ("los Altos del Golán ocupados", "il-golan-heights", ("los", "ocupados")),
    ("el norte de Israel", "cc-il", ("norte de",)),  # the north of Israel: Israel, told roughly
]

GERMAN = [
    ("Distrikt Dukan", "iq-dist-dokan", ()),
    ("der Distrikt Ranya", "iq-dist-ranya", None),
    ("Gouvernement al-Hasaka", "sy-gov-hasakah", ()),
    ("Provinz Dohuk", "iq-gov-duhok", ()),
    ("die Stadt Mosul", "iq-mosul", ("die",)),
    ("das Dorf Khiam", "lb-khiam", None),
    ("der Ort Kfar Kila", "lb-kfar-kila", None),
    ("der Bezirk Sinjar", "iq-dist-sinjar", None),
    ("der Luftwaffenstützpunkt Ain al-Asad", "iq-ain-al-asad-air-base", None),
    ("die Raffinerie Baiji", "iq-baiji-refinery", ("die",)),
    ("nördlich von Bagdad", "iq-baghdad", ("nordlich von",)),
]

ITALIAN = [
    ("il villaggio di Khiam", "lb-khiam", None),
    ("la città di Mosul", "iq-mosul", ("la",)),
    ("la provincia di Anbar", "iq-gov-anbar", ("la",)),
    ("la regione di Dimona", "il-dimona", ("la", "regione di")),
    ("il distretto di Sinjar", "iq-dist-sinjar", None),
    ("la base aerea di Ain al-Asad", "iq-ain-al-asad-air-base", ("la",)),
    ("l'aeroporto di Erbil", "iq-erbil-international-airport", None),
    ("il Golan occupato", "il-golan-heights", ("occupato",)),  # "il" is also an Arabic article, folded away
]

# Russian words come before the name, in the case the sentence asks for; the table keeps them romanised, as
# the Cyrillic is read through its Latin letters (gazetteer.romanize).
RUSSIAN = [
    ("в провинции Дахук", "iq-gov-duhok", None),
    ("в городе Мосул", "iq-mosul", None),
    ("в городе Хайфа", "il-haifa", None),
    ("в районе Хиам", "lb-khiam", None),
    ("в селе Хиам", "lb-khiam", None),
    ("в деревне Хиам", "lb-khiam", None),
    ("на авиабазе Айн-эль-Асад", "iq-ain-al-asad-air-base", None),
    ("в аэропорту Эрбиль", "iq-erbil-international-airport", None),
    ("v gorode Mosul", "iq-mosul", None),
]

ARABIC = [
    ("بلدة الخيام", "lb-khiam", ()),
    ("قرية الخيام", "lb-khiam", ()),
    ("مدينة الموصل", "iq-mosul", ()),
    ("محافظة الأنبار", "iq-gov-anbar", ()),
    ("قضاء سنجار", "iq-dist-sinjar", ()),
    ("ناحية زمار", "iq-zummar", ()),
    ("مدينة حلب", "sy-aleppo", ()),
    ("بلدة كفركلا", "lb-kfar-kila", ()),
]

TURKISH_PERSIAN = [
    ("Şeddadi ilçesi", "sy-shaddadi", None),
    ("Hit kasabası", "iq-hit", None),
    ("Mezze mahallesi", "sy-mezzeh", None),
    ("Musul şehrinin", "iq-mosul", None),
    ("استان انبار", "iq-gov-anbar", None),
    ("روستای خیام", "lb-khiam", None),
    ("شهر موصل", "iq-mosul", None),
    ("پایگاه عین الاسد", "iq-ain-al-asad-air-base", None),
]


@pytest.mark.parametrize(("phrase", "place_id", "qualifiers"),
                         FRENCH + SPANISH_PORTUGUESE + GERMAN + ITALIAN + RUSSIAN + ARABIC + TURKISH_PERSIAN)
def test_words_around_a_name_in_each_language(g, phrase, place_id, qualifiers):
    match = g.resolve(phrase)
    assert match.place.id == place_id
    if qualifiers is not None:
        assert match.qualifiers == qualifiers


# "road of X" in every language: the street is placed through the place it leads to or lies in, as
# "Palestine Street, Baghdad" is, with method "container" and the street words kept as what it stands for.
ROADS = [
    ("طريق كفركلا", "lb-kfar-kila"),
    ("طريق الخيام", "lb-khiam"),
    ("the main road of Bint Jbeil", "lb-bent-jbail"),
    ("the road of Kfar Kila", "lb-kfar-kila"),
    ("the road to Khiam", "lb-khiam"),
    ("la route de Khiam", "lb-khiam"),
    ("la carretera de Khiam", "lb-khiam"),
    ("Palestine Street, Baghdad", "iq-baghdad"),
]


@pytest.mark.parametrize(("phrase", "place_id"), ROADS)
def test_a_road_of_a_place_is_placed_through_that_place(g, phrase, place_id):
    match = g.resolve(phrase)
    assert (match.place.id, match.method) == (place_id, "container")
    assert match.container


def test_a_road_word_opening_a_phrase_makes_the_rest_its_container():
    phrase = parse_phrase("the main road of Bint Jbeil")
    assert (phrase.head.key, phrase.tail.key, phrase.link) == ("road of", "bint jbeil", "in")
    assert phrase.head.qualifiers == ("the", "main")
    assert parse_phrase("Bint Jbeil").head is None


# A word of another language's grammar that is also a name, or only part of one, stays what it was.
UNCHANGED = [
    ("Sur", "lb-tyre"),  # Arabic and French for Tyre: 'sur' is no direction word here ('sud de' is)
    ("Deir ez-Zor", "sy-deir-ez-zor"),  # 'der' is German grammar and the start of this name
    ("Jaffa", "il-tel-aviv"),
    ("Baiji refinery", "iq-baiji-refinery"),
    ("the Deir Ezzor region", "sy-gov-deir-ez-zor"),
]


@pytest.mark.parametrize(("phrase", "place_id"), UNCHANGED)
def test_names_that_hold_grammar_words_keep_their_place(g, phrase, place_id):
    assert g.resolve(phrase).place.id == place_id


# Grammar words alone, or a road to a place nobody named, name no place: never one found by likeness.
NOWHERE = ["طريق المطار", "la route", "Distrikt", "Gouvernement", "gorod", "Oriental", "road to nowhere", "la base"]


@pytest.mark.parametrize("phrase", NOWHERE)
def test_grammar_words_alone_name_no_place(g, phrase):
    with pytest.raises(PlaceNotFound, match="no place matches"):
        g.resolve(phrase)


@pytest.mark.parametrize("phrase, place_id", [
    # spellings of held places the phrase tables met without them (aliases of the places' rows)
    ("la ciudad de Alepo", "sy-aleppo"),
    ("Colinas de Golã ocupadas", "il-golan-heights"),
    ("в городе Эйлат", "il-eilat"),
    ("район Яффо", "il-tel-aviv"),
])
def test_spellings_of_held_places_in_other_languages(g, phrase, place_id):
    assert g.resolve(phrase).place.id == place_id


@pytest.mark.parametrize("spelling, place_id", [
    # spellings of held places the second coverage check found missing
    ("Peki'in", "il-buqeia"), ("Maalot", "il-maalot-tarshiha"), ("ترشيحا", "il-maalot-tarshiha"),
    ("ראש הנקרה", "il-rosh-hanikra"), ("الجش", "il-jish"), ("ببيلا", "sy-babila"), ("عيناثا", "lb-aynata"),
])
def test_spellings_the_coverage_check_found_missing(g, spelling, place_id):
    assert g.resolve(spelling).place.id == place_id


@pytest.mark.parametrize("spelling, place_id", [
    # spellings of held places the third coverage check found missing
    ("عنكاوا", "iq-aynkawah"), ("الحمدانية", "iq-dist-qaraqosh"), ("Fishkhabur", "sy-semalka-crossing"),
    ("فيشخابور", "sy-semalka-crossing"),
])
def test_spellings_the_third_coverage_check_found_missing(g, spelling, place_id):
    assert g.resolve(spelling).place.id == place_id
