"""Incidents of session 70, on sentences written for these tests, in my own words, in the manner of the Arabic and
English reports of the drone attacks of July 2025 on the oil fields of Duhok; written after the failures of the
development sets.

A report tells one attack with its weapon and the next as "a similar attack" at another site: that attack is of the
weapon told before, and Arabic writes the adjective between the attack noun and its verb ("هجوماً مماثلاً طال")."""
from __future__ import annotations

from tests.geoincidents.extract.conftest import drafts


def _targets(text, published, gazetteer):
    return sorted((str(d), e, t) for d, e, t in drafts(text, published, gazetteer))


def test_a_similar_attack_is_of_the_weapon_told_before(gazetteer):
    text = ("Two drones hit the Peshkabir field on Wednesday morning, the counter-terrorism agency said. It added "
            "that a similar attack struck the Tawke field later in the day.")
    assert _targets(text, "2025-07-16", gazetteer) == [("2025-07-16", "drone_attack", "iq-peshkabir-oil-field"),
                                                       ("2025-07-16", "drone_attack", "iq-tawke-oil-field")]


def test_an_arabic_similar_attack_with_a_masculine_verb_after_its_adjective(gazetteer):
    # 'The agency said two drones attacked the Peshkabir field on Wednesday morning. It added that a similar attack
    # reached another field of the same firm in Tawke, causing no casualties.'
    text = ("قال الجهاز إن طائرتين مسيرتين هاجمتا صباح الأربعاء حقل بيشخابور. وأضاف أن هجوماً مماثلاً طال حقلاً آخر "
            "للشركة ذاتها في طاوكي دون أن يوقع ضحايا.")
    assert _targets(text, "2025-07-16", gazetteer) == [("2025-07-16", "drone_attack", "iq-peshkabir-oil-field"),
                                                       ("2025-07-16", "drone_attack", "iq-tawke-oil-field")]


def test_a_similar_attack_with_no_fire_told_before_stays_untyped(gazetteer):
    # (nothing told before to take a weapon from: the attack's means are unknown)
    text = "A similar attack struck the Tawke field on Wednesday, the agency said."
    assert _targets(text, "2025-07-16", gazetteer) == [("2025-07-16", "other", "iq-tawke-oil-field")]


def test_ba_adra_in_arabic_spelled_with_dal(gazetteer):
    # 'A drone targeted an oil field in Ba'adra in Sheikhan district on Wednesday.'
    text = "استهدفت طائرة مسيرة يوم الأربعاء حقلاً نفطياً في باعدرا بقضاء الشيخان."
    assert [t for _, _, t in _targets(text, "2025-07-16", gazetteer)] == ["iq-baadre"]
