"""Incidents of session 52, on sentences written for these tests: a list of strikes that gives each place a day of its
own ("near Albu Kamal on Oct. 27, in Deir ez-Zor province on Nov. 8, and near Mayadin on Nov. 12") makes each place a
target on its day, the province holding the towns included, while a province told with the towns of one day stays
where they lie; a kind word before a name ("la province d'Ispahan") settles that mention only, not every bare
"Ispahan" of the report."""
from __future__ import annotations

import pytest

from tests.geoincidents.extract.conftest import dated_targets


@pytest.mark.parametrize("text, expected", [
    ("The US military has carried out strikes on facilities used by Iran-backed groups near Albu Kamal on Oct. 27, in "
     "Deir ez-Zor province on Nov. 8, and near Mayadin on Nov. 12.",
     [("2024-10-27", "sy-albu-kamal"), ("2024-11-08", "sy-gov-deir-ez-zor"), ("2024-11-12", "sy-mayadin")]),
    ("US forces struck Iran-backed groups in Syria this autumn: near Albu Kamal on Oct. 27, a weapons facility in "
     "Deir ez-Zor province on Nov. 8, and a storage site near Mayadin on Nov. 12.",
     [("2024-10-27", "sy-albu-kamal"), ("2024-11-08", "sy-gov-deir-ez-zor"), ("2024-11-12", "sy-mayadin")]),
    # one day for all: the province says where the towns lie
    ("US aircraft struck facilities near Albu Kamal and Mayadin in Deir ez-Zor province on Nov. 8.",
     [("2024-11-08", "sy-albu-kamal"), ("2024-11-08", "sy-mayadin")]),
    # one day, told after the province: still where the town lies
    ("US aircraft struck a facility near Mayadin on Nov. 8 in Deir ez-Zor province.",
     [("2024-11-08", "sy-mayadin")]),
])
def test_a_list_of_strikes_each_on_its_own_day(text, expected, gazetteer):
    assert dated_targets(text, gazetteer, "2024-11-20") == expected


@pytest.mark.parametrize("text, expected", [
    # the province's kind word speaks of that mention only: the bare name later is the city, as in English
    ("Des frappes israéliennes ont visé samedi un site militaire dans la province d'Ispahan. Dimanche, un drone a "
     "frappé un immeuble à Ispahan, selon l'agence Tasnim.", ["ir-gov-isfahan", "ir-isfahan"]),
    ("Israeli strikes hit a military site in the province of Isfahan on Saturday. On Sunday, a drone struck a building "
     "in Isfahan, state media said.", ["ir-gov-isfahan", "ir-isfahan"]),
])
def test_a_kind_word_settles_its_own_mention_only(text, expected, gazetteer):
    from geoincidents.extract import extract_report

    assert list(extract_report(text, published="2025-06-22", gazetteer=gazetteer).places["place_id"]) == expected
