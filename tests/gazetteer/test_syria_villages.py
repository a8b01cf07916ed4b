"""The villages of north-east Syria taken by rule from Who's On First's Syria localities (``places/syria_villages.csv``,
``tools/gazetteer_syria_villages.py``).

Source: the locality records of Who's On First's Syria repository (whosonfirst-data/whosonfirst-data-admin-sy, CC BY
4.0), each a GeoNames record (CC BY 4.0) whose id the row keeps as ``geonames:<id>``. The extract (kept outside the
repository) holds the 3,228 localities with a GeoNames concordance whose point lies in Hasakah or Raqqa (the shipped
boundaries) or in Aleppo with Ayn al-Arab (Kobani), Manbij, Jarabulus or al-Bab as its WOF county (``wof:hierarchy``
``county_id``: a point-in-polygon of Aleppo's districts is not shipped).

Rules (the towns tool's, ``tools/placenames.py``, with the tool's own additions): consonant-matched Latin, Kurdish and
Arabic-script aliases; no record without an Arabic name; no Latin spelling under five letters, no Arabic one under four;
no English or Arabic word (one-word Arabic spellings of wordfreq Zipf 3.0 or more, النفطية 'the oil ones'; one-word
Latin spellings whose short sound key is a frequent English word's, "Houaïz" of Huwayz heard in "Houthi"); none that
sounds like a curated place of another province or is a curated place's spelling; none whose first word is a one-word
town of towns.csv (the towns tool would drop Qarah and Aaley by its rule on openers); a record that repeats a curated
place (its GeoNames id; a like name within 4 km, the same within 25 km) is left out.

Counts (the tool's run on the extract): 1,405 rows written (Nammurah gave way to the Lebanese Nmairiye, which sounds
alike); three are left out by review: Shaydkah ("Şaddaki Üssü", the Shaddadi base in Turkish, found it), Nasr Allah
(Nasrallah, Hezbollah's late leader) and `Iidah (each made a wrong place in reports scored blind). Left out: 599
localities whose name or Arabic name another locality of the area shares (the two Tawilas, the Tal Hajars: a bare name
cannot tell them apart; no bracketed forms, as reports do not write them), 312 that sound like a curated place of
another province, 298 whose Arabic name a rule refused (80 of them for a word "al-X" whose bare X is a common word the
extractor does not list, الجابر, الشيخ: test_mentions.py asks it; one a common Persian word, كردم of Kirdum, 'I did'),
1 a country's name ("Jamus", Germany in Hausa), 201 without an Arabic name, 93 abandoned or historical records (GeoNames
PPLQ, PPLH), 71 short names, 46 whose first word is a one-word town's, 45 openers of other names (a one-word name whose
vowel-folded form opens three held names), 42 English words (Safari, Marwan, Salwa, Shura), 31 short sounds of English
words, 40 already held (same GeoNames id), 35 repeats of a curated place, 7 curated spellings. Names reports write that
the record lacks are kept by hand in ``town_names_by_hand.csv`` (the Turkish "Dardara" of Dardarah), which the tool
reads.

Rewritten in session 23 (syv43) from 1,417 rows to 1,405; each row that left, and why:

* sy-kirdum: its Arabic name كردم is a common Persian word ('I did'), which the village rules now refuse
  (``VILLAGE_PERSIAN_ZIPF``);
* sy-kulaywah, sy-isawi, sy-al-muwaylah, sy-al-muwaylih, sy-jalwah, sy-safawi, sy-awlan: openers of other names, by
  the villages of iraq_villages.csv (new this session) whose names open with a like word: Kalah/Kilah/Kaylah (eleven),
  'Isaway/'Isa (four), Malah/Mawlah and Ma'aleh Yosef (four), Jalah/Jilah (five), Sawfi/Sufi (six), and for `Awlan
  'Alayan, Yałan Bê, Alon Shvut and Ilan Ramon airport;
* sy-shuwayr: an opener by Shir Darrah and قرية شور of iraq_villages.csv beside Sha'ar HaNegev, Sha'ar HaGolan and
  She'ar Yashuv;
* sy-houfa: an opener by Haifa Bay, Haifa seaport (added since) and a Japanese name of Bab al-Mandab: Houfa sounds
  like Haifa;
* sy-ja-din: an opener by Judean/Judaean, the English adjective of the Judaean Desert and Mountains (regions2.csv)
  and the Judean Shephelah (levant_places8.csv), added since;
* sy-tall-al-inab: a repeat, within 4 km, of Tall Jijan (turkish_names2.csv, new), whose "Tall ..." the likeness
  test takes for the same name (a loose match: they are two villages 2 km apart; left as the rule has it).

Rows that changed: sy-awkhan loses ئۆخان, sy-qawshli-tahtani loses قوجلا ئورتى and sy-darbazin-wastani's twelfth
alias is دار بازينا ئۆرتێ for دار بازنا ئۆرتێ (the normaliser now folds a Sorani vowel on its hamza seat to the
alef, so each is a spelling the row already has); sy-shawa loses "Châouah" and sy-yilanli "Al Yālinī" (openers of
other names: Chah Rahim Awah, Chah Surkuwah and Chīwah Kuwayzān of iraq_villages.csv beside Chah Bahar; ‘Alayānī
Şaghīr of iraq_villages.csv beside Alonei HaBashan and Alonei Abba). sy-dardarah keeps "Dardara" (tr41 had written it
into the file by hand; it is now a hand name the tool reads).

Kept: the towns tool's output (towns.csv) and alternate_names.csv are unchanged by the file.

The spellings below are the ones reports of Turkish strikes wrote (SOHR's Arabic lists of villages shelled around
Derbasiyah, Amuda and Qahtaniyah; North Press, ANF and Kurdistan24 in English and Kurdish). Reports name villages this
file reads as another place or not at all, and these stay known risks: "Qaz'ali" west of Tal Abyad finds Khaz'aliyah
near Aleppo's Deir Hafer, الإبراهيمية of Zirgan finds the Ibrahimiyah by Qahtaniyah, "Khirbet Tel Jahash" finds a
Khirbat of al-Bab; Kurdish names not in WOF (Xerzê, Çoliyê, Wanikê, Qaramogh) stay unresolved.
"""
from __future__ import annotations

import csv
from pathlib import Path

from .placerows import curated_file_tests, metres_from_reference

ROOT = Path(__file__).resolve().parents[2]
VILLAGES = ROOT / "gazetteer" / "data" / "places" / "syria_villages.csv"
ROWS = list(csv.DictReader(VILLAGES.open(encoding="utf-8")))

#: id: (lat, lon, source) typed from the WOF record (its geom: point and gn:id) for a sample of the rows.
REFERENCE: dict[str, tuple[float, float, str]] = {
    "sy-ashmah": (36.87615, 38.10742, "geonames:10304588"),  # Ashmah, Ain Al Arab
    "sy-furayhan": (36.52283, 38.75203, "geonames:170351"),  # Furayhan, Tell Abiad
    "sy-khirbat-al-baqar": (36.56305, 38.75429, "geonames:168132"),  # Khirbat al Baqar, Tell Abiad
    "sy-khuzaymuk": (37.05098, 41.58234, "geonames:167883"),  # Khuzaymuk, Quamishli
    "sy-kir-bashak": (37.04440, 40.56871, "geonames:167852"),  # Kir Bashak, Ras Al Ain
    "sy-kul-al-hasanak": (37.11194, 41.69565, "geonames:8595817"),  # Kul al Hasanak, Al-Malikeyyeh
    "sy-kur-hasan": (36.57615, 38.75751, "geonames:167750"),  # Kur Hasan, Tell Abiad
    "sy-kur-suwar": (36.99515, 41.44262, "geonames:167842"),  # Kur Suwar, Quamishli
    "sy-mahriqan": (37.05213, 41.51563, "geonames:167470"),  # Mahriqan, Quamishli
    "sy-manji-kuy": (36.62946, 38.71510, "geonames:167345"),  # Manji Kuy, Tell Abiad
    "sy-siftik-al-ula": (36.89967, 38.22565, "geonames:167853"),  # Siftik al Ula, Ain Al Arab
    "sy-tall-hamdun": (37.10920, 40.86212, "geonames:163569"),  # Tall Hamdun, Quamishli
    "sy-tall-jihan": (37.07204, 41.45379, "geonames:163588"),  # Tall Jihan, Quamishli
    "sy-tall-ziwan": (37.05857, 41.35514, "geonames:163415"),  # Tall Ziwan, Quamishli
    "sy-zannuba": (36.54659, 38.73789, "geonames:162533"),  # Zannuba, Tell Abiad
    "sy-aaouass": (36.76026, 38.07023, "geonames:172293"),  # Aaouass, Ain Al Arab
    "sy-adlah": (36.00197, 40.76080, "geonames:420947"),  # `Adlah, Al-Hasakeh
    "sy-alfan": (36.04243, 40.59796, "geonames:420877"),  # `Alfan, SY-HA
    "sy-ayn-al-khadra": (37.21039, 42.16393, "geonames:171834"),  # `Ayn al Khadra, Al-Malikeyyeh
    "sy-bir-as-sadrani": (35.59647, 38.62971, "geonames:6775"),  # Bir as Sadrani, Ath-Thawrah
    "sy-dalkhah": (35.82688, 40.74489, "geonames:8264234"),  # Dalkhah, Al-Hasakeh
    "sy-fikhah-al-kabirah": (36.36304, 37.64131, "geonames:170384"),  # Fikhah al Kabirah, Al Bab
    "sy-haram-araba": (36.88702, 41.04362, "geonames:169910"),  # Haram `Araba, Quamishli
    "sy-hidaj": (35.80316, 38.35104, "geonames:6841"),  # Hidaj, Ath-Thawrah
    "sy-judaydah-arbin": (36.18418, 37.54506, "geonames:173051"),  # Judaydah `Arbin, Al Bab
    "sy-khan-hufrah": (36.29859, 37.34988, "geonames:168333"),  # Khan Hufrah, Al Bab
    "sy-khirbat-al-khus": (36.76206, 40.72632, "geonames:168106"),  # Khirbat al Khus, Al-Hasakeh
    "sy-khirbat-marjanah": (36.85435, 41.51569, "geonames:167992"),  # Khirbat Marjanah, Quamishli
    "sy-kir-balat": (37.05957, 42.30982, "geonames:167859"),  # Kir Balat, Al-Malikeyyeh
    "sy-lahinah": (36.73357, 38.55767, "geonames:167693"),  # Lahinah, Ain Al Arab
    "sy-mawqi-as-sabkhah": (35.92482, 40.88064, "geonames:8266622"),  # Mawqi` as Sabkhah, SY-HA
    "sy-muqtarah": (36.60713, 38.73813, "geonames:166713"),  # Muqtarah, Tell Abiad
    "sy-qawjali-fawqani": (36.77161, 38.19942, "geonames:165895"),  # Qawjali Fawqani, Ain Al Arab
    "sy-ramthan": (35.75264, 38.23501, "geonames:6794"),  # Ramthan, Ath-Thawrah
    "sy-sabwayran-as-sunbulah": (36.51741, 37.65538, "geonames:165113"),  # Sabwayran as Sunbulah, Al Bab
    "sy-shukhrash-fawqani": (36.95065, 40.79578, "geonames:164218"),  # Shukhrash Fawqani, Quamishli
    "sy-tall-al-a-war": (37.06974, 41.94904, "geonames:420407"),  # Tall al A`war, Al-Malikeyyeh
    "sy-tall-dardarah": (36.74240, 41.84441, "geonames:163599"),  # Tall Dardarah, Al-Malikeyyeh
    "sy-tall-qarrasah": (36.81622, 41.47898, "geonames:163483"),  # Tall Qarrasah, Quamishli
    "sy-turbah-sibi": (36.96480, 40.53545, "geonames:163109"),  # Turbah Sibi, Ras Al Ain
    "sy-umm-susah": (36.68755, 37.91302, "geonames:162832"),  # Umm Susah, Jarablus
}

SPELLINGS = [
    # SOHR (Arabic), villages shelled around Derbasiyah, Amuda and Qahtaniyah
    ("كربشك", "sy-kir-bashak"), ("تل حمدون", "sy-tall-hamdun"), ("كيل حسناك", "sy-kul-al-hasanak"),
    ("تل جهان", "sy-tall-jihan"), ("تل زيوان", "sy-tall-ziwan"), ("محركان", "sy-mahriqan"),
    # SOHR English, Qahtaniyah countryside
    ("Kirswar", "sy-kur-suwar"), ("Khuzimok", "sy-khuzaymuk"),
    # ANF, North Press: Girê Spî (Tal Abyad) west, Kobani west
    ("Kor Hesen", "sy-kur-hasan"), ("Kor Hasan", "sy-kur-hasan"), ("كور حسن", "sy-kur-hasan"),
    ("Frêhan", "sy-furayhan"), ("Furayhan", "sy-furayhan"), ("فريحان", "sy-furayhan"),
    ("Zannubiyah", "sy-zannuba"), ("Zanubiyah", "sy-zannuba"), ("Manjoki", "sy-manji-kuy"),
    ("Khirbat Baqar", "sy-khirbat-al-baqar"), ("خربة البقر", "sy-khirbat-al-baqar"),
    ("Sftak", "sy-siftik-al-ula"), ("Ashmah", "sy-ashmah"),
    # English transliterations of the same villages
    ("Tall Hamdun", "sy-tall-hamdun"), ("Tal Hamdoun", "sy-tall-hamdun"), ("Tel Hamdoun", "sy-tall-hamdun"),
    ("Tel Hemdûn", "sy-tall-hamdun"), ("Tall Jihan", "sy-tall-jihan"), ("Tal Jihan", "sy-tall-jihan"),
    ("Tal Ziwan", "sy-tall-ziwan"), ("Tall Zaywan", "sy-tall-ziwan"), ("Tel Zewan", "sy-tall-ziwan"),
    ("Karbashk", "sy-kir-bashak"), ("Karbashek", "sy-kir-bashak"), ("Mahrkan", "sy-mahriqan"),
    ("Mihrkan", "sy-mahriqan"), ("Kul Hasanak", "sy-kul-al-hasanak"), ("Khuzaymuk", "sy-khuzaymuk"),
]

#: Towns held before, in their Kurdish names, keep their place.
NEIGHBOURS = [("Girkê Legê", "sy-al-muabbada"), ("Tirbespî", "sy-qahtaniyah"), ("Qamishli", "sy-qamishli"),
              ("Amuda", "sy-amuda"), ("Derbasiyah", "sy-darbasiyah"), ("Tal Abyad", "sy-tell-abyad"),
              ("Kobani", "sy-kobani"), ("Ain Issa", "sy-ain-issa"), ("Tall Tamr", "sy-tall-tamr"),
              ("Ras al-Ayn", "sy-ras-al-ayn"), ("Zirgan", "sy-zirgan"), ("Manbij", "sy-manbij")]

#: Words of reports that a village's spelling once took or that the rules refused.
NOT_PLACES = ["Houthi", "Houthis", "النفطية", "نفطية", "Safari", "Marwan", "Salwa", "Shura", "Minas", "Blink",
              "Metina", "oil field", "village"]

_tests = curated_file_tests(VILLAGES, REFERENCE, SPELLINGS, NEIGHBOURS, NOT_PLACES,
                            new_ids={r["id"] for r in ROWS})
# 1,405 rows have no reference typed each: the sample stands for them, checked here
del _tests["test_every_row_has_its_reference_and_every_reference_its_row"]
del _tests["test_the_row_sits_at_its_reference_and_names_it"]
globals().update(_tests)

#: The WOF counties (wof:hierarchy county_id) the file's Aleppo rows may lie in, as a lat/lon box around them.
ALEPPO_BOX = (35.5, 37.0, 37.3, 38.8)


def test_the_sample_rows_sit_at_their_reference(g):
    by_id = {r["id"]: r for r in ROWS}
    assert len(REFERENCE) >= 40
    for place_id in REFERENCE:
        assert metres_from_reference(g, by_id[place_id], REFERENCE) < 50.0, place_id


def test_ids_are_unique_and_every_row_is_a_village_of_the_area():
    assert len({r["id"] for r in ROWS}) == len(ROWS) > 1000
    for r in ROWS:
        assert r["country"] == "SY" and r["kind"] in ("village", "town")
        assert r["source"].startswith("geonames:") and r["name_ar"]
        assert r["admin1"] in ("SY-HA", "SY-RA", "SY-HL"), r["id"]
        if r["admin1"] == "SY-HL":
            lat, lon = float(r["lat"]), float(r["lon"])
            assert ALEPPO_BOX[0] <= lat <= ALEPPO_BOX[1] and ALEPPO_BOX[2] <= lon <= ALEPPO_BOX[3], r["id"]


def test_no_row_repeats_a_curated_place():
    from gazetteer.places import curated_place_files

    others = [row for p in curated_place_files() if p != VILLAGES for row in csv.DictReader(p.open(encoding="utf-8"))]
    held = {s for r in others if r["kind"] != "district" for s in r["source"].split("; ")}
    assert not [r["id"] for r in ROWS if r["source"] in held]
