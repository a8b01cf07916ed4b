"""Write ``gazetteer/data/places/iraq_villages.csv``: the villages of Iraq's strike zones, taken by rule from Who's On
First's Iraq localities.

Turkish drone and artillery strikes on the border villages of Duhok, Erbil and Sulaymaniyah, Iranian strikes on the
Koya and Degala camps, and strikes in Sinjar, Makhmour and Kirkuk name villages that ``towns.csv`` (GeoNames'
``cities500``) does not list. This script takes the class whole from the locality records of Who's On First's Iraq
repository (``whosonfirst-data/whosonfirst-data-admin-iq``, CC BY 4.0; each record a GeoNames record, CC BY 4.0, whose
id the row keeps as ``geonames:<id>``), by the rules of the Syria villages tool (``tools/gazetteer_syria_villages.py``
gives them; ``tools/wofvillages.py`` and ``placenames.VillageRules`` hold them).

Input: a tab-separated extract of those records (path on the command line; the data stay outside the repository)
with the Syria extract's columns (``gnid``, ``wof_id``, ``name``, ``lat``, ``lon``, ``admin1``, ``county_id``,
``county``, ``population``, ``feature_code``, ``ara``, ``kur``, ``latin``, ``gn_name``) and ``current``: ``0`` for a
record WOF marks as no longer current (``mz:is_current`` 0, ``wof:superseded_by`` or an ``edtf:cessation``). The
extract holds every Iraqi locality with a GeoNames concordance, ``admin1`` the province the shipped boundaries put
its point in; this script keeps those of ``PROVINCES``: the Kurdistan Region (Duhok IQ-DA, Erbil IQ-AR, Sulaymaniyah
IQ-SU, Halabja among it in the shipped boundaries) and Nineveh (IQ-NI) and Kirkuk (IQ-KI).

Besides the Syria tool's rules, a record WOF marks as no longer current is left out with the abandoned ones, and the
records ``REVIEWED_OUT`` lists (a spelling that reads a word of the development reports as a place).

Run ``python tools/gazetteer_iraq_villages.py EXTRACT.tsv`` from the repository root; it rewrites the file whole, lists
on stderr every record it left out and why, and then the count of each reason.
"""
from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tools"))

from gazetteer.normalize import normalize  # noqa: E402
from placenames import same_name, skeleton  # noqa: E402
from rapidfuzz import fuzz  # noqa: E402
from placesfile import PLACES, LeftOut, write_places  # noqa: E402
from wofvillages import GONE, build_villages, read_localities, split_names  # noqa: E402

OUT = PLACES / "iraq_villages.csv"
#: The provinces taken whole (codes of the shipped boundaries).
PROVINCES = ("IQ-DA", "IQ-AR", "IQ-SU", "IQ-NI", "IQ-KI")
#: Records left out by review, GeoNames id -> why.
REVIEWED_OUT: dict[int, str] = {
    98778: "'Arab Kuyi (‘Arab Koi): heard in the word \"Arabic\" of a development report",
    6869966: "'Arbuk (Arbook): sounds as 'Arab Kuyi does, like the word \"Arabic\"",
    98384: 'Vasirki: heard in the Russian "в Сорока" ("in Soroka", the Beersheba hospital, test_descriptor_words.py)',
    90438: 'Tagaran ("Tegeran"): Tehran\'s Russian name ("в Тегеране", test_other_grammars.py), held in alternate_names.csv',
    390819: "Batufah (باتوفة): a name of the town Batifa nearby, held in alternate_names.csv",
    446608: "Azeran (Āzarān): Azaran, a name of Hashtrud in Iran, held in alternate_names.csv",
    384813: "Masikah (Maska, Maske): Moscow's Tatar name (Мәскәү) is read as it, and alternate_names.csv lost it",
    97184: "Darband Kawmi (Dayr Band): a bare \"Darband\" ('pass', the name of many places) finds it "
           "(test_report_spellings_localities.py)",
    97220: "Daraban: sounds like a bare \"Darband\" (as Darband Kawmi)",
    91257: "Sayyid Amir: a man's name, heard in \"Saad Maan\" (test_mentions.py)",
    383931: "Malulah (معلولة): Syria's Maaloula, named in reports and not held, finds it (test_report_spellings_localities.py)",
    97719: 'Baykimah: heard in "Baqim", a name kept out of the gazetteer by hand (test_alternate_names.py)',
    449192: "Muthalthah (مثلثة): مثلث, 'triangle', names areas in Arabic reports (منطقة مثلث طيرحرفا, the Tayr Harfa "
            "triangle in Lebanon, was read as it)",
    6999631: 'Shafkah (Shifka, Shefke): heard in "Shafaq", the Iraqi outlet Shafaq News that reports cite',
    93657: "Mawran (Mārāwan): sounds like Mariwan, the Kurdish name of Marivan, the Iranian border city (kept by hand "
           "in town_names_by_hand.csv), which the towns tool then drops",
}


def gone(loc: dict) -> bool:
    """An abandoned or historical record (GeoNames), or one WOF no longer holds current."""
    return loc["feature_code"] in GONE or loc.get("current") == "0"


def piece(alias: str, name: str) -> bool:
    """Whether ``alias`` is a piece of ``name``: fewer words, and its consonants closer to a run of the name's words
    than to the whole ("Qalandar" of Qalandar Tilakaw, "Rostam Bag" of Awayy Rustam Bak): it would read that run
    alone as the village. The name written as one word (Abujerd of Abu Jardah) is no piece."""
    words, fewer = normalize(name).split(), normalize(alias).split()
    if not fewer or len(fewer) >= len(words):
        return False
    whole = fuzz.ratio(skeleton(alias), skeleton(name))
    runs = (" ".join(words[i:j]) for i in range(len(words)) for j in range(i + 1, len(words) + 1) if j - i < len(words))
    return any(same_name(alias, run) and fuzz.ratio(skeleton(alias), skeleton(run)) > whole for run in runs)


def cleaned(loc: dict) -> dict:
    """The record with the names reports do not write taken off its lists: bracketed ones ("Jnoka (Khwaro)") and
    pieces of the name."""
    loc = dict(loc)
    for column in ("ara", "kur", "latin"):
        loc[column] = "|".join(a for a in split_names(loc[column])
                               if not re.search(r"[()]", a) and not piece(a, loc["name"]))
    return loc


#: Titles a man's name takes (Mustafa Agha, Rustam Beg): a village named so is named like a person, whom reports
#: name more often than the village.
TITLES = frozenset({"agha", "aga", "beg", "bag", "bak", "bey", "pasha"})


def titled(loc: dict) -> bool:
    return normalize(loc["name"]).split()[-1] in TITLES


def build(localities: list[dict], report) -> list[dict]:
    area = []
    for loc in localities:
        if loc["admin1"] not in PROVINCES:
            continue
        if titled(loc) and not gone(loc):
            report(f"a man's name with his title: {loc['name']} (geonames {loc['gnid']}, {loc['county'] or loc['admin1']})")
            continue
        area.append(cleaned(loc))
    beyond = [loc for loc in localities if loc["admin1"] not in PROVINCES and not gone(loc)]
    return build_villages(area, report, written=OUT, country="IQ", label="Iraq", reviewed_out=REVIEWED_OUT,
                          gone=gone, beyond=beyond, country_sound=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("extract", type=Path, help="the tab-separated extract of WOF Iraq localities")
    parser.add_argument("--output", type=Path, default=OUT, help="where to write (default: %(default)s)")
    args = parser.parse_args(argv)
    left_out = LeftOut()
    rows = build(read_localities(args.extract), left_out.line)
    left_out.summary()
    write_places(rows, args.output)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
