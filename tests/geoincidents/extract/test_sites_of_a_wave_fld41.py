"""A wave of strikes on several sites, one draft per site struck (issue 9, helper fld41): a passive list of sites each
told "in" its area ("the X field in A and the Y field in B were hit"), a list under a plural descriptor told before
it ("oil fields ..., including X, Y and Z") or after it ("the X and Y fields"), a list opener past the area of the
list's noun ("several towns in south Lebanon on Monday, among them X and Y"), and a draft at a region that a later
sentence resolves into the sites hit in it."""
from __future__ import annotations

from geoincidents.extract import extract_report


def report(text, gazetteer, published="2025-07-17"):
    return extract_report(text, published=published, gazetteer=gazetteer)


def drafts(text, gazetteer, published="2025-07-17"):
    return [(row.date, row.event_type, row.target_place_id)
            for row in report(text, gazetteer, published).incidents.itertuples()]


def roles(text, gazetteer, published="2025-07-17"):
    return {(row.mention, row.place_id): row.role for row in report(text, gazetteer, published).places.itertuples()}


def test_each_site_of_a_passive_list_told_in_its_area_is_hit(gazetteer):
    got = roles("On Tuesday night the Tawke field in Zakho and the Sarsang field in Duhok were struck by drones.",
                gazetteer)
    assert got[("Tawke field", "iq-tawke-oil-field")] == "target"
    assert got[("Sarsang field", "iq-sarsang-oil-field")] == "target"
    assert got[("Duhok", "iq-gov-duhok")] == "context"  # (the field lies 45 km from the city: in Duhok province)


def test_names_before_a_plural_field_word_are_the_fields(gazetteer):
    got = drafts("Drones hit the Khurmala and Tawke fields on Tuesday.", gazetteer)
    assert sorted(t for _, _, t in got) == ["iq-khurmala-oil-field", "iq-tawke-oil-field"]


def test_peshkhabour_among_fields_is_the_field_and_alone_the_crossing(gazetteer):
    fields = roles("Output halted at the Tawke and Peshkhabour fields on Tuesday.", gazetteer)
    assert ("Peshkhabour", "iq-peshkabir-oil-field") in fields
    crossing = roles("Trucks queued at the Peshkhabour crossing on Tuesday.", gazetteer)
    assert ("Peshkhabour crossing", "sy-semalka-crossing") in crossing or ("Peshkhabour", "sy-semalka-crossing") in crossing


def test_a_list_opened_by_a_plural_field_word_told_before_it_reads_fields(gazetteer):
    got = drafts("Drones struck three oil fields in northern Iraq on Tuesday, including Khurmala, Sarsang and Tawke.",
                 gazetteer)
    assert sorted(t for _, _, t in got) == ["iq-khurmala-oil-field", "iq-sarsang-oil-field", "iq-tawke-oil-field"]


def test_the_list_noun_told_further_back_is_not_read_past_another_clause(gazetteer):
    got = roles("Drones struck oil fields in northern Iraq on Tuesday; crowds gathered in the towns, including "
                "Khurmala.", gazetteer)
    assert ("Khurmala", "iq-khurmala-oil-field") not in got


def test_a_list_opener_takes_the_cue_past_the_area_of_the_lists_noun(gazetteer):
    got = drafts("Israeli jets bombed several villages in south Lebanon on Tuesday, among them Khiam and Kfarkela.",
                 gazetteer)
    assert sorted(t for _, _, t in got) == ["lb-kfar-kila", "lb-khiam"]


def test_a_region_draft_gives_way_to_the_sites_a_later_sentence_names_in_it(gazetteer):
    got = drafts("Armed drones hit oil fields across Iraq's Kurdistan Region on Tuesday. The Khurmala field in "
                 "Erbil and the Tawke field in Zakho were hit.", gazetteer)
    assert "iq-kurdistan-region" not in [t for _, _, t in got]
    assert sorted((d, e, t) for d, e, t in got) == [("2025-07-15", "drone_attack", "iq-khurmala-oil-field"),
                                                     ("2025-07-15", "drone_attack", "iq-tawke-oil-field")]


def test_a_region_draft_stays_when_the_sites_are_hit_another_day(gazetteer):
    got = drafts("Armed drones hit oil fields across Iraq's Kurdistan Region on Tuesday. On Sunday the Khurmala "
                 "field had been hit.", gazetteer)
    assert ("2025-07-15", "drone_attack", "iq-kurdistan-region") in [(d, e, t) for d, e, t in got]


def test_a_region_draft_told_with_no_noun_of_sites_stays_beside_a_town_told_after(gazetteer):
    got = drafts("Two guards were wounded in a drone attack in Iraq's Kurdistan Region on Tuesday. Drones were also "
                 "launched at Erbil on Tuesday.", gazetteer)
    assert "iq-kurdistan-region" in [t for _, _, t in got]


def test_fields_named_after_an_attack_on_fields_in_a_region_are_the_fields_hit(gazetteer):
    text = ("Drones struck oil fields in the Kurdistan Region on Tuesday. Output was halted at the Sarsang and Tawke "
            "fields, the ministry said.")
    got = drafts(text, gazetteer)
    assert sorted(t for _, _, t in got) == ["iq-sarsang-oil-field", "iq-tawke-oil-field"]
    assert roles(text, gazetteer)[("Kurdistan Region", "iq-kurdistan-region")] == "context"


def test_fields_named_after_an_attack_on_another_region_stay_context(gazetteer):
    got = drafts("Drones struck oil fields in south Lebanon on Tuesday. Output was halted at the Sarsang and Tawke "
                 "fields, the ministry said.", gazetteer)
    assert "iq-sarsang-oil-field" not in [t for _, _, t in got]


def test_a_colon_after_a_plural_noun_of_places_opens_their_list(gazetteer):
    got = drafts("Drones struck two oil fields in Duhok province on Tuesday: Peshkhabour and Sarsang.", gazetteer)
    assert sorted(t for _, _, t in got) == ["iq-peshkabir-oil-field", "iq-sarsang-oil-field"]


def test_a_colon_after_no_plural_noun_of_places_opens_no_list(gazetteer):
    got = roles("Drones struck the area on Tuesday: Sarsang residents said nothing.", gazetteer)
    assert "target" not in [r for (mention, _), r in got.items() if mention.startswith("Sarsang")]


def test_the_french_spelling_khourmala_is_the_town_and_with_champ_the_field(gazetteer):
    town = roles("Des obus sont tombés sur Khourmala mardi.", gazetteer)
    assert ("Khourmala", "iq-khurmala") in town
    field = roles("Un drone a touché le champ pétrolifère de Khourmala mardi.", gazetteer)
    assert "iq-khurmala-oil-field" in [p for _, p in field]


def test_the_area_of_the_noun_may_be_told_with_a_curly_possessive_and_a_direction(gazetteer):
    got = drafts("A drone struck an oil field in Iraq’s northern Kurdistan Region on Tuesday. The blast hit the "
                 "Sarsang field, officials said.", gazetteer)
    assert [t for _, _, t in got] == ["iq-sarsang-oil-field"]


def test_a_town_told_with_countryside_before_a_list_of_villages_is_where_they_lie(gazetteer):
    got = drafts("Turkish drones hit villages in the Qamishli countryside on Monday, including Amuda and Derbasiyah.",
                 gazetteer)
    assert sorted(t for _, _, t in got) == ["sy-amuda", "sy-darbasiyah"]


def test_a_town_told_with_countryside_and_no_list_is_still_the_target(gazetteer):
    got = drafts("Turkish drones hit a village in the Qamishli countryside on Monday.", gazetteer)
    assert [t for _, _, t in got] == ["sy-qamishli"]
