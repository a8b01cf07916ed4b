"""Lists of regions and provinces under one plural region word (geoincidents.extract.plurallists).

Turkish Ministry of Defence and Anadolu reports of air operations in northern Iraq name several areas closed by one
plural ("... ve Zap bölgelerinde"); French and Arabic copy opens the list ("les régions de", "مناطق", "محافظتي").
Each name is read with the singular word ("Zap bölgesinde", "منطقة الزاب") and takes the list's role. Sentences
written for these tests.
"""
from __future__ import annotations

from geoincidents.extract import extract_report
from tests.geoincidents.extract.test_unseen_kinds import rows

PUBLISHED = "2024-06-12"  # a Wednesday


def places(text, gazetteer):
    r = extract_report(text, published=PUBLISHED, gazetteer=gazetteer)
    return [tuple(row) for row in r.places[["mention", "place_id"]].itertuples(index=False)]


def test_a_turkish_list_in_the_locative_reads_every_name_as_a_region(gazetteer):
    text = "Savaş uçakları dün gece Metina ve Zap bölgelerinde PKK mevzilerini vurdu."
    assert rows(text, PUBLISHED, gazetteer) == [("2024-06-11", "air_strike", "Metina mountains"),
                                                ("2024-06-11", "air_strike", "Zap region")]
    # Metina alone is heard as Lebanon's Metn; in the list it is the region of northern Iraq
    assert places(text, gazetteer) == [("Metina", "iq-metina"), ("Zap", "iq-zap-region")]


def test_a_name_the_gazetteer_lacks_keeps_the_list_going(gazetteer):
    text = "Hava Kuvvetleri Pazartesi günü Metina, Zap, Avaşin-Basyan ve Hakurk bölgelerine hava harekâtı düzenledi."
    assert rows(text, PUBLISHED, gazetteer) == [("2024-06-10", "air_strike", "Metina mountains"),
                                                ("2024-06-10", "air_strike", "Zap region"),
                                                ("2024-06-10", "air_strike", "Hakurk")]


def test_a_turkish_list_as_the_object_of_the_verb(gazetteer):
    assert rows("Türk jetleri Gara ve Metina bölgelerini bombaladı.", PUBLISHED, gazetteer) == [
        ("2024-06-12", "air_strike", "Gara Mountain"), ("2024-06-12", "air_strike", "Metina mountains")]
    assert rows("Savaş uçakları Kandil, Gara ve Hakurk bölgelerini bombaladı.", PUBLISHED, gazetteer) == [
        ("2024-06-12", "air_strike", "Qandil Mountains"), ("2024-06-12", "air_strike", "Gara Mountain"),
        ("2024-06-12", "air_strike", "Hakurk")]


def test_a_list_of_turkish_provinces_names_the_provinces_not_the_cities(gazetteer):
    assert rows("İHA'lar Erbil ve Duhok illerinde hedefleri vurdu.", PUBLISHED, gazetteer) == [
        ("2024-06-12", "drone_attack", "Erbil Governorate"), ("2024-06-12", "drone_attack", "Duhok Governorate")]
    assert rows("Savaş uçakları Cuma günü Erbil ve Duhok illerine bağlı köyleri bombaladı.", PUBLISHED, gazetteer) == [
        ("2024-06-07", "air_strike", "Erbil Governorate"), ("2024-06-07", "air_strike", "Duhok Governorate")]


def test_words_before_the_list_that_are_no_name_end_it(gazetteer):
    # "PKK'nın" stands before the first name: read with the plural, it names nothing, and the list stops there
    text = "Savaş uçakları terör örgütü PKK'nın Zap ve Metina bölgelerinde mevzilerini vurdu."
    assert rows(text, PUBLISHED, gazetteer) == [("2024-06-12", "air_strike", "Zap region"),
                                                ("2024-06-12", "air_strike", "Metina mountains")]
    assert places(text, gazetteer) == [("Zap", "iq-zap-region"), ("Metina", "iq-metina")]


def test_a_french_plural_opens_the_list(gazetteer):
    assert rows("L'aviation turque a bombardé mardi les régions de Metina et Zap.", PUBLISHED, gazetteer) == [
        ("2024-06-11", "air_strike", "Metina mountains"), ("2024-06-11", "air_strike", "Zap region")]
    assert rows("Des drones ont frappé lundi les provinces de Ninive et Kirkouk.", PUBLISHED, gazetteer) == [
        ("2024-06-10", "drone_attack", "Nineveh Governorate"), ("2024-06-10", "drone_attack", "Kirkuk Governorate")]


def test_an_arabic_plural_opens_the_list_and_the_joined_and_is_cut_off(gazetteer):
    text = "قصفت الطائرات التركية مناطق متينا والزاب يوم الثلاثاء."
    assert rows(text, PUBLISHED, gazetteer) == [("2024-06-11", "air_strike", "Metina mountains"),
                                                ("2024-06-11", "air_strike", "Zap region")]
    # the name ends where the list does: not "والزاب يوم الثلاثاء"
    assert places(text, gazetteer) == [("متينا", "iq-metina"), ("الزاب", "iq-zap-region")]


def test_the_arabic_dual_of_governorate_names_both_governorates(gazetteer):
    text = "استهدفت طائرات مسيرة محافظتي نينوى وكركوك يوم الأحد."
    assert rows(text, PUBLISHED, gazetteer) == [("2024-06-09", "drone_attack", "Nineveh Governorate"),
                                                ("2024-06-09", "drone_attack", "Kirkuk Governorate")]


def test_a_bare_metina_outside_a_list_is_the_iraqi_region_by_its_own_name(gazetteer):
    # (it was Lebanon's Metn District by sound until the cov47 check made "Metina" a name of the Iraqi region:
    # tests/gazetteer/test_kurdish_turkish_spellings47.py)
    got = rows("Jets struck Metina on Monday.", PUBLISHED, gazetteer)
    assert got == [("2024-06-10", "air_strike", "Metina mountains")]
    # a singular closes only the name before it: the first name of the pair is read by its own name, not the plural's
    text = "Türk jetleri Metina ve Zap bölgesini vurdu."
    assert rows(text, PUBLISHED, gazetteer) == [("2024-06-12", "air_strike", "Metina mountains"),
                                                ("2024-06-12", "air_strike", "Zap region")]
    assert places(text, gazetteer) == [("Metina", "iq-metina"), ("Zap bölgesini", "iq-zap-region")]


def test_a_plural_after_a_common_word_or_a_non_region_reads_nothing_new(gazetteer):
    # "kuzey bölgelerinde" 'in the northern regions': no name before the plural
    assert places("Savaş uçakları Suriye'nin kuzey bölgelerinde hedefleri vurdu.", gazetteer) == [
        ("Suriye", "cc-sy")]
    # "Erbil bölgesi" is a name of the air base, not a region: the name keeps its own sense (the city)
    assert places("Savaş uçakları Pazar günü Erbil bölgelerini bombaladı.", gazetteer) == [
        ("Erbil", "iq-erbil")]


def test_the_arabic_dual_as_subject_and_of_areas(gazetteer):
    assert rows("تعرضت محافظتا أربيل ودهوك لهجومين بطائرتين مسيرتين يوم الأحد.", PUBLISHED, gazetteer) == [
        ("2024-06-09", "drone_attack", "Erbil Governorate"), ("2024-06-09", "drone_attack", "Duhok Governorate")]
    assert rows("قصفت مقاتلات تركية منطقتي متينا والزاب فجر الأحد.", PUBLISHED, gazetteer) == [
        ("2024-06-09", "air_strike", "Metina mountains"), ("2024-06-09", "air_strike", "Zap region")]


# (The region in the Kurdistan counter-terrorism service's Arabic name was made no target by an idiom row on the
# branch; taken back at the merge: it cost one incident of a blind set, whose annotators aim such a report at the
# region.)
