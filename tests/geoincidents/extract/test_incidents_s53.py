"""Incidents of session 53, on sentences written for these tests after the failures of the development set d122 (kept
outside the repository): a liveblog's day heading dates the "overnight" of its entries, and an entry titled after its
clock time takes no weapon from the entry above it; a body named at the end of a sentence as its speaker, and the town it
stands in, were not hit; a unit named by its weapons is no fire; places added by "and in", ", in ... and in" or "and
at" are targets of the same fire; "another" projectile's town is not the base told after it; "and that" opens a second
report; a strike answered tells its own day only; sites "hit ... in a strike package" and targets that "lay in" places
are the strike's; the day something was "still" seen is not the event's; the far end of a road is not hit. Then, in
French, Spanish, German and Italian: a "since" day told in apposition; a background told in the pluperfect goes on; "a
few hours after" and "while" open clauses; launchers found are no fire; a name settled by the container told after it
("Koya, en la campiña occidental de Deraa"); descriptors written before names; a day of the month told nearer its event;
a president's name; a dateline of two cities under a headline; deaths of a day open its account; "another attack" that
killed; "other attacks on" places; a province added with its own preposition. Last: an embassy "reduced to rubble" and
the district it stands in; ruins rescuers search "after" a strike; a second weapon fired "at the same time"; a dateline
of two cities joined by a slash; a day told of troops; a village heard by sound far from its sentence's places. In
Arabic: the Northern Command's headquarters, hit by one of "its rockets"; a numbered statement's heading dates its
"this morning"; "من صباح اليوم" is no launch; a verb after a comma opens the clause; a raid "by a drone"; the onset
"since" which a run is counted; "a similar aggression targeted" a quarter in its own day. From report pages read on the
machine: the Italian "air aggression" of "the Israeli enemy" from the direction of a lake; "among the targets"; one of
two drones shot down while the other got through; German reported speech ("Eine Rakete habe den Stützpunkt ...
getroffen", "der Angriff habe ... getroffen"); a Persian relative clause names the site's guests, no actor, and "the
resistance" targets as a group does. Gazetteer spellings: the Umayyad Square in Italian, Spanish and German, the
eastern Mediterranean in Arabic. Two days of one month listed apart ("on 9 and 11 November") are two dates. The Turkish pluperfect passive
("vurulmuştu") tells the places hit."""
from __future__ import annotations

import pytest

from tests.geoincidents.extract.conftest import drafts


LIVEBLOG = """Live: fire across the Lebanese border

Wednesday, 2 October 2024

10:05 - Rockets land in Metula
Hezbollah fired rockets at Metula this morning, the army said.

Tuesday, 1 October 2024

21:30 - Missiles over central Israel
Iran fired about 180 missiles at Israel this evening.

08:15 - Night of strikes on Dahiyeh
Israeli jets struck Dahiyeh overnight, Lebanese media said."""


def test_a_day_heading_dates_the_overnight_of_its_entries(gazetteer):
    # the strikes on Dahiyeh were told under Tuesday's heading: Tuesday's night, not the night before publication
    assert drafts(LIVEBLOG, "2024-10-02", gazetteer) == [
        ("2024-10-01", "air_strike", "lb-dahieh"), ("2024-10-01", "missile_attack", "cc-il"),
        ("2024-10-02", "rocket_attack", "il-metula")]


def test_an_entry_takes_no_weapon_from_the_entry_above(gazetteer):
    text = ("Live updates\n\n09:00 - Rockets fired at Safed\nHezbollah fired rockets at Safed this morning.\n\n"
            "08:40 - Strike on Beirut's southern suburbs\nA building in Ghobeiry was hit, Lebanese media said.")
    got = drafts(text, "2024-09-25", gazetteer)
    assert ("2024-09-25", "rocket_attack", "il-safed") in got
    assert [d for d in got if d[2] in ("lb-ghobeiry", "lb-beirut")] == [("2024-09-25", "other", "lb-ghobeiry")]


@pytest.mark.parametrize("text, expected", [
    # a hospital the gazetteer does not hold speaks, and its town is only where it stands
    ("A drone hit a building in Caesarea on Saturday morning, the Hillel Yaffe Medical Center in Hadera said.",
     [("2024-10-19", "drone_attack", "il-caesarea")]),
    # one it holds speaks too
    ("Some 40 rockets were fired from Lebanon at Kiryat Shmona this morning. In the Western Galilee, a woman was hurt "
     "when a rocket fell beside her house, the Galilee Medical Center in Nahariya said.",
     [("2024-10-19", "rocket_attack", "il-kiryat-shmona")]),
])
def test_the_body_that_speaks_at_the_end_was_not_hit(text, expected, gazetteer):
    assert drafts(text, "2024-10-19", gazetteer) == expected


@pytest.mark.parametrize("text", [
    "Israel said the strike on Friday killed the deputy head of Hezbollah's drone unit in Dahiyeh.",
    "Israel said the strike on Friday killed the commander of the group's missile and rocket force in Beirut.",
])
def test_a_unit_named_by_its_weapons_is_no_fire(text, gazetteer):
    assert drafts(text, "2024-09-28", gazetteer) == []


@pytest.mark.parametrize("text, published, expected", [
    ("Israeli jets struck targets in and around Tyre and Nabatieh, and in the Baalbek and Hermel areas, on Wednesday.",
     "2024-10-10", ["lb-baalbek", "lb-hermel", "lb-nabatieh", "lb-tyre"]),
    ("The monitor said US jets hit depots near Deir ez-Zor city, in Mayadin and in the border town of Albu Kamal on "
     "Friday.", "2024-02-03", ["sy-albu-kamal", "sy-deir-ez-zor", "sy-mayadin"]),
    ("Hezbollah said it fired rockets on Tuesday at the Ramat David air base and at an arms factory near Haifa.",
     "2024-09-25", ["il-haifa", "il-ramat-david-air-base"]),
])
def test_places_added_with_their_own_preposition_are_targets(text, published, expected, gazetteer):
    assert sorted(d[2] for d in drafts(text, published, gazetteer)) == expected


def test_another_projectiles_town_is_not_the_base_told_after(gazetteer):
    text = ("A rocket hit Kiryat Bialik on Sunday. Another projectile hit a house in Moreshet. Hezbollah said it had "
            "aimed rockets at the Ramat David air base.")
    assert [d[2] for d in drafts(text, "2024-09-23", gazetteer)] == [
        "il-kiryat-bialik", "il-moreshet", "il-ramat-david-air-base"]


def test_and_that_opens_a_second_report(gazetteer):
    text = ("The army said 120 rockets were fired from Lebanon on Sunday and that its aircraft hit 300 targets in the "
            "Bekaa valley.")
    got = drafts(text, "2024-09-23", gazetteer)
    assert ("2024-09-22", "air_strike", "lb-bekaa-valley") in got
    assert ("2024-09-22", "rocket_attack", "lb-bekaa-valley") not in got


def test_the_attack_a_strike_answers_keeps_its_day_to_itself(gazetteer):
    # the strike package is the strikes of Friday, not the drone attack of January 28 that they answered
    text = ("US jets struck sites in Syria on Friday. The strikes answered the drone attack of January 28 on Tower 22. "
            "Officials said seven sites were hit, four of them in Syria, in a strike package.")
    assert drafts(text, "2024-02-04", gazetteer) == [
        ("2024-01-28", "drone_attack", "jo-tower-22"), ("2024-02-02", "air_strike", "cc-sy")]


def test_targets_that_lay_in_places_are_the_strikes(gazetteer):
    text = "US jets struck sites in Syria on Friday. The monitor said the Syrian targets lay near Mayadin and Albu Kamal."
    assert drafts(text, "2024-02-04", gazetteer) == [
        ("2024-02-02", "air_strike", "sy-albu-kamal"), ("2024-02-02", "air_strike", "sy-mayadin")]


@pytest.mark.parametrize("text", [
    # the day the fires were still seen is not the strikes' day
    "Israeli strikes hit sites near Masyaf late on Sunday. The strikes set off fires near Masyaf that crews were still "
    "fighting on Monday morning.",
    # the far end of a road the strikes damaged is not hit
    "Israeli strikes hit sites near Masyaf late on Sunday. The strikes damaged the road linking Masyaf with Wadi "
    "al-Uyun.",
])
def test_what_a_strike_left_behind(text, gazetteer):
    assert drafts(text, "2024-09-09", gazetteer) == [("2024-09-08", "air_strike", "sy-masyaf")]


def test_a_since_day_told_in_apposition_dates_nothing_after_it(gazetteer):
    text = ("L'aviation israélienne a bombardé vendredi un immeuble de Hadath. C'est la première frappe sur ce "
            "quartier depuis la trêve, le 27 novembre. Elle a ensuite riposté par des tirs d'artillerie et des frappes "
            "aériennes sur le sud du Liban.")
    got = drafts(text, "2025-03-29", gazetteer)
    assert ("2025-03-28", "air_strike", "lb-hadath") in got
    assert {d[0] for d in got} == {"2025-03-28"}


def test_a_background_in_the_pluperfect_goes_on_with_its_day(gazetteer):
    # the raids, Tyre after the relative aside, and the shelling while they struck are all of last Saturday
    text = ("Samedi dernier, des roquettes avaient été tirées vers Metula. Israël avait répliqué le jour même. Des "
            "raids avaient visé le village de Toulin, où deux personnes ont été tuées, ainsi que la ville de Tyr, "
            "tandis que l'artillerie pilonnait les environs de Yohmor.")
    assert drafts(text, "2025-03-29", gazetteer) == [
        ("2025-03-22", "air_strike", "lb-touline"), ("2025-03-22", "air_strike", "lb-tyre"),
        ("2025-03-22", "artillery", "lb-yohmor"), ("2025-03-22", "rocket_attack", "il-metula")]


def test_a_few_hours_after_opens_the_fire_answered(gazetteer):
    text = ("Vendredi, l'aviation israélienne a frappé un immeuble de Hadath, quelques heures après le tir de deux "
            "roquettes depuis le Liban vers Kiryat Shmona.")
    assert drafts(text, "2025-03-29", gazetteer) == [
        ("2025-03-28", "air_strike", "lb-hadath"), ("2025-03-28", "rocket_attack", "il-kiryat-shmona")]


@pytest.mark.parametrize("text", [
    "L'armée libanaise a découvert, près de la ville de Tyr, deux lance-roquettes ayant servi au tir.",
    "Police found three rocket launchers used in the attack near Fallujah.",
])
def test_launchers_found_are_no_fire(text, gazetteer):
    assert drafts(text, "2025-03-29", gazetteer) == []


def test_a_name_settled_by_the_container_told_after_it(gazetteer):
    from geoincidents.extract import extract_report

    # Koya alone is the town of Iraqi Kurdistan; told in the Daraa countryside it is the Syrian village, and again later
    text = ("Cinco personas murieron el martes en la localidad de Koya, en la campiña occidental de Deraa, en un "
            "bombardeo israelí. Más tarde, la artillería israelí bombardeó de nuevo Koya.")
    places = extract_report(text, published="2025-03-26", gazetteer=gazetteer).places
    assert list(places.loc[places["mention"] == "Koya", "place_id"]) == ["sy-kuwayya", "sy-kuwayya"]


@pytest.mark.parametrize("text, expected", [
    # a descriptor written before the name, as Spanish writes it, leaves the list whole
    ("El martes, aviones israelíes habían atacado el aeropuerto militar de Palmira y la base aérea T4.",
     [("2025-03-25", "air_strike", "sy-palmyra-airport"), ("2025-03-25", "air_strike", "sy-t4-air-base")]),
    # the day of the month told nearer the event word is its day
    ("La violencia golpea la provincia de Deraa este mes: el 17 de marzo, bombardeos israelíes sobre la ciudad de "
     "Deraa causaron tres muertos.", [("2025-03-17", "air_strike", "sy-daraa")]),
])
def test_spanish_lists_and_days(text, expected, gazetteer):
    assert drafts(text, "2025-03-26", gazetteer) == expected


def test_the_presidents_name_is_no_air_base(gazetteer):
    from geoincidents.extract import extract_report

    places = extract_report("Desde la caída de Bachar al Asad, Israel ha bombardeado Quneitra a diario.",
                            published="2025-03-26", gazetteer=gazetteer).places
    assert "iq-ain-al-asad-air-base" not in set(places["place_id"])


def test_a_dateline_of_two_cities_under_a_headline(gazetteer):
    text = ("Tote durch Raketen aus dem Libanon\n\nTel Aviv/Beirut (dpa) - Bei Raketenangriffen der Hisbollah aus dem "
            "Libanon sind im Norden Israels am Donnerstag fünf Menschen getötet worden.")
    assert drafts(text, "2024-10-31", gazetteer) == [("2024-10-31", "rocket_attack", "cc-il")]


@pytest.mark.parametrize("text, expected", [
    # deaths told of a day open the account of that day: the rockets after them are Monday's
    ("Israel hat am Donnerstag Tyros bombardiert. Schon am Montag waren bei Angriffen auf Orte in der Bekaa-Ebene 60 "
     "Menschen ums Leben gekommen. Der Gouverneur sprach von den heftigsten Bombardements seit Beginn der Eskalation. "
     "Am selben Tag starben in Tyros sieben Menschen. Die Hisbollah feuerte ihrerseits Raketen auf den "
     "Marinestützpunkt Stella Maris bei Haifa.",
     # (and the attacks on the Bekaa, whose dead "kamen ums Leben": an air strike of Monday, session 54)
     [("2024-10-28", "air_strike", "lb-bekaa-valley"), ("2024-10-28", "rocket_attack", "il-stella-maris-base"),
      ("2024-10-31", "air_strike", "lb-tyre")]),
    # another attack that killed is an event of its own
    ("Bei Raketenangriffen der Hisbollah sind am Donnerstag in Metula fünf Menschen getötet worden. Stunden später "
     "wurden bei einem weiteren Angriff zwei Menschen nahe Kirjat Ata getötet.",
     [("2024-10-31", "rocket_attack", "il-kiryat-ata"), ("2024-10-31", "rocket_attack", "il-metula")]),
])
def test_german_days_and_deaths(text, expected, gazetteer):
    assert drafts(text, "2024-10-31", gazetteer) == expected


@pytest.mark.parametrize("text", [
    "Israel struck the heart of Damascus today. Jordanian sources reported other attacks on army units in Kisweh, on "
    "the southern edge of the capital, and in Daraa province.",
    "Israele ha colpito oggi il cuore di Damasco. Fonti giordane riferiscono di altri attacchi contro reparti "
    "dell'esercito a Kisweh, alla periferia della capitale, e nella provincia di Deraa.",
])
def test_other_attacks_on_places_are_more_of_the_strikes(text, gazetteer):
    assert drafts(text, "2025-07-16", gazetteer) == [
        ("2025-07-16", "air_strike", "sy-damascus"), ("2025-07-16", "air_strike", "sy-gov-daraa"),
        ("2025-07-16", "air_strike", "sy-kiswah")]


@pytest.mark.parametrize("text, expected", [
    ("Ieri l'aviazione israeliana ha colpito veicoli militari nella zona di Sweida. La Sana ha segnalato raid anche "
     "sulla città di Sweida e nelle campagne di Deraa.",
     [("2025-07-15", "air_strike", "sy-gov-daraa"), ("2025-07-15", "air_strike", "sy-suwayda")]),
    ("Lunedì l'aviazione israeliana aveva distrutto diversi carri armati diretti verso Sweida.",
     [("2025-07-14", "air_strike", "sy-suwayda")]),
])
def test_the_italian_air_force_and_a_province_added(text, expected, gazetteer):
    assert drafts(text, "2025-07-16", gazetteer) == expected


def test_an_embassy_reduced_to_rubble_is_the_site_hit(gazetteer):
    # the district told after it, in which the embassy stands, is the same strike
    text = ("An air strike blamed on Israel reduced the consular section of the Iranian embassy in Damascus to rubble "
            "on Monday. Syria said Israeli jets fired six missiles, hitting the building beside the embassy in the "
            "Mezzeh district.")
    assert drafts(text, "2024-04-02", gazetteer) == [("2024-04-01", "air_strike", "sy-iranian-embassy-damascus")]


def test_the_ruins_rescuers_search_after_a_strike_are_where_it_hit(gazetteer):
    text = "Rescuers are searching collapsed houses in Qana after an Israeli air strike that killed 15 people."
    assert drafts(text, "2024-10-16", gazetteer) == [("2024-10-16", "air_strike", "lb-qana")]


def test_a_second_weapon_fired_at_the_same_time_is_its_own_attack(gazetteer):
    from geoincidents.extract import extract_report

    text = ("Hezbollah said it launched drones at the Binyamina base on Sunday and at the same time fired rockets "
            "towards Nahariya.")
    got = extract_report(text, published="2024-10-14", gazetteer=gazetteer).incidents
    assert sorted(zip(got["event_type"], got["target_place_id"], got["actor"])) == [
        ("drone_attack", "il-binyamina", "Hezbollah"), ("rocket_attack", "il-nahariyya", "Hezbollah")]


def test_a_dateline_of_two_cities_joined_by_a_slash_dates_nothing(gazetteer):
    text = ("Israel pounds Syrian air bases\n\nDAMASCUS/JERUSALEM, April 3 - Israeli jets struck the T4 air base late "
            "on Wednesday.")
    assert drafts(text, "2025-04-03", gazetteer) == [("2025-04-02", "air_strike", "sy-t4-air-base")]


def test_a_day_told_of_troops_dates_the_shelling_after_it(gazetteer):
    text = ("Israeli jets struck the T4 air base late on Wednesday. In the early hours of Thursday, Israeli troops "
            "advanced towards the town of Nawa. Residents said Israeli shelling killed nine people in Tasil.")
    assert drafts(text, "2025-04-03", gazetteer) == [
        ("2025-04-02", "air_strike", "sy-t4-air-base"), ("2025-04-03", "artillery", "sy-tasil")]


def test_a_village_heard_by_sound_far_from_its_sentences_places(gazetteer):
    from geoincidents.extract import extract_report

    # "Jabiliyeh" sounds like Jableh on the coast, 250 km from Nawa, though within reach of the Hama base told before
    text = ("Israeli jets struck the Hama air base on Wednesday. On Thursday, Israeli troops advanced towards the town "
            "of Nawa in the Daraa countryside. Residents confronted the force near the Jabiliyeh dam, and Israeli "
            "shelling killed nine people.")
    places = extract_report(text, published="2025-04-03", gazetteer=gazetteer).places
    assert "sy-jableh" not in set(places["place_id"])


def test_the_northern_commands_headquarters_hit_by_one_of_its_rockets(gazetteer):
    text = ("وسقطت رشقة صاروخية أطلقت من لبنان صباح أمس على مدينة صفد، أصاب أحد صواريخها مقر قيادة المنطقة الشمالية "
            "في الجيش الإسرائيلي.")
    assert drafts(text, "2024-02-15", gazetteer) == [("2024-02-14", "rocket_attack", "il-dado-base")]


def test_numbered_statements_each_dated_by_its_heading(gazetteer):
    # the morning "of this Saturday" is no place fire came from; the Tuesday statement's verb opens its own clause
    # after the long phrase of what it answers, and the raid that killed the commander was a drone's
    text = ("بيانات العمليات\n\nبيان رقم (1) - السبت 06-01-2024\n\nاستهدف مجاهدو المقاومة الإسلامية عند الساعة 08:10 "
            "من صباح اليوم السبت قاعدة ميرون للمراقبة الجوية بـ 40 صاروخاً.\n\nبيان رقم (2) - الثلاثاء 09-01-2024\n\n"
            "في إطار الرد على جريمة اغتيال القائد الذي استشهد أمس الاثنين بغارة من طائرة مسيّرة معادية استهدفت "
            "سيارته في بلدة مجدل سلم، هاجم مجاهدو المقاومة الإسلامية صباح اليوم مقر قيادة المنطقة الشمالية للعدو في مدينة صفد "
            "بعدد من المسيّرات الانقضاضية.")
    assert drafts(text, "2024-01-09", gazetteer) == [
        ("2024-01-06", "rocket_attack", "il-meron-air-control-base"), ("2024-01-08", "drone_strike", "lb-majdal-selm"),
        ("2024-01-09", "drone_attack", "il-dado-base")]


def test_the_onset_a_run_is_counted_from_is_no_event(gazetteer):
    text = "وصعّد الاحتلال الإسرائيلي اعتداءاته على الأراضي السورية منذ بدء عدوانه على قطاع غزة في تشرين الأول الماضي."
    assert drafts(text, "2024-02-21", gazetteer) == []


def test_a_similar_aggression_on_its_own_day(gazetteer):
    text = ("استشهد مدنيان جراء عدوان إسرائيلي استهدف صباح اليوم مبنى سكنياً في حي كفرسوسة بدمشق. ويأتي هذا العدوان "
            "بعد نحو شهر على عدوان مماثل استهدف في العشرين من كانون الثاني الماضي مبنى من عدة طوابق في حي المزة.")
    assert drafts(text, "2024-02-21", gazetteer) == [
        ("2024-01-20", "air_strike", "sy-mezzeh"), ("2024-02-21", "air_strike", "sy-kafr-sousa")]


def test_an_air_aggression_from_the_direction_of_a_lake(gazetteer):
    from geoincidents.extract import extract_report

    text = ("Verso le 2 di questa mattina il nemico israeliano ha effettuato un'aggressione aerea con salve di missili "
            "dalla direzione nord-est del lago Kinneret, colpendo l'aeroporto internazionale di Damasco.")
    got = extract_report(text, published="2023-01-02", gazetteer=gazetteer).incidents
    assert list(zip(got["event_type"], got["target_place_id"], got["launch_place_id"], got["actor"])) == [
        ("air_strike", "sy-damascus-international-airport", "il-kinneret", "Israel")]


def test_among_the_targets_in_italian(gazetteer):
    text = ("Israele ha condotto attacchi aerei contro diversi obiettivi in Siria, secondo i media siriani. Tra gli "
            "obiettivi, la capitale Damasco e l'aeroporto internazionale di Aleppo.")
    assert [d[2] for d in drafts(text, "2023-01-02", gazetteer)] == ["sy-aleppo-international-airport", "sy-damascus"]


def test_one_of_two_drones_shot_down_the_other_through(gazetteer):
    # the attack got past its downing: the attack and the interception, each a draft (docs/extract.md)
    text = ("Two drones attacked the Ain al-Asad base in western Iraq, the source said. One of them was shot down "
            "before reaching its target, and the second reached the base.")
    assert drafts(text, "2024-07-17", gazetteer) == [("2024-07-17", "drone_attack", "iq-ain-al-asad-air-base"),
                                                     ("2024-07-17", "interception", "iq-ain-al-asad-air-base")]


@pytest.mark.parametrize("text, expected", [
    ("Zwei US-Stützpunkte in Syrien wurden Aktivisten zufolge angegriffen. Eine Rakete habe den Stützpunkt Conoco im "
     "Osten des Landes getroffen.", [("2023-10-19", "rocket_attack", "sy-conoco-gas-field-base")]),
    ("Die SDF teilten am Donnerstag mit, der Angriff habe ein Trainingsgelände am Stützpunkt Conoco in der Provinz "
     "Dair as-Saur getroffen.", [("2023-10-19", "other", "sy-conoco-gas-field-base")]),
])
def test_german_reported_speech_of_a_hit(text, expected, gazetteer):
    assert drafts(text, "2023-10-19", gazetteer) == expected


def test_a_persian_relative_names_the_sites_guests_not_who_fired(gazetteer):
    from geoincidents.extract import extract_report

    text = ("پیش از این نیز نیروهای مقاومت شامگاه شنبه بار دیگر پایگاه «عین الاسد» را که مقر نظامیان آمریکایی در غرب "
            "عراق است، هدف قرار داده بودند.")
    got = extract_report(text, published="2023-11-19", gazetteer=gazetteer).incidents
    assert list(zip(got["date"], got["event_type"], got["target_place_id"])) == [
        ("2023-11-18", "other", "iq-ain-al-asad-air-base")]
    assert got["actor"].isna().all()


@pytest.mark.parametrize("spelling, place_id", [
    ("piazza degli Omayyadi", "sy-umayyad-square"),
    ("plaza de los Omeyas", "sy-umayyad-square"),
    ("Umayyaden-Platz", "sy-umayyad-square"),
    ("الحوض الشرقي للبحر المتوسط", "xz-eastern-mediterranean"),
    ("شرق البحر المتوسط", "xz-eastern-mediterranean"),
])
def test_spellings_of_a_square_and_a_sea(spelling, place_id, gazetteer):
    assert gazetteer.resolve(spelling).place.id == place_id


@pytest.mark.parametrize("text", [
    "Drones attacked the Harir base on November 9 and 11.",
    "Según la agencia Shafaq, los días 9 y 11 de noviembre la base de Al Harir sufrió ataques con drones.",
])
def test_two_days_listed_apart_are_two_attacks(text, gazetteer):
    assert drafts(text, "2023-11-20", gazetteer) == [
        ("2023-11-09", "drone_attack", "iq-harir-air-base"), ("2023-11-11", "drone_attack", "iq-harir-air-base")]


def test_the_turkish_pluperfect_passive_tells_the_places_hit(gazetteer):
    text = ("Türk Silahlı Kuvvetleri, 1 Ekim'de Irak'ın kuzeyine hava harekâtları düzenlemişti. Aynı akşam Metina ve "
            "Hakurk bölgelerinde mağara ve depolardan oluşan 20 hedef vurulmuştu.")
    got = drafts(text, "2023-10-07", gazetteer)
    assert ("2023-10-01", "air_strike", "iq-metina") in got and ("2023-10-01", "air_strike", "iq-hakurk") in got
