package org.db3311.sgc.conformance.report;

import static org.db3311.sgc.conformance.report.ReportWriter.xml;

import java.util.List;
import org.db3311.sgc.conformance.CheckResult;
import org.db3311.sgc.conformance.ConformanceReport;
import org.db3311.sgc.conformance.Verdict;

/** The report as JUnit XML, one test suite per kit suite, so a CI server shows it natively. */
final class Junit {
  private Junit() {}

  static String of(ConformanceReport r) {
    StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    List<CheckResult> all = r.all();
    b.append("<testsuites name=\"DB3311 conformance\" tests=\"").append(all.size()).append("\">\n");
    for (String suite : all.stream().map(CheckResult::suite).distinct().toList()) {
      List<CheckResult> in = all.stream().filter(c -> c.suite().equals(suite)).toList();
      long failures = in.stream().filter(c -> c.verdict() == Verdict.FAIL).count();
      long errors = in.stream().filter(c -> c.verdict() == Verdict.ERROR).count();
      long skipped =
          in.stream()
              .filter(c -> c.verdict() == Verdict.SKIP || c.verdict() == Verdict.OMIT)
              .count();
      double secs = in.stream().mapToLong(CheckResult::millis).sum() / 1000.0;
      b.append(
          "  <testsuite name=\"%s\" tests=\"%d\" failures=\"%d\" errors=\"%d\" skipped=\"%d\" time=\"%.3f\">\n"
              .formatted(xml(suite), in.size(), failures, errors, skipped, secs));
      for (CheckResult c : in) {
        b.append(
            "    <testcase classname=\"%s\" name=\"%s\" time=\"%.3f\">\n"
                .formatted(
                    xml(suite),
                    xml(c.id() + " [" + String.join(", ", c.clauses()) + "]"),
                    c.millis() / 1000.0));
        switch (c.verdict()) {
          case FAIL ->
              b.append("      <failure message=\"").append(xml(c.reason())).append("\"/>\n");
          case ERROR ->
              b.append("      <error message=\"").append(xml(c.reason())).append("\"/>\n");
          case SKIP, OMIT ->
              b.append("      <skipped message=\"")
                  .append(c.verdict())
                  .append(": ")
                  .append(xml(c.reason()))
                  .append("\"/>\n");
          default -> {}
        }
        b.append("      <system-out>")
            .append(xml(String.join("\n", c.evidence())))
            .append("</system-out>\n");
        b.append("    </testcase>\n");
      }
      b.append("  </testsuite>\n");
    }
    return b.append("</testsuites>\n").toString();
  }
}
