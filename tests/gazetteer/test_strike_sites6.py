"""Named places of the strikes in the Kurdistan Region, north-east Syria, Lebanon, Yemen and Israel that did not resolve,
or resolved to another place, sixth list (``places/strike_sites6.csv``).

The sixth list (the cov30 check) of some 330 places (the 2025 drone attacks on the Kurdistan Region's oil and gas
fields, Iran's strikes on the Iranian Kurdish parties' camps, Turkey's strikes in Duhok and Erbil and on north-east
Syria, the facilities of the Iran-Israel exchanges, south Lebanon and Yemen) was checked name by name with one to
three other spellings each (Latin variants; Arabic; Kurdish; Hebrew; Persian). Most resolved to the right place (Khor
Mor, Tawke, Khurmala, Lanaz, Bai Hassan, Chamchamal, Koya, Degala, Zrgwez, Surdash, Penjwen, Sidakan, Batifa, Kani
Masi, Sheladze, Deraluk, Bamarni, Choman, Mergasur, the Makhmur camp, the Sulaymaniyah airport; Amuda, Darbasiyah, Tal
Tamr, Ain Issa, Derik, Girke Lege, Tirbespiye, the Suwaydiyah gas plant; Soroka, the Weizmann Institute, South Pars,
Nevatim, Tel Nof, Parchin, Camp Taji, T-4, Ben Gurion airport; Khiam, Naqoura, Zrariyeh, Kfarjouz, Qlayleh, Ramyeh;
Ras Isa, Hezyaz, Harf Sufyan, ...). The rows here are those that did not and have a reference coordinate:

- Kurdistan Region: Qadir Karam, the sub-district seat by the Khor Mor field (unresolved); Sherawa by Pirde, where the
  camp of the Kurdistan Freedom Party (PAK) was struck in 2022 (it went to Sirwah in Yemen by sound); Sarsink, the
  resort town north of Duhok (unresolved; "Sarsang" stays the HKN field): GeoNames records as Who's On First's Iraq
  repository carries them.
- North-east Syria: Tall Adas of the Rmeilan fields (its Latin names with the province only; they went to Tel Adashim
  in Israel), Zor Maghar west of Kobani, Tall Jum'ah and Tall Nasri on the Khabur by Tal Tamr (unresolved; تل نصري
  went to Nasiriyah), and the Washokani camp, at the point of Tuwaynah, the village west of al-Hasakah reports put it
  in (al-Twaina, Tiwêna): GeoNames records as Who's On First's Syria repository carries them.
- Lebanon: Sharqiyeh of Nabatieh district, with its district only (the GeoNames record of the LB dump,
  RoudyTarabay/Lebanon-Municipality-Elections-2016, data/LB.txt).
- Yemen: Sa'wan, the quarter of eastern Sanaa struck in 2015-2025 (its 40th Street in the US strikes of 2025), and
  Saqayn of Saada with its province only: GeoNames records as Who's On First's Yemen repository carries them.
- Israel: the Golani Junction (Wikipedia point of the Golani Interchange), and two facilities at their city's point
  with a precision that covers them, as fields.csv does: the Bazan refinery on Haifa Bay ("Bazan" had gone to Bazian
  in Iraq by sound; "Haifa refinery" and مصفاة حيفا stay with Haifa, the same point) and the Wolfson hospital of Holon
  (unresolved).

Aliases added on rows held before: كسنزان (Kasnazan), مطار بن غوريون (Ben Gurion airport, which held only the name with الدولي), Ras Naqoura and
Ras al-Naqoura (Naqoura; رأس الناقورة reached it). A bare Zawtar stays unresolved, as
test_lebanon_geonames_villages.py asks (the two Zawtars lie 1 km apart).

The reference coordinates are typed again here from the cited source, so a row that drifts from its reference fails;
every row has its reference here and every reference its row.

Words kept out, and why (each checked below to stay out or to keep its place):

- Sherawa is also the Kurdish name of Afrin's Sharran country in Syria (ext18a report 08, "the Sherawa district of
  Afrin", read it as the Iraqi village): the village is named only with Pirde, Altun Kupri or Kirkuk, and "Sherawa
  camp" is left out, as 'camp' is a descriptor and its bare key would be Sherawa again. شيراوة likewise.
- The Roj camp by al-Malikiyah (Roj/Tal Aswad camp; GeoNames 420437, Tall Aswad, would stand in) is left out: 'camp'
  being a descriptor, "Roj camp" is also keyed by a bare Roj, which reports write for other things (the Roj Peshmerga,
  Roj News).
- Bare Saqayn (it sounds like Sukhnah in Syria, test_borderlands.py) is kept only with its province; الشرقية ('the
  eastern') and Sharqiyeh only with Nabatieh. Baqim is held as Baqim as Suq (levant_yemen.csv), whose bare name and
  باقم test_levant_yemen.py keeps out: not added again.
- Tall Adas is also the Arabic name of Tel Adashim in Israel (GeoNames gives it "Tall `Adas", and no two places of one
  kind may share a spelling): the Syrian village's Latin names carry Hasakah or Rmeilan, its Arabic تل عدس is its own,
  and a bare "Tal Adas" stays Tel Adashim. The Kurdish Girê Zêre is left out (it sounds like Til Ezer of Sinjar), as
  are Kor Mighar and Kor Mixar for Zor Maghar (they sound like Khorramshahr).
- Bare Wolfson (a surname) names nothing; Golani stays the Golan Heights by sound (the brigade's name).

Not added: the Sarrin alias test_strike_sites5 wanted ("Sarrin", "Sirrin" and صرين still go to Sarayan in Iran by
sound): Şirrīn ash Shamālīyah is a row of towns.csv, which tools/gazetteer_towns.py writes, and test_borderlands.py
left Sarrin out for the nerve agent sarin, which reaches it by sound. Peshkhabour and Fishkhabur stay the
Semalka-Faysh Khabur crossing (GeoNames 96735, Fish Khabur, lies 3 km from the crossing's point; the attacked field is
held as Peshkabir).

Pirde and Prde, the Kurdish name of Altun Kupri in Latin letters (it holds پردێ), are not added: either sounds like
Parod in Israel, which the towns tool then drops from towns.csv (test_towns.py); "Prde" still goes to Parod by sound.

Left out as decided before: Baqim and Majzar, and Kojo for Kocho (a given name; test_borderlands.py), Ansar, Chamaa
(Shamaa), Kafra, Qantara and the Rashidieh camp of Lebanon (test_lebanon_geonames_villages.py), Taq Taq, the KAR
refinery's bare name, Khalifan, Jabal Attan.

Left out as regions or mountains (the regions file's): Barwari Bala, Bradost, Chilmera, Jabal Nuqum.

Left out with no reference point found, or with several places of the name and no way to tell which is meant: Jejnikan
(Jezhnikan), the Azadi camp of Koya, Hasira field, Warte (three GeoNames Wartes, in Erbil and Sulaymaniyah), Batas
(one in Erbil, one in Duhok), Karsi (two in Sinjar, and كرسي is 'chair'), Bara and Duguri of Sinjar, the Sardashti
camp, Kesta, the Azadi, Rizgary and West Erbil Emergency hospitals; in Syria the Hasakah West dam, Xerbi, Ashkawan,
Mishrafa al-Hima, Tawila (a dozen), Hilaliyah, Antariya and Allaya of Qamishli (GeoNames' lie elsewhere), Umm al-Kaif,
Umm Harmala (two by Tal Tamr), Tal Khanzir (an upper and a lower), Boraz, Jalabiya, Kharab Ishk, Mishtenur hill, Tal
Arqam, Khan Mamed, Qabr Shamiyah, Ali Agha (a man's name too), Karachok (Qereçox); the Shahran depot, the Tehran
refinery (it resolves to Tehran or Shahr-e Rey by container), the Fajr Jam plant, Shahid Hemmat, Lavizan, the Imam Ali
base of Khorramabad, the Maghara refinery, the Orot Rabin power station, Gav-Yam Negev; in Lebanon El-Hiyam (no report
found writing Khiam so), Kfardjal, Baadre, Najjariyeh, Mahmoudiyeh (GeoNames' lies by Tyre, the struck one in
Jezzine), Wardiyeh (GeoNames' is in Beirut), Kfour of Nabatieh; in Yemen Jarban (GeoNames' Jirbans lie away from
Sanhan), Hafa, the Saada airport (it resolves to Saada), Ras Kanatib.
"""
from __future__ import annotations

from pathlib import Path

from .placerows import curated_file_tests

ROOT = Path(__file__).resolve().parents[2]
STRIKE_SITES6 = ROOT / "gazetteer" / "data" / "places" / "strike_sites6.csv"

#: id: (lat, lon as the reference gives them, reference as the row's ``source`` names it)
REFERENCE: dict[str, tuple[float, float, str]] = {
    # GeoNames records as Who's On First's Iraq repository (whosonfirst-data-admin-iq) carries them
    "iq-qadir-karam": (35.19702, 44.88955, "geonames:92698"),  # Qadir Karam
    "iq-sherawa": (35.7879, 44.11794, "geonames:383730"),  # Shirawah (the one by Altun Kupri)
    "iq-sarsink": (37.04531, 43.34031, "geonames:9072952"),  # Sersink
    # GeoNames records as Who's On First's Syria repository (whosonfirst-data-admin-sy) carries them
    "sy-tall-adas": (37.00966, 42.08385, "geonames:163748"),  # Tall `Adas
    "sy-zor-maghar": (36.83544, 38.03351, "geonames:162477"),  # Zawr Maghar
    "sy-tall-jumah": (36.66389, 40.34184, "geonames:163540"),  # Tall Jum`ah
    "sy-tall-nasri": (36.64086, 40.36756, "geonames:163488"),  # Tall Nasri
    "sy-washokani-camp": (36.55748, 40.65223, "geonames:420830"),  # Tuwaynah (stand-in)
    # GeoNames country dump of Lebanon (RoudyTarabay/Lebanon-Municipality-Elections-2016, data/LB.txt)
    "lb-sharqiyeh-nabatieh": (33.39972, 35.41806, "geonames:278245"),  # Ech Charqîyé
    # GeoNames records as Who's On First's Yemen repository (whosonfirst-data-admin-ye) carries them
    "ye-sawan": (15.38916, 44.28525, "geonames:71049"),  # Sa`wan
    "ye-saqayn": (16.877, 43.52499, "geonames:406662"),  # Sāqayn
    # Wikipedia
    "il-golani-junction": (32.774889, 35.407889, "wikipedia:Golani_Interchange"),  # 32°46′29.6″N 35°24′28.4″E
    # stand-ins at the city rows' points (the countries-states-cities database, as settlements.csv cites it)
    "il-bazan-refinery": (32.81841, 34.9885, "dr5hn-csc:57474"),  # Haifa
    "il-wolfson-medical-center": (32.01034, 34.77918, "dr5hn-csc:57479"),  # Holon
}

#: (as a report writes it, the place); written for these tests, modelled on what reports say
SPELLINGS: list[tuple[str, str]] = [
    ("Qadir Karam", "iq-qadir-karam"), ("Qader Karam", "iq-qadir-karam"), ("قادر كرم", "iq-qadir-karam"),
    ("Sherawa (Pirde)", "iq-sherawa"), ("Sherawa near Pirde", "iq-sherawa"), ("Sherawa (Kirkuk)", "iq-sherawa"),
    ("شيراوة (التون كوبري)", "iq-sherawa"),
    ("Sarsink", "iq-sarsink"), ("Sersink", "iq-sarsink"), ("Sersîng", "iq-sarsink"), ("مصيف سرسنك", "iq-sarsink"),
    ("Tall Adas (Hasakah)", "sy-tall-adas"), ("تل عدس", "sy-tall-adas"), ("Tal Adas, Hasakah", "sy-tall-adas"),
    ("Zor Maghar", "sy-zor-maghar"), ("Zormikhar", "sy-zor-maghar"), ("Zormixar", "sy-zor-maghar"),
    ("زور مغار", "sy-zor-maghar"),
    ("Tal Jumaa", "sy-tall-jumah"), ("Tel Jumaa", "sy-tall-jumah"), ("تل جمعة", "sy-tall-jumah"),
    ("Tal Nasri", "sy-tall-nasri"), ("Tell Nasri", "sy-tall-nasri"), ("تل نصري", "sy-tall-nasri"),
    ("Washokani camp", "sy-washokani-camp"), ("Waşokanî camp", "sy-washokani-camp"),
    ("Washo Kani camp", "sy-washokani-camp"), ("مخيم واشوكاني", "sy-washokani-camp"),
    ("Sharqiyeh (Nabatieh)", "lb-sharqiyeh-nabatieh"), ("Sharqiyeh, Nabatieh", "lb-sharqiyeh-nabatieh"),
    ("الشرقية (النبطية)", "lb-sharqiyeh-nabatieh"),
    ("Sawan", "ye-sawan"), ("Sa'wan", "ye-sawan"), ("سعوان", "ye-sawan"),
    ("Saqayn (Saada)", "ye-saqayn"), ("مديرية ساقين", "ye-saqayn"), ("ساقين", "ye-saqayn"),
    ("Golani Junction", "il-golani-junction"), ("Golani Interchange", "il-golani-junction"),
    ("צומת גולני", "il-golani-junction"), ("مفترق غولاني", "il-golani-junction"),
    ("Bazan refinery", "il-bazan-refinery"), ("Bazan", "il-bazan-refinery"), ('בז"ן', "il-bazan-refinery"),
    ("Wolfson hospital", "il-wolfson-medical-center"), ("Wolfson Medical Center", "il-wolfson-medical-center"),
    ("מרכז רפואי וולפסון", "il-wolfson-medical-center"), ("مستشفى وولفسون", "il-wolfson-medical-center"),
    # aliases added on rows held before
    ("پردێ", "iq-altun-kupri"), ("كسنزان", "iq-kasnazan"),
    ("مطار بن غوريون", "il-ben-gurion-airport"), ("Ras Naqoura", "lb-naqoura"),
]

#: Names of places held before that the new rows sound like or stand by: each keeps its place.
NEIGHBOURS: list[tuple[str, str]] = [
    ("Sarsang", "iq-sarsang-oil-field"), ("Sarsang oil field", "iq-sarsang-oil-field"), ("Khor Mor", "iq-khor-mor-gas-field"),
    ("Chamchamal", "iq-chamchamal"), ("Altun Kupri", "iq-altun-kupri"), ("Sirwah", "ye-sirwah"), ("Afrin", "sy-afrin"),
    ("Tel Adashim", "il-tel-adashim"), ("Maghar", "il-maghar"), ("Til Ezer", "iq-til-ezer"),
    ("Khorramshahr", "ir-khorramshahr"), ("Tal Tamr", "sy-tall-tamr"), ("Nasiriyah", "iq-nasiriyah"),
    ("Hasakah", "sy-hasakah"), ("Sukhnah", "sy-sukhnah"), ("Saada", "ye-saada"), ("Bazian", "iq-bazian"),
    ("Bazyan", "iq-bazian"), ("Haifa", "il-haifa"), ("Holon", "il-holon"),
    ("Zawtar al-Gharbiyah", "lb-zawtar-al-gharbiyah"), ("Naqoura", "lb-naqoura"), ("Nabatieh", "lb-nabatieh"),
    ("Kocho", "iq-kocho"), ("Kasnazan", "iq-kasnazan"), ("Parod", "il-parod"), ("Tal Adas", "il-tel-adashim"),
    ("Baqim as Suq", "ye-baqim-as-suq"), ("Haifa refinery", "il-haifa"), ("בתי הזיקוק בחיפה", "il-haifa"),
]

#: Words a report writes that are no place of the file (the names the rows left out, or might take).
NOT_PLACES = ["Sherawa", "شيراوة", "Sherawa camp", "Roj", "Roj camp", "Roj Peshmerga", "باقم", "Saqayn", "الشرقية",
              "Sharqiyeh", "Wolfson", "Golani", "Golani Brigade", "Girê Zêre", "Zawtar", "Baqim", "Kor Mixar", "Twaina"]

#: Rows the towns tool's sound rule would refuse, each kept: id -> why. The places they sound like keep their own
#: names (the NEIGHBOURS above).
SOUND_RULE_WAIVED = {
    "il-bazan-refinery": "Israel's largest refinery, hit by Iranian missiles in June 2025 (sounds like Bazian in "
                         "Sulaymaniyah, which keeps Bazian and Bazyan)",
    "sy-tall-adas": "village of the Rmeilan fields, its Latin names carrying Hasakah or Rmeilan (a bare Tal Adas "
                    "is Tel Adashim in Israel, which keeps it)",
    "ye-sawan": "quarter of eastern Sanaa (Sawan, Sa'wan and سعوان sound like Sawaneh of Marjayoun, held since by "
                "reported_places61.csv: each keeps its own names by exact match, test_reported_places61.py)",
}


globals().update(curated_file_tests(STRIKE_SITES6, REFERENCE, SPELLINGS, NEIGHBOURS, NOT_PLACES,
                                    sound_waived=SOUND_RULE_WAIVED))
