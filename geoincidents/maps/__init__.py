"""Maps of incident tables: layered folium HTML (offline or with tiles) and a static PNG.

    >>> from geoincidents.datasets import seed
    >>> from geoincidents.maps import to_map, save_map
    >>> m = to_map(seed(), offline=True)
    >>> save_map(m, "incidents.html", offline=True)
    PosixPath('incidents.html')

``to_map`` returns a :class:`folium.Map`: one layer per incident category,
provinces and known bases in its layer control, a legend and a time filter.
"""
from __future__ import annotations

from geoincidents.maps.build import save_map, to_map
from geoincidents.maps.notebook import show
from geoincidents.maps.scene import Scene, build_scene

__all__ = ["to_map", "save_map", "show", "build_scene", "Scene"]
