"""Named places of the strikes in Iran, Israel, Yemen, Syria and Iraq that did not resolve, or resolved to another
place, seventh list (``places/strike_sites7.csv``).

The seventh list (the cov31 check) of some 390 names (Iran in the June 2025 war and the October 2024 strikes,
the impact sites in Israel of Iranian and Houthi missiles and Hezbollah rockets, Yemen in the 2025 US and Israeli
campaigns, Syria under the Israeli strikes after December 2024, the Iraqi militia sites struck in 2019-2024) was checked
name by name with one to three other spellings each (Latin variants; Arabic; Hebrew; Persian; Russian). Most resolved
to the right place (Khojir, Parchin, Chitgar, Tajrish, Narmak, Evin, the IRIB building, Fordow, Natanz, the Isfahan
nuclear centre, South Pars, Asaluyeh, Bandar Abbas, Nojeh, Bid Kaneh; Bat Yam, Ramat Gan, Rishon LeZion, Bnei Brak,
Petah Tikva, Holon, Tamra, Beersheba, the port of Haifa, Kiryat Ata, Kiryat Bialik, Nahariya, Safed, Kiryat Shmona,
Metula, Shlomi, the Ben Gurion and Ramon airports, the port of Eilat, Glilot, HaKirya; Sanhan, Bani Hushaysh, Hamdan,
Sa'wan, Sahar, Kitaf, Majz, Zabid, Bajil, al-Luhayyah, al-Salif, Kamaran, Amran, Marib, Dhamar, the Sanaa airport, Ras
Isa; Kiswah, T-4, Palmyra, the Hama air base, Khalkhalah, Izraa, Qatana, Mezzeh, Barzeh, Jableh, Qardaha, Kudnah,
Maariyah; Jurf al-Sakhar, Camp Taji, Balad, al-Qaim, Akashat, Camp Speicher, Hit, ...). The rows here are those that
did not and have a reference coordinate:

- Iran: Saadat Abad of Tehran (it went to Saadat Shahr in Fars by sound; the bare one-word "Saadatabad", the name of
  some thirty villages and the Fars town's old name, stays with that town), Lavizan and the Shahid Mahallati housing
  complex of north-eastern Tehran ("Mahallati" alone, a surname, still sounds like Mahallat): GeoNames records as Who's
  On First's Iran repository carries them; and the Fajr Jam gas plant as a stand-in at the point of the town of Jam
  (the countries-states-cities database) with a precision that covers the county.
- Israel: Kiryat Haim (it went to Kiryat Yam by the fuzzy match) and Hadar HaCarmel of Haifa (הדר הכרמל went to Mount
  Carmel): GeoNames records as Who's On First's Israel repository carries them.
- Yemen: Dahyan of Saada ("Dhahyan" went to Dhahran) (GeoNames, Who's On First's Yemen repository); Bilad ar-Rus south
  of Sanaa ("Bilad al-Rus" went to Balad in Iraq, بلاد الروس to Russia), the al-Hali and al-Hawak districts of Hodeidah
  city and Harad of Hajjah ("Haradh" went to al-Harithah by Basra by sound) (GeoNames points as the
  countries-states-cities database carries them).
- Syria: Deir Ali south of Kiswah, Ruwayhinah and Taranja of Quneitra, and al-Qrayya and al-Mazraa of Sweida (with
  their province only: a bare al-Qrayya is also a village of Deir ez-Zor, and "al-Mazraa (Sweida)" went to el-Mazraa in
  Israel, which keeps the bare name) (GeoNames records as Who's On First's Syria repository carries them).
- Iraq: al-Sikak on the Euphrates north-west of Hit (GeoNames, Who's On First's Iraq repository).

Moved on a row held before: the Hezyaz power station (``sites.csv``), a stand-in at the Sanaa city point, now stands at
the GeoNames point of the village of Hizyaz south of the city (Who's On First's Yemen repository), precision 4 km. The
"Sa'adat Abad" of Saadat Shahr's GeoNames names leaves ``alternate_names.csv`` for the Tehran quarter.

The reference coordinates are typed again here from the cited source, so a row that drifts from its reference fails;
every row has its reference here and every reference its row.

Words kept out, and why (each checked below to stay out or to keep its place):

- الحالي ('the current'), حرض ('incited'), السكك ('the railways') and a bare القريا are kept only with their district
  word or province; al-Hali and al-Hawak only with Hodeidah in Latin letters ("Hawk", the missile, sounded like a bare
  al-Hawak; "Hali" the towns tool reads as an English word); Fajr ('dawn') and Jam only in "Fajr Jam".
- Haradh keeps its sound waiver: it sounds like al-Harithah by Basra, which keeps Al Harthah and Hartha.

The Arabic name of Bilad ar-Rus puts the bare word روس ('Russians'; the gazetteer reads it as Russia) in the list of
words that name a place only with their article (``extract_words.csv``, group ``arabic_bare_word``), as
test_mentions.py asks of every such word; the name of al-Mazraa puts مزرعة ('farm') there too.

Left out as decided before: the IRIB's bare acronym, Camp Ashraf (a given name), Jabal Nuqum and Jarban, Baqim, Abs.

Left out with no reference point found, or with several places of the name and no way to tell which is meant:
Nobonyad Square and the Shahran depot (GeoNames' Nowbonyads and Shahran lie elsewhere in Iran), the Tehran refinery
(it resolves to Tehran by container), the Shahid Beheshti university, the Vahdati and Shahid Babaei air bases by those
names, Pasdaran, Sattarkhan, Haft-e Tir; Bat Galim, Neve Sha'anan (one in Haifa, one in Tel Aviv), Azor (its Hebrew
name is the word אזור), Arraba, Sde Dov; the Sanaa districts of Shu'ub, Bani al-Harith, Ma'in and al-Thawra, Razih,
Huth, Shaharah, al-Munirah and al-Mina (Who's On First has their polygons but no record this file's sources allow),
al-Sabeen Square, Ras Kanatib; and a reference point for the Ras Isa terminal (none found: it stays the As Salif
stand-in); Minet al-Beida, Jabal al-Mana, Burayqah of Quneitra (its names sound like Behirke in Erbil, and Buraykah of
Sweida would have gone to it); the al-Saqr base, the Rashid camp and the Hashd headquarters on Palestine
Street in Baghdad (they resolve to nothing, or to Baghdad by container).
"""
from __future__ import annotations

from pathlib import Path

from .placerows import curated_file_tests

ROOT = Path(__file__).resolve().parents[2]
STRIKE_SITES7 = ROOT / "gazetteer" / "data" / "places" / "strike_sites7.csv"

#: id: (lat, lon as the reference gives them, reference as the row's ``source`` names it)
REFERENCE: dict[str, tuple[float, float, str]] = {
    # GeoNames records as Who's On First's Yemen, Syria and Iraq repositories (whosonfirst-data-admin-ye, -sy, -iq)
    # carry them
    "ye-dahyan": (16.79601, 43.45074, "geonames:7346409"),  # Dahyan
    "sy-deir-ali": (33.28352, 36.30248, "geonames:170810"),  # Dayr `Ali
    "sy-ruwayhinah": (33.08294, 35.87173, "geonames:165250"),  # Ruwayhinah
    "sy-al-qrayya-sweida": (32.54337, 36.59776, "geonames:173331"),  # Al Qurayya (the one in as-Suwayda)
    "sy-turunjah": (33.23314, 35.84473, "geonames:163091"),  # Turunjah
    "sy-al-mazraa-sweida": (32.78398, 36.47695, "geonames:172441"),  # Al Mazra`ah (the one west of as-Suwayda)
    "iq-al-sikak": (34.05567, 42.33693, "geonames:10968243"),  # As Sikak
    # GeoNames records as Who's On First's Iran and Israel repositories (whosonfirst-data-admin-ir, -il) carry them
    "ir-saadat-abad": (35.80372, 51.36098, "geonames:8449642"),  # Saadat abad - north
    "ir-lavizan": (35.78, 51.4999, "geonames:6683524"),  # Kuy-e Lavizan
    "ir-shahid-mahallati-complex": (35.7628, 51.5812, "geonames:6683542"),  # Mojtame`-e Shahid Mahalati
    "il-kiryat-haim": (32.82131, 35.07057, "geonames:293836"),  # Qiryat H̱ayyim
    "il-hadar-hacarmel": (32.80947, 34.99525, "geonames:294953"),  # Hadar HaKarmel
    # GeoNames points as the countries-states-cities database (dr5hn) carries them
    "ye-bilad-ar-rus": (15.0351, 44.2514, "dr5hn-csc:130825"),  # Bilad Ar Rus
    "ye-al-hali": (14.825, 43.0014, "dr5hn-csc:130693"),  # Al Hali
    "ye-al-hawak": (14.7601, 42.9978, "dr5hn-csc:130695"),  # Al Hawak
    "ye-harad": (16.40447, 43.07739, "dr5hn-csc:130854"),  # Harad
    # stand-in at the town's point (the countries-states-cities database)
    "ir-fajr-jam-gas-plant": (27.8157256, 52.3099845, "dr5hn-csc:150325"),  # Jam
}

#: (as a report writes it, the place); written for these tests, modelled on what reports say
SPELLINGS: list[tuple[str, str]] = [
    ("Dhahyan", "ye-dahyan"), ("Dahyan", "ye-dahyan"), ("ضحيان", "ye-dahyan"),
    ("Deir Ali", "sy-deir-ali"), ("Dayr Ali", "sy-deir-ali"), ("دير علي", "sy-deir-ali"),
    ("Ruwayhinah", "sy-ruwayhinah"), ("al-Rwayhineh", "sy-ruwayhinah"), ("الرويحينة", "sy-ruwayhinah"),
    ("al-Qrayya (Sweida)", "sy-al-qrayya-sweida"), ("Qrayya (Sweida)", "sy-al-qrayya-sweida"),
    ("القريا (السويداء)", "sy-al-qrayya-sweida"),
    ("Taranja", "sy-turunjah"), ("Turunjah", "sy-turunjah"), ("طرنجة", "sy-turunjah"),
    ("al-Mazraa (Sweida)", "sy-al-mazraa-sweida"), ("al-Mazra'a (Sweida)", "sy-al-mazraa-sweida"),
    ("المزرعة (السويداء)", "sy-al-mazraa-sweida"),
    ("al-Sikak", "iq-al-sikak"), ("As Sikak", "iq-al-sikak"), ("السكك (الأنبار)", "iq-al-sikak"),
    ("Bilad al-Rus", "ye-bilad-ar-rus"), ("Bilad ar Rus", "ye-bilad-ar-rus"), ("بلاد الروس", "ye-bilad-ar-rus"),
    ("مديرية بلاد الروس", "ye-bilad-ar-rus"),
    ("al-Hali (Hodeidah)", "ye-al-hali"), ("al-Hali, Hodeidah", "ye-al-hali"), ("مديرية الحالي", "ye-al-hali"),
    ("al-Hawak (Hodeidah)", "ye-al-hawak"), ("al-Hawak, Hodeidah", "ye-al-hawak"), ("الحوك", "ye-al-hawak"),
    ("Haradh", "ye-harad"), ("Harad", "ye-harad"), ("مديرية حرض", "ye-harad"),
    ("Fajr Jam", "ir-fajr-jam-gas-plant"), ("Fajr Jam gas refinery", "ir-fajr-jam-gas-plant"),
    ("پالایشگاه گاز فجر جم", "ir-fajr-jam-gas-plant"), ("مصفاة فجر جم", "ir-fajr-jam-gas-plant"),
    ("Saadat Abad", "ir-saadat-abad"), ("Sa'adat Abad", "ir-saadat-abad"), ("سعادت‌آباد", "ir-saadat-abad"),
    ("سعادت آباد", "ir-saadat-abad"),
    ("Lavizan", "ir-lavizan"), ("لویزان", "ir-lavizan"), ("Kuy-e Lavizan", "ir-lavizan"),
    ("Shahid Mahallati complex", "ir-shahid-mahallati-complex"), ("Mahallati complex", "ir-shahid-mahallati-complex"),
    ("شهرک شهید محلاتی", "ir-shahid-mahallati-complex"),
    ("Kiryat Haim", "il-kiryat-haim"), ("Qiryat Hayyim", "il-kiryat-haim"), ("קריית חיים", "il-kiryat-haim"),
    ("كريات حاييم", "il-kiryat-haim"), ("Кирьят-Хаим", "il-kiryat-haim"),
    ("Hadar HaCarmel", "il-hadar-hacarmel"), ("Hadar HaKarmel", "il-hadar-hacarmel"),
    ("הדר הכרמל", "il-hadar-hacarmel"), ("حي الهدار", "il-hadar-hacarmel"),
    # the Hezyaz power station, moved to the village it is named for
    ("Hezyaz power station", "ye-hezyaz-power-station"), ("Hizyaz", "ye-hezyaz-power-station"),
]

#: Names of places held before that the new rows sound like or stand by: each keeps its place.
NEIGHBOURS: list[tuple[str, str]] = [
    ("Dhahran", "sa-dhahran"), ("Saada", "ye-saada"), ("Kiswah", "sy-kiswah"), ("Qayyarah", "iq-al-qayyarah"),
    ("Suwayda", "sy-suwayda"), ("Hit", "iq-hit"), ("Russia", "cc-ru"), ("روسيا", "cc-ru"), ("Balad", "iq-balad"),
    ("Sanhan", "ye-sanhan"), ("Hodeidah", "ye-hodeidah"), ("Hajjah", "ye-hajjah"), ("Kangan", "ir-kangan"),
    ("South Pars", "ir-south-pars"), ("Asaluyeh", "ir-asaluyeh"), ("Kudnah (Quneitra)", "sy-kudnah"),
    ("Quneitra", "sy-quneitra"), ("Al Harthah", "iq-al-harithah"), ("Hartha", "iq-al-harithah"),
    ("Saadat Shahr", "ir-saadat-shahr"), ("Mahallat", "ir-mahallat"), ("Tajrish", "ir-tajrish"),
    ("Narmak", "ir-narmak"), ("Tehran", "ir-tehran"), ("Evin", "ir-evin-prison"), ("Kiryat Yam", "il-kiryat-yam"),
    ("קריית ים", "il-kiryat-yam"), ("Kiryat Bialik", "il-kiryat-bialik"), ("Haifa", "il-haifa"),
    ("Mount Carmel", "il-mount-carmel"), ("El Mazra'a", "il-el-mazraa"), ("al-Mazraa", "il-el-mazraa"),
]

#: Words a report writes that are no place of the file (the names the rows left out, or might take).
NOT_PLACES = ["السكك", "السكك الحديدية", "Jam", "Fajr", "فجر", "الحالي", "حرض", "القريا", "al-Qrayya", "Sikak road",
              "Hawk", "Hawk missiles", "al-Hawk", "Hadar", "הדר", "Mahallati", "Saadatabad", "Shahran", "Nobonyad",
              "Minet al-Beida", "Camp Ashraf", "المزرعة", "روس"]

#: Rows the towns tool's sound rule would refuse, each kept: id -> why. The places they sound like keep their own
#: names (the NEIGHBOURS above).
SOUND_RULE_WAIVED = {
    "ye-harad": "the border town of Hajjah the Saudi-led and Houthi fighting and the 2025 strikes named, written "
                "Haradh in most English reports (it sounds like al-Harithah by Basra, which keeps Al Harthah and "
                "Hartha)",
}


globals().update(curated_file_tests(STRIKE_SITES7, REFERENCE, SPELLINGS, NEIGHBOURS, NOT_PLACES,
                                    sound_waived=SOUND_RULE_WAIVED))
