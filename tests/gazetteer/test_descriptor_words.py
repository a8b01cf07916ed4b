"""Descriptor words of each language outlets write, around a place name (``data/normalize_descriptors.csv``).

Reports and analysts write a place with a word that says what it is, in their language's order and script: "provincie
Homs", "Homs-provinsen", "Haszaka tartomány", "prowincja Hims", "Haseke Valiliği", "мухафаза Хомс", "επαρχία Χασάκα",
"صوبہ حمص", "tỉnh Hasakah", "Wilayah Homs". Each row below was checked with a script that writes every descriptor
word of a language (province/governorate and 'governorship', district, sub-district, city, town, village,
neighbourhood, camp, base, air base, airport, oil and gas field, port, refinery, power plant, dam, hospital, region,
with their 'of the' and 'in the' forms) around held places in that language's spelling of them; before the words
were rows, the phrase gave the city (the province's capital, the town of a district, the town of a camp or a
facility) or nothing. Each table holds at least one phrase for every word added, in the language's order; a Latin
name stands where the language's own spelling of it names no place yet (Polish "Sindżar", Czech "Bajdží",
Hungarian "Homsz", Kurmanji "Kirmaşan", Sorani حومس, Russian Синджар and Байджи, Hindi करमानशाह: names, not words,
are what those lack).

How the words are read. A descriptor phrase is matched at any place in the phrase, before or after the name, so
one row serves "provincie Homs" and "Homs provincie", and a Scandinavian definite form joined by a hyphen
("Homs-provinsen") is a word of its own once the hyphen is folded. Cyrillic and Greek words are rows in their own
script (the phrase is read as written first, where a name held in the script is found: "провинция Хасеке") and in
each Latin reading :func:`gazetteer.romanize.romanizations` gives them, the case-stripped ones too ('muhafaz',
'gubernatorstv', 'hubernatorstvo'): the readings vote, and a reading whose word had lost its ending found the city
and outvoted the province. The Greek rows 'eparchia'/'eparchias' are no reading the resolver makes ('eparhia',
'eparkhia' are). Devanagari folds without its vowel signs, so a Hindi word is a row in Devanagari only where the
folded letters are no other word, and otherwise only as read in Latin letters.

Left out, and why (each checked with ``wordfreq`` and against every name the gazetteer holds):

- German "Kreis" (the usual word is "Distrikt"; 'circle'), "Lager" ('camp' but also 'warehouse', 'bearing', a
  political 'camp'; with it go Russian лагерь and its Latin readings, whose 'lager' is the German word), "Governorat"
  (a rare misspelling of Gouvernorat).
- Italian "campo di", Portuguese "campo de", Spanish "campo de" alone: 'field of' as much as 'camp of' ("campo de
  gas" is a field); the refugee camp words are in.
- Swedish "byn", Danish/Norwegian "by" (2-3 letters, 'village', 'city'); Malay "Kampung" (a frequent part of names
  in Malay); Vietnamese "quận" (folded it is "quan", also quân 'army', as in căn cứ không quân) and "làng", "xã"
  (short words that fold onto other words; the place is a village or town without them).
- Arabic ولاية (Oman's and Sudan's wilayats are districts, and it is 'state' of the US), مقاطعة ('boycott'),
  إقليم ('region': إقليم كردستان is the Kurdistan Region); Sorani ویلایەتی and هەرێمی likewise.
- The Latin readings "polis", "polish" (of πόλη/πόλης: Swedish and Indonesian 'police', English 'Polish'), "porta"
  (of порта: Italian and Portuguese 'door'), "misto", "mista", "misti" (of місто: Czech 'místo', 'place'); the
  Cyrillic and Greek rows themselves are in.
- Hindi ज़िला, जिला, जिले and कैंप in Devanagari: folded they are जल ('water', and 'jail' in एविन जेल) and कप
  ('cup'); their Latin readings zila, jila, jile, zile, kainp are rows.
- Region words (German "Region", French "région de", Russian регион, Turkish "bölgesi", Persian منطقه, Hebrew
  אזור, Vietnamese "khu vực"): the phrase grammar keeps them as qualifiers (``data/phrase_words.csv``), and between a
  city and the province named alike they give the city; that choice is the grammar's, not a missing word.

What the data cannot express:

- Dams have no canonical descriptor: "Mosul Dam" is the name of its place, so "barrage de Mossoul", "Staudamm
  Mossul", "סכר מוסול" find the city or nothing. A 'dam' word would key every dam by its bare name: "Saddam" (of
  Saddam Dam, the Mosul Dam's old name), "Thawra" (al-Thawra Dam) and "Tishrin" (تشرين is also the month) would
  become dams. Hospitals are a canonical word of their own (``hospital``, kind facility) in the languages whose word
  is in no held name; left out are the English (and Spanish, Portuguese) "hospital", which reports read with ("the
  wounded were taken to a hospital in Tamra") and names hold (Soroka hospital, Sheba hospital), Arabic مستشفى
  and Hebrew בית החולים (held names: בית החולים שיבא would key Sheba as שיבא), Russian госпиталь (read in Latin
  letters it is 'hospital'), and Persian بیمارستان, Urdu ہسپتال, Sorani نەخۆشخانەی, for no hospital is held by a
  name in their letters to test them with.
- A Russian or Ukrainian preposition before a word joined to a name held in Cyrillic: "в провинции Хасеке" is the city
  (read by likeness as written), while "провинция Хасеке" and "в провинции Хомс" are the province.
- A camp named with a spelling heard only by sound ("w obozie Machmur", "Mahmur kampı", "лагерь Махмур") gives the
  town: the camp's name is Makhmur, and a name heard by sound is not given up for a place of the kind asked for.
"""
from __future__ import annotations

import pytest

from gazetteer import Gazetteer
from gazetteer.errors import PlaceNotFound


@pytest.fixture(scope="module")
def g() -> Gazetteer:
    return Gazetteer.default()


GERMAN = [
    ('Viertel Mezze', 'sy-mezzeh', 'area'),
    ('das Stadtviertel Mezze', 'sy-mezzeh', 'area'),
    ('ein Viertel der Stadt Homs', 'sy-homs', 'city'),
    ('Subdistrikt Sinjar', 'iq-dist-sinjar', 'district'),
    ('Kleinstadt Shaddadi', 'sy-shaddadi', 'town'),
    ('Stadtteil Mezzeh', 'sy-mezzeh', 'area'),
    ('Flüchtlingslager Makhmur', 'iq-makhmur-camp', 'area'),
    ('Kraftwerk Hezyaz', 'ye-hezyaz-power-station', 'facility'),
    ('in der Provinz Hasaka', 'sy-gov-hasakah', 'governorate'),
]

FRENCH = [
    ('bourgade Shaddadi', 'sy-shaddadi', 'town'),
    ('bourgade de Shaddadi', 'sy-shaddadi', 'town'),
    ('camp de réfugiés Makhmur', 'iq-makhmur-camp', 'area'),
    ('camp de réfugiés de Makhmur', 'iq-makhmur-camp', 'area'),
]

ITALIAN = [
    ('governatorato Homs', 'sy-gov-homs', 'governorate'),
    ('governatorato di Homs', 'sy-gov-homs', 'governorate'),
    ('campo profughi Makhmur', 'iq-makhmur-camp', 'area'),
    ('campo profughi di Makhmur', 'iq-makhmur-camp', 'area'),
    ('nel governatorato di Deir el-Zor', 'sy-gov-deir-ez-zor', 'governorate'),
    ('il campo profughi di Makhmur', 'iq-makhmur-camp', 'area'),
]

SPANISH = [
    ('gobernorado Homs', 'sy-gov-homs', 'governorate'),
    ('gobernorado de Homs', 'sy-gov-homs', 'governorate'),
    ('barrio Mezzeh', 'sy-mezzeh', 'area'),
    ('barrio de Mezzeh', 'sy-mezzeh', 'area'),
    ('campamento Makhmur', 'iq-makhmur-camp', 'area'),
    ('campamento de Makhmur', 'iq-makhmur-camp', 'area'),
    ('campo de refugiados Makhmur', 'iq-makhmur-camp', 'area'),
    ('campo de refugiados de Makhmur', 'iq-makhmur-camp', 'area'),
]

PORTUGUESE = [
    ('governorado Homs', 'sy-gov-homs', 'governorate'),
    ('governorado de Homs', 'sy-gov-homs', 'governorate'),
    ('acampamento Makhmur', 'iq-makhmur-camp', 'area'),
    ('acampamento de Makhmur', 'iq-makhmur-camp', 'area'),
    ('porto de Hodeidah', 'ye-port-of-hodeidah', 'facility'),
]

DUTCH = [
    ('provincie Homs', 'sy-gov-homs', 'governorate'),
    ('gouvernoraat Homs', 'sy-gov-homs', 'governorate'),
    ('vluchtelingenkamp Makhmur', 'iq-makhmur-camp', 'area'),
    ('luchthaven Erbil', 'iq-erbil-international-airport', 'airport'),
    ('vliegveld Erbil', 'iq-erbil-international-airport', 'airport'),
    ('haven van Hodeidah', 'ye-port-of-hodeidah', 'facility'),
    ('raffinaderij Baiji', 'iq-baiji-refinery', 'facility'),
    ('kamp Makhmur', 'iq-makhmur-camp', 'area'),
    ('in de provincie Al-Hasakah', 'sy-gov-hasakah', 'governorate'),
    ('de luchthaven Kermanshah', 'ir-kermanshah-airport', 'airport'),
]

SCANDINAVIAN = [
    ('Homs-provinsen', 'sy-gov-homs', 'governorate'),
    ('Homs provins', 'sy-gov-homs', 'governorate'),
    ('Homs-guvernementet', 'sy-gov-homs', 'governorate'),
    ('Sinjar-distriktet', 'iq-dist-sinjar', 'district'),
    ('Ain al-Asad-flygbasen', 'iq-ain-al-asad-air-base', 'air_base'),
    ('Erbil flygplats', 'iq-erbil-international-airport', 'airport'),
    ('hamnen i Hodeidah', 'ye-port-of-hodeidah', 'facility'),
    ('Baiji-raffinaderiet', 'iq-baiji-refinery', 'facility'),
    ('Hezyaz-kraftverket', 'ye-hezyaz-power-station', 'facility'),
    ('Makhmur-lägret', 'iq-makhmur-camp', 'area'),
    ('Homs guvernement', 'sy-gov-homs', 'governorate'),
    ('Erbil lufthavn', 'iq-erbil-international-airport', 'airport'),
    ('havnen i Hodeidah', 'ye-port-of-hodeidah', 'facility'),
    ('Makhmur-lejren', 'iq-makhmur-camp', 'area'),
    ('Makhmur-leiren', 'iq-makhmur-camp', 'area'),
]

POLISH = [
    ('prowincja Homs', 'sy-gov-homs', 'governorate'),
    ('prowincji Homs', 'sy-gov-homs', 'governorate'),
    ('prowincję Homs', 'sy-gov-homs', 'governorate'),
    ('muhafazie Homs', 'sy-gov-homs', 'governorate'),
    ('gubernatorstwo Homs', 'sy-gov-homs', 'governorate'),
    ('gubernatorstwie Homs', 'sy-gov-homs', 'governorate'),
    ('dystrykt Sinjar', 'iq-dist-sinjar', 'district'),
    ('dystrykcie Sinjar', 'iq-dist-sinjar', 'district'),
    ('okręg Sinjar', 'iq-dist-sinjar', 'district'),
    ('okręgu Sinjar', 'iq-dist-sinjar', 'district'),
    ('miasto Erbil', 'iq-erbil', 'city'),
    ('mieście Erbil', 'iq-erbil', 'city'),
    ('miasta Erbil', 'iq-erbil', 'city'),
    ('miasteczko Shaddadi', 'sy-shaddadi', 'town'),
    ('miasteczku Shaddadi', 'sy-shaddadi', 'town'),
    ('wieś Kocho', 'iq-kocho', 'village'),
    ('wsi Kocho', 'iq-kocho', 'village'),
    ('dzielnica Mezzeh', 'sy-mezzeh', 'area'),
    ('dzielnicy Mezzeh', 'sy-mezzeh', 'area'),
    ('obóz Makhmur', 'iq-makhmur-camp', 'area'),
    ('obozie Makhmur', 'iq-makhmur-camp', 'area'),
    ('baza lotnicza Ain al-Asad', 'iq-ain-al-asad-air-base', 'air_base'),
    ('bazie lotniczej Ain al-Asad', 'iq-ain-al-asad-air-base', 'air_base'),
    ('bazę lotniczą Ain al-Asad', 'iq-ain-al-asad-air-base', 'air_base'),
    ('lotnisko Erbil', 'iq-erbil-international-airport', 'airport'),
    ('lotnisku Erbil', 'iq-erbil-international-airport', 'airport'),
    ('port lotniczy Erbil', 'iq-erbil-international-airport', 'airport'),
    ('pole naftowe Tanak', 'sy-tanak-oil-field', 'facility'),
    ('polu naftowym Tanak', 'sy-tanak-oil-field', 'facility'),
    ('złoże Tanak', 'sy-tanak-oil-field', 'facility'),
    ('pole gazowe Khor Mor', 'iq-khor-mor-gas-field', 'facility'),
    ('porcie Hodeidah', 'ye-port-of-hodeidah', 'facility'),
    ('rafineria Baiji', 'iq-baiji-refinery', 'facility'),
    ('rafinerię Baiji', 'iq-baiji-refinery', 'facility'),
    ('rafinerii Baiji', 'iq-baiji-refinery', 'facility'),
    ('elektrownia Hezyaz', 'ye-hezyaz-power-station', 'facility'),
    ('w prowincji Al-Hasaka', 'sy-gov-hasakah', 'governorate'),
    ('na lotnisku Irbil', 'iq-erbil-international-airport', 'airport'),
    ('w bazie lotniczej Ain al-Asad', 'iq-ain-al-asad-air-base', 'air_base'),
]

CZECH = [
    ('provincii Homs', 'sy-gov-homs', 'governorate'),
    ('guvernorát Homs', 'sy-gov-homs', 'governorate'),
    ('guvernorátu Homs', 'sy-gov-homs', 'governorate'),
    ('okres Sinjar', 'iq-dist-sinjar', 'district'),
    ('okrese Sinjar', 'iq-dist-sinjar', 'district'),
    ('město Erbil', 'iq-erbil', 'city'),
    ('městě Erbil', 'iq-erbil', 'city'),
    ('městečko Shaddadi', 'sy-shaddadi', 'town'),
    ('vesnice Kocho', 'iq-kocho', 'village'),
    ('vesnici Kocho', 'iq-kocho', 'village'),
    ('čtvrť Mezzeh', 'sy-mezzeh', 'area'),
    ('tábor Makhmur', 'iq-makhmur-camp', 'area'),
    ('táboře Makhmur', 'iq-makhmur-camp', 'area'),
    ('letecká základna Ain al-Asad', 'iq-ain-al-asad-air-base', 'air_base'),
    ('letecké základně Ain al-Asad', 'iq-ain-al-asad-air-base', 'air_base'),
    ('základna Ain al-Asad', 'iq-ain-al-asad-air-base', 'air_base'),
    ('základně Ain al-Asad', 'iq-ain-al-asad-air-base', 'air_base'),
    ('letiště Erbil', 'iq-erbil-international-airport', 'airport'),
    ('letišti Erbil', 'iq-erbil-international-airport', 'airport'),
    ('ropné pole Tanak', 'sy-tanak-oil-field', 'facility'),
    ('plynové pole Khor Mor', 'iq-khor-mor-gas-field', 'facility'),
    ('přístav Hodeidah', 'ye-port-of-hodeidah', 'facility'),
    ('přístavu Hodeidah', 'ye-port-of-hodeidah', 'facility'),
    ('elektrárna Hezyaz', 'ye-hezyaz-power-station', 'facility'),
    ('v provincii Al-Hasaka', 'sy-gov-hasakah', 'governorate'),
    ('na letišti Arbíl', 'iq-erbil-international-airport', 'airport'),
]

HUNGARIAN = [
    ('Homs tartomány', 'sy-gov-homs', 'governorate'),
    ('Homs tartományban', 'sy-gov-homs', 'governorate'),
    ('Homs tartományt', 'sy-gov-homs', 'governorate'),
    ('Homs tartományi', 'sy-gov-homs', 'governorate'),
    ('Homs tartományból', 'sy-gov-homs', 'governorate'),
    ('Homs kormányzóság', 'sy-gov-homs', 'governorate'),
    ('Homs kormányzóságban', 'sy-gov-homs', 'governorate'),
    ('Sinjar körzet', 'iq-dist-sinjar', 'district'),
    ('Sinjar körzetben', 'iq-dist-sinjar', 'district'),
    ('Sinjar járás', 'iq-dist-sinjar', 'district'),
    ('Sinjar járásban', 'iq-dist-sinjar', 'district'),
    ('Erbil város', 'iq-erbil', 'city'),
    ('Erbil városban', 'iq-erbil', 'city'),
    ('Shaddadi kisváros', 'sy-shaddadi', 'town'),
    ('Kocho falu', 'iq-kocho', 'village'),
    ('Kocho faluban', 'iq-kocho', 'village'),
    ('Mezzeh negyed', 'sy-mezzeh', 'area'),
    ('Makhmur táborban', 'iq-makhmur-camp', 'area'),
    ('Ain al-Asad légibázis', 'iq-ain-al-asad-air-base', 'air_base'),
    ('Ain al-Asad légibázison', 'iq-ain-al-asad-air-base', 'air_base'),
    ('Ain al-Asad légitámaszpont', 'iq-ain-al-asad-air-base', 'air_base'),
    ('Ain al-Asad légitámaszponton', 'iq-ain-al-asad-air-base', 'air_base'),
    ('Ain al-Asad támaszpont', 'iq-ain-al-asad-air-base', 'air_base'),
    ('Ain al-Asad támaszponton', 'iq-ain-al-asad-air-base', 'air_base'),
    ('Erbil repülőtér', 'iq-erbil-international-airport', 'airport'),
    ('Erbil repülőtéren', 'iq-erbil-international-airport', 'airport'),
    ('Erbil repülőteret', 'iq-erbil-international-airport', 'airport'),
    ('Tanak olajmező', 'sy-tanak-oil-field', 'facility'),
    ('Khor Mor gázmező', 'iq-khor-mor-gas-field', 'facility'),
    ('Hodeidah kikötő', 'ye-port-of-hodeidah', 'facility'),
    ('Hodeidah kikötőjében', 'ye-port-of-hodeidah', 'facility'),
    ('Baiji finomító', 'iq-baiji-refinery', 'facility'),
    ('Hezyaz erőmű', 'ye-hezyaz-power-station', 'facility'),
    ('Haszaka tartomány', 'sy-gov-hasakah', 'governorate'),
    ('Dejr ez-Zór tartományban', 'sy-gov-deir-ez-zor', 'governorate'),
]

ROMANIAN = [
    ('provinciei Homs', 'sy-gov-homs', 'governorate'),
    ('guvernoratul Homs', 'sy-gov-homs', 'governorate'),
    ('guvernoratului Homs', 'sy-gov-homs', 'governorate'),
    ('districtul Sinjar', 'iq-dist-sinjar', 'district'),
    ('districtului Sinjar', 'iq-dist-sinjar', 'district'),
    ('orașul Erbil', 'iq-erbil', 'city'),
    ('orașului Erbil', 'iq-erbil', 'city'),
    ('localitatea Shaddadi', 'sy-shaddadi', 'town'),
    ('satul Kocho', 'iq-kocho', 'village'),
    ('cartierul Mezzeh', 'sy-mezzeh', 'area'),
    ('tabăra Makhmur', 'iq-makhmur-camp', 'area'),
    ('baza aeriană Ain al-Asad', 'iq-ain-al-asad-air-base', 'air_base'),
    ('bazei aeriene Ain al-Asad', 'iq-ain-al-asad-air-base', 'air_base'),
    ('aeroportul Erbil', 'iq-erbil-international-airport', 'airport'),
    ('aeroportului Erbil', 'iq-erbil-international-airport', 'airport'),
    ('câmpul petrolier Tanak', 'sy-tanak-oil-field', 'facility'),
    ('zăcământul Tanak', 'sy-tanak-oil-field', 'facility'),
    ('câmpul de gaze Khor Mor', 'iq-khor-mor-gas-field', 'facility'),
    ('portul Hodeidah', 'ye-port-of-hodeidah', 'facility'),
    ('portului Hodeidah', 'ye-port-of-hodeidah', 'facility'),
    ('rafinăria Baiji', 'iq-baiji-refinery', 'facility'),
    ('rafinăriei Baiji', 'iq-baiji-refinery', 'facility'),
    ('centrala electrică Hezyaz', 'ye-hezyaz-power-station', 'facility'),
]

GREEK = [
    ('περιφέρεια Χομς', 'sy-gov-homs', 'governorate'),
    ('της περιφέρειας Κερμανσάχ', 'ir-gov-kermanshah', 'governorate'),
    ('στρατόπεδο Μαχμούρ', 'iq-makhmur-camp', 'area'),
    ('στρατοπέδου Μαχμούρ', 'iq-makhmur-camp', 'area'),
    ('κυβερνείο Χομς', 'sy-gov-homs', 'governorate'),
    ('κυβερνείου Χομς', 'sy-gov-homs', 'governorate'),
    ('πόλη Ερμπίλ', 'iq-erbil', 'city'),
    ('πόλης Ερμπίλ', 'iq-erbil', 'city'),
    ('χωριό Κότσο', 'iq-kocho', 'village'),
    ('καταυλισμός Μαχμούρ', 'iq-makhmur-camp', 'area'),
    ('καταυλισμό Μαχμούρ', 'iq-makhmur-camp', 'area'),
    ('αεροπορική βάση Άιν αλ-Ασαντ', 'iq-ain-al-asad-air-base', 'air_base'),
    ('αεροδρόμιο Ερμπίλ', 'iq-erbil-international-airport', 'airport'),
    ('αεροδρομίου Ερμπίλ', 'iq-erbil-international-airport', 'airport'),
    ('λιμάνι Χοντέιντα', 'ye-port-of-hodeidah', 'facility'),
    ('λιμάνι της Χοντέιντα', 'ye-port-of-hodeidah', 'facility'),
    ('διυλιστήριο Μπαϊτζί', 'iq-baiji-refinery', 'facility'),
    ('διυλιστηρίου Μπαϊτζί', 'iq-baiji-refinery', 'facility'),
    ('επαρχία Χασάκα', 'sy-gov-hasakah', 'governorate'),
    ('στην επαρχία Κερμανσάχ', 'ir-gov-kermanshah', 'governorate'),
]

RUSSIAN = [
    ('мухафаза Хомс', 'sy-gov-homs', 'governorate'),
    ('мухафазе Хомс', 'sy-gov-homs', 'governorate'),
    ('мухафазы Хомс', 'sy-gov-homs', 'governorate'),
    ('мухафазу Хомс', 'sy-gov-homs', 'governorate'),
    ('провинция Хомс', 'sy-gov-homs', 'governorate'),
    ('провинции Хомс', 'sy-gov-homs', 'governorate'),
    ('провинцию Хомс', 'sy-gov-homs', 'governorate'),
    ('губернаторство Хомс', 'sy-gov-homs', 'governorate'),
    ('губернаторства Хомс', 'sy-gov-homs', 'governorate'),
    ('губернаторстве Хомс', 'sy-gov-homs', 'governorate'),
    ('остан Хомс', 'sy-gov-homs', 'governorate'),
    ('остане Хомс', 'sy-gov-homs', 'governorate'),
    ('округ Захо', 'iq-dist-zakho', 'district'),
    ('округе Захо', 'iq-dist-zakho', 'district'),
    ('округа Захо', 'iq-dist-zakho', 'district'),
    ('город Эрбиль', 'iq-erbil', 'city'),
    ('городе Эрбиль', 'iq-erbil', 'city'),
    ('города Эрбиль', 'iq-erbil', 'city'),
    ('посёлок Шаддади', 'sy-shaddadi', 'town'),
    ('посёлке Шаддади', 'sy-shaddadi', 'town'),
    ('деревня Кочо', 'iq-kocho', 'village'),
    ('деревне Кочо', 'iq-kocho', 'village'),
    ('село Кочо', 'iq-kocho', 'village'),
    ('селе Кочо', 'iq-kocho', 'village'),
    ('квартал Меззе', 'sy-mezzeh', 'area'),
    ('квартале Меззе', 'sy-mezzeh', 'area'),
    ('авиабаза Айн-эль-Асад', 'iq-ain-al-asad-air-base', 'air_base'),
    ('авиабазе Айн-эль-Асад', 'iq-ain-al-asad-air-base', 'air_base'),
    ('авиабазу Айн-эль-Асад', 'iq-ain-al-asad-air-base', 'air_base'),
    ('авиабазы Айн-эль-Асад', 'iq-ain-al-asad-air-base', 'air_base'),
    ('база Айн-эль-Асад', 'iq-ain-al-asad-air-base', 'air_base'),
    ('базе Айн-эль-Асад', 'iq-ain-al-asad-air-base', 'air_base'),
    ('базу Айн-эль-Асад', 'iq-ain-al-asad-air-base', 'air_base'),
    ('базы Айн-эль-Асад', 'iq-ain-al-asad-air-base', 'air_base'),
    ('аэропорт Эрбиль', 'iq-erbil-international-airport', 'airport'),
    ('аэропорту Эрбиль', 'iq-erbil-international-airport', 'airport'),
    ('аэропорта Эрбиль', 'iq-erbil-international-airport', 'airport'),
    ('месторождение Танак', 'sy-tanak-oil-field', 'facility'),
    ('месторождения Танак', 'sy-tanak-oil-field', 'facility'),
    ('месторождении Танак', 'sy-tanak-oil-field', 'facility'),
    ('нефтяное месторождение Танак', 'sy-tanak-oil-field', 'facility'),
    ('газовое месторождение Хор-Мор', 'iq-khor-mor-gas-field', 'facility'),
    ('порт Ходейда', 'ye-port-of-hodeidah', 'facility'),
    ('порту Ходейда', 'ye-port-of-hodeidah', 'facility'),
    ('порта Ходейда', 'ye-port-of-hodeidah', 'facility'),
    ('НПЗ Хомс', 'sy-homs-refinery', 'facility'),
    ('нефтеперерабатывающий завод Хомс', 'sy-homs-refinery', 'facility'),
    ('электростанция Хезьяз', 'ye-hezyaz-power-station', 'facility'),
    ('провинция Хасеке', 'sy-gov-hasakah', 'governorate'),
    ('мухафаза Хасеке', 'sy-gov-hasakah', 'governorate'),
    ('в мухафазе Дейр-эз-Зор', 'sy-gov-deir-ez-zor', 'governorate'),
    ('губернаторство Эрбиль', 'iq-gov-erbil', 'governorate'),
    ('остан Керманшах', 'ir-gov-kermanshah', 'governorate'),
]

UKRAINIAN = [
    ('окрузі Захо', 'iq-dist-zakho', 'district'),
    ('провінція Хомс', 'sy-gov-homs', 'governorate'),
    ('провінції Хомс', 'sy-gov-homs', 'governorate'),
    ('провінцію Хомс', 'sy-gov-homs', 'governorate'),
    ('місто Ербіль', 'iq-erbil', 'city'),
    ('місті Ербіль', 'iq-erbil', 'city'),
    ('містечко Шаддаді', 'sy-shaddadi', 'town'),
    ('селі Кочо', 'iq-kocho', 'village'),
    ('табір Махмур', 'iq-makhmur-camp', 'area'),
    ('таборі Махмур', 'iq-makhmur-camp', 'area'),
    ('авіабаза Айн-ель-Асад', 'iq-ain-al-asad-air-base', 'air_base'),
    ('авіабазі Айн-ель-Асад', 'iq-ain-al-asad-air-base', 'air_base'),
    ('аеропорт Ербіль', 'iq-erbil-international-airport', 'airport'),
    ('аеропорту Ербіль', 'iq-erbil-international-airport', 'airport'),
    ('родовище Танак', 'sy-tanak-oil-field', 'facility'),
    ('нафтове родовище Танак', 'sy-tanak-oil-field', 'facility'),
    ('газове родовище Хор-Мор', 'iq-khor-mor-gas-field', 'facility'),
    ('нафтопереробний завод Хомс', 'sy-homs-refinery', 'facility'),
    ('електростанція Хезьяз', 'ye-hezyaz-power-station', 'facility'),
    ('провінція Хасеке', 'sy-gov-hasakah', 'governorate'),
    ('мухафаза Ербіль', 'iq-gov-erbil', 'governorate'),
]

TURKISH = [
    ('Homs valiliği', 'sy-gov-homs', 'governorate'),
    ('Homs valiliğine', 'sy-gov-homs', 'governorate'),
    ('Homs valiliğinin', 'sy-gov-homs', 'governorate'),
    ('Homs valiliğinde', 'sy-gov-homs', 'governorate'),
    ('Makhmur kampı', 'iq-makhmur-camp', 'area'),
    ('Makhmur kampında', 'iq-makhmur-camp', 'area'),
    ('Makhmur kampına', 'iq-makhmur-camp', 'area'),
    ('Makhmur kampını', 'iq-makhmur-camp', 'area'),
    ('Makhmur kampındaki', 'iq-makhmur-camp', 'area'),
    ('Tanak petrol sahası', 'sy-tanak-oil-field', 'facility'),
    ('Tanak petrol sahasında', 'sy-tanak-oil-field', 'facility'),
    ('Tanak petrol sahasına', 'sy-tanak-oil-field', 'facility'),
    ('Tanak petrol sahasını', 'sy-tanak-oil-field', 'facility'),
    ('Khor Mor doğalgaz sahası', 'iq-khor-mor-gas-field', 'facility'),
    ('Khor Mor doğal gaz sahası', 'iq-khor-mor-gas-field', 'facility'),
    ('Khor Mor gaz sahası', 'iq-khor-mor-gas-field', 'facility'),
    ('Khor Mor gaz sahasına', 'iq-khor-mor-gas-field', 'facility'),
    ('Baiji rafinerisi', 'iq-baiji-refinery', 'facility'),
    ('Baiji rafinerisine', 'iq-baiji-refinery', 'facility'),
    ('Baiji rafinerisinde', 'iq-baiji-refinery', 'facility'),
    ('Baiji rafinerisini', 'iq-baiji-refinery', 'facility'),
    ('Haseke Valiliği', 'sy-gov-hasakah', 'governorate'),
    ('Erbil Valiliği', 'iq-gov-erbil', 'governorate'),
]

AZERBAIJANI = [
    ('Homs ostanı', 'sy-gov-homs', 'governorate'),
    ('Homs ostanında', 'sy-gov-homs', 'governorate'),
    ('Homs ostanının', 'sy-gov-homs', 'governorate'),
    ('Homs vilayəti', 'sy-gov-homs', 'governorate'),
    ('Homs vilayətində', 'sy-gov-homs', 'governorate'),
    ('Homs vilayətinin', 'sy-gov-homs', 'governorate'),
    ('Sinjar rayonu', 'iq-dist-sinjar', 'district'),
    ('Sinjar rayonunda', 'iq-dist-sinjar', 'district'),
    ('Sinjar rayonunun', 'iq-dist-sinjar', 'district'),
    ('Makhmur düşərgəsi', 'iq-makhmur-camp', 'area'),
    ('Makhmur düşərgəsində', 'iq-makhmur-camp', 'area'),
    ('Khor Mor qaz yatağı', 'iq-khor-mor-gas-field', 'facility'),
    ('Tanak neft yatağı', 'sy-tanak-oil-field', 'facility'),
    ('Baiji neft emalı zavodu', 'iq-baiji-refinery', 'facility'),
]

KURMANJI = [
    ('navçeya Sinjar', 'iq-dist-sinjar', 'district'),
    ('kampa Makhmur', 'iq-makhmur-camp', 'area'),
    ('kampê Makhmur', 'iq-makhmur-camp', 'area'),
    ('kêlgeha petrolê Tanak', 'sy-tanak-oil-field', 'facility'),
    ('rafîneriya Baiji', 'iq-baiji-refinery', 'facility'),
    # settlement and base words with their ezafe (session 32)
    ('bajarê Kerkûkê', 'iq-kirkuk', 'city'),
    ('bajarê Hewlêrê', 'iq-erbil', 'city'),
    ('bajarê Koye', 'iq-koya', 'town'),
    ('gundê Kanî Masê', 'iq-kani-masi', 'town'),
    ('baregeha Eyn Esed', 'iq-ain-al-asad-air-base', 'air_base'),
    ('baregehê Herîrê', 'iq-harir-air-base', 'air_base'),
]

SORANI = [
    ('شاری هەولێر', 'iq-erbil', 'city'),
    ('گەڕەکی شێخ مەقسوود', 'sy-sheikh-maqsoud', 'area'),
    ('ئۆردوگای مەخموور', 'iq-makhmur-camp', 'area'),
    ('بەندەری حیفا', 'il-port-of-haifa', 'facility'),
    ('پاڵاوگەی بێجی', 'iq-baiji-refinery', 'facility'),
    ('پاڵاوگەی نەوتی بێجی', 'iq-baiji-refinery', 'facility'),
    ('شاری قامیشلۆ', 'sy-qamishli', 'city'),
    ('کەمپی مەخموور', 'iq-makhmur-camp', 'area'),
    ('ناحیەی دێرەلووک', 'iq-deraluk', 'town'),
    ('ناحیەى دێرەلووک', 'iq-deraluk', 'town'),
]

ARABIC_PERSIAN = [
    ('مرفأ الحديدة', 'ye-port-of-hodeidah', 'facility'),
    ('استانداری کرمانشاه', 'ir-gov-kermanshah', 'governorate'),
]

URDU = [
    ('حمص صوبہ', 'sy-gov-homs', 'governorate'),
    ('حمص صوبے', 'sy-gov-homs', 'governorate'),
    ('سنجار ضلع', 'iq-dist-sinjar', 'district'),
    ('اربیل ہوائی اڈہ', 'iq-erbil-international-airport', 'airport'),
    ('اربیل ہوائی اڈے', 'iq-erbil-international-airport', 'airport'),
    ('اربیل ایئرپورٹ', 'iq-erbil-international-airport', 'airport'),
    ('حدیدہ بندرگاہ', 'ye-port-of-hodeidah', 'facility'),
    ('بیجی ریفائنری', 'iq-baiji-refinery', 'facility'),
    ('صوبہ کرمانشاہ', 'ir-gov-kermanshah', 'governorate'),
]

HEBREW = [
    ('פרובינציית חומס', 'sy-gov-homs', 'governorate'),
    ('פרובינציה חומס', 'sy-gov-homs', 'governorate'),
    ('נפת זאחו', 'iq-dist-zakho', 'district'),
    ('נמל חודיידה', 'ye-port-of-hodeidah', 'facility'),
]

INDONESIAN_MALAY = [
    ('kegubernuran Homs', 'sy-gov-homs', 'governorate'),
    ('wilayah Homs', 'sy-gov-homs', 'governorate'),
    ('distrik Sinjar', 'iq-dist-sinjar', 'district'),
    ('daerah Sinjar', 'iq-dist-sinjar', 'district'),
    ('subdistrik Sinjar', 'iq-dist-sinjar', 'district'),
    ('kota Erbil', 'iq-erbil', 'city'),
    ('desa Kocho', 'iq-kocho', 'village'),
    ('kamp pengungsi Makhmur', 'iq-makhmur-camp', 'area'),
    ('bandara Erbil', 'iq-erbil-international-airport', 'airport'),
    ('bandar udara Erbil', 'iq-erbil-international-airport', 'airport'),
    ('lapangan terbang Erbil', 'iq-erbil-international-airport', 'airport'),
    ('pelabuhan Hodeidah', 'ye-port-of-hodeidah', 'facility'),
    ('kilang minyak Baiji', 'iq-baiji-refinery', 'facility'),
    ('kilang Baiji', 'iq-baiji-refinery', 'facility'),
    ('Wilayah Homs', 'sy-gov-homs', 'governorate'),
    ('kota Qamishli', 'sy-qamishli', 'city'),
]

VIETNAMESE = [
    ('tỉnh Homs', 'sy-gov-homs', 'governorate'),
    ('huyện Sinjar', 'iq-dist-sinjar', 'district'),
    ('trại Makhmur', 'iq-makhmur-camp', 'area'),
    ('trại tị nạn Makhmur', 'iq-makhmur-camp', 'area'),
    ('căn cứ Ain al-Asad', 'iq-ain-al-asad-air-base', 'air_base'),
    ('căn cứ không quân Ain al-Asad', 'iq-ain-al-asad-air-base', 'air_base'),
    ('sân bay Erbil', 'iq-erbil-international-airport', 'airport'),
    ('sân bay quốc tế Erbil', 'iq-erbil-international-airport', 'airport'),
    ('mỏ dầu Tanak', 'sy-tanak-oil-field', 'facility'),
    ('mỏ khí Khor Mor', 'iq-khor-mor-gas-field', 'facility'),
    ('mỏ khí đốt Khor Mor', 'iq-khor-mor-gas-field', 'facility'),
    ('cảng Hodeidah', 'ye-port-of-hodeidah', 'facility'),
    ('cảng biển Hodeidah', 'ye-port-of-hodeidah', 'facility'),
    ('nhà máy lọc dầu Baiji', 'iq-baiji-refinery', 'facility'),
    ('nhà máy điện Hezyaz', 'ye-hezyaz-power-station', 'facility'),
    ('tỉnh Hasakah', 'sy-gov-hasakah', 'governorate'),
    ('Tỉnh Kermanshah', 'ir-gov-kermanshah', 'governorate'),
]

HINDI = [
    ('होम्स प्रान्त', 'sy-gov-homs', 'governorate'),
    ('हसाका प्रांत', 'sy-gov-hasakah', 'governorate'),
    ('सिंजार ज़िला', 'iq-dist-sinjar', 'district'),
    ('ज़ाखो जिले', 'iq-dist-zakho', 'district'),
    ('सिंजार जिला', 'iq-dist-sinjar', 'district'),
    ('ज़ाखो ज़िले', 'iq-dist-zakho', 'district'),
    ('एरबिल शहर', 'iq-erbil', 'city'),
    ('मख़मूर शिविर', 'iq-makhmur-camp', 'area'),
    ('मख़मूर कैंप', 'iq-makhmur-camp', 'area'),
    ('एरबिल हवाई अड्डा', 'iq-erbil-international-airport', 'airport'),
    ('एरबिल हवाई अड्डे', 'iq-erbil-international-airport', 'airport'),
    ('एरबिल एयरपोर्ट', 'iq-erbil-international-airport', 'airport'),
    ('होदेइदा बंदरगाह', 'ye-port-of-hodeidah', 'facility'),
    ('बैजी रिफाइनरी', 'iq-baiji-refinery', 'facility'),
]

#: The hospital words (a canonical word of their own, kind facility): Soroka, in Beersheba, struck on 19 June 2025.
HOSPITAL = [
    ("Krankenhaus Soroka", "il-soroka-medical-center", "facility"),
    ("des Krankenhauses Soroka", "il-soroka-medical-center", "facility"),
    ("l'hôpital Soroka", "il-soroka-medical-center", "facility"),
    ("hôpital de Soroka", "il-soroka-medical-center", "facility"),
    ("l'ospedale Soroka", "il-soroka-medical-center", "facility"),
    ("ospedale di Soroka", "il-soroka-medical-center", "facility"),
    ("het ziekenhuis Soroka", "il-soroka-medical-center", "facility"),
    ("Soroka-sjukhuset", "il-soroka-medical-center", "facility"),
    ("Soroka-sykehuset", "il-soroka-medical-center", "facility"),
    ("Soroka-sygehuset", "il-soroka-medical-center", "facility"),
    ("szpital Soroka", "il-soroka-medical-center", "facility"),
    ("nemocnice Soroka", "il-soroka-medical-center", "facility"),
    ("a Soroka kórházban", "il-soroka-medical-center", "facility"),
    ("Soroka kórház", "il-soroka-medical-center", "facility"),
    ("a Soroka kórházat", "il-soroka-medical-center", "facility"),
    ("spitalul Soroka", "il-soroka-medical-center", "facility"),
    ("spitalului Soroka", "il-soroka-medical-center", "facility"),
    ("νοσοκομείο Σορόκα", "il-soroka-medical-center", "facility"),
    ("του νοσοκομείου Σορόκα", "il-soroka-medical-center", "facility"),
    ("больница Сорока", "il-soroka-medical-center", "facility"),
    ("в больнице Сорока", "il-soroka-medical-center", "facility"),
    ("по больницу Сорока", "il-soroka-medical-center", "facility"),
    ("лікарня Сорока", "il-soroka-medical-center", "facility"),
    ("у лікарні Сорока", "il-soroka-medical-center", "facility"),
    ("Soroka Hastanesi", "il-soroka-medical-center", "facility"),
    ("Soroka Hastanesine", "il-soroka-medical-center", "facility"),
    ("Soroka Hastanesinde", "il-soroka-medical-center", "facility"),
    ("Soroka Hastanesini", "il-soroka-medical-center", "facility"),
    ("Soroka xəstəxanası", "il-soroka-medical-center", "facility"),
    ("Soroka xəstəxanasına", "il-soroka-medical-center", "facility"),
    ("nexweşxaneya Soroka", "il-soroka-medical-center", "facility"),
    ("Rumah Sakit Soroka", "il-soroka-medical-center", "facility"),
    ("bệnh viện Soroka", "il-soroka-medical-center", "facility"),
    ("सोरोका अस्पताल", "il-soroka-medical-center", "facility"),
]

#: Oil-field words around a city's name: the Kirkuk field (a bare Kirkuk is the city).
OIL_FIELD_OF_A_CITY = [
    ('Ölfeld Kirkuk', 'iq-kirkuk-oil-field', 'facility'),
    ('Kirkuk-Ölfeld', 'iq-kirkuk-oil-field', 'facility'),
    ('champ pétrolier de Kirkouk', 'iq-kirkuk-oil-field', 'facility'),
    ('champ pétrolifère de Kirkouk', 'iq-kirkuk-oil-field', 'facility'),
    ('gisement de Kirkouk', 'iq-kirkuk-oil-field', 'facility'),
    ('giacimento petrolifero di Kirkuk', 'iq-kirkuk-oil-field', 'facility'),
    ('campo petrolifero di Kirkuk', 'iq-kirkuk-oil-field', 'facility'),
    ('campo petrolífero de Kirkuk', 'iq-kirkuk-oil-field', 'facility'),
    ('campo petrolero de Kirkuk', 'iq-kirkuk-oil-field', 'facility'),
    ('yacimiento de Kirkuk', 'iq-kirkuk-oil-field', 'facility'),
    ('campo petrolífero de Kirkuk', 'iq-kirkuk-oil-field', 'facility'),
    ('campo de petróleo de Kirkuk', 'iq-kirkuk-oil-field', 'facility'),
    ('olieveld Kirkuk', 'iq-kirkuk-oil-field', 'facility'),
    ('Kirkuk-oljefältet', 'iq-kirkuk-oil-field', 'facility'),
    ('Kirkuk-oljefeltet', 'iq-kirkuk-oil-field', 'facility'),
    ('pole naftowe Kirkuk', 'iq-kirkuk-oil-field', 'facility'),
    ('złoże Kirkuk', 'iq-kirkuk-oil-field', 'facility'),
    ('ropné pole Kirkúk', 'iq-kirkuk-oil-field', 'facility'),
    ('Kirkuk olajmező', 'iq-kirkuk-oil-field', 'facility'),
    ('câmpul petrolier Kirkuk', 'iq-kirkuk-oil-field', 'facility'),
    ('zăcământul Kirkuk', 'iq-kirkuk-oil-field', 'facility'),
    ('месторождение Киркук', 'iq-kirkuk-oil-field', 'facility'),
    ('нефтяное месторождение Киркук', 'iq-kirkuk-oil-field', 'facility'),
    ('на месторождении Киркук', 'iq-kirkuk-oil-field', 'facility'),
    ('родовище Кіркук', 'iq-kirkuk-oil-field', 'facility'),
    ('нафтове родовище Кіркук', 'iq-kirkuk-oil-field', 'facility'),
    ('Kerkük petrol sahası', 'iq-kirkuk-oil-field', 'facility'),
    ('Kerkük petrol sahasında', 'iq-kirkuk-oil-field', 'facility'),
    ('Kərkük neft yatağı', 'iq-kirkuk-oil-field', 'facility'),
    ('kêlgeha petrolê ya Kerkûk', 'iq-kirkuk-oil-field', 'facility'),
    ('kêlgeha Kerkûk', 'iq-kirkuk-oil-field', 'facility'),
    ('کێڵگەی نەوتی کەرکووک', 'iq-kirkuk-oil-field', 'facility'),
    ('حقل كركوك', 'iq-kirkuk-oil-field', 'facility'),
    ('حقل كركوك النفطي', 'iq-kirkuk-oil-field', 'facility'),
    ('بحقل كركوك', 'iq-kirkuk-oil-field', 'facility'),
    ('میدان نفتی کرکوک', 'iq-kirkuk-oil-field', 'facility'),
    ('ladang minyak Kirkuk', 'iq-kirkuk-oil-field', 'facility'),
    ('mỏ dầu Kirkuk', 'iq-kirkuk-oil-field', 'facility'),
]

ALL = (GERMAN + FRENCH + ITALIAN + SPANISH + PORTUGUESE + DUTCH + SCANDINAVIAN + POLISH + CZECH + HUNGARIAN + ROMANIAN
       + GREEK + RUSSIAN + UKRAINIAN + TURKISH + AZERBAIJANI + KURMANJI + SORANI + ARABIC_PERSIAN + URDU + HEBREW
       + INDONESIAN_MALAY + VIETNAMESE + HINDI + HOSPITAL
       + OIL_FIELD_OF_A_CITY)

#: Names that hold a new word, or that a new word's phrase would re-key: each resolves as it did before the words.
UNCHANGED = [
    ("Kfar Tabor", "il-kfar-tavor"),  # Czech, Hungarian tábor 'camp' after the name opener Kfar
    ("Okrug Peronsahr", "ir-piranshahr"),  # Russian 'okrug' in an alias of Piranshahr
    ("נמל חיפה", "il-port-of-haifa"),  # Hebrew נמל 'port': the port of Haifa stays the port
    ("חיפה", "il-haifa"),  # ... and the bare name the city
    ("אילת", "il-eilat"),
    ("ضلع باتمان", "tr-batman"),  # Urdu ضلع 'district' in an alias of Batman (a city, no district of the name)
    ("एविन जेल", "ir-evin-prison"),
    ("Wilayah Palestina", "cc-ps"),  # Indonesian/Malay wilayah in the country's name
    ("پاڵاوگەی لاناز", "iq-lanaz-refinery"),  # Sorani پاڵاوگەی 'refinery of' in the refinery's own name
    ("Homs", "sy-homs"),
    ("Erbil", "iq-erbil"),
    ("Hodeidah", "ye-hodeidah"),
    ("Baiji", "iq-baiji"),
    ("Хасеке", "sy-hasakah"),
    ("Kirkuk", "iq-kirkuk"),
    ("Soroka", "il-soroka-medical-center"),
]


@pytest.mark.parametrize(("phrase", "place_id", "kind"), ALL)
def test_a_descriptor_word_gives_the_place_of_its_kind(g, phrase, place_id, kind):
    match = g.resolve(phrase)
    assert (match.place.id, match.place.kind) == (place_id, kind)


@pytest.mark.parametrize(("name", "place_id"), UNCHANGED)
def test_names_holding_a_new_word_keep_their_place(g, name, place_id):
    assert g.resolve(name).place.id == place_id


#: A descriptor word alone names no place; nor does a name the words left out would have keyed bare (שיבא, of
#: בית החולים שיבא: Hebrew hospital words are no rows).
@pytest.mark.parametrize("word", ["Kota", "Desa", "Bandara", "Kilang", "provincie", "tartomány", "мухафаза", "Tabor",
                                  "Krankenhaus", "שיבא", "gundê", "baregeha", "گوندی", "ناحیەی", "کەمپی"])
def test_a_descriptor_word_alone_names_no_place(g, word):
    with pytest.raises(PlaceNotFound, match="no place matches"):
        g.resolve(word)
