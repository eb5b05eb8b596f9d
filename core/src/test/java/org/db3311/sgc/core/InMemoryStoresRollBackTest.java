package org.db3311.sgc.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.db3311.sgc.core.casefacts.InMemoryMatterTraceRepository;
import org.db3311.sgc.core.casefacts.MatterTrace;
import org.db3311.sgc.core.common.DivisionCode;
import org.db3311.sgc.core.common.InMemoryUnitOfWork;
import org.db3311.sgc.core.common.UnitId;
import org.db3311.sgc.core.common.UnitOfWork;
import org.db3311.sgc.core.epidemic.Exercise;
import org.db3311.sgc.core.epidemic.InMemoryExerciseLog;
import org.db3311.sgc.core.evaluation.improvement.CorrectiveActionId;
import org.db3311.sgc.core.evaluation.improvement.InMemoryRecheckBoard;
import org.db3311.sgc.core.evaluation.improvement.PublishedRecheck;
import org.db3311.sgc.core.facts.InMemoryCaseFactSource;
import org.db3311.sgc.core.facts.MatterFact;
import org.db3311.sgc.core.facts.MatterId;
import org.db3311.sgc.core.facts.MatterKind;
import org.db3311.sgc.core.intake.RegistrationNumber;
import org.db3311.sgc.core.risk.DailyCollection;
import org.db3311.sgc.core.risk.InMemoryDailyCollectionStore;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The analysis stores in memory honour the in-memory unit of work: what a failed unit wrote is
 * undone, what was there before it stays, and writes outside any unit stand.
 */
class InMemoryStoresRollBackTest {

  private static final Instant T = Instant.parse("2026-12-31T15:00:00Z");
  private static final DivisionCode COUNTY = DivisionCode.of("331121");

  @Test
  @DisplayName("a unit that fails leaves every analysis store as it was before it")
  void a_failed_unit_leaves_nothing_behind() {
    UnitOfWork uow = new InMemoryUnitOfWork();
    InMemoryCaseFactSource facts = new InMemoryCaseFactSource();
    InMemoryMatterTraceRepository traces = new InMemoryMatterTraceRepository();
    InMemoryRecheckBoard board = new InMemoryRecheckBoard();
    InMemoryExerciseLog log = new InMemoryExerciseLog();
    InMemoryDailyCollectionStore days = new InMemoryDailyCollectionStore();
    MatterFact before = fact("M-1", 2);
    facts.upsert(before);
    RegistrationNumber n = new RegistrationNumber(COUNTY, LocalDate.of(2026, 12, 31), 1);
    MatterTrace trace = MatterTrace.empty(n);
    traces.save(trace);

    assertThatThrownBy(
            () ->
                uow.run(
                    () -> {
                      facts.upsert(fact("M-1", 40));
                      facts.upsert(fact("M-2", 3));
                      traces.save(trace.sealed("EF-1"));
                      board.publish(
                          new PublishedRecheck(
                              CorrectiveActionId.of("CA-2026-0001"),
                              UnitId.of("county.hrss"),
                              "f",
                              "m",
                              1,
                              true,
                              "n",
                              T));
                      log.add(
                          new Exercise(
                              Exercise.Kind.DRILL,
                              LocalDate.of(2027, 1, 1),
                              "演练",
                              9,
                              "签到表",
                              false));
                      days.add(
                          new DailyCollection(LocalDate.of(2026, 12, 31), T, List.of(), List.of()));
                      throw new IllegalStateException("the n-th save fails");
                    }))
        .hasMessage("the n-th save fails");

    assertThat(facts.find(MatterId.of("M-1"))).contains(before);
    assertThat(facts.find(MatterId.of("M-2"))).isEmpty();
    assertThat(traces.find(n)).contains(trace);
    assertThat(board.published()).isEmpty();
    assertThat(log.all()).isEmpty();
    assertThat(days.find(LocalDate.of(2026, 12, 31))).isEmpty();
  }

  @Test
  @DisplayName("a unit that commits keeps its writes")
  void a_committed_unit_keeps_them() {
    UnitOfWork uow = new InMemoryUnitOfWork();
    InMemoryCaseFactSource facts = new InMemoryCaseFactSource();
    InMemoryDailyCollectionStore days = new InMemoryDailyCollectionStore();
    uow.run(
        () -> {
          facts.upsert(fact("M-3", 2));
          days.add(new DailyCollection(LocalDate.of(2027, 1, 1), T, List.of(), List.of()));
        });
    assertThat(facts.find(MatterId.of("M-3"))).isPresent();
    assertThat(days.find(LocalDate.of(2027, 1, 1))).isPresent();
  }

  private static MatterFact fact(String id, int parties) {
    return MatterFact.registered(MatterId.of(id), MatterKind.DISPUTE, "dispute.labour", COUNTY, T)
        .partyCount(parties)
        .build();
  }
}
