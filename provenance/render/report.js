(function () {
  "use strict";
  // Every string from a document reaches the page through textContent or setAttribute on SVG
  // geometry, never as markup; links are made only for http(s) addresses.
  var data = JSON.parse(document.getElementById("report-data").textContent);
  var SVGNS = "http://www.w3.org/2000/svg";
  var COLOURS = {
    republished_from: "#3a5a9f", wire_credit: "#d6604d", source_credit: "#5f8f3a",
    image_credit: "#b8860b", flow: "#3a5a9f", text_reuse: "#8e44ad"
  };
  function kindOf(e) { return e.reuse ? "text_reuse" : e.relation; }
  var nodes = {}, edgeViews = [], selected = null;
  data.nodes.forEach(function (n) { nodes[n.id] = n; });

  function svg(tag, attrs, parent) {
    var e = document.createElementNS(SVGNS, tag);
    Object.keys(attrs).forEach(function (k) { e.setAttribute(k, String(attrs[k])); });
    if (parent) { parent.appendChild(e); }
    return e;
  }
  function html(tag, text, parent, cls) {
    var e = document.createElement(tag);
    if (text !== null && text !== undefined) { e.textContent = String(text); }
    if (cls) { e.className = cls; }
    if (parent) { parent.appendChild(e); }
    return e;
  }
  function safeLink(url, parent) {
    if (typeof url === "string" && /^https?:\/\/[^\s]+$/i.test(url)) {
      var a = html("a", url, parent);
      a.setAttribute("href", url);
      a.setAttribute("rel", "noopener noreferrer nofollow");
      a.setAttribute("target", "_blank");
      return a;
    }
    return html("span", url === null || url === undefined ? "none" : url, parent, "plain-url");
  }
  function row(table, name, value) {
    var tr = html("tr", null, table);
    html("th", name, tr);
    var td = html("td", null, tr);
    if (value instanceof Node) { td.appendChild(value); } else { td.textContent = value === null || value === undefined ? "—" : String(value); }
    return td;
  }
  function outletName(id) {
    var n = nodes["outlet:" + id];
    return n ? n.label : (id || "no outlet known");
  }
  function fmt(x) { return typeof x === "number" ? x.toFixed(2) : "—"; }
  function lag(h) {
    if (typeof h !== "number") { return "dates unknown"; }
    return Math.abs(h) < 48 ? h.toFixed(1) + " h" : (h / 24).toFixed(1) + " days";
  }

  // ------------------------------------------------------------------ drawing
  var L = data.layout;
  var canvas = svg("svg", { width: L.width, height: L.height, viewBox: "0 0 " + L.width + " " + L.height,
    role: "img", "aria-label": "repost graph" }, document.getElementById("graph"));
  var defs = svg("defs", {}, canvas);
  Object.keys(COLOURS).forEach(function (k) {
    var m = svg("marker", { id: "arrow-" + k, viewBox: "0 0 10 10", refX: 9, refY: 5, markerWidth: 9,
      markerHeight: 9, markerUnits: "userSpaceOnUse", orient: "auto" }, defs);
    svg("path", { d: "M 0 0 L 10 5 L 0 10 z", fill: COLOURS[k] }, m);
  });
  var lanes = svg("g", { "class": "lanes" }, canvas);
  L.lanes.forEach(function (lane, i) {
    svg("rect", { x: 0, y: lane.y, width: L.width, height: lane.height, "class": i % 2 ? "lane odd" : "lane" }, lanes);
    var label = svg("text", { x: 8, y: lane.y + lane.height / 2 + 4, "class": "lane-label" + (lane.node ? " clickable" : "") }, lanes);
    label.textContent = lane.label.length > 28 ? lane.label.slice(0, 27) + "…" : lane.label;
    if (lane.node) {
      label.addEventListener("click", function () { select({ node: lane.node }); });
      svg("title", {}, label).textContent = lane.label;
    }
  });
  var axis = svg("g", { "class": "axis" }, canvas);
  L.ticks.forEach(function (t) {
    svg("line", { x1: t.x, x2: t.x, y1: 18, y2: L.height, "class": "tick" }, axis);
    svg("text", { x: t.x + 3, y: 13, "class": "tick-label" }, axis).textContent = t.label;
  });
  if (L.undated) {
    svg("text", { x: L.undated, y: 13, "class": "tick-label" }, axis).textContent = "date unknown";
  }
  var edgeLayer = svg("g", { "class": "edges" }, canvas);
  var nodeLayer = svg("g", { "class": "nodes" }, canvas);

  data.edges.forEach(function (e, i) {
    var s = nodes[e.source], t = nodes[e.target];
    if (!s || !t || e.kind === "published_by") { return; }
    var x1 = s.x, y1 = s.y, x2 = t.x, y2 = t.y, d;
    if (e.kind === "credits" && data.mode === "timeline") {
      x2 = x1; y2 = t.y;
      d = "M " + x1 + " " + y1 + " L " + x2 + " " + (y2 + (y2 > y1 ? -6 : 6));
    } else {
      var dx = Math.max(30, Math.abs(x2 - x1) / 2);
      d = "M " + x1 + " " + y1 + " C " + (x1 + dx) + " " + y1 + ", " + (x2 - dx) + " " + y2 + ", " + (x2 - 6) + " " + y2;
    }
    var g = svg("g", { "class": "edge " + e.relation + (e.kind === "credits" ? " credit" : "") + (e.reuse ? " reuse" : "") }, edgeLayer);
    var colour = COLOURS[kindOf(e)] || "#888";
    var width = data.mode === "flows" ? 1 + Math.min(Math.sqrt(e.weight), 8) : 1.2 + 1.5 * e.confidence;
    svg("path", { d: d, stroke: colour, "stroke-width": width, fill: "none", "class": "line",
      "marker-end": "url(#arrow-" + (COLOURS[kindOf(e)] ? kindOf(e) : "flow") + ")" }, g);
    var hit = svg("path", { d: d, "class": "hit" }, g);
    if (e.kind === "credits" && data.mode === "timeline") {
      svg("rect", { x: x2 - 4, y: y2 - 4, width: 8, height: 8, fill: colour, transform: "rotate(45 " + x2 + " " + y2 + ")" }, g);
    }
    svg("title", {}, hit).textContent = (kindOf(e) + " " + fmt(e.confidence)).replace(/_/g, " ");
    g.addEventListener("click", function (ev) { ev.stopPropagation(); select({ edge: i }); });
    edgeViews.push({ edge: e, g: g, index: i });
  });

  data.nodes.forEach(function (n) {
    if (n.x === null || n.x === undefined) { return; }
    var g = svg("g", { "class": "node " + n.kind + (n.inferred ? " inferred" : ""), tabindex: 0 }, nodeLayer);
    var r = n.kind === "outlet" ? 8 + Math.min(Math.sqrt(n.articles || 0), 14) : 6;
    svg("circle", { cx: n.x, cy: n.y, r: r }, g);
    if (data.mode === "flows" || data.labels) {
      var text = n.label.length > 36 ? n.label.slice(0, 35) + "…" : n.label;
      svg("text", { x: n.x + r + 3, y: n.y + 4, "class": "node-label" }, g).textContent = text;
    }
    svg("title", {}, g).textContent = n.label;
    g.addEventListener("click", function (ev) { ev.stopPropagation(); select({ node: n.id }); });
    g.addEventListener("keydown", function (ev) { if (ev.key === "Enter") { select({ node: n.id }); } });
    n.g = g;
  });

  // ------------------------------------------------------------------ details
  var panel = document.getElementById("details");
  function clear() { while (panel.firstChild) { panel.removeChild(panel.firstChild); } }
  function edgeLink(i, parent) {
    var e = data.edges[i];
    var other = nodes[e.source];
    var b = html("button", "", parent, "edge-link");
    b.textContent = e.relation.replace(/_/g, " ") + " · " + fmt(e.confidence) + " · " +
      (other ? other.label : e.source) + " → " + (nodes[e.target] ? nodes[e.target].label : e.target);
    b.addEventListener("click", function () { select({ edge: i }); });
  }
  function showNode(n) {
    html("h2", n.kind === "outlet" ? "Outlet" : "Article", panel);
    html("p", n.label, panel, "big");
    var t = html("table", null, panel, "facts");
    if (n.kind === "article") {
      row(t, "outlet", outletName(n.outlet_id));
      row(t, "URL", safeLink(n.url, null));
      row(t, "published", n.published || "unknown");
      row(t, "key", n.key);
      row(t, "seen", n.inferred ? "no: only named by a statement" : "yes: a document of it was ingested");
    } else {
      row(t, "id", n.key);
      row(t, "kind", n.outlet_kind);
      if (n.articles) { row(t, "articles", n.articles); }
    }
    var lists = [["Sources (upstream)", function (e) { return e.target === n.id && e.kind !== "published_by"; }],
      ["Copies and credits (downstream)", function (e) { return e.source === n.id && e.kind !== "published_by"; }]];
    lists.forEach(function (pair) {
      var found = [];
      data.edges.forEach(function (e, i) { if (pair[1](e)) { found.push(i); } });
      if (found.length) {
        html("h3", pair[0], panel);
        var box = html("div", null, panel, "edge-list");
        found.slice(0, 200).forEach(function (i) { edgeLink(i, box); });
        if (found.length > 200) { html("p", "… and " + (found.length - 200) + " more", box); }
      }
    });
  }
  function showEdge(e) {
    html("h2", e.kind === "flow" ? "Flow" : e.relation.replace(/_/g, " "), panel);
    var t = html("table", null, panel, "facts");
    row(t, "from", nodes[e.source] ? nodes[e.source].label : e.source);
    row(t, "to", nodes[e.target] ? nodes[e.target].label : e.target);
    row(t, "confidence", fmt(e.confidence));
    if (e.copy) { row(t, "copy", e.copy); }
    if (e.kind !== "credits") { row(t, "lag", lag(e.lag_hours)); }
    (e.counts || []).forEach(function (c) { if (c[1]) { row(t, c[0].replace(/_/g, " "), c[1]); } });
    if (e.evidence.length) {
      html("h3", "Evidence (" + e.evidence.length + (e.evidence.length > 1 ? " statements)" : " statement)"), panel);
      e.evidence.forEach(function (x) {
        var box = html("div", null, panel, "evidence");
        html("blockquote", x.text, box);
        var f = html("table", null, box, "facts small");
        row(f, "outlet as written", x.outlet);
        row(f, "relation", x.relation);
        row(f, "rule", x.method);
        row(f, "where", x.location + (x.layer === null ? "" : ", layer " + x.layer));
        row(f, "confidence", fmt(x.confidence));
        row(f, "document", x.document);
      });
    }
  }
  function select(what) {
    if (selected) { selected.classList.remove("selected"); }
    clear();
    if (what.node) {
      var n = nodes[what.node];
      selected = n.g || null;
      showNode(n);
    } else {
      var v = edgeViews.filter(function (x) { return x.index === what.edge; })[0];
      selected = v ? v.g : null;
      showEdge(data.edges[what.edge]);
    }
    if (selected) { selected.classList.add("selected"); }
  }

  // ------------------------------------------------------------------ filter
  var slider = document.getElementById("min-confidence");
  var shown = document.getElementById("shown");
  var kinds = document.querySelectorAll("input[data-relation]");
  function filter() {
    var min = parseFloat(slider.value), visible = 0, on = {};
    kinds.forEach(function (k) { on[k.getAttribute("data-relation")] = k.checked; });
    document.getElementById("min-confidence-value").textContent = min.toFixed(2);
    edgeViews.forEach(function (v) {
      var show = v.edge.confidence >= min - 1e-9 && on[kindOf(v.edge)] !== false;
      v.g.style.display = show ? "" : "none";
      visible += show ? 1 : 0;
    });
    shown.textContent = visible + " of " + edgeViews.length + " links shown";
  }
  slider.addEventListener("input", filter);
  kinds.forEach(function (k) { k.addEventListener("change", filter); });
  filter();
  document.getElementById("graph").addEventListener("click", function () {
    if (selected) { selected.classList.remove("selected"); selected = null; }
  });
  document.body.setAttribute("data-ready", "yes");
})();
