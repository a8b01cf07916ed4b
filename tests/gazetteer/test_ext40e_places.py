"""Places the extractor never read in the development reports (helper ext40e, ``places/ext40e_places.csv``), and
spellings of held places added as aliases.

The development incidents whose target was never read as a place, and the target mentions of the development
reports that were never read, were checked name by name. One place the gazetteer lacked has a reference coordinate
and is the file's row: Savyon east of Tel Aviv (Latin and Arabic; the Hebrew סביון is also a plant and a given name).
Spellings of held places went on their rows in ``settlements.csv``: "Ramia" on Ramyah of the Bint Jbeil district by
the Blue Line (it went to Rama in Israel by the fuzzy match), the Kurdish "Çilaxa"/"Cilaxa" on al-Jawadiyah of
Hasakah (only "Çil Axa" was held, and a name read in running text must be held as written), and "القليلية",
"Qlayleh" on Qlaileh of the Tyre district (the Arabic had gone to Qalqilya by likeness).

Left out, with no reference coordinate found: Sorija of the Shamamok subdistrict of Erbil, Mount Khiri north of
Chamanke in Duhok, Jal Mir on Mount Sinjar, al-Jabal al-Aswad of the Bani Matar district west of Sanaa. Left out on
purpose: Souaneh of the Marjayoun district (wikipedia:Souaneh, 33.2336, 35.439: its short sound key is that of
Sa'wan by Sanaa, which then fails the towns tool's sound rule in ``test_strike_sites6.py``, and the Arabic word
"Sunnah" sounded like it); Chamaa of the Tyre district (left out for precision before,
``test_lebanon_geonames_villages.py``), Ansar of the Nabatieh district (a bare "Ansar" is the Houthis' "Ansar Allah"),
the two Mahmoudiyeh of south Lebanon (no way to tell which; the Latin "Mahmoudiyah" is Iraq's Mahmudiyah), the bare
"al-Imam" of Babil (the word for a prayer leader; GeoNames' Al Imam lies some 25 km from where the reports'
explosions were) and the bare "Ayyash" of Deir ez-Zor (GeoNames 7632486: the surname the Hamas "Ayyash-250" rocket
is named after, read in reports of fire on Israel)."""
from __future__ import annotations

from pathlib import Path

from .placerows import curated_file_tests

ROOT = Path(__file__).resolve().parents[2]
EXT40E_PLACES = ROOT / "gazetteer" / "data" / "places" / "ext40e_places.csv"

#: id: (lat, lon as the reference gives them, reference as the row's ``source`` names it)
REFERENCE: dict[str, tuple[float, float, str]] = {
    # the GeoNames record as Who's On First's Israel repository (whosonfirst-data-admin-il) carries it
    "il-savyon": (32.04966, 34.8777, "geonames:293633"),  # Savyon
}

#: (as a report writes it, the place); written for these tests
SPELLINGS: list[tuple[str, str]] = [
    ("Savyon", "il-savyon"), ("Savion", "il-savyon"), ("سافيون", "il-savyon"),
    # aliases added on held rows
    ("Ramia", "lb-ramyah"), ("Ramiyeh", "lb-ramyah"),
    ("Çilaxa", "sy-al-jawadiyah"), ("Cilaxa", "sy-al-jawadiyah"), ("Çil Axa", "sy-al-jawadiyah"),
    ("القليلية", "lb-qlaileh"), ("Qlayleh", "lb-qlaileh"), ("El Qlaïlé", "lb-qlaileh"),
]

#: Names of places held before that the new row and aliases sound like: each keeps its place.
NEIGHBOURS: list[tuple[str, str]] = [
    ("Rama", "il-rama"), ("Qalqilya", "ps-qalqilya"), ("Ramat Gan", "il-ramat-gan"), ("Sa'wan", "ye-sawan"),
    ("Tel Aviv", "il-tel-aviv"),
]

#: Words a report writes that are no place of the file (the names left out).
NOT_PLACES = ["al-Imam", "Imam", "Ayyash", "Ayyash-250", "Ansar", "Ansar Allah", "סביון"]

globals().update(curated_file_tests(EXT40E_PLACES, REFERENCE, SPELLINGS, NEIGHBOURS, NOT_PLACES))
