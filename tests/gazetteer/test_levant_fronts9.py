"""Places of the Israeli fronts (south Lebanon and the Bekaa, Beirut's southern suburbs, northern Israel, southern and
western Syria) that did not resolve, or resolved to another place (``places/levant_fronts9.csv``).

The lev43 check took some 550 names of the three fronts: Israel's strikes on Lebanon (the border villages of the
Marjayoun, Bint Jbeil, Tyre, Nabatieh, Hasbaya and Jezzine districts, the Bekaa and Baalbek-Hermel, Dahiyeh, north
Lebanon), Hezbollah's fire at northern Israel (the Galilee panhandle, the Upper and Western Galilee, the Golan, Haifa
bay) and Israel's strikes and incursions in Syria since December 2024 (Quneitra and Daraa, Damascus and its
countryside, Homs, Hama, the coast, Suwayda in July 2025). Each was resolved with two or three spellings (Latin
variants, French, Arabic, Hebrew for Israel) and read in a sentence through ``extract_report``. Some 380 resolved
to the right place with every spelling (Aita al-Shaab, Khiam, Kfar Kila, Odaisseh, Yaroun, Maroun al-Ras, Houla,
Markaba, Wazzani, Kfarchouba, Shebaa, Nabatieh, Tyre, Qlayaa, Baalbek, Brital, Nabi Chit, Janta, Saraain, Shmustar,
Taraya, Bodai, Ras Baalbek, Labweh, Haret Hreik, Ghobeiry, Bir al-Abed, Choueifat; Metula, Kiryat Shmona, Shlomi,
Margaliot, Misgav Am, Manara, Avivim, Shtula, Zar'it, Majdal Shams, Katzrin, Safed, Nahariya, Acre, Karmiel;
Khan Arnabah, Jubata al-Khashab, Beit Jinn, al-Rafid, Nawa, Mezzeh, Kafr Sousa, Qudsaya, Jamraya, Kiswah, T4,
Shayrat, Masyaf, Qardaha, ...). The rows here are those that did not and have a reference coordinate:

- Lebanon (GeoNames records of the country dump, export of 2016-05, ``data/LB.txt`` of the GitHub repository
  RoudyTarabay/Lebanon-Municipality-Elections-2016, which ``tools/gazetteer_lebanon_villages.py`` reads): Tiri of
  Bint Jbeil district (the villages tool leaves it out as a name of four letters; it is no English, Arabic or French
  word, and no place of the gazetteer sounds like it), Haris of Bint Jbeil district (it went to
  Heris in Iran, one of whose GeoNames names it was: the Lebanese village is the Haris of strike reports, and the towns
  tool now leaves that name to it; Heris keeps Heris and هريس),
  Majdal Anjar by the Masnaa crossing and Tallia and Nahleh of Baalbek (north of the villages tool's line), Bir
  Hassan of Beirut's southern suburbs, the Wadi Khaled villages of Akkar (at the record that carries the name Wadi
  Khalid), the Mlita height of Hezbollah's Mleeta museum, the Nahr al-Bared camp ("Nahr al-Bared" went to Nahariya),
  the Hamames hill by Khiam, one of the points Israel's army kept after the 2024 ceasefire, and Beaufort Castle
  (Qalaat al-Shaqif).
- Israel: the kibbutz of Mahanayim and the community of Granot HaGalil (GeoNames records as Who's On First's Israel
  repository carries them).
- Syria: Harfa on Mount Hermon's slope, Kafr Nasij of northern Daraa, Nabaa al-Sakhr of Quneitra and Umm al-Zaytun of
  Suwayda (GeoNames records as Who's On First's Syria repository carries them).

Spellings added to rows held before: Ma'ayan Baruch (``town_names_by_hand.csv``: the apostrophe split it in a
sentence, and "Baruch" read as Barich of Lebanon), بصرى الحرير for Busra al-Harir (``strike_sites2.csv``: a sentence
took it for Bosra), the French Aïta ach-Chaab on Aita al-Shaab and the bare Temnine on Temnine al-Tahta
(``settlements.csv``: the bare "Temnine" went to Tibnin by likeness); "Rashaya" (it went to Russia) and "Rashaya al-
Wadi" for Rashaya al-Wadi, the Arabic حرفيش for Hurfeish and "Ariqa" for Ariqah of Suwayda, by
``town_names_by_hand.csv`` (the towns tool writes those rows); "Mahanaim Airport" for the Rosh Pinna airfield, by
``airfield_names.csv``.

The reference coordinates are typed again here from the cited record, so a row that drifts from its reference fails;
every row has its reference here and every reference its row.

Waived, each for a reason given in ``SOUND_RULE_WAIVED``: three rows sound like a place of another province that keeps
its own spellings (checked below in ``NEIGHBOURS``). Names kept only in brackets: the Arabic نحلة ('bee'), طليا and
حرفا (the towns tool hears Arabic words in them) and بئر حسن (it sounds like the Kurdish پير حسنه of Pir Hasnah, a
row of ``iraq_villages.csv``). "Nahle" and "Talia", a surname and a given name, are no spelling of a row (a direct
lookup finds Nahleh and Tallia by sound or likeness; running text does not read them).

Left out, and why:

- Names the Lebanon villages tool leaves out for precision stay out (Ansar, Maarakeh, Hanawiyeh, Kafra, Haddatha,
  Zefta, Wadi Jilo): none was shown safe. Majadel of Tyre district (GeoNames El Mjâdel) sounds like Migdal of the
  Galilee, and the towns tool then drops Migdal; Dibbine of Marjayoun shares its spelling with Dhibbin of Suwayda
  (held with "Dibbine"); Kfeir of Hasbaya sounds like Kifri of Diyala; Even Menahem by Shtula opens its name with
  "Even", and the towns tool then reads Iran's Eyvan as an opener of names and drops it; Saadiyat of the Chouf coast
  sounds like al-Sadiyah of Diyala; Sawaneh and Mahrouneh of the dump (records with no Arabic name) sound like Sa'wan
  of Sanaa and Mahran of Raqqa, whose files' tests (``test_strike_sites6.py``, ``test_syria_villages.py``) would then
  fail the sound rule (they had gone to those places, and still do by sound).
- Bare words and names: Toul (a French town; تول), Joun (جون 'John'), Qasr/القصر ('the palace'), al-Ain (Al Ain of
  the Emirates; several villages of the name), Khraibeh (الخريبة, many villages), Kafaat (الكفاءات 'the
  competences'), Zahrani (الزهراني, a surname; the river is held), Naameh's الناعمة ('the soft'), Jamlah's جملة
  ('sentence'), Malkia's المالكية, Mas'ade's مسعدة (the Mossad), Yuval, Shamir, Dan, Nimrod, Rafael, Alma and Dalton
  (given names or words), Goren (גורן 'threshing floor'), Liman ('port' in Turkish), Koya (Iraq's Koya), Hadar (held
  for Hatra; Hader of Quneitra answers to حضر and "Hader"), Sasa (Syria's Sasa), Mazraa, al-Dour (Baghdad's Dora),
  Abdin (a given name), Kudnah (Yemen's Kuaydinah; "Kudnah (Quneitra)" finds it).
- Beyond the line: Jal al-Deir and the Awaida hill, two more of the five points held after the ceasefire, have GeoNames
  points (Jall ed Deïr, En Nabi Aawayda) that Natural Earth's generalised Blue Line puts in Israel; Jabal Blat has none
  (GeoNames' Blât is a village of Marjayoun). Ansariyeh of Sidon district the villages tool leaves out by sound, the
  Rashidieh camp and Yammouneh (it goes to al-Yamun of Jenin by sound) for precision; Beaufort alone is an English
  word and a surname; "Rafic Hariri International Airport" is a person's name, which
  ``test_airfields.py`` keeps out of the airfields' names by decision (the Beirut airport answers to "Beirut airport").
- The Arida crossing to Syria: GeoNames' point of the village of El Aarîda by it lies on the water of Natural Earth's
  coast (the bare "Arida" is Erida's of Nineveh, and العريضة is 'the wide' or 'the petition').
- No reference coordinate found: the Dabbousiyeh crossing, Camp Yarden and the Nafah base of the Golan, Roueiss,
  Tahwitat al-Ghadir and the Kafaat quarter of the southern suburbs, Ein Zivan and El Rom on the Golan, Walgha of
  Suwayda (Who's On First carries it under no GeoNames record), Sura al-Kabira, Ufaniyah, al-Samdaniyah, Jabal
  al-Mania, Camp Filon, Ruwaisat al-Alam; al-Asbah of Quneitra lies in a unit of the boundaries with no province code
  (the UNDOF zone). Ein Zivan and El Rom (as "El Rom (Golan)" and "Elrom") were added later, at GeoNames records
  found since (``test_front_places26.py``).
"""
from __future__ import annotations

from pathlib import Path

from .placerows import curated_file_tests

ROOT = Path(__file__).resolve().parents[2]
LEVANT_FRONTS9 = ROOT / "gazetteer" / "data" / "places" / "levant_fronts9.csv"

#: id: (lat, lon as the reference gives them, reference as the row's ``source`` names it)
REFERENCE: dict[str, tuple[float, float, str]] = {
    # GeoNames' Lebanon dump (export of 2016-05)
    "lb-tiri": (33.14153, 35.40549, "geonames:277867"),  # Et Tiri
    "lb-haris": (33.17556, 35.37667, "geonames:274351"),  # Hâriîs
    "lb-majdal-anjar": (33.70833, 35.9025, "geonames:271865"),  # Majdel Aanjar
    "lb-tallia": (33.93389, 36.10278, "geonames:266871"),  # Taliâ
    "lb-nahleh": (34.04222, 36.26083, "geonames:269971"),  # Nahlé (Baalbek-Hermel)
    "lb-bir-hassan": (33.85996, 35.49379, "geonames:276533"),  # Bir Hassan
    "lb-wadi-khaled": (34.62611, 36.37722, "geonames:266310"),  # Aaouâdé (Wadi Khalid)
    "lb-mlita": (33.45583, 35.52639, "geonames:270347"),  # Mlîtâ
    "lb-nahr-al-bared-camp": (34.51333, 35.95972, "geonames:269949"),  # Nahr el-Bared (camp)
    "lb-hamames-hill": (33.29361, 35.59306, "geonames:274674"),  # El Hamames
    "lb-beaufort-castle": (33.32417, 35.53194, "geonames:269474"),  # Qalaat esh Shqif
    # GeoNames records as Who's On First's Israel and Syria repositories carry them
    "il-mahanayim": (32.98898, 35.5706, "geonames:294384"),  # Mahanayim
    "il-granot-hagalil": (33.05939, 35.24982, "geonames:8066388"),  # Gornot HaGalil
    "sy-harfa": (33.2677, 35.91158, "geonames:169876"),  # Harfa
    "sy-kafr-nasij": (33.15051, 36.03877, "geonames:168653"),  # Kafr Nasij
    "sy-nabaa-al-sakhr": (33.08408, 35.95076, "geonames:166490"),  # Nab` as Sakhr
    "sy-umm-al-zaytun": (32.9, 36.58333, "geonames:162931"),  # Umm az Zaytun
}

#: (as a report writes it, the place); written for these tests, modelled on what reports say
SPELLINGS: list[tuple[str, str]] = [
    ("Tiri", "lb-tiri"), ("al-Tiri", "lb-tiri"), ("Et Tiri", "lb-tiri"), ("الطيري", "lb-tiri"),
    ("Haris", "lb-haris"), ("Hariss", "lb-haris"), ("Haris (Lebanon)", "lb-haris"), ("حاريص", "lb-haris"),
    ("Majdal Anjar", "lb-majdal-anjar"), ("Majdel Anjar", "lb-majdal-anjar"), ("مجدل عنجر", "lb-majdal-anjar"),
    ("Tallia", "lb-tallia"), ("Taliya", "lb-tallia"), ("طليا (بعلبك)", "lb-tallia"),
    ("Nahleh", "lb-nahleh"), ("Nahleh (Baalbek)", "lb-nahleh"), ("نحلة (بعلبك)", "lb-nahleh"),
    ("Bir Hassan", "lb-bir-hassan"), ("Bir Hasan", "lb-bir-hassan"), ("بئر حسن (بيروت)", "lb-bir-hassan"),
    ("Wadi Khaled", "lb-wadi-khaled"), ("Wadi Khalid", "lb-wadi-khaled"), ("وادي خالد", "lb-wadi-khaled"),
    ("Mlita", "lb-mlita"), ("Mleeta", "lb-mlita"), ("مليتا", "lb-mlita"),
    ("Nahr al-Bared camp", "lb-nahr-al-bared-camp"), ("Nahr el-Bared", "lb-nahr-al-bared-camp"),
    ("مخيم نهر البارد", "lb-nahr-al-bared-camp"),
    ("Hamames hill", "lb-hamames-hill"), ("Tallet al-Hamames", "lb-hamames-hill"), ("تلة الحمامص", "lb-hamames-hill"),
    ("Beaufort Castle", "lb-beaufort-castle"), ("Qalaat al-Shaqif", "lb-beaufort-castle"),
    ("قلعة الشقيف", "lb-beaufort-castle"),
    ("Mahanayim", "il-mahanayim"), ("Mahanaim", "il-mahanayim"), ("מחניים", "il-mahanayim"),
    ("محنايم", "il-mahanayim"),
    ("Granot HaGalil", "il-granot-hagalil"), ("Gornot HaGalil", "il-granot-hagalil"),
    ("גורנות הגליל", "il-granot-hagalil"),
    ("Harfa", "sy-harfa"), ("Hurfa", "sy-harfa"), ("حرفا (ريف دمشق)", "sy-harfa"),
    ("Kafr Nasij", "sy-kafr-nasij"), ("Kfar Nasij", "sy-kafr-nasij"), ("كفر ناسج", "sy-kafr-nasij"),
    ("Nabaa al-Sakhr", "sy-nabaa-al-sakhr"), ("Nab' al-Sakhr", "sy-nabaa-al-sakhr"), ("نبع الصخر", "sy-nabaa-al-sakhr"),
    ("Umm al-Zaytun", "sy-umm-al-zaytun"), ("Umm al-Zaytoun", "sy-umm-al-zaytun"), ("أم الزيتون", "sy-umm-al-zaytun"),
    # spellings added to rows held before
    ("Aïta ach-Chaab", "lb-aita-al-shaab"), ("Aita ach Chaab", "lb-aita-al-shaab"),
    ("Temnine", "lb-temnine-al-tahta"), ("تمنين", "lb-temnine-al-tahta"),
    ("Rashaya", "lb-rachaiya-el-ouadi"), ("Rashaya al-Wadi", "lb-rachaiya-el-ouadi"),
    ("حرفيش", "il-hurfeish"), ("Ariqa", "sy-ariqah"),
    ("Mahanaim Airport", "il-rosh-pinna-airport"), ("Mahanaim airfield", "il-rosh-pinna-airport"),
    ("Ma'ayan Baruch", "il-mayan-barukh"), ("بصرى الحرير", "sy-busra-al-harir"),
]

#: Names of places held before that the new rows sound like or stand by: each keeps its place.
NEIGHBOURS: list[tuple[str, str]] = [
    ("Heris", "ir-heris"), ("هريس", "ir-heris"), ("Sa'wan", "ye-sawan"),
    ("Sawan", "ye-sawan"),
    ("Mahran", "sy-mahran"), ("Malatya", "tr-gov-malatya"), ("Maalot", "il-maalot-tarshiha"),
    ("Harouf", "lb-harouf"), ("Haruf", "lb-harouf"), ("Pir Hasnah", "iq-pir-hasnah"), ("Migdal", "il-migdal"),
    ("Tibnin", "lb-tibnin"), ("Bint Jbeil", "lb-bent-jbail"), ("Baalbek", "lb-baalbek"),
    ("Masnaa", "lb-masnaa-crossing"),
    ("Rashaya al-Fukhar", "lb-rashaya-al-fukhar"), ("Russia", "cc-ru"), ("Beit Jinn", "sy-beit-jinn"),
    ("Rosh Pinna", "il-rosh-pinna"), ("Dibbine", "sy-dhibbin"), ("Kifri", "iq-kifri"), ("Eyvan", "ir-eyvan"),
    ("Ghobeiry", "lb-ghobeiry"), ("Suwayda", "sy-suwayda"), ("Arida", "iq-erida"), ("Erida", "iq-erida"),
    ("Nahariya", "il-nahariyya"), ("Tripoli", "lb-tripoli"), ("Arnoun", "lb-arnoun"), ("Khiam", "lb-khiam"),
    ("Bosra", "sy-bosra"),
]

#: Words a report writes that are no place of the file (the names the rows left out, or might take).
NOT_PLACES = ["نحلة", "طليا", "حرفا", "Majadel", "المجادل", "Kfeir", "Even Menachem", "Saadiyat",
              "Toul", "Joun", "Zahrani", "الزهراني", "Kafaat", "Ansar", "Maarakeh", "Tir", "Hariri", "Beaufort",
              "پير حسنه",
              "العريضة", "معبر العريضة", "الحمامص"]

#: Rows the towns tool's sound rule would refuse, each kept: id -> why. The places they sound like keep their own
#: names (``NEIGHBOURS``).
SOUND_RULE_WAIVED = {
    "lb-haris": "sounds like Heris of East Azerbaijan, which keeps Heris and هريس",
    "lb-mlita": "sounds like Maalot and Malatya, which keep their names",
    "sy-harfa": "sounds like Harouf of Nabatieh, which keeps Harouf and Haruf",
}

#: Rows the towns tool's word rule would refuse, each kept: id -> why.
WORD_RULE_WAIVED = {
    "lb-haris": "Haris is also a given name; Heris of Iran answered to it before, and the extractor reads "
                "'Haris' before a surname as a person",
}

globals().update(curated_file_tests(LEVANT_FRONTS9, REFERENCE, SPELLINGS, NEIGHBOURS, NOT_PLACES,
                                    sound_waived=SOUND_RULE_WAIVED, word_waived=WORD_RULE_WAIVED))
