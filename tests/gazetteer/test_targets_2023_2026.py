"""Targets and launch points that 2023-2026 attack reporting names, held from their references (issue #7).

Before they were held, each was not found or reached some other place: Ghajar was Iran's Khojir missile complex
(1,500 km away) by sound, Malkia Syria's al-Malikiyah, the Hebrew מירון the Lebanese village Yaroun, Jalawla and
Baghuz were not found, Kfar Roummane, Jibchit, Arnoun, Deir Mimas, Wazzani and Shaqra (struck again and again in
south Lebanon) were not found or, for Shaqra, Jordan's Sakhrah. Hmeimim, the Russian base at Latakia's airfield,
was not found in any spelling: its names are the airfield's (``data/airfield_names.csv``), so the airfields tool
keeps writing one row for the one runway.

The reference coordinates are typed again here from the cited source, so a row that drifts from its reference
fails. Left out for want of a point that the boundaries place on the right side: Blida, whose Wikipedia point
(and its Arabic Wikipedia one) lies across Natural Earth's generalised Blue Line, like Zar'it before it.
Kibbutz Dan is left out: its name, with the kibbutz word read as a descriptor, would make every "Dan" a place.
"""
from __future__ import annotations

import pytest
from pyproj import Geod

from gazetteer import Gazetteer
from gazetteer.errors import GazetteerError

GEOD = Geod(ellps="WGS84")

#: id: (lat, lon as the reference gives them, reference)
REFERENCE: dict[str, tuple[float, float, str]] = {
    # south Lebanon: villages and towns struck in 2023-2025
    "lb-jibchit": (33.3639, 35.43, "wikipedia:Jibshit"),
    "lb-arnoun": (33.33333, 35.53333, "wikipedia:Arnoun 33°20′0″N 35°32′0″E"),
    "lb-deir-mimas": (33.30194, 35.54528, "arwiki:دير_ميماس 33°18′7″N 35°32′43″E"),
    "lb-hebbariyeh": (33.3675, 35.694167, "arwiki:الهبارية،_حاصبيا 33°22′03″N 35°41′39″E"),
    "lb-talloussa": (33.23625, 35.485056, "wikipedia:Talloussa 33°14′10.5″N 35°29′06.2″E"),
    "lb-ain-ebel": (33.11023, 35.40251, "geonames:277467"),
    "lb-wazzani": (33.27722, 35.62194, "wikipedia:Wazzani 33°16′38″N 35°37′19″E"),
    "lb-shaqra": (33.19167, 35.46278, "wikipedia:Shaqra,_Bint_Jbeil 33°11′30″N 35°27′46″E"),
    "lb-kounine": (33.14889, 35.43806, "wikipedia:Kounine 33°08′56″N 35°26′17″E"),
    "lb-kfar-remen": (33.3862, 35.4966, "wikipedia:Kfar_Remen"),
    "lb-ghajar": (33.27115, 35.62288, "geonames:173882"),
    # northern Israel and the Golan: communities on the Lebanese line
    "il-dovev": (33.05222, 35.40750, "wikipedia:Dovev 33°3′8″N 35°24′27″E"),
    "il-malkia": (33.09833, 35.51111, "wikipedia:Malkia 33°5′54″N 35°30′40″E"),
    "il-menara": (33.19583, 35.54444, "wikipedia:Menara,_Israel 33°11′45″N 35°32′40″E"),
    "il-neve-ativ": (33.26167, 35.74111, "wikipedia:Neve_Ativ 33°15′42″N 35°44′28″E"),
    "il-sasa": (33.02694, 35.39444, "wikipedia:Sasa,_Israel 33°1′37″N 35°23′40″E"),
    "il-shomera": (33.08278, 35.28417, "wikipedia:Shomera 33°4′58″N 35°17′3″E"),
    "il-yiftah": (33.12884, 35.55231, "geonames:293186"),
    "il-snir": (33.24073, 35.6773, "geonames:443105"),
    "il-meron": (32.9878, 35.44087, "geonames:294258"),
    "il-eilon": (33.06365, 35.22009, "geonames:295241"),
    # Iran, Iraq, Syria, Yemen
    "ir-shahr-e-rey": (35.59354, 51.43997, "geonames:9533872"),
    "iq-jalawla": (34.27194, 45.16806, "wikipedia:Jalawla 34°16′19″N 45°10′5″E"),
    "sy-al-baghuz-fawqani": (34.45861, 40.95056, "wikipedia:Al-Baghuz_Fawqani 34°27′31″N 40°57′2″E"),
    "sy-jamraya": (33.56, 36.217, "wikipedia:Jamraya 33°33′36″N 36°13′01″E"),
    "sy-beit-jinn": (33.31056, 35.91889, "wikipedia:Beit_Jinn 33°18′38″N 35°55′8″E"),
    "ye-bayt-al-faqih": (14.51635, 43.32446, "geonames:76991"),
    "ye-kitaf": (17.03165, 44.10905, "geonames:73668"),
    "ye-al-jarrahi": (14.13254, 43.38845, "geonames:79284"),
    "ye-hays": (13.9317, 43.4831, "geonames:74906"),
    "ye-at-tuhayta": (14.18356, 43.22637, "geonames:77655"),
    "ye-al-mansuriyah": (14.6856, 43.29922, "geonames:78929"),
    "ye-az-zaydiyah": (15.33049, 43.00633, "geonames:77515"),
    "ye-al-qanawis": (15.49285, 43.1343, "geonames:78675"),
}


@pytest.fixture(scope="module")
def g() -> Gazetteer:
    return Gazetteer.default()


@pytest.mark.parametrize("place_id", sorted(REFERENCE))
def test_the_row_sits_at_its_reference(g, place_id):
    lat, lon, _ = REFERENCE[place_id]
    place = g.get(place_id)
    assert GEOD.inv(lon, lat, place.lon, place.lat)[2] < 50.0


def test_hmeimim_is_the_airfield_latakia_shares_with_the_russian_base(g):
    # wikipedia:Khmeimim_Air_Base gives 35°24′42″N 35°56′42″E: within the airfield row's precision (2 km)
    airfield = g.get("sy-latakia-airport")
    assert GEOD.inv(35.945, 35.41167, airfield.lon, airfield.lat)[2] < airfield.precision_km * 1_000


#: spellings as reports write them, in our own words
SPELLINGS = [
    ("an air strike on Jibchit, north of the Litani", "lb-jibchit"),
    ("Jebchit", "lb-jibchit"),
    ("غارة على بلدة جبشيت", "lb-jibchit"),
    ("the outskirts of Arnoun below the Beaufort castle", "lb-arnoun"),
    ("أرنون", "lb-arnoun"),
    ("Deir Mimas in the Marjayoun district", "lb-deir-mimas"),
    ("Deirmimas", "lb-deir-mimas"),
    ("دير ميماس", "lb-deir-mimas"),
    ("Hebbariyeh", "lb-hebbariyeh"),
    ("the village of Habbariyeh in the Arqoub", "lb-hebbariyeh"),
    ("الهبارية", "lb-hebbariyeh"),
    ("Tallousa", "lb-talloussa"),
    ("طلوسة", "lb-talloussa"),
    ("Ain Ebel", "lb-ain-ebel"),
    ("عين إبل", "lb-ain-ebel"),
    ("shelling near Wazzani on the Hasbani", "lb-wazzani"),
    ("الوزاني", "lb-wazzani"),
    ("a drone strike in Chaqra", "lb-shaqra"),
    ("شقرا", "lb-shaqra"),
    ("Kounin", "lb-kounine"),
    ("كونين", "lb-kounine"),
    ("a strike on a house in Kfar Roummane", "lb-kfar-remen"),
    ("Kfar Rumman", "lb-kfar-remen"),
    ("كفررمان", "lb-kfar-remen"),
    ("the outskirts of Ghajar", "lb-ghajar"),
    ("الغجر", "lb-ghajar"),
    ("anti-tank missiles at Dovev", "il-dovev"),
    ("Kibbutz Malkiya", "il-malkia"),
    ("מלכיה", "il-malkia"),
    ("rockets on Kibbutz Manara", "il-menara"),
    ("Menara", "il-menara"),
    ("Neve Ativ on the Hermon", "il-neve-ativ"),
    ("Kibbutz Sasa", "il-sasa"),
    ("Shomera", "il-shomera"),
    ("שומרה", "il-shomera"),
    ("Kibbutz Yiftach", "il-yiftah"),
    ("Snir", "il-snir"),
    ("Meron", "il-meron"),
    ("מירון", "il-meron"),
    ("Kibbutz Eilon", "il-eilon"),
    ("Shahr-e Rey, south of Tehran", "ir-shahr-e-rey"),
    ("شهر ری", "ir-shahr-e-rey"),
    ("Jalula in Diyala", "iq-jalawla"),
    ("جلولاء", "iq-jalawla"),
    ("Baghouz, across the Euphrates from Albu Kamal", "sy-al-baghuz-fawqani"),
    ("الباغوز", "sy-al-baghuz-fawqani"),
    ("the research centre at Jamraya", "sy-jamraya"),
    ("جمرايا", "sy-jamraya"),
    ("Beit Jinn", "sy-beit-jinn"),
    ("Bayt al-Faqih", "ye-bayt-al-faqih"),
    ("بيت الفقيه", "ye-bayt-al-faqih"),
    ("Kitaf in Saada", "ye-kitaf"),
    ("Al-Jarrahi district", "ye-al-jarrahi"),
    ("Hays, south of Hodeidah", "ye-hays"),
    ("Al-Tuhayta", "ye-at-tuhayta"),
    ("التحيتا", "ye-at-tuhayta"),
    ("Al-Mansuriyah", "ye-al-mansuriyah"),
    ("Az Zaydiyah", "ye-az-zaydiyah"),
    ("Al Qanawis", "ye-al-qanawis"),
    ("Hmeimim air base", "sy-latakia-airport"),
    ("the Khmeimim airbase near Jableh", "sy-latakia-airport"),
    ("قاعدة حميميم", "sy-latakia-airport"),
]


@pytest.mark.parametrize(("phrase", "place_id"), SPELLINGS)
def test_the_spelling_finds_the_place(g, phrase, place_id):
    assert g.resolve(phrase).id == place_id


@pytest.mark.parametrize(("name", "place_id"), [
    ("Sasa", "sy-sasa"),  # the Syrian town keeps the bare name; the kibbutz answers to "Kibbutz Sasa"
    ("Beit Jann", "il-beit-jann"),  # the Druze town in Israel is not the Syrian Beit Jinn
    ("Latakia", "sy-latakia"),
    ("Karaj", "ir-karaj"),
])
def test_names_of_other_places_keep_their_place(g, name, place_id):
    assert g.resolve(name).id == place_id


@pytest.mark.parametrize("word", ["Dan", "Elon"])
def test_given_names_are_no_places(g, word):
    with pytest.raises(GazetteerError):
        g.resolve(word, fuzzy=False)
