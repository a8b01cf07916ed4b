"""Turkish: a state in the dative before "ait" ('belonging to') owns the weapon after it ("İsrail'e ait İHA", an
Israeli drone): the state's drone strike, not a drone fired at Israel; and towns listed under "beldeleri" ('towns',
also "X ile Y beldeleri arasında", 'between the towns of X and Y') are each where the strike fell. Sentences written
for these tests."""
from __future__ import annotations

import pytest

from geoincidents import extract_report


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Nebatiye'de bir araç dün sabah saatlerinde İsrail'e ait İHA tarafından hedef alındı.",
     {("2025-12-25", "drone_strike", "lb-nabatieh")}),
    ("İsrail'e ait bir İHA Nebatiye'de bir aracı vurdu.", {("2025-12-26", "drone_strike", "lb-nabatieh")}),
    ("Türkiye'ye ait bir İHA Sidakan'da bir aracı vurdu.", {("2025-12-26", "drone_strike", "iq-sidakan")}),
    ("İsrail'e ait bir İHA Kfar Kila ve Khiam beldelerinde iki aracı vurdu.",
     {("2025-12-26", "drone_strike", "lb-kfar-kila"), ("2025-12-26", "drone_strike", "lb-khiam")}),
    ("İsrail'e ait bir İHA ise Kfar Kila ile Khiam beldeleri arasında bir aracı vurdu.",
     {("2025-12-26", "drone_strike", "lb-kfar-kila"), ("2025-12-26", "drone_strike", "lb-khiam")}),
])
def test_the_owner_of_the_drone_strikes_the_towns(sentence, expected):
    report = extract_report(sentence, published="2025-12-26")
    drafts = report.incidents
    assert set(zip(drafts["date"].astype(str), drafts["event_type"], drafts["target_place_id"])) == expected
    assert "cc-il" not in set(drafts["target_place_id"]) | set(drafts["launch_place_id"].dropna())
