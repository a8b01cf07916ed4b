"""Incidents of session 67, on sentences written for these tests, in my own words, in the manner of the Pentagon's
statements and the wire reports on the US strikes in Syria and Iraq (2023-2024); written after the failures of the
development sets.

"That day" is the day told last, as "that same day" is: a statement of Sunday that says the strikes were carried out
"that day" dates them to Sunday, so a strike the report tells on Thursday is another (d151)."""
from __future__ import annotations

from tests.geoincidents.extract.conftest import drafts


def test_that_day_is_the_day_told_last(gazetteer):
    text = ("The US military has hit more sites in Syria tied to Iran-backed groups, the Pentagon said on Sunday. "
            "The defence secretary said American forces had carried out strikes that day on a training site near the "
            "town of Abu Kamal. On Thursday, two fighter jets bombed a weapons warehouse in Syria.")
    got = {(str(d), t) for d, _, t in drafts(text, "2023-11-13", gazetteer)}
    assert ("2023-11-12", "sy-albu-kamal") in got
    assert ("2023-11-09", "cc-sy") in got
    assert ("2023-11-09", "sy-albu-kamal") not in got


def test_a_force_speaking_of_its_forces_strikes(gazetteer):
    # (the speaker is far before "its forces", past the way it spoke and who relayed it)
    text = ("CENTCOM said in a post on X, according to a local channel, that its forces carried out two precise strikes "
            "on the morning of November 22 against facilities in Iraq.")
    got = drafts(text, "2023-11-23", gazetteer)
    assert [(str(d), t) for d, _, t in got] == [("2023-11-22", "cc-iq")]
    from geoincidents.extract import extract_report

    assert extract_report(text, published="2023-11-23", gazetteer=gazetteer).incidents["actor"].tolist() == ["US forces"]
    # Arabic: "Central Command said in a post ... that its forces carried out, on the morning of 22 November, strikes
    # against two facilities inside Iraq" (the Arabic name of CENTCOM without "American"; the day between the verb
    # and its object)
    text = ("وقالت القيادة الوسطى في منشور على منصتها، بحسب ما نقلته قناة محلية، إن قواتها نفذت صباح يوم 22 تشرين الثاني "
            "ضربات دقيقة ضد منشأتين في العراق.")
    assert [(str(d), t) for d, _, t in drafts(text, "2023-11-23", gazetteer)] == [("2023-11-22", "cc-iq")]
    # (a group's fighters are no state's strikes; nor "its forces" with no one told before them)
    assert drafts("Its forces carried out strikes in Iraq.", "2023-11-23", gazetteer) == []


def test_the_site_named_after_the_place_it_was_told_near_is_the_target(gazetteer):
    # ("close to" tells the place the fire came down near, as "near" does; the Victory base lies about 3 km from the
    # airport; the airport told again after is the same attack, though the rockets are counted "the first ... the
    # second")
    text = ("Rockets hit a base housing American troops close to Baghdad International Airport on Tuesday. The "
            "projectiles struck the Victory Base, and nobody was hurt, security sources said. The ministry said two "
            "rockets fell, the first in a garage of the second regiment and the other in an empty yard inside the "
            "airport.")
    got = drafts(text, "2024-10-01", gazetteer)
    assert {(str(d), t) for d, _, t in got} == {("2024-10-01", "iq-camp-victory")}


def test_every_word_for_near_tells_a_target_near(gazetteer):
    from geoincidents.extract import extract_report

    for text in ("Two rockets landed close to the Ain al-Asad air base on Monday.",
                 "Deux roquettes sont tombées lundi près de la base aérienne d'Aïn al-Assad."):
        inc = extract_report(text, published="2024-01-16", gazetteer=gazetteer).incidents
        assert inc[["target_place_id", "target_precision"]].values.tolist() == [["iq-ain-al-asad-air-base", "near"]]


def test_the_day_a_run_of_attacks_began_dates_nothing_after_it(gazetteer):
    text = ("Kataib Hezbollah says five of its members were killed by US strikes in Jurf al-Sakhar, south of Baghdad.\n\n"
            "Those attacks on American forces began on October 17 and are said to answer Washington's support for "
            "Israel.\n\n"
            "According to the officials, US jets went after an operations centre near Jurf al-Sakhar.")
    got = {(str(d), t) for d, _, t in drafts(text, "2023-11-22", gazetteer)}
    assert got == {("2023-11-22", "iq-jurf-al-sakhar")}


def test_what_a_place_houses_is_no_place_of_the_attack(gazetteer):
    # (an aside after the place that tells what it houses, to the end of the sentence: "the area that houses ...",
    # Arabic "وهي المنطقة التي تحتضن" 'and it is the area that houses')
    for text in ("A Katyusha rocket fell on Sunday inside the Green Zone in central Baghdad, the area that houses foreign "
                 "embassies, including the US embassy.",
                 "سقط صاروخ كاتيوشا يوم الأحد داخل المنطقة الخضراء وسط بغداد، وهي المنطقة التي تحتضن مقار البعثات "
                 "الدبلوماسية، ومن بينها السفارة الأميركية."):
        assert [(str(d), t) for d, _, t in drafts(text, "2019-05-19", gazetteer)] == [("2019-05-19", "iq-green-zone")]


def test_one_day_after_in_arabic_counts_a_day_back(gazetteer):
    # "A drone attacked Erbil airport on Tuesday evening. The attack comes one day after a rocket bombardment that
    # targeted the Ain al-Asad air base."
    text = ("هاجمت طائرة مسيرة مطار أربيل مساء الثلاثاء. ويأتي الهجوم بعد يوم واحد من قصف صاروخي استهدف قاعدة عين "
            "الأسد الجوية.")
    got = {(str(d), t) for d, _, t in drafts(text, "2021-07-07", gazetteer)}
    assert got == {("2021-07-06", "iq-erbil-international-airport"), ("2021-07-05", "iq-ain-al-asad-air-base")}


def test_the_american_consulate_is_no_us_embassy(gazetteer):
    from geoincidents.extract import extract_report

    def places(text):
        return extract_report(text, published="2021-07-07", gazetteer=gazetteer).places["place_id"].tolist()

    # "Sirens sounded inside the American consulate in Erbil" (the adjective alone names no embassy) ...
    assert places("دوت صافرات الإنذار داخل القنصلية الأمريكية في أربيل.") == ["iq-erbil"]
    # ... while "a rocket fell near the American embassy in Baghdad" names it, in either spelling of 'American'
    assert places("سقط صاروخ قرب السفارة الأمريكية في بغداد.") == ["iq-us-embassy-baghdad"]
    assert places("سقط صاروخ قرب السفارة الأميركية في بغداد.") == ["iq-us-embassy-baghdad"]


def test_sorani_names_of_the_nineveh_plain(gazetteer):
    from geoincidents.extract import extract_report

    # "The rockets were fired from near Bartella in Nineveh province; others fell near Tarjala." (Sorani)
    text = "مووشەکەکان لە نزیک بەرتڵە لە پارێزگای نەینەوا هاوێژران، هەندێکیشیان لە نزیک تەرجلە کەوتن."
    got = extract_report(text, published="2020-10-01", gazetteer=gazetteer).places["place_id"].tolist()
    assert got == ["iq-bartella", "iq-gov-nineveh", "iq-qaryat-tarjala"]


def test_an_aerodrome_is_the_airport(gazetteer):
    from geoincidents.extract import extract_report

    for text in ("Une source a fait état d'un missile tombé près de l'aérodrome d'Erbil mercredi.",
                 "A drone came down at the aerodrome of Erbil on Wednesday."):
        got = extract_report(text, published="2021-04-14", gazetteer=gazetteer).places["place_id"].tolist()
        assert got == ["iq-erbil-international-airport"]


def test_a_weekday_before_the_day_is_no_dateline(gazetteer):
    # ("On Saturday," at a line's opening is no place filed from: the day after it is the event's, two days before
    # the report; a one-way drone strike is the militia's drone attack, the same incident as the drone told after)
    text = ("INCIDENT SUMMARY: Deadly one-way drone strike on Tower 22\n\nWhat happened\n"
            "On Saturday, January 27, 2024, a militia group launched a one-way drone that killed three US soldiers at "
            "Tower 22 in northeastern Jordan.\n\nThe drone is thought to have been launched from Iraq.")
    got = drafts(text, "2024-01-29", gazetteer)
    assert got == [("2024-01-27", "drone_attack", "jo-tower-22")]
    # (a dateline is still one: "JERUSALEM, Jan 27 -")
    got = drafts("AMMAN, Jan 27 - A drone struck Tower 22 in Jordan on Sunday, killing three soldiers.", "2024-01-29",
                 gazetteer)
    assert got == [("2024-01-28", "drone_attack", "jo-tower-22")]


def test_the_site_a_force_hits_is_not_its_own_base_attacked(gazetteer):
    text = ("US Central Command forces today struck a facility that a militia group in Syria used to store weapons. "
            "The action answers a rocket attack against US personnel at Patrol Base Shaddadi. By hitting the site, "
            "CENTCOM aims to reduce the capacity of the groups to carry out further attacks.")
    got = drafts(text, "2024-11-13", gazetteer)
    assert got == [("2024-11-13", "air_strike", "cc-sy"), ("2024-11-13", "rocket_attack", "sy-shaddadi-base")]


def test_a_drone_attack_with_one_drone_downed_stays_the_attack(gazetteer):
    # (the attack is typed by "drones" only, below the words that name a type outright; the downing of one of them
    # is part of it, not its type)
    text = ("Security sources said on Wednesday that the Ain al-Asad base in western Iraq had been attacked by two "
            "drones on Tuesday night. One of the drones was shot down outside the base by the air defences, while the "
            "other exploded inside the base without causing injuries.")
    got = drafts(text, "2024-07-17", gazetteer)
    assert ("2024-07-16", "drone_attack", "iq-ain-al-asad-air-base") in got


def test_the_countries_of_a_border_are_where_the_base_lies(gazetteer):
    text = ("The Observatory also reported that three drones went after the US base at Tanf on Thursday, close to the "
            "point where the borders of Syria, Jordan and Iraq meet.")
    assert drafts(text, "2023-10-19", gazetteer) == [("2023-10-19", "drone_attack", "sy-al-tanf-garrison")]
    # Spanish: "the attack that killed three soldiers at a military base in the border zone between Syria and Jordan"
    from geoincidents.extract import extract_report

    text = ("El domingo un dron mató a tres soldados estadounidenses en la Torre 22, una base situada en la zona "
            "fronteriza entre Siria y Jordania.")
    got = extract_report(text, published="2024-01-29", gazetteer=gazetteer).places
    assert got.loc[got["place_id"].isin(["cc-sy", "cc-jo"]), "role"].tolist() == ["context", "context"]


def test_the_side_struck_in_another_country_is_no_target(gazetteer):
    text = "The Pentagon said American aircraft carried out two air strikes in Syria on Sunday against Iran."
    assert drafts(text, "2023-11-13", gazetteer) == [("2023-11-12", "air_strike", "cc-sy")]
    # (a country struck with no other told is the target: "Israel carried out strikes against Iran on Friday")
    assert drafts("Israel carried out strikes against Iran on Friday.", "2025-06-14", gazetteer) == [
        ("2025-06-13", "air_strike", "cc-ir")]


def test_a_day_without_its_year_takes_the_year_told_just_after(gazetteer):
    # (a fact file of April 2021 going through the episodes in order; the latest December 27 before it would be 2020)
    text = ("Below is a recap of the main episodes.\n\n"
            "On December 27, some 30 rockets are fired at the K1 base in Kirkuk, killing a US contractor.\n\n"
            "Two days later, US aircraft bomb a base in western Iraq used by Kataeb Hezbollah.\n\n"
            "On December 31, 2019, supporters of pro-Iran groups storm the grounds of the US embassy in Baghdad.")
    got = {(str(d), t) for d, _, t in drafts(text, "2021-04-15", gazetteer)}
    assert ("2019-12-27", "iq-k1-air-base") in got and ("2019-12-29", "cc-iq") in got
    # (a day told after a date of an earlier year it does not lead up to keeps the latest year: "on June 13" before a
    # background "in April 2024" in a report of June 2025)
    text = ("Israel struck Iran's nuclear sites on June 13.\n\nIn April 2024, Iran had fired drones and missiles at "
            "Israel.")
    assert ("2025-06-13", "cc-ir") in {(str(d), t) for d, _, t in drafts(text, "2025-06-20", gazetteer)}


def test_the_base_in_a_country_is_the_one_named_just_after(gazetteer):
    text = ("US forces may have let an enemy drone fly unopposed into a desert base in Jordan on Sunday, where it killed "
            "three soldiers. A preliminary report said an American drone was returning at the time to the small "
            "installation known as Tower 22.")
    assert drafts(text, "2024-01-29", gazetteer) == [("2024-01-28", "drone_attack", "jo-tower-22")]


def test_a_strike_held_back_is_no_strike(gazetteer):
    for text in ("After the soldiers were killed, the United States chose not to strike targets inside Iran.",
                 "So far, Washington has held back from striking targets inside Iran."):
        assert drafts(text, "2024-01-31", gazetteer) == []
    # (a strike told outright is one)
    assert drafts("US jets struck targets inside Iran on Tuesday.", "2024-01-31", gazetteer) == [
        ("2024-01-30", "air_strike", "cc-ir")]


def test_the_attack_a_strike_answers_directly_is_not_its_target(gazetteer):
    # "CENTCOM announced that it had carried out air strikes on weapons depots in Syria, in direct response to the
    # rocket attacks that hit American soldiers at the Shaddadi base in Hasakah province" (found trying `geoincidents
    # extract` on d155 as a new user: a US strike drawn at the US base)
    text = ("أعلنت القيادة المركزية الأميركية يوم الأربعاء أنها شنّت ضربات جوية على مخازن أسلحة في سوريا، وذلك رداً "
            "مباشراً على الهجمات الصاروخية التي طالت عسكريين أميركيين في قاعدة الشدادي بمحافظة الحسكة.")
    got = drafts(text, "2024-11-13", gazetteer)
    assert ("2024-11-13", "air_strike", "cc-sy") in got
    assert ("2024-11-13", "air_strike", "sy-shaddadi-base") not in got
