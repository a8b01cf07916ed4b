"""Baghdad as the strike and rocket reports of 2019-2025 name it, in English, Arabic and some Persian, Sorani and
Turkish: the quarters and districts of the city (Mansour, Harithiya, Yarmouk, Ghazaliya, Shula, Hay al-Jihad, Rusafa,
Karkh, Waziriya, Hurriya, Husseiniya, Bab al-Muadham, Qahira, Adhamiya, Kadhimiya, Sadr City, Baladiyat, Zayouna,
Karrada, Jadriya, Mashtal, Palestine Street, Amiriya, Saydiya, Dora, Camp Rashid and the airport road) and the towns of
the governorate (Nahrawan, Mahmudiya, Yusufiya, Latifiya, Tarmiya, al-Mada'in/Salman Pak, Jisr Diyala, Mashahda, Taji,
Abu Ghraib, Radwaniya), that the gazetteer did not hold, or held under a spelling that missed the report's
(``places/reported_places72.csv``, and two names added to a row held before): the cov72 check. The PMF camps, depots
and the quarters south of the city were the cov69 round.

The check. Report pages of the stored corpus (search "pages"): the Security Media Cell's statements of the
2020-2021 Katyusha attacks as Reuters, AFP, AP, Xinhua, Anadolu, ESTA, Iraqi News, Al Arabiya, Asharq al-Awsat,
Sputnik, Shafaq News, Alsumaria and Al Jazeera carry them (the launch points "شقق حي السلام / حي الجهاد", "حي الأمانة",
"ملعب الشعب", "منطقة علي الصالح", "الزيتون في قضاء أبي غريب", "البيجية", "كرارة في الدورة"; the falls "في منطقة
المنصور", "في منطقة الحارثية", "الجادرية", "Zafaraniyah district"), the US drone strikes of January and February 2024
(the al-Mashtal neighbourhood, Palestine Street, the PMF's logistics headquarters), the depot blasts of Abu Dshir,
Yusufiya, Latifiya and Jurf al-Naddaf, and Persian pages of Mehr and Tabnak (الجادریه, الکراده, المنصوره). Those
reports' spellings and the common variants of each (al-/no article, -iya/-iyah/-iyeh, Arabic with and without the
article, حي/منطقة, Persian and Sorani script, Turkish) were looked up with ``resolve`` at the branch's start (7b057ef)
and again after this change: 531 spellings. ``SPELLINGS`` below is the table of those that name a place the gazetteer
holds now, each with the place it means: 363 spellings of 58 places, of which 289 resolved right before and all 363
after. Most of the theme was held (Kadhimiya, Adhamiya, Sadr City, Karrada, Jadriya, Zayouna, Baladiyat, Mashtal,
Amiriya, Saydiya, Dora, Radwaniya, the towns of the governorate, Karkh, Rusafa, Hurriya, Husseiniya and Yarmouk with
Baghdad) and is only tested here; the gaps were Mansour, Hay al-Jihad, Qahira and Waziriya of Baghdad and Jisr Diyala,
which no file held (with Baghdad they found Baghdad as a container, and "Qahira (Baghdad)" and "القاهرة (بغداد)" found
Cairo, "Hay al-Waziriya" Amiriya by likeness), and "Yarmuk (Baghdad)".

Rows added, the reference coordinates typed again in ``REFERENCE``:

- Mansour (the countries-states-cities database's neighbourhood point, from GeoNames, its city id in the source; the
  three Katyusha rockets that fell there by the Red Crescent hospital, al-Zaitoun and al-Amirat streets (Xinhua),
  the three of November 2021 (AFP) and the rocket of March 2020 that fell near the law-enforcement command, as the
  Security Media Cell put it), held only with Baghdad or with "Hay": Mansour and المنصور are a given name, which
  ``test_iraq_localities.py`` keeps out, and "Mansour district" and "al-Mansour neighborhood" drop the descriptor
  and leave it bare;
- Hay al-Jihad (the same database's point; the launch point the Security Media Cell named for the rockets of September
  and October 2020 at the airport and Jadriya), held as "Hay al-Jihad" (the normaliser keeps the Latin "Hay") and with
  Baghdad: الجهاد and Jihad are words, and حي is dropped from the Arabic, so حي الجهاد stays bare;
- Qahira and Waziriya of Adhamiya district (GeoNames records as Who's On First's Iraq repository carries them), held
  only with Baghdad or "Hay": Qahira and القاهرة are Cairo, and a bare Waziriya hears the given name Wazir
  (``test_iraq_localities.py``);
- Jisr Diyala, the sub-district of al-Mada'in where the Diyala meets the Tigris (the Arabic Wikipedia's arc-minute
  point, 33°13′N 44°32′E; ``test_iraq_places8.py`` and ``test_kurdistan_villages.py`` had left it out for want of a
  reference); Natural Earth's coarse polygons put that point in Diyala, and the row takes the polygon's province, as
  Husseiniya's and Rashidiya's do (``test_iraq_places8.py``).

A name added to a row held before: "Yarmuk (Baghdad)" and "al-Yarmuk (Baghdad)" on Yarmouk (``strike_sites3.csv``).

Left as decided before (not in ``SPELLINGS``): the bare Mansour, Jihad, Hurriya, Yarmouk, Rusafa, Husseiniya, Qahira,
Waziriya and their Arabic (words, given names, other places' names; "Mansour" still reaches al-Mansuriyah of Yemen by
sound, "Waziriya" Wiriyah of Nineveh and "Husseiniya" Huseiniya of Israel, as before), "Hay al-Hurriya" and "Hay
al-Yarmouk" (``test_iraq_places8.py``), Ghazaliya (the unknown name ``test_phrases.py`` reads inside Baghdad as a
container, and the database's point falls in Anbar's polygon: "Ghazaliya" still goes to Khaz'aliyah of Syria by sound),
Bab al-Muadham (the database's point lies across the Tigris; "Bab al-Muadham" still finds al-Bab in Syria by its first
word), "Salman Bak" (``test_strike_sites3.py``), Madain and المدائن (``test_iraq_places8.py``), al-Mashahda
(``test_reported_places60.py``), Bataween, Tahrir Square, Arasat and العرصات, and البلديات (a word,
``test_common_words_not_places.py``). "Palestine Street, Baghdad", "طريق مطار بغداد" and "Mashahda (Taji)" find
Baghdad, the airport and Taji as their containers, as decided, and are tested so.

Left out, no reference point found: Harithiya (the database's point lies 10 km off, by Dora; "Harithiya" still goes to
al-Harithah of Basra by sound), Shula (Who's On First's neighbourhood carries no GeoNames record, and the Wikipedia
article gives no coordinates), Nahrawan (GeoNames' An Nahrawan is in Wasit, as ``test_reported_places69.py`` found;
"Nahrawan" still goes to Nahawah of Nineveh by likeness), Camp Rashid (no record of the camp found), Jurf al-Naddaf by
Bismaya (the blast of November 2025; no record found), Hay al-Salam/al-Tobchi, al-Amana and Ali al-Saleh (launch
points; no record found).
"""
from __future__ import annotations

from pathlib import Path

import pytest

from .placerows import curated_file_tests

ROOT = Path(__file__).resolve().parents[2]
REPORTED_PLACES72 = ROOT / "gazetteer" / "data" / "places" / "reported_places72.csv"

#: id: (lat, lon as the reference gives them, reference as the row's ``source`` names it); the record's name in the
#: comment
REFERENCE: dict[str, tuple[float, float, str]] = {
    # the countries-states-cities database (contributions/cities/IQ.json), its GeoNames neighbourhood points
    "iq-mansour": (33.3142296, 44.3363123, "dr5hn-csc:153242"),  # Mansour
    "iq-hay-al-jihad": (33.252892, 44.2923118, "dr5hn-csc:153237"),  # Jihad
    # GeoNames records as Who's On First's Iraq repository carries them
    "iq-qahira-baghdad": (33.380527, 44.395413, "geonames:387289"),  # Al Qåhirah
    "iq-waziriya-baghdad": (33.375836, 44.37445, "geonames:6201147"),  # Al Wazīrīyah
    # the Arabic Wikipedia's infobox, 33°13′N 44°32′E
    "iq-jisr-diyala": (33.21667, 44.53333, "arwiki:جسر_ديالى"),
}

#: (as a report writes it, the place): the cov72 table, written for these tests, modelled on what reports say
SPELLINGS: list[tuple[str, str]] = [
    ('Mansour (Baghdad)', 'iq-mansour'), ('al-Mansour (Baghdad)', 'iq-mansour'), ('Mansour, Baghdad', 'iq-mansour'),
    ('al-Mansour, Baghdad', 'iq-mansour'), ('Mansur (Baghdad)', 'iq-mansour'), ('al-Mansur (Baghdad)', 'iq-mansour'),
    ('Mansour district of Baghdad', 'iq-mansour'), ('al-Mansour district of Baghdad', 'iq-mansour'),
    ("Baghdad's Mansour district", 'iq-mansour'), ("Baghdad's al-Mansour neighborhood", 'iq-mansour'),
    ('Mansour in Baghdad', 'iq-mansour'), ('al-Mansour in Baghdad', 'iq-mansour'), ('Hay al-Mansour', 'iq-mansour'),
    ('Hay al-Mansur', 'iq-mansour'), ('المنصور (بغداد)', 'iq-mansour'), ('منطقة المنصور (بغداد)', 'iq-mansour'),
    ('حي المنصور (بغداد)', 'iq-mansour'), ('منطقة المنصور في بغداد', 'iq-mansour'),
    ('حي المنصور في بغداد', 'iq-mansour'), ('المنصور ببغداد', 'iq-mansour'), ('منطقة المنصور ببغداد', 'iq-mansour'),
    ('منصور (بغداد)', 'iq-mansour'), ('منطقه منصور بغداد', 'iq-mansour'), ('محله المنصور بغداد', 'iq-mansour'),
    ('Hay al-Jihad', 'iq-hay-al-jihad'), ('Hay Al-Jihad', 'iq-hay-al-jihad'), ('Hay al Jihad', 'iq-hay-al-jihad'),
    ('Hai al-Jihad', 'iq-hay-al-jihad'), ('Hayy al-Jihad', 'iq-hay-al-jihad'), ('Hay al-Jehad', 'iq-hay-al-jihad'),
    ('Jihad (Baghdad)', 'iq-hay-al-jihad'), ('al-Jihad (Baghdad)', 'iq-hay-al-jihad'),
    ('Hay al-Jihad (Baghdad)', 'iq-hay-al-jihad'), ('Hay al-Jihad, Baghdad', 'iq-hay-al-jihad'),
    ('Jihad, Baghdad', 'iq-hay-al-jihad'), ('al-Jihad, Baghdad', 'iq-hay-al-jihad'),
    ('Hay al-Jihad in Baghdad', 'iq-hay-al-jihad'), ('al-Jihad neighborhood of Baghdad', 'iq-hay-al-jihad'),
    ('Jihad neighborhood of Baghdad', 'iq-hay-al-jihad'), ("Baghdad's Jihad neighborhood", 'iq-hay-al-jihad'),
    ("Baghdad's al-Jihad district", 'iq-hay-al-jihad'), ('Hay al-Jihad neighborhood', 'iq-hay-al-jihad'),
    ('حي الجهاد (بغداد)', 'iq-hay-al-jihad'), ('الجهاد (بغداد)', 'iq-hay-al-jihad'),
    ('حي الجهاد في بغداد', 'iq-hay-al-jihad'), ('منطقة الجهاد في بغداد', 'iq-hay-al-jihad'),
    ('حي الجهاد ببغداد', 'iq-hay-al-jihad'), ('محله جهاد بغداد', 'iq-hay-al-jihad'),
    ('Yarmouk (Baghdad)', 'iq-yarmouk-baghdad'), ('al-Yarmouk (Baghdad)', 'iq-yarmouk-baghdad'),
    ('Yarmouk, Baghdad', 'iq-yarmouk-baghdad'), ('al-Yarmouk, Baghdad', 'iq-yarmouk-baghdad'),
    ('Yarmouk district of Baghdad', 'iq-yarmouk-baghdad'), ('Yarmuk (Baghdad)', 'iq-yarmouk-baghdad'),
    ('اليرموك (بغداد)', 'iq-yarmouk-baghdad'), ('حي اليرموك (بغداد)', 'iq-yarmouk-baghdad'),
    ('Rusafa (Baghdad)', 'iq-rusafa'), ('al-Rusafa (Baghdad)', 'iq-rusafa'), ('Resafa (Baghdad)', 'iq-rusafa'),
    ('al-Rasafa (Baghdad)', 'iq-rusafa'), ('جانب الرصافة', 'iq-rusafa'), ('الرصافة (بغداد)', 'iq-rusafa'),
    ('Hurriya (Baghdad)', 'iq-hurriya'), ('al-Hurriya (Baghdad)', 'iq-hurriya'),
    ('Hay al-Hurriya (Baghdad)', 'iq-hurriya'), ('Hurriyah (Baghdad)', 'iq-hurriya'),
    ('Hurriya, Baghdad', 'iq-hurriya'), ('حي الحرية (بغداد)', 'iq-hurriya'), ('الحرية (بغداد)', 'iq-hurriya'),
    ('Waziriya (Baghdad)', 'iq-waziriya-baghdad'), ('al-Waziriya (Baghdad)', 'iq-waziriya-baghdad'),
    ('Waziriyah (Baghdad)', 'iq-waziriya-baghdad'), ('Waziriya, Baghdad', 'iq-waziriya-baghdad'),
    ('Hay al-Waziriya', 'iq-waziriya-baghdad'), ('الوزيرية (بغداد)', 'iq-waziriya-baghdad'),
    ('Husseiniya (Baghdad)', 'iq-husseiniya-baghdad'), ('al-Husseiniya (Baghdad)', 'iq-husseiniya-baghdad'),
    ('Husayniyah (Baghdad)', 'iq-husseiniya-baghdad'), ('Husseiniyah (Baghdad)', 'iq-husseiniya-baghdad'),
    ('Hosseinia (Baghdad)', 'iq-husseiniya-baghdad'), ('Husseiniya, Baghdad', 'iq-husseiniya-baghdad'),
    ('الحسينية (بغداد)', 'iq-husseiniya-baghdad'), ('Hay al-Qahira', 'iq-qahira-baghdad'),
    ('Qahira (Baghdad)', 'iq-qahira-baghdad'), ('al-Qahira (Baghdad)', 'iq-qahira-baghdad'),
    ('Qahira, Baghdad', 'iq-qahira-baghdad'), ('Hay al-Qahira (Baghdad)', 'iq-qahira-baghdad'),
    ('حي القاهرة (بغداد)', 'iq-qahira-baghdad'), ('القاهرة (بغداد)', 'iq-qahira-baghdad'),
    ('Adhamiya', 'iq-adhamiyah'), ('Adhamiyah', 'iq-adhamiyah'), ('al-Adhamiya', 'iq-adhamiyah'),
    ('al-Adhamiyah', 'iq-adhamiyah'), ('Azamiya', 'iq-adhamiyah'), ('Aadhamiya', 'iq-adhamiyah'),
    ('Azamiyah', 'iq-adhamiyah'), ('Adhamiya district', 'iq-dist-adhamiyah'),
    ('Adhamiyah District', 'iq-dist-adhamiyah'), ('الأعظمية', 'iq-adhamiyah'), ('الاعظمية', 'iq-adhamiyah'),
    ('منطقة الأعظمية', 'iq-adhamiyah'), ('قضاء الأعظمية', 'iq-dist-adhamiyah'), ('اعظمیه', 'iq-adhamiyah'),
    ('Kadhimiya', 'iq-kadhimiya'), ('Kadhimiyah', 'iq-kadhimiya'), ('al-Kadhimiya', 'iq-kadhimiya'),
    ('Kazimiyah', 'iq-kadhimiya'), ('Kadhimain', 'iq-kadhimiya'), ('Kazimain', 'iq-kadhimiya'),
    ('al-Kadhimiyah', 'iq-kadhimiya'), ('Kadhimiya district', 'iq-dist-kadhimiya'), ('الكاظمية', 'iq-kadhimiya'),
    ('منطقة الكاظمية', 'iq-kadhimiya'), ('قضاء الكاظمية', 'iq-dist-kadhimiya'), ('مدينة الكاظمية', 'iq-kadhimiya'),
    ('کاظمین', 'iq-kadhimiya'), ('کاظمیه', 'iq-kadhimiya'), ('Sadr City', 'iq-sadr-city'),
    ('Madinat al-Sadr', 'iq-sadr-city'), ('al-Sadr City', 'iq-sadr-city'), ('Thawra', 'iq-sadr-city'),
    ('Sadr city', 'iq-sadr-city'), ('مدينة الصدر', 'iq-sadr-city'), ('شهرک صدر', 'iq-sadr-city'),
    ('شهر صدر', 'iq-sadr-city'), ('Baladiyat', 'iq-baladiyat'), ('al-Baladiyat', 'iq-baladiyat'),
    ('Baladiyaat', 'iq-baladiyat'), ('Zayouna', 'iq-zayouna'), ('Zayuna', 'iq-zayouna'), ('al-Zayouna', 'iq-zayouna'),
    ('Ziyouna', 'iq-zayouna'), ('Zayona', 'iq-zayouna'), ('زيونة', 'iq-zayouna'), ('حي زيونة', 'iq-zayouna'),
    ('منطقة زيونة', 'iq-zayouna'), ('Karrada', 'iq-karrada'), ('Karada', 'iq-karrada'), ('Karradah', 'iq-karrada'),
    ('al-Karrada', 'iq-karrada'), ('Karrada Dakhil', 'iq-karrada'), ('الكرادة', 'iq-karrada'),
    ('منطقة الكرادة', 'iq-karrada'), ('کراده', 'iq-karrada'), ('Jadriya', 'iq-jadriya'), ('Jadriyah', 'iq-jadriya'),
    ('al-Jadriya', 'iq-jadriya'), ('Jadiriya', 'iq-jadriya'), ('al-Jadiriya', 'iq-jadriya'),
    ('الجادرية', 'iq-jadriya'), ('منطقة الجادرية', 'iq-jadriya'), ('جادریه', 'iq-jadriya'), ('Mashtal', 'iq-mashtal'),
    ('al-Mashtal', 'iq-mashtal'), ('Mashtel', 'iq-mashtal'), ('al-Mashtel', 'iq-mashtal'), ('المشتل', 'iq-mashtal'),
    ('منطقة المشتل', 'iq-mashtal'), ('حي المشتل', 'iq-mashtal'), ('Amiriya', 'iq-amiriya'),
    ('Amiriyah', 'iq-amiriya'), ('al-Amiriya', 'iq-amiriya'), ('Ameriya', 'iq-amiriya'), ('Ameriyah', 'iq-amiriya'),
    ('Amariya', 'iq-amiriya'), ('العامرية', 'iq-amiriya'), ('حي العامرية', 'iq-amiriya'),
    ('منطقة العامرية', 'iq-amiriya'), ('Saydiya', 'iq-saydiya'), ('Saidiya', 'iq-saydiya'),
    ('Saidiyah', 'iq-saydiya'), ('al-Saydiya', 'iq-saydiya'), ('Sayidiya', 'iq-saydiya'), ('السيدية', 'iq-saydiya'),
    ('حي السيدية', 'iq-saydiya'), ('منطقة السيدية', 'iq-saydiya'), ('Dora', 'iq-dora'), ('Doura', 'iq-dora'),
    ('Dawra', 'iq-dora'), ('al-Dora', 'iq-dora'), ('al-Doura', 'iq-dora'), ('al-Dawrah', 'iq-dora'),
    ('الدورة', 'iq-dora'), ('منطقة الدورة', 'iq-dora'), ('حي الدورة', 'iq-dora'),
    ('Baghdad airport road', 'iq-baghdad-international-airport'),
    ('Baghdad Airport Road', 'iq-baghdad-international-airport'), ('Baghdad', 'iq-baghdad'), ('Bagdad', 'iq-baghdad'),
    ('بغداد', 'iq-baghdad'), ('العاصمة بغداد', 'iq-baghdad'), ('بەغدا', 'iq-baghdad'), ('بغداد عراق', 'iq-baghdad'),
    ('Mahmudiya', 'iq-al-mahmudiyah'), ('Mahmudiyah', 'iq-al-mahmudiyah'), ('al-Mahmudiya', 'iq-al-mahmudiyah'),
    ('al-Mahmudiyah', 'iq-al-mahmudiyah'), ('Mahmoudiya', 'iq-al-mahmudiyah'), ('Mahmoudiyah', 'iq-al-mahmudiyah'),
    ('المحمودية', 'iq-al-mahmudiyah'), ('قضاء المحمودية', 'iq-dist-al-mahmudiyah'), ('محمودیه', 'iq-al-mahmudiyah'),
    ('Yusufiya', 'iq-yusufiya'), ('Yusufiyah', 'iq-yusufiya'), ('al-Yusufiya', 'iq-yusufiya'),
    ('Youssifiyah', 'iq-yusufiya'), ('Yousifiya', 'iq-yusufiya'), ('Yusifiyah', 'iq-yusufiya'),
    ('اليوسفية', 'iq-yusufiya'), ('ناحية اليوسفية', 'iq-yusufiya'), ('Latifiya', 'iq-latifiya'),
    ('Latifiyah', 'iq-latifiya'), ('al-Latifiya', 'iq-latifiya'), ('Al-Latifiyah', 'iq-latifiya'),
    ('Lutaifiya', 'iq-latifiya'), ('اللطيفية', 'iq-latifiya'), ('ناحية اللطيفية', 'iq-latifiya'),
    ('Tarmiya', 'iq-at-tarmiyah'), ('Tarmiyah', 'iq-at-tarmiyah'), ('al-Tarmiyah', 'iq-at-tarmiyah'),
    ('Tarmia', 'iq-at-tarmiyah'), ('Taramiyah', 'iq-at-tarmiyah'), ('الطارمية', 'iq-at-tarmiyah'),
    ('قضاء الطارمية', 'iq-dist-at-tarmiyah'), ('طارمیه', 'iq-at-tarmiyah'), ('Salman Pak', 'iq-salman-pak'),
    ('سلمان باك', 'iq-salman-pak'), ('سلمان پاک', 'iq-salman-pak'), ('Jisr Diyala', 'iq-jisr-diyala'),
    ('Jisr Diala', 'iq-jisr-diyala'), ('Jisr al-Diyala', 'iq-jisr-diyala'),
    ('Jisr Diyala (Baghdad)', 'iq-jisr-diyala'), ('جسر ديالى', 'iq-jisr-diyala'), ('جسر ديالي', 'iq-jisr-diyala'),
    ('ناحية جسر ديالى', 'iq-jisr-diyala'), ('منطقة جسر ديالى', 'iq-jisr-diyala'), ('Taji', 'iq-taji'),
    ('al-Taji', 'iq-taji'), ('Camp Taji', 'iq-camp-taji'), ('Taji base', 'iq-camp-taji'),
    ('Taji camp', 'iq-camp-taji'), ('التاجي', 'iq-taji'), ('معسكر التاجي', 'iq-camp-taji'),
    ('قاعدة التاجي', 'iq-camp-taji'), ('تاجی', 'iq-taji'), ('Abu Ghraib', 'iq-abu-ghraib'),
    ('Abu Ghurayb', 'iq-abu-ghraib'), ('Abu Gharib', 'iq-abu-ghraib'), ('Abu Ghreib', 'iq-abu-ghraib'),
    ('أبو غريب', 'iq-abu-ghraib'), ('ابو غريب', 'iq-abu-ghraib'), ('قضاء أبو غريب', 'iq-dist-abu-ghraib'),
    ('ابوغریب', 'iq-abu-ghraib'), ('ئەبووغرێب', 'iq-abu-ghraib'), ('Radwaniya', 'iq-radwaniya'),
    ('Radwaniyah', 'iq-radwaniya'), ('al-Radwaniyah', 'iq-radwaniya'), ('Radhwaniya', 'iq-radwaniya'),
    ('al-Radhwaniyah', 'iq-radwaniya'), ('الرضوانية', 'iq-radwaniya'), ('منطقة الرضوانية', 'iq-radwaniya'),
    ('Green Zone', 'iq-green-zone'), ("Baghdad's Green Zone", 'iq-green-zone'), ('المنطقة الخضراء', 'iq-green-zone'),
    ('Baghdad International Airport', 'iq-baghdad-international-airport'),
    ('Baghdad airport', 'iq-baghdad-international-airport'), ('مطار بغداد', 'iq-baghdad-international-airport'),
    ('مطار بغداد الدولي', 'iq-baghdad-international-airport'), ('فرودگاه بغداد', 'iq-baghdad-international-airport'),
    ('US embassy in Baghdad', 'iq-us-embassy-baghdad'), ('السفارة الأمريكية في بغداد', 'iq-us-embassy-baghdad'),
    ('Camp Victory', 'iq-camp-victory'), ('Victory base', 'iq-camp-victory'), ('قاعدة فكتوريا', 'iq-camp-victory'),
    ('Zafaraniya', 'iq-zafaraniya'), ('Zafaraniyah', 'iq-zafaraniya'), ('al-Zafaraniya', 'iq-zafaraniya'),
    ('الزعفرانية', 'iq-zafaraniya'), ('Bayaa', 'iq-bayaa'), ('al-Bayaa', 'iq-bayaa'), ('البياع', 'iq-bayaa'),
    ('Shorja', 'iq-shorja'), ('الشورجة', 'iq-shorja'), ('Suleikh', 'iq-suleikh'), ('الصليخ', 'iq-suleikh'),
    ('Karkh', 'iq-karkh'), ('al-Karkh', 'iq-karkh'), ('الكرخ', 'iq-karkh'), ("Sha'ab (Baghdad)", 'iq-shaab-baghdad'),
    ('حي الشعب (بغداد)', 'iq-shaab-baghdad'), ('Rashidiya (Baghdad)', 'iq-rashidiya-baghdad'),
    ('الراشدية (بغداد)', 'iq-rashidiya-baghdad'), ('Abu Dshir', 'iq-abu-dshir'), ('أبو دشير', 'iq-abu-dshir'),
    ('Arasat al-Hindiya', 'iq-arasat-al-hindiya'), ('عرصات الهندية', 'iq-arasat-al-hindiya'),
    ('Camp al-Saqr (Baghdad)', 'iq-camp-al-saqr'), ('al-Saqr camp (Baghdad)', 'iq-camp-al-saqr'),
    ('Jurf al-Nasr', 'iq-jurf-al-sakhar'), ('Jurf al-Sakhar', 'iq-jurf-al-sakhar'),
    ('جرف الصخر', 'iq-jurf-al-sakhar'), ('جرف النصر', 'iq-jurf-al-sakhar'), ('New Baghdad', 'iq-new-baghdad'),
    ('Baghdad al-Jadida', 'iq-new-baghdad'), ('بغداد الجديدة', 'iq-new-baghdad'),
    ('Sheikh Maaruf', 'iq-sheikh-maaruf'), ('Bab al-Sharqi', 'iq-bab-al-sharqi'),
    ('الباب الشرقي', 'iq-bab-al-sharqi'), ('Mustansiriya', 'iq-mustansiriya'), ('المستنصرية', 'iq-mustansiriya'),
    ('Bismaya', 'iq-besmaya'), ('Bismayah', 'iq-besmaya'), ('بسماية', 'iq-besmaya'), ('Hor Rajab', 'iq-hor-rajab'),
    ('هور رجب', 'iq-hor-rajab'), ('Arab Jabour (Baghdad)', 'iq-arab-jabour'), ('عرب جبور (بغداد)', 'iq-arab-jabour'),
    ('al-Uwairij', 'iq-uwairij'), ('عويريج', 'iq-uwairij'), ('منطقه المنصور بغداد', 'iq-mansour'),
    ('محله منصور بغداد', 'iq-mansour'), ('محله الجهاد بغداد', 'iq-hay-al-jihad'), ('کرخ', 'iq-karkh'),
    ('رصافه بغداد', 'iq-rusafa'), ('دوره', 'iq-dora'), ('منطقه الدوره', 'iq-dora'), ('سیدیه', 'iq-saydiya'),
    ('عامریه', 'iq-amiriya'), ('یرموک بغداد', 'iq-yarmouk-baghdad'), ('کاظمیه بغداد', 'iq-kadhimiya'),
    ('زیونه', 'iq-zayouna'), ('مشتل', 'iq-mashtal'), ('منطقه مشتل بغداد', 'iq-mashtal'), ('یوسفیه', 'iq-yusufiya'),
    ('لطیفیه', 'iq-latifiya'), ('جسر دیالی', 'iq-jisr-diyala'),
    ('فرودگاه بین\u200cالمللی بغداد', 'iq-baghdad-international-airport'), ('منطقه سبز بغداد', 'iq-green-zone'),
    ('مدینه الصدر', 'iq-sadr-city'), ('شهرک الصدر', 'iq-sadr-city'), ('حسینیه بغداد', 'iq-husseiniya-baghdad'),
    ('کەرادە', 'iq-karrada'), ('کازمییە', 'iq-kadhimiya'), ('ئەعزەمییە', 'iq-adhamiyah'),
    ('شاری سەدر', 'iq-sadr-city'), ('یوسفییە', 'iq-yusufiya'), ('مەحموودییە', 'iq-al-mahmudiyah'),
    ('تارمییە', 'iq-at-tarmiyah'), ('دۆرە', 'iq-dora'), ('جادرییە', 'iq-jadriya'),
    ('فڕۆکەخانەی بەغدا', 'iq-baghdad-international-airport'), ('ئەبو غرێب', 'iq-abu-ghraib'),
    ('Kerrade', 'iq-karrada'), ('Kazımiye', 'iq-kadhimiya'), ('Azamiye', 'iq-adhamiyah'),
    ('Sadr Şehri', 'iq-sadr-city'), ('Bağdat Havalimanı', 'iq-baghdad-international-airport'),
    ('Bağdat', 'iq-baghdad'), ('Palestine Street, Baghdad', 'iq-baghdad'),
    ('Palestine Street in Baghdad', 'iq-baghdad'), ('شارع فلسطين في بغداد', 'iq-baghdad'),
    ('طريق مطار بغداد', 'iq-baghdad-international-airport'), ('Mashahda (Taji)', 'iq-taji'),
]

#: Names of places held before that the new rows stand by or sound like: each keeps its place.
NEIGHBOURS: list[tuple[str, str]] = [
    ('Cairo', 'eg-cairo'), ('Qahira', 'eg-cairo'), ('Al-Qahira', 'eg-cairo'), ('القاهرة', 'eg-cairo'),
    ('Al Mansuriyah', 'ye-al-mansuriyah'), ('Wiriyah', 'iq-wiriyah'), ('Amiriya', 'iq-amiriya'),
    ('Diyala', 'iq-gov-diyala'), ('Jisr al-Shughur', 'sy-jisr-al-shughur'), ('Hay al-Sellom', 'lb-hay-al-sellom'),
    ('Yarmouk (Baghdad)', 'iq-yarmouk-baghdad'), ('Hurriya (Baghdad)', 'iq-hurriya'), ('Baghdad', 'iq-baghdad'),
    ('Adhamiyah', 'iq-adhamiyah'), ('Kadhimiya', 'iq-kadhimiya'), ('Salman Pak', 'iq-salman-pak'),
    ('Zafaraniya', 'iq-zafaraniya'), ('Saydiya', 'iq-saydiya'),
]

#: Words a report writes that are none of the new places (bare names the rows keep only with Baghdad or "Hay", given
#: names and words, and the places left out).
NOT_PLACES = ["Mansour", "al-Mansour", "المنصور", "منصور", "Mansour Abbas", "Ahmed Mansour", "Mansour district",
              "Jihad", "الجهاد", "حي الجهاد", "Islamic Jihad", "الجهاد الإسلامي", "Jihad district", "Qahira",
              "القاهرة", "حي القاهرة", "Cairo", "Waziriya", "الوزيرية", "Wazir", "Diyala", "Diyala River", "جسر",
              "Jisr", "Hay", "Ghazaliya", "الغزالية", "Harithiya", "الحارثية", "Shula", "الشعلة", "Nahrawan",
              "النهروان", "Bab al-Muadham", "Camp Rashid", "airport road", "Hay al-Hurriya", "Hay al-Yarmouk",
              "Madain", "المدائن"]

globals().update(curated_file_tests(REPORTED_PLACES72, REFERENCE, SPELLINGS, NEIGHBOURS, NOT_PLACES))


#: Spellings that went elsewhere before (the place of the branch's start): each resolved wrong then, most to Baghdad
#: as the container of an unknown name.
WRONG_BEFORE = {
    'Mansour (Baghdad)': 'iq-baghdad', 'al-Mansour (Baghdad)': 'iq-baghdad', 'Mansour, Baghdad': 'iq-baghdad',
    'al-Mansour, Baghdad': 'iq-baghdad', 'Mansur (Baghdad)': 'iq-baghdad', 'al-Mansur (Baghdad)': 'iq-baghdad',
    'Mansour district of Baghdad': 'iq-baghdad', 'al-Mansour district of Baghdad': 'iq-baghdad',
    "Baghdad's Mansour district": 'iq-baghdad', "Baghdad's al-Mansour neighborhood": 'iq-baghdad',
    'Mansour in Baghdad': 'iq-baghdad', 'al-Mansour in Baghdad': 'iq-baghdad', 'المنصور (بغداد)': 'iq-baghdad',
    'منطقة المنصور (بغداد)': 'iq-baghdad', 'حي المنصور (بغداد)': 'iq-baghdad', 'منطقة المنصور في بغداد': 'iq-baghdad',
    'حي المنصور في بغداد': 'iq-baghdad', 'المنصور ببغداد': 'iq-baghdad', 'منطقة المنصور ببغداد': 'iq-baghdad',
    'منصور (بغداد)': 'iq-baghdad', 'منطقه منصور بغداد': 'iq-baghdad', 'محله المنصور بغداد': 'iq-baghdad',
    'Jihad (Baghdad)': 'iq-baghdad', 'al-Jihad (Baghdad)': 'iq-baghdad', 'Hay al-Jihad (Baghdad)': 'iq-baghdad',
    'Hay al-Jihad, Baghdad': 'iq-baghdad', 'Jihad, Baghdad': 'iq-baghdad', 'al-Jihad, Baghdad': 'iq-baghdad',
    'Hay al-Jihad in Baghdad': 'iq-baghdad', 'al-Jihad neighborhood of Baghdad': 'iq-baghdad',
    'Jihad neighborhood of Baghdad': 'iq-baghdad', "Baghdad's Jihad neighborhood": 'iq-baghdad',
    "Baghdad's al-Jihad district": 'iq-baghdad', 'حي الجهاد (بغداد)': 'iq-baghdad', 'الجهاد (بغداد)': 'iq-baghdad',
    'حي الجهاد في بغداد': 'iq-baghdad', 'منطقة الجهاد في بغداد': 'iq-baghdad', 'حي الجهاد ببغداد': 'iq-baghdad',
    'محله جهاد بغداد': 'iq-baghdad', 'Yarmuk (Baghdad)': 'iq-baghdad', 'Waziriya (Baghdad)': 'iq-baghdad',
    'al-Waziriya (Baghdad)': 'iq-baghdad', 'Waziriyah (Baghdad)': 'iq-baghdad', 'Waziriya, Baghdad': 'iq-baghdad',
    'Hay al-Waziriya': 'iq-amiriya', 'الوزيرية (بغداد)': 'iq-baghdad', 'Qahira (Baghdad)': 'eg-cairo',
    'al-Qahira (Baghdad)': 'eg-cairo', 'Qahira, Baghdad': 'iq-baghdad', 'Hay al-Qahira (Baghdad)': 'iq-baghdad',
    'حي القاهرة (بغداد)': 'eg-cairo', 'القاهرة (بغداد)': 'eg-cairo', 'Jisr Diyala (Baghdad)': 'iq-baghdad',
    'منطقه المنصور بغداد': 'iq-baghdad', 'محله منصور بغداد': 'iq-baghdad', 'محله الجهاد بغداد': 'iq-baghdad',
}


@pytest.mark.parametrize("spelling", sorted(WRONG_BEFORE))
def test_a_spelling_that_went_elsewhere_now_finds_its_place(g, spelling):
    assert dict(SPELLINGS)[spelling] != WRONG_BEFORE[spelling]
    assert g.resolve(spelling).id == dict(SPELLINGS)[spelling]


def test_the_ghazaliya_container_of_test_phrases_stays(g):
    # Ghazaliya was left out: the phrase tests read it as an unknown name inside Baghdad
    match = g.resolve("Baghdad's Ghazaliya neighbourhood")
    assert (match.id, match.method) == ("iq-baghdad", "container")


#: Sentences written for this test in the reports' words: (sentence, the places it names).
SENTENCES = [
    ("Three Katyusha rockets landed in the al-Mansour neighborhood of Baghdad", {"iq-mansour"}),
    ("Katyusha rockets fell in the Mansour district of Baghdad near the Red Crescent hospital", {"iq-mansour"}),
    ("Three rockets hit the Mansour district of Baghdad, one near al-Zaitoun Street", {"iq-mansour"}),
    ("The rocket was launched from the Al-Jihad neighborhood of Baghdad", {"iq-hay-al-jihad"}),
    ("Two Katyusha rockets fell in the Jadriya area of central Baghdad, launched from Hay al-Jihad",
     {"iq-jadriya", "iq-hay-al-jihad"}),
    ("Security forces found a rocket launcher in Jisr Diyala, south-east of Baghdad", {"iq-jisr-diyala"}),
    ("عثرت القوات الأمنية على منصة صواريخ في جسر ديالى", {"iq-jisr-diyala"}),
    ("A drone struck a house in the Waziriya district of Baghdad", {"iq-waziriya-baghdad"}),
    ("A rocket landed in Hay al-Waziriya, near the Medical City", {"iq-waziriya-baghdad"}),
    ("A rocket hit a house in the Qahira neighbourhood of Baghdad", {"iq-qahira-baghdad"}),
    ("A rocket hit the Yarmouk district of Baghdad", {"iq-yarmouk-baghdad"}),
    ("The strike came on a main thoroughfare in the Mashtal neighborhood in eastern Baghdad", {"iq-mashtal"}),
    ("قصف بطائرة مسيرة استهدف منطقة المشتل شرقي بغداد", {"iq-mashtal"}),
]


@pytest.mark.parametrize(("sentence", "place_ids"), SENTENCES)
def test_the_extractor_reads_the_spellings_in_report_sentences(sentence, place_ids):
    import geoincidents as gi  # noqa: PLC0415 (the extractor, on sentences written for this test)

    places = gi.extract_report(sentence, published="2024-02-08").places
    assert place_ids <= set(places["place_id"])
