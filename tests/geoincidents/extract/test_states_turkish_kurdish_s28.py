"""A country that stands for its state in Turkish, Kurdish and Persian is no place mention, as in English and the
Romance languages (``test_states_in_languages.py``).

- Turkish: a name before a force, office, people or act ("İsrail ordusu", "Lübnan basınında", "İsrail tarafından",
  "İran'ın misilleme saldırısı"), and a bare name that opens a clause ("Türkiye, ... devam ediyor"). A name before a
  place it owns ("Irak'ın kuzeyinde", "Suriye'nin Kamışlı kenti", "Suriye sınırına") or in a list whose last name
  carries the case ("Irak ve Suriye'de") stays a place.
- Kurdish writes the owner after its noun and the ezafe: Sorani "حکومهتی عێراق" 'the government of Iraq' (typed
  with ه for ە as older outlets do), "سەرۆک کۆماری تورکیا"; Kurmanji "Serokkomarê Tirkiyeyê", "wezareta derve ya
  Tirkiyê"; "باکووری عێراق" 'northern Iraq' and "xaka Iraqê" 'Iraqi soil' stay places.
- Persian and Kurdish put the verb last: a bare country opening the sentence is its subject ("ایران موج دوم ...
  آغاز کرد"), not one in a list or the object of را.
- The sides "between" two states in more languages ("entre Israël et l'Iran", "zwischen Israel und der Hamas",
  "di navbera Hemas û Îsraîlê", "İsrail ile İran arasındaki savaş").

The same in other languages: French subjects with "y" or "alors" ("L'Iran y a riposté", "Israël avait alors riposté"),
"la République islamique d'Iran"; an Arabic subject before its verb ("فإن إسرائيل نفذت"), "وسائل إعلام سورية" 'Syrian
media'; the Hebrew construct state ("מדינת ישראל") and subject ("איראן שיגרה"); a German sentence opened by a phrase
with a preposition ("Seit dem Sturz Assads hat Israel ..."); English "Iraq's border guard", "Syria's naval fleet",
"Israel occupied", "the US container ship". A country in brackets after a place ("Tel Aviv [Israel]"), after a
hashtag ("in #Yemen") or after a participle of coming ("les drones venant de l'Irak") stays a place, as does a city
after a Sorani noun of direction ("ئاڕاستەی هەولێر" 'towards Erbil').

Texts written for these tests, in our own words, on the pattern of reports of 2019-2025 in each language.
"""
from __future__ import annotations

import pytest

from geoincidents.extract import extract_report

PUBLISHED = "2025-06-15"


def senses(text, gazetteer):
    places = extract_report(text, gazetteer=gazetteer, published=PUBLISHED).places
    return list(zip(places["mention"], places["sense"]))


def sense_of(text, name, gazetteer, nth=0):
    return [s for m, s in senses(text, gazetteer) if m == name][nth]


@pytest.mark.parametrize("text, state", [
    # Turkish: before a force, office, people or act; bare or in the genitive
    ("İsrail ordusundan yapılan açıklamada, Hayfa'ya füze atıldığı belirtildi.", "İsrail"),
    ("Lübnan basınında yer alan haberlere göre, Nebatiye'de bir araç vuruldu.", "Lübnan"),
    ("Bölgedeki muhabir, İsrail hava savunma sistemlerinin füzeleri engellediğini aktardı.", "İsrail"),
    ("Tel Aviv çevresinde İran'ın misilleme saldırısı nedeniyle 2 kişi öldü.", "İran"),
    ("İsrail'in Haaretz gazetesi, Hayfa'da hasar olduğunu yazdı.", "İsrail"),
    ("Husiler, Yemen silahlı kuvvetlerinin Eilat'ı hedef aldığını söyledi.", "Yemen"),
    ("Milli Savunma Bakanlığı, Yemen halkı adına bir açıklama yapmadı.", "Yemen"),
    # Turkish: a bare name opening a sentence or clause is its subject
    ("Son dakika: Türkiye, terör örgütüne yönelik hava harekatına devam ediyor.", "Türkiye"),
    ("İsrail saldırıdan sonra Hizbullah'ı vurdu.", "İsrail"),
    # Sorani: any noun that is no place, with its ezafe, before the country (also typed with ه for ە)
    ("نوێنەری هەدەپە دەڵێت: حکومهتی عێراق و نهتهوهیهکگرتووهکان لهو ههڕهشانه ئاگادارن.", "عێراق"),
    ("هێزهكانی توركیا رهچاوی هاوڵاتیانی مهدهنی دهكهن.", "توركیا"),
    ("وهزارهتی بهرگریی توركیا رایگهیاند كه هێرشهكه كۆتایی هاتووه.", "توركیا"),
    ("سەرۆک کۆماری تورکیا گوتی ئۆپەراسیۆنەکە بەردەوام دەبێت.", "تورکیا"),
    ("فڕۆکەى جەنگیی تورکیا گوندەکەیان بۆردومان کرد.", "تورکیا"),
    # Kurmanji: a noun of an office, force, body or act, with its ezafe or a linker
    ("Serokkomarê Tirkiyeyê di parlamentoyê de axivî.", "Tirkiyeyê"),
    ("Berdevkê wezareta derve ya Tirkiyê got ku êrîş li Qendîlê berdewam dike.", "Tirkiyê"),
    ("YNKê bombebarana Tirkiyê şermezar kir.", "Tirkiyê"),
    ("Ev êrîş zirarê didin aboriya Iraqê.", "Iraqê"),
    # Persian and Kurdish: the subject that opens a verb-final sentence
    ("ایران موج دوم حملات موشکی به اسرائیل را آغاز کرد.", "ایران"),
    ("تورکیا چیای زەنگڵ لە نزیک دێرەلووک بۆردومان دەکات.", "تورکیا"),
    ("Tirkiyeyê li Şengalê bi balafireke bêmirov êrîş kir.", "Tirkiyeyê"),
    # the sides between two states
    ("Le conflit entre Israël et l'Iran a franchi un nouveau seuil.", "Israël"),
    ("Seit Beginn des Kriegs zwischen Israel und der Hamas gab es Angriffe auf Haifa.", "Israel"),
    ("Ji destpêka şerê di navbera Hemas û Îsraîlê de, êrîş li ser baregehan zêde bûn.", "Îsraîlê"),
    ("دوای شەڕی نێوان ئیسرائیل و حەماس هێرشەکان زیاد بوون.", "ئیسرائیل"),
    ("حملات هوایی و موشکی بین اسرائیل و ایران ادامه دارد.", "ایران"),
    ("İsrail ile İran arasındaki savaş devam ediyor.", "İsrail"),
    # other languages
    ("L'Iran y a riposté par des tirs de missiles sur Tel-Aviv.", "Iran"),
    ("Le Hezbollah a tiré sur Metula et Israël avait alors riposté en frappant Khiam.", "Israël"),
    ("Les Etats-Unis sont un pays ennemi de la République islamique d'Iran, selon le Hezbollah.", "Iran"),
    ("وبحسب وسائل إعلام محلية، فإن إسرائيل نفذت 86 غارة على الأراضي السورية.", "إسرائيل"),
    ("أفادت وسائل إعلام سورية أن غارة استهدفت موقعا قرب دمشق.", "سورية"),
    ("חיזבאללה פעל נגד מדינת ישראל מדרום לבנון.", "ישראל"),
    ("לאחר התקיפה בפורדו, איראן שיגרה מטח טילים לעבר חיפה.", "איראן"),
    ("Seit dem Sturz von Assad hat Israel Hunderte Luftangriffe auf Syrien geflogen.", "Israel"),
    ("A Turkish drone strike killed two members of Iraq's border guard near Sidakan.", "Iraq"),
    ("The Israeli navy struck Latakia to destroy Syria's naval fleet.", "Syria"),
    ("Israel occupied the Golan Heights in 1967.", "Israel"),
    ("Rockets were fired by a hard-line Iraqi faction close to Iran at the K1 base.", "Iran"),
    ("The strikes obliterated Iran's nuclear capabilities, officials claimed.", "Iran"),
    ("Iran fired missile barrages at Israel and vowed retaliation against the United States.", "United States"),
    ("Later the US withdrew from most of its facilities in Iraq.", "US"),
])
def test_a_state_in_turkish_kurdish_persian(text, state, gazetteer):
    assert sense_of(text, state, gazetteer) == "state"


@pytest.mark.parametrize("text, place", [
    # Turkish: a place it owns, a list whose last name carries the case, a case ending of its own
    ("Milli Savunma Bakanlığı, Irak'ın kuzeyindeki Gara bölgesine hava harekatı düzenlendiğini duyurdu.", "Irak"),
    ("SİHA'lar Suriye'nin Kamışlı kenti ve Kahtani bölgesinde hedefleri vurdu.", "Suriye"),
    ("Milli Savunma Bakanlığı, Irak ve Suriye'de 25 noktaya hava harekatı düzenlendiğini açıkladı.", "Irak"),
    ("Haberlere göre, Suriye sınırına yakın bir beldede bir araç vuruldu.", "Suriye"),
    ("Husiler, İsrail'de üç kente füze ve İHA ile saldırı düzenlediklerini söyledi.", "İsrail"),
    ("Yemen'den atılan füze Eilat'a düştü ve bir açıklama yapıldı.", "Yemen"),
    ("Muhabir, İsrail hava sahasının kapatıldığını ve uçuşların iptal edildiğini aktardı.", "İsrail"),
    # Kurdish: a place noun before the country, a list, a preposition
    ("فڕۆکەکان بنکەکانی پەکەکەیان لە باکووری عێراق بۆردومان کرد.", "عێراق"),
    ("هێرش کراوەتە سەر بنکە سەربازییەکانی ئەمەریکا لە عێراق و سووریا.", "عێراق"),
    ("Partiyê bikaranîna hêzê li xaka Iraqê şermezar kir.", "Iraqê"),
    ("Li Iraq û Sûriyeyê zêdetirî 3 hezar leşkerên Amerîkayê hene.", "Iraq"),
    # Persian: the object of را and a place after a preposition
    ("اسرائیل را موشک‌های ایران هدف قرار دادند.", "اسرائیل"),
    ("به نوشته یک روزنامه، این سومین حمله به سوریه در یک هفته است.", "سوریه"),
    # a country in brackets after a place, after a hashtag, after a participle of coming
    ("Tehran [Iran] / Tel Aviv [Israel], June 20: An Iranian missile hit a hospital in Beersheba.", "Israel"),
    # "threats from Iraq": the militias there, a place (the in-repo development set writes it so)
    ("The army spokesman said the military was watching the threats from Iraq closely.", "Iraq"),
    ("The WHO mission to assess the situation in #Yemen ended after the strike on Sanaa airport.", "Yemen"),
    ("Selon les informations, les drones venant de l'Irak ont pris pour cible les troupes américaines à Tanf.", "Irak"),
    ("١٢ مووشەکی بالیستی لە دەرەوەی سنورەکانی عێراق ئاڕاستەی هەولێر کراون.", "عێراق"),
    ("١٢ مووشەکی بالیستی لە دەرەوەی سنورەکانی عێراق ئاڕاستەی هەولێر کراون.", "هەولێر"),
    ("مووشەکەکان کەوتنە ناوچە جیاوازەکانی هەرێمی کوردستان.", "هەرێمی کوردستان"),
])
def test_a_place_stays_a_place(text, place, gazetteer):
    assert sense_of(text, place, gazetteer) == "place"


def test_a_state_before_its_ship_is_no_place_mention(gazetteer):
    """ "the US container ship": the name stands as an attribute of the ship (``state_attribute_site``); the Gulf of
    Aden, where it was hit, stays the target."""
    found = senses("The Houthis said they hit the US container ship in the Gulf of Aden.", gazetteer)
    assert found == [("Gulf of Aden", "place")]


@pytest.mark.parametrize("text, place, sense", [
    ("The governor of Nineveh said rockets hit the Zummar area.", "Nineveh", "place"),
    ("Ihsan al-Chalabi, mayor of Sidekan in northeastern Iraq, said a drone hit a car.", "Sidekan", "place"),
    ("پارێزگاری سلێمانی لەبارەی هێرشەکەی ئەمڕۆ راگەیەندراوێکی بڵاوکردەوە.", "سلێمانی", "place"),
    # (a seat of a government stands for it: the Kurdistan Region's capital)
    ("À cet égard, le gouverneur d’Erbil, Omed Khoshnaw, a indiqué que les forces locales enquêtent.", "Erbil",
     "state"),
])
def test_the_place_of_an_office_is_no_place_hit(text, place, sense, gazetteer):
    # "the governor of Nineveh" as "Nineveh's governor": the place owns the office (metonyms.holds_an_office), so it
    # is never the place hit; it is still a place the report names (annotators of every set since session 43 mark
    # "the mayor of Penjwen" as a place), unless it is a seat that stands for a government (session 48)
    places = extract_report(text, gazetteer=gazetteer, published=PUBLISHED).places
    row = places[places["mention"] == place].iloc[0]
    assert (row["sense"], row["role"]) == (sense, "context")


@pytest.mark.parametrize("text, place", [
    ("Rockets hit the governorate of Nineveh on Monday.", "Nineveh"),
    ("El ataque fue contra el campo petrolero al-Omar, el mayor de Siria.", "Siria"),  # Spanish 'the largest'
])
def test_a_place_after_no_office_stays_a_place(text, place, gazetteer):
    assert sense_of(text, place, gazetteer) == "place"
