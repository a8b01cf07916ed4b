"""The folium element that embeds the payload once and draws it client-side.

Rendered into the page: our stylesheet and script once in ``<head>`` (after
Leaflet), the JSON payload in one ``<script type="application/json">`` in the
body, and one call ``geoincidents.draw(map, {...})`` that fills the folium
FeatureGroups (one per category, provinces, bases, basemap) that the folium
LayerControl lists. In offline mode it also inlines Leaflet itself.
"""
from __future__ import annotations

import uuid
from typing import Any

import folium
from branca.element import Element, Figure, MacroElement
from folium.template import Template

from geoincidents.maps import resources

__all__ = ["IncidentLayer", "inline_leaflet"]

_TEMPLATE = """
{% macro html(this, kwargs) %}
<script type="application/json" id="{{ this.data_id }}">{{ this.payload_json }}</script>
{% endmacro %}
{% macro script(this, kwargs) %}
geoincidents.draw({{ this._parent.get_name() }}, {
  data: document.getElementById({{ this.data_id|tojson }}),
  groups: { {%- for key, group in this.groups.items() %}
    {{ key|tojson }}: {{ group.get_name() }},{% endfor %}
  },
  provinces: {{ this.provinces.get_name() if this.provinces else "null" }},
  bases: {{ this.bases.get_name() if this.bases else "null" }},
  basemap: {{ this.basemap.get_name() if this.basemap else "null" }}
});
{% endmacro %}
"""


def inline_leaflet(figure: Figure) -> None:
    """Put Leaflet's JS and CSS (images as data URIs) inline in ``figure``'s head."""
    figure.header.add_child(Element(f"<style>{resources.leaflet_css()}</style>"), name="leaflet_css")
    # "</script" cannot occur in leaflet.js, but guard it: the page must never break out of this element.
    js = resources.leaflet_js().replace("</script", "<\\/script")
    figure.header.add_child(Element(f"<script>{js}\n{resources.leaflet_icon_defaults_js()}</script>"), name="leaflet")


class IncidentLayer(MacroElement):
    """Embed the payload and draw incidents into the given folium FeatureGroups.

    Parameters
    ----------
    payload_json
        Output of :func:`geoincidents.maps.payload.dumps_for_script`.
    groups
        Category key -> FeatureGroup that receives that category's drawing.
    provinces, bases, basemap
        FeatureGroups for the province outlines, the known bases and the
        boundary basemap, or None to leave them out.
    offline
        Inline Leaflet in the page (the map's CDN links are removed by the caller).
    """

    _template = Template(_TEMPLATE)

    def __init__(
        self,
        payload_json: str,
        *,
        groups: dict[str, folium.FeatureGroup],
        provinces: folium.FeatureGroup | None = None,
        bases: folium.FeatureGroup | None = None,
        basemap: folium.FeatureGroup | None = None,
        offline: bool = False,
    ) -> None:
        super().__init__()
        self._name = "IncidentLayer"
        self.payload_json = payload_json
        self.data_id = f"geoincidents-data-{uuid.uuid4().hex}"
        self.groups = groups
        self.provinces = provinces
        self.bases = bases
        self.basemap = basemap
        self.offline = offline

    def render(self, **kwargs: Any) -> None:
        figure = self.get_root()
        if not isinstance(figure, Figure):  # pragma: no cover - folium always roots a Map in a Figure
            raise TypeError("IncidentLayer must be added to a folium.Map before rendering")
        if self.offline:
            inline_leaflet(figure)
        figure.header.add_child(Element(f"<style>{resources.asset_text('geoincidents.css')}</style>"), name="geoincidents_css")
        scripts = "\n".join(resources.asset_text(name) for name in ("geoincidents.js", "popup.js", "controls.js"))
        figure.header.add_child(Element(f"<script>{scripts}</script>"), name="geoincidents_js")
        super().render(**kwargs)
