"""Country and capital names that stand for a state, its government or its forces: not place mentions.

"Iran fired", "Washington said", "Tehran denied", "the Guards blamed Israel",
"groups backed by Iran", "Iran's Revolutionary Guards", "Israel's military",
"the war between Israel and Hamas", "between Tehran and Tel Aviv", "the
Damascus government": the name is the state acting, speaking, blamed or owning a force, an office or an act,
not a place of the report. Such a mention is marked (``extra["metonym"]``,
``extra["owner"]`` for a possessive) and keeps its row of ``Report.places`` with
``sense`` ``"state"`` and role ``context``; the extractor still reads it as the
actor of what the state did (``incidents.actor``), and it passes no target role.

Literal uses stay places: "in Iran", "fired at Israel", "from Iraq",
"strikes on Iran", "across Syria", "Iran's Isfahan province", "Israeli
territory". A name governed by a preposition is never read as a subject.

The words are data (``extract_metonyms.csv``): ``seat`` (capitals that stand
for their state), ``clause_opener``, ``state_verb``, ``state_skip`` and ``state_predicate``
(the words a subject may follow, its verbs, the words allowed before them,
and "been behind"), ``state_verb_before`` (Arabic verbs, which come before
their subject), ``state_object`` (words before the state blamed,
backed or spoken to), ``state_owned`` and ``owned_place`` (what a possessive
owns as a state, and what it owns as a place), ``state_body`` ("the Damascus
government"), ``conflict`` (nouns whose
sides, "between X and Y" or "X-Y", are states).

Examples
--------
>>> from geoincidents.extract.text import sentences
>>> s = sentences("Iran said it fired missiles at Israel.")[0]
>>> subject_of_a_verb(s.lowered, 0, 1, set())
True
>>> subject_of_a_verb(s.lowered, 7, 8, set())
False
"""
from __future__ import annotations

import functools
from collections.abc import Sequence
from typing import Any

from gazetteer.phrasewords import compass_of
from gazetteer.placefiles import beyond_the_region

from geoincidents.extract import datewords, lexicon, particles
from geoincidents.extract.names import QUOTE_MARKS, is_descriptor

__all__ = ["mark_metonyms", "headline_participle", "names_an_attribute", "turkish_state", "owned_in_kurdish",
           "subject_of_a_final_verb",
           "holds_an_office",
           "owns_a_group", "owns_no_place", "subject_of_a_verb", "object_of_the_state",
           "side_of_a_conflict", "stands_for_a_state", "placed_by_nothing",
           "placed_by_nothing_abroad", "owned_by_a_state_noun",
           "after_a_fronted_verb"]

#: Prepositions that govern a literal place: "in Iran", "from Iraq", "at Israel" (never a subject)
_GOVERNING = frozenset({"in", "at", "from", "to", "into", "inside", "across", "on", "over", "near", "toward", "towards",
                        "within", "throughout", "around", "against", "outside", "via", "through", "under", "beyond",
                        "of", "for", "about", "between", "upon", "onto"})
#: Arabic and Persian prepositions of being in a place ("في باكستان", "در پاکستان"); not من, مع, عن, إلى, which a
#: state takes as often ("دعوات من الولايات المتحدة" 'calls from the United States').
_IN_ARABIC_SCRIPT = frozenset({"في", "داخل", "قرب", "فوق", "در", "درون"})
#: The letters of "in" written joined to a name: Arabic ب, Hebrew ב ("بباكستان", "בפקיסטן").
_PREPOSITION_LETTERS = frozenset("بב")
#: Words that may stand between a preposition and the list of places it governs ("in northern Iraq and Syria")
_LIST_WORDS = frozenset({",", "and", "or", "the", "northern", "southern", "eastern", "western", "central"})
#: Auxiliaries that make the verb after them passive ("Damascus and its countryside were struck")
_PASSIVE = frozenset({"was", "were", "is", "are", "been", "be", "being"})
#: The English auxiliaries of the perfect, whose participle after a state's name is its act ("Ankara had shut").
_PERFECT = frozenset({"has", "have", "had", "hasn't", "haven't", "hadn't"})
#: English participles whose subject undergoes what a place does ("Erbil has witnessed a string of attacks").
_UNDERGONE = frozenset({"witnessed", "seen", "suffered", "experienced", "endured", "faced", "hosted", "housed",
                        "received", "recorded", "registered", "remained", "stayed", "become", "lived", "known"})
#: English participles of acting not written with "-ed" ("Ankara had shut its airspace", "Tehran has sent drones").
_IRREGULAR_PARTICIPLES = frozenset({"shut", "sent", "made", "taken", "given", "told", "said", "sought", "fought",
                                    "struck", "begun", "built", "held", "kept", "led", "paid", "put", "set", "spent",
                                    "stood", "thrown", "won", "written", "chosen", "done", "drawn", "shown"})
#: The articles a country's name may carry as a subject ("the", "La Turquie a bombardé", "el Irán", "die Türkei")
_ARTICLES = frozenset({"the", "la", "le", "el", "il", "die", "der"})
#: Modals: the word after one is a verb, so a state before it is its subject ("Iran would pay"; not "Israel would be hit")
_MODALS = frozenset({"would", "could", "will", "may", "might", "must", "should", "can", "cannot", "did", "does", "do",
                     "didn't", "doesn't"})  # (and "did": "Iran did not explain")
#: Words that end the noun phrase a possessive opens ("Iraq's sovereignty and held the coalition responsible")
_NOUN_PHRASE_ENDS = frozenset({"the", "a", "an", "and", "or", "of", "by", "with", "that", "which", "who", "as", "was",
                               "were", "is", "are", "had", "has", "have"}) | _GOVERNING


@functools.cache
def _group(name: str) -> frozenset[str]:
    return frozenset(r["phrase"].lower() for r in lexicon.read_table("metonyms") if r["group"] == name)


def backing_after() -> frozenset[str]:
    """The words right after a country that make it the state backing or allied ("İran destekli", "vom Iran
    unterstützte"): who backs the group, not who acts (``state_object_after``)."""
    return _group("state_object_after")


@functools.cache
def _phrases(name: str) -> lexicon.PhraseTable:
    return lexicon.PhraseTable({p: name for p in _group(name)})


@functools.cache
def _verbs_before() -> frozenset[str]:
    """Arabic verbs of saying or acting (``state_verb_before``) in every form a joined particle gives them ("وأعلنت")."""
    from geoincidents.extract.particles import joined_forms

    return frozenset(f for v in _group("state_verb_before") for f in joined_forms(v))


@functools.cache
def _verbs_after() -> frozenset[str]:
    """Arabic verbs that make a country right before them its subject: those of saying or acting, and those of attack
    (``state_verb_after``: "إسرائيل استهدفت"), which before a country may have it as their object."""
    return _verbs_before() | frozenset(_group("state_verb_after"))


def _attack_verb_before(lowered: Sequence[str], first: int) -> bool:
    """Whether an Arabic verb of attack (``state_verb_after``), perhaps with a joined particle, stands right before
    token *first*."""
    from geoincidents.extract.particles import joined_forms

    return first > 0 and any(lowered[first - 1] in joined_forms(v) for v in _group("state_verb_after"))


def stands_for_a_state(place: Any) -> bool:
    """Whether a place's name may stand for a state: a country, or a capital or region with a government (``seat``:
    Tehran, the Kurdistan Region; not the Gaza Strip or the Golan Heights)."""
    return place.kind == "country" or place.name.lower() in _group("seat")


def _word_before(lowered: Sequence[str], first: int, covered: set[int],
                 skip: frozenset[str] = _LIST_WORDS) -> int | None:
    """The token before the name at *first* and the list it may stand in (*skip* words and other mentions passed; -1
    at the start), or None when what lies between opens a clause of its own ("Rockets landed in Zummar, and Iraq later
    said": not a list such as "in Iraq, Syria, and Jordan")."""
    k = first - 1
    while k >= 0 and (lowered[k] in skip or k in covered or lowered[k] == "#"):  # "in #Yemen"
        k -= 1
    walked = lowered[k + 1:first]
    if any(walked[j:j + 2] == [",", "and"] for j in range(len(walked))) and walked.count(",") == 1:
        return None
    return k


def _governed(lowered: Sequence[str], first: int, covered: set[int]) -> bool:
    """Whether a preposition governs the name at *first*, perhaps through a list ("in Iraq and Syria")."""
    k = _word_before(lowered, first, covered)
    return k is not None and k >= 0 and (lowered[k] in _GOVERNING or lowered[k] in _IN_ARABIC_SCRIPT
                                         or lowered[k] in lexicon.words("place_preposition"))


def _opens_a_clause(lowered: Sequence[str], first: int) -> bool:
    """Whether the name at *first* opens a clause (so may be its subject): after the start, a punctuation mark or a
    word that opens one ("said Israel had", "but Iran and allied groups", "when Tel Aviv launched"); not "a strike on
    the Syrian capital Damascus on Saturday killed", whose subject is the strike."""
    k = first - 1
    if k >= 0 and lowered[k] in _ARTICLES:
        k -= 1
    # (after a year: "in March 2022 Iran fired missiles"; right after an attack or weapon noun whose relative clause
    # leaves out "that": "the missile attack Iran carried out against Israel")
    return k < 0 or not lowered[k][:1].isalnum() or lowered[k] in _group("clause_opener") \
        or (len(lowered[k]) == 4 and lowered[k].isdigit()) \
        or (k == first - 1 and lowered[k] in _RELATIVE_AFTER)


#: Attack and weapon nouns a relative clause with no "that" may follow, its subject right after them ("the attack Iran
#: carried out", "the 19 ballistic missiles Iran fired at Al Udeid"; not after "the", "a strike on the Syrian capital
#: Damascus").
_RELATIVE_AFTER = frozenset({"attack", "attacks", "strike", "strikes", "barrage", "barrages", "operation", "raid",
                             "raids", "assault", "missile", "missiles", "rocket", "rockets", "drone", "drones",
                             "projectiles"})


#: The auxiliaries of the French, Spanish and Italian perfect, and the endings of the participle after them (not the
#: passive's "été", "sido", "stato": "Israël a été frappé" tells the place hit).
_ROMANCE_AUXILIARIES = frozenset({"a", "ont", "avait", "avaient", "ha", "han", "había", "habían", "hanno", "aveva",
                                  "n'a", "n'ont", "n'avait", "n'avaient"})
#: Words of negation that may stand between such an auxiliary and its participle ("Ankara n'a pas commenté")
_ROMANCE_NEGATION = frozenset({"pas", "jamais", "no", "non", "nunca"})
_ACTIVE_PARTICIPLE_ENDINGS = ("é", "ée", "és", "ées", "ado", "ada", "ido", "ida", "ato", "ata", "ito", "ita", "uto",
                              "tto", "cho")  # (and the irregular "condotto", "fatto", "hecho", "dicho")
_BEEN = frozenset({"été", "sido", "stato", "stata",
                   # nor a verb whose subject undergoes it: "Israel ha sufrido el ataque", "Israël a subi"
                   "sufrido", "subi", "subito", "souffert", "sofferto", "recibido", "reçu", "ricevuto"})
#: The words that join a second subject to the first ("Iran and allied groups", "que Líbano y Siria consideran")
_AND_OR = frozenset({"and", "or", "nor", "y", "e", "et", "und", "ni"})
#: How many words an aside between a subject and its verb may hold ("Israel, por su parte, ha atacado").
_SHORT_ASIDE = 4


def _passive_of_attack(lowered: Sequence[str], last: int) -> bool:
    """Whether a passive verb of attack, a target's cue, follows the name ending at *last* ("had been targeted")."""
    after = lexicon.role_cues()[1].match_at(lowered, last)
    return after is not None and after[1] == "target"


def subject_of_a_verb(lowered: Sequence[str], first: int, last: int, covered: set[int]) -> bool:
    """ "Iran fired", "Washington said", "Israel did not immediately comment", "Iran and allied groups have threatened":
    the name is the subject of a verb of acting or saying (``state_verb``), with only ``state_skip`` words between; not
    when a preposition governs it ("groups in Iraq said") or the verb is passive ("Israel hit by rockets")."""
    if _governed(lowered, first, covered) or not _opens_a_clause(lowered, first):
        return False
    verbs, skip = _group("state_verb"), _group("state_skip")
    n = len(lowered)
    k = last
    if k + 1 < n and lowered[k] == "," and lowered[k + 1] in ("which", "who"):
        # "Iran, which backs the Houthis, denied": the verb after the relative clause
        close = next((j for j in range(k + 2, min(n, k + 16)) if lowered[j] == ","), None)
        k = close + 1 if close is not None else k
    elif k + 2 < n and lowered[k] == ",":
        # "Israel, por su parte, ha atacado Saná", "Israël, de son côté, a frappé": a short aside between commas
        close = next((j for j in range(k + 2, min(n, k + _SHORT_ASIDE + 2)) if lowered[j] == ","), None)
        if close is not None and all(w.isalpha() for w in lowered[k + 1:close]) \
                and not set(lowered[k + 1:close]) & lexicon.LIST_JOINERS:
            k = close + 1
    if k < n and lowered[k] in _AND_OR:
        # "Iran and allied groups have threatened", "neither X nor Y", "que Líbano y Siria consideran"
        j = k + 1
        while j < n and j - k <= 4 and lowered[j].isalpha() and lowered[j] not in verbs and lowered[j] not in skip \
                and lowered[j] not in _GOVERNING:
            j += 1
        k = j
    steps, modal, auxiliary = 0, False, False
    while k < n and steps < 5 and (lowered[k] in skip or _quoted_adverb(lowered, k)):
        if lowered[k] in QUOTE_MARKS:
            k, steps = k + 3, steps + 1  # 'Baghdad "vehemently" condemned the attack': an adverb the report quotes
            continue
        modal = modal or lowered[k] in _MODALS
        auxiliary = lowered[k] in _ROMANCE_AUXILIARIES or (auxiliary and lowered[k] in _ROMANCE_NEGATION)
        k, steps = k + 1, steps + 1
    if auxiliary and k < n and lowered[k].endswith(_ACTIVE_PARTICIPLE_ENDINGS) and lowered[k] not in _BEEN:
        return True  # "Israël a intensifié ses frappes", "Israel ha sufrido": the state did it (not "a été frappé")
    if set(lowered[last:k]) & _PERFECT and k < n and lowered[k].isalpha() and lowered[k] not in _PASSIVE \
            and not (set(lowered[last:k]) & _PASSIVE and _passive_of_attack(lowered, last)) \
            and (lowered[k].endswith("ed") or lowered[k] in _IRREGULAR_PARTICIPLES) \
            and lowered[k] not in _group("place_verb") and lowered[k] not in _UNDERGONE:
        return True  # "Ankara had shut its airspace", "Tel Aviv has stepped up its raids" (not "has been hit", "has
        # entered": a place's verb; not "Haifa and Tel Aviv had been targeted", a passive of attack: "Doha had been
        # notified" is still the state)
    if modal and k < n and lowered[k] in ('"', "“") and k + 1 < n:
        k += 1  # 'warned that Iran would "pay a heavy price"'
    if modal and k < n and lowered[k].isalpha() and lowered[k] not in ("be", "been", "have"):
        return True  # "warned that Iran would pay a heavy price", "to show that Israel could reach": a verb after a modal
    predicate = _phrases("state_predicate").match_at(lowered, k) if k < n else None
    if predicate is not None:  # "said Israel had not been behind the attacks"; not "Israel is expected to be hit"
        return predicate[0] >= n or lowered[predicate[0]] != "be"
    if k == last and first and lowered[first - 1] == "the" and k < n and lowered[k].endswith("s") \
            and lowered[k] not in ("says", "claims", "denies"):
        return False  # "after the Syria strikes": a noun compound, not "the Kurdistan Region says"
    # (a progressive is no passive: "Washington has been pressing Baghdad", "Iran is negotiating")
    passive = (k + 1 < n and lowered[k + 1] == "by") \
        or (k > last and lowered[k - 1] in _PASSIVE and not (k < n and lowered[k].endswith("ing"))) \
        or headline_participle(lowered, k)
    if k > last and lowered[k - 1] in _PASSIVE and k < n and lowered[k].endswith("ing") and lowered[k] != "being" \
            and lowered[k].isalpha():
        return True  # a progressive: "Washington was assessing the attack", "Israel is signalling" (not "is being hit")
    return k < n and lowered[k] in verbs and not passive  # not "Israel hit by rockets", "X and Y were struck"


def _quoted_adverb(lowered: Sequence[str], k: int) -> bool:
    """Whether a quoted adverb stands at token *k*, its quote marks around it ('"vehemently"', '“strongly”')."""
    return k + 2 < len(lowered) and lowered[k] in QUOTE_MARKS and lowered[k + 2] in QUOTE_MARKS \
        and lowered[k + 1].endswith("ly") and lowered[k + 1].isalpha()


def headline_participle(lowered: Sequence[str], k: int) -> bool:
    """ "Iran fires over 180 missiles at Israel; Nevatim base and Tel Aviv targeted": a bare participle of attack
    (``tracker_participle``) that ends its sentence has no object: the place before it was hit, as a headline writes
    the passive without its auxiliary (not "Tel Aviv targeted Beirut")."""
    return k < len(lowered) and lowered[k] in lexicon.words("tracker_participle") \
        and all(w in (".", "!", '"', "”", ")") for w in lowered[k + 1:])


def object_of_the_state(lowered: Sequence[str], first: int, last: int | None = None) -> bool:
    """ "blamed Israel", "backed by Iran", "a pro-Iran militia", "support for Israel", "attributed to Israel": the words
    right before the name (``state_object``) make it the state blamed, backing or backed; so do the words right after
    it where German and Turkish put them (``state_object_after``: "die vom Iran unterstützte Miliz", "İran destekli"),
    and the agent of a French or Spanish participle ("bombardé par Israël", "lanzados por Irán")."""
    if first and lowered[first - 1] == "on" and set(lowered[max(0, first - 6):first - 1]) & {"blamed", "blames", "blaming"}:
        return True  # "a strike, blamed by Tehran on Israel, that flattened": the state blamed
    if last is not None and last < len(lowered) and lowered[last] in _group("state_object_after"):
        return True
    if first >= 2 and lowered[first - 1] in ("par", "por") and lowered[first - 2].endswith(_PARTICIPLE_ENDINGS):
        return True
    return bool(_phrases("state_object").ends_before(lowered, first))


#: Endings of French and Spanish past participles, whose agent follows "par" / "por" ("visés par Israël")
_PARTICIPLE_ENDINGS = ("é", "ée", "és", "ées", "ado", "ada", "ados", "adas", "ido", "ida", "idos", "idas")
#: The words for "of" before a name in French, Spanish and Italian (with "d'" joined to the name: "d'Israël"), and
#: Hebrew "של" ("התקיפה הראשונה של ישראל" 'Israel's first strike')
_ROMANCE_OF = (lexicon.OF_WORDS - {"of"}) | {"des", "der", "של"}  # (and German's genitive articles: "die Armee des Iran")


def owned_by_a_state_noun(lowered: Sequence[str], first: int) -> bool:
    """ "le Premier ministre d'Israël", "las defensas aéreas de Israel", "los ataques de Israel", "وزير خارجية إيران",
    "ارتش اسرائیل", "تلویزیون دولتی اسرائیل": a noun of a state's offices, forces or acts (``state_owner_noun``), perhaps
    with one adjective after it, owns the name, which follows it with "de" (French, Spanish, Italian) or with no word
    between (the Arabic idafa, the Persian ezafe, the Hebrew construct state: "מדינת ישראל"). Such a name is the
    state, as "Israel's army" is."""
    k, of = _before_its_of(lowered, first, _ROMANCE_OF)  # ("allié d'Israël": the "of" joined to the name)
    if not of and not (k >= 0 and particles.is_arabic(lowered[first]) and particles.is_arabic(lowered[k])) \
            and not (k >= 0 and particles.is_hebrew(lowered[first]) and particles.is_hebrew(lowered[k])) \
            and not (k >= 0 and _russian_genitive(lowered[first]) and particles.is_cyrillic(lowered[k])):
        return False  # the Arabic idafa, the Persian ezafe, the Hebrew construct state ("ממשלת ישראל"), the Russian
        # genitive ("армия Израиля", "министр обороны Израиля", "удары Израиля")
    nouns = _group("state_owner_noun")
    for _ in range(2):  # the noun, or the noun before one adjective
        word, k = _word_ending_at(lowered, k)
        word = word[2:] if word.startswith(("l'", "l’")) else word  # "l'ambassadeur d'Iran": the article joined
        if word in nouns or (word[:1] == "و" and word[1:] in nouns) \
                or any(word[len(p):] in nouns for p in particles.hebrew_prefixes_of(word)):
            # (a Hebrew noun with its article or a joined "and": "ומדינת ישראל", "התקיפה של ישראל"; not the state's
            # ground: "לעבר שטח מדינת ישראל" 'toward the territory of the State of Israel')
            ground = _group("state_ground_noun")
            before = _word_ending_at(lowered, k - 1)[0] if k >= 1 else ""
            return not (before in ground or any(before[len(p):] in ground for p in particles.hebrew_prefixes_of(before)))
        if word in _group("preposition") or word in _group("origin_participle"):
            return False  # "حمله به سوریه" 'the attack on Syria', "les drones venant de l'Irak": the place attacked or
            # the place they came from
        k -= 1
    return False


def according_to(lowered: Sequence[str], first: int, last: int) -> bool:
    """Whether a phrase of attribution (``according_to``: "according to", "selon", "laut", "según", "по данным")
    stands right before the name, perhaps with an article ("selon l'Iran" joins it), or one written after it stands
    right after (``according_to_after``: "Israel zufolge"): the state that speaks, no place ("According to Iran, the
    strikes hit military bases")."""
    return bool(_phrases("according_to").ends_before(lowered, first)) \
        or (last < len(lowered) and lowered[last] in _group("according_to_after"))


def _russian_genitive(word: str) -> bool:
    """Whether a Cyrillic name is written in the genitive ("Израиля", "Ирана", "Сирии", "Турции"; not the feminine
    nominative "Сирия"), or is a name that does not decline ("США")."""
    return particles.is_cyrillic(word) and (word.endswith(("а", "я", "ии", "ы")) and not word.endswith("ия") or word in ("сша",))


#: Russian prepositions: a name in the nominative's form after one is its object ("в Израиль", "по Израилю").
_RUSSIAN_PREPOSITIONS = frozenset({"в", "во", "на", "по", "из", "с", "со", "к", "ко", "против", "между", "для", "от",
                                   "до", "у", "над", "под", "через", "о", "об", "при", "за", "из-за", "и"})


def russian_subject(lowered: Sequence[str], m: Any, covered: set[int]) -> bool:
    """ "Израиль нанес удары по Ирану", "В ответ Израиль ударил по Тегерану", "Израиль и США осудили нападение": a
    country in the nominative (no case ending of the oblique cases, after no preposition) right before a finite verb,
    or before "и" and another name and the verb, is the verb's subject, the state. ("атаковали Израиль баллистической
    ракетой": the object, after its verb, stays a place.)"""
    word = lowered[m.first]
    if not particles.is_cyrillic(word) or m.last - m.first != 1 or word.endswith(("у", "ю", "ом", "ем", "е", "ой", "ей")) \
            or _russian_genitive(word) and word != "сша":
        return False
    if m.first and lowered[m.first - 1] in _RUSSIAN_PREPOSITIONS:
        return False
    k = m.last
    if lowered[k:k + 1] == ["и"] and k + 1 in covered:
        k += 2  # "Израиль и США осудили"
        while k < len(lowered) and k in covered:
            k += 1
    while k < len(lowered) and lowered[k] in _RUSSIAN_BEFORE_VERB:
        k += 1  # "Израиль не смог перехватить", "Иран также заявил"
    return k < len(lowered) and _russian_finite_verb(lowered[k])


#: Russian words that may stand between a subject and its verb: "не" (not) and adverbs of time or addition.
_RUSSIAN_BEFORE_VERB = frozenset({"не", "также", "тоже", "уже", "снова", "вновь", "ещё", "еще", "впервые"})


def russian_backed_by(lowered: Sequence[str], m: Any) -> bool:
    """ "боевики, поддерживаемые Ираном" 'militants backed by Iran': a country in the instrumental right after a
    participle of backing (``backing_participle``) is the state that backs them."""
    return m.first > 0 and particles.is_cyrillic(lowered[m.first]) and lowered[m.first].endswith(("ом", "ем")) \
        and lowered[m.first - 1] in _group("backing_participle")


def _russian_finite_verb(word: str) -> bool:
    """A Russian word that ends as a finite verb of the past or present does ("ударил", "заявили", "нанёс",
    "атакует", "смог")."""
    return particles.is_cyrillic(word) and len(word) > 2 and word.endswith(
        ("л", "ла", "ли", "ло", "лся", "лась", "лись", "нес", "нёс", "ет", "ит", "ют", "ят", "ут", "ёт", "мог"))


def _before_its_of(lowered: Sequence[str], first: int, of_words: frozenset[str]) -> tuple[int, bool]:
    """The index of the word before the "of" of the name at *first* (joined to it: "d'Israël", "d'Erbil"; or a word of
    *of_words* before it) and True; with no "of", the index of the word right before the name and False."""
    if lowered[first].startswith(("d'", "d’")):
        return first - 1, True
    if first >= 2 and lowered[first - 1] in of_words:
        return first - 2, True
    return first - 1, False


def _word_ending_at(lowered: Sequence[str], k: int) -> tuple[str, int]:
    """The word whose last token is *k* and the index of its first token: a Persian word the zero-width non-joiner
    splits is one ("رسانه‌های" is read as رسانههای)."""
    if k < 0:
        return "", k
    if k >= 2 and lowered[k - 1] == "\u200c":
        return lowered[k - 2] + lowered[k], k - 2
    return lowered[k], k


_WEEKDAYS_DE = ("montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag")


def after_a_fronted_verb(lowered: Sequence[str], first: int) -> bool:
    """ "Am Freitag griff Israel Ziele im Iran an", "In der Nacht hat Israel …", "Seitdem hat Israel …": German puts the
    finite verb second, before its subject, when a time or adverb (``fronted``) or a clause ending in a comma opens
    the sentence; a country right after such a verb (``state_verb_second``) is the state acting, and so is one after
    the verb and the nominative's "der" whatever fills the first place ("Raketen hat der Iran auf Israel
    abgefeuert"). Not after a subject ("Die Miliz hat Israel angegriffen": Israel is the object)."""
    k = first - 1
    if k >= 1 and lowered[k] == "der" and lowered[k - 1] in _group("state_verb_second"):
        return True  # "Eine neue Welle von Raketen hat der Iran auf Israel abgefeuert": the nominative's article
    if k < 1 or lowered[k] not in _group("state_verb_second"):
        return False
    before = lowered[k - 1]
    if before in _group("fronted") or before == "," or (len(before) == 4 and before.isdigit()) \
            or before.startswith(_WEEKDAYS_DE):  # "Am Montagnachmittag hatte Israel": a day's part as one word
        return True
    # "Seit dem Sturz Assads hat Israel", "Nach Angaben des Ministers hat Israel": a phrase a preposition opens fills
    # the first place, and this is the first verb after it
    return (lowered[0] in _group("fronting_preposition") or lowered[0] in _group("fronted")) \
        and "," not in lowered[:k] \
        and not any(w in _group("state_verb_second") for w in lowered[1:k])


def side_of_a_conflict(lowered: Sequence[str], first: int, last: int, covered: set[int]) -> bool:
    """ "the war between Israel and Hamas", "tensions between Tehran and Tel Aviv", "the Israel-Hamas war": a side of a
    conflict (``conflict``) or a name paired with an armed group is a state (not "the border between Iraq and Syria")."""
    conflict = _group("conflict")
    n = len(lowered)
    # between X and Y: "between" within eight words before, nothing but names and list words in between
    between = _group("between")
    for b in range(first - 1, max(-1, first - 9), -1):
        word = lowered[b]
        if word in between:
            end = b + 1
            while end < min(n, b + 12) and (lowered[end].isalpha() or lowered[end] in ("-", "'", "’")):
                end += 1  # the sides run to the next punctuation: "between Israel and Hamas, which ..."
            named_group = any(_armed_group(lowered, k) for k in range(b + 1, end))
            # (a Persian word the non-joiner splits is one: "درگیری‌های مرزی میان")
            before = " ".join(lowered[max(0, b - 6):b]).replace(" \u200c ", "").split()
            return named_group or any(w in conflict for w in before[-4:])
        if not (word in _LIST_WORDS or b in covered or word.isalpha() or word == "\u200c") or word in _GOVERNING:
            break
    # "as conflict with Israel intensifies", "the war with Iran": the other side
    if first >= 2 and lowered[first - 1] == "with" and lowered[first - 2] in conflict:
        return True
    # Turkish "İsrail ile İran arasındaki savaş": the sides before "between"
    for b in range(last, min(n, last + 6)):
        if lowered[b] in _group("between_after"):
            # (the conflict noun may come a few words on: "arasında 27 Kasım 2024'te imzalanan ateşkes")
            fought = any(w.startswith(c) for w in lowered[b + 1:b + 8] for c in conflict if len(c) > 3)
            return fought or any(_armed_group(lowered, k) for k in range(first, b))
        if not lowered[b][:1].isalpha() and lowered[b] != ",":
            break
    # X-Y war, X-Hamas (with a hyphen or a dash: "Israel–Iran war")
    if last + 1 < n and lowered[last] in _PAIR_DASHES:
        if _armed_group(lowered, last + 1):
            return True
        k = last + 1
        while k < n and k in covered:
            k += 1
        return k > last + 1 and k < n and lowered[k] in conflict
    if first >= 2 and lowered[first - 1] in _PAIR_DASHES and last < n and lowered[last] in conflict:
        return (first - 2) in covered or _armed_group(lowered, first - 2)
    return False


#: The marks that join the two sides of a conflict named as a pair ("the Israel-Hamas war", "Israel–Iran war").
_PAIR_DASHES = frozenset({"-", "–", "—"})


def _armed_group(lowered: Sequence[str], k: int) -> bool:
    """Whether an armed group or organisation's name (not a state's) starts at token *k* ("Hamas", "Hezbollah")."""
    if k < 0 or k >= len(lowered):
        return False
    actor = lexicon.actors().match_at(lowered, k)
    if actor is not None and not actor[1][1]:
        return True
    entity = lexicon.entities().match_at(lowered, k)
    return entity is not None and entity[1] == "organisation"


def names_an_attribute(lowered: Sequence[str], first: int, last: int, place: Any) -> bool:
    """Whether the country's name at tokens *first*..*last* stands as an attribute of the noun after it, a word like
    an adjective and no place of the report: before a noun of forces, people or offices (``state_attribute``: "US
    forces", "U.S. officials", "the US occupation"). A state beyond the region
    (:func:`gazetteer.placefiles.beyond_the_region`) also before a noun of a site or asset it owns (``state_attribute_site``: "US bases in Iraq", "US positions at
    al-Tanf", where "the Iraq bases" are places), and before a noun of an act inside a noun phrase, after an article,
    adjective, number or preposition (``state_attribute_act``: "the US strikes", "three US air strikes", "after US
    attacks"; at the head of a clause the name is the subject: "US strikes Houthi targets"), and before a noun of
    forces or sites it shares with one word after "and" ("attacks on US and coalition troops").

    Examples
    --------
    >>> from gazetteer.places import Place
    >>> us = Place(id="cc-us", name="United States", kind="country", lat=38.9, lon=-77.0, country="US")
    >>> names_an_attribute(["attacks", "on", "us", "forces"], 2, 3, us)
    True
    >>> names_an_attribute(["the", "us", "strikes"], 1, 2, us), names_an_attribute(["us", "strikes", "iran"], 0, 1, us)
    (True, False)
    """
    if place.kind != "country" or last >= len(lowered):
        return False
    if _phrases("state_attribute").match_at(lowered, last) is not None:
        return True
    if not beyond_the_region(place):
        return False
    if _phrases("state_attribute_site").match_at(lowered, last) is not None:
        return True
    if lowered[last] in ("and", "or") and last + 2 < len(lowered) and lowered[last + 1].isalpha() and any(
            _phrases(group).match_at(lowered, last + 2) is not None for group in ("state_attribute", "state_attribute_site")):
        return True  # "attacks on US and coalition troops", "US and Iraqi officials"
    before = lowered[first - 1] if first else ""
    return _phrases("state_attribute_act").match_at(lowered, last) is not None and (
        before in _NOUN_PHRASE_OPENERS or before in _GOVERNING or before.isdigit())


#: Words after which a country's name before a noun of an act opens a noun phrase ("the US strikes", "recent US
#: attacks"), not a clause
_NOUN_PHRASE_OPENERS = frozenset({"the", "a", "an", "this", "that", "these", "those", "its", "their", "recent", "latest",
                                  "new", "further", "renewed", "retaliatory", "repeated", "several", "multiple", "two",
                                  "three", "four", "five", "six", "seven", "eight", "nine", "ten", "after", "following",
                                  "amid", "since", "during", "by", "earlier", "previous", "past", "more", "deadly"})


def holds_an_office(lowered: Sequence[str], first: int) -> bool:
    """ "the governor of Erbil", "le gouverneur d'Erbil", "محافظ نينوى", "پارێزگاری سلێمانی", "parêzgarê Hewlêrê": the
    place whose office a person holds (``office_of``, before "of" or, in Arabic script and Kurmanji, right before the
    name) owns the office and is no place of the report, as "Erbil's governor" is not."""
    k, _ = _before_its_of(lowered, first, lexicon.OF_WORDS | {"du", "des"})  # ("gouverneur d'Erbil": joined)
    offices = _group("office_of")  # (English with its "of": "mayor of", not Spanish "el mayor de Siria" 'the largest')
    return k >= 0 and (lowered[k] in offices or f"{lowered[k]} {lowered[k + 1]}" in offices
                       or (k >= 1 and f"{lowered[k - 1]} {lowered[k]}" in offices))


def _owns_a_site_abroad(lowered: Sequence[str], m: Any, inside: Sequence[Any]) -> bool:
    """ "attacked Israel's 'espionage headquarters' in Iraq's Kurdistan region": a state owning a thing that lies in a
    place of another country, named within a few words after "in", is its owner, not the place hit."""
    if not m.candidates or m.candidates[0].kind != "country" or not lexicon.possessive_at(lowered, m.last):
        return False
    starts = {o.first: o for o in inside if o is not m and o.candidates}
    for k in range(m.last + 2, min(len(lowered) - 1, m.last + 8)):
        word = lowered[k]
        if k in starts:
            return False  # a place owned ("Iran's Isfahan province")
        if word in ("in", "at") and k + 1 in starts or word in ("in", "at") and lowered[k + 1] in ("the", "a") \
                and k + 2 in starts:
            there = starts[k + 1] if k + 1 in starts else starts[k + 2]
            return there.candidates[0].country != m.candidates[0].country
        if not (word.isalpha() or word in QUOTE_MARKS or word in ("'", "‘", "’", "-")):
            return False
    return False


#: "and its" after a name, which owns what follows as its possessive does ("Iran and its proxies").
_AND_ITS = frozenset({("and", "its"), ("et", "ses"), ("et", "son"), ("y", "sus"), ("und", "seine"), ("und", "seinen")})


def _owns_a_company(lowered: Sequence[str], last: int) -> bool:
    """Whether the mention ending at token *last* is the home of a company named after it ("UAE energy company Dana
    Gas", "the UAE firm"): up to two words of its trade between the name and a ``company_noun``
    (``extract_metonyms.csv``); the company's home is no place of the event."""
    nouns = _group("company_noun")
    for k in range(last, min(len(lowered), last + 3)):
        if lowered[k] in nouns:
            return True
        if not lowered[k].isalpha():
            return False
    return False


#: A state's air defences named by its name with no possessive ("US air defenses shot down the first drone"): the
#: state that owns them, no place.
_AIR_DEFENCES = (["air", "defenses"], ["air", "defences"], ["air", "defense"], ["air", "defence"])


def owns_a_group(lowered: Sequence[str], last: int, covered: set[int] = frozenset()) -> bool:
    """Whether the mention ending at token *last* owns a group, force, office, office holder or act ("Iran's
    Revolutionary Guards", "Iran's elite Revolutionary Guards", "Israel's intelligence agency", "Iran's Supreme
    Leader", "Tehran's barrage"): up to two words (adjectives) may stand before it. A place owning a place ("Iran's
    Isfahan province", "Iraq's capital", "Iran's nuclear sites": ``owned_place`` or another name) is still a place."""
    if not lexicon.possessive_at(lowered, last) and tuple(lowered[last:last + 2]) not in _AND_ITS:
        return False  # ("Iran and its proxies", "l'Iran et ses alliés": the state and what it owns)
    owned, places = _phrases("state_owned"), _group("owned_place")
    nouns = lexicon.word_phrases("organisation_noun")
    words = 0
    for k in range(last + 2, len(lowered)):
        word = lowered[k]
        if word == "-" or (word == "and" and lowered[k - 1] == "-" and words):
            continue  # "Tehran's unprecedented drone-and-missile barrage"
        if word in places and owned.match_at(lowered, k) is not None:
            return True  # "Iraq's border guard": a force named with a place noun
        if k in covered or word in places or not word.isalpha() or words == 4 or word in _NOUN_PHRASE_ENDS:
            return False
        if any(table.match_at(lowered, k) is not None
               for table in (owned, nouns, lexicon.actors(), lexicon.entities(), lexicon.titles())):
            return True
        words += 1
    return False


def owns_no_place(lowered: Sequence[str], last: int, covered: set[int] = frozenset()) -> bool:
    """Whether an English possessive after the name ending at token *last* owns no place: "Israel's answer", "Iraq's
    sovereignty", "Iran's first direct missile attack", "Turkey's week of strikes": the words of the noun phrase after
    it (up to four, past adjectives, hyphens and quotation marks) hold no other place, no place noun (``owned_place``,
    a descriptor of the gazetteer, :data:`_PLACE_NOUNS`) and no bearing ("Iraq's Anbar province", "Israel's
    southernmost city", "Beirut's southern suburbs", "Syria's Kurdish-held northeast" are places)."""
    if not lexicon.possessive_at(lowered, last) or last + 2 >= len(lowered):
        return False
    places = _group("owned_place")
    words = 0
    for k in range(last + 2, len(lowered)):
        word = lowered[k]
        if word == "-" or word in QUOTE_MARKS:
            continue
        if k in covered or word in places or word in _PLACE_NOUNS or is_descriptor(word) \
                or compass_of(word) is not None:
            return False
        if not word.isalpha() or word in _NOUN_PHRASE_ENDS or words == 4:
            break
        words += 1
    return words > 0


#: The languages :func:`placed_by_nothing_abroad` reads, by their groups of extract_metonyms.csv.
_ABROAD = ("fr", "de", "es", "it")


def _language_abroad(lowered: Sequence[str]) -> str | None:
    """The language of a sentence among French, German, Spanish and Italian: the one of which it holds the most
    function words (``sentence_fr``, ...), two at least and more than English; None for another language."""
    words = set(lowered)
    counts = {lang: len(words & _group("sentence_" + lang)) for lang in _ABROAD}
    lang = max(counts, key=lambda k: counts[k])
    return lang if counts[lang] >= 2 and counts[lang] > len(words & _ENGLISH) else None


def placed_by_nothing_abroad(lowered: Sequence[str], first: int, last: int, covered: set[int]) -> bool:
    """:func:`placed_by_nothing` for French, German, Spanish and Italian: a country's name that no preposition of the
    sentence's language governs (``governing_fr``, ...; an elided one joined to the name: "d'Israël", "dall'Iraq"),
    through a list and an article ("vers Israël et l'Iran", "in den Irak"), that no attack or role word stands before,
    that tells no place before it ("Haïfa, Israël"), and that no attack word follows, now or past a passive auxiliary
    ("Israël a été frappé", "Israel wurde angegriffen"), stands for the state: "die Türkei betrachtet die YPG als
    Ableger", "accusent la Turquie", "Israël maintient des troupes". (Capitals are left to the rules before: the cities
    of the region are struck as often as they speak.)"""
    lang = _language_abroad(lowered)
    if _locator(lowered, first, last, covered):
        return False  # a headline's topic: "Irak et Syrie : un drone et des roquettes visent deux bases"
    if lang is None or lowered[first] in _group("governing_" + lang):
        return False  # (a preposition read into the mention: "En Irak")
    if first == 0 and lowered[last:last + 1] in ([":"], [","]):
        return False  # a headline's topic: "Syrie : nouvelle frappe", "Yemen, raid di Usa e Gran Bretagna"
    elided = lowered[first].split("'")[0] + "'" if "'" in lowered[first] else ""
    if elided and elided not in _group("article_abroad"):
        return False  # "d'Israël", "dall'Iraq", "nell'Iran": a preposition joined to the name
    skip = lexicon.LIST_CONJUNCTIONS | _group("article_abroad") | {","}
    k = _word_before(lowered, first, covered, frozenset(skip))
    if k is None or k < 0:
        return k is None or not (last < len(lowered) and _attack_after(lowered, last))
    if lowered[k] in _group("governing_" + lang) or lowered[k] in lexicon.words("place_preposition") \
            or compass_of(lowered[k]) is not None \
            or "'" in lowered[k] and lowered[k].split("'")[0] + "'" not in _group("article_abroad") \
            or lexicon.trigger_table().ends_before(lowered, k + 1) \
            or lexicon.role_cues()[0].ends_before(lowered, k + 1):
        # "vers Israël", "in den Irak", "bombardé l'Iran", "im Norden Israels" (a list after an elided "de": "d'Irak et
        # de Syrie")
        return False
    if first >= 2 and lowered[first - 1] in (",", "(") and (first - 2) in covered:
        return False  # "Haïfa, Israël"
    if lang == "de" and lowered[k] in _GERMAN_HAVE and any(
            lexicon.trigger_table().match_at(lowered, j) is not None for j in range(last, len(lowered))):
        return False  # "Die Miliz hat Israel am Dienstag angegriffen": German puts the attack verb last
    return not (last < len(lowered) and _attack_after(lowered, last))


#: German "have" before an object whose verb comes last ("hat Israel ... angegriffen").
_GERMAN_HAVE = frozenset({"hat", "haben", "hatte", "hatten", "habe"})


def _attack_after(lowered: Sequence[str], last: int) -> bool:
    """Whether an attack or role word follows the name ending at *last*, right after it or past a passive auxiliary
    a few words on ("Israël a été frappé", "Israel wurde am Dienstag angegriffen")."""
    attacks, cues = lexicon.trigger_table(), lexicon.role_cues()[1]
    if attacks.match_at(lowered, last) is not None or cues.match_at(lowered, last) is not None:
        return True
    passive = _group("passive_abroad")
    return any(lowered[j] in passive and any(attacks.match_at(lowered, i) is not None for i in range(j + 1, j + 4))
               for j in range(last, min(len(lowered), last + 4)))


#: Nouns of a part of a place an owner's name may own ("Beirut's southern suburbs", "Iran's interior") besides
#: ``owned_place`` and the gazetteer's descriptors; and words that make the place the ground of what it owns ("Syria's
#: civil war": the war is in Syria; "a breach of Iraq's sovereignty": over its ground).
_PLACE_NOUNS = frozenset({"suburbs", "suburb", "outskirts", "region", "regions", "heartland", "interior", "waters",
                          "shore", "shores", "frontier", "frontiers", "land", "lands", "mainland", "countryside",
                          "island", "islands", "ports", "airports", "cities", "streets", "neighbourhoods",
                          "neighborhoods", "governorate", "governorates", "largest", "biggest", "infrastructure",
                          "civil", "sovereignty"})


#: Words that may stand between a preposition or verb and a country ("over north-western Lebanon", "in both Iraq")
_QUALIFIERS = frozenset({"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
                         "northeastern", "northwestern", "southeastern", "southwestern", "far", "-", "occupied",
                         "both", "either", "neither", "nor"})

#: Words of who holds a country's ground, after a hyphen, and of its place among others, passed before it
#: ("Houthi-held Yemen", "neighbouring Iraq")
_HELD = frozenset({"held", "controlled", "run"})
_NEIGHBOURING = frozenset({"neighbouring", "neighboring"})
#: Verbs of borders meeting ("where Syria, Iraq and Jordan meet", "where Jordan's borders meet Iraq").
_MEET = frozenset({"meet", "meets", "converge"})
#: The words a list of places in a locator may be joined with ("Irak et Syrie :", "SYRIE / IRAK –").
_LOCATOR_JOINERS = frozenset({",", "/", "&", "and", "et", "y", "und", "e"})
#: Adjectives of a part of a country right before its name, which make it ground, never the state: "western Iraq".
_REGION_OF = frozenset({"northern", "southern", "eastern", "western", "central", "northeastern", "northwestern",
                        "northeast", "northwest", "southeast", "southwest",
                        "southeastern", "southwestern", "north-eastern", "north-western", "south-eastern",
                        "south-western", "federal"})


def _locator(lowered: Sequence[str], first: int, last: int, covered: set[int] = frozenset()) -> bool:
    """Whether a country's name stands alone, or in a list of places, as the locator of a line: in brackets ("October
    18 (Iraq):", "near Erbil airport (northern Iraq)"), in a table's cell ("20 Jan | Syria and Iraq | Mixed"), or
    opening a headline or an entry before a colon or a dash ("Iraq: rockets fired at a coalition base", "Irak et
    Syrie : un drone vise", "SYRIE / IRAK – Les bases"; not before a quotation, which the state speaks: 'Iraq: "a
    violation of sovereignty"')."""
    start, end = first, last
    while start >= 1 and (lowered[start - 1] in _LOCATOR_JOINERS or start - 1 in covered):
        start -= 1
    while end < len(lowered) and (lowered[end] in _LOCATOR_JOINERS or end in covered):
        end += 1
    before = lowered[start - 1] if start >= 1 else ""
    after = lowered[end] if end < len(lowered) else ""
    if start >= 1 and before in _REGION_OF:
        before = lowered[start - 2] if start >= 2 else ""
    quoted = end + 1 < len(lowered) and lowered[end + 1] in QUOTE_MARKS
    return (before, after) in (("(", ")"), ("[", "]"), ("|", "|")) \
        or (before == "" and after in (":", "|", "–", "—") and not quoted)


#: Function words of English: a sentence with two of them is read as English
_ENGLISH = frozenset({"the", "a", "an", "and", "of", "to", "in", "on", "at", "by", "for", "with", "was", "were", "is",
                      "are", "has", "have", "had", "said", "it", "its", "that", "from", "would", "will"})


def placed_by_nothing(lowered: Sequence[str], first: int, last: int, covered: set[int]) -> bool:
    """Whether nothing around an English country name makes it a location, so it stands for the state: "Turkey
    pounded oil facilities", "would give Iran a second route", "its allies, Iran and Hezbollah". A location needs one
    of: a preposition or a verb of place governing it, perhaps through a list and direction words ("in Iraq and Syria",
    "over north-western Lebanon", "which borders Lebanon": ``place_verb``); an attack or role word before it ("struck
    Iran", "toward Israel"); another place right before it ("Erbil, Iraq"); a place it owns or a place noun in or
    after it ("Iraq's Anbar province", "the Syria border", "Israeli territory"); an attack or role word after it, now
    or a few words on ("the Syria strikes", "Syria was hit", "Israel is expected to be hit")."""
    if not all(w.isascii() for w in lowered[first:last]) or len(_ENGLISH.intersection(lowered)) < 2:
        return False  # the rule reads English: "dans l'ouest de l'Irak" is left to the rules before
    if first >= 1 and lowered[first - 1] in _REGION_OF:
        return False  # "western Iraq", "Ain al-Asad Air Base, western Iraq": a part of the country's ground
    if _locator(lowered, first, last, covered):
        return False  # "(Iraq)", "| Iraq |", a headline's "Iraq:": where what the line tells happened
    skip = _LIST_WORDS | _QUALIFIERS | _NEIGHBOURING
    k = _word_before(lowered, first, covered, skip - {"-"})
    if k is not None and k >= 2 and lowered[k] in _HELD and lowered[k - 1] == "-":
        # "raids on Houthi-held Yemen", "pounded Kurdish-held northeast Syria": past who holds it
        k = _word_before(lowered, k - 2, covered, skip)
    elif k is not None:
        k = _word_before(lowered, first, covered, skip)
    if k is None:
        return True  # "Rockets landed in Zummar, and Iraq later said": a clause of its own
    if k >= 1 and lowered[k] == "with" and lowered[k - 1] in _group("owned_place"):
        return False  # "near the borders with Iraq and Jordan"
    if k >= 1 and lowered[k] in _MEET and lowered[k - 1] in _group("owned_place"):
        return False  # "close to where Jordan's borders meet Iraq and Syria"
    if k >= 0 and (lowered[k] in _GOVERNING or lowered[k] in _group("place_verb")
                   or lexicon.trigger_table().ends_before(lowered, k + 1)
                   or lexicon.role_cues()[0].ends_before(lowered, k + 1)):
        return False  # "in Iraq and Syria", "which borders Lebanon", "struck Iran", "toward Israel"
    if first >= 2 and lowered[first - 1] in (",", "(", "[") and (first - 2) in covered:
        return False  # "Erbil, Iraq", "Tel Aviv [Israel]": the country of the place before it
    n, places, attacks = len(lowered), _group("owned_place"), lexicon.trigger_table()
    if lexicon.possessive_at(lowered, last) or any(w in places for w in lowered[first:last + 1]) \
            or (last < n and lowered[last] == "time"):
        return False  # "Iraq's Anbar province" (a possessive owning a group was marked before), "the Syria border",
        # "Israeli territory", "at 9:52 a.m. Iraq time"
    if attacks.match_at(lowered, last) is not None or lexicon.role_cues()[1].match_at(lowered, last) is not None:
        return False  # "after the Syria strikes", "Syria was hit"
    j = last
    while j < n and (j in covered or lowered[j] in (",", "and", "or")):
        j += 1  # "Israel, Syria and Lebanon were hit": the list's cue after its last place
    if j < n and lowered[j] in _MEET and k is not None and k >= 0 and lowered[k] == "where":
        return False  # "the tri-border area where Syria, Iraq and Jordan meet"
    if lowered[last:last + 3] == ["is", "home", "to"] or lowered[last:last + 1] in (["hosts"], ["houses"]):
        return False  # "Qatar is home to the largest US base in the region": the ground the base stands on
    if j > last and j - 1 in covered and lexicon.role_cues()[1].match_at(lowered, j) is not None:
        return False
    # "Israel is expected to be hit", "Israel would be hit again": a passive attack a few words on
    return not any(lowered[j] in ("be", "been", "being") and attacks.match_at(lowered, j + 1) is not None
                   for j in range(last, min(n - 1, last + 6)))


#: A state written as its abbreviation, which a noun after it makes an adjective ("US strategy", "US-Soldaten").
_ABBREVIATED_STATES = frozenset({"US", "U.S.", "U.S", "UK", "UAE"})
#: Words after such an abbreviation that leave it a noun: "back in the U.S. after his trip", "the US and Israel".
_AFTER_A_NOUN = frozenset({"after", "before", "on", "in", "at", "since", "when", "and", "or", "but", "to", "for",
                           "from", "with", "by", "as", "until", "while", "this", "that", "is", "was", "has", "have",
                           "had", "will", "would", "said", "says", "of", "over", "under", "into", "than"})


def abbreviation_as_adjective(tokens: Sequence[Any], m: Any) -> bool:
    """Whether mention *m* is a state's abbreviation right before a noun it qualifies ("in US strategy", "to the US
    presence", "US air bases", German "bei US-Soldaten"): an adjective, as "American" is, never a place, whatever
    preposition stands before it (not before a word a noun may take after it: "back in the U.S. after his trip")."""
    if m.text not in _ABBREVIATED_STATES or m.last >= len(tokens):
        return False
    after = tokens[m.last].text
    return after == "-" or (after.isalpha() and after.lower() not in _AFTER_A_NOUN)


def mark_metonyms(sentences: Sequence[Any], mentions: Sequence[Any]) -> None:
    """Mark each mention that is no place of the report: ``extra["owner"]`` for a place owning a group or office (any
    place), ``extra["metonym"]`` (the reading: subject, body, object, side, state) for a country or capital standing for its
    state."""
    by_sentence: dict[int, list[Any]] = {}
    for m in mentions:
        by_sentence.setdefault(m.sentence, []).append(m)
    for index, inside in by_sentence.items():
        lowered = sentences[index].lowered
        for m in inside:
            covered = {k for o in inside if o is not m for k in range(o.first, o.last)}
            # ("İsrail'e ait İHA" 'a drone belonging to Israel': the Turkish dative before "ait" owns what follows)
            m.extra["owner"] = owns_a_group(lowered, m.last, covered) \
                or (m.last < len(lowered) and lowered[m.last] in _group("belongs_to_after")) \
                or holds_an_office(lowered, m.first) or _owns_a_site_abroad(lowered, m, inside) \
                or _owns_a_company(lowered, m.last) \
                or (bool(m.candidates) and stands_for_a_state(m.candidates[0])
                    and lowered[m.last:m.last + 2] in _AIR_DEFENCES) \
                or (bool(m.candidates) and stands_for_a_state(m.candidates[0])
                    and owns_no_place(lowered, m.last, covered))
            if m.extra["owner"] or not m.candidates or not stands_for_a_state(m.candidates[0]):
                continue
            verb_before = m.first > 0 and lowered[m.first - 1] in _verbs_before()  # Arabic: "وأعلنت إسرائيل"
            # "فإن إسرائيل نفذت 86 غارة": an Arabic subject before its verb, with no preposition before it
            verb_after = particles.is_arabic(m.text) and m.last < len(lowered) and lowered[m.last] in _verbs_after() \
                and not (m.first and lowered[m.first - 1] in _group("preposition"))
            # "قصفت إسرائيل مدينة صور" 'Israel shelled the city of Tyre': a country between a verb of attack and its
            # object (a place's descriptor, another place, a noun of what was hit: ``attack_object``) is its subject
            verb_before = verb_before or (particles.is_arabic(m.text) and _attack_verb_before(lowered, m.first)
                                          and m.last < len(lowered)
                                          and (m.last in covered or is_descriptor(lowered[m.last])
                                               or lowered[m.last] in _group("attack_object")))
            if abbreviation_as_adjective(sentences[index].tokens, m):
                m.extra["metonym"] = "state"  # "a change in US strategy", "bei US-Soldaten"
            elif owned_in_kurdish(lowered, m.first, covered, m.candidates[0].kind in ("country", "region")):
                m.extra["metonym"] = "state"  # "فڕۆکەکانی تورکیا" 'Turkey's aircraft', "droneke Tirkiyê"
            elif subject_of_a_verb(lowered, m.first, m.last, covered) or verb_before or verb_after \
                    or after_a_fronted_verb(lowered, m.first):
                m.extra["metonym"] = "subject"
            elif m.last < len(lowered) and lowered[m.last] in _group("state_body"):
                m.extra["metonym"] = "body"  # "an ally of the Damascus government"
            elif not (m.extra.get("prefix") and particles.is_hebrew(m.text)) \
                    and owned_by_a_state_noun(lowered, m.first):
                # (not "חיל האוויר תקף בביירות": a Hebrew prefix is a preposition, "in Beirut")
                m.extra["metonym"] = "body"  # "le Premier ministre d'Israël", "ارتش اسرائیل"
            elif object_of_the_state(lowered, m.first, m.last) or _backed_with_lam(lowered, m):
                m.extra["metonym"] = "object"
            elif side_of_a_conflict(lowered, m.first, m.last, covered):
                m.extra["metonym"] = "side"
            elif m.candidates[0].kind == "country" and (turkish := turkish_state(lowered, m, covered, inside)):
                m.extra["metonym"] = turkish  # "İsrail ordusu", "İran'ın saldırısı"
            elif m.candidates[0].kind == "country" and hebrew_subject(lowered, m, covered):
                m.extra["metonym"] = "subject"  # "ישראל נחושה לפעול" 'Israel is determined to act'
            elif m.candidates[0].kind == "country" and _officials_in_hebrew(lowered, m):
                m.extra["metonym"] = "body"  # "בישראל לא הגיבו" 'in Israel (officials) did not respond'
            elif m.candidates[0].kind == "country" and according_to(lowered, m.first, m.last):
                m.extra["metonym"] = "subject"  # "according to Iran", "selon l'Iran", "laut Iran": the state speaks
            elif m.candidates[0].kind == "country" and russian_backed_by(lowered, m):
                m.extra["metonym"] = "state"  # "боевики, поддерживаемые Ираном"
            elif m.candidates[0].kind == "country" and russian_subject(lowered, m, covered):
                m.extra["metonym"] = "subject"  # "Израиль нанес удары по целям в Иране"
            elif m.candidates[0].kind == "country" and subject_of_a_final_verb(lowered, m, covered):
                m.extra["metonym"] = "subject"  # "ایران موج دوم حملات را آغاز کرد"
            elif m.candidates[0].kind == "country" and (placed_by_nothing(lowered, m.first, m.last, covered)
                                                        or placed_by_nothing_abroad(lowered, m.first, m.last, covered)):
                m.extra["metonym"] = "state"
            elif m.candidates[0].kind == "country" and beyond_the_region(m.candidates[0]) \
                    and _attacked_state(lowered, m.first):
                m.extra["metonym"] = "state"  # "the attacks on the US", "attacks against the United States"
            elif m.candidates[0].kind == "country" and beyond_the_region(m.candidates[0]) \
                    and not _governed(lowered, m.first, covered) \
                    and not set(m.extra.get("prefix") or "") & _PREPOSITION_LETTERS \
                    and not (m.first and lowered[m.first - 1] in lexicon.words("territory")):
                # A state beyond the region is a place only where a preposition or a word of territory governs it
                # ("flown from the United States", "in Pakistan", "في باكستان", "بباكستان", "در خاک پاکستان");
                # elsewhere it is the state ("a US AC-130 gunship", "after US retaliatory strikes", "US carries out
                # strikes").
                m.extra["metonym"] = "state"
            elif m.candidates[0].kind != "country" and beyond_the_region(m.candidates[0]) \
                    and not _where_a_seat_is(lowered, m, covered):
                m.extra["metonym"] = "state"  # "Washington blames", "pressure on Washington", "Washington e Londra"


#: Verbs whose subject is where something is held ("Washington hosted the talks").
_HOSTED = (["hosted"], ["hosts"], ["hosting"])


def _where_a_seat_is(lowered: Sequence[str], m: Any, covered: set[int]) -> bool:
    """Whether the capital of a state beyond the region is told as a place: after a preposition of place ("met in
    Washington", "flew home from Washington", "في واشنطن", ``place_preposition``) or as a dateline ("WASHINGTON, Nov 12
    -"); told anyhow else ("Washington blames", "protested to Washington", "pressure on Washington") it is the state."""
    if m.text.isupper() or (m.first == 0 and lowered[m.last:m.last + 1] in ([","], ["("], ["-"], ["–"]) and any(
            w.isdigit() or datewords.word_at("month", lowered, j) is not None
            for j, w in enumerate(lowered[m.last + 1:m.last + 4], m.last + 1))):
        return True  # (a dateline: "Washington, Oct. 1 -"; not "Washington, che media tra le parti")
    if set(m.extra.get("prefix") or "") & _PREPOSITION_LETTERS or lowered[m.last:m.last + 1] in _HOSTED:
        return True  # (and "Washington hosted the talks": where they were held)
    k = _word_before(lowered, m.first, covered)
    return k is not None and k >= 0 and (lowered[k] in _IN_ARABIC_SCRIPT
                                         or lowered[k] in lexicon.words("place_preposition")
                                         or lowered[k] in _group("place_verb")
                                         or lowered[k] in ("into", "toward", "towards", "over", "across", "via"))


def _backed_with_lam(lowered: Sequence[str], m: Any) -> bool:
    """ "فصائل حليفة لطهران" 'factions allied to Tehran', "موالين لطهران" 'loyal to Tehran', "الدعم الأمريكي لإسرائيل"
    'US support for Israel': an Arabic name with "to/for" (ل) joined, within two words after a word of loyalty,
    alliance or support (``lam_backing``), is the state backed or served."""
    if not particles.is_arabic(m.text) or not str(m.extra.get("prefix") or "").endswith("ل"):
        return False
    words = _group("lam_backing")
    return any(lowered[k] in words for k in range(max(0, m.first - 3), m.first))


def _attacked_state(lowered: Sequence[str], first: int) -> bool:
    """ "The attacks on the US on the evening of June 28", "attacks against the United States": a state beyond the
    region that attacks are told on is the state whose forces were attacked (its ground lies far from this fire), not
    a place hit."""
    k = first - 1
    if k >= 0 and lowered[k] == "the":
        k -= 1
    return k >= 1 and lowered[k] in ("on", "against", "at") and lowered[k - 1] in lexicon.attack_or_firing_words()


def owns_a_kurdish_weapon(lowered: Sequence[str], first: int) -> bool:
    """Whether the name at *first* owns the weapon or force named right before it, as Kurdish writes an owner after
    its noun: Sorani with the ezafe joined to the noun ("فڕۆکە جەنگییەکانی تورکیا" 'Turkey's warplanes', "درۆنێکی
    تورکیا", "سوپای ئێران"), Kurmanji with it joined or as a linker ("droneke Tirkiyê", "balafirên bêmirov ên
    Tirkiyê", ``kurdish_force`` words: "artêşa Tirkiyê"). Such a name is the state, as "Turkey's drones" is."""
    k = first - 1
    if k < 0:
        return False
    forces = lexicon.words("kurdish_force")
    if lowered[k] in forces:
        return True
    # (Persian writes an adjective with the same ی: "هواپیماهای جنگی اسرائیل" is read only in a Sorani sentence)
    sorani = lowered[k].endswith("ی") and any(particles.is_sorani(w) for w in lowered)
    if lowered[k] in particles.KURMANJI_LINKERS and k > 0:
        k -= 1
    elif not (sorani or lowered[k].endswith(("eke", "ên"))):
        return False
    return bool(lexicon.trigger_table().ends_before(lowered, k + 1)) or lowered[k] in forces


#: Marks after which a name opens a clause ('Son dakika: Türkiye, ...', '"Yemen, kuşatma ...')
_CLAUSE_MARKS = frozenset({",", ":", ";", '"', "“", "”", "«", "»", "(", "–", "—"})


def _opens_with(word: str, group: str) -> bool:
    """Whether *word* opens with a stem of *group* (Turkish and Kurmanji join their endings to the stem: "ordusundan",
    "Wezareta")."""
    return any(word.startswith(stem) for stem in _group(group))


def turkish_state(lowered: Sequence[str], m: Any, covered: set[int], inside: Sequence[Any] = ()) -> str:
    """How a country's name in a Turkish sentence stands for its state, or "" for a place. The name carries its case
    after an apostrophe ("İsrail'e", "Irak'ta": a place, read by :mod:`.roles`), the genitive ("İran'ın") or nothing:

    - a name before a place it owns is a place: "Irak'ın kuzeyinde", "Irak'ın Erbil kentinde", "Suriye sınırına"
      (``turkish_place_stem``), and so is a name in a list whose last name carries the case ("Irak ve Suriye'de",
      "Irak'ın ve Suriye'nin kuzeyindeki");
    - a name before a force, office, people or act (``turkish_state_stem``) is the state: "İsrail ordusu", "Lübnan
      basınında", "İsrail tarafından" 'by Israel', "İran'ın misilleme saldırısında", "İsrail'in hava saldırıları
      Lübnan'ın güneyinde" ("body"); so is a genitive that owns no place in the next words ("Türkiye'nin ...
      açıklaması");
    - a bare name opening a sentence or clause is its subject: "İsrail saldırıdan sonra Hizbullah'ı vurdu", "Türkiye,
      terör örgütü PKK'ya darbe indirmeye devam ediyor", also before a place of another country, which it cannot own
      bare ("İsrail Hudeyde limanını bombaladı"), and after a participle that tells what it did ("Gazze Şehri'ne kara
      harekatı başlatan İsrail, Yemen'i de hedefine aldı") ("subject")."""
    ending = m.extra.get("case_ending", "")
    if (ending and ending not in lexicon.GENITIVE) or m.extra.get("prefix") or not lexicon.turkish_sentence(lowered):
        return ""
    n, k = len(lowered), m.last
    if k + 1 < n and lowered[k] == "hava":
        k += 1  # 'air': "İsrail hava savunma sistemleri", "İsrail hava kuvvetleri"; "İsrail hava sahası" 'airspace'
    if ending and k < n and _opens_with(lowered[k], "turkish_state_stem"):
        return "body"  # the noun the genitive owns comes first: "İsrail'in hava saldırıları Lübnan'ın güneyinde"
    before = lowered[m.first - 1] if m.first else ""
    opens = (not before or before in _CLAUSE_MARKS) and not (k < n and lowered[k] in ("-", ":")) \
        and not (before == "," and m.first - 2 in covered)
    if not ending and opens and k in covered and _of_another_country(m, next((o for o in inside if o.first == k), None)):
        return "subject"  # "Önce Gazze sonra Yemen: İsrail Hudeyde limanını bombaladı"
    if k < n and (k in covered or _opens_with(lowered[k], "turkish_place_stem")):
        return ""
    if k + 1 < n and lowered[k] in (",", "ve", "ile", "veya") and k + 1 in covered \
            and not (lowered[k] == "," and _a_lone_object_after(lowered, k + 1, covered)):
        return ""  # a list: the case is on its last name
    if ending:
        for j in range(k, min(n, k + 4)):
            if j in covered or _opens_with(lowered[j], "turkish_place_stem"):
                return ""
            if not lowered[j][:1].isalpha():
                break
        return "body"
    if k < n and _opens_with(lowered[k], "turkish_state_stem"):
        return "body"
    if opens or (k < n and lowered[k] == "," and _subject_participle(before)):
        return "subject"
    return ""


def _of_another_country(m: Any, other: Any) -> bool:
    """Whether the mention *other* (right after the country *m*) is a place that lies in another country, or is one
    ("Türkiye Irak'ın kuzeyine hava harekatı düzenledi")."""
    if other is None or not other.candidates or not m.candidates:
        return False
    return other.candidates[0].country != m.candidates[0].country


def _subject_participle(word: str) -> bool:
    """Whether *word* is a Turkish participle of the subject ("başlatan", "vuran", "düzenleyen": 'that launched'),
    which stands before the name it tells of; not a noun in the ablative after a voiced sound ("tarafından",
    "bölgeden")."""
    return len(word) >= 5 and word.isalpha() and word.endswith(("an", "en")) and not word.endswith(("dan", "den"))


#: Hebrew words after which a clause opens ("אמר כי ישראל תגיב" 'said that Israel will respond', "אך", "אולם").
_HEBREW_CLAUSE_OPENERS = frozenset({"כי", "אך", "אולם", "אבל", "ואילו", "כאשר", "כש"})


def hebrew_subject(lowered: Sequence[str], m: Any, covered: set[int]) -> bool:
    """Whether a Hebrew country's name with no prefix opens a clause and is its subject: "ישראל נחושה לפעול" 'Israel is
    determined to act', "אמר כי ישראל תגיב". Hebrew joins its prepositions to the name ("בישראל" 'in Israel'), so a bare
    name opening a clause is its subject, and so is one right after a verb of acting in the feminine a country takes
    (``hebrew_verb_before``: "שיגרה איראן" 'Iran launched', the verb first); not a headline's label ("ישראל: ..."), a
    list ("ישראל ולבנון") or a name before an event word, which may be a passive ("ישראל הותקפה" 'Israel was attacked':
    the place hit)."""
    if not particles.is_hebrew(m.text) or m.extra.get("prefix") or m.last >= len(lowered):
        return False
    before = lowered[m.first - 1] if m.first else ""
    verbs = _group("hebrew_verb_before")
    if before in verbs or any(before[len(p):] in verbs for p in (*particles.hebrew_prefixes_of(before), "ש", "וש")
                              if before.startswith(p)):
        return True  # "שיגרה איראן הבוקר מטח" 'Iran launched a barrage this morning': the verb first, then its subject
        # (an object would take "את": "תקפה את ישראל"); after a joined "that" too: "היעדים שתקפה ישראל"
    if before and before not in _CLAUSE_MARKS and before not in _HEBREW_CLAUSE_OPENERS:
        return False
    after = lowered[m.last]
    return particles.is_hebrew(after) and m.last not in covered and after not in lexicon.LIST_JOINERS \
        and not lexicon.trigger_table().match_at(lowered, m.last)


def _officials_in_hebrew(lowered: Sequence[str], m: Any) -> bool:
    """ "בישראל לא הגיבו על הדיווחים" 'in Israel they did not respond to the reports', "בישראל סירבו להגיב": the
    Hebrew idiom of a state's silence, a country with "in" joined and the verb of comment in the plural with no subject
    (``hebrew_no_comment`` in extract_metonyms.csv), is its officials, not a place."""
    if not particles.is_hebrew(m.text) or not str(m.extra.get("prefix") or "").endswith("ב"):
        return False
    words = _group("hebrew_no_comment")
    return any(" ".join(lowered[m.last:m.last + n]) in words for n in (1, 2))


def _a_lone_object_after(lowered: Sequence[str], j: int, covered: set[int]) -> bool:
    """Whether the name at *j*, after a comma, carries its own case after an apostrophe and no list goes on after it
    ("İran, İsrail'e yaklaşık 200 füze fırlattı" 'Iran fired some 200 missiles at Israel'): the comma closes a
    subject, as Turkish news writes it, not the items of a list ("Irak, Suriye ve Lübnan'da")."""
    while j < len(lowered) and j in covered:
        j += 1
    return "'" in lowered[j - 1] and lowered[j:j + 1] not in ([","], ["ve"], ["ile"], ["veya"])


def owned_in_kurdish(lowered: Sequence[str], first: int, covered: set[int], country: bool = True) -> bool:
    """Whether the country at *first* owns the noun before it, as Kurdish writes an owner after its noun and the
    ezafe: a weapon or force (:func:`owns_a_kurdish_weapon`), in Sorani any noun that is no place or part of one
    ("حکومەتی عێراق" 'the government of Iraq', "سەرۆک کۆماری تورکیا", "میدیاکانی تورکیا"; not "باکووری عێراق"
    'northern Iraq' or "خاکی عێراق" 'Iraqi soil': ``kurdish_place_noun``), in Kurmanji a noun of an office, force,
    body or act (``kurmanji_state_stem``: "Serokkomarê Tirkiyeyê", "Wezareta Navxwe ya Tirkiyê", "bombebarana
    Tirkiyê"). Such a name is the state, as "Turkey's government" is. A seat that is no *country* or region (Erbil,
    Tehran) owns only a weapon or force ("ئاڕاستەی هەولێر" is 'towards Erbil')."""
    if owns_a_kurdish_weapon(lowered, first):
        return True
    if not country:
        return False
    k = first - 1
    if k < 0 or k in covered:
        return False  # "هەرێمی کوردستانی عێراق": the region's name before it
    word = lowered[k]
    if particles.is_arabic(word):
        if not any(particles.is_sorani(w) for w in lowered) or not word.endswith(("ی", "ى")):
            return False
        # (the noun may stand before an adjective with the ezafe: "ناوچە جیاوازەکانی هەرێمی کوردستان" 'the
        # different areas of the Kurdistan Region')
        return not any(_sorani_key(w) in _sorani_place_nouns() for w in lowered[max(0, k - 1):k + 1])
    if word in particles.KURMANJI_LINKERS and k > 0:
        # "Wezareta Navxwe ya Tirkiyê": the linker after the noun and its words
        return any(_opens_with(w, "kurmanji_state_stem") for w in lowered[max(0, k - 3):k] if w[:1].isalpha())
    return word.endswith(("a", "ê", "ên", "ya", "yê")) and _opens_with(word, "kurmanji_state_stem")


@functools.cache
def _sorani_place_nouns() -> frozenset[str]:
    """The Sorani place nouns (``kurdish_place_noun``) with their letters folded as :func:`_sorani_key` folds them."""
    return frozenset(_sorani_key(p) for p in _group("kurdish_place_noun"))


def _sorani_key(word: str) -> str:
    """A Sorani word with its letters folded as outlets type them (ە as ه, ى as ی, و for وو): "هێزهكانی" is
    "هێزەکانی", "سنورەکانی" "سنوورەکانی"."""
    return word.replace("ە", "ه").replace("ى", "ی").replace("ك", "ک").replace("وو", "و")


#: What a name that opens a sentence of a verb-final language may have after it and still be a place: a list or a
#: heading mark, a Persian object marker (را: the name is what was struck)
_NOT_A_SUBJECT_AFTER = frozenset({"و", "û", ",", "،", ":", "-", "را", "ve", "ile"})


def subject_of_a_final_verb(lowered: Sequence[str], m: Any, covered: set[int]) -> bool:
    """Persian and Kurdish put the verb last and the subject first, with no preposition: a country's name that opens
    the sentence (or follows a colon or quote), bare, is its subject ("ایران موج دوم حملات را آغاز کرد", "تورکیا
    چیای زەنگڵ بۆردومان دەکات", "Tirkiyeyê li Şengalê ... êrîş kir"); not a name in a list or heading ("Iraq û
    Sûriye", "عێراق:"), the object of را, or one before a place noun it is part of ("باکووری عێراق")."""
    if m.extra.get("prefix") or m.extra.get("ending") or m.extra.get("case_ending"):
        return False
    words = [w for w in lowered if w[:1].isalpha()]
    if m.first and lowered[m.first - 1] not in (":", '"', "“", "”", "«", "»") \
            and not (lowered[m.first - 1] == "ku" and _kurmanji(words)):
        return False  # (Kurmanji "ku" 'that' opens a clause: "piştrast kir, ku Îranê careke din ... bombebaran kir")
    if not (any(particles.is_sorani(w) for w in words) or particles.persian_words(words) or _kurmanji(words)):
        return False
    k = m.last
    return k < len(lowered) and k not in covered and lowered[k] not in _NOT_A_SUBJECT_AFTER \
        and lowered[k][:1].isalpha()


#: Kurmanji function words: a sentence with two of them is read as Kurmanji
_KURMANJI = frozenset({"û", "li", "ji", "di", "de", "ku", "bi", "ser", "ya", "yê", "ên", "kir", "kirin", "hat",
                       "hatin", "ve", "bo", "jî"})


def _kurmanji(words: Sequence[str]) -> bool:
    return len(_KURMANJI.intersection(words)) >= 2
