"""The PNG map's legend: categories, then the symbols actually drawn, worded as in the HTML legend."""
from __future__ import annotations

from typing import Any

import numpy as np

from geoincidents.maps.scene import Scene
from geoincidents.maps.styles import LINES

__all__ = ["legend", "glyph", "DASHES", "ALL_SYMBOLS"]

# matplotlib line styles for the scene's line names.
DASHES = {"solid": "-", "dashed": (0, (5, 3)), "dotted": (0, (1, 2))}


def glyph(shape: Any, size_pt: float) -> np.ndarray:
    """A weapon glyph (unit polygon from the scene) scaled to ``size_pt`` points."""
    return np.asarray(shape, dtype=float) * size_pt


ALL_SYMBOLS = {"trajectory", "launch", "target", "hollow", "area", "circle", *(f"line:{n}" for n in LINES)}


def legend(fig: Any, scene: Scene, drawn: set[str], *, left: float) -> Any:
    """One legend (two would need their heights measured to stack): categories, then symbols, as in the HTML."""
    from matplotlib.lines import Line2D
    from matplotlib.patches import Patch
    from matplotlib.path import Path as MPath

    grey = "#444444"
    statuses = scene.statuses.drop_duplicates("line")
    symbols = {
        "trajectory": Line2D([], [], color=grey, lw=1.3, marker=">", markevery=[1], label="launch → target"),
        "launch": Line2D([], [], ls="none", marker="^", mfc="white", mec=grey, mew=1.3, label="launch point"),
        "target": Line2D([], [], ls="none", marker="o", mfc=grey, mec="white", label="target point"),
        "hollow": Line2D([], [], ls="none", marker="o", mfc="white", mec=grey, mew=1.3,
                         label="target denied or disputed"),
        "circle": Patch(facecolor="none", edgecolor=grey, ls="--", label="end known within a radius"),
        "area": Patch(facecolor="none", edgecolor=grey, lw=0.8, alpha=0.6,
                      label="end known only to a province or country:\nits outline, a dashed line from its nearest point"),
        **{f"line:{line}": Line2D([], [], color=grey, lw=1.4, ls=DASHES[line], label=label)
           for line, label in zip(statuses["line"], statuses["label"])},
        **{f"weapon:{w}": Line2D([], [], ls="none", marker=MPath(glyph(s, 1.0)), ms=9, mfc="#333333", mec="white",
                                 label=lab) for w, lab, s in zip(scene.weapons["weapon"], scene.weapons["label"],
                                                                 scene.weapons["shape"])},
    }
    cats = [Line2D([], [], color=c, lw=2.2, label=label) for label, c in zip(scene.categories["label"],
                                                                            scene.categories["colour"])]
    blank = [Line2D([], [], ls="none", label=text) for text in (" ", "Symbols")]
    shown = [h for k, h in symbols.items() if k in drawn or (k.startswith("weapon:") and drawn is ALL_SYMBOLS)]
    legend = fig.legend(handles=cats + blank + shown, loc="upper left", bbox_to_anchor=(left, 0.9), frameon=False,
                        fontsize=8.5, title="Category", title_fontsize=9, alignment="left", handlelength=2.2)
    legend.get_texts()[len(cats) + 1].set_fontsize(9)
    return legend
