"""Place mentions: what is a toponym, what is not, and which place an ambiguous one is."""
from __future__ import annotations

import pytest

from geoincidents.extract import extract_report
from tests.geoincidents.extract.conftest import assert_one_mention


def places(text, gazetteer, **kw):
    return extract_report(text, gazetteer=gazetteer, **kw).places


@pytest.mark.parametrize("text, mention, place_id", [
    ("Rockets hit Ain al-Asad Air Base.", "Ain al-Asad Air Base", "iq-ain-al-asad-air-base"),
    ("Drones targeted Ayn al-Asad.", "Ayn al-Asad", "iq-ain-al-asad-air-base"),
    ("A drone struck the Al-Asad Airbase.", "Al-Asad Airbase", "iq-ain-al-asad-air-base"),
    ("Fire came from al-Qa'im.", "al-Qa'im", "iq-al-qaim"),
    ("Fire came from al-Qa’im town.", "al-Qa’im town", "iq-al-qaim"),
    ("Militants fired from Jurf al-Nasr.", "Jurf al-Nasr", "iq-jurf-al-sakhar"),
    ("Rockets fell in الحسكة overnight.", "الحسكة", "sy-hasakah"),
    ("They fired from the town of Zummar.", "Zummar", "iq-zummar"),
    ("Blasts were heard in Babil Province.", "Babil Province", "iq-gov-babil"),
    ("A drone hit Tower 22 in Jordan.", "Tower 22", "jo-tower-22"),
])
def test_spellings_descriptors_and_arabic_script(gazetteer, text, mention, place_id):
    assert_one_mention(text, places(text, gazetteer), mention, place_id)


@pytest.mark.parametrize("text, absent", [
    ("The Islamic Resistance in Iraq claimed the attack.", "Iraq"),
    ("A Quds Force officer was killed.", "Quds"),
    ("Israel National News reported the strike.", "Israel"),
    ("Defense Secretary Lloyd Austin spoke.", "Austin"),
    ("President Bashar al-Assad met envoys.", "al-Assad"),
    ("The drone hit a depot.", "hit"),
    ("Iran-backed militias fired rockets.", "Iran"),
    # A given name that is only an alias of a village, before another name or "said" (Rami / Rama).
    ("Rami Abdel Rahman, who heads the observatory, said rockets hit Conoco.", "Rami"),
    ("Spokesman Rami said the drones were downed.", "Rami"),
    # Titles before names; place words that open an organisation's name.
    ("Maj. Hillah Ahmed said the base was hit.", "Hillah"),
    ("The Baghdad Operations Command said rockets fell.", "Baghdad"),
    ("The Israel Defense Forces said a drone was downed.", "Israel"),
    ("Kurdistan 24 reported the drone attack.", "Kurdistan"),
    # Person names that are place names: a given name before it, or a name after its alias.
    ("Saad Maan said the attack failed.", "Maan"),
    ("Omar Abdullah said the attack failed.", "Omar"),
    ("Israel Katz said the strikes would go on.", "Israel"),
    ("Hamid al-Jazaeri said the attack failed.", "Jazaeri"),
    ("A car bomb went off on Palestine Street.", "Palestine"),
])
def test_names_that_are_not_places(gazetteer, text, absent):
    found = places(text, gazetteer)
    assert not found["mention"].str.contains(absent, regex=False).any(), found["mention"].tolist()


def test_street_inside_a_container_resolves_to_the_container(gazetteer):
    found = places("A blast hit Palestine Street, Baghdad.", gazetteer)
    assert found["place_id"].tolist() == ["iq-baghdad"]


def test_ambiguous_name_settled_by_nearby_words(gazetteer):
    # ("the province of Hasaka" is itself a phrase the gazetteer reads as the province.)
    found = places("Officials of the governorate in Hasaka said it was calm.", gazetteer)
    assert found.iloc[0]["place_id"] == "sy-gov-hasakah"
    assert found.iloc[0]["settled_by"] == "nearby words"
    found = places("Officials in the province of Hasaka said it was calm.", gazetteer)
    assert found.iloc[0]["place_id"] == "sy-gov-hasakah"
    found = places("Rockets were fired toward the base at Rumalyn.", gazetteer)
    assert found.iloc[0]["place_id"] == "sy-rumalyn-landing-zone"


def test_one_sense_per_report(gazetteer):
    text = "Rockets landed near the Rumalyn base on Sunday. Officials said Rumalyn was quiet on Monday."
    found = places(text, gazetteer, published="2024-04-22")
    assert found["place_id"].tolist() == ["sy-rumalyn-landing-zone"] * 2
    assert found.iloc[1]["settled_by"] == "one sense per report"


def test_an_attack_target_is_the_base_of_that_name(gazetteer):
    found = places("On Sunday drones attacked US forces at Rumalyn.", gazetteer, published="2024-04-21")
    assert found.iloc[0]["place_id"] == "sy-rumalyn-landing-zone"
    assert found.iloc[0]["role"] == "target"


def test_demonym_with_territory_is_the_country(gazetteer):
    found = places("On Sunday rockets were fired from Iraqi territory at US forces in Syria.", gazetteer,
                   published="2024-04-21")
    roles = dict(zip(found["mention"], found["role"]))
    assert roles == {"Iraqi territory": "launch", "Syria": "target"}


def test_geonames_places_named_by_common_words_are_not_mentions(gazetteer):
    # GeoNames holds villages called "The", "On", "Us", "Most", "Thursday Island", "Rama", "Nov"; a report's words are
    # not them. Places as from_geonames builds them (ids 'geonames-<id>'); the curated places keep resolving.
    from gazetteer import Gazetteer
    from gazetteer.places import Place

    from geoincidents.extract import extract_report

    def village(k, name, *aliases):
        return Place(id=f"geonames-{900000 + k}", name=name, kind="village", lat=10.0 + k, lon=10.0, country="FR",
                     aliases=aliases, source=f"geonames:{900000 + k}")

    extra = [village(1, "Teresina", "The"), village(2, "On"), village(3, "Us"), village(4, "Most"),
             village(5, "Thursday Island", "Thursday"), village(6, "Rama"), village(7, "Nov"),
             village(8, "Dronero", "Drone"), village(9, "Saint-Clair")]
    g = Gazetteer.default().merge(extra)
    text = ("The drone attack on Thursday hit the Ain al-Asad base, US officials said. On Nov. 3, most rockets missed. "
            "Drone debris fell near Saint-Clair.")
    places = extract_report(text, published="2024-01-26", gazetteer=g).places
    assert places["mention"].tolist() == ["Ain al-Asad base", "Saint-Clair"]


def test_spellings_no_list_holds_are_found_by_sound(gazetteer):
    # Written as one word, or with qaf for the colloquial kh: the gazetteer's phonetic key finds them.
    found = places("Strikes hit the area around Alboukamal. Jets struck Jurf al Saqr on Tuesday.", gazetteer)
    assert list(zip(found["mention"], found["place_id"], found["method"])) == [
        ("Alboukamal", "sy-albu-kamal", "phonetic"), ("Jurf al Saqr", "iq-jurf-al-sakhar", "phonetic")]


def test_people_and_demonyms_are_not_places_by_sound(gazetteer):
    text = ("Officials said Wissam Mohammed al-Saadi was killed. Mohammad Reza Zahedi was named. "
            "Syrian, Israeli and Palestinian officials spoke.")
    found = places(text, gazetteer)
    assert "phonetic" not in set(found["method"])


def test_a_place_owning_a_group_or_office_is_not_a_place_of_the_report(gazetteer):
    # "Iran's Revolutionary Guards", "Israel's military", "the Kurdistan Region's counter-terrorism service":
    # the group's name, as "Islamic Resistance in Iraq" is; a place that owns a place is still one.
    from geoincidents.extract import extract_report

    r = extract_report("Iran's Revolutionary Guards said they fired missiles at Israel on Sunday. Israel's military "
                       "said most were intercepted over Iran's Isfahan province and the Kurdistan Region's "
                       "counter-terrorism service reported debris near Erbil.", published="2024-04-22",
                       gazetteer=gazetteer)
    places = r.places[r.places["sense"] == "place"]
    assert places["mention"].tolist() == ["Israel", "Iran", "Isfahan province", "Erbil"]
    assert r.places.loc[r.places["sense"] == "state", "mention"].tolist() == ["Iran", "Israel", "Kurdistan Region"]


@pytest.mark.parametrize("text, absent", [
    # outlets, armed groups and parties whose names hold a place name
    ("Lebanon's Al Mayadeen reported that drones hit the Conoco field.", "Al Mayadeen"),
    ("A correspondent for Al Mayadeen said the base at Kalsu was hit.", "Al Mayadeen"),
    ("Al-Mayadeen TV showed smoke over the Shaddadi base.", "Al-Mayadeen"),
    ("Al-Jazeera aired footage of the strike on Jurf al-Sakhar.", "Jazeera"),
    ("Al-Hadath said three rockets fell near Baghdad airport.", "Hadath"),
    ("Al-Sumaria reported a blast at the Kalsu base.", "Sumaria"),
    ("Saraya Awliya al-Dam claimed the rockets fired at Ain al-Asad.", "al-Dam"),
    ("An official of the Patriotic Union of Kurdistan said a drone hit Sulaymaniyah airport.", "Kurdistan"),
    ("Fighters of the Islamic State of Iraq and the Levant attacked a checkpoint near Tikrit.", "Iraq"),
    ("Saraya al-Quds said it fired rockets at Sderot.", "al-Quds"),
    ("The Islamic Resistance in Lebanon said it fired drones at Haifa.", "Lebanon"),
    ("Dijlah TV said a drone fell near Kirkuk.", "Dijlah"),
    ("The Gaza health ministry said the strike in Rafah killed nine.", "Gaza"),
    ("Israel Police said a drone fell near Eilat.", "Israel"),
    # a surname that is only an alias of a town, after a given name
    ("A drone strike near Erbil on Monday targeted Omed Khoshnaw, the group said.", "Khoshnaw"),
    # well-known names the phonetic stage would hear as a place of the region
    ("Rockets hit Baghdad airport on the anniversary of Soleimani's killing there.", "Soleimani"),
    ("Pilgrims marking Arbaeen crowded Karbala when the drone fell.", "Arbaeen"),
    ("A Karrar drone was shot down near Erbil on Monday.", "Karrar"),
    # a single name before "said" or after "according to" is a person, heard by sound or an alias
    ("Drones struck a base near Erbil on Monday. Bagheri said the attack would be answered.", "Bagheri"),
    ("Drones struck a base near Erbil on Monday, according to Nasser.", "Nasser"),
    ("Rockets hit the Green Village base in Syria. Khalil said no one was hurt.", "Khalil"),
    # a place that qualifies an assembly or a titled person, a demonym alone
    ("A former deputy speaker of the Kurdistan parliament said a missile struck his house in Erbil.", "Kurdistan"),
    ("Kurdistan Region President Nechirvan Barzani condemned the drone attack on Erbil.", "Kurdistan Region"),
    ("Saudi broadcaster Asharq said the Kalsu base was hit.", "Saudi"),
    # an embassy the gazetteer holds is not another one the report names
    ("Missiles struck a house near the US consulate in Erbil.", "US consulate"),
    ("Protesters gathered outside the US embassy in Beirut after the strike.", "US embassy"),
])
def test_names_of_outlets_groups_and_other_embassies_are_no_places(gazetteer, text, absent):
    found = places(text, gazetteer)
    assert absent not in set(found["mention"]), found[["mention", "place_id"]].to_dict("records")
    assert len(found), "the literal place of the sentence stays"


@pytest.mark.parametrize("text, mention, place_id", [
    ("Strikes hit depots near the town of Mayadeen in Deir ez-Zor.", "Mayadeen", "sy-mayadin"),
    ("Rockets fell near the US embassy in Baghdad on Friday.", "US embassy", "iq-us-embassy-baghdad"),
    ("An Israeli strike flattened the Iranian consulate in Damascus.", "Iranian consulate in Damascus",
     "sy-iranian-embassy-damascus"),
    ("Missiles struck a house near the US consulate in Erbil.", "Erbil", "iq-erbil"),
    ("Residents in Qaim said rockets were fired from the desert.", "Qaim", "iq-al-qaim"),
])
def test_the_places_beside_those_names_stay(gazetteer, text, mention, place_id):
    assert_one_mention(text, places(text, gazetteer), mention, place_id)


@pytest.mark.parametrize("lead", ["\n\n", "\n", " "])
def test_a_title_after_a_line_break_ends_no_sentence(lead):
    """"Lt. Gen. X said" opens a paragraph as often as it follows a space: neither dot ends the sentence."""
    from geoincidents.extract.text import sentences

    text = f"Drones hit two sites on Tuesday.{lead}Lt. Gen. Walid Tamimi said one hit Taji Base."
    found = [s.text for s in sentences(text)]
    assert found == ["Drones hit two sites on Tuesday.", "Lt. Gen. Walid Tamimi said one hit Taji Base."]


@pytest.mark.parametrize("text, absent, present", [
    # a common word or given name written bare names no place whose name has the article
    ("قُتل أربعة في غارة إسرائيلية الثلاثاء استهدفت سيارة قرب تل في جنوب لبنان.", "تل", None),
    ("أعلنت القناة مقتل المراسلة فرح عمر في غارة إسرائيلية على كفركلا.", "عمر", "كفركلا"),
    ("صدر بيان عن الجيش بعد غارة على مدينة صور.", "صدر", "صور"),
    # an outlet's name in quotation marks after the noun that opens it ("the al-Mayadeen channel") is no place
    ('أعلنت قناة "الميادين" مقتل مراسلتها في غارة على كفركلا.', "الميادين", "كفركلا"),
    # with its article, the place
    ("سقطت صواريخ على بلدة التل قرب دمشق.", None, "التل"),
    # a name not in the list keeps its bare form
    ("استهدفت طائرة مسيرة حقلا نفطيا في قضاء شيخان.", None, "شيخان"),
])
def test_a_common_arabic_word_without_the_article_of_a_place_name_is_no_mention(gazetteer, text, absent, present):
    found = set(places(text, gazetteer, published="2023-11-21")["mention"])
    assert absent is None or absent not in found
    assert present is None or present in found


def test_every_common_arabic_word_that_names_a_place_with_its_article_is_listed(gazetteer):
    # the list in extract_words.csv is the words of the gazetteer's article names whose bare form wordfreq puts at Zipf
    # 4 or more and that the gazetteer resolves: a place added with such a name joins it, or the bare word is read
    import wordfreq

    from gazetteer.errors import GazetteerError
    from geoincidents.extract import lexicon

    listed = lexicon.words("arabic_bare_word")
    names = [n for col in ("name_ar", "aliases") for v in gazetteer.places[col].dropna() for n in str(v).split("|")]
    missing = set()
    for word in {w[2:] for n in names for w in n.split() if w.startswith("ال") and len(w) > 3}:
        if word in listed or wordfreq.zipf_frequency(word, "ar") < 4.0:
            continue
        try:
            gazetteer.resolve(word)
        except GazetteerError:
            continue
        missing.add(word)
    assert missing == set()
    assert all(wordfreq.zipf_frequency(w, "ar") >= 4.0 for w in listed)
