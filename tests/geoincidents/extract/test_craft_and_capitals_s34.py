"""Thirty-fourth session: aircraft told at the place hit are no means of the fire, and the region a city is the capital
of is where it lies, not a place hit (sentences written for these tests in the words of 2020-2021 rocket reports)."""
from __future__ import annotations

import pytest

import geoincidents as gi


def drafts(text: str, published: str = "2021-02-23"):
    return gi.extract_report(text, published=published).incidents


@pytest.mark.parametrize("text", [
    "On Monday, rockets hit the Balad air base in northern Baghdad, where Iraqi forces keep F-16 fighter jets.",
    "On Monday, two rockets struck the Balad base, which houses Iraq's F-16 jets.",
    "On Monday a drone hit the Hmeimim air base, where Russian Su-24 warplanes are parked.",
])
def test_aircraft_at_the_place_hit_do_not_type_the_fire(text):
    types = set(drafts(text)["event_type"])
    assert types and "air_strike" not in types, types


@pytest.mark.parametrize("text", [
    "On Monday, Israeli F-16 jets struck a depot near Homs.",
    "On Monday, US fighter jets hit a weapons store near Albu Kamal.",
])
def test_aircraft_before_the_verb_still_strike(text):
    assert set(drafts(text)["event_type"]) == {"air_strike"}


@pytest.mark.parametrize(("text", "targets"), [
    ("On February 15, rockets hit a military base at Arbil Airport, the capital of Iraqi Kurdistan.",
     {"Erbil International Airport"}),
    ("On February 15, rockets hit Erbil, the capital of Kurdistan.", {"Erbil"}),
    ("Drones struck Erbil, the capital of Iraqi Kurdistan, and Duhok on Monday.", {"Erbil", "Duhok"}),
    ("Le 15 février, des roquettes ont frappé Erbil, la capitale du Kurdistan irakien.", {"Erbil"}),
])
def test_the_region_a_city_is_the_capital_of_is_no_target(text, targets):
    assert set(drafts(text)["target_place"]) == targets


def test_the_region_stays_a_place_of_the_report():
    places = gi.extract_report("On February 15, rockets hit Erbil, the capital of Iraqi Kurdistan.",
                               published="2021-02-23").places
    region = places[places["place_id"] == "iq-kurdistan-region"]
    assert list(region["role"]) == ["context"]


@pytest.mark.parametrize("opening", ["Jerusalem, Oct 5 ", "Jerusalem, Oct 5 (Xinhua) ", "JERUSALEM, Oct 5 - ",
                                     "Jerusalem, (APP - 5th Oct, 2024) "])
def test_a_datelines_day_dates_no_event(opening):
    text = (opening + "Two Israeli soldiers were killed in a drone attack by Iraqi militants in the occupied Golan "
            "Heights, the Israeli military said in a statement on Friday.")
    found = drafts(text, "2024-10-05")
    assert list(found["date"].astype(str)) == ["2024-10-04"]


def test_a_day_told_in_the_text_still_dates_its_event():
    found = drafts("Jerusalem, Oct 5 Two Israeli soldiers were killed in a drone attack in the Golan Heights on Oct 5, "
                   "the military said.", "2024-10-05")
    assert list(found["date"].astype(str)) == ["2024-10-05"]


@pytest.mark.parametrize(("text", "place"), [
    ("سقط صاروخ في باكستان.", "cc-pk"),
    ("قصفت إيران مواقع بباكستان.", "cc-pk"),
    ("Des missiles sont tombés dans Pakistan.", "cc-pk"),
])
def test_a_state_beyond_the_region_governed_by_a_preposition_is_ground(text, place):
    places = gi.extract_report(text, published="2024-01-16").places
    assert list(places.loc[places["place_id"] == place, "sense"]) == ["place"]


@pytest.mark.parametrize("text", [
    "أعلنت وزارة الخارجية الباكستانية أن طفلين قتلا في غارة جوية نفذتها إيران.",
    "قتل ثلاثة في هجوم شنته إسرائيل.",
])
def test_the_state_after_an_arabic_verb_with_its_object_pronoun_is_its_subject(text):
    report = gi.extract_report(text, published="2024-01-16")
    assert set(report.places["sense"]) == {"state"}
    assert report.incidents.empty


@pytest.mark.parametrize(("text", "absent"), [
    ("الداخلية السعودية: هجوم استهدف بقيق.", "om-gov-ad-dakhiliyah"),
    ("وقالت وزارة الداخلية إن هجوما استهدف بقيق.", "om-gov-ad-dakhiliyah"),
    ("ایران امروز موشک‌هایی به سوی مناطق مرکزی اسرائیل شلیک کرد.", "ir-gov-markazi"),
])
def test_a_common_word_a_province_holds_is_no_place_alone(text, absent):
    assert absent not in set(gi.extract_report(text, published="2024-01-16").places["place_id"])


@pytest.mark.parametrize(("text", "present"), [
    ("شنت طائرات غارات على محافظة الداخلية في عمان.", "om-gov-ad-dakhiliyah"),
    ("حمله پهپادی به استان مرکزی.", "ir-gov-markazi"),
])
def test_the_province_word_names_it(text, present):
    assert present in set(gi.extract_report(text, published="2024-01-16").places["place_id"])


@pytest.mark.parametrize("text", [
    "Hezbolá ha disparado este miércoles decenas de misiles Katyusha contra el norte de Israel.",
    "Le Hezbollah a tiré mercredi des missiles Katioucha sur le nord d'Israël.",
])
def test_a_katyusha_called_a_missile_is_a_rocket(text):
    assert set(drafts(text, "2024-07-17")["event_type"]) == {"rocket_attack"}


def test_a_spanish_salvo_of_katyushas_is_fire():
    found = drafts("Hezbolá se atribuyó anoche cuatro andanadas de 'Katyusha' contra posiciones militares del norte "
                   "de Israel.", "2024-07-17")
    assert list(found["event_type"]) == ["rocket_attack"]


@pytest.mark.parametrize(("text", "target"), [
    ("On Tuesday, the coalition destroyed a Houthi drone that had been aimed at the Abha International Airport in "
     "Saudi Arabia.", "Abha Airport"),
    ("On Tuesday, the coalition destroyed two drones heading toward Jizan.", "Jizan"),
])
def test_weapons_destroyed_on_their_way_are_the_attack_downed(text, target):
    # (downed, not struck on the ground: an interception at the place they were aimed at)
    found = drafts(text, "2021-09-01")
    assert list(found["target_place"]) == [target]
    assert list(found["event_type"]) == ["interception"]
    assert list(found["outcome"]) == ["intercepted"]


def test_weapons_destroyed_on_the_ground_stay_a_strike():
    found = drafts("On Tuesday, US jets destroyed four Houthi drones near Hodeidah.", "2021-09-01")
    assert list(found["event_type"]) == ["air_strike"]


@pytest.mark.parametrize("text", [
    "La banlieue sud de Beyrouth visée par une frappe israélienne dimanche.",
    "Dimanche, la banlieue sud de Beyrouth visée par une série de frappes israéliennes.",
])
def test_a_french_headline_participle_with_its_agent_tells_the_place_hit(text):
    found = drafts(text, "2025-08-31")
    assert list(found["target_place"]) == ["Dahieh"]
    assert list(found["event_type"]) == ["air_strike"]


def test_a_day_told_wins_over_its_month_told_of_the_same_strike():
    text = ("A photo shows fighters after a drone strike on a militia headquarters in Baghdad, Iraq on January 4, 2024. "
            "The group was targeted by US strikes in Baghdad as recently as January, when a commander was killed.")
    found = drafts(text, "2024-11-05")
    baghdad = found[found["target_place"] == "Baghdad"]
    assert list(baghdad["date"].astype(str)) == ["2024-01-04"]
    assert list(baghdad["date_precision"]) == ["day"]


def test_a_run_counted_from_this_morning_is_of_the_publication_day():
    found = drafts("Samedi soir, des frappes israéliennes ont visé Tyr. Depuis ce matin, le Hezbollah a tiré des "
                   "dizaines de roquettes vers le nord d'Israël ; une personne a été tuée à Acre.", "2024-10-20")
    assert list(found.loc[found["target_place"] == "Acre", "date"].astype(str)) == ["2024-10-20"]


@pytest.mark.parametrize("phrase", ["ce matin", "esta mañana", "stamattina", "bu sabah", "הבוקר", "امشب"])
def test_the_parts_of_the_publication_day_are_dates(phrase):
    from datetime import date

    from geoincidents.extract.dates import find_dates
    from geoincidents.extract.text import sentences

    found = find_dates(sentences(f"{phrase} attaque")[0].tokens, published=date(2024, 10, 20))
    assert [(d.text, d.date) for d in found] == [(phrase, date(2024, 10, 20))]


@pytest.mark.parametrize(("text", "target", "day"), [
    ("Nebatiye kentine bağlı Ayta eş-Şab beldesinde bir evi vuran İsrail ordusu, açıklama yaptı.", "Aita al-Shaab",
     "2025-11-03"),
    ("İsrail ordusu önceki gece de Nebatiye'ye bağlı Kefrman beldesinde bir aracı vurmuş, saldırıda 4 kişi ölmüş.",
     "Kfar Remen", "2025-11-01"),
])
def test_turkish_participles_and_the_reported_past_strike(text, target, day):
    found = drafts(text, "2025-11-03")
    assert list(zip(found["target_place"], found["date"].astype(str))) == [(target, day)]


def test_a_spanish_attack_told_again_with_its_article_places_the_strike():
    found = drafts("Israel atacó Nabatiyé el domingo. El ataque tuvo lugar hacia las 03:00 en Kfar Tebnit, en las "
                   "inmediaciones de Nabatiyé.", "2024-10-13")
    assert "Kfar Tebnit" in set(found["target_place"])


@pytest.mark.parametrize(("text", "targets"), [
    ("كذلك طالت المدفعية الإسرائيلية بعد منتصف الليل أطراف الناقورة وجبل اللبونة.", {"Naqoura", "Labbouneh"}),
    ("بينما تقصف مدفعية الكيان الإسرائيلي بلدة حولا.", {"Houla"}),
    ("Des roquettes ont frappé Kiryat Shmona après minuit.", {"Kiryat Shmona"}),
])
def test_after_midnight_is_a_time_and_the_arabic_present_shells(text, targets):
    found = drafts(text, "2024-01-06")
    assert set(found["target_place"]) == targets


def test_a_date_glued_to_its_arabic_month_is_read():
    from datetime import date

    from geoincidents.extract.dates import find_dates
    from geoincidents.extract.text import sentences, tokenize

    assert [t.text for t in tokenize("الأحد 17نوفمبر2024 و 15ی و 2024م")] == ["الأحد", "17", "نوفمبر", "2024", "و",
                                                                          "15ی", "و", "2024م"]
    found = find_dates(sentences("استهدفت الغارات الضاحية الأحد 17نوفمبر2024، وفق الوكالة")[0].tokens,
                       published=date(2024, 11, 17))
    assert [(d.date, d.precision) for d in found] == [(date(2024, 11, 17), "day")]


@pytest.mark.parametrize(("text", "tyre"), [
    ("وأفادت الوكالة بأن سبع غارات أصابت مواقع في المنطقة، كما بينت صور وكالة فرانس برس.", False),
    ("غارة إسرائيلية على مدينة صور جنوب لبنان.", True),
])
def test_arabic_pictures_are_no_tyre(text, tyre):
    places = gi.extract_report(text, published="2024-11-17").places
    assert ("lb-tyre" in set(places["place_id"])) is tyre


@pytest.mark.parametrize("text", ["أصابت الغارات مديريتي آل سالم وسحار.",
                                  "وأوضحت الوكالة أن الغارات أصابت شرقي مدينة صعدة، ومديريتي آل سالم، و سحار."])
def test_yemens_districts_listed_under_their_dual(text):
    assert "ye-sahar-saada" in set(gi.extract_report(text, published="2025-03-26").places["place_id"])


def test_the_arabic_present_of_saying_takes_its_state():
    places = gi.extract_report("وتأتي هذه الغارات ضمن الهجمات الأمريكية على أهداف تقول واشنطن إنها تتبع الحوثيين في "
                               "اليمن.", published="2025-03-26").places
    assert list(places.loc[places["place_id"] == "us-washington", "sense"]) == ["state"]


@pytest.mark.parametrize("text", [
    "El Ejército israelí dio cuenta el domingo de la intercepción de cinco cohetes en Haifa.",
    "Die Armee meldete am Sonntag das Abfangen von fünf Raketen über Haifa.",
    "В воскресенье над Хайфой было перехвачено пять ракет.",
])
def test_the_interception_noun_in_spanish_german_and_russian(text):
    found = drafts(text, "2024-10-13")
    assert list(zip(found["event_type"], found["target_place"])) == [("interception", "Haifa")]


def test_arabic_after_midnight_is_the_night_that_ended_on_the_publication_day():
    found = drafts("كذلك طالت المدفعية الإسرائيلية بعد منتصف الليل أطراف الناقورة، فيما حلق الطيران الاستطلاعي طوال "
                   "ليل أمس فوق القرى.", "2024-01-06")
    assert list(found["date"].astype(str)) == ["2024-01-06"]


@pytest.mark.parametrize(("text", "place"), [
    ("سپاه پاسداران دو مقر را در خاک پاکستان هدف گرفت.", "cc-pk"),
    ("حمله پهپادی به استان سیستان و بلوچستان.", "ir-gov-sistan-and-baluchestan"),
    ("انفجار در استان خراسان شمالی.", "ir-gov-north-khorasan"),
])
def test_persian_ground_and_provinces(text, place):
    places = gi.extract_report(text, published="2024-01-16").places
    assert list(places.loc[places["place_id"] == place, "sense"]) == ["place"]


def test_the_side_that_suffered_an_attack_is_its_target_not_its_actor():
    found = drafts("Israel ha sufrido este martes el segundo gran ataque directo de Irán, un bombardeo masivo con "
                   "misiles.", "2024-10-01")
    assert list(found["target_place"]) == ["Israel"]
    assert "Israel" not in set(found["actor"].fillna(""))


def test_revenge_for_an_earlier_killing_is_no_event_of_the_day():
    text = ("Irán cumple su amenaza con un ataque masivo con misiles sobre Israel para vengar a Nasralá y Haniye\n\n"
            "Israel ha sufrido este martes el segundo gran ataque directo de Irán en pocos meses, un bombardeo masivo "
            "con misiles que la Guardia Revolucionaria iraní ha presentado como venganza por el asesinato en julio en "
            "Teherán del entonces líder de Hamás, Ismail Haniye, y por la muerte el pasado viernes en Beirut del "
            "máximo jefe de Hezbolá, Hasán Nasralá.\n")
    found = drafts(text, "2024-10-01")
    assert "Israel" in set(found["target_place"])
    assert not ({"Tehran", "Beirut"} & set(found.loc[found["date"].astype(str) == "2024-10-01", "target_place"]))


def test_german_rockets_that_came_down_in_a_town():
    found = drafts("Am Morgen sind rund acht aus dem Libanon abgefeuerte Raketen im Gebiet der Stadt Tiberias "
                   "niedergegangen.", "2024-09-29")
    assert list(zip(found["event_type"], found["target_place"], found["launch_place"])) == [
        ("rocket_attack", "Tiberias", "Lebanon")]


def test_an_italian_headline_present_hits():
    found = drafts("Escalation tra Israele e Iran: attacchi missilistici colpiscono Tel Aviv", "2025-06-14")
    assert list(zip(found["event_type"], found["target_place"])) == [("missile_attack", "Tel Aviv")]


def test_a_hebrew_acronym_with_its_gershayim_is_one_word():
    from geoincidents.extract.text import tokenize

    assert [t.text for t in tokenize('צה"ל תקף בנתב"ג ו"שלום" אמר')] == ['צה"ל', "תקף", 'בנתב"ג', "ו", '"', "שלום", '"',
                                                                       "אמר"]
    places = gi.extract_report('טיל נורה לעבר נתב"ג הבוקר.', published="2025-09-03").places
    assert list(places["place_id"]) == ["il-ben-gurion-airport"]


def test_a_town_the_headline_says_was_hit_stands_when_the_body_drafts_it_nowhere():
    text = "Missile attacks hit Tel Aviv\n\nIranian missiles hit Jerusalem overnight, wounding three people."
    found = drafts(text, "2025-06-14")
    assert {"Tel Aviv", "Jerusalem"} <= set(found["target_place"])


def test_a_headline_at_a_town_the_body_drafts_joins_it():
    text = "Missile attacks hit Tel Aviv\n\nIran fired missiles at Tel Aviv on Saturday night, wounding three people."
    found = drafts(text, "2025-06-15")
    assert list(found["target_place"]) == ["Tel Aviv"]


def test_german_media_are_no_yemeni_town():
    places = gi.extract_report("Arabische Medien hatten vorher gemeldet, dass in Sanaa Explosionen zu hören waren.",
                               published="2025-05-06").places
    assert "ye-midi" not in set(places["place_id"])


@pytest.mark.parametrize("text", ['שר הביטחון ישראל כ"ץ רמז על מעורבות.', "שר הביטחון ישראל כץ רמז על מעורבות."])
def test_israel_katz_in_hebrew_is_no_place(text):
    assert gi.extract_report(text, published="2025-08-28").places.empty
