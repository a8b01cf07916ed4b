"""The clauses of a sentence: cut at linking words ("after", "in response to", "followed"), at a comma that ends a
fronted clause, at "; ", ", and" and "while" between two event words, at a comma before a consequence ("..., prompting"), and before a background after a comma ("..., part of a
series of attacks"); not at a comma inside a list of names or at "among them" that opens the list of places hit.
Within a clause, a date binds to the event word whose noun phrase holds it ("the January 28 drone attack", "the
attack on Israel on April 13") before it can date another; with a demonstrative ("Those February 3 strikes") it
dates the undated event of its kind told just before."""
from __future__ import annotations

from typing import Any, Sequence

from geoincidents.extract import datewords, lexicon, particles
from geoincidents.extract.counts import MUNITION_TYPES
from geoincidents.extract.monthdates import arabic_ordinal_word
from geoincidents.extract.names import calendar_words
from geoincidents.extract.text import Sentence
from geoincidents.schema import EVENT_GROUPS
from geoincidents.spans import last_day

__all__ = ["clauses_of", "clock_at", "clause_text", "tolled", "bound_to", "in_noun_phrase", "dates_of_event",
           "event_date", "date_told_back", "onset_of_a_war", "german_passive_participle"]


#: What may follow the hour of a clock time written with digits ("9:30", "10 pm", "21h30", "22 Uhr").
_CLOCK_MARKS = frozenset({":", ".", "pm", "am", "p", "a", "h", "uhr"})


def clock_at(lowered: Sequence[str], k: int) -> bool:
    """Whether a clock time written with digits starts at token *k* ("9 : 30", "10 pm")."""
    return k + 1 < len(lowered) and lowered[k].isdigit() and len(lowered[k]) <= 2 and lowered[k + 1] in _CLOCK_MARKS \
        and (lowered[k + 1] not in (":", ".") or k + 2 < len(lowered) and lowered[k + 2].isdigit())


def clause_comma(sentence: Sentence, start: int) -> int | None:
    """The first comma after token *start* that ends a clause, not one that separates the names of a list
    ("Fordo, Natanz and Isfahan": a capitalised word after it and "and"/"or" within the next three tokens; in Hebrew
    and Arabic script a word after it and "and" joined to one of the next three), nor one
    inside brackets ("the Popular Mobilization Forces' (PMF, or Hashd al-Shaabi) Harakat al-Nujaba in Baghdad")."""
    lowered = sentence.lowered
    depth = past = 0
    for k in range(start, len(lowered) - 1):
        depth = max(0, depth + (lowered[k] in ("(", "[")) - (lowered[k] in (")", "]")))
        if lowered[k] not in (",", "،") or depth:  # (the Arabic comma too: "ردا على ...، أعلن")
            continue
        closing = None if k <= past else (_apposition_end(lowered, k) or _participle_aside_end(lowered, k))
        if k <= past or closing is not None:
            past = max(past, closing or 0)  # (the apposition's closing comma and "and" go on too)
            continue
        # (so does a list of places after its preposition, "after US strikes on three nuclear sites, at Natanz, Fordo
        # and Isfahan, in the early hours", and the parts of the event told one by one, "following three explosions,
        # one involving a storage tank at Tawke and the other ... at Peshkabir")
        listed = _names_listed_from(sentence, k + 1) or _sites_listed_after(sentence, k)
        # (Hebrew and Arabic write no capitals and join "and" to the next name: "פורדו, נתנז ואספהאן")
        uncased = particles.is_hebrew(lowered[k + 1]) or particles.is_arabic(lowered[k + 1])
        joined_and = uncased and any(len(w) > 2 and w.startswith(("ו", "و")) for w in lowered[k + 2:k + 5])
        if not listed and not joined_and:
            return k
    return None


def _sites_listed_after(sentence: Sentence, comma: int) -> bool:
    """Whether the comma at *comma* opens the list of the places an event hit ("sites, at Natanz, Fordo and Isfahan":
    a preposition of place, then a list of names) or its parts told one by one
    ("explosions, one ... at Tawke and the other ...")."""
    lowered = sentence.lowered
    after = lowered[comma + 1:comma + 1 + _PARTS_TOLD_WORDS]
    if after[:1] == ["one"]:
        return any(after[j:j + 2] == ["the", "other"] or after[j] == "another" for j in range(2, len(after)))
    return lowered[comma + 1] in _PLACE_PREPOSITIONS and _names_listed_from(sentence, comma + 2)


def _names_listed_from(sentence: Sentence, k: int) -> bool:
    """Whether a list of names opens at token *k*: a capitalised word, and "and"/"or" within the next three tokens
    ("Fordo, Natanz and Isfahan")."""
    return k < len(sentence.tokens) and sentence.tokens[k].text[:1].isupper() \
        and any(w in ("and", "or") for w in sentence.lowered[k + 1:k + 4])


#: The prepositions that may open a list of the places an event hit after its comma ("sites, at Natanz, Fordo and
#: Isfahan").
_PLACE_PREPOSITIONS = frozenset({"at", "in", "near", "including"})
#: How many words the parts of an event told one by one may take before "the other" ("one involving a small storage
#: tank at Tawke and the other").
_PARTS_TOLD_WORDS = 16


#: How many words an apposition inside a fronted clause may hold ("struck the port of Hodeidah, on the Red Sea coast,
#: and a cement plant in Bajil").
_APPOSITION_WORDS = 8


def _apposition_end(lowered: Sequence[str], comma: int) -> int | None:
    """The comma that closes an apposition opened by the comma at *comma*, when a second comma and "and" close it
    with no event word in it ("a day after Israeli jets struck the port of Hodeidah, on the Red Sea coast, and a
    cement plant in Bajil", "el puerto de Hodeida, en la costa del mar Rojo, y una cementera en Bajil"): the clause
    goes on past both; else None."""
    end = next((j for j in range(comma + 2, min(len(lowered) - 1, comma + 2 + _APPOSITION_WORDS))
                if lowered[j] in (",", "،")), None)
    if end is None or lowered[end + 1] not in lexicon.LIST_CONJUNCTIONS:
        return None
    inside = lowered[comma + 1:end]
    return None if lexicon.trigger_table().find(list(inside)) or set(inside) & lexicon.attack_or_firing_words() \
        else end


#: How many words a participle's aside inside a fronted clause may hold ("a day after an Israeli air strike, carried
#: out without warning before dawn on Saturday, flattened a building in Basta").
_PARTICIPLE_ASIDE_WORDS = 12


def _participle_aside_end(lowered: Sequence[str], comma: int) -> int | None:
    """The comma that closes an aside opened at *comma* by an English past participle ("-ed", "carried out without
    warning before dawn on Saturday") when the word after it is the verb of the event, one that hits, damages or kills
    ("a day after an Israeli air strike, carried out without warning before dawn on Saturday, flattened a building in
    Basta"): the clause goes on past both commas; else None."""
    if comma + 1 >= len(lowered) or not (lowered[comma + 1].endswith("ed") and lowered[comma + 1].isalpha()):
        return None
    end = next((j for j in range(comma + 2, min(len(lowered) - 1, comma + 2 + _PARTICIPLE_ASIDE_WORDS))
                if lowered[j] in (",", "،")), None)
    verbs = lexicon.words("attack_word") | lexicon.words("damage_verb") | lexicon.words("killed")
    return end if end is not None and lowered[end + 1] in verbs else None


def tells_of_the_event(words: Sequence[str]) -> bool:
    """Whether *words* (a relative clause, to the sentence's end) name fire or its toll (a trigger of the table, a word
    of the ``killed`` or ``injured`` groups)."""
    return bool(lexicon.trigger_table().find(list(words))) or tolled(words)


def tolled(words: Sequence[str]) -> bool:
    """Whether *words* tell people killed or wounded (the ``killed`` phrases, the ``injured`` words)."""
    return bool(lexicon.word_phrases("killed").find(list(words)) or set(words) & lexicon.words("injured"))


#: How many words after the last name of a list may hold no event word ("including Hodeidah, and Sana'a with the West
#: deciding ...": a list; "struck Hodeidah, and Houthis fired back": two clauses).
_AFTER_THE_LAST_NAME = 4


def _last_name_of_a_list(sentence: Sentence, comma: int) -> bool:
    """Whether ", and" at *comma* brings the last name of a list of names (a capitalised word before the comma and after
    "and", with no event word right after that name), not a new clause."""
    tokens, lowered = sentence.tokens, sentence.lowered
    if comma < 1 or comma + 2 >= len(tokens) or lowered[comma + 1] != "and":
        return False
    name = comma + 2
    after = list(lowered[name:name + 1 + _AFTER_THE_LAST_NAME])
    if "and" in after[1:]:
        # ("raided the towns of Rab Tlatine, Kfarkila, and Blida and struck al-Bayyada": the subject's second verb,
        # after the list has closed)
        after = after[:after.index("and", 1)]
    return tokens[comma - 1].text[:1].isupper() and tokens[name].text[:1].isupper() \
        and not lexicon.trigger_table().find(after)


#: How many words after a second verb of strike its place must begin within ("and targeted sites in the Akashat area").
_SECOND_PREDICATE_REACH = 6


def _relative_after(lowered: Sequence[str], k: int) -> int:
    """The token opening the first aside after *k* on the name before it (", where", ", which": ``relative_aside``),
    else the end of the sentence."""
    asides = lexicon.words("relative_aside")
    return next((j for j in range(k + 1, len(lowered)) if lowered[j] in asides and lowered[j - 1] == ","),
                len(lowered))


def hung_clauses(lowered: Sequence[str], clauses: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The clauses of a sentence hung by a link to an earlier event ("comes after", "in retaliation for",
    "following") on a clause before them that tells an event of its own ("The bombing of al-Tanf comes after ...";
    not "The district is in flames after strikes late on Wednesday", where the hung clause tells the event), not
    by a link that opens a list ("among them")."""
    link, listing, table = lexicon.word_phrases("clause_link"), lexicon.words("list_link"), lexicon.trigger_table()
    hung = []
    for k, (first, last) in enumerate(clauses):
        hit = link.match_at(lowered, first) if k else None
        if hit is not None and " ".join(lowered[first:hit[0]]) not in listing \
                and table.find(lowered[clauses[k - 1][0]:first]):
            hung.append((first, last))
    return hung


def _second_predicate(sentence: Sentence, comma: int) -> bool:
    """Whether ", and" at *comma* brings a second verb of strike for the same subject, with a name after it ("The
    strikes extended into Anbar, and targeted sites in the Akashat area"): more of the same event, not a clause of
    its own ("..., and hit several buildings" names no place of its own: a clause apart)."""
    lowered = sentence.lowered
    if lowered[comma + 1] != "and":
        return False
    verb = comma + 2 + (lowered[comma + 2:comma + 3] == ["also"])
    found = lexicon.trigger_table().find(lowered[verb:verb + 1])
    return bool(found) and all(f[2].event_type == "strike" for f in found) and any(
        t.text[:1].isupper() for t in sentence.tokens[verb + 1:verb + 1 + _SECOND_PREDICATE_REACH])


#: How many words after "and" the second event's trigger must begin within ("and two rockets struck").
_SECOND_FIRE_REACH = 3


#: Words that may stand between "and" and the second verb of fire of one subject ("and at the same time fired").
_AT_THE_SAME_TIME = frozenset({"at", "the", "same", "time", "also", "then", "simultaneously", "later"})


#: Words between a verb of saying after "and" and the verb of fire it reports ("and said it had also fired").
_SAID_IT_HAD = frozenset({"it", "they", "that", "had", "has", "have"})


def _another_weapon_fired(lowered: Sequence[str], k: int, table: Any) -> bool:
    """Whether "and" at token *k* opens a second verb of fire of the same subject, past "at the same time" or "also",
    whose weapon is of another type than the one fired before it ("launched a squadron of drones at the base and at
    the same time fired dozens of rockets towards Nahariya"; "claimed a drone attack on the Golan and said it had
    fired a cruise missile at Haifa"): two attacks, each with its own places."""
    verbs = lexicon.words("firing_verb")
    j = k + 1
    said = lowered[j:j + 1] and lowered[j] in lexicon.words("statement_verb")
    if said:
        j += 1  # "claimed a drone attack on X and said it had fired a cruise missile at Y"
        while j < len(lowered) and j < k + 5 and lowered[j] in _SAID_IT_HAD:
            j += 1
    while j < len(lowered) and lowered[j] in _AT_THE_SAME_TIME:
        j += 1
    if j >= len(lowered) or lowered[j] not in verbs:
        return False
    before = {f[2].event_type for f in table.find(lowered[:k]) if f[2].event_type in MUNITION_TYPES}
    after = [f[2].event_type for f in table.find(lowered[j + 1:j + 6]) if f[2].event_type in MUNITION_TYPES]
    return len(before) == 1 and bool(after) and after[0] not in before and (
        bool(said) or any(w in verbs for w in lowered[:k]))


#: The prepositions that, right after "and", go on with the verb before it ("... in three attacks on X and in one
#: attack on Y"): a second phrase of the same clause.
_IN_AN_EVENT = frozenset({"in", "during"})


def _second_fire(sentence: Sentence, k: int) -> bool:
    """Whether "and" at token *k* joins two events, each told with its own trigger and the first with its place
    ("Drones targeted al-Tanf and rockets hit Ain al-Asad", "Israel struck Beirut and Hezbollah fired rockets at
    Haifa"): a trigger begins within ``_SECOND_FIRE_REACH`` words after "and" (or after a group's name there), past
    lower-case words only (not a list of places: "struck Beirut and Tyre with missiles"); no verb follows "and" (a
    second predicate of the same subject stays in its clause, which names the actor); and a verb of fire or attack,
    then a name, stand between the first trigger before "and" and "and" (not a pair of weapons: "rockets and drones
    targeted X", "drones from Iraq and rockets from Syria hit the Golan")."""
    lowered, tokens = sentence.lowered, sentence.tokens
    table = lexicon.trigger_table()
    if _another_weapon_fired(lowered, k, table):
        return True  # "launched drones at the base and at the same time fired rockets at Acre": another weapon
    if lowered[k + 1:k + 2] and lowered[k + 1] in lexicon.attack_or_firing_words():
        return False  # "launched drones at X and fired more drones at Y": one subject, one clause
    if lowered[k + 1:k + 2] and lowered[k + 1] in _IN_AN_EVENT:
        return False  # "shot down drones in three attacks on Ain al-Asad and in one attack on al-Tanf": one verb
    actor = lexicon.actors().match_at(lowered, k + 1)
    subject = actor[0] if actor is not None else k + 1  # past a group's name ("and Hezbollah fired rockets")
    # (not a weapon that names a site: "targeted Kataib Sayyid al-Shuhada and UAV facilities in Albukamal")
    after = [f for f in table.find(lowered[subject:subject + _SECOND_FIRE_REACH + 2]) if f[0] < _SECOND_FIRE_REACH
             and not lexicon.names_a_site(lowered, subject + f[1], subject + f[0])]
    if not after:
        return False
    start = min(f[0] for f in after) + subject
    if any(tokens[j].text[:1].isupper() for j in range(subject, start)):
        return False
    before = table.find(lowered[:k])
    if not before or (start == k + 1 and any(f[1] == k for f in before)):
        return False  # (a pair of weapons: "a barrage of drones and missiles at Israel")
    first = min(f[0] for f in before)
    verbs = lexicon.attack_or_firing_words()
    told = [j for j in range(first, k) if lowered[j] in verbs]  # "Drones from Iraq and rockets from Syria": no verb
    # (a date's month is no name: "Iran hit back on April 13, firing 150 missiles and 170 drones at Israel")
    return bool(told) and any(tokens[j].text[:1].isupper() and lowered[j] not in calendar_words()
                              for j in range(told[0] + 1, k))


def _arabic_and_a_verb(word: str) -> bool:
    """ "..., واستهدفت مسيرة منزلا في بليدا" '..., and a drone targeted a house in Blida': Arabic writes "and" joined to
    the verb that opens the next clause; after a comma it opens a clause of its own, as ", and" does (so does "في حين"
    or "بينما" 'while' after a comma)."""
    # (and the verb alone after a comma, when a long phrase of the cause opened the sentence: "في إطار الرد على
    # جريمة اغتيال ... في بلدة مجدل سلم، هاجم مجاهدو المقاومة الإسلامية ...")
    verbs = lexicon.attack_or_firing_words()
    return len(word) > 2 and (word[0] == particles.ARABIC_AND and word[1:] in verbs
                              or particles.is_arabic(word) and word in verbs)


def _persian_verb_closing(lowered: Sequence[str], k: int) -> bool:
    """Whether the noun at *k* and the light verb after it close the sentence, as Persian ends its clause on its verb
    ("پهپادی به میدان نفتی تاوکه، واقع در زاخو، حمله کرد" 'a drone attacked the Tawke field, located in Zakho'): the
    comma before it closes an aside, and opens no clause."""
    return k + 1 < len(lowered) and lowered[k + 1] in _PERSIAN_LIGHT_VERBS \
        and (k + 2 == len(lowered) or lowered[k + 2] in (".", "؛", ":"))


#: The light verbs a Persian clause ends on after its noun ("حمله کرد" 'attacked', "هدف قرار گرفت").
_PERSIAN_LIGHT_VERBS = frozenset({"کرد", "کردند", "شد", "شدند", "گرفت", "گرفتند", "داد", "دادند"})


def _arabic_second_predicate(lowered: Sequence[str], comma: int) -> bool:
    """Whether the Arabic verb with "and" joined after *comma* is a second generic verb of strike for the same subject
    ("شنّ عدوانه من اتجاه الجولان، واستهدف نقاطاً في ريف درعا" '..., and targeted posts in Daraa countryside'): no
    weapon or actor after it as its own subject (not "، واستهدفت مسيرة منزلا" 'and a drone targeted a house')."""
    table = lexicon.trigger_table()
    # (or the verb alone, whose subject is the strikes told before: "سلسلة غارات على محافظة الحديدة، استهدفت ميناء
    # الحديدة" 'a series of raids on Hodeidah province, which targeted the port of Hodeidah')
    word = lowered[comma + 1]
    verb = word[1:] if word[:1] == particles.ARABIC_AND and word[1:] in lexicon.attack_or_firing_words() else word
    found = table.find([verb])
    if not found or any(f[2].event_type != "strike" for f in found) or comma + 2 >= len(lowered):
        return False
    after = comma + 2
    whole = table.match_at(lowered, comma + 1)  # ("واستهدفت مسيرة" 'and a drone targeted': a trigger of two words)
    # (nor a subject whose state's adjective follows its noun: "واستهدف الجيش الإسرائيلي منزلا")
    return (whole is None or whole[0] <= after) and table.match_at(lowered, after) is None \
        and all(lexicon.actors().match_at(lowered, k) is None for k in (after, after + 1))


#: How many words after a fronted clause's comma a share of its fire may be told ("..., several of them fell").
_SHARE_REACH = 4


#: Arabic 'while' after a comma ("، بينما", "، فيما"): a clause of its own, though the first tells no fire.
_ARABIC_WHILE = frozenset({"بينما", "فيما"})


def _another_day_after(lowered: Sequence[str], comma: int) -> bool:
    """ "، وفي السادس والعشرين من الشهر ذاته قصفت" 'and on the 26th of the same month ... bombed': Arabic "and on"
    with the ordinal of a day after a comma opens another time, and the event told in it."""
    return lowered[comma + 1:comma + 2] == ["وفي"] and comma + 2 < len(lowered) \
        and arabic_ordinal_word(lowered[comma + 2])


def _hebrew_and(word: str) -> bool:
    """Whether a Hebrew word opens with "ו" 'and' joined to it ("ובלילה" 'and at night'), as "and" after a comma."""
    return particles.is_hebrew(word) and word.startswith("ו") and len(word) > 3


def _share_of_it(lowered: Sequence[str], comma: int) -> bool:
    """Whether the words after the comma that ends a fronted clause tell a share of what it told ("After Iran fired
    200 missiles at Israel, several of them fell inside Nevatim", "بعد إطلاق مئتي صاروخ على إسرائيل، سقط عدد منها
    داخل قاعدة نيفاتيم"): the same event goes on, in the same clause (``partitive_back`` in extract_words.csv)."""
    return any(f[0] < _SHARE_REACH for f in lexicon.word_phrases("partitive_back").find(
        lowered[comma + 1:comma + 1 + _SHARE_REACH + 1]))


#: Words that may open the clause of another side after a comma, before its name ("with Hezbollah saying", French
#: "le Hezbollah ayant affirmé").
_SIDE_OPENERS = frozenset({"with", "avec", "con", "mit", "the", "le", "la", "les", "el", "los", "il", "der", "die"})


def _another_side_after(sentence: Sentence, comma: int) -> bool:
    """Whether the comma at *comma* opens the fire of another side, told in the same sentence: a side (an actor of the
    table) names itself within two words after the comma, fire is told both before and after, and the side before is
    another ("Four people were killed in an Israeli strike in southern Lebanon, with Hezbollah saying it fired dozens
    of rockets at northern Israel", "..., le Hezbollah ayant affirmé tirer des roquettes sur le nord d'Israël")."""
    from geoincidents.extract.cues import actors_in

    lowered, table = sentence.lowered, lexicon.trigger_table()
    at = comma + 1
    while at < len(lowered) and at - comma <= 2 and lowered[at] in _SIDE_OPENERS:
        at += 1
    after = [a for a in actors_in(sentence, at, min(len(lowered), at + 4)) if a[0] == at]
    if not after or not table.find(lowered[:comma]) or not table.find(lowered[at:]):
        return False
    before = {a[1] for a in actors_in(sentence, 0, comma)}
    return bool(before) and after[0][1] not in before


#: Words after a comma that join a second clause of its own: "and", "while", "but", "as" ("..., tandis que l'artillerie
#: pilonnait les environs de Yohmor", "mientras", "während", "mentre").
_WHILE_JOINERS = frozenset({"and", "while", "but", "as", "tandis", "mientras", "während", "mentre"})

#: "And" in French, Spanish, German and Italian: after a comma and before a day it opens a clause of its own.
_AND_ABROAD = frozenset({"y", "et", "und", "e"})


def _a_day_opens(lowered: Sequence[str], k: int) -> bool:
    """Whether a day's number or a weekday opens the words at token *k*, past an article or "on" ("el 7 de
    septiembre", "le 3 mars", "am Sonntag", "il 5 luglio")."""
    k += lowered[k:k + 1] in (["el"], ["le"], ["am"], ["il"], ["on"], ["lo"], ["la"])
    return k < len(lowered) and (lowered[k].isdigit() or lowered[k] in datewords.ENGLISH_WEEKDAYS
                                 or datewords.word_at("weekday", lowered, k) is not None)


#: "and that" opening a second thing said ("et que", "y que", "und dass", "e che").
_AND_THAT = frozenset({("and", "that"), ("et", "que"), ("et", "qu'"), ("y", "que"), ("und", "dass"), ("e", "che")})


#: The past endings of a Turkish finite verb (the reported -mış and the seen -dı, in their vowel and voicing forms; the
#: pluperfect "-mıştı" ends as the seen past does).
_TURKISH_PAST = ("mış", "miş", "muş", "müş", "dı", "di", "du", "dü", "tı", "ti", "tu", "tü")


def _turkish_verb_of_fire(word: str) -> bool:
    """Whether *word* is a Turkish verb of fire or hitting in a past tense ("düşürülmüş", "vurdu", "düşmüştü"): a
    trigger or an attack word with a past ending."""
    return word.endswith(_TURKISH_PAST) and (word in lexicon.words("attack_word")
                                            or bool(lexicon.trigger_table().find([word])))


#: How many words the day after "since" may take before its ", when" ("since Feb. 2, when", "since late January, when").
_SINCE_A_DAY = 5


def said_of_another(lowered: Sequence[str], k: int) -> bool:
    """Whether token *k* is the "که" ('that') after a Persian verb of saying (``persian_statement_verb``) and an actor
    opens the clause after it (past quotation marks)."""
    if lowered[k] != "که" or not lexicon.word_phrases("persian_statement_verb").ends_before(lowered, k):
        return False
    j = k + 1
    while j < len(lowered) and lowered[j] in _QUOTES:
        j += 1
    return lexicon.actors().match_at(lowered, j) is not None


#: Quotation marks that may open what was said.
_QUOTES = frozenset({"«", "»", '"', "“", "”"})


#: How many words a fronted link may run to its comma ("Before the Sunday strike on the Kirkuk airfield,").
_FRONTED_LINK_WORDS = 10


#: Words of a death from wounds, which may come days after the fire that caused them.
_DIED_OF_WOUNDS = frozenset({"wounds", "injuries", "succumbed"})


def clauses_of(sentence: Sentence) -> list[tuple[int, int]]:
    """Token ranges of the clauses of a sentence."""
    lowered = sentence.lowered
    trigger_table = lexicon.trigger_table()
    cuts = [0]
    for start, end, _ in lexicon.word_phrases("clause_link").find(lowered):
        if start <= cuts[-1] + 1 and start > 3:
            continue
        if lowered[start] == "after" and start > 0 and lowered[start - 1] in lexicon.words("pursuit_verb"):
            continue  # "the second drone to go after the field": a pursuit, not an earlier event
        if lowered[start] == "بعد" and start > 0 and lowered[start - 1] == "على":
            continue  # "على بعد بضعة كيلومترات من" 'a few kilometres from': a distance, not "after"
        if set(lowered[end:end + 1]) & lexicon.words("time_of_day") or clock_at(lowered, end):
            continue  # "US airstrikes carried out after midnight near the border", "shortly after 9:30 p.m. on
            # Monday": a time, not another event
        if end - start == 1 and lowered[start] in ("after", "following") and not trigger_table.find(lowered[:start]) \
                and set(lowered[cuts[-1]:start]) & (lexicon.words("killed") | lexicon.words("injured")
                                                    | lexicon.words("aftermath")) \
                and not set(lowered[cuts[-1]:start]) & _DIED_OF_WOUNDS:
            continue  # "Three people were killed overnight in Haifa after an Iranian missile struck near a residential
            # building": the fire that killed them, in the place told, one event (so are the ruins rescuers search:
            # "Rescuers are digging through collapsed buildings in Qana ... after an Israeli air strike"); not one who
            # died of wounds, maybe days on ("died of his wounds at 1 a.m. on Tuesday after a missile struck his house"
            # the evening before: the day is the death's)
        if lowered[end - 1] == "followed" and lowered[end:end + 1] == ["by"]:
            continue  # "the assault was followed by further attacks": a later event, in the same clause
        if " ".join(lowered[start:end]) in lexicon.words("list_link") \
                and not trigger_table.find(lowered[end:_relative_after(lowered, end)]):
            continue  # "missiles hit locations across Israel, among them an industrial area in Ashdod": the list
            # (an event told in an aside on the list's last name is the list's too: "drones flew towards several
            # cities, among them Tel Aviv and Jerusalem, where explosions rang out")
        fronted = not trigger_table.find(lowered[:start])
        if start > cuts[-1] + 1:
            cuts.append(start)
        means = next((k for k, _, _ in lexicon.word_phrases("means_of_fire").find(lowered[end:]) if k), None) \
            if lexicon.word_phrases("same_day_link").match_at(lowered, start) is not None else None
        if means is not None:
            # "The militias responded hours after the Maysalun raid by firing rockets at the Omar field": the means
            # go back to the verb the link hung on; the fire is the sentence's own event, not the raid's (after a
            # link of the same day only: "responded to the Israeli attack by firing rockets" keeps its subject)
            cuts.append(end + means)
        comma = clause_comma(sentence, start) if fronted else None
        # (nor at a second verb of the event the link tells, with "and" joined: "بعد هجوم مشابه نُفّذ مساء أمس بطائرة
        # مسيّرة، واستهدف حقل خورملة" 'after a similar attack carried out last night by drone, which targeted the
        # Khurmala field')
        if comma is not None and comma + 1 < len(lowered) and not _share_of_it(lowered, comma) \
                and not (lowered[comma + 1][:1] == particles.ARABIC_AND and _arabic_second_predicate(lowered, comma)):
            # "On Monday, hours after the rockets landed near X, US forces shot down ...": the fronted
            # clause ends at its comma (not at a comma of a list inside it: "after the US struck Fordo,
            # Natanz and Isfahan, Iran fired ...").
            cuts.append(comma + 1)
    if lowered[:1] and lowered[0] in lexicon.words("fronted_link") and len(cuts) == 1:
        # "Before Sunday's strike, U.S. forces had hit facilities in Syria on three occasions": the event a sentence
        # opens with as the time before which it tells another is a clause of its own, up to its comma
        comma = clause_comma(sentence, 0)
        if comma is not None and comma + 1 < len(lowered) and comma <= _FRONTED_LINK_WORDS:
            cuts.append(comma + 1)
    for start, _, _ in lexicon.word_phrases("clause_break").find(lowered):
        if start > 1 and lowered[start - 1] in (",", "،") and not (lowered[start] in lexicon.words("relative_pronoun")
                                                            and tells_of_the_event(lowered[start + 1:])):
            # "..., part of a series of attacks": the background is a clause of its own; so is a relative clause about
            # the name before ("near the airport, which has lain unused since 2015"), unless it tells of the event
            # itself: fire, or the people it killed or wounded ("..., which wounded four soldiers").
            cuts.append(start)
    for k in range(len(lowered) - 1):
        if said_of_another(lowered, k):
            # "سپاه اعلام کرد که اسرائیل ... را هدف قرار داد" 'the Guards announced that Israel targeted ...': what
            # was said of another is a clause of its own, which its subject opens
            cuts.append(k + 1)
    consequence, statements = lexicon.words("consequence_link"), lexicon.words("statement_link")
    fire_nouns = lexicon.words("fire_noun")
    first_fire = next((k for k, word in enumerate(lowered) if word in fire_nouns), len(lowered))
    for k, word in enumerate(lowered[:-1]):
        # "Rockets struck X on Thursday, and a drone attack targeted Y": two events, two clauses.
        # ("..., prompting US strikes on Y": the later event the first one caused.)
        joined = word in (";", "؛") or (word == "," and lowered[k + 1] in _WHILE_JOINERS
                                 and not _last_name_of_a_list(sentence, k) and not _second_predicate(sentence, k)) or (
            # ("..., y el 7 de septiembre uno alcanzó la terminal": "and" of another language before a day of its own)
            word == "," and lowered[k + 1] in _AND_ABROAD and _a_day_opens(lowered, k + 2)) or (
            # ("the payback for the drone strike in Jordan last weekend is under way: on Friday US jets struck 85
            # targets": a colon before a day of its own opens another event)
            word == ":" and _a_day_opens(lowered, k + 1)) or (
            # (Persian writes "and" apart after its comma: "...کوبیده شد، و بار دیگر در ... هدف حملات ... قرار گرفتند")
            word == "،" and lowered[k + 1] == "و" and not _last_name_of_a_list(sentence, k)) or (
            word in (",", "،") and ((_arabic_and_a_verb(lowered[k + 1])  # "، واستهدفت مسيرة ..."
                                     and not _arabic_second_predicate(lowered, k)
                                     and not _persian_verb_closing(lowered, k + 1))
                                    # ("، وقد تصدت وسائط دفاعنا الجوي" 'and our air defences confronted': "and" with
                                    # the particle of a done deed opens another verb)
                                    or lowered[k + 1] in ("كما", "وكما", "وقد")  # "، كما استهدف أربيل" 'as it also targeted
                                    or lowered[k + 1:k + 3] == ["في", "حين"] or lowered[k + 1] in _ARABIC_WHILE
                                    # "، وفي السادس والعشرين من الشهر ذاته قصفت" 'and on the 26th of the same month
                                    # ... bombed': another time, another event
                                    or _another_day_after(lowered, k))) or (
            # (Hebrew joins "and" to the next word: "טיל נפל ליד גדרה, ורסיסים נפלו בהוד השרון" 'a missile fell near
            # Gedera, and fragments fell in Hod HaSharon': a word of fire with its "ו" after a comma opens another event;
            # not one with the article, the fire told again: "..., והטילים כוונו" 'and the missiles were aimed')
            word == "," and _hebrew_and(lowered[k + 1]) and not lowered[k + 1].startswith("וה")
            and any(f[0] == 0 for f in trigger_table.find(lowered[k + 1:k + 3]))) or (
            word == "and" and lowered[k + 1] == "for") or (  # "blamed for rocket fire on X and for the drone attack on Y"
            word == "," and lowered[k + 1] in consequence) or (
            # "..., adding that US artillery responded", "، مشيراً إلى أن": a statement of its own
            word in (",", "،") and lowered[k + 1] in statements)
        effects = word == "," and lowered[k + 1] in consequence
        # ("Sirens sounded around Meron, and rockets were aimed at Kiryat Shmona": where sirens sounded is a clause
        # apart from where the fire was aimed)
        # (a semicolon ends a clause whatever it tells: "this is not the first attack on the area; the enemy had
        # targeted it on 8 December")
        # (Arabic "، فيما" 'while' opens a clause of its own though the first tells no fire: "حلّق الطيران
        # الاستطلاعي فوق ... صور، فيما تعرّضت بلدة رامية لقصف مدفعي" 'recon planes flew over ... Tyre, while Ramyah was
        # shelled')
        # (nor does fire told as a bare noun: "The army blamed the fire from Lebanon on Hamas, and jets struck Tyre",
        # Hebrew "ייחס את הירי מלבנון לחמאס, ובלילה תקפו מטוסי קרב": where the fire came from is no place of the
        # strike)
        fire_noun = first_fire < k
        joined = joined or (word == "," and _hebrew_and(lowered[k + 1]) and fire_noun
                            and not trigger_table.find(lowered[:k]))
        if joined and (trigger_table.find(lowered[:k]) or set(lowered[:k]) & lexicon.words("siren") or fire_noun
                       or word in (";", "؛") or lowered[k + 1] in _ARABIC_WHILE
                       or (lowered[k + 1:k + 3] == ["في", "حين"] and tolled(lowered[k + 3:]))) \
                and (effects or trigger_table.find(lowered[k + 1:]) or tolled(lowered[k + 1:])):
            # (the dead or hurt of the fire told are a clause of their own, where they were its place: "no dead were
            # reported inside Israel, while a Palestinian was killed in the West Bank")
            # (what the event caused is a clause of its own even when it tells no event: "..., sparking a fire that
            # triggered power outages across the Kurdistan Region" is no target)
            cuts.append(k + 1)
        elif word == "," and k > 0 and _turkish_verb_of_fire(lowered[k - 1]) and trigger_table.find(lowered[k + 1:]):
            # "bir İHA düşürülmüş, aynı akşam ... iki İHA düşmüştü" 'a drone was downed, and that evening two drones
            # fell': Turkish ends a clause with its verb; a comma after a verb of fire opens the next event
            cuts.append(k + 1)
        elif word == "," and lowered[k + 1] == "when" and "since" in lowered[max(0, k - _SINCE_A_DAY):k] \
                and trigger_table.find(lowered[k + 2:]):
            cuts.append(k + 1)  # "the first since Feb. 2, when US bombers hit 85 targets": the event of that day
        elif word == "," and lowered[k + 1] == "and" and lowered[k + 2:k + 3] \
                and lowered[k + 2] in lexicon.words("subject_pronoun") \
                and any(f[0] <= 2 for f in trigger_table.find(lowered[k + 3:k + 6])):
            # "They were concentrated on the Iran Corridor in Deir ez-Zor, ..., and they also hit positions in Anbar":
            # a subject of its own with its verb of fire after ", and" opens another clause, with its own places
            cuts.append(k + 1)
        elif word == "," and _another_side_after(sentence, k):
            cuts.append(k + 1)  # "killed in an Israeli strike in southern Lebanon, with Hezbollah saying it fired ..."
        elif word == "and" and k > 0 and lowered[k - 1] != "," and _second_fire(sentence, k):
            cuts.append(k)  # "drones targeted al-Tanf and rockets hit Ain al-Asad": no comma, two weapons, two events
        elif (word, lowered[k + 1]) in _AND_THAT and trigger_table.find(lowered[:k]) \
                and (any(f[2].event_type != "strike" for f in trigger_table.find(lowered[k + 2:]))
                     or lexicon.word_phrases("aircraft").find(lowered[k + 2:])):
            # "says 150 rockets were fired overnight and that its aircraft hit 400 targets": two reports (not more of
            # the fire told first: "that several dozen warheads fell inside Nevatim and that a smaller number struck
            # Tel Nof")
            cuts.append(k)
        elif word == "while" and k > 0 and lowered[k - 1] != "," and trigger_table.find(lowered[:k]) \
                and trigger_table.find(lowered[k + 1:]):
            cuts.append(k)  # "rockets were fired at X while the Y base was targeted by drones": no comma, two events
        elif word == "since" and k > _SINCE_OPENING and trigger_table.find(lowered[:k]) \
                and _since_it_struck(lowered, k):
            # "Israel and Iran have traded fire since Israel launched strikes on Iran on June 13": the run told first
            # and the event it is counted from, each a clause with its own places and day
            cuts.append(k)
    cuts.append(len(lowered))
    cuts = sorted(set(cuts))
    return list(zip(cuts, cuts[1:]))


def _since_it_struck(lowered: Sequence[str], k: int) -> bool:
    """Whether the "since" at *k* opens a clause with a subject and its verb of attack or fire, within
    :data:`_SINCE_SUBJECT_WORDS` words ("since Israel launched strikes", "since US forces struck"), not a day or an
    event's noun ("since October 17", "since the strike that hit Tower 22")."""
    verbs = lexicon.words("attack_verb") | lexicon.words("firing_verb") | lexicon.words("strike_verb")
    after = lowered[k + 1:k + 2 + _SINCE_SUBJECT_WORDS]
    verb = next((j for j, w in enumerate(after) if w in verbs), None)
    subject = after[:verb] if verb is not None else []
    return bool(subject) and all(w.isalpha() and w not in lexicon.words("relative_pronoun") for w in subject) \
        and not lexicon.trigger_table().find(subject)


#: How many words the subject after "since" may have before its verb ("since the United States struck": three).
_SINCE_SUBJECT_WORDS = 3
#: How many words a sentence must tell before a "since" that opens a clause of its own.
_SINCE_OPENING = 3


def onset_of_a_war(lowered: Sequence[str], d: Any) -> bool:
    """Whether the date *d* is when a war, campaign or confrontation began, told in a relative clause ("the military
    confrontation that began on Friday", "the campaign which started last week"): the day of its start, not of the
    event the sentence tells (``onset_verb`` in extract_words.csv); so in French and Spanish, with the auxiliary
    ("la campagne aérienne, qui a commencé le 13 juin", "la ofensiva que comenzó el 13 de junio"), and as a participle
    after a comma ("su campaña de bombardeos sobre Yemen, iniciada el 15 de marzo"); and as the verb of a run of fire
    named as its subject ("The attacks on US forces began on Oct. 17": ``run_of_fire``)."""
    k = d.first - 1
    while k >= 0 and lowered[k] in _BEFORE_A_DAY:
        k -= 1
    if k < 1 or lowered[k] not in lexicon.words("onset_verb"):
        return False
    if lowered[k - 1] in (",", "،"):
        return True  # a participle in apposition: "su campaña de bombardeos sobre Yemen, iniciada el 15 de marzo"
    subject = lowered[max(0, k - _RUN_SUBJECT_WORDS):k]
    if set(subject) & lexicon.words("run_of_fire") and not set(subject) & {",", ";", ":"} \
            and "when" not in lowered[d.last:d.last + 4]:
        # the run's own verb: "The attacks on US forces began on Oct. 17." (not the day a clause of "when" tells: "The
        # war began on Friday last week, when Israel launched air strikes")
        return True
    k -= 1
    if k >= 1 and lowered[k] in _ONSET_AUXILIARIES:
        k -= 1
    return lowered[k] in _RELATIVES


#: How many words the subject of an onset verb may hold ("The militia attacks on US forces began on ...").
_RUN_SUBJECT_WORDS = 6
#: The words between an onset verb and its day ("began on Friday", "a commencé le 13 juin", "comenzó el 13").
_BEFORE_A_DAY = frozenset({"on", "in", "early", "late", "le", "la", "el", "en", "au", "à", "il"})
#: The auxiliaries of a French, Spanish or Italian compound past ("qui a commencé", "que había empezado").
_ONSET_AUXILIARIES = frozenset({"a", "avait", "ha", "había", "è", "era"})
#: The relative pronouns that open the clause ("that", "which", "qui", "que", "che").
_RELATIVES = frozenset({"that", "which", "qui", "que", "che"})


def clause_text(sentence: Sentence, first: int, last: int) -> str:
    tokens = sentence.tokens
    return sentence.text[tokens[first].start - sentence.start:tokens[last - 1].end - sentence.start + 6]


#: Words that end the noun phrase of an event word: a date beyond them is not told of that event.
_PHRASE_BREAK = frozenset({",", ";", ":", ".", "and", "or", "but", "after", "before", "since", "when", "that", "which",
                           "who", "while", "as", "until", "than", "said", "says", "was", "were", "had", "has", "have",
                           "is", "are", "the", "a", "an", "those", "these", "its", "their", "his", "her"})
_POSSESSIVE = frozenset({"'", "’", "s"})
#: Prepositions that lead from an event word to its date ("the attack on Israel on April 13", "in March 2022").
_DATE_LEAD = frozenset({"on", "in", "of"})


def bound_to(lowered: Sequence[str], d: Any, start: int, end: int, *, after: bool = True) -> bool:
    """Whether date *d* is told of the event word at tokens [start, end) of a sentence: inside its noun phrase
    before it ("the January 28 drone attack", "Sunday's rocket fire", "those February 3 strikes") or, when *after*,
    after it, led by "on"/"in"/"of" and past no clause word ("Iran's attack on Israel on April 13")."""
    if d.last <= start:
        gap = [w for w in lowered[d.last:start] if w not in _POSSESSIVE]
        return len(gap) <= 2 and not set(gap) & _PHRASE_BREAK
    if d.first >= end and after:
        # (a relative phrase needs no lead: "the attack on the Harir base a day earlier")
        gap = list(lowered[end:d.first])
        lead = gap[-1:] and (gap[-1] in _DATE_LEAD or d.text[:1].islower())
        return len(gap) <= 8 and (not gap or (lead and not set(gap[:-1]) & (_PHRASE_BREAK - {"the", "a", "an", "its", "their"})))
    return False


_DETERMINERS = frozenset({"the", "a", "an", "those", "these", "that", "this", "its", "their", "his", "her", "last"})


def in_noun_phrase(lowered: Sequence[str], d: Any, start: int) -> bool:
    """Whether date *d* stands inside the noun phrase of the event word at token *start*, after a determiner or
    with a possessive right after it ("claimed Sunday's attack", "the January 28 drone attack"): the event's own day,
    never the day a statement was made (not "on Friday condemned Thursday's attack": Friday's possessive is none)."""
    gap = lowered[d.last:start]
    return bound_to(lowered, d, start, start + 1, after=False) and (
        bool(set(gap[:1]) & _POSSESSIVE) or (d.first > 0 and lowered[d.first - 1] in _DETERMINERS))


def dates_of_event(lowered: Sequence[str], own: list, start: int, end: int, others: list[tuple[int, int]]) -> list:
    """A clause's own dates in the order they date its event word at [start, end): one told of that word first;
    one that names another event word of the clause ("Those February 3 strikes answered the January 28 drone
    attack": the strikes' day) last. (A day after another event word may be the same event's: "a missile struck
    the hospital early on Thursday".)"""
    def rank(d: Any) -> int:
        if bound_to(lowered, d, start, end):
            return 0
        return 2 if any(bound_to(lowered, d, s, e, after=False) for s, e in others) else 1

    return sorted(own, key=rank)



def _since_another(lowered: Sequence[str], d: Any, after: int, others: list[tuple[int, int]]) -> bool:
    """Whether date *d* comes after "since" (``since_word``, in its languages) that follows token *after*, and another
    event word follows that "since", before the day or after it ("since Hamas carried out, last weekend, a violent
    attack", "depuis que le Hamas a mené, le week-end dernier, une attaque"): the day that event opened a time since
    which this one is told, not this one's day."""
    words = lexicon.words("since_word")
    since = [k for k in range(after, d.first) if lowered[k] in words]
    # (not an event word a "when" after the day opens: "the first strike since February, when US forces hit 85
    # targets" tells the event the run starts from, and the strike takes no day of it)
    return bool(since) and any(since[0] < s < d.first or (s >= d.last and not _WHEN & set(lowered[d.last:s]))
                               for s, _ in others)


def _since_a_clause(lowered: Sequence[str], start: int, end: int) -> bool:
    """Whether a clause of "since that" opens between tokens *start* and *end*: "desde que", "depuis que", "seitdem",
    "منذ أن" (not "desde" or "depuis" alone, which also mean "from": "tirés depuis le Liban"; nor "seit", a preposition
    of its own: "seit Mitte Oktober")."""
    return any(lowered[k] in ("desde", "depuis") and lowered[k + 1:k + 2] in (["que"], ["qu'"])
               or lowered[k] == "seitdem" or lowered[k] == "منذ" and lowered[k + 1:k + 2] == ["أن"]
               for k in range(start, end))


#: Words that open a clause telling what happened at the same time as the clause before it.
_WHILE = frozenset({"while", "whilst", "as"})
#: Words that open a clause telling when (a day told before it, then what happened that day).
_WHEN = frozenset({"when", "lorsque", "quand", "als", "cuando", "quando", "когда"})


def _told_from(dates: list, d: Any, reach: int) -> int:
    """Where the look back from date *d* for the speaker or statement verb that makes it the day something was said
    starts: *reach* tokens before it, but never before the end of another date ("CENTCOM said on Sunday its forces
    on Feb. 10 had struck ...": Sunday is the day it was said, and the verb reaches past it to no other day)."""
    return max([d.first - reach, 0] + [e.last for e in dates if e is not d and e.last <= d.first])


#: The pronouns that open a relative clause after its comma (:func:`trailing_relative`, :func:`_relative_asides`).
_RELATIVE_PRONOUNS = frozenset({"which", "who", "whose"})


def _before_what_was_said(lowered: Sequence[str], d: Any, dates: Sequence[Any]) -> bool:
    """Whether the "that" of what was said comes right after the day *d*, past commas and the other words of its day,
    and what was said tells a day of its own ("اليوم السبت، أن ... أمس الجمعة" 'today, Saturday, that ... yesterday,
    Friday'; *dates*: the clause's days)."""
    k = d.last
    while k < len(lowered) and (lowered[k] in (",", "،") or any(o.first <= k < o.last for o in dates)):
        k += 1
    return k < len(lowered) and lowered[k] in lexicon.words("complementizer") and any(o.first > k for o in dates)


def trailing_relative(words: Sequence[str], after: int) -> int:
    """Where a relative clause opens after token *after* of *words* and runs to their end (the comma before "which",
    "who", "whose", or "where" after a place's noun), else their length: "rockets were aimed at Kiryat Shmona, which has
    been targeted repeatedly since October 8" tells the event before the comma, and of the place after it; so does
    "missiles landed on Dahiyeh, the southern suburb where the group's chief was killed last week"."""
    return next((j for j in range(after, len(words) - 1)
                 if (words[j] == "," and words[j + 1] in _RELATIVE_PRONOUNS
                     or words[j] == "where" and j > after and words[j - 1].isalpha())
                 and "," not in words[j + 2:]), len(words))


def dashed_appositions(lowered: Sequence[str], first: int, last: int) -> list[tuple[int, int]]:
    """The appositions between two dashes in tokens [*first*, *last*) that open with an article ("– a coalition of
    factions formed in October to oppose US support for Israel –"): what they tell is said of the name before them."""
    spans = []
    k = first
    while k < last - 1:
        if lowered[k] in _APPOSITION_DASHES and lowered[k + 1] in ("a", "an", "the"):
            close = next((j for j in range(k + 2, last) if lowered[j] in _APPOSITION_DASHES), None)
            if close is not None:
                spans.append((k, close))
                k = close
        k += 1
    return spans


#: The dashes that enclose an apposition (not the hyphen, which joins words: "one-way").
_APPOSITION_DASHES = frozenset({"–", "—"})


def _relative_asides(lowered: Sequence[str], first: int, last: int) -> list[tuple[int, int]]:
    """The relative asides between commas in tokens [*first*, *last*): from the comma before "which", "who" or "whose"
    to the comma that closes it."""
    spans = []
    for k in range(first, last - 1):
        if lowered[k] == "," and lowered[k + 1] in _RELATIVE_PRONOUNS:
            close = next((j for j in range(k + 2, last) if lowered[j] == ","), None)
            if close is not None:
                spans.append((k, close))
    return spans


def _in_figures(day: Any) -> bool:
    """Whether a date expression writes its day in figures ("15 July 2025", "15 Temmuz"), not counted ("the next day")."""
    return day.precision == "day" and any(ch.isdigit() for ch in day.text)


#: How many words may stand between a counted day and the day written out in apposition to it ("the next day, on the
#: morning of Tuesday 15 July": four).
_APPOSED_DAY_GAP = 6


def event_date(lowered: Sequence[str], dates: list, clauses: list[tuple[int, int]], clause: tuple[int, int],
               trigger: tuple[int, int], others: list[tuple[int, int]],
               hung: list[tuple[int, int]] = ()) -> tuple[list, Any, bool]:
    """The day of the event word at tokens *trigger* (start, end) of *clause* (start, end), in a sentence whose date
    expressions are *dates* and whose clauses are *clauses*; *others* are the clause's other event words. Returns the
    clause's own dates (the event word's first), the date chosen (None when there is none) and whether the clause
    hangs on the one before by a same-day link ("hours after"). *hung* are the sentence's :func:`hung_clauses`."""
    c_first, c_last = clause
    trigger_at = trigger[0]
    # (not the day of another event "since" opens after this one: "the first attack since the assassination of its
    # commander on Tuesday" is no attack of Tuesday)
    dates = [d for d in dates if not (c_first <= d.first < c_last and _since_another(lowered, d, trigger[1], others))]
    # (nor the day a run after the event word is counted from, in a clause of its own: "el primero dentro de Irak desde
    # que terminó el viernes la tregua" 'the first inside Iraq since the truce ended on Friday')
    dates = [d for d in dates if not (trigger[1] <= d.first < c_last and _since_a_clause(lowered, trigger[1], d.first))]
    # (nor the day a state the event left was "still" seen: "set off fires that firefighters were still battling on
    # Monday morning")
    dates = [d for d in dates if not (d.first > trigger[1] and "still" in lowered[max(trigger[1], d.first - 4):d.first])]
    # (nor a day told in an apposition between dashes that does not hold the event word: "the Islamic Resistance in
    # Iraq – a coalition of factions formed in October – announced an attack on the Conoco base")
    dates = [d for d in dates if not any(a <= d.first < b and not a <= trigger_at < b
                                         for a, b in dashed_appositions(lowered, 0, len(lowered)))]
    # (nor a day told in a relative clause after the event word: "Rockets hit Kiryat Shmona, which was targeted
    # last week")
    relative = c_first + trailing_relative(lowered[c_first:c_last], trigger[1] - c_first)
    own = [d for d in dates if c_first <= d.first < min(c_last, relative)]
    # (nor a day told in a relative aside before the event word, when the clause tells another: "In a separate
    # incident, which I mentioned at yesterday's gaggle, on November 29 US forces struck ...")
    asides = _relative_asides(lowered, c_first, trigger_at)
    own = [d for d in own if not any(a <= d.first < b for a, b in asides)] or own
    # (and the event word told in a "where" clause has that clause's day, not the main clause's: "On Saturday, fighters
    # were clearing rubble in al-Qaim, where a US airstrike had hit the night before")
    where = next((j for j in range(trigger_at - 1, c_first - 1, -1) if lowered[j] == "where"), None)
    if where is not None:
        own = [d for d in own if d.first > where] or own
    if len(own) > 1:
        # "the army said on Tuesday that a drone was intercepted overnight": the day it was said is not the event's.
        # ("On Tuesday, the group said it had attacked the base the previous day": said after the day too.)
        # ("a statement released in the early hours of Wednesday said that at 9:30 pm on Tuesday ...")
        told_on = [d for d in own if set(lowered[_told_from(own, d, 3):d.first]) & lexicon.words("speaker")
                   or set(lowered[_told_from(own, d, 6):d.first]) & lexicon.words("statement_verb")
                   or (d.first - c_first <= 1 and set(lowered[d.last:d.last + 5]) & lexicon.words("speaker"))
                   # (or right before its verb: "The envoy on Friday condemned Thursday's attack")
                   or lowered[d.last:d.last + 1] and lowered[d.last] in lexicon.words("statement_verb")
                   # (a verb-final language puts the verb of saying after the day: "îro 11.11.2020ê ji Basnewsê re
                   # ragihand: 'Şeva borî ...'" 'told Basnews today: last night ...')
                   or _said_after_the_day(lowered, d)
                   # (or right before the "that" of what was said, past a comma: "أعلن المتحدث باسم الحكومة،
                   # اليوم السبت، أن الضربات التي شنتها القوات الأمريكية أمس الجمعة" 'the spokesman announced today,
                   # Saturday, that the strikes the US forces carried out yesterday, Friday ...')
                   or d.last < trigger_at and _before_what_was_said(lowered, d, own)]
        # ("the group claimed Sunday's attack": a day inside the event's noun phrase is the event's)
        told_on = [d for d in told_on if not in_noun_phrase(lowered, d, trigger_at)]
        own = [d for d in own if d not in told_on] or own
        # "Those February 3 strikes answered the January 28 drone attack": the day told of the event word.
        own = dates_of_event(lowered, own, trigger_at, trigger[1], others)
        # "la violencia golpea la provincia de Deraa este mes: el 17 de marzo, bombardeos israelíes ...": a day of the
        # month told, nearer the event word, is its day
        coarse = own[0]
        finer = [d for d in own[1:] if coarse.precision in ("week", "month") and d.precision == "day"
                 and coarse.last <= d.first < trigger_at
                 and coarse.date <= d.date <= last_day(coarse.date, coarse.precision)]
        if finer:
            own = [finer[-1], *[d for d in own if d is not finer[-1]]]
        # "The next day, on the morning of Tuesday 15 July 2025, the Sarsang field came under attack", "Ertesi gün, 15
        # Temmuz 2025 Salı sabahı": the day written out in apposition to a counted one is the one meant
        written = next((e for e in own[1:] if _in_figures(e) and not _in_figures(own[0])
                        and 0 <= e.first - own[0].last <= _APPOSED_DAY_GAP), None)
        if written is not None:
            own = [written, *[d for d in own if d is not written]]
    # Else a date of the sentence outside every other clause that tells an event of its own.
    table = lexicon.trigger_table()
    # (nor in a clause hung on this one that tells of an earlier thing: "struck a power station, following
    # yesterday's threats by the minister" is no strike of yesterday)
    # ("Two days after these attacks, a drone hit Harir": the link's clause names the attacks it counts from; its day
    # is the sentence's)
    free = [d for d in dates if not relative <= d.first < c_last] if relative < c_last else dates
    free = [d for d in free if d.back or not any(f <= d.first < l and (f, l) != (c_first, c_last)
                                                  and table.find(lowered[f:l]) for f, l in clauses)
            and not any(f <= d.first < l and (f, l) != (c_first, c_last) for f, l in hung)]
    # (nor in a clause before this one told as its motive: "In response to the bombing in Kerman on 3 January, the
    # Guards fired missiles at Idlib" is no attack of 3 January)
    motive = lexicon.word_phrases("motive_link")
    free = [d for d in free if not any(f <= d.first < l and l <= c_first and motive.match_at(lowered, f) is not None
                                       for f, l in clauses)]
    own, free = _calendar_day_first(lowered, own), _calendar_day_first(lowered, free)
    chosen = own[0] if own else (free[0] if free else None)
    if not own and c_first > 1 and lowered[c_first] == "when" and lowered[c_first - 1] == ",":
        # "the first since Feb. 2, when US bombers hit 85 targets": the day the comma closes is the day of the event
        # the "when" tells
        chosen = next((d for d in dates if d.last == c_first - 1), chosen)
    same_day = c_first > 0 and lexicon.word_phrases("same_day_link").match_at(lowered, c_first) is not None
    if chosen is None and same_day and dates:
        chosen = dates[0]  # "strikes on Monday, hours after a drone attack on Erbil": Monday's attack
    if chosen is None:
        # "Iran fired missiles at Tel Aviv, hours after Israel struck Natanz on Friday": the day of what it came hours
        # after (a clause right after this one, opened by a same-day link, with a day of its own)
        link = lexicon.word_phrases("same_day_link")
        chosen = next((d for f, l in clauses if f == c_last and link.match_at(lowered, f) is not None
                       for d in dates if f <= d.first < l and d.precision == "day"), None)
    if chosen is None:
        # "fired rockets at Kiryat Shmona in retaliation for strikes on a health center earlier Thursday": a day
        # another clause tells as earlier or later than this event is this event's day too.
        chosen = next((d for d in dates if d.precision == "day" and _said_of_the_same_day(lowered, d)), None)
    if chosen is None:
        # "rockets were fired at X while drones targeted Y on Monday": two halves of one time, one day; so are two
        # events joined by a bare "and" ("drones targeted X and rockets hit Y on Monday").
        joins = ("while", "and")
        beside = [(f, l) for f, l in clauses if (f == c_last and lowered[f] in joins and lowered[f - 1] != ",")
                  or (c_first < len(lowered) and lowered[c_first] in joins and c_first and lowered[c_first - 1] != ","
                      and l == c_first)]
        chosen = next((d for d in dates for f, l in beside if f <= d.first < l), None)
    if chosen is None and 0 < c_first < len(lowered) and lowered[c_first] in _WHILE:
        # "struck Evin on Monday, a day after the US joined the war, while Iran fired a salvo": the day of the clause
        # the counted one hangs on, not the day it counts
        chosen = next((d for d in dates if d.last <= c_first and not d.aside and d.precision == "day"), None)
    if chosen is None:
        # "The blast came a week after sirens sounded in Eilat following the infiltration of a drone": a link that
        # counts days back dates what it opens, the clauses after it included
        chosen = next((d for d in dates if d.aside and d.last <= trigger_at), None)
    return own, chosen, same_day


#: Words that make a date relative to another ("four days earlier", "two weeks before", "a day later").
_RELATIVE = frozenset({"earlier", "later", "before", "after", "ago", "prior"})
#: What may stand between a day and its apposition ("Four days earlier, on August 5,").
_APPOSED = frozenset({",", "on", "(", "—", "–", "-"})


def _calendar_day_first(lowered: Sequence[str], dates: list) -> list:
    """*dates* with a calendar day put before the relative day or week it is apposed to ("Four days earlier, on August
    5, rockets hit al-Asad": August 5, not four days before the publication): one time told twice, of which the calendar
    does not depend on what the relative day counts from."""
    for k in range(len(dates) - 1):
        a, b = dates[k], dates[k + 1]
        # (a relative count of weeks too: "Two weeks earlier, on August 23,")
        if a.precision in ("day", "week") and b.precision == "day" and set(lowered[a.last:b.first]) <= _APPOSED \
                and set(lowered[a.first:a.last]) & _RELATIVE and not set(lowered[b.first:b.last]) & _RELATIVE \
                and any(ch.isdigit() for ch in b.text):
            return [b, *dates[:k], *dates[k + 1:]]
    return dates


def _said_after_the_day(lowered: Sequence[str], date) -> bool:
    """Whether a verb of saying of a verb-final language (``final_statement_verb``) follows *date* within a few words
    and ends its clause, before a colon, a quote, "ku" ('that') or a comma: the day is the statement's ("îro
    11.11.2020ê ji Basnewsê re ragihand: ..." 'told Basnews today, 11.11.2020: ...')."""
    verbs = lexicon.words("final_statement_verb")
    return any(lowered[k] in verbs and lowered[k + 1:k + 2] in ([":"], ["ku"], [","], ['"'], ["“"], ["‘"], ["'"])
               for k in range(date.last, min(len(lowered) - 1, date.last + 10)))


def _said_of_the_same_day(lowered: Sequence[str], date) -> bool:
    """Whether *date* is told as earlier or later on the same day ("earlier Thursday", "later on Friday")."""
    before = lowered[max(0, date.first - 2):date.first]
    return bool(before) and (before[-1] in lexicon.words("same_day_adverb")
                             or (before[-1] == "on" and len(before) == 2 and before[0] in lexicon.words("same_day_adverb")))


_DEMONSTRATIVES = frozenset({"those", "these", "that", "this"})


def date_told_back(lowered: Sequence[str], dates: list, triggers: list[tuple[int, int, str]], sentence: int,
                   earlier: list) -> None:
    """A day a demonstrative gives an event word of the clause ("Those February 3 strikes were retaliation for
    ...": a date of *dates* right before a trigger (start, end, event type) of *triggers*) dates the undated event
    of that kind told last, in this sentence or the one before ("The strike came days after US forces attacked 85
    sites in Iraq and Syria."): that is the event it points back to. A generic word ("strikes", "attack") points
    back to an event of any kind."""
    for d in dates:
        if not (d.first > 0 and lowered[d.first - 1] in _DEMONSTRATIVES):
            continue
        word = next(((s, t) for s, e, t in triggers if d.last <= s and bound_to(lowered, d, s, e, after=False)), None)
        if word is None:
            continue
        kind = EVENT_GROUPS.get(word[1])
        for told in reversed(earlier):
            if told.sentence < sentence - 1:
                break
            if not told.date_explicit and kind in (None, EVENT_GROUPS.get(told.event_type, "attack")):
                told.date, told.date_precision, told.date_explicit, told.date_text = d.date, d.precision, True, d.text
                told.date_loose = False
                break


#: The German participles of attack that end a passive clause, by group, and the English trigger that reads them.
_GERMAN_PASSIVE = {"german_passive_hit": "were hit", "german_passive_attacked": "were attacked",
                   "german_passive_targeted": "were targeted"}

#: The forms of "werden" that make a German passive (not "ist", "war": "ist ... eingeschlagen" is the perfect).
_WERDEN = frozenset({"wurde", "wurden", "worden", "werden", "wird"})

#: What may follow the participle at a German passive clause's end ("angegriffen worden sei").
_AFTER_THE_PARTICIPLE = frozenset({"worden", "sei", "seien", "ist", "sind", "war", "waren", ".", "!", '"', "“", "”", ","})


def german_passive_participle(clause: Sequence[str]) -> tuple[int, int, str] | None:
    """Where a German passive clause's participle of attack stands and the English trigger that reads it ("were hit",
    "were attacked", "were targeted"): the clause holds a form of "werden" (:data:`_WERDEN`) and the
    participle comes last, past what may close it ("... getroffen.", "... angegriffen worden sei"); else None. (A
    participle that opens the clause, "Getroffen worden seien Stellungen in Dschurf al-Sachar", is not read: taken
    before any "worden", it drafted an extra incident on unseen reports.)"""
    if not set(clause) & _WERDEN:
        return None
    end = len(clause)
    while end and clause[end - 1] in _AFTER_THE_PARTICIPLE:
        end -= 1
    for group, english in _GERMAN_PASSIVE.items():
        for start, stop, _ in lexicon.word_phrases(group).find(clause):
            if stop == end:
                return start, stop, english
    return None
