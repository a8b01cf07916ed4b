"""Write ``gazetteer/data/places/syria_villages.csv``: the villages of north-east Syria, taken by rule from Who's On
First's Syria localities.

Turkish drone strikes in north-east Syria hit hundreds of villages that reports name in Arabic and Kurdish, and
``towns.csv`` takes Syrian places only from 10,000 people or as seats. This script takes the whole class from the
locality records of Who's On First's Syria repository (``whosonfirst-data/whosonfirst-data-admin-sy``, CC BY 4.0;
each record a GeoNames record, CC BY 4.0, whose id the row keeps as ``geonames:<id>``).

Input: a tab-separated extract of those records (path on the command line; the data stay outside the repository),
one locality a line with the columns ``gnid`` (the record's ``wof:concordances`` ``gn:id``), ``wof_id``, ``name``
(``wof:name``), ``lat``, ``lon`` (``geom:``), ``admin1`` (the governorate ``gazetteer.boundaries.Boundaries`` puts the
point in), ``county_id``/``county`` (the district of the record's WOF hierarchy), ``population``, ``feature_code``
(GeoNames'), ``ara`` (``name:ara_*``), ``kur`` (``name:kur_*``), ``latin`` (``name:eng_*``, ``und_*``, ``tur_*``,
``fra_*``, ``deu_*``) and ``gn_name``, the lists joined by ``|``. The extract holds the localities with a GeoNames
concordance whose point lies in Hasakah (SY-HA) or Raqqa (SY-RA), or in Aleppo (SY-HL) with one of the districts
Ayn al-Arab (Kobani), Manbij, Jarabulus and al-Bab as its WOF county (``wof:hierarchy`` ``county_id``).

What is kept, by the towns tool's rules (``tools/gazetteer_towns.py``, ``tools/placenames.py``):

* no abandoned or historical record (GeoNames ``PPLQ``, ``PPLH``);
* a record that repeats a curated place (its GeoNames id; a populated place of a like name within 4 km or of the
  same name within 25 km) is left out;
* Latin aliases (the WOF names and Kurdish Kurmanji names in Latin letters) only where their consonants match the
  name's; Arabic-script names (Arabic, and Kurdish in Arabic script) likewise, ``name_ar`` the first Arabic one;
  a record with no Arabic name is left out;
* no Latin spelling of fewer than five letters, no Arabic one of fewer than four; no one-word Arabic spelling of
  wordfreq Zipf 3.0 or more (النفطية, 'the oil ones'), no one-word Latin spelling whose sound key of one or two
  letters is a frequent English word's ("Houaïz" of Huwayz sounded like Houthi); no spelling that is a common
  English word or used in English text otherwise, or a common Arabic word or sounds like one, or opens the names of
  other places ("Tall"), or opens with the name of a one-word town of ``towns.csv`` (three names opening with
  "Qarah" or "Ali" make the towns tool drop Qarah and Aaley by its rule on openers); none that sounds like a curated
  place of another province, nor one a curated place already has: a refused alias is dropped, and a record whose
  name or Arabic name is refused is left out (no bracketed forms: reports do not write them);
* several localities of one name (or one Arabic name) in the area: all are left out, as a report's bare name cannot
  tell them apart; an alias two records share is dropped from both;
* no spelling that is a country's name in another language (``country_names.csv``: "Jamus", Germany in Hausa), and
  no Arabic one with a word "al-X" whose bare X is a word of Zipf 4 or more the extractor does not list
  (``extract_words.csv``, ``arabic_bare_word``: الجابر, الرئيس);
* a record a report table's spelling found is left out by review (``REVIEWED_OUT``);
* kind ``village`` (``town`` where WOF gives a population of 2,000 or more), precision 2 km (3 km a town).

Run ``python tools/gazetteer_syria_villages.py EXTRACT.tsv`` from the repository root; it rewrites the file whole and
lists on stderr every record it left out and why.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tools"))

from placesfile import PLACES, write_places  # noqa: E402
from wofvillages import build_villages, read_localities  # noqa: E402

OUT = PLACES / "syria_villages.csv"
#: Records left out by review, GeoNames id -> why (a spelling of the report tables found them).
REVIEWED_OUT = {
    171057: 'Shaydkah ("Châdka"): the Turkish "Şaddaki Üssü" (the Shaddadi base) found it',
    166375: "Nasr Allah: Nasrallah, Hezbollah's late leader, is named in reports far more often than the village",
    420806: "`Iidah (عيدة): found a word that is no place in reports scored blind (an extra draft)",
}


def build(localities: list[dict], report) -> list[dict]:
    return build_villages(localities, report, written=OUT, country="SY", label="Syria", reviewed_out=REVIEWED_OUT)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("extract", type=Path, help="the tab-separated extract of WOF Syria localities")
    parser.add_argument("--output", type=Path, default=OUT, help="where to write (default: %(default)s)")
    args = parser.parse_args(argv)
    rows = build(read_localities(args.extract), lambda line: print(line, file=sys.stderr))
    write_places(rows, args.output)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
