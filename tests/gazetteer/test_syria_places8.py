"""Syrian sites, bases, regions and towns outside the north-east that did not resolve, or resolved to another place
(``places/syria_places8.csv``).

DRAFT: docstring completed below.
"""
from __future__ import annotations

from pathlib import Path

from .placerows import curated_file_tests

ROOT = Path(__file__).resolve().parents[2]
SYRIA_PLACES8 = ROOT / "gazetteer" / "data" / "places" / "syria_places8.csv"

#: id: (lat, lon as the reference gives them, reference as the row's ``source`` names it)
REFERENCE: dict[str, tuple[float, float, str]] = {
    # Wikipedia points (English; German and Russian editions where named)
    "sy-baath-dam": (35.88528, 38.74722, "wikipedia:Baath_Dam"),  # 35°53′07″N 38°44′50″E
    "sy-port-of-latakia": (35.51333, 35.77056, "wikipedia:Port_of_Latakia"),  # 35°30′48″N 35°46′14″E
    "sy-sarrin": (36.58750, 38.29972, "wikipedia:Sarrin"),  # 36°35′15″N 38°17′59″E
    "sy-jabal-turkman": (35.78139, 35.98250, "wikipedia:Turkmen_Mountain"),  # 35°46′53″N 35°58′57″E
    "sy-jabal-al-akrad": (35.65000, 36.20000, "wikipedia:Jabal_al-Akrad"),  # 35°39′N 36°12′E
    "sy-coastal-mountains": (35.60, 36.24, "wikipedia:Syrian_Coastal_Mountain_Range"),  # 35°36′N 36°14′E
    "sy-kurd-mountain": (36.75, 36.70, "dewiki:Kurd_Dagh"),  # 36°45′N 36°42′E
    "sy-wadi-barada": (33.62417, 36.10556, "ruwiki:Долина_Барада"),  # 33°37′27″N 36°06′20″E
    # GeoNames records as Who's On First's Syria repository (whosonfirst-data-admin-sy) carries them
    "sy-sarmada": (36.18553, 36.72231, "geonames:164786"),  # Sarmada
    "sy-atmeh": (36.3095, 36.68839, "geonames:172370"),  # Atmah
    "sy-ad-dana-idlib": (36.21252, 36.76978, "geonames:174259"),  # Ad Dana (the one north of Idlib)
    "sy-hazano": (36.08965, 36.71404, "geonames:169618"),  # Hazzanu
    "sy-qah": (36.2972, 36.72512, "geonames:166248"),  # Kah
    "sy-marea": (36.48259, 37.19709, "geonames:167245"),  # Mari`
    "sy-nubl": (36.37867, 36.99294, "geonames:166331"),  # Nubul
    "sy-al-zahraa-aleppo": (36.36085, 37.01072, "geonames:166458"),  # Az Zahra' (the one by Nubul)
    "sy-hayyan-aleppo": (36.32417, 37.05886, "geonames:169644"),  # Hayyan
    "sy-anadan": (36.29353, 37.04466, "geonames:173223"),  # `Anadan
    "sy-ithriya": (35.36508, 37.7884, "geonames:172378"),  # Athriya
    "sy-hawik": (34.54737, 36.42271, "geonames:2914"),  # Huwayk
    "sy-jusiyah": (34.43517, 36.56922, "geonames:168799"),  # Jusiyah
    "sy-matraba": (34.49908, 36.47031, "geonames:167030"),  # Al Matrabah
    "sy-aqraba-rif-dimashq": (33.47179, 36.35009, "geonames:173125"),  # `Aqraba (the one south-east of Damascus)
    "sy-hujayrah": (33.4414, 36.32551, "geonames:12836"),  # Hujayrah
    "sy-sbeineh": (33.43922, 36.28102, "geonames:164024"),  # Asbaynah al Kubra
    "sy-daael": (32.75466, 36.12958, "geonames:170959"),  # Da`il
    "sy-al-shajara-daraa": (32.77411, 35.88202, "geonames:172829"),  # Ash Shajarah (the one in Daraa)
    "sy-abidin": (32.77992, 35.82461, "geonames:174633"),  # `Abidin
    "sy-qanawat": (32.75695, 36.6173, "geonames:166141"),  # Qanawat
    "sy-al-kishkiyah": (34.62111, 40.93754, "geonames:168535"),  # Al Kashmah (Al Kishkiyah)
    "sy-al-mansurah-raqqa": (35.83917, 38.74288, "geonames:8559276"),  # Al Mansurah (the one west of Raqqa)
    "sy-al-karamah-raqqa": (35.86865, 39.27803, "geonames:4273"),  # Al Karamah (the one east of Raqqa)
    # stand-ins at a referenced town's point
    "sy-nasib-crossing": (32.5518, 36.18813, "geonames:166390"),  # Nasib (WOF's Syria locality)
    "sy-ebla-gas-plant": (34.60638, 37.08745, "geonames:170340"),  # Al Furqlus (the settlements.csv row's record)
    "sy-shahba-region": (36.4733, 37.0972, "wikipedia:Tell_Rifaat"),  # 36°28′24″N 37°05′50″E (Tal Rifaat)
    "sy-mishtenur-hill": (36.89095, 38.35347, "dr5hn-csc:105080"),  # Kobani (the settlements.csv row's record)
}

#: (as a report writes it, the place); written for these tests, modelled on what reports say
SPELLINGS: list[tuple[str, str]] = [
    ("Baath Dam", "sy-baath-dam"), ("al-Baath dam", "sy-baath-dam"), ("سد البعث", "sy-baath-dam"),
    ("Latakia port", "sy-port-of-latakia"), ("port of Latakia", "sy-port-of-latakia"),
    ("ميناء اللاذقية", "sy-port-of-latakia"), ("مرفأ اللاذقية", "sy-port-of-latakia"),
    ("Nasib crossing", "sy-nasib-crossing"), ("Nassib border crossing", "sy-nasib-crossing"),
    ("Nasib-Jaber crossing", "sy-nasib-crossing"), ("معبر نصيب الحدودي", "sy-nasib-crossing"),
    ("Mishtenur hill", "sy-mishtenur-hill"), ("Mishtanoor", "sy-mishtenur-hill"), ("Miştenûr", "sy-mishtenur-hill"),
    ("تلة مشتنور", "sy-mishtenur-hill"),
    ("Sarrin", "sy-sarrin"), ("Sareen", "sy-sarrin"), ("صرين", "sy-sarrin"),
    ("Ebla gas plant", "sy-ebla-gas-plant"), ("معمل غاز إيبلا", "sy-ebla-gas-plant"),
    ("Jabal Turkman", "sy-jabal-turkman"), ("Turkmen Mountain", "sy-jabal-turkman"), ("جبل التركمان", "sy-jabal-turkman"),
    ("Türkmen Dağı", "sy-jabal-turkman"),
    ("Jabal al-Akrad", "sy-jabal-al-akrad"), ("جبل الأكراد", "sy-jabal-al-akrad"),
    ("Kurd Mountain (Latakia)", "sy-jabal-al-akrad"),
    ("Kurd Mountain", "sy-kurd-mountain"), ("Kurd Dagh", "sy-kurd-mountain"), ("Çiyayê Kurmênc", "sy-kurd-mountain"),
    ("جبل الكرد", "sy-kurd-mountain"),
    ("Syrian Coastal Mountain Range", "sy-coastal-mountains"), ("Alawite mountains", "sy-coastal-mountains"),
    ("جبال الساحل السوري", "sy-coastal-mountains"), ("سلسلة الجبال الساحلية", "sy-coastal-mountains"),
    ("Wadi Barada", "sy-wadi-barada"), ("Barada valley", "sy-wadi-barada"), ("وادي بردى", "sy-wadi-barada"),
    ("Shahba region", "sy-shahba-region"), ("herêma Şehba", "sy-shahba-region"),
    ("Sarmada", "sy-sarmada"), ("سرمدا", "sy-sarmada"),
    ("Atmeh", "sy-atmeh"), ("Atmah", "sy-atmeh"), ("أطمة", "sy-atmeh"), ("Atmeh camps", "sy-atmeh"),
    ("al-Dana (Idlib)", "sy-ad-dana-idlib"), ("Dana, Idlib", "sy-ad-dana-idlib"), ("الدانا", "sy-ad-dana-idlib"),
    ("Hazano (Idlib)", "sy-hazano"), ("Hazano, Idlib", "sy-hazano"), ("حزانو", "sy-hazano"),
    ("Qah", "sy-qah"), ("Qah camp", "sy-qah"), ("قاح", "sy-qah"),
    ("Marea", "sy-marea"), ("مارع", "sy-marea"),
    ("Nubl", "sy-nubl"), ("Nubbul", "sy-nubl"), ("Nubl and Zahraa", "sy-nubl"), ("نبل والزهراء", "sy-nubl"),
    ("نبل (حلب)", "sy-nubl"),
    ("al-Zahraa (Aleppo)", "sy-al-zahraa-aleppo"), ("الزهراء (حلب)", "sy-al-zahraa-aleppo"),
    ("Hayyan (Aleppo)", "sy-hayyan-aleppo"), ("حيان (حلب)", "sy-hayyan-aleppo"),
    ("Anadan", "sy-anadan"), ("عندان (حلب)", "sy-anadan"),
    ("Ithriya", "sy-ithriya"), ("Athriya", "sy-ithriya"), ("أثريا", "sy-ithriya"),
    ("Hawik", "sy-hawik"), ("Huwayk", "sy-hawik"), ("حاويك", "sy-hawik"),
    ("Jusiyah", "sy-jusiyah"), ("Joussieh", "sy-jusiyah"), ("جوسية", "sy-jusiyah"),
    ("Matraba", "sy-matraba"), ("Matraba crossing", "sy-matraba"), ("مطربا (حمص)", "sy-matraba"),
    ("Aqraba (Damascus)", "sy-aqraba-rif-dimashq"), ("عقربا (ريف دمشق)", "sy-aqraba-rif-dimashq"),
    ("Hujeira", "sy-hujayrah"), ("Hujayrah", "sy-hujayrah"), ("الحجيرة", "sy-hujayrah"),
    ("Sbeineh (Damascus)", "sy-sbeineh"), ("Sbeineh, Rif Dimashq", "sy-sbeineh"), ("السبينة", "sy-sbeineh"),
    ("Daael", "sy-daael"), ("Da'el", "sy-daael"), ("داعل", "sy-daael"),
    ("al-Shajara (Daraa)", "sy-al-shajara-daraa"), ("الشجرة (درعا)", "sy-al-shajara-daraa"),
    ("Abidin (Daraa)", "sy-abidin"), ("عابدين (درعا)", "sy-abidin"),
    ("Qanawat", "sy-qanawat"), ("Kanawat", "sy-qanawat"), ("القنوات (السويداء)", "sy-qanawat"),
    ("Kishkiyeh (Deir ez-Zor)", "sy-al-kishkiyah"), ("al-Kishkiyah (Deir ez-Zor)", "sy-al-kishkiyah"),
    ("الكشكية", "sy-al-kishkiyah"),
    ("al-Mansoura (Raqqa)", "sy-al-mansurah-raqqa"), ("المنصورة (الرقة)", "sy-al-mansurah-raqqa"),
    ("al-Karama (Raqqa)", "sy-al-karamah-raqqa"), ("الكرامة (الرقة)", "sy-al-karamah-raqqa"),
    # aliases added to rows held before
    ("Hauran", "sy-gov-daraa"), ("Houran", "sy-gov-daraa"), ("Hauran plain", "sy-gov-daraa"),
    ("حوران", "sy-gov-daraa"), ("سهل حوران", "sy-gov-daraa"),
    ("الجزيرة السورية", "sy-gov-hasakah"),
    ("Neirab", "sy-aleppo-international-airport"), ("Nairab airbase", "sy-aleppo-international-airport"),
    ("مطار النيرب العسكري", "sy-aleppo-international-airport"),
    ("سجن غويران", "sy-hasakah-prison"),
]

#: Names of places held before that the new rows sound like or stand by: each keeps its place.
NEIGHBOURS: list[tuple[str, str]] = [
    ("Kobani", "sy-kobani"), ("Latakia", "sy-latakia"), ("اللاذقية", "sy-latakia"), ("Tal Rifaat", "sy-tall-rifat"),
    ("Shahba", "sy-shahba"), ("شهبا", "sy-shahba"), ("Furqlus", "sy-al-furqlus"), ("Tabqa dam", "sy-tabqa-dam"),
    ("Raqqa", "sy-raqqa"), ("Aqrah", "iq-aqrah"), ("Aqraba", "iq-aqrah"), ("Shajara", "jo-ash-shajarah"),
    ("Hazwan", "sy-hazwan"), ("Jdeidat Yabous", "lb-masnaa-crossing"), ("Rukban", "jo-rukban"),
    ("Ramtha", "jo-ramtha"), ("Daraa", "sy-daraa"), ("Harim", "sy-harim"), ("Azaz", "sy-azaz"),
    ("Qusayr", "sy-qusayr"), ("Hermel", "lb-hermel"), ("Erbil airport", "iq-erbil-international-airport"),
    ("Jabal Druze", "sy-jabal-al-druze"), ("Jabal al-Zawiya", "sy-jabal-zawiya"), ("Ghab plain", "sy-ghab-plain"),
    ("Anti-Lebanon", "sy-anti-lebanon-mountains"), ("Mount Hermon", "sy-mount-hermon"),
    # the places the waived rows sound like
    ("Soran", "iq-soran"), ("Saraain", "lb-saraain"), ("Sarayan", "ir-sarayan"), ("As Sabuniyah", "sy-as-sabuniyah"),
    ("Khasik", "sy-khasik"), ("Hazouane", "sy-hazwan"), ("Aizaria", "ps-al-ayzariyah"), ("Maariyah", "sy-maariyah"),
    ("Ma'ariyah", "sy-maariyah"), ("Khunayz", "sy-khunayz"),
    # the places the aliases added to rows held before sound like or stand by
    ("Hiran", "iq-hiran"), ("Hawarin", "sy-hawarin"), ("An Nayrabiyah", "sy-an-nayrabiyah"),
    ("النيربية", "sy-an-nayrabiyah"), ("Daraa Governorate", "sy-gov-daraa"), ("Hasakah", "sy-hasakah"),
]

#: Words a report writes that are no place of the file (the names the rows left out, or might take).
NOT_PLACES = ["Dana", "al-Dana", "Dana Bash", "Mari", "Abidin", "Zine El Abidine", "نصيب", "Nasib", "الزهراء",
              "Zahraa", "حيان", "Hayyan", "نبل", "القنوات", "المنصورة", "Mansoura", "الكرامة", "Karama", "الشجرة",
              "Kurd", "Kurds", "الأكراد", "التركمان", "Turkmen", "Alawite", "العلويين", "الساحل", "Baath", "البعث",
              "Barada", "بردى", "port", "مطربة", "المطربة", "مطربا", "عندان", "Canatha", "Roj camp", "Lajat"]


#: Rows the towns tool's sound rule would refuse, each kept: id -> why. The places they sound like keep their own
#: names (the NEIGHBOURS above).
SOUND_RULE_WAIVED = {
    "sy-sarrin": "the seat of Sarrin sub-district south of Kobani, a town of 6,000 the tool would spare as a seat (it "
                 "sounds like Soran in Erbil, Saraain in Baalbek and Sarayan in Iran; \"Sarrin\" went to Sarayan)",
    "sy-ithriya": "the crossroads village of the Khanasir-Ithriya road, the one road into Aleppo in 2016-2017 reports "
                  "(it sounds like al-Ayzariyah in the West Bank, which keeps its names; \"Athriya\" went to it)",
}

#: Rows the towns tool's word rule would refuse, each kept: id -> why.
WORD_RULE_WAIVED = {
    "sy-marea": "\"Marea\" (Spanish and Italian 'tide') is how English reports write the town north of Aleppo; "
                "English text has no other use of it",
    "sy-port-of-latakia": "the port's spellings key the bare city name Latakia, which the tool's English list holds "
                          "(the tobacco); the city keeps the bare name",
}


globals().update(curated_file_tests(SYRIA_PLACES8, REFERENCE, SPELLINGS, NEIGHBOURS, NOT_PLACES,
                                    sound_waived=SOUND_RULE_WAIVED, word_waived=WORD_RULE_WAIVED))
