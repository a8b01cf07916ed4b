"""French background paragraphs (session 45), on sentences written for these tests.

* "Erbil ... avait déjà été la cible le 15 février d'une salve de roquettes": the pluperfect of "was the target";
* "Washington a approuvé des frappes": approving strikes is no strike;
* "Depuis 2019, des dizaines de roquettes ont visé l'ambassade": a tally since a time, no event.
"""
from __future__ import annotations

from geoincidents import extract_report

LEAD = "Un drone s'est abattu mercredi soir près de l'aéroport international d'Erbil. "


def rows(text: str, published: str = "2021-04-15") -> list[tuple[str, str, str]]:
    found = extract_report(text, published=published).incidents
    return sorted(zip(found["date"].astype(str), found["event_type"], found["target_place_id"]))


def test_the_pluperfect_of_was_the_target() -> None:
    text = LEAD + ("Erbil, capitale de la région autonome du Kurdistan, avait déjà été la cible le 15 février d'une "
                   "salve de roquettes qui avait tué un sous-traitant.")
    assert ("2021-02-15", "rocket_attack", "iq-erbil") in rows(text)


def test_washington_approving_strikes_is_no_strike() -> None:
    # the capital stands for the state, but is no actor of a strike: "Washington has cleared a wave of strikes" is
    # no strike yet (tried: reading Washington as the US drafted such approvals as strikes)
    text = LEAD + "Washington a approuvé des frappes contre des installations dans l'est de la Syrie."
    assert rows(text) == [("2021-04-14", "drone_attack", "iq-erbil-international-airport")]


def test_dozens_of_rockets_since_a_year_are_a_tally() -> None:
    text = LEAD + "Depuis 2019, des dizaines de roquettes ont visé l'ambassade américaine à Bagdad."
    assert rows(text) == [("2021-04-14", "drone_attack", "iq-erbil-international-airport")]


def test_more_than_a_number_of_weapons_since_a_month_is_a_tally() -> None:
    for text in ("Since October 2019, more than 30 rockets have hit the US embassy in Baghdad.",
                 "ومنذ تشرين الأول/أكتوبر 2019، استهدف أكثر من 33 صاروخاً السفارة الأميركية في بغداد."):
        assert rows(text, "2020-07-05") == []
    # a count of one day's fire is fire
    assert rows("More than 30 rockets hit the US embassy in Baghdad on Sunday.", "2020-07-06") == [
        ("2020-07-05", "rocket_attack", "iq-us-embassy-baghdad")]
