package org.db3311.sgc.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.db3311.sgc.conformance.report.ReportVerifier;
import org.db3311.sgc.core.catalog.ClauseCatalog;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Conformance kit against the reference server (in-process)")
class ReferenceServerConformanceTest {

  static InProcessServer server;

  @BeforeAll
  static void start() {
    server = InProcessServer.start("reference", null);
  }

  @AfterAll
  static void stop() {
    if (server != null) {
      server.close();
    }
  }

  @Test
  @DisplayName("the reference server passes every check: no false failure")
  void reference_server_passes() {
    List<String> progress = new ArrayList<>();
    ConformanceReport report =
        new KitRun(ClauseCatalog.standard()).run(server.options(), progress::add);
    String failures =
        report.all().stream()
            .filter(r -> !r.passed() && r.verdict() != Verdict.OMIT)
            .map(
                r ->
                    r.id()
                        + " "
                        + r.verdict()
                        + ": "
                        + r.reason()
                        + "\n"
                        + String.join("\n", r.evidence()))
            .reduce("", (a, b) -> a + "\n" + b);
    assertThat(report.passed()).as(failures).isTrue();
    assertThat(report.overall()).isEqualTo(ConformanceReport.Overall.CONFORMANT);
    assertThat(report.clausesWith(Verdict.PASS))
        .contains(
            "6.1.1.1",
            "R7",
            "6.1.1.2.2",
            "6.2.1.3",
            "R9",
            "6.2.1.1.1",
            "6.2.1.4.1",
            "A.1.1",
            "R10",
            "8.2.4");
    assertThat(progress)
        .anyMatch(l -> l.startsWith("PASS") && l.contains("intake-one-time-notice"))
        .anyMatch(l -> l.startsWith("PASS") && l.contains("deadline-across-spring-festival"))
        .anyMatch(l -> l.startsWith("PASS") && l.contains("deadline-across-year-boundary"));
  }

  @Test
  @DisplayName(
      "the command line writes a signed report that verifies offline, and a changed file fails")
  void command_line_report_verifies() throws Exception {
    Path dir = Path.of("target/kit-report-" + System.nanoTime());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PrintStream ps = new PrintStream(out, true, StandardCharsets.UTF_8);
    int code =
        ConformanceKit.execute(
            new String[] {
              "run",
              "--target",
              server.base.toString(),
              "--token",
              server.token(),
              "--no-tenant",
              "--county",
              InProcessServer.COUNTY,
              "--suites",
              "intake,security",
              "--report",
              dir.toString(),
              "--inspector",
              "张检查"
            },
            ps,
            ps);
    String console = out.toString(StandardCharsets.UTF_8);
    assertThat(code).as(console).isEqualTo(3); // suites outside the selection: clauses not verified
    assertThat(console).contains("PASS    intake-one-time-notice");
    for (String f :
        List.of(
            "report.json",
            "junit.xml",
            "report.en.html",
            "report.zh-CN.html",
            "manifest.json",
            "manifest.sig",
            "coverage.md",
            "evidence/intake-one-time-notice.txt")) {
      assertThat(dir.resolve(f)).isRegularFile();
    }
    String evidence = Files.readString(dir.resolve("evidence/intake-one-time-notice.txt"));
    assertThat(evidence)
        .contains("POST /api/v1/matters")
        .doesNotContain("11010519491231002X")
        .doesNotContain("13800000000")
        .doesNotContain("检查员甲")
        .doesNotContain(server.token());
    assertThat(Files.readString(dir.resolve("report.zh-CN.html")))
        .contains("合规检查报告")
        .contains("通过");
    assertThat(Files.readString(dir.resolve("junit.xml"))).contains("<testsuite name=\"intake\"");
    assertThat(ReportVerifier.verify(dir, java.util.Optional.empty()).ok()).isTrue();
    assertThat(ConformanceKit.execute(new String[] {"verify", dir.toString()}, ps, ps)).isZero();

    Files.writeString(dir.resolve("report.json"), "{\"overall\":\"CONFORMANT\"}");
    ReportVerifier.Result tampered = ReportVerifier.verify(dir, java.util.Optional.empty());
    assertThat(tampered.problems()).contains("changed: report.json");
    assertThat(ConformanceKit.execute(new String[] {"verify", dir.toString()}, ps, ps))
        .isEqualTo(1);
  }

  @Test
  @DisplayName("--plan lists the writes without sending anything; --read-only skips every writer")
  void plan_and_read_only() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PrintStream ps = new PrintStream(out, true, StandardCharsets.UTF_8);
    int code =
        ConformanceKit.execute(
            new String[] {"run", "--target", "http://127.0.0.1:9/", "--plan"}, ps, ps);
    assertThat(code).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8))
        .contains("intake-one-time-notice:")
        .contains("POST /api/v1/matters")
        .contains("assessment-floor-area: reads only");

    KitRun.Options o = server.options();
    ConformanceReport report =
        new KitRun(ClauseCatalog.standard())
            .run(
                new KitRun.Options(
                    o.target(),
                    o.token(),
                    o.suites(),
                    true,
                    o.useTenant(),
                    o.county(),
                    o.otherCounty(),
                    o.inspector()),
                l -> {});
    assertThat(report.checks())
        .filteredOn(c -> c.id().equals("intake-one-time-notice"))
        .singleElement()
        .satisfies(c -> assertThat(c.verdict()).isEqualTo(Verdict.SKIP));
    assertThat(report.checks())
        .filteredOn(c -> c.id().equals("assessment-floor-area"))
        .singleElement()
        .satisfies(c -> assertThat(c.verdict()).isEqualTo(Verdict.PASS));
    assertThat(report.overall()).isEqualTo(ConformanceReport.Overall.INCOMPLETE);
    assertThat(report.housekeeping()).isEmpty();
  }
}
