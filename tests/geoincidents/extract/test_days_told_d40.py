"""Days a reader fixes from the words around an event: "au lendemain de" (the day after), a sentence that opens on a
French quote, and the other rules of this file. Sentences written for these tests."""
from __future__ import annotations

from geoincidents import extract_report
from geoincidents.extract.text import sentences


def rows(text: str, published: str, gazetteer) -> set[tuple[str, str]]:
    got = extract_report(text, published=published, gazetteer=gazetteer).incidents
    return set(zip(got["date"], got["target_place"]))


def test_a_french_quote_opens_a_sentence():
    text = "Les drones ont visé deux champs mercredi. « A 07H00, un drone a frappé le champ de Tawke », a dit un officier."
    assert [s.text[:4] for s in sentences(text)] == ["Les ", "« A "]


def test_au_lendemain_de_tells_an_attack_a_day_before_and_no_more(gazetteer):
    # Wednesday 16 July 2025: the Sarsang attack is of Tuesday; the Tawke one, told in a quote after a sentence
    # that ends on "au lendemain de", stays on Wednesday.
    text = ("Deux champs pétrolifères ont été touchés mercredi matin par des drones, au lendemain d’une attaque "
            "similaire qui a interrompu la production d’un autre champ. « A 07H00, un drone a frappé le champ de "
            "Tawke », ont indiqué les forces kurdes. Cette attaque est survenue au lendemain d’une attaque au drone "
            "qui a visé le champ pétrolifère de Sarsang.")
    assert rows(text, "2025-07-16", gazetteer) == {("2025-07-16", "Tawke oil field"),
                                                    ("2025-07-15", "Sarsang oil field")}


def test_since_a_happening_whose_nouns_and_joins_dates_no_event(gazetteer):
    # Saturday 14 December 2024: "last Sunday" is when a run of strikes is counted from; the undated strike on
    # Barzeh told next is the report's story, of Saturday.
    text = ("Israeli jets struck Damascus early on Saturday. Since the fall and flight of the president last Sunday, "
            "Israel has carried out hundreds of strikes in Syria. Other strikes destroyed a research centre in Barzeh.")
    assert ("2024-12-14", "Barzeh") in rows(text, "2024-12-14", gazetteer)
    assert not any(day == "2024-12-08" and place == "Barzeh" for day, place in rows(text, "2024-12-14", gazetteer))


def test_last_week_in_a_sunday_report_is_the_week_just_over():
    from datetime import date

    from geoincidents.extract.dates import find_dates
    from geoincidents.extract.text import tokenize

    def week(published):
        [found] = find_dates(tokenize("the killing of a commander last week"), published=published)
        return found.date.isoformat(), found.precision

    assert week(date(2024, 8, 4)) == ("2024-07-29", "week")  # Sunday: Monday 29 July to Saturday 3 August
    assert week(date(2024, 8, 3)) == ("2024-07-22", "week")  # Saturday: the calendar week before
    assert week(date(2024, 8, 5)) == ("2024-07-29", "week")  # Monday


def test_the_evening_with_no_day_of_its_own_is_the_day_told_last(gazetteer):
    # Monday 16 June 2025: the fire went on into Sunday; the strike told "in the evening" is Sunday's.
    text = ("Missiles fell on Haifa overnight as the exchange of fire went on into Sunday. In the evening, the army "
            "said it had struck a tanker aircraft at Mashhad airport.")
    got = rows(text, "2025-06-16", gazetteer)
    assert any(day == "2025-06-15" and "Mashhad" in place for day, place in got), got


def test_may_after_in_is_the_month():
    from datetime import date

    from geoincidents.extract.dates import find_dates
    from geoincidents.extract.text import tokenize

    def told(text):
        return [(d.date.isoformat(), d.precision) for d in find_dates(tokenize(text), published=date(2021, 7, 5))]

    assert told("The depot was shelled in May.") == [("2021-05-01", "month")]
    assert told("The depot was shelled in mid-May.") == [("2021-05-11", "week")]
    assert told("Officials warned that strikes may go on. May they stop.") == []


def test_it_after_a_sentence_on_the_base_is_that_base_on_a_day_of_its_own(gazetteer):
    # Monday 5 July 2021: the base told by its noun, then "it" in the next sentence: an attack of May on that base.
    text = ("Two rockets struck Ain al-Asad air base on Monday. The base, home to coalition troops, was hit by a "
            "rocket on June 20. It was also attacked in May.")
    got = extract_report(text, published="2021-07-05", gazetteer=gazetteer).incidents
    assert ("2021-05-01", "month", "Ain al-Asad Air Base") in set(zip(got["date"], got["date_precision"],
                                                                     got["target_place"]))


def test_an_attack_told_at_its_own_hour_goes_on_with_the_story_not_the_earlier_attack(gazetteer):
    # Wednesday 16 July 2025: the attack hung on "a day after" is Tuesday's; the one told at 06:00 next is Wednesday's.
    text = ("Three oil fields in Kurdistan were hit by drones on Wednesday morning, a day after a similar drone attack "
            "halted work at another field. At 06:00 two drones attacked the Peshkabir oil field.")
    got = rows(text, "2025-07-16", gazetteer)
    assert ("2025-07-16", "Peshkabir oil field") in got
    assert ("2025-07-15", "Peshkabir oil field") not in got


def test_the_night_before_last_counts_from_the_publication_day_not_the_date_told_last():
    from datetime import date

    from geoincidents.extract.dates import find_dates
    from geoincidents.extract.text import tokenize

    text = "Drones hit Erbil on January 3. Rockets struck the base the night before last."
    found = find_dates(tokenize(text), published=date(2024, 1, 17))  # a Wednesday: Monday night
    assert [(d.date.isoformat(), d.text) for d in found][-1] == ("2024-01-15", "the night before last")


def test_a_part_of_a_day_of_the_month_told_alone():
    from datetime import date

    from geoincidents.extract.dates import find_dates
    from geoincidents.extract.text import tokenize

    def told(text):
        return [d.date.isoformat() for d in find_dates(tokenize(text), published=date(2024, 1, 17))]

    assert told("Rockets hit the base on the night of the 14th.") == ["2024-01-14"]
    assert told("Drones came in the early hours of the 3rd.") == ["2024-01-03"]
    assert told("A commander of the 22nd Brigade was killed.") == []


def test_earlier_that_month_is_the_month_of_the_date_told_last():
    from datetime import date

    from geoincidents.extract.dates import find_dates
    from geoincidents.extract.text import tokenize

    text = "Missiles were last fired at the base in January 2020, after the killing earlier that month of a general."
    found = find_dates(tokenize(text), published=date(2022, 3, 13))
    assert [(d.date.isoformat(), d.precision) for d in found][-1] == ("2020-01-01", "month")
    text = "Drones hit Erbil on January 14, 2020. Later that month, rockets hit the base."
    found = find_dates(tokenize(text), published=date(2022, 3, 13))
    assert [(d.date.isoformat(), d.precision) for d in found][-1] == ("2020-01-01", "month")


def test_a_day_counted_back_from_an_event_the_report_dated_before(gazetteer):
    # Sunday 4 August 2024: the strike on Hodeidah is of July 20 (told so before), so the drone that came the day
    # before it is of July 19, not the day before Saturday, the date told last.
    text = ("It was the group's first attack since Israel struck Hodeidah on July 20. A ship was hit on "
            "Saturday by a missile east of Aden. Israel's strike on Hodeidah came a day after a Houthi drone hit Tel "
            "Aviv.")
    got = rows(text, "2024-08-04", gazetteer)
    assert ("2024-07-19", "Tel Aviv") in got
    assert ("2024-08-02", "Tel Aviv") not in got
