"""The built name index of a large gazetteer, kept on disk and keyed by a hash of its data.

Building the index of a GeoNames-sized gazetteer (normalising every name,
the phonetic keys, the trigram index) takes minutes; loading it back takes
seconds. :func:`load_or_build` hashes what the index is made of (each
place's id, names, aliases and Arabic name, in order, plus the version of the
normalisation tables), and reads ``<hash>.pickle`` from the cache folder when
it is there; otherwise it builds the index and writes it atomically.

The folder is ``$GEOINCIDENTS_CACHE_DIR`` if set, else
``$XDG_CACHE_HOME/geoincidents`` or ``~/.cache/geoincidents``: a user's cache,
never the package folder. A file that cannot be read is rebuilt, never trusted.
"""
from __future__ import annotations

import hashlib
import importlib.resources
import logging
import os
import pickle
import tempfile
from collections.abc import Sequence
from pathlib import Path

from gazetteer.index import NameIndex
from gazetteer.places import Place

__all__ = ["cache_dir", "data_hash", "load_or_build", "CACHE_FROM"]

logger = logging.getLogger(__name__)

#: Gazetteers of at least this many places keep their index on disk.
CACHE_FROM = 50_000
_FORMAT = b"gazetteer-index-2"  # change whenever NameIndex changes shape: old files are then never read
_RULE_FILES = ("normalize_letters.csv", "normalize_articles.csv", "normalize_words.csv",
               "normalize_descriptors.csv", "phonetic_rules.csv")


def cache_dir() -> Path:
    """The folder the indexes are kept in (see the module docstring)."""
    explicit = os.environ.get("GEOINCIDENTS_CACHE_DIR")
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "geoincidents"


def data_hash(places: Sequence[Place]) -> str:
    """SHA-256 of what the name index is built from, and of the rules that build it."""
    digest = hashlib.sha256(_FORMAT)
    for name in _RULE_FILES:
        digest.update(importlib.resources.files("gazetteer").joinpath("data", name).read_bytes())
    for place in places:
        digest.update("\x1f".join((place.id, place.name, place.name_ar, *place.aliases)).encode("utf-8"))
        digest.update(b"\x1e")
    return digest.hexdigest()


def load_or_build(places: Sequence[Place]) -> NameIndex:
    """The name index of *places*, from the cache when its data has not changed."""
    key = data_hash(places)
    path = cache_dir() / f"{key}.pickle"
    try:
        with path.open("rb") as handle:
            index = pickle.load(handle)
        if isinstance(index, NameIndex):
            logger.info("name index read from %s", path)
            return index
    except FileNotFoundError:
        pass
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ValueError) as err:
        logger.warning("cached name index %s is unreadable (%s); rebuilding it", path, err)
    index = NameIndex(places)
    index.prepare()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile("wb", dir=path.parent, suffix=".part", delete=False) as handle:
            pickle.dump(index, handle, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(handle.name, path)
        logger.info("name index written to %s", path)
    except OSError as err:  # a read-only home is no reason to fail the lookup
        logger.warning("could not keep the name index in %s (%s)", path.parent, err)
    return index
