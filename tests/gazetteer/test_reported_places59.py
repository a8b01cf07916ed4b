"""The Lebanese towns, villages and areas Israeli reports name as struck in 2023-2025, in Hebrew as Ynet, Maariv, Walla,
Srugim, Kikar HaShabbat, Arutz Sheva and the IDF spokesman write them: the cov59 check.

The check. Hebrew report pages of the stored corpus (search "pages": the IDF's strikes on Kfar Kila, Aita al-Shaab,
Bint Jbeil, Zibqin, Jmaijmeh, Jouaiya, Kfar Dajjal, Deir Kifa, Halta, Beit Lif, Rmeish, Dahieh and the Nabatieh area;
their evacuation warnings) gave the spellings the Hebrew press writes for the villages of the line and behind it
(with the article as a hyphened א-/אל- or none; the geresh as an apostrophe ' or as the Hebrew ׳; the maqaf ־ or a
hyphen), and the common variants of each were added for the villages the same reports and warnings name. 162
spellings of 95 places were looked up with ``resolve`` and, inside a sentence ('צה"ל תקף מבנה של חיזבאללה
ב<name> שבדרום לבנון.'), with ``extract_report``, at the branch's start (6b16f27) and after this change. Of the 144
spellings of 86 places this change made keys, ``resolve`` found 140 right before, but 139 of them only by sound
(method "phonetic"), which the extractor does not use in running text: in a sentence 1 of the 144 was found (and
"עיתא א-שעב" gave Sha'av in Israel by its second word). Wrong or nothing before: "עיתא אש-שעב", "בעל בק", "בקאע",
"ג'בין" (nothing). After: all 144 resolve right by key and all 144 are found in a sentence; the 18 spellings held
before (``HELD_BEFORE``) were and are right by ``resolve``, and all but "רב ת'לאת'ין" in a sentence (after the prefix
ב, "ברב ת'לאת'ין" finds nothing, before as after: noticed and left).

Aliases added (Hebrew only), on rows held before: ``settlements.csv`` (Kfar Kila, Aita al-Shaab, Yaroun, Markaba,
Houla, Rmeish, Marjayoun, Khiam, Meiss el-Jabal, Blida, Odaisseh, Kfarchouba, Naqoura, Alma al-Shaab, Yohmor, Qlayaa,
Deir Mimas, Zibqin, Baalbek, Dahieh, Hermel, Maroun al-Ras, Tayr Harfa, Dhayra, Marwahin, Ramyah, Jmaijmeh, Jouaiya,
Deir Kifa, Halta, Beit Lif, Shaqra, Aita al-Zott, Ibl al-Saqi and 35 more villages of Nabatieh, Tyre and the Bekaa),
``strike_sites2.csv`` (Chaaitiyeh), ``strike_sites5.csv`` (Jebbayn), ``levant_yemen.csv`` (Kfar Dajjal, Deir ez-Zahrani, Sejoud),
``levant_fronts9.csv`` (Haris), ``lebanon_villages.csv`` (Qabrikha, Kfar Fila), ``arabic_places9.csv`` (Wadi Saluki,
Wadi al-Hujeir), ``reported_places52.csv`` (Touline), ``waters.csv`` (ליטאני, נהר הליטאני), ``admin.csv`` (בקאע on
the Bekaa valley); and for the four rows the towns tool writes (Bint Jbeil, Hasbaya, Jezzine, Rashaya) the names kept
by hand in ``town_names_by_hand.csv`` (language he) and in ``towns.csv`` after the row's own aliases, so that the
tool's next run leaves the file as it is. No row was added.

One code change: the Hebrew geresh (U+05F3) that many Hebrew outlets write instead of the apostrophe ("ח׳יאם",
"בינת ג׳בייל", "מרג׳ עיון") split a name into three tokens in running text, which no key can fix: it now joins the
letters of a word as the apostrophe does (``geoincidents.extract.lexicon.WORD``) and glues a name's words after its
last letter (``geoincidents.extract.names.GLUE_PUNCT``).

Left out. Bare spellings that are Hebrew words or Israeli places: יחמור ('roe deer', Yohmor), מרכבה ('chariot', the
Merkava; Markaba keeps מרכבא), קליעה ('shooting', 'braiding'; Qlayaa keeps קלעיה), רמיה ('deceit';
Ramyah keeps ראמיה), שחור ('black') and שח'ור (Shhour: no row), בודאי ('surely', Bodai), בראשית ('in the beginning';
Barashit keeps ברעשית), שבעה ('seven'), ראשיה ('its heads'), חבוש ('bandaged', Habbouch), ארנון (a given name and the
Arnon river, Arnoun), כוכבא (of "בר כוכבא", Kawkaba), צדיקין (Aramaic 'the righteous', Siddiqin), שיחין (Shikhin of
the Galilee, Shihin), דבל, חנין (a given name), סרפנד (Sarafand, the old name of Tzrifin), לבונה ('frankincense',
Labbouneh), and the Lebanese Taybeh altogether: the bare טייבה is Taiyiba of the Triangle, and the gazetteer reads
"א-טייבה", "אל-טייבה" (the article dropped) and "טייבה (לבנון)" (a qualifier) by the bare name's key, so each would
have made every "טייבה" the Lebanese village (tried and taken out, as "אל-קליעה" was for קליעה). Places no file holds, with no reference point taken in this
short round: Zalloutieh (זלוטיה), Hata (חתא), Zita (זיתא), Breiqa (בריקע), Abba (עבא), Ansar (אנצאר), Salaa (סלעא),
Zawtar (decided before), Qantara (קנטרה) and Adchit al-Shqif (עדשית; the two Adchit rows are held only with their
district). "כפרמאן" (Kfar Remen as it is said, or another village) was left as it was, found by sound only. "בינת ג'בל" and "בינת ג׳בל"
(Bint Jbeil as one page writes it) stay Jableh in Syria: the towns tool drops them from Bint Jbeil's names for their
sound (Jableh is a seat), and Bint Jbeil is a row it writes. The Hebrew geresh ׳ and the apostrophe ' make one key, so
the tool writes one of the two forms of each name in ``towns.csv``; ``SPELLINGS`` tests both.
"""
from __future__ import annotations

import pytest

from gazetteer import Gazetteer
from geoincidents.extract import lexicon
from geoincidents.extract.names import GLUE_PUNCT

#: (as a Hebrew report writes it, the place): the spellings this change made keys, each with its row's id
SPELLINGS: list[tuple[str, str]] = [
    ('כפר כילא', 'lb-kfar-kila'), ('כפר כלא', 'lb-kfar-kila'), ('עיתא א-שעב', 'lb-aita-al-shaab'),
    ('עיתא א־שעב', 'lb-aita-al-shaab'), ('עיתא אל-שעב', 'lb-aita-al-shaab'), ('עיתא אש-שעב', 'lb-aita-al-shaab'),
    ('עייתא א־שעב', 'lb-aita-al-shaab'), ('יארון', 'lb-yaroun'), ('מרכבא', 'lb-markaba'), ('חולא', 'lb-houla'),
    ('רמיש', 'lb-rmeish'), ("מרג'עיון", 'lb-marjayoun'), ('מרג׳עיון', 'lb-marjayoun'), ("מרג' עיון", 'lb-marjayoun'),
    ('מרג׳ עיון', 'lb-marjayoun'), ("ח'יאם", 'lb-khiam'), ('ח׳יאם', 'lb-khiam'), ('חיאם', 'lb-khiam'),
    ("אל-ח'יאם", 'lb-khiam'), ('אל-ח׳יאם', 'lb-khiam'), ('אל-חיאם', 'lb-khiam'), ("א-ח'יאם", 'lb-khiam'),
    ("מיס אל-ג'בל", 'lb-meiss-el-jabal'), ('מיס אל-ג׳בל', 'lb-meiss-el-jabal'), ("מיס אל ג'בל", 'lb-meiss-el-jabal'),
    ("מייס אל-ג'בל", 'lb-meiss-el-jabal'), ("מיס א-ג'בל", 'lb-meiss-el-jabal'), ('בליידא', 'lb-blida'),
    ('בלידא', 'lb-blida'), ('עדייסה', 'lb-odaisseh'), ('עדיסה', 'lb-odaisseh'), ('אל-עדייסה', 'lb-odaisseh'),
    ('כפר שובא', 'lb-kfarchouba'), ('כפרשובא', 'lb-kfarchouba'), ('נאקורה', 'lb-naqoura'), ('א-נאקורה', 'lb-naqoura'),
    ('אל-נאקורה', 'lb-naqoura'), ('נקורה', 'lb-naqoura'), ('עלמא א-שעב', 'lb-alma-al-shaab'),
    ('עלמא א־שעב', 'lb-alma-al-shaab'), ('עלמא אל-שעב', 'lb-alma-al-shaab'), ('אלמא א-שעב', 'lb-alma-al-shaab'),
    ('יוחמור', 'lb-yohmor'), ('יוחמור א-שקיף', 'lb-yohmor'), ('יוחמור אל-שקיף', 'lb-yohmor'), ('קלעיה', 'lb-qlayaa'),
    ('דיר מימאס', 'lb-deir-mimas'), ('דיר מימס', 'lb-deir-mimas'), ('זבקין', 'lb-zibqin'), ('בעל בק', 'lb-baalbek'),
    ('דאחייה', 'lb-dahieh'), ('דאחיה', 'lb-dahieh'), ('הרמל', 'lb-hermel'), ('מרון א-ראס', 'lb-maroun-al-ras'),
    ('מארון א-ראס', 'lb-maroun-al-ras'), ('מרון אל-ראס', 'lb-maroun-al-ras'), ('מארון אל-ראס', 'lb-maroun-al-ras'),
    ('טיר חרפא', 'lb-tayr-harfa'), ('טייר חרפא', 'lb-tayr-harfa'), ("ד'הירה", 'lb-dhayra'), ('ד׳הירה', 'lb-dhayra'),
    ('דהירה', 'lb-dhayra'), ("א-ד'הירה", 'lb-dhayra'), ('מרווחין', 'lb-marwahin'), ('מרוואחין', 'lb-marwahin'),
    ('מרוחין', 'lb-marwahin'), ('ראמיה', 'lb-ramyah'), ("ג'מיג'מה", 'lb-jmaijmeh'), ('ג׳מיג׳מה', 'lb-jmaijmeh'),
    ("ג'ויא", 'lb-jouaiya'), ('ג׳ויא', 'lb-jouaiya'), ("ג'ואיא", 'lb-jouaiya'), ('דיר כיפא', 'lb-deir-kifa'),
    ('חלתא', 'lb-halta'), ('בית ליף', 'lb-beit-lif'), ('שקרא', 'lb-shaqra'), ('עיתא א-זוט', 'lb-aita-al-zott'),
    ('א-שיעיתיה', 'lb-chaaitiyeh'), ('שיעיתיה', 'lb-chaaitiyeh'), ('ליטאני', 'lb-litani-river'),
    ('נהר הליטאני', 'lb-litani-river'), ('בקאע', 'lb-bekaa-valley'), ("כפר ד'גל", 'lb-kfar-dajjal'),
    ('כפר ד׳גל', 'lb-kfar-dajjal'), ("כפר דג'ל", 'lb-kfar-dajjal'), ('אבל א-סקי', 'lb-ibl-al-saqi'),
    ('אבל אל-סקי', 'lb-ibl-al-saqi'), ("ג'בין", 'lb-jebbayn'), ('בני חיאן', 'lb-bani-hayyan'),
    ('מחיביב', 'lb-mhaibib'), ('טלוסה', 'lb-talloussa'), ('עינתא', 'lb-aynata'), ('כונין', 'lb-kounine'),
    ('יארין', 'lb-yarine'), ('עיתית', 'lb-aitit'), ('קוזח', 'lb-qaouzah'), ('עין אבל', 'lb-ain-ebel'),
    ("קבריח'א", 'lb-qabrikha'), ("ג'בשית", 'lb-jibchit'), ('כפר תבנית', 'lb-kfar-tebnit'), ('מיפדון', 'lb-mayfadoun'),
    ('דיר א-זהראני', 'lb-deir-ez-zahrani'), ('דיר סריאן', 'lb-deir-seryan'), ('חאריס', 'lb-haris'),
    ('סריפא', 'lb-srifa'), ('בזוריה', 'lb-bazouriyeh'), ('עין בעל', 'lb-ain-baal'),
    ("ראשיא אל-פח'אר", 'lb-rashaya-al-fukhar'), ('הבארייה', 'lb-hebbariyeh'), ('כפר חמאם', 'lb-kfar-hamam'),
    ('כפרחמאם', 'lb-kfar-hamam'), ('כפר פילא', 'lb-kfar-fila'), ("ג'רג'וע", 'lb-jarjouaa'), ("סג'וד", 'lb-sejoud'),
    ("מג'דל סלים", 'lb-majdal-selm'), ('יונין', 'lb-younine'), ('בריתל', 'lb-brital'), ('סוחמור', 'lb-sohmor'),
    ("משע'רה", 'lb-mashghara'), ("מישע'רה", 'lb-mashghara'), ('קרעון', 'lb-qaraoun'), ('לבאיא', 'lb-lebbaya'),
    ('שמסטאר', 'lb-shmustar'), ('טאריה', 'lb-taraya'), ('נבי שית', 'lb-nabi-chit'), ("ג'נתא", 'lb-janta'),
    ('עין קנא', 'lb-ain-qana'), ('תולין', 'lb-touline'), ('ברעשית', 'lb-barashit'), ('אום תותה', 'lb-umm-tuteh'),
    ('ואדי סלוקי', 'lb-wadi-saluki'), ("ואדי אל-חוג'יר", 'lb-wadi-al-hujeir'), ('כפר רומאן', 'lb-kfar-remen'),
    ('כפר רמאן', 'lb-kfar-remen'), ("בינת ג'בייל", 'lb-bent-jbail'), ('בינת ג׳בייל', 'lb-bent-jbail'),
    ("בינת ג'ביל", 'lb-bent-jbail'), ('בינת ג׳ביל', 'lb-bent-jbail'), ("בנת ג'בייל", 'lb-bent-jbail'),
    ("בנת ג'ביל", 'lb-bent-jbail'),
    ('חאצביא', 'lb-hasbaiya'), ('חאצבייה', 'lb-hasbaiya'), ("ג'זין", 'lb-jezzine'), ('ראשיא', 'lb-rachaiya-el-ouadi'),
]

#: Spellings that were keys before this change (right before and after).
HELD_BEFORE: list[tuple[str, str]] = [
    ('עייתא א-שעב', 'lb-aita-al-shaab'), ('עיתרון', 'lb-aitaroun'), ('עייתרון', 'lb-aitaroun'),
    ('נבטייה', 'lb-nabatieh'), ('נבטיה', 'lb-nabatieh'), ('א-נבטייה', 'lb-nabatieh'), ('שבעא', 'lb-shebaa'),
    ('קאנא', 'lb-qana'), ("ג'באע", 'lb-jbaa'), ("רב ת'לאת'ין", 'lb-rab-thalathin'), ('ביירות', 'lb-beirut'),
    ('צידון', 'lb-sidon'), ('הדאחייה', 'lb-dahieh'), ('הבקאע', 'lb-bekaa-valley'), ('בקעת הלבנון', 'lb-bekaa-valley'),
    ('נהר הליטני', 'lb-litani-river'), ('חוות שבעא', 'il-shebaa-farms'), ('בעלבכ', 'lb-baalbek'),
]

#: Hebrew words and Israeli places left out: in a sentence they name no Lebanese place.
NOT_PLACES = ["יחמור", "מרכבה", "קליעה", "רמיה", "שחור", "בודאי", "בראשית", "שבעה", "ראשיה", "חבוש", "ארנון",
              "כוכבא", "צדיקין", "שיחין", "לבונה", "טייבה"]


@pytest.fixture(scope="module")
def g() -> Gazetteer:
    return Gazetteer.default()


@pytest.mark.parametrize(("spelling", "place_id"), SPELLINGS + HELD_BEFORE)
def test_every_spelling_resolves_by_key_to_its_place(g, spelling, place_id):
    match = g.resolve(spelling)
    assert (match.id, match.method) in {(place_id, "alias"), (place_id, "exact")}


def _found_in_a_sentence(name: str) -> set[str]:
    import geoincidents as gi  # noqa: PLC0415 (the extractor, on sentences written for this test)

    sentence = f'צה"ל תקף מבנה של חיזבאללה ב{name} שבדרום לבנון.'
    return set(gi.extract_report(sentence, published="2024-10-15").places["place_id"])


@pytest.mark.parametrize(("spelling", "place_id"),
                         SPELLINGS + [(s, p) for s, p in HELD_BEFORE if s != "רב ת'לאת'ין"])
def test_the_extractor_finds_every_spelling_in_a_report_sentence(spelling, place_id):
    assert place_id in _found_in_a_sentence(spelling)


@pytest.mark.parametrize("word", NOT_PLACES)
def test_the_words_left_out_name_no_lebanese_village_in_a_sentence(word):
    import geoincidents as gi  # noqa: PLC0415

    found = set(gi.extract_report(f"ראינו {word} ליד הבית.", published="2024-10-15").places["place_id"])
    assert not {p for p in found if p.startswith("lb-")}


def test_the_bare_taiyiba_stays_the_israeli_town(g):
    assert g.resolve("טייבה").id == "il-taiyiba"
    assert g.resolve("Taybeh (Lebanon)").id == "lb-taybeh-marjayoun"


def test_the_hebrew_geresh_joins_a_word_as_the_apostrophe_does():
    assert lexicon.WORD.findall("בח׳יאם") == ["בח׳יאם"]
    assert lexicon.WORD.findall("בינת ג׳בייל") == ["בינת", "ג׳בייל"]
    assert lexicon.WORD.findall("יום א׳ בבוקר") == ["יום", "א", "׳", "בבוקר"]  # an abbreviation's mark stays a token
    assert "\u05f3" in GLUE_PUNCT


@pytest.mark.parametrize(("sentence", "place_ids"), [
    ('דובר צה"ל: מטוסי קרב תקפו תשתיות של חיזבאללה בח׳יאם, במרג׳ עיון ובבינת ג׳בייל.',
     {"lb-khiam", "lb-marjayoun", "lb-bent-jbail"}),
    ('צה"ל תקף הלילה בכפר כילא, בעיתא א-שעב ובעדייסה שבדרום לבנון.', {"lb-kfar-kila", "lb-aita-al-shaab", "lb-odaisseh"}),
    ('כלי טיס תקף רכב במרחב זבקין ובג׳מיג׳מה.', {"lb-zibqin", "lb-jmaijmeh"}),
])
def test_sentences_with_several_names(sentence, place_ids):
    import geoincidents as gi  # noqa: PLC0415

    found = set(gi.extract_report(sentence, published="2024-10-15").places["place_id"])
    assert place_ids <= found
    assert "il-shaav" not in found
