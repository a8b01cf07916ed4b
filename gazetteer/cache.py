"""The built name index of a large gazetteer, kept on disk and keyed by a hash of its data.

Building the index of a GeoNames-sized gazetteer (normalising every name,
the phonetic keys, the candidate indexes) takes seconds to minutes; reading
it back takes a fraction of that. :func:`load_or_build` hashes what the index
is made of (each place's id, names, aliases and Arabic name, in order, plus
the normalisation and phonetic tables and the file format), and reads
``<hash>.index`` from the cache folder when it is there; otherwise it builds
the index and writes it atomically (a temporary file renamed into place).

The file holds the index's numpy arrays (:meth:`NameIndex.arrays`): a magic
line, a JSON header naming each array's dtype, shape, offset and CRC-32, then
the raw bytes. Reading maps the file and checks every CRC, so a file that was
cut short, damaged, or written by another version is rebuilt, never trusted.

The folder is ``$GEOINCIDENTS_CACHE_DIR`` if set, else
``$XDG_CACHE_HOME/geoincidents`` or ``~/.cache/geoincidents``: a user's cache,
never the package folder.
"""
from __future__ import annotations

import hashlib
import importlib.resources
import json
import logging
import mmap
import os
import tempfile
import zlib
from collections.abc import Sequence
from operator import attrgetter
from pathlib import Path

import numpy as np

from gazetteer.index import NameIndex
from gazetteer.places import Place

__all__ = ["cache_dir", "data_hash", "load_or_build", "read_index", "write_index", "CACHE_FROM"]

logger = logging.getLogger(__name__)

#: Gazetteers of at least this many places keep their index on disk.
CACHE_FROM = 50_000
_FORMAT = "gazetteer-index-10"  # change whenever NameIndex changes shape: old files are then never read
_MAGIC = b"geoincidents name index\n"
_ALIGN = 64
_RULE_FILES = ("normalize_letters.csv", "normalize_articles.csv", "normalize_words.csv",
               "normalize_descriptors.csv", "phonetic_rules.csv", "phonetic_arabic.csv",
               "phonetic_hebrew.csv")
_RULE_MODULES = ("normalize.py", "phonetic.py")


def cache_dir() -> Path:
    """The folder the indexes are kept in (see the module docstring)."""
    explicit = os.environ.get("GEOINCIDENTS_CACHE_DIR")
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "geoincidents"


def data_hash(places: Sequence[Place]) -> str:
    """SHA-256 of what the name index is built from, and of the rules that build it."""
    digest = hashlib.sha256(_FORMAT.encode())
    for name in _RULE_FILES:
        digest.update(importlib.resources.files("gazetteer").joinpath("data", name).read_bytes())
    for name in _RULE_MODULES:  # rules kept in code (the Sorani hamza seat) change the keys as much
        digest.update(importlib.resources.files("gazetteer").joinpath(name).read_bytes())
    # Column by column (values split by \x1e, aliases of a place by \x1f): a few C-level joins, no loop per place.
    digest.update(len(places).to_bytes(8, "little"))
    for column in ("id", "name", "name_ar"):
        digest.update("\x1e".join(map(attrgetter(column), places)).encode("utf-8", "surrogatepass") + b"\x1d")
    digest.update("\x1e".join(map("\x1f".join, map(attrgetter("aliases"), places))).encode("utf-8", "surrogatepass"))
    return digest.hexdigest()


def write_index(path: Path, arrays: dict[str, np.ndarray]) -> None:
    """Write *arrays* to *path* atomically: a temporary file in the same folder, then renamed."""
    header: list[dict] = []
    offset = 0
    for name, array in arrays.items():
        array = np.ascontiguousarray(array)
        offset = -(-offset // _ALIGN) * _ALIGN
        header.append({"name": name, "dtype": array.dtype.str, "shape": list(array.shape), "offset": offset,
                       "nbytes": array.nbytes, "crc32": zlib.crc32(memoryview(array).cast("B"))})
        offset += array.nbytes
    head = json.dumps({"format": _FORMAT, "arrays": header}).encode("utf-8")
    start = -(-(len(_MAGIC) + 8 + len(head)) // _ALIGN) * _ALIGN
    path.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.NamedTemporaryFile("wb", dir=path.parent, suffix=".part", delete=False) as handle:
        try:
            handle.write(_MAGIC + len(head).to_bytes(8, "little") + head)
            for entry, array in zip(header, arrays.values()):
                handle.seek(start + entry["offset"])
                handle.write(memoryview(np.ascontiguousarray(array)).cast("B"))
            handle.truncate(start + offset)
        except BaseException:
            handle.close()
            os.unlink(handle.name)
            raise
    os.replace(handle.name, path)


def read_index(path: Path) -> dict[str, np.ndarray]:
    """The arrays of an index file; ValueError when the file is not a complete, intact index of this format."""
    with path.open("rb") as handle:
        size = os.fstat(handle.fileno()).st_size
        if size < len(_MAGIC) + 8:
            raise ValueError(f"{size} bytes is too short for an index file")
        data = mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ)
    if data[:len(_MAGIC)] != _MAGIC:
        raise ValueError("not an index file (wrong first line)")
    length = int.from_bytes(data[len(_MAGIC):len(_MAGIC) + 8], "little")
    try:
        head = json.loads(data[len(_MAGIC) + 8:len(_MAGIC) + 8 + length].decode("utf-8"))
        if head.get("format") != _FORMAT:
            raise ValueError(f"format {head.get('format')!r}, expected {_FORMAT!r}")
        start = -(-(len(_MAGIC) + 8 + length) // _ALIGN) * _ALIGN
        arrays: dict[str, np.ndarray] = {}
        for entry in head["arrays"]:
            begin = start + int(entry["offset"])
            end = begin + int(entry["nbytes"])
            if end > size:
                raise ValueError(f"array {entry['name']!r} runs past the end of the file (cut short?)")
            view = memoryview(data)[begin:end]
            if zlib.crc32(view) != entry["crc32"]:
                raise ValueError(f"array {entry['name']!r} fails its CRC-32 (damaged file)")
            array = np.frombuffer(view, dtype=np.dtype(entry["dtype"]))
            arrays[entry["name"]] = array.reshape(entry["shape"])
    except (KeyError, TypeError, UnicodeDecodeError, json.JSONDecodeError) as err:
        raise ValueError(f"unreadable header ({err!r})") from None
    return arrays


def load_or_build(places: Sequence[Place]) -> NameIndex:
    """The name index of *places*, from the cache when its data has not changed."""
    path = cache_dir() / f"{data_hash(places)}.index"
    try:
        index = NameIndex.from_arrays(read_index(path))
        logger.info("name index read from %s", path)
        return index
    except FileNotFoundError:
        pass
    except (OSError, ValueError, KeyError) as err:
        logger.warning("cached name index %s is unreadable (%s); rebuilding it", path, err)
    index = NameIndex(places)
    index.prepare()
    try:
        write_index(path, index.arrays())
        logger.info("name index written to %s", path)
    except OSError as err:  # a read-only home is no reason to fail the lookup
        logger.warning("could not keep the name index in %s (%s)", path.parent, err)
    return index
