"""Place mentions: a gazetteer-backed longest match over normalised token n-grams.

The gazetteer's names (primary names, aliases, Arabic names) are normalised
once per gazetteer with :func:`gazetteer.normalize` into a key set and a
token vocabulary (:mod:`geoincidents.extract.namekeys`). A report's tokens are normalised one at a time (cached);
only runs of tokens that all belong to the vocabulary (or are articles,
descriptor words and hyphens) are tried as n-grams, longest first, so the
cost stays linear in the text.

A candidate span is then resolved with :meth:`gazetteer.Gazetteer.resolve`
(its descriptor words and ranking decide the kind: "Rumalyn base" is the
landing zone, "Hasaka province" the governorate); ambiguous spans keep all
their candidates for :func:`geoincidents.extract.senses.settle_senses` to settle.

Skipped, by rule tables in ``geoincidents/data/extract_*.csv``: words inside
organisation and person names ("Islamic Resistance in Iraq", "Quds Force",
"Lloyd Austin"), capitalised names after a title ("President X"), names
written in lower case in Latin script ("hit" is a verb, not the town of
Hit), names followed by a street word ("Palestine Street") and names that
qualify a group ("Iran-backed militia"). The rules that make a name someone
else's (organisations, people, titles, common words) are in
:mod:`geoincidents.extract.names`.
"""
from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass, field
from collections.abc import Callable, Iterable, Iterator
from typing import Any, Sequence

from gazetteer.errors import AmbiguousPlace, GazetteerError
from gazetteer.hints import distance_km
from gazetteer.normalize import (article_words, descriptor_words, direction_stems, inflection_stems, name_openers,
                                 name_words,
                                 normalize, normalize_parts, opens_a_name, persian_endings, stems_after)
from gazetteer.phonetic import phonetic_key, phonetic_readings
from gazetteer.places import outside_country_kinds
from gazetteer.phrases import capital_phrases, territory_country
from gazetteer.phrasewords import compass_of, compass_told, country_adjectives, countryside_words, territory_words
from gazetteer.romanize import romanizations
from gazetteer.spans import german_reading, jota_reading

from geoincidents.extract import lexicon, particles
from geoincidents.extract.heard import HEARD_METHODS, heard_in_context
from geoincidents.extract.metonyms import mark_metonyms, names_an_attribute
from geoincidents.extract.plurallists import names_under_a_plural
from geoincidents.extract.possessive import hebrew_site_of_the_town, owned_site, site_of_the_town
from geoincidents.extract.namekeys import NameKeys, country_keys, name_keys, name_parts, token_key
from geoincidents.extract.names import (GLUE_PUNCT, QUOTE_MARKS, blocked_tokens, common_word, demonym_words,
                                        ends_as_an_organisation, is_descriptor, name_before, name_follows,
                                        names_a_river_bank, names_an_organisation,
                                        person_named_like, qualifies_a_title, speaks)
from geoincidents.extract.text import Sentence

__all__ = ["Mention", "find_mentions", "in_title_case", "GOVERNING_A_NAME"]


@dataclass
class Mention:
    """One place mention in a report."""

    text: str
    start: int
    end: int
    sentence: int
    first: int  # token index in its sentence
    last: int  # token index after the mention
    query: str  # the span given to the gazetteer (may include a leading descriptor: "town of Zummar")
    candidates: list[Any]  # gazetteer Places, best first
    method: str
    score: float
    place: Any = None
    role: str = "context"
    cue: str = ""
    kind_hint: tuple[str, ...] = ()
    settled_by: str = ""
    extra: dict = field(default_factory=dict)


_GEONAMES_ID = ("gn-", "geonames-")  # ids of places loaded from GeoNames (gazetteer.world, Gazetteer.from_geonames)


@functools.cache
def _descriptors_unmarked() -> frozenset[str]:
    """Descriptor words of the gazetteer written with marks, as they read without them, where no descriptor is written
    so ("wies" of Polish "wieś" 'village'; in running text, German "wies" 'rejected')."""
    from gazetteer.datatables import read_table

    written = {w for row in read_table("normalize_descriptors.csv") for w in row["phrase"].lower().split()}
    plain = {w for w in written if w.isascii()}
    return frozenset(folded for w in written if not w.isascii() and (folded := unicodedata.normalize(
        "NFKD", w).encode("ascii", "ignore").decode()) and folded.isalpha() and folded not in plain)


def _held_by(gazetteer: Any, query: str) -> bool:
    """Whether *query*, a name and a descriptor after it, finds no place of the descriptor's kind, only the place that
    holds one ("Ankara wies": no village Ankara, so the city: the lower-case word is no descriptor but German 'rejected',
    read as Polish wieś 'village' without its mark)."""
    resolved = _resolve(gazetteer, query)
    return resolved is not None and resolved[1] == "container"


@functools.lru_cache(maxsize=4)
def _lowercase_names(gazetteer: Any) -> frozenset[str]:
    """The names of two words or more that the gazetteer's own places (not GeoNames') are written with in lowercase
    Latin letters, as languages write a noun and its adjective ("ambassade américaine", "ambasciata americana",
    "embajada estadounidense"): names in running text, though written small."""
    places = gazetteer.places
    names = set()
    for place_id, aliases in zip(places["id"], places["aliases"]):
        if str(place_id).startswith(_GEONAMES_ID) or not isinstance(aliases, str):
            continue
        names.update(a.casefold() for a in aliases.split("|") if " " in a and _is_latin_lower(a))
    return frozenset(names)


def _is_latin_lower(text: str) -> bool:
    """Whether *text* is written in Latin letters, none of them capital: no name in running text ("köye" 'to the
    village' is not Koye, Koya; the Turkish, Kurdish and Azerbaijani letters with marks are Latin too)."""
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and all(c.isascii() or unicodedata.name(c, "").startswith("LATIN") for c in letters) \
        and not any(c.isupper() for c in letters)


@functools.lru_cache(maxsize=1 << 14)
def _resolve(gazetteer: Any, query: str) -> tuple[list[Any], str, float] | None:
    """Candidates (best first), method and score of a span; None when the gazetteer has no such name.

    Cached: reports repeat the same few dozen names (callers copy the list before changing it).
    """
    try:
        match = gazetteer.resolve(query, fuzzy=False)
    except AmbiguousPlace as err:
        cands = [c.place for c in err.candidates]
        return cands, err.candidates[0].method, float(err.candidates[0].score)
    except GazetteerError:
        return None
    # A name shared by several places resolves to the most prominent; the others are its alternatives.
    alternatives = [gazetteer.get(a.place_id) for a in getattr(match, "alternatives", None) or ()]
    cands = [match.place] + [p for p in alternatives if p.id != match.place.id]
    return cands, match.method, float(match.score)


def _directed_region(gazetteer: Any, sentence: Any, tokens: list[Any], lowered: list[str], first: int, hit: int,
                     place: Any) -> Any:
    """The region a country's name at tokens *first*..*hit* names with the direction words told before or after it
    ("southern Lebanon", "le sud du Liban", "בדרום לבנון", "Lübnan'ın güneyi": South Lebanon), read by the gazetteer
    as the whole phrase (:meth:`gazetteer.resolver.Resolver._directed_province`), else None ("northern Israel" is
    Israel)."""
    if place.kind != "country":
        return None
    spans = [(k, hit) for k in range(first - 1, max(first - 4, -1), -1)] + [(first, j) for j in (hit + 1, hit + 2, hit + 3)]
    for i, j in spans:
        if j > len(tokens):
            continue
        words = list(lowered[i:first] if i < first else lowered[hit:j])
        # (an Arabic particle joined to the direction word: "بجنوب لبنان" 'in south Lebanon')
        cut = particles.particle_length(words[0], lambda rest: compass_of(rest) is not None) \
            if i < first and particles.is_arabic(words[0]) and compass_of(words[0]) is None else 0
        words[0] = words[0][cut:]
        if compass_told(words, only=True) is None:
            continue
        resolved = _resolve(gazetteer, sentence.text[tokens[i].start + cut - sentence.start:tokens[j - 1].end - sentence.start])
        region = resolved[0][0] if resolved is not None else None
        if region is not None and region.kind == "region" and region.country == place.country:
            return region
    return None


#: What Persian writes after a name past the half-space (U+200C) and keeps it that name: the plural ("ها", "های"), the
#: ezafe and indefinite "ی", the possessives, the comparative, "is" ("است").
_PERSIAN_SUFFIXES = frozenset({"ها", "های", "هایی", "ی", "ای", "ایی", "اش", "ام", "ات", "مان", "تان", "شان", "تر", "ترین",
                               "است", "اند"})

#: A Turkish descriptor in the possessive with its case ending, no apostrophe between ("havalimanı-n-a" 'to the
#: airport', "üssü-n-e" 'to the base', "üssü-n-ü" the base hit, "üssü-n-de" 'at the base', "bölgesi-n-deki" 'in the region'),
#: or with one ("Havalimanı'na", as a name's possessive is written: "Bekaa Vadisi'ne"): the ending's case.
_DESCRIPTOR_CASE = re.compile(r"(.+[ıiuü])['’]?n(a|e|ı|i|u|ü|da|de|daki|deki)")


def _descriptor_case(word: str) -> str:
    """The case ending of a Turkish descriptor that closes a name ("Erbil havalimanına", "Ayn el-Esad üssüne"), as
    the ending after a name's apostrophe is read (``ending`` rows of extract_roles.csv), else ""."""
    found = _DESCRIPTOR_CASE.fullmatch(word)
    # (so does "kırsalı", the countryside of a town: "Şam kırsalına" 'to the Damascus countryside')
    if found is None or (normalize(found.group(1)) not in descriptor_words()
                         and found.group(1) not in countryside_words()) or found.group(2) not in lexicon.case_endings():
        return ""
    return found.group(2)


def _descriptor_case_after(lowered: Sequence[str], last: int) -> str:
    """The case ending of a Turkish descriptor right after a name, or after one or two words that tell what kind of
    site it is ("Hor Mor doğalgaz tesisine saldırarak" 'attacking the Khor Mor natural gas plant': ``site_modifier``
    in extract_words.csv, or descriptors without a case), else ""."""
    modifiers = lexicon.words("site_modifier")
    # (past a name the brackets restate: "Kobani (Ayn el-Arap) kentinde" 'in the city of Kobani')
    close = lexicon.restatement_close(lowered, last)
    last = close + 1 if close is not None else last
    for k in range(last, min(last + 3, len(lowered))):
        ending = _descriptor_case(lowered[k])
        if ending:
            return ending
        if lowered[k] not in modifiers and normalize(lowered[k]) not in descriptor_words():
            return ""
    return ""


#: Turkish 'first of all', after the names a plural noun of place then holds ("X ve Y başta olmak üzere bölgelere").
_FOREMOST = ("başta", "olmak", "üzere")


def _case_of_the_areas_first_named(lowered: Sequence[str], last: int) -> str:
    """The case ending of a Turkish plural noun of place (``turkish_areas``: "bölgelere", "kentlerine") written within
    two words after "başta olmak üzere" right after token *last*, else "": the case of the names listed first."""
    if tuple(lowered[last:last + 3]) != _FOREMOST:
        return ""
    areas = lexicon.words("turkish_areas")
    noun = next((w for w in lowered[last + 3:last + 5] if w in areas), "")
    return max((e for e in lexicon.case_endings() if noun.endswith(e)), key=len, default="")


#: The Turkish genitive endings after a name's apostrophe ("İran'ın", "Suriye'nin").
_GENITIVES = frozenset({"ın", "in", "un", "ün", "nın", "nin", "nun", "nün"})


def _case_of_the_areas_of(lowered: Sequence[str], last: int) -> str:
    """The case ending of a Turkish plural noun of place (``turkish_areas``) within two words after token *last*
    ("İran'ın farklı kentlerinde": -de), else ""."""
    areas = lexicon.words("turkish_areas")
    noun = next((w for w in lowered[last:last + 2] if w in areas), "")
    return max((e for e in lexicon.case_endings() if noun.endswith(e)), key=len, default="")


def _usable_key(key: str, index: Any) -> bool:
    """Whether a token's key is a word of the gazetteer's names or of the words that may stand inside one."""
    return key in index.vocabulary or key in index.glue


def _latin_reading(text: str, index: Any) -> str:
    """The first Latin reading (:func:`gazetteer.romanize.romanizations`) of a word in a script the gazetteer keeps no
    names in that is a word of the gazetteer's names (capitalised: by its key, else by its sound) or a descriptor or
    article (written small); "" when there is none."""
    if not text.isalpha() or text[0] < "\u0370" or "\u0590" <= text[0] <= "\u08ff" or text[0] >= "\ufb1d":
        return ""  # (Latin, Hebrew and Arabic script: the gazetteer holds names in them)
    readings = romanizations(text)
    if not text[:1].isupper():
        # a descriptor written small ("в аэропорту Рамон": aeroport, the airport)
        return next((r for r in readings if token_key(r) in index.glue), "")
    # (a reading that is a whole name first: "Багдаде" is Bagdad, not "Bagdade", a word of some other name)
    return next((r for r in readings if token_key(r) in index.vocabulary and index.matches(r)), "") \
        or next((r for r in readings if token_key(r) in index.vocabulary), "") \
        or next((r for r in readings if phonetic_key(token_key(r)) in index.phonetic), "")


#: Words only Spanish of the report languages writes: a sentence with one is read as Spanish.
_SPANISH_WORDS = frozenset({"el", "los", "las", "del", "y"})
#: Words that tell a German sentence (where a name may be written the German way: "Dschauf").
_GERMAN_WORDS = frozenset({"der", "dem", "des", "und", "im", "nach", "wurde", "wurden", "ist", "sind", "hat"})


#: The English articles after which "at" is the preposition ("fired at the Galilee Panhandle")
_ENGLISH_ARTICLES = frozenset({"the", "a", "an"})


def find_mentions(sentences: list[Sentence], gazetteer: Any) -> list[Mention]:
    """Every place mention of the report, left to right (roles and senses not yet settled)."""
    index = name_keys(gazetteer)
    function_words = lexicon.words("function_word")
    prepositions = lexicon.words("preposition")
    streets = lexicon.words("street")
    modifiers = lexicon.words("modifier")
    spaced_modifiers = lexicon.words("modifier_after")
    territory = lexicon.words("territory")
    demonyms = lexicon.demonyms()
    articles = article_words()
    found: list[Mention] = []
    for sentence in sentences:
        tokens = sentence.tokens
        n = len(tokens)
        blocked = blocked_tokens(sentence)
        lowered = [t.lower for t in tokens]
        keys = [token_key(t.text) if t.text not in GLUE_PUNCT else "" for t in tokens]
        # Arabic particles joined to a name ("بالعراق", "وبغداد") or to the descriptor that opens one ("ومطار بغداد",
        # "بحقل كورمور"): cut off when the word as written names nothing. (Only an Arabic descriptor: an elided Italian
        # or French one stays whole as before, "all'aeroporto di Erbil" read as Erbil, test_triggers_languages.py.)
        # (so a Hebrew prefix joined to the descriptor: "בנמל התעופה בן גוריון" 'at Ben Gurion airport')
        def known(rest: str) -> bool:
            return token_key(rest) in index.vocabulary \
                or (particles.is_arabic(rest) or particles.is_hebrew(rest)) and token_key(rest) in index.glue

        whole = lexicon.words("whole_word")  # "برابر" 'equal' is no ب and Rabor, "بدوره" 'in turn' no ب and Dora
        joined = [0 if _usable_key(keys[i], index) or lowered[i] in whole else particles.particle_length(t.text, known)
                  for i, t in enumerate(tokens)]
        # "l'aeroporto Ben Gurion": an elided descriptor right before a name that may need it ("Ben Gurion" alone is
        # the man) loses its article, to be read with the name (not before "di": "all'aeroporto di Erbil" is Erbil's)
        for k in range(n - 1):
            if not joined[k] and not _usable_key(keys[k], index) and particles.elided(tokens[k].text) \
                    and tokens[k + 1].text[:1].isupper():
                joined[k] = particles.particle_length(tokens[k].text, lambda rest: token_key(rest) in index.glue)
        # (an Arabic word that is a word of some name as written, "بحضرموت", "وبني", may still be a particle and a
        # name: it is cut when no name starts at it whole, below)
        retried: set[int] = set()
        for k in (k for k in range(n) if joined[k]):
            keys[k] = token_key(tokens[k].text[joined[k]:])
        # A Turkish case ending after an apostrophe ("Erbil'e"): cut off when the word as written names nothing.
        # (and one whose whole word is only a word of some longer name while the stem is a name of its own: "Sur'a"
        # 'to Tyre', not a "Sura" of a name "Sura ...")
        # (in a Turkish sentence the apostrophe marks the ending, though the whole word is some other name's too:
        # "İran'a saldırdı" 'attacked Iran', not a place "Irana")
        turkish = lexicon.turkish_sentence(sentence.lowered)
        cased = ["" if _usable_key(keys[i], index) and not (
                    (keys[i] not in index.bare or turkish and any(a in t.text for a in particles.APOSTROPHES))
                    and particles.case_ending(t.text, lambda stem: token_key(stem) in index.bare))
                 else particles.case_ending(t.text, lambda stem: token_key(stem) in index.vocabulary)
                 for i, t in enumerate(tokens)]
        for k in (k for k in range(n) if cased[k]):
            keys[k] = token_key(tokens[k].text[:-len(cased[k]) - 1])
        # A name in Cyrillic or Greek, inflected ("в Хайфе", "Эйлат"): its Latin reading names a place the gazetteer
        # holds (gazetteer.romanize: case endings dropped, kh read as h); the span is then asked in Latin letters.
        # (a word whose own key the gazetteer knows, "Асад", is read in Latin too when the name it is part of is
        # asked in Latin letters: "Айн-эль-Асад" is "Ayn - el' - Asad")
        reading = [_latin_reading(t.text, index) for t in tokens]
        latin = [reading[k] if not _usable_key(keys[k], index) else "" for k in range(n)]
        for k in (k for k in range(n) if latin[k]):
            keys[k] = token_key(latin[k])
        # A direction German joins to a name ("Nordirak", "Nordostsyrien"): the name after it, asked as such (the
        # mention keeps the whole word).
        for k in range(n):
            if not reading[k] and tokens[k].text[:1].isupper() and not _usable_key(keys[k], index):
                stem = next((r for r in direction_stems(tokens[k].text) if _usable_key(token_key(r), index)), "")
                if stem:
                    keys[k], reading[k], latin[k] = token_key(stem), stem, stem
        # Spanish writes the kh of Arabic and Persian names with j ("Jiam", "Juzestán", "Jan Yunis"): in a Spanish
        # sentence a capitalised word that names nothing as written, read with kh, is asked so (the resolver reads
        # the span the same way, gazetteer.spans.jota_reading, and keeps only what it finds by name).
        if set(lowered) & _SPANISH_WORDS:
            for k in range(n):
                text = tokens[k].text
                if len(text) > 3 and text[:1].isupper() and "j" in text.lower() and not _usable_key(keys[k], index):
                    read = jota_reading(text)
                    if read is not None and _usable_key(token_key(read), index):
                        keys[k], reading[k], latin[k] = token_key(read), read, read
        # German writes j with dsch ("Dschauf", "Dschurf al-Sachar"): in a German sentence a capitalised word with dsch
        # that names nothing as written is asked as English spellings write it (the resolver reads the span the same
        # way, gazetteer.spans.german_reading, and keeps only what it finds by name).
        if set(lowered) & _GERMAN_WORDS:
            for k in range(n):
                text = tokens[k].text
                if len(text) > 3 and text[:1].isupper() and "dsch" in text.lower() and not _usable_key(keys[k], index):
                    read = german_reading(text)  # (only dsch: a name with sch alone is heard by its sound, "Schaddadi")
                    if read is not None and _usable_key(token_key(read), index):
                        keys[k], reading[k], latin[k] = token_key(read), read, read
        # A country in the German genitive after a direction ("im Norden Israels", "im Süden Syriens"): the name without
        # its "s" ("Israels Armee", Israel's army, stays the state's, unread).
        genitive = [0] * n
        for k in range(n):
            text = tokens[k].text
            if k and lowered[k - 1] in lexicon.GERMAN_DIRECTION_NOUNS and text.endswith("s") and len(text) > 4 \
                    and not _usable_key(keys[k], index) and token_key(text[:-1]) in country_keys(gazetteer):
                keys[k], genitive[k] = token_key(text[:-1]), 1
        starts = [t.start + joined[k] for k, t in enumerate(tokens)]
        ends = [t.end - (len(cased[k]) + 1 if cased[k] else 0) - genitive[k] for k, t in enumerate(tokens)]
        glued = [t.text in GLUE_PUNCT or _quote_after_arabic_descriptor(tokens, keys, k, index)
                 for k, t in enumerate(tokens)]
        usable = [i not in blocked and (glued[i] or _usable_key(keys[i], index)) for i, t in enumerate(tokens)]
        i = 0
        while i < n:
            if not usable[i] or glued[i] or lowered[i] in prepositions \
                    or (lowered[i] == "at" and i + 1 < n and lowered[i + 1] in _ENGLISH_ARTICLES):
                i += 1  # ("fired at the Galilee Panhandle": the preposition "at", not the Arabic article of "at-Tanf")
                continue
            run = i
            while run < n and usable[run] and run - i < index.longest:
                run += 1
            hit = None
            for j in range(run, i, -1):
                if glued[j - 1] or lowered[j - 1] in function_words or lowered[j - 1] in prepositions:
                    continue
                if j - 1 > i and lowered[j - 1] in articles:
                    continue  # no name ends in an article: "the US al-Tanf base" is "US", then "al-Tanf"
                if all(keys[k] in index.glue or glued[k] for k in range(i, j)):
                    continue
                if _opens_arabic_name(tokens[j - 1].text, keys[j - 1], index):
                    continue
                query = sentence.text[starts[i] - sentence.start:ends[j - 1] - sentence.start]
                if any(latin[i:j]):
                    query = " ".join(reading[k] or tokens[k].text for k in range(i, j))
                if index.matches(query):
                    hit = j
                    break
            if hit is None and i not in retried and reading[i] and not latin[i]:
                # "Багдаде" as a word of some Cyrillic alias, no name starting at it: its Latin reading, as for a word
                # no name holds
                retried.add(i)
                latin[i], keys[i] = reading[i], token_key(reading[i])
                continue
            if hit is None and not joined[i] and i not in retried \
                    and (particles.is_arabic(tokens[i].text) or particles.is_hebrew(tokens[i].text)
                         or particles.elided(tokens[i].text)):
                retried.add(i)
                cut = particles.particle_length(tokens[i].text, known)
                # "سقطت قذيفة بحضرموت": no name is "بحضرموت ..."; ب and Hadramawt ("d'Aden": "daden" is a word of
                # some name, none that starts here; d' and Aden; Hebrew "בדימונה", a word of "הכור בדימונה": ב and
                # Dimona)
                if cut:
                    joined[i], keys[i], starts[i] = cut, token_key(tokens[i].text[cut:]), tokens[i].start + cut
                    continue
            if hit is None:
                i += 1
                continue
            if lowered[i] in _DEFINITE_ARTICLES and _longer_after_the_article(sentence, index, usable, starts, ends, i, hit):
                i += 1  # "the Galilee Panhandle": not "the Galilee" (an alias) and a word left over
                continue
            # The mention leaves out leading English function and descriptor words ("at", "town of"), written small
            # (not Hebrew, which writes no capitals: "נמל התעופה של דמשק" is the airport's name as written)
            first = i
            while (first < hit - 1 and tokens[first].text == lowered[first] and not particles.is_hebrew(lowered[first])
                   and keys[first] in index.glue and tokens[first + 1].text not in GLUE_PUNCT):
                first += 1
            while first < hit - 1 and tokens[first].text in QUOTE_MARKS and glued[first]:
                first += 1  # (nor the quotation mark before an Arabic name: قاعدة "حرير" is حرير)
            settled = _before_a_named_settlement(tokens, lowered, first, hit)
            hit = settled or hit
            if hit - 1 > i and _is_latin_lower(tokens[hit - 1].text) and lowered[hit - 1] in _descriptors_unmarked() \
                    and _held_by(gazetteer, sentence.text[starts[i] - sentence.start:ends[hit - 1] - sentence.start]):
                hit -= 1  # "Ankara wies die Vorwürfe zurück": German 'rejected', not Polish wieś 'village' unmarked
            text = sentence.text[starts[first] - sentence.start:ends[hit - 1] - sentence.start]
            # ("Mlbırke köyü'ndeki Serseng petrol sahası" 'the Sarsang oil field at Mlbırke village': a Turkish
            # descriptor with its case ending is the name's before it, no kind of the one after)
            opener = first if first > i and any(mark in tokens[i].text for mark in particles.APOSTROPHES) else i
            query = sentence.text[starts[opener] - sentence.start:ends[hit - 1] - sentence.start]
            if any(latin[opener:hit]):
                query = " ".join(reading[k] or tokens[k].text for k in range(opener, hit))
            follows = lowered[hit] if hit < n else ""
            modifier = follows == "-" and hit + 1 < n and (lowered[hit + 1] in modifiers  # "Iran-backed"
                                                           or lowered[hit + 1].isdigit())  # "a Palestine-2 missile"
            modifier = modifier or follows in spaced_modifiers  # Turkish "Katar merkezli" 'Qatar-based'
            # (a name the half-space joins to more than a Persian suffix is a longer name the gazetteer lacks: "مرز
            # کوره‌سور" 'the Kurasur border' is not Lebanon's Koura)
            compound = follows == "\u200c" and hit + 1 < n and particles.is_arabic(tokens[hit + 1].text) \
                and lowered[hit + 1] not in _PERSIAN_SUFFIXES
            if (_is_latin_lower(text) and text.casefold() not in _lowercase_names(gazetteer)) or follows in streets \
                    or modifier or compound or _verb_in_a_headline(sentence, first, hit):
                i = hit
                continue
            if hit - first > 1 and _is_latin_lower(tokens[first].text) \
                    and _verb_in_a_headline(sentence, first, first + 1) and lowered[first + 1] not in _OF_A_NAME:
                # (not "le barrage de Tichrine": a noun with "of" after it opens the name)
                i += 1  # "a drone hit Camp Taji": the verb opens no name ("Hit Camp"); the name starts after it
                continue
            resolved = _resolve(gazetteer, query)
            if resolved is not None and common_word(name_parts(query)[0]):
                # "The", "US", "On", "Most", "Thursday", "Nov": a GeoNames village of that name is not meant; only a
                # curated place (the region's own gazetteer) may be named by a common word.
                kept = [c for c in resolved[0] if not str(c.id).startswith(_GEONAMES_ID)]
                resolved = (kept, resolved[1], resolved[2]) if kept else None
            if resolved is not None and (names_an_organisation(lowered, hit, tokens)
                                         or names_a_river_bank(lowered, first, hit)
                                         or ends_as_an_organisation(lowered, first, hit)
                                         or qualifies_a_title(tokens, hit)
                                         or (hit - first == 1 and lowered[first] in demonym_words())
                                         or names_an_attribute(lowered, first, hit, resolved[0][0])
                                         or person_named_like(tokens, first, hit, resolved)
                                         or (hit - first == 1 and _article_left_off(text, resolved[0][0]))
                                         or (hit - first == 1 and _article_put_on(text, resolved[0][0]))
                                         or (hit - first == 1 and text in lexicon.words("arabic_function_word"))
                                         or (hit - first == 1 and _arabic_adjective_of_a_noun(lowered, first))
                                         or (hit - first == 1 and particles.has_tanween(text))
                                         or _part_of_a_longer_name(sentence, hit, index)
                                         or _ends_a_longer_name(sentence, first, index)
                                         or (_generic_opens_a_name(tokens, first, hit)
                                             and not _german_article_before_a_country(lowered, first, resolved[0][0]))):
                i = hit
                continue
            site = owned_site(sentence, first, hit, resolved[0][0], lambda q: _resolve(gazetteer, q)) \
                if resolved is not None else None
            if site is not None:  # "Baghdad's airport": the airport, not the city
                hit, resolved = site
                text = query = sentence.text[starts[first] - sentence.start:ends[hit - 1] - sentence.start]
            elif resolved is not None and (hebrew := hebrew_site_of_the_town(sentence, first, resolved[0][0],
                                                                              lambda q: _resolve(gazetteer, q))):
                # "בנמל התעופה של ארביל" 'at the airport of Erbil': the airport, from its site words, whose prefix
                # tells its role
                first, cut, resolved = hebrew
                joined[first], starts[first] = len(cut), tokens[first].start + len(cut)
                text = query = sentence.text[starts[first] - sentence.start:ends[hit - 1] - sentence.start]
            elif resolved is not None:  # "the air base in Irbil": the town's air base
                resolved = site_of_the_town(sentence, first, text, resolved[0][0], lambda q: _resolve(gazetteer, q),
                                            tokens[first].text[:joined[first]]) or resolved
            if resolved is not None:
                cands, method, score = resolved
                found.append(Mention(text, starts[first], ends[hit - 1], sentence.index, first, hit,
                                     query, list(cands), method, score))
                if cased[hit - 1]:
                    found[-1].extra["case_ending"] = cased[hit - 1]  # "Erbil'e": the ending tells its role
                if joined[first]:
                    found[-1].extra["prefix"] = tokens[first].text[:joined[first]]  # "בחיפה": so does a prefix
                directed = _prefix_carried(tokens, first)
                if directed and not joined[first]:
                    # "בדרום לבנון" 'in south Lebanon', "בכפר עיתרון" 'in the village of Aitaroun': the direction word
                    # or the noun of place before the name carries its prefix
                    found[-1].extra["prefix"] = directed
                if first and (directed or compass_of(lowered[first - 1]) is not None):
                    found[-1].extra["directed"] = True  # "central Israel": a part of the place, told by a direction
                region = _directed_region(gazetteer, sentence, tokens, lowered, first, hit, cands[0])
                if region is not None:
                    # "sud du Liban", "Lübnan'ın güneyi": South Lebanon, as the gazetteer reads it; read as the
                    # country it is told in until the drafts are made (analyse.directed_regions)
                    found[-1].extra["directed"], found[-1].extra["directed_region"] = True, region
                if settled or (hit < n and lowered[hit] in lexicon.words("qualified_by_a_place")) \
                        or _water_before_a_settlement(lowered, hit, cands[0]):
                    # "the Red Sea port city of Hodeidah": told by its sea; "against Red Sea shipping": the shipping
                    # was aimed at, not the sea
                    found[-1].extra["qualifies_next"] = True
            i = hit
        found += _by_sound(sentence, gazetteer, index, blocked, keys, function_words,
                           covered={k for m in found if m.sentence == sentence.index for k in range(m.first, m.last)})
        found = _longer_by_sound(sentence, gazetteer, index, blocked, keys, found)
        # (a name spelt with an ending before one only like a name)
        found += _by_ending(sentence, gazetteer, index, blocked, keys, function_words,
                            covered={k for m in found if m.sentence == sentence.index for k in range(m.first, m.last)})
        found += _german_genitive(sentence, gazetteer, index, blocked, keys, function_words, covered={
            k for m in found if m.sentence == sentence.index for k in range(m.first, m.last)})
        found += _hebrew_by_sound(sentence, gazetteer, index, blocked, covered={
            k for m in found if m.sentence == sentence.index for k in range(m.first, m.last)})
        found += _by_likeness(sentence, gazetteer, blocked, keys, function_words,
                              covered={k for m in found if m.sentence == sentence.index for k in range(m.first, m.last)})
        found += _capitals_named(sentence, gazetteer, blocked, found)
        found += _exonyms_with_an_ending(sentence, gazetteer, blocked, found)
        found = _listed_under_a_plural(sentence, gazetteer, found)
        found = _regions_listed_beside(sentence, gazetteer, blocked, found)
        for m in (m for m in found if m.sentence == sentence.index and "case_ending" not in m.extra):
            # "Erbil havalimanına", "Ayn el-Esad üssüne": a descriptor that ends or follows the name carries its case
            ending = (m.last - m.first > 1 and _descriptor_case(lowered[m.last - 1])) \
                or _descriptor_case_after(lowered, m.last)
            if ending:
                m.extra["case_ending"] = ending
        for m in (m for m in found if m.sentence == sentence.index and "case_ending" not in m.extra):
            # "Bat-Yam, Holon ve Yehud başta olmak üzere çeşitli bölgelere" 'to various areas, Bat Yam, Holon and Yehud
            # first': the list's case is written on the plural noun of place after "first of all"
            ending = _case_of_the_areas_first_named(lowered, m.last)
            if ending:
                m.extra["case_ending"] = ending
        for m in (m for m in found if m.sentence == sentence.index and m.extra.get("case_ending") in _GENITIVES):
            # "İran'ın farklı kentlerinde" 'in various cities of Iran': a name in the genitive before a plural noun of
            # place (an adjective between or not) takes that noun's case, as a list's names do
            ending = _case_of_the_areas_of(lowered, m.last)
            if ending:
                m.extra["case_ending"] = ending
        # "Iraqi territory": the country, named through its demonym.
        for start, end, country in demonyms.find(lowered):
            if start and lowered[start - 1] in territory and start - 1 not in blocked \
                    and (start - 1, end) not in [(m.first, m.last) for m in found if m.sentence == sentence.index]:
                # "territoire israélien", "territorio israelí", "espace aérien israélien": the Romance noun first
                resolved = _resolve(gazetteer, str(country))
                if resolved is not None:
                    text = sentence.text[tokens[start - 1].start - sentence.start:tokens[end - 1].end - sentence.start]
                    found.append(Mention(text, tokens[start - 1].start, tokens[end - 1].end, sentence.index, start - 1,
                                         end, str(country), list(resolved[0]), "demonym", resolved[2]))
                continue
            if end < n and lowered[end] in territory and start not in blocked:
                resolved = _resolve(gazetteer, str(country))
                if resolved is not None:
                    text = sentence.text[tokens[start].start - sentence.start:tokens[end].end - sentence.start]
                    found.append(Mention(text, tokens[start].start, tokens[end].end, sentence.index, start, end + 1,
                                         str(country), list(resolved[0]), "demonym", resolved[2]))
        found += _territories_named(sentence, gazetteer, blocked, keys, found)
        found += _adjectives_of_a_border(sentence, gazetteer, blocked, keys, found)
        found = _named_beside_their_container(sentence, gazetteer, blocked, found)
        _another_place_by_its_container(sentence, gazetteer, found)
    found += _told_again_without_their_container(sentences, gazetteer, found)
    _one_sense_of_a_name_by_its_container(found)
    # "وزارة الداخلية", "مناطق مرکزی اسرائیل": a common word a province holds as its name, written alone
    found = [m for m in found if not (m.last - m.first == 1 and (_common_alone(sentences[m.sentence].tokens, m.first)
                                                                  or _pictures(sentences[m.sentence].lowered, m.first)
                                                                  or _overlooking(sentences[m.sentence].lowered, m.first)))]
    found.sort(key=lambda m: m.start)
    for m in found:
        if _in_an_idiom(sentences[m.sentence].lowered, m):
            m.extra["idiom"] = True  # a place named, but no place of the report's events
    found = _embassy_named_elsewhere(found, sentences)
    found = _surnames_of_persons_named(found, sentences)
    mark_metonyms(sentences, found)  # "Iran's Revolutionary Guards", "Washington said": no place of the report
    return heard_in_context(found, sentences)


#: How many words may stand between a name the gazetteer holds only with its container and that container, told after
#: it ("al-Sukkariyah near Albu Kamal", "منطقة السكرية بريف مدينة البوكمال", "Shamir, a kibbutz in the Galilee").
_CONTAINER_REACH = 5
#: How far from the container's point a village of that name may lie and be the one meant (a town, a district, a
#: region; the province a village lies in is its container wherever the village is in it).
_CONTAINER_KM = 40.0
#: The most tokens of a name told without its container ("al - Sukkariyah" is three).
_QUALIFIED_WORDS = 5
#: Kinds that contain no village (a site, a country: "Amir, Israel" is no more a place than "Amir" alone).
_NO_CONTAINER = frozenset({"country", "air_base", "military_base", "airport", "facility", "embassy",
                           "border_crossing"})


@functools.lru_cache(maxsize=8)
def _qualified_heads(gazetteer: Any) -> dict[str, tuple[Any, ...]]:
    """The names a gazetteer holds only with their container, as keys of the bare name → the places ("Shamir (Upper
    Galilee)", "Shamir, Hula Valley": shamir; "السكرية (البوكمال)": the bare name is 'the sugary'); a name some place
    also holds bare is left to the mention finder."""
    index = name_keys(gazetteer)
    return _heads(gazetteer, ((i, key) for i, key in _qualified_keys(gazetteer, arabic=True) if key not in index.bare))


def _qualified_keys(gazetteer: Any, *, arabic: bool) -> Iterator[tuple[str, str]]:
    """(place id, key of the bare name) for every name a place holds with its container ("Koya (Daraa)": koya), its
    Arabic name too when *arabic*."""
    places = gazetteer.places
    for place_id, name, aliases, name_ar in zip(places["id"], places["name"], places["aliases"], places["name_ar"]):
        names = [name, *(aliases.split("|") if isinstance(aliases, str) and aliases else ())]
        if arabic and isinstance(name_ar, str):
            names.append(name_ar)
        for text in names:
            qualified = _QUALIFIED.fullmatch(text)
            key = name_parts(qualified.group(1))[0] if qualified is not None else ""
            if key:
                yield place_id, key


def _heads(gazetteer: Any, keyed: Iterable[tuple[str, str]]) -> dict[str, tuple[Any, ...]]:
    """Key → the places holding it (in the order first met), from (place id, key) pairs."""
    heads: dict[str, list[str]] = {}
    for place_id, key in keyed:
        if place_id not in heads.setdefault(key, []):
            heads[key].append(place_id)
    return {key: tuple(gazetteer.get(i) for i in ids) for key, ids in heads.items()}


@functools.lru_cache(maxsize=8)
def _qualified_heads_held_bare(gazetteer: Any) -> dict[str, tuple[Any, ...]]:
    """The names a place holds only with its container though another place holds them bare, as keys of the bare name
    → the places that hold them with a container ("Koya (Daraa)" beside the bare "Koya" of Iraq: koya)."""
    index = name_keys(gazetteer)
    return _heads(gazetteer, ((i, key) for i, key in _qualified_keys(gazetteer, arabic=False) if key in index.bare))


def _another_place_by_its_container(sentence: Sentence, gazetteer: Any, found: list[Mention]) -> None:
    """A bare name told with a container a few words after it ("la localidad de Koya, en la campiña occidental de
    Deraa"), when the place it found lies outside that container and another place holds the name with it ("Koya
    (Daraa)"): that other place."""
    held = _qualified_heads_held_bare(gazetteer)
    here = [m for m in found if m.sentence == sentence.index and m.candidates]
    for m in here:
        places = held.get(name_parts(m.text)[0])
        if not places or m.method not in ("exact", "alias"):
            continue
        # (past a comma and an article too: "Koya, en la campiña occidental de Deraa")
        containers = _containers_after(sentence, here, m.last, _CONTAINER_REACH + 2)
        inside = [p for p in places for c in containers[:1] if _contained(p, c)]
        if inside and not _contained(m.candidates[0], containers[0]):
            m.candidates = [inside[0]]
            m.method = "alias"
            m.extra["container"] = containers[0].id


def _one_sense_of_a_name_by_its_container(found: list[Mention]) -> None:
    """The same name told again in the report, bare, where no container settled it: the place its container settled
    the first time (:func:`_another_place_by_its_container`), one sense per report."""
    settled = {name_parts(m.text)[0]: m for m in found if "container" in m.extra and m.candidates}
    for m in found:
        first = settled.get(name_parts(m.text)[0]) if m.candidates else None
        if first is not None and m is not first and "container" not in m.extra and m.method in ("exact", "alias") \
                and m.candidates[0].id != first.candidates[0].id \
                and (m.sentence, m.first) > (first.sentence, first.first):
            m.candidates = [first.candidates[0]]
            m.method = "alias"


@functools.lru_cache(maxsize=8)
def _qualified_first_words(gazetteer: Any) -> frozenset[str]:
    """The first words of :func:`_qualified_heads`' keys: a span whose first word is none of them keys no such name."""
    return frozenset(key.split()[0] for key in _qualified_heads(gazetteer))


#: A name with its container: "Shamir (Upper Galilee)", "al-Sukkariyah, Albu Kamal".
_QUALIFIED = re.compile(r"\s*([^(),]+?)\s*(?:\(([^()]+)\)|,\s*([^,]+))\s*")


def _contained(place: Any, container: Any) -> bool:
    """Whether *place* lies in or by *container*: in the province it names, or within :data:`_CONTAINER_KM` of its
    point."""
    if container.kind in ("governorate", "district", "region") and place.admin1 and container.admin1 == place.admin1:
        return True
    return distance_km(place.lat, place.lon, container.lat, container.lon) <= _CONTAINER_KM


def _links_to_a_container(word: str) -> bool:
    """Whether *word* may stand between a name and its container: a comma, a preposition of place or a word of
    ``container_link`` in extract_words.csv ("near", "in the", "قرب"), a descriptor ("a kibbutz", "مدينة"), a
    countryside or compass word ("بريف", "eastern"); not a verb ("Shamir visited the Upper Galilee")."""
    return not any(c.isalnum() for c in word) or word in lexicon.words("container_link") \
        or word in lexicon.words("near_cue") \
        or word in lexicon.words("place_preposition") \
        or name_parts(word)[0] in descriptor_words() or word in countryside_words() or compass_of(word) is not None


def _qualified_spans(sentence: Sentence, blocked: set[int], taken: set[int], gazetteer: Any) \
        -> list[tuple[int, int, tuple[Any, ...]]]:
    """The spans of a sentence, free of mentions and blocked words, that key a name held only with its container,
    longest first where they overlap (a capitalised Latin word first, or a word of Arabic or Hebrew script)."""
    heads, firsts = _qualified_heads(gazetteer), _qualified_first_words(gazetteer)
    tokens = sentence.tokens
    n = len(tokens)
    out: list[tuple[int, int, tuple[Any, ...]]] = []
    i = 0
    while i < n:
        hit = None
        article = i + 2 < n and tokens[i + 1].text == "-" and tokens[i].text.lower() in article_words()
        word = token_key(tokens[i + 2 if article else i].text).split()  # ("al - Sukkariyah": the name after "al-")
        if not word or word[0] not in firsts:
            i += 1
            continue
        for j in range(min(n, i + _QUALIFIED_WORDS), i, -1):
            if any(k in blocked or k in taken for k in range(i, j)) or not tokens[j - 1].text[:1].isalnum() \
                    or not all(tokens[k].text[:1].isalnum() or tokens[k].text in ("-", "'") for k in range(i, j)):
                continue
            first = tokens[i].text
            if not (first[:1].isupper() or particles.is_arabic(first) or particles.is_hebrew(first)
                    or first.lower() in article_words() and tokens[i + 1:i + 2] and tokens[i + 1].text == "-"):
                break  # (a capitalised word, "al-" before one, a word of Arabic or Hebrew script)
            places = heads.get(name_parts(sentence.text[tokens[i].start - sentence.start:
                                                         tokens[j - 1].end - sentence.start])[0])
            if places:
                hit = (i, j, places)
                break
        if hit is None:
            i += 1
            continue
        out.append(hit)
        i = hit[1]
    return out


def _named_beside_their_container(sentence: Sentence, gazetteer: Any, blocked: set[int],
                                  found: list[Mention]) -> list[Mention]:
    """Names the gazetteer holds only with their container, told with that container within a few words after them
    ("an airstrike on al-Sukkariyah near Albu Kamal", "منطقة السكرية بريف مدينة البوكمال", "Shamir, a kibbutz in the
    Upper Galilee"): the place of that name that lies in or by the container (:func:`_contained`), as its alias
    "al-Sukkariyah, Albu Kamal" says; a name heard in it by sound only ("Sukkariyah": Sakarya in Turkey) gives way.
    Returns *found* with them."""
    here = [m for m in found if m.sentence == sentence.index and m.candidates]
    taken = {k for m in here if m.method not in HEARD_METHODS for k in range(m.first, m.last)}
    out: list[Mention] = []
    for first, last, places in _qualified_spans(sentence, blocked, taken, gazetteer):
        if first and sentence.tokens[first - 1].text[:1].isupper() and not particles.is_arabic(sentence.tokens[first].text) \
                and name_parts(sentence.lowered[first - 1])[0] not in descriptor_words():
            continue  # "Yitzhak Shamir": a person's name (not German "im Dorf Parakh": a descriptor)
        containers = _containers_after(sentence, here, last, _CONTAINER_REACH)
        inside = [p for p in places for c in containers[:1] if _contained(p, c)]
        if not inside and first and name_parts(sentence.lowered[first - 1])[0] in descriptor_words():
            # "struck bunkers in Deir ez-Zor province. A war monitor said the strikes hit stores near the village of
            # Ayyash": a name a descriptor opens, its province told just before (in this sentence or the one before)
            containers = [m.candidates[0] for m in reversed(found) if m.candidates
                          and (m.sentence == sentence.index - 1 or (m.sentence == sentence.index and m.last <= first))
                          and m.candidates[0].kind in ("governorate", "district")]
            inside = [p for p in places for c in containers[:1] if _contained(p, c)]
        if inside:
            out.append(_qualified_mention(sentence, first, last, inside[0], containers[0]))
    if not out:
        return found
    return [m for m in found if not (m.sentence == sentence.index and m.method in HEARD_METHODS and any(
        m.first < q.last and q.first < m.last for q in out))] + out


def _containers_after(sentence: Sentence, here: list[Mention], last: int, reach: int) -> list[Any]:
    """The places of the mentions *here* that may contain a name ending at token *last*: told within *reach* words
    after it, past only words that link a name to its container (:func:`_links_to_a_container`), of a kind that holds
    villages."""
    return [m.candidates[0] for m in here if 0 <= m.first - last <= reach and m.candidates[0].kind not in _NO_CONTAINER
            and all(_links_to_a_container(w) for w in sentence.lowered[last:m.first])]


def _qualified_mention(sentence: Sentence, first: int, last: int, place: Any, container: Any) -> Mention:
    tokens = sentence.tokens
    text = sentence.text[tokens[first].start - sentence.start:tokens[last - 1].end - sentence.start]
    return Mention(text, tokens[first].start, tokens[last - 1].end, sentence.index, first, last, text, [place],
                   "alias", 1.0, extra={"container": container.id})


def _told_again_without_their_container(sentences: list[Sentence], gazetteer: Any,
                                        found: list[Mention]) -> list[Mention]:
    """A name found beside its container (:func:`_named_beside_their_container`) and told again later in the report
    without it ("... في السكرية"): the same place, one sense per report."""
    named = {name_parts(m.text)[0]: (m, m.candidates[0]) for m in found if "container" in m.extra}
    if not named:
        return []
    out: list[Mention] = []
    for sentence in sentences:
        blocked = blocked_tokens(sentence)
        taken = {k for m in found if m.sentence == sentence.index for k in range(m.first, m.last)}
        for first, last, _ in _qualified_spans(sentence, blocked, taken, gazetteer):
            key = name_parts(sentence.text[sentence.tokens[first].start - sentence.start:
                                           sentence.tokens[last - 1].end - sentence.start])[0]
            told = named.get(key)
            if told is not None and (sentence.index, first) > (told[0].sentence, told[0].first):
                out.append(_qualified_mention(sentence, first, last, told[1], gazetteer.get(told[0].extra["container"])))
    return out


def _territories_named(sentence: Sentence, gazetteer: Any, blocked: set[int], keys: list[str],
                       found: list[Mention]) -> list[Mention]:
    """The countries a territory word of the gazetteer names with the country's adjective, in the languages its tables
    write ("من الأراضي اللبنانية" 'from Lebanese territory', "الأجواء العراقية", "İran topraklarına", "خاک ایران":
    :func:`gazetteer.phrases.territory_country`), where no mention stands yet: the territory word first or last, in a
    span of two or three words (*keys*: the tokens' normalised keys)."""
    tokens, n = sentence.tokens, len(sentence.tokens)
    taken = {k for m in found if m.sentence == sentence.index for k in range(m.first, m.last)}
    firsts = _territory_first_words()
    prepositions = lexicon.words("preposition")
    result: list[Mention] = []
    for i in range(n):
        if keys[i] not in firsts:
            continue
        for a, b in ((i, i + 2), (i, i + 3), (i - 1, i + 1), (i - 1, i + 2), (i - 2, i + 1)):
            if a < 0 or b > n or any(k in taken or k in blocked for k in range(a, b)):
                continue
            if b - a == 3 and tokens[a].lower in prepositions:
                continue  # "من داخل الأراضي العراقية": the preposition is the cue ('from inside'), not the territory's
            text = sentence.text[tokens[a].start - sentence.start:tokens[b - 1].end - sentence.start]
            hit = territory_country(text)
            place = gazetteer.get(hit[0]) if hit is not None else None
            if place is not None:
                result.append(Mention(text, tokens[a].start, tokens[b - 1].end, sentence.index, a, b, text, [place],
                                      "demonym", 1.0))
                taken.update(range(a, b))
                break
    return result


@functools.cache
def _border_keys() -> tuple[frozenset[str], frozenset[str]]:
    """The keys of the nouns of a border (``border_word``) and of those of a border or a territory (``territory`` and
    the gazetteer's territory words) that countries' adjectives may qualify in a chain ("the Syrian-Iraqi border",
    "الحدود السورية العراقية الأردنية", "Syrian and Iraqi airspace", "l'espace aérien jordanien")."""
    borders = frozenset(normalize(w) for w in lexicon.words("border_word"))
    nouns = {normalize(w) for w in lexicon.words("territory") | territory_words() if " " not in w}
    return borders, frozenset(nouns) | borders


#: What may join two adjectives of such a chain.
_ADJECTIVE_JOINERS = frozenset({"-", "–", "—", ",", "and", "و", "et", "und"})


def _adjectives_of_a_border(sentence: Sentence, gazetteer: Any, blocked: set[int], keys: list[str],
                            found: list[Mention]) -> list[Mention]:
    """The countries named by their adjectives before or after a noun of a border or territory (:func:`_border_keys`),
    each adjective of a chain a mention of its own ("the Syrian-Iraqi border": Syria and Iraq; "قرب الحدود السورية
    العراقية الأردنية" 'near the Syrian Iraqi Jordanian border'; "Syrian and Iraqi airspace"), where no mention
    stands yet; a country's adjective of ``country_adjectives`` in the gazetteer, an Arabic one perhaps with "و"
    'and' joined (*keys*: the tokens' normalised keys)."""
    borders, nouns = _border_keys()
    if nouns.isdisjoint(keys):
        return []
    tokens = sentence.tokens
    adjectives = country_adjectives()
    taken = {k for m in found if m.sentence == sentence.index for k in range(m.first, m.last)}

    def country(k: int) -> str | None:
        key = keys[k]
        return adjectives.get(key) or (adjectives.get(key[1:]) if key.startswith("و") else None)

    chosen: dict[int, tuple[str, bool]] = {}
    for i, key in enumerate(keys):
        if key not in nouns:
            continue
        for step in (-1, 1):
            j = i + step
            while 0 <= j < len(tokens) and (country(j) is not None or tokens[j].text in _ADJECTIVE_JOINERS):
                if country(j) is not None and j not in taken and j not in blocked:
                    chosen[j] = (str(country(j)), key in borders)
                j += step
    out = []
    for k, (country_id, border) in sorted(chosen.items()):
        place = gazetteer.get(country_id)
        if place is not None:
            out.append(Mention(tokens[k].text, tokens[k].start, tokens[k].end, sentence.index, k, k + 1, tokens[k].text,
                               [place], "demonym", 1.0))
            if border:
                out[-1].extra["border_adjective"] = True  # a side of the border told, no place hit (roles)
    return out


@functools.cache
def _territory_first_words() -> frozenset[str]:
    """The first words of the gazetteer's territory words, as keys ("الاراضي", "hava", "territory")."""
    return frozenset(w.split()[0] for w in territory_words())


def _capitals_named(sentence: Sentence, gazetteer: Any, blocked: set[int], found: list[Mention]) -> list[Mention]:
    """The capitals named by their country's adjective and by no name ("the Iranian capital", "la capitale iranienne",
    "العاصمة السورية", "בירת איראן": :func:`gazetteer.phrases.capital_phrases`) as mentions. A phrase that holds a
    name found ("the capital of Iran", "Iran's capital") is left to that name, as annotators of reports mark it, and
    so is a capital named beside its name ("the Syrian capital Damascus", "Beirut, the Lebanese capital")."""
    table = capital_phrases()
    tokens = sentence.tokens
    firsts = _capital_first_words()
    here = [m for m in found if m.sentence == sentence.index]
    out: list[Mention] = []
    k = 0
    while k < len(tokens):
        if k in blocked or _first_name_word(tokens[k].text) not in firsts:
            k += 1
            continue
        hit = None
        for j in range(k + 1, min(len(tokens), k + _CAPITAL_WORDS) + 1):  # the shortest: no article after it
            if not name_words(tokens[j - 1].text) or any(i in blocked for i in range(k, j)) \
                    or any(m.first < j and k < m.last for m in here):
                break
            text = sentence.text[tokens[k].start - sentence.start:tokens[j - 1].end - sentence.start]
            place_id = table.get(name_words(text))
            resolved = _resolve(gazetteer, text) if place_id else None
            if resolved is not None and resolved[0][0].id == place_id:
                hit = (j, text, resolved)
                break
        if hit is None:
            k += 1
            continue
        j, text, (cands, method, score) = hit
        if not any(m.candidates and m.candidates[0].id == cands[0].id
                   and (0 <= m.first - j <= 2 or 0 <= k - m.last <= 2) for m in here):
            out.append(Mention(text, tokens[k].start, tokens[j - 1].end, sentence.index, k, j, text, list(cands),
                               method, score))
        k = j
    return out


@functools.cache
def _capital_first_words() -> frozenset[str]:
    return frozenset(words[0] for words in capital_phrases() if words)


@functools.lru_cache(maxsize=1 << 16)
def _first_name_word(text: str) -> str:
    """The first folded word of a token, as :func:`~gazetteer.normalize.name_words` reads it ("" for an article)."""
    return next(iter(name_words(text)), "")


#: The most tokens a phrase naming a capital by its country spans ("the capital of Saudi Arabia").
_CAPITAL_WORDS = 5


def _regions_listed_beside(sentence: Sentence, gazetteer: Any, blocked: set[int], found: list[Mention]) -> list[Mention]:
    """ "Sincar, Kandil, Zap, Gara ve Hakurk'ta", "Metina'da": a capitalised word of a list beside a region the report
    names, or one with a Turkish case ending after its apostrophe, that is no name alone but is the name of a region
    English writes with "region" ("Zap region", "Gara region", "Metina region"), is that region, of the same country
    in a list (a word alone names nothing: "zap" is English, "Gara" a village elsewhere, "Metin" a given name)."""
    tokens = sentence.tokens
    mine = [m for m in found if m.sentence == sentence.index]
    regions = [m for m in mine if m.candidates and m.candidates[0].kind == "region"]
    covered = {k for m in mine for k in range(m.first, m.last)}
    joiners = lexicon.LIST_JOINERS
    added = []
    for k, token in enumerate(tokens):
        text = token.text
        if k in covered or k in blocked or not text[:1].isupper():
            continue
        ending = particles.case_ending(text, lambda stem: True)
        if not ending and not (regions and k and tokens[k - 1].lower in joiners):
            continue  # (a Turkish case ending marks a name by itself: "Metina'da"; else a list beside a region)
        word = text[:-len(ending) - 1] if ending else text
        if not word.isalpha() or common_word(word.lower()) or word.lower() in demonym_words():
            continue
        if not (k + 1 < len(tokens) and tokens[k + 1].lower in joiners) and not ending:
            continue  # (the list goes on after it, or it closes the list with its case ending)
        resolved = _resolve(gazetteer, word + " region")
        if resolved is None or resolved[1] not in ("exact", "alias") or resolved[0][0].kind != "region":
            continue
        place = resolved[0][0]
        if not ending and not any(r.candidates[0].country == place.country and abs(r.first - k) <= _LISTED_REGION_WINDOW
                                  for r in regions):
            continue
        m = Mention(word, token.start, token.start + len(word), sentence.index, k, k + 1, word + " region",
                    list(resolved[0]), resolved[1], resolved[2])
        if ending:
            m.extra["case_ending"] = ending.lower()
        added.append(m)
    return sorted(found + added, key=lambda m: (m.sentence, m.first)) if added else found


#: How many tokens from a region the report names a listed region word may stand ("Kandil, Zap, Avaşin Basyan, Gara").
_LISTED_REGION_WINDOW = 12


def _listed_under_a_plural(sentence: Sentence, gazetteer: Any, found: list[Mention]) -> list[Mention]:
    """ "Metina ve Zap bölgelerinde", "مناطق متينا والزاب": each name of a list a plural region word closes or opens,
    read with its singular (:mod:`geoincidents.extract.plurallists`), in place of what the name was found as alone
    (Metina heard as Lebanon's Metn, Kerkük the city) or beside nothing (a bare "Zap" names nothing); it carries the
    case the plural word ends in ("bölgelerine" 'to the regions')."""
    items = names_under_a_plural(sentence, lambda q: _resolve(gazetteer, q))
    if not items:
        return found
    taken = {k for item in items for k in range(item["first"], item["last"])}
    kept = [m for m in found if m.sentence != sentence.index or not taken.intersection(range(m.first, m.last))]
    for item in items:
        cands, method, score = item["resolved"]
        kept.append(Mention(item["text"], item["start"], item["end"], sentence.index, item["first"], item["last"],
                            item["query"], list(cands), method, score))
        ending = _descriptor_case(lexicon.lowercase(item["query"].split()[-1]))
        if ending:
            kept[-1].extra["case_ending"] = ending
    return kept


#: Descriptors that name what follows their "of" when they trail another name: "the Red Sea port city of Hodeidah"
#: is Hodeidah, told by its sea; "Anbar province of Iraq" stays Anbar.
_SETTLEMENT_DESCRIPTORS = frozenset({"city", "town", "village", "port"})


def _before_a_named_settlement(tokens: list[Any], lowered: list[str], first: int, hit: int) -> int | None:
    """Where a name ends when it tells where a settlement named after "of" lies ("the Red Sea port city of Hodeidah",
    "the Mediterranean coastal city of Haifa", "the Red Sea resort town of Eilat"): before the descriptor words, so
    that the descriptor phrase and the name after "of" are read as the place; None when the name tells no such
    settlement."""
    of = next((j for j in range(hit, min(hit + 3, len(tokens) - 1)) if lowered[j] == "of"), None)
    if of is None or not name_follows(tokens, of + 1):
        return None
    if any(not t.text.isalpha() or (t.text[:1].isupper() and not is_descriptor(t.text)) for t in tokens[hit:of]):
        return None  # "Anbar province of Iraq" has no settlement word; "Sea, east of Haifa" is no phrase
    k = hit
    while k - 1 > first and is_descriptor(tokens[k - 1].text):
        k -= 1
    told = " ".join(t.text for t in tokens[k:of])
    return k if told and set(normalize_parts("x " + told)[1]) & _SETTLEMENT_DESCRIPTORS else None


#: Words after a water's name that make it tell where a settlement lies ("the Red Sea resort city", "a Red Sea port").
_SETTLEMENT_AFTER_A_WATER = _SETTLEMENT_DESCRIPTORS | {"resort", "coastal"}


def _water_before_a_settlement(lowered: list[str], hit: int, place: Any) -> bool:
    """ "Sirens sounded in the Red Sea resort city": a water's name before a settlement's words names no place of its
    own; it tells where the settlement lies (the city the report named before), as "the Red Sea port city of
    Hodeidah" does with the name after its "of"."""
    return hit < len(lowered) and lowered[hit] in _SETTLEMENT_AFTER_A_WATER and place.kind in outside_country_kinds()


#: Prepositions before which a capitalised word of a title-case headline is a name ("Blast in Hit Kills Three"), not
#: the verb it may spell ("Drones Hit Erbil Airport").
GOVERNING_A_NAME = frozenset({"in", "near", "from", "at", "to", "of", "toward", "towards", "outside", "inside"})


#: The words of "of" that join a noun to the name after it inside an alias ("barrage de Tichrine", "diga di ...").
_OF_A_NAME = frozenset({"of", "de", "di", "del", "du", "des", "della"})


def _verb_in_a_headline(sentence: Sentence, first: int, hit: int) -> bool:
    """ "Drones Hit US Base in Syria": in a title-case headline a one-word name that is a verb of the lexicon
    (``attack_word``, ``impact``, ``firing_verb``) and no preposition governs is the verb (not the town of Hit);
    "Blast in Hit Kills Three" keeps the town."""
    lowered = sentence.lowered
    if hit - first != 1 or not any(lowered[first] in lexicon.words(g) for g in ("attack_word", "impact", "firing_verb")):
        return False
    if first and lowered[first - 1] in GOVERNING_A_NAME:
        return False
    if _is_latin_lower(sentence.tokens[first].text):
        return True  # written in lower case ("a drone hit Camp Taji"): the verb
    return in_title_case(sentence.tokens)




def _quote_after_arabic_descriptor(tokens: list[Any], keys: list[str], k: int, index: NameKeys) -> bool:
    """Whether token *k* is a quotation mark between an Arabic descriptor noun and the name it opens ("قاعدة "حرير""
    'the "Harir" base'): read through, as a hyphen is, so that the descriptor and the name are one span (the name
    alone may be a common word: حرير 'silk')."""
    return (tokens[k].text in QUOTE_MARKS or tokens[k].text in _APOSTROPHES) and 0 < k < len(tokens) - 1 \
        and particles.is_arabic(tokens[k + 1].text) and (_opens_arabic_name(tokens[k - 1].text, keys[k - 1], index)
                                                         or tokens[k - 1].text in _POSITION_NOUNS)


#: Arabic nouns of a military position that statements write before the position's quoted name (موقع "المالكية",
#: ثكنة "راميم"), as names of the gazetteer begin ("موقع المالكية", "ثكنة راميم"), though no descriptor of its own.
_POSITION_NOUNS = frozenset({"موقع", "ثكنة", "مستوطنة", "مستعمرة"})


#: Apostrophes some Arabic outlets quote a name with ("حقل 'خورملة' النفطي").
_APOSTROPHES = frozenset({"'", "’", "‘"})


def _opens_arabic_name(word: str, key: str, index: NameKeys) -> bool:
    """An Arabic descriptor noun without the article ("محافظة", "قاعدة", "مطار") opens the name after it and never
    ends one: "شمال محافظة أربيل" is "north of Erbil governorate", not the North governorate of Lebanon. (Descriptor
    adjectives after a name carry the article: "عين الأسد الجوية", "مطار أربيل الدولي".)"""
    return key in index.glue and particles.is_arabic(word) and not word.startswith(particles.ARABIC_ARTICLE) \
        and key not in persian_endings()  # ("نجف‌آباد": an ending closes its name)


#: How far an embassy may lie from the town named after it ("the US embassy in Baghdad") and still be that town's
_EMBASSY_KM = 25.0
_CONSULATE = ("consulate", "قنصلية", "القنصلية")


def _in_an_idiom(lowered: list[str], m: Mention) -> bool:
    """Whether the mention ends a set phrase in which the place plays no part in the report's events (``idiom`` in
    extract_words.csv): Hezbollah's "on the road to Jerusalem", said of every fighter it mourns, is no strike on
    Jerusalem."""
    idioms = lexicon.word_phrases("idiom")
    return any(idioms.match_at(lowered, start) == (m.last, "idiom")
               for start in range(max(0, m.first - 4), m.first))


def _surnames_of_persons_named(found: list[Mention], sentences: list[Sentence]) -> list[Mention]:
    """Without the mentions that are the surname of a person the report names in full: "the downfall of the Bashar al
    Assad regime ... Assad's fall" is the president, not Ain al-Asad (one sense of a name per report). A name with a
    descriptor word after it ("Asad air base") stays a place."""
    surnames = set()
    for sentence in sentences:
        for start, end, kind in lexicon.entities().find(sentence.lowered):
            if kind == "person" and end - start >= 2 and sentence.lowered[end - 1].isalpha() \
                    and sentence.tokens[end - 1].text[:1].isupper():  # (not "the Assad regime")
                surnames.add(sentence.lowered[end - 1])
    if not surnames:
        return found

    def surname(m: Mention) -> bool:
        words = [w for w in sentences[m.sentence].lowered[m.first:m.last] if w not in ("al", "el", "-")]
        tokens = sentences[m.sentence].tokens
        return len(words) == 1 and words[0] in surnames and not (m.last < len(tokens) and is_descriptor(tokens[m.last].text))

    return [m for m in found if not surname(m)]


def _embassy_named_elsewhere(found: list[Mention], sentences: list[Sentence]) -> list[Mention]:
    """An embassy the gazetteer holds is not meant when the report names another one: a consulate the gazetteer does not
    name so ("the US consulate in Erbil" is not the US embassy in Baghdad), or an embassy in another town ("the US
    embassy in Beirut"). The town stays a mention; the compound, which the gazetteer lacks, does not."""
    kept = []
    for k, m in enumerate(found):
        place = m.candidates[0] if m.candidates else None
        if place is not None and place.kind == "embassy":
            aliases = place.aliases if isinstance(place.aliases, (list, tuple)) else str(place.aliases or "").split("|")
            names = " ".join(str(x) for x in (place.name, *aliases, place.name_ar) if x).lower()
            if any(w in m.text.lower() for w in _CONSULATE) and not any(w in names for w in _CONSULATE):
                continue
            after = found[k + 1] if k + 1 < len(found) else None
            lowered = sentences[m.sentence].lowered
            if after is not None and after.sentence == m.sentence and after.first == m.last + 1 \
                    and lowered[m.last] in ("in", "at") and after.candidates \
                    and distance_km(place.lat, place.lon, after.candidates[0].lat, after.candidates[0].lon) > _EMBASSY_KM:
                continue
        kept.append(m)
    return kept


def _part_of_a_longer_name(sentence: Sentence, hit: int, index: NameKeys) -> bool:
    """ "the Khor Mor gas field": a name followed by a capitalised word that no place name holds and that is no
    title, descriptor, demonym or common word is the start of a longer name the gazetteer does not know (Khor is
    not Al Khor in Qatar). Not in a headline written in title case ("Iran Fires Missiles at Israel")."""
    tokens = sentence.tokens
    if hit >= len(tokens) or not (tokens[hit].text[:1].isupper() and tokens[hit].text.isalpha()) or hit == 0:
        return False
    if tokens[hit].text.isupper() and len(tokens[hit].text) > 1 and (
            lexicon.trigger_table().match_at(sentence.lowered, hit) is not None
            or lexicon.actors().match_at(sentence.lowered, hit) is not None):
        return False  # an acronym of a weapon or a force starts no name ("Erbil'e İHA ile saldırı": a drone)
    if tokens[hit - 1].text[:1].islower() and tokens[hit - 1].text.isalpha():
        return False  # a descriptor or region word written small closes the name ("Haftanin bölgesinde PKK ...")
    if particles.case_ending(tokens[hit - 1].text, lambda stem: True):
        return False  # a Turkish case ending after an apostrophe closes the name ("Zaho'da PKK mevzileri ...")
    return _a_word_no_name_holds(sentence, hit, index) and not in_title_case(tokens)


def _a_word_no_name_holds(sentence: Sentence, k: int, index: NameKeys) -> bool:
    """Whether token *k* is a word no place name holds and no title, descriptor, demonym, speaker or common word is:
    a word of a longer name the gazetteer lacks, beside a name it holds."""
    return token_key(sentence.tokens[k].text) not in index.vocabulary and _a_word_of_a_name(sentence, k)


def _a_word_of_a_name(sentence: Sentence, k: int) -> bool:
    """Whether token *k* may be a word of a name: no common word, title, descriptor, demonym or speaker."""
    word = sentence.tokens[k].lower
    return not (common_word(word) or is_descriptor(sentence.tokens[k].text) or word in demonym_words()
                or word in lexicon.words("speaker") or lexicon.titles().match_at(sentence.lowered, k) is not None)


def in_title_case(tokens: Any) -> bool:
    """Whether a sentence is a headline written in title case ("Iran Fires Missiles at Israel"): half its words or
    more capitalised."""
    words = [t.text for t in tokens if t.text.isalpha()]
    return sum(w[:1].isupper() for w in words) * 2 >= len(words)


def _ends_a_longer_name(sentence: Sentence, first: int, index: NameKeys) -> bool:
    """ "the port of Minet al-Beida": a name opening with an Arabic article right after a capitalised word that no
    place name holds and that is no title, descriptor, demonym, actor or common word ends a longer name the gazetteer
    does not know (al-Beida is not Yemen's al-Bayda). Not in a headline written in title case."""
    tokens = sentence.tokens
    if first < 2 or tokens[first].lower not in ("al", "el") or tokens[first - 1].end + 1 != tokens[first].start:
        return False
    before = tokens[first - 1]
    if not (before.text[:1].isupper() and before.text.isalpha()) \
            or lexicon.actors().match_at(sentence.lowered, first - 1) is not None:
        return False
    return _a_word_no_name_holds(sentence, first - 1, index) and not in_title_case(tokens)


def _generic_opens_a_name(tokens: list[Any], first: int, hit: int) -> bool:
    """ "Turkish drones struck villages near Tall Baydar": a generic word that names begin with (tall, tell, ain, deir,
    kafr: :func:`gazetteer.normalize.name_openers`) matched alone, right before a capitalised word, opens a name the
    gazetteer does not hold; it is not the place that word alone names (At Tall, near Damascus). Nor is a name matched
    right after such a word the place it names alone ("Drones hit Ain Dara": Dara is not Daraa). A descriptor word
    after it names no place of that name: "Der Flughafen Erbil wurde angegriffen" opens on the German article."""
    if first > 0 and opens_a_name(tokens[first - 1].text) and not is_descriptor(tokens[first].text.lower()):
        return True
    if hit - first != 1 or normalize(tokens[first].text) not in name_openers():
        return False
    if first > 1 and tokens[first - 1].text == "-" and tokens[first - 1].start == tokens[first - 2].end \
            and tokens[first].start == tokens[first - 1].end:
        return True  # "im Chabur-Tal" 'in the Khabur valley': the last piece of a compound, German 'valley'
    if hit >= len(tokens):
        return False
    after = tokens[hit].text
    # (or the Arabic article of the next word: "die Ortschaft Tall al-Lubn")
    return after[:1].isupper() and after.isalpha() or after.lower() in _ARABIC_ARTICLES and hit + 1 < len(tokens) \
        and tokens[hit + 1].text == "-" and tokens[hit + 1].start == tokens[hit].end


#: The Arabic article as Latin script writes it before a hyphen ("al-Lubn", "el-Arish", "ash-Sheikh").
_ARABIC_ARTICLES = frozenset({"al", "el", "ad", "ar", "as", "ash", "at", "az", "an", "ath", "adh"})


def _german_article_before_a_country(lowered: Sequence[str], first: int, place: Any) -> bool:
    """ "Der Iran hat Raketen abgefeuert": a German article before a country's name, no name opener."""
    return first > 0 and lowered[first - 1] in lexicon.GERMAN_ARTICLES and place.kind == "country"


def _common_alone(tokens: Sequence[Any], k: int) -> bool:
    """Whether the Arabic-script word at token *k* is a common word that a place holds as its whole name once its
    noun is set aside (``common_alone`` in extract_words.csv: الداخلية 'the interior', not Oman's Ad Dakhiliyah;
    Persian مرکزی 'central', not Markazi; الأمريكية 'the American', not the US embassy) written without that noun right
    before it (``common_named_by``: "محافظة الداخلية", "استان مرکزی", "السفارة الأمريكية" name the place; "القنصلية
    الأمريكية" 'the American consulate' does not)."""
    if normalize(tokens[k].text) not in _words_normalized("common_alone"):
        return False
    return not (k and normalize(tokens[k - 1].text) in _words_normalized("common_named_by"))


def _pictures(lowered: Sequence[str], k: int) -> bool:
    """Whether the Arabic word at token *k* is صور 'pictures' (Tyre's name): after a verb of showing or before a noun
    of the media that took them ("كما بينت صور وكالة فرانس برس" 'as AFP's pictures showed', "صور الأقمار الصناعية";
    ``pictures_beside`` in extract_words.csv)."""
    if lowered[k] != "صور":
        return False
    beside = lexicon.words("pictures_beside")
    return (k > 0 and lowered[k - 1] in beside) or (k + 1 < len(lowered) and lowered[k + 1] in beside)


def _overlooking(lowered: Sequence[str], k: int) -> bool:
    """Whether the Arabic word at token *k* is المطلة 'overlooking' (Metula's name) before على: "محافظة الحديدة المطلة على
    البحر الأحمر" 'Hodeidah province, which overlooks the Red Sea' (``overlooking`` in extract_words.csv)."""
    return lowered[k] in lexicon.words("overlooking") and k + 1 < len(lowered) and lowered[k + 1] == "على"


@functools.cache
def _words_normalized(group: str) -> frozenset[str]:
    return frozenset(normalize(w) for w in lexicon.words(group))


def _article_left_off(text: str, place: Any) -> bool:
    """Whether one Arabic word is a place's name only with the article it lacks here: "تل" (a hill; At Tall is
    "التل"), "عمر" (Omar, a man's name; the al-Omar field is "حقل العمر"). The word is a common one
    (``arabic_bare_word`` in extract_words.csv: "شيخان" is not, and names Sheikhan with or without its article) and
    every Arabic name of the place that holds it holds it with its article."""
    if not particles.is_arabic(text) or text.startswith(particles.ARABIC_ARTICLE) or text not in lexicon.words("arabic_bare_word"):
        return False
    names = [n for n in (place.name_ar, *place.aliases) if n and particles.is_arabic(n)]
    holding = [n for n in names if text in n.split() or particles.ARABIC_ARTICLE + text in n.split()]
    return bool(holding) and all(text not in n.split() for n in holding)



def _arabic_adjective_of_a_noun(lowered: Sequence[str], first: int) -> bool:
    """Whether the Arabic word at token *first* is an adjective that a place's name also spells (``arabic_adjective``
    in extract_words.csv: "الغازية" 'the gas', al-Ghazieh in Lebanon), right after a noun with the article whose
    adjective it is: "المنشأة الغازية" 'the gas facility' names no town."""
    return first > 0 and lowered[first] in lexicon.words("arabic_adjective") \
        and particles.is_arabic(lowered[first - 1]) and lowered[first - 1].startswith(particles.ARABIC_ARTICLE)


def _article_put_on(text: str, place: Any) -> bool:
    """Whether one Arabic word with the article is a common word where the place's name lacks the article:
    "الصور" 'the pictures' ("أظهرت الصور" 'the pictures showed') is not Tyre, whose name is "صور". The word without
    its article is a common one (``arabic_bare_word`` in extract_words.csv) and every Arabic name of the place that
    holds it holds it bare. So is a country's adjective: "السورية" 'the Syrian' ("الحدود العراقية السورية") is not
    Syria, named "سورية" with no article (a country named with it, "العراق", "السعودية", keeps it)."""
    if not particles.is_arabic(text) or not text.startswith(particles.ARABIC_ARTICLE):
        return False
    stem = text[len(particles.ARABIC_ARTICLE):]
    names = [n for n in (place.name_ar, *place.aliases) if n and particles.is_arabic(n)]
    if place.kind == "country":
        return text not in names  # (a longer name holding it, "الجمهورية العربية السورية", is no name of the word)
    if stem not in lexicon.words("arabic_bare_word"):
        return False
    holding = [n for n in names if stem in n.split() or text in n.split()]
    return bool(holding) and all(text not in n.split() for n in holding)


#: Shortest key (letters) tried by sound: short capitalised words sound like too many places.
_SOUND_MIN_LETTERS = 6


#: The least score a name found only by likeness must have (rapidfuzz's 0-100, as the gazetteer's ranking gives).
_LIKENESS_SCORE = 85.0
#: The kinds a name found only by likeness may be: a settlement, the words around it say so.
_LIKENESS_KINDS = frozenset({"city", "town", "village", "area"})


def _unmatched_capital(tokens: list[Any], i: int, blocked: set[int], covered: set[int], keys: list[str],
                       function_words: frozenset[str]) -> bool:
    """Whether token *i* is a capitalised word of letters that no name took and no lexicon blocks, nor a function or
    common word: one that may still be a name spelt otherwise (:func:`_by_ending`, :func:`_by_likeness`)."""
    text = tokens[i].text
    return i not in blocked and i not in covered and text[:1].isupper() and text.isalpha() \
        and tokens[i].lower not in function_words and not common_word(keys[i])


#: The endings that make a Sorani adjective of a country's name ("ئێرانی" 'Iranian', "عێراقی" 'Iraqi') as well as its
#: ezafe: after a country's name they are read as the adjective.
_SORANI_ADJECTIVE_ENDINGS = frozenset({"ی", "یان", "یش", "یشی", "ییەکان", "ییەکانی"})


def _unmatched_sorani(tokens: list[Any], i: int, blocked: set[int], covered: set[int], keys: list[str],
                      function_words: frozenset[str]) -> bool:
    """Whether token *i* of a Sorani sentence is a word of Arabic script that no name took and no lexicon blocks: one
    that may be a name with an ezafe or case ending joined to it ("گوندێکی سیدەکانی" 'a village of Sidakan',
    "لە زاخۆدا" 'in Zakho'), as a capitalised word may be in Latin script."""
    text = tokens[i].text
    return i not in blocked and i not in covered and text.isalpha() and particles.is_arabic(text) \
        and tokens[i].lower not in function_words and not common_word(keys[i]) \
        and not is_descriptor(text)  # "کێڵگەی" 'the field of' opens a name; it is none


@functools.cache
def _exonyms() -> dict[str, str]:
    """Names read only with a case ending after an apostrophe (``extract_exonyms.csv``): lower-cased name -> place
    id."""
    return {r["name"].lower(): r["place_id"] for r in lexicon.read_table("exonyms")}


def _exonyms_with_an_ending(sentence: Sentence, gazetteer: Any, blocked: set[int],
                            found: list[Mention]) -> list[Mention]:
    """A name the gazetteer leaves out because alone it is a word or a group's name, written with a Turkish case ending
    after its apostrophe ("Şam'a" 'to Damascus', "Şam'daki" 'in Damascus'): the place, and the ending its case."""
    covered = {k for m in found if m.sentence == sentence.index for k in range(m.first, m.last)}
    names = _exonyms()
    mentions: list[Mention] = []
    for i, token in enumerate(sentence.tokens):
        stem, mark, _ = token.text.replace("’", "'").partition("'")
        ending = particles.case_ending(token.text, lambda _: True).lower() if mark else ""
        if not ending or i in blocked or i in covered or stem.lower() not in names \
                or i and sentence.tokens[i - 1].text in ("-", "‐"):
            continue  # ("Heyet Tahrir el-Şam'ın": the al-Sham of a group's name)
        place = gazetteer.get(names[stem.lower()])
        mention = Mention(token.text, token.start, token.end, sentence.index, i, i + 1, stem, [place], "alias", 100.0)
        mention.extra["case_ending"] = ending
        mentions.append(mention)
    return mentions


def _by_ending(sentence: Sentence, gazetteer: Any, index: NameKeys, blocked: set[int], keys: list[str],
               function_words: frozenset[str], covered: set[int]) -> list[Mention]:
    """A capitalised word no name matched that is a name with a case ending or ezafe joined to it ("li Zaxoyê",
    "êrîşî Hewlêrê", "w Iraku", "Erbilben": :func:`gazetteer.normalize.inflection_stems`), found when one of its stems
    is a name the gazetteer spells (exact or alias), never by sound or likeness. In a Sorani sentence a word of
    Arabic script stands as a capitalised one does, alone or as the last word of a name of two ("کانی ماسێیان")."""
    tokens = sentence.tokens
    sorani = particles.is_sorani(sentence.text)  # (Sorani words carry no capitals to tell a name by)
    found: list[Mention] = []
    taken: set[int] = set()
    for i, token in enumerate(tokens):
        text = token.text
        if len(text) < 5 or not (_unmatched_capital(tokens, i, blocked, covered, keys, function_words)
                                 or (sorani and _unmatched_sorani(tokens, i, blocked, covered, keys, function_words))):
            continue
        spans = [(i, text)]
        if sorani and i and i - 1 not in taken and _unmatched_sorani(tokens, i - 1, blocked, covered, keys,
                                                                     function_words):
            spans.insert(0, (i - 1, sentence.text[tokens[i - 1].start - sentence.start:token.end - sentence.start]))
        for first, written in spans:
            mention = _name_with_its_ending(sentence, gazetteer, index, first, i + 1, written, sorani)
            if mention is not None:
                found.append(mention)
                taken.update(range(first, i + 1))
                break
    return found


def _german_genitive(sentence: Sentence, gazetteer: Any, index: NameKeys, blocked: set[int], keys: list[str],
                     function_words: frozenset[str], covered: set[int]) -> list[Mention]:
    """ "im Süden Beiruts", "im Zentrum Teherans" 'in the centre of Tehran', "die Vororte Bagdads": a capitalised word
    no name took, right after a direction noun or a German noun of a part of a place (``german_genitive_head``), that
    is a name the gazetteer spells (exact or alias) with its genitive joined to it, taken off as the gazetteer takes
    it off after a direction (:func:`gazetteer.normalize.stems_after`). Only there: an "s" taken off any name would
    read "Hamas" as Hama."""
    tokens = sentence.tokens
    heads = lexicon.words("german_genitive_head")
    found: list[Mention] = []
    for i in range(1, len(tokens)):
        text = tokens[i].text
        if not (tokens[i - 1].lower in heads or compass_of(tokens[i - 1].text) is not None) \
                or not _unmatched_capital(tokens, i, blocked, covered, keys, function_words):
            continue
        for stem in stems_after(text, "direction"):
            if not index.matches(stem):
                continue
            try:
                match = gazetteer.resolve(stem)
            except GazetteerError:
                continue
            if match.method in ("exact", "alias"):
                found.append(Mention(text, tokens[i].start, tokens[i].end, sentence.index, i, i + 1, stem,
                                     [match.place], match.method, float(match.score)))
                break
    return found


def _name_with_its_ending(sentence: Sentence, gazetteer: Any, index: NameKeys, first: int, last: int, text: str,
                          sorani: bool) -> Mention | None:
    """The mention of tokens *first*..*last* (*text* as written) when a stem of it without its ending is a name the
    gazetteer spells (exact or alias), or None."""
    tokens = sentence.tokens
    for stem in inflection_stems(text):
        if not index.matches(stem):
            continue  # (a stem that is no name's key is never looked up: most capitalised words are no name)
        try:
            match = gazetteer.resolve(stem)
        except GazetteerError:
            continue
        if sorani and match.place.kind == "country" and text[len(stem):] in _SORANI_ADJECTIVE_ENDINGS:
            continue  # "مووشەکی ئێرانی" 'an Iranian missile': the state's adjective, no place
        if match.method in ("exact", "alias"):
            place, method, score = _steered_by_the_descriptor_before(gazetteer, tokens, first, stem,
                                                                     (match.place, match.method, float(match.score)))
            mention = Mention(text, tokens[first].start, tokens[last - 1].end, sentence.index, first, last, stem,
                              [place], method, score)
            if sorani and text.startswith(stem):
                mention.extra["ending"] = text[len(stem):]  # "ئێرانەوە" 'from Iran': the ending tells its role
            return mention
    return None


#: How far the place a descriptor before a name steers to may lie from the place the name alone is ("balafirgeha
#: Hewlêrê" 'the airport of Erbil' is Erbil's airport, not some other place the words name).
_STEERED_KM = 50.0


def _steered_by_the_descriptor_before(gazetteer: Any, tokens: list[Any], first: int, stem: str,
                                      match: tuple[Any, str, float]) -> tuple[Any, str, float]:
    """The place, method and score a descriptor right before a name with its ending steers to ("kampa Mexmûrê" 'the
    camp of Makhmur', "balafirgeha Hewlêrê" 'the airport of Erbil'), as it does before the name without its ending;
    *match* (the name's own place, method and score) when the descriptor names nothing else near it."""
    place = match[0]
    for start in range(max(0, first - 3), first):
        words = [t.text for t in tokens[start:first]]
        # (the descriptor of several words with its linker: "qada petrolê ya Xurmalayê" 'the oil field of Khurmala')
        # (capitalised too, as a name's own words: "Balafirgeha Navneteweyî ya Hewlêrê", "Qada Petrolê ya Xurmalayê")
        if not all(w.isalpha() for w in words) or not is_descriptor(words[0]) \
                or (len(words) > 1 and normalize_parts(f"{' '.join(words)} x")[0] != "x"
                    and any(_names_a_place(gazetteer, w) for w in words[1:])):
            continue  # (not past another name: "gundê Lêlêkan yê Bradostê" is Bradost, where the village lies; a
            # descriptor of several words is none: "کێڵگەی نەوتی" 'the oil field of', though نەوتی is a village too)
        steered = _resolve(gazetteer, f"{' '.join(words)} {stem}")
        if steered is not None and steered[0][0].id != place.id \
                and distance_km(steered[0][0].lat, steered[0][0].lon, place.lat, place.lon) <= _STEERED_KM:
            return steered[0][0], steered[1], steered[2]
    return match


def _names_a_place(gazetteer: Any, word: str) -> bool:
    """Whether *word* alone is a name the gazetteer spells or hears (exact, alias or by sound)."""
    found = _resolve(gazetteer, word)
    return found is not None and found[1] in ("exact", "alias", "phonetic")


def _by_likeness(sentence: Sentence, gazetteer: Any, blocked: set[int], keys: list[str],
                 function_words: frozenset[str], covered: set[int]) -> list[Mention]:
    """A capitalised word no name or sound matched that a word of settlement introduces ("the beach town of Jiyyeh",
    "the Matzuva kibbutz", "el pueblo de Juaiyya": ``settlement_word`` in extract_words.csv), found by likeness: the
    gazetteer's fuzzy match, a settlement, at :data:`_LIKENESS_SCORE` or more. It stands only where a name found
    by sound would (:func:`~.heard.heard_in_context`)."""
    tokens = sentence.tokens
    n = len(tokens)
    settlement = lexicon.words("settlement_word")
    found: list[Mention] = []
    for i in range(n):
        text = tokens[i].text
        if len(text) < 4 or not _unmatched_capital(tokens, i, blocked, covered, keys, function_words):
            continue
        before = [t.lower for t in tokens[max(0, i - 2):i]]
        introduced = (len(before) == 2 and before[0] in settlement and before[1] in ("of", "de", "di", "d'", "del")) \
            or (before[-1:] and before[-1] in settlement) or (i + 1 < n and tokens[i + 1].lower in settlement)
        if not introduced:
            continue
        try:
            match = gazetteer.resolve(text)
        except GazetteerError:
            continue
        if match.method != "fuzzy" or match.score < _LIKENESS_SCORE or match.place.kind not in _LIKENESS_KINDS:
            continue
        found.append(Mention(text, tokens[i].start, tokens[i].end, sentence.index, i, i + 1, text, [match.place],
                             "fuzzy", float(match.score)))
    return found


def _prefix_of_a_direction(word: str) -> str:
    """The Hebrew prefix of a direction word or of a noun of place before a name ("בדרום" 'in the south of', "בכפר"
    'in the village of', "בעיירה" 'in the town of': ב), else "" (:func:`lexicon.prefix_roles`)."""
    if not particles.is_hebrew(word):
        return ""
    return next((p for p in _prefixes_longest_first() if word.startswith(p) and len(word) > len(p) + 1
                 and (compass_of(word[len(p):]) is not None or is_descriptor(word[len(p):])
                      or word[len(p):] in lexicon.words("hebrew_place_noun"))), "")


def _prefix_carried(tokens: Sequence[Any], first: int) -> str:
    """The Hebrew prefix that the words before the name at token *first* carry for it (:func:`_prefix_of_a_direction`):
    the word right before it, or the word before the name's article (``article_words``: "אל", "א") and the nouns of
    place between that carry no prefix of their own ("באזור העיר אל כיסווה" 'in the area of the town of al-Kiswah':
    ב)."""
    k = first - 1
    while k > 0 and first - k <= 3 and particles.is_hebrew(tokens[k].text) and (
            tokens[k].text in article_words() or is_descriptor(tokens[k].text)
            or tokens[k].text in lexicon.words("hebrew_place_noun")) and not _prefix_of_a_direction(tokens[k].text):
        k -= 1
    return _prefix_of_a_direction(tokens[k].text) if k >= 0 else ""


#: Definite articles an alias may open with ("the Galilee", "la Galilée").
_DEFINITE_ARTICLES = frozenset({"the", "le", "la", "les", "el", "los", "las", "der", "die", "das"})


def _longer_after_the_article(sentence: Sentence, index: NameKeys, usable: list[bool], starts: list[int],
                              ends: list[int], i: int, hit: int) -> bool:
    """Whether a name that starts after the article at token *i* runs past *hit*, where the name that takes the
    article ends ("the Galilee Panhandle": "Galilee Panhandle", not the alias "the Galilee")."""
    end = hit
    while end < len(usable) and usable[end] and end - i <= index.longest:
        end += 1
    return any(index.matches(sentence.text[starts[i + 1] - sentence.start:ends[j - 1] - sentence.start])
               for j in range(end, hit, -1))


@functools.cache
def _prefixes_longest_first() -> tuple[str, ...]:
    """The Hebrew prefixes of :func:`lexicon.prefix_roles`, longest first ("וב" before "ב")."""
    return tuple(sorted(lexicon.prefix_roles(), key=len, reverse=True))


def _heard(gazetteer: Any, match: Any, query: str, start: int, end: int, sentence: int, first: int,
           last: int) -> Mention:
    """The mention of a name heard by sound (*match*, method ``"phonetic"``), with the gazetteer's alternatives."""
    alternatives = [gazetteer.get(a.place_id) for a in getattr(match, "alternatives", None) or ()]
    return Mention(query, start, end, sentence, first, last, query,
                   [match.place] + [p for p in alternatives if p.id != match.place.id], "phonetic", float(match.score))


#: A Hebrew word this common (wordfreq's Zipf scale) is a word of the language, not a name heard by sound ("בראשית"
#: 'Genesis' is not Barashit, "ארנון" is a given name); Baghdad (בגדד) and Metula (מטולה) stand at about 3.2.
_HEBREW_COMMON_ZIPF = 3.5
#: The kinds a Hebrew name of two words heard by sound may be (a region's: "גליל העליון" after "ב"; a sea's: "ים האדום"
#: after "ב", which swallowed the article of "הים האדום").
_HEBREW_REGION_KINDS = frozenset({"region", "governorate", "district", "sea", "gulf"})  # (and "בים האדום")
#: The fewest letters a Hebrew word heard by sound may have: Hebrew writes few vowels ("בגדד" is Baghdad's four).
_HEBREW_MIN_LETTERS = 4


def _hebrew_by_sound(sentence: Sentence, gazetteer: Any, index: NameKeys, blocked: set[int],
                     covered: set[int]) -> list[Mention]:
    """Hebrew words no name matched, found by sound as capitalised runs are (Hebrew writes no capitals to tell a name
    by): "מטולה" is Metula, "בגדד" Baghdad, "בושהר" Bushehr, each alone or after a joined prefix ("בבושהר" 'in
    Bushehr'), or two words joined by a hyphen ("אל-קאים"). Only a word that is no common Hebrew word
    (:data:`_HEBREW_COMMON_ZIPF`), with its article or without, and not a word of the lexicon's sound list, and only
    a place the gazetteer resolves with method ``"phonetic"`` that is no village (many Hebrew words sound like the
    Lebanese villages the cov59 round left out: "קליעה", "לבונה")."""
    import wordfreq

    tokens = sentence.tokens
    n = len(tokens)
    # (a geresh marks a sound Hebrew letters lack: "טארנג'ה" is Turunjah, its ג' a j)
    hebrew = [i not in blocked and i not in covered and tokens[i].text.replace("'", "").replace("\u05f3", "").isalpha()
              and particles.is_hebrew(tokens[i].text) for i in range(n)]
    found: list[Mention] = []
    i = 0
    while i < n:
        if not hebrew[i]:
            i += 1
            continue
        hits = []
        village = i > 0 and _after_a_village_noun(tokens[i - 1].text)
        # (one word, or two joined by a hyphen: "אל-קאים", "א-תנף", or a region's name whose second word takes the
        # article, after a prefix that swallowed the first word's: "בגליל העליון" 'in the Upper Galilee')
        ends = [i + 3] if i + 2 < n and tokens[i + 1].text in ("-", "־") and hebrew[i + 2] else []
        ends += [i + 2] if i + 1 < n and hebrew[i + 1] and tokens[i + 1].text.startswith("ה") else []
        for j in ends + [i + 1]:
            word = sentence.text[tokens[i].start - sentence.start:tokens[j - 1].end - sentence.start]
            # (wordfreq reads two words as a phrase of two common words: a region's name of two is judged by its kind)
            region = j == i + 2
            for prefix in ("", *particles.hebrew_prefixes_of(word)):
                query = word[len(prefix):]
                key = name_parts(query)[0]
                if sum(c.isalpha() for c in key) < _HEBREW_MIN_LETTERS or query in lexicon.sound_words() \
                        or not any(k in index.phonetic for k in phonetic_readings(key)):
                    continue  # (the cheap tests first: most words sound like no name)
                if not region and (wordfreq.zipf_frequency(word, "he") >= _HEBREW_COMMON_ZIPF
                                   or wordfreq.zipf_frequency(query, "he") >= _HEBREW_COMMON_ZIPF
                                   or query.startswith("ה")
                                   and wordfreq.zipf_frequency(query[1:], "he") >= _HEBREW_COMMON_ZIPF
                                   or not prefix and any(
                                       wordfreq.zipf_frequency(word[len(p):], "he") >= _HEBREW_COMMON_ZIPF
                                       for p in particles.hebrew_prefixes_of(word))):
                    # a common word, whole ("בניין" 'a building' is no "ניין", Nein, after "ב") or cut, or one with
                    # the article ("טילי השיוט" 'the cruise missiles' is no Showt); nor, read whole, a common word
                    # after its joined prefixes ("מהציוד" 'from the equipment' is no Masada)
                    continue
                try:
                    match = gazetteer.resolve(query)
                except GazetteerError:
                    continue
                if match.method == "phonetic" and (match.place.kind != "village" or village) \
                        and (not region or match.place.kind in _HEBREW_REGION_KINDS):
                    hits.append((float(match.score), -len(prefix), j, prefix, query, match))
            if hits:
                break
        # (the reading that sounds most like a name: "בבושהר" is Bushehr after "ב", "בגדד" is Baghdad whole)
        hit = max(hits, key=lambda h: h[:2])[2:] if hits else None
        if hit is None:
            i += 1
            continue
        j, prefix, query, match = hit
        match = _with_the_descriptor_before(gazetteer, tokens, i, query, match)
        start = tokens[i].start + len(prefix)
        mention = _heard(gazetteer, match, query, start, tokens[j - 1].end, sentence.index, i, j)
        # "בבושהר": the prefix tells its role, as a name's own does; so does a noun of place before it ("באזור מטולה")
        carried = prefix or _prefix_carried(tokens, i)
        if carried:
            mention.extra["prefix"] = carried
        found.append(mention)
        i = j
    return found


def _with_the_descriptor_before(gazetteer: Any, tokens: list[Any], i: int, query: str, match: Any) -> Any:
    """A Hebrew name heard by sound after a descriptor word ("במחוז קוניטרה" 'in Quneitra province'): the place the
    descriptor and the name name together, when they name one by sound (the province, not the town), else *match*."""
    word = tokens[i - 1].text if i else ""
    noun = _hebrew_stem(word, is_descriptor) if particles.is_hebrew(word) else None
    if not noun:
        return match
    try:
        together = gazetteer.resolve(f"{noun} {query}")
    except GazetteerError:
        return match
    return together if together.method == "phonetic" else match


def _after_a_village_noun(word: str) -> bool:
    """Whether a Hebrew *word* is "village", bare or after its prefixes ("הכפר", "בכפר" 'in the village of'): the
    name after it may be a village's."""
    return _hebrew_stem(word, lexicon.words("hebrew_village_noun").__contains__) is not None


def _hebrew_stem(word: str, accept: Callable[[str], bool]) -> str | None:
    """*word* whole, else after the first of its joined Hebrew prefixes (longest first), that *accept* takes; None
    when no reading is."""
    return next((word[len(p):] for p in ("", *_prefixes_longest_first())
                 if word.startswith(p) and accept(word[len(p):])), None)


def _longer_by_sound(sentence: Sentence, gazetteer: Any, index: NameKeys, blocked: set[int], keys: list[str],
                     found: list[Mention]) -> list[Mention]:
    """ "Israeli jets fired missiles at the village of Jubb Ramla": a name matched by its spelling (Ramla of Israel)
    right after a capitalised word that names no place alone and that is no title, descriptor, demonym, actor or common
    word is the last word of a longer name, when the two words together are a place's name by sound (Jubb Ramlah of
    Hama) and that place is another: the longer name, heard, replaces the shorter one."""
    tokens = sentence.tokens
    taken = {k for m in found if m.sentence == sentence.index for k in range(m.first, m.last)}
    result = []
    for m in found:
        k = m.first - 1
        if m.sentence != sentence.index or k < 0 or m.method not in ("exact", "alias") or k in blocked or k in taken \
                or not (tokens[k].text[:1].isupper() and tokens[k].text.isalpha()) or common_word(keys[k]) \
                or tokens[k].end + 1 != tokens[m.first].start or not _a_word_of_a_name(sentence, k) \
                or lexicon.actors().match_at(sentence.lowered, k) is not None:
            result.append(m)
            continue
        query = sentence.text[tokens[k].start - sentence.start:m.end - sentence.start]
        key = name_parts(query)[0]
        try:
            match = gazetteer.resolve(query) if phonetic_key(key) in index.phonetic else None
        except GazetteerError:
            match = None
        if match is None or match.method != "phonetic" or match.place.id in {c.id for c in m.candidates}:
            result.append(m)
            continue
        result.append(_heard(gazetteer, match, query, tokens[k].start, m.end, sentence.index, k, m.last))
    return result


def _by_sound(sentence: Sentence, gazetteer: Any, index: NameKeys, blocked: set[int], keys: list[str],
              function_words: frozenset[str], covered: set[int]) -> list[Mention]:
    """Runs of capitalised words no name matched, found by sound ("Albukamal" is Albu Kamal), with the Arabic
    articles of ``normalize_articles.csv`` inside ("Deir ez-Zur").

    Only a span whose phonetic key is a place name's, and that the gazetteer
    resolves with method ``"phonetic"``, becomes a mention; common words and
    words the lexicon blocks (organisations, people) are never tried.
    """
    tokens = sentence.tokens
    n = len(tokens)
    adjectives = demonym_words()
    capital = [i not in blocked and i not in covered and tokens[i].text[:1].isupper() and tokens[i].text.isalpha()
               and tokens[i].lower not in function_words and tokens[i].lower not in adjectives
               and not common_word(keys[i]) for i in range(n)]
    found: list[Mention] = []
    i = 0
    while i < n:
        if not capital[i]:
            i += 1
            continue
        run = i
        # a run of capitalised words, with Arabic articles and hyphens inside ("Jurf al-Saqr")
        while run < n and (capital[run] or (run > i and (tokens[run].text in GLUE_PUNCT or keys[run] == ""
                                                          or tokens[run].lower in article_words()))):
            run += 1
        hit = None
        for j in range(min(run, i + 4), i, -1):
            if not capital[j - 1]:
                continue
            query = sentence.text[tokens[i].start - sentence.start:tokens[j - 1].end - sentence.start]
            key = name_parts(query)[0]
            if sum(c.isalpha() for c in key) < _SOUND_MIN_LETTERS or phonetic_key(key) not in index.phonetic:
                continue
            try:
                match = gazetteer.resolve(query)
            except GazetteerError:
                continue
            if match.method != "phonetic":
                continue
            if j - i == 1 and (name_follows(tokens, j) or name_before(tokens, i) or speaks(tokens, i, j)):
                continue  # one word among capitalised ones is likely part of a person's name ("Wissam Mohammed al-Saadi")
            if j - i == 1 and tokens[i].lower in lexicon.sound_words():
                continue  # a common word of a report language ("Westen" 'the west'), not al-Wastani heard
            if tokens[j - 1].lower in lexicon.words("war_noun"):
                continue  # a war's name ("the Twelve Day War"), not Doueir heard
            hit = (j, query, match)
            break
        if hit is None:
            i += 1
            continue
        j, query, match = hit
        found.append(_heard(gazetteer, match, query, tokens[i].start, tokens[j - 1].end, sentence.index, i, j))
        i = j
    return found
