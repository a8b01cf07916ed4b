"""Incidents of session 68, on sentences written for these tests, in my own words, in the manner of the Hebrew, Persian
and English reports of the Iran-Israel war of June 2025; written after the failures of the development sets.

Hebrew joins "that", "when" and "and" to the word after them: "לאחר שצה"ל תקף" is 'after the IDF attacked', and the
IDF is the subject all the same; "a few hours after" opens a clause of the same day, as "hours after" does."""
from __future__ import annotations

from geoincidents import extract_report
from tests.geoincidents.extract.conftest import drafts


def _actors(text, published, gazetteer):
    got = extract_report(text, published=published, gazetteer=gazetteer).incidents
    return sorted(zip(got["target_place_id"], got["actor"]))


def test_a_hebrew_subject_with_that_joined(gazetteer):
    # 'After the IDF struck Natanz, Hezbollah fired rockets toward Haifa.'
    text = 'לאחר שצה"ל תקף את נתנז, ירו חיזבאללה רקטות לעבר חיפה.'
    assert _actors(text, "2025-06-24", gazetteer) == [("il-haifa", "Hezbollah"), ("ir-natanz-enrichment-plant", "Israel")]
    # 'After the United States attacked Fordow' ("that" joined to a state's name of two words; תקפה, she attacked)
    text = "לאחר שארצות הברית תקפה את פורדו, שיגרה איראן טילים לעבר באר שבע."
    assert ("ir-fordow-enrichment-plant", "US forces") in _actors(text, "2025-06-24", gazetteer)
    # ("and" joined: 'and the IDF struck Isfahan')
    text = 'ואילו וצה"ל תקף את איספהאן.'
    assert _actors(text, "2025-06-24", gazetteer) == [("ir-isfahan-nuclear-technology-center", "Israel")]


def test_a_hebrew_clause_hours_after_another_is_an_event_of_its_own(gazetteer):
    # 'A few minutes after the air force struck Isfahan, Iran fired a salvo of 40 missiles at Beersheba.'
    text = "דקות ספורות אחרי שחיל האוויר תקף את איספהאן, שיגרה איראן לעבר באר שבע מטח של 40 טילים."
    got = [(str(d), e, t) for d, e, t in drafts(text, "2025-06-24", gazetteer)]
    assert got == [("2025-06-24", "air_strike", "ir-isfahan-nuclear-technology-center"),
                   ("2025-06-24", "missile_attack", "il-beersheba")]
    # (a bare "after" with words of its own before it is not: "the strikes ... hours after" told as background)
    text = "שעות ספורות לאחר שארצות הברית תקפה את פורדו ונתנז, שיגרה איראן מטח של 30 טילים לעבר באר שבע."
    got = {t for _, _, t in drafts(text, "2025-06-22", gazetteer)}
    assert got == {"ir-fordow-enrichment-plant", "ir-natanz-enrichment-plant", "il-beersheba"}


def test_a_persian_clause_hours_after_another_is_an_event_of_its_own(gazetteer):
    # 'A few hours after Israel targeted Natanz, Iran fired missiles at Tel Aviv.'
    text = "چند ساعت پس از آنکه اسرائیل نطنز را هدف قرار داد، ایران موشک‌هایی به سوی تل‌آویو شلیک کرد."
    got = [(str(d), e, t) for d, e, t in drafts(text, "2025-06-13", gazetteer)]
    assert got == [("2025-06-13", "air_strike", "ir-natanz-enrichment-plant"),
                   ("2025-06-13", "missile_attack", "il-tel-aviv")]


def test_a_hebrew_subject_after_its_verb_fires_a_counted_salvo(gazetteer):
    # 'Iran fired last night a salvo of 40 missiles toward Tel Aviv' (the verb first, the count between the subject
    # and the missiles)
    text = "ירתה איראן אמש מטח של 40 טילים לעבר תל אביב."
    got = extract_report(text, published="2025-06-24", gazetteer=gazetteer).incidents
    assert got[["date", "target_place_id", "actor"]].values.tolist() == [["2025-06-23", "il-tel-aviv", "Iran"]]


def test_provinces_listed_after_their_plural_and_before_a_capitalised_speaker(gazetteer):
    # (the capitals after the list, "Iranian officials", are no part of it: the plural that opens it names its kind)
    text = ("Israel's jets struck air defence sites in Iran, in the provinces of Ilam, Khuzestan and Tehran, Iranian "
            "officials said on Saturday.")
    got = {t for _, _, t in drafts(text, "2024-10-26", gazetteer)}
    assert got == {"ir-gov-ilam", "ir-gov-khuzestan", "ir-gov-tehran"}


def test_a_month_of_last_year_in_the_report_languages(gazetteer):
    # 'In late April of last year, a drone targeted the Harir base' (a report of November 2025: April 2024, not the
    # April before the report)
    for text in ("وفي أواخر نيسان من العام الماضي، استهدفت طائرة مسيرة قاعدة حرير.",
                 "Fin avril de l'année dernière, un drone a visé la base de Harir.",
                 "A finales de abril del año pasado, un dron atacó la base de Harir.",
                 "Ende April letzten Jahres griff eine Drohne den Stützpunkt Harir an.",
                 "In late April last year, a drone targeted the Harir base."):
        got = drafts(text, "2025-11-24", gazetteer)
        assert [(str(d)[:7], t) for d, _, t in got] == [("2024-04", "iq-harir-air-base")], text


def test_a_month_named_in_both_arabic_calendars_keeps_its_year(gazetteer):
    # 'The field was also targeted at the end of January (both names) 2024 with two Katyusha rockets'
    text = "كما استُهدف حقل كورمور في نهاية يناير/كانون الثاني 2024 بصاروخين من طراز كاتيوشا."
    got = drafts(text, "2025-11-24", gazetteer)
    assert [(str(d)[:7], e, t) for d, e, t in got] == [("2024-01", "rocket_attack", "iq-khor-mor-gas-field")]


def test_a_bombardment_with_a_count_of_rockets_is_rocket_fire(gazetteer):
    # 'The "Victoria" military base, which houses American forces near Baghdad airport, came under bombardment with
    # three rockets on Tuesday': rocket fire on the base, not an air strike, and the airport only where the base lies
    text = ('تعرّضت قاعدة "فكتوريا" العسكرية، التي تضم قوات أمريكية قرب مطار بغداد الدولي، يوم الثلاثاء لقصف '
            'بثلاثة صواريخ.')
    got = drafts(text, "2024-10-02", gazetteer)
    assert [(str(d), e, t) for d, e, t in got] == [("2024-10-01", "rocket_attack", "iq-camp-victory")]


def test_al_udeid_air_base_in_persian(gazetteer):
    # 'The Guards announced that they had targeted al-Udeid air base in Qatar with missiles' (the Persian Wikipedia's
    # name of the base, "air base" before the name: the base, not Qatar)
    text = "سپاه پاسداران اعلام کرد که پایگاه هوایی العدید در قطر را با موشک هدف قرار داده است."
    got = drafts(text, "2025-06-24", gazetteer)
    assert [(str(d), e, t) for d, e, t in got] == [("2025-06-24", "missile_attack", "qa-al-udeid-air-base")]


def test_a_liveblog_entry_label_dates_what_it_heads(gazetteer):
    # (the entry of 27 October, after a later entry that told Sunday's attack: the strikes are of 27 October)
    text = ("UPDATE, NOV 6:\n\nA drone hit the Harir base on Sunday, an official said.\n\n"
            "ORIGINAL ENTRY, OCT 27:\n\nThe US has struck Iranian targets in eastern Syria.\n\n"
            "Two F-16 jets hit an ammunition depot near the town of Mayadeen.")
    got = {(str(d), t) for d, _, t in drafts(text, "2023-11-06", gazetteer)}
    assert got == {("2023-11-05", "iq-harir-air-base"), ("2023-10-27", "sy-mayadin")}


def test_provinces_of_a_list_closed_by_among_them(gazetteer):
    # (the plural before the list's comma names its kind: Tehran and Isfahan the provinces, not the cities)
    text = "Israeli jets struck military sites in 16 Iranian provinces, Tehran, Isfahan and Bushehr among them."
    got = extract_report(text, published="2025-06-20", gazetteer=gazetteer).places
    assert got["place_id"].tolist() == ["ir-gov-tehran", "ir-gov-isfahan", "ir-gov-bushehr"]


def test_and_in_goes_on_with_the_verb_before_it(gazetteer):
    # (the downings at Harir and at Erbil airport are told by one verb: "and in one attack on" is no second event)
    text = ("On Tuesday, US forces downed drones in two attacks on the Harir base and in one attack on Erbil airport, "
            "a defence official said.")
    got = {(str(d), e, t) for d, e, t in drafts(text, "2023-11-08", gazetteer)}
    assert got == {("2023-11-07", "interception", "iq-harir-air-base"),
                   ("2023-11-07", "interception", "iq-erbil-international-airport")}


def test_arabic_the_site_is_the_site_told_last(gazetteer):
    # 'A drone struck the Khor Mor gas field on Sunday. The site was also targeted in March 2024 with two rockets.'
    # (the dual "بصاروخين" 'with two rockets' is rocket fire; "الموقع" 'the site' the field told before)
    text = "قصفت طائرة مسيرة حقل كورمور للغاز يوم الأحد. كما استُهدف الموقع في آذار 2024 بصاروخين."
    got = [(str(d)[:7], e, t) for d, e, t in drafts(text, "2025-11-24", gazetteer)]
    assert got == [("2024-03", "rocket_attack", "iq-khor-mor-gas-field"),
                   ("2025-11", "drone_attack", "iq-khor-mor-gas-field")]


def test_an_arabic_second_verb_of_the_event_an_after_clause_tells(gazetteer):
    # 'The ministry said this aggression came after another attack carried out on Saturday by drone, which targeted
    # the Sarsang oil field in Duhok' (the field is where Saturday's drone hit, not a clause of no event)
    text = "وذكرت الوزارة أن هذا الاعتداء جاء بعد هجوم آخر نُفّذ يوم السبت بطائرة مسيرة، واستهدف حقل سرسنك النفطي في دهوك."
    got = [(str(d), e, t) for d, e, t in drafts(text, "2025-07-14", gazetteer)]
    assert got == [("2025-07-12", "drone_attack", "iq-sarsang-oil-field")]


def test_persian_air_assault_on_a_base_and_part_of_an_airport(gazetteer):
    # 'This morning the Second Fighter Base and part of the runway of Shahid Madani airport in Tabriz were the target of
    # an air assault' (the airport's Persian name; "بخشی از" 'part of': its از is no 'from')
    text = "بامداد امروز پایگاه دوم شکاری و بخشی از باند فرودگاه شهید مدنی تبریز هدف تهاجم هوایی قرار گرفتند."
    got = [(str(d), e, t) for d, e, t in drafts(text, "2025-06-13", gazetteer)]
    assert got == [("2025-06-13", "air_strike", "ir-tabriz-air-base"), ("2025-06-13", "air_strike", "ir-tabriz-airport")]


def test_german_weekday_with_its_date_in_apposition(gazetteer):
    # 'Israel had begun its air campaign on Friday, the 13th of June, and has since bombed nuclear sites' (a report of
    # Monday 23 June: the 13th, not the Friday before the report)
    text = "Israel hatte am Freitag, dem 13. Juni, Luftangriffe auf den Iran geflogen und bombardiert seither Atomanlagen."
    got = [(str(d), t) for d, _, t in drafts(text, "2025-06-23", gazetteer)]
    assert got == [("2025-06-13", "cc-ir")]


def test_german_air_force_strikes_in_reported_speech(gazetteer):
    # 'The Israeli army struck targets in the west of Iran on Monday. The air force was striking infrastructure in
    # Kermanshah, the military said' (the Luftwaffe strikes from the air; Iran, of the west hit, is no actor)
    text = ("Die israelische Armee hat am Montag Ziele im Westen des Iran angegriffen. Die Luftwaffe greife derzeit "
            "Stellungen in Kermanshah an, teilte das Militär mit.")
    got = extract_report(text, published="2025-06-23", gazetteer=gazetteer).incidents
    assert got[["date", "event_type", "target_place_id", "actor"]].values.tolist() == [
        ["2025-06-23", "air_strike", "ir-kermanshah", "Israel"]]


def test_arabic_and_had_opens_the_defence_of_its_own(gazetteer):
    # 'Wounded in an Israeli aggression around Hama.. (headline). A military source said that at about 23:00 last night
    # the enemy carried out an air aggression from the direction of Lebanon, targeting sites in the central region, and
    # our air defences confronted the missiles and downed some': the strike of last night at Hama, the downing a
    # clause of its own
    text = ("جرحى جراء عدوان إسرائيلي على محيط حماة..\n\nوكان مصدر عسكري قد ذكر أنه نحو الساعة 23:00 من مساء أمس، نفذ "
            "العدو الإسرائيلي عدواناً جوياً من اتجاه لبنان، مستهدفاً مواقع عسكرية في المنطقة الوسطى، وقد تصدت وسائط "
            "دفاعنا الجوي لصواريخ العدوان وأسقطت بعضها.")
    got = extract_report(text, published="2024-09-09", gazetteer=gazetteer).incidents
    assert got[["date", "event_type", "target_place_id"]].values.tolist() == [["2024-09-08", "air_strike", "sy-hama"]]


def test_a_state_condemning_the_fire_did_not_launch_it(gazetteer):
    # (found trying `geoincidents extract` and `geoincidents map` on d157 as a new user: Iran's missiles at al-Udeid
    # drawn as fired from Qatar, the state that condemned them)
    text = "Qatar on Sunday sharply condemned the Iranian missile attack aimed at the Al Udeid Air Base."
    got = extract_report(text, published="2025-06-23", gazetteer=gazetteer).incidents
    assert got[["target_place_id", "launch_place_id", "actor"]].values.tolist() == [
        ["qa-al-udeid-air-base", "cc-ir", "Iran"]]


def test_a_tracker_table_row_with_pipes(gazetteer):
    # (the row's first place is where its weapon hit; the country after it is where that place lies; a header row and a
    # row with no weapon named draft nothing)
    text = ("DAY | PLACE | WEAPON | CLAIM\n\n"
            "Tuesday | Harir base, Iraq | drone attack | claimed by the group\n\n"
            "Tuesday | Erbil airport, Iraq | unknown | unconfirmed")
    got = [(str(d), e, t) for d, e, t in drafts(text, "2024-01-10", gazetteer)]
    assert got == [("2024-01-09", "drone_attack", "iq-harir-air-base")]
