"""The public API as a user meets it: error classes at the package roots, arguments named in errors."""
from __future__ import annotations

import importlib
import inspect
import pkgutil

import pytest

import gazetteer
import geoincidents


@pytest.mark.parametrize("package", [gazetteer, geoincidents])
def test_every_error_class_is_exported_from_its_package_root(package):
    found = set()
    for info in pkgutil.walk_packages(package.__path__, package.__name__ + "."):
        if ".cli" in info.name or ".maps" in info.name or info.name.endswith("__main__"):
            continue
        module = importlib.import_module(info.name)
        for name, value in vars(module).items():
            if inspect.isclass(value) and issubclass(value, Exception) and value.__module__ == info.name:
                found.add(name)
    assert found, "no error classes found"
    missing = sorted(n for n in found if n not in package.__all__)
    assert missing == []
    assert all(getattr(package, n).__name__ == n for n in found)


def test_match_attributes_are_visible_to_dir():
    match = gazetteer.Gazetteer.default().resolve("Zummar")
    names = dir(match)
    assert {"lat", "lon", "admin1", "admin1_name", "country", "kind", "method", "score", "place"} <= set(names)


@pytest.mark.parametrize("call, argument, message", [
    (lambda t: t.in_province("Anbar", role="lauch"), "role", r"role='lauch': .*did you mean 'launch'"),
    (lambda t: t.between("2024-04-30", "2024-04-01"), "end", r"end='2024-04-01'.*reversed"),
    (lambda t: t.between("2024-13-45", None), "start", r"start='2024-13-45'"),
    (lambda t: t.in_country("XX"), "country", r"country='XX'.*IQ"),
    (lambda t: t.by_actor(None), "text", r"text=None"),
    (lambda t: t.by_actor("kataib", role="attacker"), "role", r"role='attacker'"),
    (lambda t: t.of_type("rocket"), "types", r"types='rocket'.*rocket_attack"),
])
def test_a_bad_argument_is_a_value_error_naming_it(seed_table, call, argument, message):
    with pytest.raises(ValueError, match=message) as info:
        call(seed_table)
    assert isinstance(info.value, geoincidents.ArgumentError) and info.value.argument == argument
    assert "column" not in str(info.value)


def test_the_public_api_has_real_signatures():
    from geoincidents.io.acled import read_acled
    from geoincidents.io.export import export
    from geoincidents.maps import to_map
    from geoincidents.table import IncidentTable

    for function in (IncidentTable.to_map, IncidentTable.export, export, read_acled, to_map):
        parameters = inspect.signature(function).parameters.values()
        assert not [p for p in parameters if p.kind is p.VAR_KEYWORD], function.__qualname__
    # the table's map options are the map's own, name for name
    assert list(inspect.signature(IncidentTable.to_map).parameters)[1:] == list(inspect.signature(to_map).parameters)[1:]
    signature = inspect.signature(read_acled)
    assert signature.return_annotation == "IncidentTable" and "Any" not in str(signature)


def test_packages_carry_the_typing_marker():
    from pathlib import Path

    for package in (gazetteer, geoincidents):
        assert (Path(package.__file__).parent / "py.typed").is_file()
