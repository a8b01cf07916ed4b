"""Known names inside a longer phrase: what the resolver falls back on when a whole phrase names no place.

Reports write a place inside words the phrase grammar (:mod:`gazetteer.phrases`)
does not know, in many languages: "la base d'Aïn al-Assad en Irak", "Haseke
iline bağlı Şeddadi ilçesi", "میدان نفتی «کونیکو» واقع در دیرالزور". When the
whole phrase resolves to nothing (or only to a container), :func:`word_spans`
cuts it into runs of words, longest first, and the resolver looks each run up
by name or sound (never fuzzily: a fuzzy guess on a fragment is some other
place). :func:`choose` then takes the place the phrase is about, by the same
grammar as a whole phrase: the facility words steer the kind, and the place
that lies inside the most of the others named wins ("Şeddadi" inside "Haseke"
inside "Syria"); the rest stay on the match as context.

A word is read as written and, when that finds nothing, without what is
commonly glued to a name: a Turkish case ending after an apostrophe
("Haseke'nin"), a Kurmanji ending ("Hewlêrê", "Herîrê"), a Sorani suffix
("دێرەزووری"), an Arabic preposition ("بمحافظة"). Elided articles ("d'", "l'")
and quotes or brackets around a name are taken off first.

Examples
--------
>>> [s.text for s in word_spans("la base d'Aïn al-Assad")][:2]
['la base Aïn al-Assad', 'base Aïn al-Assad']
>>> [s.text for s in word_spans("Haseke'nin Yarubiye beldesinde") if s.start == 0 and s.stop == 1]
["Haseke'nin", 'Haseke']
"""
from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from gazetteer.hints import distance_km
from gazetteer.normalize import article_words, normalize, normalize_parts
from gazetteer.phrases import border_words, conjunction_words, edge_words, grammar_words
from gazetteer.places import SITE_KINDS, Match, Place, asks_finer, kinds
from gazetteer.romanize import romanize, romanizations

__all__ = ["Span", "word_spans", "prepare", "choose", "about", "lies_in", "find_names", "may_sound", "romanize", "romanizations",
           "unknown_runs",
           "turkic_reading", "written_lowercase",
           "ELISIONS", "ARABIC_PARTICLES",
           "AREA_KINDS", "MAX_SPAN_WORDS"]

#: Longest run of words looked up as one name.
MAX_SPAN_WORDS = 6
#: Kinds that hold other places (a place found inside one of them is more specific).
AREA_KINDS = frozenset({"country", "region", "governorate", "district", "city", "town", "village", "area"})
#: Kinds whose borders are drawn: a place named with one and lying outside it is not the one meant.
_ADMIN_KINDS = frozenset({"country", "region", "governorate"})
#: Kinds that lie by one another only by distance: two listed side by side are two places named alike.
_SETTLEMENT_KINDS = frozenset({"city", "town", "village"})
#: Sites named after their town and then, often, a person.
_AIRFIELD_KINDS = frozenset({"airport", "air_base"})
#: How far from a settlement a place named with it may lie ("Jurf al-Sakhar, south of Baghdad": 60 km).
_NEAR_KM = {"city": 100.0, "town": 50.0, "village": 30.0, "area": 20.0, "district": 80.0}

#: French and Italian articles and prepositions elided onto the next word: "d'Aïn", "l'aéroport", "nell'Iraq"
#: (also read by the extractor, :mod:`geoincidents.extract.particles`).
ELISIONS = ("d", "l", "qu", "jusqu", "lorsqu", "dell", "nell", "all", "dall", "sull")
_ELISION = re.compile(rf"(?i)(?<![^\W\d_])(?:{'|'.join(ELISIONS)})['\u2019](?=[^\W\d_])")
#: Quotes and brackets around a name: «کونیکو», “Conoco”, "عين الأسد", (حرير), [formerly ...].
#: (An apostrophe inside a word stays: al-Qa’im; so does the gershayim of a Hebrew abbreviation: נתב"ג.)
_MARKS = re.compile(r"[«»“„‟‹›「」『』()\[\]{}（）]|(?<!\w)['‘’]|['‘’](?!\w)"
                    r"|(?<![\u05d0-\u05ea])[\"”]|[\"”](?![\u05d0-\u05ea])")  # a Hebrew abbreviation keeps its ״
#: A word with something glued after an apostrophe: Turkish case endings, the English possessive.
_APOSTROPHE = re.compile(r"^(?P<stem>[^\W\d_]{3,})['\u2019][^\W\d_]{1,7}$")
#: An ending after an apostrophe at the end of a word: "Tel Aviv'in" (Turkish genitive), "Natanz'daki".
_CASE_ENDING = re.compile(r"[^\W\d_]['\u2019][^\W\d_]{1,7}$")
#: Kurmanji endings (oblique, ezafe, postpositions) on a word written with Kurdish letters.
_KURMANJI = re.compile(r"^(?P<stem>.{3,}?)(?:yê|ê|ya|yî|a|da|de|ra|ye)$")
_KURMANJI_LETTERS = frozenset("êîûçşÊÎÛÇŞ")
#: Letters only Turkish, Azerbaijani and Kurmanji write (of the scripts reports use): their c is j.
_TURKIC_MARKS = frozenset("ıİğĞşŞçÇöÖüÜəƏêîûÊÎÛ")
#: Turkish and Kurmanji letters for sounds English spellings write with two letters.
_TURKISH_LETTERS = frozenset("şçŞÇ")
_TURKISH_SOUNDS = str.maketrans({"ş": "sh", "ç": "ch", "Ş": "Sh", "Ç": "Ch"})
#: Sorani suffixes and the ezafe (-ی, -دا, -ەوە, -ەکە, -ەکان, -یان) on a word written in Arabic script.
_SORANI = re.compile(r"^(?P<stem>.{3,}?)(?:ەکەی|ەکە|ەکان|ەوە|یان|دا|ی)$")
_SORANI_LETTERS = frozenset("ەێۆڕڵڤ")
#: Arabic conjunctions and prepositions written joined to the next word (بمحافظة, بريف, وحرير), alone and
#: combined; "لل" is ل with the lam of the article whose alif it drops (للغاز). The extractor cuts any of them
#: (:mod:`geoincidents.extract.particles`); a phrase here tries a word without one of one letter, leaving three
#: letters or one of the two-letter words names begin with (بتل أبيب: in Tel Aviv).
ARABIC_PARTICLES = ("ولل", "فلل", "لل", "وب", "ول", "وك", "فب", "فل", "و", "ف", "ب", "ل", "ك")
_ARABIC_PROCLITIC = re.compile(
    rf"^[{''.join(p for p in ARABIC_PARTICLES if len(p) == 1)}]"
    r"(?P<stem>[\u0621-\u064a\u06a9\u06cc]{3,}|تل|أم|ام)$")  # two letters only for the words names begin with
#: Hebrew prepositions, the article, "and" and the relative ש ("that is in") written joined to the next word, in
#: this order (באילת in Eilat, ומחיפה and from Haifa, שבצפון that is in the north, ובאל-בוכמאל and in al-Bukamal,
#: בנתב"ג at Ben Gurion airport: an abbreviation keeps its gershayim). Each way of cutting them off is tried,
#: the shortest cut first.
_HEBREW_PREFIX = re.compile(r"^ו?ש?(?:[בלמכ]ה?|ה)?$")
_HEBREW_STEM = re.compile(r"^(?:[\u05d0-\u05ea]{2,}|א(?=[-\u05be]))(?:[-\u05be][\u05d0-\u05ea]+)*(?:[\"\u05f4”][\u05d0-\u05ea])?$")


@dataclass(frozen=True, slots=True)
class Span:
    """A run of words ``[start, stop)`` of a phrase, written as :attr:`text`."""

    start: int
    stop: int
    text: str


def prepare(text: str) -> str:
    """*text* with elided articles and the quotes and brackets around names taken off.

    Examples
    --------
    >>> prepare("la base d'Aïn al-Assad en Irak")
    'la base Aïn al-Assad en Irak'
    >>> prepare('میدان نفتی «کونیکو»')
    'میدان نفتی  کونیکو '
    """
    return _MARKS.sub(" ", _ELISION.sub("", text))


def _variants(word: str) -> tuple[str, ...]:
    """The word as written, then without what may be glued to it (see the module docstring)."""
    found = [word]
    if not _TURKISH_LETTERS.isdisjoint(word):
        found.append(word.translate(_TURKISH_SOUNDS))  # Şeddadi is Sheddadi, Çöl is Chöl
    for pattern, letters in ((_APOSTROPHE, None), (_KURMANJI, _KURMANJI_LETTERS), (_SORANI, _SORANI_LETTERS),
                             (_ARABIC_PROCLITIC, None)):
        if letters is not None and letters.isdisjoint(word):
            continue
        hit = pattern.match(word)
        if hit and hit["stem"] not in found:
            found.append(hit["stem"])
    found.extend(stem for stem in hebrew_stems(word) if stem not in found)
    return tuple(found)


def hebrew_stems(word: str) -> tuple[str, ...]:
    """*word* without the Hebrew prefixes joined to it, each way they may be cut off, the shortest cut first.

    Examples
    --------
    >>> hebrew_stems("ובאל-בוכמאל")
    ('באל-בוכמאל', 'אל-בוכמאל')
    >>> hebrew_stems("שבצפון")
    ('בצפון', 'צפון')
    >>> hebrew_stems("ובא-שדאדי")  # the article written א- (the assimilated al-)
    ('בא-שדאדי', 'א-שדאדי')
    """
    return tuple(word[cut:] for cut in range(1, min(4, len(word) - 1))
                 if _HEBREW_PREFIX.match(word[:cut]) and _HEBREW_STEM.match(word[cut:]))


def turkic_reading(text: str) -> str | None:
    """*text* with j for the c of its capitalised words, when it is written with Turkish, Azerbaijani or Kurmanji
    letters (None otherwise, or when it holds no such c): "Sincar ilçesi" is the Sinjar district.

    Examples
    --------
    >>> turkic_reading("Sincar ilçesi"), turkic_reading("Sincar")
    ('Sinjar ilçesi', None)
    """
    if _TURKIC_MARKS.isdisjoint(text):
        return None
    read = " ".join(w.replace("c", "j").replace("C", "J") if w[:1].isupper() else w for w in text.split(" "))
    return read if read != text else None


def _turkic_readings(word: str) -> tuple[str, ...]:
    """A word of a Turkish, Azerbaijani or Kurmanji phrase as English spellings write its sounds: c is j, and an
    initial h may be the kh these alphabets lack ("Harab Cir": Kharab Jir; "Sincar": Sinjar); then the word
    without a case ending joined to it with no apostrophe (``data/turkic_endings.csv``: "Tehranın qərbində",
    west of Tehran; "İsfahanın"), longest ending first, a stem keeping three letters."""
    if not word[:1].isupper():
        return ()  # only a capitalised word is (part of) a name
    found = []
    if "c" in word.casefold():
        found.append(word.replace("c", "j").replace("C", "J"))
    if word[:1] == "H" and len(word) > 3:
        found += [f"Kh{w[1:]}" for w in (word, *found)]
    folded = word.casefold()
    for ending in _turkic_endings():
        stem = word[:len(word) - len(ending)]
        if folded.endswith(ending) and sum(ch.isalpha() for ch in stem) >= 3 and stem not in found:
            found.append(stem)
    return tuple(found)


@functools.cache
def _turkic_endings() -> tuple[str, ...]:
    """The case endings of ``data/turkic_endings.csv``, casefolded, longest first."""
    import csv
    import importlib.resources

    resource = importlib.resources.files("gazetteer").joinpath("data", "turkic_endings.csv")
    with resource.open("r", encoding="utf-8", newline="") as handle:
        endings = {row["ending"].casefold() for row in csv.DictReader(handle)}
    return tuple(sorted(endings, key=lambda e: (-len(e), e)))


def _words(text: str) -> list[tuple[str, int]]:
    """The words of *text* with the number of the comma-separated part each stands in."""
    # A bracket ends a name as a comma does: "Al-Uwaisat (Jurf Al-Sakhr)" is two names, not one unknown.
    return [(word, part) for part, piece in enumerate(re.split(r"[,\u060c;:()\[\]（）]", _ELISION.sub("", text)))
            for word in prepare(piece).split()]


@functools.lru_cache(maxsize=1 << 12)
def word_spans(text: str) -> tuple[Span, ...]:
    """Every run of up to :data:`MAX_SPAN_WORDS` words of *text* that could be a name, longest first.

    A run stays inside one comma-separated part. A run made only of grammar words
    (qualifiers, container words, descriptors, articles, the generic words names
    begin with) is left out. Each run comes in every spelling its words allow
    (:func:`_variants`), the words as written first.
    """
    words = _words(text)
    turkic = not _TURKIC_MARKS.isdisjoint(text)
    variants = [_variants(w) + (_turkic_readings(w) if turkic else ()) for w, _ in words]
    spans: list[Span] = []
    for length in range(min(MAX_SPAN_WORDS, len(words)), 0, -1):
        for start in range(len(words) - length + 1):
            stop = start + length
            if words[start][1] != words[stop - 1][1]:
                continue
            if length > 1 and (_edge_word(words[start][0]) or _edge_word(words[stop - 1][0])):
                continue  # "of Al-Qaim" is no name: by sound it was Ofakim; "in Be'er" was Anbar
            for combo in itertools.islice(itertools.product(*variants[start:stop]), 8):
                if not _only_grammar(" ".join(combo)):
                    spans.append(Span(start, stop, " ".join(combo)))
    return tuple(spans)


def _edge_word(word: str) -> bool:
    """Whether *word* is a function, container or proximity word of the phrase grammar ("of", "in", "near",
    "de", "von"): a run of words that begins or ends with one is no name."""
    return normalize(word) in edge_words()


def _only_grammar(text: str) -> bool:
    key = normalize_parts(text)[0]
    return len(key.replace(" ", "")) < 3 or all(w in grammar_words() for w in key.split())


def _unknown_name(word: str) -> bool:
    """Whether *word* looks like (part of) a name the gazetteer does not know: a capitalised Latin word
    that is no grammar word in any of its spellings, nor a compound ending in one (German capitalises its
    nouns: "die Hafenstadt Eilat", "Küstenstadt", "Luftwaffenbasis" are words for the place, not its name)."""
    return word[:1].isupper() and word[:1].isascii() and not any(_only_grammar(v) for v in _variants(word)) \
        and not _grammar_compound(normalize(word))


def unknown_runs(text: str) -> list[str]:
    """The runs of capitalised Latin words of *text* that are no grammar word (:func:`_unknown_name`), each inside
    one comma-separated part and at most :data:`MAX_SPAN_WORDS` long: what may be a name misspelt ("the Golan
    Heights village Majdal Hams": 'Golan Heights', 'Majdal Hams').

    Examples
    --------
    >>> unknown_runs("the Israel-occupied Golan Heights village Majdal Hams")
    ['Israel-occupied Golan Heights', 'Majdal Hams']
    """
    runs: list[list[str]] = []
    previous = None
    for word, part in _words(text):
        if _unknown_name(word) and "'" not in word and "\u2019" not in word:  # "Baghdad's": an inflected name
            if runs and previous == part and len(runs[-1]) < MAX_SPAN_WORDS:
                runs[-1].append(word)
            else:
                runs.append([word])
            previous = part
        else:
            previous = None
    return [" ".join(run) for run in runs]


def _caseless(word: str) -> bool:
    """Whether *word* is written in a script without capitals (Arabic, Hebrew, ...)."""
    return any(ch.isalpha() for ch in word) and all(ch.lower() == ch.upper() for ch in word if ch.isalpha())


#: The shortest grammar word a compound may end in ("stadt", "basis"; not "al" or "de").
_COMPOUND_TAIL = 4


def _grammar_compound(key: str) -> bool:
    """Whether a one-word key ends in a grammar word of at least :data:`_COMPOUND_TAIL` letters after a
    head of at least as many ("hafenstadt" is "hafen" + "stadt")."""
    grammar = grammar_words()
    return " " not in key and any(key[k:] in grammar for k in range(_COMPOUND_TAIL, len(key) - _COMPOUND_TAIL + 1))


def lies_in(place: Place, area: Place) -> bool:
    """Whether *place* lies in (or, for a settlement, by) *area*, a place that holds others."""
    if place.id == area.id or area.kind not in AREA_KINDS:
        return False
    precision = kinds()
    if precision.get(place.kind, 0.0) >= precision.get(area.kind, 0.0) and area.kind != "country":
        return False
    if area.kind == "country":
        return place.kind != "country" and (place.country == area.country
                                             or place.disputed.startswith(area.country + "-"))
    if area.kind == "governorate":
        return place.kind not in ("country", "governorate") and area.admin1 in (place.admin1, place.disputed)
    distance = distance_km(area.lat, area.lon, place.lat, place.lon)
    if area.kind == "region":
        return place.country == area.country and distance <= 2 * area.precision_km
    # A city names its province too ("Haseke'nin Yarubiye beldesi": Yarubiyah in Hasakah province).
    same_province = area.kind == "city" and bool(area.admin1) and place.admin1 == area.admin1
    return same_province or distance <= _NEAR_KM.get(area.kind, area.precision_km)


def choose(found: Sequence[tuple[Span, Match]], implied: set[str],
           readings: Callable[[Match], Sequence[Place]], *, text: str = "") -> tuple[Span, Match]:
    """The match the phrase is about, among the names found in it.

    Ranked by: not outside a country or province the phrase names; of a kind
    the facility words ask for (*implied*, kinds that hold other places aside); lies inside
    the most of the other places named; not written with a case ending after an apostrophe
    (in *text*, the phrase: "Tel Aviv'in Hod HaSharon banliyösü", Turkish "Tel Aviv's suburb Hod
    HaSharon", owns what follows); the first written (the head, in the
    languages that name the place before its container; the others put the
    container first, and lying inside it decides). A name that several places
    share holds a place when any of them does (*readings*: "Haseke'nin
    Yarubiye beldesi", the town of Yarubiyah in Hasakah, the city or the province).
    """
    precision = kinds()
    words = _words(text) if text else []
    implied = implied - AREA_KINDS  # "province", "city" describe the container as often as the head

    def rank(item: tuple[Span, Match]) -> tuple[bool, bool, int, bool, int, float, str]:
        span, match = item
        others = [other for _, other in found if other.id != match.id]
        # A settlement listed beside another ("the cities of Arak and Khondab") does not lie by it: both are named
        # alike. (Beside a region it still lies in it: "the Golan Heights and Tiberias".)
        listed = {other.id for other_span, other in found if _listed_together(words, span, other_span)
                  and match.kind in _SETTLEMENT_KINDS and other.kind in _SETTLEMENT_KINDS}
        inside = sum(any(lies_in(match.place, area) for area in readings(other)) for other in others
                     if other.id not in listed)
        # A place outside a country or province the phrase names is not the one it is about, unless that
        # province lies in a country no other name of the phrase lies in: then it is a wrong reading of its
        # name ("Harir Air Base in Erbil Governorate of the Iraqi Kurdistan Region": Iran's Kordestan).
        outside = any(other.kind in _ADMIN_KINDS and not any(lies_in(match.place, a) for a in readings(other))
                      and not lies_in(other.place, match.place)
                      and any(m.place.country == other.place.country for m in (match, *others) if m is not other)
                      and not _site_named_in_country(match, other)
                      for other in others)
        owner = bool(words) and bool(_CASE_ENDING.search(words[span.stop - 1][0]))
        return (outside, match.kind not in implied, -inside, owner, span.start, precision.get(match.kind, 0.0),
                match.id)

    return min(found, key=rank)


def _listed_together(words: list[tuple[str, int]], span: Span, other: Span) -> bool:
    """Whether two runs of the phrase's *words* are joined by a conjunction alone ("Arak and Khondab")."""
    first, second = sorted((span, other), key=lambda s: s.start)
    between = words[first.stop:second.start]
    return len(between) == 1 and normalize(between[0][0]) in conjunction_words() \
        and words[first.stop - 1][1] == words[second.start][1]


def _site_named_in_country(match: Match, area: Match) -> bool:
    """Whether *match* is a site known by one of its own names, alone of its name, in the country of the province
    *area*: reports place a site in a province loosely ("the Port of Haifa in northern Israel", the Northern
    District), and a site's full name is no wrong reading of another place."""
    return match.kind in SITE_KINDS and match.method in ("exact", "alias") and not match.alternatives \
        and area.kind == "governorate" and match.place.country == area.place.country


def _airfield_by_name(match: Match) -> bool:
    """Whether *match* is an airfield found by its own (town's) name: what follows it in the text is its name."""
    return match.kind in _AIRFIELD_KINDS and match.method in ("exact", "alias")


def find_names(text: str, lookup: Callable[[Span, bool], Match | None],
               readings: Callable[[Match], Sequence[Place]] = lambda m: [m.place]) -> list[tuple[Span, Match]]:
    """The places *lookup* finds in runs of *text*, longest runs first, no two runs overlapping.

    *readings* gives the places a match may stand for (its alternatives, the place its name names when
    not steered to a facility). ``lookup(span, by_sound)`` is asked for each run, first by name for every spelling of the run
    (:func:`word_spans`), then by sound: "parêzgeha Babîlê" is the province of Babil by the stem
    "Babîl", not the Syrian town Babīlā that the inflected word sounds like.

    A run written right beside a capitalised word that is neither grammar nor part of another name
    found is a piece of a longer name the gazetteer does not know ("Khor Mor", "Qadir Karam",
    "Hamat Gader"): it is left out, never taken for the place its piece names.
    """
    taken: set[int] = set()
    kept: list[tuple[Span, Match]] = []
    for _, group in itertools.groupby(word_spans(text), key=lambda s: (s.start, s.stop)):
        spellings = list(group)
        cover = set(range(spellings[0].start, spellings[0].stop))
        if cover & taken:
            continue
        found = next(((span, match) for by_sound in (False, True) for span in spellings
                      if (match := lookup(span, by_sound)) is not None), None)
        if found is not None:
            taken |= cover
            kept.append(found)
    words = _words(text)

    def grammar_at(i: int) -> bool:
        return any(_only_grammar(v) for v in _variants(words[i][0]))

    def beside_unknown(span: Span, match: Match) -> bool:
        start, stop = span.start, span.stop
        while stop - start > 1 and grammar_at(start):  # the name itself, without the words around it
            start += 1
        while stop - start > 1 and grammar_at(stop - 1):
            stop -= 1
        part = words[start][1]
        # A script without capitals does not show where a name ends: followed by a word that is no grammar
        # word, a run heard only by sound is the start of a longer name ("مدينة قصر شيرين": قصر alone sounded
        # like Luxor). (Words before it may describe it: "فڕۆکەخانەی نێودەوڵەتی بەغدا".)
        by_sound = match.method == "phonetic"
        before = start - 1
        while before > 0 and words[before][1] == part and normalize(words[before][0]) in article_words() \
                and not _only_grammar(words[before - 1][0]):
            before -= 1  # "Marj al Hamam": an article written apart joins the name to the word before it
        after = stop
        while after + 1 < len(words) and words[after][1] == part and normalize(words[after][0]) in article_words() \
                and not _only_grammar(words[after + 1][0]):
            after += 1  # "Borj El Mlouk": ... and the word after it (Borj alone sounded like the Gaza camp al-Burayj)
        # An airfield named after its town and then a person ("Mashhad Hashemi Nejad Airport", "Beirut Rafic
        # Hariri Airport"), found by the town's name with the airfield word written: what follows is its own name.
        named_airfield = _airfield_by_name(match)
        return any(0 <= i < len(words) and i not in taken and words[i][1] == part
                   and ((_unknown_name(words[i][0]) and not (named_airfield and i == after))
                        or (by_sound and i == stop and _caseless(words[i][0]) and not grammar_at(i)))
                   for i in (before, after))

    def touching(span: Span, other: Span) -> bool:
        """Written side by side in one part, with name words (no grammar word) where they touch."""
        if other.start == span.stop:
            left, right = span.stop - 1, other.start
        elif other.stop == span.start:
            left, right = other.stop - 1, span.start
        else:
            return False
        # A word with an ending after an apostrophe ("Haseke'nin Yarubiye") is inflected: not one name.
        return words[left][1] == words[right][1] and not any(
            grammar_at(i) or "'" in words[i][0] or "\u2019" in words[i][0] for i in (left, right))

    def beside_stranger(span: Span, match: Match) -> bool:
        # "Hamat Gader": two names side by side, neither lying in the other (in any of their *readings*),
        # are one name not known.
        def holds(outer: Match, inner: Match) -> bool:
            return any(lies_in(inner.place, area) for area in readings(outer))

        # An airfield found by its town's name does not yield to a word after it heard only by sound: that word is
        # the airfield's own name ("Mashhad Hashemi Nejad Airport": Hashemi sounded like al-Hashimiyah).
        airfield = _airfield_by_name(match)
        return any(touching(span, other) and found.id != match.id and not holds(found, match)
                   and not holds(match, found) and not (airfield and found.method == "phonetic"
                                                        and other.start >= span.stop)
                   for other, found in kept)

    return [(span, match) for span, match in kept
            if not beside_unknown(span, match) and not beside_stranger(span, match)]


def may_sound(text: str) -> bool:
    """Whether a run of words may be looked up by sound: it holds a capital or a letter of another script.

    Reporters capitalise names in Latin script; a run of lower-case words ("barat", "southern") is
    looked up by its spelling only, so that common words do not sound like places.
    """
    return any(ch.isupper() or (ch.isalpha() and ord(ch) > 0x24F) for ch in text)


_LETTER_RUN = re.compile(r"[^\W\d_]+")


def written_lowercase(text: str, key: str) -> bool:
    """Whether every word of *key* stands in *text* only in lower case while *text* capitalises others.

    Reporters capitalise names in Latin script: in "the al-Tanf base near the Jordanian border", "border"
    is a common word and is looked up by its spelling only, never by sound (it sounded like Burdur). A text
    without capitals (a user's own typing) says nothing, nor does a key in another script.

    Examples
    --------
    >>> written_lowercase("the al-Tanf base near the Jordanian border", "border")
    True
    >>> written_lowercase("the al-Tanf base near the Jordanian border", "tanf"), written_lowercase("border", "border")
    (False, False)
    """
    if not key or not key.isascii() or not any(ch.isupper() for ch in text if ch.isascii()):
        return False
    lower: set[str] = set()
    upper: set[str] = set()
    for word in _LETTER_RUN.findall(prepare(text)):
        (upper if word[:1].isupper() else lower).add(normalize(word))
    return all(word in lower and word not in upper for word in key.split())


def about(query: str, found: list[tuple[Span, Match]], implied: set[str],
          readings: Callable[[Match], Sequence[Place]], container: Place | None) -> tuple[Match, list] | None:
    """The match for *query* from the names *found* inside it, and the names it was chosen among.

    Under a *container* (all the phrase grammar found) only a place lying in it counts. The other
    names stay on the match as qualifiers; method ``"span"``, or ``"container"`` when the facility
    words ask for a finer kind than the place found ("a military outpost in Rukban": Rukban holds it).
    """
    if container is not None:
        found = [(span, m) for span, m in found if lies_in(m.place, container)]
    found = _beyond_borders(query, found)
    found = _heard_in_countries_named(found)
    if not found:
        return None
    span, chosen = choose(found, implied, readings, text=query)
    others = tuple(s.text for s, _ in found if s is not span)
    qualifiers = (*chosen.qualifiers, *others)
    if chosen.kind in AREA_KINDS and asks_finer(implied, chosen.kind):
        described = " ".join(normalize_parts(prepare(query))[1])
        return replace(chosen, method="container", container=described, qualifiers=qualifiers), found
    return replace(chosen, method="span", qualifiers=qualifiers), found


def _beyond_borders(query: str, found: list[tuple[Span, Match]]) -> list[tuple[Span, Match]]:
    """*found* without the names written right before a border word ("Irak sınırına yakın Malikiyye ilçesi": Iraq
    is across the border from Malikiyah), unless nothing else was found."""
    words = _words(query)
    borders = border_words()
    across = [(span, m) for span, m in found
              if span.stop < len(words) and words[span.stop][1] == words[span.stop - 1][1]
              and normalize(words[span.stop][0]) in borders]
    return [f for f in found if f not in across] if len(across) < len(found) else found


def _countries(place: Place) -> set[str]:
    """The country that holds *place* and, on disputed ground, the one that claims it."""
    return {place.country, place.disputed.split("-")[0]} - {""}


def _heard_in_countries_named(found: list[tuple[Span, Match]]) -> list[tuple[Span, Match]]:
    """*found* without the names heard only by sound in a country none of the names found as written lies in:
    "قاعدة لقواته شمالي الجولان السوري" names the Golan, and لقواته ('for its forces') that sounds like Kut, in
    Iraq, is no place of the phrase."""
    written = [m for _, m in found if m.method in ("exact", "alias")]
    if not written:
        return found
    held = set().union(*(_countries(m.place) for m in written))
    return [(span, m) for span, m in found if m.method in ("exact", "alias") or _countries(m.place) & held]

