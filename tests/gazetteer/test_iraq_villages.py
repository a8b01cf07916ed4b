"""The villages of Iraq's strike zones taken by rule from Who's On First's Iraq localities (``places/iraq_villages.csv``,
``tools/gazetteer_iraq_villages.py`` over ``tools/wofvillages.py``, the Syria villages tool's loop).

Source: the locality records of Who's On First's Iraq repository (whosonfirst-data/whosonfirst-data-admin-iq, CC BY
4.0), each a GeoNames record (CC BY 4.0) whose id the row keeps as ``geonames:<id>``. The extract (kept outside the
repository) holds the 22,504 Iraqi localities with a GeoNames concordance whose point the shipped boundaries put in
Iraq; the tool takes those of the Kurdistan Region (Duhok, Erbil, Sulaymaniyah with Halabja), Nineveh and Kirkuk.
Diyala, Salahuddin, Anbar and Babil were not taken in this round (not measured).

Rules: the Syria villages tool's (consonant-matched Latin, Kurdish and Arabic-script aliases; no record without an
Arabic name; no short, English or Arabic word, sound-alike of another province's curated place, curated spelling or
opener of other names), and the Iraq tool's own: a record WOF holds as no longer current is left out with the
abandoned ones; a name another Iraqi locality bears anywhere in the country is left out with the area's (Rashidiya,
heard for a village of another country in a development report); no Latin spelling that sounds like a country's
English name (Nayrwah was read in "Norway"); no bracketed name ("Jnoka (Khwaro)") and no piece of the name as an
alias ("Qalandar" of Qalandar Tilakaw, "Ezmak" of Azmak Uliya); no alias like a curated place 4 km off (چەمى خاڵان of Mamxelan is like
Choman, and the towns tool then dropped Choman as its repeat); no village named like a man with his title (Mustafa
Agha, Rustam Beg). Reviewed out: Shafkah (heard in "Shafaq", the outlet Shafaq News), 'Arab Kuyi and 'Arbuk (heard in
"Arabic"), Baykimah (heard in "Baqim", a name test_alternate_names.py keeps out by hand), Vasirki (heard in
the Russian "в Сорока", 'in Soroka'), Tagaran, Batufah, Azeran and Masikah (their spellings are names
alternate_names.csv gives Tehran, "Tegeran", Batifa, Hashtrud and Moscow, Мәскәү), Darband Kawmi and Daraban (a bare "Darband" found them), Malulah (Syria's Maaloula
found it), Sayyid Amir (heard in "Saad Maan") and Muthalthah (مثلثة:
مثلث 'triangle' names areas, the Tayr Harfa triangle in Lebanon was read as it).

The tool's counts are in ``gazetteer/data/README.md``. Kurdish names WOF lacks stay unresolved, and a village whose
only Arabic-script name is Kurdish (Sorani) is left out with those without an Arabic name (every row has one).
"""
from __future__ import annotations

import csv
from pathlib import Path

from .placerows import curated_file_tests, metres_from_reference

ROOT = Path(__file__).resolve().parents[2]
VILLAGES = ROOT / "gazetteer" / "data" / "places" / "iraq_villages.csv"
ROWS = list(csv.DictReader(VILLAGES.open(encoding="utf-8")))

#: id: (lat, lon, source) typed from the WOF record (its geom: point and gn:id) for a sample of the rows.
REFERENCE: dict[str, tuple[float, float, str]] = {
    "iq-kundah-zuhur": (36.72381, 44.91925, "geonames:96377"),  # Kundah Zuhur, Choman; WOF 1292979229
    "iq-muhsin-wawa": (35.70415, 43.50063, "geonames:93853"),  # Muhsin Wawa, Makhmur; WOF 1276429089
    "iq-wazhay": (36.90872, 44.27853, "geonames:89668"),  # Wazhay, Mergasur; WOF 1326911603
    "iq-mame-cilke": (36.44818, 44.38170, "geonames:93756"),  # Mame Cilke, Shaqlawa; WOF 1344134959
    "iq-awdilah": (37.22239, 44.23870, "geonames:98754"),  # Awdilah, Mergasur; WOF 1226737907
    "iq-dusrah-balah": (35.64724, 43.66559, "geonames:96859"),  # Dusrah Balah, Makhmur; WOF 1276321659
    "iq-drustike": (36.80520, 43.07841, "geonames:96931"),  # Drustike, Sumel; WOF 1276437661
    "iq-xirababik": (37.14714, 42.74634, "geonames:94552"),  # Xirababik, Zakho; WOF 1259368431
    "iq-tishish": (37.21723, 43.26115, "geonames:90243"),  # Tishish, Duhok; WOF 1209210603
    "iq-cham-mishkaw": (37.15975, 42.61504, "geonames:390774"),  # Cham Mishkaw, Zakho; WOF 1293709279
    "iq-bayrkat": (36.87068, 43.47064, "geonames:97776"),  # Bayrkat, Amedi; WOF 1326721297
    "iq-hawriz": (37.25211, 42.67408, "geonames:95872"),  # Hawriz, Zakho; WOF 1242958669
    "iq-kharab-jihash": (36.32576, 42.31719, "geonames:94545"),  # Kharab Jihash, Sinjar; WOF 1344127277
    "iq-saygirik": (36.62961, 43.66844, "geonames:445928"),  # Saygirik, Akre; WOF 1326713169
    "iq-ayn-baqarah": (36.67550, 43.19528, "geonames:445618"),  # 'Ayn Baqarah, Tilkaif; WOF 1293074257
    "iq-tall-uwaynat": (36.68020, 42.39579, "geonames:90331"),  # Tall 'Uwaynat, Nineveh; WOF 1209588827
    "iq-barznir": (36.87945, 43.79460, "geonames:445554"),  # Barznir, Akre; WOF 1344127227
    "iq-sar-suraw": (35.77403, 45.98305, "geonames:91464"),  # Sar Suraw, Penjwin; WOF 1259381865
    "iq-daraywan": (35.33999, 45.34529, "geonames:97189"),  # Daraywan, Sulaymaniya; WOF 1259382001
    "iq-rand-ali-khan": (34.77425, 45.47212, "geonames:92542"),  # Rand 'Ali Khan, Kalar; WOF 1326853307
    "iq-shinarway": (35.14258, 46.07509, "geonames:90852"),  # Shinarway, Halabja; WOF 1327430841
    "iq-bakilan": (36.09418, 44.75086, "geonames:97986"),  # Bakilan, Dokan; WOF 1243576819
    "iq-zardak": (35.67919, 44.31726, "geonames:90290"),  # Zardak, Dabes; WOF 1259769675
    "iq-darkah-aryan": (35.64095, 44.01588, "geonames:97042"),  # Darkah Aryan, Dabes; WOF 1259959115
    "iq-nisar-missar": (35.74398, 44.68920, "geonames:92876"),  # Nisar Missar, Chamchamal; WOF 1360161131
}

#: (as written, id): the rows' names, Arabic names and the records' Kurdish (Kurmanji, Sorani) and other spellings.
SPELLINGS = [
    ("Kundah Zuhur", "iq-kundah-zuhur"), ("Gunda Zhur", "iq-kundah-zuhur"), ("گوندە ژوور", "iq-kundah-zuhur"),
    ("Muhsin Awa", "iq-muhsin-wawa"), ("محسن واوا", "iq-muhsin-wawa"),
    ("Wazhi", "iq-wazhay"), ("وازهي", "iq-wazhay"),
    ("Mama Jalka", "iq-mame-cilke"), ("Mame Cilke", "iq-mame-cilke"), ("مامە جلكە", "iq-mame-cilke"),
    ("Awdila", "iq-awdilah"), ("Ewdîle", "iq-awdilah"),
    ("Rushra Bla", "iq-dusrah-balah"), ("ڕۆشڕە بلە", "iq-dusrah-balah"),
    ("Drustika", "iq-drustike"), ("دروستكە", "iq-drustike"),
    ("Xerab Babik", "iq-xirababik"), ("Kharab Babik", "iq-xirababik"), ("خرابابك", "iq-xirababik"),
    ("Teshish", "iq-tishish"), ("تێشيش", "iq-tishish"),
    ("Cham Mishko", "iq-cham-mishkaw"), ("Chem Mishko", "iq-cham-mishkaw"), ("چەم مشكۆ", "iq-cham-mishkaw"),
    ("Bêrkit", "iq-bayrkat"), ("Birkiyat", "iq-bayrkat"),
    ("Hawrez", "iq-hawriz"), ("Hewrêz", "iq-hawriz"), ("هوريز", "iq-hawriz"),
    ("Kharab Jihash", "iq-kharab-jihash"), ("خراب حجاش", "iq-kharab-jihash"),
    ("Ser Bgrk", "iq-saygirik"), ("سەر بگرك", "iq-saygirik"),
    ("Ain Baqara", "iq-ayn-baqarah"), ("عين بقرة", "iq-ayn-baqarah"),
    ("Tel Uwanat", "iq-tall-uwaynat"), ("Tal Awinat", "iq-tall-uwaynat"), ("تل عوينات", "iq-tall-uwaynat"),
    ("Berzner", "iq-barznir"), ("بەرزنەر", "iq-barznir"),
    ("Ser Suraw", "iq-sar-suraw"), ("سەر سوراو", "iq-sar-suraw"),
    ("Drawyan", "iq-daraywan"), ("دريوان", "iq-daraywan"),
    ("Rand Ali Khan", "iq-rand-ali-khan"), ("رند علي خان", "iq-rand-ali-khan"),
    ("Shnirwe", "iq-shinarway"), ("شنروي", "iq-shinarway"),
    ("Baqilan", "iq-bakilan"), ("باقلان", "iq-bakilan"),
    ("Zerdk", "iq-zardak"), ("Zardik", "iq-zardak"), ("زردك", "iq-zardak"),
    ("Dirka Arian", "iq-darkah-aryan"), ("دركة اريان", "iq-darkah-aryan"),
    ("Nisar Missar", "iq-nisar-missar"), ("نصار مصار", "iq-nisar-missar"),
]

#: Towns and places held before keep their place beside the villages.
NEIGHBOURS = [("Zakho", "iq-zakho"), ("Amadiya", "iq-amadiya"), ("Sinjar", "iq-sinjar"), ("Choman", "iq-choman"),
              ("Sidakan", "iq-sidakan"), ("Makhmour", "iq-makhmur"), ("Koya", "iq-koya"), ("Penjwen", "iq-penjwen"),
              ("Halabja", "iq-halabja"), ("Kirkuk", "iq-kirkuk"), ("Duhok", "iq-duhok"), ("Batifa", "iq-batifa"),
              ("Khanasor", "iq-khanasor"), ("Zrgwez", "iq-zrgwez"), ("Degala", "iq-degala"),
              ("Kani Masi", "iq-kani-masi"), ("Chamchamal", "iq-chamchamal"), ("Dibis", "iq-dibis")]

#: Words of reports that a village's spelling once took or that the rules refused.
NOT_PLACES = ["Norway", "Arabic", "Baqim", "Tegeran", "Shafaq", "Shafaq News", "مثلث", "منطقة مثلث", "Rashidiya", "Qalandar", "Mustafa Agha",
              "Rostam Beg", "village", "قرية",
              # Persian words the normaliser reads as Arabic letters ('missile', 'friends', 'to carry', 'Nowruz')
              "موشک", "دوستان", "بردن", "نوروز"]

_tests = curated_file_tests(VILLAGES, REFERENCE, SPELLINGS, NEIGHBOURS, NOT_PLACES,
                            new_ids={r["id"] for r in ROWS})
# the rows have no reference typed each: the sample stands for them, checked here
del _tests["test_every_row_has_its_reference_and_every_reference_its_row"]
del _tests["test_the_row_sits_at_its_reference_and_names_it"]
globals().update(_tests)

#: The provinces the tool takes, as the shipped boundaries code them.
PROVINCES = {"IQ-DA", "IQ-AR", "IQ-SU", "IQ-NI", "IQ-KI"}


def test_the_sample_rows_sit_at_their_reference(g):
    by_id = {r["id"]: r for r in ROWS}
    assert len(REFERENCE) >= 20
    for place_id in REFERENCE:
        assert metres_from_reference(g, by_id[place_id], REFERENCE) < 50.0, place_id


def test_ids_are_unique_and_every_row_is_a_village_of_the_area():
    assert len({r["id"] for r in ROWS}) == len(ROWS) > 2000
    for r in ROWS:
        assert r["country"] == "IQ" and r["kind"] in ("village", "town"), r["id"]
        assert r["precision_km"] == {"village": "2", "town": "3"}[r["kind"]], r["id"]
        assert r["source"].startswith("geonames:") and r["name_ar"], r["id"]
        assert r["admin1"] in PROVINCES, r["id"]
        assert "(" not in r["aliases"] and ")" not in r["aliases"], r["id"]


def test_no_row_repeats_a_curated_place():
    from gazetteer.places import curated_place_files

    others = [row for p in curated_place_files() if p != VILLAGES for row in csv.DictReader(p.open(encoding="utf-8"))]
    held = {s for r in others if r["kind"] != "district" for s in r["source"].split("; ")}
    assert not [r["id"] for r in ROWS if r["source"] in held]


def test_the_refused_records_are_not_rows():
    ids = {r["id"] for r in ROWS}
    # Nayrwah (Norway), Shafkah (Shafaq News), Muthalthah (مثلث), Ar Rashidiyah (a name of several Iraqi
    # localities), Mustafa Agha (a man's name with his title), Mamxelan keeps no alias like Choman
    assert not ids & {"iq-nayrwah", "iq-shafkah", "iq-muthalthah", "iq-ar-rashidiyah", "iq-mustafa-agha",
                      "iq-arab-kuyi", "iq-arbuk", "iq-baykimah", "iq-vasirki",
                      "iq-tagaran", "iq-batufah", "iq-azeran", "iq-masikah", "iq-darband-kawmi",
                      "iq-daraban", "iq-malulah", "iq-sayyid-amir"}
    mamxelan = next(r for r in ROWS if r["id"] == "iq-mamxelan")
    assert "چەمى خاڵان" not in mamxelan["aliases"].split("|")


def test_the_tool_takes_the_rules_it_states():
    import sys

    sys.path.insert(0, str(ROOT / "tools"))
    from gazetteer_iraq_villages import cleaned, piece, titled

    assert piece("Qalandar", "Qalandar Tilakaw") and piece("Ezmak", "Azmak Uliya")
    assert not piece("Abujerd", "Abu Jardah") and not piece("Zardik", "Zardak")
    assert titled({"name": "Mustafa Agha"}) and not titled({"name": "Kundah Zuhur"})
    loc = {"name": "Jinukah Khuwaru", "ara": "", "kur": "جنۆكە(خواروو|Jnoka (Khwaro)|Jinoka Khwaro", "latin": ""}
    assert cleaned(loc)["kur"] == "Jinoka Khwaro"


def test_no_spelling_is_a_common_persian_word():
    # Persian reports write موشک 'missile'; read with ک as ك it had found the village Hawshik (its Arabic name موشك)
    from wordfreq import zipf_frequency

    words = {n for r in ROWS for n in [r["name_ar"], *r["aliases"].split("|")]
             if n and " " not in n.strip() and any("\u0600" <= c <= "\u06ff" for c in n)}
    persian = {n for n in words
               if max(zipf_frequency(n, "fa"), zipf_frequency(n.replace("ك", "ک").replace("ي", "ی"), "fa")) >= 4.0}
    assert words and persian == set()
