"""What reporters write around a name: qualifiers, facility words, containers.

Spelling tables in the style of test_report_spellings.py: each row is a phrase
as reports and analysts write it and the place (and method) it must give.
"""
from __future__ import annotations

import pytest

from gazetteer import Gazetteer
from gazetteer.errors import AmbiguousPlace, PlaceNotFound
from gazetteer.phrases import parse_phrase


@pytest.fixture(scope="module")
def g() -> Gazetteer:
    return Gazetteer.default()


# (phrase, expected id, qualifiers set aside)
QUALIFIED = [
    ("the outskirts of northern Hasaka", "sy-hasakah", ("the", "outskirts of", "northern")),
    # The countryside of a city is the province named after it (see COUNTRYSIDE below).
    ("Deir ez-Zor countryside", "sy-gov-deir-ez-zor", ("countryside",)),
    ("rural Deir ez-Zor", "sy-gov-deir-ez-zor", ("rural",)),
    ("the occupied Golan", "il-golan-heights", ("the", "occupied")),
    ("Israeli-controlled Golan Heights", "il-golan-heights", ("israeli controlled",)),
    ("near Zummar", "iq-zummar", ("near",)),
    ("western Anbar", "iq-gov-anbar", ("western",)),
    ("the Qaim area", "iq-al-qaim", ("the", "area")),
    # "region of" as "the ... region" (read as "region", "of qaim" had been heard as Ofakim)
    ("the region of al-Qaim", "iq-al-qaim", ("the", "region of")),
    ("eastern Syria", "cc-sy", ("eastern",)),
    ("ريف دير الزور", "sy-gov-deir-ez-zor", ("ريف",)),
]


@pytest.mark.parametrize(("phrase", "place_id", "qualifiers"), QUALIFIED)
def test_qualifiers_are_set_aside_and_kept(g, phrase, place_id, qualifiers):
    match = g.resolve(phrase)
    assert match.id == place_id
    assert match.qualifiers == qualifiers
    assert match.method in ("exact", "alias")


# A countryside word is a region word: of a city and the province (or district) named alike, the area, though the
# province's own name carries its descriptor and scores a little below the city ("Deir ez-Zor Governorate"). A bare
# region word keeps the city then ("the Erbil region" is often the city and its surroundings).
COUNTRYSIDE = [
    ("the eastern countryside of Deir ez-Zor", "sy-gov-deir-ez-zor"),
    ("ريف حمص الشرقي", "sy-gov-homs"),
    ("ريف حلب الشمالي", "sy-gov-aleppo"),
    ("Idlib countryside", "sy-gov-idlib"),
    ("la campagne de Deir ez-Zor", "sy-gov-deir-ez-zor"),
    ("rural Erbil", "iq-gov-erbil"),
    ("Mayadin countryside", "sy-dist-mayadin"),
    # No area of the name: the town, the word kept as a qualifier.
    ("ريف البوكمال", "sy-albu-kamal"),
]


@pytest.mark.parametrize(("phrase", "place_id"), COUNTRYSIDE)
def test_the_countryside_of_a_city_is_its_province(g, phrase, place_id):
    match = g.resolve(phrase)
    assert match.id == place_id
    assert match.qualifiers


def test_a_region_word_keeps_the_city_its_province_scores_below(g):
    assert g.resolve("the Erbil region").id == "iq-erbil"
    assert g.resolve("the Deir Ezzor region").id == "sy-gov-deir-ez-zor"  # a tie: "Deir Ezzor" names both alike


def test_a_countryside_with_a_name_of_its_own_is_that_place(g):
    # The countryside of Damascus is Rif Dimashq (its alias, as written), not the city's governorate.
    assert g.resolve("Damascus countryside").id == "sy-gov-rif-dimashq"


# Facility words steer the kind: (phrase, expected id, method)
FACILITIES = [
    ("the coalition base at Rumalyn", "sy-rumalyn-landing-zone", "exact"),
    ("the US garrison at al-Tanf", "sy-al-tanf-garrison", "exact"),
    ("Erbil airport", "iq-erbil-international-airport", "exact"),
    ("Erbil International Airport", "iq-erbil-international-airport", "exact"),
    ("Ain al-Asad airstrip", "iq-ain-al-asad-air-base", "exact"),
    ("Hasaka province", "sy-gov-hasakah", "alias"),
    # No gas field called Zummar is known: Zummar holds it, at the town's precision.
    ("Zummar gas field", "iq-zummar", "container"),
    # An air base or military airport named after a town with no air base of that name but an airport: the airport
    # (the airfield the words name), not the town ("Palmyra military airport", "Tadmur airbase" in Syrian and
    # Iranian strike reports; Tabriz airport is also the home of an Iranian air force base).
    ("Palmyra military airport", "sy-palmyra-airport", "exact"),
    ("the Tadmur airbase", "sy-palmyra-airport", "alias"),
    ("Tabriz military airport", "ir-tabriz-airport", "exact"),
    ("Tabriz air base", "ir-tabriz-airport", "exact"),
    # An air base of the name known: the base, before any airport.
    ("Erbil air base", "iq-erbil-air-base", "exact"),
    ("Mezzeh airbase", "sy-mezzeh-air-base", "exact"),
]


@pytest.mark.parametrize(("phrase", "place_id", "method"), FACILITIES)
def test_facility_words_steer_the_kind(g, phrase, place_id, method):
    match = g.resolve(phrase)
    assert (match.id, match.method) == (place_id, method)


# Containers: an unknown name in a known place resolves to the container, noted as such.
CONTAINERS = [
    ("Saadoun Street, Baghdad", "iq-baghdad", "saadoun street"),
    ("Baghdad's Saadoun Street", "iq-baghdad", "saadoun street"),  # the possessive names the container
    ("a base in western Iraq", "cc-iq", "a base"),
    ("Qasr al-Fakhir, Hasaka", "sy-hasakah", "qasr fakhir"),
    ("شارع السعدون، بغداد", "iq-baghdad", "شارع سعدون"),
    # Streets and neighbourhoods no reference located, as 2024 strike reports write them
    ("Palestine Street, Baghdad", "iq-baghdad", "palestine street"),
    ("Palestine Street in Baghdad", "iq-baghdad", "palestine street"),
    ("Palestine street east of Baghdad", "iq-baghdad", "palestine street"),
    ("a house on Palestine Street in eastern Baghdad", "iq-baghdad", "a house on palestine street"),
    ("PMF headquarters on Palestine Street, Baghdad", "iq-baghdad", "pmf on palestine street headquarters"),
    ("Baghdad's Ghazaliya neighbourhood", "iq-baghdad", "ghazaliya area"),
    ("the Ghazaliya area of western Baghdad", "iq-baghdad", "the ghazaliya"),
    ("شارع فلسطين في بغداد", "iq-baghdad", "شارع فلسطين"),
    ("Haifa Street, Baghdad", "iq-baghdad", "haifa street"),
]


@pytest.mark.parametrize(("phrase", "place_id", "unknown"), CONTAINERS)
def test_unknown_name_in_a_known_container(g, phrase, place_id, unknown):
    match = g.resolve(phrase)
    assert (match.id, match.method, match.container) == (place_id, "container", unknown)
    # The container's own precision: never the point of some other place.
    assert match.precision_km == g.get(place_id).precision_km


def test_a_known_name_inside_its_container_is_that_place(g):
    match = g.resolve("Zummar, Nineveh")
    assert (match.id, match.method) == ("iq-zummar", "exact")
    # A misspelt head is found by its sound inside the container.
    assert g.resolve("Zumar, Nineveh").id == "iq-zummar"


# A place named by its kind inside or near another: (phrase, expected id)
INSIDE = [
    ("the US patrol base in al-Shaddadi", "sy-shaddadi-base"),  # the base of that name, not the town
    ("K-1 base near Kirkuk", "iq-k1-air-base"),
    ("Deir Ezzor's Conoco gas field", "sy-conoco-gas-field-base"),
]


@pytest.mark.parametrize(("phrase", "place_id"), INSIDE)
def test_a_kind_in_a_place_finds_the_place_of_that_kind(g, phrase, place_id):
    match = g.resolve(phrase)
    assert match.id == place_id and match.method in ("exact", "alias")


def test_a_head_outside_its_container_is_not_taken(g):
    # Zummar is in Nineveh, not Anbar: the answer is Anbar, said to be a container.
    match = g.resolve("Zummar, Anbar")
    assert (match.id, match.method) == ("iq-gov-anbar", "container")


@pytest.mark.parametrize("phrase", ["Palestine Street", "Haifa Street", "شارع فلسطين", "al-Rashid Street", "Baghdad Street"])
def test_a_street_without_its_town_is_not_found_and_never_another_place(g, phrase):
    # Not the country Palestine, not Haifa in Israel, not Baghdad: a street alone places nothing.
    with pytest.raises(PlaceNotFound, match="names a street .*write it with its town"):
        g.resolve(phrase)
    assert g.resolve_many([phrase])["reason"].iloc[0].startswith("not found")
    assert parse_phrase(phrase).street


def test_a_compass_phrase_between_two_names_is_a_container_and_at_the_start_a_qualifier(g):
    match = g.resolve("north of Baghdad")
    assert (match.id, match.method, match.qualifiers) == ("iq-baghdad", "exact", ("north of",))
    match = g.resolve("Jurf al-Sakhar, north of Babil")
    assert (match.id, match.qualifiers) == ("iq-jurf-al-sakhar", ("north of",))
    # The article inside a qualifier phrase is part of it.
    assert g.resolve("on the outskirts of Deir ez-Zor").qualifiers == ("on the outskirts of",)


def test_an_unknown_container_is_not_found(g):
    with pytest.raises(PlaceNotFound, match="Saadoun Street, Xyzzyville") as caught:
        g.resolve("Saadoun Street, Xyzzyville")
    assert "names a street" not in str(caught.value)  # the town written is what is unknown


def test_strict_still_refuses_a_shared_name_in_a_phrase(g):
    with pytest.raises(AmbiguousPlace):
        g.resolve("northern Hasaka", strict=True)


def test_parse_phrase_reads_without_deciding():
    p = parse_phrase("the outskirts of northern Hasaka")
    assert (p.key, p.qualifiers, p.written) == ("hasaka", ("the", "outskirts of", "northern"),
                                                 "the outskirts of northern hasaka")
    p = parse_phrase("a base in western Iraq")
    assert (p.head.key, p.head.descriptors, p.tail.key, p.tail.qualifiers) == ("", ("base",), "iraq", ("western",))
    assert parse_phrase("Zummar").head is None


def test_resolve_many_carries_the_container_method(g):
    out = g.resolve_many(["Saadoun Street, Baghdad", "Zummar"])
    assert out["method"].tolist() == ["container", "exact"]
    assert out["place_id"].tolist() == ["iq-baghdad", "iq-zummar"]


def test_explain_names_every_candidate_and_the_reason(g):
    lines = g.explain("Hasaka")
    text = "\n".join(lines)
    assert "Hasakah Governorate (governorate, SY-HA, prominence 40)" in text
    assert "Hasakah (city, SY-HA, prominence 60)" in text
    assert "why: the most prominent of 2 equally good matches" in text
    assert g.explain("Saadoun Street, Baghdad")[-1].startswith("why: 'saadoun street' names no known place inside")
    assert g.explain("Xyzzyville")[-1].startswith("no winner: no place matches 'Xyzzyville'")
