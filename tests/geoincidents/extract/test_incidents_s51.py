"""Incidents of session 51, on sentences written for these tests: attacks a report relays with no one named firing
("local media reported attacks on the Conoco field on Tuesday", in Spanish and German too) are events of that day,
while reports of attacks with no day of their own stay background; the places a list names after 'including' in
Persian, Hebrew, Arabic, Turkish and Italian ("از جمله", "בהם", "بينها", "aralarında", "compresi") are targets; the
state backing a group ("İran destekli") is not who struck; a strike answered ("en représaille à", "in risposta al",
"انتقاماً ل") is not the fire that answers it; a claim of attacks past their day at a state's base named by its place
("announced fresh attacks late on Sunday on the US base at al-Tanf"), the site a strong cue names lying inside a place
("on the base inside the al-Omar oil field"), and a Hebrew attack noun in its construct form ("תקיפת כטב\"ם"); the
Arabic "من" of a span of time ("بعد يومين من"), dozens of attacks since a day, a war on a place and aircraft flying
over towns tell no fire from or at a place; warheads that fell are the fire told before them; a military's adjectives
before "strike"; the German parts of a place before its "von" ("das Zentrum von Tel Rifat"); Persian "آماج حمله قرار
گرفت" 'was the target of an attack' and Persian attacks in forms Arabic does not write ("حملات گسترده‌ای"); a
missile that "slammed into" or "tore through" a place; the debris of a building is no downed fire; blasts that
"shook" a place; sites "knocked out" by the strike told before; news agencies ("told Mehr", "l'agence Fars") are no
places; hits counted in one passive of the simple past are the wave's ("was hit seven times"); a liveblog that heads
its entries with clock times newest first goes back a day past midnight; a "while" clause after a counted one ("on
Monday, a day after the US joined the war, while Iran fired") is of the day the counted one hangs on; an appeal
("has called on the United States and Russia") is no fire on the states named."""
from __future__ import annotations

import pytest

from geoincidents.extract import extract_report
from tests.geoincidents.extract.conftest import dated_targets


@pytest.mark.parametrize("text, expected", [
    ("Local media reported attacks on the Conoco gas field on Tuesday.",
     [("2024-01-09", "sy-conoco-gas-field-base")]),
    ("Medios locales informaron el martes de ataques contra la base de Harir.",
     [("2024-01-09", "iq-harir-air-base")]),
    ("Lokale Medien berichteten am Dienstag von Angriffen auf den Stützpunkt Harir.",
     [("2024-01-09", "iq-harir-air-base")]),
    # no day of its own: a run of attacks, not an event
    ("Local media have reported attacks on the Conoco gas field for months.", []),
    # attacks on forces name no place
    ("Local media reported attacks on US forces on Tuesday.", []),
])
def test_attacks_a_report_relays_on_a_day(text, expected, gazetteer):
    assert dated_targets(text, gazetteer, "2024-01-10") == expected


@pytest.mark.parametrize("text, expected", [
    # Persian 'areas in southern Lebanon including Khiam'
    ("ارتش اسرائیل بامداد امروز مناطقی در جنوب لبنان از جمله خیام را بمباران کرد.",
     [("2024-08-06", "lb-khiam")]),
    # Hebrew 'several villages in southern Lebanon, among them Aita al-Shaab and Kfar Kila'
    ("חיל האוויר תקף הלילה כמה כפרים בדרום לבנון, בהם עיתא א-שעב וכפר כילא.",
     [("2024-08-06", "lb-aita-al-shaab"), ("2024-08-06", "lb-kfar-kila")]),
])
def test_places_named_after_including_are_targets(text, expected, gazetteer):
    assert dated_targets(text, gazetteer, "2024-08-06") == expected


@pytest.mark.parametrize("text", [
    "ABD ordusu, Irak'ın Kaim bölgesinde İran destekli gruplara ait hedefleri vurdu.",
    "Die US-Armee griff in al-Qaim vom Iran unterstützte Milizen an.",
])
def test_the_state_backing_a_group_is_not_who_struck(text, gazetteer):
    found = extract_report(text, gazetteer=gazetteer, published="2024-01-21").incidents
    assert list(zip(found["target_place_id"], found["actor"])) == [("iq-al-qaim", "US forces")]


@pytest.mark.parametrize("text", [
    "Le Hezbollah a affirmé avoir tiré une salve de roquettes sur Kiryat Shmona en représaille à une frappe sur "
    "Nabatiyé.",
    "Hezbollah ha lanciato razzi su Kiryat Shmona in risposta al raid israeliano su Nabatieh.",
    "أطلق حزب الله صواريخ على كريات شمونة انتقاماً لغارة إسرائيلية على النبطية.",
])
def test_the_strike_answered_is_not_the_fire_that_answers(text, gazetteer):
    found = extract_report(text, gazetteer=gazetteer, published="2024-02-03").incidents
    assert list(zip(found["event_type"], found["target_place_id"], found["actor"])) == [
        ("rocket_attack", "il-kiryat-shmona", "Hezbollah")]


@pytest.mark.parametrize("text, expected", [
    # a claim of attacks with their day between, at a state's base named by its place
    ("Monday's claim came only hours after the same militia announced fresh attacks late on Sunday on the US base at "
     "al-Tanf, east of Homs, and on the base inside the al-Omar oil field east of Deir ez-Zor.",
     [("2023-10-29", "sy-al-tanf-garrison"), ("2023-10-29", "sy-green-village")]),
    ("The militia claimed attacks on the US base at al-Tanf on Sunday.", [("2023-10-29", "sy-al-tanf-garrison")]),
    ("The militia claimed attacks on US forces in Syria on Sunday.", []),
    ("Rockets hit the base inside the al-Omar oil field on Sunday.", [("2023-10-29", "sy-green-village")]),
    # Hebrew 'the organisation took responsibility for a drone attack against the "Green Village" base'
    ("בהודעה נוספת לקח הארגון אחריות על תקיפת כטב\"ם נגד בסיס \"גרין וילג'\" הממוקם בתוך שדה הנפט שבמזרח סוריה.",
     [("2023-10-30", "sy-green-village")]),
    # Spanish 'the province of Babylon' is Babil
    ("Horas después, aviones estadounidenses bombardearon un cuartel del Hashd al Shaabi en la provincia de Babilonia, "
     "en el centro de Irak.", [("2023-10-30", "iq-gov-babil")]),
])
def test_claims_and_sites_of_the_attacks_on_us_bases(text, expected, gazetteer):
    assert dated_targets(text, gazetteer, "2023-10-30") == expected


@pytest.mark.parametrize("text, expected", [
    # 'two days after the Ain al-Asad base was attacked': the من of a span of time is 'of', not 'from'
    ("ويأتي الهجوم بعد يومين من تعرض قاعدة \"عين الأسد\" الجوية غربي العراق لهجوم بصاروخ باليستي مساء الاثنين 20 "
     "تشرين الثاني/نوفمبر.", [("2023-11-20", "iq-ain-al-asad-air-base")]),
    # dozens of attacks since a day are a tally, and Israel's war on Gaza names a cause, not a target
    ("وتعرضت القواعد الأمريكية في سوريا والعراق لعشرات الهجمات بالطائرات المسيرة والصواريخ منذ 17 تشرين الأول/أكتوبر "
     "الماضي، وتقول الجماعة إنها ترد على الدعم الأمريكي لإسرائيل في حربها على قطاع غزة.", []),
    ("وتقول الجماعة إنها ترد على الدعم الأمريكي لإسرائيل في حربها على قطاع غزة بهجمات صاروخية.", []),
    # aircraft flying over towns are no strike; one that also struck is
    ("US aircraft and helicopters then flew over the towns surrounding the US positions at Conoco.", []),
    ("US aircraft flew over the area and struck a truck near Conoco.", [("2023-11-22", "sy-conoco-gas-field-base")]),
])
def test_spans_tallies_causes_and_flights_are_no_attack_there(text, expected, gazetteer):
    assert dated_targets(text, gazetteer, "2023-11-22") == expected


@pytest.mark.parametrize("text, expected", [
    # warheads that fell are the fire told before, and the past story goes on through the drafts that took its day
    ("Israel struck targets across Iran on October 26. Iran fired roughly 200 ballistic missiles at Israel on "
     "October 1. Imagery indicates that several dozen warheads fell inside or near Nevatim Air Base and that a smaller "
     "number struck Tel Nof Air Base. Other missiles landed in Gedera.",
     [("2024-10-01", "cc-il"), ("2024-10-01", "il-gedera"), ("2024-10-01", "il-nevatim-air-base"),
      ("2024-10-01", "il-tel-nof-air-base"), ("2024-10-26", "cc-ir")]),
    # a military's adjectives before 'strike'; a labour strike is none
    ("The US military said a self-defense strike in Babil province on January 23 killed two militants.",
     [("2024-01-23", "iq-gov-babil")]),
    ("Workers went on a new strike in Basra on Monday.", []),
])
def test_warheads_the_past_story_and_a_self_defense_strike(text, expected, gazetteer):
    assert dated_targets(text, gazetteer, "2024-10-26") == expected


@pytest.mark.parametrize("text, expected", [
    # German: the centre 'of' Tel Rifat was bombed, not fire 'from' it; Aleppo is its landmark
    ("Bereits am Mittwochabend war das Zentrum von Tel Rifat nördlich von Aleppo bombardiert worden.",
     [("2024-10-23", "sy-tall-rifat")]),
    # Persian 'was the target of an attack three times'; Sanaa after 'west of' is the landmark
    ("منطقه حرف سفیان در استان عمران نیز سه بار و منطقه جبل المحویت در استان المحویت، در غرب صنعا، یک بار آماج حمله "
     "قرار گرفت.", [("2024-10-24", "ye-al-mahwit"), ("2024-10-24", "ye-harf-sufyan")]),
])
def test_parts_of_a_place_and_persian_targets_of_attacks(text, expected, gazetteer):
    assert dated_targets(text, gazetteer, "2024-10-24") == expected


@pytest.mark.parametrize("text, expected", [
    # Persian 'the Zionist regime began widespread attacks on Tehran'
    ("رژیم صهیونیستی حملات گسترده‌ای را به تهران آغاز کرد.", [("2025-06-21", "ir-tehran")]),
    ("اسرائیل حملاتی به تهران انجام داد.", [("2025-06-21", "ir-tehran")]),
])
def test_persian_attacks_in_forms_arabic_does_not_write(text, expected, gazetteer):
    assert dated_targets(text, gazetteer, "2025-06-21") == expected


@pytest.mark.parametrize("text, expected", [
    # a missile's impact told by its force, with 'into' or 'through'
    ("An Iranian ballistic missile tore through part of the Weizmann Institute of Science in Rehovot early on Sunday. "
     "The same wave killed six people when a missile slammed into a residential block in Bat Yam, south of Tel Aviv.",
     [("2025-06-15", "il-bat-yam"), ("2025-06-15", "il-weizmann-institute")]),
    ("Iran's foreign minister slammed the strikes on Sunday.", []),
    # the debris of a building is what was hit; debris of a missile fell from an interception
    ("Iran fired missiles at Israel on Sunday. Elsewhere in Rehovot, rescuers dug a resident out from under the debris "
     "of an apartment building.", [("2025-06-15", "cc-il")]),
])
def test_impacts_told_by_their_force_and_the_rubble_of_what_was_hit(text, expected, gazetteer):
    assert dated_targets(text, gazetteer, "2025-06-15") == expected


def test_debris_of_a_missile_is_an_interception(gazetteer):
    text = "Iran fired missiles at Israel on Sunday. Debris from an intercepted missile fell in Rehovot."
    found = extract_report(text, gazetteer=gazetteer, published="2025-06-15").incidents
    assert ("interception", "il-rehovot") in set(zip(found["event_type"], found["target_place_id"]))


@pytest.mark.parametrize("text, expected", [
    # blasts that shook a place happened there
    ("Two powerful explosions shook eastern Tehran on Tuesday near Piroozi Street, Iranian media reported. In the "
     "north-western city of Tabriz, two explosions went off about five minutes apart on Tuesday morning.",
     [("2025-06-17", "ir-tabriz"), ("2025-06-17", "ir-tehran")]),
    ("The news shook Tabriz on Monday.", []),
    # sites knocked out by the strike told before
    ("Turkish drones struck the Sweidiya gas plant on Tuesday. According to the sources, two substations in Amuda were "
     "knocked out of operation.", [("2025-06-17", "sy-amuda"), ("2025-06-17", "sy-suwaydiyah-hasakah")]),
])
def test_blasts_that_shook_a_place_and_sites_knocked_out(text, expected, gazetteer):
    assert dated_targets(text, gazetteer, "2025-06-17") == expected


@pytest.mark.parametrize("text", [
    "The governor of Qasr-e Shirin told Mehr that the Khosravi crossing was damaged.",
    "The Mehr news agency said thick smoke was seen over the city.",
    "L'agence Fars a rapporté qu'une frappe avait touché un immeuble.",
])
def test_news_agencies_are_no_places(text, gazetteer):
    places = extract_report(text, gazetteer=gazetteer, published="2025-06-21").places
    assert not {"ir-mohr", "ir-gov-fars"} & set(places["place_id"])


@pytest.mark.parametrize("text, expected", [
    # a count of hits in the simple past is the wave's; a run up to now or since a day is a tally
    ("US jets struck Sanaa on Friday. According to Yemeni media, Hodeidah airport was hit seven times.",
     [("2024-10-04", "ye-hodeidah-airport"), ("2024-10-04", "ye-sanaa")]),
    ("Hodeidah airport has been hit 47 times.", []),
    ("Hodeidah airport was hit more than 40 times since October.", []),
])
def test_hits_counted_in_one_wave(text, expected, gazetteer):
    assert dated_targets(text, gazetteer, "2024-10-05") == expected


LIVEBLOG_NEWEST_FIRST = """LIVE: Israel strikes Iran; Iranian missiles hit Tel Aviv area

02:40 (Saturday)
Rescue services say a missile hit a residential street in Rishon LeZion in the latest wave from Iran.

23:55
In Ramat Gan a missile smashed into an apartment block. The army says it tracked four waves tonight.

18:30
Tasnim reports that Tabriz came under attack this afternoon.

05:30
The Israeli military says it has attacked the enrichment facility at Natanz.
"""

LIVEBLOG_OLDEST_FIRST = """LIVE: Israel strikes Iran

05:30
The Israeli military says it has attacked the enrichment facility at Natanz.

18:30
Tasnim reports that Tabriz came under attack this afternoon.

23:55
In Ramat Gan a missile smashed into an apartment block.
"""


def test_a_liveblog_told_newest_first_goes_back_a_day_past_midnight(gazetteer):
    assert dated_targets(LIVEBLOG_NEWEST_FIRST, gazetteer, "2025-06-14") == [
        ("2025-06-13", "il-ramat-gan"), ("2025-06-13", "ir-natanz-enrichment-plant"), ("2025-06-13", "ir-tabriz"),
        ("2025-06-14", "il-rishon-lezion")]


def test_a_liveblog_told_oldest_first_stays_on_its_day(gazetteer):
    assert {d for d, _ in dated_targets(LIVEBLOG_OLDEST_FIRST, gazetteer, "2025-06-13")} == {"2025-06-13"}


def test_while_takes_the_day_of_the_clause_it_hangs_on_not_the_day_counted(gazetteer):
    text = ("Israeli jets struck the gate of Tehran's Evin prison on Monday, a day after the United States joined the "
            "war, while Iran fired its longest single missile salvo of the conflict at Israel.")
    assert dated_targets(text, gazetteer, "2025-06-23") == [("2025-06-23", "cc-il"), ("2025-06-23", "ir-evin-prison")]


def test_an_appeal_to_states_is_no_fire_on_them(gazetteer):
    text = ("Last month a Turkish drone struck a car near Qamishli. The Autonomous Administration has called on the "
            "United States and Russia, which brokered separate ceasefire deals with Turkey in 2019, to stop the "
            "attacks.")
    report = extract_report(text, gazetteer=gazetteer, published="2023-07-29")
    assert list(report.incidents["target_place_id"]) == ["sy-qamishli"]
    assert "target" not in set(report.places[report.places["place_id"].isin(["cc-us", "cc-ru"])]["role"])
