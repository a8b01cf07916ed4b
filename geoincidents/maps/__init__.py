"""Maps of incident tables: layered folium HTML (offline or with tiles) and a static PNG.

    >>> import geoincidents as gi                                   # doctest: +SKIP
    >>> from geoincidents.maps import to_map, save_map              # doctest: +SKIP
    >>> m = to_map(gi.load_incidents("seeds/incidents.csv"), offline=True)  # doctest: +SKIP
    >>> save_map(m, "maps/incidents.html", offline=True)             # doctest: +SKIP

``to_map`` returns a :class:`folium.Map`: one layer per incident category,
provinces and known bases in its layer control, a legend and a time filter.
"""
from __future__ import annotations

from geoincidents.maps.build import save_map, to_map
from geoincidents.maps.notebook import show
from geoincidents.maps.scene import Scene, build_scene

__all__ = ["to_map", "save_map", "show", "build_scene", "Scene"]
