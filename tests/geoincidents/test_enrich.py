"""enrich: points, trajectories, countries, range, bearing and category against independent values."""
from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest
import shapely
from geopy.distance import geodesic

from geoincidents.enrich import categorize, trajectories
from geoincidents.io.load import load_incidents


def spherical_bearing(lat1, lon1, lat2, lon2):
    """Initial great-circle bearing (degrees) - an independent check good to a fraction of a degree."""
    p1, p2, dl = math.radians(lat1), math.radians(lat2), math.radians(lon2 - lon1)
    x = math.sin(dl) * math.cos(p2)
    y = math.cos(p1) * math.sin(p2) - math.sin(p1) * math.cos(p2) * math.cos(dl)
    return math.degrees(math.atan2(x, y)) % 360


PAIRS = [
    # (launch lat, lon, target lat, lon): Iraq → Syria, within Iraq, Iran → Israel, due south.
    (36.65, 42.55, 36.99, 41.98),
    (33.80, 42.44, 33.31, 44.37),
    (32.65, 51.67, 31.77, 35.21),
    (34.0, 43.0, 33.0, 43.0),
]


def test_range_and_bearing_agree_with_geopy(tiny_csv, base_row):
    rows = [
        base_row(incident_id=f"p{i}", launch_place=None, launch_precision=None, target_place=None, target_precision=None,
                 launch_lat=a, launch_lon=b, target_lat=c, target_lon=d)
        for i, (a, b, c, d) in enumerate(PAIRS)
    ]
    f = load_incidents(tiny_csv(rows)).frame
    for i, (a, b, c, d) in enumerate(PAIRS):
        assert f.loc[i, "range_km"] == pytest.approx(geodesic((a, b), (c, d)).km, abs=1e-6)
        assert f.loc[i, "bearing_deg"] == pytest.approx(spherical_bearing(a, b, c, d), abs=0.5)
    assert f.loc[3, "bearing_deg"] == pytest.approx(180.0, abs=1e-6)
    assert f["cross_border"].tolist() == [True, False, True, False]
    assert f["launch_country"].tolist() == ["IQ", "IQ", "IR", "IQ"]
    assert f["target_country"].tolist() == ["SY", "IQ", "IL", "IQ"]
    assert f["category"].tolist() == ["cross_border_fire", "attack_within_country", "regional", "attack_within_country"]


def test_zummar_to_rumalyn_from_the_gazetteer(tiny_csv, base_row):
    f = load_incidents(tiny_csv([base_row()])).frame
    row = f.iloc[0]
    z = (row.launch_lat, row.launch_lon)
    r = (row.target_lat, row.target_lon)
    assert 50 <= geodesic(z, r).km <= 62
    assert row.range_km == pytest.approx(geodesic(z, r).km, abs=1e-6)
    assert 225 < row.bearing_deg < 315  # westward, from Iraq into Syria
    assert (row.launch_country, row.launch_admin1, row.target_country, row.target_admin1) == ("IQ", "IQ-NI", "SY", "SY-HA")
    assert row.cross_border is True or row.cross_border == True  # noqa: E712 - pandas BooleanDtype scalar
    assert row.category == "cross_border_fire"
    assert row.launch_match in ("exact", "alias") and row.target_place_id
    line = row.geometry
    assert line.geom_type == "LineString"
    assert line.coords[0] == (z[1], z[0]) and line.coords[-1] == (r[1], r[0])  # x=lon, y=lat


def test_explicit_coordinates_win_over_the_gazetteer(tiny_csv, base_row):
    f = load_incidents(tiny_csv([base_row(launch_lat="36.70", launch_lon="42.45")])).frame
    assert (f.loc[0, "launch_lat"], f.loc[0, "launch_lon"]) == (36.70, 42.45)
    assert f.loc[0, "launch_match"] == "explicit"
    # The name still resolves, so the place id is kept.
    gaz = load_incidents(tiny_csv([base_row()])).frame
    assert f.loc[0, "launch_place_id"] == gaz.loc[0, "launch_place_id"]
    assert (gaz.loc[0, "launch_lat"], gaz.loc[0, "launch_lon"]) != (36.70, 42.45)


def test_one_known_end_gives_a_point_and_no_range(tiny_csv, base_row):
    rows = [
        base_row(incident_id="a", launch_place=None, launch_precision=None),
        base_row(incident_id="b", launch_place=None, launch_precision=None, target_place=None, target_precision=None),
    ]
    f = load_incidents(tiny_csv(rows)).frame
    assert f.loc[0, "geometry"].geom_type == "Point"
    assert (f.loc[0, "geometry"].x, f.loc[0, "geometry"].y) == (f.loc[0, "target_lon"], f.loc[0, "target_lat"])
    assert pd.isna(f.loc[0, "cross_border"]) and math.isnan(f.loc[0, "range_km"]) and math.isnan(f.loc[0, "bearing_deg"])
    assert f.loc[1, "geometry"] is None
    assert f.loc[0, "category"] == "attack_within_country"  # launch unknown: not called cross-border
    assert f["cross_border"].dtype == "boolean"


def test_area_places_take_country_and_admin1_from_the_gazetteer(tiny_csv, base_row):
    rows = [
        base_row(incident_id="a", event_type="explosion", launch_place=None, launch_precision=None,
                 target_place="Babil", target_precision="province"),
        base_row(incident_id="b", event_type="missile_attack", launch_place="Iran", launch_precision="country",
                 target_place="Israel", target_precision="country"),
    ]
    f = load_incidents(tiny_csv(rows)).frame
    assert (f.loc[0, "target_country"], f.loc[0, "target_admin1"]) == ("IQ", "IQ-BB")
    assert f.loc[0, "category"] == "explosion"
    assert (f.loc[1, "launch_country"], f.loc[1, "target_country"]) == ("IR", "IL")
    assert f.loc[1, "launch_admin1"] is None and f.loc[1, "target_admin1"] is None
    assert f.loc[1, "category"] == "regional" and bool(f.loc[1, "cross_border"]) is True


def test_blank_precision_is_filled_from_the_kind_found(tiny_csv, base_row):
    f = load_incidents(tiny_csv([base_row(launch_precision=None, target_precision=None)])).frame
    assert f.loc[0, "launch_precision"] == "town"
    assert f.loc[0, "target_precision"] == "exact"


def test_trajectories_follow_the_geodesic():
    lon1, lat1, lon2, lat2 = np.array([51.67, 42.55]), np.array([32.65, 36.65]), np.array([35.21, 41.98]), np.array([31.77, 36.99])
    lines = trajectories(lon1, lat1, lon2, lat2)
    long, short = lines
    assert len(long.coords) == 32  # ~1,500 km: the full vertex budget
    assert 2 <= len(short.coords) <= 5  # ~60 km: a few vertices are enough
    for line, i in ((long, 0), (short, 1)):
        coords = np.asarray(line.coords)
        assert tuple(coords[0]) == (lon1[i], lat1[i]) and tuple(coords[-1]) == (lon2[i], lat2[i])
        total = geodesic((lat1[i], lon1[i]), (lat2[i], lon2[i])).m
        for x, y in coords[1:-1]:
            via = geodesic((lat1[i], lon1[i]), (y, x)).m + geodesic((y, x), (lat2[i], lon2[i])).m
            assert via == pytest.approx(total, abs=0.5)  # on the geodesic, within half a metre
        steps = [geodesic(tuple(a[::-1]), tuple(b[::-1])).m for a, b in zip(coords[:-1], coords[1:])]
        assert max(steps) - min(steps) < 1.0  # evenly spaced


def test_trajectories_are_vectorised_and_aligned():
    rng = np.random.default_rng(1)
    n = 2000
    lon1, lat1 = rng.uniform(38, 48, n), rng.uniform(29, 37, n)
    lon2, lat2 = rng.uniform(38, 48, n), rng.uniform(29, 37, n)
    lines = trajectories(lon1, lat1, lon2, lat2)
    starts = shapely.get_point(lines, 0)
    ends = shapely.get_point(lines, -1)
    assert np.allclose(shapely.get_x(starts), lon1) and np.allclose(shapely.get_y(starts), lat1)
    assert np.allclose(shapely.get_x(ends), lon2) and np.allclose(shapely.get_y(ends), lat2)


@pytest.mark.parametrize(
    ("event_type", "launch", "target", "cross", "expected"),
    [
        ("explosion", None, "IQ", pd.NA, "explosion"),
        ("interception", "IR", "IQ", True, "interception"),
        ("missile_attack", "IR", "IL", True, "regional"),
        ("drone_attack", None, "IR", pd.NA, "regional"),
        ("air_strike", "IL", "SY", True, "strike"),
        ("drone_strike", None, "IQ", pd.NA, "strike"),
        ("rocket_attack", "IQ", "SY", True, "cross_border_fire"),
        ("rocket_attack", "IQ", "IQ", False, "attack_within_country"),
        ("other", None, None, pd.NA, "attack_within_country"),
        ("air_strike", None, None, pd.NA, "strike"),
    ],
)
def test_category_rules(event_type, launch, target, cross, expected):
    frame = pd.DataFrame({
        "event_type": [event_type],
        "launch_country": pd.Series([launch], dtype=object),
        "target_country": pd.Series([target], dtype=object),
        "cross_border": pd.array([cross], dtype="boolean"),
    })
    assert categorize(frame).tolist() == [expected]


@pytest.mark.parametrize(
    ("name", "precision", "kind"),
    [
        ("Hasaka", "province", "governorate"),
        ("Hasaka", "town", "city"),
        ("Baghdad", "province", "governorate"),
        ("Baghdad", "town", "city"),
        ("Rumalyn base", "exact", "air_base"),
        ("Rumalyn base", "town", "town"),
        ("Erbil air base", "near", "air_base"),
        ("Zummar", "province", "town"),  # a hint, not a filter
        ("Iran", "country", "country"),
    ],
)
def test_precision_steers_resolution(name, precision, kind):
    from gazetteer import Gazetteer

    from geoincidents.ends import resolve_places

    frame = pd.DataFrame({
        "launch_place": pd.Series([name], dtype=object), "launch_precision": pd.Series([precision], dtype=object),
        "target_place": pd.Series([None], dtype=object), "target_precision": pd.Series([None], dtype=object),
    })
    got = resolve_places(frame, gazetteer=Gazetteer.default())
    assert got["launch"].loc[0, "kind"] == kind, got["launch"].loc[0, "reason"]
    assert got["target"].loc[0, "reason"] == "empty"


def test_unresolved_everywhere_reports_the_ambiguity():
    from gazetteer import Gazetteer

    from geoincidents.ends import resolve_places

    # Sites do not know "Hasaka"; any kind finds two: the ambiguity is what the user needs to hear.
    frame = pd.DataFrame({"launch_place": pd.Series(["Hasaka"], dtype=object), "launch_precision": pd.Series(["exact"], dtype=object),
                          "target_place": pd.Series([None], dtype=object), "target_precision": pd.Series([None], dtype=object)})
    reason = resolve_places(frame, gazetteer=Gazetteer.default(), strict=True)["launch"].loc[0, "reason"]
    assert reason.startswith("ambiguous: ") and "Hasaka" in reason
    # Not strict: the most prominent place (the city), as resolve_many decides.
    lenient = resolve_places(frame, gazetteer=Gazetteer.default())["launch"]
    assert (lenient.loc[0, "place_id"], lenient.loc[0, "reason"]) == ("sy-hasakah", None)
