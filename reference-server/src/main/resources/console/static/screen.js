// The command big screen's behaviour. The page works without it (the tables carry every figure);
// this scales the 1920×1080 stage to the window, draws the charts from the tables beside them, and
// refreshes the panels (htmx polls /console/screen/panels) unless paused.
(function () {
  "use strict";
  var W = 1920, H = 1080;
  var scale = 1;
  var charts = [];
  var paused = false;
  // only the first drawing is animated: a refresh changes the figures in place, nothing moves
  var animate = true;
  var reduced = window.matchMedia && window.matchMedia("(prefers-reduced-motion: reduce)").matches;

  // the whole stage is scaled, so one layout serves 1920×1080, 3840×2160 and spliced walls alike
  function fit() {
    var stage = document.getElementById("stage");
    if (!stage) return;
    document.documentElement.classList.add("scaled");
    scale = Math.min(window.innerWidth / W, window.innerHeight / H);
    var x = (window.innerWidth - W * scale) / 2, y = (window.innerHeight - H * scale) / 2;
    stage.style.transform = "translate(" + x + "px," + y + "px) scale(" + scale + ")";
  }

  // a chart is drawn from its table: the row headers are the categories, the column headers the
  // series, so the chart can never say anything its table does not
  function tableData(table) {
    var names = [];
    table.querySelectorAll("thead th").forEach(function (th, i) { if (i > 0) names.push(th.textContent.trim()); });
    var categories = [], series = names.map(function (n) { return { name: n, data: [] }; });
    table.querySelectorAll("tbody tr").forEach(function (tr) {
      categories.push(tr.querySelector("th").textContent.trim());
      tr.querySelectorAll("td").forEach(function (td, i) {
        if (i < series.length) series[i].data.push(Number(td.textContent.trim()) || 0);
      });
    });
    return { categories: categories, series: series };
  }

  var INK = "#e8eef7", GRID = "#34557d";

  function option(kind, d, colors) {
    var horizontal = kind === "barh";
    var cat = { type: "category", data: d.categories, axisLabel: { color: INK, fontSize: 13 },
                axisLine: { lineStyle: { color: GRID } } };
    var val = { type: "value", minInterval: 1, axisLabel: { color: INK, fontSize: 13 },
                splitLine: { lineStyle: { color: GRID } } };
    if (horizontal) cat.inverse = true;
    if (kind === "line") cat.axisLabel.formatter = function (v) { return v.substring(5); };
    return {
      animation: animate && !reduced,
      aria: { enabled: false },
      color: ["#64b5f6", "#81c784", "#ffb74d", "#e57373"],
      textStyle: { fontFamily: "Noto Sans CJK SC, sans-serif" },
      legend: { show: d.series.length > 1, top: 0, textStyle: { color: INK, fontSize: 13 } },
      grid: { left: 8, right: 16, top: d.series.length > 1 ? 28 : 10, bottom: 4, containLabel: true },
      tooltip: { trigger: "axis" },
      xAxis: horizontal ? val : cat,
      yAxis: horizontal ? cat : val,
      series: d.series.map(function (s, i) {
        var one = { name: s.name, type: kind === "line" ? "line" : "bar", data: s.data };
        if (kind === "line") one.smooth = false;
        if (colors && d.series.length === 1) {
          one.data = s.data.map(function (v, j) { return { value: v, itemStyle: { color: colors[j % colors.length] } }; });
        }
        return one;
      })
    };
  }

  function draw() {
    charts.forEach(function (c) { c.dispose(); });
    charts = [];
    if (!window.echarts) return;
    document.querySelectorAll("[data-chart]").forEach(function (el) {
      var table = document.getElementById(el.dataset.table);
      if (!table) return;
      // render at the scaled size's pixel density, so a 4K wall gets sharp lines, not a blown-up image
      var chart = window.echarts.init(el, null, { renderer: "canvas",
        devicePixelRatio: (window.devicePixelRatio || 1) * Math.max(scale, 1) });
      chart.setOption(option(el.dataset.chart, tableData(table),
        el.dataset.colors ? el.dataset.colors.split(",") : null));
      el.dataset.drawn = String(chart.getOption().series.length);
      charts.push(chart);
    });
    animate = false;
  }

  function status(text) {
    var s = document.getElementById("screen-status");
    if (s) s.textContent = text;
  }
  // the page's texts in its language come as data-* attributes of the pause button
  function say(name, fallback) {
    var b = document.getElementById("screen-pause");
    return (b && b.dataset && b.dataset[name]) || fallback;
  }

  // htmx asks this before each poll: a paused screen keeps still (WCAG 2.2.2)
  window.sgcScreenLive = function () { return !paused; };

  document.addEventListener("click", function (e) {
    var a = e.target.closest && e.target.closest("[data-action=pause-screen]");
    if (!a) return;
    paused = !paused;
    a.setAttribute("aria-pressed", paused ? "true" : "false");
    a.textContent = paused ? say("resume", "继续更新") : say("pause", "暂停更新");
    status(paused ? say("paused", "已暂停更新") : say("live", "实时更新中"));
  });
  document.addEventListener("htmx:afterSettle", function (e) {
    if (e.target && e.target.id === "screen-panels") {
      draw();
      status(say("updated", "已更新 {0}").replace("{0}", new Date().toLocaleTimeString(document.documentElement.lang || "zh-CN")));
    }
  });
  document.addEventListener("htmx:responseError", function () { status(say("failed", "更新失败，稍后重试")); });
  document.addEventListener("htmx:sendError", function () { status(say("offline", "连接中断，稍后重试")); });

  var resizing;
  window.addEventListener("resize", function () {
    clearTimeout(resizing);
    resizing = setTimeout(function () { fit(); draw(); }, 200);
  });
  function start() { fit(); draw(); }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
