"""Named places of the strikes in Iran, Israel, Yemen, Syria and Iraq that did not resolve, or resolved to another
place, seventh list (``places/strike_sites7.csv``).

DOCSTRING
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
    ("Hadar HaCarmel", "il-hadar-hacarmel"), ("Hadar HaKarmel", "il-hadar-hacarmel"), ("הדר הכרמל", "il-hadar-hacarmel"),
    ("حي الهدار", "il-hadar-hacarmel"),
    # the Hezyaz power station, moved to the village it is named for
    ("Hezyaz power station", "ye-hezyaz-power-station"), ("Hizyaz", "ye-hezyaz-power-station"),
]

#: Names of places held before that the new rows sound like or stand by: each keeps its place.
NEIGHBOURS: list[tuple[str, str]] = [
    ("Dhahran", "sa-dhahran"), ("Saada", "ye-saada"), ("Kiswah", "sy-kiswah"), ("Qayyarah", "iq-al-qayyarah"),
    ("Suwayda", "sy-suwayda"), ("Hit", "iq-hit"), ("Russia", "cc-ru"), ("روسيا", "cc-ru"), ("Balad", "iq-balad"),
    ("Sanhan", "ye-sanhan"), ("Hodeidah", "ye-hodeidah"), ("Hajjah", "ye-hajjah"), ("Kangan", "ir-kangan"),
    ("South Pars", "ir-south-pars"), ("Asaluyeh", "ir-asaluyeh"), ("Kudnah (Quneitra)", "sy-kudnah"), ("Quneitra", "sy-quneitra"),
    ("Al Harthah", "iq-al-harithah"), ("Hartha", "iq-al-harithah"),
    ("Saadat Shahr", "ir-saadat-shahr"), ("Mahallat", "ir-mahallat"), ("Tajrish", "ir-tajrish"), ("Narmak", "ir-narmak"),
    ("Tehran", "ir-tehran"), ("Evin", "ir-evin-prison"), ("Kiryat Yam", "il-kiryat-yam"), ("קריית ים", "il-kiryat-yam"),
    ("Kiryat Bialik", "il-kiryat-bialik"), ("Haifa", "il-haifa"), ("Mount Carmel", "il-mount-carmel"),
]

#: Words a report writes that are no place of the file (the names the rows left out, or might take).
NOT_PLACES = ["السكك", "السكك الحديدية", "Jam", "Fajr", "فجر", "الحالي", "حرض", "القريا", "al-Qrayya", "Sikak road",
              "Hawk", "Hawk missiles", "al-Hawk", "Hadar", "הדר", "Mahallati", "Saadatabad", "Shahran", "Nobonyad", "Minet al-Beida", "Camp Ashraf"]

#: Rows the towns tool's sound rule would refuse, each kept: id -> why. The places they sound like keep their own
#: names (the NEIGHBOURS above).
SOUND_RULE_WAIVED = {
    "ye-harad": "the border town of Hajjah the Saudi-led and Houthi fighting and the 2025 strikes named, written "
                "Haradh in most English reports (it sounds like al-Harithah by Basra, which keeps Al Harthah and "
                "Hartha)",
}


globals().update(curated_file_tests(STRIKE_SITES7, REFERENCE, SPELLINGS, NEIGHBOURS, NOT_PLACES,
                                    sound_waived=SOUND_RULE_WAIVED))
