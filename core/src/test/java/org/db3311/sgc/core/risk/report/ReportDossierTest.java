package org.db3311.sgc.core.risk.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.db3311.sgc.core.catalog.Implements;
import org.db3311.sgc.core.common.Actor;
import org.db3311.sgc.core.common.UnitId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@Implements({"6.4.1.2", "6.4.1.3"})
@DisplayName(
    "6.4.1 reports are drafted by the system and signed off by a person, every version kept")
class ReportDossierTest {

  static final Instant T = Instant.parse("2025-04-01T01:00:00Z");
  static final Actor ANALYST = Actor.of("s-50", "研判员 吴");

  static Report monthly(List<Measure> measures) {
    return new Report(
        ReportKind.MONTHLY,
        "2025-03",
        "月报",
        T,
        List.of(Section.text("概况", "…")),
        measures,
        List.of());
  }

  @Test
  @DisplayName("versions are numbered from the system's draft; a revision keeps kind and subject")
  void versions() {
    ReportDossier d = new ReportDossier(ReportDossierId.of("MR-2025-03"), monthly(List.of()), T);
    Measure m = new Measure("排查", UnitId.of("u"), LocalDate.of(2025, 4, 30), "finding");

    d.revise(monthly(List.of(m)), ANALYST, T.plusSeconds(60));

    assertThat(d.versions()).extracting(ReportVersion::number).containsExactly(1, 2);
    assertThat(d.versions()).extracting(ReportVersion::bySystem).containsExactly(true, false);
    Report weekly =
        new Report(
            ReportKind.WEEKLY,
            "2025-03",
            "周报",
            T,
            List.of(Section.text("概况")),
            List.of(),
            List.of());
    assertThatThrownBy(() -> d.revise(weekly, ANALYST, T))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("MONTHLY");
    assertThat(d.signOff(ANALYST, T.plusSeconds(120))).isInstanceOf(SignOffResult.SignedOff.class);
    assertThat(d.signedVersion().orElseThrow().number()).isEqualTo(2);
  }

  @Test
  @DisplayName(
      "a weekly report without types and causes is not signed off; structured data is checked")
  void weekly_needs_types_and_causes() {
    Report weekly =
        new Report(
            ReportKind.WEEKLY,
            "2025-W11",
            "周报",
            T,
            List.of(Section.text("概况")),
            List.of(),
            List.of());
    ReportDossier d = new ReportDossier(ReportDossierId.of("WR-2025-W11"), weekly, T);

    assertThat(d.signOff(ANALYST, T)).isInstanceOf(SignOffResult.Refused.class);
    assertThatThrownBy(() -> new Table("t", List.of("a", "b"), List.of(List.of("1"))))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () ->
                new Report(
                    ReportKind.WEEKLY,
                    "x",
                    "x",
                    T,
                    List.of(Section.text("s")),
                    List.of(new Measure("a", UnitId.of("u"), LocalDate.of(2025, 1, 1), "")),
                    List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("measures");
  }

  @Test
  @DisplayName(
      "a dossier rebuilt from its snapshot in a new repository keeps every version and the sign-off")
  void survives_a_restart() {
    ReportDossier d = new ReportDossier(ReportDossierId.of("MR-2025-03"), monthly(List.of()), T);
    Measure m = new Measure("排查", UnitId.of("u"), LocalDate.of(2025, 4, 30), "finding");
    d.revise(monthly(List.of(m)), ANALYST, T.plusSeconds(60));
    InMemoryReportDossierRepository first = new InMemoryReportDossierRepository();
    first.save(d);

    InMemoryReportDossierRepository restarted = new InMemoryReportDossierRepository();
    restarted.save(
        ReportDossier.fromSnapshot(
            first.find(d.id()).orElseThrow().snapshot(), org.db3311.sgc.core.common.Version.NEW));
    ReportDossier back = restarted.find(ReportKind.MONTHLY, "2025-03").orElseThrow();
    assertThat(back.snapshot()).isEqualTo(d.snapshot());
    assertThat(back.signOff(ANALYST, T.plusSeconds(120)))
        .isInstanceOf(SignOffResult.SignedOff.class);
    restarted.save(back);
    assertThat(restarted.find(d.id()).orElseThrow().signedVersion().orElseThrow().number())
        .isEqualTo(2);
    assertThatThrownBy(
            () ->
                new ReportDossierSnapshot(
                    ReportDossierId.of("x"),
                    d.versions(),
                    ReportDossier.State.SIGNED_OFF,
                    java.util.Optional.empty(),
                    java.util.Optional.empty()))
        .as("a snapshot that says signed off without naming the version is refused")
        .isInstanceOf(IllegalArgumentException.class);
  }
}
