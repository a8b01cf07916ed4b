"""The gazetteer's name index for finding place mentions: the normalised keys of every name a gazetteer holds
(primary names, aliases, Arabic names; bare and with descriptor words), the tokens they are made of, the articles
and descriptor words that may sit inside a name, and the names' phonetic keys. Built once per gazetteer
(:func:`name_keys`) and read by :func:`geoincidents.extract.mentions.find_mentions`."""
from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import Any

from gazetteer.datatables import read_table
from gazetteer.normalize import descriptor_kinds, normalize, normalize_parts, persian_endings
from gazetteer.phonetic import phonetic_keys
from gazetteer.phrasewords import directed_country

from geoincidents.extract import lexicon

__all__ = ["NameKeys", "name_keys", "name_parts", "token_key", "singular_kinds", "plural_kinds"]


def _gazetteer_glue() -> frozenset[str]:
    """Keys of the gazetteer's articles and descriptor words: they may sit inside a place span."""
    glue: set[str] = set()
    for name, column in (("normalize_articles.csv", "article"), ("normalize_descriptors.csv", "phrase")):
        for row in read_table(name):
            glue.update(normalize(row[column]).split())
    glue.add("of")
    # (the Persian endings a key joins to the name before them: "نجف‌آباد" is a span of three tokens)
    return frozenset(glue | persian_endings())


@dataclass(frozen=True)
class NameKeys:
    """The normalised keys of every name in a gazetteer, and the tokens they are made of.

    ``bare`` holds the keys of names written without descriptor words ("Ayn
    al-Asad", "Zummar"); ``full`` the key plus descriptors of every name
    ("ain asad+airbase", "us+embassy"). A span without descriptors must hit
    a bare key, so "US" alone is not the US embassy; a span with them may
    hit either ("Ain al-Asad base", "Iranian embassy").
    """

    bare: frozenset[str]
    full: frozenset[str]
    vocabulary: frozenset[str]
    glue: frozenset[str]
    longest: int
    #: phonetic keys (:func:`gazetteer.phonetic.phonetic_key`) of the bare keys: spellings no list
    #: holds ("Albukamal", "Jurf al Saqr") are found by sound, as the gazetteer finds them
    phonetic: frozenset[str] = frozenset()

    def matches(self, span: str) -> bool:
        key, descriptors = name_parts(span)
        # ("Metina bölgesi": a region word that is a descriptor where English names the region with its word, "the
        # Metina region", as the gazetteer reads it: gazetteer.resolver)
        return key in self.bare or (bool(descriptors) and ("+".join((key, *descriptors)) in self.full
                                                          or any(f"{key} {d}" in self.bare for d in descriptors)))


def _admin_descriptors() -> dict[str, tuple[str, ...]]:
    """Descriptor words of administrative units ("governorate", "province", "district") → the kinds they name."""
    return {d: kinds for d, kinds in descriptor_kinds().items() if set(kinds) <= {"governorate", "district", "region"}}


@functools.lru_cache(maxsize=8)
def name_keys(gazetteer: Any) -> NameKeys:
    """Index a gazetteer's names once (cached per gazetteer object)."""
    places = gazetteer.places
    bare: set[str] = set()
    full: set[str] = set()
    longest = 1
    admin_words = _admin_descriptors()
    common = lexicon.words("common_word")
    for name, aliases, name_ar, kind in zip(places["name"], places["aliases"], places["name_ar"], places["kind"]):
        names = [name, *(aliases.split("|") if isinstance(aliases, str) and aliases else ()),
                 name_ar if isinstance(name_ar, str) else ""]
        named_bare = False
        for k, text in enumerate(names):
            if text:
                key, descriptors = name_parts(text)
                if key:
                    (full if descriptors else bare).add("+".join((key, *descriptors)))
                    longest = max(longest, len(text.split()) + text.count("-"))
                    named_bare = named_bare or not descriptors
                    if descriptors and all(kind in admin_words.get(d, ()) for d in descriptors) and key not in common:
                        # "Anbar Governorate" is named "Anbar" in most reports ("the Ain al-Asad airbase in Anbar").
                        bare.add(key)
                    elif descriptors and named_bare and k == len(names) - 1 and key not in common:
                        # The Arabic name of a place named bare in Latin script is bare too: "قاعدة التنف" is
                        # "al-Tanf garrison", whose alias "Tanf" reporters write alone; Arabic reports write "التنف".
                        bare.add(key)
    countries = _country_keys(places)
    bare = {k for k in bare if not directed_country(k, countries)}
    full = {k for k in full if not directed_country(k.split("+")[0], countries)}
    vocabulary = {t for k in bare | full for t in k.split("+")[0].split()}
    # (and the word before a Persian ending the key joined: "خرم" of "خرماباد", written "خرم‌آباد" or "خرم آباد")
    endings = persian_endings()
    vocabulary = frozenset(vocabulary | {t[:-len(e)] for t in vocabulary for e in endings
                                         if t.endswith(e) and len(t) > len(e) + 2})
    keys = sorted(bare | {k.split("+")[0] for k in full})
    sounds = frozenset(k for k in phonetic_keys(keys) if k)
    return NameKeys(frozenset(bare), frozenset(full), vocabulary, _gazetteer_glue(), longest + 3, sounds)


@functools.lru_cache(maxsize=8)
def country_keys(gazetteer: Any) -> frozenset[str]:
    """The keys of the countries' names (cached per gazetteer object)."""
    return _country_keys(gazetteer.places)


def _country_keys(places: Any) -> frozenset[str]:
    """The bare keys of every name of the gazetteer's countries."""
    keys: set[str] = set()
    for name, aliases, name_ar in zip(*(places.loc[places["kind"] == "country", c] for c in ("name", "aliases", "name_ar"))):
        for text in (name, *(aliases.split("|") if isinstance(aliases, str) and aliases else ()), name_ar):
            if isinstance(text, str) and text:
                keys.add(name_parts(text)[0])
    return frozenset(keys)


@functools.lru_cache(maxsize=1 << 16)
def token_key(text: str) -> str:
    """The normalised key of one token of a report (cached: reports repeat their words)."""
    return normalize(text)


@functools.lru_cache(maxsize=1 << 16)
def name_parts(text: str) -> tuple[str, tuple[str, ...]]:
    """:func:`gazetteer.normalize.normalize_parts` of a span, cached."""
    return normalize_parts(text)


def singular_kinds(word: str) -> tuple[str, ...]:
    """The kinds a word names as a descriptor ("field": facility; "town": town, village, city), else ()."""
    return tuple(kind for d in normalize_parts(f"x {word}")[1] for kind in descriptor_kinds().get(d, ()))


def plural_kinds(word: str) -> tuple[str, ...]:
    """The kinds the singular of a plural word names as a descriptor ("provinces": governorate; "fields": facility),
    else ()."""
    if not word.endswith("s") or len(word) < 4:
        return ()
    return tuple(kind for d in normalize_parts(f"x {word[:-1]}")[1] for kind in descriptor_kinds().get(d, ()))
