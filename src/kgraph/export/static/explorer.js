/* kgraph explorer: search, filters and the details panel over a vis-network graph.
 *
 * Every string from the corpus (labels, aliases, sentences, file names) is data:
 * it only ever reaches the page through textContent, createTextNode or
 * <option>.textContent, never through an HTML-parsing property, so a document
 * cannot inject markup.
 */
var network = null; // global on purpose: tests and power users reach the graph through it

(function () {
  "use strict";

  var data = JSON.parse(document.getElementById("kg-data").textContent);
  var NODE_EVIDENCE_NOTE = "证据取自该节点的关系 Evidence of this node's relations";
  var LIST_CAP = 40;

  var nodesById = new Map();
  var edgesById = new Map();
  var edgesOfNode = new Map();
  data.nodes.forEach(function (node) {
    nodesById.set(node.id, node);
    edgesOfNode.set(node.id, []);
  });
  data.edges.forEach(function (edge) {
    edgesById.set(edge.id, edge);
    edgesOfNode.get(edge.from).push(edge);
    if (edge.to !== edge.from) edgesOfNode.get(edge.to).push(edge);
  });
  // A node's relation list: typed relations before co-occurrence and mentions, heaviest first.
  var background = new Set(data.backgroundRelations);
  function isBackground(edge) { return background.has(edge.kg.relation) ? 1 : 0; }
  edgesOfNode.forEach(function (edges) {
    edges.sort(function (a, b) {
      return isBackground(a) - isBackground(b) ||
        b.kg.weight - a.kg.weight || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
    });
  });
  var typeByName = new Map(data.types.map(function (t) { return [t.name, t]; }));
  var maxCoWeight = data.edges.reduce(function (max, edge) {
    return edge.kg.relation === "coOccursWith" ? Math.max(max, edge.kg.weight) : max;
  }, 1);

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
  var visibleNodes = new Set();
  var visibleEdges = new Set();

  function defaultState() {
    return {
      types: new Set(data.types.map(function (t) { return t.name; })),
      relations: new Set(data.relations.map(function (r) { return r.name; })),
      minWeight: 1,
      hideIsolated: false,
      doc: -1,
    };
  }

  function computeVisibility() {
    var base = new Set();
    data.nodes.forEach(function (node) {
      if (state.types.has(node.kg.type) && (state.doc < 0 || node.kg.docs.indexOf(state.doc) >= 0)) {
        base.add(node.id);
      }
    });
    var degree = new Map();
    visibleEdges = new Set();
    data.edges.forEach(function (edge) {
      var kg = edge.kg;
      if (!state.relations.has(kg.relation)) return;
      if (kg.relation === "coOccursWith" && kg.weight < state.minWeight) return;
      if (state.doc >= 0 && kg.docs.indexOf(state.doc) < 0) return;
      if (!base.has(edge.from) || !base.has(edge.to)) return;
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
      "可见 visible: " + visibleNodes.size + " 节点 nodes, " + visibleEdges.size + " 边 edges";
    var selected = network.getSelectedNodes();
    if (selected.length && !visibleNodes.has(selected[0])) hidePanel();
  }

  function buildFilterControls() {
    // One checkbox per type or relation, toggling its name in state[field]
    // (looked up on each change: resetting the filters replaces those sets).
    function filterBox(field, key, name) {
      var box = el("input");
      box.type = "checkbox";
      box.checked = true;
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
      var label = el("label", "filter");
      var swatch = el("span", "swatch-line");
      swatch.style.background = r.colour;
      label.append(filterBox("relations", "relation", r.name), swatch,
        el("span", "", r.name), el("span", "count", r.count));
      relations.appendChild(label);
    });
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
    byId("min-weight").value = String(state.minWeight);
    byId("hide-isolated").checked = state.hideIsolated;
    byId("doc-filter").value = String(state.doc);
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

  function selectNode(id) {
    if (!nodesById.has(id)) return;
    if (!visibleNodes.has(id)) {
      resetFilters();
      byId("search-status").textContent = "筛选已重置以显示该节点 filters reset to show it";
    }
    network.selectNodes([id]);
    showNodePanel(id);
    // Centre the node in the part of the canvas the floating panel leaves free.
    var panelWidth = byId("panel").offsetWidth;
    network.focus(id, {
      scale: Math.max(network.getScale(), 1.1),
      offset: { x: -panelWidth / 2, y: 0 },
      animation: { duration: 300 },
    });
  }

  function selectEdge(id) {
    network.selectEdges([id]);
    showEdgePanel(id);
  }

  // ---- details panel ----------------------------------------------------------
  function hidePanel() { byId("panel").hidden = true; }

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

  function showNodePanel(id) {
    var node = nodesById.get(id);
    if (!node) return;
    var kg = node.kg;
    var body = openPanel();
    body.dataset.node = id;
    body.append(el("h2", "", kg.label), typeBadge(kg.type));
    body.append(details([
      ["English", kg.label_en],
      ["拼音 pinyin", kg.pinyin],
      ["Wikidata", kg.wikidata],
      ["值 value", kg.value],
      ["上位 group", kg.group],
      ["提及 mentions", kg.count],
      ["标题 title", kg.title],
      ["文件 file", kg.file],
      ["日期 date", kg.date],
      ["发布 publisher", kg.publisher],
      ["来源 source", kg.source_url],
      ["讲话人 speaker", kg.speaker ? nodeButton(kg.speaker) : ""],
      ["内容 text", kg.text],
      ["ID", id],
    ]));
    if (kg.aliases.length) {
      body.append(el("h3", "", "别名 Aliases"));
      var chips = el("div", "chips");
      kg.aliases.forEach(function (alias) { chips.append(el("span", "chip", alias)); });
      body.append(chips);
    }
    if (kg.docs.length) {
      body.append(el("h3", "", "文件 Documents (" + kg.docs.length + ")"));
      body.append(documentList(kg.docs));
    }
    var edges = edgesOfNode.get(id);
    if (edges.length) {
      body.append(el("h3", "", "关系 Relations (" + edges.length + ")"));
      var list = el("ul", "plain");
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
    body.append(details([["关系 relation", kg.relation], ["权重 weight", kg.weight]]));
    if (kg.docs.length) {
      body.append(el("h3", "", "文件 Documents (" + kg.docs.length + ")"));
      body.append(documentList(kg.docs));
    }
    evidenceSection(body, kg.evidence, kg.evidenceTotal, termsOf(edge.from), null, termsOf(edge.to));
  }

  // ---- start ------------------------------------------------------------------
  buildFilterControls();
  setupSearch();
  byId("panel-close").addEventListener("click", function () {
    network.unselectAll();
    hidePanel();
  });
  network = new vis.Network(byId("network"), { nodes: nodeView, edges: edgeView }, data.options);
  window.network = network;
  network.on("click", function (params) {
    if (params.nodes.length) showNodePanel(params.nodes[0]);
    else if (params.edges.length) showEdgePanel(params.edges[0]);
    else hidePanel();
  });
  applyFilters();
  document.body.dataset.ready = "true";
})();
