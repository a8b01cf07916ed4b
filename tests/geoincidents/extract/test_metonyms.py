"""A country or capital that stands for its state is no place mention (its row says ``sense == "state"``, role
context); a literal use always is a place.

Texts written for these tests, in our own words, on the pattern of reports of 2023-2025.
"""
from __future__ import annotations

import pytest

from geoincidents.extract import extract_report
from geoincidents.extract.metonyms import owns_a_group, side_of_a_conflict, subject_of_a_verb
from geoincidents.extract.text import sentences


def mentions(text, gazetteer, published="2024-04-20"):
    """The mentions read as places."""
    places = extract_report(text, gazetteer=gazetteer, published=published).places
    return list(places.loc[places["sense"] == "place", "mention"])


def states(text, gazetteer, published="2024-04-20"):
    """The mentions read as the state acting, each with its role."""
    places = extract_report(text, gazetteer=gazetteer, published=published).places
    return dict(zip(*places.loc[places["sense"] == "state", ["mention", "role"]].T.values))


@pytest.mark.parametrize("text, state", [
    # subject of a verb of acting or saying
    ("Iran fired a volley of missiles at the Nevatim base on Tuesday night.", "Iran"),
    ("Israel struck a weapons depot in Masyaf on Sunday.", "Israel"),
    ("Washington said the strike near Abu Kamal hit a storage site.", "Washington"),
    ("Tehran denied any role in the drone attack on Tower 22.", "Tehran"),
    ("A missile hit a house in Erbil. Israel did not immediately comment.", "Israel"),
    ("Rockets landed in Zummar, and Iraq later said it had arrested the launch team.", "Iraq"),
    ("Officials in Jordan said Israel had not been behind the blast in Baghdad.", "Israel"),
    ("Drones struck Erbil airport, but Iran and allied groups have threatened more attacks.", "Iran"),
    ("The war widened on June 13, when Tel Aviv launched raids on Natanz.", "Tel Aviv"),
    ("Syria says its air defences downed missiles over Damascus.", "Syria"),
    # object of blame, accusation, warning; the agent of a passive verb; backers
    ("The Guards blamed Israel for the strike on the consulate in Damascus.", "Israel"),
    ("The United States accused Iran of arming the militias that hit al-Tanf.", "Iran"),
    ("The minister warned Kuwait against letting its bases be used for strikes on Iraq.", "Kuwait"),
    ("An airstrike attributed to Israel killed an adviser in Sayyida Zeinab.", "Israel"),
    ("Militias backed by Iran fired rockets at Ain al-Asad.", "Iran"),
    ("A pro-Iran group said it launched the drone at Erbil.", "Iran"),
    ("The group said it acted over American support for Israel in Gaza.", "Israel"),
    # possessive before a force, an office, an outlet or an act
    ("Iran's elite Revolutionary Guards lost two officers in the Damascus strike.", "Iran"),
    ("Israel's military said it intercepted a drone over Eilat.", "Israel"),
    ("Iraq's prime minister condemned the drone strike in Baghdad.", "Iraq"),
    ("Iran's space agency said drones were downed near Isfahan.", "Iran"),
    ("Iran's official Mehr news agency reported blasts near Isfahan.", "Iran"),
    ("Fears grew of a reprisal for Tehran's unprecedented drone-and-missile barrage on Israel.", "Tehran"),
    # the sides of a war: "X and Y", "X-Y"
    ("The attacks on bases in Syria began after the war between Israel and Hamas broke out.", "Israel"),
    ("The attacks on bases in Syria began after the Israel-Hamas war broke out.", "Israel"),
    ("Airports in Tabriz closed amid the escalation between Tehran and Tel Aviv.", "Tehran"),
    # a relative clause between subject and verb; a capital before its government; the object of a threat
    ("Iran, which arms the Houthis, denied any part in the drone attack on Eilat.", "Iran"),
    ("A drone hit Palmyra, a commander allied with the Damascus government said.", "Damascus"),
    ("Turkey shelled positions near Qamishli overnight.", "Turkey"),
    ("The Guards threatened Israel after the strike on the consulate in Damascus.", "Israel"),
    ("Iran is expected to retaliate for the strike on its consulate in Damascus.", "Iran"),
    ("Jordan's King Abdullah condemned the drone attack on Tower 22.", "Jordan"),
    # a possessive before an outlet or a weapon system of the state
    ("Syria's SANA reported blasts near Damascus.", "Syria"),
    ("Israel's Kan said sirens sounded in Eilat.", "Israel"),
    ("Israel's Iron Dome downed rockets over Haifa.", "Israel"),
    # the subject of a modal or of "did", whatever the verb after it; a subject after "saying" or a year
    ("The army hit sites near Isfahan and warned that Iran would \"pay dearly\" for any reply.", "Iran"),
    ("The strike on Isfahan was meant to show that Israel could reach any target.", "Israel"),
    ("A blast shook Erbil. Iran did not explain why it chose the villa.", "Iran"),
    ("Blasts hit Isfahan, with officials quoted as saying Israel had carried out the raid.", "Israel"),
    ("Rockets hit Erbil again; in March 2022 Iran fired missiles at the same district.", "Iran"),
    # the state a deed is pinned on, the state kept from doing, a possessive before an agency or an annex
    ("A strike killed an adviser near Damascus; state media linked Israel to the raid.", "Israel"),
    ("A strike, blamed by Tehran on Israel, flattened the annex in Damascus.", "Israel"),
    ("Jets bombed Natanz to stop Tehran from building a weapon.", "Tehran"),
    ("The Guards said they hit a base of Israel's Mossad in Erbil.", "Israel"),
    ("A strike flattened Iran's consular annex in Damascus.", "Iran"),
    # nothing places it: no preposition, attack or place word, no place beside it (any verb, any role in a list)
    ("Turkey pounded oil facilities near Derik on Monday.", "Turkey"),
    ("Turkiye has a long record of air strikes near Zakho.", "Turkiye"),
    ("The plant near Arak could give Iran a second route to a bomb.", "Iran"),
    ("Strikes on Beirut weakened its main allies, Iran and Hezbollah.", "Iran"),
])
def test_a_state_is_no_place(gazetteer, text, state):
    found = mentions(text, gazetteer)
    assert state not in found, found
    assert found, "the report's literal places stay"
    if state != "Washington":  # the one name of the table the gazetteer does not hold
        assert states(text, gazetteer).get(state) == "context", "the state's name keeps its row, as context"


@pytest.mark.parametrize("text, place", [
    ("Sirens sounded in Israel as missiles flew overhead.", "Israel"),
    ("Iran fired missiles at Israel on Tuesday.", "Israel"),
    ("Rockets were fired from Iraq toward the Golan.", "Iraq"),
    ("Israeli jets carried out strikes on Iran before dawn.", "Iran"),
    ("Blasts were heard in Iran's Isfahan province on Friday.", "Iran"),
    ("Attacks across Syria killed 14 people.", "Syria"),
    ("Drones approaching Israeli territory were shot down.", "Israeli territory"),
    ("US forces in Iraq and Syria came under attack 60 times.", "Syria"),
    ("A drone struck the Syrian capital Damascus on Saturday, killing four.", "Damascus"),
    ("Iraq's capital was hit by two rockets.", "Iraq"),
    ("Israel was hit by dozens of missiles overnight.", "Israel"),
    ("The army closed the border between Iraq and Syria after the strike.", "Syria"),
    ("Groups in Iraq said they fired drones at Eilat.", "Iraq"),
    ("The strikes targeted Iran's nuclear sites at Natanz and Fordow.", "Iran"),
    ("A village close to Syria was shelled overnight.", "Syria"),
    ("After the Syria strikes, militias hit al-Tanf.", "Syria"),  # a noun compound, no subject
    ("Syria's civil war drove thousands from Aleppo.", "Syria"),  # the war is in Syria
    ("The attacks began after the Israel-Gaza war broke out.", "Gaza"),  # a territory, no state
    ("Israel is expected to be hit again tonight, officials in Haifa warned.", "Israel"),
    ("Damascus and its countryside were struck overnight.", "Damascus"),
    ("Officials feared that Israel would be hit again by missiles fired from Yemen.", "Israel"),  # a passive after the modal
    ("Israeli aircraft flying over north-western Lebanon fired missiles at Homs.", "Lebanon"),  # direction words between
    ("Strikes hit Homs province, which borders Lebanon, last week.", "Lebanon"),  # a verb of place
    ("Militias attacked US personnel in both Iraq and Syria.", "Syria"),
    ("A drone hit Erbil, Iraq, on Monday.", "Iraq"),  # the country of the place before it
    ("The drones entered Syria from Iraq before they reached the Golan.", "Syria"),
    ("Israel struck Iran before dawn on Friday.", "Iran"),  # the object of an attack word
    ("Drones came from the direction of al-Tanf, near the borders with Iraq and Jordan.", "Jordan"),
    ("The drone was downed near Erbil at 9:52 a.m. Iraq time.", "Iraq"),
])
def test_a_literal_use_stays_a_place(gazetteer, text, place):
    assert place in mentions(text, gazetteer)


def test_the_state_stays_the_actor_and_its_target_stays_the_place(gazetteer):
    r = extract_report("Iran fired about 200 missiles at Israel on Tuesday night.", gazetteer=gazetteer,
                       published="2024-10-02")
    assert list(r.places["mention"]) == ["Iran", "Israel"]
    assert list(r.places["sense"]) == ["state", "place"]
    assert list(r.places["role"]) == ["context", "target"]
    assert list(r.incidents["actor"]) == ["Iran"]
    assert list(r.incidents["target_place_id"]) == ["cc-il"]


def test_a_state_blamed_is_no_target(gazetteer):
    r = extract_report("An airstrike attributed to Israel killed a Guards adviser in Sayyida Zeinab on Monday.",
                       gazetteer=gazetteer, published="2023-12-26")
    assert "cc-il" not in set(r.incidents["target_place_id"])


def test_the_readings_one_by_one():
    s = sentences("Syria said the war between Israel and Hamas spread, and Iran's Isfahan province shook.")[0]
    low = s.lowered
    assert subject_of_a_verb(low, 0, 1, set())
    israel = low.index("israel")
    assert side_of_a_conflict(low, israel, israel + 1, set())
    iran = low.index("iran")
    assert not owns_a_group(low, iran + 1, {iran + 3})  # Isfahan is a place (covered by its mention)
    assert owns_a_group(sentences("Iran's Supreme Leader spoke.")[0].lowered, 1)


@pytest.mark.parametrize("text, expected", [
    ("Drones Hit US Base In Syria\n\nDrones hit the al-Tanf garrison on Monday.", ["cc-sy", "sy-al-tanf-garrison"]),
    ("Blast In Hit Kills Three\n\nA blast in Hit killed three people on Monday.", ["iq-hit", "iq-hit"]),
])
def test_a_verb_in_a_title_case_headline_is_no_town(gazetteer, text, expected):
    r = extract_report(text, gazetteer=gazetteer, published="2024-02-01")
    assert list(r.places.loc[r.places["sense"] == "place", "place_id"]) == expected


def test_arabic_puts_the_verb_before_the_state(gazetteer):
    # "Israel launched strikes on Iran, and Tehran said it would respond" (our words)
    text = "شنت إسرائيل غارات على إيران، وقالت طهران إنها سترد."
    found = mentions(text, gazetteer, published="2025-06-13")
    assert "إيران" in found
    assert "إسرائيل" not in found and "طهران" not in found
    assert states(text, gazetteer, published="2025-06-13") == {"إسرائيل": "context", "طهران": "context"}


def test_the_government_in_a_capital_is_the_state(gazetteer):
    text = ("Kurdish officials said on Wednesday that Turkish drone attacks were rising and that the central "
            "government in Baghdad should step in.")
    found = extract_report(text, published="2023-08-09", gazetteer=gazetteer)
    assert found.incidents.empty
    baghdad = found.places[found.places["mention"] == "Baghdad"]
    assert list(zip(baghdad["sense"], baghdad["role"])) == [("state", "context")]
