"""A strike placed only by a bearing from a landmark, in French, Spanish, Italian and German ("a frappé au nord de la
région de Baalbek"): the landmark is the nearest thing to a target (session 44), on sentences written for these
tests."""
from __future__ import annotations

import pytest

from geoincidents import extract_report


@pytest.mark.parametrize("text", [
    "Mardi soir, l'aviation israélienne a frappé au nord de la région de Baalbek, dans l'est du Liban.",
    "El martes por la noche, la aviación israelí atacó al norte de Baalbek.",
    "Am Dienstagabend griff die israelische Luftwaffe nördlich von Baalbek an.",
])
def test_the_landmark_of_an_unnamed_site_is_the_target(text: str) -> None:
    rows = extract_report(text, published="2024-03-27").incidents
    assert list(zip(rows["date"].astype(str), rows["target_place_id"])) == [("2024-03-26", "lb-baalbek")]


def test_a_named_site_keeps_its_landmark_as_context() -> None:
    rows = extract_report("Mardi soir, l'aviation israélienne a frappé Hermel, au nord de Baalbek.",
                          published="2024-03-27").incidents
    assert rows["target_place_id"].tolist() == ["lb-hermel"]
