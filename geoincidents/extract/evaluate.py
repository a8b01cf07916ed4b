"""Score the extractor against hand-annotated reports.

An annotated report is a ``NAME.txt`` report with a ``NAME.json`` beside it::

    {"published": "2024-01-29",
     "places": [{"mention": "Tower 22", "start": 120, "end": 128, "place_id": "jo-tower-22", "role": "target"}, ...],
     "incidents": [{"date": "2024-01-28", "date_precision": "day", "event_type": "drone_attack",
                    "target": "jo-tower-22", "launch": null}, ...]}

Places: a predicted mention is right when it overlaps an annotated one and
names the same place; only mentions the extractor reads as places are scored
(``sense == "place"``: the annotations here mark a country or capital that
stands for its state, "Iran fired", as no place); annotated places the gazetteer does not hold are left
out of both counts (the extractor cannot find what its gazetteer lacks), and
so is a predicted mention over one of them.
Incidents: an annotated incident is found when a draft has its date (to the
annotated precision) and its target place; its type is right when the
draft's event type is the same. A draft that matches no annotated incident
is extra (a background event, a summary, a draft without a place):
``draft_precision`` is the share of drafts that are not.

Examples
--------
>>> score = evaluate_folder("annotated")  # a folder of NAME.txt reports, each with its NAME.json
>>> score["place_recall"], score["incidents_found"]
(1.0, 1.0)
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pandas as pd

__all__ = ["read_annotated", "literal_places", "score_places", "score_incidents", "evaluate_folder"]


def read_annotated(folder: str | Path) -> list[dict[str, Any]]:
    """Every annotated report of a folder: ``{"name", "text", "published", "places", "incidents"}``."""
    reports = []
    for gold_path in sorted(Path(folder).glob("*.json")):
        text_path = gold_path.with_suffix(".txt")
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        text = text_path.read_text(encoding="utf-8")
        for k, place in enumerate(gold["places"]):
            if text[place["start"]:place["end"]] != place["mention"]:
                raise ValueError(f"{gold_path}: place {k} says {place['mention']!r} at {place['start']}-{place['end']} "
                                 f"but the text there is {text[place['start']:place['end']]!r}")
        reports.append({"name": gold_path.stem, "text": text, **gold})
    if not reports:
        raise FileNotFoundError(f"no annotated reports (NAME.txt + NAME.json) in {str(folder)!r}")
    return reports


def literal_places(places: pd.DataFrame) -> pd.DataFrame:
    """The mentions the extractor reads as places (``sense == "place"``), the ones the annotations here mark: a country
    or capital standing for its state ("Iran fired") is annotated as no place."""
    return places[places["sense"] == "place"] if "sense" in places else places


def score_places(predicted: pd.DataFrame, gold: list[dict[str, Any]], known: set[str]) -> dict[str, int]:
    """Counts of right, predicted and annotated place mentions (one report).

    A toponym annotated with a place the gazetteer does not hold (``"unknown:Negev"``) is left out of both
    counts: of the annotated ones, and, for a predicted mention over it, of the predicted ones (the extractor
    cannot name it rightly, and may not be blamed for naming it).
    """
    unknown = [g for g in gold if g["place_id"] not in known]
    gold = [g for g in gold if g["place_id"] in known]
    predicted = predicted[[not any(row.start < g["end"] and g["start"] < row.end for g in unknown)
                           for row in predicted.itertuples()]] if unknown else predicted
    used: set[int] = set()
    right = 0
    for row in predicted.itertuples():
        for k, g in enumerate(gold):
            if k not in used and row.start < g["end"] and g["start"] < row.end and row.place_id == g["place_id"]:
                used.add(k)
                right += 1
                break
    return {"right": right, "predicted": len(predicted), "gold": len(gold)}


def _same_date(draft_date: Any, gold: dict[str, Any]) -> bool:
    if draft_date is None or pd.isna(draft_date):
        return False
    mine, theirs = str(draft_date), str(gold["date"])
    precision = gold.get("date_precision", "day")
    if precision == "month":
        return mine[:7] == theirs[:7]
    if precision == "year":
        return mine[:4] == theirs[:4]
    if precision == "week":
        return abs((pd.Timestamp(mine) - pd.Timestamp(theirs)).days) <= 6
    return mine[:10] == theirs[:10]


def score_incidents(incidents: pd.DataFrame, gold: list[dict[str, Any]], gazetteer: Any) -> dict[str, int]:
    """Counts of annotated incidents found (date and target), with the right type, and with the right launch."""
    def place_id(name: Any) -> str | None:
        if name is None or (isinstance(name, float) and pd.isna(name)):
            return None
        return gazetteer.resolve(str(name)).place.id

    if "target_place_id" in incidents:  # the extractor's own ids: no second lookup by name (GeoNames repeats names)
        drafts = [(row.date, row.event_type, row.target_place_id, row.launch_place_id) for row in incidents.itertuples()]
    else:
        drafts = [(row.date, row.event_type, place_id(row.target_place), place_id(row.launch_place))
                  for row in incidents.itertuples()]
    found = typed = launched = with_launch = 0
    for g in gold:
        hits = [d for d in drafts if _same_date(d[0], g) and d[2] == g["target"]]
        if hits:
            found += 1
            typed += any(d[1] == g["event_type"] for d in hits)
            if g.get("launch"):
                with_launch += 1
                launched += any(d[3] == g["launch"] for d in hits)
    # Drafts that match no annotated incident (date and target): what an analyst would have to throw away.
    extra = sum(not any(_same_date(d[0], g) and d[2] == g["target"] for g in gold) for d in drafts)
    return {"gold": len(gold), "found": found, "typed": typed, "with_launch": with_launch, "launched": launched,
            "drafts": len(drafts), "extra": extra}


def evaluate_folder(folder: str | Path, *, gazetteer: Any = None) -> dict[str, Any]:
    """Extract every annotated report of a folder and score it: place recall/precision, incidents found and typed."""
    from gazetteer import Gazetteer

    from geoincidents.extract.report import extract_report

    g = gazetteer or Gazetteer.default()
    known = set(g.places["id"])
    totals = {"right": 0, "predicted": 0, "gold": 0, "inc_gold": 0, "found": 0, "typed": 0, "with_launch": 0,
              "launched": 0, "drafts": 0, "extra": 0}
    per_report = {}
    for report in read_annotated(folder):
        result = extract_report(report["text"], published=report.get("published"), source_id=report["name"], gazetteer=g)
        places = score_places(literal_places(result.places), report["places"], known)
        incidents = score_incidents(result.incidents, report["incidents"], g)
        per_report[report["name"]] = {**places, **{f"inc_{k}": v for k, v in incidents.items()}}
        for key in ("right", "predicted", "gold"):
            totals[key] += places[key]
        totals["inc_gold"] += incidents["gold"]
        for key in ("found", "typed", "with_launch", "launched", "drafts", "extra"):
            totals[key] += incidents[key]
    return {
        "reports": len(per_report),
        "place_recall": totals["right"] / totals["gold"] if totals["gold"] else 1.0,
        "place_precision": totals["right"] / totals["predicted"] if totals["predicted"] else 1.0,
        "incidents_found": totals["found"] / totals["inc_gold"] if totals["inc_gold"] else 1.0,
        "type_right": totals["typed"] / totals["found"] if totals["found"] else 1.0,
        "launch_right": totals["launched"] / totals["with_launch"] if totals["with_launch"] else 1.0,
        "draft_precision": (totals["drafts"] - totals["extra"]) / totals["drafts"] if totals["drafts"] else 1.0,
        "counts": totals,
        "per_report": per_report,
    }
