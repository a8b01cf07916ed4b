"""Iran's struck sites, bases, towns and provinces that did not resolve, or resolved to another place, ninth list
(``places/iran_sites9.csv``, and the aliases added to rows held before).

The iran40 check took the names that reports of the Israel-Iran exchanges (Israel's strikes of 19 April and
26 October 2024, the June 2025 war and the US strikes on Fordow, Natanz and Isfahan) give Iran's nuclear, missile,
air-force, government and energy sites, the towns beside them and the provinces, each with one to three other
spellings (Latin variants; Persian; Arabic; Russian, French, German, Turkish), by direct lookup and inside a sentence
written for the check through ``extract_report``. Most resolved to the right place: Fordow, the Natanz plant (bare
"Natanz" is the town, as decided before), the Isfahan nuclear centre, the Arak (Khondab) reactor, Parchin, Khojir,
Lavizan, Bid Kaneh (the Shahid Modarres base), the Semnan (Imam Khomeini) spaceport, the Nojeh (Hamadan) and
8th (Isfahan) air bases, the Mehrabad, Imam Khomeini, Kermanshah and Tabriz airports, the Shahid Rajaee port, Evin,
the IRIB building, Niavaran, Chitgar, Tajrish, Narmak, Vanak, Saadat Abad, South Pars, Asaluyeh, the Fajr Jam plant,
Kharg, and the towns (Natanz, Qom, Kashan, Kermanshah and Bakhtaran, Ilam, Khorramabad, Ahvaz, Bandar Abbas, Bushehr,
Tabriz, Urmia, Piranshahr, Sardasht, Mahabad, Oshnavieh, Marivan, Saqqez, Baneh, Qasr-e Shirin, Dehloran, Semnan,
Shahroud, Khomein, Arak, Malayer, Borujerd, Dezful, Hamadan, Chabahar); the provinces by their own names and "X
province", "استان X", "محافظة X", "провинция X", "province de X", "Provinz X", "X Eyaleti" but the forms below.

The rows here are those that did not resolve (or went to a wrong place) and have a reference coordinate:

- the Bushehr nuclear power plant ("Bushehr nuclear plant" went to the city, in running text to the Bushehr airport),
  at the Wikipedia point. None of its names is the city's name and a facility word ("Bushehr nuclear plant" finds it as
  a part, "محطة بوشهر النووية" stays the city): the gazetteer reads a facility word as the kind, not the facility
  itself, so a plant keyed "Bushehr" took "a refinery in Bushehr" and "Bushehr port";
- Shahid Beheshti University ("Shahid Beheshti University" went to the Isfahan airport, whose own name is Shahid
  Beheshti) at the German Wikipedia point, and the Malek-Ashtar University of Technology's Lavizan campus at the
  Wikipedia point. In running text "X University" is an organisation (``extract_words.csv``, organisation_suffix), so
  a sentence finds them only by the longer name ("Malek-Ashtar University of Technology"): direct lookups find both;
- Sanjarian east of Tehran by Jajrud, the village the SPND site is named after (GeoNames, Who's On First's Iran
  repository).

Aliases added to rows held before: the 8th (Isfahan) air base takes its own name, Shahid Babaei (``sites.csv``); the
Dezful, Mashhad and Bandar Abbas airfields take the numbered air-force bases that share them (4th, 14th and 9th
Tactical Air Base: "4th Tactical Air Base" had gone to the 8th by likeness) through ``airfield_names.csv``, the file
the airfields tool reads (the 2nd, Shahid Fakouri, at Tabriz is ``sites9.csv``'s); Ahvaz takes الأحواز; the Arak
reactor its French, German and Hebrew names and Fordow its German "Fordo-Anlage" (``sites.csv``); Marivan its Kurdish
Latin Mariwan, by its GeoNames record in ``town_names_by_hand.csv`` (it had found the town only by likeness, which
running text does not take); the provinces (``admin.csv``) take the Arabic "مقاطعة X", "إقليم X" and "ولاية X" where
those went to the city of the name (not Kurdistan's "إقليم كردستان", Iraq's Kurdistan Region; not Markazi, whose
Arabic forms nobody writes), Persian گیلان, the Russian names of Markazi, Mazandaran and the two Khorasans (the
Khorasans went to Israel's Northern and Southern districts), their French, German and Turkish names (Khorassan du Nord
had gone to Giresun), German Sandschan, the French Azerbaïdjan oriental and the Arabic and Persian names of
Chaharmahal and Bakhtiari.

The reference coordinates are typed again here from the cited source, so a row that drifts from its reference fails;
every row has its reference here and every reference its row.

Words kept out, and why (each checked below to stay out of the new rows):

- The Tehran (Shahr-e Rey, Tondgouyan) and Abadan refineries: their Wikipedia point (Abadan) and a stand-in at
  Baqershahr's GeoNames point (Tehran) were tried and taken out again. Named by their city and a facility word, they
  took every "X port", "X gas plant" and "a depot in X" of Tehran and Abadan, and beside a nuclear word a bare
  "Tehran" ("military targets in Tehran" after "the Natanz enrichment site"); "Tehran refinery" and "Abadan
  refinery" find the cities, whose points lie within their precision of the refineries. Rey and ری stay Shahr-e Rey's,
  Tondgouyan (a surname) no place.
- Vahdati, Babaei, Fakouri, Beheshti, Malek Ashtar: surnames and a person's name; the bases take them only with their
  "Shahid" and base word (the Vahdati air base by that name stays out: "Vahdati Air Base" would read as a bare
  Vahdati), the universities with "University".
- Qom's Russian Кум ('godfather') and Turkish Kum ('sand'): the province forms built on them stay out.

Left out with no reference point found: the Tehran Research Reactor and the Amirabad quarter (the FAS point for the
Tehran Nuclear Research Center lies 20 km south of it), the TESA centrifuge workshop at Karaj, SPND's and the Defence
Ministry's buildings, the Khatam al-Anbiya headquarters (it still goes to the 8th air base by its Khatami alias when
looked up alone; a sentence finds nothing), the Tabriz and Kermanshah missile bases, Panj Pelleh, the Imam Ali missile
base of Khorramabad, the Shahroud missile site, Khorgo (Khorgu; "Khorgo" sounds like Kharg), the Bandar Abbas naval
base, the Bandar Abbas and Persian Gulf Star refineries, the Shahran depot, Elahieh and Shahrak-e Gharb (no GeoNames
record in the Who's On First Iran repository). Mehran (a given name) keeps its decision: bare "Mehran" is no Iranian
place (it goes to al-Mahran in Syria by sound, a behaviour of that row left as it is).
"""
from __future__ import annotations

from pathlib import Path

from .placerows import curated_file_tests

ROOT = Path(__file__).resolve().parents[2]
IRAN_SITES9 = ROOT / "gazetteer" / "data" / "places" / "iran_sites9.csv"

#: id: (lat, lon as the reference gives them, reference as the row's ``source`` names it)
REFERENCE: dict[str, tuple[float, float, str]] = {
    # Wikipedia points (the German Wikipedia's for the university: 35° 48′ 8″ N, 51° 23′ 36″ O)
    "ir-bushehr-nuclear-power-plant": (28.8296222, 50.8859611, "wikipedia:Bushehr_Nuclear_Power_Plant"),
    "ir-shahid-beheshti-university": (35 + 48 / 60 + 8 / 3600, 51 + 23 / 60 + 36 / 3600,
                                      "dewiki:Schahid-Beheschti-Universität"),
    "ir-malek-ashtar-university": (35.78306, 51.49306, "wikipedia:Malek_Ashtar_University_of_Technology"),
    # GeoNames records as Who's On First's Iran repository (whosonfirst-data-admin-ir) carries them
    "ir-sanjarian": (35.6879, 51.7002, "geonames:405229"),  # Sanjariun
}

#: (as a report writes it, the place); written for these tests, modelled on what reports say
SPELLINGS: list[tuple[str, str]] = [
    ("Bushehr nuclear power plant", "ir-bushehr-nuclear-power-plant"),
    ("Bushehr nuclear plant", "ir-bushehr-nuclear-power-plant"), ("Bushehr NPP", "ir-bushehr-nuclear-power-plant"),
    ("Bushehr Nuclear Power Station", "ir-bushehr-nuclear-power-plant"),
    ("نیروگاه اتمی بوشهر", "ir-bushehr-nuclear-power-plant"),
    ("محطة بوشهر للطاقة النووية", "ir-bushehr-nuclear-power-plant"),
    ("Бушерская АЭС", "ir-bushehr-nuclear-power-plant"),
    ("Buşehr Nükleer Güç Santrali", "ir-bushehr-nuclear-power-plant"),
    ("centrale nucléaire de Bouchehr", "ir-bushehr-nuclear-power-plant"),
    ("Kernkraftwerk Buschehr", "ir-bushehr-nuclear-power-plant"),
    ("Shahid Beheshti University", "ir-shahid-beheshti-university"),
    ("دانشگاه شهید بهشتی", "ir-shahid-beheshti-university"), ("جامعة الشهيد بهشتي", "ir-shahid-beheshti-university"),
    ("Malek-Ashtar University of Technology", "ir-malek-ashtar-university"),
    ("Malek Ashtar University", "ir-malek-ashtar-university"),
    ("دانشگاه صنعتی مالک اشتر", "ir-malek-ashtar-university"), ("جامعة مالك الأشتر", "ir-malek-ashtar-university"),
    ("Sanjarian", "ir-sanjarian"), ("Sanjariun", "ir-sanjarian"), ("سنجریان", "ir-sanjarian"),
    # aliases on rows held before
    ("Shahid Babaei Air Base", "ir-8th-shekari-air-base"), ("پایگاه هوایی شهید بابایی", "ir-8th-shekari-air-base"),
    ("4th Tactical Air Base", "ir-dezful-airport"), ("2nd Tactical Air Base", "ir-tabriz-air-base"),
    ("Shahid Fakouri Air Base", "ir-tabriz-air-base"), ("14th Tactical Air Base", "ir-mashhad-airport"),
    ("9th Tactical Air Base", "ir-bandar-abbas-airport"), ("الأحواز", "ir-ahvaz"), ("تهران", "ir-tehran"),
    ("réacteur d'Arak", "ir-arak-heavy-water-reactor"), ("Arak-Reaktor", "ir-arak-heavy-water-reactor"),
    ("כור אראק", "ir-arak-heavy-water-reactor"), ("Fordo-Anlage", "ir-fordow-enrichment-plant"),
    ("Mariwan", "ir-marivan"),
    ("إقليم كرمانشاه", "ir-gov-kermanshah"), ("مقاطعة أصفهان", "ir-gov-isfahan"), ("ولاية أصفهان", "ir-gov-isfahan"),
    ("إقليم لرستان", "ir-gov-lorestan"), ("مقاطعة همدان", "ir-gov-hamadan"), ("إقليم إيلام", "ir-gov-ilam"),
    ("ولاية بوشهر", "ir-gov-bushehr"), ("مقاطعة طهران", "ir-gov-tehran"), ("إقليم قم", "ir-gov-qom"),
    ("مقاطعة كردستان", "ir-gov-kurdistan"), ("استان گیلان", "ir-gov-gilan"), ("گیلان", "ir-gov-gilan"),
    ("провинция Северный Хорасан", "ir-gov-north-khorasan"), ("остан Южный Хорасан", "ir-gov-south-khorasan"),
    ("province de Khorassan du Nord", "ir-gov-north-khorasan"), ("Provinz Süd-Chorasan", "ir-gov-south-khorasan"),
    ("Kuzey Horasan Eyaleti", "ir-gov-north-khorasan"), ("провинция Меркези", "ir-gov-markazi"),
    ("остан Мазендеран", "ir-gov-mazandaran"), ("Provinz Sandschan", "ir-gov-zanjan"),
    ("province d'Azerbaïdjan oriental", "ir-gov-east-azerbaijan"),
    ("إقليم جهارمحال وبختياري", "ir-gov-chaharmahal-and-bakhtiari"),
]

#: Names of places held before that the new rows and aliases stand by or share a word with: each keeps its place.
NEIGHBOURS: list[tuple[str, str]] = [
    ("Bushehr", "ir-bushehr"), ("بوشهر", "ir-bushehr"), ("Bushehr airport", "ir-bushehr-airport"),
    ("Bushehr province", "ir-gov-bushehr"), ("Bushehr refinery", "ir-bushehr"), ("Bushehr port", "ir-bushehr"),
    ("Abadan", "ir-abadan"), ("آبادان", "ir-abadan"), ("Abadan refinery", "ir-abadan"),
    ("Tehran refinery", "ir-tehran"), ("پالایشگاه تهران", "ir-tehran"), ("Abadan airport", "ir-abadan-airport"),
    ("Tehran", "ir-tehran"), ("طهران", "ir-tehran"),
    ("Tehran Province", "ir-gov-tehran"), ("استان تهران", "ir-gov-tehran"), ("Shahr-e Rey", "ir-shahr-e-rey"),
    ("ری", "ir-shahr-e-rey"), ("شهر ری", "ir-shahr-e-rey"),
    ("Shahid Beheshti airport", "ir-isfahan-international-airport"),
    ("Isfahan airport", "ir-isfahan-international-airport"), ("8th Tactical Air Base", "ir-8th-shekari-air-base"),
    ("3rd Tactical Air Base", "ir-nojeh-air-base"), ("Evin", "ir-evin-prison"), ("Lavizan", "ir-lavizan"),
    ("Dezful", "ir-dezful"), ("Tabriz", "ir-tabriz"), ("Mashhad", "ir-mashhad"), ("Bandar Abbas", "ir-bandar-abbas"),
    ("Ahvaz", "ir-ahvaz"), ("الأهواز", "ir-ahvaz"), ("Khuzestan", "ir-gov-khuzestan"), ("Sinjar", "iq-sinjar"),
    ("إقليم كردستان", "iq-kurdistan-region"), ("Kermanshah", "ir-kermanshah"), ("كرمانشاه", "ir-kermanshah"),
    ("Gilan-e Gharb", "ir-gilan-e-gharb"), ("گیلان غرب", "ir-gilan-e-gharb"), ("Isfahan", "ir-isfahan"),
    ("Arak", "ir-arak"), ("Khondab", "ir-khondab"), ("Fordow", "ir-fordow-enrichment-plant"), ("Marivan", "ir-marivan"),
]

#: Words a report writes that are no place of the file (the names the rows left out, or might take).
NOT_PLACES = ["Rey", "Ray", "ری", "ري", "Vahdati", "Babaei", "Fakouri", "Beheshti", "Malek", "Ashtar", "Kum", "Кум",
              "Tondgouyan", "Shahid Tondgouyan", "National University", "University", "Shahran", "Sanjar",
              "Tehran University", "TESA",
              "Shahid Beheshti", "Khatam al-Anbiya headquarters", "Mehran", "Amirabad", "Khorgo"]

globals().update(curated_file_tests(IRAN_SITES9, REFERENCE, SPELLINGS, NEIGHBOURS, NOT_PLACES))
