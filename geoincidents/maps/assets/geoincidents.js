/* geoincidents map runtime: draws the incident payload on one canvas per category.
 *
 * Why canvas and our own layer: one Leaflet object per incident (3-4 per
 * trajectory with markers and arrowhead) does not scale to 200,000 incidents;
 * one L.Layer per category (layer.js) that strokes every path in a few batched
 * canvas calls does. Hit-testing for popups/tooltips is done here, in pixel space.
 *
 * Trajectories are great circles interpolated here from the two ends (one
 * segment per 100 km, at most 32), not sent in the payload.
 * Text from the data is only ever inserted with textContent/createTextNode
 * (see popup.js): never innerHTML.
 */
(function (root) {
  "use strict";
  var GI = root.geoincidents = root.geoincidents || {};
  GI.maps = GI.maps || [];
  GI.ready = false;

  var DEG = Math.PI / 180, MAXLAT = 85.0511287798, EARTH_KM = 6371.0088, EQUATOR_KM = 40075.017;
  var SEG_KM = 100, MAX_SEG = 32, HIT_PX = 8, LINE_HIT_PX = 4, HOVER_LINES_MAX = 50000;

  /* zoom-0 Web Mercator pixels (a 256 px world), the same as Leaflet's EPSG3857 */
  function mx(lon) { return 256 * (0.5 + lon / 360); }
  function my(lat) {
    var s = Math.sin(Math.max(-MAXLAT, Math.min(MAXLAT, lat)) * DEG);
    return 256 * (0.5 - Math.log((1 + s) / (1 - s)) / (4 * Math.PI));
  }
  function num(v) { return v === null || v === undefined ? NaN : v; }
  /* An element with a class and a text node: the one way our scripts put data into the page. */
  GI.el = function (tag, cls, txt) {
    var node = document.createElement(tag);
    if (cls) node.className = cls;
    if (txt !== null && txt !== undefined) node.appendChild(document.createTextNode(String(txt)));
    return node;
  };

  /* A panel a reader can fold to its heading (click or Enter on the heading). On a small map
   * (a notebook cell, the review page's side column) the big panels start folded, so that
   * they do not cover each other and the map. */
  var SMALL_MAP_PX = [760, 560];
  GI.foldable = function (map, box, head) {
    head.className += " gi-fold";
    head.tabIndex = 0;
    head.setAttribute("role", "button");
    function set(folded) {
      box.classList.toggle("gi-folded", folded);
      head.setAttribute("aria-expanded", String(!folded));
      head.title = folded ? "show" : "fold";
    }
    function flip(e) { L.DomEvent.stop(e); set(!box.classList.contains("gi-folded")); }
    head.addEventListener("click", flip);
    head.addEventListener("keydown", function (e) { if (e.key === "Enter" || e.key === " ") flip(e); });
    var size = map.getSize();
    set(size.x < SMALL_MAP_PX[0] || size.y < SMALL_MAP_PX[1]);
  };

  function greatCircle(lon1, lat1, lon2, lat2, xs, ys) {
    var p1 = lat1 * DEG, l1 = lon1 * DEG, p2 = lat2 * DEG, l2 = lon2 * DEG;
    var ax = Math.cos(p1) * Math.cos(l1), ay = Math.cos(p1) * Math.sin(l1), az = Math.sin(p1);
    var bx = Math.cos(p2) * Math.cos(l2), by = Math.cos(p2) * Math.sin(l2), bz = Math.sin(p2);
    var cx = ay * bz - az * by, cy = az * bx - ax * bz, cz = ax * by - ay * bx;
    var d = Math.atan2(Math.sqrt(cx * cx + cy * cy + cz * cz), ax * bx + ay * by + az * bz);
    var n = Math.max(1, Math.min(MAX_SEG, Math.ceil(d * EARTH_KM / SEG_KM)));
    xs.push(mx(lon1)); ys.push(my(lat1));
    for (var k = 1; k < n; k++) {
      var f = k / n, a = Math.sin((1 - f) * d) / Math.sin(d), b = Math.sin(f * d) / Math.sin(d);
      var x = a * ax + b * bx, y = a * ay + b * by, z = a * az + b * bz;
      xs.push(mx(Math.atan2(y, x) / DEG)); ys.push(my(Math.atan2(z, Math.sqrt(x * x + y * y)) / DEG));
    }
    xs.push(mx(lon2)); ys.push(my(lat2));
  }

  GI._geo = { DEG: DEG, EQUATOR_KM: EQUATOR_KM };

  /* A packed numeric column (see geoincidents/maps/packing.py): base64 little-endian
   * integers. Plain codes come back as a typed array; scaled or nullable columns as
   * an Array of numbers with null for missing values. */
  var SENTINEL = { i1: -128, i2: -32768, i4: -2147483648 };
  GI.unpack = function (col) {
    if (!col || typeof col.b64 !== "string") return col;
    var bin = root.atob(col.b64), bytes = new Uint8Array(bin.length);
    for (var i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
    var T = col.packed === "i1" ? Int8Array : col.packed === "i2" ? Int16Array : Int32Array;
    var raw = new T(bytes.buffer);
    if (!col.scale && !col.nullable) return raw;
    var out = new Array(raw.length), scale = col.scale || 1, missing = col.nullable ? SENTINEL[col.packed] : null;
    for (var j = 0; j < raw.length; j++) out[j] = raw[j] === missing ? null : raw[j] / scale;
    return out;
  };
  function unpackPayload(p) {
    var U = GI.unpack, k;
    ["cat", "day0", "day1", "lon0", "lat0", "lon1", "lat1", "unc0", "unc1", "area0", "area1", "kind0", "kind1",
     "site0", "site1", "line", "hollow", "status", "weapon", "drawn"]
      .forEach(function (key) { p[key] = U(p[key]); });
    ["range_min_km", "range_max_km"].forEach(function (key) { p[key] = p[key] ? U(p[key]) : null; });
    for (k in p.text) p.text[k].c = U(p.text[k].c);
    for (k in p.counts) p.counts[k] = U(p.counts[k]);
    p.claims.i = U(p.claims.i);
    ["s", "st", "a"].forEach(function (key) { p.claims[key].c = U(p.claims[key].c); });
  }
  /* End kinds, as decided by the scene (geoincidents/maps/scene.py). */
  GI.NONE = 0; GI.POINT = 1; GI.RADIUS = 2; GI.AREA = 3;

  /* The payload decoded once into typed arrays. */
  function Model(p) {
    unpackPayload(p);
    var n = p.n, i;
    this.p = p; this.n = n; this.cats = p.categories;
    this.x = [new Float64Array(n), new Float64Array(n)];
    this.y = [new Float64Array(n), new Float64Array(n)];
    this.has = [new Uint8Array(n), new Uint8Array(n)];
    this.toff = new Int32Array(n + 1);
    var xs = [], ys = [], lon = [p.lon0, p.lon1], lat = [p.lat0, p.lat1];
    this.minDay = null; this.maxDay = null;
    for (i = 0; i < n; i++) {
      for (var e = 0; e < 2; e++) {
        var lo = num(lon[e][i]), la = num(lat[e][i]);
        this.has[e][i] = isNaN(lo) || isNaN(la) ? 0 : 1;
        this.x[e][i] = this.has[e][i] ? mx(lo) : NaN;
        this.y[e][i] = this.has[e][i] ? my(la) : NaN;
      }
      this.toff[i] = xs.length;
      if (p.line[i] >= 0) greatCircle(p.lon0[i], p.lat0[i], p.lon1[i], p.lat1[i], xs, ys);
      var d0 = p.day0[i], d1 = p.day1[i];
      if (d0 !== null && (this.minDay === null || d0 < this.minDay)) this.minDay = d0;
      if (d1 !== null && (this.maxDay === null || d1 > this.maxDay)) this.maxDay = d1;
    }
    this.toff[n] = xs.length;
    this.tx = Float64Array.from(xs); this.ty = Float64Array.from(ys);
    var counts = new Int32Array(this.cats.length);
    for (i = 0; i < n; i++) counts[p.cat[i]]++;
    this.byCat = [];
    for (var k = 0; k < this.cats.length; k++) this.byCat.push(new Int32Array(counts[k]));
    var fill = new Int32Array(this.cats.length);
    for (i = 0; i < n; i++) { var c = p.cat[i]; this.byCat[c][fill[c]++] = i; }
    this.from = null; this.to = null;
    // Outlines of the provinces and countries that some end is known only to, as zoom-0 pixel rings.
    var areaBounds = this.areaBounds = [];
    this.areas = ((p.areas && p.areas.features) || []).map(function (f) {
      var g = f.geometry, polys = g.type === "Polygon" ? [g.coordinates] : g.type === "MultiPolygon" ? g.coordinates : [];
      var rings = [], bounds = L.latLngBounds([]);
      areaBounds.push(bounds);
      polys.forEach(function (poly) {
        poly.forEach(function (ring) {
          ring.forEach(function (c) { bounds.extend([c[1], c[0]]); });
          var xy = new Float64Array(ring.length * 2);
          for (var q = 0; q < ring.length; q++) { xy[2 * q] = mx(ring[q][0]); xy[2 * q + 1] = my(ring[q][1]); }
          rings.push(xy);
        });
      });
      return rings;
    });
    // Which ends get a marker: points and radius ends, never an area (it has no point of its own).
    this.marked = [new Uint8Array(n), new Uint8Array(n)];
    for (i = 0; i < n; i++) {
      this.marked[0][i] = p.kind0[i] === GI.POINT || p.kind0[i] === GI.RADIUS ? 1 : 0;
      this.marked[1][i] = p.kind1[i] === GI.POINT || p.kind1[i] === GI.RADIUS ? 1 : 0;
    }
    this.layerOn = null;  // set by the instance: is category k on the map
  }
  /* An incident is shown when the period its date stands for overlaps the filter (and its layer is on). */
  Model.prototype.visible = function (i) {
    return (!this.layerOn || this.layerOn(this.p.cat[i])) && this.shown(i);
  };
  Model.prototype.shown = function (i) {
    if (this.from === null && this.to === null) return true;
    var a = this.p.day0[i], b = this.p.day1[i];
    if (a === null) return false;
    return (this.from === null || b >= this.from) && (this.to === null || a <= this.to);
  };
  Model.prototype.text = function (name, i) {
    var col = this.p.text[name], c = col.c[i];
    return c < 0 ? null : col.u[c];
  };


  function segDist(px, py, ax, ay, bx, by) {
    var dx = bx - ax, dy = by - ay, l2 = dx * dx + dy * dy, t = 0;
    if (l2 > 0) t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / l2));
    var qx = ax + t * dx - px, qy = ay + t * dy - py;
    return Math.sqrt(qx * qx + qy * qy);
  }

  function now() { return root.performance ? root.performance.now() : Date.now(); }

  function Instance(map, opts) {
    var t0 = now(), payload = JSON.parse(opts.data.textContent), t1 = now();
    this.map = map;
    this.model = new Model(payload);
    this.layers = [];
    this.listeners = [];
    var self = this;
    this.model.layerOn = function (k) { var l = self.layers[k]; return !l || !!l._map || !!l._pending; };
    // Milliseconds per step of drawing, for benchmarks (read-only).
    this.timings = { start: t0, parse: t1 - t0, model: now() - t1 };
  }
  /* Incidents under a container point, nearest first: markers, then lines. */
  Instance.prototype.hitTest = function (cp, markersOnly) {
    var map = this.map, m = this.model, s = Math.pow(2, map.getZoom());
    var lp = map.containerPointToLayerPoint(cp), o = map.getPixelOrigin(), wx = lp.x + o.x, wy = lp.y + o.y;
    var hits = [];
    for (var k = 0; k < this.layers.length; k++) {
      if (!this.layers[k]._map) continue;
      var idx = m.byCat[k];
      for (var j = 0; j < idx.length; j++) {
        var i = idx[j], best = Infinity;
        for (var e = 0; e < 2; e++) {
          if (!m.marked[e][i]) continue;
          var dx = m.x[e][i] * s - wx, dy = m.y[e][i] * s - wy, d = Math.sqrt(dx * dx + dy * dy);
          if (d < best) best = d;
        }
        if (best > HIT_PX && !markersOnly && m.p.line[i] >= 0) {
          for (var q = m.toff[i]; q < m.toff[i + 1] - 1; q++) {
            var dl = segDist(wx, wy, m.tx[q] * s, m.ty[q] * s, m.tx[q + 1] * s, m.ty[q + 1] * s);
            if (dl <= LINE_HIT_PX) { best = HIT_PX + dl; break; }
          }
        }
        if (best <= HIT_PX + LINE_HIT_PX && m.shown(i)) hits.push({ i: i, d: best });
      }
    }
    hits.sort(function (a, b) { return a.d - b.d || m.p.day0[a.i] - m.p.day0[b.i]; });
    return hits.map(function (h) { return h.i; });
  };
  Instance.prototype.click = function (latlng, fallback) {
    var hits = this.hitTest(this.map.latLngToContainerPoint(latlng));
    if (hits.length) {
      // Top padding keeps the popup clear of the map title.
      this.openPopup(latlng, hits);
    } else if (fallback) {
      fallback();
    }
    return hits;
  };
  /* A popup listing ``hits`` (newest first, scrollable). */
  Instance.prototype.openPopup = function (latlng, hits) {
    var p = this.model.p;
    hits = hits.slice().sort(function (a, b) { return (p.day0[b] || 0) - (p.day0[a] || 0); });
    // Top padding keeps the popup clear of the map title.
    return L.popup({ maxWidth: 380, maxHeight: 320, className: "gi-popup-wrap", autoPanPaddingTopLeft: [20, 60] })
      .setLatLng(latlng).setContent(GI.popupContent(this.model, hits)).openOn(this.map);
  };
  /* Zoom to one incident and open its popup (the event list calls this). */
  Instance.prototype.focus = function (i) {
    var m = this.model, p = m.p, b = L.latLngBounds([]);
    for (var e = 0; e < 2; e++) if (m.has[e][i]) b.extend([e ? p.lat1[i] : p.lat0[i], e ? p.lon1[i] : p.lon0[i]]);
    // An area with nothing to aim at: show the whole area.
    if (!b.isValid()) [p.area0[i], p.area1[i]].forEach(function (k) { if (k >= 0) b.extend(m.areaBounds[k]); });
    if (!b.isValid()) return false;
    if (b.getNorthEast().equals(b.getSouthWest())) this.map.setView(b.getCenter(), Math.max(this.map.getZoom(), 8), { animate: false });
    else this.map.fitBounds(b, { padding: [60, 60], maxZoom: 9, animate: false });
    var at = m.marked[1][i] ? [p.lat1[i], p.lon1[i]] : m.has[1][i] ? [p.lat1[i], p.lon1[i]] : [p.lat0[i], p.lon0[i]];
    this.openPopup(L.latLng(at[0], at[1]), [i]);
    return true;
  };
  Instance.prototype.hover = function (e) {
    // With very many incidents, hovering tests only the end markers: the lines'
    // segments would make every mouse move cost tens of milliseconds. A click tests both.
    var hits = this.hitTest(e.containerPoint, this.model.n > HOVER_LINES_MAX);
    this.map.getContainer().style.cursor = hits.length ? "pointer" : "";
    if (!hits.length) { if (this.tip) this.map.removeLayer(this.tip); return; }
    if (!this.tip) this.tip = L.tooltip({ direction: "top", offset: [0, -8], className: "gi-tooltip" });
    this.tip.setLatLng(e.latlng).setContent(GI.tooltipContent(this.model, hits));
    if (!this.map.hasLayer(this.tip)) this.tip.openOn(this.map);
  };
  /* Incidents shown (layer on, dates in range) with a drawn end inside the map's current view; -1 = none drawn. */
  Instance.prototype.eventsInView = function () {
    var m = this.model, map = this.map, b = map.getBounds(), out = [], lat = [m.p.lat0, m.p.lat1], lon = [m.p.lon0, m.p.lon1];
    for (var i = 0; i < m.n; i++) {
      if (!m.visible(i)) continue;
      if (!m.p.drawn[i]) { out.push(i); continue; }
      for (var e = 0; e < 2; e++) {
        if (m.has[e][i] && b.contains([lat[e][i], lon[e][i]])) { out.push(i); break; }
      }
      if (e === 2 && !m.has[0][i] && !m.has[1][i]) out.push(i);  // an area alone: listed wherever the view is
    }
    var p = m.p;
    out.sort(function (a, c) { return (p.day0[c] === null ? -1e9 : p.day0[c]) - (p.day0[a] === null ? -1e9 : p.day0[a]); });
    return out;
  };
  /* How many shown incidents have an end inside a canvas of the current view (cached per view). */
  Instance.prototype.inView = function (s, ox, oy, w, h) {
    // While draw() adds the layers one by one, count the ones still to come as well.
    var on = this.layers.map(function (l) { return l._map || l._pending ? 1 : 0; }).join("");
    var key = [s, ox, oy, w, h, this.model.from, this.model.to, on].join(",");
    if (key === this._viewKey) return this._viewCount;
    var m = this.model, n = 0;
    for (var k = 0; k < this.layers.length; k++) {
      if (on.charAt(k) !== "1") continue;
      var idx = m.byCat[k];
      for (var j = 0; j < idx.length; j++) {
        var i = idx[j];
        if (!m.shown(i)) continue;
        for (var e = 0; e < 2; e++) {
          if (!m.has[e][i]) continue;
          var x = m.x[e][i] * s - ox, y = m.y[e][i] * s - oy;
          if (x >= 0 && y >= 0 && x <= w && y <= h) { n++; break; }
        }
      }
    }
    this._viewKey = key; this._viewCount = n;
    return n;
  };
  Instance.prototype.setRange = function (from, to) {
    this.model.from = from; this.model.to = to;
    this.map.closePopup();
    for (var k = 0; k < this.layers.length; k++) this.layers[k]._update();
    this.changed();
  };
  /* Something a reader controls changed (dates, layers, view): tell every listener. */
  Instance.prototype.changed = function () {
    for (var k = 0; k < this.listeners.length; k++) this.listeners[k]();
  };
  Instance.prototype.shownCount = function () {
    var n = 0;
    for (var i = 0; i < this.model.n; i++) if (this.model.shown(i)) n++;
    return n;
  };
  /* Read-only summary for tests and benchmarks: what is drawn right now, per layer. */
  Instance.prototype.stats = function () {
    var out = { total: this.model.n, shown: this.shownCount(), layers: {} };
    for (var k = 0; k < this.layers.length; k++) {
      var l = this.layers[k], st = l.stats;
      out.layers[this.model.cats[k].key] = {
        onMap: !!l._map, trajectories: st.trajectories, arrowheads: st.arrowheads,
        launches: st.launches, targets: st.targets, uncertainty: st.uncertainty, areas: st.areas || 0,
        glyphs: st.glyphs || 0, hollow: st.hollow || 0, dense: !!st.dense
      };
    }
    return out;
  };
  /* Page coordinates of one end of an incident (for a test to click it like a person). */
  Instance.prototype.screenPoint = function (incidentId, end) {
    var m = this.model, e = end === "launch" ? 0 : 1;
    for (var i = 0; i < m.n; i++) {
      if (m.text("incident_id", i) !== incidentId || !m.has[e][i]) continue;
      // An area end is reached at its point nearest the other end, where its dashed line starts.
      var cp = this.map.latLngToContainerPoint([e ? m.p.lat1[i] : m.p.lat0[i], e ? m.p.lon1[i] : m.p.lon0[i]]);
      var r = this.map.getContainer().getBoundingClientRect();
      return { x: r.left + cp.x, y: r.top + cp.y };
    }
    return null;
  };
  Instance.prototype.fit = function () {
    var m = this.model, b = L.latLngBounds([]), lat = [m.p.lat0, m.p.lat1], lon = [m.p.lon0, m.p.lon1];
    for (var i = 0; i < m.n; i++) for (var e = 0; e < 2; e++) if (m.has[e][i]) b.extend([lat[e][i], lon[e][i]]);
    if (!b.isValid()) return;
    if (b.getNorthEast().equals(b.getSouthWest())) this.map.setView(b.getCenter(), 8, { animate: false });
    else this.map.fitBounds(b, { padding: [40, 40], maxZoom: 9, animate: false });
  };

  GI.draw = function (map, opts) {
    var inst = new Instance(map, opts), m = inst.model;
    if (!map.getPane("geoincidents")) {
      map.createPane("geoincidents").style.zIndex = 450;
      map.getPane("geoincidents").style.pointerEvents = "none";
    }
    inst.fit();
    var t = now();
    GI.addBoundaries(inst, opts);
    inst.timings.boundaries = now() - t;
    t = now();
    for (var k = 0; k < m.cats.length; k++) {
      var layer = new GI.CategoryLayer(inst, k), group = opts.groups[k];
      layer._pending = !group || !!group._map;
      inst.layers.push(layer);
    }
    for (k = 0; k < m.cats.length; k++) {
      if (opts.groups[k]) opts.groups[k].addLayer(inst.layers[k]); else inst.layers[k].addTo(map);
      inst.layers[k]._pending = false;
    }
    inst.timings.incidents = now() - t;
    t = now();
    GI.addBases(inst, opts.bases);
    GI.addControls(inst);
    GI.addSites(inst);
    GI.addEvents(inst);
    GI.addTimeline(inst);
    map.on("overlayadd overlayremove moveend", function () { inst.changed(); });
    inst.changed();
    inst.timings.controls = now() - t;
    map.on("click", function (e) { inst.click(e.latlng); });
    var pending = null;
    map.on("mousemove", function (e) {
      if (pending === null) {
        root.requestAnimationFrame(function () { var ev = pending; pending = null; inst.hover(ev); });
      }
      pending = e;
    });
    map.on("mouseout", function () { if (inst.tip) map.removeLayer(inst.tip); });
    GI.maps.push(inst);
    inst.timings.end = now();
    GI.ready = true;
    return inst;
  };
  GI.stats = function () { return GI.maps.length ? GI.maps[0].stats() : null; };
  GI.screenPoint = function (id, end) { return GI.maps.length ? GI.maps[0].screenPoint(id, end) : null; };
})(window);
