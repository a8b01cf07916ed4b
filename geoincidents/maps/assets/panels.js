/* The event list (gi-events) and the timeline (gi-timeline) of a geoincidents map.
 *
 * The event list shows one entry per incident shown (layer on, dates in range) with
 * an end in view, newest first, plus the incidents that have no drawable place,
 * marked as such. The timeline is a histogram of incidents per day (or per week
 * for long spans), a two-handled range and play / step buttons that move the
 * same date filter as the date inputs, cumulatively or as a moving window.
 * Everything works offline and from the keyboard (native inputs and buttons).
 */
(function (root) {
  "use strict";
  var GI = root.geoincidents = root.geoincidents || {};
  var SVGNS = "http://www.w3.org/2000/svg", DAY_MS = 86400000, MAX_EVENTS = 300, PLAY_MS = 700;

  var el = GI.el;
  var words = function (key) { return GI.words(key); };
  function iso(day) { return new Date(day * DAY_MS).toISOString().slice(0, 10); }
  function button(cls, text, label) {
    var b = el("button", cls, text);
    b.type = "button";
    b.setAttribute("aria-label", label);
    b.title = label;
    return b;
  }

  GI.addEvents = function (inst) {
    var m = inst.model, ctl = L.control({ position: "topleft" });
    ctl.onAdd = function () {
      var box = el("div", "gi-events leaflet-bar"), head = el("h4", null, "Events"), list = el("ol", "gi-event-list");
      box.appendChild(head);
      box.appendChild(list);
      GI.foldable(inst.map, box, head);
      function entry(i) {
        var item = el("li", "gi-event"), cat = m.cats[m.p.cat[i]];
        item.tabIndex = 0;
        item.setAttribute("role", "button");
        item.setAttribute("data-incident", m.text("incident_id", i) || "");
        var dot = el("span", "gi-event-dot");
        dot.style.background = cat.colour;
        item.appendChild(dot);
        item.appendChild(el("span", "gi-event-date", m.text("date", i) || "date unknown"));
        item.appendChild(el("span", "gi-event-type", " " + (words(m.text("event_type", i)) || "Incident")));
        var from = m.text("launch_place", i), to = m.text("target_place", i);
        if (from || to) item.appendChild(el("div", "gi-event-route", (from || "?") + " \u2192 " + (to || "?")));
        if (!m.p.drawn[i]) {
          item.className += " gi-undrawn";
          item.appendChild(el("div", "gi-more", "no known place: not on the map"));
        }
        function open() { inst.focus(i) || inst.openPopup(inst.map.getCenter(), [i]); }
        // Stopped here: zooming rebuilds this list, and Leaflet would take a click on a
        // detached entry for a click on the map (which closes the popup just opened).
        item.addEventListener("click", function (e) { L.DomEvent.stop(e); open(); });
        item.addEventListener("keydown", function (e) { if (e.key === "Enter" || e.key === " ") { e.preventDefault(); open(); } });
        return item;
      }
      function fill() {
        var shown = inst.eventsInView();
        while (list.firstChild) list.removeChild(list.firstChild);
        head.textContent = "Events in view (" + shown.length + ")";
        shown.slice(0, MAX_EVENTS).forEach(function (i) { list.appendChild(entry(i)); });
        if (shown.length > MAX_EVENTS) list.appendChild(el("li", "gi-more", (shown.length - MAX_EVENTS) + " more: zoom in or narrow the dates"));
      }
      inst.listeners.push(fill);
      L.DomEvent.disableClickPropagation(box);
      L.DomEvent.disableScrollPropagation(box);
      return box;
    };
    ctl.addTo(inst.map);
  };

  GI.addTimeline = function (inst) {
    var m = inst.model;
    if (m.minDay === null) return;
    var span = m.maxDay - m.minDay + 1, step = span <= 120 ? 1 : 7, bins = Math.ceil(span / step);
    var ctl = L.control({ position: "bottomleft" });
    ctl.onAdd = function () {
      var box = el("div", "gi-timeline leaflet-bar");
      box.setAttribute("role", "group");
      box.setAttribute("aria-label", "Timeline");
      var W = 320, H = 44, chart = document.createElementNS(SVGNS, "svg");
      chart.setAttribute("width", W); chart.setAttribute("height", H); chart.setAttribute("aria-hidden", "true");
      var head = el("h4", null, "Timeline (incidents per " + (step === 1 ? "day" : "week") + ")");
      box.appendChild(head);
      box.appendChild(chart);
      var from = el("input", "gi-tl-from"), to = el("input", "gi-tl-to");
      [from, to].forEach(function (input, k) {
        input.type = "range"; input.min = 0; input.max = bins - 1; input.step = 1; input.value = k ? bins - 1 : 0;
        input.setAttribute("aria-label", k ? "last " + (step === 1 ? "day" : "week") + " shown" : "first " + (step === 1 ? "day" : "week") + " shown");
      });
      var sliders = el("div", "gi-tl-sliders");
      sliders.appendChild(from); sliders.appendChild(to);
      box.appendChild(sliders);
      var bar = el("div", "gi-tl-buttons"), back = button("gi-step-back", "\u25c0", "step back"),
        play = button("gi-play", "Play", "play"), fwd = button("gi-step", "\u25b6", "step forward");
      var mode = el("select", "gi-mode");
      mode.setAttribute("aria-label", "play mode");
      [["cumulative", "cumulative"], ["window", "moving window"]].forEach(function (o) {
        var opt = el("option", null, o[1]); opt.value = o[0]; mode.appendChild(opt);
      });
      var label = el("span", "gi-tl-range");
      [back, play, fwd, mode, label].forEach(function (n) { bar.appendChild(n); });
      box.appendChild(bar);
      GI.foldable(inst.map, box, head);

      var rects = [];
      function drawBars() {
        var counts = new Array(bins).fill(0), top = 1;
        for (var i = 0; i < m.n; i++) {
          var d = m.p.day0[i];
          if (d === null || (m.layerOn && !m.layerOn(m.p.cat[i]))) continue;
          var b = Math.floor((d - m.minDay) / step);
          if (b >= 0 && b < bins) counts[b]++;
        }
        counts.forEach(function (c) { if (c > top) top = c; });
        while (chart.firstChild) chart.removeChild(chart.firstChild);
        rects = counts.map(function (c, b) {
          var r = document.createElementNS(SVGNS, "rect"), w = W / bins, h = c ? Math.max(2, (H - 4) * c / top) : 0;
          r.setAttribute("x", b * w); r.setAttribute("width", Math.max(1, w - (w > 3 ? 1 : 0)));
          r.setAttribute("y", H - h); r.setAttribute("height", h);
          r.setAttribute("class", "gi-tl-bar");
          r.setAttribute("data-count", c);
          chart.appendChild(r);
          return r;
        });
      }
      function paint() {
        var a = +from.value, b = +to.value;
        rects.forEach(function (r, k) { r.setAttribute("class", k >= a && k <= b ? "gi-tl-bar gi-tl-on" : "gi-tl-bar"); });
        label.textContent = iso(m.minDay + a * step) + " \u2013 " + iso(Math.min(m.maxDay, m.minDay + (b + 1) * step - 1));
      }
      function apply() {
        var a = +from.value, b = +to.value;
        if (a > b) { if (this === from) to.value = a; else from.value = b; a = +from.value; b = +to.value; }
        var first = a === 0 ? null : m.minDay + a * step, last = b === bins - 1 ? null : m.minDay + (b + 1) * step - 1;
        inst.setRange(first, last);
        if (inst.setInputs) inst.setInputs(first, last);
        paint();
      }
      function move(delta) {
        var a = +from.value, b = +to.value;
        if (mode.value === "window") {
          if ((delta > 0 && b >= bins - 1) || (delta < 0 && a <= 0)) return false;
          from.value = a + delta; to.value = b + delta;
        } else {
          if ((delta > 0 && b >= bins - 1) || (delta < 0 && b <= a)) return false;
          to.value = b + delta;
        }
        apply();
        return true;
      }
      var timer = null;
      function stop() { if (timer) root.clearInterval(timer); timer = null; play.textContent = "Play"; play.setAttribute("aria-label", "play"); }
      play.addEventListener("click", function () {
        if (timer) { stop(); return; }
        if (mode.value === "cumulative" && +to.value >= bins - 1) { to.value = from.value; apply(); }
        if (mode.value === "window" && +to.value >= bins - 1) {
          var width = +to.value - +from.value; from.value = 0; to.value = width; apply();
        }
        play.textContent = "Pause"; play.setAttribute("aria-label", "pause");
        timer = root.setInterval(function () { if (!move(1)) stop(); }, PLAY_MS);
      });
      back.addEventListener("click", function () { stop(); move(-1); });
      fwd.addEventListener("click", function () { stop(); move(1); });
      from.addEventListener("input", apply);
      to.addEventListener("input", apply);
      // The date inputs moved the filter: follow them.
      inst.onrange = function (first, last) {
        from.value = first === null ? 0 : Math.max(0, Math.floor((first - m.minDay) / step));
        to.value = last === null ? bins - 1 : Math.min(bins - 1, Math.floor((last - m.minDay) / step));
        paint();
      };
      inst.timeline = { bins: bins, step: step, stop: stop };
      inst.listeners.push(function () { drawBars(); paint(); });
      drawBars(); paint();
      L.DomEvent.disableClickPropagation(box);
      L.DomEvent.disableScrollPropagation(box);
      return box;
    };
    ctl.addTo(inst.map);
  };
})(window);
