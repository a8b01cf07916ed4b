"""The type of a generic strike word ("strikes", "attack", "hit": ``event_type`` "strike" in the triggers table).

A generic word is an event only when someone is told acting: a state force as its subject makes it that force's air
strike (a force that strikes with missiles fires them); a group that "hit" a place fires the weapon told before; a
projectile told as its subject ("one struck a school") is the fire told just before; an attack told with its own day
and place ("the attack on Tower 22 on Sunday", "claimed attacks on al-Tanf", "the strike near Abu Ghraib on Tuesday")
is one though no force is named. Else it refers back to a strike told before, or tells nothing.
"""
from __future__ import annotations

from typing import Sequence

from geoincidents.extract import datewords, lexicon
from geoincidents.extract.clauses import tolled
from geoincidents.extract.counts import MUNITION_TYPES as _MUNITION_TYPES
from geoincidents.extract.dates import a_timeline_entry, clock_heading, dates_alone
from geoincidents.extract.metonyms import according_to
from geoincidents.extract.cues import actors_in, carried_out_by, fire_told_before, passive_subject, speaks_of_itself
from geoincidents.extract.names import is_descriptor
from geoincidents.extract.particles import is_arabic, is_hebrew, particle_length
from geoincidents.extract.text import Sentence

__all__ = ["generic_strike", "claims_attacks_on", "subject_after_verb", "whose_member", "STRIKES"]

#: The strike types: a state force's strike from the air, by drone, or by missile.
STRIKES = frozenset({"air_strike", "drone_strike", "missile_strike"})
_STRIKES = STRIKES
#: The group verbs of German, whose subject may follow them ("Am Dienstag griffen Milizen den Stützpunkt an").
_VERB_SECOND = frozenset({"griff", "griffen"})
#: How many words and a comma may open a clause before its subject ("Bu arada, TSK ...", 'meanwhile, the army ...')
_OPENING_WORDS = 4

#: The Persian verbs of a statement that a reported clause follows, with or without its "that" (که): "announced",
#: "said", "added".
_PERSIAN_SAID = tuple(tuple(verb.split()) + that for verb in ("اعلام کرد", "اعلام کردند", "گفت", "افزود")
                      for that in ((), ("که",)))


def _weapon_told(table: lexicon.PhraseTable, lowered: Sequence[str]) -> str:
    """The event type of the first weapon the sentence names ("rockets": ``rocket_attack``), else ``other``: by
    means untold. A weapon that names a site hit is none ("The strikes also hit rocket launchers")."""
    weapons = [f for f in table.find(lowered) if f[2].event_type in _MUNITION_TYPES
               and not lexicon.names_a_site(lowered, f[1], f[0])]
    return weapons[0][2].event_type if weapons else "other"


def subject_after_verb(lowered: Sequence[str], trigger_at: int, at: int) -> bool:
    """Whether the actor at token *at* is the subject of the verb at *trigger_at* written after it: German puts the
    verb before its subject after a fronted time ("Am Dienstag griff die türkische Luftwaffe ... an"), and so does
    Hebrew ("ביום שלישי תקף חיל האוויר ...")."""
    return (trigger_at < at <= trigger_at + 3 and lowered[trigger_at + 1] in lexicon.words("german_article")) \
        or (at == trigger_at + 1 and is_hebrew(lowered[trigger_at]))


def _a_groups_own(lowered: Sequence[str], trigger_at: int, actors: list) -> bool:
    """Whether a group's possessive stands before the attack noun at *trigger_at*, a date or an adjective between
    ("Hamas' October 7 attack", "Hezbollah's latest attack")."""
    return any(not a[2] and a[0] + 1 < trigger_at <= a[0] + 6
               and (lexicon.possessive_at(lowered, a[0] + 1) or lowered[a[0] + 1] in ("'", "’"))
               for a in actors)


#: How many words a German clause may front before its auxiliary and subject ("Am 2. Februar hatten US-Bomber").
_FRONTED_MAX = 5


def _under_an_entry(before: Sentence | None) -> bool:
    """Whether the sentence before is a dated entry's opening line of a tracker or timeline ("29 Oct 2023 | SYRIA | Omar
    Oil Field" above "Attack on the U.S. base at the oil field."): the attack told under it is of the entry's day."""
    return before is not None and a_timeline_entry(before, dates_alone(before, None))


#: The commas that close a fronted clause, Latin and Arabic-script.
_COMMAS = frozenset({",", "،"})


def generic_strike(sentence: Sentence, c_first: int, c_last: int, trigger_at: int, best: tuple, found: list,
                   actors: list, dates: list, events: list, before: Sentence | None = None) -> tuple[str, str] | None:
    """The type of a generic "strikes" / "attack" / "hit" (``event_type`` "strike" in the triggers table) and the
    missile force that fired it when one speaks of it ("the Guards said they struck"); None when it tells no event
    of its own. *before*: the sentence before, whose actor a pronoun subject may stand for."""
    table = lexicon.trigger_table()
    lowered = sentence.lowered
    clause = lowered[c_first:c_last]
    force = ""
    # A generic "strikes"/"attack" is a state force's strike only when the force is its subject.
    # (after the verb only as its agent: "struck by US jets", not "attacked US positions")
    # (not one who only blames or speaks of it: "the United States blamed militias for the attack", "Israel did not
    # acknowledge the attack on Erbil"; but "acknowledged carrying out strikes" owns up to them)
    # (nor one who only confirms or reports it: "the US military had not yet confirmed the Sunday attacks",
    # unless it speaks of itself: "the US military said it struck")
    # (nor the side hit, the subject of a passive verb: "three US soldiers were wounded in an attack")
    # (further back when it carries the strikes out, in one stretch: "The Israeli Air Force has carried out at least
    # 16 strikes"; not "According to Israel, the commander had carried out attacks"; or when it speaks of its own:
    # "the US military announced on Sunday that its forces on Feb. 10 had hit"; or when the verb ends the clause, as
    # German puts it: "Die israelische Luftwaffe hat am Dienstag Ziele in Damaskus angegriffen")
    # (past the whole phrase of the trigger: Persian "... را با دو حمله هدف قرار داد" 'targeted ... with two attacks')
    trigger_end = max(trigger_at + 1, c_first + best[1])
    verb_last = all(w in (".", "!", '"', "”") for w in lowered[trigger_end:c_last]) \
        or _light_verb_last(lowered[trigger_end:c_last]) \
        or (lowered[trigger_end:trigger_end + 1] in ([","], [";"]) and lexicon.turkish_sentence(lowered))
    # (German perfect: "... angegriffen."; Turkish ends a clause with its verb before a comma: "İsrail ordusu ...
    # Kefrman beldesinde bir aracı vurmuş, saldırıda 4 kişi ölmüş")
    # (and from anywhere before when it opens the clause the verb ends, perhaps after a few words and a comma: Turkish
    # "Bu arada, TSK Kamışlı, Derbesiye ve Tel Temir kentlerinde bulunan terör örgütü PKK/YPG hedeflerini vuruyor")
    # (after a demonstrative: Persian "این رژیم جعلی ... هجوم برد" 'this fake regime attacked ...')
    # (after an article: "Die israelische Luftwaffe hat in der Nacht zum Sonntag Ziele ... im Jemen angegriffen")
    # (or right after the verb of a statement that reports the clause, as Persian writes it: "ستاد کل نیروهای مسلح اعلام
    # کرد رژیم صهیونیستی بامداد شنبه به مراکز نظامی در استان‌های تهران، خوزستان و ایلام حمله کرد" 'the General Staff
    # announced the Zionist regime attacked military centres in the provinces of Tehran, Khuzestan and Ilam')
    opens = {a[0] for a in actors if a[0] == c_first or a[0] - c_first <= _OPENING_WORDS and lowered[a[0] - 1] == ","
             or a[0] == c_first + 1 and lowered[c_first] in lexicon.words("anaphora") | lexicon.words("german_article")
             or any(lowered[c_first:a[0]][-len(said):] == list(said) for said in _PERSIAN_SAID)
             # (or right after the comma that closes a fronted clause of any length, perhaps with a demonstrative,
             # before a verb that ends the clause: Persian "با وجود هشدارهایی که مسئولان ایران ... داده بودند، این
             # رژیم جعلی ... را هدف حمله قرار داد" 'despite the warnings Iran's officials had given ..., this fake
             # regime made ... the target of an attack')
             or verb_last and a[0] - c_first >= 2 and (lowered[a[0] - 1] in _COMMAS or lowered[a[0] - 2] in _COMMAS
                                                       and lowered[a[0] - 1] in lexicon.words("anaphora"))}
    # (and the subject after a German auxiliary, second in its clause after a fronted word, of the participle further
    # on: "Zuvor hatte Israel ... mehr als 20 Ziele in der iranischen Hauptstadt Teheran angegriffen, darunter ...")
    # (a fronted phrase of a few words too: "Am 2. Februar hatten US-Bomber in einer ersten Welle 85 Ziele ...
    # angegriffen")
    auxiliary = {a[0] for a in actors
                 if c_first + 2 <= a[0] <= c_first + _FRONTED_MAX + 1
                 and lowered[a[0] - 1] in lexicon.words("german_auxiliary")}
    # (and a Turkish genitive subject of the participle right before the attack noun, from anywhere before in the
    # clause: "İsrail'in 14 Kasım'da Mezze ve Kudsaya beldesinde iki binaya düzenlediği saldırılarda" 'in the attacks
    # Israel carried out on 14 November on two buildings in Mezze and Qudsaya')
    # (or of the verb made a noun, as Turkish reports what was said: "İsrail'in ... askeri noktaları hedef aldığını
    # açıkladı" 'announced that Israel targeted military points')
    genitive = {a[0] for a in actors
                if c_first <= a[0] < trigger_at and (_subject_of_the_participle(lowered, a[0], trigger_at)
                                                     or _subject_of_the_verbal_noun(lowered, a[0], trigger_end))}
    reach = {a[0]: c_first if verb_last and a[0] in opens or a[0] in auxiliary or a[0] in genitive else trigger_at - (
        14 if _carries_out(lowered[a[0]:trigger_at]) or speaks_of_itself(lowered, a[0] + 1) or verb_last else 8)
        for a in actors}
    # (not the side before a participle with its agent after it: "Shaddadi, Syria: US forces targeted by a one-way
    # attack drone")
    # (nor before the attack it was hit in: "US military forces in Syria targeted in drone attacks")
    agent_after = lowered[trigger_end - 1].endswith("ed") and (
        lowered[trigger_end:trigger_end + 1] == ["by"]
        or lowered[trigger_end:trigger_end + 1] == ["in"] and any(
            table.match_at(lowered, k) is not None for k in range(trigger_end + 1, min(c_last, trigger_end + 4))))
    acting = [a for a in actors if a[2] and ((reach[a[0]] <= a[0] < trigger_at and not agent_after
                                              and not passive_subject(lowered, a[0], trigger_at)
                                              and not whose_member(lowered, a[0])
                                              # (nor the source the clause is told by: "According to the US Department
                                              # of Defense, the attack hit the Tower 22 site")
                                              and not according_to(lowered, a[0] - (lowered[a[0] - 1:a[0]] == ["the"]),
                                                                   a[0] + 1)
                                              and not set(lowered[a[0]:trigger_at]) & lexicon.words("blame_verb")
                                              # (nor the side that underwent it: "القوات الأمريكية تعرضت لـ61 هجوماً")
                                              and not set(lowered[a[0]:trigger_at]) & lexicon.words("subjected_to")
                                              and not (set(lowered[a[0]:trigger_at]) & lexicon.words("comment_verb")
                                                       and not _carries_out(lowered[a[0]:trigger_at]))
                                              and not (set(lowered[a[0]:trigger_at]) & lexicon.words("statement_verb")
                                                       and not speaks_of_itself(lowered, a[0] + 1)))
                                             # (or as its agent: "strikes by the IDF", Hebrew "התקיפה הנוכחית של
                                             # צה"ל" 'the current strike of the IDF')
                                             or (trigger_at < a[0] < trigger_at + 4
                                                 and lowered[a[0] - 1] in lexicon.words("agent_marker"))
                                             # (the first actor after the verb: "griff die Hamas Israel an")
                                             or subject_after_verb(lowered, trigger_at, a[0])
                                             and not any(trigger_at < b[0] < a[0] for b in actors)
                                             # Arabic puts the adjective after its noun: "الضربات الإسرائيلية"; so do
                                             # the Romance languages: "un ataque israelí", "une attaque israélienne"
                                             # (not the object of a verb after a relative pronoun: "الهجمات التي
                                             # تستهدف القوات الأمريكية" 'the attacks that target the US forces')
                                             or (trigger_at < a[0] <= trigger_at + 2
                                                 and not lowered[trigger_at - 1:trigger_at] in (
                                                     [w] for w in _ARABIC_RELATIVES)
                                                 and (is_arabic(lowered[trigger_at])
                                                      or lexicon.unelided(lowered[trigger_at])
                                                      in lexicon.words("noun_before_adjective")
                                                      # Turkish: "bir evi vuran İsrail ordusu" 'the Israeli
                                                      # army that hit a house'
                                                      or lowered[trigger_end - 1] in lexicon.words(
                                                          "participle_before_subject"))))]
    # "CENTCOM said in a post on X, according to Alsumaria, that its forces carried out strikes": the force that
    # speaks of its own forces, however far before them.
    acting = acting or ([] if agent_after else owner_of_its_forces(sentence, trigger_at))
    # Arabic "الضربات التي شنتها القوات الأمريكية" 'the strikes that the US forces carried out': the agent after the
    # relative and its verb of carrying out (``agent_relative``)
    agent = carried_out_by(lowered, trigger_end, [a for a in actors if a[2] and a[0] >= trigger_end])
    acting = acting or [a for a in actors if a[1] == agent and a[0] >= trigger_end][:1]
    # "the strikes", "Tuesday's strikes", "targets were struck", "a strike near Hillah": a strike the
    # report already told of, when it has told one.
    told = any(e.event_type in ("air_strike", "drone_strike", "missile_strike") for e in events)
    anaphora = told and (trigger_at > 0 and lowered[trigger_at - 1] in lexicon.words("anaphora")
                         or best[2].phrase in lexicon.words("strike_told_again")) \
        and not (set(lowered[c_first:trigger_at]) & lexicon.words("blame_verb")
                 and lowered[trigger_at - 2:trigger_at - 1] == ["for"])
    # (not the attack a side is blamed for: "militias that Washington blames for the attack in Jordan" is no strike)
    # The fire told last ("Most were intercepted, but several struck Nevatim": the missiles, not the interception).
    last = next((e for e in reversed(events) if e.event_type in _MUNITION_TYPES), None)
    # "The group said it hit al-Shaddadi", "the militants attacked X": a group's fire (the weapon told
    # last in the report, else unknown), not a strike: the verb is the clause's first trigger, a group
    # or a fighter word stands before it and no state force does.
    # (German puts the subject after its verb when the day opens the clause: "Am Dienstag griffen Milizen ... an")
    # (and Arabic before its subject: "استهدفت المقاومة الإسلامية قاعدة ...")
    subject_after = lowered[trigger_at + 1:trigger_at + 3] \
        if best[2].phrase in _VERB_SECOND or is_arabic(best[2].phrase) else []
    group_fire = not acting and best[2].phrase in lexicon.words("group_verb") and best[0] == found[0][0] and (
        any(not a[2] for a in actors if a[0] < trigger_at or lowered[a[0]] in subject_after)
        or bool(set(lowered[:trigger_at] + subject_after) & lexicon.words("group_subject"))
        or not actors and _group_told_before(lowered, trigger_at, sentence.index, events, before))
    # "One struck a school in Gedera", "another hit near the Kirya": the subject stands for a projectile
    # of that fire, even after a strike told earlier.
    pronoun = trigger_at > 0 and lowered[trigger_at - 1] in lexicon.words("projectile_pronoun")
    opens_at = _past_strike_adjectives(lowered, trigger_at)  # where the event word's noun phrase opens
    if not acting and not group_fire and _state_told_before(lowered, trigger_at, before):
        # "The US has struck back several times. In November it hit a Kataib Hezbollah operations centre in Jurf
        # al-Sakhar": the pronoun stands for the state force the sentence before named last, which struck
        event_type = "drone_strike" if lexicon.word_phrases("drone_instrument").find(clause) else "air_strike"
        return event_type, force
    if not acting and aircraft_subject(lowered, c_first, trigger_at):
        # "Unidentified aircraft struck a convoy near Albu Kamal", "Aircraft of unknown origin targeted a convoy": the
        # aircraft are the verb's subject, whoever flew them: a strike from the air, not the fire told before.
        return "air_strike", force
    if group_fire:
        # (told in the four sentences before: a weapon of another story is no clue)
        event_type = last.event_type if last is not None and sentence.index - last.sentence <= 4 else "other"
    elif not acting and best[2].phrase in ("attack", "attacks") and _a_groups_own(lowered, trigger_at, actors) \
            and any(c_first <= d.first < c_last and d.precision == "day" for d in dates):
        # "since Hamas' October 7 attack into southern Israel": a group's attack of a day told, by the weapon the
        # sentence names, else by means untold
        event_type = _weapon_told(table, lowered)
    elif not acting and (not anaphora or pronoun) and last is not None and last.event_type in _MUNITION_TYPES \
            and sentence.index - last.sentence <= 1 \
            and (best[2].phrase in lexicon.words("struck_again") or best[2].phrase in ("strike", "strikes")) \
            and clock_heading(lowered) is None:
        # "Iran fired missiles at Israel. Several struck Nevatim": the same fire; "The group said it had
        # also attacked the Harir base": more of the same fire, at another place.
        # (not the title of a liveblog's next entry: "11:15 - Strike on Beirut's southern suburbs")
        event_type = last.event_type
    elif not acting and pronoun and events and events[-1].event_type in STRIKES \
            and sentence.index - events[-1].sentence <= 1 \
            and best[2].phrase in lexicon.words("struck_again"):
        # "Four strikes hit the Al-Kathib area, while three targeted the airport": more of the strikes told just
        # before, at another place.
        event_type = events[-1].event_type
    elif not acting and pronoun and events and events[-1].event_type == "interception" \
            and events[-1].sentence == sentence.index and best[2].phrase in lexicon.words("struck_again") \
            and (told_weapon := _weapon_told(table, lowered)) in _MUNITION_TYPES:
        # "A drone was shot down near al-Tanf, while two others targeted the Ain al-Asad base": the others are more of
        # the weapon the sentence names, which got through.
        event_type = told_weapon
    elif not acting and best[2].phrase in lexicon.words("an_attack") \
            and (any(c_first <= d.first < c_last for d in dates) or _under_an_entry(before)) \
            and (on := _on_after_the_attack(lowered, trigger_at)) is not None \
            and not any(d.first == on + 1 for d in dates) and "since" not in clause \
            and not (lowered[trigger_at - 1].isdigit() and not any(d.last == trigger_at for d in dates)):
        # (not a count: "أكثر من 170 هجوماً على القوات الأمريكية" 'more than 170 attacks on US forces'; a date's year is
        # none: "the January 2024 attack on Tower 22")
        # "Washington blamed militias for the attack on Tower 22 on Sunday", "une attaque contre al-Qaïm
        # vendredi", "ein Angriff auf Erbil am Freitag": an attack of its own day, by
        # the weapon the sentence names, else by means untold ("the first attack on US forces since
        # early February" is a lull told, not an attack of February).
        event_type = _weapon_told(table, lowered)
    elif not acting and _subjected_to(lowered, c_first, c_last, trigger_at, trigger_end) \
            and (any(c_first <= d.first < c_last for d in dates) or _under_an_entry(before)):
        # "تعرضت قاعدة عين الأسد لهجوم يوم الثلاثاء" 'the Ain al-Asad base was subjected to an attack on Tuesday',
        # "база подверглась удару во вторник": the place underwent an attack of its own day, by the weapon the
        # sentence names, else by means untold (Turkish "saldırıya uğradı" is a trigger phrase of its own)
        event_type = _weapon_told(table, lowered)
    elif not acting and lowered[trigger_at + 1:trigger_at + 2] \
            and lowered[trigger_at + 1] in lexicon.words("carried_out_after") \
            and (any(c_first <= d.first < c_last for d in dates) or _under_an_entry(before)):
        # Turkish "Dün Harir üssüne saldırı düzenlendi" 'an attack was carried out on the Harir base yesterday': an
        # attack of its own day (the place's case is its cue), by the weapon the sentence names, else by means untold
        event_type = _weapon_told(table, lowered)
    elif not acting and best[2].phrase == "attacks" and c_first > 0 \
            and not any(c_first <= d.first < c_last for d in dates) \
            and lexicon.word_phrases("clause_link").match_at(lowered, c_first) \
            and lowered[trigger_at + 1:trigger_at + 2] in (["on"], ["against"]):
        # "The strike followed new attacks on the Harir base and on Shaddadi": the attacks it answered, by
        # the weapon the sentence names, else by means untold.
        event_type = _weapon_told(table, lowered)
    elif not acting and (best[2].phrase in _ATTACK_NOUNS and trigger_at > 0
                         and lowered[trigger_at - 1] in lexicon.words("another_incident")
                         # (or the subject of the verb: "Another attack on January 8 targeted the Harir base")
                         or any(lowered[k] in _ATTACK_NOUNS and lowered[k - 1] in lexicon.words("another_incident")
                                for k in range(max(c_first, 1), trigger_at))) \
            and any(c_first <= d.first < c_last and d.precision == "day" for d in dates) and "since" not in clause:
        # "Similar attacks on Wednesday forced the firm to suspend work at the Tawke field", "Another strike on Friday
        # hit ...": other attacks of a day of their own, by the weapon the sentence names, else by that of the fire
        # told last ("similar": alike), else by means untold.
        told = _weapon_told(table, lowered)
        event_type = told if told != "other" or last is None else last.event_type
    elif not acting and best[2].phrase in _ATTACK_NOUNS and trigger_at > 0 \
            and (lowered[trigger_at - 1] in lexicon.words("more_of_them") or set(lowered[c_first:trigger_at]) & _ALSO) \
            and lowered[trigger_at + 1:trigger_at + 2] in ([w] for w in _AIMED_AT) \
            and "since" not in clause and (fire := _strike_told_before(events, sentence.index)) is not None:
        # "Israel struck the heart of Damascus. Jordanian sources reported other attacks on army units in Kisweh":
        # more of the strikes told just before, at other places (by the weapon the sentence names, else theirs); so
        # is an attack told "also" ("The monitor also reported an attack on a target off Baniyas")
        told = _weapon_told(table, lowered)
        event_type = told if told != "other" else fire.event_type
    elif not acting and claims_attacks_on(sentence, c_first, trigger_at, best[2].phrase, dates):
        # "The Islamic Resistance in Iraq claimed attacks on al-Tanf and Rukban": a group claims its own
        # fire at places it names, by the weapon the sentence names, else by means untold.
        event_type = _weapon_told(table, lowered)
    elif not acting and not anaphora and best[2].phrase in ("strike", "raid") \
            and (lowered[opens_at - 1:opens_at] in (["a"], ["an"], ["the"], ["another"])
                 or (trigger_at > 2 and lexicon.possessive_at(lowered, trigger_at - 2))) \
            and (any(c_first <= d.first < c_last and d.precision == "day" for d in dates) or tolled(clause)) \
            and lowered[trigger_at + 1:trigger_at + 2] in (["on"], ["near"], ["in"]) \
            and (not any(d.first == trigger_at + 2 for d in dates)
                 or set(lowered[trigger_at + 3:]) & lexicon.words("group_verb")) \
            and "since" not in clause:
        # "The strike near Abu Ghraib on Tuesday came in retaliation for ...", "Tuesday's strike on Deir ez-Zor
        # killed four", "The strike on Tuesday targeted a building in Sayyida Zeinab": a strike of its own day at a
        # place, or one that killed or wounded ("A strike on Dahieh killed two people"), though no force is named,
        # is one from the air ("went on strike in Basra" is not).
        event_type = "air_strike"
    elif not acting and not anaphora and best[2].phrase in _ATTACK_NOUNS and _killed_in_attacks_on(lowered, trigger_at) \
            and "since" not in clause:
        # "five Guards members were killed in attacks on the western city of Khorramabad": the dead of attacks at a
        # place tell fire there, by the weapon the sentence names, else by the fire or strike told in the two
        # sentences before, else by means untold
        event_type = _weapon_else_fire_near(table, lowered, events, sentence.index)
    elif not acting and not anaphora and "since" not in clause \
            and _attacks_with_their_dead(lowered, trigger_at, c_last) \
            and (any(c_first <= d.first < c_last and d.precision == "day" for d in dates)
                 or _LATEST & set(lowered[max(c_first, trigger_at - 3):trigger_at])):
        # "On 14 November, attacks on two buildings in Mezze and Qudsaya killed 15 people", Turkish "14 Kasım'da
        # Mezze semtine düzenlenen saldırılarda 15 kişi ölmüş": attacks of a day told with their dead are fire there
        # though nobody is named firing; by the weapon the sentence names, else by the fire or strike told in the two
        # sentences before, else by means untold
        event_type = _weapon_else_fire_near(table, lowered, events, sentence.index)
    elif not acting and not anaphora and _attacks_as_subject(lowered, trigger_at, best[2].phrase, c_first) \
            and "since" not in clause:
        # "Three strikes targeted US bases at al-Shaddadi and Green Village on Sunday", "Two attacks hit the al-Tanf
        # garrison on Monday": attacks that are the subject of an attack verb are fire of their own though nobody is
        # named firing (dated as any clause is: its own day, else the day told before); by the weapon the sentence
        # names, else by that of the fire told in the two sentences before ("Iran fired missile salvoes at Israel.
        # The attacks also targeted Rehovot"), else by means untold. ("Strikes have targeted the base for months": a
        # habit, no verb right after.)
        # (the fire or strike told last: "Israel struck Tehran. Further attacks were reported in Shiraz": the strike's)
        # ("عدوان مماثل استهدف ... حي المزة": an "aggression", as Syrian outlets name a state's strike from the air)
        event_type = _weapon_else_fire_near(table, lowered, events, sentence.index)
        if _weapon_told(table, lowered) == "other" \
                and _AGGRESSION & set(lowered[max(c_first, trigger_at - 3):trigger_at]):
            event_type = "air_strike"
    elif not acting and best[2].phrase in _ATTACK_NOUNS and _the_attack_on(sentence, trigger_at, actors) \
            and "since" not in clause \
            and (fire := fire_told_before(events, sentence.index, _MUNITION_TYPES, 1)) is not None \
            and fire.sentence < sentence.index:
        # "Drones attacked two oil fields. The attacks on the Sarsang field early on Tuesday and on the Khurmala field
        # late on Monday ...": the fire told just before, at the places the attack told again by its article names
        event_type = fire.event_type
    elif not acting and not anaphora:
        return None
    elif acting and all(a[1] in lexicon.missile_forces() for a in acting):
        # "The Guards said they had struck a spy headquarters in Erbil": a force that strikes with
        # missiles fires them (the weapon its sentence names, else missiles), not an air strike.
        weapons = [f for f in found if f[2].event_type in _MUNITION_TYPES]
        event_type = weapons[0][2].event_type if weapons else "missile_attack"
        force = acting[-1][1]
    else:
        # "two strikes landed near a camp", "another hit a power station": the strike told before, of its
        # kind ("Turkish drones struck 16 locations": drone strikes); a state force's own: an air strike.
        # (a hit is of the fire told last, when that came after the strike: "a drone strike hit Tel Aviv last year.
        # ... Several attempts were made to intercept the missile. A hit was identified near Ben Gurion Airport")
        kinds = _STRIKES | _MUNITION_TYPES if best[2].phrase in ("hit", "hits") else _STRIKES
        event_type = "air_strike" if acting else next(e.event_type for e in reversed(events) if e.event_type in kinds)
        if event_type == "air_strike" and lexicon.word_phrases("drone_instrument").find(clause):
            # "a strike in Baghdad, using a drone", "carried out by an MQ-9 Reaper": a drone strike.
            event_type = "drone_strike"
    return event_type, force


#: "Also" in its languages: an attack told with it after a strike is more of that strike ("meldete zudem einen
#: Angriff auf ...").
_ALSO = frozenset({"also", "zudem", "ebenfalls", "außerdem", "aussi", "également", "además", "también", "inoltre",
                   "anche"})
#: Prepositions of what attacks were aimed at ("attacks on", "attacchi contro", "attaques contre", "Angriffe auf").
_AIMED_AT = frozenset({"on", "against", "contro", "contre", "contra", "gegen", "auf", "su", "sur"})


def _strike_told_before(events: list, at: int) -> object | None:
    """The state's strike told last, in the three sentences before sentence *at* (or in it)."""
    return next((e for e in reversed(events) if e.event_type in STRIKES and at - e.sentence <= 3), None)


_ATTACK_NOUNS = frozenset({"strike", "strikes", "attack", "attacks",
                           "angriff", "angriffen", "attaque", "attaques", "ataque", "ataques", "attacco", "attacchi"})


def _subjected_to(lowered: Sequence[str], c_first: int, c_last: int, trigger_at: int, trigger_end: int) -> bool:
    """Whether a verb of undergoing (``subjected_to``: Arabic تعرضت, Russian подверглась) stands
    within :data:`_SUBJECTED_WORDS` words before the attack noun at *trigger_at* or right after it: the place its
    subject names underwent that attack."""
    verbs = lexicon.words("subjected_to")
    if trigger_at and any(ch.isdigit() for ch in lowered[trigger_at - 1]) \
            or lexicon.word_phrases("since_word").find(list(lowered[c_first:c_last])):
        return False  # (a tally: "تعرضت منذ 17 تشرين الأول لـ61 هجوماً" 'underwent 61 attacks since 17 October')
    before = lowered[max(c_first, trigger_at - _SUBJECTED_WORDS):trigger_at]
    return bool(set(before) & verbs) or bool(set(lowered[trigger_end:min(c_last, trigger_end + 2)]) & verbs)


#: How many words (the subject Arabic puts after its verb: "تعرضت قاعدة عين الأسد لهجوم") may stand between a verb of
#: undergoing and its attack noun.
_SUBJECTED_WORDS = 6


def _the_attack_on(sentence: Sentence, at: int, actors: list) -> bool:
    """Whether the attack noun at *at* is told again by its article, perhaps past a word or two and a quote mark, and
    names the place it was aimed at right after it ("the attacks on the Sarsang field", "the \"terrorist attacks\" on
    Khurmala"): not another side's attacks ("the Houthi attacks on ships"), one of a series ("the lion's share of the
    attacks on US forces"), nor attacks on what has no name ("ces deux attaques contre des bases américaines", "the
    strikes on US bases")."""
    lowered = sentence.lowered
    after = at + 1 + (lowered[at + 1:at + 2] in (['"'], ["”"], ["'"]))
    if lowered[after:after + 1] not in ([w] for w in _AIMED_AT):
        return False
    name = after + 1 + (lowered[after + 1:after + 2] in ([w] for w in lexicon.words("anaphora")))
    if name >= len(lowered) or not sentence.tokens[name].text[:1].isupper() \
            or lexicon.actors().match_at(list(lowered), name) is not None \
            or lexicon.demonyms().match_at(list(lowered), name) is not None:
        return False
    article = next((k for k in range(at - 1, max(-1, at - 4), -1) if lowered[k] in lexicon.words("anaphora")), None)
    return article is not None and all(w.isalpha() or w in ('"', "“") for w in lowered[article + 1:at]) \
        and lowered[article - 1:article] != ["of"] and not any(article < a[0] < at for a in actors)


def _past_strike_adjectives(lowered: Sequence[str], at: int) -> int:
    """Where the noun phrase of the strike word at token *at* opens, past the adjectives a military writes before it
    ("a self-defense strike", "a precision strike", "a retaliatory raid": ``strike_adjective`` in extract_words.csv)."""
    adjectives = lexicon.words("strike_adjective")
    while at > 0 and (lowered[at - 1] in adjectives
                      or lowered[at - 1] == "-" and at > 1 and lowered[at - 2] in adjectives):
        at -= 1
    return at


def whose_member(lowered: Sequence[str], at: int) -> bool:
    """ "it had killed a senior commander of Iran's Quds Force in a strike": the force after "of" and the rank of one
    of its members (``member_role``, a plural too: "members of") is the side of the one killed, not who struck (not a
    speaker's: "a spokesman of the army said it struck")."""
    roles = lexicon.words("member_role")
    return at > 1 and lowered[at - 1] == "of" and any(
        w in roles or w.endswith("s") and w[:-1] in roles for w in lowered[max(0, at - 4):at - 1])


def _weapon_else_fire_near(table, lowered: Sequence[str], events: list, at: int) -> str:
    """The type of an attack no one is named firing: the weapon sentence *at* names, else the fire or strike told
    in the two sentences before, else "other" (means untold)."""
    told = _weapon_told(table, lowered)
    latest = next((e for e in reversed(events) if e.event_type in _MUNITION_TYPES | STRIKES), None)
    return latest.event_type if told == "other" and latest is not None and at - latest.sentence <= 2 else told


def _attacks_with_their_dead(lowered: Sequence[str], trigger_at: int, c_last: int) -> bool:
    """Whether the attack noun at *trigger_at* is told with the place it was on and the dead or wounded after it in its
    clause: a plural attack noun right before its "on" ("attacks on two buildings in Mezze killed 15"; one attack is
    :func:`_on_after_the_attack`'s), or a Turkish attack noun after the passive participle "carried out"
    ("Mezze semtine düzenlenen saldırılarda 15 kişi ölmüş": ``passive_carried_out`` in extract_words.csv)."""
    plural = lowered[trigger_at] in _PLURAL_ATTACKS and trigger_at + 1 < c_last \
        and lowered[trigger_at + 1] in lexicon.words("attack_on")
    turkish = trigger_at > 0 and lowered[trigger_at - 1] in lexicon.words("passive_carried_out")
    return (plural or turkish) and tolled(lowered[trigger_at + 1:c_last]) or _the_dead_of_its_subject(lowered, trigger_at)


#: Plural attack nouns of :data:`_ATTACK_NOUNS`.
_PLURAL_ATTACKS = frozenset({"strikes", "attacks", "attaques", "ataques", "attacchi", "angriffen"})


def _killed_in_attacks_on(lowered: Sequence[str], trigger_at: int) -> bool:
    """ "were killed in attacks on the western city of Khorramabad", "wounded in a strike on Dahieh": a word of the
    dead or wounded (``killed``, ``injured``) just before "in", the attack noun after it (with "a" or "an" between),
    and "on", "in" or "near" right after the noun."""
    k = trigger_at - 1
    # (past an article and a word of the latest: "wounded in the latest attacks at the Tal Baydar base")
    while k > 0 and trigger_at - k <= 2 and lowered[k] in _BEFORE_THE_ATTACK:
        k -= 1
    dead = lexicon.words("killed") | lexicon.words("injured")
    if k > 0 and lowered[k] == "in" and lowered[trigger_at + 1:trigger_at + 2] in (["on"], ["in"], ["near"], ["at"]) \
            and bool(set(lowered[max(0, k - _DEAD_BEFORE_IN):k]) & dead):
        return True
    # German tells the dead after "bei" and the attack: "wurden bei einem weiteren Angriff zwei Menschen in einem
    # Olivenhain nahe Kirjat Ata getötet"
    k = trigger_at - 1
    while k > 0 and trigger_at - k <= 2 and lowered[k] in _GERMAN_ARTICLE_OR_ANOTHER:
        k -= 1
    return k >= 0 and lowered[k] == "bei" and bool(set(lowered[trigger_at + 1:trigger_at + 1 + _DEAD_AFTER]) & dead)


#: Arabic relative pronouns: the noun after the verb they open is its object ("التي تستهدف القوات الأمريكية").
_ARABIC_RELATIVES = frozenset({"التي", "الذي", "اللتي", "اللذين", "الذين", "اللواتي", "اللتان", "اللذان"})

#: Arabic nouns of the pace of attacks ("وتيرة الهجمات التي ..."): the attacks after them are counted, no subject of
#: the verb their relative clause holds (nor are they after a preposition: "رد على الهجمات التي استهدفت").
_PACE_OF_ATTACKS = frozenset({"وتيرة", "تصاعد", "سلسلة"})

#: "The latest" before an attack noun, in its languages: the attacks the report is about, not a background ("الموجة
#: الأخيرة من الهجمات" 'the latest wave of attacks'), dated as the clause is though it tells no day of its own.
_LATEST = frozenset({"latest", "الأخيرة", "أحدث", "dernières", "dernière", "últimos", "último", "jüngsten"})

#: Words between "in" and the attack noun of the dead: "in an attack", "in the latest attacks".
_BEFORE_THE_ATTACK = frozenset({"a", "an", "the", "latest", "recent", "new", "last"})

#: Words between "bei" and the attack noun ("bei einem weiteren Angriff").
_GERMAN_ARTICLE_OR_ANOTHER = frozenset({"einem", "einer", "dem", "der", "weiteren", "erneuten", "neuen"})
#: How many words after a German attack noun the word of the dead may stand.
_DEAD_AFTER = 12


#: How many words before "in" the word of the dead may stand ("were killed and 11 wounded in attacks on").
_DEAD_BEFORE_IN = 4


#: Words between a subject pronoun and its verb ("it had struck", "they have also hit").
_AUXILIARIES = frozenset({"had", "has", "have", "also", "then", "already"})


def _pronoun_subject(lowered: Sequence[str], trigger_at: int) -> bool:
    """Whether a subject pronoun (``subject_pronoun``) stands right before the verb at *trigger_at*, past auxiliaries
    ("it had struck", "they have also hit")."""
    k = trigger_at - 1
    while k > 0 and lowered[k] in _AUXILIARIES:
        k -= 1
    return k >= 0 and lowered[k] in lexicon.words("subject_pronoun")


def _group_told_before(lowered: Sequence[str], trigger_at: int, index: int, events: list,
                       before: Sentence | None = None) -> bool:
    """ "It also said last Sunday that it had struck a vital target in Eilat", "أعلنت ... أنها ضربت": a pronoun
    subject right before the verb (``subject_pronoun``) stands for the actor of the fire told last, in the three
    sentences before; whether that is a group (no state force). With no such fire, it stands for the actor the
    sentence *before* named last ("The Islamic Resistance in Iraq said it carried out four attacks on Tuesday. It
    targeted Ain al-Asad ...": a count of attacks is no event of its own)."""
    if not _pronoun_subject(lowered, trigger_at):
        return False
    told = next((e for e in reversed(events) if e.actor), None)
    if (told is None or index - told.sentence > 3) and before is not None:
        named = actors_in(before, 0, len(before.lowered))
        return bool(named) and not named[-1][2] and named[-1][1] in lexicon.group_actors()
    return told is not None and index - told.sentence <= 3 and told.actor in lexicon.group_actors()


#: How far into the sentence before the state a pronoun stands for may be named ("The US has", "US forces have").
_SUBJECT_OPENS = 2


def _state_told_before(lowered: Sequence[str], trigger_at: int, before: Sentence | None) -> bool:
    """Whether a subject pronoun right before the verb (:func:`_pronoun_subject`) stands for a state force: the one
    actor the sentence *before* named, when that is a state's and opens it as its subject ("The US has struck back
    several times. In November it hit ...")."""
    if not _pronoun_subject(lowered, trigger_at) or before is None:
        return False
    named = actors_in(before, 0, len(before.lowered))
    # (the subject of the sentence before, opening it: not a state named as the side hit, "targeted a US military base")
    return bool(named) and named[-1][2] and len({a[1] for a in named}) == 1 and named[0][0] <= _SUBJECT_OPENS


def owner_of_its_forces(sentence: Sentence, trigger_at: int) -> list:
    """The state force whose own forces ("its forces", "قواتها", "ses forces": ``own_forces`` in extract_words.csv)
    are the subject of the strike at *trigger_at*, a few words before it and no comma between: the last of the
    sentence's actors told before them (a speaker too), when it is a state's ("وقالت القيادة الوسطى في منشور ... إن
    قواتها نفذت صباح يوم 22 تشرين الثاني ضربات" 'Central Command said in a post that its forces carried out strikes on
    the morning of 22 November'); [] when none."""
    lowered, phrases = sentence.lowered, lexicon.word_phrases("own_forces")
    for k in range(trigger_at - 1, max(-1, trigger_at - _OWN_FORCES_REACH), -1):
        if lowered[k] in (",", ";", ".", ":"):
            return []
        if phrases.match_at(lowered, k) is not None:
            before = actors_in(sentence, 0, k, speakers=True)
            return before[-1:] if before and before[-1][2] else []
    return []


#: How many words before a strike word its subject "its forces" may stand ("its forces carried out on the morning of
#: 22 November strikes").
_OWN_FORCES_REACH = 12


def _subject_of_the_participle(lowered: Sequence[str], actor: int, trigger_at: int) -> bool:
    """Whether the actor at token *actor* is in the genitive ("İsrail'in", "İsrail ordusunun") and the word right
    before the attack noun at *trigger_at* is a Turkish participle whose subject that genitive is ("düzenlediği
    saldırıda" 'in the attack it carried out': ``genitive_participle`` in extract_words.csv)."""
    if trigger_at < 1 or lowered[trigger_at - 1] not in lexicon.words("genitive_participle"):
        return False
    return any(w.replace("’", "'").endswith(_GENITIVE_ENDINGS) for w in lowered[actor:min(actor + 2, trigger_at)])


def _subject_of_the_verbal_noun(lowered: Sequence[str], actor: int, trigger_end: int) -> bool:
    """Whether the actor at token *actor* is in the genitive and the attack verb ending at *trigger_end* is made a noun
    with the Turkish "-dığını" ('that it did': "İsrail'in ... hedef aldığını açıkladı"), whose subject the genitive
    is."""
    return lowered[trigger_end - 1].endswith(_VERBAL_NOUN_ENDINGS) \
        and lowered[actor].replace("’", "'").endswith(_GENITIVE_ENDINGS)


#: The Turkish endings of a verb made a noun in the accusative ("aldığını", "vurduğunu", "düzenlediğini").
_VERBAL_NOUN_ENDINGS = ("dığını", "diğini", "duğunu", "düğünü", "tığını", "tiğini", "tuğunu", "tüğünü")


#: The Turkish genitive endings of a subject: after an apostrophe ("İsrail'in", "ABD'nin"), or joined to a noun with
#: its n ("ordusunun").
_GENITIVE_ENDINGS = tuple(sorted({"'" + e for e in lexicon.GENITIVE} | {e for e in lexicon.GENITIVE if e[0] == "n"}))


def _light_verb_last(rest: Sequence[str]) -> bool:
    """Whether the words after an attack noun are its object and the light verb that ends the clause (Kurmanji
    "Îsraîl û Amerîkayê ... bi hev re êrîşî Îranê kir", Turkish "İsrail, Tahran başta olmak üzere İsfahan ve Tebriz
    kentlerine saldırı düzenledi"): the verb is last, as German puts it, and its subject may open the clause from far
    before (``light_verb`` in extract_words.csv)."""
    words = [w for w in rest if w[:1].isalpha()]
    return 0 < len(words) <= 4 and words[-1] in lexicon.words("light_verb")


def _the_dead_of_its_subject(lowered: Sequence[str], trigger_at: int) -> bool:
    """Whether the attack noun at *trigger_at* is the subject of the verb of the dead or wounded right after it, an
    adverb between or not: "the latest attacks lightly wounded a US soldier at the Tal Baydar base", "the attack killed
    two soldiers"; in Arabic, of the verb of what it caused (``caused_casualties``): "الموجة الأخيرة من الهجمات أسفرت عن
    إصابة جندي" 'the latest wave of attacks resulted in a soldier wounded'."""
    k = trigger_at + 1
    while k < len(lowered) and k - trigger_at <= 2 and lowered[k].endswith("ly"):
        k += 1
    if k >= len(lowered):
        return False
    word = lowered[k]
    return word in lexicon.words("killed") | lexicon.words("injured") and not word.endswith("ing") \
        or word in lexicon.words("caused_casualties")


def _attacks_as_subject(lowered: Sequence[str], trigger_at: int, phrase: str, c_first: int = 0) -> bool:
    """Whether the generic word is an attack noun right before an attack verb ("three strikes targeted"), or that verb
    right after one ("attacks hit"): ``attacks_subject`` and ``group_verb`` or ``attacks_verb`` in extract_words.csv,
    with an auxiliary (``auxiliary_between``) and adverbs (``passive_adverb``, ``french_adverb``) between or not: "the
    attacks also targeted Rehovot", "les attaques ont également visé Rehovot". One attack that opens its clause
    (``one_attack``: "An attack", "Un ataque") is the subject of that verb further on, past its day, its place and an
    aside (:data:`_SUBJECT_REACH` words, no full stop between): "An attack on Sunday night in Sanaa, the capital, hit
    a house"."""
    nouns, verbs = lexicon.words("attacks_subject"), lexicon.words("group_verb") | lexicon.words("attacks_verb")
    between = lexicon.words("auxiliary_between") | lexicon.words("passive_adverb") | lexicon.words("french_adverb")
    if phrase in nouns:
        verb_before = lowered[trigger_at - 1] if trigger_at > 0 else ""
        # (with its joined "and": "واستهدف الهجوم قاعدة حرير")
        verb_before = verb_before[particle_length(verb_before, lambda rest: rest in verbs):]
        if is_arabic(phrase) and verb_before in verbs:
            return True  # Arabic puts its verb before the subject: "استهدفت الهجمات ميناء الحديدة"
        k = trigger_at + 1
        # (past the adjective Arabic writes after the noun: "هجوماً مماثلاً طال" 'a similar attack hit'; past a state's
        # adjective after it, as French and Spanish write it, and the auxiliary of "took place": "Les frappes
        # américaines ont eu lieu", "los ataques israelíes tuvieron lugar")
        # (and past the relative pronoun before its past verb: "الهجمات التي طالت قاعدة عين الأسد" 'the attacks that
        # reached the Ain al-Asad base'; not after a preposition or a noun of their pace: "رد على الهجمات التي",
        # "وتيرة الهجمات التي", the attacks answered or counted)
        before = lowered[trigger_at - 1] if trigger_at else ""
        relatives = frozenset() if before in _PACE_OF_ATTACKS or before in lexicon.words("preposition") \
            else _ARABIC_RELATIVES
        skipped = (between | _ARABIC_ADJECTIVES | relatives if is_arabic(phrase) else between) - verbs
        while k < len(lowered) and k - trigger_at <= 4:
            state = lexicon.actors().match_at(lowered, k) if k == trigger_at + 1 and not is_arabic(phrase) else None
            if state is not None and state[0] == k + 1 and state[1][1]:
                k += 1
            elif lowered[k] in skipped or lowered[k:k + 2] in _TOOK_PLACE:
                k += 1
            else:
                break
        if k < len(lowered) and lowered[k] in verbs:
            return True
        if trigger_at + 1 < len(lowered) and lowered[trigger_at + 1] in lexicon.words("german_auxiliary"):
            # "der Angriff habe ein Trainingsgelände am Stützpunkt Al-Omar getroffen": German ends the clause on the
            # participle of the auxiliary right after its subject
            last = next((w for w in reversed(lowered[trigger_at + 2:]) if w.isalpha()), "")
            if last in verbs and not {".", ";", ",", "!", "?"} & set(lowered[trigger_at + 2:-1]):
                return True
        if trigger_at - 1 == c_first and lowered[c_first] in lexicon.words("one_attack"):
            for word in lowered[trigger_at + 1:trigger_at + 1 + _SUBJECT_REACH]:
                if word in (".", ";", "!", "?"):
                    return False
                if word in verbs:
                    return True
        return False
    if phrase not in verbs:
        return False
    if is_arabic(phrase) and lowered[trigger_at + 1:trigger_at + 2] and lowered[trigger_at + 1] in nouns:
        return True  # "استهدفت الهجمات ميناء الحديدة": the verb before its subject
    k = trigger_at - 1
    # (past the adjective Arabic writes after the noun: "عدوان مماثل استهدف" 'a similar aggression targeted')
    while k > 0 and trigger_at - k <= 3 and lowered[k] in (between | _ARABIC_ADJECTIVES) - nouns:
        k -= 1
    if k >= 0 and lowered[k] in nouns:
        return True
    return c_first + 1 < trigger_at <= c_first + 1 + _SUBJECT_REACH and lowered[c_first] in lexicon.words("one_attack") \
        and lowered[c_first + 1] in nouns and not {".", ";", "!", "?"} & set(lowered[c_first + 2:trigger_at])


#: The auxiliary of "took place" before its noun, in French and Spanish: the noun is an ``attacks_verb``.
_TOOK_PLACE = (["eu", "lieu"], ["tuvieron", "lugar"], ["tuvo", "lugar"])

#: The Arabic "aggression" Syrian and Lebanese outlets name a state's strike by.
_AGGRESSION = frozenset({"عدوان", "العدوان"})

#: Adjectives Arabic writes after an attack noun that is a verb's subject ("عدوان مماثل", "غارة إسرائيلية").
_ARABIC_ADJECTIVES = frozenset({"مماثل", "مماثلة", "آخر", "أخرى", "جديد", "جديدة", "إسرائيلي", "إسرائيلية"})

#: How many words may stand between aircraft and the verb they are the subject of ("Aircraft of unknown origin").
_SUBJECT_WORDS = 5


def aircraft_subject(lowered: Sequence[str], c_first: int, trigger_at: int) -> bool:
    """Whether an aircraft word (``aircraft`` in extract_words.csv) is the subject of the active attack verb at
    *trigger_at*: before it in its clause, with at most a short qualifier between ("of unknown origin"), no comma
    and no passive auxiliary ("the aircraft were hit" were what was hit)."""
    if trigger_at == 0 or lowered[trigger_at - 1] in ("was", "were", "been", "be", "being", "is", "are"):
        return False
    aircraft = lexicon.word_phrases("aircraft")
    for k in range(trigger_at - 1, max(c_first, trigger_at - _SUBJECT_WORDS - 2) - 1, -1):
        if lowered[k] in (",", ";", ":", "by", "at", "on", "against", "that", "which"):
            return False
        hit = aircraft.match_at(lowered, k)
        if hit is not None and hit[0] <= trigger_at:
            return True
    return False


def _carries_out(between: list[str]) -> bool:
    """Whether the words between a force and a strike word carry it out ("has carried out at least 16"), unbroken by
    a comma."""
    return bool(set(between) & lexicon.words("agent_verb")) and "," not in between


#: How many words may stand between "An attack" opening its clause and the verb it is the subject of.
_SUBJECT_REACH = 20


#: The words of a day told by the day before it, between an attack noun and its "on": "earlier that day", "the same
#: day", "later that day".
_TOLD_DAY_WORDS = frozenset({"earlier", "later", "that", "the", "same", "day"})


def _on_after_the_attack(lowered: Sequence[str], trigger_at: int) -> int | None:
    """The token of the "on" / "against" (``attack_on``) after an attack noun: right after it, or after the group
    that made it ("an attack by Kataib Hezbollah on Erbil Air Base", up to :data:`_BY_WORDS` words, no stop between);
    None when there is none."""
    on = lexicon.words("attack_on")
    k = trigger_at + 1
    # (past its day: "l'attaque du 28 janvier contre la Tour 22", "the attack of January 28 on Tower 22")
    j = k
    while j < len(lowered) and j - k < _DAY_WORDS and (lowered[j] in _OF_A_DAY or lowered[j].isdigit()
                                                        or datewords.word_at("month", lowered, j) is not None):
        j += 1
    if j > k and j < len(lowered) and lowered[j] in on and any(w.isdigit() for w in lowered[k:j]):
        return j
    if k < len(lowered) and lowered[k] in on:
        return k
    # (past a day told by the one before: "an attack earlier that day on Erbil Air Base", "the attack the same day on")
    j = k
    while j < len(lowered) and j - k < _DAY_WORDS and lowered[j] in _TOLD_DAY_WORDS:
        j += 1
    if j > k and j < len(lowered) and lowered[j] in on and "day" in lowered[k:j]:
        return j
    done = lexicon.word_phrases("agent_verb").match_at(lowered, k + 1) if lowered[k:k + 1] in (["was"], ["were"]) \
        else None
    if done is not None:
        j = done[0] + (lowered[done[0]:done[0] + 1] == ["out"])
        if j < len(lowered) and lowered[j] in on:
            return j  # (past its passive of carrying out: "an attack was carried out on the Harir base")
    if k < len(lowered) and lowered[k] == "by":
        for j in range(k + 1, min(len(lowered), k + 1 + _BY_WORDS)):
            if lowered[j] in on:
                return j
            if lowered[j] in (",", ".", ";", ":"):
                return None
    return None


#: How many words a day may take between an attack noun and its "on" ("du 28 janvier", "vom 28. Januar").
_DAY_WORDS = 5
#: The words that join a day to an attack noun ("of", "du", "del", "vom") and its parts ("de", ".").
_OF_A_DAY = frozenset({"of", "du", "de", "del", "vom", "des", "dell'", ".", "le", "the"})

#: How many words may name the group between "an attack by" and its "on".
_BY_WORDS = 10  # ("an attack by Iran-affiliated Kataib Hezbollah and affiliated groups on ...": hyphens are tokens)


def claims_attacks_on(sentence: Sentence, c_first: int, trigger_at: int, phrase: str, dates: list) -> bool:
    """A claim of attacks at places it names: "claimed attacks (that day) on al-Tanf", "took responsibility for an
    attack against the Harir base" (a name after "on", not a day, not forces: "attacks on US forces"; not a tally:
    "claimed dozens of attacks on ..."). Other languages say it alike, the site word before its name: "a revendiqué
    une attaque contre la base d'Aïn al-Assad", "reivindicó un ataque contra la base de Harir", "reklamierte einen
    Angriff auf den Stützpunkt Ain al-Asad" (``claimed_attack``, ``attack_on`` and ``claim_verb`` in
    extract_words.csv; the articles and site words between are skipped: ``site_article``)."""
    lowered = sentence.lowered
    before = set(lowered[c_first:trigger_at])
    claims = lexicon.words("claim_verb")
    # (Arabic joins its "and" to the verb: "وتبنت الفصائل هجوماً على قاعدة عين الأسد" 'and the factions claimed an
    # attack on the Ain al-Asad base')
    before |= {w[particle_length(w, claims.__contains__):] for w in before if is_arabic(w)}
    # (a report of attacks too, of a day the clause tells: "local media reported attacks on the Conoco field on
    # Tuesday", "medios locales informaron el martes de ataques contra ..."; ``report_verb``)
    reported = before & lexicon.words("report_verb") and any(c_first <= d.first and d.precision == "day"
                                                              for d in dates)
    if phrase not in lexicon.words("claimed_attack") or not (before & claims or reported) \
            or before & lexicon.words("tally_number"):
        return False
    # (past a day told between: "announced fresh attacks late on Sunday on the US base at al-Tanf")
    day = next((d for d in dates if trigger_at + 1 <= d.first <= trigger_at + 3), None)
    skip = day.last if day is not None and not set(lowered[trigger_at + 1:day.first]) - _DAY_LEADS else trigger_at + 1
    after = lowered[skip:skip + 3]
    at = next((skip + k for k, w in enumerate(after) if w in lexicon.words("attack_on")), None)
    if at is None or any(d.first == at + 1 for d in dates):
        return False
    name = at + 2 if lowered[at + 1:at + 2] == ["the"] else at + 1
    # (a state's name before the site word owns the site: "the US base at al-Tanf", not "US forces")
    owner = next((end for start, end, _ in lexicon.actors().find(lowered[name:name + 4]) if start == 0), 0)
    if owner and name + owner < len(lowered) and is_descriptor(sentence.tokens[name + owner].text):
        name += owner
    while name < min(len(lowered), at + 5 + owner) and (lowered[name] in lexicon.words("site_article")
                                                        or is_descriptor(sentence.tokens[name].text)
                                                        or lowered[name] in _SITE_AT
                                                        and is_descriptor(sentence.tokens[name - 1].text)):
        name += 1  # "la base de", "den Stützpunkt", "the base at": the words before a name
    # the name's first word, joined across hyphens ("al-Tanf")
    word = sentence.tokens[name:name + 3]
    word = word[:next((k for k in range(1, len(word)) if word[k].start != word[k - 1].end), len(word))]
    # (Arabic has no capitals: its site word stands before the name, "هجوم على قاعدة حرير")
    capitalised = any(ch.isupper() for t in word for ch in t.text)
    return name < len(lowered) and (capitalised or is_arabic(lowered[name]) and name > at + 1
                                    and is_descriptor(sentence.tokens[name - 1].text)) \
        and not any(start == 0 for start, _, _ in lexicon.actors().find(lowered[name:name + 4]))


#: The prepositions between a site word and its place's name: "the US base at al-Tanf", "the base in Shaddadi".
_SITE_AT = frozenset({"at", "in", "near"})
#: Words that may lead a day told between a claimed attack and its "on": "attacks late on Sunday on".
_DAY_LEADS = frozenset({"late", "early", "on"})
