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

__all__ = ["IncidentLayer", "RawElement", "inline_leaflet"]


class RawElement(Element):
    """Text put into the page exactly as given.

    branca's ``Element(text)`` compiles ``text`` as a Jinja template: slow for
    megabytes of payload or Leaflet, and ``{{``/``{%`` inside data would be
    evaluated. This element renders its text verbatim.
    """

    def __init__(self, text: str) -> None:
        super().__init__()
        self._text = text

    def render(self, **kwargs: Any) -> str:
        return self._text

# Only names of folium objects go through this template: branca compiles each
# rendered macro again as a Jinja template, so data must never pass through it.
_TEMPLATE = """
{% macro script(this, kwargs) %}
geoincidents.draw({{ this._parent.get_name() }}, {
  data: document.getElementById({{ this.data_id|tojson }}),
  groups: [{% for group in this.groups %}{{ group.get_name() }}{{ ", " if not loop.last }}{% endfor %}],
  provinces: {{ this.provinces.get_name() if this.provinces else "null" }},
  bases: {{ this.bases.get_name() if this.bases else "null" }},
  basemap: {{ this.basemap.get_name() if this.basemap else "null" }}
});
{% endmacro %}
"""


def inline_leaflet(figure: Figure) -> None:
    """Put Leaflet's JS and CSS (images as data URIs) inline in ``figure``'s head."""
    figure.header.add_child(RawElement(f"<style>{resources.leaflet_css()}</style>"), name="leaflet_css")
    # "</script" cannot occur in leaflet.js, but guard it: the page must never break out of this element.
    js = resources.leaflet_js().replace("</script", "<\\/script")
    figure.header.add_child(RawElement(f"<script>{js}\n{resources.leaflet_icon_defaults_js()}</script>"), name="leaflet")


class IncidentLayer(MacroElement):
    """Embed the payload and draw incidents into the given folium FeatureGroups.

    Parameters
    ----------
    payload_json
        Output of :func:`geoincidents.maps.payload.dumps_for_script`.
    groups
        One FeatureGroup per payload category, in the payload's order.
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
        groups: list[folium.FeatureGroup],
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
        figure.header.add_child(RawElement(f"<style>{resources.asset_text('geoincidents.css')}</style>"), name="geoincidents_css")
        scripts = "\n".join(resources.asset_text(name) for name in ("geoincidents.js", "layer.js", "popup.js", "controls.js", "sites.js", "panels.js"))
        figure.header.add_child(RawElement(f"<script>{scripts}</script>"), name="geoincidents_js")
        figure.html.add_child(
            RawElement(f'<script type="application/json" id="{self.data_id}">{self.payload_json}</script>'),
            name=self.data_id,
        )
        super().render(**kwargs)
