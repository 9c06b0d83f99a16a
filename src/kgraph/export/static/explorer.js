/* kgraph explorer: overview, filters, time, profiles, expansion, paths and export over vis-network.
 *
 * Every string from the corpus (labels, aliases, sentences, file names) is data:
 * it only ever reaches the page through textContent, createTextNode or
 * <option>.textContent, never through an HTML-parsing property, so a document
 * cannot inject markup.
 *
 * The page opens on the overview (data.overview, positions precomputed); the
 * other embedded nodes are loaded by a double-click (a node's neighbours over
 * typed relations), a search, a path or a #name address.
 */
var network = null; // global on purpose: tests and power users reach the graph through it

(function () {
  "use strict";

  var data = JSON.parse(document.getElementById("kg-data").textContent);
  var NODE_EVIDENCE_NOTE = "证据取自该节点的关系 Evidence of this node's relations";
  var LIST_CAP = 40;
  var PROFILE_SHOWN = 8; // rows of a profile section shown before "show all"
  var CLUSTER_OTHER = "#b0b0b0";
  var ROLE_NAMES = {
    chaired: "主持 chaired",
    spokeAt: "讲话 spoke",
    accompanied: "陪同 accompanied",
    participatedIn: "出席 attended",
  };

  var nodesById = new Map();
  var edgesById = new Map();
  var edgesOfNode = new Map();
  var typedLinks = new Map(); // node id -> [[other node id, edge id]] over typed relations
  var background = new Set(data.backgroundRelations);
  data.nodes.forEach(function (node) {
    nodesById.set(node.id, node);
    edgesOfNode.set(node.id, []);
    typedLinks.set(node.id, []);
  });
  data.edges.forEach(function (edge) {
    edgesById.set(edge.id, edge);
    // a plain-text tooltip (vis-network shows a string title with innerText)
    edge.title = nodesById.get(edge.from).kg.label + " → " + edge.kg.relation + " → " +
      nodesById.get(edge.to).kg.label + "\nweight " + edge.kg.weight;
    edgesOfNode.get(edge.from).push(edge);
    if (edge.to !== edge.from) edgesOfNode.get(edge.to).push(edge);
    if (!background.has(edge.kg.relation) && edge.to !== edge.from) {
      typedLinks.get(edge.from).push([edge.to, edge.id]);
      typedLinks.get(edge.to).push([edge.from, edge.id]);
    }
  });
  // A node's relation list: typed relations before co-occurrence and mentions, heaviest first.
  function isBackground(edge) { return background.has(edge.kg.relation) ? 1 : 0; }
  edgesOfNode.forEach(function (edges) {
    edges.sort(function (a, b) {
      return isBackground(a) - isBackground(b) ||
        b.kg.weight - a.kg.weight || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
    });
  });
  // A label names the most mentioned node that has it (for #name addresses).
  var byLabel = new Map();
  var byAlias = new Map();
  data.nodes.slice().sort(function (a, b) {
    return b.kg.count - a.kg.count || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  }).forEach(function (node) {
    if (!byLabel.has(node.kg.label)) byLabel.set(node.kg.label, node.id);
    node.kg.aliases.forEach(function (alias) { if (!byAlias.has(alias)) byAlias.set(alias, node.id); });
  });
  var typeByName = new Map(data.types.map(function (t) { return [t.name, t]; }));
  var clusterById = new Map(data.clusters.map(function (c) { return [c.id, c]; }));
  var maxCoWeight = data.edges.reduce(function (max, edge) {
    return edge.kg.relation === "coOccursWith" ? Math.max(max, edge.kg.weight) : max;
  }, 1);

  // ---- dates ------------------------------------------------------------------
  // A date ("2025-04-28", "2025-04", "2025") or interval ("A/B") as [first, last] strings
  // that compare as days: "2025-04" covers "2025-04" .. "2025-04-99".
  function interval(value) {
    var parts = String(value).split("/");
    var first = parts[0];
    var last = parts[1] || parts[0];
    return [first, last.length >= 10 ? last : last + "-99-99".slice(last.length - 4)];
  }
  function docDate(index) { return (data.docs[index] || {}).date || ""; }
  // Each node's and edge's dated intervals; an empty list means undated.
  var nodeTimes = new Map();
  data.nodes.forEach(function (node) {
    var kg = node.kg;
    var times = [];
    var own = kg.when || ((kg.type === "Document" || kg.type === "Statement") && kg.date);
    if (own && /^\d{4}/.test(own)) times.push(interval(own));
    else kg.docs.forEach(function (i) { var d = docDate(i); if (d) times.push(interval(d)); });
    nodeTimes.set(node.id, times);
  });
  var edgeTimes = new Map();
  data.edges.forEach(function (edge) {
    var kg = edge.kg;
    var times = [];
    kg.docs.forEach(function (i) { var d = docDate(i); if (d) times.push(interval(d)); });
    (kg.observed || []).forEach(function (d) { times.push(interval(d)); });
    if (kg.since || kg.until) {
      times.push([kg.since ? interval(kg.since)[0] : "0000", kg.until ? interval(kg.until)[1] : "9999"]);
    }
    edgeTimes.set(edge.id, times);
  });
  function inPeriod(times) {
    if (!state.from && !state.to) return true;
    if (!times.length) return true; // undated things stay visible
    return times.some(function (t) {
      return (!state.from || t[1] >= state.from) && (!state.to || t[0] <= state.to);
    });
  }
  function spanText(span) {
    if (!span || !span.length) return "";
    return span[0] === span[1] ? span[0] : span[0] + " – " + span[1] + " (" + span[2] + "×)";
  }

  // ---- DOM helpers: text only -------------------------------------------------
  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }
  function byId(id) { return document.getElementById(id); }
  function clear(node) { while (node.firstChild) node.removeChild(node.firstChild); }

  var SVG_NS = "http://www.w3.org/2000/svg";
  function shapeIcon(shape, colour) {
    var svg = document.createElementNS(SVG_NS, "svg");
    svg.setAttribute("width", "16");
    svg.setAttribute("height", "16");
    svg.setAttribute("viewBox", "0 0 16 16");
    var points = {
      square: "2,2 14,2 14,14 2,14",
      triangle: "8,1 15,14 1,14",
      triangleDown: "1,2 15,2 8,15",
      diamond: "8,1 15,8 8,15 1,8",
      hexagon: "4,1.5 12,1.5 15.5,8 12,14.5 4,14.5 0.5,8",
      star: "8,0.5 10,6 15.5,6 11,9.5 12.8,15 8,11.6 3.2,15 5,9.5 0.5,6 6,6",
    }[shape];
    var mark;
    if (points) {
      mark = document.createElementNS(SVG_NS, "polygon");
      mark.setAttribute("points", points);
    } else {
      mark = document.createElementNS(SVG_NS, "circle");
      mark.setAttribute("cx", "8");
      mark.setAttribute("cy", "8");
      mark.setAttribute("r", "6.5");
    }
    mark.setAttribute("fill", colour);
    svg.appendChild(mark);
    return svg;
  }

  // ---- filters ----------------------------------------------------------------
  var state = defaultState();
  var loaded = new Set(data.overview); // nodes the canvas may show
  var placed = new Set(data.nodes.filter(function (n) { return n.x !== undefined; }).map(function (n) { return n.id; }));
  var visibleNodes = new Set();
  var visibleEdges = new Set();
  var colourMode = data.clusters.length ? "cluster" : "type";

  function defaultState() {
    return {
      types: new Set(data.types.map(function (t) { return t.name; })),
      // mentions and coOccursWith are off when the page opens: one click brings them back
      relations: new Set(data.relations.map(function (r) { return r.name; })
        .filter(function (name) { return !background.has(name); })),
      minWeight: 1,
      hideIsolated: false,
      doc: -1,
      from: "",
      to: "",
      hiddenClusters: new Set(),
    };
  }

  function nodeColour(node) {
    if (colourMode === "cluster") {
      var cluster = clusterById.get(node.kg.cluster);
      return cluster ? cluster.colour : CLUSTER_OTHER;
    }
    return (typeByName.get(node.kg.type) || { colour: "#bcbd22" }).colour;
  }
  data.nodes.forEach(function (node) { node.color = nodeColour(node); });

  var undated = { nodes: 0, edges: 0 };
  function computeVisibility() {
    var base = new Set();
    undated = { nodes: 0, edges: 0 };
    loaded.forEach(function (id) {
      var node = nodesById.get(id);
      if (!state.types.has(node.kg.type)) return;
      if (state.doc >= 0 && node.kg.docs.indexOf(state.doc) < 0) return;
      if (state.hiddenClusters.has(node.kg.cluster)) return;
      var times = nodeTimes.get(id);
      if (!inPeriod(times)) return;
      if (!times.length) undated.nodes += 1;
      base.add(id);
    });
    var degree = new Map();
    visibleEdges = new Set();
    data.edges.forEach(function (edge) {
      var kg = edge.kg;
      if (!state.relations.has(kg.relation)) return;
      if (!base.has(edge.from) || !base.has(edge.to)) return;
      if (kg.relation === "coOccursWith" && kg.weight < state.minWeight) return;
      if (state.doc >= 0 && kg.docs.indexOf(state.doc) < 0) return;
      var times = edgeTimes.get(edge.id);
      if (!inPeriod(times)) return;
      if (!times.length) undated.edges += 1;
      visibleEdges.add(edge.id);
      degree.set(edge.from, (degree.get(edge.from) || 0) + 1);
      degree.set(edge.to, (degree.get(edge.to) || 0) + 1);
    });
    visibleNodes = new Set();
    base.forEach(function (id) {
      if (!state.hideIsolated || degree.get(id)) visibleNodes.add(id);
    });
  }

  var nodeData = new vis.DataSet(data.nodes);
  var edgeData = new vis.DataSet(data.edges);
  computeVisibility();
  var nodeView = new vis.DataView(nodeData, { filter: function (n) { return visibleNodes.has(n.id); } });
  var edgeView = new vis.DataView(edgeData, { filter: function (e) { return visibleEdges.has(e.id); } });

  function applyFilters() {
    computeVisibility();
    nodeView.refresh();
    edgeView.refresh();
    byId("visible-count").textContent =
      "可见 visible: " + visibleNodes.size + " 节点 nodes, " + visibleEdges.size + " 边 edges · 已载入 loaded " +
      loaded.size + " / " + data.nodes.length;
    var note = byId("date-note");
    if (!data.meta.dateRange.length) {
      note.textContent = "本图没有日期 no dated documents or events in this graph";
    } else if (state.from || state.to) {
      note.textContent = "无日期的 " + undated.nodes + " 个节点、" + undated.edges +
        " 条边照常显示 undated nodes and edges stay visible";
    } else {
      note.textContent = "无日期的节点和边在任何时段都显示 undated nodes and edges are always shown";
    }
    var selected = network.getSelectedNodes();
    if (selected.length && !visibleNodes.has(selected[0])) hidePanel();
  }

  function setColourMode(mode) {
    colourMode = mode;
    nodeData.update(data.nodes.map(function (node) { return { id: node.id, color: nodeColour(node) }; }));
  }

  function buildFilterControls() {
    // One checkbox per type or relation, toggling its name in state[field]
    // (looked up on each change: resetting the filters replaces those sets).
    function filterBox(field, key, name) {
      var box = el("input");
      box.type = "checkbox";
      box.checked = state[field].has(name);
      box.dataset[key] = name;
      box.addEventListener("change", function () {
        if (box.checked) state[field].add(name); else state[field].delete(name);
        applyFilters();
      });
      return box;
    }
    var types = byId("type-filters");
    data.types.forEach(function (t) {
      var label = el("label", "filter");
      label.append(filterBox("types", "type", t.name), shapeIcon(t.shape, t.colour),
        el("span", "", t.nameZh + " " + t.name), el("span", "count", t.count));
      types.appendChild(label);
    });
    var relations = byId("relation-filters");
    data.relations.forEach(function (r) {
      var label = el("label", "filter" + (background.has(r.name) ? " bulk" : ""));
      var swatch = el("span", "swatch-line");
      swatch.style.background = r.colour;
      label.append(filterBox("relations", "relation", r.name), swatch,
        el("span", "", r.name), el("span", "count", r.count));
      relations.appendChild(label);
    });
    var clusters = byId("cluster-filters");
    data.clusters.forEach(function (c) {
      var label = el("label", "filter");
      var box = el("input");
      box.type = "checkbox";
      box.checked = true;
      box.dataset.cluster = String(c.id);
      box.title = "显示/折叠 show or hide this cluster";
      box.addEventListener("change", function () {
        if (box.checked) state.hiddenClusters.delete(c.id); else state.hiddenClusters.add(c.id);
        applyFilters();
      });
      var swatch = el("span", "swatch");
      swatch.style.background = c.colour;
      var name = el("button", "link", c.label);
      name.type = "button";
      name.title = "聚焦此社区 zoom to this cluster";
      name.addEventListener("click", function () { focusCluster(c.id); });
      label.append(box, swatch, name, el("span", "count", c.size));
      clusters.appendChild(label);
    });
    byId("cluster-box").hidden = !data.clusters.length;
    var colour = byId("colour-mode");
    colour.value = colourMode;
    colour.addEventListener("change", function () { setColourMode(colour.value); });
    var weight = byId("min-weight");
    weight.max = String(maxCoWeight);
    weight.disabled = !data.relations.some(function (r) { return r.name === "coOccursWith"; });
    weight.addEventListener("input", function () {
      var value = parseInt(weight.value, 10);
      state.minWeight = isNaN(value) ? 1 : Math.max(1, value);
      applyFilters();
    });
    var docs = byId("doc-filter");
    data.docs.forEach(function (doc, index) {
      var option = el("option", "", docName(doc));
      option.value = String(index);
      docs.appendChild(option);
    });
    docs.addEventListener("change", function () {
      state.doc = parseInt(docs.value, 10);
      applyFilters();
    });
    var from = byId("date-from");
    var to = byId("date-to");
    var range = data.meta.dateRange;
    [from, to].forEach(function (input) {
      if (range.length) { input.min = range[0]; input.max = range[1]; } else input.disabled = true;
      input.addEventListener("change", function () {
        state.from = from.value || "";
        state.to = to.value || "";
        applyFilters();
      });
    });
    if (range.length) byId("date-range").textContent = range[0] + " – " + range[1];
    byId("date-clear").addEventListener("click", function () {
      state.from = "";
      state.to = "";
      syncControls();
      applyFilters();
    });
    byId("hide-isolated").addEventListener("change", function (event) {
      state.hideIsolated = event.target.checked;
      applyFilters();
    });
    byId("reset-filters").addEventListener("click", function () { resetFilters(); });
  }

  function syncControls() {
    document.querySelectorAll("#type-filters input").forEach(function (box) {
      box.checked = state.types.has(box.dataset.type);
    });
    document.querySelectorAll("#relation-filters input").forEach(function (box) {
      box.checked = state.relations.has(box.dataset.relation);
    });
    document.querySelectorAll("#cluster-filters input").forEach(function (box) {
      box.checked = !state.hiddenClusters.has(parseInt(box.dataset.cluster, 10));
    });
    byId("min-weight").value = String(state.minWeight);
    byId("hide-isolated").checked = state.hideIsolated;
    byId("doc-filter").value = String(state.doc);
    byId("date-from").value = state.from;
    byId("date-to").value = state.to;
  }

  function resetFilters() {
    state = defaultState();
    syncControls();
    applyFilters();
  }

  function setDocFilter(index) {
    state.doc = index;
    syncControls();
    applyFilters();
  }

  function docName(doc) {
    var name = doc.title ? doc.title + " — " + doc.id : doc.id;
    return doc.date ? name + " (" + doc.date + ")" : name;
  }

  function focusCluster(id) {
    var ids = Array.from(visibleNodes).filter(function (n) { return nodesById.get(n).kg.cluster === id; });
    if (ids.length) network.fit({ nodes: ids, animation: { duration: 300 } });
  }

  // ---- loading nodes beyond the overview ---------------------------------------
  function positionOf(id) {
    if (visibleNodes.has(id)) return network.getPosition(id);
    var item = nodeData.get(id);
    return item && item.x !== undefined ? { x: item.x, y: item.y } : null;
  }

  // Puts the not yet placed nodes of `ids` on rings around `anchor` (a node id or a point).
  function place(ids, anchor) {
    var todo = ids.filter(function (id) { return !placed.has(id); });
    if (!todo.length) return;
    var centre = (typeof anchor === "string" ? positionOf(anchor) : anchor) ||
      network.getViewPosition();
    todo.sort(function (a, b) { return nodesById.get(b).kg.count - nodesById.get(a).kg.count; });
    var updates = [];
    var ring = 0;
    var index = 0;
    while (index < todo.length) {
      var radius = 130 + ring * 80;
      var slots = Math.max(8, Math.floor(2 * Math.PI * radius / 75));
      var inRing = Math.min(slots, todo.length - index);
      for (var k = 0; k < inRing; k++) {
        var angle = 2 * Math.PI * k / inRing + ring * 0.4;
        updates.push({ id: todo[index + k], x: centre.x + radius * Math.cos(angle), y: centre.y + radius * Math.sin(angle) });
      }
      index += inRing;
      ring += 1;
    }
    nodeData.update(updates);
    todo.forEach(function (id) { placed.add(id); });
  }

  function load(ids, anchor) {
    place(ids, anchor);
    ids.forEach(function (id) { loaded.add(id); });
  }

  // Double-click: load the node's neighbours over typed relations.
  function expand(id) {
    var fresh = [];
    (typedLinks.get(id) || []).forEach(function (link) {
      if (!loaded.has(link[0]) && fresh.indexOf(link[0]) < 0) fresh.push(link[0]);
    });
    load(fresh, id);
    applyFilters();
    byId("search-status").textContent = fresh.length
      ? "展开 expanded " + nodesById.get(id).kg.label + ": +" + fresh.length + " 节点 nodes"
      : "没有更多邻居 no more neighbours to load";
    return fresh.length;
  }

  // Loads a node that is not on the canvas yet, next to its most important loaded neighbour.
  function ensureLoaded(id) {
    if (loaded.has(id)) return;
    var anchor = null;
    (typedLinks.get(id) || []).forEach(function (link) {
      var other = link[0];
      if (loaded.has(other) && (!anchor || nodesById.get(other).kg.count > nodesById.get(anchor).kg.count)) {
        anchor = other;
      }
    });
    load([id], anchor);
  }

  // ---- search -----------------------------------------------------------------
  var searchIndex = [];
  data.nodes.forEach(function (node) {
    var kg = node.kg;
    var terms = [kg.label].concat(kg.aliases);
    if (kg.label_en) terms.push(kg.label_en);
    if (kg.pinyin) terms.push(kg.pinyin, kg.pinyin.replace(/\s+/g, ""));
    if (kg.wikidata) terms.push(kg.wikidata);
    terms.forEach(function (term) {
      if (term) searchIndex.push({ term: term, lower: term.toLowerCase(), id: node.id });
    });
  });

  var suggestions = [];
  var active = 0;

  function findMatches(query) {
    var q = query.trim().toLowerCase();
    if (!q) return [];
    var best = new Map();
    searchIndex.forEach(function (entry) {
      var pos = entry.lower.indexOf(q);
      if (pos < 0) return;
      var score = entry.lower === q ? 0 : pos === 0 ? 1 : 2;
      var current = best.get(entry.id);
      if (!current || score < current.score || (score === current.score && entry.term.length < current.term.length)) {
        best.set(entry.id, { id: entry.id, term: entry.term, score: score });
      }
    });
    return Array.from(best.values()).sort(function (a, b) {
      var na = nodesById.get(a.id), nb = nodesById.get(b.id);
      return a.score - b.score || nb.kg.count - na.kg.count ||
        (na.kg.label < nb.kg.label ? -1 : na.kg.label > nb.kg.label ? 1 : 0);
    }).slice(0, 12);
  }

  function renderSuggestions() {
    var list = byId("suggestions");
    clear(list);
    suggestions.forEach(function (match, index) {
      var kg = nodesById.get(match.id).kg;
      var item = el("li", index === active ? "active" : "");
      item.setAttribute("role", "option");
      item.append(el("span", "", kg.label));
      if (match.term !== kg.label) item.append(el("span", "alias", "= " + match.term));
      item.append(el("span", "type", (typeByName.get(kg.type) || {}).nameZh || kg.type));
      item.addEventListener("mousedown", function (event) {
        event.preventDefault();
        chooseSuggestion(index);
      });
      list.appendChild(item);
    });
    list.hidden = suggestions.length === 0;
  }

  function chooseSuggestion(index) {
    var match = suggestions[index];
    if (!match) return;
    var search = byId("search");
    search.value = nodesById.get(match.id).kg.label;
    suggestions = [];
    renderSuggestions();
    selectNode(match.id);
  }

  function setupSearch() {
    var search = byId("search");
    search.addEventListener("input", function () {
      suggestions = findMatches(search.value);
      active = 0;
      renderSuggestions();
      byId("search-status").textContent =
        search.value.trim() && !suggestions.length ? "无匹配 no match" : "";
    });
    search.addEventListener("keydown", function (event) {
      if (event.key === "ArrowDown" || event.key === "ArrowUp") {
        if (!suggestions.length) return;
        event.preventDefault();
        var step = event.key === "ArrowDown" ? 1 : suggestions.length - 1;
        active = (active + step) % suggestions.length;
        renderSuggestions();
      } else if (event.key === "Enter") {
        event.preventDefault();
        if (!suggestions.length) suggestions = findMatches(search.value);
        if (suggestions.length) chooseSuggestion(Math.min(active, suggestions.length - 1));
        else byId("search-status").textContent = "无匹配 no match";
      } else if (event.key === "Escape") {
        suggestions = [];
        renderSuggestions();
      }
    });
    search.addEventListener("blur", function () {
      suggestions = [];
      renderSuggestions();
    });
  }

  function selectNode(id, options) {
    if (!nodesById.has(id)) return;
    ensureLoaded(id);
    computeVisibility();
    if (!visibleNodes.has(id)) {
      resetFilters();
      byId("search-status").textContent = "筛选已重置以显示该节点 filters reset to show it";
    } else {
      applyFilters();
    }
    network.selectNodes([id]);
    showNodePanel(id);
    // Centre the node in the part of the canvas the floating panel leaves free.
    var panelWidth = byId("panel").offsetWidth;
    var animate = !(options && options.instant);
    network.focus(id, {
      scale: Math.max(network.getScale(), 0.9),
      offset: { x: -panelWidth / 2, y: 0 },
      animation: animate ? { duration: 300 } : false,
    });
  }

  function selectEdge(id) {
    var edge = edgesById.get(id);
    if (!edge) return;
    if (visibleEdges.has(id)) network.selectEdges([id]);
    showEdgePanel(id);
  }

  // ---- shareable address: graph.html#NAME -----------------------------------------
  function resolveName(text) {
    var name = String(text || "").trim();
    if (!name) return null;
    if (nodesById.has(name)) return name;
    if (byLabel.has(name)) return byLabel.get(name);
    if (byAlias.has(name)) return byAlias.get(name);
    var matches = findMatches(name);
    return matches.length ? matches[0].id : null;
  }

  function addressName(id) {
    var label = nodesById.get(id).kg.label;
    return byLabel.get(label) === id ? label : id;
  }

  function setAddress(id) {
    var hash = id ? "#" + encodeURIComponent(addressName(id)) : "";
    if (location.hash === hash) return;
    try {
      history.replaceState(null, "", location.pathname + location.search + hash);
    } catch (error) { /* a browser that refuses replaceState on file: keeps the old address */ }
  }

  function openAddress() {
    var raw = location.hash.slice(1);
    if (!raw) return;
    try { raw = decodeURIComponent(raw); } catch (error) { /* keep it as it is */ }
    var id = resolveName(raw);
    if (id) selectNode(id, { instant: true });
    else byId("search-status").textContent = "地址中的名称未找到 not found: " + raw;
  }

  // ---- path between two nodes ---------------------------------------------------------
  // Breadth-first over the embedded typed relations, both directions.
  function shortestPath(from, to) {
    if (from === to) return { nodes: [from], edges: [] };
    var previous = new Map([[from, null]]);
    var queue = [from];
    for (var head = 0; head < queue.length; head++) {
      var current = queue[head];
      var links = typedLinks.get(current) || [];
      for (var k = 0; k < links.length; k++) {
        var other = links[k][0];
        if (previous.has(other)) continue;
        previous.set(other, [current, links[k][1]]);
        if (other === to) {
          var nodes = [to];
          var edges = [];
          var step = previous.get(to);
          while (step) {
            edges.unshift(step[1]);
            nodes.unshift(step[0]);
            step = previous.get(step[0]);
          }
          return { nodes: nodes, edges: edges };
        }
        queue.push(other);
      }
    }
    return null;
  }

  function showPath(fromText, toText) {
    var status = byId("path-status");
    var from = resolveName(fromText);
    var to = resolveName(toText);
    if (!from || !to) {
      status.textContent = "未找到 not found: " + (!from ? fromText : toText);
      return null;
    }
    var path = shortestPath(from, to);
    if (!path) {
      status.textContent = "两者之间没有类型化关系路径 no path over typed relations";
      return null;
    }
    for (var i = 0; i < path.nodes.length; i++) {
      if (!loaded.has(path.nodes[i])) load([path.nodes[i]], i ? path.nodes[i - 1] : null);
      state.types.add(nodesById.get(path.nodes[i]).kg.type);
      state.hiddenClusters.delete(nodesById.get(path.nodes[i]).kg.cluster);
    }
    path.edges.forEach(function (id) { state.relations.add(edgesById.get(id).kg.relation); });
    state.doc = -1;
    state.from = "";
    state.to = "";
    syncControls();
    applyFilters();
    network.setSelection({ nodes: path.nodes, edges: path.edges });
    network.fit({ nodes: path.nodes, animation: { duration: 300 } });
    status.textContent = (path.nodes.length - 1) + " 步 steps";
    showPathPanel(path);
    return path;
  }

  // ---- export -----------------------------------------------------------------------
  function csvField(value) {
    var text = String(value === undefined || value === null ? "" : value);
    if (/^[=+\-@\t\r]/.test(text)) text = "'" + text; // never a formula in a spreadsheet
    return '"' + text.replace(/"/g, '""') + '"';
  }

  function visibleEdgesCsv() {
    var lines = [["source", "relation", "target", "weight", "evidence", "document"].join(",")];
    data.edges.forEach(function (edge) {
      if (!visibleEdges.has(edge.id)) return;
      var kg = edge.kg;
      var sentence = null;
      for (var k = 0; k < kg.evidence.length; k++) {
        var row = data.sentences[kg.evidence[k]];
        if (state.doc < 0 || data.docs[state.doc].id === row[0]) { sentence = row; break; }
      }
      lines.push([
        nodesById.get(edge.from).kg.label, kg.relation, nodesById.get(edge.to).kg.label, kg.weight,
        sentence ? sentence[3] : "", sentence ? sentence[0] : "",
      ].map(csvField).join(","));
    });
    return lines.join("\r\n") + "\r\n";
  }

  function download(href, name) {
    var link = el("a");
    link.href = href;
    link.download = name;
    link.hidden = true;
    document.body.appendChild(link);
    link.click();
    document.body.removeChild(link);
  }

  function exportCsv() {
    var blob = new Blob(["\ufeff" + visibleEdgesCsv()], { type: "text/csv;charset=utf-8" });
    var url = URL.createObjectURL(blob);
    download(url, "kgraph-edges.csv");
    setTimeout(function () { URL.revokeObjectURL(url); }, 10000);
  }

  function exportPng() {
    var canvas = document.querySelector("#network canvas");
    var out = document.createElement("canvas");
    out.width = canvas.width;
    out.height = canvas.height;
    var context = out.getContext("2d");
    context.fillStyle = "#ffffff";
    context.fillRect(0, 0, out.width, out.height);
    context.drawImage(canvas, 0, 0);
    download(out.toDataURL("image/png"), "kgraph-graph.png");
  }

  // ---- details panel ----------------------------------------------------------
  function hidePanel() {
    byId("panel").hidden = true;
    setAddress(null);
  }

  function openPanel() {
    var body = byId("panel-body");
    clear(body);
    byId("panel").hidden = false;
    byId("panel").scrollTop = 0;
    return body;
  }

  function typeBadge(typeName) {
    var t = typeByName.get(typeName) || { shape: "dot", colour: "#bcbd22", nameZh: "" };
    var badge = el("span", "badge");
    badge.append(shapeIcon(t.shape, t.colour), el("span", "", (t.nameZh + " " + typeName).trim()));
    return badge;
  }

  function nodeButton(id) {
    var node = nodesById.get(id);
    var button = el("button", "link", node ? node.kg.label : id);
    button.type = "button";
    button.addEventListener("click", function () { selectNode(id); });
    return button;
  }

  function details(rows) {
    var list = el("dl");
    rows.forEach(function (row) {
      if (row[1] === undefined || row[1] === null || row[1] === "") return;
      list.append(el("dt", "", row[0]));
      var dd = el("dd");
      if (row[1] instanceof Node) dd.appendChild(row[1]); else dd.textContent = String(row[1]);
      list.append(dd);
    });
    return list;
  }

  function documentList(docIndexes) {
    var list = el("ul", "plain");
    docIndexes.forEach(function (index) {
      var item = el("li");
      var button = el("button", "link", docName(data.docs[index]));
      button.type = "button";
      button.title = "只看此文件 show only this document";
      button.addEventListener("click", function () { setDocFilter(index); });
      item.appendChild(button);
      var node = data.docs[index].node;
      if (node && nodesById.has(node)) {
        var open = el("button", "link open-doc", " ↗");
        open.type = "button";
        open.title = "打开文件节点 open the document's node";
        open.addEventListener("click", function () { selectNode(node); });
        item.appendChild(open);
      }
      list.appendChild(item);
    });
    return list;
  }

  function termsOf(id) {
    var node = nodesById.get(id);
    if (!node) return [];
    var terms = [node.kg.label].concat(node.kg.aliases);
    if (node.kg.value) terms.push(node.kg.value);
    return terms;
  }

  // Splits a sentence into text and <mark> nodes; the longest term wins at each position.
  // Terms of the subject get a plain <mark>, terms of the other end a <mark class="other">.
  function highlighted(text, terms, otherTerms) {
    var kinds = new Map();
    (otherTerms || []).forEach(function (t) { if (t) kinds.set(t, "other"); });
    terms.forEach(function (t) { if (t) kinds.set(t, ""); });
    var unique = Array.from(kinds.keys()).sort(function (a, b) { return b.length - a.length; });
    var fragment = document.createDocumentFragment();
    var plain = "";
    var i = 0;
    while (i < text.length) {
      var hit = null;
      for (var k = 0; k < unique.length; k++) {
        if (text.startsWith(unique[k], i)) { hit = unique[k]; break; }
      }
      if (hit) {
        if (plain) fragment.appendChild(document.createTextNode(plain));
        plain = "";
        fragment.appendChild(el("mark", kinds.get(hit), hit));
        i += hit.length;
      } else {
        plain += text[i];
        i += 1;
      }
    }
    if (plain) fragment.appendChild(document.createTextNode(plain));
    return fragment;
  }

  // sentenceIndexes index data.sentences; via (nodes only) gives, per sentence, the
  // [relation, other node id, other label] whose evidence it is.
  function evidenceSection(body, sentenceIndexes, total, terms, via, otherTerms) {
    var rows = sentenceIndexes.map(function (index, k) {
      return { sentence: data.sentences[index], via: via ? via[k] : null };
    }).filter(function (row) {
      return state.doc < 0 || data.docs[state.doc].id === row.sentence[0];
    });
    var heading = "证据 Evidence (" + rows.length + (total > rows.length ? " / " + total : "") + ")";
    body.append(el("h3", "", heading));
    if (via) body.append(el("p", "hint", NODE_EVIDENCE_NOTE));
    if (state.doc >= 0) body.append(el("p", "hint", "仅当前文件 only the selected document"));
    var list = el("ol", "plain evidence");
    rows.forEach(function (row) {
      var sentence = row.sentence;
      var item = el("li");
      item.dataset.doc = sentence[0];
      item.append(el("span", "source", sentence[0] + " · " + sentence[1] + "–" + sentence[2]));
      var others = otherTerms;
      if (row.via) {
        var line = el("span", "via", row.via[0] + " ");
        line.append(nodesById.has(row.via[1]) ? nodeButton(row.via[1]) : el("span", "", row.via[2]));
        item.append(line);
        others = termsOf(row.via[1]).concat([row.via[2]]);
      }
      var text = el("span", "sentence");
      text.appendChild(highlighted(sentence[3], terms, others));
      item.append(text);
      list.appendChild(item);
    });
    body.append(list);
    if (total > sentenceIndexes.length) {
      body.append(el("p", "hint", "另有 " + (total - sentenceIndexes.length) +
        " 条未收入本页 more sentences are not embedded in this page"));
    }
  }

  // A node named in a profile: a button when the page holds it, plain text otherwise.
  function ref(id, label) {
    return nodesById.has(id) ? nodeButton(id) : el("span", "", label || id);
  }

  function table(section, headers, rows) {
    var node = el("table", "profile");
    node.dataset.section = section;
    var head = el("tr");
    headers.forEach(function (h) { head.append(el("th", "", h)); });
    node.append(head);
    rows.forEach(function (cells) {
      var tr = el("tr");
      cells.forEach(function (cell) {
        var td = el("td");
        if (cell instanceof Node) {
          td.appendChild(cell);
        } else {
          td.textContent = cell === undefined || cell === null ? "" : String(cell);
          if (/^[≈\d]/.test(td.textContent)) td.className = "date";
        }
        tr.append(td);
      });
      node.append(tr);
    });
    return node;
  }

  function profileSection(body, profile, name, heading, render) {
    var section = profile[name];
    if (!section) return;
    var count = section.rows.length + (section.total > section.rows.length ? " / " + section.total : "");
    body.append(el("h3", "", heading + " (" + count + ")"));
    var block = render(section.rows);
    body.append(block);
    // Long sections show their first rows; one click shows the rest.
    var rows = block.querySelectorAll(block.tagName === "TABLE" ? "tr:not(:first-child)" : "li");
    if (rows.length > PROFILE_SHOWN) {
      for (var k = PROFILE_SHOWN; k < rows.length; k++) rows[k].hidden = true;
      var more = el("button", "link more", "显示全部 show all " + rows.length);
      more.type = "button";
      more.addEventListener("click", function () {
        rows.forEach(function (row) { row.hidden = false; });
        more.remove();
      });
      body.append(more);
    }
  }

  function roleText(roles) {
    return roles.map(function (r) { return ROLE_NAMES[r] || r; }).join(", ");
  }

  function tenureCells(row) {
    return [row.since || "", row.until || "", spanText(row.observed)];
  }

  function eventDate(row) {
    if (row.date) return row.date;
    return row.docDates && row.docDates.length ? "≈ " + row.docDates[0] : "";
  }

  function bulletList(section, rows, render) {
    var list = el("ul", "plain");
    list.dataset.section = section;
    rows.forEach(function (row) {
      var item = el("li");
      render(row).forEach(function (part) {
        item.append(part instanceof Node ? part : el("span", "hint", " " + part));
      });
      list.append(item);
    });
    return list;
  }

  function renderProfile(body, kg) {
    var p = kg.profile;
    if (!p) return;
    var tenureHeads = ["任职 since", "免职 until", "见于 observed"];
    profileSection(body, p, "posts", "职务 Posts", function (rows) {
      return table("posts", ["职务 post"].concat(tenureHeads), rows.map(function (row) {
        var post = el("span");
        post.append(ref(row.id, row.label));
        if (row["in"] && row["in"].length) {
          post.append(el("span", "hint", " @ " + row["in"].map(function (o) { return o[1]; }).join("、")));
        }
        return [post].concat(tenureCells(row));
      }));
    });
    profileSection(body, p, "events", "活动 Events", function (rows) {
      return table("events", ["日期 date", "事件 event", "角色 role"], rows.map(function (row) {
        return [eventDate(row), ref(row.id, row.label), roleText(row.roles)];
      }));
    });
    profileSection(body, p, "met", "会见 People met", function (rows) {
      return bulletList("met", rows, function (row) { return [ref(row.id, row.label), spanText(row.dates)]; });
    });
    profileSection(body, p, "concepts", "强调 Concepts emphasised", function (rows) {
      return table("concepts", ["概念 concept", "日期 dates", "次 ×"], rows.map(function (row) {
        var dates = row.dates.join(", ") + (row.dateCount > row.dates.length ? " …(" + row.dateCount + ")" : "");
        return [ref(row.id, row.label), dates, row.weight];
      }));
    });
    profileSection(body, p, "organizations", "机构 Organisations", function (rows) {
      return bulletList("organizations", rows, function (row) {
        return [ref(row.id, row.label), row.relations.join("/") + " " + spanText(row.dates)];
      });
    });
    profileSection(body, p, "statements", "讲话 Statements", function (rows) {
      return bulletList("statements", rows, function (row) { return [ref(row.id, row.label), row.date]; });
    });
    profileSection(body, p, "tenures", "领导与任职 Leaders and posts over time", function (rows) {
      return table("tenures", ["职务 post", "人物 person"].concat(tenureHeads), rows.map(function (row) {
        return [ref(row.id, row.label), ref(row.person, row.personLabel)].concat(tenureCells(row));
      }));
    });
    profileSection(body, p, "people", "领导/成员 Leaders and members", function (rows) {
      return bulletList("people", rows, function (row) {
        return [ref(row.id, row.label), row.relations.join("/") + " " + spanText(row.dates)];
      });
    });
    profileSection(body, p, "parents", "上级 Part of", function (rows) {
      return bulletList("parents", rows, function (row) { return [ref(row.id, row.label)]; });
    });
    profileSection(body, p, "parts", "下属 Parts", function (rows) {
      return bulletList("parts", rows, function (row) { return [ref(row.id, row.label)]; });
    });
    profileSection(body, p, "places", "地点 Place", function (rows) {
      return bulletList("places", rows, function (row) { return [ref(row.id, row.label)]; });
    });
    profileSection(body, p, "participants", "参加者 Participants", function (rows) {
      return table("participants", ["参加者 participant", "角色 role"], rows.map(function (row) {
        return [ref(row.id, row.label), roleText(row.roles)];
      }));
    });
    profileSection(body, p, "same", "同一事件 The same event (each item's node)", function (rows) {
      return bulletList("same", rows, function (row) { return [ref(row.id, row.label)]; });
    });
    profileSection(body, p, "holders", "任职者 Holders", function (rows) {
      return table("holders", ["人物 person"].concat(tenureHeads), rows.map(function (row) {
        return [ref(row.person, row.personLabel)].concat(tenureCells(row));
      }));
    });
    profileSection(body, p, "in", "所属 Belongs to", function (rows) {
      return bulletList("in", rows, function (row) { return [ref(row.id, row.label)]; });
    });
  }

  function showNodePanel(id) {
    var node = nodesById.get(id);
    if (!node) return;
    var kg = node.kg;
    var body = openPanel();
    body.dataset.node = id;
    body.append(el("h2", "", kg.label), typeBadge(kg.type));
    var cluster = clusterById.get(kg.cluster);
    body.append(details([
      ["English", kg.label_en],
      ["拼音 pinyin", kg.pinyin],
      ["Wikidata", kg.wikidata],
      ["值 value", kg.value],
      ["上位 group", kg.group],
      ["类别 event type", kg.event_type],
      ["日期 date", kg.when || kg.date],
      ["提及 mentions", kg.count],
      ["标题 title", kg.title],
      ["文件 file", kg.file],
      ["发布 publisher", kg.publisher],
      ["来源 source", kg.source_url],
      ["讲话人 speaker", kg.speaker ? ref(kg.speaker, kg.speaker) : ""],
      ["内容 text", kg.text],
      ["社区 cluster", cluster ? cluster.label : ""],
      ["ID", id],
    ]));
    var actions = el("div", "actions");
    var more = el("button", "", "展开邻居 Expand neighbours");
    more.type = "button";
    more.id = "expand-node";
    more.addEventListener("click", function () { expand(id); });
    var start = el("button", "", "路径起点 Path from here");
    start.type = "button";
    start.addEventListener("click", function () { byId("path-from").value = kg.label; });
    var end = el("button", "", "路径终点 Path to here");
    end.type = "button";
    end.addEventListener("click", function () { byId("path-to").value = kg.label; });
    actions.append(more, start, end);
    body.append(actions);
    renderProfile(body, kg);
    if (kg.aliases.length) {
      body.append(el("h3", "", "别名 Aliases"));
      var chips = el("div", "chips");
      kg.aliases.forEach(function (alias) { chips.append(el("span", "chip", alias)); });
      body.append(chips);
    }
    var edges = edgesOfNode.get(id);
    if (edges.length) {
      body.append(el("h3", "", "关系 Relations (" + edges.length + ")"));
      var list = el("ul", "plain relations");
      edges.slice(0, LIST_CAP).forEach(function (edge) {
        var item = el("li");
        var outgoing = edge.from === id;
        var relation = el("button", "link relation-name",
          (outgoing ? "→ " : "← ") + edge.kg.relation + (edge.kg.weight > 1 ? " ×" + edge.kg.weight : ""));
        relation.type = "button";
        relation.addEventListener("click", function () { selectEdge(edge.id); });
        item.append(relation, document.createTextNode(" "), nodeButton(outgoing ? edge.to : edge.from));
        list.appendChild(item);
      });
      body.append(list);
      if (edges.length > LIST_CAP) body.append(el("p", "hint", "… +" + (edges.length - LIST_CAP)));
    }
    evidenceSection(body, kg.evidence, kg.evidenceTotal, termsOf(id), kg.evidenceVia);
    if (kg.docs.length) {
      body.append(el("h3", "", "文件 Documents (" + kg.docs.length + ")"));
      body.append(documentList(kg.docs.slice(0, LIST_CAP)));
      if (kg.docs.length > LIST_CAP) body.append(el("p", "hint", "… +" + (kg.docs.length - LIST_CAP)));
    }
    setAddress(id);
  }

  function showEdgePanel(id) {
    var edge = edgesById.get(id);
    if (!edge) return;
    var kg = edge.kg;
    var body = openPanel();
    body.dataset.edge = id;
    var title = el("h2");
    title.append(nodeButton(edge.from), el("span", "relation-name", " → " + kg.relation + " → "),
      nodeButton(edge.to));
    body.append(title);
    body.append(details([
      ["关系 relation", kg.relation],
      ["权重 weight", kg.weight],
      ["任职 since", kg.since],
      ["免职 until", kg.until],
      ["见于 observed", kg.observed ? spanText([kg.observed[0], kg.observed[kg.observed.length - 1], kg.observed.length]) : ""],
    ]));
    if (kg.docs.length) {
      body.append(el("h3", "", "文件 Documents (" + kg.docs.length + ")"));
      body.append(documentList(kg.docs));
    }
    evidenceSection(body, kg.evidence, kg.evidenceTotal, termsOf(edge.from), null, termsOf(edge.to));
  }

  function showPathPanel(path) {
    var body = openPanel();
    body.dataset.path = path.nodes.join(" ");
    body.append(el("h2", "", "路径 Path (" + (path.nodes.length - 1) + ")"));
    var list = el("ol", "plain path");
    path.nodes.forEach(function (id, index) {
      var item = el("li");
      item.append(nodeButton(id));
      if (index < path.edges.length) {
        var edge = edgesById.get(path.edges[index]);
        var arrow = el("button", "link relation-name",
          (edge.from === id ? " → " : " ← ") + edge.kg.relation);
        arrow.type = "button";
        arrow.addEventListener("click", function () { selectEdge(edge.id); });
        item.append(arrow);
      }
      list.append(item);
    });
    body.append(list);
  }

  // ---- start ------------------------------------------------------------------
  buildFilterControls();
  setupSearch();
  byId("panel-close").addEventListener("click", function () {
    network.unselectAll();
    hidePanel();
  });
  byId("path-go").addEventListener("click", function () {
    showPath(byId("path-from").value, byId("path-to").value);
  });
  byId("export-csv").addEventListener("click", exportCsv);
  byId("export-png").addEventListener("click", exportPng);
  network = new vis.Network(byId("network"), { nodes: nodeView, edges: edgeView }, data.options);
  window.network = network;
  network.on("click", function (params) {
    if (params.nodes.length) showNodePanel(params.nodes[0]);
    else if (params.edges.length) showEdgePanel(params.edges[0]);
    else hidePanel();
  });
  network.on("doubleClick", function (params) {
    if (params.nodes.length) expand(params.nodes[0]);
  });
  window.addEventListener("hashchange", openAddress);
  // For tests and power users: the explorer's own operations.
  window.kgraphExplorer = {
    expand: expand,
    select: function (id) { selectNode(id, { instant: true }); },
    path: showPath,
    csv: visibleEdgesCsv,
    loaded: function () { return Array.from(loaded); },
  };
  applyFilters();
  openAddress();
  document.body.dataset.ready = "true";
})();
