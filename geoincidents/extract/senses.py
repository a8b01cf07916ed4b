"""The sense of ambiguous place mentions (Rumalyn the town or the landing zone; Hasaka the city or the province).

A mention takes, in order, the city of its name when it is the dateline a report was filed from, the area a region
word beside it names ("the countryside of Homs" is Homs province, as the gazetteer reads the phrase), the kind its
nearby words name ("base at Rumalyn", "province of Hasaka"; a town named beside a nuclear word is the nuclear facility
of that name), the sense the same name has elsewhere in the report (one sense per report), a target sense that is a
base when the clause tells of an attack, the sense that shares a province or country with the report's other places,
and otherwise the gazetteer's own ranking (its first candidate). A site told "in" a container that lies elsewhere is
that container (:func:`_site_outside_its_container`).
"""
from __future__ import annotations

from collections import Counter
from typing import Any

from gazetteer.errors import GazetteerError
from gazetteer.hints import distance_km
from gazetteer.normalize import descriptor_kinds, normalize, normalize_parts
from gazetteer.phrases import region_words
from gazetteer.phrasewords import direction_words
from gazetteer.spans import lies_in

from geoincidents.extract import lexicon
from geoincidents.extract.heard import HEARD_METHODS
from geoincidents.extract.mentions import Mention
from geoincidents.extract.names import QUOTE_MARKS, demonym_words
from geoincidents.extract.namekeys import plural_kinds
from geoincidents.extract.nesting import BASE_KINDS, PROVINCE_KINDS, contains, specificity
from geoincidents.extract.particles import is_hebrew
from geoincidents.extract.text import Sentence

__all__ = ["settle_senses"]


def _kind_hint(sentence: Sentence, m: Mention, back: int = 3) -> tuple[str, ...]:
    """Kinds named by the *back* words just before a mention ("base at", "province of", "town of")."""
    words = [t.text for t in sentence.tokens[max(0, m.first - back):m.first]]
    if not words:
        return ()
    _, found = normalize_parts(" ".join(words) + " x")
    kinds: list[str] = []
    for d in found:
        kinds.extend(descriptor_kinds().get(d, ()))
    return tuple(kinds)


def _kind_named_before(sentence: Sentence, m: Mention, gazetteer: Any) -> Any:
    """ "li parêzgeha Duhokê" 'in the governorate of Duhok', "the province of Duhok": a province or district kind
    named by the word right before a mention (or before its "of") that none of its candidates has, the place of that
    kind the gazetteer knows under the name (the candidates hold only the best of a name's senses: the city)."""
    # (the descriptor right before the name, or before its "of": not a title's word, "the district chief of X")
    lowered = sentence.lowered
    back = 2 if m.first > 1 and lowered[m.first - 1] in lexicon.OF_WORDS else 1
    while back >= 2 and m.first > back and back < _ADJECTIVES_MAX + 2 \
            and (_adjective_of_a_place(lowered[m.first - back]) or lowered[m.first - back] == "-"):
        back += 1  # (adjectives after the descriptor, before its "of": "la provincia central de Hama", "nel
        # governatorato nord-orientale siriano di Al Hasakah")
    kinds = tuple(k for k in _kind_hint(sentence, m, back) if k in PROVINCE_KINDS | {"district"})
    if gazetteer is None or not kinds or not m.candidates or any(c.kind in kinds for c in m.candidates) \
            or normalize_parts(m.query)[1]:
        return None
    from gazetteer.errors import GazetteerError

    try:
        found = gazetteer.resolve(m.candidates[0].name, kind=kinds, fuzzy=False).place
    except GazetteerError:
        return None
    return found if found.kind in kinds and found.admin1 == m.candidates[0].admin1 else None


#: How many words of adjectives (a hyphen counting as one) may part a descriptor from its "of" and name.
_ADJECTIVES_MAX = 4


def _adjective_of_a_place(word: str) -> bool:
    """ "la provincia central de Hama", "la province syrienne de Deir ez-Zor": a direction or a country's adjective,
    which Romance languages put after a descriptor and before its "of" (not the Spanish and Italian feminine "siria",
    which is the country's own name)."""
    return word in direction_words() or word in demonym_words()


def _forces_in(lowered: list[str], m: Mention) -> bool:
    """ "a one-way drone was launched at US forces in Shaddadi", "das Kontingent in Taji": troops told "in" or "at" a
    town are at the base there (``hosted_forces`` in extract_words.csv: forces, troops, personnel), so the town names
    that base, and an attack on them aims at it."""
    return m.first >= 2 and lowered[m.first - 1] in ("in", "at") \
        and lowered[m.first - 2] in lexicon.words("hosted_forces")


def _base_named(gazetteer: Any, m: Mention, name: str | None = None) -> Any:
    """The base (or other site) the gazetteer knows under this mention's name (or *name*), if any."""
    from gazetteer.errors import GazetteerError

    try:
        # Military sites only: "drones attacked Shaddadi" is the base there, "a drone toward Eilat" not its port.
        match = gazetteer.resolve(name or m.query, kind=("air_base", "military_base"), fuzzy=False)
    except GazetteerError:
        return None
    # A base's name found only inside the mention is not its name: "Green Zone" holds the "Green" of Green Village
    # once "zone" and "village" are read as kind words.
    return None if match.method == "span" else match.place


#: Words that may stand between "near" and a town's name ("near the city of", "vicino alla città di")
_BEFORE_A_TOWN = frozenset({"the", "a", "la", "le", "l'", "alla", "della", "al", "à", "de", "di", "of", "du", "der",
                            "dem", "den", "die", "el"})
#: How far a base may lie from the town it is told near and still be the base of that town's name.
BASE_OF_A_TOWN_KM = 20.0


def _settlement_word(word: str) -> bool:
    """Whether *word* is a descriptor of a settlement in any language the gazetteer reads ("city", "città", "town")."""
    return any(set(descriptor_kinds().get(d, ())) & _SETTLEMENT_KINDS for d in normalize_parts(word + " x")[1])


def _base_near_its_town(sentence: Sentence, m: Mention, gazetteer: Any) -> Any:
    """ "a helicopter base near the city of al-Shaddadi", "la base vicino alla città di Shaddadi": a town told right
    after a base and a word of nearness (``near_cue``) names the base, the one the gazetteer knows under the town's
    name within :data:`BASE_OF_A_TOWN_KM` (not "a checkpoint near the town": no base word; not "a base near Erbil"
    when Erbil's air base is not that base: a base of another name lies near the city)."""
    if gazetteer is None or not m.candidates or m.candidates[0].kind not in ("town", "village") or not all(
            _settlement_word(d) for d in normalize_parts(m.query)[1]):
        # (a town or village, perhaps with its settlement word, "the town of al-Shaddadi"; a city or a city's quarter
        # holds many sites: "a base near Irbil", "a missile base near Mezzeh, in Damascus")
        return None
    lowered = sentence.lowered
    k = m.first
    while k > 0 and m.first - k < 4 and (lowered[k - 1] in _BEFORE_A_TOWN or _settlement_word(lowered[k - 1])):
        k -= 1
    cue = next((start for start, _ in lexicon.word_phrases("near_cue").ends_before(lowered, k)), None)
    if not cue:
        return None  # (none, or one opening the sentence with no base word before it)
    _, written = normalize_parts(" ".join(lowered[max(0, cue - 4):cue]) + " x")
    if not any(set(descriptor_kinds().get(d, ())) & {"military_base", "air_base"} for d in written):
        return None
    base = _base_named(gazetteer, m, m.text)
    town = m.candidates[0]
    return base if base is not None and distance_km(base.lat, base.lon, town.lat, town.lon) <= BASE_OF_A_TOWN_KM \
        else None


#: Plurals of bases that the descriptors' English plural (:func:`plural_kinds`: "bases", "garrisons", "outposts")
#: does not form: "die Basen in al-Omar, al-Tanf und Şedadê", "le basi di"
_BASES_ELSEWHERE = frozenset({"basen", "basi", "stützpunkte"})


def _base_of_a_listed_town(sentence: Sentence, m: Mention, gazetteer: Any, spans: dict[int, int]) -> Any:
    """ "the bases in al-Omar, al-Tanf, Shaddadi and Malikiyah", "die Basen in al-Omar, al-Tanf, Şedadê und Dêrik": a
    name in a list after a plural of bases and "in" or "at" is the base the gazetteer knows under the name (a town
    with no base of its name stays the town)."""
    if gazetteer is None or not m.candidates or m.candidates[0].kind in BASE_KINDS:
        return None
    lowered = sentence.lowered
    starts = {end: first for first, end in spans.items()}
    k = m.first
    while k > 0 and (lowered[k - 1] in lexicon.LIST_JOINERS or k in starts):
        k = starts.get(k, k - 1)
    if not (k >= 2 and lowered[k - 1] in ("in", "at") and (lowered[k - 2] in _BASES_ELSEWHERE or set(
            plural_kinds(lowered[k - 2])) & {"military_base"})):
        return None
    return _base_named(gazetteer, m, m.text)


def _facility_noun_before(sentence: Sentence, m: Mention, spans: dict[int, int]) -> tuple[list[str], bool]:
    """ "a cement plant in the Bajil district", "power stations in Dhahban, Asr and Hezyaz": the words of the facility
    (``facility_noun`` in extract_words.csv, with the word before it) told "in" before a name or the list it stands
    in, else []; and whether the name is one facility of them: not a plural told before one name alone ("power
    stations in Hodeidah" are several in the town, not one of its name)."""
    lowered = sentence.lowered
    starts = {end: first for first, end in spans.items()}
    k = m.first
    if k > 0 and lowered[k - 1] == "the":
        k -= 1
    while k > 0 and (lowered[k - 1] in lexicon.LIST_JOINERS or k in starts):
        k = starts.get(k, k - 1)
    listed = k < m.first - (lowered[m.first - 1:m.first] == ["the"]) or (
        m.last + 1 < len(lowered) and lowered[m.last] in lexicon.LIST_JOINERS and m.last + 1 in spans)
    nouns = lexicon.words("facility_noun")
    if k >= 2 and lowered[k - 1] == "in" and lowered[k - 2] in nouns and not _in_a_name(k - 2, spans):
        return lowered[max(0, k - 3):k - 1], listed or _singular(lowered[k - 2]) == lowered[k - 2]
    if k == m.first and k >= 1 and m.extra.get("prefix") in ("ב", "וב") and lowered[k - 1] in nouns \
            and not _in_a_name(k - 1, spans):
        return lowered[max(0, k - 2):k], True  # Hebrew "נמל התעופה בצנעא" 'the airport in Sanaa': "in" joined on
    return [], False


def _in_a_name(k: int, spans: dict[int, int]) -> bool:
    """Whether token *k* lies inside a place mention (*spans*: first token -> end): "the Mezzeh military airport in
    Damascus" names its airport; Damascus is where it lies."""
    return any(first <= k < end for first, end in spans.items())


def _facility_in_a_town(m: Mention, noun: list[str], gazetteer: Any) -> Any:
    """The facility the gazetteer knows under a town's name with the *noun* it was told "in" after ("Bajil cement
    plant" for "a cement plant in the Bajil district"), when it knows one within ``FACILITY_OF_A_TOWN_KM`` of the
    town or inside the province so named ("a cement factory in Amran province"), else None: the town stays."""
    if gazetteer is None or not noun or not m.candidates or specificity(m.candidates[0]) == 0:
        return None
    name = normalize_parts(m.query)[0]
    town = m.candidates[0]
    for words in (noun, noun[-1:]):
        told = " ".join(words[:-1] + [_singular(words[-1])])
        try:  # (Hebrew puts the noun first: "נמל התעופה צנעא")
            match = gazetteer.resolve(f"{told} {name}" if is_hebrew(told) else f"{name} {told}", fuzzy=False)
        except GazetteerError:
            continue
        found = match.place
        # (the noun must be the facility's own: "a power station in Isfahan" is not the nuclear site, which the bare
        # town's name finds once "station" is read as a descriptor and dropped)
        try:
            named = gazetteer.resolve(name, kind=(found.kind,), fuzzy=False).place.id != found.id
        except GazetteerError:
            named = True
        if match.method != "span" and named and found.kind in ("facility", "airport") and (
                distance_km(found.lat, found.lon, town.lat, town.lon) <= FACILITY_OF_A_TOWN_KM
                or (town.kind in PROVINCE_KINDS and found.admin1 == town.admin1)):
            return found
    return None


#: How far a facility may lie from the town it is told in and still be the facility of that town's name.
FACILITY_OF_A_TOWN_KM = 40.0


def _singular(word: str) -> str:
    """ "stations" -> "station", "factories" -> "factory", "refineries" -> "refinery"; other words as they are."""
    if word.endswith("ies"):
        return word[:-3] + "y"
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def _nuclear_site_named(sentence: Sentence, m: Mention, gazetteer: Any, attacked: bool = False) -> Any:
    """ "nuclear installations at Fordo, Natanz and Isfahan": a bare town name in a sentence about nuclear sites
    (``nuclear_word`` within a few words of it) is the nuclear facility the gazetteer knows under that name. So is one
    *attacked* (the target of a state's strike) when that facility's own name is a nuclear one ("Israeli jets struck
    Natanz", "US bombers struck Arak": the enrichment plant, the heavy-water reactor; not "Iranian missiles hit
    Dimona", fire at a town)."""
    if gazetteer is None or normalize_parts(m.query)[1] or specificity(m.candidates[0]) != 1:
        return None
    near = sentence.lowered[max(0, m.first - 12):m.last + 6]
    told = bool(set(near) & lexicon.words("nuclear_word"))
    if not told and not attacked:
        return None
    site = None
    for name in dict.fromkeys((m.query, m.candidates[0].name)):  # (as written, else the town's own name: "Ispahan")
        try:
            site = gazetteer.resolve(name, kind=("facility",), fuzzy=False).place
            break
        except GazetteerError:
            continue
    if site is None:
        return None
    nuclear = set(site.name.lower().replace("-", " ").split()) & lexicon.words("nuclear_site_word")
    return site if told or nuclear else None


def _struck_with_towns(sentence: Sentence, m: Mention, mentions: list[Mention], gazetteer: Any) -> bool:
    """Whether *m* stands in a list (only joiners between: ``LIST_JOINERS``) with a town or city of no nuclear site
    ("strikes on Tehran, Isfahan and Tabriz", "Erak ve Kirmanşah'taki askeri noktalar"): towns struck, *m* among them,
    not a site."""
    lowered = sentence.lowered
    listed = [o for o in mentions if o is not m and o.sentence == m.sentence and o.candidates
              and all(w in lexicon.LIST_JOINERS for w in lowered[min(o.last, m.last):max(o.first, m.first)])]
    return any(specificity(o.candidates[0]) == 1 and _nuclear_site_named(sentence, o, gazetteer, True) is None
               for o in listed)


def _cue_of_in(cue: str) -> bool:
    """Whether a place's cue is one of "in" in the report languages (``target_weak`` in extract_roles.csv: "in",
    "à", "dans", Hebrew "ב" joined on) or of being near: where a strike fell, not what it aimed at by name."""
    if cue in _AREA_CUES or lexicon.prefix_roles().get(cue) == "target_weak":
        return True
    match = lexicon.role_cues()[0].match_at(cue.split(), 0) if cue else None
    return match is not None and match[1] == "target_weak"


def _unit_of_a_list(sentence: Sentence, m: Mention, gazetteer: Any, spans: dict[int, int] | None = None) -> Any:
    """ "military bases in Ilam, Khuzestan and Tehran provinces": a name in a list that a plural descriptor closes is
    the unit of that kind the gazetteer knows under the name with that descriptor (Tehran Province, not the city).
    The list runs over the other names of the sentence (*spans*: first token → end of each mention), whatever their
    letters ("Hasakah and Deir ez-Zor provinces")."""
    from gazetteer.errors import GazetteerError

    if gazetteer is None or normalize_parts(m.query)[1]:
        return None
    tokens = sentence.tokens
    spans = spans or {}
    k = m.last
    while k < len(tokens) and (tokens[k].lower in lexicon.LIST_JOINERS or tokens[k].text[:1].isupper() or k in spans):
        k = spans.get(k, k + 1)
    plural = tokens[k].lower if k < len(tokens) else ""
    end = k
    while end - 1 > m.last and tokens[end - 1].lower in lexicon.LIST_JOINERS:
        end -= 1
    if not plural_kinds(plural) and end - 1 > m.last and plural_kinds(tokens[end - 1].lower):
        plural = tokens[end - 1].lower  # the list's last name took the plural in ("the Hodeidah and Salif ports")
    if not plural_kinds(plural):
        # (a plural of no place after the list is no descriptor of it: "the provinces of Ilam, Khuzestan and Tehran,
        # Iranian officials said", its capitals read on to "officials")
        closed = lexicon.word_phrases("list_closer").match_at(sentence.lowered, k) is not None
        plural = _plural_opening_the_list(sentence, m, spans, closed)
    if not plural.endswith("s"):
        return None
    kinds = plural_kinds(plural)
    if not kinds or not set(kinds) <= _UNIT_KINDS:
        return None
    try:
        # (a name heard by sound is asked with its unit by sound too: "the Khormala and Sarsang oilfields")
        found = gazetteer.resolve(f"{m.query} {plural[:-1]}", kind=kinds, fuzzy=m.method in HEARD_METHODS).place
    except GazetteerError:
        return None
    return found if found.kind in kinds else None


#: The kinds of a city: a target in its own right, not a base named after it; and told with a district of its
#: province, that province.
_CITY_KINDS = frozenset({"city", "capital"})

#: The kinds a plural descriptor around a list makes of its names: provinces, districts and regions ("Ilam,
#: Khuzestan and Tehran provinces"), fields, plants and other facilities ("the Tawke and Peshkhabour fields":
#: the oil fields, not the towns or the border crossing named alike), and airports and bases ("Damascus and Aleppo
#: airports", "the Erbil and Harir bases").
_UNIT_KINDS = frozenset({"governorate", "district", "region", "facility", "airport", "air_base", "military_base"})


def _plural_opening_the_list(sentence: Sentence, m: Mention, spans: dict[int, int], closed: bool = False) -> str:
    """The plural word that opens the list *m* stands in ("the northern provinces of Sulaimaniya and Dahuk", "four
    governorates, including Hodeidah, and Sanaa"), else "": back over the list's names, commas and "and", then
    "of", a colon ("three oil fields in Duhok on Tuesday: Tawke, Peshkhabour and Sarsang") or a dash ("military
    sites in three provinces — Ilam, Khuzestan and Tehran"), or a list opener
    (``list_opener`` in extract_words.csv: "including", "such as"; after a comma or not), then the plural word; or,
    for a list *closed* by "among them" (``list_closer``), the plural right before its comma ("in 16 Iranian
    provinces, Tehran, Isfahan and Bushehr among them")."""
    tokens = sentence.tokens
    starts = {end: first for first, end in spans.items()}  # end of each mention -> its first token
    k = m.first
    while k > 0 and (tokens[k - 1].text in (",", "and") or tokens[k - 1].text[:1].isupper() or k in starts):
        k = starts.get(k, k - 1)
    before = [t.lower for t in tokens[max(0, k - 3):k]]
    if closed and tokens[k].text == "," and before[-1:] and before[-1].endswith("s"):
        return before[-1]
    if tokens[k].text == "," and before[-1:] and plural_kinds(before[-1]) \
            and lexicon.counted(sentence.lowered, k - 1):
        return before[-1]  # "three oil fields, Tawke, Peshkhabour and Sarsang": a counted plural opens it, as a colon
    marked = before[-1:] == ["of"] or bool(before) and before[-1] in lexicon.LIST_OPENING_MARKS
    opener = next((end - start for start, end, _ in lexicon.word_phrases("list_opener").find(before)
                   if end == len(before)), 1 if marked else 0)
    if not opener or k - opener < 1:
        return ""
    k -= opener
    if tokens[k - 1].text == "," and k >= 2:
        k -= 1
    if tokens[k - 1].lower.endswith("s"):
        return tokens[k - 1].lower
    # "several oil fields in the Kurdistan Region on Wednesday, including Sarsang, Tawke and Khurmala": the plural
    # noun of the list stands further back, before the area and the day that the list's clause tells
    for j in range(k - 1, max(0, k - _LIST_NOUN_WINDOW) - 1, -1):
        word = tokens[j].lower
        if word in (";", ":", ".") or (word == "," and j < k - 1):
            return ""
        if plural_kinds(word) and set(plural_kinds(word)) <= _UNIT_KINDS:
            return word
    return ""


#: How far back from a list opener the plural noun of the list may stand ("oil fields in the Kurdistan Region of Iraq
#: on Wednesday, including").
_LIST_NOUN_WINDOW = 10


def _province_of_the_name_before(sentence: Sentence, m: Mention, before: Mention | None, gazetteer: Any) -> Any:
    """ "a convoy in Albu Kamal in Deir ez-Zor", "a car in Qamishli in Hasakah": a name after "in" that follows a
    town is where that town lies: of its senses, the province that holds it (not the city of that name, a second
    place hit far from the first), when the name does not say its kind itself; so is it after a site that lies
    farther from the city than :data:`CITY_OF_A_SITE_KM` ("the Harir base in Erbil", 48 km from the city: Erbil
    province; "the air base in Erbil" stays the city)."""
    if before is None or not before.candidates or not m.candidates or normalize_parts(m.query)[1]:
        return None
    gap = _without_directions(sentence.lowered[before.last:m.first])
    if not (gap == ["in"] or specificity(before.candidates[0]) == 0
            and [w for w in gap if w not in QUOTE_MARKS] in _IN_OTHER_LANGUAGES):
        return None
    inner = before.candidates[0]
    if specificity(inner) != 1 and not (specificity(inner) == 0 and distance_km(
            inner.lat, inner.lon, m.candidates[0].lat, m.candidates[0].lon) > CITY_OF_A_SITE_KM):
        return None
    from gazetteer.errors import GazetteerError

    if gazetteer is None or contains(m.candidates[0], inner) or m.candidates[0].kind not in _CITY_KINDS | {"town"}:
        return None  # (a region is told by its own name: "Kibbutz HaGoshrim in the Upper Galilee")
    try:
        found = gazetteer.resolve(m.query, kind=("governorate",), fuzzy=False).place
    except GazetteerError:
        return None
    return found if found.kind == "governorate" and contains(found, inner) \
        and found.admin1 == m.candidates[0].admin1 else None  # (the province of the city's own name)


#: How many words may part a place from the name of the province it is told in (", in north - eastern").
_GAP_MAX = 6


def _without_directions(gap: list[str]) -> list[str]:
    """The words between a place and the name after it, without a comma before them and the article and direction
    words that may stand before the name ("the Conoco field in eastern Deir Ezzor", "west of Ain Issa, in northern
    al-Raqqah", "in the north-eastern Hasakah"): what is left tells how the two are joined."""
    words = gap[1:] if gap[:1] == [","] else list(gap)
    while words and (words[-1] in _BEFORE_THE_PROVINCE or words[-1] in direction_words() or words[-1] == "-"):
        words.pop()
    return words


def _province_of_a_district_beside(sentence: Sentence, m: Mention, mentions: list[Mention], gazetteer: Any) -> Any:
    """ "the Amedi district of Duhok", "Süleymaniye'nin Penjwen ilçesi", "Duhok'a bağlı Amedi ilçesi", "gundekî
    Amêdiyê ya girêdayî Duhokê": a name of a city and its province, told within a few words of a district of that
    province, no list word between them, is the province: a district lies in a province, not in a city."""
    if gazetteer is None or not m.candidates or m.candidates[0].kind not in _CITY_KINDS | {"town"} \
            or normalize_parts(m.query)[1]:
        return None
    city, lowered = m.candidates[0], sentence.lowered

    def beside(other: Mention) -> bool:
        gap = lowered[m.last:other.first] if m.last <= other.first else lowered[other.last:m.first]
        # (not one of a list: "Rockets hit Erbil and the Shaqlawa district")
        return len(gap) <= _DISTRICT_WORDS and not set(gap) & lexicon.LIST_JOINERS

    if not any(o is not m and o.sentence == m.sentence and o.candidates and o.candidates[0].kind == "district"
               and o.candidates[0].admin1 == city.admin1 and o.candidates[0].country == city.country and beside(o)
               for o in mentions):
        return None
    from gazetteer.errors import GazetteerError

    try:  # (by the city's own name: "Süleymaniye" is a name of the city only)
        province = gazetteer.resolve(city.name, kind=("governorate",), fuzzy=False).place
    except GazetteerError:
        return None
    return province if province.kind == "governorate" and province.admin1 == city.admin1 else None


def _province_listed_with_provinces(sentence: Sentence, m: Mention, mentions: list[Mention], gazetteer: Any) -> Any:
    """ "military sites in Tehran, Khuzestan and Ilam": a name of a city and of its province, in one list (commas and
    "and" alone between) with a name that is a province only of the same country, is that province: a list names
    places of one rank."""
    if gazetteer is None or not m.candidates or m.candidates[0].kind not in _CITY_KINDS | {"town"} \
            or normalize_parts(m.query)[1]:
        return None
    city, lowered = m.candidates[0], sentence.lowered
    listed = sorted((o for o in mentions if o.sentence == m.sentence and o.candidates), key=lambda o: o.first)
    k = listed.index(m)
    run = [m]
    for step in (-1, 1):  # the list's items either side, joined by commas and "and" alone
        j = k
        while 0 <= j + step < len(listed):
            a, b = (listed[j + step], listed[j]) if step < 0 else (listed[j], listed[j + step])
            gap = lowered[a.last:b.first]
            if not gap or not set(gap) <= lexicon.LIST_JOINERS or len(gap) > 2:
                break
            j += step
            run.append(listed[j])
    # (not the province the city lies in, told after it: "Diwaniyah, Al-Qadisiyyah Governorate")
    if not any(o.candidates[0].kind == "governorate" and o.candidates[0].country == city.country
               and all(c.kind == "governorate" for c in o.candidates if c.country == city.country)
               and o.candidates[0].admin1 != city.admin1
               # (a province told with its kind, in the singular, is the one province of a list of other ranks: "la
               # provincia de Juzestán y Teherán", Khuzestan province and the capital)
               and not normalize_parts(o.query)[1] and "governorate" not in _kind_hint(sentence, o, 2)
               for o in run if o is not m):
        return None
    from gazetteer.errors import GazetteerError

    try:  # (by the city's own name)
        province = gazetteer.resolve(city.name, kind=("governorate",), fuzzy=False).place
    except GazetteerError:
        return None
    return province if province.kind == "governorate" and province.admin1 == city.admin1 else None


#: How many words may part a district from the name of the province it lies in ("the Amedi district of Duhok").
_DISTRICT_WORDS = 3


#: "in" as Arabic, French and Spanish write it between a site and its area ("قاعدة حرير في أربيل").
_IN_OTHER_LANGUAGES = (["في"], ["à"], ["dans"], ["en"])
#: How far from a city a site told "in" the city's name may lie and still be at the city, not in its province.
CITY_OF_A_SITE_KM = 25.0
#: Cues that name an area, not the site aimed at ("a strike in Baghdad", "drones shot down over Isfahan": the city)
_AREA_CUES = ("near", "in", "inside", "over")


#: How many words a region word may take, before a name ("the countryside of") or after it ("kırsalında").
_REGION_WORDS_MAX = 2


def _area_of_a_region_word(sentence: Sentence, m: Mention, gazetteer: Any) -> Any:
    """ "the eastern countryside of Deir ez-Zor", "ريف حمص", "the Deir Ezzor region": a name beside a region word is
    read with it, as the gazetteer reads the whole phrase (:mod:`gazetteer.ranking`: of a city and the province named
    alike, the province); None when no region word stands by it or the phrase names no province or region."""
    if gazetteer is None or not m.candidates or normalize_parts(m.query)[1]:
        return None
    words = region_words()
    tokens = sentence.tokens
    before = next((" ".join(t.text for t in tokens[m.first - n:m.first]) for n in range(_REGION_WORDS_MAX, 0, -1)
                   if m.first - n >= 0 and normalize(" ".join(t.text for t in tokens[m.first - n:m.first])) in words), "")
    after = next((" ".join(t.text for t in tokens[m.last:m.last + n]) for n in range(_REGION_WORDS_MAX, 0, -1)
                  if m.last + n <= len(tokens) and normalize(" ".join(t.text for t in tokens[m.last:m.last + n])) in words),
                 "")
    if not (before or after):
        return None
    from gazetteer.errors import GazetteerError

    try:
        match = gazetteer.resolve(" ".join(filter(None, (before, m.query, after))), fuzzy=False)
    except GazetteerError:
        return None
    return match.place if match.kind in PROVINCE_KINDS and match.place.id != m.candidates[0].id else None


# (A province or region, not a district: "an oil station in the countryside of Qamishli and a water station near
# Amuda" are two targets; Amuda lies in Qamishli district, and a district target would hold it and become its context.)


def settle_senses(sentences: list[Sentence], mentions: list[Mention], attack_clause: dict[int, bool],
                  gazetteer: Any = None, strike_clause: set[int] | frozenset[int] = frozenset()) -> None:
    """Choose ``place`` for every mention (see the module docstring for the order of the rules): *attack_clause*
    tells (by ``id``) the mentions of a clause of attack or interception, *strike_clause* those of a clause of a
    state's strike."""
    settled: dict[str, Any] = {}
    named_at: dict[str, tuple[int, int]] = {}  # where a name was first told with its kind ("Qom province")
    spans: dict[int, dict[int, int]] = {}
    ends: dict[tuple[int, int], Mention] = {}
    for m in mentions:
        spans.setdefault(m.sentence, {})[m.first] = m.last
        ends[(m.sentence, m.last)] = m
    for m in mentions:
        if m.cue == "dateline":
            # "DEIR EZZOR, Syria, Oct 15 -": a report is filed from a city, not from the province of its name
            city = next((c for c in m.candidates if c.kind in _CITY_KINDS), None)
            if city is not None:
                m.candidates = [city] + [c for c in m.candidates if c.id != city.id]
                m.place, m.settled_by = city, "dateline"
                continue
        unit = _unit_of_a_list(sentences[m.sentence], m, gazetteer, spans[m.sentence])
        if unit is not None:
            m.candidates = [unit] + [c for c in m.candidates if c.id != unit.id]
            m.place, m.settled_by = unit, "nearby words"
            m.extra["kind_named"] = True  # ("Dhamar, Taiz and al-Bayda provinces": a bare "Taiz" told before is the city)
            continue
        area = _area_of_a_region_word(sentences[m.sentence], m, gazetteer)
        if area is not None:
            m.candidates = [area] + [c for c in m.candidates if c.id != area.id]
            m.place, m.settled_by = area, "region word"
            continue
        if gazetteer is not None and (m.role == "target" and attack_clause.get(id(m)) and m.cue not in _AREA_CUES
                                      or _forces_in(sentences[m.sentence].lowered, m)) \
                and specificity(m.candidates[0]) == 1 and m.candidates[0].kind not in _CITY_KINDS \
                and not normalize_parts(m.query)[1]:
            # "drones attacked Shaddadi": an attack on US forces aims at the base of that name, not the town. A city
            # is a target in its own right ("missiles hit Isfahan", "rockets hit Erbil"): its base is named so.
            base = _base_named(gazetteer, m)
            if base is not None:
                m.candidates = [base] + [c for c in m.candidates if c.id != base.id]
                m.place, m.settled_by = base, "attack target"
                continue
        base = _base_near_its_town(sentences[m.sentence], m, gazetteer) \
            or _base_of_a_listed_town(sentences[m.sentence], m, gazetteer, spans[m.sentence])
        if base is not None:
            m.candidates = [base] + [c for c in m.candidates if c.id != base.id]
            m.place, m.settled_by = base, "nearby words"
            continue
        noun, one = _facility_noun_before(sentences[m.sentence], m, spans[m.sentence])
        if noun:
            m.extra["facility_in"] = True  # (a thing hit told where it is: a target of its own, see analyse)
        # (not a name told with the kind of place it is: "the counties of Natanz and Khorramabad", "the town of")
        attacked = m.role == "target" and id(m) in strike_clause and not _cue_of_in(m.cue) \
            and not set(sentences[m.sentence].lowered[max(0, m.first - 3):m.first]) & lexicon.words("area_of") \
            and not _struck_with_towns(sentences[m.sentence], m, mentions, gazetteer)
        site = _nuclear_site_named(sentences[m.sentence], m, gazetteer, attacked) \
            or (_facility_in_a_town(m, noun, gazetteer) if one else None)
        if site is not None:
            m.candidates = [site] + [c for c in m.candidates if c.id != site.id]
            m.place, m.settled_by = site, "nearby words"
            continue
        before = next((ends[(m.sentence, k)] for k in range(m.first - 1, max(-1, m.first - _GAP_MAX - 1), -1)
                       if (m.sentence, k) in ends), None)
        province = _province_of_the_name_before(sentences[m.sentence], m, before, gazetteer) \
            or _province_of_a_district_beside(sentences[m.sentence], m, mentions, gazetteer) \
            or _province_listed_with_provinces(sentences[m.sentence], m, mentions, gazetteer)  # (past a quote)
        if province is not None:
            m.candidates = [province] + [c for c in m.candidates if c.id != province.id]
            m.place, m.settled_by = province, "nearby words"
            continue
        named = _kind_named_before(sentences[m.sentence], m, gazetteer)
        if named is not None:
            m.candidates = [named] + [c for c in m.candidates if c.id != named.id]
            m.place, m.settled_by = named, "nearby words"
            m.extra["kind_named"] = True
            continue
        if len(m.candidates) == 1:
            m.place, m.settled_by = m.candidates[0], "unique"
    for m in mentions:
        # A mention that names its own kind ("Erbil province") is not steered by the words before it ("the Sidakan
        # district of Erbil province": the district is Sidakan's).
        if m.place is None and not normalize_parts(m.query)[1]:
            # (nor by a descriptor that is another name's own: "the Erbil province of Kurdistan" is no province)
            before = max((o.last for o in mentions if o.sentence == m.sentence and o.last <= m.first), default=0)
            kinds = _kind_hint(sentences[m.sentence], m, min(3, m.first - before))
            picked = [c for c in m.candidates if c.kind in kinds]
            if kinds and picked:
                m.place, m.settled_by = picked[0], "nearby words"
                m.extra["kind_named"] = True
    for m in mentions:
        # (not the sense a kind word before the name gave, as a name with its descriptor keys apart: "la province
        # d'Ispahan" is the province, a bare "Ispahan" later the city, as "Isfahan province" and "Isfahan" are)
        if m.place is not None and not m.extra.get("kind_named"):
            settled.setdefault(normalize_parts(m.text)[0], m.place)
            if normalize_parts(m.query)[1]:
                named_at.setdefault(normalize_parts(m.text)[0], (m.sentence, m.first))
    for m in mentions:
        if m.place is None:
            key = normalize_parts(m.text)[0]
            same = settled.get(key)
            # (a name told bare before it is told with its kind keeps its own sense: the headline's "در قم" is the
            # city, though the body names the province's office after it, "استان قم")
            if key in named_at and named_at[key] > (m.sentence, m.first):
                continue
            if same is not None and any(c.id == same.id for c in m.candidates):
                m.place, m.settled_by = same, "one sense per report"
    context = [m.place for m in mentions if m.place is not None]
    admin1 = Counter(p.admin1 for p in context if p.admin1 and p.kind != "country")
    countries = Counter(p.country for p in context)
    for m in mentions:
        if m.place is not None:
            continue
        # (not a name told with the word of its kind: "two buildings in the Mezze district" is the district)
        if m.role == "target" and attack_clause.get(id(m)) and m.cue != "over" and not normalize_parts(m.query)[1]:
            bases = [c for c in m.candidates if c.kind in BASE_KINDS]
            if bases:
                m.place, m.settled_by = bases[0], "attack target"
                continue
        # (a bare name that is a city's and its province's is the city, whatever the places around it: "bombardea
        # Saná", beside Hezyaz and Sanhan of the province around the capital; the province is named so)
        city = any(c.kind in _CITY_KINDS for c in m.candidates)
        scored = sorted(m.candidates, key=lambda c: (city and c.kind in PROVINCE_KINDS,
                                                      -(2 * admin1[c.admin1] + countries[c.country]),
                                                      m.candidates.index(c)))
        m.place = scored[0]
        m.settled_by = "report context" if admin1[scored[0].admin1] or countries[scored[0].country] else "gazetteer rank"
        settled.setdefault(normalize_parts(m.text)[0], m.place)
    _site_outside_its_container(sentences, mentions, gazetteer)
    if gazetteer is not None:
        _town_outside_its_province(sentences, mentions, gazetteer)


#: The settlements a province or country told after "in" must hold.
_SETTLEMENT_KINDS = frozenset({"city", "town", "village"})
#: Words that may stand between "in" and the province: "in the western Daraa countryside".
_BEFORE_THE_PROVINCE = frozenset({"the", "western", "eastern", "northern", "southern", "north", "south", "east",
                                  "west", "central"})


def _told_in(lowered: list[str], m: Mention, by_start: dict[tuple[int, int], Mention],
             between: frozenset[str] = frozenset(), part: frozenset[str] = frozenset()) -> Mention | None:
    """The place told right after "in" after mention *m* (past the *between* words: "in the western Daraa
    countryside"; and a *part* word before "in": "a US Embassy building in Tel Aviv"), else None; *by_start* maps
    (sentence, first token) to the report's settled mentions."""
    at = m.last + 1 if lowered[m.last:m.last + 1] and lowered[m.last] in part else m.last
    if lowered[at:at + 1] != ["in"]:
        return None
    k = at + 1
    while k < len(lowered) and k - at <= 3 and lowered[k] in between:
        k += 1
    return by_start.get((m.sentence, k))


def _town_outside_its_province(sentences: list[Sentence], mentions: list[Mention], gazetteer: Any) -> None:
    """ "fired shells at the outskirts of Koya town in the western Daraa countryside": a town told "in" a province or
    country it does not lie in (Iraq's Koya) is the town of that name there when the gazetteer holds it with its
    province ("Koya (Daraa)": Kuwayya), else a town the gazetteer lacks, and the mention is the province, at its
    precision (``container``), as :func:`_site_outside_its_container` reads a site."""
    by_start = {(m.sentence, m.first): m for m in mentions if m.place is not None}
    for m in mentions:
        if m.place is None or m.place.kind not in _SETTLEMENT_KINDS:
            continue
        container = _told_in(sentences[m.sentence].lowered, m, by_start, _BEFORE_THE_PROVINCE)
        if container is None or container.place.kind not in ("governorate", "country"):
            continue
        outer = container.place
        if lies_in(m.place, outer):
            continue
        try:
            there = gazetteer.resolve(f"{m.text} ({container.text})").place
        except GazetteerError:
            there = None
        if there is None or not lies_in(there, outer):
            # the name asked inside the container, by sound too ("the town of Tayibe in northern Israel": Taiyiba,
            # not the Taybeh of Lebanon the name alone finds)
            hint = {"country": outer.country} if outer.kind == "country" else {"admin1": outer.admin1}
            try:
                asked = gazetteer.resolve(m.text, **hint)
                there = asked.place if asked.method in ("exact", "alias", "phonetic") else None  # (no likeness)
            except GazetteerError:
                there = None
        if there is not None and lies_in(there, outer):
            m.place, m.settled_by = there, "province told"
            m.candidates = [there] + [c for c in m.candidates if c.id != there.id]
        else:
            m.place, m.settled_by = outer, "container"


def _site_outside_its_container(sentences: list[Sentence], mentions: list[Mention], gazetteer: Any = None) -> None:
    """ "Near the US consulate in Irbil", "a US Embassy building in Tel Aviv": a site (or a part of it, ``site_part``
    in extract_words.csv) told "in" a town, province or country that lies in another province
    (the gazetteer's US embassy is in Baghdad) is a site the gazetteer lacks; the mention is its container, at the
    container's precision, as the gazetteer resolves an unknown name inside a known one."""
    by_start = {(m.sentence, m.first): m for m in mentions if m.place is not None}
    for m in mentions:
        if m.place is None or m.place.kind not in BASE_KINDS:
            continue
        container = _told_in(sentences[m.sentence].lowered, m, by_start, part=lexicon.words("site_part"))
        if container is None or container.place.kind in BASE_KINDS:
            continue
        outer = container.place

        def inside(place: Any) -> bool:
            held = place.country == outer.country if outer.kind == "country" else place.admin1 == outer.admin1
            # (a city holds the sites around it across a provincial line: "Ben Gurion airport in Tel Aviv", 15 km off
            # in the Central District)
            held = held or (outer.kind in _CITY_KINDS and place.country == outer.country
                            and distance_km(place.lat, place.lon, outer.lat, outer.lon) <= CITY_OF_A_SITE_KM)
            # (a region that spans provinces holds its sites: "the Khor Mor gas field in Iraqi Kurdistan")
            return held or outer.kind == "region" and lies_in(place, outer)

        if inside(m.place):
            continue
        # (another sense of the name that lies there is the site: "the Imam Ali Base in Dhi Qar province" is Iraq's,
        # not Syria's base of that name)
        other = next((c for c in m.candidates if c.kind in BASE_KINDS and inside(c)), None) \
            or _site_of_the_name_in(gazetteer, m, outer, inside)
        m.place, m.settled_by = (other, "container's sense") if other is not None else (outer, "container")


def _site_of_the_name_in(gazetteer: Any, m: Mention, outer: Any, inside: Any) -> Any:
    """The site the gazetteer knows under *m*'s name in the country or province *outer* (a name another place holds
    as its own, which the name's look-up alone gives: "Imam Ali Base" is Syria's base, and an alias of Iraq's Tallil),
    when it lies there (*inside*), else None."""
    if gazetteer is None:
        return None
    hint = {"country": outer.country} if outer.kind == "country" else {"admin1": outer.admin1}
    try:
        found = gazetteer.resolve(m.query, fuzzy=False, **hint).place
    except GazetteerError:
        return None
    return found if found.kind in BASE_KINDS and inside(found) else None
