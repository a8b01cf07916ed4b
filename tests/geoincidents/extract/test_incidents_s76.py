"""Incidents of session 76, on sentences written for these tests, in my own words, in the manner of the wire reports,
statements and local news of the militia fire at US bases and of the barrages on Israel; written after the failures of
the development sets."""
from __future__ import annotations

from geoincidents.extract import extract_report
from tests.geoincidents.extract.conftest import drafts


def _targets(text, published, gazetteer):
    return sorted((str(d), e, t) for d, e, t in drafts(text, published, gazetteer))


def _launches(text, published, gazetteer):
    incidents = extract_report(text, published=published, gazetteer=gazetteer).incidents
    return dict(zip(incidents.target_place_id, incidents.launch_place_id))


def test_a_denial_of_another_verb_does_not_deny_the_downing(gazetteer):
    # ("that were not named": the "not" belongs to "named", not to the shooting down told after it)
    text = "American jets flying from airfields that were not named also shot down several drones over the province of Daraa."
    assert _targets(text, "2024-04-14", gazetteer) == [("2024-04-14", "interception", "sy-gov-daraa")]


def test_a_denied_downing_is_still_denied(gazetteer):
    # (the guard: "were not shot down" denies the downing; the drones hit the base)
    text = "The two drones were not shot down and struck the Harir base north of Erbil on Tuesday."
    assert ("interception" not in {e for _, e, _ in _targets(text, "2023-10-26", gazetteer)})


def test_the_weapon_told_of_the_attack_in_the_next_sentence_types_every_site_it_listed(gazetteer):
    # (the claim names the sites but not the means; the spokesman's next sentence names the drones)
    text = ("On Sunday the Houthis claimed a wide attack on several sites in Israel, among them Ramon airport and "
            "the port of Ashdod. A spokesman for the group said the attack had been carried out with four drones.")
    found = _targets(text, "2025-07-21", gazetteer)
    assert ("2025-07-20", "drone_attack", "il-ramon-airport") in found
    assert ("2025-07-20", "drone_attack", "il-ashdod") in found or \
        ("2025-07-20", "drone_attack", "il-port-of-ashdod") in found


def test_a_weapon_of_a_background_sentence_does_not_type_an_attack_of_means_untold(gazetteer):
    # (the guard: the next sentence tells the factions' drone and rocket campaign, not the attack told before)
    text = ("The same group said on Wednesday it had targeted an Israeli spy centre in Erbil province. "
            "Armed factions have fired drones and rockets at bases hosting US troops since the Gaza war began.")
    types = {t: e for _, e, t in _targets(text, "2023-12-28", gazetteer)}
    assert types.get("iq-gov-erbil") == "other"


def test_an_arabic_claim_of_an_attack_on_a_named_base(gazetteer):
    # ("أعلنت ... تنفيذ هجوم على قاعدة" 'announced carrying out an attack on the base of ...', no day told: a claim,
    # as "claimed an attack on the Harir base"; Arabic has no capitals to tell the name, its site word stands before
    # it)
    text = "وأعلنت فصائل عراقية مسلحة في بيان تنفيذ هجوم على قاعدة حرير شمال أربيل."
    assert ("2024-01-02", "other", "iq-harir-air-base") in _targets(text, "2024-01-02", gazetteer)


def test_an_arabic_claim_of_attacks_on_forces_is_no_place_of_its_own(gazetteer):
    # (the guard: attacks claimed on the US forces name no site)
    text = "وأعلنت فصائل عراقية مسلحة تنفيذ هجمات على القوات الأمريكية في العراق."
    assert _targets(text, "2024-01-02", gazetteer) == []


def test_its_answer_to_opens_the_clause_of_the_event_answered(gazetteer):
    # (", its answer to the weekend US raids": the raids are another event, of their own day; the missiles of Monday
    # at the base are Iran's, not an air strike of the US forces)
    text = ("Iran launched ballistic missiles at the Al Udeid base in Qatar on Monday, its answer to the weekend US "
            "raids on nuclear sites in Iran.")
    found = _targets(text, "2025-06-23", gazetteer)
    assert ("2025-06-23", "missile_attack", "qa-al-udeid-air-base") in found
    assert not any(e == "air_strike" and t == "qa-al-udeid-air-base" for _, e, t in found)


def test_a_french_means_told_before_the_object_is_no_agent(gazetteer):
    # ("frappé par drone la base": the means without its article, then the object, the base struck)
    text = "Le groupe a revendiqué l'attaque jeudi, disant avoir visé par drone la base militaire d'al-Harir."
    assert ("2024-01-04", "drone_attack", "iq-harir-air-base") in _targets(text, "2024-01-05", gazetteer)


def test_a_french_agent_after_its_passive_stays_the_agent(gazetteer):
    # (the guard: "frappée par un drone" is the passive's agent, the base its subject)
    text = "La base d'Aïn al-Assad a été frappée par un drone jeudi."
    assert _targets(text, "2024-01-05", gazetteer) == [("2024-01-04", "drone_attack", "iq-ain-al-asad-air-base")]


def test_a_hebrew_list_of_the_targets_after_a_claim_dated_by_last_night(gazetteer):
    # ("המטרות היו" 'the targets were', told after a source; "נטל היום אחריות" 'took responsibility today' dates the
    # claim, "אמש" 'last night' the drones)
    text = ("הארגון נטל היום (שבת) אחריות לשתי תקיפות בכטב\"מים ששוגרו אמש לעבר בסיסים אמריקניים בסוריה. "
            "לפי ההודעה, המטרות היו בסיס קוניקו שבמחוז דיר א-זור.")
    found = _targets(text, "2024-01-27", gazetteer)
    assert ("2024-01-26", "drone_attack", "sy-conoco-gas-field-base") in found


def test_an_attack_told_as_possible_is_no_incident_nor_lends_its_weekend(gazetteer):
    # (a liveblog's entry of the raid on the reactor, then a line on a possible US attack "probably at the weekend":
    # that attack is none yet, and its weekend is not the raid's day)
    text = ("Giovedì 19 giugno 2025 – aggiornamento continuo\n\n"
            "7.40 – Raid israeliano sul reattore di Arak\n"
            "Secondo i media iraniani, i caccia israeliani hanno bombardato il reattore ad acqua pesante di Arak.\n\n"
            "9.15 – Washington valuta un possibile attacco contro l'Iran, forse nel fine settimana, secondo la stampa "
            "americana.")
    assert _targets(text, "2025-06-19", gazetteer) == [("2025-06-19", "air_strike", "ir-arak-heavy-water-reactor")]


def test_possible_casualties_of_a_strike_leave_the_strike_told(gazetteer):
    # (the guard: "possible" qualifies the casualties, not the strikes)
    text = "The spokeswoman had no word on possible casualties from the US strikes in eastern Syria on November 12."
    assert ("2023-11-12", "air_strike", "cc-sy") in _targets(text, "2023-11-14", gazetteer)


def test_fire_told_only_by_its_launch_is_aimed_where_the_reports_other_fire_from_there_was(gazetteer):
    # ("another missile fired from Yemen was downed": the report's other Yemeni fire was aimed at Israel)
    text = ("On Thursday the Houthis fired two missiles at Israel; both were intercepted. "
            "On Sunday, another missile fired from Yemen was shot down, the army said.")
    report = extract_report(text, published="2025-05-23", gazetteer=gazetteer)
    rows = report.incidents[report.incidents.date.astype(str) == "2025-05-18"]
    assert list(rows.target_place_id) == ["cc-il"]
    assert "as a whole" in rows.notes.iloc[0]


def test_fire_told_only_by_its_launch_stays_without_a_target_when_the_report_tells_none_from_there(gazetteer):
    # (the guard: nothing else told from Yemen, nothing to read the aim from; never invented)
    text = "On Sunday a missile fired from Yemen was shot down, the army said."
    report = extract_report(text, published="2025-05-23", gazetteer=gazetteer)
    assert len(report.incidents) == 1 and report.incidents.target_place_id.isna().all()


def test_the_gerund_of_downing_tells_an_interception(gazetteer):
    # ("took part in downing": the downing over the border area, an interception over each country named)
    text = ("Iran launched drones at Israel late on Saturday. A television channel said that British jets had helped "
            "in downing a number of the drones over the border area between Iraq and Syria.")
    found = _targets(text, "2024-04-14", gazetteer)
    assert ("2024-04-13", "interception", "cc-iq") in found
    assert ("2024-04-13", "interception", "cc-sy") in found


def test_a_german_territory_told_in_the_dative_is_the_country(gazetteer):
    # ("über jordanischem Gebiet" 'over Jordanian territory', the adjective's dative ending)
    text = ("Jordanien hat nach Angaben des Kabinetts in der Nacht über jordanischem Gebiet mehrere Flugobjekte "
            "abgeschossen.")
    places = extract_report(text, published="2024-04-14", gazetteer=gazetteer).places
    assert ("jordanischem Gebiet", "cc-jo", "target") in set(zip(places.mention, places.place_id, places.role))
    assert ("2024-04-14", "interception", "cc-jo") in _targets(text, "2024-04-14", gazetteer)


def test_a_hebrew_relative_of_the_attack_after_its_place(gazetteer):
    # ("שהותקף אמש" 'that was attacked last night', joined to its relative prefix, after the place it tells of)
    text = "לדברי הצבא, נמל חודידה, שהותקף אמש, שימש את החות'ים להברחת נשק."
    assert ("2025-05-05", "other", "ye-port-of-hodeidah") in _targets(text, "2025-05-06", gazetteer)


def test_an_arabic_answer_told_after_a_comma_is_a_clause_of_its_own(gazetteer):
    # ("، لترد طهران فجر السبت" ', and so Tehran answered at dawn on Saturday': Tehran answers, it is no target of the
    # raids told before, and the missiles of the answer are of their own day)
    text = ("شنت إسرائيل فجر الجمعة غارات على مواقع في عمق إيران، لترد طهران فجر السبت بهجوم أطلقت خلاله عشرات "
            "الصواريخ باتجاه إسرائيل.")
    found = _targets(text, "2025-06-15", gazetteer)
    assert ("2025-06-13", "air_strike", "cc-ir") in found
    assert not any(t == "ir-tehran" for _, _, t in found)
    assert any(d == "2025-06-14" and t == "cc-il" for d, _, t in found)


def test_a_persian_name_of_a_place_is_no_launch(gazetteer):
    # ("نامی از «برج ۲۲»" 'a name of Tower 22': that از is 'of', not 'from'; the drones came from nowhere told)
    text = "گروه روز یکشنبه مسئولیت حمله پهپادی به التنف را پذیرفت؛ نامی از «برج ۲۲» در بیانیه برده نشد."
    assert _launches(text, "2024-01-29", gazetteer) == {"sy-al-tanf-garrison": None}


def test_a_list_after_an_attack_told_in_its_own_sentence_is_that_attacks_not_the_strike_before(gazetteer):
    # (the raids on Hodeidah are told first; the Houthis' attack on sites in Israel, "among them" three, is theirs:
    # of means untold in its sentence, then drones, as the next sentence says of "the attack")
    text = ("شنت طائرات إسرائيلية أمس غارات على ميناء الحديدة. "
            "ويأتي ذلك غداة إعلان الحوثيين تنفيذ هجوم واسع على أربعة مواقع في إسرائيل، من بينها مطار رامون وميناء "
            "أسدود ومدينة يافا. "
            "وقال المتحدث باسمهم إن الهجوم نُفذ بأربع طائرات مسيّرة.")
    found = _targets(text, "2025-07-22", gazetteer)
    assert ("2025-07-20", "drone_attack", "il-ramon-airport") in found
    assert not any(e == "air_strike" and t.startswith("il-") for _, e, t in found)


def test_an_arabic_projectile_from_yemeni_territory_is_a_missile(gazetteer):
    # ("صاروخاً أُطلق من الأراضي اليمنية" 'a projectile launched from Yemeni territory': from where only missiles come)
    text = "قال الجيش الإسرائيلي إنه اعترض فجر اليوم صاروخاً أُطلق من الأراضي اليمنية باتجاه إسرائيل."
    assert {e for _, e, _ in _targets(text, "2025-07-22", gazetteer)} == {"missile_attack"}


def test_a_day_inside_a_quotation_does_not_move_the_day_a_later_link_counts_from(gazetteer):
    # ("as I warned yesterday", quoted, in a sentence of no event: "a day after" still counts from the raids' Thursday)
    text = ("Israeli jets struck Houthi targets in Sanaa on Thursday. The minister said: \"As I warned yesterday, "
            "those who harm us will pay.\" The raids came a day after a drone launched from Yemen hit a hotel in Eilat.")
    assert ("2025-09-24", "drone_attack", "il-eilat") in _targets(text, "2025-09-25", gazetteer)


def test_a_hebrew_one_day_only_after(gazetteer):
    # ("יום אחד בלבד אחרי ש..." 'only one day after ...': the drone a day before the raids told)
    text = ("צה\"ל תקף היום (חמישי) יעדים של החות'ים בצנעא. "
            "התקיפה מגיעה יום אחד בלבד אחרי שכטב\"ם ששוגר מתימן פגע בבית מלון באילת.")
    assert ("2025-09-24", "drone_attack", "il-eilat") in _targets(text, "2025-09-25", gazetteer)


def test_a_state_that_first_said_is_the_speaker_not_the_launcher(gazetteer):
    # ("Israel first said ..., but ... a hangar was hit": Israel speaks of the damage; the missiles were Iran's)
    text = ("Iran's October 1 missiles hit the Nevatim air base, satellite images show.\n\n"
            "Pictures of the base suggest some of the ballistic missiles Iran fired on October 1 got through its air "
            "defences. Israel first said only offices had been damaged, but the pictures show a hangar was hit.")
    assert _launches(text, "2024-10-08", gazetteer) == {"il-nevatim-air-base": "cc-ir"}
