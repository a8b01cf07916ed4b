/* geoincidents map runtime: draws the incident payload on one canvas per category.
 *
 * Why canvas and our own layer: one Leaflet object per incident (3-4 per
 * trajectory with markers and arrowhead) does not scale to 200,000 incidents;
 * one L.Layer per category that strokes every path in a few batched canvas
 * calls does. Hit-testing for popups/tooltips is done here, in pixel space.
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
  var SEG_KM = 100, MAX_SEG = 32, PAD = 0.1, CHUNK = 200, DENSE = 3000;
  var HIT_PX = 8, LINE_HIT_PX = 4, MARK_R = 4.5, TRI = 6.5, ARROW_LEN = 11, ARROW_HALF = 5;
  GI.style = { MARK_R: MARK_R, TRI: TRI };

  /* zoom-0 Web Mercator pixels (a 256 px world), the same as Leaflet's EPSG3857 */
  function mx(lon) { return 256 * (0.5 + lon / 360); }
  function my(lat) {
    var s = Math.sin(Math.max(-MAXLAT, Math.min(MAXLAT, lat)) * DEG);
    return 256 * (0.5 - Math.log((1 + s) / (1 - s)) / (4 * Math.PI));
  }
  function num(v) { return v === null || v === undefined ? NaN : v; }

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

  /* The payload decoded once into typed arrays. */
  function Model(p) {
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
      if (this.has[0][i] && this.has[1][i]) greatCircle(p.lon0[i], p.lat0[i], p.lon1[i], p.lat1[i], xs, ys);
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
  }
  /* An incident is shown when the period its date stands for overlaps the filter. */
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

  function emptyStats() { return { trajectories: 0, arrowheads: 0, launches: 0, targets: 0, uncertainty: 0 }; }

  /* One category on its own canvas. */
  var CategoryLayer = L.Layer.extend({
    options: { pane: "geoincidents" },
    initialize: function (inst, k) { this._inst = inst; this._k = k; this.stats = emptyStats(); },
    onAdd: function () {
      this._canvas = L.DomUtil.create("canvas", "gi-canvas leaflet-zoom-animated");
      this._canvas.setAttribute("data-category", this._inst.model.cats[this._k].key);
      this.getPane().appendChild(this._canvas);
      this._update();
    },
    onRemove: function () {
      L.DomUtil.remove(this._canvas);
      this._canvas = null;
      this.stats = emptyStats();
    },
    getEvents: function () {
      return { moveend: this._update, viewreset: this._update, resize: this._update, zoomanim: this._animateZoom };
    },
    _animateZoom: function (e) {
      var offset = this._map._latLngBoundsToNewLayerBounds(this._bounds, e.zoom, e.center).min;
      L.DomUtil.setTransform(this._canvas, offset, this._map.getZoomScale(e.zoom));
    },
    _update: function () {
      var map = this._map, c = this._canvas;
      if (!map || !c) return;
      var size = map.getSize(), pad = size.multiplyBy(PAD).round();
      var topLeft = map.containerPointToLayerPoint(pad.multiplyBy(-1)).round();
      var w = size.x + 2 * pad.x, h = size.y + 2 * pad.y, dpr = root.devicePixelRatio || 1;
      this._bounds = L.latLngBounds(map.layerPointToLatLng(topLeft), map.layerPointToLatLng(topLeft.add([w, h])));
      c.width = Math.round(w * dpr); c.height = Math.round(h * dpr);
      c.style.width = w + "px"; c.style.height = h + "px";
      L.DomUtil.setPosition(c, topLeft);
      var ctx = c.getContext("2d");
      ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
      var origin = map.getPixelOrigin(), sc = Math.pow(2, map.getZoom()), ox = origin.x + topLeft.x, oy = origin.y + topLeft.y;
      var dense = this._inst.inView(sc, ox, oy, w, h) > DENSE;
      this.stats = dense ? this._drawDense(ctx, sc, ox, oy, w, h) : this._draw(ctx, sc, ox, oy, w, h);
      this.stats.dense = dense;
    },
    /* Paths are flushed every CHUNK features: one canvas path with tens of
     * thousands of overlapping sub-paths makes the rasteriser crawl (its cost
     * grows with the edges crossing each scanline). Features outside the
     * canvas are counted but not stroked. */
    _draw: function (ctx, s, ox, oy, w, h) {
      var m = this._inst.model, p = m.p, idx = m.byCat[this._k], colour = m.cats[this._k].colour;
      var st = emptyStats(), X0 = m.x[0], Y0 = m.y[0], X1 = m.x[1], Y1 = m.y[1], H0 = m.has[0], H1 = m.has[1];
      var shown = new Uint8Array(idx.length), j, i, a, b, e, batch;
      for (j = 0; j < idx.length; j++) shown[j] = m.shown(idx[j]) ? 1 : 0;
      function out(x, y, r) { return x + r < 0 || y + r < 0 || x - r > w || y - r > h; }
      ctx.lineJoin = "miter"; ctx.lineCap = "butt";
      // Uncertainty: a dashed circle of the end's precision radius instead of a precise dot.
      var pxPerKm0 = 256 * s / EQUATOR_KM, unc = [p.unc0, p.unc1], lat = [p.lat0, p.lat1];
      batch = new Batch(ctx, function (c) {
        c.fillStyle = colour; c.strokeStyle = colour;
        c.globalAlpha = 0.07; c.fill();
        c.globalAlpha = 0.8; c.lineWidth = 1.5; c.setLineDash([5, 4]); c.stroke(); c.setLineDash([]);
      });
      for (j = 0; j < idx.length; j++) {
        if (!shown[j]) continue;
        i = idx[j];
        for (e = 0; e < 2; e++) {
          if (!m.has[e][i] || !(unc[e][i] > 0)) continue;
          st.uncertainty++;
          var r = unc[e][i] * pxPerKm0 / Math.cos(lat[e][i] * DEG);
          a = m.x[e][i] * s - ox; b = m.y[e][i] * s - oy;
          if (out(a, b, r)) continue;
          ctx.moveTo(a + r, b); ctx.arc(a, b, r, 0, 2 * Math.PI);
          batch.add();
        }
      }
      batch.end();
      // Trajectories (great-circle polylines).
      batch = new Batch(ctx, function (c) { c.strokeStyle = colour; c.globalAlpha = 0.85; c.lineWidth = 2; c.stroke(); });
      for (j = 0; j < idx.length; j++) {
        if (!shown[j]) continue;
        i = idx[j];
        if (!(H0[i] && H1[i])) continue;
        st.trajectories++;
        a = X0[i] * s - ox; b = Y0[i] * s - oy;
        var c2 = X1[i] * s - ox, d2 = Y1[i] * s - oy;
        if (Math.max(a, c2) < -50 || Math.min(a, c2) > w + 50 || Math.max(b, d2) < -50 || Math.min(b, d2) > h + 50) continue;
        ctx.moveTo(m.tx[m.toff[i]] * s - ox, m.ty[m.toff[i]] * s - oy);
        for (var q = m.toff[i] + 1; q < m.toff[i + 1]; q++) ctx.lineTo(m.tx[q] * s - ox, m.ty[q] * s - oy);
        batch.add();
      }
      batch.end();
      // Arrowheads: a triangle along the last segment, its tip at the edge of the target marker.
      batch = new Batch(ctx, function (c) { c.fillStyle = colour; c.globalAlpha = 1; c.fill(); });
      for (j = 0; j < idx.length; j++) {
        if (!shown[j]) continue;
        i = idx[j];
        if (!(H0[i] && H1[i])) continue;
        var last = m.toff[i + 1] - 1;
        var ex = m.tx[last] * s - ox, ey = m.ty[last] * s - oy;
        var dx = ex - (m.tx[last - 1] * s - ox), dy = ey - (m.ty[last - 1] * s - oy), len = Math.sqrt(dx * dx + dy * dy);
        if (len < 1e-9) continue;
        st.arrowheads++;
        if (out(ex, ey, ARROW_LEN + MARK_R + 2)) continue;
        dx /= len; dy /= len;
        var tipx = ex - dx * (MARK_R + 1), tipy = ey - dy * (MARK_R + 1);
        var bx = tipx - dx * ARROW_LEN, by = tipy - dy * ARROW_LEN;
        ctx.moveTo(tipx, tipy); ctx.lineTo(bx - dy * ARROW_HALF, by + dx * ARROW_HALF);
        ctx.lineTo(bx + dy * ARROW_HALF, by - dx * ARROW_HALF); ctx.closePath();
        batch.add();
      }
      batch.end();
      // Launch ends: hollow triangles.
      batch = new Batch(ctx, function (c) {
        c.fillStyle = "#ffffff"; c.fill(); c.strokeStyle = colour; c.lineWidth = 2; c.stroke();
      });
      for (j = 0; j < idx.length; j++) {
        if (!shown[j]) continue;
        i = idx[j];
        if (!H0[i]) continue;
        st.launches++;
        a = X0[i] * s - ox; b = Y0[i] * s - oy;
        if (out(a, b, TRI + 2)) continue;
        ctx.moveTo(a, b - TRI); ctx.lineTo(a + TRI * 0.866, b + TRI * 0.5); ctx.lineTo(a - TRI * 0.866, b + TRI * 0.5); ctx.closePath();
        batch.add();
      }
      batch.end();
      // Target ends: filled circles, hollow when the end is only known to an area.
      for (var pass = 0; pass < 2; pass++) {
        batch = new Batch(ctx, pass ? function (c) {
          c.fillStyle = "#ffffff"; c.fill(); c.strokeStyle = colour; c.lineWidth = 2; c.stroke();
        } : function (c) {
          c.fillStyle = colour; c.fill(); c.strokeStyle = "#ffffff"; c.lineWidth = 1; c.stroke();
        });
        for (j = 0; j < idx.length; j++) {
          if (!shown[j]) continue;
          i = idx[j];
          if (!H1[i] || (p.unc1[i] > 0 ? 1 : 0) !== pass) continue;
          st.targets++;
          a = X1[i] * s - ox; b = Y1[i] * s - oy;
          if (out(a, b, MARK_R + 2)) continue;
          ctx.moveTo(a + MARK_R, b); ctx.arc(a, b, MARK_R, 0, 2 * Math.PI);
          batch.add();
        }
        batch.end();
      }
      return st;
    },
    /* Many incidents in view: hairlines, small squares, no arrowheads or dashes.
     * Shapes cannot be told apart at this density, and wide, dashed or
     * round-capped strokes are what make software rasterising slow. */
    _drawDense: function (ctx, s, ox, oy, w, h) {
      var m = this._inst.model, p = m.p, idx = m.byCat[this._k], colour = m.cats[this._k].colour;
      var st = emptyStats(), X0 = m.x[0], Y0 = m.y[0], X1 = m.x[1], Y1 = m.y[1], H0 = m.has[0], H1 = m.has[1];
      var pxPerKm0 = 256 * s / EQUATOR_KM, j, i, a, b, e, batch, list = [];
      for (j = 0; j < idx.length; j++) if (m.shown(idx[j])) list.push(idx[j]);
      function out(x, y, r) { return x + r < 0 || y + r < 0 || x - r > w || y - r > h; }
      ctx.lineJoin = "miter"; ctx.lineCap = "butt"; ctx.setLineDash([]);
      batch = new Batch(ctx, function (c) { c.strokeStyle = colour; c.globalAlpha = 0.35; c.lineWidth = 1; c.stroke(); });
      for (j = 0; j < list.length; j++) {
        i = list[j];
        for (e = 0; e < 2; e++) {
          var u = e ? p.unc1[i] : p.unc0[i];
          if (!m.has[e][i] || !(u > 0)) continue;
          st.uncertainty++;
          var r = u * pxPerKm0 / Math.cos((e ? p.lat1[i] : p.lat0[i]) * DEG);
          a = m.x[e][i] * s - ox; b = m.y[e][i] * s - oy;
          if (out(a, b, r)) continue;
          ctx.moveTo(a + r, b); ctx.arc(a, b, r, 0, 2 * Math.PI);
          batch.add();
        }
      }
      batch.end();
      batch = new Batch(ctx, function (c) { c.strokeStyle = colour; c.globalAlpha = 0.55; c.lineWidth = 1; c.stroke(); });
      for (j = 0; j < list.length; j++) {
        i = list[j];
        if (!(H0[i] && H1[i])) continue;
        st.trajectories++;
        a = X0[i] * s - ox; b = Y0[i] * s - oy;
        var c2 = X1[i] * s - ox, d2 = Y1[i] * s - oy;
        if (Math.max(a, c2) < -50 || Math.min(a, c2) > w + 50 || Math.max(b, d2) < -50 || Math.min(b, d2) > h + 50) continue;
        ctx.moveTo(m.tx[m.toff[i]] * s - ox, m.ty[m.toff[i]] * s - oy);
        for (var q = m.toff[i] + 1; q < m.toff[i + 1]; q++) ctx.lineTo(m.tx[q] * s - ox, m.ty[q] * s - oy);
        batch.add();
      }
      batch.end();
      batch = new Batch(ctx, function (c) { c.strokeStyle = colour; c.globalAlpha = 1; c.lineWidth = 1; c.stroke(); });
      for (j = 0; j < list.length; j++) {
        i = list[j];
        if (!H0[i]) continue;
        st.launches++;
        a = X0[i] * s - ox; b = Y0[i] * s - oy;
        if (out(a, b, 3)) continue;
        ctx.rect(a - 2, b - 2, 4, 4);
        batch.add();
      }
      batch.end();
      batch = new Batch(ctx, function (c) { c.fillStyle = colour; c.globalAlpha = 1; c.fill(); });
      for (j = 0; j < list.length; j++) {
        i = list[j];
        if (!H1[i]) continue;
        st.targets++;
        a = X1[i] * s - ox; b = Y1[i] * s - oy;
        if (out(a, b, 3)) continue;
        ctx.rect(a - 2, b - 2, 4, 4);
        batch.add();
      }
      batch.end();
      ctx.globalAlpha = 1;
      return st;
    }
  });

  /* Collects sub-paths and paints them every CHUNK of them. */
  function Batch(ctx, paint) { this.ctx = ctx; this.paint = paint; this.n = 0; ctx.beginPath(); }
  Batch.prototype.add = function () {
    if (++this.n % CHUNK === 0) { this.paint(this.ctx); this.ctx.beginPath(); }
  };
  Batch.prototype.end = function () { if (this.n % CHUNK) this.paint(this.ctx); this.ctx.beginPath(); };

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
    // Milliseconds per step of drawing, for benchmarks (read-only).
    this.timings = { start: t0, parse: t1 - t0, model: now() - t1 };
  }
  /* Incidents under a container point, nearest first: markers, then lines. */
  Instance.prototype.hitTest = function (cp) {
    var map = this.map, m = this.model, s = Math.pow(2, map.getZoom());
    var lp = map.containerPointToLayerPoint(cp), o = map.getPixelOrigin(), wx = lp.x + o.x, wy = lp.y + o.y;
    var hits = [];
    for (var k = 0; k < this.layers.length; k++) {
      if (!this.layers[k]._map) continue;
      var idx = m.byCat[k];
      for (var j = 0; j < idx.length; j++) {
        var i = idx[j], best = Infinity;
        for (var e = 0; e < 2; e++) {
          if (!m.has[e][i]) continue;
          var dx = m.x[e][i] * s - wx, dy = m.y[e][i] * s - wy, d = Math.sqrt(dx * dx + dy * dy);
          if (d < best) best = d;
        }
        if (best > HIT_PX && m.has[0][i] && m.has[1][i]) {
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
      L.popup({ maxWidth: 380, maxHeight: 300, className: "gi-popup-wrap", autoPanPaddingTopLeft: [20, 60] })
        .setLatLng(latlng).setContent(GI.popupContent(this.model, hits)).openOn(this.map);
    } else if (fallback) {
      fallback();
    }
    return hits;
  };
  Instance.prototype.hover = function (e) {
    var hits = this.hitTest(e.containerPoint);
    this.map.getContainer().style.cursor = hits.length ? "pointer" : "";
    if (!hits.length) { if (this.tip) this.map.removeLayer(this.tip); return; }
    if (!this.tip) this.tip = L.tooltip({ direction: "top", offset: [0, -8], className: "gi-tooltip" });
    this.tip.setLatLng(e.latlng).setContent(GI.tooltipContent(this.model, hits));
    if (!this.map.hasLayer(this.tip)) this.tip.openOn(this.map);
  };
  /* How many shown incidents have an end inside a canvas of the current view (cached per view). */
  Instance.prototype.inView = function (s, ox, oy, w, h) {
    var on = this.layers.map(function (l) { return l._map ? 1 : 0; }).join("");
    var key = [s, ox, oy, w, h, this.model.from, this.model.to, on].join(",");
    if (key === this._viewKey) return this._viewCount;
    var m = this.model, n = 0;
    for (var k = 0; k < this.layers.length; k++) {
      if (!this.layers[k]._map) continue;
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
    if (this.onfilter) this.onfilter();
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
        launches: st.launches, targets: st.targets, uncertainty: st.uncertainty, dense: !!st.dense
      };
    }
    return out;
  };
  /* Page coordinates of one end of an incident (for a test to click it like a person). */
  Instance.prototype.screenPoint = function (incidentId, end) {
    var m = this.model, e = end === "launch" ? 0 : 1;
    for (var i = 0; i < m.n; i++) {
      if (m.text("incident_id", i) !== incidentId || !m.has[e][i]) continue;
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
      var layer = new CategoryLayer(inst, k);
      inst.layers.push(layer);
      var group = opts.groups[k];
      if (group) group.addLayer(layer); else layer.addTo(map);
    }
    inst.timings.incidents = now() - t;
    t = now();
    GI.addBases(inst, opts.bases);
    GI.addControls(inst);
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
