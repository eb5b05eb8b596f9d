package org.db3311.sgc.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.db3311.sgc.core.catalog.Clause;
import org.db3311.sgc.core.catalog.ClauseCatalog;
import org.db3311.sgc.core.catalog.ClauseId;
import org.db3311.sgc.core.catalog.Implements;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The build's gate on the kit's coverage: every software-verifiable SHALL clause and ruling has a
 * check, or stands on the reviewed not-yet-covered list — which can only shrink.
 */
@DisplayName("Conformance kit coverage gate")
class CoverageGateTest {

  /**
   * How many clauses the reviewed list may hold. Lower it when a check covers one; never raise it
   * (a new software-verifiable clause gets a check, not a list entry).
   */
  static final int NOT_YET_COVERED_AT_MOST = 0;

  static final ClauseCatalog CATALOG = ClauseCatalog.standard();
  static final CoverageMatrix MATRIX = CoverageMatrix.of(CATALOG, KitRun.standardChecks());

  @Test
  @DisplayName("every software-verifiable SHALL clause and ruling has a check or a reviewed reason")
  void no_clause_uncovered() throws Exception {
    assertThat(MATRIX.with(CoverageMatrix.Coverage.UNCOVERED))
        .as("add a check, or (reviewed) a line in " + CoverageMatrix.NOT_YET_COVERED)
        .isEmpty();
    Files.createDirectories(Path.of("target"));
    Files.writeString(
        Path.of("target/conformance-coverage.md"), MATRIX.toMarkdown(), StandardCharsets.UTF_8);
  }

  @Test
  @DisplayName("the not-yet-covered list only shrinks: no stale entry, no growth")
  void list_only_shrinks() {
    Map<String, String> listed = CoverageMatrix.notYetCovered();
    assertThat(listed.size()).isLessThanOrEqualTo(NOT_YET_COVERED_AT_MOST);
    for (var e : listed.entrySet()) {
      Clause c = CATALOG.find(ClauseId.of(e.getKey())).orElse(null);
      assertThat(c).as("%s names no clause of the catalog", e.getKey()).isNotNull();
      assertThat(CoverageMatrix.requiresCheck(c))
          .as("%s needs no check (not a software-verifiable SHALL)", e.getKey())
          .isTrue();
      assertThat(e.getValue()).as("%s: the reason", e.getKey()).isNotBlank();
      assertThat(KitRun.standardChecks().stream().noneMatch(k -> k.clauses().contains(e.getKey())))
          .as("%s has a check now: remove it from the list and lower the pin", e.getKey())
          .isTrue();
    }
  }

  @Test
  @DisplayName("checks declare only catalog clauses, and their @Implements agree")
  void checks_declare_catalog_clauses() {
    for (ConformanceCheck c : KitRun.standardChecks()) {
      assertThat(c.id()).matches("[a-z0-9-]+");
      for (String id : c.clauses()) {
        assertThat(CATALOG.find(ClauseId.of(id))).as(c.id() + " names " + id).isPresent();
      }
      Implements impl = c.getClass().getAnnotation(Implements.class);
      if (impl != null) {
        assertThat(c.clauses()).containsExactlyInAnyOrder(impl.value());
      }
    }
    assertThat(KitRun.standardChecks().stream().map(ConformanceCheck::id).distinct().count())
        .isEqualTo(KitRun.standardChecks().size());
  }

  @Test
  @DisplayName("attestation and organisational clauses are shown outside software with the reason")
  void outside_software_rows_have_reasons() {
    assertThat(MATRIX.with(CoverageMatrix.Coverage.OUTSIDE_SOFTWARE))
        .isNotEmpty()
        .allSatisfy(r -> assertThat(r.reason()).containsAnyOf("attestation", "organisational"));
    assertThat(MATRIX.toMarkdown()).contains("| 6.1.1.1 |").contains("intake-one-time-notice");
  }
}
