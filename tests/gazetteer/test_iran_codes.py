"""Iran's provinces carry ISO 3166-2:IR as it stands today, everywhere: boundaries, gazetteer, build tool.

ISO renumbered every Iranian province on 2020-11-24 (ISO Online Browsing Platform, change list as
Wikipedia's "ISO 3166-2:IR" article gives it; see gazetteer/data/README.md). Natural Earth still writes
the codes of before, so ``tools/build_boundaries.py`` recodes its provinces with
``gazetteer/data/iso_3166_2_ir.csv``.
"""
from __future__ import annotations

import csv
from pathlib import Path

import pytest
import shapely

from gazetteer import Gazetteer
from gazetteer.boundaries import Boundaries
from gazetteer.errors import PlaceNotFound
from tests.gazetteer.test_boundaries import _build_module as _tool

REPO = Path(__file__).resolve().parents[2]
TABLE = REPO / "gazetteer" / "data" / "iso_3166_2_ir.csv"

# The 2020-11-24 change as the standard's change list words it ("IR-01 to IR-03, ..."), written out here
# by hand so that the shipped table is checked against it; Golestan (IR-27) and South Khorasan (IR-29)
# kept their codes.
CHANGED_2020 = {
    "IR-01": "IR-03", "IR-02": "IR-04", "IR-03": "IR-24", "IR-04": "IR-10", "IR-05": "IR-16",
    "IR-06": "IR-18", "IR-07": "IR-23", "IR-08": "IR-14", "IR-10": "IR-06", "IR-11": "IR-19",
    "IR-12": "IR-20", "IR-13": "IR-11", "IR-14": "IR-07", "IR-15": "IR-08", "IR-16": "IR-12",
    "IR-17": "IR-05", "IR-18": "IR-17", "IR-19": "IR-01", "IR-20": "IR-15", "IR-21": "IR-02",
    "IR-22": "IR-00", "IR-23": "IR-22", "IR-24": "IR-13", "IR-25": "IR-21", "IR-26": "IR-25",
    "IR-28": "IR-26", "IR-30": "IR-09", "IR-31": "IR-28", "IR-32": "IR-30",
}

# code -> (province, its capital as the gazetteer names it, the capital's point: GeoNames / Wikipedia).
PROVINCES = {
    "IR-00": ("Markazi", "Arak", 34.09493, 49.69809),
    "IR-01": ("Gilan", "Rasht", 37.27611, 49.58862),
    "IR-02": ("Mazandaran", "Sari", 36.56332, 53.06009),
    "IR-03": ("East Azerbaijan", "Tabriz", 38.08000, 46.29190),
    "IR-04": ("West Azerbaijan", "Urmia", 37.55274, 45.07605),
    "IR-05": ("Kermanshah", "Kermanshah", 34.31417, 47.06500),
    "IR-06": ("Khuzestan", "Ahvaz", 31.31901, 48.68420),
    "IR-07": ("Fars", "Shiraz", 29.61031, 52.53113),
    "IR-08": ("Kerman", "Kerman", 30.28321, 57.07879),
    "IR-09": ("Razavi Khorasan", "Mashhad", 36.29807, 59.60567),
    "IR-10": ("Isfahan", "Isfahan", 32.65246, 51.67462),
    "IR-11": ("Sistan and Baluchestan", "Zahedan", 29.49630, 60.86290),
    "IR-12": ("Kurdistan", "Sanandaj", 35.31495, 46.99883),
    "IR-13": ("Hamadan", "Hamadan", 34.79922, 48.51456),
    "IR-14": ("Chaharmahal and Bakhtiari", "Shahrekord", 32.32612, 50.85720),
    "IR-15": ("Lorestan", "Khorramabad", 33.48778, 48.35583),
    "IR-16": ("Ilam", "Ilam", 33.63740, 46.42270),
    "IR-17": ("Kohgiluyeh and Boyer-Ahmad", "Yasuj", 30.66824, 51.58796),
    "IR-18": ("Bushehr", "Bushehr", 28.96887, 50.83657),
    "IR-19": ("Zanjan", "Zanjan", 36.67642, 48.49628),
    "IR-20": ("Semnan", "Semnan", 35.57691, 53.39205),
    "IR-21": ("Yazd", "Yazd", 31.89722, 54.36750),
    "IR-22": ("Hormozgan", "Minab", 27.13104, 57.08716),
    "IR-23": ("Tehran", "Tehran", 35.69439, 51.42151),
    "IR-24": ("Ardabil", "Ardabil", 38.24980, 48.29330),
    "IR-25": ("Qom", "Qom", 34.64010, 50.87640),
    "IR-26": ("Qazvin", "Qazvin", 36.26877, 50.00410),
    "IR-27": ("Golestan", "Gorgan", 36.84270, 54.44391),
    "IR-28": ("North Khorasan", "Bojnurd", 37.47473, 57.32903),
    "IR-29": ("South Khorasan", "Birjand", 32.86628, 59.22114),
    "IR-30": ("Alborz", "Karaj", 35.83266, 50.99155),
}


@pytest.fixture(scope="module")
def b() -> Boundaries:
    return Boundaries.default()


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.default()


def _table() -> list[dict[str, str]]:
    with TABLE.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def test_the_code_table_is_the_standard_of_today() -> None:
    rows = _table()
    assert {r["iso_code"]: r["name"] for r in rows} == {c: p[0] for c, p in PROVINCES.items()}
    before = {r["iso_code_before_2020"]: r["iso_code"] for r in rows}
    assert {old: new for old, new in before.items() if old != new} == CHANGED_2020
    assert {old for old, new in before.items() if old == new} == {"IR-27", "IR-29"}


@pytest.mark.parametrize("code", sorted(PROVINCES))
def test_each_province_by_code_name_and_a_city_inside_it(b: Boundaries, gaz: Gazetteer, code: str) -> None:
    name, city, lat, lon = PROVINCES[code]
    assert b.province_name(code) == name
    assert b.province_code(name, country="IR") == code
    assert b.province_selection(code) == [code]
    assert b.locate([lon], [lat])["admin1"].tolist() == [code]
    match = gaz.resolve(city, country="IR")  # a bare capital's name is the city, not its province
    assert match.place.kind in ("city", "town") and match.place.admin1 == code
    assert match.place.admin1_name == name
    assert abs(match.place.lat - lat) < 0.01 and abs(match.place.lon - lon) < 0.01
    province = gaz.resolve(f"{name} province", country="IR")
    assert province.place.kind == "governorate" and province.place.admin1 == code


def test_every_iranian_place_carries_a_code_of_today(gaz: Gazetteer, b: Boundaries) -> None:
    places = gaz.places
    iranian = places.loc[(places["country"] == "IR") & (places["admin1"] != "")]
    assert len(iranian) > 300
    assert set(iranian["admin1"]) == set(PROVINCES)
    located = b.locate(iranian["lon"], iranian["lat"])["admin1"]  # a port just off the coast too (Bandar Abbas)
    assert iranian.loc[located != iranian["admin1"], "id"].tolist() == []


@pytest.mark.parametrize("old, name, now", [("IR-32", "Alborz", "IR-30"), ("IR-31", "North Khorasan", "IR-28")])
def test_a_code_only_the_old_edition_had_is_refused_and_named(b: Boundaries, old: str, name: str, now: str) -> None:
    expected = rf"{old} was {name}'s code before ISO renumbered Iran's provinces in 2020 .*: {name} is {now}"
    with pytest.raises(PlaceNotFound, match=expected):
        b.province_selection(old.lower())
    with pytest.raises(PlaceNotFound, match=expected):
        b.province_name(old)


def test_a_code_both_editions_have_means_the_province_of_today(b: Boundaries, caplog) -> None:
    import logging

    with caplog.at_level(logging.INFO, logger="gazetteer.province_names"):
        assert b.province_selection("IR-10") == ["IR-10"] and b.province_name("IR-10") == "Isfahan"
        assert b.province_selection("IR-04") == ["IR-04"] and b.province_name("IR-04") == "West Azerbaijan"
        assert b.province_selection("Esfahan") == ["IR-10"]
    assert caplog.text == ""  # the standard of today is read as it is, without a word


# --------------------------------------------------------------------------- the build tool


def _natural_earth_iran() -> dict:
    """Iran's 31 provinces with Natural Earth's properties (its adm1_code, name_en and the code of before
    2020, Tehran's IR-07 on Alborz), each a small square of its own."""
    features = []
    for i, row in enumerate(_table()):
        x, y = 45.0 + (i % 8), 26.0 + (i // 8)
        props = {"adm1_code": row["ne_adm1_code"], "iso_3166_2": row["ne_iso_3166_2"], "iso_a2": "IR",
                 "name": row["name"], "name_en": row["name"], "name_ar": None, "wikidataid": "Q1",
                 "gn_id": -1}
        features.append({"type": "Feature", "properties": props,
                         "geometry": shapely.geometry.mapping(shapely.box(x, y, x + 1, y + 1))})
    return {"type": "FeatureCollection", "features": features}


def test_the_build_tool_writes_the_codes_of_today() -> None:
    tool = _tool()
    fc, _ = tool.build(_natural_earth_iran(), countries=["IR"])
    got = {f["properties"]["admin1_name"]: f["properties"]["admin1"] for f in fc["features"]}
    assert got == {name: code for code, (name, *_rest) in PROVINCES.items()}
    assert got["Isfahan"] == "IR-10" and got["Alborz"] == "IR-30" and got["Tehran"] == "IR-23"


def test_the_shipped_file_is_what_the_build_tool_writes_for_iran(b: Boundaries) -> None:
    """admin1.geojson keeps no adm1_code; each Iranian feature's name and Wikidata item tie it to its row."""
    shipped = b.frame.loc[b.frame["country"] == "IR"]
    assert dict(zip(shipped["admin1"], shipped["admin1_name"])) == {c: p[0] for c, p in PROVINCES.items()}
    assert shipped["admin1"].tolist() == sorted(PROVINCES)  # the tool's order: country, then code
    wikidata = dict(zip(shipped["admin1"], shipped["wikidata"]))
    assert (wikidata["IR-10"], wikidata["IR-06"], wikidata["IR-30"]) == ("Q1367759", "Q241119", "Q392522")


def test_the_build_tool_fails_loudly_on_a_province_it_cannot_place() -> None:
    tool = _tool()
    unknown = _natural_earth_iran()
    unknown["features"][0]["properties"]["adm1_code"] = "IRN-9999"
    with pytest.raises(tool.BuildError, match=r"Iranian province 'Markazi' \(adm1_code 'IRN-9999', coded IR-22\) "
                                              r"is not in iso_3166_2_ir\.csv"):
        tool.build(unknown, countries=["IR"])
    renamed = _natural_earth_iran()
    renamed["features"][10]["properties"]["iso_3166_2"] = "IR-10"
    with pytest.raises(tool.BuildError, match=r"expects IRN-3211 to be 'Isfahan' coded IR-04, the source has "
                                              r"'Isfahan' coded IR-10"):
        tool.build(renamed, countries=["IR"])
    fewer = _natural_earth_iran()
    del fewer["features"][-1]
    with pytest.raises(tool.BuildError, match=r"lacks the Iranian province\(s\) \['IRN-5490'\]"):
        tool.build(fewer, countries=["IR"])
