"""Showing a map in Jupyter without putting tens of megabytes into the notebook.

folium shows a map in a notebook as the whole page inlined in an iframe; for
a 200,000-incident table that adds about 20 MB to the ``.ipynb``. Above
:data:`EMBED_LIMIT` incidents a map built by ``to_map`` shows instead a short
note with its size and the two ways to look at it: :func:`show` (saves the page
and embeds it as an IFrame that points at the file) or ``save_map``.
"""
from __future__ import annotations

import html
import logging
import os
import types
from pathlib import Path
from typing import Any

__all__ = ["show", "limit_embedding", "EMBED_LIMIT"]

log = logging.getLogger(__name__)

EMBED_LIMIT = 20_000  # incidents; about 2 MB of page


def _note(m: Any) -> str:
    size = len(m.get_root().render().encode("utf-8")) / 1e6
    return (
        '<div class="gi-notebook-note" style="border:1px solid #c9a227;background:#fff8e1;padding:8px 12px;'
        'font:13px/1.4 sans-serif">'
        f"<b>This map of {m._geoincidents_n:,} incidents is {size:.1f} MB</b>: embedding it would add that much "
        "to the notebook, so it is not shown inline. Show it from a file with "
        "<code>geoincidents.maps.show(m, &quot;maps/big.html&quot;)</code> (an IFrame of the saved page), or "
        "write it with <code>save_map(m, path)</code> and open it in a browser.</div>"
    )


def limit_embedding(m: Any, n: int) -> None:
    """Make ``m`` show a size note instead of itself in a notebook when it draws more than EMBED_LIMIT incidents."""
    m._geoincidents_n = n
    if n > EMBED_LIMIT:
        log.info("a map of %d incidents shows a size note in a notebook; geoincidents.maps.show(m, path) embeds it", n)
        m._repr_html_ = types.MethodType(lambda self, **kwargs: _note(self), m)


def show(m: Any, path: str | os.PathLike[str], *, width: str | int = "100%", height: int = 600) -> Any:
    """Save ``m`` to ``path`` and return an IPython IFrame that shows the saved page.

    The notebook keeps only the IFrame's address; ``path`` must lie under the
    notebook's folder for Jupyter to serve it.

    Examples
    --------
    >>> from geoincidents.datasets import seed
    >>> from geoincidents.maps import to_map
    >>> show(to_map(seed(), offline=True), "big.html")
    <IPython.lib.display.IFrame object at 0x...>
    """
    try:
        from IPython.display import IFrame
    except ImportError as err:
        raise ImportError("geoincidents.maps.show needs IPython (it runs in Jupyter): pip install ipython") from err

    from geoincidents.maps.build import save_map

    saved = save_map(m, path, offline=getattr(m, "_geoincidents_offline", False))
    log.info("showing %s as an IFrame", saved)
    return IFrame(src=html.escape(Path(saved).as_posix()), width=width, height=height)
