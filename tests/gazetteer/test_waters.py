"""Seas, gulfs, straits, lakes and rivers (gazetteer/data/places/waters.csv).

* ``REFERENCE``: each water's coordinates as its reference prints them, typed
  again here independently of the CSV; a row that drifts more than 1 km fails.
* ``SPELLINGS``: names as reports of attacks on shipping and of launches write
  them, in English and in the other languages reports come in, each with the
  water it must resolve to through ``Gazetteer.default()``.
* The loader: only a sea, lake or river may leave its country blank, and then
  its admin1 too.
"""
from __future__ import annotations

import csv
from pathlib import Path

import pytest
from pyproj import Geod

from gazetteer import Gazetteer
from gazetteer.places import PlaceDataError, curated_place_files, outside_country_kinds, read_places_csv

GEOD = Geod(ellps="WGS84")
HEADER = "id,name,kind,lat,lon,admin1,country,aliases,name_ar,precision_km,point,source\n"

# id: ((lat, lon) as the reference prints them, source)
REFERENCE: dict[str, tuple[tuple[float, float], str]] = {
    "xz-red-sea": ((22.0, 38.0), "wikipedia:Red_Sea"),                     # 22°N 38°E
    "xz-gulf-of-aden": ((12.0, 48.0), "wikipedia:Gulf_of_Aden"),           # 12°N 48°E
    "xz-bab-al-mandab": ((12.583, 43.333), "wikipedia:Bab-el-Mandeb"),     # 12°35′N 43°20′E
    "xz-arabian-sea": ((14.0, 65.0), "wikipedia:Arabian_Sea"),             # 14°N 65°E
    "xz-gulf-of-oman": ((25.0, 58.0), "wikipedia:Gulf_of_Oman"),           # 25°N 58°E
    "xz-strait-of-hormuz": ((26.6, 56.5), "wikipedia:Strait_of_Hormuz"),   # 26°36′N 56°30′E
    "xz-persian-gulf": ((26.0, 52.0), "wikipedia:Persian_Gulf"),           # 26°N 52°E
    "xz-eastern-mediterranean": ((34.0, 34.0), "wikipedia:Levantine_Sea"),  # 34°N 34°E
    "xz-dead-sea": ((31.5, 35.5), "wikipedia:Dead_Sea"),                   # 31°30′N 35°30′E
    "il-sea-of-galilee": ((32.83333, 35.58333), "wikipedia:Sea_of_Galilee"),  # 32°50′N 35°35′E
    "sy-lake-assad": ((36.0, 38.167), "wikipedia:Lake_Assad"),             # 36°00′N 38°10′E
    "lb-litani-river": ((33.33889, 35.24528), "dewiki:Litani_(Fluss_im_Libanon)"),  # mouth 33°20′20″N 35°14′43″E
}

SPELLINGS: list[tuple[str, str]] = [
    # Red Sea
    ("Red Sea", "xz-red-sea"), ("the Red Sea", "xz-red-sea"), ("southern Red Sea", "xz-red-sea"),
    ("البحر الأحمر", "xz-red-sea"), ("Mer Rouge", "xz-red-sea"), ("Rotes Meer", "xz-red-sea"),
    ("Красное море", "xz-red-sea"), ("Mar Rojo", "xz-red-sea"), ("Kızıldeniz", "xz-red-sea"),
    ("הים האדום", "xz-red-sea"), ("دریای سرخ", "xz-red-sea"),
    # Gulf of Aden: not the city of Aden, which the phrase grammar found inside it before
    ("Gulf of Aden", "xz-gulf-of-aden"), ("the Gulf of Aden", "xz-gulf-of-aden"), ("خليج عدن", "xz-gulf-of-aden"),
    ("Golfe d'Aden", "xz-gulf-of-aden"), ("Golf von Aden", "xz-gulf-of-aden"), ("Аденский залив", "xz-gulf-of-aden"),
    ("golfo de Adén", "xz-gulf-of-aden"), ("Aden Körfezi", "xz-gulf-of-aden"),
    # Bab al-Mandab: not Syria's al-Bab
    ("Bab al-Mandab", "xz-bab-al-mandab"), ("Bab-el-Mandeb", "xz-bab-al-mandab"), ("Bab el Mandeb strait", "xz-bab-al-mandab"),
    ("the Bab al-Mandab Strait", "xz-bab-al-mandab"), ("باب المندب", "xz-bab-al-mandab"),
    ("مضيق باب المندب", "xz-bab-al-mandab"), ("Баб-эль-Мандеб", "xz-bab-al-mandab"), ("Babülmendep Boğazı", "xz-bab-al-mandab"),
    # Arabian Sea, Gulf of Oman (not the country), Hormuz, the Gulf
    ("Arabian Sea", "xz-arabian-sea"), ("northern Arabian Sea", "xz-arabian-sea"), ("بحر العرب", "xz-arabian-sea"),
    ("Gulf of Oman", "xz-gulf-of-oman"), ("Sea of Oman", "xz-gulf-of-oman"), ("خليج عمان", "xz-gulf-of-oman"),
    ("دریای عمان", "xz-gulf-of-oman"), ("golfe d'Oman", "xz-gulf-of-oman"),
    ("Strait of Hormuz", "xz-strait-of-hormuz"), ("Hormuz Strait", "xz-strait-of-hormuz"),
    ("مضيق هرمز", "xz-strait-of-hormuz"), ("تنگه هرمز", "xz-strait-of-hormuz"), ("détroit d'Ormuz", "xz-strait-of-hormuz"),
    ("Straße von Hormus", "xz-strait-of-hormuz"), ("Ормузский пролив", "xz-strait-of-hormuz"),
    ("Hürmüz Boğazı", "xz-strait-of-hormuz"),
    ("Persian Gulf", "xz-persian-gulf"), ("Arabian Gulf", "xz-persian-gulf"), ("الخليج العربي", "xz-persian-gulf"),
    ("خلیج فارس", "xz-persian-gulf"), ("Golfe Persique", "xz-persian-gulf"), ("Persischer Golf", "xz-persian-gulf"),
    ("Basra Körfezi", "xz-persian-gulf"),
    # The eastern Mediterranean
    ("Mediterranean", "xz-eastern-mediterranean"), ("the eastern Mediterranean", "xz-eastern-mediterranean"),
    ("Mediterranean Sea", "xz-eastern-mediterranean"), ("البحر المتوسط", "xz-eastern-mediterranean"),
    ("البحر الأبيض المتوسط", "xz-eastern-mediterranean"), ("הים התיכון", "xz-eastern-mediterranean"),
    ("Méditerranée orientale", "xz-eastern-mediterranean"), ("östliches Mittelmeer", "xz-eastern-mediterranean"),
    ("Doğu Akdeniz", "xz-eastern-mediterranean"),
    # Lakes and a river
    ("Dead Sea", "xz-dead-sea"), ("البحر الميت", "xz-dead-sea"), ("ים המלח", "xz-dead-sea"), ("Totes Meer", "xz-dead-sea"),
    ("Sea of Galilee", "il-sea-of-galilee"), ("Lake Tiberias", "il-sea-of-galilee"), ("Lake Kinneret", "il-sea-of-galilee"),
    ("بحيرة طبريا", "il-sea-of-galilee"), ("ים כנרת", "il-sea-of-galilee"), ("lac de Tibériade", "il-sea-of-galilee"),
    ("Lake Assad", "sy-lake-assad"), ("Lake al-Assad", "sy-lake-assad"), ("بحيرة الأسد", "sy-lake-assad"),
    ("Litani River", "lb-litani-river"), ("the Litani", "lb-litani-river"), ("نهر الليطاني", "lb-litani-river"),
    ("נהר הליטני", "lb-litani-river"),
]


def _rows() -> dict[str, dict[str, str]]:
    (path,) = [p for p in curated_place_files() if p.name == "waters.csv"]
    with path.open(encoding="utf-8", newline="") as handle:
        return {row["id"]: row for row in csv.DictReader(handle)}


@pytest.fixture(scope="module")
def default() -> Gazetteer:
    return Gazetteer.default()


def test_every_water_row_has_its_reference_and_sits_on_it():
    rows = _rows()
    assert set(rows) == set(REFERENCE)
    for key, ((lat, lon), source) in REFERENCE.items():
        row = rows[key]
        assert row["source"] == source, key
        assert row["kind"] in outside_country_kinds(), key
        km = GEOD.inv(lon, lat, float(row["lon"]), float(row["lat"]))[2] / 1000
        assert km <= 1.0, f"{key}: {km:.1f} km from its reference"


@pytest.mark.parametrize(("written", "expected"), SPELLINGS, ids=[s for s, _ in SPELLINGS])
def test_water_spellings_resolve(default: Gazetteer, written: str, expected: str):
    assert default.resolve(written).id == expected


def test_a_sea_resolves_in_no_country_with_its_reach_as_precision(default: Gazetteer):
    red = default.resolve("Red Sea")
    assert (red.kind, red.country, red.admin1) == ("sea", "", "")
    assert red.precision_km > 1000
    # Egypt's Red Sea governorate shares the French and Arabic names; in attack reporting a bare one is the sea
    # (kinds.csv: a sea is more prominent than a governorate), and the match says so.
    for written in ("Mer Rouge", "Al Bahr al Ahmar"):
        shared = default.resolve(written)
        assert shared.id == "xz-red-sea" and shared.ambiguous, written
        assert [a.place_id for a in shared.alternatives] == ["eg-gov-red-sea"], written
    # The descriptor still decides.
    assert default.resolve("Red Sea Governorate").id == "eg-gov-red-sea"
    assert default.resolve("Red Sea province").id == "eg-gov-red-sea"


def test_names_that_hold_a_water_name_stay_their_own_places(default: Gazetteer):
    assert default.resolve("Aden").id == "ye-aden"
    assert default.resolve("Kinneret").id == "il-kinneret"  # the village; the lake is written with 'Lake' or 'Sea'
    assert default.resolve("Tiberias").id == "il-tiberias"
    assert default.resolve("Bushehr").id != "xz-persian-gulf"


def test_rivers_too_long_for_a_point_are_not_places(default: Gazetteer):
    """The Euphrates and the Tigris run 2,800 and 1,850 km through three countries: no point stands for them."""
    assert default.resolve_many(["Euphrates", "Tigris"])["place_id"].isna().all()


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        # A place named with the water it lies by is the more specific, whichever comes first.
        ("off Hodeidah in the Red Sea", "ye-hodeidah"),
        ("the Red Sea off Hodeidah", "ye-hodeidah"),
        ("Mokha, on the Bab al-Mandab", "ye-mokha"),
        ("Tiberias, Sea of Galilee", "il-tiberias"),
        ("Hodeidah, Red Sea", "ye-hodeidah"),
        # A name that holds no place inside the water: the water stands for it, as its container.
        ("a tanker in the Gulf of Aden", "xz-gulf-of-aden"),
    ],
)
def test_a_place_named_with_its_water_is_the_one_meant(default: Gazetteer, phrase: str, expected: str):
    assert default.resolve(phrase).id == expected


# -- the loader ---------------------------------------------------------------------
def test_a_sea_may_leave_country_and_admin1_blank(tmp_path: Path):
    path = tmp_path / "waters.csv"
    path.write_text(HEADER + "xz-x,X Sea,sea,20,40,,,,,,,\nxz-y,Y Lake,lake,31,35,,,,,,,\n", encoding="utf-8")
    sea, lake = read_places_csv(path)
    assert (sea.country, sea.admin1, sea.precision_km) == ("", "", 500.0)
    assert lake.country == "" and lake.kind == "lake"


@pytest.mark.parametrize(
    ("row", "message"),
    [
        ("iq-x,X,town,33,44,IQ-AN,,,,,,", r"column 'country': value '' is invalid; expected an ISO 3166-1 alpha-2 code "
                                         r"such as 'IQ' \(only a place of kind lake, river, sea may leave it blank\)"),
        ("xz-x,X Sea,sea,20,40,YE-HU,,,,,,", r"column 'admin1': value 'YE-HU' is invalid; expected empty for a place in "
                                            r"no country"),
        ("xz-x,X Sea,sea,20,40,,Yemen,,,,,", r"column 'country': value 'Yemen' is invalid"),
    ],
)
def test_only_waters_may_lack_a_country(tmp_path: Path, row: str, message: str):
    path = tmp_path / "bad.csv"
    path.write_text(HEADER + row + "\n", encoding="utf-8")
    with pytest.raises(PlaceDataError, match=message) as info:
        read_places_csv(path)
    assert info.value.line == 2
