package org.db3311.sgc.conformance.report;

import static org.db3311.sgc.conformance.report.ReportWriter.xml;

import java.util.Map;
import org.db3311.sgc.conformance.CheckResult;
import org.db3311.sgc.conformance.ConformanceReport;
import org.db3311.sgc.conformance.Verdict;

/** The report as a self-contained HTML page, in English or Chinese (zh-CN). */
final class Html {
  private Html() {}

  enum Lang {
    EN,
    ZH
  }

  private static final Map<String, String> ZH =
      Map.ofEntries(
          Map.entry("title", "DB3311 县级社会治理中心 合规检查报告"),
          Map.entry("target", "被检系统"),
          Map.entry("county", "检查所用县（区）"),
          Map.entry("tenant", "检查租户"),
          Map.entry("time", "检查时间"),
          Map.entry("kit", "检查工具版本"),
          Map.entry("overall", "总体结论"),
          Map.entry("checks", "检查项"),
          Map.entry("clauses", "条款"),
          Map.entry("clause", "条款"),
          Map.entry("level", "要求等级"),
          Map.entry("verdict", "结论"),
          Map.entry("by", "检查项 / 说明"),
          Map.entry("check", "检查项"),
          Map.entry("reason", "原因"),
          Map.entry("evidence", "证据"),
          Map.entry("yes", "是"),
          Map.entry("no", "否"),
          Map.entry("CONFORMANT", "符合"),
          Map.entry("CONFORMANT_WITH_OBSERVATIONS", "符合（有观察项）"),
          Map.entry("NON_CONFORMANT", "不符合"),
          Map.entry("INCOMPLETE", "未完成（有无法验证的条款）"),
          Map.entry("PASS", "通过"),
          Map.entry("FAIL", "不通过"),
          Map.entry("SKIP", "未能验证"),
          Map.entry("OMIT", "不适用"),
          Map.entry("ERROR", "工具错误"),
          Map.entry("WARNING", "警告"),
          Map.entry("NONE", "本次未验证"));

  private static final Map<String, String> EN =
      Map.ofEntries(
          Map.entry("title", "DB3311 county social governance center — conformance report"),
          Map.entry("target", "Deployment"),
          Map.entry("county", "County used"),
          Map.entry("tenant", "Inspection tenant"),
          Map.entry("time", "Time"),
          Map.entry("kit", "Kit version"),
          Map.entry("overall", "Overall"),
          Map.entry("checks", "Checks"),
          Map.entry("clauses", "Clauses"),
          Map.entry("clause", "Clause"),
          Map.entry("level", "Level"),
          Map.entry("verdict", "Verdict"),
          Map.entry("by", "Checks / note"),
          Map.entry("check", "Check"),
          Map.entry("reason", "Reason"),
          Map.entry("evidence", "Evidence"),
          Map.entry("yes", "yes"),
          Map.entry("no", "no"),
          Map.entry("CONFORMANT", "conformant"),
          Map.entry("CONFORMANT_WITH_OBSERVATIONS", "conformant with observations"),
          Map.entry("NON_CONFORMANT", "non-conformant"),
          Map.entry("INCOMPLETE", "incomplete (clauses could not be verified)"),
          Map.entry("NONE", "not verified in this run"));

  static String of(ConformanceReport r, Lang lang) {
    Map<String, String> t = lang == Lang.ZH ? ZH : EN;
    java.util.function.Function<String, String> tr = k -> t.getOrDefault(k, k);
    StringBuilder b = new StringBuilder("<!DOCTYPE html>\n<html lang=\"");
    b.append(lang == Lang.ZH ? "zh-CN" : "en").append("\"><head><meta charset=\"UTF-8\"><title>");
    b.append(xml(tr.apply("title"))).append("</title><style>");
    b.append(
        "body{font-family:sans-serif;margin:2em}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:4px 8px;vertical-align:top}"
            + ".PASS{color:#070}.FAIL{color:#b00;font-weight:bold}.SKIP,.ERROR{color:#a60;font-weight:bold}.WARNING{color:#a60}.OMIT{color:#777}");
    b.append("</style></head><body>\n<h1>").append(xml(tr.apply("title"))).append("</h1>\n<table>");
    row(b, tr.apply("target"), r.target());
    row(b, tr.apply("county"), r.county());
    row(b, tr.apply("tenant"), tr.apply(r.tenant() ? "yes" : "no"));
    row(b, tr.apply("time"), r.startedAt() + " — " + r.finishedAt());
    row(b, tr.apply("kit"), r.kitVersion());
    row(b, tr.apply("overall"), tr.apply(r.overall().name()));
    b.append("</table>\n<p>").append(xml(r.summary())).append("</p>\n");
    b.append("<h2>")
        .append(xml(tr.apply("checks")))
        .append("</h2>\n<table><tr><th>")
        .append(xml(tr.apply("check")))
        .append("</th><th>")
        .append(xml(tr.apply("clauses")))
        .append("</th><th>")
        .append(xml(tr.apply("verdict")))
        .append("</th><th>")
        .append(xml(tr.apply("reason")))
        .append("</th><th>")
        .append(xml(tr.apply("evidence")))
        .append("</th></tr>\n");
    for (CheckResult c : r.all()) {
      b.append("<tr><td>")
          .append(xml(c.id()))
          .append("<br><small>")
          .append(xml(c.check()))
          .append("</small></td><td>")
          .append(xml(String.join(", ", c.clauses())))
          .append("</td><td class=\"")
          .append(c.verdict())
          .append("\">")
          .append(xml(tr.apply(c.verdict().name())))
          .append("</td><td>")
          .append(xml(c.reason()))
          .append("</td><td><a href=\"evidence/")
          .append(xml(c.id()))
          .append(".txt\">")
          .append(xml(tr.apply("evidence")))
          .append("</a></td></tr>\n");
    }
    b.append("</table>\n<h2>")
        .append(xml(tr.apply("clauses")))
        .append("</h2>\n<table><tr><th>")
        .append(xml(tr.apply("clause")))
        .append("</th><th>")
        .append(xml(tr.apply("level")))
        .append("</th><th>")
        .append(xml(tr.apply("verdict")))
        .append("</th><th>")
        .append(xml(tr.apply("by")))
        .append("</th></tr>\n");
    for (ConformanceReport.ClauseLine l : r.clauses()) {
      String v = l.verdict().map(Verdict::name).orElse("NONE");
      b.append("<tr><td>")
          .append(xml(l.id()))
          .append("</td><td>")
          .append(l.level())
          .append("</td><td class=\"")
          .append(v)
          .append("\">")
          .append(xml(tr.apply(v)))
          .append("</td><td>")
          .append(xml(l.checks().isEmpty() ? l.note() : String.join(", ", l.checks())))
          .append("</td></tr>\n");
    }
    return b.append("</table>\n</body></html>\n").toString();
  }

  private static void row(StringBuilder b, String k, String v) {
    b.append("<tr><th>").append(xml(k)).append("</th><td>").append(xml(v)).append("</td></tr>");
  }
}
