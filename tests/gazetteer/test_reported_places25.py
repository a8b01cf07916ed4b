"""Places that reports of 2019-2025 named and the gazetteer did not hold, or held under a name that missed the
report's spelling (``places/reported_places25.csv``, and aliases added to rows held before).

Rows added, each at its reference:

- Pirmam, the resort town north-east of Erbil that Arabic reports call Masif Salahaddin (مصيف صلاح الدين), at the
  GeoNames record Salah ad Din (geonames:91696, Kurdish سەلاحەدين) as Who's On First's Iraq repository carries it
  (36.38522, 44.19703). No file held the record, whose name is also the Salah ad-Din governorate's: the town keeps
  only its Pirmam and Masif names, and the bare "Salahaddin", "Saladin" and صلاح الدين stay the governorate.
- Kahramankazan, the district town of Ankara province (Kazan until 2016), at the German Wikipedia's point (article
  "Kazan (Ankara)", 40° 12′ 19″ N, 32° 40′ 51″ E); the bare "Kazan" stays out (the Russian city).
- The TUSAŞ (Turkish Aerospace, TAI) headquarters in Kahramankazan district, attacked on 23 October 2024, at the point
  of Wikipedia's article on the attack (40°04′44″N 32°35′01″E, 40.078979, 32.583599: the Simple English article
  "2024 Turkish Aerospace Industries headquarters attack", and the English one's infobox as first written, revision
  1252946557); a facility, so "TUSAŞ" alone finds it.
- al-Hisha (GeoNames Al Hishah, Kurmanji Hîşe), a village 14 km east-south-east of Ain Issa whose water station and
  power lines the Turkish shelling of the Ain Issa countryside hit (ANHA), at its GeoNames record (geonames:173773) as
  Who's On First's Syria repository carries it; the villages tool had not taken it.
- Three Israeli army positions by the Lebanese line that Hezbollah's statements of 2023-2024 name, at GeoNames records
  of the country dump of Lebanon (export of 2016-05, ``data/LB.txt`` of the GitHub repository
  RoudyTarabay/Lebanon-Municipality-Elections-2016, which also holds the border strip on Israel's side), each a point
  Natural Earth's generalised line puts in Israel: Jal al-Deir (Jall ed Deïr, geonames:275682, a height between
  Aitaroun and Malkia), Birkat Risha (stand-in at the pond Birket Rîché it is named after, geonames:268671, 2.4 km west
  of Zar'it) and the Ramim barracks (stand-in at the point of the Ramim ridge, Hare Ramim, geonames:268830, with the
  ridge's reach as precision; a bare "Ramim" finds it, no other place bearing the name).

Kept to the towns tool's rules without waivers, for the tools that write towns.csv and the villages files would
drop one of their rows for a curated name that sounds like it: the village is named "al-Hisha" (the GeoNames name "Al
Hishah" sounds like Hosha'ya of the Galilee and al-Hawash of Homs, and is kept only with its subdistrict in brackets;
a bare "Al Hishah" still finds the village), the position "Jal al-Deir position" with no bare Latin name (a bare "Jal
al-Deir" sounds like Geldara of Sulaymaniyah; the resolver drops the descriptor and finds the position by it, and
Geldara keeps its name), and the ridge's name Hare Ramim is no alias (its "Hare" would open other names like Hero,
Hayraw of Sulaymaniyah, and the towns tool would drop it). "TAI" alone finds no place ("Tai" is a word and a name):
the headquarters answers to TUSAŞ and Turkish Aerospace. The common Arabic words دير ('monastery', of جل الدير) and
تركية ('Turkish', of the headquarters' Arabic name) join the extractor's words that name a place only with their
article (``geoincidents/data/extract_words.csv``, ``arabic_bare_word``, as ``test_mentions.py`` requires): written bare
they are no mention (دير had been heard as Dhayra, تركية read as Turkey).

Aliases added to rows held before: موقع المالكية, "al-Malikiyah position" and "al-Malikiya position" on Malkia
(il-malkia: Hezbollah names its position by the kibbutz after the village of al-Malikiyya it stands on); the bare
المالكية and "al-Malikiyah" stay Syria's al-Malikiyah. Checked and already right, so only tested here: the Zar'it,
Branit (Biranit), Shtula, Hanita and Metula positions and barracks in Arabic and English, and the Iraqi border
villages of the Turkish strikes (Kani Masi, Batifa, Bamarni, Sharanish, Deraluk, Sidakan, Mergasor, Khanasor), held
before; the bare "Barzan" stays Syria's village and the Iraqi one answers to "Barzan (Erbil)" (``test_borderlands.py``).
"Minet al-Beida" was held (``sy-minet-el-beida``).

The reference coordinates are typed again here from the cited source, so a row that drifts from its reference fails;
every row has its reference here and every reference its row.

Left out, no reference coordinate found (GeoNames pages and Wikipedia mirrors through the stored pages, Who's On
First's Iraq and Syria repositories, GeoNames' Lebanon dump): Mount Qarachogh west of Makhmur; the Avashin-Basyan area
(no point for it or for a named village in it); Mount Asos (``test_borderlands.py``: a stand-in at Mawat would repeat
a row of towns.csv); Mezargeh by Khanasor and Enzê in the Qandil foothills (neither in Who's On First's Iraq records);
Hawijat Saqr on the Euphrates by Deir ez-Zor; the villages Sayda (Seyda), Khalidiyah (Xalidiyê) and Tiba of the Ain
Issa subdistrict (no record of those names within 30 km of Ain Issa in Who's On First's Syria repository); the Mount
Neria base; and the positions al-Marj, Ruwaisat al-Alam, al-Raheb, Hadab Yaroun, al-Baghdadi, al-Sammaqa, Ruwaysat
al-Qarn, Zibdin and Ramta of the Kfarshouba hills and Shebaa Farms (the dump's Es Sammâqa, Zebdîne and Dahr er Râheb
are other places of the same names: a cliff by Alma ash-Shaab, a village of Nabatieh district, a ridge some 6 km
inside Lebanon). Jal al-Alam (the dump's Jall el Aalâm) and the Hadab of Aita al-Shaab (Har Hagor) lie in Lebanon
by Natural Earth's line, so an Israeli position there would be filed in the wrong country; left out too.
"""
from __future__ import annotations

from pathlib import Path

from .placerows import curated_file_tests

ROOT = Path(__file__).resolve().parents[2]
REPORTED_PLACES25 = ROOT / "gazetteer" / "data" / "places" / "reported_places25.csv"

#: id: (lat, lon as the reference gives them, reference as the row's ``source`` names it)
REFERENCE: dict[str, tuple[float, float, str]] = {
    "iq-pirmam": (36.38522, 44.19703, "geonames:91696"),  # Salah ad Din (Who's On First 1226230291)
    "tr-kahramankazan": (40 + 12 / 60 + 19 / 3600, 32 + 40 / 60 + 51 / 3600, "dewiki:Kazan_(Ankara)"),
    "tr-tusas-headquarters": (40.078979, 32.583599,
                              "simplewiki:2024_Turkish_Aerospace_Industries_headquarters_attack"),
    "sy-al-hishah": (36.35291, 39.01692, "geonames:173773"),  # Al Hishah (Who's On First 1276769017)
    "il-jal-al-deir": (33.1, 35.48778, "geonames:275682"),  # Jall ed Deïr (Lebanon dump, 2016-05)
    "il-birkat-risha": (33.09861, 35.2625, "geonames:268671"),  # Birket Rîché
    "il-ramim-barracks": (33.18333, 35.55, "geonames:268830"),  # Hare Ramim
}

#: (as a report writes it, the place); written for these tests, modelled on what reports say
SPELLINGS: list[tuple[str, str]] = [
    ("Pirmam", "iq-pirmam"), ("Pîrmam", "iq-pirmam"), ("پیرمام", "iq-pirmam"), ("بيرمام", "iq-pirmam"),
    ("Masif Salahaddin", "iq-pirmam"), ("Masif Salah al-Din", "iq-pirmam"), ("مصيف صلاح الدين", "iq-pirmam"),
    ("Kahramankazan", "tr-kahramankazan"), ("Kahramankazan district", "tr-kahramankazan"),
    ("Kazan (Ankara)", "tr-kahramankazan"), ("كهرمان كازان", "tr-kahramankazan"),
    ("TUSAŞ", "tr-tusas-headquarters"), ("TUSAS", "tr-tusas-headquarters"),
    ("TUSAS headquarters", "tr-tusas-headquarters"), ("Turkish Aerospace Industries", "tr-tusas-headquarters"),
    ("Turkish Aerospace headquarters", "tr-tusas-headquarters"), ("TUSAŞ tesisleri", "tr-tusas-headquarters"),
    ("توساش", "tr-tusas-headquarters"), ("مقر توساش", "tr-tusas-headquarters"),
    ("al-Hisha", "sy-al-hishah"), ("Hisha", "sy-al-hishah"), ("Hîşe", "sy-al-hishah"), ("Al Hishah", "sy-al-hishah"),
    ("Al Hishah (Ain Issa)", "sy-al-hishah"), ("الهيشة", "sy-al-hishah"),
    ("Jal al-Deir", "il-jal-al-deir"), ("Jal al-Deir position", "il-jal-al-deir"), ("Jal el-Deir", "il-jal-al-deir"),
    ("the Jal al-Deir position", "il-jal-al-deir"), ("جل الدير", "il-jal-al-deir"),
    ("موقع جل الدير", "il-jal-al-deir"),
    ("Birkat Risha", "il-birkat-risha"), ("بركة ريشا", "il-birkat-risha"), ("موقع بركة ريشا", "il-birkat-risha"),
    ("Ramim barracks", "il-ramim-barracks"), ("Ramim base", "il-ramim-barracks"),
    ("ثكنة راميم", "il-ramim-barracks"), ("موقع راميم", "il-ramim-barracks"), ("Ramim", "il-ramim-barracks"),
    ("راميم", "il-ramim-barracks"),
    # aliases added to rows held before
    ("موقع المالكية", "il-malkia"), ("al-Malikiyah position", "il-malkia"),
    # already right before, kept right
    ("ثكنة زرعيت", "il-zarit"), ("Zar'it barracks", "il-zarit"), ("ثكنة برانيت", "il-biranit"),
    ("Branit barracks", "il-biranit"), ("موقع شتولا", "il-shtula"), ("موقع حانيتا", "il-hanita"),
    ("موقع المطلة", "il-metula"), ("Metula position", "il-metula"), ("Minet al-Beida", "sy-minet-el-beida"),
    ("Kani Masi", "iq-kani-masi"), ("Batifa", "iq-batifa"), ("Bamarni", "iq-bamarni"), ("Sharanish", "iq-sharanish"),
    ("Deraluk", "iq-deraluk"), ("Sidakan", "iq-sidakan"), ("Mergasor", "iq-mergasur"), ("Khanasor", "iq-khanasor"),
    ("Barzan (Erbil)", "iq-barzan"),
]

#: Names of places held before that the new rows sound like or stand by: each keeps its place.
NEIGHBOURS: list[tuple[str, str]] = [
    ("Salahaddin", "iq-gov-salah-al-din"), ("Saladin", "iq-gov-salah-al-din"),
    ("صلاح الدين", "iq-gov-salah-al-din"), ("Erbil", "iq-erbil"), ("Shaqlawa", "iq-shaqlawa"),
    ("Ankara", "tr-ankara"), ("Ankara Airport", "tr-ankara-airport"),
    ("Ain Issa", "sy-ain-issa"),
    ("Aitaroun", "lb-aitaroun"), ("Malkia", "il-malkia"), ("Zar'it", "il-zarit"), ("Margaliot", "il-margaliot"),
    ("Kiryat Shmona", "il-kiryat-shmona"), ("Biranit", "il-biranit"),
    ("المالكية", "sy-malikiyah"), ("al-Malikiyah", "sy-malikiyah"),
    ("Hoshaya", "il-hoshaya"), ("Hosha'ya", "il-hoshaya"), ("Haouach", "sy-al-hawash"), ("al-Hawash", "sy-al-hawash"),
    ("Geldara", "iq-geldara"), ("Jaldara", "iq-geldara"),
]

#: Words a report writes that are no place of the file (the names the rows left out, or might take).
NOT_PLACES = ["Salahaddin", "Saladin", "صلاح الدين", "Kazan", "Казань", "قازان", "TAI", "Tai", "جل",
              "الدير", "بركة", "ريشا", "Qarachogh", "Avaşin-Basyan", "Asos", "Mezargeh", "Enzê", "Hawijat Saqr",
              "Sayda", "Seyda", "Khalidiyah", "Tiba", "Mount Neria", "Jal al-Alam", "al-Sammaqa", "Zibdin",
              "Ramta", "Hadab Yaroun", "Ruwaisat al-Alam"]

globals().update(curated_file_tests(REPORTED_PLACES25, REFERENCE, SPELLINGS, NEIGHBOURS, NOT_PLACES))
