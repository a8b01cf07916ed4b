"""How map things look, read from the data tables in ``geoincidents/data``.

One reader per table, cached: categories (colour, label, order), statuses
(line style, hollow target) and weapons (a small glyph per event type, as a polygon
in unit coordinates, y up). The radius of an uncertain end is not here: the table decides it
(:mod:`geoincidents.endforms`). The scene (scene.py) is their only user; the HTML
map and the PNG receive the styles through the scene.
"""
from __future__ import annotations

import functools
import importlib.resources

import pandas as pd

__all__ = ["category_styles", "status_styles", "weapon_glyphs", "LINES", "FALLBACK_COLOUR"]

FALLBACK_COLOUR = "#555555"
# Line styles by increasing doubt; a trajectory takes the most doubtful of its reasons.
LINES = ("solid", "dashed", "dotted")


def _read(name: str, dtype: dict[str, type]) -> pd.DataFrame:
    with (importlib.resources.files("geoincidents") / "data" / name).open(encoding="utf-8") as fh:
        return pd.read_csv(fh, dtype=dtype, keep_default_na=False)


@functools.cache
def category_styles() -> pd.DataFrame:
    """Colour, label and order of each map category (``category_styles.csv``), in legend order.

    Examples
    --------
    >>> category_styles().loc["strike", "label"]
    'Strikes'
    """
    styles = _read("category_styles.csv", {"category": str, "label": str, "colour": str, "order": int})
    return styles.set_index("category").sort_values("order")


@functools.cache
def status_styles() -> pd.DataFrame:
    """Line style (solid / dashed / dotted) and hollow target per claim status (``status_styles.csv``).

    Examples
    --------
    >>> status_styles().loc["claimed", "line"], bool(status_styles().loc["denied", "hollow"])
    ('dashed', True)
    """
    styles = _read("status_styles.csv", {"status": str, "line": str, "hollow": str, "label": str, "order": int})
    styles["hollow"] = styles["hollow"].str.strip().str.lower().eq("yes")
    bad = sorted(set(styles["line"]) - set(LINES))
    if bad:
        raise ValueError(f"status_styles.csv: line {bad} is not one of {list(LINES)}")
    return styles.set_index("status").sort_values("order")


@functools.cache
def weapon_glyphs() -> pd.DataFrame:
    """Weapon per event type and its glyph: ``shape`` is a list of (x, y) in [-1, 1], y up.

    Examples
    --------
    >>> weapon_glyphs().loc["drone_attack", "weapon"]
    'drone'
    """
    table = _read("weapon_glyphs.csv", {"event_type": str, "weapon": str, "label": str, "shape": str})
    table["shape"] = [[tuple(float(v) for v in pair.split()) for pair in s.split(";")] for s in table["shape"]]
    return table.set_index("event_type")
