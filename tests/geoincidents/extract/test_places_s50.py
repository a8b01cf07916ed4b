"""Places of session 50, on sentences written for these tests: a country or capital standing for its state in more of
the ways reports write it (a progressive, an adverb of habit, "que Israel ataque", a German verb put second after a
day's part, "l'ambassadeur d'Iran", backed, led or linked in Arabic, Hebrew, Persian and Turkish, a ministry's or a
war's name), and common words and organisation names that were heard as places (Hebrew "ביירוט" 'in intercepting'
was Beirut, Turkish "Ordu" 'the army' the Black Sea province, Persian "انبار" 'depot' Anbar, the Sinjar Resistance
Units Sinjar). Literal uses beside them stay places."""
from __future__ import annotations

import pytest

from geoincidents.extract import extract_report


def senses(text, gazetteer):
    places = extract_report(text, gazetteer=gazetteer, published="2024-03-13").places
    return list(zip(places["mention"], places["place_id"], places["sense"]))


@pytest.mark.parametrize("text, mention", [
    ("Washington was weighing its answer to the drone strike, a spokesman said.", "Washington"),
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
])
def test_a_state_is_no_place(text, mention, gazetteer):
    assert [s for m, _, s in senses(text, gazetteer) if m == mention] == ["state"]


@pytest.mark.parametrize("text, mention, place", [
    ("Rockets were fired from Syria at the Golan.", "Syria", "cc-sy"),
    ("The border between Iraq and Syria was closed.", "Iraq", "cc-iq"),
    ("مرز میان عراق و سوریه بسته شد.", "عراق", "cc-iq"),
    ("Israel was being hit by rockets for the third day.", "Israel", "cc-il"),
    ("الصواريخ سقطت في إيران قرب الحدود.", "إيران", "cc-ir"),
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
    found = extract_report(text, gazetteer=gazetteer, published="2023-12-31").incidents
    assert sorted(zip(found["date"].astype(str), found["target_place_id"])) == [
        ("2023-12-30", "sy-al-tanf-garrison"), ("2023-12-30", "sy-shaddadi-base")]
