/* Boundaries, known bases, legend, time filter and title of a geoincidents map.
 * All text from the payload goes in with textContent / createTextNode.
 */
(function (root) {
  "use strict";
  var GI = root.geoincidents = root.geoincidents || {};
  var SVGNS = "http://www.w3.org/2000/svg", DAY_MS = 86400000;

  var el = GI.el;
  function svg(tag, attrs, parent) {
    var node = document.createElementNS(SVGNS, tag);
    for (var k in attrs) if (Object.prototype.hasOwnProperty.call(attrs, k)) node.setAttribute(k, attrs[k]);
    if (parent) parent.appendChild(node);
    return node;
  }
  function shadeColour(shade, count) {
    var colour = null;
    if (!shade || !count) return null;
    for (var k = 0; k < shade.breaks.length; k++) if (count >= shade.breaks[k]) colour = shade.colours[k];
    return colour;
  }

  /* Country fills as the offline basemap, province outlines (optionally shaded by count). */
  GI.addBoundaries = function (inst, opts) {
    var p = inst.model.p, map = inst.map;
    if (p.countries && opts.basemap) {
      if (!map.getPane("gi-basemap")) map.createPane("gi-basemap").style.zIndex = 150;
      map.getContainer().classList.add("gi-no-tiles");
      // Canvas: hundreds of polygons draw several times faster than as SVG paths.
      L.geoJSON(p.countries, {
        pane: "gi-basemap", interactive: false, renderer: L.canvas({ pane: "gi-basemap", padding: 0.5 }),
        style: { color: "#8a8276", weight: 1.2, fillColor: "#f3f0ea", fillOpacity: 1 }
      }).addTo(opts.basemap);
      // Country names: the offline basemap has no tiles to carry them.
      if (!map.getPane("gi-labels")) map.createPane("gi-labels").style.zIndex = 420;
      (p.labels || []).forEach(function (l) {
        if (l[3] !== "country") return;  // site and base names: sites.js, from a zoom level on
        L.marker([l[1], l[0]], {
          pane: "gi-labels", interactive: false, keyboard: false,
          icon: L.divIcon({ className: "gi-country-label", html: el("span", null, l[2]), iconSize: null })
        }).addTo(opts.basemap);
      });
    }
    if (p.provinces && opts.provinces) {
      L.geoJSON(p.provinces, {
        interactive: false, renderer: L.canvas({ padding: 0.5 }),
        style: function (f) {
          var fill = shadeColour(p.shade, f.properties.count);
          return { color: "#7d776f", weight: 0.7, opacity: 0.8, fill: !!fill, fillColor: fill || "#000", fillOpacity: 0.55 };
        }
      }).addTo(opts.provinces);
    }
  };

  /* Known bases: small squares with their name on hover; a click still reaches incidents drawn there. */
  GI.addBases = function (inst, group) {
    var bases = inst.model.p.bases, map = inst.map;
    if (!bases || !group) return;
    // Below the incidents' canvases: a base must not hide the attack drawn on it.
    if (!map.getPane("gi-bases")) map.createPane("gi-bases").style.zIndex = 440;
    bases.forEach(function (b) {
      var marker = L.marker([b[1], b[0]], {
        icon: L.divIcon({ className: "gi-base", iconSize: [8, 8] }), keyboard: false, pane: "gi-bases"
      });
      var label = el("div", "gi-base-label", b[2]);
      var where = [b[4], b[5]].filter(Boolean).join(", ");
      label.appendChild(el("div", "gi-more", (b[3] || "").replace(/_/g, " ") + (where ? " \u00b7 " + where : "")));
      marker.bindTooltip(label, { direction: "top", offset: [0, -6] });
      marker.on("click", function (e) {
        inst.click(e.latlng, function () {
          L.popup().setLatLng(e.latlng).setContent(label.cloneNode(true)).openOn(inst.map);
        });
      });
      marker.addTo(group);
    });
  };

  var DASHES = { solid: "", dashed: "7 5", dotted: "1.5 5" };
  function swatch(colour, kind, shape) {
    var s = svg("svg", { width: 34, height: 14, viewBox: "0 0 34 14", "aria-hidden": "true" });
    if (kind.indexOf("line-") === 0) {
      svg("line", { x1: 3, y1: 7, x2: 31, y2: 7, stroke: colour, "stroke-width": 2.2, "stroke-dasharray": DASHES[kind.slice(5)] || "",
                    "stroke-linecap": kind === "line-dotted" ? "round" : "butt" }, s);
    } else if (kind === "area") {
      svg("path", { d: "M3,11 L9,3 L20,2 L31,6 L27,12 L12,13 Z", fill: "none", stroke: colour, "stroke-width": 1, "stroke-opacity": 0.6 }, s);
    } else if (kind === "weapon") {
      svg("polygon", { points: shape.map(function (q) { return (17 + q[0] * 6) + "," + (7 - q[1] * 6); }).join(" "),
                       fill: colour, stroke: "#fff", "stroke-width": 0.8 }, s);
    } else if (kind === "count") {
      svg("rect", { x: 10, y: 1, width: 14, height: 12, rx: 3, fill: colour }, s);
      var t = svg("text", { x: 17, y: 10.5, "text-anchor": "middle", "font-size": 10, fill: "#fff", "font-weight": 700 }, s);
      t.textContent = "3";
    }
    if (kind === "category") {
      svg("line", { x1: 6, y1: 7, x2: 24, y2: 7, stroke: colour, "stroke-width": 2.2 }, s);
      svg("polygon", { points: "6,2.5 10,9.5 2,9.5", fill: "#fff", stroke: colour, "stroke-width": 1.6 }, s);
      svg("polygon", { points: "27,7 20,3.5 20,10.5", fill: colour }, s);
      svg("circle", { cx: 29, cy: 7, r: 3.5, fill: colour, stroke: "#fff", "stroke-width": 1 }, s);
    } else if (kind === "launch") {
      svg("polygon", { points: "17,1.5 23,11.5 11,11.5", fill: "#fff", stroke: colour, "stroke-width": 2 }, s);
    } else if (kind === "target") {
      svg("circle", { cx: 17, cy: 7, r: 4.5, fill: colour, stroke: "#fff", "stroke-width": 1 }, s);
    } else if (kind === "uncertain") {
      svg("circle", { cx: 17, cy: 7, r: 6, fill: colour, "fill-opacity": 0.07, stroke: colour, "stroke-width": 1.5, "stroke-dasharray": "3 2" }, s);
      svg("circle", { cx: 17, cy: 7, r: 3, fill: "#fff", stroke: colour, "stroke-width": 1.5 }, s);
    } else if (kind === "base") {
      svg("rect", { x: 13, y: 3, width: 8, height: 8, class: "gi-base-swatch" }, s);
    } else if (kind === "shade") {
      svg("rect", { x: 4, y: 1, width: 26, height: 12, fill: colour, "fill-opacity": 0.55, stroke: "#7d776f", "stroke-width": 0.7 }, s);
    }
    return s;
  }
  function legendRow(parent, colour, kind, text, shape) {
    var row = el("div", "gi-legend-row");
    row.appendChild(swatch(colour, kind, shape));
    row.appendChild(el("span", null, text));
    parent.appendChild(row);
    return row;
  }

  function addLegend(inst) {
    var m = inst.model, p = m.p, legend = L.control({ position: "bottomright" });
    legend.onAdd = function () {
      var box = el("div", "gi-legend leaflet-bar"), head = el("h4", null, "Incidents");
      box.appendChild(head);
      GI.foldable(inst.map, box, head);
      if (!m.cats.length) box.appendChild(el("div", "gi-more", "No incidents in this table"));
      m.cats.forEach(function (c) { legendRow(box, c.colour, "category", c.label).setAttribute("data-category", c.key); });
      box.appendChild(el("h4", null, "Symbols"));
      legendRow(box, "#444", "launch", "launch point (fired from)");
      legendRow(box, "#444", "target", "target point, arrow = direction of fire");
      legendRow(box, "#444", "uncertain", "place known to a town or district: a dashed circle of its radius");
      legendRow(box, "#444", "area", "place known only to a province or country: its thin outline, and a dashed arrow from its nearest point (never from its capital)");
      var seen = Object.create(null);
      (p.statuses || []).forEach(function (st) {
        if (seen[st.line]) return;
        seen[st.line] = true;
        legendRow(box, "#444", "line-" + st.line, st.label).setAttribute("data-line", st.line);
      });
      (p.weapons || []).forEach(function (w) { legendRow(box, "#333", "weapon", w.label, w.shape).setAttribute("data-weapon", w.weapon); });
      if (p.sites && p.sites.some(function (s) { return s[3] > 1; })) legendRow(box, "#333", "count", "incidents at one site (click to list)");
      if (p.bases) legendRow(box, "#444", "base", "known air or military base");
      box.appendChild(el("div", "gi-drawn", p.drawn_text));
      if (p.shade && p.shade.breaks.length) {
        box.appendChild(el("h4", null, "Incidents per province (by " + p.shade.role + ")"));
        p.shade.breaks.forEach(function (lo, k) {
          var hi = k + 1 < p.shade.breaks.length ? p.shade.breaks[k + 1] - 1 : p.shade.max;
          var text = hi === lo ? String(lo) : lo + "\u2013" + hi;
          legendRow(box, p.shade.colours[k], "shade", text);
        });
      }
      L.DomEvent.disableClickPropagation(box);
      L.DomEvent.disableScrollPropagation(box);
      return box;
    };
    legend.addTo(inst.map);
  }

  function toDay(value) {
    if (!value) return null;
    var t = Date.parse(value + "T00:00:00Z");
    return isNaN(t) ? null : Math.round(t / DAY_MS);
  }
  function fromDay(day) { return new Date(day * DAY_MS).toISOString().slice(0, 10); }

  /* Two date inputs: incidents whose date (period) falls outside [from, to] are hidden. */
  function addTimeFilter(inst) {
    var m = inst.model, ctl = L.control({ position: "topleft" });
    ctl.onAdd = function () {
      var box = el("div", "gi-timefilter leaflet-bar");
      box.appendChild(el("h4", null, "Dates"));
      var inputs = {};
      ["from", "to"].forEach(function (name) {
        var label = el("label", null, name === "from" ? "From " : "To ");
        var input = el("input", "gi-" + name);
        input.type = "date";
        if (m.minDay !== null) { input.min = fromDay(m.minDay); input.max = fromDay(m.maxDay); }
        input.value = m.minDay === null ? "" : fromDay(name === "from" ? m.minDay : m.maxDay);
        label.appendChild(input);
        box.appendChild(label);
        inputs[name] = input;
      });
      var reset = el("button", "gi-reset", "All dates");
      reset.type = "button";
      box.appendChild(reset);
      var status = el("div", "gi-status-line");
      box.appendChild(status);
      function show() { status.textContent = inst.shownCount() + " of " + m.n + " incidents shown"; }
      // The timeline moves the same filter: keep the two date inputs in step with it.
      inst.setInputs = function (from, to) {
        inputs.from.value = fromDay(from === null ? m.minDay : from);
        inputs.to.value = fromDay(to === null ? m.maxDay : to);
      };
      function apply() {
        var from = toDay(inputs.from.value), to = toDay(inputs.to.value);
        // The full data range means "no filter": undated incidents stay visible.
        if (from !== null && from <= m.minDay) from = null;
        if (to !== null && to >= m.maxDay) to = null;
        inst.setRange(from, to);
        if (inst.onrange) inst.onrange(from, to);
      }
      inputs.from.addEventListener("change", apply);
      inputs.to.addEventListener("change", apply);
      reset.addEventListener("click", function () {
        inputs.from.value = m.minDay === null ? "" : fromDay(m.minDay);
        inputs.to.value = m.maxDay === null ? "" : fromDay(m.maxDay);
        inst.setRange(null, null);
        if (inst.onrange) inst.onrange(null, null);
      });
      inst.listeners.push(show);
      show();
      L.DomEvent.disableClickPropagation(box);
      L.DomEvent.disableScrollPropagation(box);
      return box;
    };
    ctl.addTo(inst.map);
  }

  function addTitle(inst) {
    var title = inst.model.p.title;
    if (!title) return;
    var box = el("div", "gi-title", title);
    box.dir = "auto";
    inst.map.getContainer().appendChild(box);
  }

  GI.addControls = function (inst) {
    addTitle(inst);
    addTimeFilter(inst);
    addLegend(inst);
  };
})(window);
