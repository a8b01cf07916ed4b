"""Tests for the GeoNames dump reader and Gazetteer.from_geonames."""
from __future__ import annotations

from pathlib import Path

import pytest

from gazetteer.core import Gazetteer
from gazetteer.errors import AmbiguousPlace, GeoNamesFormatError
from gazetteer.geonames import GEONAMES_COLUMNS, feature_kinds, read_alternate_names, read_geonames

FIXTURES = Path(__file__).parent / "fixtures"
DUMP = FIXTURES / "geonames_small.txt"
ALTERNATES = FIXTURES / "geonames_alternate_small.txt"
GOOD_LINE = DUMP.read_text(encoding="utf-8").splitlines()[1]  # Baghdad


@pytest.fixture(scope="module")
def g() -> Gazetteer:
    return Gazetteer.from_geonames(DUMP, alternate_names=ALTERNATES)


def test_reads_every_kind_and_skips_unmapped_codes(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level("INFO", logger="gazetteer.geonames"):
        places = read_geonames(DUMP)
    assert len(places) == 11  # 12 lines, the wadi (H.WAD) has no kind
    assert "skipped 1 features whose codes have no kind: H.WAD (1)" in caplog.text
    kinds = {p.id: p.kind for p in places}
    assert kinds["geonames-98182"] == "city"  # P.PPLC
    assert kinds["geonames-900002"] == "town"  # P.PPLA2
    assert kinds["geonames-900004"] == "air_base"  # S.AIRB
    assert kinds["geonames-99237"] == "country"  # A.PCLI


def test_place_fields(g: Gazetteer) -> None:
    baghdad = g.get("geonames-98182")
    assert (baghdad.name, baghdad.lat, baghdad.lon, baghdad.country) == ("Baghdad", 33.34058, 44.40088, "IQ")
    assert baghdad.source == "geonames:98182" and baghdad.name_ar == "بغداد"
    assert "Bagdad" in baghdad.aliases and "https://en.wikipedia.org/wiki/Baghdad" not in baghdad.aliases
    assert baghdad.precision_km > 0


@pytest.mark.parametrize(
    ("place_id", "admin1"),
    [("geonames-98182", "IQ-BG"), ("geonames-900001", "IQ-NI"), ("geonames-900004", "IQ-AN"),
     ("geonames-900003", "IQ-BB"), ("geonames-900005", "SY-HA"), ("geonames-99237", "")],
)
def test_admin1_is_iso_from_the_boundaries(g: Gazetteer, place_id: str, admin1: str) -> None:
    # GeoNames' own admin1 codes ("07", "15") are not ISO: the point decides.
    place = g.get(place_id)
    assert place.admin1 == admin1
    assert (place.admin1_name != "") == (admin1 != "")


@pytest.mark.parametrize(
    ("query", "place_id", "method"),
    [
        ("Zummar", "geonames-900001", "exact"),
        ("al-Qa'im", "geonames-900002", "exact"),
        ("Qaim", "geonames-900002", "exact"),
        ("Jurf al-Nasr", "geonames-900003", "alias"),  # historic name from alternateNames (from 2014)
        ("جرف النصر", "geonames-900003", "alias"),
        ("Ain al-Asad Air Base", "geonames-900004", "alias"),
        ("ORAA", "geonames-900004", "alias"),  # icao pseudo-language kept
        ("Rumalyn", "geonames-900005", "alias"),  # 8-column alternateNames line
        ("Rmeilan", "geonames-900005", "alias"),
        ("بغداد", "geonames-98182", "alias"),
    ],
)
def test_resolves_geonames_spellings(g: Gazetteer, query: str, place_id: str, method: str) -> None:
    match = g.resolve(query)
    assert (match.id, match.method) == (place_id, method)


def test_arabic_name_prefers_the_preferred_alternate(g: Gazetteer) -> None:
    assert g.get("geonames-900003").name_ar == "جرف الصخر"
    # Without the alternateNames file the first Arabic-script name of the column is used.
    places = {p.id: p for p in read_geonames(DUMP)}
    assert places["geonames-900003"].name_ar == "جرف الصخر"
    assert places["geonames-900004"].name_ar == ""


def test_feature_code_filter() -> None:
    places = read_geonames(DUMP, feature_codes=["S.AIRB", "P.PPLC"])
    assert sorted(p.id for p in places) == ["geonames-170654", "geonames-900004", "geonames-98182"]
    by_class = read_geonames(DUMP, feature_codes=["A"])
    assert sorted(p.kind for p in by_class) == ["country", "country"]
    with pytest.raises(GeoNamesFormatError, match=r"feature_codes \['S.NOPE'\] are not in the feature-code table"):
        read_geonames(DUMP, feature_codes=["S.NOPE"])


def test_feature_table() -> None:
    table = feature_kinds()
    assert table["L.MILB"] == table["S.INSM"] == "military_base"
    assert table["S.AIRF"] == "air_base" and table["S.AIRP"] == "airport"
    assert table["A.ADM1"] == "governorate" and table["P.PPL"] == "town" and table["P.PPLX"] == "area"


def _write(tmp_path: Path, *lines: str) -> Path:
    path = tmp_path / "XX.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("\t".join(GOOD_LINE.split("\t")[:18]), r"line 2: 18 tab-separated columns instead of 19"),
        (GOOD_LINE.replace("33.34058", "north"), r"line 2: column latitude is 'north', not a number"),
        (GOOD_LINE.replace("33.34058", "133.5"), r"line 2: column latitude is '133.5', outside -90..90"),
        (GOOD_LINE.replace("44.40088", ""), r"line 2: column longitude is '', not a number"),
        (GOOD_LINE.replace("98182", "x98182", 1), r"line 2: geonameid 'x98182' is not a positive integer"),
        (GOOD_LINE.replace("\tIQ\t", "\tIraq\t", 1), r"country code 'Iraq' is not an ISO 3166-1 alpha-2 code"),
        ("98182,Baghdad,Baghdad,,33.3,44.4", r"line 2: 1 tab-separated columns instead of 19"),
    ],
)
def test_malformed_line(tmp_path: Path, line: str, message: str) -> None:
    path = _write(tmp_path, GOOD_LINE, line)
    with pytest.raises(GeoNamesFormatError, match=message) as info:
        read_geonames(path)
    assert info.value.line == 2 and info.value.path == path
    assert str(path) in str(info.value) and "Expected the GeoNames 19-column" in str(info.value)
    assert len(GEONAMES_COLUMNS) == 19


def test_malformed_alternate_names(tmp_path: Path) -> None:
    path = tmp_path / "alt.txt"
    path.write_text("1\t98182\tar\tبغداد\t1\t\t\t\t\t\n2\t98182\tar\n", encoding="utf-8")
    with pytest.raises(GeoNamesFormatError, match=r"line 2: 3 tab-separated columns; expected the 10-column"):
        read_alternate_names(path)
    path.write_text("1\tabc\tar\tبغداد\t1\t\t\t\n", encoding="utf-8")
    with pytest.raises(GeoNamesFormatError, match=r"line 1: geonameid 'abc' is not an integer"):
        read_alternate_names(path)


def test_alternate_names_both_widths() -> None:
    names = read_alternate_names(ALTERNATES)
    assert ("ar", "القائم", True) in names[900002]  # 8 columns
    assert ("ar", "جرف النصر", False) in names[900003]  # 10 columns
    assert all(lang not in ("link", "wkdt") for entries in names.values() for lang, _, _ in entries)
    assert set(read_alternate_names(ALTERNATES, geonameids=[98182])) == {98182}


@pytest.mark.parametrize("reader", [read_geonames, read_alternate_names])
def test_file_not_utf8_names_file_line_and_byte(tmp_path: Path, reader) -> None:
    # Line 3 is in Windows-1256 (Arabic "Baghdad"), as a file re-saved by a spreadsheet would be;
    # it lies far past the first block text mode decodes, so the line must be found again.
    path = tmp_path / "XX.txt"
    filler = "# " + "x" * 9000 + "\n"
    path.write_bytes((filler + filler).encode("utf-8") + "1\t98182\tar\t".encode() + "بغداد".encode("cp1256") + b"\t1\t\t\t\n")
    with pytest.raises(GeoNamesFormatError, match=r"XX.txt, line 3: byte b'\\x\w\w' at column 12 is not UTF-8") as info:
        reader(path)
    assert info.value.line == 3 and info.value.path == path
    assert "iconv" in str(info.value)


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        read_geonames(tmp_path / "nope.txt")


def test_merge_with_curated() -> None:
    curated, geonames = Gazetteer.default(), Gazetteer.from_geonames(DUMP)
    merged = curated.merge(geonames)
    assert len(merged) == len(curated) + 11
    assert merged.get("geonames-900004").kind == "air_base"
    # The same town twice: ambiguous, never a silent pick.
    with pytest.raises(AmbiguousPlace, match=r"'Zummar' matches 2 places.*Zummār \(town, IQ-NI\) \| Zummar \(town, IQ-NI\)"):
        merged.resolve("Zummar")


def test_merge_dedupe_leaves_out_the_same_place() -> None:
    curated, geonames = Gazetteer.default(), Gazetteer.from_geonames(DUMP)
    merged = curated.merge(geonames, dedupe_km=10)
    assert merged.resolve("Zummar").id == "iq-zummar"
    assert merged.resolve("Rumaylan", kind="town").id == "sy-rmeilan"
    ids = set(merged.places["id"])
    assert "geonames-900001" not in ids and "geonames-98182" not in ids
    # Mosul from GeoNames (same kind, same point) is dropped; nothing else is lost.
    assert len(merged) < len(curated) + 11
    assert all(p in ids for p in curated.places["id"])
