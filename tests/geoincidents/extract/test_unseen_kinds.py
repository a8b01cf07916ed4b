"""Kinds of failure seen on reports the extractor had not been tuned on, one test per kind.

Texts are written in our own words with the facts of real reports: the IRGC missiles on Erbil of 15 January 2024,
the Iranian missiles on Beersheba and the Tel Aviv area of 19 June 2025, the AC-130 strike after the missile on
al-Asad of 20 November 2023, the Jurf al-Sakhar drone strike of 30 July 2024 and the Baghdad depot blast of 18 July
2024, the Kalsu blast of 19 April 2024, the US strike in Deir ez-Zor of 8 November 2023, and the Golan and Eilat
drone claims of 23-24 October 2024.
"""
from __future__ import annotations

from geoincidents.extract import extract_report


def rows(text, published, gazetteer, columns=("date", "event_type", "target_place")):
    r = extract_report(text, published=published, gazetteer=gazetteer)
    return [tuple(row) for row in r.incidents[list(columns)].itertuples(index=False)]


def test_a_force_that_strikes_with_missiles_fires_them(gazetteer):
    # Iran's "strikes" are missile fire, not air strikes; the hits told after them are that fire too.
    got = rows("Iranian missiles struck several cities in Israel on Thursday morning. One of them scored a direct "
               "hit on Soroka Medical Center in Beersheba.", "2025-06-19", gazetteer)
    assert got == [("2025-06-19", "missile_attack", "Soroka Medical Center")]
    got = rows("The Revolutionary Guards say they have struck a spy centre near Erbil airport on Monday.",
               "2024-01-16", gazetteer)
    assert got == [("2024-01-15", "missile_attack", "Erbil International Airport")]
    # Israel's strikes stay air strikes.
    got = rows("Israel struck a building in the Mazzeh district of Damascus on Saturday.", "2024-01-20", gazetteer)
    assert [t for _, t, _ in got] == ["air_strike"]


def test_the_day_of_a_statement_gives_way_to_the_day_of_the_event(gazetteer):
    # "confirmed on Tuesday" is when the Pentagon spoke; "took place on Monday evening" is when it happened.
    text = ("A US gunship struck a militia vehicle after a ballistic missile hit the al-Asad air base in Iraq, the "
            "Pentagon confirmed on Tuesday. The exchange took place on Monday evening.")
    got = rows(text, "2023-11-22", gazetteer)
    assert ("2023-11-20", "missile_attack", "Ain al-Asad Air Base") in got
    assert all(date == "2023-11-20" for date, _, _ in got)
    # Blasts heard at a time on Monday date the missile attack the IRGC claimed "early on Tuesday".
    text = ("The IRGC early on Tuesday claimed a ballistic missile attack on Erbil. Loud explosions were heard "
            "across Erbil at 11:36 pm on Monday.")
    got = rows(text, "2024-01-16", gazetteer)
    assert [(d, t) for d, t, _ in got] == [("2024-01-15", "missile_attack")]
    assert got[0][2].startswith("Erbil")  # the town, or its air base: the sense an attack on "Erbil" takes
    # A clause that dates its event by the statement's day keeps it.
    text = ("The group said on Sunday that its fighters had attacked a target in the Golan Heights with drones "
            "early that morning.")
    assert rows(text, "2024-10-13", gazetteer) == [("2024-10-13", "drone_attack", "Golan Heights")]


def test_a_statement_released_on_one_day_about_another(gazetteer):
    text = ("Drone strikes hit a base of the Popular Mobilization Forces in Babil province on Tuesday. In a statement "
            "released in the early hours of Wednesday, the PMF said that at 9:30 pm on Tuesday its fighters in "
            "Jurf al-Sakhar were hit by an explosion.")
    assert rows(text, "2024-07-31", gazetteer) == [("2024-07-30", "drone_strike", "Jurf al-Sakhar")]


def test_a_depot_that_blew_up_is_an_explosion(gazetteer):
    got = rows("On July 18, a PMF logistics depot blew up in southern Baghdad, causing no casualties.",
               "2024-07-31", gazetteer)
    assert got == [("2024-07-18", "explosion", "Baghdad")]


def test_a_question_is_no_event(gazetteer):
    text = ("A large blast hit Camp Kalsu in Babil province late on Friday. Investigators have not established "
            "whether the blast was caused by an airstrike or by an accident.")
    assert rows(text, "2024-04-20", gazetteer) == [("2024-04-19", "explosion", "Camp Kalsu")]
    text = ("A huge blast shook a base in Babil province late on Friday. Investigators have not confirmed whether "
            "the explosion at the Kalsu camp in Babil province resulted from an airstrike.")
    assert rows(text, "2024-04-20", gazetteer) == [("2024-04-19", "explosion", "Camp Kalsu")]


def test_the_strike_followed_attacks_told_after_it(gazetteer):
    # "followed" hangs earlier events on the strike: the strike keeps its own place and day.
    text = ("US jets carried out a strike on a weapons depot in Deir ez-Zor province on November 8. The strike "
            "followed new attacks on the Harir base near Erbil.")
    got = rows(text, "2023-11-09", gazetteer)
    assert ("2023-11-08", "air_strike", "Deir ez-Zor Governorate") in got
    assert not [g for g in got if g[1] == "air_strike" and g[2] == "Harir Air Base"]
    # "was followed by" tells a later event: no link.
    text = ("A rocket attack hit the US embassy in Baghdad on Friday. The assault was followed by drone attacks on "
            "the al-Asad base.")
    got = rows(text, "2023-12-09", gazetteer)
    assert ("2023-12-08", "drone_attack", "Ain al-Asad Air Base") in got


def test_a_background_after_a_comma_does_not_hide_the_event(gazetteer):
    text = ("On Wednesday, the group said it had targeted sites in Eilat and the Golan Heights with drones, part of "
            "a series of attacks it has claimed on Israel in recent months.")
    got = rows(text, "2024-10-24", gazetteer)
    assert sorted(got) == [("2024-10-23", "drone_attack", "Eilat"), ("2024-10-23", "drone_attack", "Golan Heights")]


def test_a_country_named_only_by_its_adjective_is_the_target(gazetteer):
    # Operation Rising Lion of 13 June 2025, told as background a week later.
    text = ("Iranian missiles hit Beersheba on Thursday. The war began on Friday last week, when Israel launched air "
            "strikes on several Iranian nuclear facilities.")
    got = rows(text, "2025-06-19", gazetteer)
    assert ("2025-06-13", "air_strike", "Iran") in got
    # The adjective is no place mention.
    r = extract_report(text, published="2025-06-19", gazetteer=gazetteer)
    assert "Iranian" not in set(r.places["mention"])
    # Not after a word that aims at nothing ("Iranian nuclear facilities were said to be safe").
    assert rows("Officials said Iranian nuclear facilities were not hit on Friday.", "2025-06-19", gazetteer) == []


def test_a_campaign_begun_days_ago_is_an_earlier_event(gazetteer):
    text = ("Israel has struck the Evin prison in Tehran, the judiciary said. Israel began its air campaign against "
            "Iran ten days ago.")
    got = rows(text, "2025-06-23", gazetteer)
    assert ("2025-06-13", "air_strike", "Iran") in got
    assert [d for d, _, p in got if p != "Iran"] == ["2025-06-23"]  # the news keeps the report's day


def test_a_strike_a_day_before_on_the_site_told_before(gazetteer):
    text = ("The Israeli military said on Monday that it had struck access roads to the Fordo enrichment plant. That "
            "came a day after US aircraft dropped 'bunker-busting' bombs on the underground facility. Iranian "
            "missiles hit several places across Israel, among them an industrial zone in Ashdod.")
    got = rows(text, "2025-06-23", gazetteer)
    assert ("2025-06-23", "air_strike", "Fordow Fuel Enrichment Plant") in got
    assert ("2025-06-22", "air_strike", "Fordow Fuel Enrichment Plant") in got
    assert ("2025-06-23", "missile_attack", "Ashdod") in got  # the list after "among them"; the day of the news


def test_a_site_told_in_a_town_of_another_province_is_that_town(gazetteer):
    # The gazetteer's US embassy is in Baghdad: "the US consulate in Irbil" is a site it lacks, in Erbil.
    text = "Missiles struck a neighbourhood near the US consulate in Irbil late on January 15."
    got = rows(text, "2024-01-16", gazetteer)
    assert got == [("2024-01-15", "missile_attack", "Erbil")]
    r = extract_report(text, published="2024-01-16", gazetteer=gazetteer)
    assert set(r.places["admin1"]) == {"IQ-AR"}  # no mention is placed at the embassy in Baghdad


def test_a_denied_hit_is_no_event(gazetteer):
    text = ("Missiles struck Erbil late on Monday. Flights at Erbil airport were halted, while US officials said no "
            "US facilities had been hit.")
    got = rows(text, "2024-01-16", gazetteer)
    assert [t for _, t, _ in got] == ["missile_attack"]


def test_a_country_told_as_another_incident_is_a_draft(gazetteer):
    text = ("The Revolutionary Guards say they have struck a spy headquarters near Erbil airport, and have also hit "
            "the Islamic State group in Syria.")
    got = rows(text, "2024-01-16", gazetteer)
    assert ("2024-01-16", "missile_attack", "Syria") in got
    assert len(got) == 2


def test_who_confirms_attacks_does_not_carry_them_out(gazetteer):
    # Told of 27-29 October 2023: a US base attacked on Friday, after US air strikes; the US "confirmed" the attacks.
    text = ("Attacks on US bases in Iraq and Syria went on through the weekend, despite the US airstrikes carried "
            "out in eastern Syria early on Friday. The US military had not yet confirmed the Sunday attacks. US "
            "officials did confirm that a US base in eastern Syria was attacked on Friday, after the US airstrikes in "
            "the area. They also confirmed that a drone fired at the Ain al-Asad airbase in western Iraq was shot down.")
    got = rows(text, "2023-10-29", gazetteer, ("date", "event_type", "target_place", "outcome"))
    got = [(d, t, p, o or "") for d, t, p, o in got]
    assert ("2023-10-27", "air_strike", "Syria", "") in got
    assert ("2023-10-27", "other", "Syria", "") in got  # the base attacked, by means untold: not a US strike
    assert ("2023-10-27", "interception", "Ain al-Asad Air Base", "intercepted") in got
    assert not [g for g in got if g[2] == "Iraq"]  # the air strikes were in Syria only


def test_early_on_the_day_after_the_report_is_the_next_day(gazetteer):
    # Iran's barrage of 13-14 April 2024 in a report of Saturday 13 April.
    text = ("Iran launched drones and missiles at Israel on Saturday night. Explosions were seen in the sky over Tel "
            "Aviv early on Sunday.")
    got = rows(text, "2024-04-13", gazetteer)
    assert ("2024-04-14", "explosion", "Tel Aviv") in got
    # Without the night told first, Sunday is the Sunday before the report.
    assert rows("Explosions were seen in the sky over Tel Aviv early on Sunday.", "2024-04-13",
                gazetteer) == [("2024-04-07", "explosion", "Tel Aviv")]


def test_a_report_in_french(gazetteer):
    # The night of 14-15 June 2025 told in French, in our own words: missiles on Bat Yam overnight, one on Tamra
    # earlier in the evening, and Israel's strikes on Tehran.
    text = ("Au cours de la nuit, des missiles iraniens se sont abattus sur le centre d'Israël. Cinq personnes ont "
            "été tuées à Bat Yam. Plus tôt dans la soirée, un missile avait atteint une maison à Tamra. Cette salve a "
            "suivi une vague de frappes israéliennes sur Téhéran.")
    got = rows(text, "2025-06-15", gazetteer)
    assert ("2025-06-15", "missile_attack", "Bat Yam") in got  # overnight: the night that ended on the report's day
    assert ("2025-06-14", "missile_attack", "Tamra") in got
    assert [t for _, t, p in got if p == "Tehran"] == ["air_strike"]


def test_a_clause_that_opens_on_another_moment_is_another_incident(gazetteer):
    # Abu Kamal, 29 September 2024: a coalition strike early on Sunday, and another on the Syrian side hours earlier.
    text = ("At least 18 people were killed in a coalition airstrike on Abu Kamal in eastern Syria early on Sunday. A "
            "few hours earlier, a strike hit the headquarters of an Iraqi group on the Syrian side of the border.")
    got = rows(text, "2024-09-29", gazetteer)
    assert sorted(p for _, _, p in got) == ["Albu Kamal", "Syria"]
    # Isfahan, 19 April 2024: blasts told "at the same time" in two other countries; a denial is no strike.
    text = ("Explosions were reported near an airbase in Isfahan on Friday. At the same time, blasts were reported in "
            "Iraq and in southern Syria. US officials said Israel had not been behind attacks on Iranian nuclear "
            "facilities.")
    got = rows(text, "2024-04-19", gazetteer)
    assert sorted(p for _, t, p in got if t == "explosion") == ["Iraq", "Isfahan", "Syria"]
    assert [t for _, t, _ in got if t != "explosion"] == []


def test_an_earlier_attack_on_a_site_told_only_in_a_linked_clause(gazetteer):
    # 28-29 September 2024: the group struck was targeted after a drone attack on a US base near the Conoco field.
    text = ("A coalition airstrike hit Abu Kamal early on Sunday. The group was targeted after a drone attack on a US "
            "military base near the Conoco gas field in Syria.")
    got = rows(text, "2024-09-29", gazetteer)
    assert [t for _, t, p in got if "Conoco" in p] == ["drone_attack"]
    # A motive named with "in retaliation for" may be weeks old: no draft of its own.
    text = ("The United States struck more than 85 targets in Iraq and Syria on Friday in retaliation for the drone "
            "attack that killed three US soldiers at Tower 22 in Jordan.")
    assert not [p for _, _, p in rows(text, "2024-02-03", gazetteer) if p == "Tower 22"]


def test_people_hurt_in_a_town_after_the_barrage_told_last(gazetteer):
    # 22 June 2025: the barrage, two sentences of casualties, then the towns where people were hurt.
    text = ("Iran fired a barrage of ballistic missiles at Haifa and central Israel on Sunday morning. Twenty-three "
            "people were hurt across the impact sites. Rescue teams searched the rubble for hours. In Ramat Aviv, a "
            "residential building was hit. Six people were reported lightly injured in Ness Ziona.")
    got = rows(text, "2025-06-22", gazetteer)
    assert ("2025-06-22", "missile_attack", "Ramat Aviv") in got
    # A town hurt in after the barrage joins it when the barrage was aimed at the province holding the town.
    # ("central Israel" in running text is Israel since session 23, no province: told so, Ness Ziona has no draft
    # of its own beside Ramat Aviv's, as after "Haifa and Tel Aviv".)
    got = rows(text.replace("central Israel", "the Central District"), "2025-06-22", gazetteer)
    assert [t for _, t, p in got if "Ziona" in p] == ["missile_attack"]


def test_a_state_missile_strike_is_an_air_strike_and_its_victims_no_new_place(gazetteer):
    # Mazzeh, Damascus, 20 January 2024.
    text = ("An Israeli missile strike on Damascus on Saturday killed four members of Iran's Revolutionary Guards. The "
            "Revolutionary Guards in Tehran named four advisers killed in the attack.")
    assert rows(text, "2024-01-20", gazetteer) == [("2024-01-20", "air_strike", "Damascus")]
    # A militia's missile strike stays fire.
    got = rows("A militia missile strike hit the al-Asad air base on Saturday.", "2024-01-20", gazetteer)
    assert [t for _, t, _ in got] == ["missile_attack"]
