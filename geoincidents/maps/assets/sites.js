/* Sites with several incidents (a count badge that lists them) and place labels from a zoom level on.
 * Both are rebuilt for the current view whenever the view, the layers or the dates change,
 * so their numbers always count what is shown. Text goes in with textContent only.
 */
(function (root) {
  "use strict";
  var GI = root.geoincidents = root.geoincidents || {};
  var MAX_BADGES = 400, MAX_LABELS = 300;

  var el = GI.el;

  /* incidents shown at each site (site index -> incident indexes) */
  function shownAtSites(inst) {
    var m = inst.model, p = m.p, at = new Array((p.sites || []).length);
    for (var i = 0; i < m.n; i++) {
      if (!m.visible(i)) continue;
      var a = p.site0[i], b = p.site1[i];
      if (a >= 0) (at[a] = at[a] || []).push(i);
      if (b >= 0 && b !== a) (at[b] = at[b] || []).push(i);
    }
    return at;
  }

  GI.addSites = function (inst) {
    var map = inst.map, p = inst.model.p;
    if (!map.getPane("gi-badges")) map.createPane("gi-badges").style.zIndex = 460;
    if (!map.getPane("gi-labels")) map.createPane("gi-labels").style.zIndex = 420;
    var badges = L.layerGroup().addTo(map), labels = L.layerGroup().addTo(map);
    inst.siteIncidents = function (k) { return shownAtSites(inst)[k] || []; };

    function drawBadges() {
      badges.clearLayers();
      var at = shownAtSites(inst), view = map.getBounds().pad(0.1), made = 0;
      for (var k = 0; k < at.length && made < MAX_BADGES; k++) {
        var list = at[k], site = p.sites[k];
        if (!list || list.length < 2 || !view.contains([site[1], site[0]])) continue;
        made++;
        var box = el("div", null, String(list.length));
        box.setAttribute("data-site", site[2] || "");
        box.title = list.length + " incidents at " + (site[2] || "this site") + ": click to list them";
        var marker = L.marker([site[1], site[0]], {
          pane: "gi-badges", keyboard: true, title: box.title,
          icon: L.divIcon({ className: "gi-count", html: box, iconSize: null, iconAnchor: [18, 18] })
        });
        marker.on("click", (function (list, site) {
          return function () { inst.openPopup(L.latLng(site[1], site[0]), list); };
        })(list, site));
        marker.addTo(badges);
      }
    }
    function drawLabels() {
      labels.clearLayers();
      var z = map.getZoom(), view = map.getBounds(), made = 0;
      (p.labels || []).forEach(function (l) {
        if (l[3] === "country" || l[4] > z || made >= MAX_LABELS || !view.contains([l[1], l[0]])) return;
        made++;
        L.marker([l[1], l[0]], {
          pane: "gi-labels", interactive: false, keyboard: false,
          icon: L.divIcon({ className: "gi-label gi-label-" + l[3], html: el("span", null, l[2]), iconSize: null })
        }).addTo(labels);
      });
    }
    inst.listeners.push(drawBadges, drawLabels);
  };
})(window);
