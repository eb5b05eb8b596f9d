package org.db3311.sgc.conformance.report;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.stream.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.db3311.sgc.conformance.CheckResult;
import org.db3311.sgc.conformance.ConformanceReport;
import org.db3311.sgc.conformance.CoverageMatrix;
import org.db3311.sgc.conformance.Exchange;
import org.db3311.sgc.core.catalog.ClauseCatalog;

/**
 * Writes a report directory: {@code report.json}, {@code junit.xml}, {@code report.en.html}, {@code
 * report.zh-CN.html}, {@code coverage.md}, one evidence file per check under {@code evidence/}, and
 * {@code manifest.json} (kit version, catalog hash, target, inspector, time, the SHA-256 of every
 * other file, the public key) with its Ed25519 signature {@code manifest.sig}.
 */
public final class ReportWriter {

  public static final String MANIFEST = "manifest.json";
  public static final String SIGNATURE = "manifest.sig";

  private ReportWriter() {}

  /** SHA-256 of the clause catalog the kit was built with. */
  public static String catalogHash() {
    // through core's API: on the module path core's data files are not visible to the kit
    return Signing.sha256(ClauseCatalog.standardSource());
  }

  public static void write(
      ConformanceReport report, CoverageMatrix matrix, String inspector, Path dir, KeyPair key)
      throws IOException, GeneralSecurityException {
    Files.createDirectories(dir.resolve("evidence"));
    Map<String, byte[]> files = new TreeMap<>();
    files.put("report.json", utf8(json(report)));
    files.put("junit.xml", utf8(Junit.of(report)));
    files.put("report.en.html", utf8(Html.of(report, Html.Lang.EN)));
    files.put("report.zh-CN.html", utf8(Html.of(report, Html.Lang.ZH)));
    files.put("coverage.md", utf8(matrix.toMarkdown()));
    for (CheckResult r : report.all()) {
      files.put("evidence/" + r.id() + ".txt", utf8(evidence(r)));
    }
    JsonArrayBuilder listed = Json.createArrayBuilder();
    for (var e : files.entrySet()) {
      Files.write(dir.resolve(e.getKey()), e.getValue());
      listed.add(
          Json.createObjectBuilder()
              .add("path", e.getKey())
              .add("sha256", Signing.sha256(e.getValue())));
    }
    JsonObject manifest =
        Json.createObjectBuilder()
            .add("kitVersion", report.kitVersion())
            .add("catalogSha256", catalogHash())
            .add("target", report.target())
            .add("county", report.county())
            .add("inspectionTenant", report.tenant())
            .add("inspector", inspector)
            .add("startedAt", report.startedAt())
            .add("finishedAt", report.finishedAt())
            .add("overall", report.overall().name())
            .add("signatureAlgorithm", "Ed25519")
            .add("publicKey", Signing.encode(key.getPublic()))
            .add("publicKeySha256", Signing.fingerprint(key.getPublic()))
            .add("files", listed)
            .build();
    byte[] m = utf8(pretty(manifest));
    Files.write(dir.resolve(MANIFEST), m);
    Files.writeString(dir.resolve(SIGNATURE), Signing.sign(key.getPrivate(), m) + "\n");
  }

  static String evidence(CheckResult r) {
    StringBuilder b = new StringBuilder();
    b.append("check: ").append(r.id()).append(" — ").append(r.check()).append('\n');
    b.append("clauses: ").append(String.join(", ", r.clauses())).append('\n');
    b.append("verdict: ").append(r.verdict()).append('\n');
    if (!r.reason().isEmpty()) {
      b.append("reason: ").append(r.reason()).append('\n');
    }
    b.append('\n');
    r.evidence().forEach(e -> b.append(e).append('\n'));
    b.append("\n# HTTP exchanges (personal data redacted; the bearer token is never recorded)\n\n");
    for (Exchange x : r.exchanges()) {
      b.append(x.toText()).append('\n');
    }
    return b.toString();
  }

  static String json(ConformanceReport r) {
    JsonArrayBuilder checks = Json.createArrayBuilder();
    for (CheckResult c : r.all()) {
      JsonArrayBuilder cl = Json.createArrayBuilder();
      c.clauses().forEach(cl::add);
      JsonArrayBuilder ev = Json.createArrayBuilder();
      c.evidence().forEach(ev::add);
      checks.add(
          Json.createObjectBuilder()
              .add("id", c.id())
              .add("name", c.check())
              .add("suite", c.suite())
              .add("clauses", cl)
              .add("verdict", c.verdict().name())
              .add("reason", c.reason())
              .add("millis", c.millis())
              .add("evidence", ev)
              .add("evidenceFile", "evidence/" + c.id() + ".txt"));
    }
    JsonArrayBuilder clauses = Json.createArrayBuilder();
    for (ConformanceReport.ClauseLine l : r.clauses()) {
      JsonArrayBuilder by = Json.createArrayBuilder();
      l.checks().forEach(by::add);
      JsonObjectBuilder o =
          Json.createObjectBuilder()
              .add("id", l.id())
              .add("level", l.level().name())
              .add("verification", l.verification().name())
              .add("checks", by)
              .add("note", l.note());
      if (l.verdict().isPresent()) {
        o.add("verdict", l.verdict().get().name());
      } else {
        o.addNull("verdict");
      }
      clauses.add(o);
    }
    return pretty(
        Json.createObjectBuilder()
            .add("kitVersion", r.kitVersion())
            .add("target", r.target())
            .add("county", r.county())
            .add("inspectionTenant", r.tenant())
            .add("startedAt", r.startedAt())
            .add("finishedAt", r.finishedAt())
            .add("overall", r.overall().name())
            .add("summary", r.summary())
            .add("checks", checks)
            .add("clauses", clauses)
            .build());
  }

  static String pretty(JsonObject o) {
    StringWriter w = new StringWriter();
    try (var g =
        Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true)).createWriter(w)) {
      g.write(o);
    }
    return w.toString().strip() + "\n";
  }

  static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  static String xml(String s) {
    return s.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }

  static List<CheckResult> nonEmpty(List<CheckResult> l) {
    return l;
  }
}
