"""A site named through the place that owns it: "Baghdad's airport", "Sanaa's international airport".

The gazetteer resolves such a phrase (its descriptor words name the kind); in running text the name scan stops at
the "'s", so the mention would be the city. :func:`owned_site` extends the mention to the site when the longer
phrase resolves, by name and not by likeness, to a site of the owner's country.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from gazetteer.places import SITE_KINDS

from geoincidents.extract.text import Sentence

__all__ = ["owned_site"]

_APOSTROPHES = ("'", "’")
_WORDS_AFTER = 3  # "'s (new) (international) airport"


def owned_site(sentence: Sentence, first: int, hit: int, owner: Any,
               resolve: Callable[[str], tuple[list[Any], str, float] | None]) -> tuple[int, tuple] | None:
    """(end token, resolution) of "<owner>'s <words> <site word>" when it names a site, else None."""
    tokens = sentence.tokens
    if hit + 2 >= len(tokens) or tokens[hit].text not in _APOSTROPHES or tokens[hit + 1].text.lower() != "s" \
            or tokens[hit].start != tokens[hit - 1].end:
        return None
    best = None
    for end in range(hit + 3, min(len(tokens), hit + 2 + _WORDS_AFTER) + 1):
        word = tokens[end - 1].text
        if not (word.isalpha() and word.islower()):
            break
        query = sentence.text[tokens[first].start - sentence.start:tokens[end - 1].end - sentence.start]
        found = resolve(query)
        if found is not None and found[1] in ("exact", "alias") and found[0][0].kind in SITE_KINDS \
                and found[0][0].country == owner.country and found[0][0].id != owner.id:
            best = (end, found)
    return best
