"""The runs of words of a phrase that could be a name, in every spelling their words allow.

Reports write a place inside words the phrase grammar (:mod:`gazetteer.phrases`)
does not know, in many languages: "la base d'Aïn al-Assad en Irak", "Haseke
iline bağlı Şeddadi ilçesi", "میدان نفتی «کونیکو» واقع در دیرالزور".
:func:`word_spans` cuts such a phrase into runs of words, longest first, each
in every spelling its words allow; :mod:`gazetteer.spans` looks them up and
chooses among the places found. Here also the other questions asked of a
phrase's words: which capitalised runs may be an unknown name
(:func:`unknown_runs`), which may be looked up by sound (:func:`may_sound`,
:func:`written_lowercase`).

A word is read as written and, when that finds nothing, without what is
commonly glued to a name: a Turkish case ending after an apostrophe
("Haseke'nin"), a Kurmanji ending ("Hewlêrê", "Herîrê"), a Sorani suffix
("دێرەزووری"), an Arabic preposition ("بمحافظة"), a Hebrew prefix ("באילת").
Elided articles ("d'", "l'") and quotes or brackets around a name are taken
off first.

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
from dataclasses import dataclass

from gazetteer.normalize import endings, normalize, normalize_parts
from gazetteer.phrases import edge_words, grammar_words
from gazetteer.phrasewords import HEBREW_PREFIX

__all__ = ["Span", "word_spans", "prepare", "may_sound", "unknown_runs", "turkic_reading", "jota_reading",
           "german_reading", "written_lowercase", "part_words", "grammar_compound",
           "hebrew_stems", "unelided", "ELISIONS", "ARABIC_PARTICLES", "MAX_SPAN_WORDS"]

#: Longest run of words looked up as one name.
MAX_SPAN_WORDS = 6

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
#: Hebrew prefixes (:data:`gazetteer.phrasewords.HEBREW_PREFIX`: ובאל-בוכמאל and in al-Bukamal, בנתב"ג at Ben
#: Gurion airport: an abbreviation keeps its gershayim). Each way of cutting them off is tried, the shortest cut first.
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
    return _MARKS.sub(" ", unelided(text))


def unelided(text: str) -> str:
    """*text* without the French and Italian articles and prepositions elided onto a word (:data:`ELISIONS`).

    Examples
    --------
    >>> unelided("la province d'Anbar"), unelided("al-Qa'im")
    ('la province Anbar', "al-Qa'im")
    """
    return _ELISION.sub("", text)


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
                 if HEBREW_PREFIX.match(word[:cut]) and _HEBREW_STEM.match(word[cut:]))


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


def jota_reading(text: str) -> str | None:
    """*text* with kh for the j of its capitalised words (None when it holds none): Spanish writes the kh of Arabic
    and Persian names with j ("Juzestán" is Khuzestan, "Jan Yunis" Khan Yunis, "Jorramshahr" Khorramshahr). The
    resolver reads it so only when the name as written is found nowhere, and keeps it only found by name.

    Examples
    --------
    >>> jota_reading("Juzestán"), jota_reading("la provincia de Jorramshahr"), jota_reading("Baghdad")
    ('Khuzestán', 'la provincia de Khorramshahr', None)
    """
    read = " ".join(w.replace("J", "Kh", 1).replace("j", "kh") if w[:1].isupper() else w for w in text.split(" "))
    return read if read != text else None


def german_reading(text: str) -> str | None:
    """*text* as English spellings write the sounds of its capitalised words, when they are written the German way
    (None when none is, told by a German sch in one of them): dsch is j, tsch ch, sch sh, another ch kh, j y and au
    aw ("Dschauf" is Jawf, "Dschurf al-Sachar" Jurf al-Sakhar, "Kirjat Schmona" Kiryat Shmona). The resolver reads it
    so only when the name as written is found nowhere, and keeps it only found by name.

    Examples
    --------
    >>> german_reading("Provinz Dschauf"), german_reading("Kirjat Schmona"), german_reading("Baghdad")
    ('Provinz Jawf', 'Kiryat Shmona', None)
    """
    def read(word: str) -> str:
        if not word[:1].isupper():
            return word
        for german, mark in (("Dsch", "\x00"), ("dsch", "\x01"), ("Tsch", "\x02"), ("tsch", "\x03"), ("Sch", "\x04"),
                             ("sch", "\x05"), ("Ch", "Kh"), ("ch", "kh"), ("J", "Y"), ("j", "y"), ("au", "aw")):
            word = word.replace(german, mark)
        for mark, english in (("\x00", "J"), ("\x01", "j"), ("\x02", "Ch"), ("\x03", "ch"), ("\x04", "Sh"),
                              ("\x05", "sh")):
            word = word.replace(mark, english)
        return word

    words = text.split(" ")
    if not any(w[:1].isupper() and "sch" in w.lower() for w in words):
        return None  # (only a name with a German sch: "Dubaj", "Halebja" are other spellings)
    read_text = " ".join("-".join(read(part) for part in w.split("-")) for w in words)  # ("al-Sachar")
    return read_text if read_text != text else None


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
    for ending in endings("turkic_endings.csv"):
        stem = word[:len(word) - len(ending)]
        if folded.endswith(ending) and sum(ch.isalpha() for ch in stem) >= 3 and stem not in found:
            found.append(stem)
    return tuple(found)


def part_words(text: str) -> list[tuple[str, int]]:
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
    words = part_words(text)
    turkic = not _TURKIC_MARKS.isdisjoint(text)
    # A word the grammar knows as written is read only so: "Başûrê" ('the south of') respelt "Bashûr" is no name
    # of the Bashur airfield.
    variants = [(w,) if _only_grammar(w) else _variants(w) + (_turkic_readings(w) if turkic else ())
                for w, _ in words]
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
        and not grammar_compound(normalize(word))


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
    for word, part in part_words(text):
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


def grammar_compound(key: str) -> bool:
    """Whether a one-word key ends in a grammar word of at least :data:`_COMPOUND_TAIL` letters after a
    head of at least as many ("hafenstadt" is "hafen" + "stadt")."""
    grammar = grammar_words()
    return " " not in key and any(key[k:] in grammar for k in range(_COMPOUND_TAIL, len(key) - _COMPOUND_TAIL + 1))



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
