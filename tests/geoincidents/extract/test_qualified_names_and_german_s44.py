"""Names the gazetteer holds only with their container, told with the container a sentence before or with German
"nahe"; German shells (Granaten), artillery attacks, and capitals that accuse or reject (session 44), on sentences
written for these tests."""
from __future__ import annotations

from geoincidents import extract_report


def places(text: str, published: str = "2022-08-24") -> list[tuple[str, str, str]]:
    rows = extract_report(text, published=published).places
    return list(zip(rows["mention"], rows["place_id"], rows["sense"]))


def incidents(text: str, published: str = "2022-08-24") -> list[tuple[str, str, str]]:
    rows = extract_report(text, published=published).incidents
    return list(zip(rows["date"].astype(str), rows["event_type"], rows["target_place_id"]))


def test_a_village_whose_province_was_told_just_before() -> None:
    text = ("On Tuesday US aircraft struck bunkers in Deir ez-Zor province used by militias. A monitoring group said "
            "the strikes destroyed depots near the village of Ayyash.")
    assert ("Ayyash", "sy-ayyash", "place") in places(text)
    assert incidents(text) == [("2022-08-23", "air_strike", "sy-ayyash")]


def test_a_bare_name_with_no_container_stays_unknown() -> None:
    # no province told: "Ayyash" alone may be any of the places of that name (or a person)
    assert all(p != "sy-ayyash" for _, p, _ in places("Fighters were seen near the village of Ayyash on Tuesday."))


def test_german_shells_near_a_town() -> None:
    text = ("Am Mittwoch schlugen Granaten in einer Parkanlage im Dorf Parakh nahe Zakho in der Provinz Dohuk ein.")
    assert ("Parakh", "iq-parakh", "place") in places(text, "2022-07-20")
    assert incidents(text, "2022-07-20") == [("2022-07-20", "artillery", "iq-parakh")]


def test_german_artillery_attack_is_artillery() -> None:
    assert incidents("Bei einem Artillerieangriff auf Zakho sind am Mittwoch neun Urlauber getötet worden.",
                     "2022-07-20") == [("2022-07-20", "artillery", "iq-zakho")]


def test_a_capital_that_accuses_or_rejects_is_its_state() -> None:
    found = places("Neun Touristen bei Artilleriebeschuss getötet – Bagdad beschuldigt Ankara", "2022-07-20")
    assert ("Bagdad", "iq-baghdad", "state") in found
    # German 'wies ... zurück' (rejected) is no Polish wieś 'village' after the name
    assert places("Das Außenministerium in Ankara wies jede Verantwortung zurück.", "2022-07-20") == [
        ("Ankara", "tr-ankara", "place")]
