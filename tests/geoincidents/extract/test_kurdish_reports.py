"""Reports in Kurdish, Sorani (Arabic script) and Kurmanji (Latin script), become draft incidents: the event words
of ``data/extract_triggers.csv`` marked Sorani or Kurmanji (bombardment with its light verb, warplanes, drones,
missiles, shelling, "was targeted", "an attack was made on"), their role cues (``data/extract_roles.csv``: کردە
سەر, کرایە سەر, بۆ سەر; êrîşî, rastî êrîşê hat), the state named after its weapon (Sorani ezafe, Kurmanji linker:
"فڕۆکەکانی تورکیا", "balafirên bêmirov ên Tirkiyê"), names with an ezafe or case ending joined ("گوندێکی
سیدەکانی", "Şengalê"), and their dates (``data/extract_date_words.csv``, ``data/extract_dates.csv``: شەوی ڕابردوو,
"15ی کانوونی دووەمی 2024", "26ê Mijdara 2025an", "roja şemiyê").

The families: Turkish air and drone strikes on villages and mountains of Duhok and Erbil and on north-east Syria,
Iranian missiles on Erbil and Koya, drones on Erbil airport, the Harir base and the Region's oil and gas fields.
Every sentence was written for these tests; none is a report's.
"""
from __future__ import annotations

import pytest

from geoincidents import extract_report

#: Tuesday 4 June 2024.
P = "2024-06-04"

#: (text, published, date, event type, target place id)
TOLD = [
    # Sorani
    ("ڕۆژی دووشەممە فڕۆکە جەنگییەکانی تورکیا چەند گوندێکی ناوچەی ئامێدییان بۆردومان کرد.", P, "2024-06-03", "air_strike", "iq-amadiya"),
    ("دوێنێ درۆنێکی تورکیا ئۆتۆمبێلێکی لە نزیک سیدەکان کردە ئامانج.", P, "2024-06-03", "drone_strike", "iq-sidakan"),
    ("شەوی ڕابردوو فڕۆکەکانی تورکیا بناری قەندیلیان بۆردومان کرد.", P, "2024-06-03", "air_strike", "iq-qandil-mountains"),
    ("ئەمڕۆ فڕۆکە جەنگییەکانی تورکیا هێرشیان کردە سەر دەوروبەری باتیفا.", P, "2024-06-04", "air_strike", "iq-batifa"),
    ("ڕۆژی یەکشەممە تۆپخانەی تورکیا چەند گوندێکی لە کانی ماسێ تۆپباران کرد.", P, "2024-06-02", "artillery", "iq-kani-masi"),
    ("شەوی ڕابردوو چەند مووشەکێک کەوتنە ناو شاری هەولێر.", P, "2024-06-03", "missile_attack", "iq-erbil"),
    ("سوپای پاسداران ڕۆژی شەممە بە مووشەکی بالیستی هێرشی کردە سەر بارەگاکانی ئۆپۆزسیۆنی کورد لە کۆیە.", P, "2024-06-01",
     "missile_attack", "iq-koya"),
    ("دوێنێ درۆنێک هێرشی کردە سەر فڕۆکەخانەی هەولێر.", P, "2024-06-03", "drone_attack", "iq-erbil-international-airport"),
    ("ئەمڕۆ بە دوو درۆن هێرش کرایە سەر کێڵگەی تاوکێ.", P, "2024-06-04", "drone_attack", "iq-tawke-oil-field"),
    ("ڕۆژی دووشەممە بنکەی حەریر بە درۆنێک کرایە ئامانج.", P, "2024-06-03", "drone_attack", "iq-harir-air-base"),
    ("درۆنێکی تورکیا دوێنێ ئۆتۆمبێلێکی لە قامیشلۆ بۆردومان کرد.", P, "2024-06-03", "drone_strike", "sy-qamishli"),
    ("ڕۆژی یەکشەممە فڕۆکەکانی تورکیا دەوروبەری کۆبانێیان بۆردومان کرد.", P, "2024-06-02", "air_strike", "sy-kobani"),
    ("شەوی ڕابردوو تەقینەوەیەک لە نزیک زاخۆ ڕوویدا.", P, "2024-06-03", "explosion", "iq-zakho"),
    ("ڕۆژی شەممە هێرشێکی درۆنی کرایە سەر ناوچەی شنگال.", P, "2024-06-01", "drone_attack", "iq-sinjar"),
    ("لە 15ی کانوونی دووەمی 2024 سوپای پاسداران بە مووشەکی بالیستی شاری هەولێری کردە ئامانج.", "2024-01-17", "2024-01-15",
     "missile_attack", "iq-erbil"),
    ("لە 26ی تشرینی دووەمی 2025 بە درۆن هێرش کرایە سەر کێڵگەی کۆرمۆر.", "2025-11-28", "2025-11-26", "drone_attack",
     "iq-khor-mor-gas-field"),
    ("چوارشەممە 26ـی تشرینی دووەمی 2025 درۆنێک کێڵگەی گازی کۆرمۆری کردە ئامانج.", "2025-11-28", "2025-11-26",
     "drone_attack", "iq-khor-mor-gas-field"),
    # the two sentences of the brief (the lead's): Sidakan with its ezafe; the field, not Chamchamal, is hit
    ("فڕۆکەی بێفڕۆکەی تورکیا دوێنێ گوندێکی سیدەکانی بۆردومان کرد.", P, "2024-06-03", "air_strike", "iq-sidakan"),
    ("شەوی ڕابردوو دوو درۆن هێرشیان کردە سەر کێڵگەی گازی کۆرمۆر لە چەمچەماڵ.", P, "2024-06-03", "drone_attack",
     "iq-khor-mor-gas-field"),
    # Kurmanji
    ("Roja duşemê balafirên şer ên Tirkiyê gundên derdora Amêdiyê bombebaran kirin.", P, "2024-06-03", "air_strike",
     "iq-amadiya"),
    ("Duh droneke Tirkiyê li nêzîkî Qamişlo erebeyek bombebaran kir.", P, "2024-06-03", "drone_strike", "sy-qamishli"),
    ("Şeva borî bi droneyan êrîşî Kêlgeha Kormorê hat kirin.", P, "2024-06-03", "drone_attack", "iq-khor-mor-gas-field"),
    ("Îro Kêlgeha Tawkeyê rastî êrîşeke droneyî hat.", P, "2024-06-04", "drone_attack", "iq-tawke-oil-field"),
    ("Roja şemiyê balafirên bêmirov ên Tirkiyê li Şengalê êrîşî wesayîtekê kirin.", P, "2024-06-01", "drone_strike",
     "iq-sinjar"),
    ("Duh artêşa Tirkiyê li Zaxoyê gundek topbaran kir.", P, "2024-06-03", "artillery", "iq-zakho"),
    ("Roja yekşemê mûşekên balîstîk ên Îranê li Koyeyê ketin.", P, "2024-06-02", "missile_attack", "iq-koya"),
    ("Îro li Dêrikê teqînek çêbû.", P, "2024-06-04", "explosion", "sy-malikiyah"),
    ("Duh li Kobanê balafireke bêmirov a Tirkiyê erebeyek bombebaran kir.", P, "2024-06-03", "drone_strike", "sy-kobani"),
    ("Di 26ê Mijdara 2025an de bi dronan êrîşî Kêlgeha Kormorê hat kirin.", "2025-11-28", "2025-11-26", "drone_attack",
     "iq-khor-mor-gas-field"),
    ("Roja sêşemê Bingeha Harîrê rastî êrîşa bi dronan hat.", P, "2024-06-04", "drone_attack", "iq-harir-air-base"),
    # a site and the town it lies in ("X لە Y", "X li Y"): the site is hit, the town says where it is
    ("دوێنێ پاڵاوگەی لاناز لە هەولێر بە مووشەک کرایە ئامانج.", P, "2024-06-03", "missile_attack", "iq-lanaz-refinery"),
    ("دوێنێ کێڵگەی کۆرمۆر لە چەمچەماڵ بە درۆن کرایە ئامانج.", P, "2024-06-03", "drone_attack", "iq-khor-mor-gas-field"),
    ("Duh Kêlgeha Kormorê li Çemçemalê rastî êrîşeke droneyî hat.", P, "2024-06-03", "drone_attack",
     "iq-khor-mor-gas-field"),
    # a missile force's bombardment with missiles is its missile fire
    ("سوپای پاسدارانی ئێران شەوی ڕابردوو بە مووشەکی بالیستی چەند شوێنێکی شاری هەولێری بۆردومان کرد.", "2024-01-16",
     "2024-01-15", "missile_attack", "iq-erbil"),
]


@pytest.mark.parametrize(("text", "published", "day", "event_type", "target"), TOLD,
                         ids=[f"{k}-{t[3]}" for k, t in enumerate(TOLD)])
def test_a_kurdish_report_makes_its_draft(text, published, day, event_type, target):
    got = extract_report(text, published=published).incidents
    assert list(zip(got["date"], got["event_type"], got["target_place_id"])) == [(day, event_type, target)]


@pytest.mark.parametrize(("text", "actor"), [
    ("ڕۆژی دووشەممە فڕۆکە جەنگییەکانی تورکیا چەند گوندێکی ناوچەی ئامێدییان بۆردومان کرد.", "Turkey"),
    ("دوێنێ درۆنێکی تورکیا ئۆتۆمبێلێکی لە نزیک سیدەکان کردە ئامانج.", "Turkey"),
    ("Roja şemiyê balafirên bêmirov ên Tirkiyê li Şengalê êrîşî wesayîtekê kirin.", "Turkey"),
    ("Duh li Kobanê balafireke bêmirov a Tirkiyê erebeyek bombebaran kir.", "Turkey"),
])
def test_the_state_named_after_its_weapon_fires_and_is_no_place_hit(text, actor):
    # Kurdish names the owner after its noun: "Turkey's aircraft" is "فڕۆکەکانی تورکیا", "balafirên ên Tirkiyê"
    report = extract_report(text, published=P)
    assert list(report.incidents["actor"]) == [actor]
    states = report.places[report.places["place_id"] == "cc-tr"]
    assert list(states["sense"]) == ["state"] and set(states["role"]) == {"context"}


@pytest.mark.parametrize("text", [
    "دوێنێ وەزیر لە هەولێر قسەی کرد.",  # a minister spoke in Erbil
    "ئەمڕۆ شاندێکی ئێران و تورکیا لە هەولێر کۆبوونەوە.",  # delegations met in Erbil
    "Duh wezîr li Hewlêrê axivî.",
    "Îro li Zaxoyê festîvalek dest pê kir.",  # a festival opened in Zakho
])
def test_a_kurdish_sentence_that_tells_no_attack_makes_no_draft(text):
    assert extract_report(text, published=P).incidents.empty


def test_the_kurdish_word_for_target_is_no_village():
    # ئامانج 'target' sounds like the village Amanc (امانج): a word of the lexicon, no place
    places = extract_report("دوێنێ بنکەی حەریر بە درۆنێک کرایە ئامانج.", published=P).places
    assert list(places["place_id"]) == ["iq-harir-air-base"]


@pytest.mark.parametrize(("text", "place_id"), [
    ("فڕۆکەکانی تورکیا دوێنێ گوندێکی سیدەکانی بۆردومان کرد.", "iq-sidakan"),  # the ezafe
    ("فڕۆکەکانی تورکیا دوێنێ سیدەکانیان بۆردومان کرد.", "iq-sidakan"),  # the clitic of the verb's subject
    ("سوپای پاسداران دوێنێ شاری هەولێری کردە ئامانج.", "iq-erbil"),
])
def test_a_sorani_name_with_its_ending_joined_is_found_in_running_text(text, place_id):
    places = extract_report(text, published=P).places
    assert place_id in set(places["place_id"])


def test_a_sorani_adjective_of_a_country_is_no_place():
    # "مووشەکی ئێرانی" 'an Iranian missile': not Iran as a place
    places = extract_report("دوێنێ مووشەکێکی ئێرانی کەوتە هەولێر.", published=P).places
    assert "cc-ir" not in set(places["place_id"])


@pytest.mark.parametrize(("text", "launch", "actor"), [
    # Sorani "لە ... ەوە" 'from', its ending joined to the name; the force named before the weapon fires, its verb last
    ("ڕۆژی دووشەممە سوپای پاسداران لە ئێرانەوە چەند مووشەکێکی بالیستی بۆ سەر هەولێر هاویشت.", "cc-ir", "Iran"),
    ("ڕۆژی دووشەممە چەند مووشەکێک لە ئێرانەوە هاوێژران و کەوتنە هەولێر.", "cc-ir", ""),
    ("Roja duşemê ji Îranê çend mûşek hatin avêtin li ser Hewlêrê.", "cc-ir", "Iran"),
])
def test_where_kurdish_fire_came_from_is_its_launch(text, launch, actor):
    got = extract_report(text, published=P).incidents
    assert list(zip(got["date"], got["event_type"], got["target_place_id"], got["launch_place_id"])) == [
        ("2024-06-03", "missile_attack", "iq-erbil", launch)]
    assert (got["actor"].iloc[0] or "") == actor


@pytest.mark.parametrize(("text", "dateline", "target"), [
    # Kurdish outlets open with their name, a dash and the place they write from: the place is no target
    ("K24 – هەولێر: شەوی ڕابردوو بە درۆن هێرش کرایە سەر کێڵگەی کۆرمۆر.", "iq-erbil", "iq-khor-mor-gas-field"),
    ("ڕووداو – ئامێدی: دوێنێ فڕۆکە جەنگییەکانی تورکیا گوندێکی کانی ماسێیان بۆردومان کرد.", "iq-amadiya",
     "iq-kani-masi"),
    ("Hewlêr (Rûdaw) – Duh balafirên şer ên Tirkiyê herêma Biradostê bombebaran kirin.", "iq-erbil", "iq-bradost"),
])
def test_the_place_a_kurdish_report_is_filed_from_is_no_target(text, dateline, target):
    report = extract_report(text, published=P)
    assert list(report.incidents["target_place_id"]) == [target]
    assert list(report.places.loc[report.places["place_id"] == dateline, "role"]) == ["context"]


@pytest.mark.parametrize(("word", "text"), [
    ("ئەم", "شەوی ڕابردوو بە درۆن هێرش کرایە سەر ئەم کێڵگەیە."),  # 'this', not Ilam
    ("پشت", "ئەمڕۆ ئیدانەی هێرشەکە و عەقڵیەتی پشت هێرشەکانیان کرد."),  # 'behind', not Basht
    ("خۆیدا", "ئەمڕۆ هێرش کرایە سەر کێڵگەکە و بەرهەمهێنان لەکاتی خۆیدا وەستا."),  # 'in its time', not Khoy
])
def test_a_common_sorani_word_is_no_place(word, text):
    places = extract_report(text, published=P).places
    assert word not in set(places["mention"]) and places[places["role"] == "target"].empty


def test_a_sorani_report_makes_one_draft_per_attack_and_none_for_its_comments():
    # a drone attack told, then a blast at the site, the government's condemnation and the year's tally: one draft
    text = ("K24 – هەولێر: شەوی ڕابردوو بە دوو درۆن هێرش کرایە سەر کێڵگەی گازی کۆرمۆر لە سنووری چەمچەماڵ.\n"
            "بەگوتەی سەرچاوەیەکی ئەمنی، یەکێک لە درۆنەکان بەر کۆگایەکی گاز کەوت و ئاگری لێکەوتەوە.\n"
            "ئەمڕۆ سێشەممە، 4ـی حوزەیرانی 2024، سەرۆکی حکومەتی هەرێمی کوردستان بە توندی سەرکۆنەی هێرشەکەی کرد.\n"
            "لە ماوەی ساڵی ڕابردوودا زیاتر لە ١٠ جار هێرش کراوەتە سەر ئەم کێڵگەیە.")
    got = extract_report(text, published=P).incidents
    assert list(zip(got["date"], got["event_type"], got["target_place_id"])) == [
        ("2024-06-03", "drone_attack", "iq-khor-mor-gas-field")]


@pytest.mark.parametrize(("name", "place_id"), [
    # Sorani and Kurmanji spellings of the family's sites held as aliases (sites.csv, strike_sites.csv)
    ("کێڵگەی خورمەڵە", "iq-khurmala-oil-field"),  # the field word chooses the field over the town of its point
    ("خورمەڵە", "iq-khurmala"),
    ("کێڵگەی نەوتی پێشخابوور", "iq-peshkabir-oil-field"),
    ("فڕۆکەخانەی نێودەوڵەتیی هەولێر", "iq-erbil-international-airport"),
    ("بنکەی حەریر", "iq-harir-air-base"),
])
def test_a_kurdish_spelling_of_a_struck_site_is_found_in_running_text(name, place_id):
    got = extract_report(f"دوێنێ درۆنێک هێرشی کردە سەر {name}.", published=P).incidents
    assert list(zip(got["date"], got["event_type"], got["target_place_id"])) == [("2024-06-03", "drone_attack", place_id)]


def test_a_kurmanji_spelling_of_peshkhabour_is_the_field():
    got = extract_report("Duh bi dronan êrîşî Kêlgeha Pêşxabûrê hat kirin.", published=P).incidents
    assert list(zip(got["date"], got["event_type"], got["target_place_id"])) == [
        ("2024-06-03", "drone_attack", "iq-peshkabir-oil-field")]
