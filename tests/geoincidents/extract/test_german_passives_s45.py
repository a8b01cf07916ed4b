"""German passive clauses and sentence-initial articles (session 45), on sentences written for these tests.

* "Der Flughafen Erbil wurde ... angegriffen": the capitalised article opens no name (it is no "Deir");
* the subject of a passive after its auxiliary, a fronted phrase opening the clause ("Nur drei Tage danach ist der
  irakische Militärstützpunkt Camp Taji ... beschossen worden"), is what was hit, not the town it lies north of;
* "das Lager" is the camp told before.
"""
from __future__ import annotations

import pytest

from geoincidents import extract_report


def dated(text: str, published: str = "2020-03-14") -> list[tuple[str, str, str]]:
    rows = extract_report(text, published=published).incidents
    return sorted(zip(rows["date"].astype(str), rows["event_type"], rows["target_place_id"]))


@pytest.mark.parametrize("text, target", [
    ("Der Flughafen Erbil wurde am Samstag mit Drohnen angegriffen.", "iq-erbil-international-airport"),
    ("Der Stützpunkt Ain al-Asad wurde am Samstag mit Raketen beschossen.", "iq-ain-al-asad-air-base"),
])
def test_a_capitalised_article_opens_no_name(text: str, target: str) -> None:
    assert [t for _, _, t in dated(text)] == [target]


def test_the_subject_after_the_auxiliary_is_what_was_hit() -> None:
    text = ("Nur drei Tage nach einem tödlichen Angriff ist der irakische Militärstützpunkt Camp Taji nördlich von "
            "Bagdad am Samstag erneut mit Raketen beschossen worden.")
    assert dated(text) == [("2020-03-14", "rocket_attack", "iq-camp-taji")]


def test_the_camp_told_before() -> None:
    text = ("Am Samstag wurde der Stützpunkt Camp Taji mit Raketen beschossen. Bereits am Mittwochabend waren etwa 18 "
            "Raketen auf das Lager niedergegangen.")
    assert dated(text) == [("2020-03-11", "rocket_attack", "iq-camp-taji"),
                           ("2020-03-14", "rocket_attack", "iq-camp-taji")]


def test_the_perfect_with_ist_is_no_passive_of_a_place() -> None:
    # "ist ... eingeschlagen" is the perfect of 'struck': the rockets struck, and where is told by "in"
    text = "Am Samstag sind zwei Raketen in Camp Taji eingeschlagen."
    assert [t for _, _, t in dated(text)] == ["iq-camp-taji"]
