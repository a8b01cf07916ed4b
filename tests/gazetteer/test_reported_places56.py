"""North-east and north Syria as Kurdish, Turkish and Arabic media of 2019-2026 name it: the towns, villages, oil and
power sites and US and coalition bases of the Turkish drone and air strikes and shelling on Qamishli, Kobani, Derik
(al-Malikiyah), Amuda, Derbasiyah, Qahtaniyah, Tal Tamr and Zirgan, Ain Issa, Manbij and the Tishreen dam, Tal Rifaat
and the Shahba villages, the Rmeilan and Suwaydiyah fields, Kharab al-Jir, Qasrak, Tal Baydar, Conoco and al-Omar, and
the Deir ez-Zor east-bank villages of the 2023-2025 tribal fighting (``places/reported_places56.csv``, and aliases
added to rows held before): the cov56 check.

The check. Some 850 spellings were collected from stored reports (North Press, Hawar/ANHA and ANF in English, German,
Kurmanji and Russian, SOHR, SANA, Rudaw and Kurdistan 24 in English, Kurmanji and Sorani, Enab Baladi, Syria TV,
Asharq al-Awsat, Turkish press and the Turkish defence ministry's target lists) and written again with the other
forms reporters use (Kurmanji Qamişlo, Dêrika Hemko, Tirbespî, Girkê Legê, Semûqe; Sorani قامیشلۆ, کۆبانێ, بەنداوی
تیشرین; Turkish Kamışlı, Münbiç, Tel Rıfat, Tişrin Barajı; Arabic with مدينة, قاعدة, مطار, حقل, معمل), and looked up
with ``resolve`` at main's commit dd4276a and again after this change. ``SPELLINGS`` below is the table of those that
name a place the gazetteer holds now, each with the place it means: 542 spellings of 119 places, of which 476 resolved
right before and all 542 after (489 spellings of 105 places held before, 476 of them right before; 53 spellings of the
14 new rows). The towns, the bases and fields and most villages of the theme were held already (earlier rounds took
the session-19 and cov30 strike lists, the villages tool took Who's On First's Syria localities of Hasakah, Raqqa and
the Kobani, Manbij, Jarabulus and al-Bab districts, and cov49 the Deir ez-Zor east bank), and are only tested here. The
gaps were the Kurmanji Dêrika Hemko (Derik) and the Sorani name of the Tishreen dam (nothing), Umm Adasa of the
Manbij front (it went to Umm 'Adas by al-Bab), the Shahba spellings of Sheikh Issa and al-Wahshiyah, and villages
no file held: Shalhumiyah (its Arabic went to Shlomi in Israel by sound), Qarah Maniyah (القرمانية went to Qarahmani
in Iraq), Tall Jammal of Derik (Tall Jumal in Iraq), Khan al-Jabal, the Xana Serê of Kurdish reports (Khanasor in
Sinjar), Umrik, Mawla Sibat, the Tal Rifaat villages Samuqah, Fafin, Umm Hosh, Tall Qarah and Kashtaar, Arab Hassan
north of Manbij, Mushayrifah of Ain Issa and Muhaymidah in Deir ez-Zor.

Rows added, each at its GeoNames record as Who's On First's Syria repository
(``whosonfirst-data/whosonfirst-data-admin-sy``) carries it, the reference coordinates typed again in ``REFERENCE``:
Shalhumiyah and Umrik (Qahtaniyah countryside), Qarah Maniyah (Derbasiyah), Tall Jammal and Khan al-Jabal (Derik
countryside; Khan al-Jabal's Kurdish name Xana Serê is the record's), Mawla Sibat south-west of Qamishli, Samuqah,
Fafin, Umm Hosh, Tall Qarah and Kashtaar around Tal Rifaat, Arab Hassan (the record of 'Arab Hasan Kabir; 'Arab Hasan
Saghir lies 0.8 km north, inside the row's precision), Mushayrifah east of Ain Issa and Muhaymidah of Deir ez-Zor's
western countryside. The names the towns tool's rules refuse are held only with their province or town in brackets: the
Latin names of Qarah Maniyah (they sound like Kerman and Karaman; its Arabic like Qarahmani of ``iraq_villages.csv``,
which the villages tool would then drop; held as "Qaramaniyah (Hasakah)", not "Qarah Maniyah (...)": a third curated
name opening with Qarah makes the towns tool drop Qarah of Rif Dimashq, tried), Tall Jammal (Tall Jumal), Samuqah
(Simaqawk and Simik), Tall Qarah (Tel Kure, Tala Car), Umm Hosh (Umm Huwaysh of Raqqa), Umrik (Amerika, the United
States) and Muhaymidah (Mahmudiyah), and the Arabic فافين (the sound of an Arabic word); their Arabic or Kurmanji names
that pass are held bare (تل جمال, Til Cemal, السموقة, أم حوش, تل قراح, اومريك, المحيميدة). Mawla Sibat and Mushayrifah
are held only with their town (another Mawla Sibat lies 35 km west, a dozen Mushayrifah in the north-east). Two rows are
spared the sound rule (``SOUND_WAIVED``): Shalhumiyah, whose Arabic sounds like Shlomi of ``settlements.csv``, a curated
row that keeps شلومي by exact match, and Khan al-Jabal, whose Kurdish names sound like Khanasor of
``iraq_localities.csv`` (curated, which keeps its names), Khanasir and Khvansar (seats the towns tool spares).

Aliases added to rows held before: in ``settlements.csv`` Dêrika Hemko and Derika Hemko (al-Malikiyah); in ``sites.csv``
Sorani بەنداوی تیشرین and بەنداوی تشرین (the Tishreen dam); in ``turkish_names2.csv`` "Sheikh Isa (Tal Rifaat)", "Sheikh
Issa (Shahba)", "Sheikh Isa (Shahba)" and شيخ عيسى (تل رفعت) (Sheikh Issa), "al-Wahshiyah (Tal Rifaat)" and الوحشية (تل
رفعت) (al-Wahshiyah). Umm Adasa, Um Adasa, Umm Adasah, أم عدسة and ام عدسة are names of Umm 'Adasat al-Farat, a row the
villages tool writes: they are kept by hand in ``town_names_by_hand.csv`` (its GeoNames record) and written on the row
in ``syria_villages.csv`` as the tool writes them, after its own names, so that its next run leaves the file as it is.

Checked and left as they were (not in ``SPELLINGS``): "Rmelan", "Rimêlan" and "Rumeilan" find the Rumalyn landing
zone, whose names they also are (decided in ``test_reported_places49.py``); "Shaddadah" and "al-Shaddadah" the
al-Shaddadi base likewise; a bare "Shahba" stays the town of Sweida (the region answers to "Shahba region", Şehba);
Darnaj and al-Tayyana of Deir ez-Zor are held with their province only (``test_reported_places49.py``: the bare names
sound like Ad Dirnaj and Tayouneh); a bare "al-Shuhail" stays ash-Shahil in Yemen (``test_strike_sites4.py``).

Left out, and why: the Arabic and Sorani names of Qahtaniyah (تربسبية, تربسبيه, تربه سبيه, تربەسپی): they sound
like Tirbasi of ``iraq_villages.csv``, whose Kurdish name ترپە سپى is the same word, and which the Iraq villages tool
would then drop (tried and taken out; they still go to Tirbasi, and the Latin Tirbespî finds Qahtaniyah);
al-Hilaliyah, Qanat al-Suwais, Corniche and the other quarters of Qamishli, the Himo (Hemo) base on the
Qamishli-Amuda road, the Jam'aya coalition post, Kharab Ishk (the Lafarge cement plant), the Tal Tamr power
station, the al-Saeeda (السعيدة) and Awda fields, Tel Khatoun station, the Dijla field and the Tifla oil centre (no
reference point found; "al-Hilaliye" still goes to El Hlaliye in Lebanon by sound); the Tal Tamr and Zirgan villages
Tel Shenan, Tawila, Khuwaybish, al-Abbush, Umm al-Kayf, Ain al-Abd, Dada Abdal, Haj Bubi, Umm Harmala, Khirbat
al-Shaair, Nuwayhat, Rubay'at, Qubur al-Gharajinah, Tel Kefji and the Qamishli-Qahtaniyah villages Kardim, Rutan, Zor
Ava, Tal Bashak, Mulla Abbas, Sikarka, Khalid Kalo, Birkanis, Sherik, Khanki, Jirnak, Shorki (no Who's On First
record); the Kobani villages Kultepe and Baghdik (none), Shiran and Mamet (two records of each name within 5 km);
Teqil Beqil and Wanikê of Derik, Jahbal, Saida, Hoshan, al-Khalidiyah and Mu'allaq of Ain Issa, Tokhar, Awn al-Dadat
and al-Yashli of Manbij, Bilunia, Shaala, Maiasa and Sheikh Hilal of Shahba, al-Tina, Ghasaq and Mahshiya of the
Tishreen front (no record, or records of the name elsewhere only); al-Sayyadah of Manbij (الصيادة is held by the
villages tool under its full name الصيادة الكبيرة: the bare الصيادة sounds like an Arabic word, and "Sayada" like
Saada in Yemen, which the towns tool's rules refuse); Jatal of Derbasiyah (جطل has three letters, and "Jatal" sounds
like Jattalah of Aleppo); a bare "Sheikh Issa" (Bahrain's Sheikh Isa air base; a person's name) and a bare
"Mushayrifah" or "Malla Sibat" (several villages).

Noticed and left: "Sheikh Isa" and "Sheikh Isa Air Base" go to al-Shaykh Saad of Daraa by likeness; الصيادة goes to
Sidon and "Al Sayada" to Saada by sound; "Khalidiya" and "Hoshan" (Ain Issa) go to Ghuldiya and Hashani in Iraq by
sound; "Tal al-Laban" finds al-Tall by Damascus and تل اللبن Lebanon; ملا عباس goes to Bandar Abbas and قناة سويس
(the Qamishli quarter) to Suez; "Abu Nitel" goes to Abu Naytulah of Raqqa and "Khirbet Tueni" to Khirbat Tin Nur of
Homs by sound; the bracketed "Umm Hosh (Tal Rifaat)" in running text is not read as one name (the extractor reads
the bare Arabic أم حوش).
"""
from __future__ import annotations

from pathlib import Path

import pytest

from .placerows import curated_file_tests

ROOT = Path(__file__).resolve().parents[2]
REPORTED_PLACES56 = ROOT / "gazetteer" / "data" / "places" / "reported_places56.csv"
SYRIA_VILLAGES = ROOT / "gazetteer" / "data" / "places" / "syria_villages.csv"
HAND_NAMES = ROOT / "gazetteer" / "data" / "town_names_by_hand.csv"

#: id: (lat, lon as the reference gives them, reference as the row's ``source`` names it)
REFERENCE: dict[str, tuple[float, float, str]] = {
    # GeoNames records as Who's On First's Syria repository carries them (the record's name in the comment)
    "sy-arab-hasan-kabir": (36.64984, 37.84806, "geonames:173094"),  # `Arab Hasan Kabir
    "sy-fafin": (36.34925, 37.24435, "geonames:170498"),  # Vavin
    "sy-khan-al-jabal": (37.08342, 42.07759, "geonames:168374"),  # Khan al Jabal
    "sy-kishtaar": (36.48808, 37.01570, "geonames:173599"),  # Kishta`ar
    "sy-mawla-sibat-qamishli": (36.97983, 41.13405, "geonames:167027"),  # Mawla Sibat
    "sy-muhaymidah": (35.44294, 40.08619, "geonames:166747"),  # Muhaymidah
    "sy-mushayrifah-ain-issa": (36.40960, 38.89354, "geonames:167125"),  # Mushayrifah
    "sy-qarah-maniyah": (37.05327, 40.61443, "geonames:166056"),  # Qarah Maniyah
    "sy-samuqah": (36.43361, 37.24990, "geonames:169021"),  # As Samuqah
    "sy-shalhumiyah": (37.06315, 41.58883, "geonames:164581"),  # Shalhumiyah
    "sy-tall-jammal": (37.04825, 41.99521, "geonames:163547"),  # Tall Jammal
    "sy-tall-qarah": (36.37470, 37.17791, "geonames:163484"),  # Tall Qarah
    "sy-umm-hawsh": (36.41168, 37.21252, "geonames:167600"),  # Umm Hawsh
    "sy-umrik": (37.04905, 41.37145, "geonames:420353"),  # Umrik
}

#: (as a report writes it, the place): the cov56 table, written for these tests, modelled on what reports say
SPELLINGS: list[tuple[str, str]] = [
    ('Qamishli', 'sy-qamishli'), ('Qamishlo', 'sy-qamishli'), ('Qamişlo', 'sy-qamishli'), ('Kamışlı', 'sy-qamishli'),
    ('Kamishli', 'sy-qamishli'), ('القامشلي', 'sy-qamishli'), ('قامشلو', 'sy-qamishli'), ('قامیشلۆ', 'sy-qamishli'),
    ('مدينة القامشلي', 'sy-qamishli'), ('Qamishlo city', 'sy-qamishli'), ('Kobani', 'sy-kobani'),
    ('Kobanê', 'sy-kobani'), ('Kobane', 'sy-kobani'), ('Kobanî', 'sy-kobani'), ('Ayn al-Arab', 'sy-kobani'),
    ('Ain al-Arab', 'sy-kobani'), ('Ayn el Arab', 'sy-kobani'), ('Ayn el-Arap', 'sy-kobani'),
    ('عين العرب', 'sy-kobani'), ('كوباني', 'sy-kobani'), ('کۆبانێ', 'sy-kobani'), ('مدينة عين العرب', 'sy-kobani'),
    ('Derik', 'sy-malikiyah'), ('Dêrik', 'sy-malikiyah'), ('al-Malikiyah', 'sy-malikiyah'),
    ('Malikiyah', 'sy-malikiyah'), ('Malikiye', 'sy-malikiyah'), ('المالكية', 'sy-malikiyah'),
    ('ديريك', 'sy-malikiyah'), ('دێرک', 'sy-malikiyah'), ('Amuda', 'sy-amuda'), ('Amude', 'sy-amuda'),
    ('Amûdê', 'sy-amuda'), ('Amouda', 'sy-amuda'), ('عامودا', 'sy-amuda'), ('Derbasiyah', 'sy-darbasiyah'),
    ('Darbasiyah', 'sy-darbasiyah'), ('Dirbêsiyê', 'sy-darbasiyah'), ('Derbesiye', 'sy-darbasiyah'),
    ('al-Darbasiyah', 'sy-darbasiyah'), ('الدرباسية', 'sy-darbasiyah'), ('دربێسیێ', 'sy-darbasiyah'),
    ('Tel Tamr', 'sy-tall-tamr'), ('Tal Tamr', 'sy-tall-tamr'), ('Tell Tamer', 'sy-tall-tamr'),
    ('Til Temir', 'sy-tall-tamr'), ('Tel Temir', 'sy-tall-tamr'), ('تل تمر', 'sy-tall-tamr'),
    ('Ain Issa', 'sy-ain-issa'), ('Ayn Issa', 'sy-ain-issa'), ('Ayn Isa', 'sy-ain-issa'), ('Eyn Îsa', 'sy-ain-issa'),
    ('Ayn İsa', 'sy-ain-issa'), ('عين عيسى', 'sy-ain-issa'), ('Manbij', 'sy-manbij'), ('Menbij', 'sy-manbij'),
    ('Minbic', 'sy-manbij'), ('Münbiç', 'sy-manbij'), ('منبج', 'sy-manbij'), ('Tal Rifaat', 'sy-tall-rifat'),
    ('Tel Rifaat', 'sy-tall-rifat'), ('Tell Rifaat', 'sy-tall-rifat'), ('Tal Refaat', 'sy-tall-rifat'),
    ('Til Rifet', 'sy-tall-rifat'), ('Tel Rıfat', 'sy-tall-rifat'), ('تل رفعت', 'sy-tall-rifat'),
    ('Shahba region', 'sy-shahba-region'), ('Shehba canton', 'sy-shahba-region'), ('Şehba', 'sy-shahba-region'),
    ('Zirgan', 'sy-zirgan'), ('Zirgan (Abu Rasin)', 'sy-zirgan'), ('Abu Rasin', 'sy-zirgan'), ('Zarkan', 'sy-zirgan'),
    ('أبو راسين', 'sy-zirgan'), ('زركان', 'sy-zirgan'), ('Qahtaniyah', 'sy-qahtaniyah'),
    ('Tirbespiyê', 'sy-qahtaniyah'), ('Tirbespi', 'sy-qahtaniyah'), ('Kahtaniye', 'sy-qahtaniyah'),
    ('القحطانية', 'sy-qahtaniyah'),
    ('Rmelan', 'sy-rumalyn-landing-zone'), ('Rmeilan', 'sy-rmeilan'),
    ('رميلان', 'sy-rmeilan'), ('Rmeilan oil fields', 'sy-rmeilan-oil-fields'), ('حقول رميلان', 'sy-rmeilan-oil-fields'),
    ('Suwaydiyah', 'sy-suwaydiyah-hasakah'), ('Suwaydiyah gas plant', 'sy-suwaydiyah-hasakah'),
    ('Swediyah gas plant', 'sy-suwaydiyah-hasakah'), ('Siwêdiyê', 'sy-suwaydiyah-hasakah'),
    ('معمل غاز السويدية', 'sy-suwaydiyah-hasakah'), ('معمل السويدية للغاز', 'sy-suwaydiyah-hasakah'),
    ('Tishreen Dam', 'sy-tishrin-dam'), ('Tishrin Dam', 'sy-tishrin-dam'), ('Tishreen dam', 'sy-tishrin-dam'),
    ('Tişrin Barajı', 'sy-tishrin-dam'), ('Tişrîn Barajı', 'sy-tishrin-dam'), ('Bendava Tişrînê', 'sy-tishrin-dam'),
    ('سد تشرين', 'sy-tishrin-dam'), ('Jabisa', 'sy-jbisa-gas-field'), ('Jbisa', 'sy-jbisa-gas-field'),
    ('Jbeisa gas field', 'sy-jbisa-gas-field'), ('حقل جبسة', 'sy-jbisa-gas-field'),
    ('Kharab al-Jir', 'sy-rumalyn-landing-zone'), ('Kharab al-Jeer', 'sy-rumalyn-landing-zone'),
    ('Khrab al-Jir', 'sy-rumalyn-landing-zone'), ('Kharab Al-Geir airport', 'sy-rumalyn-landing-zone'),
    ('Harap Cir', 'sy-rumalyn-landing-zone'), ('قاعدة خراب الجير', 'sy-rumalyn-landing-zone'),
    ('مطار خراب الجير', 'sy-rumalyn-landing-zone'), ('خراب الجير', 'sy-rumalyn-landing-zone'),
    ('Rumalyn Landing Zone', 'sy-rumalyn-landing-zone'), ('Qasrak', 'sy-qasrak-base'),
    ('Qasrak base', 'sy-qasrak-base'), ('قاعدة قسرك', 'sy-qasrak-base'), ('Tal Baydar', 'sy-tal-baydar-base'),
    ('Tal Baidar', 'sy-tal-baydar-base'), ('Tel Baydar', 'sy-tal-baydar-base'), ('Tell Baidr', 'sy-tal-baydar-base'),
    ('Tel Beyder', 'sy-tal-baydar-base'), ('قاعدة تل بيدر', 'sy-tal-baydar-base'),
    ('Conoco', 'sy-conoco-gas-field-base'), ('Conoco gas field', 'sy-conoco-gas-field-base'),
    ('Mission Support Site Conoco', 'sy-conoco-gas-field-base'), ('MSS Conoco', 'sy-conoco-gas-field-base'),
    ('حقل كونيكو', 'sy-conoco-gas-field-base'), ('معمل كونيكو', 'sy-conoco-gas-field-base'),
    ('al-Omar oil field', 'sy-green-village'), ('Al-Omar oilfield', 'sy-green-village'),
    ('Omar oil field', 'sy-green-village'), ('Green Village', 'sy-green-village'), ('حقل العمر', 'sy-green-village'),
    ('حقل العمر النفطي', 'sy-green-village'), ('al-Shaddadi base', 'sy-shaddadi-base'),
    ('قاعدة الشدادي', 'sy-shaddadi-base'), ('Shaddadi', 'sy-shaddadi'), ('Şeddadi', 'sy-shaddadi'),
    ('الشدادي', 'sy-shaddadi'), ('Hasakah', 'sy-hasakah'), ('Hasakeh', 'sy-hasakah'), ('Hesekê', 'sy-hasakah'),
    ('الحسكة', 'sy-hasakah'), ('Ghuwayran prison', 'sy-hasakah-prison'), ('Ghuweiran prison', 'sy-hasakah-prison'),
    ('سجن غويران', 'sy-hasakah-prison'), ('al-Hol camp', 'sy-al-hawl'), ('مخيم الهول', 'sy-al-hawl'),
    ('Yarubiyah', 'sy-yarubiyah'), ('Al-Yaroubiya', 'sy-yarubiyah'), ('Tel Koçer', 'sy-yarubiyah'),
    ('اليعربية', 'sy-yarubiyah'), ('Jawadiyah', 'sy-al-jawadiyah'), ('Çilaxa', 'sy-al-jawadiyah'),
    ('الجوادية', 'sy-al-jawadiyah'), ('Girkê Legê', 'sy-al-muabbada'), ('Muabbada', 'sy-al-muabbada'),
    ('المعبدة', 'sy-al-muabbada'), ('Serêkaniyê', 'sy-ras-al-ayn'), ('Ras al-Ain', 'sy-ras-al-ayn'),
    ('Resulayn', 'sy-ras-al-ayn'), ('رأس العين', 'sy-ras-al-ayn'), ('Girê Spî', 'sy-tell-abyad'),
    ('Tell Abyad', 'sy-tell-abyad'), ('تل أبيض', 'sy-tell-abyad'), ('Qara Qozak', 'sy-qara-qozak'),
    ('Qere Qozak Bridge', 'sy-qara-qozak'), ('Qara Qozak bridge', 'sy-qara-qozak'), ('جسر قرة قوزاق', 'sy-qara-qozak'),
    ('قرة قوزاق', 'sy-qara-qozak'), ('Deir Hafer', 'sy-dayr-hafir'), ('دير حافر', 'sy-dayr-hafir'),
    ('Maskanah', 'sy-maskanah'), ('مسكنة', 'sy-maskanah'), ('Sarrin', 'sy-sarrin'), ('صرين', 'sy-sarrin'),
    ('Jarabulus', 'sy-jarabulus'), ('جرابلس', 'sy-jarabulus'), ('Mishtenur', 'sy-mishtenur-hill'),
    ('Mistenur', 'sy-mishtenur-hill'), ('Mistenur Hill', 'sy-mishtenur-hill'), ('مشتنور', 'sy-mishtenur-hill'),
    ('Kharab Ashaq', 'sy-kharab-ashaq'), ('قاعدة خراب عشق', 'sy-kharab-ashaq'), ('Dhiban', 'sy-dhiban'),
    ('Diban', 'sy-dhiban'), ('ذيبان', 'sy-dhiban'), ('al-Shuhail (Deir ez-Zor)', 'sy-al-shuhayl'),
    ('الشحيل', 'sy-al-shuhayl'), ('al-Busayrah', 'sy-al-busayrah'), ('Busayra', 'sy-al-busayrah'),
    ('البصيرة', 'sy-al-busayrah'), ('Hajin', 'sy-hajin'), ('هجين', 'sy-hajin'), ('Gharanij', 'sy-gharanij'),
    ('غرانيج', 'sy-gharanij'), ('Abu Hamam', 'sy-abu-hamam'), ('أبو حمام', 'sy-abu-hamam'), ('Hawaij', 'sy-al-hawayij'),
    ('al-Hawayij', 'sy-al-hawayij'), ('الحوايج', 'sy-al-hawayij'), ('حوايج', 'sy-al-hawayij'),
    ('al-Kasra', 'sy-kasrah'), ('الكسرة', 'sy-kasrah'), ('al-Shaafah', 'sy-al-shaafah'), ('الشعفة', 'sy-al-shaafah'),
    ('الكشكية', 'sy-al-kishkiyah'), ('Tayyib al-Fal', 'sy-tayyib-al-fal'), ('طيب الفال', 'sy-tayyib-al-fal'),
    ('Khasham', 'sy-khusham'), ('خشام', 'sy-khusham'), ('Jadid Ekaidat', 'sy-jadid-aqidat'),
    ('جديد عكيدات', 'sy-jadid-aqidat'), ('الجرذي', 'sy-al-jurdi-al-gharbi'), ('Tal Hamis', 'sy-tall-hamis'),
    ('Tel Hamis', 'sy-tall-hamis'), ('تل حميس', 'sy-tall-hamis'), ('al-Dashisha', 'sy-ad-dashishah'),
    ('الدشيشة', 'sy-ad-dashishah'), ('Umm Jaloud', 'sy-umm-al-julud'), ('Umm Jalloud', 'sy-umm-al-julud'),
    ('Um Julud', 'sy-umm-al-julud'), ('ام جلود', 'sy-umm-al-julud'), ('أم جلود', 'sy-umm-al-julud'),
    ('Al-Muhsinli', 'sy-muhsinli'), ('Muhsenly', 'sy-muhsinli'), ('محسنلي', 'sy-muhsinli'),
    ('Dandaniyah', 'sy-dandaniyah'), ('Al-Dundaniyya', 'sy-dandaniyah'), ('الدندنية', 'sy-dandaniyah'),
    ('الجاموسية', 'sy-al-jamusiyah'), ('تل تورين', 'sy-tall-turin'), ('الكاوكلي', 'sy-al-kawukli'),
    ('Hisha', 'sy-al-hishah'), ('Hîşe', 'sy-al-hishah'), ('الهيشة', 'sy-al-hishah'), ('Fatsa', 'sy-fatisah'),
    ('Fatse', 'sy-fatisah'), ('فاطسة', 'sy-fatisah'), ('Mahshiyet al Tawahin', 'sy-mahshiyat-at-tawahin'),
    ('Qabr Imo', 'sy-qabr-aymu'), ('Umm al-Mara', 'sy-umm-al-mara'), ('أم المرة', 'sy-umm-al-mara'),
    ('Menagh airbase', 'sy-menagh-air-base'), ('Minnig Havalimanı', 'sy-menagh-air-base'),
    ('مطار منغ العسكري', 'sy-menagh-air-base'), ('Maranaz', 'sy-maranaz'), ('Meranaz', 'sy-maranaz'),
    ('مرعناز', 'sy-maranaz'), ('Herbel', 'sy-harbal'), ('Herbil', 'sy-harbal'), ('حربل', 'sy-harbal'),
    ('Tel Jijan', 'sy-tall-jijan'), ('Til Cîcan', 'sy-tall-jijan'), ('تل جيجان', 'sy-tall-jijan'),
    ('Tal Madiq', 'sy-tall-madiq'), ('Til Medîq', 'sy-tall-madiq'), ('تل مضيق', 'sy-tall-madiq'),
    ('Kafr Naya', 'sy-kafr-naya'), ('كفرنايا', 'sy-kafr-naya'), ('كفر نايا', 'sy-kafr-naya'),
    ('Deir Jamal', 'sy-deir-jamal'), ('دير جمال', 'sy-deir-jamal'), ('Ain Daqna', 'sy-ayn-daqnah'),
    ('Ain Deqna', 'sy-ayn-daqnah'), ('Ayn Dagne', 'sy-ayn-daqnah'), ('عين دقنة', 'sy-ayn-daqnah'),
    ('Ahras', 'sy-ahras'), ('Kaljibrin', 'sy-kaljibrin'), ('كلجبرين', 'sy-kaljibrin'), ('Tal Rahhal', 'sy-tall-rahhal'),
    ('تل رحال', 'sy-tall-rahhal'), ('خرابشة', 'sy-kharabishah'), ('Tal Jumaa', 'sy-tall-jumah'),
    ('Til Cûma', 'sy-tall-jumah'), ('تل جمعة', 'sy-tall-jumah'), ('Dardara', 'sy-dardarah'),
    ('al-Dardara', 'sy-dardarah'), ('Dirdara', 'sy-dardarah'), ('الدردارة', 'sy-dardarah'),
    ('Tal al-Ward', 'sy-tall-al-ward'), ('تل الورد', 'sy-tall-al-ward'), ('تل ورد', 'sy-tall-al-ward'),
    ('Tal Harmel', 'sy-tall-harmal'), ('Tel Hermal', 'sy-tall-harmal'), ('تل حرمل', 'sy-tall-harmal'),
    ('Tell Shamiram', 'sy-tell-shamiram'), ('تل شميران', 'sy-tell-shamiram'), ('تل حفيان', 'sy-tall-hafyan'),
    ('Tal Nasri', 'sy-tall-nasri'), ('تل نصري', 'sy-tall-nasri'), ('تل كديش', 'sy-tall-kadish'),
    ('تل زيوان', 'sy-tall-ziwan'), ('تل حمدون', 'sy-tall-hamdun'), ('كربشك', 'sy-kir-bashak'),
    ('محركان', 'sy-mahriqan'), ('الإبراهيمية', 'sy-ibrahimiyah'), ('Ain Diwar', 'sy-ain-diwar'),
    ('Endiwer', 'sy-ain-diwar'), ('عين ديوار', 'sy-ain-diwar'), ('Qasr Dib', 'sy-qasr-dib'),
    ('Zormixar', 'sy-zor-maghar'), ('قشلة', 'sy-qishlah'), ('تل جهان', 'sy-tall-jihan'),
    ('Shalhumiyah', 'sy-shalhumiyah'), ('Shalhoumiyeh', 'sy-shalhumiyah'), ('شلهومية', 'sy-shalhumiyah'),
    ('شلومية', 'sy-shalhumiyah'), ('Til Cemal', 'sy-tall-jammal'), ('تل جمال', 'sy-tall-jammal'),
    ('Sheikh Issa (Tal Rifaat)', 'sy-shaykh-isa-tall-rifaat'), ('Sheikh Isa (Shahba)', 'sy-shaykh-isa-tall-rifaat'),
    ('شيخ عيسى (تل رفعت)', 'sy-shaykh-isa-tall-rifaat'), ('السموقة', 'sy-samuqah'), ('Fafin', 'sy-fafin'),
    ('اومريك', 'sy-umrik'), ('المحيميدة', 'sy-muhaymidah'), ('Malla Sibat (Qamishli)', 'sy-mawla-sibat-qamishli'),
    ('Khana Sere', 'sy-khan-al-jabal'), ('Xana Serê', 'sy-khan-al-jabal'), ('Xana Sere', 'sy-khan-al-jabal'),
    ('خان الجبل', 'sy-khan-al-jabal'), ('Umm Adasa', 'sy-umm-adasat-al-farat'), ('Um Adasa', 'sy-umm-adasat-al-farat'),
    ('Umm Adasah', 'sy-umm-adasat-al-farat'), ('أم عدسة', 'sy-umm-adasat-al-farat'),
    ('Arab Hassan', 'sy-arab-hasan-kabir'), ('عرب حسن', 'sy-arab-hasan-kabir'), ('أم الحوش', 'sy-umm-hawsh'),
    ('أم حوش', 'sy-umm-hawsh'), ('تل قراح', 'sy-tall-qarah'), ('Kashtaar', 'sy-kishtaar'), ('كشتعار', 'sy-kishtaar'),
    ('Darnaj (Deir ez-Zor)', 'sy-darnaj'), ('درنج (دير الزور)', 'sy-darnaj'),
    ('al-Tayyana (Deir ez-Zor)', 'sy-al-tayyana'), ('الطيانة (دير الزور)', 'sy-al-tayyana'),
    ('Qaramaniyah (Hasakah)', 'sy-qarah-maniyah'), ('Qermaniye (Derbasiyah)', 'sy-qarah-maniyah'),
    ('القرمانية (الدرباسية)', 'sy-qarah-maniyah'), ('Samuqa (Tal Rifaat)', 'sy-samuqah'),
    ('Semûqe (Şehba)', 'sy-samuqah'), ('جسر السموقة', 'sy-samuqah'), ('Fafîn', 'sy-fafin'), ('Vavin', 'sy-fafin'),
    ('فافين (تل رفعت)', 'sy-fafin'), ('Muhaymidah (Deir ez-Zor)', 'sy-muhaymidah'), ('محيميدة', 'sy-muhaymidah'),
    ('Tal Jamal (Derik)', 'sy-tall-jammal'), ('Tall Jammal (Hasakah)', 'sy-tall-jammal'),
    ('Umrik (Qahtaniyah)', 'sy-umrik'), ('أومريك', 'sy-umrik'), ('Umm al-Hosh (Tal Rifaat)', 'sy-umm-hawsh'),
    ('Umm Hosh (Shahba)', 'sy-umm-hawsh'), ('ام حوش', 'sy-umm-hawsh'), ('Tal Qarah (Tal Rifaat)', 'sy-tall-qarah'),
    ('تلقراح', 'sy-tall-qarah'), ('الوحشية (تل رفعت)', 'sy-al-wahshiyah'),
    ('al-Wahshiyah (Tal Rifaat)', 'sy-al-wahshiyah'), ('Sheikh Issa (Shahba)', 'sy-shaykh-isa-tall-rifaat'),
    ('الشيخ عيسى (تل رفعت)', 'sy-shaykh-isa-tall-rifaat'), ('Arab Hasan', 'sy-arab-hasan-kabir'),
    ('عرب حسن كبير', 'sy-arab-hasan-kabir'), ('Kishtaar', 'sy-kishtaar'), ('Khana Serê', 'sy-khan-al-jabal'),
    ('خانا سەرێ', 'sy-khan-al-jabal'), ('Shalhumiya', 'sy-shalhumiyah'),
    ('Mella Sibat (Qamishli)', 'sy-mawla-sibat-qamishli'), ('مولى سباط (القامشلي)', 'sy-mawla-sibat-qamishli'),
    ('ام عدسة', 'sy-umm-adasat-al-farat'), ('Um Adasah', 'sy-umm-adasat-al-farat'), ('Qamışlı', 'sy-qamishli'),
    ("Kamışlı'da", 'sy-qamishli'), ('قامشلي', 'sy-qamishli'), ('قامیشلی', 'sy-qamishli'),
    ('Qamishlo (Qamishli)', 'sy-qamishli'), ("Kobani'de", 'sy-kobani'), ('Ayn el-Arab', 'sy-kobani'),
    ('Ain Al-Arab', 'sy-kobani'), ('Ayn al-Arab (Kobani)', 'sy-kobani'), ('کوبانی', 'sy-kobani'),
    ('Dêrika Hemko', 'sy-malikiyah'), ('Derika Hemko', 'sy-malikiyah'), ('Malikiyah (Derik)', 'sy-malikiyah'),
    ('Derik (al-Malikiyah)', 'sy-malikiyah'), ('ديريك (المالكية)', 'sy-malikiyah'), ('دیریک', 'sy-malikiyah'),
    ('Amûde', 'sy-amuda'), ('Amudê', 'sy-amuda'), ("Amude'de", 'sy-amuda'), ('ئامودا', 'sy-amuda'),
    ('عامودە', 'sy-amuda'), ('Dirbêsî', 'sy-darbasiyah'), ('Derbesiyê', 'sy-darbasiyah'),
    ('Darbasiya', 'sy-darbasiyah'), ('Derbassiyeh', 'sy-darbasiyah'), ('الدرباسيه', 'sy-darbasiyah'),
    ("Til Temir'e", 'sy-tall-tamr'), ('Tel Tamir', 'sy-tall-tamr'), ('Tall Tamr', 'sy-tall-tamr'),
    ("Tel Temir'de", 'sy-tall-tamr'), ('تل تامر', 'sy-tall-tamr'), ('تەل تەمر', 'sy-tall-tamr'),
    ('Ain Eissa', 'sy-ain-issa'), ("Ayn Isa'da", 'sy-ain-issa'), ('عەین عیسا', 'sy-ain-issa'), ('Menbiç', 'sy-manbij'),
    ('Manbej', 'sy-manbij'), ('Menbic', 'sy-manbij'), ('مەنبج', 'sy-manbij'), ('Tel Rifat', 'sy-tall-rifat'),
    ('Til Rifat', 'sy-tall-rifat'), ('Tell Refaat', 'sy-tall-rifat'), ('Tal Rifat', 'sy-tall-rifat'),
    ("Tel Rıfat'ta", 'sy-tall-rifat'), ('تل رفعت (حلب)', 'sy-tall-rifat'), ('تەل ڕەفعەت', 'sy-tall-rifat'),
    ('Shahba canton', 'sy-shahba-region'), ('al-Shahba region', 'sy-shahba-region'),
    ('منطقة الشهباء (حلب)', 'sy-shahba-region'), ('Zirganê', 'sy-zirgan'), ('Zergan', 'sy-zirgan'),
    ('Tirbespî', 'sy-qahtaniyah'), ('Qahtaniya', 'sy-qahtaniyah'), ('Qahtaniyeh', 'sy-qahtaniyah'),
    ('Tirbe Spî', 'sy-qahtaniyah'), ('Rmeilan town', 'sy-rmeilan'),
    ('Rmeilan oil field', 'sy-rmeilan-oil-fields'), ('Rmelan oil fields', 'sy-rmeilan-oil-fields'),
    ('Suwaydiyah gas facility', 'sy-suwaydiyah-hasakah'), ('Suveydiye', 'sy-suwaydiyah-hasakah'),
    ('Sweidiyeh', 'sy-suwaydiyah-hasakah'), ('السويدية (الحسكة)', 'sy-suwaydiyah-hasakah'),
    ('Tishrin hydroelectric dam', 'sy-tishrin-dam'), ('Tishreen Dam (Manbij)', 'sy-tishrin-dam'),
    ('Bendava Tişrîn', 'sy-tishrin-dam'), ("Tişrin Barajı'nda", 'sy-tishrin-dam'),
    ('سد تشرين (منبج)', 'sy-tishrin-dam'), ('بەنداوی تیشرین', 'sy-tishrin-dam'),
    ('Jibsa gas field', 'sy-jbisa-gas-field'), ('Jbisa gas field', 'sy-jbisa-gas-field'),
    ('حقول الجبسة', 'sy-jbisa-gas-field'), ('جبسة', 'sy-jbisa-gas-field'),
    ('Kharab al-Jair', 'sy-rumalyn-landing-zone'), ('Khirbat al-Jir', 'sy-rumalyn-landing-zone'),
    ('Rmeilan Landing Zone', 'sy-rumalyn-landing-zone'), ('RLZ', 'sy-rumalyn-landing-zone'),
    ('Abu Hajar airport', 'sy-rumalyn-landing-zone'), ('مطار أبو حجر', 'sy-rumalyn-landing-zone'),
    ('Qasrak airport', 'sy-qasrak-base'), ('Kesrik', 'sy-qasrak-base'), ('Tell Beydar', 'sy-tal-baydar-base'),
    ('Tal Bayder', 'sy-tal-baydar-base'), ('Coneco', 'sy-conoco-gas-field-base'),
    ('Conoco gas plant', 'sy-conoco-gas-field-base'), ('كونوكو', 'sy-conoco-gas-field-base'),
    ('قاعدة حقل كونيكو', 'sy-conoco-gas-field-base'), ('MSS Green Village', 'sy-green-village'),
    ('al-Omar base', 'sy-green-village'), ('Omar field', 'sy-green-village'), ('قاعدة حقل العمر', 'sy-green-village'),
    ('Şeddadê', 'sy-shaddadi'), ('Haseke', 'sy-hasakah'), ('Hassakeh', 'sy-hasakah'), ('حەسەکە', 'sy-hasakah'),
    ('Ghweran prison', 'sy-hasakah-prison'), ('Sinaa prison', 'sy-hasakah-prison'), ('El Hol', 'sy-al-hawl'),
    ('Al Hawl', 'sy-al-hawl'), ('کەمپی هۆل', 'sy-al-hawl'), ('Til Koçer', 'sy-yarubiyah'),
    ('Tel Kocher', 'sy-yarubiyah'), ('Yarubiye', 'sy-yarubiyah'), ('Cil Axa', 'sy-al-jawadiyah'),
    ('Cevadiye', 'sy-al-jawadiyah'), ('Jil Agha', 'sy-al-jawadiyah'), ('Girke Lege', 'sy-al-muabbada'),
    ("Ma'bada", 'sy-al-muabbada'), ('Sere Kaniye', 'sy-ras-al-ayn'), ('Ras al-Ayn', 'sy-ras-al-ayn'),
    ('سەرێکانیێ', 'sy-ras-al-ayn'), ('Gire Spi', 'sy-tell-abyad'), ('Tel Abyad', 'sy-tell-abyad'),
    ('Tal Abyad', 'sy-tell-abyad'), ('Qereqozax', 'sy-qara-qozak'), ('Pira Qereqozaxê', 'sy-qara-qozak'),
    ('Karakozak Köprüsü', 'sy-qara-qozak'), ('Deyr Hafir', 'sy-dayr-hafir'), ('Deir Hafer (Aleppo)', 'sy-dayr-hafir'),
    ('Meskene', 'sy-maskanah'), ('Sirrîn', 'sy-sarrin'), ('Serrin', 'sy-sarrin'), ('Cerablus', 'sy-jarabulus'),
    ('Jarablus', 'sy-jarabulus'), ('Miştenûr', 'sy-mishtenur-hill'), ('Mishtanour', 'sy-mishtenur-hill'),
    ('تلة مشتنور', 'sy-mishtenur-hill'), ('Thiban', 'sy-dhiban'), ('ديبان', 'sy-dhiban'),
    ('Busayrah', 'sy-al-busayrah'), ('Hajeen', 'sy-hajin'), ('Ghranij', 'sy-gharanij'), ('Abu Hammam', 'sy-abu-hamam'),
    ('Hawayij', 'sy-al-hawayij'), ('Kasra', 'sy-kasrah'), ('Shaafa', 'sy-al-shaafah'), ('Khusham', 'sy-khusham'),
    ('Jadid Akidat', 'sy-jadid-aqidat'), ('Markada', 'sy-markadah'), ('مركدة', 'sy-markadah'),
    ('Tell Hamis', 'sy-tall-hamis'), ('Dashisha', 'sy-ad-dashishah'), ('Menagh air base', 'sy-menagh-air-base'),
    ('Minakh airbase', 'sy-menagh-air-base'), ('Herbol', 'sy-harbal'), ('Tel Cican', 'sy-tall-jijan'),
    ('Kafr Nayah', 'sy-kafr-naya'), ('Deyr Cemal', 'sy-deir-jamal'), ('Ayn Dakna', 'sy-ayn-daqnah'),
    ('Ihras', 'sy-ahras'), ('Kalcibrin', 'sy-kaljibrin'), ('Tell Jumaa', 'sy-tall-jumah'), ('Dardarah', 'sy-dardarah'),
    ('Tel Ward', 'sy-tall-al-ward'), ('Tell Hermel', 'sy-tall-harmal'), ('Tal Shamiram', 'sy-tell-shamiram'),
    ('Tel Nasri', 'sy-tall-nasri'), ('Ain Dewar', 'sy-ain-diwar'), ('Eyn Diwar', 'sy-ain-diwar'),
    ('Qesirdîb', 'sy-qasr-dib'), ('Zor Maghar', 'sy-zor-maghar'), ('Zormağar', 'sy-zor-maghar'),
    ('Tall Adas (Rmeilan)', 'sy-tall-adas'), ('تل عدس', 'sy-tall-adas'), ('Washokani camp', 'sy-washokani-camp'),
    ('مخيم واشوكاني', 'sy-washokani-camp'), ('Tall Halaf', 'sy-tall-halaf'), ('Tel Halef', 'sy-tall-halaf'),
    ('Muhsinli', 'sy-muhsinli'), ('Umm al Julud', 'sy-umm-al-julud'),
    ('بەنداوی تشرین', 'sy-tishrin-dam'), ('Mushairfa (Ain Issa)', 'sy-mushayrifah-ain-issa'),
    ('مشيرفة (عين عيسى)', 'sy-mushayrifah-ain-issa'), ('Misherfe (Ain Issa)', 'sy-mushayrifah-ain-issa'),
]

#: Names of places held before that the new rows and aliases stand by or sound like: each keeps its place.
NEIGHBOURS: list[tuple[str, str]] = [
    ('Shlomi', 'il-shlomi'), ('شلومي', 'il-shlomi'), ('שלומי', 'il-shlomi'), ('Khanasor', 'iq-khanasor'),
    ('Khana Sor', 'iq-khanasor'), ('Khanasir', 'sy-khanasir'), ('Khvansar', 'ir-khvansar'),
    ('Tall Jumal', 'iq-tall-jumal'), ('Qarahmani', 'iq-qarahmani'), ('Kerman', 'ir-kerman'),
    ('Karaman', 'tr-gov-karaman'), ('Mahmudiyah', 'iq-al-mahmudiyah'), ('Al Mahmudiyah', 'iq-al-mahmudiyah'),
    ('Umm Huwaysh', 'sy-umm-huwaysh'), ('Amerika', 'cc-us'), ('Tel Kure', 'iq-tel-kure'), ('Tala Car', 'iq-tala-car'),
    ('Ad Dara`iyah Umm `Adas', 'sy-ad-dara-iyah-umm-adas'), ('أم عديسة', 'sy-ad-dara-iyah-umm-adas'),
    ('Shahba', 'sy-shahba'), ('Tirbasi', 'iq-tirbasi'), ('Darnaj (Deir ez-Zor)', 'sy-darnaj'),
    ('Tall Rif‘at', 'sy-tall-rifat'), ('Qamishli', 'sy-qamishli'), ('Derik', 'sy-malikiyah'),
    ('Qahtaniyah', 'sy-qahtaniyah'), ('Ain Issa', 'sy-ain-issa'), ('Manbij', 'sy-manbij'),
    ('Shamuqah', 'sy-shamuqah'), ('Kafr Naya', 'sy-kafr-naya'), ('Harbal', 'sy-harbal'),
]

#: Words a report writes that are no place of the file (the bare names the rows leave out, and what once took them).
NOT_PLACES = ["Umrik", "Samuqa", "Samuqah", "Qaramaniyah", "القرمانية", "Tall Jammal", "Tal Jamal", "Muhaymidah",
              "Mushayrifah", "مشيرفة", "Malla Sibat", "Mawla Sibat", "Sheikh Issa", "Sheikh Isa", "Umm Hosh",
              "Tal Qarah", "فافين", "الصيادة", "Sayada", "Jatal", "جطل", "Hilaliye", "Shiran", "Mamet", "Kultepe",
              "Shlomi", "Khanasor", "Tirbasi", "Kerman"]

#: Rows spared the towns tool's sound rule (id -> why): each name sounds like a place of another province, which
#: keeps its own names by exact match (``NEIGHBOURS``), and which no tool would drop for it.
SOUND_WAIVED = {
    "sy-shalhumiyah": "شلهومية and شلومية sound like Shlomi, a curated row of settlements.csv that keeps شلومي",
    "sy-khan-al-jabal": "Khana Sere and Xana Serê sound like Khanasor (iraq_localities.csv, curated), Khanasir "
                        "(a seat) and Khvansar (a county seat), which keep their names and which the towns tool spares",
}

globals().update(curated_file_tests(REPORTED_PLACES56, REFERENCE, SPELLINGS, NEIGHBOURS, NOT_PLACES,
                                    sound_waived=SOUND_WAIVED))


#: Names kept by hand for a row the villages tool writes: (GeoNames record, name).
HAND_KEPT = [("geonames:163026", name) for name in ("Umm Adasa", "Um Adasa", "Umm Adasah", "أم عدسة", "ام عدسة")]


@pytest.mark.parametrize(("source", "name"), HAND_KEPT)
def test_the_names_kept_by_hand_are_on_the_villages_row_as_the_tool_writes_it(source, name):
    import csv  # noqa: PLC0415

    hand = {(r["source"], r["name"]) for r in csv.DictReader(HAND_NAMES.open(encoding="utf-8"))}
    assert (source, name) in hand
    row = next(r for r in csv.DictReader(SYRIA_VILLAGES.open(encoding="utf-8")) if r["source"] == source)
    assert name in row["aliases"].split("|")


#: Sentences written for this test in the reports' words: (sentence, the places it names).
SENTENCES = [
    ("قصفت القوات التركية قرية شلهومية في ريف القحطانية وقرية اومريك شرقي القامشلي",
     {"sy-shalhumiyah", "sy-umrik", "sy-qahtaniyah", "sy-qamishli"}),
    ("A Turkish drone struck a car near the village of Khana Sere, south-west of Derik",
     {"sy-khan-al-jabal", "sy-malikiyah"}),
    ("Dewleta Tirk gundê Xana Serê yê Dêrikê bombebaran kir", {"sy-khan-al-jabal", "sy-malikiyah"}),
    ("قصفت المدفعية التركية قرى تل قراح وأم حوش والسموقة في محيط تل رفعت",
     {"sy-tall-qarah", "sy-umm-hawsh", "sy-samuqah", "sy-tall-rifat"}),
    ("طائرة مسيرة تركية تستهدف سيارة في قرية تل جمال بريف ديريك", {"sy-tall-jammal", "sy-malikiyah"}),
    ("Turkish forces shelled the villages of Umm Adasa and Arab Hassan north-west of Manbij",
     {"sy-umm-adasat-al-farat", "sy-arab-hasan-kabir", "sy-manbij"}),
    ("Turkish artillery shelled Fafin in the Shahba region", {"sy-fafin", "sy-shahba-region"}),
    ("اشتباكات بين قسد والعشائر في بلدة المحيميدة بريف دير الزور الغربي", {"sy-muhaymidah"}),
]


@pytest.mark.parametrize(("sentence", "place_ids"), SENTENCES)
def test_the_extractor_reads_the_spellings_in_report_sentences(sentence, place_ids):
    import geoincidents as gi  # noqa: PLC0415 (the extractor, on sentences written for this test)

    places = gi.extract_report(sentence, published="2024-01-15").places
    assert place_ids <= set(places["place_id"])
