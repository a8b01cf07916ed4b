"""Words that make a place name someone else's: organisation and person names, titles, common words.

Used by :mod:`geoincidents.extract.mentions` to leave out the place names that
are no place of the report: words inside organisation and person names
(``extract_entities.csv``: "Islamic Resistance in Iraq", "Lloyd Austin"), a
capitalised name after a title ("Defense Secretary ..."), the name after an
Arabic outlet noun ("وكالة فارس"), a place name that opens or ends an
organisation's name ("Baghdad Operations Command", "Kurdistan Regional
Government"), a one-word alias that is a person's name ("Rami Abdel Rahman
said"), and common words (month and weekday names, "The", "US").
"""
from __future__ import annotations

import functools
from collections.abc import Sequence
from typing import Any

from gazetteer.normalize import endings, normalize, normalize_parts
from gazetteer.phrases import edge_words
from gazetteer.phrasewords import compass_of
from gazetteer.wordspans import grammar_compound

from geoincidents.extract import datewords, lexicon, particles
from geoincidents.extract.counts import MUNITION_TYPES
from geoincidents.extract.particles import hebrew_prefixes_of
from geoincidents.extract.text import Sentence

__all__ = ["GLUE_PUNCT", "blocked_tokens", "common_word", "names_an_organisation", "ends_as_an_organisation",
           "qualifies_a_title", "names_a_river_bank", "speaks", "person_named_like", "is_descriptor",
           "is_descriptor_before", "name_follows", "name_before", "demonym_words"]

#: Marks that join the words of one name ("al-Qa'im"); the zero-width non-joiner inside Persian words; the Hebrew geresh
#: after a name's letter ("מרג׳ עיון", as "מרג' עיון")
GLUE_PUNCT = frozenset({"-", "'", "’", "ʼ", "`", "\u200c", "\u05f3"})


def blocked_tokens(sentence: Sentence) -> set[int]:
    """Token indices inside organisation/person names or a titled name ("Defense Secretary Lloyd Austin")."""
    lowered = sentence.lowered
    blocked: set[int] = set()
    for start, end, _ in lexicon.entities().find(lowered):
        if _place_and_today(sentence, lowered, start, end):
            continue
        blocked.update(range(start, end))
    blocked.update(_entities_past_quotes(lowered))
    blocked.update(_after_organisation_noun(lowered))
    blocked.update(_owner_of_a_kurdish_body(sentence.tokens))
    blocked.update(_named_in_apposition(sentence.tokens))
    no_place = lexicon.words("no_place")  # "ئامانج" 'target', not the village Amanc
    blocked.update(k for k, word in enumerate(lowered) if word in no_place)
    # (and "العمر" 'the age', "المشهد" 'the scene' unless a descriptor names the place: "حقل العمر" the Omar field)
    alone = lexicon.words("no_place_alone")
    blocked.update(k for k, word in enumerate(lowered) if word in alone and not _descriptor_before(sentence.tokens, k))
    blocked.update(_calendar_words_of_a_date(lowered))
    blocked.update(_named_streets(lowered))
    blocked.update(_after_an_outlet_noun(sentence.tokens))
    blocked.update(_preposition_homographs(lowered))
    blocked.update(_negated_origins(lowered))
    blocked.update(_named_models(lowered))
    blocked.update(_outlets_speaking(lowered))
    for _, end, _ in lexicon.titles().find(lowered):
        i = end
        while i < len(sentence.tokens) and (sentence.tokens[i].text[:1].isupper() or sentence.tokens[i].text in GLUE_PUNCT
                                             or lowered[i] in ("al", "bin", "abu")):
            blocked.add(i)
            i += 1
    return blocked


def _entities_past_quotes(lowered: list[str]) -> set[int]:
    """Token indices of an organisation's name written with quote marks inside it ('"المقاومة الإسلامية" في العراق',
    '"Islamic Resistance" in Iraq': the group's name, its "in Iraq" no place), read as if the marks were not there."""
    kept = [k for k, word in enumerate(lowered) if word not in QUOTE_MARKS]
    if len(kept) == len(lowered):
        return set()
    found: set[int] = set()
    for start, end, _ in lexicon.entities().find([lowered[k] for k in kept]):
        if kept[end - 1] - kept[start] != end - 1 - start:  # (a quote mark inside: not found on the words as written)
            found.update(range(kept[start], kept[end - 1] + 1))
    return found


def _outlets_speaking(lowered: list[str]) -> list[int]:
    """Token indices of a news agency that bears a place's name ("Fars", "Petra"; ``outlet_named_as_a_place``) where it
    reports: before a verb of saying, or before "and" and another outlet and such a verb ("Fars says the refinery was
    not hit", "Fars and Tasnim say"): the agency, not the province or the city."""
    outlets, saying = lexicon.words("outlet_named_as_a_place"), lexicon.words("statement_verb")
    found = []
    for k, word in enumerate(lowered):
        if word in outlets and (lowered[k + 1:k + 2] and lowered[k + 1] in saying
                                or lowered[k + 1:k + 2] == ["and"] and lowered[k + 3:k + 4]
                                and lowered[k + 3] in saying):
            found.append(k)
    return found


def _preposition_homographs(lowered: list[str]) -> list[int]:
    """Tokens that are a preposition spelt as a place's name, before a determiner: French "Sur leur site" ('on', not
    Tyre, whose Arabic name Sur is an alias; ``preposition_homograph`` and ``french_determiner`` in extract_words.csv)."""
    homographs, determiners = lexicon.words("preposition_homograph"), lexicon.words("french_determiner")
    return [k for k, word in enumerate(lowered[:-1]) if word in homographs
            and (lowered[k + 1] in determiners or lowered[k + 1][:2] in determiners)]  # "Sur l'autoroute"


def _after_an_outlet_noun(tokens: Sequence[Any]) -> set[int]:
    """Token indices of the name after a noun of a broadcaster or its correspondent in a Latin or Hebrew script
    ("the Lebanese channel Al-Mayadeen", "la chaîne libanaise Al-Mayadeen", "le correspondant d'Al-Mayadeen",
    "רשת אל-מיאדין"; ``outlet_noun`` in extract_words.csv, perhaps with a country's adjective after it as French puts
    it): the outlet's name, not the town it is named after. Up to three capitalised (or Hebrew) words and the hyphens
    and elisions between them."""
    nouns = lexicon.words("outlet_noun")
    demonyms = demonym_words()
    named: set[int] = set()
    for k, token in enumerate(tokens):
        if token.lower not in nouns and lexicon.unelided(token.lower) not in nouns:
            continue  # (with its elided article: "l'agence Fars")
        j = k + 1
        while j < len(tokens) and j - k <= 2 and (tokens[j].lower in demonyms or tokens[j].lower in ("of", "de", "di")):
            j += 1  # ("la chaîne libanaise", "the correspondent of")
        words = 0
        while j < len(tokens) and words < 3:
            text = tokens[j].text
            elided = particles.elision_length(text)
            if text in GLUE_PUNCT:
                named.add(j)
            elif text[elided:][:1].isupper() or particles.is_hebrew(text):
                named.add(j)
                words += 1
            else:
                break
            j += 1
    return named


def _named_streets(lowered: list[str]) -> list[int]:
    """The first word after a street noun written before its name ("شارع فلسطين" Palestine Street, "شارع حيفا" Haifa
    Street of Baghdad, "خیابان فلسطین", "רחוב יפו" Jaffa Street; ``street_before`` in extract_words.csv, with a
    joined particle too: "بشارع"): the street's name, no place; the place it lies in is told after it ("شارع
    فلسطين شرقي بغداد")."""
    streets = _street_nouns()
    return [k + 1 for k, word in enumerate(lowered[:-1]) if word in streets]


@functools.cache
def _street_nouns() -> frozenset[str]:
    return frozenset(f for w in lexicon.words("street_before") for f in particles.joined_forms(w))


def _negated_origins(lowered: list[str]) -> list[int]:
    """Tokens right after Arabic غير 'non-' ("جنسيات غير سورية" 'non-Syrian nationalities'): an adjective of origin,
    no place (``negated_origin`` in extract_words.csv)."""
    negations = lexicon.words("negated_origin")
    return [k + 1 for k, word in enumerate(lowered[:-1]) if word in negations]


def _named_models(lowered: list[str]) -> list[int]:
    """The words of a weapon's model named after a word for "type" (``model_word`` in extract_words.csv: "صاروخ
    باليستي من نوع فلسطين 2" 'a ballistic missile of the Palestine 2 type', "بطائرة مسيرة نوع يافا" 'with a drone of the
    Yafa type'): up to two words, or the words a quotation mark closes, never a place."""
    models = lexicon.words("model_word")
    blocked = []
    for k, word in enumerate(lowered[:-1]):
        if word not in models:
            continue
        j = k + 1
        if lowered[j] in QUOTE_MARKS:
            close = next((e for e in range(j + 1, min(len(lowered), j + 5)) if lowered[e] in QUOTE_MARKS), None)
            blocked += range(j + 1, close if close is not None else min(len(lowered), j + 3))
        else:
            blocked += [e for e in range(j, min(len(lowered), j + 2)) if lowered[e] not in (",", ".", "،")][:2]
    return blocked + _numbered_models(lowered)


#: How many words of its kind may stand between a weapon and the quoted name of its model ("موشک بالستیک فراصوت «").
_MODEL_AFTER_WEAPON = 2


def _numbered_models(lowered: list[str]) -> list[int]:
    """The words of a quoted name with a number that closes it, right after a weapon (perhaps with a word or two of
    its kind between, ``weapon_adjective``): "موشک بالستیک فراصوت «فلسطین ۲»" 'the hypersonic ballistic missile
    "Palestine 2"': a model, never a place (not "drones struck «Tower 22»": a verb between, the place hit)."""
    quoted = []  # (opening mark, closing mark) of each quoted name closed by a number
    for k, word in enumerate(lowered[:-1]):
        if word not in QUOTE_MARKS:
            continue
        close = next((e for e in range(k + 1, min(len(lowered), k + 5)) if lowered[e] in QUOTE_MARKS), None)
        if close is not None and close > k + 1 and any(ch.isdigit() for ch in lowered[close - 1]):
            quoted.append((k, close))
    if not quoted:
        return []  # (most sentences quote no such name: no search for their weapons)
    weapons = [end for _, end, trigger in lexicon.trigger_table().find(lowered)
               if trigger.event_type in MUNITION_TYPES]
    kind_words = lexicon.words("weapon_adjective")
    return [j for k, close in quoted
            if any(0 <= k - end <= _MODEL_AFTER_WEAPON and set(lowered[end:k]) <= kind_words for end in weapons)
            for j in range(k + 1, close)]


def _descriptor_before(tokens: Sequence[Any], k: int) -> bool:
    """Whether a descriptor names the place at token *k* (``no_place_alone``: "حقل العمر" the Omar field), right before
    it or past a quote mark and a word of direction ("استان غربی «انبار»" 'the western province of «Anbar»')."""
    j = k - 1
    while j >= 0 and tokens[j].text in QUOTE_MARKS:
        j -= 1
    if j > 0 and compass_of(tokens[j].lower) is not None:
        j -= 1
    return j >= 0 and _a_descriptor(tokens[j].text)


def _a_descriptor(word: str) -> bool:
    """Whether *word* is a descriptor of the gazetteer, perhaps with a Hebrew prefix joined ("בעיר" 'in the city')."""
    return is_descriptor(word) or any(is_descriptor(word[len(p):]) for p in hebrew_prefixes_of(word))


def _calendar_words_of_a_date(lowered: list[str]) -> list[int]:
    """The weekday names of every language (:mod:`.datewords`: Kurmanji "Şemiyê" is Saturday, not al-Shamiyah), and
    the month names beside a number ("18 آب 2022" is August, not Ibb; "7 Kasım'da" November, not Imam Qasim) or in
    brackets after another name of the month ("11 أغسطس (آب)"): words of a date, never of a place."""
    def number(k: int) -> bool:
        return 0 <= k < len(lowered) and any(ch.isdigit() for ch in lowered[k])

    def month_before_a_bracket(k: int) -> bool:  # "11 أغسطس (آب)": the month's other name, in brackets
        return k >= 2 and lowered[k - 1] == "(" and datewords.word_at("month", lowered, k - 2) is not None

    def months_slashed(k: int, end: int) -> bool:  # "أواخر آب/أغسطس" 'late August': the month's two names
        return (end + 1 < len(lowered) and lowered[end] == "/" and datewords.word_at("month", lowered, end + 1)
                is not None) or (k >= 2 and lowered[k - 1] == "/" and datewords.word_at("month", lowered, k - 2)
                                 is not None)
    blocked: list[int] = []
    for i in range(len(lowered)):
        weekday = datewords.word_at("weekday", lowered, i)
        month = None if weekday else datewords.word_at("month", lowered, i)
        if weekday or month and (number(i - 1) or number(month[0]) or month_before_a_bracket(i)
                                 or months_slashed(i, month[0])):
            blocked.extend(range(i, (weekday or month)[0]))
    return blocked


def _place_and_today(sentence: Sentence, lowered: list[str], start: int, end: int) -> bool:
    """Whether an outlet's name that ends on "today" ("Baghdad Today", "بغداد اليوم") is a place and the day: after a
    word that places it (a role cue or descriptor: "in Baghdad today", "في مطار بغداد اليوم"), or written small in
    Latin script ("hit Baghdad today")."""
    if lowered[end - 1] not in lexicon.words("today_word"):
        return False
    if sentence.tokens[end - 1].text[:1].islower():
        return True
    return start > 0 and (bool(lexicon.role_cues()[0].ends_before(lowered, start)) or is_descriptor(lowered[start - 1]))


#: Words that may stand between the comma and the role word of an apposition ("Hussein, a cousin of ...").
_APPOSITION_OPENERS = frozenset({"a", "an", "the", "his", "her", "their", "its"})
#: The words after a role word that make it a person's role ("head of", "spokesman for", "director at").
_ROLE_LINKS = frozenset({"of", "for", "at"})
#: Prepositions of place before a name: "struck Qaim, head of ..." is rare, "in Qaim, a resident of" rarer still,
#: but a name after one of these is a place, whatever follows.
_PLACE_PREPOSITIONS = frozenset({"in", "at", "on", "near", "from", "to", "toward", "towards", "into", "outside"})


def _named_in_apposition(tokens: tuple[Any, ...]) -> set[int]:
    """Token indices of a capitalised name set off by a comma before a person's role and "of" / "for" / "at"
    ("Hussein, a cousin of one of the victims"; "Eli Bin, head of the rescue service"): a person's name, however
    like a place's (``person_role`` in ``extract_words.csv``). Up to three capitalised words before the comma, not
    after a preposition of place."""
    roles = lexicon.words("person_role")
    lowered = [t.lower for t in tokens]
    named: set[int] = set()
    for comma, token in enumerate(tokens):
        if token.text != "," or comma == 0:
            continue
        k = comma + 1
        if k < len(tokens) and lowered[k] in _APPOSITION_OPENERS:
            k += 1
        if not (k + 1 < len(tokens) and lowered[k] in roles and lowered[k + 1] in _ROLE_LINKS):
            continue
        run = []
        j = comma - 1
        while j >= 0 and len(run) < 3 and tokens[j].text[:1].isupper() and tokens[j].text.isalpha():
            run.append(j)
            j -= 1
        if run and (j < 0 or lowered[j] not in _PLACE_PREPOSITIONS):
            named.update(run)
    return named


def _after_organisation_noun(lowered: list[str]) -> set[int]:
    """Token indices of the name after an Arabic noun that opens an organisation's name ("وكالة فارس", the Fars
    news agency; "قناة الميادين", the al-Mayadeen channel): up to three words, to punctuation or a preposition."""
    opener = _organisation_openers()
    prepositions = lexicon.words("preposition")
    named: set[int] = set()
    for k, word in enumerate(lowered):
        if word in opener:
            quoted = 0  # (the name in quotation marks: قناة "الميادين")
            for j in range(k + 1, min(k + 4 + quoted, len(lowered))):
                if lowered[j] in _QUOTES:
                    quoted += 1
                    continue
                if not particles.is_arabic(lowered[j]) or lowered[j] in prepositions:
                    break
                named.add(j)
    return named


def _owner_of_a_kurdish_body(tokens: tuple[Any, ...]) -> set[int]:
    """Token indices of the names after a Kurdish noun of a government body, which Kurdish writes before its owner
    with the ezafe ("Hikûmeta Herêma Kurdistanê" 'the Kurdistan Region's government', "Serokatiya Herêma
    Kurdistanê", "Hikûmeta Federal a Iraqê", Sorani "حکومەتی هەرێمی کوردستان"; ``kurdish_body`` in
    extract_words.csv): the body's name, no place of the report, as "the Kurdistan Regional Government" is none.
    Up to four capitalised words and the ezafe linkers between them; up to three Sorani words."""
    bodies = lexicon.words("kurdish_body")
    named: set[int] = set()
    for k, token in enumerate(tokens):
        if token.lower not in bodies:
            continue
        sorani = particles.is_arabic(token.text)
        for j in range(k + 1, min(k + (4 if sorani else 5), len(tokens))):
            word = tokens[j].text
            if sorani and particles.is_arabic(word) and tokens[j].lower not in lexicon.words("preposition") \
                    or not sorani and (tokens[j].lower in particles.KURMANJI_LINKERS or (word[:1].isupper() and word.isalpha())):
                named.add(j)
            else:
                break
    return named



#: Quotation marks around an organisation's name after the noun that opens it.
#: Quotation marks around a name in report text ("قاعدة "حرير"", « Harir »).
QUOTE_MARKS = frozenset({'"', "«", "»", "“", "”"})
_QUOTES = QUOTE_MARKS | {"'"}


@functools.cache
def _organisation_openers() -> frozenset[str]:
    return frozenset(f for w in lexicon.words("organisation_prefix") for f in particles.joined_forms(w))


@functools.lru_cache(maxsize=1 << 12)
def common_word(lower: str) -> bool:
    """An English function or common word, a month or weekday name (or abbreviation), or a word of one or two letters."""
    return len(lower) <= 2 or lower in calendar_words() or lower in lexicon.words("common_word") \
        or lower in lexicon.words("function_word")


@functools.cache
def calendar_words() -> frozenset[str]:
    """The English names and abbreviations of the months and weekdays, lowercase: capitalised, yet no names."""
    import calendar

    return frozenset(w.lower() for w in (*calendar.month_name, *calendar.month_abbr, *calendar.day_name,
                                         *calendar.day_abbr, "Sept", "Tues", "Thurs") if w)


def names_an_organisation(lowered: list[str], hit: int, tokens: Sequence[Any] | None = None) -> bool:
    """Whether the words after a name make it an organisation's ("Baghdad Operations Command", "Israel Defense
    Forces", "Kurdistan 24", "Iran International"): ``organisation_suffix`` in ``extract_words.csv``; also after
    "and" and one more name, the suffix then naming both ("the Fars and Tasnim agencies"). A suffix the table writes
    capitalised is one only when the text capitalises it too (given *tokens*): "Baghdad Today" is the outlet, "an
    attack hit Qamishli today" the town."""
    suffixes = lexicon.word_phrases("organisation_suffix")
    found = suffixes.match_at(lowered, hit) if hit < len(lowered) else None
    if found is not None:
        return tokens is None or " ".join(lowered[hit:found[0]]) not in _capitalised_suffixes() \
            or tokens[hit].text[:1].isupper()
    return hit + 2 < len(lowered) and lowered[hit] == "and" and lowered[hit + 1].isalpha() \
        and suffixes.match_at(lowered, hit + 2) is not None and lowered[hit + 2].endswith("s")


def names_a_river_bank(lowered: list[str], first: int, hit: int) -> bool:
    """Whether the name at tokens *first*..*hit* is the "west bank" of the river named after it ("کرانه باختری رود
    فرات", "الضفة الغربية لنهر الفرات": the Euphrates' west bank in Deir ez-Zor, not the West Bank): one of the
    ``river_bank_name`` words right before a ``river_word``."""
    return hit < len(lowered) and lowered[hit] in lexicon.words("river_word") \
        and " ".join(lowered[first:hit]) in lexicon.words("river_bank_name")


@functools.cache
def _capitalised_suffixes() -> frozenset[str]:
    """The organisation suffixes the table writes capitalised, words of the language otherwise ("Today", "News")."""
    return frozenset(row["word"].lower() for row in lexicon.read_table("words")
                     if row["group"] == "organisation_suffix" and row["word"][:1].isupper())


def ends_as_an_organisation(lowered: list[str], first: int, hit: int) -> bool:
    """Whether the matched words end on an organisation suffix ("Kurdistan Regional Government" is the government,
    not the region; "Erbil International Airport" ends on no suffix)."""
    suffixes = lexicon.word_phrases("organisation_suffix")
    return any((found := suffixes.match_at(lowered, k)) is not None and found[0] >= hit for k in range(first + 1, hit))


def qualifies_a_title(tokens: list[Any], hit: int) -> bool:
    """Whether the name before token *hit* qualifies a title held by the person named after it ("Kurdistan Region
    President Nechirvan Barzani", "Erbil Governor Omed Khoshnaw"): the office's, not a place of the report."""
    lowered = [t.lower for t in tokens]
    found = lexicon.titles().match_at(lowered, hit) if hit < len(tokens) else None
    return found is not None and name_follows(tokens, found[0])


#: Kinds of small places whose alias may be a given name ("Rami" is an alias of the village of Rama).
_PERSON_LIKE_KINDS = frozenset({"village", "town"})


def person_named_like(tokens: list[Any], first: int, hit: int, resolved: tuple[list[Any], str, float]) -> bool:
    """A one-word name that is a person's, not a place's:

    * an alias of a place (not its own name) followed by another name or by "said", or after "according to":
      "Rami Abdel Rahman said", "Rami said" (not the village of Rama), "Omar Abdullah said" (not the al-Omar field),
      "Khalil said" (not Hebron, al-Khalil); never a country's ("the UK said", "USA said");
    * an alias of a village or town right after a given name: "Omed Khoshnaw" (not Hiran, alias Khoshnaw);
    * any name between a given name and "said": "Saad Maan said" (not Ma'an), "Israel Katz said" reads
      "Israel" after no given name, but "Katz" follows it before "said" (not Israel).
    """
    cands, method, _ = resolved
    if hit - first != 1 or not cands or _case_ending_closes(tokens[first].text):
        return False  # ("Kuzey Irak'taki Gara bölgesine": a case ending closes the name; no surname follows it)
    speaker = lexicon.words("speaker")
    says = hit < len(tokens) and tokens[hit].lower in speaker
    at_place = first > 0 and tokens[first - 1].lower in lexicon.words("place_preposition")
    if method != "exact" and cands[0].kind != "country" and (speaks(tokens, first, hit)
                              or (name_follows(tokens, hit) and not _descriptor_follows(tokens, hit) and not at_place)):
        return True  # "Khalil said", "according to Omar": a person, not Hebron or the al-Omar field ("in Teheran
        # Ismail Haniyeh": a place, the name after it another's)
    # (a preposition opening the sentence is none: German "Bei Dêrik wurden zwei Drohnen abgeschossen")
    given = first > 0 and _given_name(tokens[first - 1]) and (first < 2 or tokens[first - 2].text not in GLUE_PUNCT) \
        and tokens[first - 1].lower not in lexicon.words("place_preposition")
    if given and says:
        return True  # "Saad Maan said"
    if given and method != "exact" and cands[0].kind in _PERSON_LIKE_KINDS:
        return True  # "targeted Omed Khoshnaw": a surname that is only an alias of a town (Khoshnaw, of Hiran)
    surname = hit + 1 < len(tokens) and _given_name(tokens[hit]) and tokens[hit + 1].lower in speaker
    return surname and cands[0].kind not in _PERSON_LIKE_KINDS | {"city"} and first == 0  # "Israel Katz said ..."


def _case_ending_closes(word: str) -> bool:
    """Whether *word* ends in a Turkish case ending after an apostrophe ("Irak'taki", "Erbil'e")."""
    cut = max(word.rfind("'"), word.rfind("\u2019"))
    return cut > 0 and word[cut + 1:].casefold() in endings("turkic_endings.csv")


def speaks(tokens: list[Any], first: int, hit: int) -> bool:
    """Whether the words from *first* to *hit* are someone speaking or cited: followed by "said", "told", "says"
    (``speaker``) or after "according to" ("Nasser said", "according to Bagheri")."""
    lowered = [t.lower for t in tokens]
    if first and lowered[first - 1] in lexicon.words("place_preposition") | {"of"}:
        return False  # "residents in Qaim said": the place they are in
    says = hit < len(tokens) and lowered[hit] in lexicon.words("speaker") - {"official", "officials", "defense"}
    return says or lowered[max(0, first - 2):first] == ["according", "to"]


def _given_name(token: Any) -> bool:
    """A capitalised word that is no function word, demonym or descriptor (a given name or surname, perhaps), nor a
    German compound ending in a descriptor ("die Küstenstadt Naharija", the coastal town: no given name)."""
    return token.text[:1].isupper() and token.text.isalpha() and token.lower not in lexicon.words("function_word") \
        and token.lower not in demonym_words() and not is_descriptor(token.text) and not common_word(token.lower) \
        and not grammar_compound(normalize(token.text))


@functools.lru_cache(maxsize=1 << 12)
def is_descriptor(word: str) -> bool:
    """A descriptor word of the gazetteer ("Garrison", "Base", "Province"), read as it would follow a name."""
    return bool(normalize_parts("x " + word)[1])


def is_descriptor_before(word: str, of: str) -> bool:
    """A descriptor word of the gazetteer read before a name with its "of" ("puerto de", "porto di")."""
    return bool(normalize_parts(f"{word} {of} x")[1])


def _descriptor_follows(tokens: list[Any], hit: int) -> bool:
    """Whether a descriptor word ("Garrison", "Base", "Field") follows: part of the place's own name."""
    return hit < len(tokens) and is_descriptor(tokens[hit].text)


def name_follows(tokens: list[Any], j: int) -> bool:
    """Whether a capitalised word, or an Arabic article and one ("al-Saadi"), follows token *j*; not a weapon's
    word ("Erbil'e İHA ile saldırı": a drone)."""
    k = j
    if k < len(tokens) and tokens[k].lower in ("al", "el"):
        k += 1
        while k < len(tokens) and tokens[k].text in GLUE_PUNCT:
            k += 1
    return k < len(tokens) and tokens[k].text[:1].isupper() and tokens[k].text.isalpha() \
        and lexicon.trigger_table().match_at([t.lower for t in tokens[k:k + 6]], 0) is None


def name_before(tokens: list[Any], i: int) -> bool:
    """Whether a capitalised word, perhaps with an Arabic article between ("Hamid al-"), comes before token *i*;
    a function, container or proximity word of the phrase grammar capitalised at the start of a sentence is
    none ("In Qamishili, ...")."""
    k = i - 1
    while k >= 0 and tokens[k].text in GLUE_PUNCT:
        k -= 1
    if k >= 0 and tokens[k].lower in ("al", "el"):
        k -= 1  # "Hamid al-", and the name's own article written apart ("Al Bisariya"): the word before decides
        while k >= 0 and tokens[k].text in GLUE_PUNCT:
            k -= 1
    return k >= 0 and tokens[k].text[:1].isupper() and tokens[k].text.isalpha() \
        and tokens[k].lower not in lexicon.words("function_word") and tokens[k].lower not in edge_words()


@functools.cache
def demonym_words() -> frozenset[str]:
    """Every word of the demonym table ("Syrian", "Israeli"): adjectives of countries, never a place by sound."""
    return frozenset(w for r in lexicon.read_table("demonyms") for w in r["demonym"].lower().split())
