package org.db3311.sgc.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.db3311.sgc.core.catalog.ClauseCatalog;
import org.db3311.sgc.core.catalog.NormativeLevel;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Conformance kit")
class ConformanceKitTest {

  private static ReferenceServerProcess server;
  private static final ClauseCatalog CATALOG = ClauseCatalog.standard();

  @BeforeAll
  static void startServer() throws Exception {
    server = ReferenceServerProcess.start();
  }

  @AfterAll
  static void stopServer() {
    if (server != null) {
      server.close();
    }
  }

  @Test
  @DisplayName("the reference server passes the kit's prerequisites and gets a line per clause")
  void reference_server_passes() {
    ConformanceReport report = new ConformanceKit(CATALOG).run(new Deployment(server.base()));

    assertThat(report.prerequisites()).allMatch(CheckResult::passed);
    assertThat(report.passed()).as(report::toMarkdown).isTrue();
    long requirements =
        CATALOG
            .where(
                c ->
                    !c.isRuling()
                        && c.level() != NormativeLevel.HEADING
                        && c.level() != NormativeLevel.INFORMATIVE)
            .size();
    assertThat(report.clauses()).hasSize((int) requirements);
    assertThat(report.toMarkdown()).contains("Overall: PASSED").contains("| 4.1.1 |");
    assertThat(report.clauses())
        .filteredOn(
            c -> List.of("5.1.1.2", "8.1.2", "8.1.3", "8.1.4", "A.1.1", "A.1.2").contains(c.id()))
        .hasSize(6)
        .allMatch(c -> c.status() == ConformanceReport.Status.PASSED);
  }

  @Test
  @DisplayName("a deployment that gets a boundary wrong fails that clause, with the evidence")
  void wrong_assessment_fails_the_clause() throws Exception {
    HttpServer fake = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    fake.createContext("/health", x -> respond(x, "{\"status\":\"UP\",\"checks\":[]}"));
    StringBuilder catalog = new StringBuilder("[");
    for (var c : CATALOG.all()) {
      catalog
          .append(catalog.length() > 1 ? "," : "")
          .append("{\"id\":\"")
          .append(c.id())
          .append("\",\"textZh\":")
          .append(jakarta.json.Json.createValue(c.textZh()))
          .append("}");
    }
    String catalogJson = catalog.append("]").toString();
    fake.createContext("/api/clauses", x -> respond(x, catalogJson));
    // a deployment that finds every center conformant on every clause
    fake.createContext(
        "/api/assessments",
        x -> {
          StringBuilder findings = new StringBuilder("[");
          for (String id : List.of("5.1.1.2", "8.1.2", "8.1.3", "8.1.4", "A.1.1", "A.1.2")) {
            findings
                .append(findings.length() > 1 ? "," : "")
                .append("{\"clause\":\"")
                .append(id)
                .append("\",\"verdict\":\"CONFORMS\"}");
          }
          respond(x, "{\"overall\":\"CONFORMANT\",\"findings\":" + findings + "]}");
        });
    fake.start();
    try {
      URI base = URI.create("http://127.0.0.1:" + fake.getAddress().getPort() + "/");
      ConformanceReport report = new ConformanceKit(CATALOG).run(new Deployment(base));

      assertThat(report.prerequisites()).allMatch(CheckResult::passed);
      assertThat(report.passed()).isFalse();
      assertThat(report.clauses())
          .filteredOn(c -> c.id().equals("5.1.1.2"))
          .singleElement()
          .satisfies(c -> assertThat(c.status()).isEqualTo(ConformanceReport.Status.FAILED));
      assertThat(report.toMarkdown()).contains("| 5.1.1.2 |").contains("FAILED");
    } finally {
      fake.stop(0);
    }
  }

  @Test
  @DisplayName("a deployment serving a tampered catalog fails, and the report says which clause")
  void tampered_catalog_fails() throws Exception {
    HttpServer fake = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    fake.createContext("/health", x -> respond(x, "{\"status\":\"UP\",\"checks\":[]}"));
    fake.createContext(
        "/api/clauses", x -> respond(x, "[{\"id\":\"4.1.1\",\"textZh\":\"应包含一个平台。\"}]"));
    fake.start();
    try {
      URI base = URI.create("http://127.0.0.1:" + fake.getAddress().getPort() + "/");
      ConformanceReport report = new ConformanceKit(CATALOG).run(new Deployment(base));

      assertThat(report.passed()).isFalse();
      CheckResult catalogCheck = report.prerequisites().get(1);
      assertThat(catalogCheck.passed()).isFalse();
      assertThat(catalogCheck.evidence()).contains("text differs: 4.1.1");
      assertThat(catalogCheck.evidence()).anyMatch(e -> e.startsWith("missing: "));
    } finally {
      fake.stop(0);
    }
  }

  @Test
  @DisplayName("an unreachable deployment fails the health prerequisite with the reason")
  void unreachable_deployment_fails() throws Exception {
    int port;
    try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
      port = s.getLocalPort();
    }
    ConformanceReport report =
        new ConformanceKit(CATALOG).run(new Deployment(URI.create("http://127.0.0.1:" + port)));
    assertThat(report.passed()).isFalse();
    assertThat(report.prerequisites().get(0).evidence())
        .anyMatch(e -> e.startsWith("request failed"));
  }

  private static void respond(com.sun.net.httpserver.HttpExchange x, String body)
      throws java.io.IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    x.getResponseHeaders().add("Content-Type", "application/json");
    x.sendResponseHeaders(200, bytes.length);
    try (var out = x.getResponseBody()) {
      out.write(bytes);
    }
  }
}
