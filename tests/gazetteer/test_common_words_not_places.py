"""Everyday Hebrew, Arabic and Persian words that the gazetteer read as places, and the places that stay.

Some rows carried a one-word name or alias that is an everyday word of a report language: in running text the
extractor read אדם 'person' (בני אדם 'people') as the moshav Odem, the ניין of בניין 'building' as Nein, شهم's
Hebrew שהם 'that they' as Shoham, بن 'son of' ("إيلي بن") as Baneh, وإن 'and if' (folded to وان) as Van, العد 'the
counting' as Elad, فرود 'landing' as Parod, مهر (the Mehr agency, a month) as Mohr, صحنه 'scene' as Sahneh, بافت
'texture' as Baft, and "شهر كرد", keyed كرد once its descriptor word شهر is dropped, made every 'Kurd' Shahr-e Kord.

The list was drawn by rule and decided by hand. Every one-word key (after :func:`gazetteer.normalize.normalize`:
points, diacritics and the article folded, descriptor words dropped) of a name, alias or ``name_ar`` in Hebrew or
Arabic script whose wordfreq Zipf frequency, summed over the words that fold to it, is 4.0 or more in Hebrew, Arabic
or Persian: 412 keys on 570 (key, place) pairs. Most are the places themselves (ישראל, تهران, دمشق, صنعاء, حلب: a
city is frequent because it is named) and stay: countries, capitals, provinces, well-known cities. A small town or
village whose name is more often the word, and an alias that is a word, lose that bare spelling:

- an alias is dropped (Baneh's بَنِ, Sanandaj's سنە and سِنَّ, Ilam's اِلام, Odem's אֹדֶם, Nein's ניין and נין,
  Ovda's bare עובדה 'fact', Nesher's נשר 'eagle', ...);
- a row whose ``name_ar`` is the word keeps it only with its province in brackets, as ``syria_localities.csv``
  keeps "جملة (درعا)": "بلد (صلاح الدين)", "الحدث (بعبدا)", "وان (تركيا)"; its Latin names still find it;
- rows the tools write take the same table by rule: ``tools/word_spellings.csv`` (read by ``tools/placenames.py``)
  lists the words, ``tools/gazetteer_towns.py`` keeps no spelling there (a town with no other Arabic-script name
  keeps it with its province in brackets) and ``tools/gazetteer_alternates.py`` takes no alternate name there
  (קבוצה 'group' under Kinneret, צִיּוֹן under Jerusalem). Both files were written again, and ``airfields.csv``
  after them ("مطار بافت (كرمان)": the airport takes its town's Arabic name). A row kept with its province in
  brackets takes no GeoNames alternate names (the alternates tool's rule), so such rows lost theirs in other
  languages; Saadat Shahr keeps its old name "Saadatabad" by hand (``town_names_by_hand.csv``,
  test_strike_sites7.py), and Shahr-e Kord its joined Persian name شهرکرد.

Kept on purpose though frequent words: Tyre's صور (the extractor already tells "الصور" 'the pictures' from it,
test_reports_in_other_languages.py), al-Bab's الباب, Dora's الدورة, Qusayr, Ibb (إب, 'father'), Bandar Abbas's
"بندر عباس" (keyed عباس; a bracket would lose the city in every Arabic report: left for a resolver rule).
Not changed: the villages of ``iraq_villages.csv`` and ``syria_villages.csv`` (كوجك 'small', وازه 'word',
سماوات 'skies'): their tools read Who's On First extracts that are not on this machine.
"""
from __future__ import annotations

import pytest

import geoincidents as gi
from gazetteer import Gazetteer


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return Gazetteer.default()


def _read(sentence: str, gazetteer: Gazetteer) -> list[str]:
    return gi.extract_report(sentence, published="2025-06-20", gazetteer=gazetteer).places["place_id"].tolist()


#: (a sentence in running text with the word, the word, the place it was read as)
WORDS_IN_TEXT = [
    # Hebrew
    ("לדבריו נהרגו שני בני אדם בתקיפה", "אדם", "il-odem"),
    ("הטיל פגע בבניין מגורים בצפון", "בניין", "il-nein"),
    ("הם אמרו שהם לא ידעו על האזעקה", "שהם", "il-shoham"),
    ("קבוצה של חיילים נכנסה לכפר", "קבוצה", "il-kinneret"),
    ("ציון הדרך הזה חשוב לכולם", "ציון", "il-jerusalem"),
    ("זו עובדה שהמטוסים תקפו בלילה", "עובדה", "il-ovda-air-base"),
    ("הכביש היה סגור לתנועה כל הלילה", "סגור", "il-sajur"),
    ("ברמה הגבוהה ביותר של כוננות", "רמה", "il-rama"),
    ("קשת של טילים נורתה לעבר הים", "קשת", "il-keshet"),
    ("הצבא יפתח בחקירה של האירוע", "יפתח", "il-yiftah"),
    ("המסעדה נסגרה אחרי האזעקה, מסעדה אחרת נפגעה", "מסעדה", "il-masade"),
    ("נשר גדול עף מעל השדה", "נשר", "il-nesher"),
    ("סולם הכבאים הוצב ליד הבית, סולם נוסף הובא", "סולם", "il-sulam"),
    ("דליה אמרה שהיא שמעה את הפיצוץ", "דליה", "il-daliyya"),
    ("דפנה ישבה במקלט עם ילדיה", "דפנה", "il-dafna"),
    ("מגדל מגורים נפגע מהטיל", "מגדל", "il-migdal"),
    ("זו מורשת של דורות שלמים", "מורשת", "il-moreshet"),
    ("שורשים עמוקים יש למשפחה באזור", "שורשים", "il-shorashim"),
    ("שריד של הטיל נמצא בשדה", "שריד", "il-sarid"),
    ("זמרת ידועה ביטלה את ההופעה", "זמרת", "il-zimrat"),
    ("הם הגנו על המולדת שלהם, מולדת אחת", "מולדת", "il-moledet"),
    ("מירב הכוחות נשלחו לגבול", "מירב", "il-merav"),
    # Arabic
    ("أصيب 23 شخصا بحسب إيلي بن", "بن", "ir-baneh"),
    ("وإن استمر القصف فسيرد الجيش", "وإن", "tr-van"),
    ("وإن استمر القصف فسيرد الجيش", "وإن", "tr-gov-van"),
    ("بدأ العد التنازلي للهجوم", "العد", "il-elad"),
    ("قال إن هذا البلد لن يقبل بالقصف، وكل بلد له حق", "بلد", "iq-balad"),
    ("قال إن هذا البلد لن يقبل بالقصف، وكل بلد له حق", "بلد", "iq-dist-balad"),
    ("نقلت قناة الحدث أن الحدث وقع ليلا", "الحدث", "lb-hadath"),
    ("أعلن الجناح العسكري للحركة مسؤوليته", "الجناح", "lb-jnah"),
    ("خلال الساعات القليلة الماضية سقطت صواريخ", "القليلة", "lb-qlaileh"),
    ("انتشرت المسيرات حول المدينة", "حول", "sy-al-hawl"),
    ("تجدر الإشارة إلى أن الغارة وقعت ليلا", "الإشارة", "sy-al-asharah"),
    ("خرج الشعب إلى الشوارع وقال شعب المدينة كلمته", "شعب", "il-shaav"),
    ("طالب بسلامة المدنيين وقال إن سلامة الطاقم مهمة", "سلامة", "il-sallama"),
    ("قال إن يهود المدينة غادروها", "يهود", "il-yehud"),
    ("وصف ما جرى بأنه حمام دم", "حمام", "il-hamam"),
    ("انتقد سلوك الجنود عند الحاجز", "سلوك", "sy-suluk"),
    ("ناقش البرلمان قانون التبني", "التبني", "sy-tibni"),
    ("حضر الاجتماع وزير الدفاع", "حضر", "sy-hader"),
    ("أجريت انتخابات البلديات في موعدها", "البلديات", "iq-baladiyat"),
    ("يحمل كل طالب قراره بيده", "قراره", "ps-al-qararah"),
    ("سقطت الشجرة على السيارة", "الشجرة", "jo-ash-shajarah"),
    ("قال جاسم إن الانفجار كان قويا", "جاسم", "sy-jasim"),
    ("عاد الحراك الشعبي إلى الشارع", "الحراك", "sy-al-hirak"),
    ("بدقة عالية أصاب الصاروخ الهدف", "عالية", "lb-aaley"),
    ("ارتفعت أسهم بورصة إسطنبول", "بورصة", "tr-gov-bursa"),
    ("ارتفعت أسهم بورصة إسطنبول", "بورصة", "tr-bursa"),
    ("قتل الإمام القاسم في المعركة", "القاسم", "iq-imam-qasim"),
    ("وقف الشاب على صخرة كبيرة", "صخرة", "jo-sakhrah"),
    ("لبس المسلح نقاب أسود", "نقاب", "ir-neqab"),
    ("غطت سحاب كثيفة السماء", "سحاب", "jo-sahab"),
    ("جاءت امرأة كريمة إلى المخيم", "كريمة", "jo-kurayyimah"),
    # Persian
    ("فرود هواپیما در فرودگاه انجام شد", "فرود", "il-parod"),
    ("به گزارش خبرگزاری مهر حمله دیشب رخ داد", "مهر", "ir-mohr"),
    ("مردم در صحنه حاضر شدند", "صحنه", "ir-sahneh"),
    ("بافت قدیمی شهر آسیب دید", "بافت", "ir-baft"),
    ("این سن برای سربازی کم است", "سن", "ir-sanandaj"),
    ("سنه ۱۴۰۳ سال سختی بود", "سنه", "ir-sanandaj"),
    ("نیروهای کرد به شهر رسیدند", "کرد", "ir-shahr-e-kord"),
    ("او آزاد شد و به خانه رفت", "آزاد", "ir-azadshahr-110831"),
    ("نیروها از دره عبور کردند", "دره", "ir-darreh-shahr"),
    ("شاهین و فریدون به خانه آمدند", "شاهین", "ir-shahin-shahr"),
    ("شاهین و فریدون به خانه آمدند", "فریدون", "ir-fereydunshahr"),
    ("سعادت مردم هدف است", "سعادت", "ir-saadat-shahr"),
    ("بابک گفت که صدای انفجار را شنید", "بابک", "ir-shahr-e-babak"),
    ("نیروهای طالبان در هرات مستقرند", "هرات", "ir-shahr-e-herat"),
    ("پشت ساختمان آتش گرفت", "پشت", "ir-basht"),
    ("ایوان خانه خراب شد", "ایوان", "ir-eyvan"),
    ("گرمی هوا زیاد بود", "گرمی", "ir-germi"),
    ("میانه روها مخالفت کردند", "میانه", "ir-mianeh"),
    ("محلات جنوبی بمباران شد", "محلات", "ir-mahallat"),
    ("انار و سیب به بازار رسید", "انار", "ir-anar"),
    ("شتر در بیابان مرد", "شتر", "ir-aleshtar"),
    ("خمیر نان آماده شد", "خمیر", "ir-bandar-e-khamir"),
    ("فردوس برین را وعده داد", "فردوس", "ir-ferdows"),
    ("آب گرمه و هوا سرده", "گرمه", "ir-garmeh"),
    ("ابریشم گران شد", "ابریشم", "ir-abrisham"),
    ("رامین گفت که خانه ویران شد", "رامین", "ir-mollasani"),
    ("صدای درد در سینه اش پیچید", "سینه", "iq-sinah"),
    ("مبارکه باشه", "مبارکه", "ir-mobarakeh"),
]


@pytest.mark.parametrize(("sentence", "word", "place_id"), WORDS_IN_TEXT, ids=[f"{w}-{p}" for _, w, p in WORDS_IN_TEXT])
def test_an_everyday_word_in_running_text_is_not_the_place(sentence, word, place_id, gazetteer):
    assert place_id not in _read(sentence, gazetteer), f"{word!r} read as {place_id} in {sentence!r}"


#: Places that lost a bare spelling and stay findable by another name or with their province: (name, place id)
STILL_FOUND = [
    ("Baneh", "ir-baneh"), ("بانه", "ir-baneh"), ("Sanandaj", "ir-sanandaj"), ("سنندج", "ir-sanandaj"),
    ("Ilam", "ir-ilam"), ("إيلام", "ir-ilam"), ("Odem", "il-odem"), ("אודם", "il-odem"), ("Nein", "il-nein"),
    ("Shoham", "il-shoham"), ("שוהם", "il-shoham"), ("Parod", "il-parod"), ("פרוד", "il-parod"),
    ("فرود (المنطقة الشمالية)", "il-parod"), ("Mohr", "ir-mohr"), ("مهر (فارس)", "ir-mohr"), ("Sahneh", "ir-sahneh"),
    ("صحنه (كرمانشاه)", "ir-sahneh"), ("Baft", "ir-baft"), ("بافت (كرمان)", "ir-baft"), ("Elad", "il-elad"),
    ("אלעד", "il-elad"), ("Shahr-e Kord", "ir-shahr-e-kord"), ("شهرکرد", "ir-shahr-e-kord"),
    ("Balad", "iq-balad"), ("بلد (صلاح الدين)", "iq-balad"), ("قاعدة بلد", "iq-balad-air-base"),
    ("Hadath", "lb-hadath"), ("الحدث (بعبدا)", "lb-hadath"), ("Jnah", "lb-jnah"), ("الجناح (بيروت)", "lb-jnah"),
    ("al-Hawl", "sy-al-hawl"), ("الهول", "sy-al-hawl"), ("مخيم الهول", "sy-al-hawl"),
    ("al-Asharah", "sy-al-asharah"), ("العشارة", "sy-al-asharah"), ("Van", "tr-van"), ("وان (تركيا)", "tr-van"),
    ("Bursa", "tr-bursa"), ("Kinneret", "il-kinneret"), ("Ovda air base", "il-ovda-air-base"),
    ("בסיס עובדה", "il-ovda-air-base"), ("Sajur", "il-sajur"), ("Nesher", "il-nesher"), ("Lod", "il-lod"),
    ("לוד", "il-lod"), ("Migdal", "il-migdal"),
]


@pytest.mark.parametrize(("name", "place_id"), STILL_FOUND)
def test_a_place_that_lost_a_word_is_still_found_by_its_other_names(name, place_id, gazetteer):
    assert gazetteer.resolve(name).place.id == place_id


#: Frequent words that are the place they name in conflict reports, and stay: (name, place id, a sentence with it)
KEPT = [
    ("ישראל", "cc-il", "רקטות נורו לעבר ישראל מלבנון"),
    ("ירושלים", "il-jerusalem", "האזעקות נשמעו גם בירושלים ובחיפה"),
    ("חיפה", "il-haifa", "טיל נפל ליד חיפה בלילה"),
    ("אילת", "il-eilat", "כטבם פגע באילת הבוקר"),
    ("שדרות", "il-sderot", "רקטה נפלה בשדרות אחר הצהריים"),
    ("עזה", "ps-gaza-strip", "מטוסים תקפו בעזה הלילה"),  # (bare Gaza is the Strip, as in English)
    ("תימן", "cc-ye", "טיל שוגר מתימן לעבר אילת"),
    ("إسرائيل", "cc-il", "أطلقت صواريخ من لبنان باتجاه إسرائيل"),
    ("إيران", "cc-ir", "هددت إيران بالرد على الهجوم"),
    ("تهران", "ir-tehran", "انفجار در تهران شنیده شد"),
    ("طهران", "ir-tehran", "سمع دوي انفجار في طهران فجر اليوم"),
    ("دمشق", "sy-damascus", "استهدفت غارة إسرائيلية مبنى في دمشق"),
    ("بغداد", "iq-baghdad", "سقطت صواريخ قرب مطار بغداد وفي بغداد"),
    ("صنعاء", "ye-sanaa", "شنت طائرات أمريكية غارات على صنعاء"),
    ("حلب", "sy-aleppo", "قصفت طائرات مسيرة ريف حلب ومدينة حلب"),
    ("بيروت", "lb-beirut", "استهدفت غارة الضاحية الجنوبية لبيروت وبيروت"),
    ("مصر", "cc-eg", "أعلنت مصر إسقاط مسيرة فوق سيناء"),
    ("اليمن", "cc-ye", "أطلق صاروخ من اليمن نحو إسرائيل"),
    ("العراق", "cc-iq", "استهدفت مسيرة قاعدة في العراق"),
    ("سوريا", "cc-sy", "دخلت قوات إلى سوريا من الجنوب"),
    ("لبنان", "cc-lb", "تبادل إطلاق النار على حدود لبنان"),
    ("قطر", "cc-qa", "أعلنت قطر اعتراض صواريخ إيرانية"),
    ("الكويت", "cc-kw", "قالت الكويت إن المسيرات لم تعبر أجواءها"),
    ("غزة", "ps-gaza-strip", "قتل عشرة أشخاص في غارة على غزة"),  # (the city with its word: مدينة غزة)
    ("القدس", "il-jerusalem", "دوت صفارات الإنذار في القدس"),
    ("حيفا", "il-haifa", "سقط صاروخ في حيفا مساء الأحد"),
    ("صور", "lb-tyre", "قصفت إسرائيل يوم الثلاثاء مدينة صور"),
    ("الموصل", "iq-mosul", "انفجرت عبوة في الموصل صباحا"),
    ("البصرة", "iq-basra", "سقطت صواريخ على البصرة ليلا"),
    ("الرقة", "sy-raqqa", "قصفت طائرات مسيرة أطراف الرقة"),
    ("حمص", "sy-homs", "استهدفت غارة مستودعا في حمص"),
    ("إدلب", "sy-idlib", "قتل مدنيون في قصف على إدلب"),
    ("درعا", "sy-daraa", "توغلت قوات في ريف درعا الغربي وفي درعا"),
    ("تعز", "ye-taiz", "قصف الحوثيون أحياء تعز"),
    ("عدن", "ye-aden", "انفجرت سيارة مفخخة في عدن"),
    ("أصفهان", "ir-isfahan", "سمعت انفجارات قرب أصفهان"),
    ("تبريز", "ir-tabriz", "انفجار در تبریز گزارش شد"),
    ("مشهد", "ir-mashhad", "پهپادها بر فراز مشهد دیده شدند"),
    ("شيراز", "ir-shiraz", "انفجار در شیراز شنیده شد"),
    ("كرمانشاه", "ir-kermanshah", "حمله به کرمانشاه تایید شد"),
    ("قم", "ir-qom", "انفجار در قم شنیده شد"),
    ("سنندج", "ir-sanandaj", "حمله پهپادی به سنندج گزارش شد"),
    ("الأهواز", "ir-ahvaz", "سمع دوي انفجار في الأهواز"),
    ("دوما", "sy-douma", "قصفت طائرات مدينة دوما"),
    ("القصير", "sy-qusayr", "استهدفت غارة معبرا قرب القصير"),
    ("الباب", "sy-al-bab", "قصفت المدفعية مدينة الباب شمال حلب"),
]


@pytest.mark.parametrize(("name", "place_id", "sentence"), KEPT, ids=[p for _, p, _ in KEPT])
def test_a_frequent_name_that_is_the_place_still_resolves_and_is_read(name, place_id, sentence, gazetteer):
    assert gazetteer.resolve(name).place.id == place_id
    assert place_id in _read(sentence, gazetteer), f"{name!r} not read as {place_id} in {sentence!r}"


def test_the_tools_word_table_is_the_one_the_written_files_obey():
    """No row the towns or alternates tool wrote keeps a bare spelling of ``tools/word_spellings.csv``."""
    import csv
    from pathlib import Path

    from gazetteer.normalize import normalize

    root = Path(__file__).resolve().parents[2]
    with (root / "tools" / "word_spellings.csv").open(encoding="utf-8", newline="") as handle:
        words = {normalize(row["spelling"]) for row in csv.DictReader(handle)}
    with (root / "gazetteer" / "data" / "places" / "towns.csv").open(encoding="utf-8", newline="") as handle:
        kept = [(row["id"], s) for row in csv.DictReader(handle)
                for s in (row["name_ar"], *row["aliases"].split("|")) if s and normalize(s) in words]
    with (root / "gazetteer" / "data" / "alternate_names.csv").open(encoding="utf-8", newline="") as handle:
        kept += [(row["id"], row["alias"]) for row in csv.DictReader(handle) if normalize(row["alias"]) in words]
    assert kept == []


@pytest.mark.parametrize(("name", "place_id"), [
    ("Gaza", "ps-gaza-strip"), ("غزة", "ps-gaza-strip"), ("עזה", "ps-gaza-strip"), ("Gazze", "ps-gaza-strip"),
    ("Gaza City", "ps-gaza"), ("مدينة غزة", "ps-gaza"), ("محافظة غزة", "ps-gov-gaza"),
])
def test_bare_gaza_is_the_strip_in_every_script(gazetteer, name, place_id):
    assert gazetteer.resolve(name).place.id == place_id
