from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
SEED_TEXTS = HERE / "seeds"  # the five seed reports, rewritten in our own words with their facts
DEV = HERE / "dev"


@pytest.fixture(scope="session")
def gazetteer():
    from gazetteer import Gazetteer

    return Gazetteer.default()


@pytest.fixture(scope="session")
def seed_report(gazetteer):
    from geoincidents.extract import extract_reports

    sources = pd.read_csv(ROOT / "seeds" / "sources.csv", dtype=str, keep_default_na=False)
    return extract_reports(sorted(SEED_TEXTS.glob("*.txt")), sources=sources, gazetteer=gazetteer)


def assert_one_mention(text, places, mention, place_id):
    """The report's places hold *mention* once, as *place_id*, at the offsets where *text* writes it."""
    row = places[places["mention"] == mention]
    assert len(row) == 1, places[["mention", "place_id"]].to_dict("records")
    assert row.iloc[0]["place_id"] == place_id
    assert text[row.iloc[0]["start"]:row.iloc[0]["end"]] == mention


def drafts(text, published, gazetteer):
    """The drafts of one report as sorted (date, event type, target place id)."""
    from geoincidents import extract_report

    got = extract_report(text, published=published, gazetteer=gazetteer).incidents
    return sorted(zip(got["date"], got["event_type"], got["target_place_id"]))


def roles(text, published, gazetteer):
    """The role of each place of one report, by place id."""
    from geoincidents import extract_report

    got = extract_report(text, published=published, gazetteer=gazetteer).places
    return dict(zip(got["place_id"], got["role"]))


def dated_targets(text, gazetteer, published):
    """The drafts of one report as sorted (date, target place id)."""
    from geoincidents.extract import extract_report

    found = extract_report(text, gazetteer=gazetteer, published=published).incidents
    return sorted(zip(found["date"].astype(str), found["target_place_id"]))


def assert_annotated_consistently(folder, reports, incidents):
    """A development set in the repository holds *reports* reports and *incidents* incidents, every annotated mention
    at its offsets (``read_annotated`` raises otherwise) and every incident's target and launch among its report's
    places."""
    from geoincidents.extract.evaluate import read_annotated

    annotated = read_annotated(folder)
    assert len(annotated) == reports and sum(len(r["incidents"]) for r in annotated) == incidents
    for r in annotated:
        ids = {p["place_id"] for p in r["places"]}
        assert all(i["target"] in ids and (i["launch"] is None or i["launch"] in ids)
                   for i in r["incidents"]), r["name"]
