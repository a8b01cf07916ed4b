/* Popups and tooltips built from the payload as DOM nodes.
 * Every piece of data goes in through createTextNode / textContent, so a
 * note holding script tags, event-handler attributes, quotes, backslashes, newlines or RTL marks
 * is shown as the text it is and never parsed as HTML.
 */
(function (root) {
  "use strict";
  var GI = root.geoincidents = root.geoincidents || {};
  var MAX_IN_POPUP = 5, DAY_MS = 86400000;

  function el(tag, cls, txt) {
    var node = document.createElement(tag);
    if (cls) node.className = cls;
    if (txt !== null && txt !== undefined) node.appendChild(document.createTextNode(String(txt)));
    return node;
  }
  function isoDay(day) { return new Date(day * DAY_MS).toISOString().slice(0, 10); }
  function words(key) {
    if (!key) return null;
    var s = String(key).replace(/_/g, " ");
    return s.charAt(0).toUpperCase() + s.slice(1);
  }
  function dateText(m, i) {
    var day = m.p.day0[i], prec = m.text("date_precision", i) || "day";
    if (day === null) return "unknown";
    var iso = isoDay(day);
    if (prec === "month") return iso.slice(0, 7) + " (month)";
    if (prec === "year") return iso.slice(0, 4) + " (year)";
    if (prec === "week") return "week of " + iso;
    return iso + " (" + prec + ")";
  }
  function placeText(m, i, end) {
    var name = m.text(end + "_place", i), prov = m.text(end + "_admin1_name", i), cc = m.text(end + "_country", i);
    var prec = m.text(end + "_precision", i), has = m.has[end === "launch" ? 0 : 1][i];
    if (!name && !prov && !cc && !has) return null;
    var where = [prov, cc].filter(Boolean).join(", ");
    var out = (name || "unnamed point") + (where ? " (" + where + ")" : "");
    if (prec) out += " \u00b7 precision: " + prec;
    return out;
  }
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
  function sourceLabel(m, id) {
    var s = m._source.get(id);
    if (s === undefined) return id;
    var src = m.p.sources, label = src.outlet[s] || id;
    if (src.published[s]) label += ", " + src.published[s];
    if (src.title[s]) label += ": " + src.title[s];
    return label;
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
      var li = el("li", null, sourceLabel(m, sid)), inner = el("ul");
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
    var dl = el("dl");
    addRow(dl, "Date", dateText(m, i));
    addRow(dl, "Actor", m.text("actor", i));
    addRow(dl, "Target", m.text("target_actor", i));
    addRow(dl, "Launch", placeText(m, i, "launch"));
    addRow(dl, "Hit", placeText(m, i, "target"));
    var km = m.p.range_km[i];
    addRow(dl, "Range", km === null ? null : km.toFixed(1) + " km");
    addRow(dl, "Munitions", m.text("munitions", i));
    addRow(dl, "Outcome", m.text("outcome", i));
    var c = m.p.counts;
    addRow(dl, "Killed", countText(c.fatalities[i], c.fatalities_high[i]));
    addRow(dl, "Injured", countText(c.injured[i], c.injured_high[i]));
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
    hits.slice(0, MAX_IN_POPUP).forEach(function (i, n) {
      if (n) box.appendChild(el("hr"));
      box.appendChild(incidentNode(m, i));
    });
    if (hits.length > MAX_IN_POPUP) {
      box.appendChild(el("p", "gi-more", (hits.length - MAX_IN_POPUP) + " more incident(s) here: zoom in or narrow the dates"));
    }
    return box;
  };

  GI.tooltipText = function (m, i) {
    var day = m.p.day0[i], parts = [];
    parts.push(day === null ? "undated" : isoDay(day));
    parts.push(words(m.text("event_type", i)) || "incident");
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
