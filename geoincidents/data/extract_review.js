// The extraction review page: builds the DOM from the JSON block with textContent only.
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("gi-review-data").textContent);
  var reportsBox = document.getElementById("gi-reports");
  var counts = { launch: 0, target: 0, context: 0 };
  var bySource = {};
  data.places.forEach(function (p) { (bySource[p.source_id] = bySource[p.source_id] || []).push(p); });

  function el(tag, cls, text) {
    var node = document.createElement(tag);
    if (cls) node.className = cls;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }

  // Cut points of a text: mention boundaries and evidence sentence boundaries.
  function renderText(sourceId, text) {
    var box = el("div", "gi-text");
    var mentions = (bySource[sourceId] || []).slice().sort(function (a, b) { return a.start - b.start; });
    var sentences = [];
    data.incidents.forEach(function (inc, k) {
      (inc.evidence || []).forEach(function (e) {
        if (e.source_id === sourceId) sentences.push({ start: e.start, end: e.end, draft: k });
      });
    });
    // A saved report's header lines come blanked (offsets still count them): not drawn.
    var lead = text.length - text.replace(/^\s+/, "").length;
    var cuts = [lead, text.length];
    mentions.forEach(function (m) { cuts.push(m.start, m.end); });
    sentences.forEach(function (s) { cuts.push(s.start, s.end); });
    cuts = cuts.filter(function (c, i, all) { return c >= lead && all.indexOf(c) === i; }).sort(function (a, b) { return a - b; });
    for (var i = 0; i + 1 < cuts.length; i++) {
      var a = cuts[i], b = cuts[i + 1];
      var piece = text.slice(a, b);
      var mention = mentions.find(function (m) { return m.start <= a && b <= m.end; });
      var node;
      if (mention) {
        node = el("mark", mention.role + (mention.sense === "state" ? " state" : ""), piece);
        node.title = mention.name + " (" + mention.kind + ", " + (mention.admin1 || mention.country) + ") · " +
          (mention.sense === "state" ? "the state, not a place" : mention.role) + " · " + mention.method;
        node.dataset.placeId = mention.place_id;
        if (mention.start === a) counts[mention.role] += 1;
      } else {
        node = el("span", null, piece);
      }
      var inSentence = sentences.filter(function (s) { return s.start <= a && b <= s.end; });
      if (inSentence.length) {
        node.classList.add("gi-evidence");
        node.dataset.drafts = inSentence.map(function (s) { return s.draft; }).join(" ");
      }
      box.appendChild(node);
    }
    return box;
  }

  data.sources.forEach(function (s) {
    var article = el("article", "gi-report");
    article.id = "report-" + s.source_id;
    article.appendChild(el("h2", null, s.source_id + (s.published ? " · " + s.published : "") + (s.file ? " · " + s.file : "")));
    if (s.outlet) article.appendChild(el("div", "gi-outlet", s.outlet));
    article.appendChild(renderText(s.source_id, data.texts[s.source_id] || ""));
    reportsBox.appendChild(article);
  });

  function showDraft(k) {
    document.querySelectorAll(".gi-evidence.active").forEach(function (n) { n.classList.remove("active"); });
    var first = null;
    document.querySelectorAll(".gi-evidence").forEach(function (n) {
      if (n.dataset.drafts.split(" ").indexOf(String(k)) >= 0) {
        n.classList.add("active");
        first = first || n;
      }
    });
    if (first) first.scrollIntoView({ block: "center" });
  }

  var body = document.querySelector("#gi-drafts tbody");
  data.incidents.forEach(function (inc, k) {
    var row = el("tr", "gi-draft");
    row.dataset.incidentId = inc.incident_id;
    var precision = inc.date_precision && inc.date_precision !== "day" ? " (" + inc.date_precision + ")" : "";
    [inc.date + precision, inc.event_type, inc.launch_place || "—", inc.target_place || "—",
     inc.confidence, inc.sources].forEach(function (v) { row.appendChild(el("td", null, v)); });
    row.addEventListener("click", function () { showDraft(k); });
    body.appendChild(row);
    var quotes = el("tr", "gi-quotes-row");
    var cell = el("td");
    cell.colSpan = 6;
    var list = el("ul", "gi-quotes");
    (inc.evidence || []).forEach(function (e) { list.appendChild(el("li", null, e.source_id + " [" + e.start + "–" + e.end + "]: " + e.text)); });
    data.claims.filter(function (c) { return c.incident_id === inc.incident_id; }).forEach(function (c) {
      list.appendChild(el("li", "gi-claim", c.source_id + " · " + c.status + ": " + c.assertion));
    });
    cell.appendChild(list);
    quotes.appendChild(cell);
    body.appendChild(quotes);
  });

  document.getElementById("gi-summary").textContent = data.sources.length + " report(s), " + data.places.length +
    " place mention(s), " + data.incidents.length + " draft incident(s)";
  window.giReview = { ready: true, counts: counts, drafts: data.incidents.length, showDraft: showDraft };
})();
