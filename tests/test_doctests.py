"""Every docstring example of both packages runs and is checked: what a user copies works.

The examples run as a user would run them, in a working directory holding the files they name: GeoNames'
dump and alternate names for Iraq (``IQ.txt``, ``IQ_alternateNames.txt``: the hand-written lines of
tests/gazetteer/fixtures, in GeoNames' format), a places file of the user's own, an ACLED export (the
hand-made sample of tests/geoincidents/fixtures), a folder of annotated reports. What they write lands there.
The geocoder's examples ask the loopback Nominatim the geocoder tests use (``nominatim`` is its host).
"""
from __future__ import annotations

import doctest
import importlib
import json
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.gazetteer.test_geocoder import nominatim_server

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "gazetteer" / "fixtures"


def _modules() -> list[str]:
    """The modules of both packages whose docstrings hold an example."""
    found = []
    for package in ("gazetteer", "geoincidents"):
        for path in sorted((ROOT / package).rglob("*.py")):
            if ">>>" in path.read_text(encoding="utf-8"):
                parts = path.relative_to(ROOT).with_suffix("").parts
                found.append(".".join(parts[:-1] if parts[-1] == "__init__" else parts))
    return found


#: A report and its annotation in the evaluator's format (our own words; the base and date are real).
REPORT = "Drones struck the Ain al-Asad air base in western Iraq on Monday, officials said."
ANNOTATION = {
    "published": "2024-04-23",
    "places": [{"mention": name, "start": REPORT.index(name), "end": REPORT.index(name) + len(name),
                "place_id": place_id, "role": role}
               for name, place_id, role in (("Ain al-Asad", "iq-ain-al-asad-air-base", "target"),
                                            ("Iraq", "cc-iq", "context"))],
    "incidents": [{"date": "2024-04-22", "date_precision": "day", "event_type": "drone_attack",
                   "target": "iq-ain-al-asad-air-base", "launch": None}],
}


@pytest.fixture(scope="module")
def workdir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    work = tmp_path_factory.mktemp("examples")
    shutil.copy(FIXTURES / "geonames_small.txt", work / "IQ.txt")
    shutil.copy(FIXTURES / "geonames_alternate_small.txt", work / "IQ_alternateNames.txt")
    shutil.copy(ROOT / "tests" / "geoincidents" / "fixtures" / "acled_sample.csv", work / "acled_export.csv")
    (work / "my_places.csv").write_text(
        "id,name,kind,lat,lon,admin1,country,aliases,name_ar,precision_km,point,source\n"
        "iq-tell-sbeiha,Tell Sbeiha,village,36.40000,42.50000,IQ-NI,IQ,Tal Sbeiha,تل صبيحة,3,village,analyst survey\n",
        encoding="utf-8")
    (work / "annotated").mkdir()
    (work / "annotated" / "r1.txt").write_text(REPORT, encoding="utf-8")
    (work / "annotated" / "r1.json").write_text(json.dumps(ANNOTATION), encoding="utf-8")
    return work


@pytest.fixture(scope="module")
def nominatim() -> Iterator[str]:
    with nominatim_server() as httpd:
        yield f"127.0.0.1:{httpd.server_port}"


def test_every_module_with_examples_is_found() -> None:
    modules = _modules()
    assert {"gazetteer.geonames", "gazetteer.world", "geoincidents.queries", "geoincidents.maps.static"} <= set(modules)


@pytest.mark.parametrize("module", _modules())
def test_examples(module: str, workdir: Path, nominatim: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(workdir)
    result = doctest.testmod(importlib.import_module(module), extraglobs={"nominatim": nominatim},
                             optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    assert result.failed == 0
    assert result.attempted >= 1


def test_no_example_is_skipped() -> None:
    skipped = [str(path.relative_to(ROOT)) for package in ("gazetteer", "geoincidents")
               for path in (ROOT / package).rglob("*.py") if "doctest: +SKIP" in path.read_text(encoding="utf-8")]
    assert skipped == []
