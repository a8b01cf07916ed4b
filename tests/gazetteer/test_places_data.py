"""Every row of every curated places CSV, checked against the shipped boundaries.

The curated files (``gazetteer/data/places/*.csv``) are read here as raw CSV,
not through :mod:`gazetteer.places`, so a row the parser would silently fix
or default still fails here. Points are checked against the Natural Earth
admin-1 polygons shipped in ``gazetteer/data/admin1.geojson`` (the authority
for ``admin1`` codes): each point must fall inside its country and inside its
admin-1 polygon, except for the short allow-list below, where Natural Earth's
generalised lines put a true point across a border; those rows are checked
to lie within a stated distance of their polygon instead. A sea (country
blank) must lie in no polygon, but for the shared lakes of ``SHARED_WATERS``.
"""
from __future__ import annotations

import collections
import csv
import re
from pathlib import Path

import pytest
import shapely
from pyproj import Geod
from shapely.ops import nearest_points

from gazetteer.boundaries import Boundaries
from gazetteer.normalize import normalize
from gazetteer.places import PLACE_COLUMNS, curated_place_files, kinds, outside_country_kinds

_GEOD = Geod(ellps="WGS84")

#: Rows whose true point lies outside its polygon in Natural Earth's 1:10m
#: admin-1 data: id -> (largest distance in km allowed to the expected
#: polygon, why). Each entry must still be needed (checked below), so the list
#: cannot silently outlive a boundary update.
NEAR_BORDER: dict[str, tuple[float, str]] = {
    # (Points just off Natural Earth's generalised coast, Abu Dhabi, Bandar Abbas, Asaluyeh, South Pars, the port
    # of Haifa, need no entry: point lookup gives them the nearest province within 2 km, gazetteer/boundaries.py.)
    # Old Quneitra lies in the UN disengagement zone, a separate NE polygon (SY-X01~).
    "sy-quneitra": (5.0, "ruined town inside Natural Earth's UNDOF-zone polygon"),
    "sy-gov-quneitra": (5.0, "governorate point = the ruined capital, inside the UNDOF-zone polygon"),
    # Abu Ghraib district belongs to Baghdad governorate; NE's Baghdad/Anbar line runs east of the town.
    "iq-abu-ghraib": (5.0, "town of Baghdad governorate, NE's Baghdad-Anbar line runs ~4 km east of it"),
    # strike_sites3: towns by the Iran-Iraq border that NE's generalised line puts in Iran, and Salman Pak of
    # Baghdad governorate that NE's Baghdad-Diyala line puts in Diyala.
    "iq-biara": (5.0, "town of Halabja by the Iranian border; NE's generalised line runs west of it"),
    "iq-haji-omaran": (5.0, "border town of Soran district; NE's generalised line runs west of it"),
    "iq-salman-pak": (12.0, "town of al-Mada'in district, Baghdad governorate; NE's generalised Baghdad-Diyala line runs 11 km west of it"),
    # Border towns: the generalised Syria-Turkey line cuts through the town.
    "sy-kobani": (1.0, "town on the Turkish border; NE's line runs through it"),
    "sy-tell-abyad": (1.0, "town on the Turkish border; NE's line runs through it"),
    # syria_places8: a hill of Kobani standing in at the town's point.
    "sy-mishtenur-hill": (1.0, "hill of Kobani at the town's point on the Turkish border; NE's line runs through it"),
    # sites.csv (the other curator's rows)
    "sy-mezzeh-air-base": (1.0, "air base on the Damascus city limit; NE's SY-DI line is generalised"),
    # districts.csv: a district's point is its seat, so it shares its seat's allowance.
    "iq-dist-abu-ghraib": (5.0, "seat Abu Ghraib; NE's Baghdad-Anbar line runs ~4 km east of it"),
    "sy-dist-kobani": (1.0, "seat Kobani on the Turkish border; NE's line runs through it"),
    "sy-dist-tell-abyad": (1.0, "seat Tell Abyad on the Turkish border; NE's line runs through it"),
    # Northern Israel and the Golan: Natural Earth's generalised Blue Line and UNDOF-zone edge.
    "il-kfar-yuval": (1.0, "moshav on the Lebanese line by Metula; NE's line runs ~0.3 km south of the GeoNames point"),
    "il-metula": (2.0, "border town on the Lebanese line; NE's line runs ~1 km south of the GeoNames point"),
    "il-hamat-gader": (1.5, "hot-springs site on the Yarmuk, the Jordanian border; NE's generalised line runs ~1 km north of it"),
    "il-hanita": (1.0, "kibbutz on the Lebanese line; NE's line runs through it"),
    "il-majdal-shams": (1.0, "Druze town at the UNDOF-zone edge; the GeoNames point lies just inside NE's SY-X01~ polygon"),
    # levant_places8: kibbutzim of the Arava on NE's generalised Jordanian line, and towns of Jordan that NE's
    # generalised governorate lines put in the next governorate.
    "il-yotvata": (1.0, "kibbutz of the Arava by the Jordanian border; NE's line runs ~0.7 km from the GeoNames point"),
    "il-grofit": (1.0, "kibbutz of the Arava by the Jordanian border; NE's line runs ~0.6 km from the GeoNames point"),
    "jo-sweileh": (3.0, "town of Amman governorate; NE's generalised Amman-Balqa line runs ~2.8 km from it"),
    "jo-deir-alla": (1.5, "town of Balqa in the Jordan Valley; NE's generalised Balqa-Irbid line runs ~1.2 km from it"),
    # reported_places66: a town of the Gaza Strip on the Israeli line, which NE's generalised line puts in Israel.
    "ps-khuzaa": (1.0, "town on the Israeli line east of Khan Younis; NE's line runs ~0.7 km west of the GeoNames point"),
    # South Lebanon and the Israeli villages on the Blue Line (Wikipedia points; NE's generalised line).
    "lb-meiss-el-jabal": (1.0, "town on the Israeli line; NE's line runs ~0.8 km west of the Wikipedia point"),
    "lb-kfar-kila": (1.0, "town on the line by Metula; NE's line runs ~0.3 km west of the Wikipedia point"),
    "lb-odaisseh": (1.0, "village on the Israeli line; NE's line runs ~0.7 km west of the Wikipedia point"),
    "lb-blida": (1.0, "village on the Israeli line; NE's line runs ~0.5 km north of the GeoNames point"),
    "lb-hosh-al-sayyed-ali": (2.5, "village astride the Syrian border in Hermel district; the GeoNames point lies ~2.2 km "
                                  "beyond NE's line"),
    "lb-al-qasr-hermel": (0.5, "village on the Syrian border north of Hermel; NE's generalised line runs ~0.15 km "
                               "from the GeoNames point"),
    "il-avivim": (1.0, "moshav on the Lebanese line; NE's line runs ~0.3 km south of the Wikipedia point"),
    "il-biranit": (0.5, "army camp on the Lebanese line; NE's line runs ~0.2 km south of the Wikipedia point"),
    "il-shtula": (1.0, "moshav on the Lebanese line; NE's line runs ~0.3 km south of the Wikipedia point"),
    "iq-taji": (14.0, "town of Baghdad governorate's Taji district; NE's northern Baghdad line runs ~14 km south of it"),
    "il-ramon-airport": (1.5, "airport in the Arava by the Jordanian line; NE's generalised line runs ~1.3 km west of its point"),
    "iq-camp-taji": (13.0, "Taji lies in Baghdad governorate; NE's northern Baghdad line runs ~13 km south of it"),
    "sy-hader": (0.5, "Druze village just outside the UNDOF zone (Wikipedia); the point lies ~0.1 km inside NE's "
                      "SY-X01~ polygon"),
    "sy-mount-hermon": (1.5, "summit on the Lebanon-Syria line inside NE's UNDOF-zone polygon (SY-X01~); Rif Dimashq's "
                             "polygon lies ~1.4 km away"),
    "il-zarit": (0.5, "moshav on the Lebanese line; NE's line runs ~0.1 km south of the Wikipedia point"),
    # syria_localities.csv: villages of the UNDOF zone's edge that Natural Earth's SY-X01~ polygon takes in.
    "sy-beer-ajam": (0.5, "Circassian village south of Quneitra; the Wikipedia point lies ~0.1 km inside NE's SY-X01~ "
                          "polygon"),
    "sy-jubata-al-khashab": (3.5, "town in the UN area of separation north of Quneitra; NE's SY-X01~ polygon takes it in, "
                                  "Quneitra's polygon lies ~3.1 km east"),
    # strike_sites5.csv: villages of the UNDOF zone that Natural Earth's SY-X01~ polygon takes in.
    "sy-al-hamidiyah-quneitra": (4.5, "village in the UN area of separation by old Quneitra; NE's SY-X01~ polygon takes "
                                      "it in, Quneitra's polygon lies ~4.2 km east"),
    "sy-al-rafid": (2.0, "village of southern Quneitra in the UN area of separation; NE's SY-X01~ polygon takes it in, "
                         "Quneitra's polygon lies ~1.5 km east"),
    # strike_sites7.csv: a village of the UNDOF zone that Natural Earth's SY-X01~ polygon takes in.
    "sy-turunjah": (2.0, "village of northern Quneitra in the UN area of separation; NE's SY-X01~ polygon takes it in, "
                         "Quneitra's polygon lies ~1.6 km east"),
    "sy-qadam": (0.5, "municipality of southern Damascus; the Wikipedia point (arc-minutes) lies ~0.3 km beyond NE's "
                      "generalised SY-DI line"),
    "sy-madinat-al-baath": (2.0, "the governorate's seat by the disengagement line; the Wikipedia point (arc-minutes) lies "
                                 "~1.7 km inside NE's SY-X01~ polygon"),
    # reported_places51.csv: villages of northern Quneitra by the UN area of separation that NE's SY-X01~ polygon takes in.
    "sy-al-samdaniyah-al-sharqiyah": (2.5, "village of northern Quneitra by the UN area of separation; NE's SY-X01~ "
                                           "polygon takes it in, Quneitra's polygon lies ~2.1 km east"),
    "sy-al-samdaniyah-al-gharbiyah": (4.0, "village of northern Quneitra in the UN area of separation; NE's SY-X01~ "
                                           "polygon takes it in, Quneitra's polygon lies ~3.6 km east"),
    "sy-ufaniyah": (2.5, "village of northern Quneitra by the UN area of separation; NE's SY-X01~ polygon takes it in, "
                         "Quneitra's polygon lies ~2.3 km east"),
    "iq-qandil-mountains": (1.0, "the range's highest point on the Iranian border (Wikipedia); NE's generalised line "
                                 "runs ~0.3 km west of it, inside Erbil"),
    # reported_places58.csv: villages of southern Quneitra by the UN area of separation that NE's SY-X01~ polygon takes in.
    "sy-al-asbah": (1.5, "village of southern Quneitra by al-Rafid; NE's SY-X01~ polygon takes it in, Quneitra's polygon "
                         "lies ~1.0 km east"),
    "sy-al-ishshah": (3.0, "village of southern Quneitra 1 km south of al-Asbah; NE's SY-X01~ polygon takes it in, "
                           "Quneitra's polygon lies ~2.4 km east"),
    # reported_places64.csv: villages of central and southern Quneitra by the line that Natural Earth's generalised
    # Golan line puts in Israel or its SY-X01~ polygon takes in, and the Mantara dam at old Quneitra's point.
    "sy-ayn-ziwan-quneitra": (5.0, "Syrian village 2 km east of the Israeli Ein Zivan; NE's generalised Golan line puts "
                                   "it in Israel, Quneitra's polygon lies ~4.6 km east"),
    "sy-al-adnaniyah": (3.0, "village south of the Mantara dam; NE's generalised Golan line puts it in Israel, "
                             "Quneitra's polygon lies ~2.7 km east"),
    "sy-qahtaniyah-quneitra": (3.0, "village by the Mantara dam; NE's SY-X01~ polygon takes it in, Quneitra's polygon "
                                    "lies ~2.8 km east"),
    "sy-al-mushayrifah-quneitra": (1.0, "village west of Umm Batna; NE's SY-X01~ polygon takes it in, Quneitra's "
                                        "polygon lies ~0.5 km east"),
    "sy-mantara-dam": (5.0, "stand-in at old Quneitra's point, inside NE's UNDOF-zone polygon (as sy-quneitra)"),
    # reported_places53.csv: a town of Basra on the Shatt al-Arab that NE's generalised Iran-Iraq line puts in Iran.
    "iq-siba-basra": (0.5, "town of Basra on the Shatt al-Arab across from Abadan; NE's generalised line runs ~0.25 km "
                           "west of the GeoNames point"),
}

#: Waters in no one country whose reference point still falls in a shore's polygon: id -> (the country Natural
#: Earth puts the point in, why the row's country stays blank). Checked below to be still needed.
SHARED_WATERS: dict[str, tuple[str, str]] = {
    "xz-dead-sea": ("JO", "salt lake shared by Jordan, Israel and the West Bank; NE's Jordan-West Bank line runs "
                          "west of the mid-lake reference point"),
}

#: A place in no country has an id under this prefix: UN/LOCODE's XZ, international waters.
NO_COUNTRY_PREFIX = "xz-"

IRAQ_GOVERNORATES = {
    "IQ-AN", "IQ-AR", "IQ-BA", "IQ-BB", "IQ-BG", "IQ-DA", "IQ-DI", "IQ-DQ", "IQ-KA",
    "IQ-MA", "IQ-MU", "IQ-NA", "IQ-NI", "IQ-QA", "IQ-SD", "IQ-SU", "IQ-KI", "IQ-WA",
}
SYRIA_GOVERNORATES = {
    "SY-DI", "SY-DR", "SY-DY", "SY-HA", "SY-HI", "SY-HL", "SY-HM", "SY-ID", "SY-LA",
    "SY-QU", "SY-RA", "SY-RD", "SY-SU", "SY-TA",
}

#: Columns that must hold a value on every row (admin1: every row but countries and places in no country;
#: country: every row but a sea, shared lake or river, ``outside_country_kinds``).
REQUIRED = ("id", "name", "kind", "lat", "lon", "name_ar", "precision_km", "point", "source")
#: A source names its reference as ``prefix:reference``; several are joined by "; ".
#: geonames:<id>, wikidata:Q<n>, wikipedia:<English article>, <lang>wiki:<article>
#: (dewiki:Zumar), dr5hn-csc:<city id> (dr5hn/countries-states-cities-database,
#: coordinates from GeoNames), naturalearth:<what was derived from the shipped
#: polygons>, globalsecurity:<page>, ourairports:<ident>, airportsdata:<ICAO> (the PyPI package airportsdata),
#: wpi:<port number> (the World Port Index, NGA Pub. 150).
SOURCE_FORM = re.compile(
    r"^(?:geonames:\d+|wikidata:Q\d+"
    r"|wpi:\d+|(?:wikipedia|[a-z]{2,6}wiki|dr5hn-csc|naturalearth|globalsecurity|ourairports|airportsdata):\S.*)$"
)
ID_FORM = re.compile(r"^[a-z]{2}-[a-z0-9]+(?:-[a-z0-9]+)*$")
COORD_FORM = re.compile(r"^-?\d{1,3}\.\d{4,5}$")
ARABIC = re.compile(r"[\u0600-\u06FF]")
CAPITAL_POINT = re.compile(r"^(?:capital|seat of government): ([^(]+?)\s*(?:\(|$)")


def _read_all() -> list[tuple[Path, int, dict[str, str]]]:
    rows = []
    for path in curated_place_files():
        with path.open(encoding="utf-8", newline="") as handle:
            reader = csv.DictReader(handle)
            for line, row in enumerate(reader, start=2):
                rows.append((path, line, row))
    return rows


ROWS = _read_all()
ROW_IDS = [f"{path.stem}:{row['id']}" for path, _, row in ROWS]


def _where(path: Path, line: int, column: str, value: object) -> str:
    return f"{path.name}, line {line}, column {column!r}, value {value!r}"


@pytest.fixture(scope="module")
def boundaries() -> Boundaries:
    return Boundaries.default()


@pytest.fixture(scope="module")
def located(boundaries: Boundaries):
    """(country, admin1) of every row's point, one vectorised lookup, aligned with ROWS."""
    lon = [float(row["lon"]) for _, _, row in ROWS]
    lat = [float(row["lat"]) for _, _, row in ROWS]
    return boundaries.locate(lon, lat)


def _distance_km(geometry, lon: float, lat: float) -> float:
    """Geodesic distance from a point to the nearest point of a (multi)polygon."""
    point = shapely.Point(lon, lat)
    if geometry.covers(point):
        return 0.0
    nearest = nearest_points(geometry, point)[0]
    return _GEOD.inv(lon, lat, nearest.x, nearest.y)[2] / 1000.0


def test_there_are_curated_files_with_the_contract_header():
    files = curated_place_files()
    assert {p.name for p in files} >= {"admin.csv", "settlements.csv"}
    for path in files:
        with path.open(encoding="utf-8", newline="") as handle:
            header = next(csv.reader(handle))
        assert tuple(header) == PLACE_COLUMNS, f"{path.name}: header {header}"


def test_each_file_is_sorted_by_id():
    by_file = collections.defaultdict(list)
    for path, _, row in ROWS:
        by_file[path.name].append(row["id"])
    for name, ids in by_file.items():
        assert ids == sorted(ids), f"{name} is not sorted by id"


@pytest.mark.parametrize(("path", "line", "row"), ROWS, ids=ROW_IDS)
def test_row_is_well_formed(path: Path, line: int, row: dict[str, str]):
    assert None not in row, _where(path, line, "(extra)", row.get(None))
    for column in REQUIRED:
        assert (row[column] or "").strip(), _where(path, line, column, row[column])
    at_sea = not row["country"]
    assert not at_sea or row["kind"] in outside_country_kinds(), _where(path, line, "country", row["country"])
    # (beyond.csv: the states beyond the boundaries and their capitals, in no province the boundaries hold)
    no_province = row["kind"] == "country" or at_sea or path.name == "beyond.csv"
    assert bool(row["admin1"]) != no_province, _where(path, line, "admin1", row["admin1"])
    assert ID_FORM.match(row["id"]), _where(path, line, "id", row["id"])
    prefix = "cc-" + row["country"].lower() if row["kind"] == "country" else row["country"].lower() + "-"
    assert row["id"].startswith(NO_COUNTRY_PREFIX if at_sea else prefix), _where(path, line, "id", row["id"])
    assert row["kind"] in kinds(), _where(path, line, "kind", row["kind"])
    assert at_sea or re.fullmatch(r"[A-Z]{2}", row["country"]), _where(path, line, "country", row["country"])
    if row["admin1"]:
        assert row["admin1"].startswith(row["country"] + "-"), _where(path, line, "admin1", row["admin1"])
    for column, low, high in (("lat", -90, 90), ("lon", -180, 180)):
        assert COORD_FORM.match(row[column]), _where(path, line, column, row[column])
        assert low <= float(row[column]) <= high, _where(path, line, column, row[column])
    assert float(row["precision_km"]) > 0, _where(path, line, "precision_km", row["precision_km"])
    for source in row["source"].split("; "):
        assert SOURCE_FORM.match(source), _where(path, line, "source", row["source"])
    assert ARABIC.search(row["name_ar"]), _where(path, line, "name_ar", row["name_ar"])
    aliases = row["aliases"].split("|") if row["aliases"] else []
    assert all(alias.strip() == alias and alias for alias in aliases), _where(path, line, "aliases", row["aliases"])


def test_ids_are_unique_across_files():
    seen: dict[str, str] = {}
    for path, line, row in ROWS:
        assert row["id"] not in seen, f"{_where(path, line, 'id', row['id'])} already in {seen.get(row['id'])}"
        seen[row["id"]] = f"{path.name}:{line}"


def test_there_are_at_least_700_places():
    assert len(ROWS) >= 700


def test_every_province_of_the_boundaries_has_a_place(boundaries: Boundaries):
    # Natural Earth's extra polygons (codes with "~": neutral zones, UNDOF, TRNC, sovereign bases) are not provinces.
    codes = {code for code in boundaries.frame["admin1"] if "~" not in code and not code.startswith("-")}
    areas = {row["admin1"] for _, _, row in ROWS if row["kind"] in ("governorate", "region")}
    assert sorted(codes - areas) == []


def test_disputed_ground_follows_one_policy(boundaries: Boundaries):
    """De facto country and province as Natural Earth draws them; the de jure code in `disputed`."""
    shipped = set(boundaries.frame["admin1"])
    disputed = [(path, line, row) for path, line, row in ROWS if row["disputed"]]
    assert {row["id"] for _, _, row in disputed} >= {"il-golan-heights", "il-katzrin"}
    for path, line, row in disputed:
        assert row["disputed"] in shipped and row["disputed"] != row["admin1"], _where(path, line, "disputed", row["disputed"])
        assert (row["country"], row["admin1"], row["disputed"]) == ("IL", "IL-Z", "SY-QU"), _where(path, line, "admin1", row["admin1"])


def test_no_spelling_is_shared_by_two_places_of_the_same_kind():
    owners: dict[tuple[str, str], set[str]] = collections.defaultdict(set)
    for _, _, row in ROWS:
        spellings = [row["name"], row["name_ar"], *filter(None, row["aliases"].split("|"))]
        for spelling in spellings:
            key = normalize(spelling)
            assert key, f"{row['id']}: spelling {spelling!r} normalises to nothing"
            owners[(key, row["kind"])].add(row["id"])
    clashes = {key: sorted(ids) for key, ids in owners.items() if len(ids) > 1 and key not in SHARED_SPELLINGS}
    assert not clashes, f"same normalised spelling on two places of one kind: {clashes}"
    for key, (ids, why) in SHARED_SPELLINGS.items():
        assert sorted(owners[key]) == ids, f"{key}: {why}"


#: Spellings two places of one kind share by right, each with why a bare mention is still settled.
SHARED_SPELLINGS: dict[tuple[str, str], tuple[list[str], str]] = {
    ("central", "governorate"): (["il-gov-central", "ir-gov-markazi"],
                                 "Israel's Central District and Iran's Central Province (Markazi means central): "
                                 "the descriptor written (district, province) or the country decides"),
    ("jawf", "governorate"): (["sa-gov-al-jowf", "ye-gov-al-jawf"],
                              "Saudi Arabia's Al-Jowf region and Yemen's Al Jawf governorate: a bare 'al-Jawf' in this "
                              "conflict's reporting is Yemen's (Israeli and US strikes, Houthi launch sites), so Yemen's "
                              "row is one point more prominent; 'Saudi' or the country hint gives the region"),
    ("jouf", "governorate"): (["sa-gov-al-jowf", "ye-gov-al-jawf"], "the same two, spelt Jouf"),
}


@pytest.mark.parametrize(
    ("country", "expected"), [("IQ", IRAQ_GOVERNORATES), ("SY", SYRIA_GOVERNORATES)], ids=["iraq", "syria"]
)
def test_every_governorate_is_present_once_with_its_code(country: str, expected: set[str], boundaries: Boundaries):
    codes = [row["admin1"] for _, _, row in ROWS if row["kind"] == "governorate" and row["country"] == country]
    assert sorted(codes) == sorted(expected)
    # The codes are the ones the shipped polygons carry.
    shipped = set(boundaries.frame.loc[boundaries.frame["country"] == country, "admin1"])
    assert expected <= shipped


def test_governorate_names_resolve_to_their_code_in_the_boundaries(boundaries: Boundaries):
    for _, _, row in ROWS:
        if row["kind"] == "governorate" and row["country"] in {"IQ", "SY"}:
            assert boundaries.province_code(row["name"], country=row["country"]) == row["admin1"], row["id"]


def test_capital_points_sit_on_the_capital_city():
    """A row whose point is 'capital: X' carries the coordinates of the city X in the gazetteer."""
    towns = collections.defaultdict(list)
    for _, _, row in ROWS:
        if row["kind"] in {"city", "town"}:
            towns[normalize(row["name"])].append(row)
    checked = 0
    for path, line, row in ROWS:
        match = CAPITAL_POINT.match(row["point"])
        if not match:
            continue
        candidates = towns.get(normalize(match.group(1)), [])
        assert candidates, _where(path, line, "point", row["point"]) + ": no city of that name"
        distance = min(
            _GEOD.inv(float(row["lon"]), float(row["lat"]), float(c["lon"]), float(c["lat"]))[2] for c in candidates
        )
        assert distance < 1000, _where(path, line, "point", row["point"]) + f": {distance / 1000:.1f} km from it"
        checked += 1
    assert checked >= 45  # 13 countries + 32 governorates at least


@pytest.mark.parametrize("index", range(len(ROWS)), ids=ROW_IDS)
def test_point_lies_in_its_country_and_admin1(index: int, boundaries: Boundaries, located):
    path, line, row = ROWS[index]
    got_country, got_admin1 = located["country"].iloc[index], located["admin1"].iloc[index]
    lon, lat = float(row["lon"]), float(row["lat"])
    if not row["country"]:
        # A sea lies in no country: its point must fall in no polygon (else the loader would give it to a shore),
        # except a shared lake listed with the shore its point falls in.
        shore, why = SHARED_WATERS.get(row["id"], (None, ""))
        assert got_country == shore, f"{row['id']}: point falls in {got_country}/{got_admin1}, expected no country ({why})"
        return
    if row["country"] not in set(boundaries.frame["country"]):
        # A state beyond the boundaries (places/beyond.csv) or its capital: on no province of the bundle, and the file
        # holds nothing else.
        assert path.name == "beyond.csv", f"{_where(path, line, 'country', row['country'])}: no country of the boundaries"
        assert got_country is None and row["kind"] in {"country", "city"} and not row["admin1"], row["id"]
        return
    inside = got_country == row["country"] and (row["kind"] == "country" or got_admin1 == row["admin1"])
    if row["id"] not in NEAR_BORDER:
        assert inside, (
            f"{_where(path, line, 'lat/lon', (row['lat'], row['lon']))}: falls in "
            f"{got_country}/{got_admin1}, expected {row['country']}/{row['admin1'] or '-'}"
        )
        return
    max_km, why = NEAR_BORDER[row["id"]]
    assert not inside, f"{row['id']} is inside its polygon now; remove it from NEAR_BORDER ({why})"
    frame = boundaries.frame
    country_shape = frame.loc[frame["country"] == row["country"]].geometry.union_all()
    assert _distance_km(country_shape, lon, lat) <= max_km, f"{row['id']}: too far from {row['country']} ({why})"
    if row["admin1"]:
        admin1_shape = frame.loc[frame["admin1"] == row["admin1"]].geometry.union_all()
        distance = _distance_km(admin1_shape, lon, lat)
        assert distance <= max_km, f"{row['id']}: {distance:.1f} km from {row['admin1']} > {max_km} ({why})"


def test_allow_list_names_only_existing_rows():
    ids = {row["id"] for _, _, row in ROWS}
    assert set(NEAR_BORDER) <= ids, sorted(set(NEAR_BORDER) - ids)
    blank = {row["id"] for _, _, row in ROWS if not row["country"]}
    assert set(SHARED_WATERS) <= blank, sorted(set(SHARED_WATERS) - blank)


def test_the_seas_of_the_shipping_attacks_are_there_and_in_no_country():
    """The waters that reports of attacks on shipping and of launches name, each in no country but the lakes and
    rivers one country holds."""
    rows = {row["id"]: row for _, _, row in ROWS}
    seas = {"xz-red-sea", "xz-gulf-of-aden", "xz-bab-al-mandab", "xz-arabian-sea", "xz-gulf-of-oman",
            "xz-strait-of-hormuz", "xz-persian-gulf", "xz-eastern-mediterranean"}
    assert seas <= set(rows)
    for key in seas | {"xz-dead-sea"}:
        assert (rows[key]["country"], rows[key]["admin1"]) == ("", ""), key
        # The precision is the water's reach: a strait tens of km, a sea hundreds.
        assert float(rows[key]["precision_km"]) >= 30, key
    assert float(rows["xz-red-sea"]["precision_km"]) > 1000
    held = {"il-sea-of-galilee": ("IL", "IL-Z"), "sy-lake-assad": ("SY", "SY-RA"), "lb-litani-river": ("LB", "LB-JA")}
    for key, (country, admin1) in held.items():
        assert (rows[key]["country"], rows[key]["admin1"]) == (country, admin1), key
