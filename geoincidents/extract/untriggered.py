"""Events told without an attack verb in their own clause.

Reports often name what was hit in a clause that holds no trigger of its own:

* a weapon that is the agent of a passive verb of damage (``damage_verb`` in ``extract_words.csv``): "power
  stations at Amuda and Qamishli had been put out of service by Turkish drones", "the depot was set ablaze by a
  drone" (:func:`weapon_as_agent`): the weapon tells the event, as it does beside "hit" or "fired";
* a clause that lists the targets of the fire told just before: "The targets included an oil station near
  Qamishli and a village in the countryside of Amuda", "The target was the Baadre oil field", also after the
  source that tells it ("According to the statement, the target was ...") (:func:`targets_listed`): that fire
  again, at those places (``target_list`` in ``extract_words.csv``);
* the attacks a count told, apportioned to their targets: "Four attacks were recorded on Sunday and Monday. Besides
  the Rumalyn strike, the other three were aimed at US positions at al-Shaddadi, at Green Village and at the
  Euphrates base" (:func:`attacks_apportioned`): one attack at each place, by the weapon the clause names, else by
  means untold;
* the lines of a list of targets after a line of fire that ends with a colon: "The group said it launched drones at
  the following bases:\n- the al-Shaddadi base in Syria;\n- the al-Tanf base" (:func:`bullet_of_a_list_of_targets`):
  that fire, at each line's first place;
* a pronoun for the fire told in the sentence before, with a verb of where it came down: "The strikes came at 4:45
  am on Tuesday. Iraqi security sources said they fell in the area of Hilla" (:func:`fire_by_its_pronoun`): that
  fire, there (``landing_verb``);
* a word for what hit that names no weapon after a barrage: "Projectiles came down in Tel Aviv, Beersheba and Ramat
  Gan", "One impact on a street in Ramat Gan damaged a building" (:func:`projectiles_of_a_barrage`): that fire at
  each town (``projectile_word``);
* people killed or wounded at a place on a day of their own, in a clause hung on another: "US jets struck sites in
  Iraq on Friday, days after three American soldiers were killed in Jordan on Sunday"
  (:func:`casualties_on_their_day`): the earlier attack that killed them, by means untold;
* the last of a tally, told after it with a day of its own: "US forces have been attacked more than 150 times,
  most recently on Friday near Tall Baidar" (:func:`last_of_a_tally`): the tally's kind of attack, on that day there.

:func:`untriggered` asks them in turn.
"""
from __future__ import annotations

from typing import Any, Sequence

from geoincidents.extract import lexicon
from geoincidents.extract.counts import MUNITION_TYPES
from geoincidents.extract.cues import CASUALTY, fire_told_before

__all__ = ["weapon_as_agent", "targets_listed", "bullet_of_a_list_of_targets", "list_line", "fire_by_its_pronoun", "projectiles_of_a_barrage",
           "attacks_apportioned", "untriggered", "casualties_on_their_day", "last_of_a_tally"]

#: Words that may stand between "by" and the weapon it introduces ("by Turkish drones", "by two US drones").
_BEFORE_WEAPON = 3

#: How many words before "by" the verb of damage may stand ("put out of service deliberately by drones").
_DAMAGE_BEFORE = 5

#: How many sentences back the fire may be told whose targets a list names.
_LIST_AFTER = 2


def weapon_as_agent(clause: Sequence[str], found: list[tuple[int, int, Any]]) -> bool:
    """Whether a weapon of *found* is the agent of a passive verb of damage: "had been put out of service by
    Turkish drones", "was destroyed by a drone" ("by", then at most a few words without a comma or another verb's
    "by"); or the means of one ("destroyed positions in Haifa with drones", "habe mit Kampfdrohnen Stellungen in
    Haifa zerstört": ``weapon_instrument`` right before the weapon, a verb of damage in the clause); or the subject of
    one right after it ("missiles destroyed several buildings")."""
    instruments = lexicon.words("weapon_instrument")
    for start, end, trigger in found:
        if trigger.event_type not in MUNITION_TYPES:
            continue
        if start and clause[start - 1] in instruments and lexicon.word_phrases("damage_verb").find(clause):
            return True
        verb = end + (clause[end:end + 1] in (["also"], ["had"], ["have"]))
        if lexicon.word_phrases("damage_verb").match_at(clause, verb) is not None:
            return True  # "In Tel Aviv, missiles destroyed several buildings": the weapon that did the damage
        window = list(clause[max(0, start - _BEFORE_WEAPON - 1):start])
        if "by" not in window:
            continue
        by = start - window[::-1].index("by") - 1  # the last "by" before the weapon
        between = clause[by + 1:start]
        if set(between) & {",", ";", ":", "and", "or", "which", "that"}:
            continue
        # ("had been put out of service by drones", not "is guarded by drones")
        if lexicon.word_phrases("damage_verb").find(clause[max(0, by - _DAMAGE_BEFORE):by]):
            return True
    return False


def targets_listed(clause: Sequence[str], at: int, events: list[Any],
                   before: Sequence[str] = ()) -> list[tuple[int, int, Any]]:
    """ "Turkish drones struck 16 locations on Thursday. ... The targets included an oil station near Qamishli, ...":
    a clause opening on what the fire told just before hit (``target_list``), as a trigger of that fire's type. When
    the words of its own sentence *before* it tell an attack ("الحوثيون أعلنوا تنفيذ هجوم واسع على خمسة مواقع في
    إسرائيل، من بينها مطار بن غوريون" 'the Houthis announced a wide attack on five sites in Israel, among them Ben
    Gurion airport'), the list is that attack's, by the weapon they name, else of means untold: not the strike the
    sentence before told."""
    words = list(clause)
    opens = [k + 1 if words[k:k + 1] and words[k] in _ARTICLES else k for k in _after_a_source(words)]
    # (past "other": "Other targets included a military base in al-Jawadiyah")
    opens = [k + 1 if words[k:k + 1] and words[k] in lexicon.words("more_of_them") else k for k in opens]
    # (past their count: "The ministry said 24 targets were destroyed in the Metina and Gara areas")
    opens = [k + 1 if words[k:k + 1] and (words[k].isdecimal() or words[k] in lexicon.numbers()) else k for k in opens]
    # (past the side's adjective: "The American targets included Deir ez-Zor Airport")
    # (or a place's: "the Syrian targets lay in the Euphrates valley")
    opens = [(lexicon.actors().match_at(words, k) or lexicon.demonyms().match_at(words, k) or (k,))[0] for k in opens]
    start = next((k for k in opens if lexicon.word_phrases("target_list").match_at(words, k) is not None), None)
    if start is None and words[:1] != [] and words[0] in _GERMAN_SOURCE:
        # (German puts its verb second, after the source: "Nach Angaben von US-Beamten lagen zwei der Ziele in
        # Dschurf al-Sachar und in Al-Kaim")
        start = next((start for start, _, _ in lexicon.word_phrases("target_list").find(words[:_GERMAN_LIST_AT])), None)
    if start is None:
        return []
    # (an attack its own sentence told before it, that gave no event of its own: its list)
    told_here = [t.event_type for _, _, t in lexicon.trigger_table().find(list(before))]
    if told_here and not any(e.sentence == at for e in events):
        weapon = next((kind for kind in told_here if kind in MUNITION_TYPES), "other")
        return [(start, start + 1, lexicon.Trigger(words[start], weapon, CASUALTY))]
    # (a state's strike told in those sentences first: "US forces bombed three facilities in Iraq in answer to attacks
    # with rockets and drones. ... two of the targets lay in Jurf al-Sakhar": the strike's targets)
    # (not one its sentence hung on the fire it told: "Iran fired missiles at Qatar, days after the US carried out
    # airstrikes on Iran's nuclear sites. The target was Al Udeid": the missiles')
    fire = fire_told_before([e for e in events if not e.linked], at, _FIRE - MUNITION_TYPES, _LIST_AFTER) \
        or fire_told_before(events, at, _FIRE, _LIST_AFTER)
    if fire is None or at - fire.sentence > _LIST_AFTER:
        return []
    return [(start, start + 1, lexicon.Trigger(words[start], fire.event_type, CASUALTY))]


def fire_by_its_pronoun(clause: Sequence[str], at: int, events: list[Any]) -> list[tuple[int, int, Any]]:
    """ "The strikes came at around 4:45 am on Tuesday. Iraqi security sources said they fell in the area of Hilla":
    a clause whose subject is a pronoun or a part of the fire (``projectile_pronoun``; right after its source, or opening
    it) and whose verb says where fire came down (``landing_verb``: "fell", "landed", "hit") tells where the fire told
    in the sentence before came down, as a trigger of that fire's type."""
    words = list(clause)
    start = next((k for k in _after_a_source(words)
                  if words[k:k + 1] and (words[k] in _PRONOUNS or words[k] in lexicon.words("projectile_pronoun"))
                  and words[k + 1:k + 2] != []
                  and words[k + 1] in lexicon.words("landing_verb")), None)
    if start is None:
        return []
    fire = fire_told_before(events, at, _FIRE, 1)
    if fire is None or at - fire.sentence > 1:
        return []
    return [(start + 1, start + 2, lexicon.Trigger(words[start + 1], fire.event_type, CASUALTY))]


#: The pronouns that stand for the whole fire told before; a part of it ("Some landed in Safed", "One fell near Arad",
#: "Others hit Tel Aviv") is a ``projectile_pronoun`` of extract_words.csv.
_PRONOUNS = frozenset({"they", "it"})


def _after_a_source(words: Sequence[str]) -> list[int]:
    """Where a clause's own words may open: its start, or after the source it is told by ("According to the
    statement, the target was ...", "A source told reporters that the target was ...": a lead-in naming a source or
    a verb of saying, then a comma or "that")."""
    starts = [0]
    for k, w in enumerate(words):
        # (or right after its verb, "that" left out: "Al Masirah TV said the targets included Ras Issa Port")
        # (or after a postposition of source: Turkish "İsrail ordusunun açıklamasına göre hedefler arasında ...")
        if (w in (",", "that") and k and _SOURCE_WORDS & set(words[:k])) or w in _SAYING or w in _SOURCE_AFTER:
            starts.append(k + 1)
        elif w == "," and k and words[0] in _FRONTED_PLACE:
            starts.append(k + 1)  # (past a place told first: "In Iraq, the targets were in the al-Qaim area")
    return starts


#: Words of a lead-in that names who tells what follows: "according (to)" in its languages ("Selon l'Observatoire, les
#: cibles en Syrie se situaient à", Hebrew "לפי הודעת הארגון, המטרות היו"), and verbs of saying.
_SOURCE_PREPOSITIONS = frozenset({"according", "selon", "según", "laut", "secondo", "לפי"})
_SOURCE_WORDS = _SOURCE_PREPOSITIONS | {"said", "told", "says", "say", "stated", "reported", "added", "noted"}
#: Words of source written after it: Turkish "göre" ('according to', after its source: "açıklamasına göre").
_SOURCE_AFTER = frozenset({"göre"})
#: Verbs of saying a clause of their own may follow with no "that" (the source words that are verbs).
_SAYING = _SOURCE_WORDS - _SOURCE_PREPOSITIONS - {"told"}
#: The words that open a German lead-in naming a source ("Nach Angaben von ...", "Laut ..."), and how far into its
#: clause the list of targets may then begin.
_GERMAN_SOURCE = frozenset({"nach", "laut"})
_GERMAN_LIST_AT = 12
#: The articles and possessives a list of targets may open with ("the targets", "les cibles", "die Ziele").
_ARTICLES = frozenset({"the", "its", "their", "les", "leurs", "los", "las", "sus", "die", "ihre", "gli", "i", "le"})
#: Prepositions that open a place told before a clause's own words ("In Iraq, the targets were ...").
_FRONTED_PLACE = frozenset({"in", "en", "im", "nel", "nello", "nella"})


#: The fire whose targets a list may name: a weapon's, or a strike's.
_FIRE = MUNITION_TYPES | {"air_strike", "drone_strike", "missile_strike"}


def projectiles_of_a_barrage(clause: Sequence[str], at: int, events: list[Any]) -> list[tuple[int, int, Any]]:
    """ "Projectiles came down in Tel Aviv, Beersheba and Ramat Gan", "One impact on a street in Ramat Gan damaged a
    building" right after "Iran fired missiles at Israel": that fire, at those towns (``projectile_word``: a word that
    names no weapon, beside a verb of impact, or an impact counted; the fire told in the three sentences before)."""
    fire = fire_told_before(events, at, MUNITION_TYPES, 3)
    if fire is None:
        return []
    verbs = lexicon.word_phrases("attack_word").find(clause) or set(clause) & lexicon.words("impact")
    for k, w in enumerate(clause):
        if w not in lexicon.words("projectile_word") or clause[k + 1:k + 2] == ["of"]:
            continue
        counted = k and (clause[k - 1] in lexicon.numbers() or clause[k - 1].isdigit() or clause[k - 1] in ("a", "an", "direct"))
        if (w.startswith("impact") and counted) or (not w.startswith("impact") and verbs):
            return [(k, k + 1, lexicon.Trigger(w, fire.event_type, CASUALTY))]
    return []


def attacks_apportioned(clause: Sequence[str], sentences: list[Any], at: int) -> list[tuple[int, int, Any]]:
    """ "Four attacks were recorded between Sunday and Monday. ... the other three were aimed at US positions at A, at B
    and at C", "Two of them targeted the Harir base": a part of the attacks a count told (in this sentence or the one
    before: a number above one, then "attacks" or "strikes") named by its number and aimed at places (``aim``), as a
    trigger of the weapon the clause names, else of means untold ("other")."""
    numbers = lexicon.numbers()

    def number(w: str) -> int | None:
        return int(w) if w.isdecimal() and w.isascii() else numbers.get(w)

    for k, w in enumerate(clause):
        # "the other three", "the remaining two", "two of them", "one of the attacks"
        part = number(w) is not None and ((k and clause[k - 1] in ("other", "remaining")) or (
            clause[k + 1:k + 2] == ["of"] and clause[k + 2:k + 3] in (["them"], ["the"])))
        if not part:
            continue
        rest = clause[k + 1:k + 8]
        verb = next((j for j, v in enumerate(rest) if v in lexicon.words("aim")), None)
        if verb is None or set(rest[:verb]) & {",", ";", "and", "but"}:
            continue
        told = [x.lowered for x in sentences[max(0, at - 1):at + 1]]
        if not any(t in lexicon.words("tally_noun") and j and (number(words[j - 1]) or 0) > 1
                   for words in told for j, t in enumerate(words)):
            return []
        weapons = [f for f in lexicon.trigger_table().find(clause[k + 1:]) if f[2].event_type in MUNITION_TYPES]
        start = k + 1 + verb
        return [(start, start + 1, lexicon.Trigger(clause[start], weapons[0][2].event_type if weapons else "other",
                                                   CASUALTY))]
    return []


def untriggered(clause: Sequence[str], sentences: list[Any], at: int, events: list[Any], first: int,
                dates: list[Any]) -> list[tuple[int, int, Any]]:
    """The event a clause (tokens *first*.. of sentence *at*, whose dates are *dates*) with no trigger of its own
    tells, as a trigger (see the module's list), or none."""
    linked = first > 0 and lexicon.word_phrases("clause_link").match_at(sentences[at].lowered, first) is not None
    own = [d for d in dates if first <= d.first < first + len(clause)]
    return targets_listed(clause, at, events, sentences[at].lowered[:first]) \
        or (bullet_of_a_list_of_targets(sentences, at, events) if not first else []) \
        or fire_by_its_pronoun(clause, at, events) \
        or projectiles_of_a_barrage(clause, at, events) \
        or attacks_apportioned(clause, sentences, at) or (casualties_on_their_day(clause, own) if linked else []) \
        or last_of_a_tally(clause, sentences[at].lowered[:first], own)


#: The marks that open a line of a list: "- the al-Tanf base;", "• Erbil airport".
_BULLETS = frozenset({"-", "•", "*", "–", "—", "·"})


def list_line(lowered: Sequence[str]) -> bool:
    """Whether a sentence (its lower-cased tokens) is a line of a list: opened by a bullet ("- the al-Tanf base") or
    by its number and a stop or bracket ("2. the al-Tanf base", "2) ...")."""
    return bool(lowered) and (lowered[0] in _BULLETS
                              or lowered[0].isdecimal() and len(lowered[0]) <= 2 and lowered[1:2] in ([")"], ["."]))

#: How many lines a list of targets may run to after the line that opens it.
_LIST_LINES = 12


def bullet_of_a_list_of_targets(sentences: list[Any], at: int, events: list[Any]) -> list[tuple[int, int, Any]]:
    """ "The group said it launched drone attacks on five bases, as follows:\n- the al-Shaddadi base in Syria;\n- the
    al-Tanf base": a line of a list (:func:`list_line`), one of a run of such lines right after a line that
    ends with a colon and tells fire (or right after the sentence of fire before it), names a target of that fire: a
    trigger of the fire's type at the bullet (:func:`.roles` makes the line's first place its target)."""
    lowered = sentences[at].lowered
    if not list_line(lowered):
        return []
    opener = at - 1
    while opener >= 0 and at - opener <= _LIST_LINES and list_line(sentences[opener].lowered):
        opener -= 1
    if opener < 0 or sentences[opener].lowered[-1:] != [":"]:
        return []
    # (the fire told in that line or the sentence before it: "Drones hit three oil fields on Wednesday. The details
    # given by the Kurdish services:"; not a point that tells what someone said: "Here is what we know so far:\n-
    # Officials in Washington said they were told beforehand")
    fire = next((e for e in reversed(events) if e.sentence in (opener, opener - 1) and e.event_type in _FIRE), None)
    if fire is None or set(lowered) & (lexicon.words("statement_verb") | lexicon.words("speaker")):
        return []
    return [(0, 1, lexicon.Trigger(lowered[0], fire.event_type, CASUALTY))]


def last_of_a_tally(clause: Sequence[str], before: Sequence[str], dates: list[Any]) -> list[tuple[int, int, Any]]:
    """ "attacked more than 150 times since October, most recently on Friday near Tall Baidar" (German "zuletzt am
    Freitag", ``last_of_a_tally`` in ``extract_words.csv``): a clause that opens with the last of a tally and tells a
    day of its own (*dates*: those of its tokens) is an attack of the tally's kind (the trigger of the words *before*
    it in its sentence), told at the opening words."""
    hit = lexicon.word_phrases("last_of_a_tally").match_at(clause, 0)
    if hit is None or not any(d.precision == "day" for d in dates):
        return []
    tally = lexicon.trigger_table().find(before)
    if not tally:
        return []
    kind = tally[-1][2]  # (a generic "attacked" has no subject here to type it by: means untold)
    return [(0, hit[0], kind if kind.event_type != "strike" else lexicon.Trigger(kind.phrase, "other", CASUALTY))]


def casualties_on_their_day(clause: Sequence[str], dates: list[Any]) -> list[tuple[int, int, Any]]:
    """ "days after three American soldiers were killed in Jordan on Sunday": people killed or wounded (a passive
    verb) at a place named after "in", with a day of the clause's own (*dates*: those of its tokens), as a trigger of
    means untold ("other"); the caller asks only of a clause hung on another by a link."""
    if not any(d.precision == "day" for d in dates):
        return []
    hurt = lexicon.words("killed") | lexicon.words("injured")
    for k, w in enumerate(clause):
        if w in hurt and k and clause[k - 1] in ("were", "was", "been") and clause[k + 1:k + 2] == ["in"] \
                and k + 2 < len(clause) and clause[k + 2] not in ("a", "an", "the", "that", "this") \
                and clause[k + 2] not in lexicon.words("ground_fighting"):  # ("killed in clashes with the PKK")
            return [(k, k + 1, lexicon.Trigger(w, "other", CASUALTY))]
    return []
