"""States named by their country or capital, and words spelt like a place (session 47), on sentences written for
these tests.

A country or capital that answers, comments, is fought or is blamed is the state, no place of the report: "Washington
answered with strikes", "neither Damascus nor Amman had commented", "there was no comment from Ankara", "an insurgency
against Ankara", "Ankara n'a pas commenté", "un raid attribuito a Israele". Words that only look like a place's name are
none: French "Sur" ('on') before a determiner (not Tyre), Arabic صور 'pictures' after "وأظهرت", the adjective after
غير 'non-', the Kurdistan of a party's name in French or German, and the ISW's "Iran Update".
"""
from __future__ import annotations

import pytest

from geoincidents import extract_report


def senses(text: str) -> list[tuple[str, str, str]]:
    places = extract_report(text, published="2024-03-05").places
    return list(zip(places["mention"], places["place_id"], places["sense"]))


@pytest.mark.parametrize("text, state", [
    ("Washington answered two days later with strikes on militia depots.", "Washington"),
    ("Tehran replied that the accusation was baseless.", "Tehran"),
    ("By Tuesday neither Damascus nor Amman had commented on the blast.", "Damascus"),
    ("Israel neither confirmed nor denied a role in the raid.", "Israel"),
    ("There was no immediate comment from Ankara on the drone strike.", "Ankara"),
    ("The group has fought an insurgency against Ankara for decades.", "Ankara"),
    ("The strike came days after Washington's retaliatory raids on the border.", "Washington"),
    ("Ankara n'a pas commenté la frappe de dimanche.", "Ankara"),
    ("La Turquie considère ces unités comme une branche du PKK.", "Turquie"),
    ("Israel rara vez comenta estos bombardeos.", "Israel"),
    ("Si tratta del terzo raid attribuito a Israele dall'inizio dell'anno.", "Israele"),
    ("Die Regierung in Bagdad bestellte den Botschafter ein.", "Bagdad"),
    ("Sono stati colpiti depositi legati all'Iran.", "Iran"),
    ("گروه‌های همسو با ایران مسئولیت را بر عهده گرفتند.", "ایران"),
    ("سفیر جمهوری اسلامی ایران در بغداد گفت.", "ایران"),
])
def test_a_state_that_answers_or_is_fought_is_no_place(text: str, state: str) -> None:
    assert [(mention, sense) for mention, _, sense in senses(text) if mention == state] == [(state, "state")]


@pytest.mark.parametrize("text, place", [
    ("Ankara was hit by a power cut on Sunday.", "tr-ankara"),
    ("Washington hosted the talks.", "us-washington"),
    ("Der Botschafter in Bagdad wurde einbestellt.", "iq-baghdad"),
])
def test_a_place_where_things_happen_is_still_a_place(text: str, place: str) -> None:
    assert [(p, s) for _, p, s in senses(text)] == [(place, "place")]


@pytest.mark.parametrize("text", [
    "Sur leur chaîne Telegram, les Gardiens ont revendiqué l'attaque.",
    "Sur l'autoroute, des témoins ont vu une colonne de fumée.",
    "وأظهرت صور بثّتها الوكالة أضراراً في المبنى.",
    "قُتل ثلاثة مقاتلين من جنسيات غير سورية.",
    "Le Parti des travailleurs du Kurdistan n'a pas réagi.",
    "Die Arbeiterpartei Kurdistans äußerte sich nicht.",
    "Iran Update, March 4, 2024",
    "ממשטרת ישראל נמסר כי לא היו נפגעים.",
])
def test_words_spelt_like_a_place_are_none(text: str) -> None:
    assert [(m, p) for m, p, s in senses(text) if s == "place"] == []


@pytest.mark.parametrize("text, place", [
    ("Des frappes ont visé Sur et Nabatiyé dimanche.", "lb-tyre"),
    ("Sur, la grande ville du sud, a été frappée.", "lb-tyre"),
    ("وقصفت طائرات حربية مدينة صور.", "lb-tyre"),
    ("قُتل ثلاثة مقاتلين في سوريا.", "cc-sy"),
])
def test_the_place_itself_is_still_read(text: str, place: str) -> None:
    assert place in [p for _, p, s in senses(text) if s == "place"]
