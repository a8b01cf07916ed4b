"""The villages of south Lebanon taken by rule from GeoNames' Lebanon dump (``places/lebanon_villages.csv``,
``tools/gazetteer_lebanon_villages.py``).

The tool reads the dump (export of 2016-05, ``data/LB.txt`` of the GitHub repository
RoudyTarabay/Lebanon-Municipality-Elections-2016; GeoNames, CC BY 4.0), which is not in the repository: these
tests cannot run the tool again, so they check the shipped file's invariants instead, and every row against its
record's point typed again here from the dump (``REFERENCE``: all seventeen rows, so a row that drifts fails).

The class is small because most of it was held before: of the dump's 701 populated places in the South and
Nabatieh governorates and the southern Bekaa (south of 33.70 N: West Bekaa and Rashaya districts), 157 were held
by their geonameid (``levant_yemen.csv`` had taken the class once by the same rules, ``settlements.csv`` the
struck villages one by one) and 83 repeat a held place by name; 234 records carry no Arabic-script name (every
places row needs one), 88 are farms, pens, retreats, gardens, farmsteads or ruins, 27 bear a name several records
of the area bear more than 2 km apart (two records of Qabrikha under 1 km apart are one village, and Ksara's second
record another), 26 were left out before for precision (Mansouri, Qantara, Chamaa, Ansar, Taybeh, the Rashidieh
camp, ...), and the word and sound rules left out 67 more (Najjariyeh, النجارية, an Arabic word; Addousiyeh and
Zefta, by the sound of a place held in another province; Ras el Ain, a spelling of Syria's Ras al-Ayn): 17 rows. The spellings below are the rows' names, their
Arabic names and GeoNames' other spellings as reports write Lebanese names.
"""
from __future__ import annotations

import csv
import re
from pathlib import Path

import pytest

from gazetteer.boundaries import Boundaries
from gazetteer.places import curated_place_files
from tests.gazetteer.placerows import curated_file_tests, resolved_id

PATH = Path(__file__).resolve().parents[2] / "gazetteer" / "data" / "places" / "lebanon_villages.csv"
ROWS = list(csv.DictReader(PATH.open(encoding="utf-8")))

#: id: (lat, lon, source), typed from the dump's records
REFERENCE = {
    "lb-aabra": (33.56667, 35.40583, "geonames:281014"),
    "lb-ain-horche": (33.45659, 35.78353, "geonames:277470"),
    "lb-bakkifa": (33.49359, 35.81943, "geonames:277140"),
    "lb-bedias": (33.3125, 35.29972, "geonames:276614"),
    "lb-el-qinnaabe": (33.47919, 35.77212, "geonames:269044"),
    "lb-en-nmairiye": (33.42482, 35.39849, "geonames:278808"),
    "lb-haret-el-harf": (33.39635, 35.71498, "geonames:274474"),
    "lb-hmairi": (33.29528, 35.35139, "geonames:273851"),
    "lb-kfar-beit": (33.49738, 35.46184, "geonames:272893"),
    "lb-kfar-fila": (33.48297, 35.50257, "geonames:272883"),
    "lb-kfar-hatta": (33.50778, 35.4475, "geonames:272871"),
    "lb-lebaa": (33.54889, 35.45278, "geonames:272102"),
    "lb-qabrikha": (33.2525, 35.46528, "geonames:269680"),
    "lb-ras-el-masri": (33.11389, 35.17194, "geonames:268766"),
    "lb-recheknanay": (33.18972, 35.32333, "geonames:268666"),
    "lb-sir-el-gharbiye": (33.32044, 35.36323, "geonames:267150"),
    "lb-tannoura": (33.47406, 35.801, "geonames:266841"),
}

#: (as written, id): names, Arabic names and other spellings of the villages
SPELLINGS = [
    ("Aabra", "lb-aabra"), ("Abra", "lb-aabra"), ("عبرا", "lb-aabra"),
    ("Ain Horche", "lb-ain-horche"), ("Ain Herche", "lb-ain-horche"), ("عين حرشة", "lb-ain-horche"),
    ("Bakkifa", "lb-bakkifa"), ("Baqifa", "lb-bakkifa"), ("بقيفا", "lb-bakkifa"),
    ("Bedias", "lb-bedias"), ("Bidyas", "lb-bedias"), ("بدياس", "lb-bedias"),
    ("Qinnaabe", "lb-el-qinnaabe"), ("Qnaabe", "lb-el-qinnaabe"), ("قنعبة", "lb-el-qinnaabe"),
    ("Nmairiye", "lb-en-nmairiye"), ("En Nmeiriyah", "lb-en-nmairiye"), ("النميرية", "lb-en-nmairiye"),
    ("Haret el Harf", "lb-haret-el-harf"), ("حارة الحرف", "lb-haret-el-harf"),
    ("Hmairi", "lb-hmairi"), ("El-Hmeiri", "lb-hmairi"), ("حميري", "lb-hmairi"),
    ("Lebaa", "lb-lebaa"), ("لبعة", "lb-lebaa"),
    ("Kfar Beit", "lb-kfar-beit"), ("Kafr Bayt", "lb-kfar-beit"), ("كفر بيت", "lb-kfar-beit"),
    ("Kfar Fila", "lb-kfar-fila"), ("Kfarfila", "lb-kfar-fila"), ("كفر فيلا", "lb-kfar-fila"),
    ("Kfar Hatta", "lb-kfar-hatta"), ("Kfarhatta", "lb-kfar-hatta"), ("كفر حتى", "lb-kfar-hatta"),
    ("Ras el Masri", "lb-ras-el-masri"), ("Ra's al Misri", "lb-ras-el-masri"), ("رأس المصري", "lb-ras-el-masri"),
    ("Sir el Gharbiyeh", "lb-sir-el-gharbiye"), ("Sir al Gharbiyah", "lb-sir-el-gharbiye"),
    ("سير الغربية", "lb-sir-el-gharbiye"),
    ("Qabrikha", "lb-qabrikha"), ("Kabrikha", "lb-qabrikha"), ("قبريخا", "lb-qabrikha"),
    ("Recheknanay", "lb-recheknanay"), ("Rishknaniyah", "lb-recheknanay"), ("رشكنانية", "lb-recheknanay"),
    ("Tannoura", "lb-tannoura"), ("Tannurah", "lb-tannoura"),
    # in a phrase, as reports put them (our own words)
    ("an Israeli drone struck a house in Bedias east of Tyre", "lb-bedias"),
    ("غارة على بلدة النميرية", "lb-en-nmairiye"),
]

#: names of held places the new rows lie near or resemble, which keep their places
NEIGHBOURS = [
    ("Abbasiyeh", "lb-abbasiyeh"), ("Maaroub", "lb-maaroub"), ("Siddiqin", "lb-siddiqin"),
    ("Yarine", "lb-yarine"), ("Srifa", "lb-srifa"), ("Kfar Remen", "lb-kfar-remen"), ("Kfar Tebnit", "lb-kfar-tebnit"), ("Nabatieh", "lb-nabatieh"), ("Kfar Jarra", "lb-kfar-jarra"),
    ("Qasmiyeh", "lb-qasmiyeh"), ("Aaqtanit", "lb-aaqtanit"), ("Sohmor", "lb-sohmor"),
]

#: words of reports, and names that stole villages left out before, that must find none of the new rows
NOT_PLACES = ["Haniyeh", "Khalid", "Mansour", "Rashid", "Sham", "Magen", "skirt", "Harf", "Abraham",
              "عبر", "الحرف", "حرف", "Al Hawash", "Hawsh", "Haouch", "Sir", "Masri", "المصري", "الغربية", "رأس",
              "Hatta", "حتى", "كفر", "Fila", "Beit", "Kfar", "Nabi Qasim", "Kefraiya", "Qoubba"]

globals().update(curated_file_tests(PATH, REFERENCE, SPELLINGS, NEIGHBOURS, NOT_PLACES))


def test_ids_and_records_are_unique():
    assert len({r["id"] for r in ROWS}) == len(ROWS)
    assert len({r["source"] for r in ROWS}) == len(ROWS)
    assert all(re.fullmatch(r"geonames:\d+", r["source"]) for r in ROWS)


def test_every_row_lies_in_the_south_nabatieh_or_the_southern_bekaa():
    located = Boundaries.default().locate([float(r["lon"]) for r in ROWS], [float(r["lat"]) for r in ROWS])
    for row, (_, where) in zip(ROWS, located.iterrows()):
        assert (where["country"], where["admin1"]) == ("LB", row["admin1"]), row["id"]
        assert row["admin1"] in ("LB-JA", "LB-NA") or (row["admin1"] == "LB-BI" and float(row["lat"]) < 33.70)


def test_the_rows_are_villages_as_the_rule_writes_them():
    for row in ROWS:
        assert (row["kind"], row["precision_km"], row["country"]) == ("village", "2", "LB"), row["id"]
        assert row["point"] == "village centre (GeoNames LB dump 2016-05)", row["id"]


def test_no_row_repeats_a_curated_place():
    others = [r for p in curated_place_files() if p != PATH for r in csv.DictReader(p.open(encoding="utf-8"))]
    held = {s for r in others if r["kind"] != "district" for s in r["source"].split("; ")}
    assert not held & {r["source"] for r in ROWS}
    held_ids = {r["id"] for r in others}
    assert not held_ids & {r["id"] for r in ROWS}


@pytest.mark.parametrize("place_id", ["lb-mansouri", "lb-el-mansouri", "lb-qantara", "lb-el-qantara", "lb-chamaa",
                                      "lb-maarake", "lb-ansar", "lb-et-taibe", "lb-el-henniye", "lb-hanaouay",
                                      "lb-khalde", "lb-haddatha", "lb-mreije", "lb-maqne", "lb-ali-en-nahri",
                                      "lb-er-rachidiye", "lb-kafra", "lb-zebdine", "lb-el-habis", "lb-el-matmoura",
                                      "lb-hilta-el-faouqa", "lb-jamjim-et-tahta", "lb-haouch-el-qinnaabe",
                                      "lb-mchate", "lb-junaynat-junbalat", "lb-khrebet-ain-el-qanater"])
def test_a_name_left_out_is_not_a_row(place_id):
    assert place_id not in {r["id"] for r in ROWS}


def test_the_towns_tool_keeps_al_hawash(g):
    # a third name opening with Haouch would make the word an opener, and the towns tool would drop Al Hawash
    assert resolved_id(g, "Al Hawash") == "sy-al-hawash"
