"""Yemen as the reports of 2023-2025 name it: the governorates, districts, towns, villages, quarters, ports, airports,
islands, power stations and military sites of the US and UK strikes (January 2024 on, and Operation Rough Rider of
March-May 2025) and of Israel's strikes (July 2024 to September 2025), and the Red Sea, Gulf of Aden and Bab
el-Mandeb waters where ships were hit, in English, Arabic, Hebrew, Persian and French, that the gazetteer did not
hold, or held under a spelling that missed the report's (``places/reported_places68.csv``, aliases added to rows
held before): the cov68 check.

The check. Reports found in the stored pages (the Houthi outlets' strike lists as Arab, Turkish and Anadolu outlets
relay them, district by district and village by village; Israeli Hebrew outlets on the strikes on Hodeidah, Ras Isa,
as-Salif, Ras Kathib, Hezyaz, Bajil and Sanaa; IRNA and Mehr in Persian; French wires; UKMTO notices of ships hit
off Hodeidah, Mokha and Aden) gave some 600 spellings, each looked up with ``resolve`` at the branch's start (main's
commit d7876c0) and again after this change. ``SPELLINGS`` below is the table of those that name a place the
gazetteer holds now, each with the place it means: 532 spellings of 138 places, of which 452 resolved right before and
all 532 after (475 spellings of 118 places held before, 452 of them right before; 57 spellings of the 20 new rows).
Most of the theme was held (yemen_places8, yemen_sites9, cov48, cov50 and cov54 took the ports, airports, power
stations, islands and the districts of Saada, Hodeidah, Marib, Hajjah and Sanaa; the waters are in ``waters.csv``,
and a UKMTO position such as "51 nautical miles southwest of Hodeidah" finds the town by container): the gaps were
districts and villages of the 2025 strike lists that no file held (Bura of Hodeidah, al-Husn and al-Haymah
al-Kharijiyah of Sanaa, Khabb wa ash-Sha'af, al-Khalq and Bart al-Anan of al-Jawf, al-Abdiyah of Marib; "Barat
al-Anan" went to Beirut, "al-Haymah al-Kharijiyah" to al-Kharj in Saudi Arabia, "Jabal an-Nabi Shu'ayb" to Shu'aybah
in Iraq, "ضروان (همدان)" to Iran's Hamadan), Hebrew names of Yemeni towns (תעז, טאיז, חג'ה, סעדה, רדאע, אל-בידאא,
סוקוטרה: nothing) and French ("îles Hanish" went to Khan al-Sheih by span, "Moka": nothing).

Rows added, each at its reference (typed again in ``REFERENCE``):

- districts at their GeoNames points as the countries-states-cities database carries them (``dr5hn-csc``), each
  with a precision that is the district's reach from the point as Who's On First's polygon of it gives: ad-Dahi and
  Bura of Hodeidah, al-Husn and al-Haymah al-Kharijiyah of Sanaa governorate, Khabb wa ash-Sha'af (135 km: the
  desert district reaches the Saudi border), al-Khalq and Bart al-Anan of al-Jawf (Bart al-Anan had been left out for
  want of a point), al-Abdiyah of Marib and az-Zahir of al-Bayda;
- towns, villages and a quarter at their GeoNames records as Who's On First's Yemen repository carries them:
  Manakhah, the Haraz district seat west of Sanaa; al-Jabin, the seat of Raymah governorate, where strikes of June
  2024 hit the government complex and the radio; Darwan (Dharawan, Dhurwan) of Hamdan; al-Malika (GeoNames Al
  Mulkah) of Bani Hushaysh; Hadda, the village at the foot of Jabal Hadda on Sanaa's southern edge whose quarter the
  Israeli strike of August 2025 on the Houthi cabinet was reported in; al-Kadan of ad-Dahi; al-Jah al-Asfal and
  al-Jah al-A'la of Bayt al-Faqih (the February 2024 strike lists name both); Al Ammar of as-Safra; Sahlin (GeoNames
  As Sahlayn) east of Saada city, in the Al Salem 'uzla of Kitaf district that reports name;
- Jabal an-Nabi Shu'ayb, the summit with the radar post in Bani Matar, at its Wikipedia infobox point.

Aliases added to rows held before: Hebrew תעז and טאיז (Taiz), חג'ה (Hajjah), סעדה (Saada, the spelling Ynet
uses beside צעדה), רדאע (Rada'a), אל-בידאא (al-Bayda), סוקוטרה and Persian جزیره سقطری (Socotra, which had gone
to Iran's Sirri island by likeness), French "Moka" (Mokha), "îles Hanish" and "archipel des Hanish", "palais
présidentiel de Sanaa" with Persian کاخ ریاست جمهوری صنعا and Hebrew ארמון הנשיאות בצנעא (the presidential
palace, which had found Sanaa by span), Hebrew מפעל המלט בבאג'ל and מפעל המלט באג'ל (the Bajil cement factory,
which had found Bajil) and "Al Hauk (Hodeidah)" with two like spellings (the al-Hawak district, as Shafaq writes
it): 19 aliases on 11 rows.

Words kept out, and why (each checked below to stay out): the towns tool's rules, which each new row passes, refuse
bare names that are words or sound like a place of another province, so these rows hold them only with their
province or district word: الحصن ('the fortress'; "al-Husn" sounds like Huseiniya in Israel), خلق ('creation';
"Khalq" sounds like Kilakah in Erbil), العبدية ("al-Abdiyah" sounds like al-Ubaydiyah of the West Bank), الضحي ('the
forenoon'; "al-Dahi" is an English word by the tool's list), الجبين ('the forehead'; "al-Jabin" sounds like Jebbayn
in Lebanon), الزاهر (al-Jawf has an az-Zahir district too), الملكة ('the queen'), حدة ('sharpness'), آل عمار and
السهلين ('the two plains'), الكدن and "al-Kadan" (which sound like Ku'aydinah of Hajjah), ضروان and "Dharawan" (heard
as Darwinah and Zayrwan of Iraq), and Manakhah, whose bare name sounds like the Menagh air base of Aleppo (the bare
"Manakhah" still goes there by sound; the row is "Manakhah (Sanaa)"). "مديرية الضحي" was an alias and is not: it came
within the likeness threshold of "مديرية اللحية", which it then took from al-Luhayyah; it goes to Harib by likeness,
as it did.

Tried and taken back: "île de Zuqar" and "île Zuqar" on the Zuqar island row. The normaliser keeps the French "île" as
a word, and its vowel fold ('ala') is that of Ali (the Ali Al Salem base, the Aligudarz airport): a third place whose
names open with it made the towns tool read the fold as a name opener and drop Aaley (Lebanon), whose one-word name
folds alike. "île de Zuqar" goes to Dhi Qar by the sound of the bare Zuqar, as before.

Tried and taken back as well: Persian بخش, 'district' (bakhsh, a county's subdivision in Iran), as a descriptor
word. IRNA and Mehr write it before Yemen's districts ("بخش مجز", "بخش صرواح", "بخش حرف سفیان"), and as a
descriptor it made those find their districts (they find nothing as phrases; in running text the extractor finds
the district name all the same, ``SENTENCES``). But the normaliser drops a descriptor wherever it stands, so "بخش
مرکزی شهرستان تهران" (the central district of Tehran county) became "مرکزی تهران" and went to the Markazi province
(it is Tehran), and "بخش مرکزی" alone to Markazi; a qualifier phrase "بخش مرکزی" would be read after normalising as
the bare مرکزی, and then the province's own Persian name found nothing. The word is left out, and the Persian "بخش
X" spellings are not in ``SPELLINGS``.

Left out, no reference point found, or decided before (Who's On First's Yemen repository, the countries-states-cities
database, stored pages): the Sanaa city districts (al-Thawra with its al-Nahda quarter and the 21 September park,
al-Sabeen with al-Hafa camp, al-Tahrir with the al-Qiyada quarter, al-Safiyah with the Majil al-Dama cemetery,
Ma'ain, Azal, al-Wahda, Shu'ub's Farwa market and Sha'ab al-Haffa, Bani al-Harith: polygons only, decided before),
Jabal Nuqum, al-Nahdayn, Barash east of Nuqum, Rujam of Bani Hushaysh, Jarban and Wadi al-Ajbar of Sanhan, al-Hawari
of Hamdan (no record), al-Yatmah, al-Jahf and al-Qadir of al-Jawf, the al-Suwayqi camp of Khabb wa ash-Sha'af, Wadi
Halhalan of Majzar and the Mas camp, al-Kuwaizi, al-Ta'if, Jabal Ajda', al-Zabra and al-Shabaka of the Hodeidah
coast, Sardud of al-Kadan (no record), al-Urj of Bajil (two records of the name some 50 km apart), a bare al-Jah (four
records), the Amran areas al-Libda, al-Amshiya, Habasha, al-Adi and al-Abla (decided in ``test_reported_places54.py``),
Bani Hasan of Abs, the "Al Salem district" of Saada (no district of the name in either source), Jabal al-Mahwit (no
district of that name in the database). Hebrew "נמל התעופה של צנעא" and "נמל התעופה של חודיידה" (the airport 'of'
the town, with של) find the town by container, and the airports' names are the airfields tool's to write; Hebrew
"תחנת הכוח" ('the power station') is no descriptor: "תחנת הכוח בחודיידה" goes to al-Khawkhah by the sound of הכוח,
"תחנת הכוח ד'הבאן" and "תחנת הכוח עסר" find nothing, and a descriptor would key the alias "תחנת הכוח בחדרה" of the
Orot Rabin station by Hadera's name. Persian "نیروگاه عصر" (the Asr station keeps its names with Sanaa or كهرباء: عصر
is 'afternoon'), the bare Hebrew חזיז (Khzaiz in Lebanon by sound), איבּ and אב for Ibb (אב is 'father'), Persian
اب ('water'), and the misspellings نیروگاه حزیر and الكذيب. Noticed and left: "Hadda, south of Sanaa" in running
text finds Sanaa (the row is "Hadda (Sanaa)"), and "Al-Zahir district in Al-Bayda province" finds the governorate.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from .placerows import curated_file_tests

ROOT = Path(__file__).resolve().parents[2]
REPORTED_PLACES68 = ROOT / "gazetteer" / "data" / "places" / "reported_places68.csv"

#: id: (lat, lon as the reference gives them, reference as the row's ``source`` names it)
REFERENCE: dict[str, tuple[float, float, str]] = {
    # GeoNames district points as the countries-states-cities database carries them (contributions/cities/YE.json)
    "ye-ad-dahi": (15.22320, 43.19350, "dr5hn-csc:130665"),  # Ad Dahi
    "ye-bura": (14.89820, 43.47530, "dr5hn-csc:130828"),  # Bura
    "ye-al-husn-sanaa": (15.02060, 44.50440, "dr5hn-csc:130700"),  # Al Husn
    "ye-al-haymah-al-kharijiyah": (15.02670, 43.85000, "dr5hn-csc:130697"),  # Al Haymah Al Kharijiyah
    "ye-khabb-wa-ash-shaaf": (16.59750, 45.78530, "dr5hn-csc:130885"),  # Khabb wa ash Sha'af
    "ye-al-khalq": (16.06810, 44.79700, "dr5hn-csc:130706"),  # Al Khalq
    "ye-bart-al-anan": (16.91972, 44.51882, "dr5hn-csc:130821"),  # Barţ al ‘Anān
    "ye-al-abdiyah": (14.71700, 45.39340, "dr5hn-csc:130677"),  # Al Abdiyah
    "ye-az-zahir-bayda": (13.99180, 45.42180, "dr5hn-csc:130804"),  # Az Zahir (Al Bayda)
    # GeoNames records as Who's On First's Yemen repository carries them
    "ye-al-kadan": (15.24894, 43.25635, "geonames:402544"),  # Al Kadan
    "ye-al-jah-al-asfal": (14.34093, 43.05288, "geonames:407362"),  # Al Jah al Asfal
    "ye-al-jah-al-ala": (14.34621, 43.07498, "geonames:407363"),  # Al Jah al A`la
    "ye-manakhah": (15.07422, 43.74156, "geonames:73091"),  # Manakhah
    "ye-darwan-hamdan": (15.55516, 44.07649, "geonames:75996"),  # Darwan
    "ye-al-mulkah": (15.45356, 44.28526, "geonames:73106"),  # Al Mulkah
    "ye-haddah": (15.29356, 44.16415, "geonames:75441"),  # Haddah
    "ye-al-ammar-saada": (16.79120, 43.79075, "geonames:406689"),  # Al `Ammar
    "ye-as-sahlayn": (16.89237, 43.94457, "geonames:406647"),  # As Sahlayn
    "ye-al-jabin": (14.70389, 43.59917, "geonames:401043"),  # Al Jabin
    # Wikipedia infobox point (15°16′45″N 43°58′33″E)
    "ye-jabal-an-nabi-shuayb": (15.27917, 43.97583, "wikipedia:Jabal_An-Nabi_Shu'ayb"),
}

#: (as a report writes it, the place): the cov68 table, written for these tests, modelled on what reports say
SPELLINGS: list[tuple[str, str]] = [
    ('Sanaa', 'ye-sanaa'), ("Sana'a", 'ye-sanaa'), ('Sanaá', 'ye-sanaa'), ('Saná', 'ye-sanaa'),
    ('Sanaa, Yemen', 'ye-sanaa'), ('the Yemeni capital Sanaa', 'ye-sanaa'),
    ('la capitale yéménite Sanaa', 'ye-sanaa'), ('صنعاء', 'ye-sanaa'), ('العاصمة صنعاء', 'ye-sanaa'),
    ('أمانة العاصمة', 'ye-gov-amanat-al-asimah'), ('صنعا', 'ye-sanaa'), ('شهر صنعا', 'ye-sanaa'),
    ('پایتخت یمن صنعا', 'ye-sanaa'), ('צנעא', 'ye-sanaa'), ('בצנעא', 'ye-sanaa'), ('Hodeidah', 'ye-hodeidah'),
    ('Hodeida', 'ye-hodeidah'), ('Hodeïda', 'ye-hodeidah'), ('Al-Hodeïda', 'ye-hodeidah'),
    ('Al Hodeïdah', 'ye-hodeidah'), ('Al-Hudaydah', 'ye-hodeidah'), ('الحديدة', 'ye-hodeidah'),
    ('مدينة الحديدة', 'ye-hodeidah'), ('الحدیده', 'ye-hodeidah'), ('حدیده', 'ye-hodeidah'),
    ('بندر الحدیده', 'ye-port-of-hodeidah'), ('بندر حدیده', 'ye-port-of-hodeidah'), ('חודיידה', 'ye-hodeidah'),
    ('חודידה', 'ye-hodeidah'), ('אל-חודיידה', 'ye-hodeidah'), ('נמל חודיידה', 'ye-port-of-hodeidah'),
    ('נמל חודידה', 'ye-port-of-hodeidah'), ('ميناء الحديدة', 'ye-port-of-hodeidah'),
    ('port de Hodeïda', 'ye-port-of-hodeidah'), ("port d'Hodeïda", 'ye-port-of-hodeidah'),
    ('Hodeidah port', 'ye-port-of-hodeidah'), ('Hodeidah governorate', 'ye-gov-hodeidah'),
    ('province de Hodeïda', 'ye-gov-hodeidah'), ('محافظة الحديدة', 'ye-gov-hodeidah'),
    ('استان الحدیده', 'ye-gov-hodeidah'), ('מחוז חודיידה', 'ye-gov-hodeidah'),
    ('Hodeidah airport', 'ye-hodeidah-airport'), ('مطار الحديدة', 'ye-hodeidah-airport'),
    ('aéroport de Hodeïda', 'ye-hodeidah-airport'), ('فرودگاه الحدیده', 'ye-hodeidah-airport'),
    ('Ras Isa', 'ye-ras-isa'), ('Ras Issa', 'ye-ras-isa'), ('Ras Issa oil port', 'ye-ras-isa'),
    ('port de Ras Issa', 'ye-ras-isa'), ('terminal pétrolier de Ras Issa', 'ye-ras-isa'),
    ('ميناء رأس عيسى', 'ye-ras-isa'), ('رأس عيسى', 'ye-ras-isa'), ('راس عيسى', 'ye-ras-isa'),
    ('بندر راس عیسی', 'ye-ras-isa'), ('راس عیسی', 'ye-ras-isa'), ('ראס עיסא', 'ye-ras-isa'),
    ('נמל ראס עיסא', 'ye-ras-isa'), ('Salif', 'ye-as-salif'), ('Al-Salif', 'ye-as-salif'),
    ('Salif port', 'ye-as-salif'), ('port de Salif', 'ye-as-salif'), ('ميناء الصليف', 'ye-as-salif'),
    ('الصليف', 'ye-as-salif'), ('مديرية الصليف', 'ye-as-salif'), ('بندر الصلیف', 'ye-as-salif'),
    ('الصلیف', 'ye-as-salif'), ('א-סאליף', 'ye-as-salif'), ('נמל א-סאליף', 'ye-as-salif'),
    ('נמל סליף', 'ye-as-salif'), ('Kamaran', 'ye-kamaran'), ('Kamaran Island', 'ye-kamaran'),
    ('île de Kamaran', 'ye-kamaran'), ("l'île de Kamaran", 'ye-kamaran'), ('جزيرة كمران', 'ye-kamaran'),
    ('كمران', 'ye-kamaran'), ('جزیره کمران', 'ye-kamaran'), ('האי כמראן', 'ye-kamaran'), ('Bajil', 'ye-bajil'),
    ('Bajel', 'ye-bajil'), ('باجل', 'ye-bajil'), ('مديرية باجل', 'ye-bajil'), ("באג'ל", 'ye-bajil'),
    ('Bajil cement factory', 'ye-cement-factory-bajil'), ('مصنع إسمنت باجل', 'ye-cement-factory-bajil'),
    ('cimenterie de Bajil', 'ye-cement-factory-bajil'), ('Zabid', 'ye-zabid'), ('Zebid', 'ye-zabid'),
    ('زبيد', 'ye-zabid'), ('مديرية زبيد', 'ye-zabid'), ('زبید', 'ye-zabid'), ('Saada', 'ye-saada'),
    ("Sa'ada", 'ye-saada'), ('Saada city', 'ye-saada'), ('صعدة', 'ye-saada'), ('مدينة صعدة', 'ye-saada'),
    ('صعده', 'ye-saada'), ('צעדה', 'ye-saada'), ('Saada governorate', 'ye-gov-saada'),
    ('محافظة صعدة', 'ye-gov-saada'), ('استان صعده', 'ye-gov-saada'), ('province de Saada', 'ye-gov-saada'),
    ('Hajjah', 'ye-hajjah'), ('Hajja', 'ye-hajjah'), ('حجة', 'ye-hajjah'), ('حجه', 'ye-hajjah'),
    ('Hajjah province', 'ye-gov-hajjah'), ('محافظة حجة', 'ye-gov-hajjah'), ('استان حجه', 'ye-gov-hajjah'),
    ('Dhamar', 'ye-dhamar'), ('ذمار', 'ye-dhamar'), ("ד'מאר", 'ye-dhamar'), ('Dhamar governorate', 'ye-gov-dhamar'),
    ('محافظة ذمار', 'ye-gov-dhamar'), ('استان ذمار', 'ye-gov-dhamar'), ('Amran', 'ye-amran'), ('عمران', 'ye-amran'),
    ('Amran governorate', 'ye-gov-amran'), ('محافظة عمران', 'ye-gov-amran'), ('استان عمران', 'ye-gov-amran'),
    ("province d'Amran", 'ye-gov-amran'), ('עמראן', 'ye-amran'), ('Marib', 'ye-marib'), ("Ma'rib", 'ye-marib'),
    ('مأرب', 'ye-marib'), ('مارب', 'ye-marib'), ('محافظة مأرب', 'ye-gov-marib'), ('استان مأرب', 'ye-gov-marib'),
    ('province de Marib', 'ye-gov-marib'), ('מאריב', 'ye-marib'), ('al-Bayda', 'ye-al-bayda'),
    ('Al-Baydha', 'ye-al-bayda'), ('Al Bayda province', 'ye-gov-al-bayda'), ('محافظة البيضاء', 'ye-gov-al-bayda'),
    ('استان البیضاء', 'ye-gov-al-bayda'), ('Taiz', 'ye-taiz'), ('Taëz', 'ye-taiz'), ("Ta'izz", 'ye-taiz'),
    ('تعز', 'ye-taiz'), ('مدينة تعز', 'ye-taiz'), ('תעז', 'ye-taiz'), ('محافظة تعز', 'ye-gov-taiz'),
    ('Ibb', 'ye-ibb'), ('إب', 'ye-ibb'), ('محافظة إب', 'ye-gov-ibb'), ('استان اب', 'ye-gov-ibb'),
    ('al-Jawf', 'ye-gov-al-jawf'), ('Al Jawf province', 'ye-gov-al-jawf'), ('al-Jawf governorate', 'ye-gov-al-jawf'),
    ('محافظة الجوف', 'ye-gov-al-jawf'), ('استان الجوف', 'ye-gov-al-jawf'), ("province d'al-Jawf", 'ye-gov-al-jawf'),
    ('al-Hazm', 'ye-al-hazm'), ('Al-Hazm (al-Jawf)', 'ye-al-hazm'), ('مديرية الحزم', 'ye-al-hazm'),
    ('الحزم', 'ye-al-hazm'), ('Sanaa governorate', 'ye-gov-sanaa'), ('محافظة صنعاء', 'ye-gov-sanaa'),
    ('استان صنعا', 'ye-gov-sanaa'), ('Sanaa airport', 'ye-sanaa-airport'),
    ('Sanaa International Airport', 'ye-sanaa-airport'), ("Sana'a International Airport", 'ye-sanaa-airport'),
    ('مطار صنعاء الدولي', 'ye-sanaa-airport'), ('مطار صنعاء', 'ye-sanaa-airport'),
    ('aéroport de Sanaa', 'ye-sanaa-airport'), ('aéroport international de Sanaa', 'ye-sanaa-airport'),
    ('فرودگاه صنعا', 'ye-sanaa-airport'), ('فرودگاه بین المللی صنعا', 'ye-sanaa-airport'),
    ('فرودگاه بین\u200cالمللی صنعا', 'ye-sanaa-airport'), ('נמל התעופה בצנעא', 'ye-sanaa-airport'),
    ('שדה התעופה בצנעא', 'ye-sanaa-airport'), ('al-Dailami air base', 'ye-al-dailami-air-base'),
    ('قاعدة الديلمي الجوية', 'ye-al-dailami-air-base'), ('قاعدة الديلمي', 'ye-al-dailami-air-base'),
    ('پایگاه هوایی الدیلمی', 'ye-al-dailami-air-base'), ('Hezyaz power station', 'ye-hezyaz-power-station'),
    ('Haziz power plant', 'ye-hezyaz-power-station'), ('محطة حزيز', 'ye-hezyaz-power-station'),
    ('محطة كهرباء حزيز', 'ye-hezyaz-power-station'), ('نیروگاه حزیز', 'ye-hezyaz-power-station'),
    ('centrale électrique de Hezyaz', 'ye-hezyaz-power-station'), ('תחנת הכוח חזיז', 'ye-hezyaz-power-station'),
    ('Dhahban', 'ye-dhahban'), ('ذهبان', 'ye-dhahban'), ('محطة ذهبان', 'ye-dhahban'), ('Ras Kathib', 'ye-ras-kathib'),
    ('Ras al-Kathib power station', 'ye-ras-kathib'), ('محطة رأس الكثيب', 'ye-ras-kathib'),
    ('نیروگاه راس کثیب', 'ye-ras-kathib'), ("ראס כת'יב", 'ye-ras-kathib'),
    ('Asr power station (Sanaa)', 'ye-asr-power-station'), ('محطة كهرباء عصر', 'ye-asr-power-station'),
    ('Attan', 'ye-attan'), ('Faj Attan', 'ye-attan'), ('فج عطان', 'ye-attan'), ('جبل عطان', 'ye-attan'),
    ("Sa'wan", 'ye-sawan'), ('سعوان', 'ye-sawan'), ('Bani Hushaysh', 'ye-bani-hushaysh'),
    ('Bani Hashish', 'ye-bani-hushaysh'), ('بني حشيش', 'ye-bani-hushaysh'), ('مديرية بني حشيش', 'ye-bani-hushaysh'),
    ('Bani Matar', 'ye-bani-matar'), ('مديرية بني مطر', 'ye-bani-matar'), ('Sanhan', 'ye-sanhan'),
    ('مديرية سنحان', 'ye-sanhan'), ('Hamdan district', 'ye-hamdan'), ('مديرية همدان', 'ye-hamdan'),
    ('Arhab', 'ye-arhab'), ('Nihm', 'ye-nihm'), ('Khawlan', 'ye-khawlan'), ('Thaqban', 'ye-thaqban'),
    ('al-Jiraf (Sanaa)', 'ye-al-jiraf'), ('الجراف', 'ye-al-jiraf'), ("Shu'ub district", 'ye-shuub'),
    ('مديرية شعوب', 'ye-shuub'), ('Jidar (Bani al-Harith)', 'ye-jidr-sanaa'),
    ('presidential palace in Sanaa', 'ye-presidential-palace-sanaa'), ('دار الرئاسة', 'ye-presidential-palace-sanaa'),
    ('Bab al-Yemen', 'ye-bab-al-yemen'), ('Harf Sufyan', 'ye-harf-sufyan'), ('مديرية حرف سفيان', 'ye-harf-sufyan'),
    ('حرف سفيان', 'ye-harf-sufyan'), ('Sahar district', 'ye-sahar-saada'), ('مديرية سحار', 'ye-sahar-saada'),
    ('Majz', 'ye-majz'), ('Takhya', 'ye-takhyah'), ('منطقة طخية', 'ye-takhyah'), ('Kitaf', 'ye-kitaf'),
    ('Dahyan', 'ye-dahyan'), ('Dhahyan', 'ye-dahyan'), ('ضحيان', 'ye-dahyan'), ('Razih', 'ye-razih'),
    ("Shada'a", 'ye-shadaa'), ('Munabbih', 'ye-munabbih'), ('Qatabir', 'ye-qatabir'),
    ('as-Safra (Saada)', 'ye-as-safra-saada'), ('مديرية الصفراء', 'ye-as-safra-saada'), ('Haydan', 'ye-haydan'),
    ('Saqayn (Saada)', 'ye-saqayn'), ('Madghal', 'ye-madghil'), ('Medghal', 'ye-madghil'),
    ('مديرية مدغل', 'ye-madghil'), ('Sirwah', 'ye-sirwah'), ('Serwah', 'ye-sirwah'), ('صرواح', 'ye-sirwah'),
    ('مديرية صرواح', 'ye-sirwah'), ('al-Jubah (Marib)', 'ye-al-jubah'), ('مديرية الجوبة', 'ye-al-jubah'),
    ('Harib', 'ye-harib'), ('Raghwan', 'ye-raghwan'), ('مديرية رغوان', 'ye-raghwan'), ('Majzar', 'ye-majzar'),
    ('مديرية مجزر', 'ye-majzar'), ('Abs (Hajjah)', 'ye-abs-hajjah'), ('مديرية عبس', 'ye-abs-hajjah'),
    ('Washhah', 'ye-washhah'), ('مديرية وشحة', 'ye-washhah'), ('Haradh', 'ye-harad'), ('Midi', 'ye-midi'),
    ('ميدي', 'ye-midi'), ('Kushar', 'ye-kushar'), ('Mustaba', 'ye-mustaba'), ('Buhais (Hajjah)', 'ye-buhays'),
    ('Hayran (Hajjah)', 'ye-hayran'), ('al-Luhayyah', 'ye-al-luhayyah'), ('Luhayyah', 'ye-al-luhayyah'),
    ('اللحية', 'ye-al-luhayyah'), ('مديرية اللحية', 'ye-al-luhayyah'), ('al-Durayhimi', 'ye-ad-durayhimi'),
    ('الدريهمي', 'ye-ad-durayhimi'), ('al-Tuhayta', 'ye-at-tuhayta'), ('التحيتا', 'ye-at-tuhayta'),
    ('al-Mansuriyah', 'ye-al-mansuriyah'), ('مديرية المنصورية', 'ye-al-mansuriyah'),
    ('al-Hawak (Hodeidah)', 'ye-al-hawak'), ('مديرية الحوك', 'ye-al-hawak'), ('al-Hali (Hodeidah)', 'ye-al-hali'),
    ('al-Marawiah', 'ye-al-marawiah'), ('المراوعة', 'ye-al-marawiah'), ('al-Zaydiyah', 'ye-az-zaydiyah'),
    ('الزيدية', 'ye-az-zaydiyah'), ('al-Qanawis', 'ye-al-qanawis'), ('al-Munirah (Hodeidah)', 'ye-al-munirah'),
    ('az-Zuhrah (Hodeidah)', 'ye-az-zuhrah'), ('Bayt al-Faqih', 'ye-bayt-al-faqih'),
    ('Beit al-Faqih', 'ye-bayt-al-faqih'), ('بيت الفقيه', 'ye-bayt-al-faqih'), ('al-Jarrahi', 'ye-al-jarrahi'),
    ('Hays', 'ye-hays'), ('Khokha', 'ye-al-khawkhah'), ('al-Khawkhah', 'ye-al-khawkhah'),
    ('الخوخة', 'ye-al-khawkhah'), ('Mokha', 'ye-mokha'), ('Mocha', 'ye-mokha'), ('Moka', 'ye-mokha'),
    ('al-Mokha', 'ye-mokha'), ('المخا', 'ye-mokha'), ('ميناء المخا', 'ye-mokha'), ('Dhubab', 'ye-dhubab'),
    ('ذباب', 'ye-dhubab'), ('Mukalla', 'ye-mukalla'), ('Aden', 'ye-aden'), ('عدن', 'ye-aden'), ('עדן', 'ye-aden'),
    ('Socotra', 'ye-gov-socotra'), ('سقطرى', 'ye-gov-socotra'), ('Perim', 'ye-perim'), ('Mayun island', 'ye-perim'),
    ('جزيرة ميون', 'ye-perim'), ('Zuqar island', 'ye-zuqar'), ('جزيرة زقر', 'ye-zuqar'),
    ('Hanish islands', 'ye-hanish-islands'), ('جزر حنيش', 'ye-hanish-islands'), ('Abd al-Kuri', 'ye-abd-al-kuri'),
    ('Yarim', 'ye-yarim'), ('يريم', 'ye-yarim'), ("Rada'a", 'ye-rada'), ('Radaa', 'ye-rada'), ('رداع', 'ye-rada'),
    ('Jahran', 'ye-jahran'), ('Jiblah (Ibb)', 'ye-jiblah'), ('Hayfan (Taiz)', 'ye-hayfan'),
    ('al-Mahwit', 'ye-al-mahwit'), ('المحويت', 'ye-al-mahwit'), ('Mahwit province', 'ye-gov-al-mahwit'),
    ('محافظة المحويت', 'ye-gov-al-mahwit'), ('Raymah', 'ye-gov-raymah'), ('محافظة ريمة', 'ye-gov-raymah'),
    ('Red Sea', 'xz-red-sea'), ('the southern Red Sea', 'xz-red-sea'), ('mer Rouge', 'xz-red-sea'),
    ('la mer Rouge', 'xz-red-sea'), ('en mer Rouge', 'xz-red-sea'), ('البحر الأحمر', 'xz-red-sea'),
    ('جنوب البحر الأحمر', 'xz-red-sea'), ('دریای سرخ', 'xz-red-sea'), ('دریای احمر', 'xz-red-sea'),
    ('הים האדום', 'xz-red-sea'), ('ים סוף', 'xz-red-sea'), ('Gulf of Aden', 'xz-gulf-of-aden'),
    ("golfe d'Aden", 'xz-gulf-of-aden'), ("le golfe d'Aden", 'xz-gulf-of-aden'), ('خليج عدن', 'xz-gulf-of-aden'),
    ('خلیج عدن', 'xz-gulf-of-aden'), ('מפרץ עדן', 'xz-gulf-of-aden'), ('Bab el-Mandeb', 'xz-bab-al-mandab'),
    ('Bab al-Mandab', 'xz-bab-al-mandab'), ('Bab al-Mandab Strait', 'xz-bab-al-mandab'),
    ('détroit de Bab el-Mandeb', 'xz-bab-al-mandab'), ('détroit de Bab al-Mandab', 'xz-bab-al-mandab'),
    ('مضيق باب المندب', 'xz-bab-al-mandab'), ('باب المندب', 'xz-bab-al-mandab'),
    ('تنگه باب المندب', 'xz-bab-al-mandab'), ('تنگه باب\u200cالمندب', 'xz-bab-al-mandab'),
    ('باب\u200cالمندب', 'xz-bab-al-mandab'), ('מצר באב אל-מנדב', 'xz-bab-al-mandab'),
    ('מיצר באב אל-מנדב', 'xz-bab-al-mandab'), ('מצרי באב אל-מנדב', 'xz-bab-al-mandab'),
    ('Arabian Sea', 'xz-arabian-sea'), ("mer d'Arabie", 'xz-arabian-sea'), ('البحر العربي', 'xz-arabian-sea'),
    ('بحر العرب', 'xz-arabian-sea'), ('دریای عرب', 'xz-arabian-sea'), ('הים הערבי', 'xz-arabian-sea'),
    ('Yemen', 'cc-ye'), ('Yémen', 'cc-ye'), ('اليمن', 'cc-ye'), ('یمن', 'cc-ye'), ('תימן', 'cc-ye'),
    ('נמל התעופה צנעא', 'ye-sanaa-airport'), ('שדה התעופה צנעא', 'ye-sanaa-airport'),
    ('נמל התעופה חודיידה', 'ye-hodeidah-airport'), ('נמל הנפט ראס עיסא', 'ye-ras-isa'),
    ("מפעל המלט בבאג'ל", 'ye-cement-factory-bajil'), ('באב אל-מנדב', 'xz-bab-al-mandab'),
    ('מחוז עמראן', 'ye-gov-amran'), ('מחוז צעדה', 'ye-gov-saada'), ("מחוז אל-ג'וף", 'ye-gov-al-jawf'),
    ("אל-ג'וף", 'ye-gov-al-jawf'), ('מחוז מאריב', 'ye-gov-marib'), ("ח'ג'ה", 'ye-hajjah'), ("חג'ה", 'ye-hajjah'),
    ('זביד', 'ye-zabid'), ('אל-בידא', 'ye-al-bayda'), ('אל-בַּיְדָא', 'ye-al-bayda'), ('מוכלא', 'ye-mukalla'),
    ('אל-מוכלא', 'ye-mukalla'), ('סוקוטרה', 'ye-gov-socotra'), ('כמראן', 'ye-kamaran'), ('סנחאן', 'ye-sanhan'),
    ('ארמון הנשיאות בצנעא', 'ye-presidential-palace-sanaa'), ('נמל התעופה בחודיידה', 'ye-hodeidah-airport'),
    ("מחוז חג'ה", 'ye-gov-hajjah'), ("מחוז ד'מאר", 'ye-gov-dhamar'), ('טאיז', 'ye-taiz'), ('מחוז תעז', 'ye-gov-taiz'),
    ('בסיס אל-דילמי', 'ye-al-dailami-air-base'), ('בסיס חיל האוויר אל-דילמי', 'ye-al-dailami-air-base'),
    ('Taez', 'ye-taiz'), ('Saada (Yémen)', 'ye-saada'), ('Amrane', 'ye-amran'), ('Marib (Yémen)', 'ye-marib'),
    ('Hajja (Yémen)', 'ye-hajjah'), ('al-Baïda', 'ye-al-bayda'), ('Dhamar (Yémen)', 'ye-dhamar'),
    ('Moukalla', 'ye-mukalla'), ('Zinjibar', 'ye-zinjibar'), ('île de Périm', 'ye-perim'),
    ('île de Socotra', 'ye-gov-socotra'), ('archipel de Socotra', 'ye-gov-socotra'),
    ('îles Hanish', 'ye-hanish-islands'), ('détroit de Bab-el-Mandeb', 'xz-bab-al-mandab'),
    ('Ras Issa (Yémen)', 'ye-ras-isa'), ('port de Moka', 'ye-mokha'), ('Zabid (Yémen)', 'ye-zabid'),
    ('Bajil (Yémen)', 'ye-bajil'), ('centrale de Ras Kathib', 'ye-ras-kathib'),
    ("base aérienne d'al-Dailami", 'ye-al-dailami-air-base'),
    ('palais présidentiel de Sanaa', 'ye-presidential-palace-sanaa'), ('Al-Jawf', 'ye-gov-al-jawf'),
    ('Jawf', 'ye-gov-al-jawf'), ('Al-Jouf (Yémen)', 'ye-gov-al-jawf'), ('البیضاء', 'ye-al-bayda'),
    ('الجوف', 'ye-gov-al-jawf'), ('استان الجوف یمن', 'ye-gov-al-jawf'), ('رأس عیسی', 'ye-ras-isa'),
    ('بندر المخا', 'ye-mokha'), ('بندر عدن', 'ye-aden'), ('مکلا', 'ye-mukalla'), ('المکلا', 'ye-mukalla'),
    ('سقطری', 'ye-gov-socotra'), ('جزیره سقطری', 'ye-gov-socotra'), ('جزیره میون', 'ye-perim'),
    ('جزیره زقر', 'ye-zuqar'), ('جزایر حنیش', 'ye-hanish-islands'), ('فرودگاه حدیده', 'ye-hodeidah-airport'),
    ('فرودگاه بین المللی الحدیده', 'ye-hodeidah-airport'), ('نیروگاه ذهبان', 'ye-dhahban'),
    ('کاخ ریاست جمهوری صنعا', 'ye-presidential-palace-sanaa'), ('شهرستان سنحان', 'ye-sanhan'),
    ('منطقه سنحان', 'ye-sanhan'), ('منطقه صعوان', 'ye-sawan'), ('بنی حشیش', 'ye-bani-hushaysh'),
    ('بنی مطر', 'ye-bani-matar'), ('حرف سفیان', 'ye-harf-sufyan'), ('اللحیه', 'ye-al-luhayyah'), ('סעדה', 'ye-saada'),
    ('מחוז סעדה', 'ye-gov-saada'), ('במחוז סעדה', 'ye-gov-saada'), ('רדאע', 'ye-rada'), ('העיר רדאע', 'ye-rada'),
    ('אל-בידאא', 'ye-al-bayda'), ('מחוז אל-בידאא', 'ye-gov-al-bayda'), ('בסיס א-דילמי', 'ye-al-dailami-air-base'),
    ('א-דילמי', 'ye-al-dailami-air-base'), ('ad-Dahi district (Hodeidah)', 'ye-ad-dahi'),
    ('الضحي (الحديدة)', 'ye-ad-dahi'), ('al-Dahi (Hodeidah)', 'ye-ad-dahi'), ('al-Kadan, Hodeidah', 'ye-al-kadan'),
    ('الكدن (الحديدة)', 'ye-al-kadan'), ('منطقة الكدن', 'ye-al-kadan'), ('Bura district', 'ye-bura'),
    ("Bura'a district", 'ye-bura'), ('مديرية برع', 'ye-bura'), ('Bura', 'ye-bura'), ("Bura'a", 'ye-bura'),
    ('al-Jah al-Asfal', 'ye-al-jah-al-asfal'), ('الجاح الأسفل', 'ye-al-jah-al-asfal'),
    ("al-Jah al-A'la", 'ye-al-jah-al-ala'), ('الجاح الأعلى', 'ye-al-jah-al-ala'),
    ('al-Husn district (Sanaa)', 'ye-al-husn-sanaa'), ('مديرية الحصن', 'ye-al-husn-sanaa'),
    ('al-Haymah al-Kharijiyah', 'ye-al-haymah-al-kharijiyah'),
    ('مديرية الحيمة الخارجية', 'ye-al-haymah-al-kharijiyah'), ('الحيمة الخارجية', 'ye-al-haymah-al-kharijiyah'),
    ('مديرية مناخة', 'ye-manakhah'), ('Dharawan (Hamdan)', 'ye-darwan-hamdan'),
    ('Dhurwan area in Hamdan', 'ye-darwan-hamdan'), ('ضروان بمديرية همدان', 'ye-darwan-hamdan'),
    ('ضروان (همدان)', 'ye-darwan-hamdan'), ('al-Malika (Bani Hushaysh)', 'ye-al-mulkah'),
    ('الملكة بمديرية بني حشيش', 'ye-al-mulkah'), ('Hadda (Sanaa)', 'ye-haddah'),
    ('Hadda south of Sanaa', 'ye-haddah'), ('حدة (صنعاء)', 'ye-haddah'),
    ('Jabal al-Nabi Shuayb', 'ye-jabal-an-nabi-shuayb'), ('جبل النبي شعيب', 'ye-jabal-an-nabi-shuayb'),
    ("Jabal an-Nabi Shu'ayb", 'ye-jabal-an-nabi-shuayb'), ('Mount Nabi Shuayb', 'ye-jabal-an-nabi-shuayb'),
    ('Khab wa al-Shaaf', 'ye-khabb-wa-ash-shaaf'), ('مديرية خب والشعف', 'ye-khabb-wa-ash-shaaf'),
    ('خب والشعف', 'ye-khabb-wa-ash-shaaf'), ("Khabb wa ash Sha'af", 'ye-khabb-wa-ash-shaaf'),
    ('Khab wa Shaaf district', 'ye-khabb-wa-ash-shaaf'), ('Khalaq district (al-Jawf)', 'ye-al-khalq'),
    ('مديرية خلق', 'ye-al-khalq'), ('Bart al-Anan', 'ye-bart-al-anan'), ('Barat al-Anan', 'ye-bart-al-anan'),
    ('برط العنان', 'ye-bart-al-anan'), ('مديرية برط العنان', 'ye-bart-al-anan'),
    ('al-Abdiyah district (Marib)', 'ye-al-abdiyah'), ('مديرية العبدية', 'ye-al-abdiyah'),
    ('Al Ammar (Saada)', 'ye-al-ammar-saada'), ('آل عمار (الصفراء)', 'ye-al-ammar-saada'),
    ('آل عمار بمديرية الصفراء', 'ye-al-ammar-saada'), ('Sahlin (Saada)', 'ye-as-sahlayn'),
    ('سهلين (كتاف)', 'ye-as-sahlayn'), ('al-Jabeen (Raymah)', 'ye-al-jabin'), ('مديرية الجبين', 'ye-al-jabin'),
    ('Al-Jabeen district (Raymah)', 'ye-al-jabin'), ('al-Zahir (al-Bayda)', 'ye-az-zahir-bayda'),
    ('الزاهر (البيضاء)', 'ye-az-zahir-bayda'), ('off Hodeidah', 'ye-hodeidah'),
    ('off the coast of Hodeidah', 'ye-hodeidah'), ('51 nautical miles southwest of Hodeidah', 'ye-hodeidah'),
    ('65NM West of Al Hudaydah', 'ye-hodeidah'), ('45 nautical miles south of Mokha', 'ye-mokha'),
    ('80 nautical miles southeast of Aden', 'ye-aden'), ('off Aden', 'ye-aden'),
    ('au large de Hodeïda', 'ye-hodeidah'), ('قبالة سواحل الحديدة', 'ye-hodeidah'), ('قبالة الحديدة', 'ye-hodeidah'),
    ('قبالة المخا', 'ye-mokha'), ('غرب الحديدة', 'ye-hodeidah'), ('شمال غرب الحديدة', 'ye-hodeidah'),
    ('מול חופי תימן', 'cc-ye'), ('מול חודיידה', 'ye-hodeidah'), ('off Nishtun', 'ye-nishtun'),
    ('southern Red Sea', 'xz-red-sea'), ('Moka (Yémen)', 'ye-mokha'), ("Sanaa's old city", 'ye-sanaa'),
    ('the Old City of Sanaa', 'ye-sanaa'),
]

#: Names of places held before that the new rows stand by or sound like: each keeps its place.
NEIGHBOURS: list[tuple[str, str]] = [
    ('Menagh', 'sy-menagh-air-base'), ('Minakh', 'sy-menagh-air-base'), ('Jebbayn', 'lb-jebbayn'),
    ('Raymah', 'ye-gov-raymah'), ('Kilakah', 'iq-kilakah'), ('Al Ubaydi', 'iq-al-ubaydi'), ('Darwina', 'iq-darwinah'),
    ('Zayrwan', 'iq-zayrwan'), ("Ku'aydinah", 'ye-kuaydinah'), ('Hamdan district', 'ye-hamdan'),
    ('Bani Hushaysh', 'ye-bani-hushaysh'), ('Sanhan', 'ye-sanhan'), ('Bani Matar', 'ye-bani-matar'),
    ('Kitaf', 'ye-kitaf'), ('Saada', 'ye-saada'), ('Al Hazm', 'ye-al-hazm'), ('Marib', 'ye-marib'),
    ('Hodeidah', 'ye-hodeidah'), ('Bajil', 'ye-bajil'), ('Bayt al-Faqih', 'ye-bayt-al-faqih'),
    ('Al Bayda', 'ye-al-bayda'),
    ('Attan', 'ye-attan'), ('Al-Malikiyah', 'sy-malikiyah'), ('Beirut', 'lb-beirut'), ('Bahranan', 'iq-bahranan'),
    ('Harib', 'ye-harib'), ('Munabbih', 'ye-munabbih'), ("Shu'aybah", 'iq-shuaybah'), ('Al-Kharj', 'sa-al-kharj'),
    ('as-Safra (Saada)', 'ye-as-safra-saada'), ('Dahyan', 'ye-dahyan'), ('Dahieh', 'lb-dahieh'),
    ('Al Hali (Hodeidah)', 'ye-al-hali'), ('al-Hawak (Hodeidah)', 'ye-al-hawak'), ('Majzar', 'ye-majzar'),
    ('Majz', 'ye-majz'), ('Hamadan', 'ir-hamadan'), ('همدان', 'ir-hamadan'), ('Markazi', 'ir-gov-markazi'),
    ('مرکزی', 'ir-gov-markazi'), ('شهرستان تهران', 'ir-tehran'), ('Sirri Island', 'ir-sirri-island'),
    ('Khan al-Sheih', 'sy-khan-al-sheih'), ('Dhi Qar', 'iq-gov-dhi-qar'), ('Mokha', 'ye-mokha'), ('Taiz', 'ye-taiz'),
    ('Hajjah', 'ye-hajjah'), ("Rada'a", 'ye-rada'), ('Socotra', 'ye-gov-socotra'),
    ('Raymah governorate', 'ye-gov-raymah'),
    ('Jabal Attan', 'ye-attan'), ('Sahar district', 'ye-sahar-saada'), ('مديرية اللحية', 'ye-al-luhayyah'),
    ('Al Jawf', 'ye-gov-al-jawf'), ('Jiblah (Ibb)', 'ye-jiblah'), ('Hezyaz power station', 'ye-hezyaz-power-station'),
    ('Orot Rabin power station', 'il-orot-rabin-power-station'), ('חדרה', 'il-hadera'),
]

#: Words a report writes that are no place of the file (the bare names the rows leave out, and the places left out).
NOT_PLACES = ["Hadda", "حدة", "الملكة", "Malika", "آل عمار", "Ammar", "السهلين", "سهلين", "Sahlin", "الجبين",
              "al-Jabin", "Jabeen", "الحصن", "al-Husn", "Husn", "خلق", "Khalq", "Khalaq", "العبدية", "al-Abdiyah",
              "الزاهر", "al-Zahir", "الضحي", "al-Dahi", "Dahi", "الكدن", "al-Kadan", "ضروان", "Dhurwan", "Dharawan",
              "برع", "الجاح", "al-Jah", "Manakhah", "مناخة", "Jabal Nuqum", "جبل نقم", "al-Nahdayn", "Farwa",
              "al-Sabeen", "Jarban", "جربان", "al-Yatmah", "Qahza", "Al Salem district", "بخش", "بخش مرکزی", "بخش سحار",
              "بخش الصفراء", "مديرية الضحي", "Sardud", "al-Urj", "Rujam", "Wadi al-Ajbar"]

globals().update(curated_file_tests(REPORTED_PLACES68, REFERENCE, SPELLINGS, NEIGHBOURS, NOT_PLACES))


#: Sentences written for this test in the reports' words: (sentence, places it must name).
SENTENCES = [
    ("US warplanes carried out two strikes on the Bura district of Hodeidah province on Friday.", {"ye-bura"}),
    ("غارات أمريكية استهدفت مديرية خب والشعف بمحافظة الجوف", {"ye-khabb-wa-ash-shaaf"}),
    ("شنت الطائرات الأمريكية غارات على مديرية برط العنان في محافظة الجوف", {"ye-bart-al-anan"}),
    ("غارتان على جبل النبي شعيب في مديرية بني مطر غرب صنعاء", {"ye-jabal-an-nabi-shuayb", "ye-bani-matar"}),
    ("Airstrikes hit the government complex in Al-Jabeen district of Raymah province.", {"ye-al-jabin"}),
    ("غارات أمريكية على مديرية الحيمة الخارجية ومديرية حرف سفيان", {"ye-al-haymah-al-kharijiyah", "ye-harf-sufyan"}),
    ("The strikes also hit the Dhurwan area in Hamdan district, Sanaa province.", {"ye-darwan-hamdan"}),
    ("استهدف الطيران الأمريكي موقعا في منطقة الكدن بمديرية الضحي", {"ye-al-kadan"}),
    ("ضربات على الجاح الأسفل في مديرية بيت الفقيه", {"ye-al-jah-al-asfal"}),
    ("حملات هوایی آمریکا بخش مجز و بخش حرف سفیان را هدف قرار داد", {"ye-majz", "ye-harf-sufyan"}),
    ("שלוש תקיפות בסעדה ובעיר רדאע", {"ye-saada", "ye-rada"}),
    ("Frappes américaines sur le palais présidentiel de Sanaa et les îles Hanish",
     {"ye-presidential-palace-sanaa", "ye-hanish-islands"}),
]


@pytest.mark.parametrize(("sentence", "place_ids"), SENTENCES)
def test_the_extractor_reads_the_spellings_in_report_sentences(sentence, place_ids):
    import geoincidents as gi  # noqa: PLC0415 (the extractor, on sentences written for this test)

    places = gi.extract_report(sentence, published="2025-04-20").places
    assert place_ids <= set(places["place_id"])
