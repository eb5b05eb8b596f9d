package org.db3311.sgc.adapter.jpa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.db3311.sgc.core.common.InMemoryAuditTrail;
import org.db3311.sgc.core.common.InMemoryDomainEventPublisher;
import org.db3311.sgc.core.common.ItemFailure;
import org.db3311.sgc.core.common.SweepResult;
import org.db3311.sgc.core.common.UnitId;
import org.db3311.sgc.core.facts.InMemoryCaseFactSource;
import org.db3311.sgc.core.risk.InMemoryDailyCollectionStore;
import org.db3311.sgc.core.risk.RiskReportService;
import org.db3311.sgc.core.risk.RiskReportSettings;
import org.db3311.sgc.core.risk.report.Report;
import org.db3311.sgc.core.risk.report.ReportDossier;
import org.db3311.sgc.core.risk.report.ReportDossierId;
import org.db3311.sgc.core.risk.report.ReportDossierRepository;
import org.db3311.sgc.core.risk.report.ReportDossierRepositoryContract;
import org.db3311.sgc.core.risk.report.ReportDossierSnapshot;
import org.db3311.sgc.core.risk.report.ReportKind;
import org.db3311.sgc.core.risk.report.Section;
import org.db3311.sgc.core.warning.InMemoryWarningRepository;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class H2ReportDossierRepositoryTest extends ReportDossierRepositoryContract {

  private static final Instant T0 = Instant.parse("2026-12-03T01:00:00Z");
  private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  private static StoreFixture fixture;

  @BeforeAll
  static void open() {
    fixture = new StoreFixture(TestStores.H2, H2ReportDossierRepositoryTest.class);
  }

  @AfterAll
  static void close() {
    fixture.close();
  }

  @Override
  protected ReportDossierRepository newRepository() {
    return new JpaReportDossierRepository(fixture.store);
  }

  private static ReportDossier monthly(String id, String subject) {
    return new ReportDossier(
        ReportDossierId.of(id),
        new Report(
            ReportKind.MONTHLY,
            subject,
            "月报",
            T0,
            List.of(Section.text("概况", "…")),
            List.of(),
            List.of()),
        T0);
  }

  @Test
  @DisplayName(
      "a dossier whose stored document cannot be decoded is named in the list; the others are"
          + " listed")
  void an_undecodable_document_does_not_stop_the_list() {
    fixture.clear("report_dossier");
    JpaReportDossierRepository repo = new JpaReportDossierRepository(fixture.store);
    fixture.store.unitOfWork().run(() -> repo.save(monthly("MR-1901-01", "1901-01")));
    fixture.store.unitOfWork().run(() -> repo.save(monthly("MR-1901-02", "1901-02")));
    fixture.store.unitOfWork().run(() -> repo.save(monthly("MR-1901-03", "1901-03")));
    fixture
        .store
        .unitOfWork()
        .with(
            em ->
                em.createNativeQuery(
                        "update report_dossier set document = '{not json' where dossier_id ="
                            + " 'MR-1901-02'")
                    .executeUpdate());

    assertThat(fixture.store.unitOfWork().inTransaction(repo::ids))
        .extracting(ReportDossierId::value)
        .containsExactly("MR-1901-01", "MR-1901-02", "MR-1901-03");
    assertThatThrownBy(
            () ->
                fixture
                    .store
                    .unitOfWork()
                    .inTransaction(() -> repo.find(ReportDossierId.of("MR-1901-02"))))
        .isInstanceOf(RuntimeException.class);

    RiskReportService service =
        new RiskReportService(
            new InMemoryCaseFactSource(),
            new InMemoryWarningRepository(),
            List::of,
            new InMemoryDailyCollectionStore(),
            repo,
            RiskReportSettings.defaults(ZONE, UnitId.of("center.risk")),
            new InMemoryDomainEventPublisher(),
            new InMemoryAuditTrail(),
            Clock.fixed(T0, ZONE));
    SweepResult<ReportDossierSnapshot> list =
        fixture.store.unitOfWork().inTransaction(service::dossiers);

    assertThat(list.items())
        .extracting(s -> s.id().value())
        .containsExactly("MR-1901-01", "MR-1901-03");
    assertThat(list.failed()).extracting(ItemFailure::item).containsExactly("MR-1901-02");
    assertThat(list.failed().getFirst().reason()).isNotBlank();
  }
}
