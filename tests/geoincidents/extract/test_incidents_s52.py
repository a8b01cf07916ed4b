"""Incidents of session 52, on sentences written for these tests after report pages read on the machine: a list of
strikes that gives each place a day of its own keeps each place, the province included, a target of its day; a kind
word before a name settles that mention only; a clause after "shortly before" is another event; a raid reaches its
object past its day; a state that reports fire is not where it came from; each site of a claimed list is a target; fire
told by what it did ("killed in Haifa after", "missile strikes were reported", "missiles destroyed"); a town near "the
airbase" told before is its landmark; a group's backer, a force owning up to its strikes, the fire of another side after
a comma; Arabic positions named in quotes; Persian names of Green Village and Al Mayadeen; the owner of German compounds
of a site."""
from __future__ import annotations

import pytest

from tests.geoincidents.extract.conftest import dated_targets


@pytest.mark.parametrize("text, expected", [
    ("The US military has carried out strikes on facilities used by Iran-backed groups near Albu Kamal on Oct. 27, in "
     "Deir ez-Zor province on Nov. 8, and near Mayadin on Nov. 12.",
     [("2024-10-27", "sy-albu-kamal"), ("2024-11-08", "sy-gov-deir-ez-zor"), ("2024-11-12", "sy-mayadin")]),
    ("US forces struck Iran-backed groups in Syria this autumn: near Albu Kamal on Oct. 27, a weapons facility in "
     "Deir ez-Zor province on Nov. 8, and a storage site near Mayadin on Nov. 12.",
     [("2024-10-27", "sy-albu-kamal"), ("2024-11-08", "sy-gov-deir-ez-zor"), ("2024-11-12", "sy-mayadin")]),
    # one day for all: the province says where the towns lie
    ("US aircraft struck facilities near Albu Kamal and Mayadin in Deir ez-Zor province on Nov. 8.",
     [("2024-11-08", "sy-albu-kamal"), ("2024-11-08", "sy-mayadin")]),
    # one day, told after the province: still where the town lies
    ("US aircraft struck a facility near Mayadin on Nov. 8 in Deir ez-Zor province.",
     [("2024-11-08", "sy-mayadin")]),
])
def test_a_list_of_strikes_each_on_its_own_day(text, expected, gazetteer):
    assert dated_targets(text, gazetteer, "2024-11-20") == expected


@pytest.mark.parametrize("text, expected", [
    # the province's kind word speaks of that mention only: the bare name later is the city, as in English
    ("Des frappes israéliennes ont visé samedi un site militaire dans la province d'Ispahan. Dimanche, un drone a "
     "frappé un immeuble à Ispahan, selon l'agence Tasnim.", ["ir-gov-isfahan", "ir-isfahan"]),
    ("Israeli strikes hit a military site in the province of Isfahan on Saturday. On Sunday, a drone struck a building "
     "in Isfahan, state media said.", ["ir-gov-isfahan", "ir-isfahan"]),
])
def test_a_kind_word_settles_its_own_mention_only(text, expected, gazetteer):
    from geoincidents.extract import extract_report

    assert list(extract_report(text, published="2025-06-22", gazetteer=gazetteer).places["place_id"]) == expected


@pytest.mark.parametrize("text, expected", [
    # the fronted clause after "shortly before" tells a later event: the strikes are the army's, on Iran
    ("Shortly before the Iranian missiles were launched, the Israeli army said it had finished its strikes on military "
     "targets in Iran.", [("2024-10-27", "air_strike", "cc-ir")]),
    ("Israeli jets struck Tyre on Saturday, hours before Hezbollah fired rockets at Kiryat Shmona.",
     [("2024-10-26", "air_strike", "lb-tyre"), ("2024-10-26", "rocket_attack", "il-kiryat-shmona")]),
    # a time of day, not another event
    ("Israeli jets struck Tyre on Saturday, just before midnight.", [("2024-10-26", "air_strike", "lb-tyre")]),
])
def test_a_clause_after_shortly_before_is_another_event(text, expected, gazetteer):
    from tests.geoincidents.extract.conftest import drafts

    assert [(str(d), t, p) for d, t, p in drafts(text, "2024-10-27", gazetteer)] == expected


@pytest.mark.parametrize("text, expected", [
    # the town told near "the airbase" says where the base told before lies: the fire was at the base
    ("Two drones were shot down on Tuesday by the air defences of the Ayn al-Asad Airbase in Anbar. An officer said "
     "the drones were shot down in the evening while attacking the airbase near the town of al-Baghdadi.",
     [("2023-11-28", "iq-ain-al-asad-air-base")]),
    # a town near a base named there is still where the fire was aimed when no base was told before
    ("Drones were shot down on Tuesday near the town of al-Baghdadi.", [("2023-11-28", "iq-baghdadi")]),
])
def test_a_town_near_a_site_told_before_is_its_landmark(text, expected, gazetteer):
    assert dated_targets(text, gazetteer, "2023-11-29") == expected


@pytest.mark.parametrize("text, expected", [
    # a verb of attack reaches its object past its day, "into" and "on" included
    ("Israeli warplanes raided overnight into Monday the southern border towns of Rab Tlatine, Kfarkila, and Blida and "
     "struck al-Bayyada, deeper in the Tyre district.",
     [("2024-07-08", "lb-biyada"), ("2024-07-08", "lb-blida"), ("2024-07-08", "lb-kfar-kila"),
      ("2024-07-08", "lb-rab-thalathin")]),
    ("Israeli warplanes raided on Monday the towns of Rab Tlatine and Blida.",
     [("2024-07-08", "lb-blida"), ("2024-07-08", "lb-rab-thalathin")]),
    # a day's "on" still ends a cue that is no verb of attack
    ("Sirens were heard on Monday as rockets hit Metula.", [("2024-07-08", "il-metula")]),
])
def test_a_raid_reaches_its_object_past_its_day(text, expected, gazetteer):
    assert dated_targets(text, gazetteer, "2024-07-08") == expected


def test_a_state_that_reports_fire_is_not_where_it_came_from(gazetteer):
    from geoincidents.extract import extract_report

    got = extract_report("Israel reported that 30 rockets were fired at the Golan Heights.", published="2024-06-03",
                         gazetteer=gazetteer).incidents
    assert list(got["target_place_id"]) == ["il-golan-heights"]
    assert got["launch_place_id"].isna().all()
    fired = extract_report("Iran fired 30 missiles at the Golan Heights.", published="2024-06-03",
                           gazetteer=gazetteer).incidents
    assert list(fired["launch_place_id"]) == ["cc-ir"]


def test_each_site_of_a_claimed_list_is_a_target(gazetteer):
    # an area listed with towns near it is a site of its own; "X sites, and the Y" goes on with the list
    text = ("Hezbollah said that its fighters attacked Israeli sites in the occupied Shebaa Farms, al-Motella, and "
            "Ramim barracks sites, and the Gesher Haziv.")
    assert dated_targets(text, gazetteer, "2024-06-13") == [
        ("2024-06-13", "il-gesher-haziv"), ("2024-06-13", "il-metula"), ("2024-06-13", "il-ramim-barracks"),
        ("2024-06-13", "il-shebaa-farms")]
    # an area that holds the town told in it is where the town lies
    assert dated_targets("Hezbollah fired rockets at Metula in the Galilee on Thursday.", gazetteer, "2024-06-14") == [
        ("2024-06-13", "il-metula")]


@pytest.mark.parametrize("text, expected", [
    # the fire that killed people in a place, told after "after" or "following", is the event there
    ("Three people were killed overnight in Haifa after an Iranian missile struck near a residential building, "
     "triggering a fire and partial building collapse, authorities said Monday.",
     [("2025-06-16", "missile_attack", "il-haifa")]),
    ("Three people were killed in Haifa following an Iranian missile strike.",
     [("2025-06-16", "missile_attack", "il-haifa")]),
    # "a day after" still opens an earlier event of its own
    ("Two soldiers were wounded on Monday, a day after drones struck Ain al-Asad.",
     [("2025-06-15", "drone_attack", "iq-ain-al-asad-air-base")]),
    # a weapon's strikes told outright are the fire, not the blasts told beside them
    ("Missile strikes were reported overnight in Petah Tikva and Bnei Brak, with damage caused by explosions in Tel "
     "Aviv.", [("2025-06-16", "missile_attack", "il-bnei-brak"), ("2025-06-16", "missile_attack", "il-petah-tikva"),
               ("2025-06-16", "missile_attack", "il-tel-aviv")]),
    # weapons that did damage are fire
    ("In Tel Aviv, missiles destroyed several buildings near a densely populated area, blowing out windows of nearby "
     "homes and hotels.", [("2025-06-16", "missile_attack", "il-tel-aviv")]),
    # weapons destroyed in the air are downed
    ("Israeli jets destroyed two drones over the Red Sea on Monday.", [("2025-06-16", "interception", "xz-red-sea")]),
])
def test_fire_told_by_what_it_did(text, expected, gazetteer):
    from tests.geoincidents.extract.conftest import drafts

    assert [(str(d), t, p) for d, t, p in drafts(text, "2025-06-16", gazetteer)] == expected


def test_persian_names_of_the_green_village_base_and_of_al_mayadeen(gazetteer):
    from geoincidents.extract import extract_report

    text = ("به نقل از المیادین، نیروهای آمریکایی در دهکده سبز سوریه با هواپیماهای بدون سرنشین هدف قرار گرفتند.")
    got = extract_report(text, published="2023-11-13", gazetteer=gazetteer)
    assert "sy-mayadin" not in set(got.places["place_id"])  # the network quoted, not the town
    assert list(got.incidents["target_place_id"]) == ["sy-green-village"]
    assert list(got.incidents["event_type"]) == ["drone_attack"]


def test_the_state_a_group_is_supported_by_did_not_fire(gazetteer):
    from geoincidents.extract import extract_report

    got = extract_report("Earlier in the day, Kataib Hezbollah, supported by Iran, targeted coalition forces in Erbil, "
                         "resulting in injuries.", published="2023-12-26", gazetteer=gazetteer).incidents
    assert list(zip(got["actor"], got["target_place_id"], got["launch_place_id"].isna())) == [
        ("Kataib Hezbollah", "iq-erbil", True)]


def test_a_site_of_the_attack_a_strike_answered_is_not_where_the_strike_hit(gazetteer):
    text = ("US forces conducted strikes on Tuesday against facilities used by an Iranian-backed militia group in Iraq. "
            "The strikes were in response to recent attacks, including the attack on al-Asad Airbase in western Iraq "
            "on Jan. 20.")
    assert ("2024-01-23", "iq-ain-al-asad-air-base") not in dated_targets(text, gazetteer, "2024-01-24")
    assert ("2024-01-20", "iq-ain-al-asad-air-base") in dated_targets(text, gazetteer, "2024-01-24")


@pytest.mark.parametrize("text, expected", [
    ("The Israeli army acknowledged carrying out wide-ranging strikes on military sites in western Iran.",
     [("2025-06-17", "air_strike", "cc-ir")]),
    ("The US military admitted striking a house in Mosul on Tuesday.", [("2025-06-17", "air_strike", "iq-mosul")]),
])
def test_a_force_that_owns_up_to_carrying_out_strikes_struck(text, expected, gazetteer):
    from tests.geoincidents.extract.conftest import drafts

    assert [(str(d), t, p) for d, t, p in drafts(text, "2025-06-17", gazetteer)] == expected


@pytest.mark.parametrize("text, expected", [
    # a position's quoted name after its noun, as Hezbollah's statements write it; the village "opposite" is a landmark
    ('وأعلنت المقاومة استهداف موقع "المالكية" الإسرائيلي، قبالة بلدة عيترون، بصاروخ من نوع "بركان".',
     [("2023-11-22", "il-malkia")]),
    ('استهدف المجاهدون ثكنة "راميم" بصاروخ.', [("2023-11-22", "il-ramim-barracks")]),
    ('استهدف المجاهدون موقع "المنارة" بصاروخ.', [("2023-11-22", "il-menara")]),
])
def test_arabic_positions_named_in_quotes(text, expected, gazetteer):
    assert dated_targets(text, gazetteer, "2023-11-22") == expected


@pytest.mark.parametrize("text, expected", [
    # the fire of another side told after a comma is an event of its own
    ("Israeli jets struck Tyre on Sunday, with Hezbollah saying it fired dozens of rockets at Kiryat Shmona.",
     [("2024-05-05", "air_strike", "lb-tyre"), ("2024-05-05", "rocket_attack", "il-kiryat-shmona")]),
    ("Des avions israéliens ont frappé Tyr dimanche, le Hezbollah ayant affirmé tirer des dizaines de roquettes sur "
     "Kiryat Shmona.",
     [("2024-05-05", "air_strike", "lb-tyre"), ("2024-05-05", "rocket_attack", "il-kiryat-shmona")]),
    # the same side speaking after the comma opens no clause of its own
    ("Israeli jets struck Tyre on Sunday, Israel's army said.", [("2024-05-05", "air_strike", "lb-tyre")]),
])
def test_the_fire_of_another_side_after_a_comma(text, expected, gazetteer):
    from tests.geoincidents.extract.conftest import drafts

    assert [(str(d), t, p) for d, t, p in drafts(text, "2024-05-05", gazetteer)] == expected


def test_a_state_that_owns_the_bases_hit_did_not_strike(gazetteer):
    from geoincidents.extract import extract_report

    text = ("Auch am vergangenen Donnerstag wurden zwei US-Militärstützpunkte in Syrien angegriffen. Wie die "
            "Beobachtungsstelle berichtete, richtete sich ein Drohnenangriff gegen die Basis al-Tanf.")
    got = extract_report(text, published="2023-10-24", gazetteer=gazetteer).incidents
    assert "US forces" not in set(got["actor"].dropna())
    assert ("2023-10-19", "drone_attack", "sy-al-tanf-garrison") in set(
        zip(got["date"].astype(str), got["event_type"], got["target_place_id"]))
