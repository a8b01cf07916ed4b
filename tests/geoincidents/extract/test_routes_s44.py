"""A vehicle's route ("travelling from Sulaimani toward Penjwen when it was hit") is no launch (session 44), on
sentences written for these tests."""
from __future__ import annotations

from geoincidents import extract_report


def test_a_route_from_a_city_is_no_launch() -> None:
    rows = extract_report("A drone hit a car on Friday that had been travelling from Sulaimani toward Penjwen.",
                          published="2023-08-11")
    assert rows.incidents["launch_place_id"].isna().all()
    assert rows.incidents["target_place_id"].tolist() == ["iq-penjwen"]
    roles = dict(zip(rows.places["place_id"], rows.places["role"]))
    assert roles["iq-sulaymaniyah"] == "context"


def test_fire_from_a_town_is_still_a_launch() -> None:
    rows = extract_report("Rockets were fired from Zummar toward Erbil on Friday.", published="2023-08-11").incidents
    assert list(zip(rows["target_place_id"], rows["launch_place_id"])) == [("iq-erbil", "iq-zummar")]
