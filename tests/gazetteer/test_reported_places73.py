"""The Hezbollah-Israel exchanges of fire of 2023-2024 as English, Arabic and Hebrew reports and Hezbollah's statements
name their places: the villages and towns of south Lebanon that Israeli strikes hit (Chamaa, Alma al-Shaab, Khiam, Kfar
Kila, Aitaroun, Aita al-Shaab, Bint Jbeil, Naqoura, Dhayra, Yaroun, Odaisseh, Houla, Markaba, Tayr Harfa, Jebbayn,
Majdal Zoun, Mansouri, Qantara, Hanawiyeh and the rest of the line), and the communities and army sites of northern
Israel and the Golan that Hezbollah's rockets and drones hit (Metula, Shlomi, Kiryat Shmona, Margaliot, Arab al-Aramshe,
Majdal Shams, Dovev, Manara, Avivim, Zar'it, Shtula, Misgav Am, Katzrin, Beit Hillel, Metzuba, Neve Ziv and the
barracks Hezbollah's statements name: ثكنة برانيت, ثكنة زرعيت, موقع المالكية, مستعمرة المطلة), that the gazetteer did
not hold, or held under a spelling that missed the report's (``places/reported_places73.csv``, and aliases added to rows
held before): the cov73 check. The cov59 (Hebrew), cov61 (Lebanon), cov52 and cov62 (Hezbollah's targets) rounds
covered the same front; this one checks it again from the reports of the exchanges and takes what they left.

The check. Report pages of the stored corpus (search "pages"): AFP, AP, Reuters, Xinhua, Antiwar, Naharnet, The
National, Ici Beyrouth, Ynet, JNS, All Israel News and Times of Israel in English (Kfar Kela, Ayta ash-Shab, Aarab El
Louaizeh, Jabal al-Batam, Matmoura, Malkia, the al-Mansouri-Majdal Zoun road); Hezbollah's statements as Al-Manar,
Al-Ahed, the NNA, Al-Mayadeen, Al Jazeera, Anadolu, Al-Araby, Al-Modon and the Egyptian and Palestinian press carry
them in Arabic (مستعمرة كريات شمونة (بلدة الخالصة المحتلّة), مستوطنة متسوفا, مستعمرة بيت هلل, مستعمرتي المنارة
وشتولا, ثكنة برانيت, ثكنة زبدين, ثكنة كيلع, ثكنة يردن, موقع السماقة, موقع رويسات العلم, موقع الراهب, موقع المرج,
نيفيه زيف, أبيريم, and the villages: شمع, طيرحرفا, مجدل زون, المنصوري, حناوي, القنطرة, ربثلاثين, ديرقانون رأس العين);
Ynet, Kipa, Kikar HaShabbat and JDN in Hebrew (כפר כילא, עייתא א-שעב, ערב אל-עראמשה, נפילות בקריית שמונה, כפר
גלעדי, תל חי). Some 900 spellings (the reports' and the common variants of each: al-/el-/no article, -iyeh/-ieh,
joined and split two-word names, Arabic with and without the article and with the statements' مستعمرة, ثكنة, موقع,
Hebrew with and without the prefixes ב-, ל-) were looked up with ``resolve`` at the branch's start (ca6b59e) and again
after this change. ``SPELLINGS`` below is the table of those that name a place the gazetteer holds now, each with the
place it means: 773 spellings of 223 places, of which 723 resolved right before and all 773 after. Most of the line
was found right (earlier rounds took it) and is only tested here; the gaps were Chamaa (nothing; "Shamaa" went to
ash-Shamiyah of Iraq by sound), Arab al-Louaizeh by Wazzani (the IDF's "Aarab El Louaizeh" launch site; "Arab
al-Luwaiza" and عرب اللويزة went to Louaizeh of Jezzine, 20 km north), Mansouri and Hanawiyeh of Tyre and Qantara of
Marjayoun named with their district ("Mansouri (Tyre)", "القنطرة (مرجعيون)" went to Tyre or Marjayoun; "حناوية (صور)"
to al-Hannawiyah of Syria), Metzuba (the statements' متسوفا: nothing), Neve Ziv's Arabic (نيفيه زيف: nothing),
Jabal al-Batam ("Jbal al-Botm" was held), and Shaqra's "Shakra" (Sakhrah of Jordan by sound). Spellings that
``resolve`` found only by sound, which the extractor does not use in running text, were made names of their rows
where a report writes them: طيرحرفا, ربثلاثين, ديرقانون رأس العين (in a sentence: Syria's Ras al-Ayn by its last
words), روش هانيكرا, أيليت هشاحر, ايليت هشاحر, the Hebrew ערב אל-עראמשה and איילת השחר, and "Kfar Kela".

Rows added, each at its GeoNames record in GeoNames' country dump of Lebanon (export of 2016-05, ``data/LB.txt`` of the
GitHub repository RoudyTarabay/Lebanon-Municipality-Elections-2016, which ``test_lebanon_geonames_villages.py``
reads), the reference coordinates typed again in ``REFERENCE``; the Arabic name is the one the reports write:

- Chamaa of Tyre district (the strike on a house of a Syrian family, four killed, 31 July 2024, which Hezbollah
  answered with Katyushas on Metzuba; the ground fighting on its edge in the autumn of 2024), by its bare Latin
  name: left out before for precision (test_lebanon_geonames_villages.py: "Sham" reached it, and شمع is 'wax'), it
  is held now with "Sham" finding nothing, and its Arabic only with its district (شمع (صور), شمع (جنوب لبنان)): the
  reports' "بلدة شمع" would make the bare شمع a key, as "بلدة" is a descriptor, and is left out; its names with
  "(Tyre)" are not written either, since "Chamaa (Tyre)" sounds like Chamtir of Diyala (``iraq_villages.csv``), and
  the resolver reads "Chamaa (Tyre)", "Chamaa, Tyre" and "Chamaa in Tyre district" as Chamaa in Tyre without them;
  its id is lb-chamaa-tyre, the id lb-chamaa staying unheld as those tests want;
- Mansouri of Tyre district (drone strikes on the Mansouri-Majdal Zoun road and on its school principal's car,
  2025), Hanawiyeh of Tyre district (five killed in a strike on a house, 2024) and Qantara of Marjayoun district
  (named with Majdal Zoun and Taybeh among the villages that lost people), each only with its district or "south
  Lebanon", as decided before: Mansour, Mansoura and al-Mansuriyah of Yemen reached a bare Mansouri, المنصوري is a
  surname, القنطرة is 'the bridge' and Egypt's El Qantara a city, and حناوية is al-Hannawiyah of Syria's name;
- Arab al-Louaizeh (Marjayoun district, by Wazzani on the Hasbani facing Ghajar; the IDF struck a launch site in it
  in 2024), not Louaizeh of Jezzine, which keeps its names.

Rows spared the towns tool's sound rule (``SOUND_WAIVED``), each place of another province they sound like keeping its
own names (``NEIGHBOURS``).

Aliases added to rows held before: in ``towns.csv`` Metzuba, Metzuva and متسوفا on Maẕẕuva (Metzuba) and نيفيه زيف,
نفيه زيف on Nevve Ziv, each also in ``town_names_by_hand.csv`` so that the towns tool's next run keeps them; in
``settlements.csv`` طيرحرفا, Teir Harfa, Tair Harfa on Tayr Harfa, ربثلاثين on Rab Thalathin, روش هانيكرا on Rosh
HaNikra, أيليت هشاحر, ايليت هشاحر, איילת השחר on Ayelet HaShahar, ערב אל-עראמשה, ערב אל עראמשה, עראמשה on
Arab al-Aramshe, "Kfar Kela" and "Kafr Kela" on Kfar Kila, "Shakra" on Shaqra and "Bayada hill", "al-Bayada hill" on
Biyada; in ``strike_sites2.csv`` "Jabal al-Batam", "Jabal el-Batam" on Jbal al-Botm and ديرقانون رأس العين on Deir
Qanoun Ras al-Ain; in ``levant_yemen.csv`` ברנית on the Biranit base.

Left as they were (not in ``SPELLINGS``), by design of earlier rounds: the bare Mansouri, المنصوري, Hanaway,
Hanawiyeh, حناوية, القنطرة and "Qantara" (decided in ``test_lebanon_geonames_villages.py``), شمع and بلدة شمع
('wax'), الجبين ('the forehead'; Jebbayn keeps "الجبين (صور)"), Adchit, Kafra and حداثا (held only with their
district), الطيبة (Taiyiba of the Triangle), the bare Taybeh of Marjayoun's Arabic, المالكية and "مستعمرة
المالكية" (al-Malikiyah of Syria; the kibbutz answers to موقع المالكية), الخالصة (Hezbollah's name for Kiryat
Shmona: Iraq's al-Khalis), Liman, ليمان and "مستعمرة ليمان" (held as "Liman (Mateh Asher)" and ثكنة ليمان), Goren
and גורן, Shamir and שמיר, Sa'ar and ساعر (held only with their region), Even Menachem and إيفن مناحيم (a third name
opening with "Even"), מסעדה ('restaurant'; Mas'ade keeps "מסעדה (הגולן)"), אורטל (a given name; Ortal keeps קיבוץ
אורטל), Dibbine (Dhibbin of Syria; Dibbine of Marjayoun is held with its district), Najjariyeh (the word rule),
Wadi Hamoul, المرج, "مستعمرة المنارة" and "المنارة" ('the lighthouse'; "Manara" and "Kibbutz Manara" are held), and
the Summaqa position's bare name (``test_reported_places62.py``: "Summaqa" is no place, and "Samaqa outpost", which
Ici Beyrouth writes, would make it one). Noticed: the Hebrew חולה ('sick') finds Houla and אבירים ('knights')
Abirim by sound, "Ain Arab" finds Kobani (Ain al-Arab), "Sasa" the Syrian Sa'sa' (the kibbutz answers to "Kibbutz
Sasa"), and "Western Galilee", الجليل الغربي and הגליל המערבי the Northern District: left.

Left out, no reference point found or decided before: the Israeli posts that Hezbollah's statements name by their
Arabic names and no reference places (موقع الراهب, موقع رويسات العلم, موقع جل العلام, موقع المرج, موقع الرمثا,
which goes to Ramtha of Jordan, موقع البغدادي, which goes to Baghdadi of Iraq, موقع بياض بليدا, مثلث الطيحات, تل
شعر, خربة ماعر, موقع 2222, موقع العاصي; decided in ``test_reported_places62.py``), the Yarden barracks of the Golan
(ثكنة يردن) and the Za'ura artillery positions (الزاعورة), no reference found; Hadab Yarin and the Dhayra post
(موقع حدب يارين, موقع الضهيرة find the Lebanese villages they face); al-Mari of Hasbaya (no populated record in the
dump); Azraeen by Kfarchouba and the Bayada hill's Arabic (تلة البياضة sounds like Tall al-Bayad of Iraq, which keeps
تل البياد); Zahajra, Mimes and Jmaymeh (no report found writing them so).
"""
from __future__ import annotations

from pathlib import Path

import pytest

from .placerows import curated_file_tests

ROOT = Path(__file__).resolve().parents[2]
REPORTED_PLACES73 = ROOT / "gazetteer" / "data" / "places" / "reported_places73.csv"

#: id: (lat, lon as the reference gives them, reference as the row's ``source`` names it), from GeoNames' Lebanon dump
#: (LB.txt, export of 2016-05); the record's name in the comment
REFERENCE: dict[str, tuple[float, float, str]] = {
    "lb-arab-al-louaizeh": (33.27444, 35.615, "geonames:278720"),  # Aarab el Louaïze
    "lb-chamaa-tyre": (33.14556, 35.20861, "geonames:267815"),  # Chamaa
    "lb-hanawiyeh-tyre": (33.22111, 35.27722, "geonames:274595"),  # Hanâouây
    "lb-mansouri-tyre": (33.17861, 35.20611, "geonames:279547"),  # El Mansoûri
    "lb-qantara-marjayoun": (33.27333, 35.46361, "geonames:279216"),  # Qantara
}

#: (as a report writes it, the place): the cov73 table, written for these tests, modelled on what reports say
SPELLINGS: list[tuple[str, str]] = [
    ('Aarab El Louaizeh', 'lb-arab-al-louaizeh'), ('Aarab el Louaize', 'lb-arab-al-louaizeh'),
    ('Aarab el-Louaizeh', 'lb-arab-al-louaizeh'), ('Abirim', 'il-abirim'), ('Acre', 'il-acre'),
    ('Adaisseh', 'lb-odaisseh'), ('Adamit', 'il-adamit'), ('Adaysseh', 'lb-odaisseh'), ('Addaisseh', 'lb-odaisseh'),
    ('Ain Baal', 'lb-ain-baal'), ('Ain Ebel', 'lb-ain-ebel'), ('Ain Qana', 'lb-ain-qana'), ('Ainata', 'lb-aynata'),
    ('Aita al-Chaab', 'lb-aita-al-shaab'), ('Aita al-Jabal', 'lb-aita-al-zott'), ('Aita al-Shaab', 'lb-aita-al-shaab'),
    ('Aita al-Zott', 'lb-aita-al-zott'), ('Aita ash-Shaab', 'lb-aita-al-shaab'), ('Aita el-Shaab', 'lb-aita-al-shaab'),
    ('Aitaroun', 'lb-aitaroun'), ('Aitit', 'lb-aitit'), ('Akko', 'il-acre'), ('Al-Bayada', 'lb-biyada'),
    ('Al-Khiam', 'lb-khiam'), ('Al-Mansouri (Tyre)', 'lb-mansouri-tyre'), ('Alma Shaab', 'lb-alma-al-shaab'),
    ('Alma al-Chaab', 'lb-alma-al-shaab'), ('Alma al-Shaab', 'lb-alma-al-shaab'),
    ('Alma ash-Shaab', 'lb-alma-al-shaab'), ('Alma ech-Chaab', 'lb-alma-al-shaab'),
    ('Alma el-Chaab', 'lb-alma-al-shaab'), ('Alma el-Shaab', 'lb-alma-al-shaab'),
    ('Alonei HaBashan', 'il-alonei-habashan'), ('Amiad', 'il-amiad'), ('Arab al-Aramsha', 'il-aramsha'),
    ('Arab al-Aramshe', 'il-aramsha'), ('Arab al-Aramshi', 'il-aramsha'), ('Arab al-Louaizeh', 'lb-arab-al-louaizeh'),
    ('Arab al-Luwaiza', 'lb-arab-al-louaizeh'), ('Arab al-Luwayzah', 'lb-arab-al-louaizeh'),
    ('Arab el-Louaizeh', 'lb-arab-al-louaizeh'), ('Aramshe', 'il-aramsha'), ('Arnoun', 'lb-arnoun'),
    ('Arzoun', 'lb-arzoun'), ('Avivim', 'il-avivim'), ('Avnei Eitan', 'il-avnei-eitan'),
    ('Ayelet HaShachar', 'il-ayelet-hashahar'), ('Ayelet Hashahar', 'il-ayelet-hashahar'), ('Aynata', 'lb-aynata'),
    ('Ayta Roun', 'lb-aitaroun'), ('Ayta al-Jabal', 'lb-aita-al-zott'), ('Ayta al-Shaab', 'lb-aita-al-shaab'),
    ('Ayta al-Zott', 'lb-aita-al-zott'), ('Ayta ash-Shab', 'lb-aita-al-shaab'), ('Aytaroun', 'lb-aitaroun'),
    ('Aïta el-Chaab', 'lb-aita-al-shaab'), ('Aïtaroun', 'lb-aitaroun'), ('Baalbek', 'lb-baalbek'),
    ('Bani Hayyan', 'lb-bani-hayyan'), ('Baraachit', 'lb-barashit'), ('Baram', 'il-baram'), ('Barashit', 'lb-barashit'),
    ('Bayada', 'lb-biyada'), ('Bayada hill', 'lb-biyada'), ('Bazourieh', 'lb-bazouriyeh'),
    ('Bazouriyeh', 'lb-bazouriyeh'), ('Beit Hilel', 'il-beit-hillel'), ('Beit Hillel', 'il-beit-hillel'),
    ('Beit Jann', 'il-beit-jann'), ('Beit Leef', 'lb-beit-lif'), ('Beit Lif', 'lb-beit-lif'),
    ('Beit Yahoun', 'lb-beit-yahoun'), ('Beni Hayyan', 'lb-bani-hayyan'), ('Betzet', 'il-betzet'),
    ('Bint Jbail', 'lb-bent-jbail'), ('Bint Jbeil', 'lb-bent-jbail'), ('Bint Jubayl', 'lb-bent-jbail'),
    ('Biranit', 'il-biranit'), ('Biyada', 'lb-biyada'), ('Blat (Marjayoun)', 'lb-blat-marjayoun'),
    ('Blida', 'lb-blida'), ('Bourj el-Chemali', 'lb-burj-al-shimali'), ('Branit', 'il-biranit'),
    ("Buq'ata", 'il-buqata'), ('Burj al-Muluk', 'lb-burj-al-muluk'), ('Burj al-Shemali', 'lb-burj-al-shimali'),
    ('Chaaitiyeh', 'lb-chaaitiyeh'), ('Chakra', 'lb-shaqra'), ('Chamaa', 'lb-chamaa-tyre'),
    ('Chamaa (Tyre)', 'lb-chamaa-tyre'), ('Chamaa (south Lebanon)', 'lb-chamaa-tyre'),
    ('Chamaa in Tyre district', 'lb-chamaa-tyre'), ('Chamaa, Tyre', 'lb-chamaa-tyre'), ('Chamaâ', 'lb-chamaa-tyre'),
    ('Chebaa', 'lb-shebaa'), ('Chihine', 'lb-shihin'), ('Dafna', 'il-dafna'), ('Debel', 'lb-debel'),
    ('Deir Kifa', 'lb-deir-kifa'), ('Deir Mimas', 'lb-deir-mimas'), ('Deir Qanoun', 'lb-deir-qanoun-ras-al-ain'),
    ('Deir Qanoun Ras al-Ain', 'lb-deir-qanoun-ras-al-ain'), ('Deir Seryan', 'lb-deir-seryan'),
    ('Deir Siryan', 'lb-deir-seryan'), ('Dhaira', 'lb-dhayra'), ('Dhayra', 'lb-dhayra'), ('Dhayreh', 'lb-dhayra'),
    ('Dibbine (Marjayoun)', 'lb-dibbine-marjayoun'), ('Dishon', 'il-dishon'), ('Dovev', 'il-dovev'),
    ('Dovev base', 'il-dovev'), ('Druze town of Majdal Shams', 'il-majdal-shams'), ('Duhayra', 'lb-dhayra'),
    ('Ebel el-Saqi', 'lb-ibl-al-saqi'), ('Ebl es-Saqi', 'lb-ibl-al-saqi'), ('Eilon', 'il-eilon'),
    ('Ein Qiniyye', 'il-ein-quniya'), ('Ein Zivan', 'il-ein-zivan'), ('Eitaroun', 'lb-aitaroun'),
    ('El Khiam', 'lb-khiam'), ('Fassuta', 'il-fassuta'), ('Froun', 'lb-froun'),
    ('Galilee Panhandle', 'il-galilee-panhandle'), ('Gesher HaZiv', 'il-gesher-haziv'), ('Ghajar', 'lb-ghajar'),
    ('Ghandouriyeh', 'lb-ghandouriyeh'), ('Golan', 'il-golan-heights'), ('Golan Heights', 'il-golan-heights'),
    ('Gornot HaGalil', 'il-granot-hagalil'), ('HaGoshrim', 'il-hagosherim'), ('Habbariyeh', 'lb-hebbariyeh'),
    ('Haddatha', 'lb-haddatha'), ('Hagoshrim', 'il-hagosherim'), ('Halta', 'lb-halta'),
    ('Hamames hill', 'lb-hamames-hill'), ('Hamoul', 'lb-hamoul'), ('Hanaway (Tyre)', 'lb-hanawiyeh-tyre'),
    ('Hanawiyeh (Tyre)', 'lb-hanawiyeh-tyre'), ('Hanawiyeh (south Lebanon)', 'lb-hanawiyeh-tyre'),
    ('Hanin', 'lb-hanine'), ('Hanine', 'lb-hanine'), ('Hanita', 'il-hanita'), ('Har Dov', 'il-shebaa-farms'),
    ('Harouf', 'lb-harouf'), ('Hasbaiya', 'lb-hasbaiya'), ('Hasbaya', 'lb-hasbaiya'),
    ('Hasbaya district', 'lb-dist-hasbaya'), ('Hatzor HaGlilit', 'il-hatzor-haglilit'), ('Hebbariyeh', 'lb-hebbariyeh'),
    ('Hermel', 'lb-hermel'), ('Houla', 'lb-houla'), ('Hula', 'lb-houla'), ('Hurfeish', 'il-hurfeish'),
    ('Ibl al-Saqi', 'lb-ibl-al-saqi'), ('Jabal Batam', 'lb-jbal-al-botm'), ('Jabal al-Batam', 'lb-jbal-al-botm'),
    ('Jabal al-Labbouneh', 'lb-labbouneh'), ('Jabal el-Batam', 'lb-jbal-al-botm'), ('Jannata', 'lb-jannata'),
    ('Jarjouaa', 'lb-jarjouaa'), ('Jbaa', 'lb-jbaa'), ('Jbal al-Butm', 'lb-jbal-al-botm'), ('Jebbain', 'lb-jebbayn'),
    ('Jebbayn', 'lb-jebbayn'), ('Jebbaïne', 'lb-jebbayn'), ('Jibbain', 'lb-jebbayn'), ('Jibbayn', 'lb-jebbayn'),
    ('Jish', 'il-jish'), ('Jmaijmeh', 'lb-jmaijmeh'), ('Jouaiya', 'lb-jouaiya'), ('Jwaya', 'lb-jouaiya'),
    ('Kabri', 'il-kabri'), ('Kafr Dajjal', 'lb-kfar-dajjal'), ('Kafr Dunin', 'lb-kfar-dounine'),
    ('Kafr Kela', 'lb-kfar-kila'), ('Kafr Kila', 'lb-kfar-kila'), ('Kafr Shuba', 'lb-kfarchouba'),
    ('Kafra (Bint Jbeil)', 'lb-kafra-bint-jbeil'), ('Karmiel', 'il-karmiel'), ('Katzrin', 'il-katzrin'),
    ('Kawkaba', 'lb-kawkaba'), ('Kerem Ben Zimra', 'il-kerem-ben-zimra'), ('Keshet', 'il-keshet'),
    ('Kfar Blum', 'il-kfar-blum'), ('Kfar Dounine', 'lb-kfar-dounine'), ('Kfar Giladi', 'il-kfar-giladi'),
    ('Kfar Hamam', 'lb-kfar-hamam'), ('Kfar Hanassi', 'il-kfar-hanassi'), ('Kfar Kela', 'lb-kfar-kila'),
    ('Kfar Kila', 'lb-kfar-kila'), ('Kfar Masaryk', 'il-kefar-masaryk'), ('Kfar Remen', 'lb-kfar-remen'),
    ('Kfar Rumman', 'lb-kfar-remen'), ('Kfar Shouba', 'lb-kfarchouba'), ('Kfar Shouba hills', 'lb-kfarchouba'),
    ('Kfar Szold', 'il-kfar-szold'), ('Kfar Tebnit', 'lb-kfar-tebnit'), ('Kfar Vradim', 'il-kfar-vradim'),
    ('Kfar Yuval', 'il-kfar-yuval'), ('Kfarchouba', 'lb-kfarchouba'), ('Kfarchouba hills', 'lb-kfarchouba'),
    ('Kfarhamam', 'lb-kfar-hamam'), ('Kfarkela', 'lb-kfar-kila'), ('Kfarkila', 'lb-kfar-kila'),
    ('Kfarkéla', 'lb-kfar-kila'), ('Kfarshouba', 'lb-kfarchouba'), ('Kfarsir', 'lb-kfar-sir'),
    ('Kherbet Selm', 'lb-khirbet-selm'), ('Khiam', 'lb-khiam'), ('Khiam detention center', 'lb-khiam'),
    ('Khirbet Selm', 'lb-khirbet-selm'), ('Khirbet Silm', 'lb-khirbet-selm'), ('Khiyam', 'lb-khiam'),
    ('Kibbutz Adamit', 'il-adamit'), ('Kibbutz Dafna', 'il-dafna'), ('Kibbutz Hanita', 'il-hanita'),
    ('Kibbutz Kfar Blum', 'il-kfar-blum'), ('Kibbutz Kfar Giladi', 'il-kfar-giladi'), ('Kibbutz Malkia', 'il-malkia'),
    ('Kibbutz Manara', 'il-menara'), ('Kibbutz Misgav Am', 'il-misgav-am'), ('Kibbutz Ortal', 'il-ortal'),
    ('Kibbutz Sasa', 'il-sasa'), ('Kibbutz Snir', 'il-snir'), ('Kibbutz Yaara', 'il-yaara'),
    ('Kibbutz Yiftah', 'il-yiftah'), ('Kidmat Tzvi', 'il-kidmat-tzvi'), ('Kiryat Bialik', 'il-kiryat-bialik'),
    ('Kiryat Shemona', 'il-kiryat-shmona'), ('Kiryat Shmona', 'il-kiryat-shmona'),
    ('Kiryat Shmona industrial zone', 'il-kiryat-shmona'), ('Kiryat Shmonah', 'il-kiryat-shmona'),
    ('Kounine', 'lb-kounine'), ('Labbounah', 'lb-labbouneh'), ('Labbouneh', 'lb-labbouneh'),
    ('Lehavot HaBashan', 'il-lehavot-habashan'), ("Ma'alot", 'il-maalot-tarshiha'),
    ("Ma'alot-Tarshiha", 'il-maalot-tarshiha'), ('Maalot Tarshiha', 'il-maalot-tarshiha'),
    ('Maifadoun', 'lb-mayfadoun'), ('Mais al-Jabal', 'lb-meiss-el-jabal'), ('Majdal Selm', 'lb-majdal-selm'),
    ('Majdal Sham', 'il-majdal-shams'), ('Majdal Shams', 'il-majdal-shams'),
    ('Majdal Shams football field', 'il-majdal-shams'), ('Majdal Shams soccer field', 'il-majdal-shams'),
    ('Majdal Silm', 'lb-majdal-selm'), ('Majdal Zoun', 'lb-majdal-zoun'), ('Majdal Zun', 'lb-majdal-zoun'),
    ('Majdel Selm', 'lb-majdal-selm'), ('Majidiyeh', 'lb-el-majidiye'), ('Malkia', 'il-malkia'),
    ('Malkiya', 'il-malkia'), ('Malkiyya', 'il-malkia'), ('Manara', 'il-menara'),
    ('Mansouri (Tyre)', 'lb-mansouri-tyre'), ('Mansouri (south Lebanon)', 'lb-mansouri-tyre'),
    ('Mansouri in Tyre district', 'lb-mansouri-tyre'), ('Mansouri, Tyre', 'lb-mansouri-tyre'),
    ('Margaliot', 'il-margaliot'), ('Margaliyot', 'il-margaliot'), ('Marjayoun', 'lb-marjayoun'),
    ('Marjeyoun', 'lb-marjayoun'), ('Markaba', 'lb-markaba'), ('Maroun al-Ras', 'lb-maroun-al-ras'),
    ('Maroun el-Ras', 'lb-maroun-al-ras'), ('Marwaheen', 'lb-marwahin'), ('Marwahin', 'lb-marwahin'),
    ("Mas'ade", 'il-masade'), ('Masade', 'il-masade'), ('Matat', 'il-mattat'), ('Matsuva', 'il-mazzuva'),
    ('Matzuva', 'il-mazzuva'), ('Mayfadoun', 'lb-mayfadoun'), ('Mays al-Jabal', 'lb-meiss-el-jabal'),
    ('Mays el-Jabal', 'lb-meiss-el-jabal'), ('Mazraat Shebaa', 'il-shebaa-farms'), ('Meifadoun', 'lb-mayfadoun'),
    ('Meiss el-Jabal', 'lb-meiss-el-jabal'), ('Menara', 'il-menara'), ('Merkaba', 'lb-markaba'),
    ('Merom Golan', 'il-marom-golan'), ('Meron', 'il-meron'), ('Metula', 'il-metula'), ('Metulla', 'il-metula'),
    ('Metzuba', 'il-mazzuva'), ('Metzuva', 'il-mazzuva'), ('Mhaibib', 'lb-mhaibib'), ('Mhaybib', 'lb-mhaibib'),
    ("Mi'ilya", 'il-miilya'), ('Mifdoun', 'lb-mayfadoun'), ('Misgav Am', 'il-misgav-am'),
    ('Mitzpe Hila', 'il-mitzpe-hila'), ('Moshav Avivim', 'il-avivim'), ('Moshav Beit Hillel', 'il-beit-hillel'),
    ('Moshav Betzet', 'il-betzet'), ('Moshav Dishon', 'il-dishon'), ('Moshav Dovev', 'il-dovev'),
    ('Moshav Kfar Yuval', 'il-kfar-yuval'), ('Moshav Margaliot', 'il-margaliot'), ('Moshav Shtula', 'il-shtula'),
    ("Moshav Zar'it", 'il-zarit'), ('Mount Hermon', 'sy-mount-hermon'), ('Mount Meron', 'il-meron-air-control-base'),
    ('Nabatieh', 'lb-nabatieh'), ('Nabatieh al-Fawqa', 'lb-nabatieh'), ('Nabatiyeh', 'lb-nabatieh'),
    ('Nahariya', 'il-nahariyya'), ('Nahariyya', 'il-nahariyya'), ('Naqoura', 'lb-naqoura'), ('Naqura', 'lb-naqoura'),
    ('Neot Mordechai', 'il-neot-mordekhay'), ('Neve Ativ', 'il-neve-ativ'), ('Neve Ziv', 'il-nevve-ziv'),
    ('Odaisse', 'lb-odaisseh'), ('Odaisseh', 'lb-odaisseh'), ('Odaïssé', 'lb-odaisseh'), ('Odem', 'il-odem'),
    ('Ortal', 'il-ortal'), ("Peki'in", 'il-buqeia'), ('Qana', 'lb-qana'),
    ('Qantara (Marjayoun)', 'lb-qantara-marjayoun'), ('Qantara (south Lebanon)', 'lb-qantara-marjayoun'),
    ('Qantara in Marjayoun district', 'lb-qantara-marjayoun'), ('Qatzrin', 'il-katzrin'), ('Qazrin', 'il-katzrin'),
    ('Qiryat Shmona', 'il-kiryat-shmona'), ('Qlayaa', 'lb-qlayaa'), ('Qlayleh', 'lb-qlaileh'),
    ('Rab Thalathin', 'lb-rab-thalathin'), ('Rab Tlatin', 'lb-rab-thalathin'), ('Rachaya', 'lb-rachaiya-el-ouadi'),
    ('Rachaya al-Foukhar', 'lb-rashaya-al-fukhar'), ('Rachaya el-Foukhar', 'lb-rashaya-al-fukhar'),
    ('Ramat Magshimim', 'il-ramat-magshimim'), ('Ramia', 'lb-ramyah'), ('Ramim', 'il-ramim-barracks'),
    ('Ramim ridge', 'il-ramim-barracks'), ('Ramiyah', 'lb-ramyah'), ('Ramot Naftali', 'il-ramot-naftali'),
    ('Ramyah', 'lb-ramyah'), ('Ramyeh', 'lb-ramyah'), ('Ras Naqoura', 'lb-naqoura'), ('Ras al-Naqoura', 'lb-naqoura'),
    ('Rashaya al-Fukhar', 'lb-rashaya-al-fukhar'), ('Rmaych', 'lb-rmeish'), ('Rmaysh', 'lb-rmeish'),
    ('Rmeish', 'lb-rmeish'), ('Rosh Hanikra', 'il-rosh-hanikra'), ('Rosh Pina', 'il-rosh-pinna'),
    ('Rosh Pinna', 'il-rosh-pinna'), ('Sadiqin', 'lb-siddiqin'), ('Safad al-Battikh', 'lb-safad-al-battikh'),
    ('Safed', 'il-safed'), ('Salhani', 'lb-es-salhani'), ('Sde Nehemia', 'il-sde-nehemya'),
    ('Shaaitiyeh', 'lb-chaaitiyeh'), ('Shakra', 'lb-shaqra'), ('Shamaa', 'lb-chamaa-tyre'),
    ('Shamaa (Tyre)', 'lb-chamaa-tyre'), ('Shamaa (south Lebanon)', 'lb-chamaa-tyre'),
    ('Shamaa village', 'lb-chamaa-tyre'), ('Shaqra', 'lb-shaqra'), ('Shebaa', 'lb-shebaa'),
    ('Shebaa Farms', 'il-shebaa-farms'), ('Shetula', 'il-shtula'), ('Shihin', 'lb-shihin'), ('Shihine', 'lb-shihin'),
    ('Shlomi', 'il-shlomi'), ('Shomera', 'il-shomera'), ('Shomrat', 'il-shomrat'), ('Shtula', 'il-shtula'),
    ('Siddiqine', 'lb-siddiqin'), ('Snir', 'il-snir'), ('Sohmor', 'lb-sohmor'), ('Sour', 'lb-tyre'),
    ('Srifa', 'lb-srifa'), ('Taibeh', 'lb-taybeh-marjayoun'), ('Tair Harfa', 'lb-tayr-harfa'),
    ('Tallet al-Hamames', 'lb-hamames-hill'), ('Talloussa', 'lb-talloussa'), ('Taybeh', 'lb-taybeh-marjayoun'),
    ('Tayr Harfa', 'lb-tayr-harfa'), ('Tebnine', 'lb-tibnin'), ('Teir Harfa', 'lb-tayr-harfa'),
    ('Tel Hai', 'il-tel-hai'), ('Tiberias', 'il-tiberias'), ('Tibnin', 'lb-tibnin'), ('Tiri', 'lb-tiri'),
    ('Touline', 'lb-touline'), ('Tyr', 'lb-tyre'), ('Tyre', 'lb-tyre'), ('Tyre Harfa', 'lb-tayr-harfa'),
    ('Tzfat', 'il-safed'), ('Upper Galilee', 'il-upper-galilee'), ('Wadi Saluki', 'lb-wadi-saluki'),
    ('Wadi Slouqi', 'lb-wadi-saluki'), ('Wadi al-Hujeir', 'lb-wadi-al-hujeir'), ('Wazzani', 'lb-wazzani'),
    ("Ya'ara", 'il-yaara'), ('Yaara', 'il-yaara'), ('Yarin', 'lb-yarine'), ('Yarine', 'lb-yarine'),
    ('Yaroun', 'lb-yaroun'), ('Yarun', 'lb-yaroun'), ('Yatar', 'lb-yater'), ('Yater', 'lb-yater'),
    ("Yesod HaMa'ala", 'il-yesud-hamaala'), ("Yesud HaMa'ala", 'il-yesud-hamaala'), ('Yiftach', 'il-yiftah'),
    ('Yiftah', 'il-yiftah'), ("Yir'on", 'il-yiron'), ('Yiron', 'il-yiron'), ('Yohmor', 'lb-yohmor'),
    ('Yohmor al-Shqif', 'lb-yohmor'), ('Zalloutieh', 'lb-zalloutieh'), ("Zar'it", 'il-zarit'), ('Zarit', 'il-zarit'),
    ('Zebqine', 'lb-zibqin'), ('Zefat', 'il-safed'), ('Zibqin', 'lb-zibqin'), ('Zrariyeh', 'lb-zrariyeh'),
    ('al-Adaisseh', 'lb-odaisseh'), ('al-Dhayra', 'lb-dhayra'), ('al-Khiyam', 'lb-khiam'),
    ('al-Labbouneh', 'lb-labbouneh'), ('al-Mansouri (Tyre)', 'lb-mansouri-tyre'), ('al-Naqoura', 'lb-naqoura'),
    ('al-Qantara (Marjayoun)', 'lb-qantara-marjayoun'), ('al-Wazzani', 'lb-wazzani'),
    ('moshav Margaliot', 'il-margaliot'), ('moshav Shomera', 'il-shomera'), ('א-נאקורה', 'lb-naqoura'),
    ('אביבים', 'il-avivim'), ('אדמית', 'il-adamit'), ('אודם', 'il-odem'), ('איילת השחר', 'il-ayelet-hashahar'),
    ("אל-ח'יאם", 'lb-khiam'), ('אצבע הגליל', 'il-galilee-panhandle'), ('בוקעאתא', 'il-buqata'),
    ("בינת ג'בייל", 'lb-bent-jbail'), ('בית הלל', 'il-beit-hillel'), ('במטולה', 'il-metula'),
    ('במרגליות', 'il-margaliot'), ('בצת', 'il-betzet'), ('בקריית שמונה', 'il-kiryat-shmona'), ('ברנית', 'il-biranit'),
    ('בשלומי', 'il-shlomi'), ("ג'בין", 'lb-jebbayn'), ('גשר הזיו', 'il-gesher-haziv'), ("ד'הירה", 'lb-dhayra'),
    ('דהיירה', 'lb-dhayra'), ('דובב', 'il-dovev'), ('דישון', 'il-dishon'), ('דפנה', 'il-dafna'),
    ('הגולן', 'il-golan-heights'), ('הגליל העליון', 'il-upper-galilee'), ('הר דב', 'il-shebaa-farms'),
    ('הר החרמון', 'sy-mount-hermon'), ('הר מירון', 'il-meron-air-control-base'), ('זרעית', 'il-zarit'),
    ("ח'יאם", 'lb-khiam'), ('חורפיש', 'il-hurfeish'), ('חניתה', 'il-hanita'), ('חצור הגלילית', 'il-hatzor-haglilit'),
    ('טבריה', 'il-tiberias'), ('טייר חרפא', 'lb-tayr-harfa'), ('טיר חרפא', 'lb-tayr-harfa'), ('יארון', 'lb-yaroun'),
    ('יערה', 'il-yaara'), ('יפתח', 'il-yiftah'), ('כפר בלום', 'il-kfar-blum'), ('כפר גלעדי', 'il-kfar-giladi'),
    ('כפר יובל', 'il-kfar-yuval'), ('כפר כילא', 'lb-kfar-kila'), ('כפר מסריק', 'il-kefar-masaryk'),
    ('כרמיאל', 'il-karmiel'), ('לימן', 'il-liman-mateh-asher'), ("מג'דל זון", 'lb-majdal-zoun'),
    ("מג'דל שמס", 'il-majdal-shams'), ('מג׳דל שמס', 'il-majdal-shams'), ('מטולה', 'il-metula'), ('מירון', 'il-meron'),
    ('מלכיה', 'il-malkia'), ('מנרה', 'il-menara'), ('מעלות תרשיחא', 'il-maalot-tarshiha'), ('מצובה', 'il-mazzuva'),
    ('מרגליות', 'il-margaliot'), ('מרכבא', 'lb-markaba'), ('משגב עם', 'il-misgav-am'),
    ('נאות מרדכי', 'il-neot-mordekhay'), ('נאקורה', 'lb-naqoura'), ('נהריה', 'il-nahariyya'),
    ('נווה זיו', 'il-nevve-ziv'), ("ע'ג'ר", 'lb-ghajar'), ('עדייסה', 'lb-odaisseh'), ('עדיסה', 'lb-odaisseh'),
    ('עייתא א-שעב', 'lb-aita-al-shaab'), ('עין זיוון', 'il-ein-zivan'), ('עיתא א-שעב', 'lb-aita-al-shaab'),
    ('עיתרון', 'lb-aitaroun'), ('עכו', 'il-acre'), ('עלמא א-שעב', 'lb-alma-al-shaab'), ('עראמשה', 'il-aramsha'),
    ('ערב אל עראמשה', 'il-aramsha'), ('ערב אל-עראמשה', 'il-aramsha'), ('ע׳ג׳ר', 'lb-ghajar'), ('צפת', 'il-safed'),
    ('קיבוץ מנרה', 'il-menara'), ('קצרין', 'il-katzrin'), ('קריית שמונה', 'il-kiryat-shmona'),
    ('קרית שמונה', 'il-kiryat-shmona'), ('ראש הנקרה', 'il-rosh-hanikra'), ('ראש פינה', 'il-rosh-pinna'),
    ('רמות נפתלי', 'il-ramot-naftali'), ('רמת הגולן', 'il-golan-heights'), ('שומרה', 'il-shomera'),
    ('שלומי', 'il-shlomi'), ('שניר', 'il-snir'), ('שתולה', 'il-shtula'), ('תל חי', 'il-tel-hai'),
    ('أبيريم', 'il-abirim'), ('أدميت', 'il-adamit'), ('أفيفيم', 'il-avivim'), ('أودم', 'il-odem'),
    ('أيليت هشاحر', 'il-ayelet-hashahar'), ('إبل السقي', 'lb-ibl-al-saqi'), ('إصبع الجليل', 'il-galilee-panhandle'),
    ('ارنون', 'lb-arnoun'), ('افيفيم', 'il-avivim'), ('البياضة', 'lb-biyada'), ('الجليل الأعلى', 'il-upper-galilee'),
    ('الجميجمة', 'lb-jmaijmeh'), ('الجولان', 'il-golan-heights'), ('الجولان المحتل', 'il-golan-heights'),
    ('الخيام', 'lb-khiam'), ('الضهيرة', 'lb-dhayra'), ('العديسة', 'lb-odaisseh'), ('الغجر', 'lb-ghajar'),
    ('الغندورية', 'lb-ghandouriyeh'), ('القنطرة (جنوب لبنان)', 'lb-qantara-marjayoun'),
    ('القنطرة (مرجعيون)', 'lb-qantara-marjayoun'), ('اللبونة', 'lb-labbouneh'), ('اللويزة', 'lb-louaizeh'),
    ('المطلة', 'il-metula'), ('المنارة', 'il-menara'), ('المنصوري (جنوب لبنان)', 'lb-mansouri-tyre'),
    ('المنصوري (صور)', 'lb-mansouri-tyre'), ('الناقورة', 'lb-naqoura'), ('النبطية', 'lb-nabatieh'),
    ('الهبارية', 'lb-hebbariyeh'), ('الوزاني', 'lb-wazzani'), ('ايليت هشاحر', 'il-ayelet-hashahar'),
    ('بتست', 'il-betzet'), ('برانيت', 'il-biranit'), ('برعشيت', 'lb-barashit'), ('برعم', 'il-baram'),
    ('بركة ريشا', 'il-birkat-risha'), ('بلدة الخيام', 'lb-khiam'), ('بلدة الضهيرة', 'lb-dhayra'),
    ('بلدة العديسة', 'lb-odaisseh'), ('بلدة الناقورة', 'lb-naqoura'), ('بلدة حرفيش', 'il-hurfeish'),
    ('بلدة حولا', 'lb-houla'), ('بلدة طيرحرفا', 'lb-tayr-harfa'), ('بلدة علما الشعب', 'lb-alma-al-shaab'),
    ('بلدة عيتا الشعب', 'lb-aita-al-shaab'), ('بلدة عيترون', 'lb-aitaroun'), ('بلدة كفركلا', 'lb-kfar-kila'),
    ('بلدة مجدل زون', 'lb-majdal-zoun'), ('بلدة مجدل شمس', 'il-majdal-shams'), ('بلدة مركبا', 'lb-markaba'),
    ('بلدة يارون', 'lb-yaroun'), ('بليدا', 'lb-blida'), ('بنت جبيل', 'lb-bent-jbail'), ('بيت ليف', 'lb-beit-lif'),
    ('بيت هلل', 'il-beit-hillel'), ('بيت هيلل', 'il-beit-hillel'), ('تبنين', 'lb-tibnin'),
    ('تلال كفرشوبا', 'lb-kfarchouba'), ('تلة الحمامص', 'lb-hamames-hill'), ('تلة العزية', 'lb-el-izziye'),
    ('تولين', 'lb-touline'), ('ثكنة برانيت', 'il-biranit'), ('ثكنة دوفيف', 'il-dovev'),
    ('ثكنة راموت نفتالي', 'il-ramot-naftali'), ('ثكنة راميم', 'il-ramim-barracks'),
    ('ثكنة زبدين', 'il-zebdine-barracks'), ('ثكنة زرعيت', 'il-zarit'), ('ثكنة شوميرا', 'il-shomera'),
    ('ثكنة كيلع', 'il-kela-barracks'), ('ثكنة ليمان', 'il-liman-mateh-asher'), ('ثكنة هونين', 'il-hunin-barracks'),
    ('ثكنة يفتاح', 'il-yiftah'), ('جبشيت', 'lb-jibchit'), ('جبل الشيخ', 'sy-mount-hermon'),
    ('جبل اللبونة', 'lb-labbouneh'), ('جل الدير', 'il-jal-al-deir'), ('جناتا', 'lb-jannata'), ('جويا', 'lb-jouaiya'),
    ('حاروف', 'lb-harouf'), ('حانيتا', 'il-hanita'), ('حانين', 'lb-hanine'), ('حرفيش', 'il-hurfeish'),
    ('حلتا', 'lb-halta'), ('حناوي (صور)', 'lb-hanawiyeh-tyre'), ('حناوية (صور)', 'lb-hanawiyeh-tyre'),
    ('حولا', 'lb-houla'), ('خربة سلم', 'lb-khirbet-selm'), ('خيام', 'lb-khiam'),
    ('دبين (مرجعيون)', 'lb-dibbine-marjayoun'), ('دفنا', 'il-dafna'), ('دفنه', 'il-dafna'), ('دوفيف', 'il-dovev'),
    ('دير سريان', 'lb-deir-seryan'), ('ديرقانون رأس العين', 'lb-deir-qanoun-ras-al-ain'), ('ديشون', 'il-dishon'),
    ('رأس الناقورة', 'lb-naqoura'), ('راشيا الفخار', 'lb-rashaya-al-fukhar'), ('راموت نفتالي', 'il-ramot-naftali'),
    ('راميا', 'lb-ramyah'), ('رامية', 'lb-ramyah'), ('راميم', 'il-ramim-barracks'), ('راميه', 'lb-ramyah'),
    ('رب ثلاثين', 'lb-rab-thalathin'), ('ربثلاثين', 'lb-rab-thalathin'), ('رميش', 'lb-rmeish'),
    ('روش بينا', 'il-rosh-pinna'), ('روش هانيكرا', 'il-rosh-hanikra'), ('زبقين', 'lb-zibqin'), ('زرعيت', 'il-zarit'),
    ('سعسع', 'sy-sasa'), ('سنير', 'il-snir'), ('شبعا', 'lb-shebaa'), ('شتولا', 'il-shtula'), ('شقرا', 'lb-shaqra'),
    ('شلومي', 'il-shlomi'), ('شمع (جنوب لبنان)', 'lb-chamaa-tyre'), ('شمع (صور)', 'lb-chamaa-tyre'),
    ('شوميرا', 'il-shomera'), ('شيحين', 'lb-shihin'), ('صديقين', 'lb-siddiqin'), ('صريفا', 'lb-srifa'),
    ('صفد', 'il-safed'), ('صور', 'lb-tyre'), ('ضهيرة', 'lb-dhayra'), ('طبريا', 'il-tiberias'),
    ('طير حرفا', 'lb-tayr-harfa'), ('طيرحرفا', 'lb-tayr-harfa'), ('عديسة', 'lb-odaisseh'),
    ('عرب العرامشة', 'il-aramsha'), ('عرب اللويزة', 'lb-arab-al-louaizeh'), ('عكا', 'il-acre'),
    ('علما الشعب', 'lb-alma-al-shaab'), ('علما الشّعب', 'lb-alma-al-shaab'), ('عيتا الجبل', 'lb-aita-al-zott'),
    ('عيتا الشعب', 'lb-aita-al-shaab'), ('عيترون', 'lb-aitaroun'), ('عين بعال', 'lb-ain-baal'),
    ('عين زيتيم', 'il-ein-zeitim'), ('عيناثا', 'lb-aynata'), ('فرون', 'lb-froun'),
    ('قاعدة ميرون', 'il-meron-air-control-base'), ('قرية عرب العرامشة', 'il-aramsha'), ('كابري', 'il-kabri'),
    ('كتسرين', 'il-katzrin'), ('كرمئيل', 'il-karmiel'), ('كريات شمونة', 'il-kiryat-shmona'),
    ('كريات شمونه', 'il-kiryat-shmona'), ('كفار بلوم', 'il-kfar-blum'), ('كفار جلعادي', 'il-kfar-giladi'),
    ('كفار سولد', 'il-kfar-szold'), ('كفار فراديم', 'il-kfar-vradim'), ('كفار يوفال', 'il-kfar-yuval'),
    ('كفاربلوم', 'il-kfar-blum'), ('كفر بلوم', 'il-kfar-blum'), ('كفر جلعادي', 'il-kfar-giladi'),
    ('كفر شوبا', 'lb-kfarchouba'), ('كفر كلا', 'lb-kfar-kila'), ('كفرا (بنت جبيل)', 'lb-kafra-bint-jbeil'),
    ('كفرجلعادي', 'il-kfar-giladi'), ('كفرحمام', 'lb-kfar-hamam'), ('كفرشوبا', 'lb-kfarchouba'),
    ('كفركلا', 'lb-kfar-kila'), ('كونين', 'lb-kounine'), ('كيبوتس كتسرين', 'il-katzrin'),
    ('مارون الراس', 'lb-maroun-al-ras'), ('متات', 'il-mattat'), ('متسوفا', 'il-mazzuva'),
    ('مجدل زون', 'lb-majdal-zoun'), ('مجدل سلم', 'lb-majdal-selm'), ('مجدل شمس', 'il-majdal-shams'),
    ('مدينة بنت جبيل', 'lb-bent-jbail'), ('مدينة صور', 'lb-tyre'), ('مرجليوت', 'il-margaliot'),
    ('مرغليوت', 'il-margaliot'), ('مركبا', 'lb-markaba'), ('مروحين', 'lb-marwahin'), ('مزارع شبعا', 'il-shebaa-farms'),
    ('مستعمرة أبيريم', 'il-abirim'), ('مستعمرة أدميت', 'il-adamit'), ('مستعمرة أفيفيم', 'il-avivim'),
    ('مستعمرة أيليت هشاحر', 'il-ayelet-hashahar'), ('مستعمرة إيليت هشاحر', 'il-ayelet-hashahar'),
    ('مستعمرة الغجر', 'lb-ghajar'), ('مستعمرة المطلة', 'il-metula'), ('مستعمرة المنارة', 'il-menara'),
    ('مستعمرة بتست', 'il-betzet'), ('مستعمرة برعم', 'il-baram'), ('مستعمرة بيت هلل', 'il-beit-hillel'),
    ('مستعمرة بيت هيلل', 'il-beit-hillel'), ('مستعمرة حانيتا', 'il-hanita'), ('مستعمرة دفنا', 'il-dafna'),
    ('مستعمرة دوفيف', 'il-dovev'), ('مستعمرة راموت نفتالي', 'il-ramot-naftali'),
    ('مستعمرة روش هانيكرا', 'il-rosh-hanikra'), ('مستعمرة زرعيت', 'il-zarit'), ('مستعمرة سنير', 'il-snir'),
    ('مستعمرة شتولا', 'il-shtula'), ('مستعمرة شلومي', 'il-shlomi'), ('مستعمرة شوميرا', 'il-shomera'),
    ('مستعمرة كابري', 'il-kabri'), ('مستعمرة كتسرين', 'il-katzrin'), ('مستعمرة كريات شمونة', 'il-kiryat-shmona'),
    ('مستعمرة كفار بلوم', 'il-kfar-blum'), ('مستعمرة كفار فراديم', 'il-kfar-vradim'),
    ('مستعمرة كفار يوفال', 'il-kfar-yuval'), ('مستعمرة كفرجلعادي', 'il-kfar-giladi'), ('مستعمرة متات', 'il-mattat'),
    ('مستعمرة مرغليوت', 'il-margaliot'), ('مستعمرة مسكاف عام', 'il-misgav-am'),
    ('مستعمرة معالوت ترشيحا', 'il-maalot-tarshiha'), ('مستعمرة ميرون', 'il-meron'), ('مستعمرة نهاريا', 'il-nahariyya'),
    ('مستعمرة نيفيه زيف', 'il-nevve-ziv'), ('مستعمرة يرؤون', 'il-yiron'), ('مستعمرة يعرا', 'il-yaara'),
    ('مستعمرة يفتاح', 'il-yiftah'), ('مستوطنة المطلة', 'il-metula'), ('مستوطنة شلومي', 'il-shlomi'),
    ('مستوطنة كتسرين', 'il-katzrin'), ('مستوطنة كريات شمونة', 'il-kiryat-shmona'), ('مستوطنة متسوفا', 'il-mazzuva'),
    ('مستوطنة ميرون', 'il-meron'), ('مستوطنة نهاريا', 'il-nahariyya'), ('مسغاف عام', 'il-misgav-am'),
    ('مسكاف عام', 'il-misgav-am'), ('معالوت', 'il-maalot-tarshiha'), ('معالوت ترشيحا', 'il-maalot-tarshiha'),
    ('مفرق جولاني', 'il-golani-junction'), ('ملعب مجدل شمس', 'il-majdal-shams'),
    ('موقع السماقة', 'il-summaqa-position'), ('موقع المالكية', 'il-malkia'), ('موقع المطلة', 'il-metula'),
    ('موقع بركة ريشا', 'il-birkat-risha'), ('موقع جل الدير', 'il-jal-al-deir'), ('موقع حانيتا', 'il-hanita'),
    ('ميرون', 'il-meron'), ('ميس الجبل', 'lb-meiss-el-jabal'), ('ميفدون', 'lb-mayfadoun'), ('ناقورة', 'lb-naqoura'),
    ('نفيه زيف', 'il-nevve-ziv'), ('نهاريا', 'il-nahariyya'), ('نيفيه زيف', 'il-nevve-ziv'),
    ('هضبة الجولان', 'il-golan-heights'), ('وادي حامول', 'lb-hamoul'), ('يارون', 'lb-yaroun'), ('ياطر', 'lb-yater'),
    ('يحمر', 'lb-yohmor'), ('يحمر الشقيف', 'lb-yohmor'), ('يرؤون', 'il-yiron'), ('يعرا', 'il-yaara'),
    ('يفتاح', 'il-yiftah'),
]

#: Names of places held before that the new rows stand by or sound like: each keeps its place.
NEIGHBOURS: list[tuple[str, str]] = [
    ("Shamiya", "iq-ash-shamiyah"), ("Shamiyah", "iq-ash-shamiyah"), ("Al-Shamiya", "iq-ash-shamiyah"),
    ("الشامية", "iq-ash-shamiyah"), ("Al-Shamiya District", "iq-dist-al-shamiya"),
    ("Shamiya District", "iq-dist-al-shamiya"), ("Chamtir", "iq-chamtir"), ("Chame", "iq-chame"),
    ("Louaizeh", "lb-louaizeh"), ("اللويزة", "lb-louaizeh"), ("حناوية", "sy-al-hannawiyah"),
    ("Al-Hannawiyah", "sy-al-hannawiyah"), ("Al Mansuriyah", "ye-al-mansuriyah"), ("Tyre", "lb-tyre"),
    ("صور", "lb-tyre"), ("Marjayoun", "lb-marjayoun"), ("مرجعيون", "lb-marjayoun"), ("Majdal Zoun", "lb-majdal-zoun"),
    ("Biyada", "lb-biyada"), ("تل البياد", "iq-tall-al-bayad"), ("Deir Seryan", "lb-deir-seryan"),
    ("Wazzani", "lb-wazzani"), ("Ghajar", "lb-ghajar"),
]

#: Words a report writes that are none of the new places (bare names the rows keep only with their district, words,
#: given names and surnames, and the places they once stole from).
NOT_PLACES = ["Sham", "شمع", "بلدة شمع", "الشام", "Mansour", "Mansoura", "Mansouri", "Al-Mansouri", "المنصوري",
              "بلدة المنصوري", "منصور", "Qantara", "Kantara", "القنطرة", "El Qantara", "Hanaway", "Hanawiyeh", "حناوي",
              "حناوية", "Haniyeh", "هنية", "Arab", "عرب", "Louaizeh", "اللويزة", "Shamiya", "الشامية", "Chamtir",
              "Tyre", "صور", "Marjayoun", "Summaqa", "Samaqa", "الخالصة", "Chame", "wax"]

#: Rows spared the towns tool's sound rule (id -> why): each name sounds like a place of another province, which keeps
#: its own names by exact match (``NEIGHBOURS``).
SOUND_WAIVED = {
    "lb-chamaa-tyre": "Chamaa and Chamaâ sound like ash-Shamiyah of Qadisiyah and its district, which keep Shamiya, "
                 "Shamiyah, Al-Shamiya, الشامية, Al-Shamiya District and Shamiya District",
}

globals().update(curated_file_tests(REPORTED_PLACES73, REFERENCE, SPELLINGS, NEIGHBOURS, NOT_PLACES,
                                    sound_waived=SOUND_WAIVED))


#: Spellings that went elsewhere before (the place of the branch's start): each resolved wrong then.
WRONG_BEFORE = {
    'Al-Mansouri (Tyre)': 'lb-tyre', 'Arab al-Louaizeh': 'lb-louaizeh', 'Arab al-Luwaiza': 'lb-louaizeh',
    'Arab al-Luwayzah': 'lb-louaizeh', 'Arab el-Louaizeh': 'lb-louaizeh', 'Chamaa (Tyre)': 'lb-tyre',
    'Chamaa (south Lebanon)': 'lb-south-lebanon', 'Chamaa in Tyre district': 'lb-dist-tyre', 'Chamaa, Tyre': 'lb-tyre',
    'Hanaway (Tyre)': 'lb-tyre', 'Hanawiyeh (Tyre)': 'lb-tyre', 'Hanawiyeh (south Lebanon)': 'lb-south-lebanon',
    'Mansouri (Tyre)': 'lb-tyre', 'Mansouri (south Lebanon)': 'lb-south-lebanon',
    'Mansouri in Tyre district': 'lb-dist-tyre', 'Mansouri, Tyre': 'lb-tyre', 'Qantara (Marjayoun)': 'lb-marjayoun',
    'Qantara (south Lebanon)': 'lb-south-lebanon', 'Qantara in Marjayoun district': 'lb-dist-marjayoun',
    'Shakra': 'jo-sakhrah', 'Shamaa': 'iq-ash-shamiyah', 'Shamaa (Tyre)': 'lb-tyre',
    'Shamaa (south Lebanon)': 'lb-south-lebanon', 'Shamaa village': 'iq-ash-shamiyah', 'al-Mansouri (Tyre)': 'lb-tyre',
    'al-Qantara (Marjayoun)': 'lb-marjayoun', 'القنطرة (جنوب لبنان)': 'lb-south-lebanon',
    'القنطرة (مرجعيون)': 'lb-marjayoun', 'المنصوري (جنوب لبنان)': 'lb-south-lebanon', 'المنصوري (صور)': 'lb-tyre',
    'حناوي (صور)': 'lb-tyre', 'حناوية (صور)': 'sy-al-hannawiyah', 'شمع (جنوب لبنان)': 'lb-south-lebanon',
    'شمع (صور)': 'lb-tyre', 'عرب اللويزة': 'lb-louaizeh',
}


@pytest.mark.parametrize("spelling", sorted(WRONG_BEFORE))
def test_a_spelling_that_went_elsewhere_now_finds_its_place(g, spelling):
    assert dict(SPELLINGS)[spelling] != WRONG_BEFORE[spelling]
    assert g.resolve(spelling).id == dict(SPELLINGS)[spelling]


def test_chamaa_holds_no_arabic_key_of_its_own_and_no_name_with_tyre(g):
    # شمع is 'wax', and "بلدة شمع" would make it a key; "Chamaa (Tyre)" sounds like Chamtir of Diyala
    names = g.get("lb-chamaa-tyre").names()
    assert "شمع" not in names and "بلدة شمع" not in names
    assert not any("Tyre" in name for name in names)
    assert g.resolve("Chamaa (Tyre)").id == "lb-chamaa-tyre"


#: Sentences written for this test in the reports' words: (sentence, the places it names).
SENTENCES = [
    ("Israeli strikes hit Chamaa and Majdal Zoun in the Tyre district, the National News Agency said",
     {"lb-chamaa-tyre", "lb-majdal-zoun"}),
    ("Israeli forces tried to advance toward Chamaa and the Bayada hill", {"lb-chamaa-tyre", "lb-biyada"}),
    ("قام مجاهدو المقاومة الإسلامية بإطلاق عشرات من صواريخ الكاتيوشا على مستوطنة متسوفا", {"il-mazzuva"}),
    ("Hezbollah said it fired Katyusha rockets at Metzuba in the Western Galilee", {"il-mazzuva"}),
    ("أعلن حزب الله أنه قصف مستعمرتي نيفيه زيف وأبيريم بصواريخ الكاتيوشا للمرة الأولى", {"il-nevve-ziv", "il-abirim"}),
    ("An anti-tank missile launch position in Aarab El Louaizeh, also used in attacks on Kiryat Shmona, was struck",
     {"lb-arab-al-louaizeh", "il-kiryat-shmona"}),
    ("The IDF struck a Hezbollah command center in Jabal al-Batam and rocket launching positions in Houla",
     {"lb-jbal-al-botm", "lb-houla"}),
    ("A rocket struck a soccer field in Majdal Shams in the Golan Heights, killing 12 children", {"il-majdal-shams"}),
    ("נפילות במטולה ובקריית שמונה לאחר ירי מלבנון", {"il-metula", "il-kiryat-shmona"}),
    ("حزب الله يستهدف مستعمرة المطلة وثكنة برانيت ومستعمرة شلومي", {"il-metula", "il-biranit", "il-shlomi"}),
    ("غارة إسرائيلية على بلدة طيرحرفا وأخرى على أطراف مجدل زون", {"lb-tayr-harfa", "lb-majdal-zoun"}),
    ("قصف مدفعي على ربثلاثين والخيام ووادي السلوقي", {"lb-rab-thalathin", "lb-khiam"}),
    ("شن الطيران المعادي غارة على مركز للدفاع المدني في بلدة ديرقانون رأس العين", {"lb-deir-qanoun-ras-al-ain"}),
    ("استهدف حزب الله تجمعا لقوات جيش العدو في مستعمرة روش هانيكرا بصلية صاروخية", {"il-rosh-hanikra"}),
    ("حزب الله يستهدف مستعمرة أيليت هشاحر بوابل من الصواريخ", {"il-ayelet-hashahar"}),
    ("רקטה נפלה בערב אל-עראמשה ושתי רקטות נוספות בשטח פתוח", {"il-aramsha"}),
    ('חיזבאללה שיגר כטב"ם לעבר איילת השחר', {"il-ayelet-hashahar"}),
    ("Shakra and Mays al-Jabal were shelled by Israeli artillery", {"lb-shaqra", "lb-meiss-el-jabal"}),
    ("Israeli airstrikes hit Aitaroun, Odaisseh and Kfar Kila in south Lebanon",
     {"lb-aitaroun", "lb-odaisseh", "lb-kfar-kila"}),
    ("Hezbollah fired a barrage of rockets at Metula, Margaliot and Kfar Giladi",
     {"il-metula", "il-margaliot", "il-kfar-giladi"}),
]


@pytest.mark.parametrize(("sentence", "place_ids"), SENTENCES)
def test_the_extractor_reads_the_spellings_in_report_sentences(sentence, place_ids):
    import geoincidents as gi  # noqa: PLC0415 (the extractor, on sentences written for this test)

    places = gi.extract_report(sentence, published="2024-08-01").places
    assert place_ids <= set(places["place_id"])
