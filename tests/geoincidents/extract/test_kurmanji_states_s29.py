"""Kurmanji reports of Iranian and Turkish fire: the state a country's name stands for, and the subject that fires.

* A country after a noun of its forces or regime with the ezafe is the state: "topxaneyên Îranê" ('Iran's
  artillery'), "Supaya Pasdaran a Îranê", "rejîma îslamiya Îranê" (``kurmanji_state_stem``: sup, topxane, îslam).
* A bare country right after "ku" ('that') opens a clause whose verb is last: its subject, the state ("piştrast
  kir, ku Îranê careke din navçe bombebaran kir").
* "Partiya Demokrata Kurdistana Îranê" is the PDKI, an organisation.
* Israel and America in Kurmanji are states that strike ("Îsraîl û Amerîkayê ... êrîşî Îranê kir"), and a Kurmanji
  clause whose light verb ends it after the attack noun and its object lets its subject stand far before, as the
  German perfect does.
* A passive's agent between "ji aliyê" and "ve" ('by ...') stands between a place and its verb: "gundên Batîfa û
  Kanîmasî ji aliyê balefirên Tirkiyê ve hatin bombebaran kirin" (also written in two words); "lê xistin" ('struck at
  it') is a verb of attack, "hatin xistin" ('were downed') still an interception; "her yek ji X" is 'each of X', no
  launch from X.
* A name the brackets after a place restate ("Wargeha Şehîd Rustem Cûdî (Mexmûr) bombe kir") does not keep the cue
  after the brackets from the place.
* A verb of saying after the day ("îro ji Basnewsê re ragihand: 'Şeva borî ...'") makes that day the statement's,
  and the event takes its own ("last night").

Sentences written for these tests, in our own words, on the pattern of Kurmanji outlets (PeyamaKurd, Kurdistan24).
"""
from __future__ import annotations

import pytest

from geoincidents import extract_report
from geoincidents.extract.evaluate import literal_places
from tests.geoincidents.extract.conftest import drafts


def literal(text: str, gazetteer) -> list[str]:
    return list(literal_places(extract_report(text, published="2021-09-10", gazetteer=gazetteer).places)["place_id"])


@pytest.mark.parametrize("text, expected", [
    ("Îro balafir û topxaneyên Îranê gundê Berbizîn li navçeya Sîdekanê bombebaran kirin.", ["iq-sidakan"]),
    ("Hat ragihandin ku Supaya Pasdaran a Îranê îro jî gund bombebaran kirin.", []),
    ("Îro careke din rejîma îslamiya Îranê navçeyên Sîdekan û Çoman topbaran kir.", ["iq-sidakan", "iq-choman"]),
    ("Fermandarî piştrast kir, ku Îranê careke din navçe bi balafir û topan bombebaran kir.", []),
    ("Partiya Demokrata Kurdistana Îranê daxuyaniyek belav kir.", []),
])
def test_the_state_iran_is_no_place(text, expected, gazetteer):
    assert literal(text, gazetteer) == expected


def test_a_country_after_ku_that_a_verb_does_not_end_stays_a_place(gazetteer):
    assert literal("Dronek ji Îranê hat, ku Iraqê û Tirkiyê li ser sînorê wan in.", gazetteer)[:1] == ["cc-ir"]


def test_israel_and_america_strike_iran_in_kurmanji(gazetteer):
    text = "Îsraîl û Amerîkayê li serê sibeha roja Şemiyê, 28ê Sibata 2026ê, bi hev re êrîşî Îranê kir."
    got = extract_report(text, published="2026-03-06", gazetteer=gazetteer).incidents
    assert list(zip(got["date"], got["event_type"], got["target_place_id"])) == [("2026-02-28", "air_strike", "cc-ir")]


def test_a_passive_agent_between_the_places_and_their_verb(gazetteer):
    text = "Şeva borî gundên Batîfa û Kanîmasî ji aliyê balefirên şer ên Tirkiyê ve hatin bombebaran kirin."
    assert drafts(text, "2020-11-11", gazetteer) == [("2020-11-10", "air_strike", "iq-batifa"),
                                                      ("2020-11-10", "air_strike", "iq-kani-masi")]


def test_struck_at_it_and_each_of(gazetteer):
    text = "Balafirên dewleta Tirkiyê îro li her yek ji devera Garê roket lê xistine."
    assert drafts(text, "2021-02-26", gazetteer) == [("2021-02-26", "air_strike", "iq-gara-mountain")]


def test_downed_is_still_an_interception(gazetteer):
    assert drafts("Îro du dron li Hewlêrê hatin xistin.", "2026-03-07", gazetteer) == [
        ("2026-03-07", "interception", "iq-erbil")]


def test_the_day_a_statement_was_made_after_it_is_not_the_events(gazetteer):
    text = ("Rêveberê nahiyeyê îro ji Basnewsê re ragihand: “Şeva borî gundê Kanîmasî ji aliyê balafirên Tirkiyê ve "
            "hate bombebaran kirin.”")
    assert drafts(text, "2020-11-11", gazetteer) == [("2020-11-10", "air_strike", "iq-kani-masi")]


@pytest.mark.parametrize("text, target", [
    ("SÎHA Wargeha Şehîd Rustem Cûdî (Mexmûr) bombe kir.", "iq-makhmur-camp"),
    ("The Ain al-Asad base (Anbar) was hit by rockets.", "iq-ain-al-asad-air-base"),
])
def test_the_cue_after_a_restatement_in_brackets(text, target, gazetteer):
    assert [d[2] for d in drafts(text, "2021-06-05", gazetteer)] == [target]
