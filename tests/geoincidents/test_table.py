"""IncidentTable: container behaviour and the queries, on the seed incidents."""
from __future__ import annotations

import pandas as pd
import pytest
from geopy.distance import geodesic

from gazetteer.errors import PlaceNotFound
from geoincidents.errors import SchemaError
from geoincidents.io.load import load_incidents
from geoincidents.table import IncidentTable

ZUMMAR_ATTACK = "2024-04-21-zummar-rockets-on-rumalyn"


def ids(table: IncidentTable) -> set[str]:
    return set(table.frame["incident_id"])


def test_seed_table_shape(seed_table, seeds_dir):
    f = seed_table.frame
    assert len(seed_table) == len(pd.read_csv(seeds_dir / "incidents.csv")) == f["incident_id"].nunique()
    assert seed_table.claims["incident_id"].isin(f["incident_id"]).all()
    assert len(seed_table.sources) == 5
    assert f.crs.to_epsg() == 4326


def test_in_province_anbar_returns_ain_al_asad_and_al_qaim(seed_table):
    found = ids(seed_table.in_province("Anbar"))
    assert found == {"2024-01-20-ain-al-asad-missiles", "2024-01-24-us-strike-al-qaim", "2024-04-22-ain-al-asad-drones"}


@pytest.mark.parametrize("name", ["Nineveh", "Ninawa", "IQ-NI", "نينوى"])
def test_in_province_nineveh_launch_is_the_zummar_launch(seed_table, name):
    assert ids(seed_table.in_province(name, role="launch")) == {ZUMMAR_ATTACK}


def test_in_province_hasaka_is_the_cross_border_zummar_attack(seed_table):
    hasaka = seed_table.in_province("Hasaka")
    assert ids(hasaka) == {ZUMMAR_ATTACK}
    row = hasaka[ZUMMAR_ATTACK]
    assert (row.launch_country, row.target_country, bool(row.cross_border)) == ("IQ", "SY", True)
    assert 50 <= row.range_km <= 62
    assert ids(hasaka.cross_border()) == {ZUMMAR_ATTACK}
    # Claims follow the incidents kept.
    assert set(hasaka.claims["incident_id"]) == {ZUMMAR_ATTACK}
    assert len(hasaka.claims) == (seed_table.claims["incident_id"] == ZUMMAR_ATTACK).sum()


def test_in_province_role_and_unknown_name(seed_table):
    assert ids(seed_table.in_province("Hasaka", role="launch")) == set()
    # A near miss is forgiven the way the boundaries' province lookup forgives it; a wrong name is not.
    assert ids(seed_table.in_province("Ninevehx", role="launch")) == {ZUMMAR_ATTACK}
    with pytest.raises(PlaceNotFound, match=r"no province called 'Atlantis'; closest: "):
        seed_table.in_province("Atlantis")
    with pytest.raises(SchemaError, match=r"role must be one of launch, target, any"):
        seed_table.in_province("Anbar", role="both")


def test_in_country(seed_table):
    sy_target = ids(seed_table.in_country("sy", role="target"))
    assert ZUMMAR_ATTACK in sy_target and "2024-04-01-damascus-iranian-embassy-strike" in sy_target
    assert ids(seed_table.in_country("IQ", role="launch")) == {ZUMMAR_ATTACK}
    assert ids(seed_table.in_country("Israel")) == {"2024-04-13-iran-attack-on-israel"}


def test_between_is_inclusive_and_open_ended(seed_table):
    april = seed_table.between("2024-04-01", "2024-04-30")
    assert set(april.frame["date"].dt.month) == {4} and len(april) == (seed_table.frame["date"].dt.month == 4).sum()
    assert ids(seed_table.between("2024-04-22", None)) == {"2024-04-22-ain-al-asad-drones"}
    assert ids(seed_table.between(None, "2024-01-20")) == {"2024-01-20-ain-al-asad-missiles"} | ids(
        seed_table.between("2024-01-01", "2024-01-01"))
    assert ids(seed_table.between("2024-01", "2024-01")) == ids(seed_table.between("2024-01-01", "2024-01-31"))
    with pytest.raises(SchemaError, match=r"a date such as 2024-04-21"):
        seed_table.between("last week")


def test_of_type_validates_names(seed_table):
    rockets = seed_table.of_type("rocket_attack")
    assert ids(rockets) == {ZUMMAR_ATTACK}
    assert len(seed_table.of_type("air_strike", "drone_strike")) == (
        seed_table.frame["event_type"].isin(["air_strike", "drone_strike"]).sum())
    with pytest.raises(SchemaError, match=r"did you mean 'rocket_attack'"):
        seed_table.of_type("rockets_attack")


def test_by_actor(seed_table):
    kh_target = seed_table.by_actor("kataib", role="target_actor")
    assert len(kh_target) >= 3 and kh_target.frame["target_actor"].str.contains("Kataib").all()
    assert ids(seed_table.by_actor("ISRAEL")) == {"2024-04-isfahan-drone-attack", "2024-04-01-damascus-iranian-embassy-strike"}
    assert ids(seed_table.by_actor("Iran", exact=True)) == {"2024-04-13-iran-attack-on-israel"}
    assert len(seed_table.by_actor("Iran", role="any")) > len(seed_table.by_actor("Iran"))


def test_within_km_is_geodesic(seed_table):
    asad = seed_table[ZUMMAR_ATTACK]
    near = seed_table.within_km(lat=asad.target_lat, lon=asad.target_lon, km=1, role="target")
    assert ZUMMAR_ATTACK in ids(near)
    f = seed_table.frame
    expected = {
        r.incident_id for r in f.itertuples()
        if any(
            pd.notna(getattr(r, f"{e}_lat")) and geodesic((33.8, 42.44), (getattr(r, f"{e}_lat"), getattr(r, f"{e}_lon"))).km <= 100
            for e in ("launch", "target")
        )
    }
    assert ids(seed_table.within_km(lat=33.8, lon=42.44, km=100)) == expected and expected


def test_queries_chain(seed_table):
    chained = seed_table.between("2024-04-01", None).in_country("IQ", role="launch").of_type("rocket_attack").cross_border()
    assert ids(chained) == {ZUMMAR_ATTACK}


def test_counts_by_province(seed_table):
    counts = seed_table.counts_by_province()
    assert list(counts.columns) == ["country", "admin1", "admin1_name", "count"]
    assert counts["count"].is_monotonic_decreasing
    anbar = counts[counts["admin1"] == "IQ-AN"]
    assert anbar["count"].tolist() == [3]  # Ain al-Asad twice and al-Qa'im, as targets
    launch = seed_table.counts_by_province("launch")
    assert launch.loc[launch["admin1"] == "IQ-NI", "count"].tolist() == [1]
    any_role = seed_table.counts_by_province("any")
    assert any_role["count"].sum() >= counts["count"].sum()


def test_container_protocol(seed_table):
    rows = list(seed_table)
    assert len(rows) == len(seed_table)
    assert rows[0].incident_id == seed_table.frame.loc[0, "incident_id"]
    assert type(rows[0]).__name__ == "Incident"
    with pytest.raises(KeyError, match=r"did you mean '2024-04-21-zummar-rockets-on-rumalyn'"):
        seed_table["2024-04-21-zumar-rockets-on-rumalyn"]
    text = repr(seed_table)
    assert text.startswith(f"<IncidentTable: {len(seed_table)} incidents, 2024-01-01 to 2024-04-22")
    html = seed_table._repr_html_()
    assert "<table" in html and "al-Qa" in html
    assert "None" not in html and "&lt;NA&gt;" not in html  # blanks show as blanks
    assert f"<td>{seed_table[ZUMMAR_ATTACK].range_km:.1f}</td>" in html  # range shown to 0.1 km


def test_repr_html_escapes_hostile_names(tiny_csv, base_row):
    t = load_incidents(tiny_csv([base_row(launch_place="<script>alert('x')</script>", launch_lat="36.7", launch_lon="42.4")]))
    html = t._repr_html_()
    assert "&lt;script&gt;" in html and "<script>" not in html


def test_summary(seed_table):
    s = seed_table.summary()
    assert s["incidents"] == len(seed_table)
    assert sum(s["by_category"].values()) == len(seed_table)
    assert s["by_category"]["cross_border_fire"] == 1
    assert s["cross_border"] >= 1 and s["claims"] == len(seed_table.claims) and s["sources"] == 5


def test_the_table_rejects_a_non_frame():
    with pytest.raises(SchemaError, match=r"a GeoDataFrame with an incident_id column"):
        IncidentTable([1, 2, 3])


def test_hand_made_table_queries(tiny_csv, base_row):
    rows = [
        base_row(),
        base_row(incident_id="t-2", event_type="air_strike", launch_place=None, launch_precision=None,
                 target_place="Zummar", target_precision="town", actor="US-led coalition", target_actor=None,
                 responds_to="t-1"),
    ]
    t = load_incidents(tiny_csv(rows))
    assert ids(t.in_province("Nineveh")) == {"t-1", "t-2"}
    assert ids(t.in_province("Nineveh", role="target")) == {"t-2"}
    assert ids(t.by_actor("coalition")) == {"t-2"}
    assert ids(t.of_type("air_strike").in_country("IQ")) == {"t-2"}


def test_export_and_map_methods_delegate_to_their_modules(seed_table, tmp_path):
    import json

    import folium
    import geopandas as gpd

    seed_table.to_csv(tmp_path / "t.csv")
    assert len(pd.read_csv(tmp_path / "t.csv")) == len(seed_table)
    seed_table.to_gpkg(tmp_path / "t.gpkg")
    assert len(gpd.read_file(tmp_path / "t.gpkg", layer="trajectories")) == seed_table.frame.geometry.geom_type.eq("LineString").sum()
    seed_table.to_parquet(tmp_path / "t.parquet")
    assert len(gpd.read_parquet(tmp_path / "t.parquet")) == len(seed_table)
    seed_table.export(tmp_path / "t.geojson", what="targets")
    features = json.loads((tmp_path / "t.geojson").read_text(encoding="utf-8"))["features"]
    assert {f["geometry"]["type"] for f in features} == {"Point"}
    text = seed_table.to_geojson(None, what="trajectories")
    assert len(json.loads(text)["features"]) == seed_table.frame.geometry.geom_type.eq("LineString").sum()
    seed_table.to_acled_csv(tmp_path / "acled.csv")
    assert pd.read_csv(tmp_path / "acled.csv")["event_id_cnty"].tolist() == seed_table.frame["incident_id"].tolist()
    assert isinstance(seed_table.to_map(), folium.Map)


def test_the_table_carries_the_region_it_was_loaded_with(seeds_dir):
    """Queries use the gazetteer given to load_incidents, not the bundled one."""
    import dataclasses

    from gazetteer import Gazetteer

    from geoincidents.io.load import load_incidents

    full = Gazetteer.default()
    places = [full.get(pid) for pid in full.places["id"]]
    # A user's gazetteer that knows Syria by a name the bundled one does not.
    mine = Gazetteer([dataclasses.replace(p, aliases=(*p.aliases, "Suriyya Test")) if p.kind == "country"
                      and p.country == "SY" else p for p in places])
    t = load_incidents(seeds_dir / "incidents.csv", gazetteer=mine)
    sub = t.between("2024-01-01", None).in_country("Suriyya Test", role="target")
    assert len(sub) > 0 and set(sub.frame["target_country"]) == {"SY"}
    with pytest.raises(LookupError):
        load_incidents(seeds_dir / "incidents.csv").in_country("Suriyya Test")
