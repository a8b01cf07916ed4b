"""Names listed under a plural region word: "Metina ve Zap bölgelerinde", "مناطق متينا والزاب", "les provinces de
Ninive et Kirkouk".

Turkish closes a list of regions or provinces with one plural word carrying the list's case ("Metina, Zap ve Hakurk
bölgelerine" 'to the Metina, Zap and Hakurk regions'); French and Arabic open it ("les régions de", "مناطق",
"محافظتي"). Only the name beside the plural word is written with it, and none with the singular the gazetteer reads
as a descriptor, so a name that finds nothing bare ("Zap") or finds another place ("Metina" heard as Lebanon's Metn,
"Kerkük" the city) is read, one by one, as the table ``extract_plurals.csv`` writes it with the singular ("Zap
bölgesine", "منطقة الزاب", "province de Kirkouk"), taking the list's case; the table's ``kinds`` are what a name so
read must be (regions, provinces and districts; also towns after "bölgelerinde", the ministry's word for the areas
it struck, "Tel Rıfat ve Derik bölgelerinde"; cities and towns after "kentlerinde"; the sites a Hebrew plural
names). (English plurals in -s closing a list of names already found are
:func:`geoincidents.extract.senses._unit_of_a_list`.)
"""
from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any

from gazetteer.normalize import article_words
from gazetteer.phrasewords import compass_of
from geoincidents.extract import lexicon, particles
from geoincidents.extract.text import Sentence

__all__ = ["names_under_a_plural"]

#: The longest name a list holds, in words ("Avaşin - Basyan", "صلاح الدين").
_NAME_WORDS = 4
#: The Arabic comma joins a list as the Latin one does; before a Turkish plural, "ile" ('with') joins two names as "ve"
#: does ("Safad Battih ile Mecdel Silim beldeleri arasında").
_JOINERS = lexicon.LIST_JOINERS | {"ile"}


@functools.cache
def _plurals() -> lexicon.PhraseTable:
    """The plural words of ``extract_plurals.csv``, each to its row."""
    return lexicon.PhraseTable({r["plural"]: r for r in lexicon.read_table("plurals")})


#: The lower-case particles inside a transliterated Arabic name ("Deir ez-Zor", "Ras al-Ain", "Tell Abu Hamad"): the
#: gazetteer's articles, and the words of kinship names hold
_KINSHIP_WORDS = frozenset({"bin", "ibn", "abu", "bani", "umm"})


def _name_particle(word: str) -> bool:
    """A lower-case word inside a transliterated name: an article ("ez" of "Deir ez-Zor") or a kinship word."""
    return word in article_words() or word in _KINSHIP_WORDS


def _name_word(text: str) -> bool:
    """A word that may stand in a listed name: capitalised Latin (after an elision too: "d'Alep"), Arabic script, or
    a hyphen inside a name."""
    return text == "-" or text[particles.elision_length(text):][:1].isupper() or particles.is_arabic(text) \
        or particles.is_hebrew(text)


def _items(sentence: Sentence, start: int, end: int, step: int) -> list[tuple[int, int]]:
    """The runs of name words between joiners going from *start* towards *end* (exclusive) by *step*, each as (first
    token, token after it); stops at the first word that is neither."""
    tokens = sentence.tokens
    runs: list[tuple[int, int]] = []
    k = start
    while k != end:
        if tokens[k].lower in _JOINERS:
            k += step
            continue
        if not _name_word(tokens[k].text) or compass_of(tokens[k].text) is not None:
            break  # (a direction after the list says where it lies: "محافظتي الحسكة والرقة، شمال شرق سوريا")
        j = k
        while j != end and tokens[j].lower not in _JOINERS \
                and (_name_word(tokens[j].text) or j != k and _name_particle(tokens[j].lower)) \
                and not (step == 1 and j > k and (particles.is_arabic(tokens[j].text)
                                                  and tokens[j].text.startswith(particles.ARABIC_AND)
                                                  # (and the Hebrew "ו" joined to the last name: "נתנז ואספהאן")
                                                  or particles.is_hebrew(tokens[j].text)
                                                  and tokens[j].text.startswith("ו") and len(tokens[j].text) > 2)):
            j += step
        runs.append((k, j) if step == 1 else (j + 1, k + 1))
        k = j
    return runs


def names_under_a_plural(sentence: Sentence, resolve: Callable[[str], Any]) -> list[dict[str, Any]]:
    """Each name of a list a plural region word closes or opens, read with its singular: dicts with ``first``,
    ``last`` (tokens), ``start``, ``end`` (characters of the name), ``query`` (the name with the singular) and
    ``resolved`` (what *resolve* gave for the query: candidates, method, score). *resolve* is the mention finder's
    cached look-up (None when nothing is found)."""
    tokens = sentence.tokens
    found: list[dict[str, Any]] = []
    # (an Arabic plural word with its joined "و" 'and': "ومديريتي آل سالم وسحار")
    lowered = [w[1:] if particles.is_arabic(w) and w.startswith(particles.ARABIC_AND) and len(w) > 4 else w
               for w in sentence.lowered]
    for start, end, row in _plurals().find(lowered):
        if row["side"] == "after":
            runs = _items(sentence, start - 1, -1, -1)
        else:
            runs = _items(sentence, end, len(tokens), 1)
        for n, (first, last) in enumerate(runs):
            item = _read(sentence, first, last, row, resolve)
            if item is None and all(t.text == "-" or t.text[:1].isupper() for t in tokens[first:last]):
                continue  # a capitalised name the gazetteer lacks ("Avaşin-Basyan") stays in the list
            if item is None and n + 1 < len(runs) and last - first <= 2 \
                    and all(particles.is_arabic(t.text) for t in tokens[first:last]) \
                    and _joined(sentence, last, runs[n + 1][0]):
                continue  # so does an Arabic one before "و" and the next name ("مديريتي آل سالم، و سحار")
            if item is None:
                break  # running text, not a name: the list has ended
            found.append(item)
            if (item["first"], item["last"]) != (first, last):
                break  # words left over beyond the name ("PKK'nın Metina", "الزاب يوم الاثنين"): the list ends there
    return found


def _joined(sentence: Sentence, last: int, nxt: int) -> bool:
    """Whether an Arabic "و" 'and' joins the run ending before token *last* to the one at *nxt*: on its own or
    joined to the next name, perhaps after a comma."""
    between = [t.text for t in sentence.tokens[last:nxt]]
    return particles.ARABIC_AND in between or (not set(between) - {"،", ","}
                                               and sentence.tokens[nxt].text.startswith(particles.ARABIC_AND))


def _read(sentence: Sentence, first: int, last: int, row: dict[str, str],
          resolve: Callable[[str], Any]) -> dict[str, Any] | None:
    """The name a run holds, read with the row's singular: the longest part of the run next to the plural word
    (its end after a Turkish name, "PKK'nın Metina": Metina; its start before French and Arabic, "الزاب يوم": الزاب)
    that names a region or province so; an Arabic "و" 'and' joined to the name is cut off."""
    tokens = sentence.tokens
    spans = [(f, last) for f in range(max(first, last - _NAME_WORDS), last)] if row["side"] == "after" \
        else [(first, l) for l in range(min(last, first + _NAME_WORDS), first, -1)]
    for f, l in spans:
        text = sentence.text[tokens[f].start - sentence.start:tokens[l - 1].end - sentence.start]
        joined_and = text.startswith(particles.ARABIC_AND) and particles.is_arabic(text) \
            or text.startswith("ו") and particles.is_hebrew(text)  # (Hebrew joins its "and" too: "ואספהאן")
        # ("les aéroports de Damas et d'Alep": the elided "de" of a later name is the row's own)
        elision = particles.elision_length(text) if row["side"] == "before" else 0
        cuts = (0, 1) if row["side"] == "before" and joined_and else (0, elision) if elision else (0,)
        if row["side"] == "before" and particles.is_hebrew(text):
            # (Hebrew "in" joined to each name, with "and" on the later ones: "מתקני הגרעין בנתנז ובאספהאן")
            cuts = (0, *(len(p) for p in ("וב", "ב", "ו") if text.startswith(p) and len(text) > len(p) + 1))
        for cut in cuts:
            query = row["reading"].format(text[cut:])
            resolved = resolve(query)
            # (a name as listed, not one found inside the words: "منطقة الزاب يوم الاثنين" holds the Zap region)
            # (the kinds the row reads its names as: not "Erbil bölgesi" read as the air base; "מתקני
            # הגרעין": the sites; "kentlerinde": the cities)
            if resolved is not None and resolved[1] in ("exact", "alias") \
                    and resolved[0][0].kind in row["kinds"].split("|"):
                return {"first": f, "last": l, "start": tokens[f].start + cut, "end": tokens[l - 1].end,
                        "text": text[cut:], "query": query, "resolved": resolved}
    return None
