"""Admin-1 boundaries: the shipped file, point lookup, province names, user files, the build script."""
from __future__ import annotations

import importlib.resources
import importlib.util
import json
import sys
from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd
import pyproj
import pytest
import shapely
from hypothesis import given, settings
from hypothesis import strategies as st

from gazetteer.boundaries import Boundaries
from gazetteer.pointindex import GRID_FROM
from gazetteer.errors import AmbiguousPlace, BoundaryError, InvalidName, PlaceNotFound

REPO = Path(__file__).resolve().parents[2]

IRAQ = {"IQ-AN", "IQ-AR", "IQ-BA", "IQ-BB", "IQ-BG", "IQ-DA", "IQ-DI", "IQ-DQ", "IQ-KA",
        "IQ-MA", "IQ-MU", "IQ-NA", "IQ-NI", "IQ-QA", "IQ-SD", "IQ-SU", "IQ-KI", "IQ-WA"}
SYRIA = {"SY-DI", "SY-DR", "SY-DY", "SY-HA", "SY-HI", "SY-HL", "SY-HM", "SY-ID", "SY-LA",
         "SY-QU", "SY-RA", "SY-RD", "SY-SU", "SY-TA"}


@pytest.fixture(scope="module")
def b() -> Boundaries:
    return Boundaries.default()


# --------------------------------------------------------------------------- shipped data

def test_shipped_file_is_rfc7946_and_small() -> None:
    resource = importlib.resources.files("gazetteer").joinpath("data", "admin1.geojson")
    raw = resource.read_bytes()
    assert len(raw) < 3_000_000
    fc = json.loads(raw)
    assert "crs" not in fc and fc["type"] == "FeatureCollection"
    keys = {"admin1", "admin1_name", "name_ar", "name_alt", "country", "wikidata", "geonames_id"}
    for feature in fc["features"]:
        assert set(feature["properties"]) == keys
        geom = shapely.geometry.shape(feature["geometry"])
        assert geom.is_valid, feature["properties"]["admin1"]
        # RFC 7946 right-hand rule: exterior rings counter-clockwise.
        for poly in shapely.get_parts(geom):
            assert poly.exterior.is_ccw, feature["properties"]["admin1"]
        coords = shapely.get_coordinates(geom)
        assert np.allclose(coords, np.round(coords, 5), atol=1e-9)


def test_every_iraqi_and_syrian_governorate_is_present(b: Boundaries) -> None:
    codes = set(b.frame["admin1"])
    assert IRAQ <= codes and SYRIA <= codes
    assert set(b.frame.loc[b.frame["country"] == "IQ", "admin1"]) == IRAQ
    # Syria's 14 governorates plus Natural Earth's UNDOF zone on the Golan line.
    assert set(b.frame.loc[b.frame["country"] == "SY", "admin1"]) == SYRIA | {"SY-X01~"}
    assert b.frame.crs.to_epsg() == 4326
    assert {"IQ", "SY", "TR", "IR", "JO", "SA", "KW", "LB", "IL", "PS"} <= set(b.frame["country"])


def test_shipped_provinces_form_a_coverage(b: Boundaries) -> None:
    # Neighbours share their edges exactly: no overlaps, no slivers.
    assert shapely.coverage_is_valid(np.asarray(b.frame.geometry.values))


# --------------------------------------------------------------------------- locate

KNOWN_POINTS = [
    # name, lon, lat, country, admin1
    ("Ain al-Asad air base", 42.44, 33.80, "IQ", "IQ-AN"),
    ("Rumeilan", 42.05, 36.85, "SY", "SY-HA"),
    ("Zummar", 42.60, 36.65, "IQ", "IQ-NI"),
    ("Damascus", 36.29, 33.51, "SY", "SY-DI"),
    ("Tehran", 51.39, 35.69, "IR", "IR-23"),
    ("Erbil", 44.01, 36.19, "IQ", "IQ-AR"),
    ("Jurf al-Sakhar", 44.22, 32.87, "IQ", "IQ-BB"),
    ("al-Qa'im", 41.04, 34.37, "IQ", "IQ-AN"),
    ("Tower 22", 38.76, 33.33, "JO", "JO-MA"),
    ("Isfahan", 51.67, 32.65, "IR", "IR-10"),
    ("Karaj (Alborz)", 50.99, 35.83, "IR", "IR-30"),
]


@pytest.mark.parametrize("name, lon, lat, country, admin1", KNOWN_POINTS, ids=[p[0] for p in KNOWN_POINTS])
def test_locate_known_points(b: Boundaries, name: str, lon: float, lat: float, country: str, admin1: str) -> None:
    row = b.locate([lon], [lat]).iloc[0]
    assert (row["country"], row["admin1"]) == (country, admin1), name
    assert row["admin1_name"] == b.province_name(admin1)


def test_locate_vectorised_with_nan_and_sea(b: Boundaries) -> None:
    lon = np.array([42.44, np.nan, 34.0, 42.05, 42.44, -30.0])
    lat = np.array([33.80, 33.80, 33.5, 36.85, np.nan, 10.0])  # 34.0/33.5 is the Mediterranean
    found = b.locate(lon, lat)
    assert list(found.columns) == ["country", "admin1", "admin1_name"]
    assert list(found.index) == list(range(6))
    assert found["admin1"].tolist() == ["IQ-AN", None, None, "SY-HA", None, None]
    assert found["country"].isna().tolist() == [False, True, True, False, True, True]


def test_locate_keeps_a_series_index_and_takes_scalars(b: Boundaries) -> None:
    lon = pd.Series([36.29, 42.60], index=["x", "y"])
    lat = pd.Series([33.51, 36.65], index=["x", "y"])
    found = b.locate(lon, lat)
    assert found.loc["y", "admin1"] == "IQ-NI"
    assert b.locate(36.29, 33.51)["admin1"].tolist() == ["SY-DI"]
    assert len(b.locate([], [])) == 0


def test_locate_rejects_mismatched_or_non_numeric_arrays(b: Boundaries) -> None:
    with pytest.raises(ValueError, match=r"equal length; got shapes \(2,\) and \(3,\)"):
        b.locate([1.0, 2.0], [1.0, 2.0, 3.0])
    with pytest.raises(ValueError, match=r"lon and lat must be numbers .*'Zummar'"):
        b.locate(["Zummar"], [36.65])


def test_locate_agrees_with_a_plain_spatial_join(b: Boundaries) -> None:
    # The grid index must give exactly what geopandas' sjoin gives, including
    # points on grid lines (multiples of 0.5 degrees) and on province vertices.
    # Big enough for the grid index (GRID_FROM); small chunks take the plain-tree path.
    rng = np.random.default_rng(7)
    lon = np.r_[rng.uniform(25, 64, GRID_FROM), np.repeat(np.arange(34.0, 49.0, 0.5), 20)]
    lat = np.r_[rng.uniform(12, 43, GRID_FROM), np.tile(np.arange(29.0, 39.0, 0.5), 30)]
    verts = shapely.get_coordinates(b.frame.geometry.values[b.frame["country"].isin(["IQ", "SY"])])[::37]
    lon, lat = np.r_[lon, verts[:, 0]], np.r_[lat, verts[:, 1]]
    ours = b.locate(lon, lat, tolerance_km=0)["admin1"].to_numpy(object)  # membership; the coast's tolerance aside
    tolerant = b.locate(lon, lat)["admin1"].to_numpy(object)
    assert (tolerant == ours)[pd.notna(ours)].all() and 0 < pd.notna(tolerant).sum() - pd.notna(ours).sum() < 1000
    pts = gpd.GeoDataFrame(geometry=gpd.points_from_xy(lon, lat), crs="EPSG:4326")
    joined = gpd.sjoin(pts, b.frame[["admin1", "geometry"]], how="left", predicate="intersects")
    # On a shared edge the contract is "first province in frame order".
    joined["pos"] = joined["index_right"]
    theirs = joined.sort_values("pos").groupby(level=0)["admin1"].first().reindex(range(len(lon)))
    theirs = theirs.to_numpy(object)
    same = (ours == theirs) | (pd.isna(ours) & pd.isna(theirs))
    assert same.all(), list(zip(lon[~same][:5], lat[~same][:5], ours[~same][:5], theirs[~same][:5]))
    small = np.concatenate([Boundaries(b.frame).locate(lon[i:i + 5000], lat[i:i + 5000])["admin1"]
                            .to_numpy(object) for i in range(0, len(lon), 5000)])
    assert ((small == ours) | (pd.isna(small) & pd.isna(ours))).all()


def test_point_on_a_shared_edge_goes_to_the_first_province_whatever_the_order(b: Boundaries) -> None:
    an = b.frame.geometry[b.frame["admin1"] == "IQ-AN"].iloc[0]
    dy = b.frame.geometry[b.frame["admin1"] == "SY-DY"].iloc[0]
    shared = shapely.get_coordinates(an.boundary.intersection(dy.boundary))
    assert len(shared) > 2
    pos = {c: i for i, c in enumerate(b.frame["admin1"])}
    expected = "IQ-AN" if pos["IQ-AN"] < pos["SY-DY"] else "SY-DY"
    forward = b.locate(shared[:, 0], shared[:, 1])["admin1"].tolist()
    backward = b.locate(shared[::-1, 0], shared[::-1, 1])["admin1"].tolist()
    assert set(forward) == {expected}
    assert backward == forward[::-1]


def _points_inside(geom: shapely.Geometry, inset_m: float, step_m: float) -> np.ndarray:
    c = geom.centroid
    crs = pyproj.CRS.from_proj4(f"+proj=aeqd +lat_0={c.y} +lon_0={c.x} +datum=WGS84 +units=m")
    tr = pyproj.Transformer.from_crs(4326, crs, always_xy=True)
    local = shapely.transform(geom, lambda xy: np.column_stack(tr.transform(xy[:, 0], xy[:, 1])))
    ring = shapely.segmentize(local.buffer(-inset_m).boundary, step_m)
    xy = shapely.get_coordinates(ring)
    return np.column_stack(tr.transform(xy[:, 0], xy[:, 1], direction="INVERSE"))


@pytest.mark.parametrize("code", sorted(IRAQ | SYRIA))
def test_points_1km_inside_each_province_are_located_in_it(b: Boundaries, code: str) -> None:
    geom = b.frame.geometry[b.frame["admin1"] == code].iloc[0]
    pts = _points_inside(geom, 1000.0, 3000.0)
    assert len(pts) > 10
    found = b.locate(pts[:, 0], pts[:, 1])["admin1"]
    assert (found == code).all(), found[found != code].head().tolist()


def test_countries_are_dissolved_and_cached(b: Boundaries) -> None:
    countries = b.countries()
    assert list(countries.columns) == ["country", "geometry"]
    assert len(countries) == b.frame["country"].nunique()
    iraq = countries.loc[countries["country"] == "IQ", "geometry"].iloc[0]
    assert iraq.contains(shapely.Point(44.36, 33.31))  # Baghdad
    parts = b.frame.geometry.values[(b.frame["country"] == "IQ").to_numpy()]
    assert iraq.area == pytest.approx(shapely.area(np.asarray(parts)).sum(), rel=1e-6)
    assert b.countries() is countries


# --------------------------------------------------------------------------- names

SPELLINGS = [
    ("Anbar", "IQ-AN"), ("Al-Anbar", "IQ-AN"), ("al-Anbar Governorate", "IQ-AN"),
    ("Anbar Province", "IQ-AN"), ("الأنبار", "IQ-AN"), ("محافظة الأنبار", "IQ-AN"),
    ("IQ-AN", "IQ-AN"), ("iq-an", "IQ-AN"), (" Al Anbar ", "IQ-AN"),
    ("Hasaka", "SY-HA"), ("Hasakah", "SY-HA"), ("al-Hasakah", "SY-HA"), ("Hassakeh", "SY-HA"),
    ("Hasakeh", "SY-HA"), ("الحسكة", "SY-HA"), ("SY-HA", "SY-HA"), ("Al-Hasakah Governorate", "SY-HA"),
    ("Nineveh", "IQ-NI"), ("Ninawa", "IQ-NI"), ("Ninewa", "IQ-NI"), ("نينوى", "IQ-NI"),
    ("Babil", "IQ-BB"), ("Babylon", "IQ-BB"), ("Babel", "IQ-BB"), ("بابل", "IQ-BB"),
    ("Deir ez-Zor", "SY-DY"), ("Deir al-Zour", "SY-DY"), ("Dayr az Zawr", "SY-DY"),
    ("دير الزور", "SY-DY"),
    ("Salah al-Din", "IQ-SD"), ("Salahuddin", "IQ-SD"), ("Saladin", "IQ-SD"), ("صلاح الدين", "IQ-SD"),
    ("Karbala", "IQ-KA"), ("Kerbala", "IQ-KA"), ("Diyala", "IQ-DI"),
    ("Erbil", "IQ-AR"), ("Arbil", "IQ-AR"), ("Duhok", "IQ-DA"), ("Dohuk", "IQ-DA"),
    ("Sulaymaniyah", "IQ-SU"), ("Kirkuk", "IQ-KI"), ("IQ-TS", "IQ-KI"), ("At-Ta'mim", "IQ-KI"),
    ("Baghdad", "IQ-BG"), ("Damascus", "SY-DI"), ("Rif Dimashq", "SY-RD"), ("Rural Damascus", "SY-RD"),
    ("Raqqa", "SY-RA"), ("Aleppo", "SY-HL"), ("Halab", "SY-HL"), ("Homs", "SY-HI"),
    ("Tehran", "IR-23"), ("Gaza", "PS-GZZ"), ("West Bank", "PS-WBK"),
]


@pytest.mark.parametrize("name, code", SPELLINGS)
def test_province_code_accepts_every_spelling(b: Boundaries, name: str, code: str) -> None:
    assert b.province_code(name) == code


def test_province_codes_lists_all_matches(b: Boundaries) -> None:
    assert b.province_codes("Northern") == ["BH-17", "IL-Z"]
    assert b.province_codes("Northern", country="il") == ["IL-Z"]
    assert b.province_codes("Hassakeh") == ["SY-HA"]
    assert b.province_codes("Atlantis") == []


def test_ambiguous_name_needs_a_country(b: Boundaries) -> None:
    with pytest.raises(AmbiguousPlace, match=r"'Northern' is ambiguous: Northern \(BH-17\) \| Northern \(IL-Z\); pass country=") as info:
        b.province_code("Northern")
    assert info.value.candidates == [("Northern", "BH-17"), ("Northern", "IL-Z")]
    assert b.province_code("Northern", country="IL") == "IL-Z"


def test_unknown_name_offers_the_three_closest(b: Boundaries) -> None:
    with pytest.raises(PlaceNotFound, match=r"no province called 'Atlantis'; closest: .+\(.+, \d+\)") as info:
        b.province_code("Atlantis")
    assert len(info.value.candidates) == 3
    assert info.value.query == "Atlantis"


def test_typo_close_to_one_province_is_accepted_but_far_ones_are_not(b: Boundaries) -> None:
    assert b.province_code("Ninawah") == "IQ-NI"
    with pytest.raises(PlaceNotFound, match=r"no province called 'Hasa' in country 'IQ'") as info:
        b.province_code("Hasa", country="IQ")
    assert all(code.startswith("IQ-") for _, code, _ in info.value.candidates)


def test_country_hint_filters_codes(b: Boundaries) -> None:
    assert b.province_code("IQ-AN", country="IQ") == "IQ-AN"
    with pytest.raises(PlaceNotFound, match="'Anbar' in country 'SY'"):
        b.province_code("Anbar", country="SY")


@pytest.mark.parametrize("bad", ["", "   ", None, 42])
def test_blank_or_non_text_name_is_invalid(b: Boundaries, bad: object) -> None:
    with pytest.raises(InvalidName, match="empty or not text"):
        b.province_code(bad)  # type: ignore[arg-type]


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=60))
def test_no_text_crashes_province_code(text: str) -> None:
    # Any text either resolves to a shipped code or raises one of the documented errors.
    b = Boundaries.default()
    try:
        code = b.province_code(text)
    except (InvalidName, PlaceNotFound, AmbiguousPlace) as err:
        assert text.strip() == "" if isinstance(err, InvalidName) else repr(text) in str(err)
    else:
        assert code in set(b.frame["admin1"])


@settings(max_examples=100, deadline=None)
@given(st.lists(st.tuples(st.floats(30, 50) | st.just(float("nan")),
                          st.floats(25, 40) | st.just(float("nan"))), max_size=40))
def test_locate_answers_each_point_on_its_own(points: list[tuple[float, float]]) -> None:
    # The answer for a point does not depend on the other points in the batch or their order.
    b = Boundaries.default()
    lon = np.array([p[0] for p in points], dtype=float)
    lat = np.array([p[1] for p in points], dtype=float)
    batch = b.locate(lon, lat)["admin1"].tolist()
    one_by_one = [b.locate([x], [y])["admin1"].iloc[0] for x, y in zip(lon, lat)]
    assert batch == one_by_one
    assert b.locate(lon[::-1], lat[::-1])["admin1"].tolist() == batch[::-1]


def test_province_name(b: Boundaries) -> None:
    assert b.province_name("iq-ni") == "Nineveh"
    assert b.province_name("SY-HA") == "Al-Hasakah"
    with pytest.raises(PlaceNotFound, match="no province has code 'XX-1'"):
        b.province_name("XX-1")


def test_default_is_cached() -> None:
    assert Boundaries.default() is Boundaries.default()


# --------------------------------------------------------------------------- user files

@pytest.fixture()
def user_frame(b: Boundaries) -> gpd.GeoDataFrame:
    """Three provinces renamed the way geoBoundaries names its columns."""
    sub = b.frame[b.frame["admin1"].isin(["IQ-AN", "IQ-NI", "SY-HA"])]
    return gpd.GeoDataFrame({
        "shapeISO": sub["admin1"].tolist(),
        "shapeName": ["Anbar Gov.", "Ninewa Gov.", "Hasakeh Gov."],
        "ADM0": ["IQ", "IQ", "SY"],
        "nameAR": sub["name_ar"].tolist(),
        "alt": ["Ramadi|Dulaim", "Mosul", None],
        "geometry": sub.geometry.tolist(),
    }, crs="EPSG:4326")


@pytest.mark.parametrize("ext, driver", [(".gpkg", "GPKG"), (".geojson", "GeoJSON")])
def test_from_file_reads_other_column_names_and_reprojects(tmp_path: Path, user_frame: gpd.GeoDataFrame,
                                                           ext: str, driver: str) -> None:
    path = tmp_path / f"adm1{ext}"
    projected = user_frame.to_crs("EPSG:32638") if ext == ".gpkg" else user_frame
    projected.to_file(path, driver=driver, engine="pyogrio")
    mine = Boundaries.from_file(path, code_column="shapeISO", name_column="shapeName",
                                country_column="ADM0", name_ar_column="nameAR",
                                alt_names_column="alt")
    assert mine.frame.crs.to_epsg() == 4326
    assert list(mine.frame.columns[:5]) == ["admin1", "admin1_name", "name_ar", "name_alt", "country"]
    found = mine.locate([42.44, 42.60, 42.05, 44.36], [33.80, 36.65, 36.85, 33.31])
    assert found["admin1"].tolist() == ["IQ-AN", "IQ-NI", "SY-HA", None]
    assert found["admin1_name"].tolist()[:3] == ["Anbar Gov.", "Ninewa Gov.", "Hasakeh Gov."]
    assert mine.province_code("Mosul") == "IQ-NI"
    assert mine.province_code("الحسكة") == "SY-HA"
    assert mine.province_code("Anbar Gov") == "IQ-AN"
    assert mine.province_code("Hasaka") == "SY-HA"  # curated aliases apply to codes the file has
    assert set(mine.countries()["country"]) == {"IQ", "SY"}


def test_from_file_derives_country_from_the_code_and_picks_a_layer(tmp_path: Path,
                                                                   user_frame: gpd.GeoDataFrame) -> None:
    path = tmp_path / "cod.gpkg"
    user_frame.iloc[:1].to_file(path, layer="other", engine="pyogrio")
    user_frame.to_file(path, layer="adm1", engine="pyogrio")
    mine = Boundaries.from_file(path, code_column="shapeISO", name_column="shapeName", layer="adm1")
    assert mine.frame["country"].tolist() == ["IQ", "IQ", "SY"]
    assert mine.frame["name_ar"].isna().all()
    with pytest.raises(BoundaryError, match=r"cannot read boundary file '.*cod\.gpkg' \(layer 'adm2'\)"):
        Boundaries.from_file(path, code_column="shapeISO", name_column="shapeName", layer="adm2")


def test_from_file_names_the_missing_columns(tmp_path: Path, user_frame: gpd.GeoDataFrame) -> None:
    path = tmp_path / "adm1.geojson"
    user_frame.to_file(path, engine="pyogrio")
    with pytest.raises(BoundaryError, match=r"has no column\(s\) \['ADM1_PCODE', 'ADM1_AR'\]; "
                                            r"its columns are \['shapeISO', 'shapeName'") as info:
        Boundaries.from_file(path, code_column="ADM1_PCODE", name_column="shapeName",
                             name_ar_column="ADM1_AR")
    assert info.value.missing == ["ADM1_PCODE", "ADM1_AR"]
    assert info.value.path == str(path)


def test_from_file_missing_and_unreadable_files(tmp_path: Path) -> None:
    with pytest.raises(BoundaryError, match=r"boundary file '.*nope\.gpkg' does not exist"):
        Boundaries.from_file(tmp_path / "nope.gpkg", code_column="a", name_column="b")
    junk = tmp_path / "junk.geojson"
    junk.write_text("this is not GeoJSON {", encoding="utf-8")
    with pytest.raises(BoundaryError, match=r"cannot read boundary file '.*junk\.geojson'"):
        Boundaries.from_file(junk, code_column="a", name_column="b")


def test_from_file_repairs_invalid_polygons_and_takes_a_frame_in_another_crs(tmp_path: Path) -> None:
    bowtie = shapely.Polygon([(40, 30), (42, 32), (42, 30), (40, 32)])  # self-intersecting
    frame = gpd.GeoDataFrame({"code": ["IQ-XX"], "name": ["Bowtie"]}, geometry=[bowtie], crs="EPSG:4326")
    path = tmp_path / "bowtie.gpkg"
    frame.to_file(path, engine="pyogrio")
    mine = Boundaries.from_file(path, code_column="code", name_column="name")
    assert mine.frame.geometry.is_valid.all()
    assert mine.locate([40.2, 41.8, 41.0], [31.0, 31.0, 30.2])["admin1"].tolist() == ["IQ-XX", "IQ-XX", None]
    projected = Boundaries(mine.frame.to_crs("EPSG:3857"))
    assert projected.frame.crs.to_epsg() == 4326
    assert projected.locate([40.2], [31.0])["admin1"].tolist() == ["IQ-XX"]


def test_from_file_refuses_empty_codes_and_points(tmp_path: Path, user_frame: gpd.GeoDataFrame) -> None:
    blank = user_frame.copy()
    blank.loc[1, "shapeISO"] = None
    path = tmp_path / "blank.gpkg"
    blank.to_file(path, engine="pyogrio")
    with pytest.raises(BoundaryError, match=r"1 unusable row\(s\): row 2, column 'shapeISO': empty code"):
        Boundaries.from_file(path, code_column="shapeISO", name_column="shapeName")
    points = user_frame.copy()
    points["geometry"] = points.representative_point()
    path = tmp_path / "points.gpkg"
    points.to_file(path, engine="pyogrio")
    with pytest.raises(BoundaryError, match=r"holds \['Point'\] geometries; expected Polygon"):
        Boundaries.from_file(path, code_column="shapeISO", name_column="shapeName")


# --------------------------------------------------------------------------- build script

def _build_module():
    spec = importlib.util.spec_from_file_location("build_boundaries", REPO / "tools" / "build_boundaries.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["build_boundaries"] = module
    spec.loader.exec_module(module)
    return module


def _wiggly_pair() -> dict:
    """Two provinces (Natural Earth's properties) sharing a zig-zag edge along lon 44."""
    ys = np.linspace(33.0, 34.0, 201)
    edge = [(44.0 + 0.002 * np.sin(i), y) for i, y in enumerate(ys)]
    west = shapely.Polygon([(43.0, 33.0), *edge, (43.0, 34.0)])
    east = shapely.Polygon([*edge[::-1], (45.0, 33.0), (45.0, 34.0)][::-1])
    west, east = shapely.orient_polygons(west), shapely.orient_polygons(east)

    def props(code: str, name: str) -> dict:
        return {"iso_3166_2": code, "iso_a2": "IQ", "name": name, "name_en": f"{name} Province",
                "name_alt": f"{name}a|{name}", "gn_name": f"Muhafazat {name}", "gns_name": None,
                "woe_name": name, "name_ar": "محافظة " + name, "wikidataid": "Q1", "gn_id": -1}

    return {"type": "FeatureCollection", "features": [
        {"type": "Feature", "properties": props("IQ-WW", "West"), "geometry": shapely.geometry.mapping(west)},
        {"type": "Feature", "properties": props("IQ-EE", "East"), "geometry": shapely.geometry.mapping(east)},
        {"type": "Feature", "properties": {**props("TR-01", "Far"), "iso_a2": "TR"},
         "geometry": shapely.geometry.mapping(shapely.box(30, 38, 31, 39))},
    ]}


def test_build_script_simplifies_within_limits_and_keeps_shared_edges(tmp_path: Path) -> None:
    tool = _build_module()
    source = tmp_path / "admin1.json"
    source.write_text(json.dumps(_wiggly_pair()), encoding="utf-8")
    fc, deviations = tool.build(tool.load_source(source), countries=["IQ"], tolerance=0.01)
    assert [f["properties"]["admin1"] for f in fc["features"]] == ["IQ-EE", "IQ-WW"]
    west = fc["features"][1]["properties"]
    assert west == {"admin1": "IQ-WW", "admin1_name": "West Province", "name_ar": "محافظة West",
                    "name_alt": "West|Westa|Muhafazat West", "country": "IQ", "wikidata": "Q1",
                    "geonames_id": None}
    geoms = [shapely.geometry.shape(f["geometry"]) for f in fc["features"]]
    assert shapely.coverage_is_valid(geoms)
    assert shapely.get_num_coordinates(geoms[1]) < 100  # the zig-zag was simplified
    assert deviations[0].country == "IQ" and 0 < deviations[0].max_m < 1000
    out = tmp_path / "out.geojson"
    tool.write_geojson(fc, out)
    assert json.loads(out.read_text(encoding="utf-8")) == json.loads(json.dumps(fc))


def test_build_script_fails_when_the_outline_moves_too_far(tmp_path: Path) -> None:
    tool = _build_module()
    collection = _wiggly_pair()
    with pytest.raises(tool.BuildError, match=r"moved outlines too far: IQ \d+ m at IQ-\w\w \(limit 100 m\)"):
        tool.build(collection, countries=["IQ"], tolerance=0.01, max_deviation_m=100.0)
    with pytest.raises(tool.BuildError, match=r"no features for countries \['ZZ'\]"):
        tool.build(collection, countries=["IQ", "ZZ"])
    with pytest.raises(tool.BuildError, match=r"--source '.*missing\.json' does not exist"):
        tool.load_source(tmp_path / "missing.json")


def test_build_script_cli_writes_atomically_and_reports(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    tool = _build_module()
    source = tmp_path / "admin1.json"
    source.write_text(json.dumps(_wiggly_pair()), encoding="utf-8")
    out = tmp_path / "shipped.geojson"
    assert tool.main(["--source", str(source), "-o", str(out), "--countries", "IQ,TR",
                      "--tolerance", "0.01"]) == 0
    printed = capsys.readouterr().out
    assert "max deviation" in printed and "IQ-" in printed
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []
    before = out.read_bytes()
    assert tool.main(["--source", str(source), "-o", str(out), "--countries", "IQ",
                      "--max-deviation-m", "1"]) == 1
    assert "lower --tolerance" in capsys.readouterr().err
    assert out.read_bytes() == before  # a failed build leaves the old file untouched


def test_build_script_measures_deviation_in_metres_and_catches_points_left_outside() -> None:
    tool = _build_module()
    square = shapely.box(42.0, 33.0, 43.0, 34.0)
    moved = shapely.box(42.01, 33.0, 43.01, 34.0)
    # 0.01 degree of longitude at 33-34 N is 923-933 m (WGS84 ellipsoid).
    assert tool.deviation_m(square, moved) == pytest.approx(932.0, abs=6.0)
    assert tool.deviation_m(square, square) < 1e-6
    shifted = np.array([shapely.box(42.03, 33.0, 43.03, 34.0)], dtype=object)
    problems = tool.check_inside([square], shifted, ["IQ-XX"])
    assert problems and problems[0].startswith("IQ-XX: point (42.0")
    assert "1000 m inside the original is not in the shipped polygon" in problems[0]
    assert tool.check_inside([square], np.array([square], dtype=object), ["IQ-XX"]) == []


def test_docstring_examples_hold() -> None:
    import doctest

    import gazetteer.boundaries

    result = doctest.testmod(gazetteer.boundaries, optionflags=doctest.ELLIPSIS)
    assert result.attempted >= 15 and result.failed == 0


def test_points_on_a_polygon_edge_that_lies_on_a_grid_line_are_inside() -> None:
    # The lookup grid has 0.5-degree cells; an edge exactly on a cell line
    # must still count the points on it, as shapely's "intersects" does.
    frame = gpd.GeoDataFrame({"admin1": ["IQ-XX"], "admin1_name": ["Box"], "name_ar": [None],
                              "name_alt": [None], "country": ["IQ"]},
                             geometry=[shapely.box(40, 40, 41, 41)], crs="EPSG:4326")
    lon = [41.0, 40.5, 41.0, 40.0, 41.5, 40.5]
    lat = [40.5, 41.0, 41.0, 40.0, 40.5, 41.5]
    expected = ["IQ-XX"] * 4 + [None, None]
    assert Boundaries(frame).locate(lon, lat)["admin1"].tolist() == expected
    repeats = GRID_FROM // len(lon) + 1  # a batch this big goes through the grid index
    found = Boundaries(frame).locate(np.tile(lon, repeats), np.tile(lat, repeats))
    assert found["admin1"].tolist() == expected * repeats


def _kirkuk(code: str = "IQ-TS", name: str = "Kirkuk") -> dict:
    """Kirkuk as Natural Earth writes it (its adm1_code, the code ISO replaced), a small square."""
    props = {"adm1_code": "IRQ-3049", "iso_3166_2": code, "iso_a2": "IQ", "name": "At-Ta'mim", "name_en": name,
             "name_ar": None, "wikidataid": "Q193268", "gn_id": 98410}
    return {"type": "FeatureCollection", "features": [
        {"type": "Feature", "properties": props, "geometry": shapely.geometry.mapping(shapely.box(44, 35, 45, 36))}]}


def test_the_build_tool_recodes_a_province_iso_renamed_and_checks_it():
    """ISO replaced Kirkuk's IQ-TS by IQ-KI; Natural Earth still writes IQ-TS (iso_3166_2_recodes.csv)."""
    tool = _build_module()
    fc, _ = tool.build(_kirkuk(), countries=["IQ"])
    assert [f["properties"]["admin1"] for f in fc["features"]] == ["IQ-KI"]
    with pytest.raises(tool.BuildError, match=r"expects IRQ-3049 to be 'Kirkuk' coded IQ-TS, the source has "
                                              r"'Kirkuk' coded IQ-KI"):
        tool.build(_kirkuk("IQ-KI"), countries=["IQ"])
    shipped = Boundaries.default()
    assert shipped.province_name("IQ-KI") == "Kirkuk" and shipped.province_code("IQ-TS") == "IQ-KI"
    assert "IQ-TS" not in set(shipped.frame["admin1"])
