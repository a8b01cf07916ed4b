"""A report that tells an attack undated and dates it in the next sentence, opening on it ("The attack Friday wounded
two soldiers"), as wire copy often does: the draft takes that day, not the publication day. Sentences written for
these tests."""
from __future__ import annotations

import pytest

from geoincidents.extract import extract_report


def drafts(text, gazetteer, published="2024-10-05"):  # a Saturday
    found = extract_report(text, published=published, gazetteer=gazetteer).incidents
    return list(zip(found["date"], found["target_place_id"]))


@pytest.mark.parametrize("text, expected", [
    ("Militants fired rockets at Ain al-Asad air base in western Iraq. The attack on Friday wounded two soldiers.",
     [("2024-10-04", "iq-ain-al-asad-air-base")]),
    ("US and British forces struck Houthi targets in Yemen. The joint operation Friday hit radar sites, officials said.",
     [("2024-10-04", "cc-ye")]),
    ("Israeli jets struck targets near Damascus. The strikes, which came early Thursday, hit an air defence site.",
     [("2024-10-03", "sy-damascus")]),
    # The day the retelling's own clause tells, not that of an event it links it to.
    ("Drones attacked Erbil airport, officials said. The attack came days after a strike on Friday killed a commander.",
     [("2024-10-05", "iq-erbil-international-airport")]),
    # "Another" attack is not the one told.
    ("Militants fired rockets at Ain al-Asad air base. Another attack on Friday targeted the Harir base.",
     [("2024-10-05", "iq-ain-al-asad-air-base"), ("2024-10-04", "iq-harir-air-base")]),
    # A lead told with its own day keeps it.
    ("Militants fired rockets at Ain al-Asad air base on Thursday. The attack on Friday was reported late.",
     [("2024-10-03", "iq-ain-al-asad-air-base")]),
])
def test_an_undated_lead_takes_the_day_of_its_retelling(gazetteer, text, expected):
    assert drafts(text, gazetteer) == expected


def test_a_days_strike_named_later_dates_the_undated_lead(gazetteer):
    text = ("Two US F-15 jets struck a weapons depot at Maysalun in eastern Syria. The depot stored drones, officials "
            "said. Officials praised the operation. Thursday's strike caused no casualties.")
    assert drafts(text, gazetteer) == [("2024-10-03", "sy-maysalun-deir-ez-zor")]
    # Not when the report told undated drafts in two sentences: which one the day is of is unknown.
    text = ("Two US F-15 jets struck a weapons depot at Maysalun in eastern Syria. Rockets hit the Conoco gas field "
            "base. Thursday's strike caused no casualties.")
    assert [d for d, _ in drafts(text, gazetteer)] == ["2024-10-05", "2024-10-05"]


def test_what_fire_answers_is_not_that_fire(gazetteer):
    # "a first response to the strikes on X": X was hit by the strikes answered, not by the rockets.
    text = ("Hezbollah said on Thursday it had fired rockets at Kiryat Shmona. It said the rocket fire was a first "
            "response to the deadly Israeli strikes on the southern city of Nabatiyeh.")
    assert drafts(text, gazetteer, "2024-02-15") == [("2024-02-15", "il-kiryat-shmona")]


def test_the_start_of_a_run_after_since_is_no_event(gazetteer):
    text = ("Israeli jets struck Hodeidah on Saturday. The strike was the first direct attack on Yemen since the "
            "Houthis began firing at Israel last year.")
    assert drafts(text, gazetteer, "2024-07-21") == [("2024-07-20", "ye-hodeidah")]


def test_a_site_named_after_in_a_sentence_that_retells_the_attack(gazetteer):
    text = ("An overnight drone attack on a US outpost in northeast Jordan killed three soldiers, officials said on "
            "Sunday. The outpost, called Tower 22, lies near the Syrian border; the troops were asleep when the drone "
            "struck.")
    assert drafts(text, gazetteer, "2024-01-28") == [("2024-01-28", "jo-tower-22")]


@pytest.mark.parametrize("verb", ["intensified", "escalated", "broke out"])
def test_a_run_counted_from_fighting_that_grew_is_no_event(gazetteer, verb):
    text = (f"Rockets hit Kiryat Shmona on Wednesday, the first deadly attack since fighting {verb} late last month. "
            "The same day a rocket barrage hit Haifa.")
    assert drafts(text, gazetteer, "2024-10-09") == [("2024-10-09", "il-kiryat-shmona"), ("2024-10-09", "il-haifa")]


@pytest.mark.parametrize("text, expected", [
    # The lead tells no draft; the first draft is the earlier event a clause hangs on ("came a day after"): what
    # follows goes on at the report's day, not the earlier one.
    ("Sirens sounded in Kiryat Shmona for the first time in a week. The alert came a day after a drone was shot down "
     "over the Golan Heights. Soon afterwards, a rocket hit a house in Metula.",
     [("2024-10-04", "il-golan-heights"), ("2024-10-05", "il-metula")]),
])
def test_an_earlier_event_hung_on_the_lead_dates_nothing_after_it(text, expected, gazetteer):
    assert drafts(text, gazetteer) == expected


@pytest.mark.parametrize("text, published, expected", [
    # the day of a clause hung on another is the day of the next undated event of its kind, later in the report
    ("Hezbollah fired rockets at Kiryat Shmona on Thursday, a day after Israeli strikes killed 15 people. It said the "
     "fire answered the deadly Israeli strikes on Nabatieh.", "2024-02-15",
     [("2024-02-15", "il-kiryat-shmona"), ("2024-02-14", "lb-nabatieh")]),
    # ... and of its own kind only: an attack told undated after it keeps the day of the report's story
    ("Hezbollah fired rockets at Kiryat Shmona on Thursday, a day after Israeli strikes killed 15 people. Later, "
     "drones were launched at Nahariya.", "2024-02-15",
     [("2024-02-15", "il-kiryat-shmona"), ("2024-02-15", "il-nahariyya")]),
])
def test_a_hung_clause_dates_the_next_event_of_its_kind(gazetteer, text, published, expected):
    assert drafts(text, gazetteer, published) == expected
