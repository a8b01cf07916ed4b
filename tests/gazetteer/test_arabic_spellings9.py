"""Places of the conflict as Arabic media write them (the ar40 check), and the four places it added
(``places/arabic_places9.csv``).

The check took the held places of the core (the governorates and districts of Iraq and Syria, the cities and the towns
strikes hit in Iraq, Syria, Lebanon, Jordan and Yemen, the bases, airports, ports, fields and sites of ``sites.csv``,
``strike_sites*.csv``, ``fields.csv`` and ``airfields.csv``, the Israeli towns of the north and the Gaza envelope,
the Iranian cities, the waters, rivers, ranges and regions) and wrote each as Arabic reports do: with and without the
article, after the joined particles و ب ل ف and لل, with ة/ه, ى/ي and the hamza forms, with the descriptor words
(محافظة، قضاء، منطقة، مديرية، مدينة، بلدة، قرية، قاعدة ... الجوية، مطار ... الدولي، حقل ... النفطي، مصفاة، سد، منفذ،
معبر، منشأة، مفاعل) and in the colloquial and older spellings. Each form was asked of ``resolve()`` and read in a
sentence of our own ("استهدفت طائرة مسيرة X يوم الثلاثاء"). Some 530 hand forms and 1,240 descriptor forms of the
rows' own names were checked; the letter forms (ة/ه, ى/ي, أ/إ/آ/ا, ء) were already folded by the normaliser, and
the descriptors of the provinces, districts and towns were already read (محافظة ديالى، قضاء الرطبة، منطقة البوكمال).

What did not resolve, or went elsewhere, and was mended:

- In running text, a particle joined to the descriptor that opens a name was not cut ("ومطار بغداد" was read as
  Baghdad, "بمنشأة نطنز" as the town of Natanz, "بحقل الرميلة" as nothing), nor one joined to the two-letter words
  names begin with ("وتل أبيب", "بأم قصر", "وذي قار", "بشط العرب", "وسد الموصل"), and the longest particle was cut
  first ("وبابل" lost وب and left إبل, "وكرمان" lost وك and left رمان): ``geoincidents/extract/particles.py`` and
  ``mentions.py`` (tests in ``tests/geoincidents/extract/test_arabic_particles9.py``).
- Spellings missing from their rows, now aliases on them (``settlements.csv``, ``sites.csv``, ``admin.csv``,
  ``fields.csv``): the Israeli places as Arabic media spell them (كريات شمونا، كرمئيل، معالوت، مرجليوت، مسكاف عام،
  كفر جلعادي، برعام، أييلت هشاحر، سيديروت، ريشون ليتسيون، روش هنكرا، نفاطيم، رامات دافيد، بلماحيم، غليلوت، مطار بن
  جوريون, and الجليل الغربي/الشرقي on the Northern District, where "Western Galilee" already goes); the Kurdish name
  of Erbil (هولير); ذيقار and ديالا; كوباني (it resolved to nothing: only عين العرب was held); الشدادية; مخيم الهول
  (the row held only الحول); مرج عيون; ضاحية بيروت الجنوبية (it went to Beirut); كرمنشاه، أورمية، بارتشين، مطار مهر آباد
  (it went to the village of Mohr), حقل فارس الجنوبي (it went to Fars province); the bases' names with قاعدة (قاعدة
  التيفور، قاعدة الشعيرات، قاعدة فكتوري), حقل كونوكو, حقل بيشخابور and مركز الدعم الدبلوماسي; الجنوب
  اللبناني (as جنوب لبنان, South Lebanon), السفارة الأمريكية ببغداد (it went to Baghdad), and كفار عزة and كفر عزة for
  Kfar Aza (they resolved to nothing) as names kept by hand for the towns tool's row (``town_names_by_hand.csv``).
- The two spellings of America, أميركا and أمريكا, and of 'American' are one word in the normaliser
  (``normalize_words.csv``): "السفارة الأميركية في بغداد" went to Baghdad.
- Four places of the 2023-2024 fighting in south Lebanon no file held, with GeoNames records of the Lebanon dump
  (the one ``tools/gazetteer_lebanon_villages.py`` reads): Wadi Saluki and Wadi al-Hujeir, Jabal al-Rihan (a stand-in
  at its village) and the Hasbani river (at its source, with the length it stands for).

The reference coordinates are typed again here from the GeoNames records, so a row that drifts from its reference
fails; every row has its reference here and every reference its row.

Left out, and why:

- One-word forms that are common Arabic words (Zipf 3 or more in wordfreq) or a person's name, even with a descriptor
  word the normaliser takes off (the key is the bare word): قاعدة التقدم ('progress'; قاعدة الحبانية is held), حقل
  مجنون ('mad'; حقل مجنون النفطي is held), حقل التيم and حقل التنك ('team', 'tin'; kept only with the adjective, as
  ``test_fields.py`` decided), مصفاة كار (Persian 'work';
  مصفى كار is held), مطار رفيق الحريري (a person: the airfields tool keeps the record's own name out), خرج for Kharg
  ('went out'; جزيرة خارك is held) and المنارة for Menara ('the lighthouse'), which ``resolve()`` already hears by
  sound but running text does not read, a bare الحاصباني and الريحان (a family
  name; 'the basil'), القرية الخضراء for the Green Village base ('green' is the Green Zone's word too: the descriptor
  goes, and المنطقة الخضراء went to the base).
- أبو كمال for al-Bukamal (a man's kunya; البوكمال and البو كمال are held), and رعيم for Re'im (it sounds like Raymah
  of Yemen, which keeps it; كيبوتس رعيم is held).
- Names two held places share, left as they resolve: المالكية (Syria's Malikiyah; the kibbutz of Malkia is held as
  مالكيا), الرصافة (Rusafa of Baghdad is held as الرصافة (بغداد); the bare name stays with Syria's Rasafa), رأس
  الناقورة (the Lebanese Naqoura, by the crossing; Rosh Hanikra is روش هنيكرا), الجليل ('the majestic', Zipf 4; الجليل
  الأعلى and the directed forms are held), الحولة (Syria's Houla of Homs and the Hula valley, سهل الحولة, share it).
- The Euphrates and the Tigris, the Orontes, the Syrian Desert and the Gaza envelope stay out as ``waters.csv``,
  ``regions2.csv``, ``regions3.csv`` and ``levant_places8.csv`` decided (a bare الفرات and دجلة find no place in
  running text; ``resolve()`` hears a village in them by sound).
- Not mended, and left for the extraction: after لل the article's word is asked bare (للقائم asks قائم, which names
  nothing in running text), and a word that is itself a word of names is not cut (بأم, وبني); a town that shares its
  name with its airfield's (تلعفر، القيارة، رميلان) is read as the airfield when it is struck, in every language.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from .placerows import curated_file_tests, towns_tool_rules

ROOT = Path(__file__).resolve().parents[2]
ARABIC_PLACES9 = ROOT / "gazetteer" / "data" / "places" / "arabic_places9.csv"

#: id: (lat, lon as the reference gives them, reference as the row's ``source`` names it)
REFERENCE: dict[str, tuple[float, float, str]] = {
    # GeoNames records of the Lebanon dump (export of 2016-05, data/LB.txt of the GitHub repository
    # RoudyTarabay/Lebanon-Municipality-Elections-2016)
    "lb-wadi-saluki": (33.30611, 35.43897, "geonames:268241"),  # Ouâdi es Sloûki (Wadi as Saluqi), WAD
    "lb-wadi-al-hujeir": (33.29722, 35.4425, "geonames:273883"),  # Ouâdi el Hjaïr (Wadi al Hujayr), WAD
    "lb-jabal-al-rihan": (33.445, 35.56722, "geonames:278485"),  # Rihâne (Ar Rayhan), PPL
    "lb-hasbani-river": (33.40861, 35.67278, "geonames:274314"),  # Nabaa el Hâsbâni (نهر الحاصباني), SPNG
}

#: (as a report writes it, the place); written for these tests, modelled on what Arabic reports say
SPELLINGS: list[tuple[str, str]] = [
    # the rows of arabic_places9.csv
    ("وادي السلوقي", "lb-wadi-saluki"), ("وادي السلوكي", "lb-wadi-saluki"), ("Wadi Saluki", "lb-wadi-saluki"),
    ("Wadi al-Saluki", "lb-wadi-saluki"), ("Wadi Slouqi", "lb-wadi-saluki"),
    ("وادي الحجير", "lb-wadi-al-hujeir"), ("Wadi al-Hujeir", "lb-wadi-al-hujeir"), ("Wadi Hujeir", "lb-wadi-al-hujeir"),
    ("جبل الريحان", "lb-jabal-al-rihan"), ("Jabal al-Rihan", "lb-jabal-al-rihan"), ("Jebel Rihan", "lb-jabal-al-rihan"),
    ("نهر الحاصباني", "lb-hasbani-river"), ("Hasbani River", "lb-hasbani-river"), ("Nahr al-Hasbani", "lb-hasbani-river"),
    ("נחל שניר", "lb-hasbani-river"),
    # aliases on held rows
    ("كريات شمونا", "il-kiryat-shmona"), ("كرمئيل", "il-karmiel"), ("معالوت", "il-maalot-tarshiha"),
    ("مرجليوت", "il-margaliot"), ("مسكاف عام", "il-misgav-am"), ("كفر جلعادي", "il-kfar-giladi"),
    ("كفرجلعادي", "il-kfar-giladi"), ("برعام", "il-baram"), ("أييلت هشاحر", "il-ayelet-hashahar"),
    ("سيديروت", "il-sderot"), ("ريشون ليتسيون", "il-rishon-lezion"), ("روش هنكرا", "il-rosh-hanikra"),
    ("نفاطيم", "il-nevatim-air-base"), ("قاعدة نفاطيم", "il-nevatim-air-base"),
    ("رامات دافيد", "il-ramat-david-air-base"), ("قاعدة رامات دافيد", "il-ramat-david-air-base"),
    ("قاعدة رمات دافيد الجوية", "il-ramat-david-air-base"), ("قاعدة بلماحيم", "il-palmachim-air-base"),
    ("قاعدة غليلوت", "il-glilot"), ("مطار بن جوريون", "il-ben-gurion-airport"),
    ("الجليل الغربي", "il-gov-northern"), ("الجليل الشرقي", "il-gov-northern"),
    ("هولير", "iq-erbil"), ("ذيقار", "iq-gov-dhi-qar"), ("ديالا", "iq-gov-diyala"), ("محافظة ديالا", "iq-gov-diyala"),
    ("كوباني", "sy-kobani"), ("مدينة كوباني", "sy-kobani"), ("الشدادية", "sy-shaddadi"), ("مخيم الهول", "sy-al-hawl"),
    ("مرج عيون", "lb-marjayoun"), ("ضاحية بيروت الجنوبية", "lb-dahieh"),
    ("كرمنشاه", "ir-kermanshah"), ("أورمية", "ir-urmia"), ("بارتشين", "ir-parchin-military-complex"),
    ("مطار مهر آباد", "ir-mehrabad-international-airport"), ("حقل فارس الجنوبي", "ir-south-pars"),
    ("قاعدة التيفور", "sy-t4-air-base"), ("قاعدة التيفور الجوية", "sy-t4-air-base"),
    ("قاعدة الشعيرات", "sy-shayrat-air-base"), ("قاعدة الشعيرات الجوية", "sy-shayrat-air-base"),
    ("قاعدة فكتوري", "iq-camp-victory"), ("معسكر فكتوري", "iq-camp-victory"),
    ("حقل كونوكو", "sy-conoco-gas-field-base"), ("كونوكو", "sy-conoco-gas-field-base"),
    ("حقل بيشخابور", "iq-peshkabir-oil-field"),
    ("مركز الدعم الدبلوماسي", "iq-baghdad-diplomatic-support-center"),
    ("الجنوب اللبناني", "lb-south-lebanon"), ("كفار عزة", "il-kfar-azza"), ("كفر عزة", "il-kfar-azza"),
    ("السفارة الأمريكية ببغداد", "iq-us-embassy-baghdad"),
    # أميركا and أمريكا, الأميركية and الأمريكية are one word (normalize_words.csv)
    ("السفارة الأميركية في بغداد", "iq-us-embassy-baghdad"), ("السفارة الأميركية ببغداد", "iq-us-embassy-baghdad"),
    ("أميركا", "cc-us"), ("أمريكا", "cc-us"),
    # forms of the check that were already right, kept so they stay so
    ("الانبار", "iq-gov-anbar"), ("ديالى", "iq-gov-diyala"), ("نينوي", "iq-gov-nineveh"), ("صلاح الدين", "iq-gov-salah-al-din"),
    ("الحسكه", "sy-hasakah"), ("ديرالزور", "sy-deir-ez-zor"), ("البوكمال", "sy-albu-kamal"), ("البو كمال", "sy-albu-kamal"),
    ("الميادين", "sy-mayadin"), ("التنف", "sy-al-tanf-garrison"), ("الشدادي", "sy-shaddadi"), ("رميلان", "sy-rmeilan"),
    ("حقل كونيكو", "sy-conoco-gas-field-base"), ("حقل العمر", "sy-green-village"),
    ("قاعدة عين الأسد", "iq-ain-al-asad-air-base"), ("مطار أربيل الدولي", "iq-erbil-international-airport"),
    ("حقل كورمور الغازي", "iq-khor-mor-gas-field"), ("حقل كورمور", "iq-khor-mor-gas-field"),
    ("كريات شمونة", "il-kiryat-shmona"), ("المطلة", "il-metula"), ("حيفا", "il-haifa"), ("إيلات", "il-eilat"),
    ("بئر السبع", "il-beersheba"), ("نهاريا", "il-nahariyya"), ("صفد", "il-safed"), ("عكا", "il-acre"),
    ("الخضيرة", "il-hadera"), ("مرجعيون", "lb-marjayoun"), ("أصفهان", "ir-isfahan"), ("نطنز", "ir-natanz"),
    ("فوردو", "ir-fordow-enrichment-plant"), ("كرمانشاه", "ir-kermanshah"), ("تبريز", "ir-tabriz"),
]

#: Names of places held before that the new rows and aliases stand by or sound like: each keeps its place.
NEIGHBOURS: list[tuple[str, str]] = [
    ("Houla", "lb-houla"), ("حولا", "lb-houla"), ("Hasbaya", "lb-hasbaiya"), ("حاصبيا", "lb-hasbaiya"),
    ("Snir", "il-snir"), ("Wazzani", "lb-wazzani"), ("الوزاني", "lb-wazzani"), ("Jezzine", "lb-jezzine"),
    ("Rihaniya", "il-rihaniya"), ("Ghandouriyeh", "lb-ghandouriyeh"), ("Majdal Selm", "lb-majdal-selm"),
    ("الجليل الأعلى", "il-upper-galilee"), ("Galilee", "il-gov-northern"), ("المنطقة الخضراء", "iq-green-zone"),
    ("بيروت", "lb-beirut"), ("الضاحية الجنوبية", "lb-dahieh"), ("فارس", "ir-gov-fars"), ("حقل بارس الجنوبي", "ir-south-pars"),
    ("عين العرب", "sy-kobani"), ("الحسكة", "sy-hasakah"), ("أربيل", "iq-erbil"), ("ذي قار", "iq-gov-dhi-qar"),
    ("قاعدة الحبانية", "iq-al-taqaddum-air-base"), ("مطار الشعيرات", "sy-shayrat-air-base"),
    ("مطار التيفور", "sy-t4-air-base"), ("مطار بن غوريون", "il-ben-gurion-airport"), ("اللد", "il-lod"),
    ("موشاف نيفاتيم", "il-nevatim-moshav"), ("كيبوتس رعيم", "il-reim"), ("ريمة", "ye-gov-raymah"),
]

#: Words a report writes that are none of the new places (the names left out, or that they might take).
NOT_PLACES = ["الحاصباني", "حاصباني", "Hasbani", "الريحان", "ريحان", "السلوقي", "سلوقي", "الحجير", "Saluki", "Rihan",
              "وادي", "نهر", "جبل", "Wadi", "الجليل", "الحولة", "الفرات", "دجلة"]

#: One-word forms of the check kept out (common Arabic words, with the descriptor the normaliser takes off, or a
#: person's name) and the place each must not become.
KEPT_OUT: list[tuple[str, str]] = [
    ("التقدم", "iq-al-taqaddum-air-base"), ("مجنون", "iq-majnoon-oil-field"), ("التيم", "sy-tayyem-oil-field"),
    ("التنك", "sy-tanak-oil-field"),
    ("كار", "iq-kar-refinery"), ("رفيق الحريري", "lb-beirut-airport"),
    ("القرية الخضراء", "sy-green-village"), ("أبو كمال", "sy-albu-kamal"), ("رعيم", "il-reim"),
]

#: The aliases this check put on rows held before (id -> aliases), each on its row and each passing the towns tool's
#: word rule (no one-word Arabic word as its key).
HELD_ALIASES: dict[str, list[str]] = {
    "il-ayelet-hashahar": ["أييلت هشاحر"], "il-baram": ["برعام"], "il-ben-gurion-airport": ["مطار بن جوريون"],
    "il-glilot": ["قاعدة غليلوت", "غليلوت"], "il-gov-northern": ["الجليل الغربي", "الجليل الشرقي"],
    "il-karmiel": ["كرمئيل"], "il-kfar-giladi": ["كفر جلعادي", "كفرجلعادي"], "il-kiryat-shmona": ["كريات شمونا"],
    "il-maalot-tarshiha": ["معالوت"], "il-margaliot": ["مرجليوت"], "il-misgav-am": ["مسكاف عام"],
    "il-nevatim-air-base": ["نفاطيم", "قاعدة نفاطيم"], "il-palmachim-air-base": ["قاعدة بلماحيم", "بلماحيم"],
    "il-ramat-david-air-base": ["رامات دافيد", "قاعدة رامات دافيد", "رمات دافيد"],
    "il-rishon-lezion": ["ريشون ليتسيون"], "il-rosh-hanikra": ["روش هنكرا"], "il-sderot": ["سيديروت"],
    "iq-baghdad-diplomatic-support-center": ["مركز الدعم الدبلوماسي"],
    "iq-camp-victory": ["قاعدة فكتوري", "معسكر فكتوري"], "iq-erbil": ["هولير"], "iq-gov-dhi-qar": ["ذيقار"],
    "iq-gov-diyala": ["ديالا"], "iq-peshkabir-oil-field": ["حقل بيشخابور"], "ir-kermanshah": ["كرمنشاه"],
    "ir-mehrabad-international-airport": ["مطار مهر آباد"], "ir-parchin-military-complex": ["بارتشين"],
    "ir-south-pars": ["حقل فارس الجنوبي"], "ir-urmia": ["أورمية"], "lb-dahieh": ["ضاحية بيروت الجنوبية"],
    "lb-marjayoun": ["مرج عيون"], "sy-al-hawl": ["مخيم الهول", "بلدة الهول"],
    "sy-conoco-gas-field-base": ["حقل كونوكو", "كونوكو"], "sy-kobani": ["كوباني"], "sy-shaddadi": ["الشدادية"],
    "sy-shayrat-air-base": ["قاعدة الشعيرات الجوية", "قاعدة الشعيرات"],
    "sy-t4-air-base": ["قاعدة التيفور الجوية", "قاعدة التيفور"],
    "lb-south-lebanon": ["الجنوب اللبناني"], "iq-us-embassy-baghdad": ["السفارة الأمريكية ببغداد"],
    # by hand on the towns tool's row (town_names_by_hand.csv), which the tool writes
    "il-kfar-azza": ["كفار عزة", "كفر عزة"],
}


globals().update(curated_file_tests(ARABIC_PLACES9, REFERENCE, SPELLINGS, NEIGHBOURS, NOT_PLACES))


@pytest.mark.parametrize(("word", "place_id"), KEPT_OUT)
def test_the_forms_kept_out_are_not_the_place(g, word, place_id):
    from .placerows import resolved_id

    assert resolved_id(g, word) != place_id


@pytest.mark.parametrize("place_id", sorted(HELD_ALIASES))
def test_the_aliases_put_on_held_rows_are_there_and_are_no_arabic_word(g, place_id):
    from gazetteer.normalize import normalize

    pn = towns_tool_rules()
    place = g.get(place_id)
    for alias in HELD_ALIASES[place_id]:
        assert alias in place.aliases
        key = normalize(alias)
        assert " " in key or not pn.common_arabic(key), alias
