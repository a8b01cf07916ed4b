"""Fire "from north-east of" a place comes from there; the Spanish lake named without "de" (session 44), on
sentences written for these tests."""
from __future__ import annotations

import pytest

from geoincidents import extract_report


@pytest.mark.parametrize("text, launch", [
    ("Israeli aircraft fired missiles from north-east of Lake Tiberias at Damascus airport on Saturday.",
     "il-sea-of-galilee"),
    ("Rockets were fired from south of Tyre at Kiryat Shmona on Saturday.", "lb-tyre"),
    ("El sábado, la aviación israelí disparó misiles desde la dirección del lago Tiberíades contra el aeropuerto de "
     "Damasco.", "il-sea-of-galilee"),
])
def test_fire_from_a_bearing_of_a_place_comes_from_it(text: str, launch: str) -> None:
    rows = extract_report(text, published="2022-09-17").incidents
    assert rows["launch_place_id"].tolist() == [launch]


def test_a_bearing_after_a_site_is_still_its_landmark() -> None:
    rows = extract_report("US jets struck Jurf al-Sakhar, south of Baghdad, on Saturday.",
                          published="2022-09-17").incidents
    assert list(zip(rows["target_place_id"], rows["launch_place_id"].fillna(""))) == [("iq-jurf-al-sakhar", "")]
