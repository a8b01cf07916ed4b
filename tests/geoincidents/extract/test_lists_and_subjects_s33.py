"""Session 33: lists of targets past descriptor words and districts, subjects of attack verbs further on, clocks,
backers and datelines that are no places, and the words of other languages that tell them.

Every sentence is our own, written in the patterns outlets use (the development reports of d40, d46, d47 and d48 showed
each pattern); each test checks the drafts or the roles the extractor gives.
"""
from __future__ import annotations

import pytest

from geoincidents import extract_report


def _drafts(text: str, published: str) -> list[tuple[str, str, str]]:
    r = extract_report(text, published=published)
    return list(zip(r.incidents["date"].astype(str), r.incidents["event_type"], r.incidents["target_place_id"]))


def _roles(text: str, published: str) -> dict[str, str]:
    r = extract_report(text, published=published)
    return dict(zip(r.places["place_id"], r.places["role"]))


@pytest.mark.parametrize("text", [
    "US warplanes struck the port of Hodeidah and the port of Salif on Sunday.",
    "The airstrikes extended to include the port of Hodeidah and the port of Salif.",
    "امتدت الغارات لتشمل ميناء الحديدة وميناء الصليف.",
])
def test_a_descriptor_word_opening_the_next_name_continues_the_list(text):
    """ "the port of Hodeidah and the port of Salif": the second port word is no break in the list; each place hit is
    a draft of its own (Salif lies 60 km from Hodeidah's port, within the reach of a site's town)."""
    targets = {t for _, _, t in _drafts(text, "2025-03-23")}
    assert {"ye-port-of-hodeidah", "ye-as-salif"} <= targets


@pytest.mark.parametrize("text", [
    "امتدت الهجمات لتشمل ميناء الحديدة وميناء الصليف.",
    "The attacks extended to include the port of Hodeidah and the port of Salif.",
    "وطالت الهجمات ميناء الحديدة.",
])
def test_attacks_that_widened_to_more_places_hit_them(text):
    roles = _roles(text, "2025-03-23")
    assert roles["ye-port-of-hodeidah"] == "target"


def test_the_story_goes_on_from_the_later_day_after_a_strike_told_again_at_the_same_place():
    """The clause hung on the lead ("after strikes targeted it on Saturday") is the same place struck before; the
    sentence after goes on with Sunday's strikes, not Saturday's."""
    text = ("US aircraft launched two new strikes on Hodeidah airport at dawn on Sunday, after a series of air strikes "
            "targeted it on Saturday evening with three raids.\n"
            "The attacks extended to include the port of Hodeidah and the port of Salif.\n")
    drafts = _drafts(text, "2025-03-23")
    assert ("2025-03-23", "air_strike", "ye-port-of-hodeidah") in drafts
    assert ("2025-03-23", "air_strike", "ye-as-salif") in drafts


def test_strikes_are_reported_in_a_list_of_towns():
    text = "Strikes are reported in the capital Sanaa, the Houthi Red Sea port of Hudaydah and Dhamar"
    roles = _roles(text, "2024-01-12")
    assert roles["ye-sanaa"] == roles["ye-dhamar"] == "target"


def test_a_number_standing_for_more_of_the_strikes_told_just_before():
    text = ("US aircraft carried out 15 airstrikes in Yemen on Friday. In Al-Hudaydah, four strikes hit the Al-Kathib "
            "area, while three targeted Al-Hudaydah International Airport.")
    assert ("2024-10-04", "air_strike", "ye-hodeidah-airport") in _drafts(text, "2024-10-05")


@pytest.mark.parametrize("text", [
    "An attack on Sunday night in Sanaa hit a house, killing at least four people.",
    "Un ataque el domingo por la noche en Saná, la capital de Yemen controlada por los rebeldes, impactó una casa.",
])
def test_one_attack_opening_its_clause_is_the_subject_of_the_verb_further_on(text):
    assert any(t == "ye-sanaa" and d == "2025-04-06" for d, _, t in _drafts(text, "2025-04-06"))


def test_an_attack_told_with_no_verb_of_attack_is_still_no_event():
    assert _drafts("A strike on the base in March prompted a response.", "2025-04-06") == []


def test_what_an_attack_damaged_it_hit():
    text = "According to Syrian television, the Israeli attack damaged the runway of Aleppo International Airport."
    assert _drafts(text, "2023-05-02") == [("2023-05-02", "air_strike", "sy-aleppo-international-airport")]


def test_air_force_planes_strike_from_the_air():
    text = "Israeli Air Force planes on Tuesday launched missile strikes on Syrian army positions near Aleppo."
    assert _drafts(text, "2023-05-02") == [("2023-05-02", "air_strike", "sy-aleppo")]


def test_russian_attack_and_the_adjective_in_its_accusative():
    text = "ПВО отражают израильскую атаку над Дамаском."
    assert _drafts(text, "2022-04-27") == [("2022-04-27", "air_strike", "sy-damascus")]


@pytest.mark.parametrize(("text", "place", "landmark"), [
    ("В других публикациях утверждается, что отдельные авиаудары были нанесены по целям вокруг Дамаска и в Латакии "
     "на побережье Средиземного моря.", "sy-latakia", "xz-eastern-mediterranean"),
    ("Israeli missiles fired from Riyaq east of Beirut hit Damascus.", "lb-riyaq", "lb-beirut"),
])
def test_a_coast_or_a_direction_after_a_place_is_its_landmark(text, place, landmark):
    roles = _roles(text, "2023-03-22")
    assert roles[place] in ("target", "launch")
    assert roles[landmark] == "context"


def test_arabic_direction_after_the_launch_place():
    text = ("تصدّت وسائط الدفاع الجوي السوري، فجر اليوم الإثنين، لعدوان إسرائيلي بالصواريخ من اتجاه رياق شرق بيروت، "
            "استهدف بعض النقاط في محيط دمشق، وأسقطت بعض صواريخه.")
    roles = _roles(text, "2022-01-31")
    assert roles["lb-beirut"] == "context"
    assert roles["sy-damascus"] == "target"


@pytest.mark.parametrize(("text", "not_a_place"), [
    ("ארבעה מטוסי F-16 ישראלים ביצעו את התקיפה ומערכות הגנה אווירית יירטו שבעה מסך שמונת טילי השיוט ששוגרו.",
     "ir-showt"),                      # 'the cruise missiles': the article on a common word
    ("نفذ العدو الإسرائيلي عدواناً جوياً برشقات من الصواريخ.", "lb-jouaiya"),  # tanween: 'an aerial aggression'
])
def test_common_words_are_no_places(text, not_a_place):
    assert not_a_place not in _roles(text, "2021-12-16")


def test_the_arabic_indefinite_ending_leaves_the_name_written_bare():
    assert "lb-jouaiya" in _roles("استهدفت غارة إسرائيلية بلدة جويا.", "2024-10-01")


def test_a_hebrew_report_verb_dates_the_report_not_the_strike():
    text = 'כלי תקשורת דיווחו הלילה כי ראש הממשלה נהרג באחת מהתקיפות של צה"ל אתמול על העיר צנעא.'
    assert _drafts(text, "2025-08-29") == [("2025-08-28", "air_strike", "ye-sanaa")]


@pytest.mark.parametrize(("text", "place"), [
    ("At about 4 pm (Sanaa time), Houthi militants fired a missile at the ship.", "ye-sanaa"),
    ("في حوالي الساعة 4 مساءً (بتوقيت صنعاء)، أطلق المسلحون الحوثيون صاروخا باليستيا.", "ye-sanaa"),
    ("Militants backed by Iran fired rockets at Erbil from Mosul.", "cc-ir"),
    ("أطلق المسلحون الحوثيون المدعومون من إيران صاروخا من اليمن.", "cc-ir"),
])
def test_a_clock_or_a_backer_is_no_place_hit_or_fired_from(text, place):
    assert _roles(text, "2024-01-15")[place] == "context"


def test_an_arabic_dateline_with_its_day_is_context():
    text = ("واشنطن 8 نوفمبر 2023 (شينخوا) قال وزير الدفاع الأمريكي في بيان إن الجيش الأمريكي استهدف يوم الأربعاء "
            "منشأة لتخزين الأسلحة في شرق سوريا.")
    roles = _roles(text, "2023-11-08")
    assert roles["us-washington"] == "context"
    assert all(t != "us-washington" for _, _, t in _drafts(text, "2023-11-08"))


def test_a_district_beyond_its_own_reach_from_the_site_is_a_target_of_its_own():
    """Sanhan district lies 36 km from the mountain hit in Bani Matar district: two places hit, not one; Bani Matar
    (11 km) is where the mountain lies."""
    text = ("كما استهدفت خمس غارات أمريكية اليوم منطقة جربان في مديرية سنحان (جنوب)، وغارتان جبل النبي شعيب في "
            "مديرية بني مطر غرب محافظة صنعاء.")
    targets = [t for _, _, t in _drafts(text, "2025-04-01")]
    assert "ye-sanhan" in targets and "ye-jabal-an-nabi-shuayb" in targets
    assert "ye-bani-matar" not in targets


@pytest.mark.parametrize("text", [
    "Israel a frappé des dépôts de missiles près de Homs.",
    "استهدفت غارة إسرائيلية مستودعات صواريخ قرب حمص.",
])
def test_a_site_noun_before_the_weapon_names_what_was_hit(text):
    """Arabic and French put the site before its weapon ("مستودعات صواريخ", "dépôts de missiles"): the depots were
    hit, no missiles fired."""
    assert [e for _, e, _ in _drafts(text, "2025-09-09")] == ["air_strike"]


def test_a_weapon_with_joined_with_is_what_hit():
    """ "بصاروخ" 'with a missile' after the depot is the weapon of the attack, not the depot's contents."""
    drafts = _drafts("استهدف مسلحون مستودعا بصاروخ في حمص.", "2025-09-09")
    assert drafts and drafts[0][1] in ("rocket_attack", "missile_attack")


def test_arabic_passive_targeting_after_strikes_told_is_those_strikes():
    text = ("شن الطيران الإسرائيلي غارات على محيط مدينة حمص.\n"
            "وتداولت وسائل إعلام أنباء تفيد بأنه تم استهداف مستودعات أسلحة وصواريخ في منطقة شنشار جنوب محافظة حمص.\n")
    assert ("2025-09-09", "air_strike", "sy-shinshar") in _drafts(text, "2025-09-09")


@pytest.mark.parametrize(("text", "target"), [
    ("تعرض رتل للتحالف الدولي إلى تفجير بعبوة ناسفة، أثناء مروره على الطريق الدولي السريع ضمن محافظة الأنبار.",
     "iq-gov-anbar"),
    ("وسبق ذلك تفجير عبوة ناسفة على رتل للتحالف الدولي قرب محافظة بابل.", "iq-gov-babil"),
    ("وفي وقت لاحق، تعرض الرتل نفسه الى تفجير على الطريق ذاته في بابل، دون اصابات تذكر.", "iq-gov-babil"),
])
def test_arabic_roadside_bombs_on_convoys(text, target):
    """عبوة ناسفة (an IED) and تفجير (a blast) tell an explosion, as "roadside bomb" does."""
    assert _drafts(text, "2021-04-07") == [("2021-04-07", "explosion", target)]


def test_a_direction_after_a_list_under_a_plural_ends_the_list():
    """ "محافظتي الحسكة والرقة، شمال شرق سوريا": the direction says where the two governorates lie; it is no third
    governorate ("محافظة الشمال", Lebanon's North)."""
    roles = _roles("ضمن مناطق نبع السلام بريف محافظتي الحسكة والرقة، شمال شرق سوريا", "2024-10-24")
    assert {"sy-gov-hasakah", "sy-gov-raqqa"} <= set(roles)
    assert "lb-gov-north" not in roles
