"""A country that stands for its state in French, Spanish, German, Italian, Arabic and Persian is no place mention, as
in English (``test_metonyms.py``): the subject of a verb of acting or saying, with its auxiliary ("Israël a mené",
"Irán ha lanzado"); the subject after a German verb-second verb ("Am Freitag griff Israel"); the owner of an office,
force or act named before it ("le Premier ministre d'Israël", "los ataques de Israel", "ارتش اسرائیل"); the state
backing or the agent of a participle ("die vom Iran unterstützte Miliz", "visés par Israël"). A literal use stays a
place, and so does the object of a German verb after its subject ("Die Miliz hat Israel angegriffen").

Texts written for these tests, in our own words, on the pattern of wire copy of 2023-2025 in each language.
"""
from __future__ import annotations

import pytest

from geoincidents.extract import extract_report
from geoincidents.extract.metonyms import after_a_fronted_verb, owned_by_a_state_noun
from geoincidents.extract.text import sentences

PUBLISHED = "2025-06-15"


def senses(text, gazetteer):
    places = extract_report(text, gazetteer=gazetteer, published=PUBLISHED).places
    return dict(zip(places["mention"], places["sense"]))


@pytest.mark.parametrize("text, state", [
    # French: subject with its auxiliary, after a comma or an article joined to the name
    ("Israël a mené des frappes ciblées sur Téhéran samedi.", "Israël"),
    ("L'Iran a lancé plusieurs salves de missiles sur Israël dimanche.", "Iran"),
    ("En réponse, Israël a frappé des sites militaires à Ispahan.", "Israël"),
    ("La Turquie a bombardé Sinjar mardi.", "Turquie"),
    # Spanish
    ("Israel bombardeó Saná el jueves.", "Israel"),
    ("Este jueves Israel bombardeó el puerto de Hodeida.", "Israel"),
    ("Irán ha lanzado un ataque con drones contra Israel.", "Irán"),
    # German: subject first, and after a verb-second verb that a time or adverb opens
    ("Israel hat in der Nacht Ziele in Latakia angegriffen.", "Israel"),
    ("Am Freitag griff Israel Ziele im Iran an.", "Israel"),
    ("In der Nacht hat Israel syrische Marineschiffe in Latakia angegriffen.", "Israel"),
    ("Seitdem hat Israel Hunderte Luftangriffe auf Syrien geflogen.", "Israel"),
    ("Die Türkei hat Stellungen im Nordirak bombardiert.", "Türkei"),
    # the owner of an office, force or act
    ("El Primer Ministro de Israel dijo que Irán atacó Tel Aviv.", "Israel"),
    ("Los ataques de Israel apuntaron al centro de Natanz.", "Israel"),
    ("Les défenses aériennes d'Israël ont intercepté les missiles au-dessus de Haïfa.", "Israël"),
    ("ارتش اسرائیل این حمله را تایید کرد.", "اسرائیل"),
    ("رسانه‌های ایران گزارش دادند که موشک‌ها به تل آویو اصابت کرد.", "ایران"),
    ("روز سه‌شنبه هواپیماهای جنگی اسرائیل بیروت را بمباران کردند.", "اسرائیل"),
    ("قال وزير خارجية إيران إن الغارات على دمشق خرق للقانون.", "إيران"),
    # backing, blame and the agent of a participle
    ("Die vom Iran unterstützte Miliz griff Erbil an.", "Iran"),
    ("Die mit dem Iran verbündete Hisbollah feuerte Raketen auf Haifa.", "Iran"),
    ("Las milicias respaldadas por Irán atacaron la base de Ain al-Asad.", "Irán"),
    ("Le ministre iranien a accusé Israël d'avoir frappé Téhéran.", "Israël"),
    ("La bande de Gaza est un territoire bombardé par Israël.", "Israël"),
    ("Israel confirmó el lanzamiento de drones por parte de Irán.", "Irán"),
])
def test_a_state_in_another_language_is_no_place(text, state, gazetteer):
    assert senses(text, gazetteer)[state] == "state"


@pytest.mark.parametrize("text, place", [
    ("Des roquettes ont frappé le nord d'Israël.", "Israël"),
    ("Le Hezbollah a tiré des roquettes sur Israël.", "Israël"),
    ("Israel fue atacado por Irán el sábado.", "Israel"),
    ("Die Miliz hat Israel angegriffen.", "Israel"),
    ("Irán ha lanzado un ataque con drones contra Israel.", "Israel"),
    ("Un drone est tombé sur le territoire d'Israël.", "Israël"),
    ("حملات موشکی به اسرائیل ادامه دارد.", "اسرائیل"),
    ("Die Rakete schlug im Süden von Israel ein.", "Israel"),
])
def test_the_place_hit_stays_a_place(text, place, gazetteer):
    assert senses(text, gazetteer)[place] == "place"


def test_a_first_name_is_no_place(gazetteer):
    """ "Verteidigungsminister Israel Katz": the minister's first name (an entity) is no mention at all."""
    places = extract_report("Nach Angaben von Verteidigungsminister Israel Katz hat die Marine Latakia angegriffen.",
                            gazetteer=gazetteer, published=PUBLISHED).places
    assert list(places["mention"]) == ["Latakia"]


def test_the_state_of_a_persian_sentence_draws_no_draft(gazetteer):
    """The state whose jets struck is not a list's first place before the object marker: one draft, at Beirut."""
    drafts = extract_report("روز سه‌شنبه هواپیماهای جنگی اسرائیل بیروت را بمباران کردند.", gazetteer=gazetteer,
                            published="2024-03-06").incidents
    assert list(drafts["target_place_id"]) == ["lb-beirut"]


def test_the_rules_read_tokens():
    lowered = sentences("Am Freitag griff Israel Ziele an.")[0].lowered
    assert after_a_fronted_verb(lowered, 3)
    lowered = sentences("Die Miliz hat Israel angegriffen.")[0].lowered
    assert not after_a_fronted_verb(lowered, 3)
    lowered = sentences("le Premier ministre d'Israël a dit")[0].lowered
    assert owned_by_a_state_noun(lowered, 3)
    lowered = sentences("le sud d'Israël a été touché")[0].lowered
    assert not owned_by_a_state_noun(lowered, 2)
