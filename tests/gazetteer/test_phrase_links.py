"""How the parts of a phrase link: containers, proximity, possessives, brackets, foreign facility words.

Each row is a phrase in the shape reports write (our own examples, in the
patterns outlets use) and the place and method it must give.
"""
from __future__ import annotations

import pytest

from gazetteer import Gazetteer
from gazetteer.phrases import parse_phrase


@pytest.fixture(scope="module")
def g() -> Gazetteer:
    return Gazetteer.default()


@pytest.mark.parametrize(("text", "link"), [
    ("K-1 base near Kirkuk", "near"),
    ("a camp close to Baiji", "near"),
    ("a post outside Mosul", "near"),
    ("a base in western Iraq", "in"),
    ("Palestine Street, Baghdad", "comma"),
    ("Jurf al-Sakhar, south of Baghdad", "near"),
    ("Baghdad's Green Zone", "possessive"),
    ("Eilat (Umm al-Rashrash)", "paren"),
    ("Harir base in Iraq's Erbil province", "in"),   # the container word comes before the possessive
    ("Zummar", ""),
])
def test_each_phrase_says_what_linked_its_parts(text, link):
    assert parse_phrase(text).link == link


# (phrase, expected id, method): a head known anywhere by name wins over a proximity tail,
# a possessive owner and a bracket; a head unknown there gives the tail as its container.
HEAD_FIRST = [
    ("Ain al-Asad base near Baghdad", "iq-ain-al-asad-air-base", "exact"),   # 'near' is not 'in'
    ("the Harir airbase near Erbil", "iq-harir-air-base", "exact"),
    ("Syria's Shaddadi base", "sy-shaddadi-base", "exact"),
    ("Iraq's Camp Taji", "iq-camp-taji", "exact"),
    ("Jurf al-Nasr (Jurf al-Sakhar)", "iq-jurf-al-sakhar", "alias"),
    ("Eilat (Umm al-Rashrash)", "il-eilat", "exact"),
    ("Qaryat Nowhere (Jurf al-Sakhar)", "iq-jurf-al-sakhar", "container"),
    ("Palestine Street, Baghdad", "iq-baghdad", "container"),              # 'in' and ',' still contain
    ("a post outside Mosul", "iq-mosul", "container"),
    ("Jurf al-Sakhar, south of Baghdad", "iq-jurf-al-sakhar", "exact"),   # a directional tail is proximity
    ("Camp Taji north of Baghdad", "iq-camp-taji", "exact"),
    ("a village east of Mosul", "iq-mosul", "container"),
]


@pytest.mark.parametrize(("phrase", "place_id", "method"), HEAD_FIRST)
def test_a_head_known_by_name_is_the_place_meant(g, phrase, place_id, method):
    match = g.resolve(phrase)
    assert (match.id, match.method) == (place_id, method), match


# The container word before a possessive splits first; "province of X" is X's province.
NESTED = [
    ("Ain al-Asad airbase in Iraq's western province of Anbar", "iq-ain-al-asad-air-base"),
    ("the province of Anbar", "iq-gov-anbar"),
    ("Syria's eastern province of Deir ez-Zor", "sy-gov-deir-ez-zor"),
    ("al-Shaddadi base in the countryside of Hasaka", "sy-shaddadi-base"),
    ("Jurf al-Sakhar (formerly known as Jurf al-Nasr)", "iq-jurf-al-sakhar"),
]


@pytest.mark.parametrize(("phrase", "place_id"), NESTED)
def test_nested_phrases(g, phrase, place_id):
    assert g.resolve(phrase).id == place_id


def test_a_possessive_owner_abroad_gives_way_to_the_finer_container(g):
    # No "trade office" place is known: Damascus (where it is) is finer than Iran (whose it is).
    match = g.resolve("Iran's trade office in Damascus, Syria")
    assert (match.id, match.method) == ("sy-damascus", "container")
    # "Iran's consulate" is no name the gazetteer holds ("Iranian consulate" is, an alias of the embassy compound;
    # Iran is not Iranian by sound): Damascus, as the extraction reads it too ("the city is the target").
    match = g.resolve("Iran's consulate in Damascus, Syria")
    assert (match.id, match.method) == ("sy-damascus", "container")
    match = g.resolve("the Iranian consulate in Damascus, Syria")
    assert match.id == "sy-iranian-embassy-damascus"


# Facility words in the languages outlets write them in (Turkish, Portuguese/Spanish, French),
# and Arabic adjectives written after the name.
FOREIGN = [
    ("Erbil Havalimanı", "iq-erbil-international-airport"),
    ("Ayn el-Esed Hava Üssü", "iq-ain-al-asad-air-base"),
    ("Base Aérea de Ain al-Asad", "iq-ain-al-asad-air-base"),
    ("Aéroport de Erbil", "iq-erbil-international-airport"),
    ("قاعدة حرير الجوية العراقية", "iq-harir-air-base"),
    ("قاعدة عين الأسد العسكرية", "iq-ain-al-asad-air-base"),
]


@pytest.mark.parametrize(("phrase", "place_id"), FOREIGN)
def test_foreign_facility_words_steer_the_kind(g, phrase, place_id):
    assert g.resolve(phrase).id == place_id


def test_qualifiers_are_not_repeated_when_the_head_is_found_on_its_own(g):
    match = g.resolve("Syria's eastern province of Deir ez-Zor")
    assert match.qualifiers.count("eastern") == 1


def test_a_descriptor_word_inside_a_name_matches_that_name_first(g):
    # A lower-tier town called "Village Green" has the same key as the base's alias "Green Village"
    # ("village" is a descriptor word): the words as written pick the base, and "Village Green" stays itself.
    from gazetteer.places import Place

    town = Place(id="gn-1", name="Village Green", kind="town", lat=43.0, lon=-76.0, country="US",
                 source="geonames:1", prominence=0)
    merged = g.merge([town])
    assert merged.resolve("Green Village").id == "sy-green-village"
    assert merged.resolve("Green Village base").id == "sy-green-village"
    assert merged.resolve("Village Green").id == "gn-1"


# A facility named after a place, written with another spelling of that place: the facility asked for,
# not the place as its container. A facility nobody lists stays the container.
NAMED_AFTER = [
    ("Dimashq airport", "sy-damascus-international-airport", "alias"),
    ("Ispahan airport", "ir-isfahan-international-airport", "alias"),
    ("Bagdad airport", "iq-baghdad-international-airport", "alias"),
    ("Kerkuk air base", "iq-kirkuk-air-base", "alias"),
    ("Ramadi air base", "iq-ramadi", "container"),
]


@pytest.mark.parametrize(("phrase", "place_id", "method"), NAMED_AFTER)
def test_a_facility_named_after_a_place_is_found_through_its_other_names(g, phrase, place_id, method):
    match = g.resolve(phrase)
    assert (match.id, match.method) == (place_id, method)


@pytest.mark.parametrize("phrase", ["الجولان", "مرتفعات الجولان", "هضبة الجولان", "Golan Tepeleri"])
def test_heights_and_plateau_words_in_arabic_and_turkish(g, phrase):
    assert g.resolve(phrase).id == "il-golan-heights"


# Our own phrasings in the shapes outlets use: a describing clause after the name, a comma tail that names
# no place, and function and facility words of the other languages reports come in.
DESCRIBED = [
    ("the Harir air base, which hosts coalition forces north of Erbil", "iq-harir-air-base"),
    ("the Ain al-Asad air base hosting US troops in western Anbar", "iq-ain-al-asad-air-base"),
    ("Camp Taji, located north of Baghdad", "iq-camp-taji"),
    ("Tanf, a remote garrison near the border", "sy-al-tanf-garrison"),
    ("Provinz Anbar", "iq-gov-anbar"),
    ("Anbar vilayeti", "iq-gov-anbar"),
    ("la base de Harir", "iq-harir-air-base"),
    ("پایگاه عین الاسد", "iq-ain-al-asad-air-base"),
    ("la città di Mosul", "iq-mosul"),
    ("Erbil Uluslararası Havalimanı", "iq-erbil-international-airport"),
    ("the US occupation base at Rumalyn", "sy-rumalyn-landing-zone"),
]


@pytest.mark.parametrize(("phrase", "place_id"), DESCRIBED)
def test_descriptions_and_other_languages(g, phrase, place_id):
    assert g.resolve(phrase).id == place_id


def test_an_unknown_street_with_an_unknown_town_is_still_not_found(g):
    with pytest.raises(Exception, match="Xyzzyville"):
        g.resolve("Saadoun Street, Xyzzyville")


@pytest.mark.parametrize("text", ["US base", "American", "a US base"])
def test_a_nationality_word_alone_names_no_place(g: Gazetteer, text: str):
    # "US base" once reached the US embassy in Baghdad (its alias "US embassy" without the descriptor), and
    # "American" Amiriya by likeness: a lone qualifier word is no name, by sound or likeness either.
    from gazetteer import PlaceNotFound

    with pytest.raises(PlaceNotFound):
        g.resolve(text)


def test_the_state_alone_is_the_state_beyond_the_region(g: Gazetteer):
    # "US" alone is the United States (places/beyond.csv), a country; with "base" it is still no place.
    assert (g.resolve("US").id, g.resolve("U.S.").id, g.resolve("USA").id) == ("cc-us", "cc-us", "cc-us")


def test_a_nationality_with_its_own_descriptor_still_names_the_site(g: Gazetteer):
    assert g.resolve("US embassy").id == "iq-us-embassy-baghdad"
    assert g.resolve("American embassy").id == "iq-us-embassy-baghdad"
    assert g.resolve("the US base at Shaddadi").id == "sy-shaddadi-base"


@pytest.mark.parametrize("text", ["the American consulate in Erbil", "a consulate in Erbil"])
def test_a_site_unknown_in_a_city_is_the_city_not_another_site_of_that_name(g: Gazetteer, text: str):
    # No consulate is known in Erbil; Erbil's air base is no consulate: the city holds it, as a container.
    match = g.resolve(text)
    assert (match.id, match.method) == ("iq-erbil", "container")


@pytest.mark.parametrize(("phrase", "place_id"), [
    ("Ayyash in Deir ez-Zor", "sy-ayyash"),                 # held only as "Ayyash (Deir ez-Zor)"
    ("the town of Ayyash in Deir ez-Zor", "sy-ayyash"),
    ("Camp Ashraf in Diyala", "iq-camp-ashraf"),            # held only as "Camp Ashraf (Diyala)"
])
def test_a_name_held_only_with_its_container_is_found_when_the_container_is_written(g, phrase, place_id):
    """A place the gazetteer holds only with its province or town in brackets (its bare name is another place's or a
    word) is the place meant when a report writes it inside that container: "HEAD in TAIL" tries "HEAD (TAIL)"."""
    match = g.resolve(phrase)
    assert match.place.id == place_id
    assert match.method in ("exact", "alias")


def test_a_bare_name_held_only_with_its_container_stays_unfound(g):
    """Without the container the bracketed name is not read: "Ayyash" alone names nothing."""
    from gazetteer.errors import PlaceNotFound

    with pytest.raises(PlaceNotFound):
        g.resolve("Ayyash")
    assert g.resolve("Ayyash in Raqqa").method == "container"
