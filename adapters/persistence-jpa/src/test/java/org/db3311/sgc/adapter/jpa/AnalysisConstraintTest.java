package org.db3311.sgc.adapter.jpa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.db3311.sgc.core.archive.ArchiveFixtures;
import org.db3311.sgc.core.archive.ArchiveLedger;
import org.db3311.sgc.core.archive.SealedFile;
import org.db3311.sgc.core.common.Actor;
import org.db3311.sgc.core.common.UnitId;
import org.db3311.sgc.core.facts.MatterId;
import org.db3311.sgc.core.risk.DailyCollection;
import org.db3311.sgc.core.risk.report.Report;
import org.db3311.sgc.core.risk.report.ReportDossier;
import org.db3311.sgc.core.risk.report.ReportDossierId;
import org.db3311.sgc.core.risk.report.ReportKind;
import org.db3311.sgc.core.risk.report.Section;
import org.db3311.sgc.core.warning.Reason;
import org.db3311.sgc.core.warning.RiskAssessment;
import org.db3311.sgc.core.warning.Warning;
import org.db3311.sgc.core.warning.WarningId;
import org.db3311.sgc.core.warning.WarningLevel;
import org.db3311.sgc.core.warning.WarningSubject;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * What the database itself keeps true for the analysis stores, whatever a caller does, and that a
 * refused or rolled-back write leaves nothing behind — on both databases.
 */
class AnalysisConstraintTest {

  private static final Instant T = Instant.parse("2026-12-31T15:59:59Z");

  private static Warning warning(String id, WarningSubject subject) {
    return new Warning(
        WarningId.of(id),
        new RiskAssessment(
            subject,
            WarningLevel.BLUE,
            List.of(new Reason("repeat", "6.5.2", WarningLevel.BLUE, "重复来访", Map.of())),
            new TreeSet<>(Set.of(MatterId.of("M-" + id)))),
        UnitId.of("center.risk"),
        T);
  }

  @ParameterizedTest
  @EnumSource(TestStores.class)
  @DisplayName("one open warning per subject: a second is refused and writes nothing")
  void one_open_warning_per_subject(TestStores database) {
    try (StoreFixture fixture = new StoreFixture(database, AnalysisConstraintTest.class)) {
      JpaWarningRepository repo = new JpaWarningRepository(fixture.store);
      WarningSubject subject = new WarningSubject(WarningSubject.Kind.PERSON, "zhang");
      Warning first = warning("YJ-1", subject);
      repo.save(first);
      Warning second = warning("YJ-2", subject);
      assertThatThrownBy(() -> repo.save(second))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("PERSON:zhang");
      assertThat(repo.find(second.id())).isEmpty();
      assertThat(repo.openAbout(subject)).map(Warning::id).contains(first.id());

      Warning dismissed = repo.find(first.id()).orElseThrow();
      dismissed.dismiss(Actor.SYSTEM, T, "误报");
      repo.save(dismissed);
      assertThat(repo.openAbout(subject)).isEmpty();
      Warning third = warning("YJ-3", subject);
      repo.save(third);
      assertThat(repo.openAbout(subject)).map(Warning::id).contains(third.id());
    }
  }

  @ParameterizedTest
  @EnumSource(TestStores.class)
  @DisplayName("two writers drafting the same report at once: one dossier is kept")
  void one_dossier_per_kind_and_subject_when_writers_race(TestStores database) throws Exception {
    try (StoreFixture fixture = new StoreFixture(database, AnalysisConstraintTest.class)) {
      JpaReportDossierRepository repo = new JpaReportDossierRepository(fixture.store);
      Report december =
          new Report(
              ReportKind.MONTHLY,
              "2026-12",
              "月报",
              T,
              List.of(Section.text("概况", "…")),
              List.of(),
              List.of());
      ReportDossier a = new ReportDossier(ReportDossierId.of("MR-a"), december, T);
      ReportDossier b = new ReportDossier(ReportDossierId.of("MR-b"), december, T);
      CountDownLatch aSaved = new CountDownLatch(1);
      CountDownLatch bStarts = new CountDownLatch(1);
      ExecutorService pool = Executors.newFixedThreadPool(2);
      try {
        // a holds its uncommitted dossier while b starts: b's own check cannot see it, so the
        // unique key decides (or, if a commits first, b's check does)
        Future<?> first =
            pool.submit(
                () ->
                    fixture
                        .store
                        .unitOfWork()
                        .run(
                            () -> {
                              repo.save(a);
                              aSaved.countDown();
                              await(bStarts);
                            }));
        Future<Throwable> second =
            pool.submit(
                () -> {
                  await(aSaved);
                  bStarts.countDown();
                  try {
                    repo.save(b);
                    return null;
                  } catch (RuntimeException e) {
                    return e;
                  }
                });
        first.get(60, TimeUnit.SECONDS);
        assertThat(second.get(60, TimeUnit.SECONDS))
            .isInstanceOf(IllegalStateException.class)
            .hasMessageContaining("2026-12");
      } finally {
        pool.shutdownNow();
      }
      assertThat(repo.find(ReportKind.MONTHLY, "2026-12")).map(ReportDossier::id).contains(a.id());
      assertThat(repo.find(b.id())).isEmpty();
      assertThat(repo.all()).hasSize(1);
    }
  }

  @ParameterizedTest
  @EnumSource(TestStores.class)
  @DisplayName("a unit that fails writes none of its analysis records, and the ledger forgets it")
  void a_failed_unit_leaves_nothing_and_the_ledger_stays_whole(TestStores database) {
    try (StoreFixture fixture = new StoreFixture(database, AnalysisConstraintTest.class)) {
      JpaArchiveStore archive = new JpaArchiveStore(fixture.store);
      JpaDailyCollectionStore collections = new JpaDailyCollectionStore(fixture.store);
      LocalDate day = LocalDate.of(2026, 12, 31);
      SealedFile dropped =
          ArchiveFixtures.sealed(ArchiveFixtures.header("EF-dropped", "劳动争议", "county.hrss", day));
      assertThatThrownBy(
              () ->
                  fixture
                      .store
                      .unitOfWork()
                      .run(
                          () -> {
                            collections.add(new DailyCollection(day, T, List.of(), List.of()));
                            archive.add(dropped);
                            throw new IllegalStateException("the use case fails after both");
                          }))
          .hasMessage("the use case fails after both");
      assertThat(collections.find(day)).isEmpty();
      assertThat(archive.find(dropped.fileId())).isEmpty();
      assertThat(archive.ledger().entries()).isEmpty();
      assertThat(archive.ledger().head()).isEqualTo(ArchiveLedger.GENESIS);

      SealedFile kept =
          ArchiveFixtures.sealed(ArchiveFixtures.header("EF-kept", "劳动争议", "county.hrss", day));
      archive.add(kept);
      assertThat(archive.ledger().entryFor(kept.fileId()).orElseThrow().position()).isEqualTo(1);
      assertThat(archive.ledger().verify(archive::find).intact()).isTrue();
      assertThat(new JpaArchiveStore(fixture.store).ledger().head())
          .as("a store opened afresh rebuilds the same chain")
          .isEqualTo(archive.ledger().head());
    }
  }

  @ParameterizedTest
  @EnumSource(TestStores.class)
  @DisplayName("a file rewritten behind the ledger's back is found by verification")
  void a_rewritten_file_is_found(TestStores database) {
    try (StoreFixture fixture = new StoreFixture(database, AnalysisConstraintTest.class)) {
      JpaArchiveStore archive = new JpaArchiveStore(fixture.store);
      LocalDate day = LocalDate.of(2027, 1, 4);
      SealedFile original =
          ArchiveFixtures.sealed(ArchiveFixtures.header("EF-1", "劳动争议", "county.hrss", day));
      SealedFile forged =
          ArchiveFixtures.sealed(ArchiveFixtures.header("EF-1", "信访", "county.petition", day));
      archive.add(original);
      // the forger replaces the stored export, seal included, but not the ledger's columns
      fixture
          .store
          .unitOfWork()
          .with(
              em ->
                  em.createNativeQuery("update archive_file set content = ? where file_id = ?")
                      .setParameter(1, org.db3311.sgc.core.archive.SealedFileCodec.encode(forged))
                      .setParameter(2, "EF-1")
                      .executeUpdate());
      JpaArchiveStore reopened = new JpaArchiveStore(fixture.store);
      assertThat(reopened.find("EF-1")).contains(forged);
      assertThat(reopened.ledger().entryFor("EF-1").orElseThrow().seal())
          .isEqualTo(original.seal());
      assertThat(reopened.ledger().verify(reopened::find).intact()).isFalse();
    }
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
