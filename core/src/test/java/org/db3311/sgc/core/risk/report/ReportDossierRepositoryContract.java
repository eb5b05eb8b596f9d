package org.db3311.sgc.core.risk.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.db3311.sgc.core.common.Actor;
import org.db3311.sgc.core.common.OptimisticLockException;
import org.db3311.sgc.core.common.UnitId;
import org.db3311.sgc.core.common.Version;
import org.junit.jupiter.api.Test;

/**
 * What every {@link ReportDossierRepository} adapter must do: keep every version and the sign-off,
 * find a dossier by kind and subject, keep one dossier per kind and subject, refuse a stale save.
 */
public abstract class ReportDossierRepositoryContract {

  private static final Instant T0 = Instant.parse("2026-12-03T01:00:00Z");
  private static final Actor ANALYST = Actor.of("s-50", "研判员");
  private static long seq = System.nanoTime() % 100_000;

  protected abstract ReportDossierRepository newRepository();

  private static Report monthly(String subject, List<Measure> measures) {
    return new Report(
        ReportKind.MONTHLY,
        subject,
        "月报",
        T0,
        List.of(Section.text("概况", "…")),
        measures,
        List.of());
  }

  private static String subject() {
    return "2026-" + (++seq);
  }

  @Test
  void a_signed_dossier_reads_back_with_every_version() {
    ReportDossierRepository repo = newRepository();
    String subject = subject();
    ReportDossier d =
        new ReportDossier(ReportDossierId.of("MR-" + subject), monthly(subject, List.of()), T0);
    Measure m = new Measure("排查", UnitId.of("u"), LocalDate.of(2027, 1, 31), "finding");
    d.revise(monthly(subject, List.of(m)), ANALYST, T0.plusSeconds(60));
    d.signOff(ANALYST, T0.plusSeconds(120));
    repo.save(d);
    assertThat(d.version()).isEqualTo(new Version(1));
    ReportDossier back = repo.find(d.id()).orElseThrow();
    assertThat(back.snapshot()).isEqualTo(d.snapshot());
    assertThat(back.signedVersion().orElseThrow().number()).isEqualTo(2);
    assertThat(repo.find(ReportKind.MONTHLY, subject)).map(ReportDossier::id).contains(d.id());
    assertThat(repo.all()).extracting(ReportDossier::id).contains(d.id());
  }

  @Test
  void every_stored_id_is_listed_in_order_of_id() {
    ReportDossierRepository repo = newRepository();
    String subject = subject();
    ReportDossierId b = ReportDossierId.of("MR-b-" + subject);
    ReportDossierId a = ReportDossierId.of("MR-a-" + subject);
    repo.save(new ReportDossier(b, monthly(subject + "-2", List.of()), T0));
    repo.save(new ReportDossier(a, monthly(subject + "-1", List.of()), T0));
    List<ReportDossierId> ids = repo.ids();
    assertThat(ids).contains(a, b);
    assertThat(ids.indexOf(a)).isLessThan(ids.indexOf(b));
  }

  @Test
  void one_dossier_per_kind_and_subject() {
    ReportDossierRepository repo = newRepository();
    String subject = subject();
    repo.save(
        new ReportDossier(ReportDossierId.of("MR-a-" + subject), monthly(subject, List.of()), T0));
    assertThatThrownBy(
            () ->
                repo.save(
                    new ReportDossier(
                        ReportDossierId.of("MR-b-" + subject), monthly(subject, List.of()), T0)))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void a_stale_save_fails() {
    ReportDossierRepository repo = newRepository();
    String subject = subject();
    ReportDossier d =
        new ReportDossier(ReportDossierId.of("MR-" + subject), monthly(subject, List.of()), T0);
    repo.save(d);
    ReportDossier a = repo.find(d.id()).orElseThrow();
    ReportDossier b = repo.find(d.id()).orElseThrow();
    a.revise(monthly(subject, List.of()), ANALYST, T0);
    repo.save(a);
    b.revise(monthly(subject, List.of()), ANALYST, T0);
    assertThatThrownBy(() -> repo.save(b)).isInstanceOf(OptimisticLockException.class);
  }

  @Test
  void a_read_is_a_copy_not_the_stored_dossier() {
    ReportDossierRepository repo = newRepository();
    String subject = subject();
    ReportDossier d =
        new ReportDossier(ReportDossierId.of("MR-" + subject), monthly(subject, List.of()), T0);
    repo.save(d);
    repo.find(d.id()).orElseThrow().revise(monthly(subject, List.of()), ANALYST, T0);
    assertThat(repo.find(d.id()).orElseThrow().versions()).hasSize(1);
  }
}
