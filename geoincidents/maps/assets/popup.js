/* Popups and tooltips built from the payload as DOM nodes.
 * Every piece of data goes in through createTextNode / textContent, so a
 * note holding script tags, event-handler attributes, quotes, backslashes, newlines or RTL marks
 * is shown as the text it is and never parsed as HTML.
 */
(function (root) {
  "use strict";
  var GI = root.geoincidents = root.geoincidents || {};
  var MAX_IN_POPUP = 50, DAY_MS = 86400000;

  var el = GI.el;
  function isoDay(day) { return new Date(day * DAY_MS).toISOString().slice(0, 10); }
  /* "rocket_attack" -> "Rocket attack" */
  GI.words = function (key) {
    if (!key) return null;
    var s = String(key).replace(/_/g, " ");
    return s.charAt(0).toUpperCase() + s.slice(1);
  };
  var words = GI.words;
  function dateText(m, i) { return m.text("date", i) || "unknown"; }
  function placeText(m, i, end) { return m.text(end === "launch" ? "where0" : "where1", i); }
  /* "from Iraq (IQ) · country to Ain al-Asad Air Base (Al Anbar, IQ) · 490–1,320 km" */
  GI.routeText = function (m, i) {
    var from = placeText(m, i, "launch"), to = placeText(m, i, "target"), parts = [];
    if (from) parts.push("from " + from);
    if (to) parts.push((from ? "to " : "at ") + to);
    var route = parts.join(" "), km = m.text("range", i);
    return km ? route + " \u00b7 " + km : route;
  };
  function countText(low, high) {
    if (low === null && high === null) return null;
    if (high === null || high === low) return String(low);
    return (low === null ? "?" : low) + "\u2013" + high;
  }
  function addRow(dl, label, value) {
    if (value === null || value === undefined || value === "") return;
    dl.appendChild(el("dt", null, label));
    var dd = el("dd", null, value);
    dd.dir = "auto"; // a right-to-left name must not reorder the text around it
    dl.appendChild(dd);
  }

  /* Append ``value`` to the list under ``key`` of a Map. Every lookup keyed by data is a Map:
   * on a plain object, ids such as "constructor", "__proto__" or "toString" hit the prototype. */
  function push(map, key, value) {
    var list = map.get(key);
    if (list === undefined) map.set(key, (list = []));
    list.push(value);
  }

  /* incident index -> claim rows, and source id -> source row, built once per model */
  function indexes(m) {
    if (m._claimsOf) return;
    m._claimsOf = new Map();
    var ci = m.p.claims.i;
    for (var r = 0; r < ci.length; r++) push(m._claimsOf, ci[r], r);
    m._source = new Map();
    var ids = m.p.sources.id;
    for (var s = 0; s < ids.length; s++) m._source.set(ids[s], s);
  }
  function decode(col, r) { var c = col.c[r]; return c < 0 ? null : col.u[c]; }
  /* Only http(s) addresses become links; anything else (javascript:, data:, file:) stays text. */
  GI.safeUrl = function (url) {
    if (!url) return null;
    var text = String(url).trim();
    return /^https?:\/\/[^\s]+$/i.test(text) ? text : null;
  };
  function sourceNode(m, id) {
    var s = m._source.get(id);
    if (s === undefined) return el("span", null, id);
    var src = m.p.sources, box = el("span"), label = src.outlet[s] || id, url = GI.safeUrl(src.url[s]);
    if (url) {
      var a = el("a", "gi-link", label);
      a.href = url; a.target = "_blank"; a.rel = "noopener noreferrer";
      box.appendChild(a);
    } else {
      box.appendChild(el("span", null, label));
    }
    var rest = (src.published[s] ? ", " + src.published[s] : "") + (src.title[s] ? ": " + src.title[s] : "");
    if (rest) box.appendChild(document.createTextNode(rest));
    if (!url && src.url[s]) box.appendChild(el("span", "gi-more", " (" + src.url[s] + ")"));
    return box;
  }

  function sourcesBlock(m, i) {
    indexes(m);
    var listed = (m.text("sources", i) || "").split(";").map(function (s) { return s.trim(); }).filter(Boolean);
    var rows = m._claimsOf.get(i) || [], claims = m.p.claims, bySource = new Map();
    rows.forEach(function (r) {
      var sid = decode(claims.s, r);
      if (listed.indexOf(sid) < 0) listed.push(sid);
      push(bySource, sid, r);
    });
    if (!listed.length) return null;
    var box = el("div", "gi-sources");
    box.appendChild(el("h5", null, "Sources and what they assert"));
    var ul = el("ul");
    listed.forEach(function (sid) {
      var li = el("li"), inner = el("ul");
      li.appendChild(sourceNode(m, sid));
      (bySource.get(sid) || []).forEach(function (r) {
        var item = el("li"), status = decode(claims.st, r) || "reported";
        var badge = el("span", "gi-status", status);
        badge.setAttribute("data-status", status);
        item.appendChild(badge);
        item.appendChild(document.createTextNode(" " + (decode(claims.a, r) || "")));
        inner.appendChild(item);
      });
      if (inner.childNodes.length) li.appendChild(inner);
      ul.appendChild(li);
    });
    box.appendChild(ul);
    return box;
  }

  function incidentNode(m, i) {
    var sec = el("section", "gi-incident"), cat = m.cats[m.p.cat[i]];
    sec.setAttribute("data-incident", m.text("incident_id", i) || "");
    var head = el("div", "gi-head");
    head.appendChild(el("strong", null, words(m.text("event_type", i)) || "Incident"));
    var badge = el("span", "gi-badge", cat.label);
    badge.style.background = cat.colour;
    head.appendChild(badge);
    sec.appendChild(head);
    var route = GI.routeText(m, i);
    if (route) sec.appendChild(el("p", "gi-route", route));
    if (!m.p.drawn[i]) sec.appendChild(el("p", "gi-undrawn", "not on the map: no known place"));
    var dl = el("dl");
    addRow(dl, "Date", dateText(m, i) + (m.text("time", i) ? " " + m.text("time", i) + " " + (m.text("timezone", i) || "") : ""));
    addRow(dl, "Actor", m.text("actor", i));
    addRow(dl, "Target", m.text("target_actor", i));
    addRow(dl, "Launch", placeText(m, i, "launch"));
    addRow(dl, "Hit", placeText(m, i, "target"));
    addRow(dl, "Range", m.text("range", i));
    addRow(dl, "Munitions", m.text("munitions", i));
    addRow(dl, "Outcome", m.text("outcome", i));
    var c = m.p.counts;
    addRow(dl, "Killed", countText(c.fatalities[i], c.fatalities_high[i]));
    addRow(dl, "Injured", countText(c.injured[i], c.injured_high[i]));
    addRow(dl, "Launched", countText(c.launched[i], c.launched_high[i]));
    addRow(dl, "Intercepted", countText(c.intercepted[i], c.intercepted_high[i]));
    addRow(dl, "Impacted", countText(c.impacted[i], c.impacted_high[i]));
    addRow(dl, "Group", m.text("group_id", i));
    addRow(dl, "Status", m.text("status", i));
    sec.appendChild(dl);
    var src = sourcesBlock(m, i);
    if (src) sec.appendChild(src);
    var notes = m.text("notes", i);
    if (notes) {
      var p = el("p", "gi-notes", notes);
      p.dir = "auto";
      sec.appendChild(p);
    }
    sec.appendChild(el("p", "gi-id", m.text("incident_id", i)));
    return sec;
  }

  GI.popupContent = function (m, hits) {
    var box = el("div", "gi-popup");
    if (hits.length > 1) box.appendChild(el("p", "gi-popup-count", hits.length + " incidents here, newest first"));
    hits.slice(0, MAX_IN_POPUP).forEach(function (i, n) {
      if (n) box.appendChild(el("hr"));
      box.appendChild(incidentNode(m, i));
    });
    if (hits.length > MAX_IN_POPUP) {
      box.appendChild(el("p", "gi-more", (hits.length - MAX_IN_POPUP) + " more incident(s) here: zoom in or narrow the dates"));
    }
    return box;
  };

  /* One sentence: "2024-04-21 · Rocket attack · Zummar → Rumalyn base". */
  GI.tooltipText = function (m, i) {
    var parts = [dateText(m, i), words(m.text("event_type", i)) || "incident"];
    var from = m.text("launch_place", i) || (m.has[0][i] ? "?" : null);
    var to = m.text("target_place", i) || (m.has[1][i] ? "?" : null);
    if (from || to) parts.push((from || "?") + " \u2192 " + (to || "?"));
    return parts.join(" \u00b7 ");
  };
  GI.tooltipContent = function (m, hits) {
    var box = el("div", "gi-tip", GI.tooltipText(m, hits[0]));
    if (hits.length > 1) box.appendChild(el("div", "gi-more", "+" + (hits.length - 1) + " more: click to list"));
    return box;
  };
})(window);
