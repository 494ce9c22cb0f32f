// The Fusionize dashboard: renders the server's snapshot as SVG and tables, and follows its
// server-sent events. Plain JavaScript and SVG, nothing loaded from elsewhere.
(function () {
  "use strict";

  var SVG = "http://www.w3.org/2000/svg";
  var BOX_WIDTH = 176, BOX_HEADER = 38, TASK_HEIGHT = 24, TASK_GAP = 6, COLUMN_GAP = 92, ROW_GAP = 22;

  function el(name, attributes, parent) {
    var node = document.createElementNS(SVG, name);
    Object.keys(attributes || {}).forEach(function (key) { node.setAttribute(key, attributes[key]); });
    if (parent) { parent.appendChild(node); }
    return node;
  }

  function text(parent, x, y, content, cls, anchor) {
    var node = el("text", { x: x, y: y, "class": cls || "", "text-anchor": anchor || "start" }, parent);
    node.textContent = content;
    return node;
  }

  function clear(node) {
    while (node.firstChild) { node.removeChild(node.firstChild); }
  }

  function fixed(value, digits) {
    return value === null || value === undefined || isNaN(value) ? "–" : Number(value).toFixed(digits);
  }

  function dollars(value) {
    return value === null || value === undefined ? "–" : "$" + Number(value).toFixed(4);
  }

  function millis(value) {
    return value >= 1000 ? (value / 1000).toFixed(value >= 10000 ? 0 : 1) + " s" : value.toFixed(0) + " ms";
  }

  function money(value) {
    return "$" + (value === 0 ? "0" : value.toFixed(value < 0.01 ? 4 : value < 1 ? 3 : 2));
  }

  function percent(value) {
    return (100 * (value || 0)).toFixed(1) + " %";
  }

  function width(svg) {
    return Math.max(svg.getBoundingClientRect().width || 0, 320);
  }

  // ---- setup graph ----

  function layout(setup) {
    var byEntry = {};
    setup.functions.forEach(function (f) { byEntry[f.entry] = f; });
    var incoming = {};
    setup.edges.forEach(function (e) { if (!e.inline && e.toFunction !== e.fromFunction) { incoming[e.toFunction] = true; } });
    var depth = {};
    var queue = setup.functions.filter(function (f) { return !incoming[f.entry]; }).map(function (f) { return f.entry; });
    if (queue.length === 0 && setup.functions.length > 0) { queue = [setup.functions[0].entry]; }
    queue.forEach(function (entry) { depth[entry] = 0; });
    while (queue.length > 0) {
      var current = queue.shift();
      setup.edges.forEach(function (e) {
        if (!e.inline && e.fromFunction === current && byEntry[e.toFunction] && depth[e.toFunction] === undefined) {
          depth[e.toFunction] = depth[current] + 1;
          queue.push(e.toFunction);
        }
      });
    }
    var columns = [];
    setup.functions.forEach(function (f) {
      var d = depth[f.entry] === undefined ? 0 : depth[f.entry];
      (columns[d] = columns[d] || []).push(f);
    });
    var boxes = {}, height = 0;
    columns.forEach(function (column, c) {
      var y = 10;
      (column || []).forEach(function (f) {
        var h = BOX_HEADER + f.tasks.length * (TASK_HEIGHT + TASK_GAP) + 4;
        boxes[f.entry] = { f: f, x: 10 + c * (BOX_WIDTH + COLUMN_GAP), y: y, h: h, tasks: {} };
        f.tasks.forEach(function (task, i) {
          boxes[f.entry].tasks[task] = { x: boxes[f.entry].x + 12, y: y + BOX_HEADER + i * (TASK_HEIGHT + TASK_GAP) };
        });
        y += h + ROW_GAP;
      });
      height = Math.max(height, y);
    });
    return { boxes: boxes, width: 20 + columns.length * (BOX_WIDTH + COLUMN_GAP), height: height };
  }

  function drawGraph(svg, setup) {
    clear(svg);
    if (!setup) { return; }
    var placed = layout(setup);
    svg.setAttribute("viewBox", "0 0 " + Math.max(placed.width, 400) + " " + Math.max(placed.height, 120));
    svg.style.height = Math.min(Math.max(placed.height, 120), 560) + "px";
    var defs = el("defs", {}, svg);
    ["inline", "remote"].forEach(function (kind) {
      var marker = el("marker", { id: "arrow-" + kind, viewBox: "0 0 10 10", refX: "9", refY: "5",
        markerWidth: "7", markerHeight: "7", orient: "auto-start-reverse" }, defs);
      el("path", { d: "M 0 0 L 10 5 L 0 10 z", "class": "arrow-" + kind }, marker);
    });
    var taskWidth = BOX_WIDTH - 24;
    Object.keys(placed.boxes).forEach(function (entry) {
      var box = placed.boxes[entry];
      var group = el("g", { "class": "function", "data-function": entry }, svg);
      el("rect", { x: box.x, y: box.y, width: BOX_WIDTH, height: box.h, rx: 8, "class": "box" }, group);
      text(group, box.x + 10, box.y + 16, box.f.name, "box-title");
      text(group, box.x + 10, box.y + 30, box.f.memoryMb + " MB", "box-memory");
      box.f.tasks.forEach(function (task) {
        var t = box.tasks[task];
        el("rect", { x: t.x, y: t.y, width: taskWidth, height: TASK_HEIGHT, rx: 5,
          "class": task === entry ? "task entry" : "task", "data-task": task }, group);
        text(group, t.x + 8, t.y + 16, task, "task-label");
      });
    });
    var inlineCount = {};
    setup.edges.forEach(function (e) {
      var from = placed.boxes[e.fromFunction];
      if (!from || !from.tasks[e.caller]) { return; }
      var kind = e.inline ? "inline" : "remote";
      var cls = "edge edge-" + kind + (e.sync ? " sync" : " async");
      var start = from.tasks[e.caller];
      var path;
      if (e.inline) {
        var end = from.tasks[e.callee];
        if (!end) { return; }
        var bend = 18 + 10 * (inlineCount[e.fromFunction] = (inlineCount[e.fromFunction] || 0) + 1);
        var x = start.x + taskWidth, y1 = start.y + TASK_HEIGHT / 2, y2 = end.y + TASK_HEIGHT / 2;
        path = "M " + x + " " + y1 + " C " + (x + bend) + " " + y1 + ", " + (x + bend) + " " + y2 + ", " + (x + 2) + " " + y2;
      } else {
        var target = placed.boxes[e.toFunction];
        if (!target) { return; }
        var sx = from.x + BOX_WIDTH, sy = start.y + TASK_HEIGHT / 2;
        var tx = target.x - 2, ty = target.y + BOX_HEADER / 2 + 4;
        var mid = (sx + tx) / 2;
        path = "M " + sx + " " + sy + " C " + mid + " " + sy + ", " + mid + " " + ty + ", " + tx + " " + ty;
        if (target.x <= from.x) {
          path = "M " + sx + " " + sy + " C " + (sx + 60) + " " + sy + ", " + (sx + 60) + " " + (target.y - 20) + ", " + (target.x + BOX_WIDTH / 2) + " " + (target.y - 2);
        }
      }
      var edge = el("path", { d: path, "class": cls, "marker-end": "url(#arrow-" + kind + ")",
        "data-caller": e.caller, "data-callee": e.callee }, svg);
      var title = el("title", {}, edge);
      title.textContent = e.caller + " → " + e.callee + ": " + (e.sync ? "sync" : "async") + ", " + kind;
    });
  }

  // ---- charts ----

  function niceMax(value) {
    if (!(value > 0)) { return 1; }
    var power = Math.pow(10, Math.floor(Math.log10(value)));
    var steps = [1, 2, 2.5, 5, 10];
    for (var i = 0; i < steps.length; i++) {
      if (steps[i] * power >= value) { return steps[i] * power; }
    }
    return 10 * power;
  }

  // series: [{name, color, points: [[x, y]], hollow}]; options: {xLabel, yLabel, yFormat, xLog, xInteger}
  function chart(svg, series, options) {
    clear(svg);
    var w = width(svg), h = svg.getBoundingClientRect().height || 230;
    var m = { left: 64, right: 14, top: 26, bottom: 34 };
    svg.setAttribute("viewBox", "0 0 " + w + " " + h);
    var all = [];
    series.forEach(function (s) { s.points.forEach(function (p) { if (p[1] !== null && isFinite(p[1])) { all.push(p); } }); });
    if (all.length === 0) {
      text(svg, w / 2, h / 2, options.empty || "nothing measured yet", "empty-note", "middle");
      return;
    }
    var xs = all.map(function (p) { return p[0]; });
    var xMin = Math.min.apply(null, xs), xMax = Math.max.apply(null, xs);
    if (options.xLog) { xMin = Math.max(xMin, 0.01); }
    if (xMin === xMax) { xMin = options.xLog ? xMin / 2 : xMin - 1; xMax = options.xLog ? xMax * 2 : xMax + 1; }
    var yMax = niceMax(Math.max.apply(null, all.map(function (p) { return p[1]; })) * 1.05);
    if (options.yMax) { yMax = options.yMax; }
    var px = function (x) {
      var f = options.xLog ? (Math.log(x) - Math.log(xMin)) / (Math.log(xMax) - Math.log(xMin)) : (x - xMin) / (xMax - xMin);
      return m.left + f * (w - m.left - m.right);
    };
    var py = function (y) { return h - m.bottom - (y / yMax) * (h - m.top - m.bottom); };
    var grid = el("g", { "class": "grid" }, svg), axis = el("g", { "class": "axis" }, svg);
    // Five intervals of a nice maximum (1, 2, 2.5, 5 or 10 times a power of ten) are round numbers.
    for (var i = 0; i <= 5; i++) {
      var value = yMax * i / 5;
      el("line", { x1: m.left, x2: w - m.right, y1: py(value), y2: py(value) }, grid);
      text(axis, m.left - 6, py(value) + 4, options.yFormat ? options.yFormat(value) : fixed(value, 0), "", "end");
    }
    el("line", { x1: m.left, x2: w - m.right, y1: h - m.bottom, y2: h - m.bottom }, axis);
    xTicks(xMin, xMax, options).forEach(function (x) {
      text(axis, px(x), h - m.bottom + 15, options.xFormat ? options.xFormat(x) : String(x), "", "middle");
    });
    text(svg, m.left + (w - m.left - m.right) / 2, h - 4, options.xLabel || "", "axis-label", "middle");
    var legend = el("g", { "class": "chart-legend" }, svg), lx = m.left;
    series.forEach(function (s) {
      var points = s.points.filter(function (p) { return p[1] !== null && isFinite(p[1]); });
      if (points.length === 0) { return; }
      if (!s.hollow && points.length > 1) {
        el("polyline", { "class": "series", stroke: s.color, points: points.map(function (p) { return px(p[0]) + "," + py(p[1]); }).join(" ") }, svg);
      }
      if (!s.line) {
        points.forEach(function (p) {
          var dot = el("circle", { cx: px(p[0]), cy: py(p[1]), r: s.hollow ? 4.5 : 4, "class": s.hollow ? "point forecast" : "point",
            fill: s.hollow ? "#fff" : s.color, stroke: s.hollow ? s.color : "#fff" }, svg);
          var title = el("title", {}, dot);
          title.textContent = s.name + ": " + (options.yFormat ? options.yFormat(p[1]) : fixed(p[1], 1)) + (p[2] ? " — " + p[2] : "");
        });
      }
      el("rect", { x: lx, y: 8, width: 10, height: 10, rx: 2, fill: s.color }, legend);
      text(legend, lx + 14, 17, s.name);
      lx += 24 + s.name.length * 6.4;
    });
  }

  function xTicks(xMin, xMax, options) {
    var ticks = [];
    if (options.xLog) {
      for (var p = Math.floor(Math.log10(xMin)); p <= Math.ceil(Math.log10(xMax)); p++) {
        [1, 2, 5].forEach(function (k) { var v = k * Math.pow(10, p); if (v >= xMin && v <= xMax) { ticks.push(v); } });
      }
      return ticks;
    }
    if (options.xInteger) {
      var step = Math.max(1, Math.ceil((xMax - xMin) / 10));
      for (var x = Math.ceil(xMin); x <= xMax; x += step) { ticks.push(x); }
      return ticks;
    }
    for (var i = 0; i <= 4; i++) { ticks.push(Math.round(xMin + (xMax - xMin) * i / 4)); }
    return ticks;
  }

  function roundCharts(rounds) {
    var measured = rounds.filter(function (r) { return r.p50Ms !== null; });
    var label = function (r) { return "v" + r.version + " " + r.setup; };
    chart(document.getElementById("latency-chart"), [
      { name: "p50", color: "#2f6fde", points: measured.map(function (r) { return [r.round, r.p50Ms, label(r)]; }) },
      { name: "p95", color: "#8a4fd8", points: measured.map(function (r) { return [r.round, r.p95Ms, label(r)]; }) },
      { name: "forecast root p50", color: "#c2410c", hollow: true,
        points: rounds.filter(function (r) { return r.forecastP50Ms !== null; }).map(function (r) { return [r.round, r.forecastP50Ms, label(r)]; }) }
    ], { xLabel: "round", xInteger: true, yFormat: millis });
    chart(document.getElementById("cost-chart"), [
      { name: "measured", color: "#0f8b8d", points: rounds.filter(function (r) { return r.costPer1kUsd !== null; }).map(function (r) { return [r.round, r.costPer1kUsd, label(r)]; }) },
      { name: "forecast", color: "#c2410c", hollow: true,
        points: rounds.filter(function (r) { return r.forecastCostPer1kUsd !== null; }).map(function (r) { return [r.round, r.forecastCostPer1kUsd, label(r)]; }) }
    ], { xLabel: "round", xInteger: true, yFormat: money });
  }

  // ---- tables ----

  function cell(row, content, cls) {
    var td = document.createElement("td");
    if (cls) { td.className = cls; }
    if (content instanceof Node) { td.appendChild(content); } else { td.textContent = content; }
    row.appendChild(td);
    return td;
  }

  function roundsTable(rounds) {
    var body = document.querySelector("#rounds tbody");
    body.textContent = "";
    rounds.slice().reverse().forEach(function (r) {
      var tr = document.createElement("tr");
      tr.setAttribute("data-round", r.round);
      cell(tr, String(r.round), "num");
      cell(tr, "v" + r.version + ": " + r.setup, "mono");
      var decision = document.createElement("span");
      if (r.kind) {
        var kind = document.createElement("span");
        kind.className = "kind " + r.kind;
        kind.textContent = r.kind.toLowerCase();
        decision.appendChild(kind);
      }
      decision.appendChild(document.createTextNode(r.decision || "measuring…"));
      cell(tr, decision);
      var list = document.createElement("ul");
      list.className = "diff";
      (r.diff || []).forEach(function (change) { var li = document.createElement("li"); li.textContent = change; list.appendChild(li); });
      cell(tr, list);
      cell(tr, fixed(r.p50Ms, 1) + " / " + fixed(r.p95Ms, 1), "num");
      cell(tr, dollars(r.costPer1kUsd), "num");
      cell(tr, r.forecastP50Ms === null ? "–" : fixed(r.forecastP50Ms, 1) + " / " + dollars(r.forecastCostPer1kUsd)
        + " (measured root " + fixed(r.measuredRootP50Ms, 1) + ")", "num");
      cell(tr, String(r.samples), "num");
      body.appendChild(tr);
    });
    document.getElementById("rounds-empty").hidden = rounds.length > 0;
  }

  function live(figures) {
    document.getElementById("live-window").textContent = "last " + figures.windowSeconds + " s";
    document.getElementById("live-rps").textContent = fixed(figures.requestsPerSecond, 1);
    document.getElementById("live-errors").textContent = percent(figures.errorRatio);
    document.getElementById("live-cold").textContent = String(figures.coldStarts);
    document.getElementById("live-cold-label").textContent = "cold starts (" + figures.coldStartsTotal + " since start)";
    document.getElementById("live-oversubscribed").textContent = percent(figures.oversubscribedRatio);
    var body = document.querySelector("#instances tbody");
    body.textContent = "";
    figures.functions.forEach(function (f) {
      var tr = document.createElement("tr");
      cell(tr, f.function, "mono");
      cell(tr, f.live === null ? "?" : String(f.live), "num");
      cell(tr, fixed(f.busy, 2), "num");
      cell(tr, f.live === null ? "?" : fixed(Math.max(0, f.live - f.busy), 2), "num");
      body.appendChild(tr);
    });
    sparkline(document.getElementById("live-history"), figures.requestsHistory);
  }

  function sparkline(svg, points) {
    clear(svg);
    var w = width(svg), h = 60;
    svg.setAttribute("viewBox", "0 0 " + w + " " + h);
    if (!points || points.length < 2) { return; }
    var max = Math.max(1, Math.max.apply(null, points.map(function (p) { return p[1]; })));
    var x0 = points[0][0], x1 = points[points.length - 1][0];
    var coords = points.map(function (p) {
      return (4 + (p[0] - x0) / (x1 - x0 || 1) * (w - 8)) + "," + (h - 14 - p[1] / max * (h - 22));
    });
    el("polyline", { "class": "series", stroke: "#2f6fde", points: coords.join(" ") }, svg);
    text(svg, 4, h - 2, "requests/s, last 2 min (peak " + max + ")", "axis-label");
  }

  function pareto(snapshot) {
    var card = document.getElementById("pareto-card");
    card.hidden = snapshot.pareto.length === 0;
    if (card.hidden) { return; }
    chart(document.getElementById("pareto-chart"), [
      { name: "untried (forecast)", color: "#c2410c", hollow: true,
        points: snapshot.pareto.map(function (p) { return [p.p50Ms, p.costPer1kUsd, p.setup]; }) },
      { name: "measured rounds", color: "#0f8b8d", points: snapshot.rounds.filter(function (r) { return r.measuredRootP50Ms !== null && r.costPer1kUsd !== null; })
        .map(function (r) { return [r.measuredRootP50Ms, r.costPer1kUsd, "v" + r.version]; }).sort(function (a, b) { return a[0] - b[0]; }) }
    ], { xLabel: "root p50 (ms)", yFormat: money });
  }

  var COLORS = { "all-remote": "#d9730d", "optimized": "#1f9d55", "all-local": "#2f6fde" };

  function compared(rows) {
    var card = document.getElementById("compared-card");
    card.hidden = rows.length === 0;
    if (card.hidden) { return; }
    var body = document.querySelector("#compared tbody");
    body.textContent = "";
    rows.forEach(function (r) {
      var tr = document.createElement("tr");
      cell(tr, r.name);
      cell(tr, String(r.block), "num");
      cell(tr, r.requests + (r.failed ? " (" + r.failed + " failed)" : ""), "num");
      cell(tr, fixed(r.p50Ms, 1), "num");
      cell(tr, fixed(r.p95Ms, 1), "num");
      cell(tr, dollars(r.costPer1kUsd), "num");
      body.appendChild(tr);
    });
    chart(document.getElementById("cdf-chart"), rows.filter(function (r) { return r.cdf.length > 0; }).map(function (r) {
      return { name: r.name + " #" + r.block, color: COLORS[r.name] || "#666", line: true, points: r.cdf.map(function (p) { return [p[0], p[1]]; }) };
    }), { xLabel: "latency (ms, log scale)", xLog: true, yMax: 1, xFormat: function (v) { return String(v); },
      yFormat: function (v) { return Math.round(v * 100) + " %"; }, empty: "no block measured yet" });
  }

  // ---- snapshot ----

  function render(snapshot) {
    document.getElementById("title").textContent = snapshot.application + " · " + snapshot.mode + " · optimizer " + snapshot.optimizer;
    document.getElementById("status").textContent = snapshot.status;
    document.body.setAttribute("data-revision", snapshot.revision);
    if (snapshot.setup) {
      document.getElementById("setup-version").textContent = "v" + snapshot.setup.version;
      document.getElementById("setup-text").textContent = snapshot.setup.text;
    }
    drawGraph(document.getElementById("setup-graph"), snapshot.setup);
    roundCharts(snapshot.rounds);
    roundsTable(snapshot.rounds);
    live(snapshot.live);
    pareto(snapshot);
    compared(snapshot.compared);
  }

  var last = null;
  function accept(json) {
    try {
      last = JSON.parse(json);
      render(last);
    } catch (e) {
      document.getElementById("status").textContent = "cannot show the snapshot: " + e;
    }
  }

  fetch("/api/snapshot").then(function (r) { return r.text(); }).then(accept);
  var events = new EventSource("/events");
  var connection = document.getElementById("connection");
  events.addEventListener("snapshot", function (e) { connection.className = "connection live"; accept(e.data); });
  events.onerror = function () { connection.className = "connection"; };
  window.addEventListener("resize", function () { if (last) { render(last); } });
})();
