"""Sites that reports name and the gazetteer lacked, found by the audit of the points of sites (``places/sites9.csv``).

The pts40 audit (session 22) checked the points of the places reports name most, and of every military base, air
base, facility and airport of ``sites.csv``, ``strike_sites*.csv`` and ``fields.csv``, against a reference
(Wikipedia infoboxes through their mirrors, GeoNames records as Who's On First carries them, airportsdata, the World
Port Index). It also asked whether the bases reports name all had a row: Iraq's K-1, Camp Taji, Balad, Union III,
Camp Victory, Harir (Bashur), Qayyarah West and Camp Speicher did; Tabriz's air base did only as the airport. The
rows here are that base and its airport:

- Iran: the air force's 2nd Tactical Air Base at Tabriz (Shahid Fakouri Air Base), struck in June 2025, which shares
  the runways of the Shahid Madani airport: at the airport's Wikipedia point, where "2nd Tactical Air Base" redirects.
  The airport's row (airportsdata's OITT record, as ``tools/gazetteer_airfields.py`` wrote it) moves here from
  ``airfields.csv``: the tool leaves out a record a curated site repeats, as it does Isfahan's airport beside the 8th
  Shekari base of ``sites.csv``.

"Tabriz air base" keeps going to the airport (the same point): a row keyed by the bare "Tabriz" with a base word would
also have taken "Tabriz missile base", an IRGC site elsewhere by the city that no reference located, from the city
(its container). So the row's names are those of the base itself, and its Arabic name is the martyr's, not the city's.

The reference coordinates are typed again here from the cited source, so a row that drifts from its reference fails;
every row has its reference here and every reference its row.

Moved in other files by the same audit (each file's test holds the new point): the Khor Mor gas field (``sites.csv``)
from a point 35 km south-east of Kirkuk city to Qadir Karam, the seat of the sub-district that holds it (21 km); the
Zilkan base (``sites.csv``) from Bashiqa to the village of Zilkan it is named after (13 km); in ``fields.csv`` the
Hindiya barrage (19 km, from the town of Hindiya to the barrage by Musayyib), the Kirkuk field (to Baba Gurgur, 9 km)
and the Zubair field (11 km) and, within their old precision, the Fallujah, Samarra and Kut barrages and the Dukan and
Duhok dams (1-5 km); two stand-ins moved from a town to the village the field is named after (GeoNames, as Who's On
First's Iraq repository carries them): the Tawke field (``sites.csv``) from Zakho to Tawke (7 km) and the Bai Hassan
field (``fields.csv``) from Dibis to Bay Hasan (7.5 km).

Left as stand-ins, no reference point found: Tal Baydar (the base lies in the area of Tell Beydar, whose point it
keeps), Qasrak (east of Tell Tamer), Camp Kalsu (Iskandariya), the Peshkabir, Sarsang, Shaikan, Atrush, Sarqala,
Badra and Qayyarah fields, the Baiji, Lanaz, KAR, Daura, Basra, Homs and Baniyas refineries and
the Haditha and Darbandikhan dams. Zrgwez keeps its GeoNames point (no Wikipedia or Wikidata point found to set
against it); Ras Isa keeps the shore nearest the World Port Index position of its terminal.
"""
from __future__ import annotations

from pathlib import Path

from .placerows import curated_file_tests

ROOT = Path(__file__).resolve().parents[2]
SITES9 = ROOT / "gazetteer" / "data" / "places" / "sites9.csv"

#: id: (lat, lon as the reference gives them, reference as the row's ``source`` names it)
REFERENCE: dict[str, tuple[float, float, str]] = {
    # 38°08′02″N 46°14′06″E, the infobox of the airport (the article "2nd Tactical Air Base" redirects there)
    "ir-tabriz-air-base": (38.13389, 46.23500, "wikipedia:Tabriz_Shahid_Madani_International_Airport"),
    # The airport's row, moved here from airfields.csv: the airfields tool leaves out a record that a curated site
    # repeats (within 4 km), and the curated base shares its runways, so the airport is held by hand beside it.
    "ir-tabriz-airport": (38.1339, 46.235, "airportsdata:OITT"),
}

#: (as a report writes it, the place); written for these tests, modelled on what reports say
SPELLINGS: list[tuple[str, str]] = [
    ("Tabriz airport", "ir-tabriz-airport"), ("Tabriz air base", "ir-tabriz-airport"), ("مطار تبريز", "ir-tabriz-airport"),
    ("Shahid Madani Airport", "ir-tabriz-airport"), ("Tebriz Airport", "ir-tabriz-airport"),
    ("Shahid Fakouri Air Base", "ir-tabriz-air-base"), ("Shahid Fakoori Air Base", "ir-tabriz-air-base"),
    ("the 2nd Tactical Air Base", "ir-tabriz-air-base"), ("TFB.2", "ir-tabriz-air-base"),
    ("پایگاه دوم شکاری تبریز", "ir-tabriz-air-base"), ("پایگاه شهید فکوری", "ir-tabriz-air-base"),
    ("قاعدة الشهيد فكوري الجوية", "ir-tabriz-air-base"),
]

#: Names of places held before that the new row stands by: each keeps its place.
NEIGHBOURS: list[tuple[str, str]] = [
    ("Tabriz", "ir-tabriz"), ("تبريز", "ir-tabriz"), ("Tabriz missile base", "ir-tabriz"),
]

#: Words a report writes that are no place of the file.
NOT_PLACES = ["Fakouri", "Tactical", "tactical air base", "the second base", "Shahid", "شهید", "پایگاه"]


#: Rows the towns tool's word rule would refuse, each kept: id -> why.
WORD_RULE_WAIVED = {
    "ir-tabriz-airport": "the airport of Tabriz, a city of 1.6 million (wordfreq knows the city's name as a word); the "
                         "airfields tool wrote this row before, and the bare Tabriz stays the city (checked above)",
}


globals().update(curated_file_tests(SITES9, REFERENCE, SPELLINGS, NEIGHBOURS, NOT_PLACES,
                                    word_waived=WORD_RULE_WAIVED))
