// The console's own behaviour; every page works without it (plain forms), this only helps.
(function () {
  "use strict";
  // GB 11643-1999 check digit of an 18-character citizen identity number
  var W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  var C = "10X98765432";
  // the page's texts in its language come as data-* attributes of the element they belong to
  function text(el, name, fallback) {
    return (el && el.dataset && el.dataset[name]) || fallback;
  }
  function residentIdProblem(input, v) {
    if (v === "") return null;
    if (!/^\d{17}[\dXx]$/.test(v)) {
      return v.length < 18 ? text(input, "short", "还需 {0} 位").replace("{0}", 18 - v.length)
        : text(input, "form", "应为 17 位数字加 1 位数字或 X");
    }
    var sum = 0;
    for (var i = 0; i < 17; i++) sum += W[i] * (v.charCodeAt(i) - 48);
    return C.charAt(sum % 11) === v.charAt(17).toUpperCase() ? "" : text(input, "checkDigit", "校验位不符，请核对");
  }
  function checkId(input) {
    var status = document.getElementById(input.id + "-status");
    var p = residentIdProblem(input, input.value.trim());
    if (p === null || p === "") input.removeAttribute("aria-invalid"); else input.setAttribute("aria-invalid", "true");
    if (status) {
      status.textContent = p === null ? "" : p === "" ? text(input, "valid", "号码有效") : p;
      status.className = "field-status" + (p === "" ? " ok" : "");
    }
  }
  document.addEventListener("input", function (e) {
    if (e.target.matches && e.target.matches("[data-check=resident-id]")) checkId(e.target);
  });
  document.addEventListener("click", function (e) {
    var a = e.target.closest && e.target.closest("[data-action]");
    if (!a) return;
    if (a.dataset.action === "print") window.print();
    if (a.dataset.action === "pause-board") {
      var paused = a.getAttribute("aria-pressed") !== "true";
      a.setAttribute("aria-pressed", paused ? "true" : "false");
      a.textContent = paused ? text(a, "resume", "继续更新") : text(a, "pause", "暂停更新");
      status(paused ? text(a, "paused", "已暂停更新") : text(a, "live", "实时更新中"));
    }
  });
  function paused() {
    var b = document.getElementById("board-pause");
    return b && b.getAttribute("aria-pressed") === "true";
  }
  function status(message) {
    var s = document.getElementById("board-status");
    if (s) s.textContent = message;
  }
  function boardText(name, fallback) {
    return text(document.getElementById("board-pause"), name, fallback);
  }
  // a paused board keeps its content still (WCAG 2.2.2); the stream stays open
  document.addEventListener("htmx:sseBeforeMessage", function (e) {
    if (paused()) e.preventDefault();
  });
  document.addEventListener("htmx:sseMessage", function () {
    if (!paused()) status(boardText("updated", "已更新") + " " + new Date().toLocaleTimeString(document.documentElement.lang || "zh-CN"));
  });
  document.addEventListener("htmx:sseError", function () {
    status(boardText("lost", "连接中断，正在重新连接…"));
  });
  document.addEventListener("htmx:sseOpen", function () {
    if (!paused()) status(boardText("live", "实时更新中"));
  });
  // a boosted form of the matter page swaps the page in place; its message (or main) takes the
  // focus, where a full page load would have started reading
  document.addEventListener("htmx:afterSettle", function (e) {
    if (!e.detail || !e.detail.boosted) return;
    var m = document.getElementById("form-message") || document.getElementById("message") ||
      document.getElementById("main");
    if (!m) return;
    if (!m.hasAttribute("tabindex")) m.setAttribute("tabindex", "-1");
    m.focus();
  });
})();
