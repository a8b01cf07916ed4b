"""Disputed ground and regions, one policy everywhere: de facto as Natural Earth draws it,
the de jure code kept in ``disputed`` (gazetteer/data/README.md)."""
from __future__ import annotations

import csv
from pathlib import Path

import pytest

from gazetteer import Gazetteer
from gazetteer.boundaries import Boundaries
from gazetteer.errors import AmbiguousPlace
from geoincidents.io.load import load_incidents

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def b() -> Boundaries:
    return Boundaries.default()


def test_gazetteer_and_boundaries_agree_on_the_golan(b):
    golan = Gazetteer.default().resolve("Golan Heights")
    assert (golan.country, golan.admin1, golan.disputed) == ("IL", "IL-Z", "SY-QU")
    located = b.locate([golan.lon], [golan.lat]).iloc[0]
    assert (located["country"], located["admin1"]) == (golan.country, golan.admin1)


# (query, the province codes it selects)
REGIONS = [
    ("Kurdistan Region", ["IQ-AR", "IQ-DA", "IQ-SU"]),
    ("Iraqi Kurdistan", ["IQ-AR", "IQ-DA", "IQ-SU"]),
    ("إقليم كردستان", ["IQ-AR", "IQ-DA", "IQ-SU"]),
    ("Golan Heights", ["SY-QU"]),
    ("Quneitra", ["SY-QU"]),
    ("Kordestan", ["IR-12"]),
]


@pytest.mark.parametrize(("name", "codes"), REGIONS)
def test_a_region_selects_its_provinces(b, name, codes):
    assert b.province_selection(name) == codes


@pytest.mark.parametrize("name", ["Kurdistan", "Northern"])
def test_a_name_of_provinces_in_two_countries_is_never_settled_silently(b, name):
    with pytest.raises(AmbiguousPlace, match=f"province '{name}' is ambiguous across"):
        b.province_selection(name)


def test_bare_kurdistan_in_the_gazetteer_names_both(b):
    match = Gazetteer.default().resolve("Kurdistan")
    assert match.id == "iq-kurdistan-region" and match.ambiguous
    assert "ir-gov-kurdistan" in {a.place_id for a in match.alternatives} or any(
        a.admin1 == "IR-12" for a in match.alternatives)


@pytest.fixture(scope="module")
def golan_table(tmp_path_factory, b):
    with (ROOT / "seeds" / "incidents.csv").open(encoding="utf-8") as handle:
        base = next(csv.DictReader(handle))
    # A point of Syrian-held Quneitra governorate (inside Natural Earth's SY-QU polygon).
    inside = b.frame.loc[b.frame["admin1"] == "SY-QU", "geometry"].iloc[0].representative_point()
    rows = []
    for n, (place, lat, lon) in enumerate([("Katzrin", "", ""), ("Golan Heights", "32.98167", "35.74944"),
                                           ("", f"{inside.y:.5f}", f"{inside.x:.5f}"), ("Erbil", "", ""),
                                           ("Zummar", "", "")]):
        row = dict(base, incident_id=f"g-{n}", target_place=place, target_lat=lat, target_lon=lon, target_precision="",
                   launch_place="Albu Kamal", launch_lat="", launch_lon="", launch_precision="")
        rows.append(row)
    path = tmp_path_factory.mktemp("golan") / "incidents.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(base))
        writer.writeheader()
        writer.writerows(rows)
    return load_incidents(path)


def test_golan_points_pass_the_place_checks_and_cross_a_border(golan_table):
    frame = golan_table.frame
    assert list(frame["target_country"][:2]) == ["IL", "IL"]
    assert frame["cross_border"][:2].all()  # fired from Syria at the Israeli-held Golan


def test_queries_apply_the_same_policy(golan_table):
    golan = golan_table.in_province("Golan Heights", role="target").frame["incident_id"].tolist()
    assert golan == ["g-0", "g-1", "g-2"]  # Israeli-held places (disputed SY-QU) and Syrian-held Quneitra
    kurdistan = golan_table.in_province("Kurdistan Region", role="target").frame["incident_id"].tolist()
    assert kurdistan == ["g-3"]
    with pytest.raises(AmbiguousPlace):
        golan_table.in_province("Kurdistan")


@pytest.mark.parametrize("phrase", ["Golan Heights, Syria", "Katzrin, Syria", "Golan Heights, Israel", "Katzrin, Quneitra"])
def test_a_disputed_place_is_found_in_its_de_facto_and_its_de_jure_container(phrase):
    match = Gazetteer.default().resolve(phrase)
    assert match.id in ("il-golan-heights", "il-katzrin") and match.method in ("exact", "alias")
