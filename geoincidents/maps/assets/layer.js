/* One incident category drawn on its own canvas (see geoincidents.js for why).
 *
 * Normal mode draws what the legend shows, as the scene decided it: dashed
 * circles for ends known to a district, thin light outlines for ends known
 * only to a province or country, great-circle trajectories solid / dashed /
 * dotted by status, arrowheads, hollow-triangle launches, filled (or hollow)
 * target circles and the weapon's glyph beside each target. Dense mode (many incidents in view) draws hairlines and
 * small squares: shapes cannot be told apart at that density and wide,
 * dashed or round strokes are what make software rasterising slow.
 */
(function (root) {
  "use strict";
  var GI = root.geoincidents = root.geoincidents || {};
  var DEG = GI._geo.DEG, EQUATOR_KM = GI._geo.EQUATOR_KM;
  var PAD = 0.1, CHUNK = 200, DENSE = 3000;
  var MARK_R = 4.5, TRI = 6.5, ARROW_LEN = 11, ARROW_HALF = 5, GLYPH = 5, GLYPH_DX = 10, GLYPH_DY = -9;
  var DASH = { solid: [], dashed: [7, 5], dotted: [1.5, 5] };

  function emptyStats() { return { trajectories: 0, arrowheads: 0, launches: 0, targets: 0, uncertainty: 0, areas: 0, glyphs: 0, hollow: 0 }; }

  /* One category on its own canvas. */
  GI.CategoryLayer = L.Layer.extend({
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
      var st = emptyStats(), X0 = m.x[0], Y0 = m.y[0], X1 = m.x[1], Y1 = m.y[1];
      var shown = new Uint8Array(idx.length), j, i, a, b, batch, list = [];
      for (j = 0; j < idx.length; j++) if ((shown[j] = m.shown(idx[j]) ? 1 : 0)) list.push(idx[j]);
      function out(x, y, r) { return x + r < 0 || y + r < 0 || x - r > w || y - r > h; }
      ctx.lineJoin = "miter"; ctx.lineCap = "butt";
      // Uncertainty: a dashed circle of a district-level end's radius; areas as a thin light outline.
      batch = new Batch(ctx, function (c) {
        c.fillStyle = colour; c.strokeStyle = colour;
        c.globalAlpha = 0.07; c.fill();
        c.globalAlpha = 0.8; c.lineWidth = 1.5; c.setLineDash([5, 4]); c.stroke(); c.setLineDash([]);
      });
      addUncertainty(ctx, m, list, s, ox, oy, out, st, batch, function (c) {
        c.strokeStyle = colour; c.globalAlpha = 0.45; c.lineWidth = 1; c.setLineDash([]); c.stroke(); c.globalAlpha = 1;
      });
      // Trajectories (great-circle polylines), one pass per line style (status).
      p.lines.forEach(function (name, k) {
        var mine = list.filter(function (i) { return p.line[i] === k; });
        var b2 = new Batch(ctx, function (c) {
          c.strokeStyle = colour; c.globalAlpha = 0.85; c.lineWidth = name === "solid" ? 2 : 2.2;
          c.lineCap = name === "dotted" ? "round" : "butt"; c.setLineDash(DASH[name] || []); c.stroke(); c.setLineDash([]);
        });
        addTrajectories(ctx, m, mine, s, ox, oy, w, h, st, b2);
      });
      ctx.lineCap = "butt";
      // Arrowheads: a triangle along the last segment, its tip at the edge of the target marker.
      batch = new Batch(ctx, function (c) { c.fillStyle = colour; c.globalAlpha = 1; c.fill(); });
      for (j = 0; j < idx.length; j++) {
        if (!shown[j]) continue;
        i = idx[j];
        if (p.line[i] < 0) continue;
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
        if (!m.marked[0][i]) continue;
        st.launches++;
        a = X0[i] * s - ox; b = Y0[i] * s - oy;
        if (out(a, b, TRI + 2)) continue;
        ctx.moveTo(a, b - TRI); ctx.lineTo(a + TRI * 0.866, b + TRI * 0.5); ctx.lineTo(a - TRI * 0.866, b + TRI * 0.5); ctx.closePath();
        batch.add();
      }
      batch.end();
      // Target ends: filled circles, hollow when doubtful (denied, disputed) or known only to a district.
      for (var pass = 0; pass < 2; pass++) {
        batch = new Batch(ctx, pass ? function (c) {
          c.fillStyle = "#ffffff"; c.fill(); c.strokeStyle = colour; c.lineWidth = 2; c.stroke();
        } : function (c) {
          c.fillStyle = colour; c.fill(); c.strokeStyle = "#ffffff"; c.lineWidth = 1; c.stroke();
        });
        for (j = 0; j < idx.length; j++) {
          if (!shown[j]) continue;
          i = idx[j];
          if (!m.marked[1][i] || (p.hollow[i] ? 1 : 0) !== pass) continue;
          st.targets++;
          if (pass) st.hollow++;
          a = X1[i] * s - ox; b = Y1[i] * s - oy;
          if (out(a, b, MARK_R + 2)) continue;
          ctx.moveTo(a + MARK_R, b); ctx.arc(a, b, MARK_R, 0, 2 * Math.PI);
          batch.add();
        }
        batch.end();
      }
      // The weapon beside the target: a small dark glyph from the scene's table (y up in the data).
      batch = new Batch(ctx, function (c) {
        c.fillStyle = "#333333"; c.fill(); c.strokeStyle = "#ffffff"; c.lineWidth = 0.8; c.stroke();
      });
      for (j = 0; j < list.length; j++) {
        i = list[j];
        var g = p.weapon[i];
        if (g < 0 || !m.marked[1][i]) continue;
        a = X1[i] * s - ox + GLYPH_DX; b = Y1[i] * s - oy + GLYPH_DY;
        if (out(a, b, GLYPH + 1)) continue;
        var shape = p.weapons[g].shape;
        ctx.moveTo(a + shape[0][0] * GLYPH, b - shape[0][1] * GLYPH);
        for (var q = 1; q < shape.length; q++) ctx.lineTo(a + shape[q][0] * GLYPH, b - shape[q][1] * GLYPH);
        ctx.closePath();
        st.glyphs++;
        batch.add();
      }
      batch.end();
      return st;
    },
    /* Many incidents in view: hairlines, small squares, no arrowheads or dashes. */
    _drawDense: function (ctx, s, ox, oy, w, h) {
      var m = this._inst.model, idx = m.byCat[this._k], colour = m.cats[this._k].colour;
      var st = emptyStats(), X0 = m.x[0], Y0 = m.y[0], X1 = m.x[1], Y1 = m.y[1];
      var j, i, a, b, batch, list = [];
      for (j = 0; j < idx.length; j++) if (m.shown(idx[j])) list.push(idx[j]);
      function out(x, y, r) { return x + r < 0 || y + r < 0 || x - r > w || y - r > h; }
      ctx.lineJoin = "miter"; ctx.lineCap = "butt"; ctx.setLineDash([]);
      batch = new Batch(ctx, function (c) { c.strokeStyle = colour; c.globalAlpha = 0.35; c.lineWidth = 1; c.stroke(); });
      addUncertainty(ctx, m, list, s, ox, oy, out, st, batch, batch.paint);
      batch = new Batch(ctx, function (c) { c.strokeStyle = colour; c.globalAlpha = 0.55; c.lineWidth = 1; c.stroke(); });
      addTrajectories(ctx, m, list, s, ox, oy, w, h, st, batch);
      batch = new Batch(ctx, function (c) { c.strokeStyle = colour; c.globalAlpha = 1; c.lineWidth = 1; c.stroke(); });
      for (j = 0; j < list.length; j++) {
        i = list[j];
        if (!m.marked[0][i]) continue;
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
        if (!m.marked[1][i]) continue;
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

  /* Uncertain ends of the incidents in ``list``: a circle of a district-level end's radius
   * (painted by ``batch``), and the outline of each province or country an end is known
   * only to, once however many ends refer to it (painted by ``paintArea``). */
  function addUncertainty(ctx, m, list, s, ox, oy, out, st, batch, paintArea) {
    var p = m.p, pxPerKm0 = 256 * s / EQUATOR_KM, unc = [p.unc0, p.unc1], lat = [p.lat0, p.lat1];
    var kind = [p.kind0, p.kind1], area = [p.area0, p.area1], areas = Object.create(null), j, i, e, a, b, r;
    for (j = 0; j < list.length; j++) {
      i = list[j];
      for (e = 0; e < 2; e++) {
        if (kind[e][i] === GI.AREA && area[e][i] >= 0) { areas[area[e][i]] = true; st.uncertainty++; st.areas++; continue; }
        if (kind[e][i] !== GI.RADIUS || !(unc[e][i] > 0)) continue;
        st.uncertainty++;
        r = unc[e][i] * pxPerKm0 / Math.cos(lat[e][i] * DEG);
        a = m.x[e][i] * s - ox; b = m.y[e][i] * s - oy;
        if (out(a, b, r)) continue;
        ctx.moveTo(a + r, b); ctx.arc(a, b, r, 0, 2 * Math.PI);
        batch.add();
      }
    }
    batch.end();
    if (addAreas(ctx, m, areas, s, ox, oy)) paintArea(ctx);
    ctx.beginPath();
  }

  /* Great-circle trajectories of the two-ended incidents in ``list``; painted by ``batch``. */
  function addTrajectories(ctx, m, list, s, ox, oy, w, h, st, batch) {
    var X0 = m.x[0], Y0 = m.y[0], X1 = m.x[1], Y1 = m.y[1], j, i, a, b, c2, d2, q;
    for (j = 0; j < list.length; j++) {
      i = list[j];
      if (m.p.line[i] < 0) continue;
      st.trajectories++;
      a = X0[i] * s - ox; b = Y0[i] * s - oy; c2 = X1[i] * s - ox; d2 = Y1[i] * s - oy;
      if (Math.max(a, c2) < -50 || Math.min(a, c2) > w + 50 || Math.max(b, d2) < -50 || Math.min(b, d2) > h + 50) continue;
      ctx.moveTo(m.tx[m.toff[i]] * s - ox, m.ty[m.toff[i]] * s - oy);
      for (q = m.toff[i] + 1; q < m.toff[i + 1]; q++) ctx.lineTo(m.tx[q] * s - ox, m.ty[q] * s - oy);
      batch.add();
    }
    batch.end();
  }

  /* Outline each country in ``set`` once, however many ends refer to it (painted by the caller's batch). */
  function addAreas(ctx, m, set, s, ox, oy) {
    ctx.beginPath();
    var any = false;
    for (var key in set) {
      any = true;
      m.areas[key].forEach(function (xy) {
        ctx.moveTo(xy[0] * s - ox, xy[1] * s - oy);
        for (var q = 2; q < xy.length; q += 2) ctx.lineTo(xy[q] * s - ox, xy[q + 1] * s - oy);
        ctx.closePath();
      });
    }
    return any;
  }

  /* Collects sub-paths and paints them every CHUNK of them. */
  function Batch(ctx, paint) { this.ctx = ctx; this.paint = paint; this.n = 0; ctx.beginPath(); }
  Batch.prototype.add = function () {
    if (++this.n % CHUNK === 0) { this.paint(this.ctx); this.ctx.beginPath(); }
  };
  Batch.prototype.end = function () { if (this.n % CHUNK) this.paint(this.ctx); this.ctx.beginPath(); };
})(window);
