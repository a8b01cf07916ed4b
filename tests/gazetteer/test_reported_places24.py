"""Places that reports of 2019-2025 named and the gazetteer did not hold, or held under a name that missed the
report's spelling (``places/reported_places24.csv``, and aliases added to rows held before).

Rows added, each at its reference:

- Harir, the town and sub-district seat of Shaqlawa district in Erbil governorate, at its Wikipedia point
  (36°33′06″N 44°21′06″E). The Harir air base (``sites.csv``), 2.5 km south-south-west of the town, keeps the bare names
  "Harir", "al-Harir", Kurdish هەریر and حەریر and every name with a base word: reports of the 2023-2024 drone attacks
  write "attacks on Ain al-Asad and Harir" for the base, and an air base's prominence would not outweigh an exact
  name of the town. The town is therefore found by its descriptor ("Harir town", "town of Harir", "Harir
  sub-district", ناحية حرير, بلدة حرير, Sorani ناحیەی هەریر) or its district ("Harir (Shaqlawa)"); bare حرير is the
  Arabic word 'silk' and stays no name of the town.
- Haddatha, a village of Bint Jbeil district, at its GeoNames record (geonames:274833) in GeoNames' country dump of
  Lebanon of 2016 (``data/LB.txt`` of the GitHub repository RoudyTarabay/Lebanon-Municipality-Elections-2016, the
  dump ``lebanon_villages.csv`` was written from). The village had been left out for precision because "Hadath",
  the Beirut suburb, reached it; here Hadath keeps all its spellings (the NEIGHBOURS below), and the village's
  Arabic name is kept only with its district (حداثا (بنت جبيل)): bare حداثا made الحدث ('the event', a word of
  every Arabic report) find the village by sound. Its Latin name sounds like Hadath of Mount Lebanon, so the sound
  rule is waived for it (below), and ``test_lebanon_geonames_villages.py`` and ``test_strike_sites2.py`` no longer
  list it among the places left out.

Aliases added to rows held before: رامات أفيف on Ramat Aviv (il-ramat-aviv; it was found by sound only), the Spanish
"Petaj Tikva", "Petaj-Tikva" and "Petaj Tikwa" on Petah Tikva (found before only by likeness), and the Spanish,
Portuguese, Italian, German and Hebrew names of the Upper and Lower Galilee ("Alta Galilea", "Baja Galilea",
"Galilea superiore", "Unteres Galiläa", גליל עליון, גליל תחתון) on their region rows (the Hebrew and Italian forms
had gone to the Northern District). Checked and already right, so only tested here: the German "Naharija"
(Nahariya's row holds it), رمات أفيف (Ramat Aviv's Arabic name), the Persian بندر حدیده (the port of Hodeidah,
ye-port-of-hodeidah, through its descriptor word), "Western Galilee" and الجليل الغربي (aliases of the Northern
District, which holds the whole of Western Galilee; no reference coordinate was found for Western Galilee itself, so
no region row was written).

The reference coordinates are typed again here from the cited source, so a row that drifts from its reference fails;
every row has its reference here and every reference its row.

Left out, no reference coordinate found in the references searched (Wikipedia mirrors, GeoNames pages, Mapcarta
through the stored pages): Pirmam (Masif Salahaddin, Kurdish Pîrmam) north-east of Erbil; Mount Qarachogh /
Qarachox (Turkish "Karacak") west of Makhmur; the Avashin-Basyan area of Duhok's border zone (a region, and no
reference gave a point for it or for a named village in it); Mount Asos of Sulaymaniyah (likewise); the Israeli army
base on Mount Neria; the Jal al-Deir position on the Lebanese border; Hawijat Saqr, the Euphrates island by Deir
ez-Zor; Mezargeh / Kora Simoqya by Khanasor in Sinjar; and the village of Enzê in the Qandil area. The Iraq-Syria
border area by al-Qaim and Albu Kamal is no place to add (a border is no point). Pirmam and Jal al-Deir were added
later, at reference points found since (``test_reported_places25.py``).
"""
from __future__ import annotations

from pathlib import Path

from .placerows import curated_file_tests

ROOT = Path(__file__).resolve().parents[2]
REPORTED_PLACES24 = ROOT / "gazetteer" / "data" / "places" / "reported_places24.csv"

#: id: (lat, lon as the reference gives them, reference as the row's ``source`` names it)
REFERENCE: dict[str, tuple[float, float, str]] = {
    "iq-harir": (36.55167, 44.35167, "wikipedia:Harir,_Iraq"),  # 36°33′06″N 44°21′06″E
    "lb-haddatha": (33.16601, 35.3902, "geonames:274833"),  # Haddatha (GeoNames' Lebanon dump, 2016-05)
}

#: (as a report writes it, the place); written for these tests, modelled on what reports say
SPELLINGS: list[tuple[str, str]] = [
    ("Harir town", "iq-harir"), ("town of Harir", "iq-harir"), ("Harir sub-district", "iq-harir"),
    ("Harir (Shaqlawa)", "iq-harir"), ("ناحية حرير", "iq-harir"), ("بلدة حرير", "iq-harir"),
    ("ناحیەی هەریر", "iq-harir"),
    ("Haddatha", "lb-haddatha"), ("Hadatha", "lb-haddatha"), ("Haddathah", "lb-haddatha"),
    ("حداثا (بنت جبيل)", "lb-haddatha"),
    # aliases added to rows held before
    ("رامات أفيف", "il-ramat-aviv"), ("Petaj Tikva", "il-petah-tikva"), ("Petaj-Tikva", "il-petah-tikva"),
    ("Alta Galilea", "il-upper-galilee"), ("Galilea superiore", "il-upper-galilee"),
    ("Oberes Galiläa", "il-upper-galilee"), ("גליל עליון", "il-upper-galilee"),
    ("Baja Galilea", "il-lower-galilee"), ("Unteres Galiläa", "il-lower-galilee"), ("גליל תחתון", "il-lower-galilee"),
    # already right before, kept right
    ("رمات أفيف", "il-ramat-aviv"), ("Naharija", "il-nahariyya"), ("بندر حدیده", "ye-port-of-hodeidah"),
    ("Western Galilee", "il-gov-northern"), ("الجليل الغربي", "il-gov-northern"),
    ("Upper Galilee", "il-upper-galilee"), ("الجليل الأعلى", "il-upper-galilee"),
    ("Lower Galilee", "il-lower-galilee"), ("الجليل الأسفل", "il-lower-galilee"),
]

#: Names of places held before that the new rows sound like or stand by: each keeps its place.
NEIGHBOURS: list[tuple[str, str]] = [
    ("Harir", "iq-harir-air-base"), ("al-Harir", "iq-harir-air-base"), ("Harir air base", "iq-harir-air-base"),
    ("Harir base", "iq-harir-air-base"), ("قاعدة حرير", "iq-harir-air-base"), ("حەریر", "iq-harir-air-base"),
    ("Herîr", "iq-harir-air-base"), ("Bashur airfield", "iq-harir-air-base"), ("Shaqlawa", "iq-shaqlawa"),
    ("Busra al-Harir", "sy-busra-al-harir"),
    ("Hadath", "lb-hadath"), ("al-Hadath", "lb-hadath"), ("Hadeth", "lb-hadath"), ("Bint Jbeil", "lb-bent-jbail"),
    ("Ramat Aviv", "il-ramat-aviv"), ("Petah Tikva", "il-petah-tikva"), ("Nahariya", "il-nahariyya"),
    ("Galilee", "il-gov-northern"),
]

#: Words a report writes that are no place of the file (the names the rows left out, or might take).
NOT_PLACES = ["حرير", "الحرير", "silk", "Hariri", "الحدث", "حداثة", "الحداثة", "town", "Alta", "Baja", "Bassa",
              "Oberes", "Unteres", "Pirmam", "Karacak", "Avaşin-Basyan", "Asos", "Mount Neria", "Jal al-Deir",
              "Hawijat Saqr", "Enzê"]

#: Rows the towns tool's sound rule would refuse, each kept: id -> why. The places they sound like keep their own
#: names (the NEIGHBOURS above).
SOUND_RULE_WAIVED = {
    "lb-haddatha": "a village of Bint Jbeil district struck in 2023-2024 whose Latin name sounds like Hadath, the "
                   "Beirut suburb of Mount Lebanon, which keeps Hadath, al-Hadath and Hadeth; its Arabic name is "
                   "kept only with its district",
}


globals().update(curated_file_tests(REPORTED_PLACES24, REFERENCE, SPELLINGS, NEIGHBOURS, NOT_PLACES,
                                    sound_waived=SOUND_RULE_WAIVED))
