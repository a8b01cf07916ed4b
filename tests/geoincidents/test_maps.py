"""Interactive maps rendered to HTML and inspected (folium-test style).

What a browser does with the page is checked in tests/browser/; here we look
at the HTML and at the JSON payload inside it.
"""
from __future__ import annotations

import json
import math
import re
from html.parser import HTMLParser
from pathlib import Path

import folium
import folium.plugins
import pytest
from hypothesis import given
from hypothesis import strategies as st

import geoincidents as gi
from geoincidents.cli import main
from geoincidents.errors import ExportError, SchemaError
from geoincidents.maps import save_map, to_map
from geoincidents.maps.packing import pack_fixed, pack_ints, unpack
from geoincidents.maps.payload import dumps_for_script
from geoincidents.maps.styles import category_styles

HOSTILE = {
    "actor": "<script>window.__pwned = 1; alert(1)</script>",
    "target_actor": '<img src=x onerror="window.__pwned = 1">',
    "munitions": "5\" rockets 'al-Qa'im' \\ back\\slash",
    "outcome": "line one\nline two\r\n</script><script>alert(2)</script>",
    "notes": "RTL \u200fمرحبا\u200f \u202eevil\u202c {{ 7*7 }} {% raw %} \u2028 \u2029 & &amp; <!-- -->",
}


def unpacked(obj):
    """The payload with every packed numeric column as a list (None for missing)."""
    if isinstance(obj, dict) and "packed" in obj:
        return [None if isinstance(v, float) and math.isnan(v) else v for v in unpack(obj).tolist()]
    if isinstance(obj, dict):
        return {k: unpacked(v) for k, v in obj.items()}
    return obj


def payload_of(page: str) -> dict:
    found = re.search(r'<script type="application/json" id="[^"]+">(.*?)</script>', page, re.S)
    assert found, "no JSON payload in the page"
    return unpacked(json.loads(found.group(1)))


def decoded(column: dict, row: int) -> str | None:
    code = column["c"][row]
    return None if code < 0 else column["u"][code]


class Fetches(HTMLParser):
    """Every URL a browser would load from the page: src/href of loading tags, CSS url() and @import."""

    LOADING = {"script": "src", "img": "src", "iframe": "src", "link": "href", "source": "src", "embed": "src"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.urls: list[str] = []
        self.css: list[str] = []
        self._in_style = False

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag in self.LOADING and attrs.get(self.LOADING[tag]):
            self.urls.append(attrs[self.LOADING[tag]])
        if "style" in attrs:
            self.css.append(attrs["style"] or "")
        self._in_style = tag == "style"

    def handle_endtag(self, tag):
        self._in_style = False

    def handle_data(self, data):
        if self._in_style:
            self.css.append(data)

    def remote(self) -> list[str]:
        out = [u for u in self.urls if re.match(r"\s*(https?:)?//", u, re.I)]
        for css in self.css:
            out += re.findall(r"url\(\s*['\"]?\s*((?:https?:)?//[^'\")]+)", css, re.I)
            out += re.findall(r"@import\s+[^;]*", css, re.I)
        return out


@pytest.fixture(scope="module")
def seed_offline(seed_table) -> str:
    return to_map(seed_table, offline=True, title="Seed incidents").get_root().render()


@pytest.fixture(scope="module")
def hostile_table(tmp_path_factory):
    folder = tmp_path_factory.mktemp("hostile")
    (folder / "incidents.csv").write_text("", encoding="utf-8")
    import csv

    row = {
        "incident_id": "h-1", "date": "2024-04-21", "event_type": "rocket_attack",
        "launch_lat": "36.65", "launch_lon": "42.6", "target_lat": "36.89778", "target_lon": "41.9975",
        "launch_precision": "town", "target_precision": "exact", "sources": "src-1", **HOSTILE,
    }
    with (folder / "incidents.csv").open("w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(row))
        writer.writeheader()
        writer.writerow(row)
    with (folder / "sources.csv").open("w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(["source_id", "outlet", "published", "title", "file"])
        writer.writerow(["src-1", "<b>Outlet</b>", "2024-04-22", "Title </script>", ""])
    with (folder / "claims.csv").open("w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(["incident_id", "source_id", "status", "assertion"])
        writer.writerow(["h-1", "src-1", "denied", HOSTILE["outcome"]])
    return gi.load_incidents(folder / "incidents.csv")


def test_layer_control_lists_each_category_present(seed_table, seed_offline):
    present = set(seed_table.frame["category"])
    styles = category_styles()
    layers = re.search(r"overlays\s*:\s*\{(.*?)\}\s*,\s*\}", seed_offline, re.S).group(1)
    for category in styles.index:
        label = styles.loc[category, "label"]
        count = int((seed_table.frame["category"] == category).sum())
        if category in present:
            assert f"{label} ({count})" in layers
        else:
            assert label not in layers
    assert '"Provinces"' in layers and '"Known bases"' in layers
    assert "Boundaries (offline basemap)" in seed_offline


def test_payload_carries_every_incident_once(seed_table, seed_offline):
    data = payload_of(seed_offline)
    frame = seed_table.frame
    assert data["n"] == len(frame)
    ids = [decoded(data["text"]["incident_id"], i) for i in range(data["n"])]
    assert ids == frame["incident_id"].tolist()
    keys = [c["key"] for c in data["categories"]]
    assert [keys[c] for c in data["cat"]] == frame["category"].tolist()
    zummar = ids.index("2024-04-21-zummar-rockets-on-rumalyn")
    row = frame.set_index("incident_id").loc["2024-04-21-zummar-rockets-on-rumalyn"]
    assert data["lon0"][zummar] == round(row["launch_lon"], 5)
    assert data["lat1"][zummar] == round(row["target_lat"], 5)
    assert decoded(data["text"]["range"], zummar) == f"{round(row['range_km']):,} km"
    # One payload, embedded once, and no per-incident Leaflet objects.
    assert seed_offline.count('type="application/json"') == 1
    assert "L.circleMarker(" not in seed_offline and "L.polyline(" not in seed_offline


def test_claims_sources_and_title_reach_the_payload(seed_table, seed_offline):
    data = payload_of(seed_offline)
    assert len(data["claims"]["i"]) == len(seed_table.claims)
    statuses = {decoded(data["claims"]["st"], r) for r in range(len(data["claims"]["i"]))}
    assert {"denied", "disputed", "confirmed"} <= statuses
    assert "Al-Monitor" in data["sources"]["outlet"]
    assert data["title"] == "Seed incidents"


def test_province_and_country_ends_are_areas_without_a_point(seed_table, seed_offline):
    import shapely.geometry

    from geoincidents.maps.scene import AREA, POINT

    data = payload_of(seed_offline)
    ids = [decoded(data["text"]["incident_id"], i) for i in range(data["n"])]
    areas = data["areas"]["features"]
    babil = ids.index("2024-04-21-babil-explosions-heard")  # target known only to the province
    assert data["kind1"][babil] == AREA and data["unc1"][babil] == 0
    assert areas[data["area1"][babil]]["properties"] == {"level": "province", "code": "IQ-BB"}
    assert data["lon1"][babil] is None  # nothing to aim at: no point at all, only the outline
    asad = ids.index("2024-01-20-ain-al-asad-missiles")
    assert data["kind1"][asad] == POINT and data["area1"][asad] == -1
    i = ids.index("2024-04-13-iran-attack-on-israel")  # both ends known only to the country
    iran, israel = (shapely.geometry.shape(areas[data[key][i]]["geometry"]) for key in ("area0", "area1"))
    assert iran.contains(shapely.geometry.Point(51.42, 35.69)) and iran.area > 100  # square degrees
    assert israel.contains(shapely.geometry.Point(34.8, 32.1)) and not israel.contains(shapely.geometry.Point(51.42, 35.69))
    # The dashed line runs between the two areas' nearest points, never from Tehran.
    start = shapely.geometry.Point(data["lon0"][i], data["lat0"][i])
    end = shapely.geometry.Point(data["lon1"][i], data["lat1"][i])
    assert iran.distance(start) < 0.05 and israel.distance(end) < 0.05  # on the (simplified) outlines
    # Where the line meets each area is the table's decision (its trajectory), not the map's.
    line = seed_table.frame.set_index("incident_id").loc["2024-04-13-iran-attack-on-israel", "geometry"]
    assert (data["lon0"][i], data["lat0"][i]) == tuple(round(v, 5) for v in line.coords[0])
    assert (data["lon1"][i], data["lat1"][i]) == tuple(round(v, 5) for v in line.coords[-1])
    assert start.distance(shapely.geometry.Point(51.42, 35.69)) > 5
    assert data["lines"][data["line"][i]] == "dashed"
    assert decoded(data["text"]["where0"], i) == "Iran (IR) · country"
    row = seed_table.frame.set_index("incident_id").loc["2024-04-13-iran-attack-on-israel"]
    assert decoded(data["text"]["range"], i) == f"{round(row['range_min_km']):,}–{round(row['range_max_km']):,} km"


def test_dates_span_their_precision(seed_offline):
    data = payload_of(seed_offline)
    ids = [decoded(data["text"]["incident_id"], i) for i in range(data["n"])]
    month = ids.index("2024-01-baghdad-strike-militia-leader")
    week = ids.index("2024-04-isfahan-drone-attack")
    assert data["day1"][month] - data["day0"][month] == 30  # all of January
    assert data["day1"][week] - data["day0"][week] == 6


def test_bases_and_province_shading(seed_table):
    page = to_map(seed_table, offline=True, shade_provinces=True).get_root().render()
    data = payload_of(page)
    names = [b[2] for b in data["bases"]]
    assert "Ain al-Asad Air Base" in names
    counts = {f["properties"]["admin1"]: f["properties"]["count"] for f in data["provinces"]["features"]}
    assert counts["IQ-AN"] == 3 and counts["SY-HA"] == 1 and counts["SY-RA"] == 0
    assert data["shade"]["role"] == "target" and data["shade"]["breaks"][0] == 1 and data["shade"]["max"] == 3
    assert len(data["shade"]["colours"]) == len(data["shade"]["breaks"])


def test_hostile_text_cannot_break_out_of_the_payload(hostile_table):
    page = to_map(hostile_table, offline=True, title="<script>alert(3)</script>").get_root().render()
    data = payload_of(page)
    for column, text in HOSTILE.items():
        assert decoded(data["text"][column], 0) == text.replace("\r\n", "\n") or decoded(data["text"][column], 0) == text
    assert data["title"] == "<script>alert(3)</script>"
    assert decoded(data["claims"]["a"], 0) in (HOSTILE["outcome"], HOSTILE["outcome"].replace("\r\n", "\n"))
    assert "<b>Outlet</b>" in data["sources"]["outlet"]
    # Inside the payload no character can start markup; outside it no data appears at all.
    block = re.search(r'(<script type="application/json"[^>]*>)(.*?)</script>', page, re.S)
    assert not set(block.group(2)) & {"<", ">", "&"}
    rest = page.replace(block.group(0), "")
    for marker in ("alert(1)", "alert(2)", "alert(3)", "__pwned", "<img src=x", "<b>Outlet", "{{ 7*7 }}"):
        assert marker not in rest, marker
    assert rest.count("<script") == rest.count("</script>")
    # Jinja never saw the data: it would have turned "{{ 7*7 }}" into 49 (checked in the loop above).


@given(st.lists(st.one_of(st.none(), st.integers(-(2**31) + 1, 2**31 - 1))))
def test_packed_integers_round_trip(values):
    assert [None if math.isnan(v) else int(v) for v in unpack(pack_ints([math.nan if v is None else v for v in values]))] == values


@given(st.lists(st.floats(-180, 180, allow_nan=False)))
def test_packed_coordinates_keep_five_decimals(values):
    assert unpack(pack_fixed(values, 5)).tolist() == pytest.approx([round(v, 5) for v in values], abs=1e-9)


def test_packing_refuses_what_does_not_fit():
    with pytest.raises(ValueError, match="from 0 to 4294967296 do not fit in 32 bits"):
        pack_ints([0, 2**32])


@given(st.text())
def test_script_json_round_trips_and_hides_markup(text):
    dumped = dumps_for_script({"t": text})
    assert json.loads(dumped) == {"t": text}
    assert not set(dumped) & {"<", ">", "&", "\u2028", "\u2029"}


def test_offline_page_fetches_nothing(seed_offline):
    parser = Fetches()
    parser.feed(seed_offline)
    assert parser.urls == []  # everything inline
    assert parser.remote() == []
    assert "sourceMappingURL" not in seed_offline
    assert "cdn.jsdelivr" not in seed_offline and "bootstrap" not in seed_offline.lower()
    assert "L.Icon.Default.imagePath" in seed_offline and "data:image/png;base64," in seed_offline
    assert "tile.openstreetmap.org" not in seed_offline


def test_online_page_has_tiles_and_attribution(seed_table):
    page = to_map(seed_table).get_root().render()
    assert "https://tile.openstreetmap.org/{z}/{x}/{y}.png" in page
    assert "openstreetmap.org/copyright" in page and "OpenStreetMap" in page
    parser = Fetches()
    parser.feed(page)
    assert any("leaflet" in u for u in parser.remote())  # online pages load Leaflet from folium's CDN
    assert payload_of(page)["countries"] is None  # tiles instead of the boundary basemap


def test_tiles_none_draws_the_boundary_basemap(seed_table):
    import shapely.geometry

    data = payload_of(to_map(seed_table, tiles=None).get_root().render())
    countries = {f["properties"]["country"]: shapely.geometry.shape(f["geometry"]) for f in data["countries"]["features"]}
    assert set(countries) >= {"IQ", "SY", "IR"}
    labels = {name: shapely.geometry.Point(lon, lat) for lon, lat, name, kind, _ in data["labels"] if kind == "country"}
    assert countries["IQ"].contains(labels["Iraq"]) and countries["SY"].contains(labels["Syria"])


def test_save_map_writes_atomically(seed_table, tmp_path):
    out = tmp_path / "seed.html"
    written = save_map(seed_table, out, offline=True)
    assert written == out and payload_of(out.read_text(encoding="utf-8"))["n"] == len(seed_table)
    out.write_text("previous", encoding="utf-8")
    online = to_map(seed_table)
    with pytest.raises(ValueError, match="built online; build it with to_map"):
        save_map(online, out, offline=True)
    m = to_map(seed_table, offline=True)
    folium.plugins.MarkerCluster().add_to(m)  # a plugin that links its JS from a CDN
    with pytest.raises(ExportError, match="would fetch https://"):
        save_map(m, out, offline=True)
    assert out.read_text(encoding="utf-8") == "previous"
    assert [p.name for p in tmp_path.iterdir()] == ["seed.html"]


def test_bad_input_is_explained(seed_table):
    with pytest.raises(TypeError, match="expects an IncidentTable.*got list"):
        to_map([1, 2])
    with pytest.raises(SchemaError, match="'category'.*load_incidents"):
        to_map(seed_table.frame.drop(columns=["category"]))
    with pytest.raises(ValueError, match="shade_provinces was 'north'"):
        to_map(seed_table, shade_provinces="north")
    with pytest.raises(ValueError, match="tiles was 'No Such Tiles'"):
        to_map(seed_table, tiles="No Such Tiles")


def test_unknown_category_is_drawn_in_grey_and_escaped(seed_table, caplog):
    frame = seed_table.frame.copy()
    frame.loc[0, "category"] = "<i>{{ odd }}</i>"
    page = to_map(frame, offline=True).get_root().render()
    # The layer-control name is HTML-escaped (braces too, for Jinja), then JSON-escaped by folium.
    name = "&lt;i&gt;&#123;&#123; odd &#125;&#125;&lt;/i&gt; (1)"
    assert name.replace("&", "\\u0026") in page
    assert {"key": "<i>{{ odd }}</i>", "label": "<i>{{ odd }}</i>", "colour": "#555555"} in payload_of(page)["categories"]
    assert "no style in category_styles.csv" in caplog.text


def test_cli_writes_default_output_under_maps(seeds_dir, tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    assert main(["map", str(seeds_dir / "incidents.csv"), "--offline", "--title", "Seeds"]) == 0
    out = tmp_path / "maps" / "incidents.html"
    assert out.is_file() and payload_of(out.read_text(encoding="utf-8"))["title"] == "Seeds"
    printed = capsys.readouterr().out
    assert f"wrote offline map of 13 incidents to {Path('maps') / 'incidents.html'}" in printed
    assert "from the web" not in printed


def test_cli_creates_missing_output_folders(seeds_dir, tmp_path, capsys):
    out = tmp_path / "new" / "april.html"
    assert main(["map", str(seeds_dir / "incidents.csv"), "-o", str(out), "--offline"]) == 0
    assert out.read_text(encoding="utf-8").lstrip().lower().startswith("<!doctype html>")


def test_cli_filters_and_png(seeds_dir, tmp_path, capsys):
    out = tmp_path / "april.html"
    code = main(["map", str(seeds_dir / "incidents.csv"), "-o", str(out), "--from", "2024-04-01", "--png"])
    assert code == 0
    data = payload_of(out.read_text(encoding="utf-8"))
    days = [d for d in data["day0"] if d is not None]
    assert data["n"] == 8 and min(days) >= 19814  # 2024-04-01
    assert out.with_suffix(".png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    printed = capsys.readouterr().out
    assert "wrote map of 8 incidents" in printed and "april.png" in printed
    assert "--offline writes a page that needs no network" in printed  # a page that is blank offline says so
    assert main(["-q", "map", str(seeds_dir / "incidents.csv"), "-o", str(out), "--png"]) == 0
    assert capsys.readouterr().out == ""  # -q: errors only


def test_cli_reports_errors_in_one_line(seeds_dir, tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    assert main(["map", str(tmp_path / "missing.csv")]) == 1
    (tmp_path / "a-file").write_text("not a folder")
    assert main(["map", str(seeds_dir / "incidents.csv"), "-o", str(tmp_path / "a-file" / "x.html")]) == 1
    err = capsys.readouterr().err.splitlines()
    assert len(err) == 2 and "missing.csv" in err[0] and "a-file" in err[1]
    assert not (tmp_path / "maps").exists()  # nothing created for a map that was not written


def test_an_empty_selection_still_makes_a_map(seed_table):
    empty = seed_table.between("2030-01-01", None)
    data = payload_of(to_map(empty, offline=True).get_root().render())
    assert data["n"] == 0 and data["categories"] == [] and data["cat"] == []
    assert data["countries"] is not None  # the basemap is still drawn


def test_custom_boundaries_travel_from_load_through_query_map_and_png(seeds_dir, tmp_path):
    """A user's boundary file is the one used by the query, the HTML map and the PNG."""
    import geopandas as gpd

    from gazetteer import Boundaries
    from geoincidents.maps.static import plot_incidents

    bundled = Boundaries.default().frame
    mine = bundled[bundled["country"].isin(["IQ", "SY"])]
    user = gpd.GeoDataFrame({
        "shapeISO": mine["admin1"].tolist(),
        # Names the bundled boundaries do not know: only the user's file can answer them.
        "shapeName": [f"Region {code}" for code in mine["admin1"]],
        "geometry": mine.geometry.tolist(),
    }, crs="EPSG:4326")
    path = tmp_path / "adm1.gpkg"
    user.to_file(path, driver="GPKG", engine="pyogrio")
    boundaries = Boundaries.from_file(path, code_column="shapeISO", name_column="shapeName")

    t = gi.load_incidents(seeds_dir / "incidents.csv", boundaries=boundaries)
    anbar = t.in_province("Region IQ-AN")
    assert len(anbar) == 3
    data = payload_of(to_map(anbar, offline=True).get_root().render())
    names = {f["properties"]["name"] for f in data["provinces"]["features"]}
    assert names == {f"Region {code}" for code in mine["admin1"]}  # no Iran, Israel or Jordan polygons
    assert {f["properties"]["country"] for f in data["countries"]["features"]} == {"IQ", "SY"}
    ax = plot_incidents(anbar, dpi=40, figsize=(4, 3))
    land = [c for c in ax.collections if c.get_zorder() == 0]
    # The PNG's land is the user's Iraq and Syria only, never the bundled neighbours.
    assert len(land) == 1 and 1 <= len(land[0].get_paths()) <= 2
    with pytest.raises(LookupError):
        gi.load_incidents(seeds_dir / "incidents.csv").in_province("Region IQ-AN")


def test_a_large_map_in_jupyter_is_a_size_note_or_an_iframe_of_a_saved_file(seed_table, tmp_path, monkeypatch):
    from geoincidents.maps import notebook

    small = to_map(seed_table, offline=True)
    assert "geoincidents-data" in small._repr_html_() and len(small._repr_html_()) > 100_000  # inlined
    monkeypatch.setattr(notebook, "EMBED_LIMIT", 5)
    big = to_map(seed_table, offline=True)
    note = big._repr_html_()
    assert "This map of 13 incidents is" in note and "MB" in note and "geoincidents.maps.show" in note
    assert len(note) < 2000  # the page itself is not in the notebook
    frame = notebook.show(big, tmp_path / "big.html", height=500)
    assert (tmp_path / "big.html").read_text(encoding="utf-8").lstrip().lower().startswith("<!doctype html>")
    assert str(tmp_path / "big.html") in frame._repr_html_() and 'height="500"' in frame._repr_html_()


def test_to_map_takes_a_built_scene_and_refuses_a_second_choice_of_its_options(seed_table):
    from geoincidents.maps import build_scene

    scene = build_scene(seed_table, shade="target", title="Seed map")
    from geoincidents.maps import to_map

    m = to_map(scene, offline=True)
    html = m.get_root().render()
    assert "Seed map" in html
    with pytest.raises(TypeError, match="title"):
        to_map(scene, title="Another")
    with pytest.raises(TypeError, match="shade_provinces"):
        to_map(scene, shade_provinces="launch")
