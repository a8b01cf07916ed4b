"""Places of session 50, on sentences written for these tests: a country or capital standing for its state in more of
the ways reports write it (a progressive, an adverb of habit, "que Israel ataque", a German verb put second after a
day's part, "l'ambassadeur d'Iran", backed, led or linked in Arabic, Hebrew, Persian and Turkish, a ministry's or a
war's name), and common words and organisation names that were heard as places (Hebrew "ביירוט" 'in intercepting'
was Beirut, Turkish "Ordu" 'the army' the Black Sea province, Persian "انبار" 'depot' Anbar, the Sinjar Resistance
Units Sinjar). Literal uses beside them stay places."""
from __future__ import annotations

import pytest

from geoincidents.extract import extract_report
from tests.geoincidents.extract.conftest import dated_targets


def senses(text, gazetteer):
    places = extract_report(text, gazetteer=gazetteer, published="2024-03-13").places
    return list(zip(places["mention"], places["place_id"], places["sense"]))


@pytest.mark.parametrize("text, mention", [
    ("Washington was weighing its answer to the drone strike, a spokesman said.", "Washington"),
    ("Negli ultimi anni Israele ha condotto centinaia di raid in Siria.", "Israele"),  # a span of time opens the clause
    ("In recent months Israel has struck targets in Syria.", "Israel"),
    ("Ankara routinely carries out cross-border raids against the PKK.", "Ankara"),
    ("Ankara seldom comments on single strikes.", "Ankara"),
    ("Es raro que Israel ataque dos aeropuertos la misma noche.", "Israel"),
    ("una franja que Líbano y Siria consideran libanesa.", "Líbano"),
    ("Am Dienstagabend hatte Israel das Gebäude angegriffen.", "Israel"),
    ("Auch im Nordirak setzt Ankara bewaffnete Drohnen ein.", "Ankara"),
    ("Bagdad beschuldigt Ankara, die Souveränität zu verletzen.", "Ankara"),
    ("Le ministère a convoqué l'ambassadeur d'Iran pour protester.", "Iran"),
    ("Des roquettes ont visé des navires liés à Israël.", "Israël"),
    ("un raid imputé à Israël a tué deux conseillers.", "Israël"),
    ("Israel vuelve a bombardear el valle.", "Israel"),
    ("Suriye'de İran bağlantılı tesisler vuruldu.", "İran"),
    ("أطلقت ميليشيات مدعومة من إيران صواريخ.", "إيران"),
    ("قتل عنصران موالون لطهران في الغارة.", "طهران"),
    ("وتتخذ قوات التحالف بقيادة واشنطن من الحقل قاعدة لها.", "واشنطن"),
    ("מיליציות הנתמכות בידי טהרן שיגרו כטב\"ם.", "טהרן"),
    ("سخنگوی وزارت امور خارجه ایران این حمله را محکوم کرد.", "ایران"),
    ("مقام‌های دمشق از حمله خبر دادند.", "دمشق"),
    ("تنش‌ها و درگیری‌های مرزی میان حزب‌الله و اسرائیل ادامه دارد.", "اسرائیل"),
    ("پهپادها کشتی‌های مرتبط با اسرائیل را هدف گرفتند.", "اسرائیل"),
    ("ووصفت الحكومة الهجوم بأنه اعتداء على سيادة العراق.", "العراق"),
    ("זהו המטח הכבד ביותר מאז מלחמת לבנון השנייה.", "לבנון"),
    ("נמל התעופה נסגר אחרי תקיפה. בישראל לא הגיבו על הדיווחים.", "ישראל"),  # 'in Israel they did not respond'
])
def test_a_state_is_no_place(text, mention, gazetteer):
    assert [s for m, _, s in senses(text, gazetteer) if m == mention] == ["state"]


@pytest.mark.parametrize("text, mention, place", [
    ("Rockets were fired from Syria at the Golan.", "Syria", "cc-sy"),
    ("In the past two years Syria was hit by hundreds of strikes.", "Syria", "cc-sy"),
    ("The border between Iraq and Syria was closed.", "Iraq", "cc-iq"),
    ("مرز میان عراق و سوریه بسته شد.", "عراق", "cc-iq"),
    ("Israel was being hit by rockets for the third day.", "Israel", "cc-il"),
    ("الصواريخ سقطت في إيران قرب الحدود.", "إيران", "cc-ir"),
    ("רקטות נפלו בישראל לא רחוק מהגבול.", "ישראל", "cc-il"),  # 'in Israel, not far from the border'
])
def test_a_literal_use_stays_a_place(text, mention, place, gazetteer):
    assert [(p, s) for m, p, s in senses(text, gazetteer) if m == mention] == [(place, "place")]


@pytest.mark.parametrize("text, missing", [
    ("צה\"ל התמקד ביירוט האיומים מתימן.", "lb-beirut"),  # 'in intercepting the threats': no Beirut
    ("Ordu, füzenin hava savunma sistemlerince önlendiğini açıkladı.", "tr-gov-ordu"),  # 'the army'
    ("در این حمله یک انبار مهمات منهدم شد.", "iq-gov-anbar"),  # 'an ammunition depot'
    ("ההסלמה הבולטת נרשמה ביום רביעי.", "il-sallama"),  # 'the escalation'
    ("A rocket hit a home in the Bedouin village of Arab al-Aramshe.", "lb-beddawi"),
    ("أصدرت وحدات مقاومة سنجار بياناً نعت فيه مقاتليها.", "iq-sinjar"),  # the YBŞ's name
    ("Les Unités de résistance de Shengal ont confirmé la mort de deux combattants.", "iq-sinjar"),
    ("حزب‌الله لبنان اعلام کرد که با پهپاد به یک پایگاه حمله کرده است.", "cc-lb"),  # Hezbollah's Persian name
])
def test_a_common_word_or_a_name_is_no_place(text, missing, gazetteer):
    assert missing not in [p for _, p, _ in senses(text, gazetteer)]


@pytest.mark.parametrize("text, mention, place", [
    ("Drones hit a base in the Bedouin town of Rahat.", "Rahat", "il-rahat"),
    ("حمله به پایگاه عین الاسد در استان انبار", "انبار", "iq-gov-anbar"),  # after a descriptor, the province
    ("Israeli jets struck Beirut overnight.", "Beirut", "lb-beirut"),
    ("מטוסי קרב תקפו בביירות.", "ביירות", "lb-beirut"),
])
def test_the_place_beside_them_stays(text, mention, place, gazetteer):
    assert (mention, place) in [(m, p) for m, p, _ in senses(text, gazetteer)]


@pytest.mark.parametrize("text, mention, place", [
    ("Die Miliz griff Stützpunkte in den Provinzen Hesekê, Raqqa und Deir ez-Zor an.", "Deir ez-Zor",
     "sy-gov-deir-ez-zor"),  # a name with its lower-case particle in a list under a plural
    ("La base si trova nel governatorato nord-orientale siriano di Al Hasakah.", "Al Hasakah", "sy-gov-hasakah"),
    ("Un drone ha colpito la provincia centrale di Hama.", "Hama", "sy-gov-hama"),
    ("A Turkish drone hit a position west of Ain Issa, in northern al-Raqqah.", "al-Raqqah", "sy-gov-raqqa"),
    ("A drone hit a car in Qamishli in north-eastern Hasakah.", "Hasakah", "sy-gov-hasakah"),
])
def test_the_province_a_place_lies_in(text, mention, place, gazetteer):
    assert [p for m, p, _ in senses(text, gazetteer) if m == mention] == [place]


@pytest.mark.parametrize("text, mention, place", [
    ("Rockets hit the US embassy in central Baghdad.", "Baghdad", "iq-baghdad"),  # a site in the city
    ("A rocket hit Kibbutz HaGoshrim in the Upper Galilee.", "Upper Galilee", "il-upper-galilee"),  # a region
    ("Shells fell on a house in the Mezzeh district of western Damascus.", "Damascus", "sy-damascus"),
])
def test_the_city_or_region_stays(text, mention, place, gazetteer):
    assert [p for m, p, _ in senses(text, gazetteer) if m == mention] == [place]


@pytest.mark.parametrize("text, mention, place", [
    ("Militants hit a helicopter base near the town of al-Shaddadi with drones.", "al-Shaddadi", "sy-shaddadi-base"),
    ("Razzi hanno colpito una base per elicotteri vicino alla città di al-Shaddadi.", "al-Shaddadi",
     "sy-shaddadi-base"),
    ("The group said it had attacked the bases in al-Tanf, Shaddadi and Malikiyah.", "Shaddadi", "sy-shaddadi-base"),
])
def test_a_base_told_by_its_town(text, mention, place, gazetteer):
    assert [p for m, p, _ in senses(text, gazetteer) if m == mention] == [place]


@pytest.mark.parametrize("text, mention, place", [
    ("A drone hit a checkpoint near the town of al-Shaddadi.", "al-Shaddadi", "sy-shaddadi"),  # no base word
    ("Iran fired missiles at another base near Irbil.", "Irbil", "iq-erbil"),  # a city holds many sites
    ("The group said it had attacked the bases in al-Tanf and Malikiyah.", "Malikiyah", "sy-malikiyah"),  # no base
])
def test_a_town_beside_a_base_word_stays(text, mention, place, gazetteer):
    assert [p for m, p, _ in senses(text, gazetteer) if m == mention] == [place]


def test_a_colon_list_of_bases_with_its_article(gazetteer):
    text = ("On Saturday the group said it had launched drones at two US bases deep inside Syria: the al-Tanf garrison "
            "near the border with Jordan, and the base at al-Shaddadi.")
    assert dated_targets(text, gazetteer, "2023-12-31") == [
        ("2023-12-30", "sy-al-tanf-garrison"), ("2023-12-30", "sy-shaddadi-base")]


@pytest.mark.parametrize("text, published, expected", [
    # a street's name is no place; the city it lies in is the target
    ("استهدفت غارة أميركية بطائرة مسيّرة، صباح الخميس، مقراً في شارع فلسطين شرقي بغداد.", "2024-01-05",
     [("2024-01-04", "iq-baghdad")]),
    ("سقطت قذيفة هاون يوم الأحد في شارع حيفا وسط بغداد.", "2024-01-08", [("2024-01-07", "iq-baghdad")]),
    # "القريبة من" is 'near', not 'from': the field is the place aimed at, no launch
    ("استهدف مسلحون، فجر الخميس، بقذائف صاروخية إحدى آبار النفط القريبة من حقل كونيكو للغاز.", "2023-08-31",
     [("2023-08-31", "sy-conoco-gas-field-base")]),
    # a day and its part between the verb and its object
    ("Une attaque de drone a visé dimanche soir la base américaine d'al-Tanf, dans le sud-est de la Syrie.",
     "2024-10-28", [("2024-10-27", "sy-al-tanf-garrison")]),
    ("Un drone ha colpito martedì sera la base di al-Tanf.", "2024-10-30", [("2024-10-29", "sy-al-tanf-garrison")]),
])
def test_the_target_past_a_street_a_near_word_or_a_day(text, published, expected, gazetteer):
    found = extract_report(text, gazetteer=gazetteer, published=published).incidents
    assert sorted(zip(found["date"].astype(str), found["target_place_id"])) == expected
    assert found["launch_place_id"].isna().all()


def test_a_street_name_is_no_place(gazetteer):
    assert "il-haifa" not in [p for _, p, _ in senses("انفجرت عبوة في شارع حيفا ببغداد.", gazetteer)]
    assert "cc-ps" not in [p for _, p, _ in senses("صدها نفر در خیابان فلسطین تهران تجمع کردند.", gazetteer)]


@pytest.mark.parametrize("text, published, expected", [
    # "at the same time" is the moment told last, so its day
    ("Drones hit al-Tanf on Sunday evening. At the same time, US forces stationed at the al-Omar oil field were "
     "also targeted.", "2024-10-28", [("2024-10-27", "sy-al-tanf-garrison"), ("2024-10-27", "sy-green-village")]),
    # French "pris pour cible" ('taken as a target'), active and passive
    ("Des drones ont pris pour cible la base d'al-Tanf dimanche.", "2024-10-28",
     [("2024-10-27", "sy-al-tanf-garrison")]),
    ("Le site pétrolier d'al-Omar a été pris pour cible dimanche.", "2024-10-28", [("2024-10-27", "sy-green-village")]),
])
def test_more_ways_to_tell_a_target_and_its_day(text, published, expected, gazetteer):
    assert dated_targets(text, gazetteer, published) == expected


@pytest.mark.parametrize("text, expected", [
    # a string of raids dated to a day is that day's wave, whatever word of fire leads the clause
    ("Israeli aircraft carried out a string of raids across southern Lebanon on Tuesday, hitting Kafr Kila and "
     "Houla.", [("2024-01-02", "lb-houla"), ("2024-01-02", "lb-kfar-kila")]),
    # the day of the first place does not break the list: "on Tuesday, as well as the outskirts of"
    ("Israeli jets hit Kafr Kila on Tuesday, as well as the outskirts of Bint Jbeil and Houla.",
     [("2024-01-02", "lb-bent-jbail"), ("2024-01-02", "lb-houla"), ("2024-01-02", "lb-kfar-kila")]),
])
def test_a_dated_wave_and_its_list(text, expected, gazetteer):
    assert dated_targets(text, gazetteer, "2024-01-03") == expected


@pytest.mark.parametrize("text", [
    # a run of attacks told as the cause of a strike is no incident of the strike's day
    "US jets bombed militia buildings in eastern Syria on Thursday, a reply to a string of rocket attacks on "
    "American personnel in Erbil.",
    "Israeli aircraft have carried out a string of raids on Houla in recent weeks.",
])
def test_a_run_of_attacks_told_as_a_cause_stays_many(text, gazetteer):
    found = extract_report(text, gazetteer=gazetteer, published="2024-01-03").incidents
    assert "iq-erbil" not in set(found["target_place_id"]) and "lb-houla" not in set(found["target_place_id"])


@pytest.mark.parametrize("text, expected", [
    ("On Tuesday a one-way drone was launched at US forces in Shaddadi, in north-eastern Syria.",
     [("2023-10-31", "sy-shaddadi-base")]),  # troops in a town with a base of its name: that base
    ("Rockets targeted US troops at Rumalyn on Tuesday.", [("2023-10-31", "sy-rumalyn-landing-zone")]),
    ("Drones attacked US forces in Erbil on Tuesday.", [("2023-10-31", "iq-erbil")]),  # a city holds many sites
])
def test_an_attack_on_troops_in_a_town_aims_at_its_base(text, expected, gazetteer):
    assert dated_targets(text, gazetteer, "2023-11-01") == expected


def test_a_turkish_settlement_word_carries_the_case(gazetteer):
    # "yerleşimine" 'to the settlement': the dative on the word after the name makes the name a target
    text = ("İsrail ordusu pazar günü Lübnan'dan 30 roket fırlatıldığını, bunlardan 10'unun Misgav Am yerleşimine, "
            "20'sinin de Matat bölgesine yöneldiğini açıkladı.")
    found = extract_report(text, gazetteer=gazetteer, published="2024-09-02").incidents
    assert sorted(zip(found["target_place_id"], found["launch_place_id"])) == [
        ("il-mattat", "cc-lb"), ("il-misgav-am", "cc-lb")]


def test_a_cue_reaches_past_the_words_of_areas(gazetteer):
    # "contra las afueras de las localidades de": the list under its plural takes the cue (a regression check)
    text = "Israel lanzó el domingo ataques contra las afueras de las localidades de Aita el Chaab y Yaroun."
    assert dated_targets(text, gazetteer, "2023-12-11") == [
        ("2023-12-10", "lb-aita-al-shaab"), ("2023-12-10", "lb-yaroun")]


@pytest.mark.parametrize("text, mention, place", [
    # "at" before an English article is the preposition, not the Arabic article of "at-Tanf"
    ("A barrage was fired at the Galilee Panhandle.", "Galilee Panhandle", "il-galilee-panhandle"),
    ("Drones hit at-Tanf.", "at-Tanf", "sy-al-tanf-garrison"),
    # a plural of airports or bases closing a list makes each name that site
    ("Israeli missiles put the Damascus and Aleppo airports out of service.", "Aleppo",
     "sy-aleppo-international-airport"),
    ("Drones targeted the Harir and Ain al-Asad bases on Friday.", "Harir", "iq-harir-air-base"),
    # Danish "Gaza by" ('Gaza city') is no English name: "the war in Gaza by telephone"
    ("Assad spoke about the war in Gaza by telephone.", "Gaza", "ps-gaza-strip"),
])
def test_a_name_and_its_neighbours(text, mention, place, gazetteer):
    assert [p for m, p, _ in senses(text, gazetteer) if m == mention] == [place]


@pytest.mark.parametrize("text, expected", [
    ("On September 4, a Turkish drone hit a car on the Dukan road, killing three. The next day three more were "
     "killed when a drone hit a car in the Zalan sub-district of Chwarta.", ("drone_strike", "Turkey")),
    ("Un drone turc a frappé une voiture près de Sidakan mardi. Un drone a aussi visé un village près d'Amadiya.",
     ("drone_strike", "Turkey")),
])
def test_drones_of_no_named_sender_go_on_with_the_strike_before(text, expected, gazetteer):
    found = extract_report(text, gazetteer=gazetteer, published="2024-09-11").incidents
    assert tuple(found[["event_type", "actor"]].iloc[-1]) == expected


def test_a_village_heard_by_sound_far_from_the_story_is_left_out(gazetteer):
    # "Gir Bari" sounds like Gir Badu by Sinjar, 228 km from Qamishli and al-Qahtaniyah, though Iraq is named
    text = ("A Turkish drone struck a car on the southern side of Qahtaniyah, near the village of Gir Bari, east of "
            "Qamishli, a few kilometres from the border with Iraq.")
    ids = [p for _, p, _ in senses(text, gazetteer)]
    assert "iq-gir-badu" not in ids and {"sy-qahtaniyah", "sy-qamishli"} <= set(ids)


@pytest.mark.parametrize("text, mention, place", [
    ("Das Kontingent in Taji war bereits im Januar verkleinert worden.", "Taji", "iq-camp-taji"),
    ("US troops in Shaddadi were put on alert.", "Shaddadi", "sy-shaddadi-base"),
])
def test_troops_in_a_town_are_at_its_base(text, mention, place, gazetteer):
    assert [p for m, p, _ in senses(text, gazetteer) if m == mention] == [place]


@pytest.mark.parametrize("text, missing", [
    ("The Lebanese channel Al-Mayadeen said the defences had repelled part of the attack.", "sy-mayadin"),
    ("Le correspondant d'Al-Mayadeen a fait état d'une forte explosion.", "sy-mayadin"),
    ("כך דיווחה רשת אל-מיאדין הלבנונית.", "sy-mayadin"),
    ("The Deir ez-Zor Military Council, an SDF affiliate, said it had repelled the attack.", "sy-deir-ez-zor"),
    ("اعتقلت قسد قائد \"مجلس دير الزور العسكري\" في مدينة الحسكة.", "sy-deir-ez-zor-air-base"),
])
def test_a_broadcaster_or_a_council_is_no_town(text, missing, gazetteer):
    assert missing not in [p for _, p, _ in senses(text, gazetteer)]


def test_the_town_a_broadcaster_is_named_after_stays(gazetteer):
    assert [p for _, p, _ in senses("US jets struck Mayadin on Sunday.", gazetteer)] == ["sy-mayadin"]
