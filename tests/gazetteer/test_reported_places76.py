"""The Houthi attacks on shipping of 2023-2025 and the strikes answering them, as the UKMTO and JMIC notices, CENTCOM's
statements, Reuters, AP, Lloyd's List, Splash247, gCaptain, Ambrey, the Guardian, the BBC and Arabic outlets write their
places: the waters and their parts (the Red Sea and the southern Red Sea, the Bab el-Mandeb, the Gulf of Aden, the
Arabian Sea, the Gulf of Oman, the Indian Ocean), the ports and towns that ships are placed by ("nautical miles west of
Hodeidah", "southeast of Aden", "west of Mokha", "southwest of Saleef", "southeast of Nishtun", "north of Djibouti",
Khokha, Dhubab, Ras Isa, Mukalla, Jeddah, Yanbu), the islands (Kamaran, Zuqar, the Hanish group, Perim, Socotra) and
the Houthi launch areas on the coast, that the gazetteer did not hold, or held under a spelling that missed the
report's (``places/reported_places76.csv``, and aliases added to rows held before): the cov76 check. Yemen's strike
sites were the cov68 and cov75 rounds.

The check. Report pages of the stored corpus (search "pages"): UKMTO notices as Reuters, Al Arabiya, The Maritime
Executive, Shafaq, Yemen Monitor, Insurance Marine News and Marine Insight carry them ("51NM southwest of Hodeidah",
"66NM southwest of Al Hudaydah", "246NM Southeast of Nishtun", "60 nautical miles north of Djibouti", "72 nautical
miles east of the port of Djibouti", "71 nautical miles southwest of Saleef", "14 nautical miles southwest of Yemen's
Al Dhubab"), Ambrey's advisories ("10 nautical miles southwest of Yemen's Mocha", "71 nautical miles west of Yemen's
Aden"), CENTCOM's statements on the radars, drone boats and missiles it struck "in Houthi-controlled areas of Yemen"
and "north of Yemen's port city of Hodeidah", the US and UK strikes on Kamaran and Salif, the sinking of the Magic
Seas and the Eternity C southwest of Hodeidah, a Dryad note on the routes "west of the Hanish and Zubair Islands",
and in Arabic the UKMTO notices as Yemen Shabab, Barran Press, al-Mashhad al-Yemeni, Tihama24 and Sherwin al-Mahra
relay them ("على بعد 70 ميلا بحريا جنوب غرب الحديدة", "غربي مدينة المخا", "قبالة سواحل عدن"). Some 450 spellings (the
reports' and the common variants of each: al-/el-/no article, Mocha/Mokha/Mukha, Hodeidah/Hudaydah/Hodeida,
Salif/Saleef, Arabic with and without the article and with ميناء, مدينة, مديرية, جزيرة) were looked up with
``resolve`` at the branch's start (ba34d04) and again after this change. ``SPELLINGS`` below is the table of those
that name a place the gazetteer holds now, each with the place it means: 297 spellings of 71 places, of which 283
resolved right before and all 297 after. The theme was mostly held (the waters in ``waters.csv``; Hodeidah, its port
and airport, Mokha, Khokha, Dhubab, Salif, Ras Isa, Ras Kathib, Nishtun, Mukalla, Aden, Kamaran, Zuqar, the Hanish
islands, Perim and Abd al-Kuri in the earlier rounds; Jeddah, Yanbu and Jizan in the Saudi rows), and a UKMTO
position finds its town by container. The gaps: "المحيط الهندي" (which went to Hindiya of Karbala) and "Indian Ocean"
(nothing), and spellings of held places that missed: "Socotra Island" (nothing), "Jazirat Zuqar", "Big Hanish",
"Lesser Hanish", حنيش الكبرى, ذوباب (Dhubab) and "Aden Gulf" (which went to the city of Aden).

Row added: the Indian Ocean (``places/reported_places76.csv``), a sea in no country, at the English Wikipedia's point
(20°S 80°E, typed again in ``REFERENCE``) with a precision of 5,000 km, the most a row may hold: the Houthi statements
place their attacks "in the Indian Ocean" ("في المحيط الهندي"), which must not be read as Hindiya. The bare هندي
('Indian') is listed in ``geoincidents/data/extract_words.csv`` as a word that names a place only with its article
(it finds Hindiya by sound), as ``test_mentions.py`` asks of each such name.

Aliases added to rows held before: "Socotra Island", "Socotra island", "Soqotra Island" and "Suqutra Island" on the
Socotra governorate (``admin.csv``; the archipelago's row, as جزيرة سقطرى found it before), "Jazirat Zuqar" on Zuqar
and "Big Hanish", "Lesser Hanish", "Little Hanish", "Hanish al-Saghir", "Hanish al-Sughra", "Hanish al-Kubra",
حنيش الكبرى, حنيش الصغرى and جزيرة حنيش الصغرى on the Hanish islands (``yemen_places8.csv``; the row is the group,
which holds both), ذوباب on Dhubab (``settlements.csv``) and "Aden Gulf" on the Gulf of Aden (``waters.csv``).

Tried and taken out (each row passed this module's tests and failed the file-wide ones): Djibouti, the city and port
(English Wikipedia point 11°35′40″N 43°08′53″E) and Assab of Eritrea (13°00′28″N 42°44′28″E), since a place of a
state beyond the boundaries may only be a row of ``beyond.csv``, a state or its capital (``test_places_data.py``),
and neither state is held; Jabal al-Tair island (German Wikipedia, 15°32′24″N 41°49′48″E) and the Zubair islands
(Russian Wikipedia, 15°03′N 42°10′E), which lie some 60-90 km off Natural Earth's Yemen, beyond the 2 km the lookup
gives a coast (``test_coast_tolerance.py``: every curated place must fall in a province); Port Sudan (Scots
Wikipedia, 19°37′N 37°13′E), whose "Port" the normaliser takes off as a descriptor, so that the row was keyed by the
bare "sudan" and took the state's name; and "Doraleh" (Djibouti's terminal), which sounds like Daralah of Iraq
(where it still goes). So Djibouti, جيبوتي, Assab, "Jabal al-Tair", جبل الطير and "Zubair Islands" find nothing, and
"جزر الزبير" still finds Zubayr of Basra; a UKMTO position "north of Djibouti" is not placed.

Left as they were (not in ``SPELLINGS``), decided by earlier rounds: the bare Zuqar (Dhi Qar by sound), Hanish
(Hanis of Iraq), Mayyun, Mayun and Barim (``test_yemen_places8.py``), Shuqra, Abs, the bare Hali and Hawak and
الكثيب, الجبانة and الضحي (``test_yemen_places8.py``, ``test_reported_places68.py``, ``test_reported_places75.py``),
Ras Kanatib (``test_yemen_sites9.py``), Salalah and Duqm (``test_reported_places50.py``). Left out now: the states
Djibouti, Eritrea, Sudan and Somalia (a state beyond the region is a row of ``beyond.csv`` with its names in other
languages from CLDR, a change larger than this round; "Somalia" goes to Semel of Duhok by sound and "Eritrea" and
"Sudan" find nothing), Berbera and Bosaso of Somalia (Berbera goes to Barabirah of Syria), Massawa and Suakin (not
named by the reports read here; Massawa goes to Masawi of Iraq), Obock, the Egyptian and Saudi ports of the northern
Red Sea (Safaga, Ain Sokhna, King Abdullah Port, Rabigh, which its row keeps only with Saudi Arabia), the Suez Canal
and the Gulf of Suez (both find the Suez governorate; a waterway row was not drawn here), the Horn of Africa (it
finds Daraa governorate, a wrong reading noticed and left for a round on regions), Yemen's "west coast" (الساحل
الغربي, common words), Ras al-Ara and the Subayha coast of Lahij, Bir Ali, Sayhut and Ras Fartak (no report of the
theme read here named them with a ship), al-Fasht, Uqban and al-Badi islands off Kamaran (no reference point found),
and the Cape of Good Hope (a route, no place of an incident).
"""
from __future__ import annotations

from pathlib import Path

import pytest

from .placerows import curated_file_tests

ROOT = Path(__file__).resolve().parents[2]
REPORTED_PLACES76 = ROOT / "gazetteer" / "data" / "places" / "reported_places76.csv"

#: id: (lat, lon as the reference gives them, reference as the row's ``source`` names it); the infobox's degrees in the
#: comment
REFERENCE: dict[str, tuple[float, float, str]] = {
    "xz-indian-ocean": (-20.0, 80.0, "wikipedia:Indian_Ocean"),  # 20°S 80°E
}

#: (as a report writes it, the place): the cov76 table, written for these tests, modelled on what reports say
SPELLINGS: list[tuple[str, str]] = [
    ('Red Sea', 'xz-red-sea'), ('southern Red Sea', 'xz-red-sea'), ('the southern Red Sea', 'xz-red-sea'),
    ('Southern Red Sea', 'xz-red-sea'), ('northern Red Sea', 'xz-red-sea'), ('central Red Sea', 'xz-red-sea'),
    ('Red Sea coast', 'xz-red-sea'), ('Bab el-Mandeb', 'xz-bab-al-mandab'), ('Bab al-Mandab', 'xz-bab-al-mandab'),
    ('Bab al-Mandeb', 'xz-bab-al-mandab'), ('Bab el Mandeb', 'xz-bab-al-mandab'),
    ('Bab-el-Mandeb', 'xz-bab-al-mandab'), ('Bab al Mandab', 'xz-bab-al-mandab'),
    ('Bab el-Mandeb Strait', 'xz-bab-al-mandab'), ('Bab al-Mandab Strait', 'xz-bab-al-mandab'),
    ('Bab el Mandeb Strait', 'xz-bab-al-mandab'), ('Bab-el-Mandeb strait', 'xz-bab-al-mandab'),
    ('Bab al-Mandeb Strait', 'xz-bab-al-mandab'), ('Strait of Bab el-Mandeb', 'xz-bab-al-mandab'),
    ('Strait of Bab al-Mandab', 'xz-bab-al-mandab'), ('Mandab Strait', 'xz-bab-al-mandab'),
    ('Bab-al-Mandab', 'xz-bab-al-mandab'), ('Gulf of Aden', 'xz-gulf-of-aden'),
    ('western Gulf of Aden', 'xz-gulf-of-aden'), ('eastern Gulf of Aden', 'xz-gulf-of-aden'),
    ('Arabian Sea', 'xz-arabian-sea'), ('northern Arabian Sea', 'xz-arabian-sea'),
    ('Gulf of Oman', 'xz-gulf-of-oman'), ('Indian Ocean', 'xz-indian-ocean'), ('Aden', 'ye-aden'),
    ('port of Aden', 'ye-aden'), ('Aden port', 'ye-aden'), ('Hodeidah', 'ye-hodeidah'), ('Hudaydah', 'ye-hodeidah'),
    ('Al Hudaydah', 'ye-hodeidah'), ('Al-Hudaydah', 'ye-hodeidah'), ('al-Hudaydah', 'ye-hodeidah'),
    ('Hodeida', 'ye-hodeidah'), ('Hudaida', 'ye-hodeidah'), ('Hodeidah port', 'ye-port-of-hodeidah'),
    ('port of Hodeidah', 'ye-port-of-hodeidah'), ('Hodeidah Port', 'ye-port-of-hodeidah'), ('Mokha', 'ye-mokha'),
    ('Mocha', 'ye-mokha'), ('Mukha', 'ye-mokha'), ('Al Mukha', 'ye-mokha'), ('Al-Mukha', 'ye-mokha'),
    ('al-Mokha', 'ye-mokha'), ('Mokka', 'ye-mokha'), ('Moka', 'ye-mokha'), ('port of Mokha', 'ye-mokha'),
    ('Khokha', 'ye-al-khawkhah'), ('Al Khawkhah', 'ye-al-khawkhah'), ('Al-Khawkhah', 'ye-al-khawkhah'),
    ('Khawkhah', 'ye-al-khawkhah'), ('al-Khokha', 'ye-al-khawkhah'), ('Dhubab', 'ye-dhubab'),
    ('Al Dhubab', 'ye-dhubab'), ('Dhubbab', 'ye-dhubab'), ('Thubab', 'ye-dhubab'), ('Zubab', 'ye-dhubab'),
    ('Salif', 'ye-as-salif'), ('Saleef', 'ye-as-salif'), ('As Salif', 'ye-as-salif'), ('al-Salif', 'ye-as-salif'),
    ('Al-Salif', 'ye-as-salif'), ('port Saleef', 'ye-as-salif'), ('Salif port', 'ye-as-salif'),
    ('Ras Isa', 'ye-ras-isa'), ('Ras Issa', 'ye-ras-isa'), ('Ras Isa port', 'ye-ras-isa'),
    ('Ras Isa oil terminal', 'ye-ras-isa'), ('Ras Isa terminal', 'ye-ras-isa'), ('Nishtun', 'ye-nishtun'),
    ('Nishtoun', 'ye-nishtun'), ('Nishton', 'ye-nishtun'), ('Nishtun port', 'ye-nishtun'), ('Mukalla', 'ye-mukalla'),
    ('Al Mukalla', 'ye-mukalla'), ('Al-Mukalla', 'ye-mukalla'), ('Mukallah', 'ye-mukalla'), ('Jeddah', 'sa-jeddah'),
    ('Jiddah', 'sa-jeddah'), ('Jidda', 'sa-jeddah'), ('Yanbu', 'sa-yanbu'), ('Yanbu al-Bahr', 'sa-yanbu'),
    ('Yenbo', 'sa-yanbu'), ('Kamaran', 'ye-kamaran'), ('Kamaran Island', 'ye-kamaran'),
    ('Kamaran island', 'ye-kamaran'), ('Kamaran Islands', 'ye-kamaran'), ('Zuqar Island', 'ye-zuqar'),
    ('Jabal Zuqar', 'ye-zuqar'), ('Hanish Islands', 'ye-hanish-islands'), ('Hanish islands', 'ye-hanish-islands'),
    ('Greater Hanish', 'ye-hanish-islands'), ('Hanish al-Kabir', 'ye-hanish-islands'), ('Perim', 'ye-perim'),
    ('Perim Island', 'ye-perim'), ('Mayun Island', 'ye-perim'), ('Socotra', 'ye-gov-socotra'),
    ('Socotra Island', 'ye-gov-socotra'), ('Suqutra', 'ye-gov-socotra'), ('Abd al-Kuri', 'ye-abd-al-kuri'),
    ('Luhayyah', 'ye-al-luhayyah'), ('Al Luhayyah', 'ye-al-luhayyah'), ('al-Luhayyah', 'ye-al-luhayyah'),
    ('Luhayah', 'ye-al-luhayyah'), ('Midi', 'ye-midi'), ('Maydi', 'ye-midi'), ('Hays', 'ye-hays'),
    ('Zabid', 'ye-zabid'), ('Bayt al-Faqih', 'ye-bayt-al-faqih'), ('Ad Durayhimi', 'ye-ad-durayhimi'),
    ('al-Durayhimi', 'ye-ad-durayhimi'), ('Durayhimi', 'ye-ad-durayhimi'), ('At Tuhayta', 'ye-at-tuhayta'),
    ('al-Tuhayta', 'ye-at-tuhayta'), ('Ras Kathib', 'ye-ras-kathib'), ('Ras al-Kathib', 'ye-ras-kathib'),
    ('Tihama', 'ye-tihama'), ('Tihamah', 'ye-tihama'), ('Hajjah', 'ye-hajjah'),
    ('Hodeidah province', 'ye-gov-hodeidah'), ('Hodeidah governorate', 'ye-gov-hodeidah'), ('Taiz', 'ye-taiz'),
    ('Lahij', 'ye-lahij'), ('Balhaf', 'ye-balhaf'), ('Ghaydah', 'ye-al-ghaydah'), ('Al Ghaydah', 'ye-al-ghaydah'),
    ('Eilat', 'il-eilat'), ('Sanaa', 'ye-sanaa'), ("Sana'a", 'ye-sanaa'), ('Sanaa airport', 'ye-sanaa-airport'),
    ('Hodeidah airport', 'ye-hodeidah-airport'), ('Hodeidah International Airport', 'ye-hodeidah-airport'),
    ('Jizan', 'sa-jizan'), ('Jazan', 'sa-gov-jazan'), ('Hanish Islands (Yemen)', 'ye-hanish-islands'),
    ('Great Hanish', 'ye-hanish-islands'), ('Lesser Hanish', 'ye-hanish-islands'), ('Marib', 'ye-marib'),
    ('Amran', 'ye-amran'), ('Saada', 'ye-saada'), ('Dhamar', 'ye-dhamar'), ('Al Jawf', 'ye-gov-al-jawf'),
    ('Bayda', 'ye-al-bayda'), ('al-Bayda', 'ye-al-bayda'), ('Ibb', 'ye-ibb'), ('Mocha port', 'ye-mokha'),
    ('off Yemen', 'cc-ye'), ('Yemen', 'cc-ye'), ('Egypt', 'cc-eg'), ('Saudi Arabia', 'cc-sa'), ('Oman', 'cc-om'),
    ('Bab el-Mandab', 'xz-bab-al-mandab'), ('Red Sea (Yemen)', 'xz-red-sea'), ('mer Rouge', 'xz-red-sea'),
    ('Bab el-Mandeb-Straße', 'xz-bab-al-mandab'), ("Golfe d'Aden", 'xz-gulf-of-aden'),
    ('Ras Issa port', 'ye-ras-isa'), ('Houthi-controlled areas of Yemen', 'cc-ye'), ('Hodeidah city', 'ye-hodeidah'),
    ('Al-Salif port', 'ye-as-salif'), ('Salif district', 'ye-as-salif'), ('Kamaran Island (Yemen)', 'ye-kamaran'),
    ('Salif (Hodeidah)', 'ye-as-salif'), ('Khokha (Hodeidah)', 'ye-al-khawkhah'), ('Dubab', 'ye-dhubab'),
    ('Al Khokha', 'ye-al-khawkhah'), ('Mukalla port', 'ye-mukalla'), ('Port of Mukalla', 'ye-mukalla'),
    ('Port of Nishtun', 'ye-nishtun'), ('Nishtun (Mahra)', 'ye-nishtun'), ('Ras Isa Port', 'ye-ras-isa'),
    ('Hodeidah Airport', 'ye-hodeidah-airport'), ('Zuqar island', 'ye-zuqar'), ('Jazirat Zuqar', 'ye-zuqar'),
    ('Big Hanish', 'ye-hanish-islands'), ('Hanish al Kubra', 'ye-hanish-islands'), ('Kamaran Is', 'ye-kamaran'),
    ('Perim island', 'ye-perim'), ('Mayyun island', 'ye-perim'), ('Bab Al-Mandab', 'xz-bab-al-mandab'),
    ('Jeddah port', 'sa-jeddah'), ('Yanbu port', 'sa-yanbu'), ('Aqaba', 'jo-aqaba'), ('Aqaba port', 'jo-aqaba'),
    ('Socotra archipelago', 'ye-gov-socotra'), ('Hadibu', 'ye-hadibu'), ('Abd al Kuri', 'ye-abd-al-kuri'),
    ('Mahra', 'ye-gov-al-mahrah'), ('Al Mahrah', 'ye-gov-al-mahrah'), ('Hadramawt', 'ye-gov-hadramawt'),
    ('Hadramout', 'ye-gov-hadramawt'), ('Shabwa', 'ye-gov-shabwah'), ('Shabwah', 'ye-gov-shabwah'),
    ('Abyan', 'ye-gov-abyan'), ('Zinjibar', 'ye-zinjibar'), ('Mukayras', 'ye-mukayras'),
    ('Aden Gulf', 'xz-gulf-of-aden'), ('Gulf Of Aden', 'xz-gulf-of-aden'), ('البحر الأحمر', 'xz-red-sea'),
    ('البحر الاحمر', 'xz-red-sea'), ('جنوب البحر الأحمر', 'xz-red-sea'), ('جنوبي البحر الأحمر', 'xz-red-sea'),
    ('باب المندب', 'xz-bab-al-mandab'), ('مضيق باب المندب', 'xz-bab-al-mandab'), ('خليج عدن', 'xz-gulf-of-aden'),
    ('بحر العرب', 'xz-arabian-sea'), ('البحر العربي', 'xz-arabian-sea'), ('خليج عمان', 'xz-gulf-of-oman'),
    ('بحر عمان', 'xz-gulf-of-oman'), ('المحيط الهندي', 'xz-indian-ocean'), ('عدن', 'ye-aden'),
    ('ميناء عدن', 'ye-aden'), ('الحديدة', 'ye-hodeidah'), ('الحديده', 'ye-hodeidah'),
    ('مدينة الحديدة', 'ye-hodeidah'), ('ميناء الحديدة', 'ye-port-of-hodeidah'), ('محافظة الحديدة', 'ye-gov-hodeidah'),
    ('سواحل الحديدة', 'ye-hodeidah'), ('المخا', 'ye-mokha'), ('مدينة المخا', 'ye-mokha'), ('ميناء المخا', 'ye-mokha'),
    ('المخاء', 'ye-mokha'), ('الخوخة', 'ye-al-khawkhah'), ('مديرية الخوخة', 'ye-al-khawkhah'), ('ذباب', 'ye-dhubab'),
    ('مديرية ذباب', 'ye-dhubab'), ('ذوباب', 'ye-dhubab'), ('الصليف', 'ye-as-salif'), ('ميناء الصليف', 'ye-as-salif'),
    ('مديرية الصليف', 'ye-as-salif'), ('رأس عيسى', 'ye-ras-isa'), ('راس عيسى', 'ye-ras-isa'),
    ('ميناء رأس عيسى', 'ye-ras-isa'), ('نشطون', 'ye-nishtun'), ('ميناء نشطون', 'ye-nishtun'),
    ('المكلا', 'ye-mukalla'), ('ميناء المكلا', 'ye-mukalla'), ('جدة', 'sa-jeddah'), ('ميناء جدة', 'sa-jeddah'),
    ('ينبع', 'sa-yanbu'), ('جزيرة كمران', 'ye-kamaran'), ('كمران', 'ye-kamaran'), ('جزيرة زقر', 'ye-zuqar'),
    ('جزر حنيش', 'ye-hanish-islands'), ('جزيرة حنيش الكبرى', 'ye-hanish-islands'), ('جزيرة ميون', 'ye-perim'),
    ('ميون', 'ye-perim'), ('جزيرة بريم', 'ye-perim'), ('سقطرى', 'ye-gov-socotra'), ('جزيرة سقطرى', 'ye-gov-socotra'),
    ('أرخبيل سقطرى', 'ye-gov-socotra'), ('اللحية', 'ye-al-luhayyah'), ('مديرية اللحية', 'ye-al-luhayyah'),
    ('ميدي', 'ye-midi'), ('الدريهمي', 'ye-ad-durayhimi'), ('التحيتا', 'ye-at-tuhayta'), ('رأس كثيب', 'ye-ras-kathib'),
    ('الحوك', 'ye-al-hawak'), ('تهامة', 'ye-tihama'), ('حجة', 'ye-hajjah'), ('تعز', 'ye-taiz'), ('لحج', 'ye-lahij'),
    ('المهرة', 'ye-gov-al-mahrah'), ('حضرموت', 'ye-gov-hadramawt'), ('شبوة', 'ye-gov-shabwah'),
    ('أبين', 'ye-gov-abyan'), ('بلحاف', 'ye-balhaf'), ('الغيضة', 'ye-al-ghaydah'), ('إيلات', 'il-eilat'),
    ('ميناء إيلات', 'il-port-of-eilat'), ('أم الرشراش', 'il-eilat'), ('ميناء الحديدة الدولي', 'ye-port-of-hodeidah'),
    ('مطار الحديدة', 'ye-hodeidah-airport'), ('صنعاء', 'ye-sanaa'), ('مطار صنعاء', 'ye-sanaa-airport'),
    ('عبد الكوري', 'ye-abd-al-kuri'), ('جزيرة عبد الكوري', 'ye-abd-al-kuri'), ('بيت الفقيه', 'ye-bayt-al-faqih'),
    ('زبيد', 'ye-zabid'), ('حيس', 'ye-hays'), ('المنصورية', 'ye-al-mansuriyah'), ('باجل', 'ye-bajil'),
    ('الزيدية', 'ye-az-zaydiyah'), ('القناوس', 'ye-al-qanawis'), ('المراوعة', 'ye-al-marawiah'),
    ('ميناء رأس عيسى النفطي', 'ye-ras-isa'), ('البحر العربي وخليج عدن', 'xz-gulf-of-aden'),
    ('the Indian Ocean', 'xz-indian-ocean'), ('océan Indien', 'xz-indian-ocean'),
    ('Soqotra Island', 'ye-gov-socotra'), ('Little Hanish', 'ye-hanish-islands'),
    ('حنيش الكبرى', 'ye-hanish-islands'), ('جزيرة حنيش الصغرى', 'ye-hanish-islands'),
]

#: Names of places held before that the new rows stand by or sound like: each keeps its place.
NEIGHBOURS: list[tuple[str, str]] = [
    ('Zubayr', 'iq-zubayr'), ('الزبير', 'iq-zubayr'), ('Hindiya', 'iq-hindiya'), ('Aden', 'ye-aden'),
    ('عدن', 'ye-aden'), ('Zuqar Island', 'ye-zuqar'), ('Hanish Islands', 'ye-hanish-islands'), ('Perim', 'ye-perim'),
    ('Kamaran', 'ye-kamaran'), ('Hodeidah', 'ye-hodeidah'), ('Red Sea', 'xz-red-sea'), ('Arabian Sea', 'xz-arabian-sea'),
    ('Gulf of Aden', 'xz-gulf-of-aden'), ('Bab el-Mandeb', 'xz-bab-al-mandab'), ('Dhubab', 'ye-dhubab'),
    ('Socotra', 'ye-gov-socotra'), ('Mokha', 'ye-mokha'),
]

#: Words a report writes that are none of the new places (bare words and names the rows keep only with their
#: descriptor or country, and the places left out).
NOT_PLACES = ["عصب", "Zubair", "الزبير", "Zubayr", "Tair", "الطير", "جبل", "Hanish", "Zuqar", "Mayyun", "Barim",
              "Sudan", "Eritrea", "Somalia", "Ocean", "Indian", "Hindiya", "الهندية", "Port", "Massawa", "Berbera",
              "Suakin", "Obock", "Horn of Africa", "Suez Canal", "Cape of Good Hope", "Daralah"]

#: Rows spared the towns tool's sound rule (id -> why).
SOUND_WAIVED: dict[str, str] = {}

#: Rows spared the word rule (id -> why).
WORD_WAIVED: dict[str, str] = {}

globals().update(curated_file_tests(REPORTED_PLACES76, REFERENCE, SPELLINGS, NEIGHBOURS, NOT_PLACES,
                                    sound_waived=SOUND_WAIVED, word_waived=WORD_WAIVED))


#: Spellings that went elsewhere before (the place of the branch's start, None for nothing): each resolved wrong then.
WRONG_BEFORE = {
    "المحيط الهندي": "iq-hindiya", "Aden Gulf": "ye-aden", "Indian Ocean": None, "Socotra Island": None,
    "Jazirat Zuqar": None, "Lesser Hanish": None, "ذوباب": None,
}


@pytest.mark.parametrize("spelling", sorted(WRONG_BEFORE))
def test_a_spelling_that_went_elsewhere_now_finds_its_place(g, spelling):
    assert dict(SPELLINGS)[spelling] != WRONG_BEFORE[spelling]
    assert g.resolve(spelling).id == dict(SPELLINGS)[spelling]


#: Sentences written for this test in the reports' words: (sentence, the places it names).
SENTENCES = [
    ("The Houthis said they had targeted the ship in the Indian Ocean with drones", {"xz-indian-ocean"}),
    ("أعلن المتحدث العسكري استهداف سفينة في المحيط الهندي بعدد من الطائرات المسيرة", {"xz-indian-ocean"}),
    ("A merchant vessel reported two explosions near a ship 14 nautical miles southwest of Yemen's Al Dhubab",
     {"ye-dhubab"}),
    ("UKMTO received a report of an incident 60 nautical miles southwest of Socotra Island", {"ye-gov-socotra"}),
]


@pytest.mark.parametrize(("sentence", "place_ids"), SENTENCES)
def test_the_extractor_reads_the_spellings_in_report_sentences(sentence, place_ids):
    import geoincidents as gi  # noqa: PLC0415 (the extractor, on sentences written for this test)

    places = gi.extract_report(sentence, published="2024-06-20").places
    assert place_ids <= set(places["place_id"])
