package org.db3311.sgc.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.List;
import java.util.Optional;
import org.db3311.sgc.conformance.report.ReportVerifier;
import org.db3311.sgc.conformance.report.ReportWriter;
import org.db3311.sgc.conformance.report.Signing;
import org.db3311.sgc.core.catalog.ClauseCatalog;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("Signed report: the inspector's own key, a pinned key, an added file")
class SigningTest {

  @TempDir Path tmp;

  @Test
  void a_report_signed_with_the_inspectors_key_verifies_only_under_that_key() throws Exception {
    Path keyFile = tmp.resolve("inspector.pem");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    assertThat(
            ConformanceKit.execute(
                new String[] {"keygen", keyFile.toString()},
                new PrintStream(out, true, StandardCharsets.UTF_8),
                System.err))
        .isZero();
    KeyPair key = Signing.readKeyPair(keyFile);
    CheckResult r =
        new CheckResult(
            "x", "x", "intake", List.of("R7"), Verdict.PASS, "", List.of("ok: x"), List.of(), 1);
    ConformanceReport report =
        new ConformanceReport(
            "t", "http://x", "331199", true, "a", "b", List.of(), List.of(r), List.of(), List.of());
    Path dir = tmp.resolve("report");
    ReportWriter.write(
        report,
        CoverageMatrix.of(ClauseCatalog.standard(), KitRun.standardChecks()),
        "张检查",
        dir,
        key);
    String pinned = Signing.encode(key.getPublic());
    assertThat(out.toString(StandardCharsets.UTF_8)).contains(pinned);
    assertThat(ReportVerifier.verify(dir, Optional.of(pinned)).ok()).isTrue();
    assertThat(Files.readString(dir.resolve("manifest.json")))
        .contains(ReportWriter.catalogHash())
        .contains("张检查")
        .contains("evidence/x.txt");

    String other = Signing.encode(Signing.generate().getPublic());
    assertThat(ReportVerifier.verify(dir, Optional.of(other)).ok()).isFalse();

    Files.writeString(dir.resolve("evidence/extra.txt"), "planted");
    assertThat(ReportVerifier.verify(dir, Optional.of(pinned)).problems())
        .contains("not in the manifest: evidence/extra.txt");
  }
}
