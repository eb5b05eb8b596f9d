package org.db3311.sgc.core.mediation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.db3311.sgc.core.mediation.MediationFixtures.MEDIATOR;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.db3311.sgc.core.calendar.Deadline;
import org.db3311.sgc.core.calendar.DueDate;
import org.db3311.sgc.core.calendar.HolidayTable;
import org.db3311.sgc.core.calendar.HolidayTableCalendar;
import org.db3311.sgc.core.catalog.Implements;
import org.db3311.sgc.core.common.SweepResult;
import org.db3311.sgc.core.intake.RegistrationNumber;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** A mediation agreement recorded in December 2026, before the 2027 arrangement is loaded. */
@Implements({"R10", "6.2.1.1.1"})
class YearBoundaryMediationTest {

  private final MediationFixtures f = new MediationFixtures();
  private final HolidayTableCalendar provisional2027 = new HolidayTableCalendar();

  private MediationCaseId agreedOn(String category, LocalDate effective) {
    MediationCaseId id = f.inSession(category);
    f.mediation.conclude(
        new ConcludeMediationUseCase.Command(
            id,
            new ConcludeMediationUseCase.Outcome.Agreement(MediationFixtures.agreement(effective)),
            MEDIATOR));
    return id;
  }

  /** An official 2027 arrangement: 元旦 off, and the given days changed (true: off). */
  private HolidayTableCalendar official2027(Map<LocalDate, Boolean> changed) {
    Map<LocalDate, Boolean> days = new java.util.HashMap<>(changed);
    days.put(LocalDate.of(2027, 1, 1), true);
    return provisional2027.withOfficial(
        List.of(new HolidayTable(2027, days, List.of("test arrangement"))));
  }

  @Test
  @DisplayName(
      "R10: an agreement effective 10 December 2026 gets its 30-day confirmation date in 2027, recorded and shown as provisional")
  void confirmation_date_in_a_provisional_year() {
    f.in.clock.set("2026-12-03T10:00:00");
    LocalDate effective = LocalDate.of(2026, 12, 10);
    MediationCaseId id = agreedOn("dispute.labour", effective);
    // 30 days end on Saturday 9 January 2027: the next working day of the provisional 2027
    MediationSnapshot s = f.mediation.mediation(id).snapshot();
    assertThat(s.judicialConfirmationDue()).contains(LocalDate.of(2027, 1, 11));
    assertThat(s.judicialConfirmationProvisional()).isTrue();
    assertThat(s.judicialConfirmation()).contains(DueDate.provisional(LocalDate.of(2027, 1, 11)));
    assertThat(
            Deadline.startingOn(MediationService.JUDICIAL_CONFIRMATION, effective)
                .due(provisional2027))
        .isEqualTo(DueDate.provisional(LocalDate.of(2027, 1, 11)));
    assertThat(f.in.events.published(MediationEvent.class))
        .filteredOn(e -> e.action() == MediationAction.REACH_AGREEMENT)
        .singleElement()
        .satisfies(e -> assertThat(e.detail()).contains("2027-01-11（暂定）"));
  }

  @Test
  @DisplayName("R10: a confirmation date counted on an official year is not provisional")
  void confirmation_date_in_an_official_year() {
    MediationCaseId id = agreedOn("dispute.labour", LocalDate.of(2026, 11, 25));
    assertThat(f.mediation.mediation(id).snapshot().judicialConfirmation())
        .contains(DueDate.official(LocalDate.of(2026, 12, 25)));
  }

  @Test
  @DisplayName(
      "R10: the official 2027 arrangement giving 11 January off moves the provisional date later, now official")
  void recount_later_once_the_official_arrangement_is_loaded() {
    f.in.clock.set("2026-12-03T10:00:00");
    MediationCaseId id = agreedOn("dispute.labour", LocalDate.of(2026, 12, 10));
    MediationService loaded = f.on(official2027(Map.of(LocalDate.of(2027, 1, 11), true)), f.cases);

    SweepResult<RecountConfirmationDueUseCase.Recounted> r =
        loaded.recountConfirmationDues(new RecountConfirmationDueUseCase.Command(MEDIATOR));

    assertThat(r.failed()).isEmpty();
    assertThat(r.items())
        .singleElement()
        .isEqualTo(
            new RecountConfirmationDueUseCase.Recounted(
                id,
                DueDate.provisional(LocalDate.of(2027, 1, 11)),
                DueDate.official(LocalDate.of(2027, 1, 12))));
    assertThat(loaded.mediation(id).snapshot().judicialConfirmation())
        .contains(DueDate.official(LocalDate.of(2027, 1, 12)));
    assertThat(f.cases.withProvisionalConfirmationDue()).doesNotContain(id);
    assertThat(f.in.events.published(MediationEvent.class))
        .filteredOn(e -> e.action() == MediationAction.RECOUNT_CONFIRMATION_DUE)
        .singleElement()
        .satisfies(e -> assertThat(e.to()).isEqualTo(MediationState.AGREED));
    assertThat(
            loaded
                .recountConfirmationDues(new RecountConfirmationDueUseCase.Command(MEDIATOR))
                .items())
        .as("an official date is not recounted again")
        .isEmpty();
  }

  @Test
  @DisplayName(
      "R10: an official arrangement making Saturday 9 January a working day keeps the announced 11 January")
  void recount_never_earlier() {
    f.in.clock.set("2026-12-03T10:00:00");
    LocalDate effective = LocalDate.of(2026, 12, 10);
    MediationCaseId id = agreedOn("dispute.labour", effective);
    HolidayTableCalendar workSaturday = official2027(Map.of(LocalDate.of(2027, 1, 9), false));
    assertThat(
            Deadline.startingOn(MediationService.JUDICIAL_CONFIRMATION, effective)
                .due(workSaturday))
        .as("counted afresh, the last day would be earlier")
        .isEqualTo(DueDate.official(LocalDate.of(2027, 1, 9)));

    f.on(workSaturday, f.cases)
        .recountConfirmationDues(new RecountConfirmationDueUseCase.Command(MEDIATOR));

    assertThat(f.mediation.mediation(id).snapshot().judicialConfirmation())
        .contains(DueDate.official(LocalDate.of(2027, 1, 11)));
  }

  @Test
  @DisplayName(
      "R10: while 2027 is still provisional the recount changes nothing; a case that cannot be read is reported and the others are recounted")
  void recount_reports_a_failing_case_and_goes_on() {
    f.in.clock.set("2026-12-03T10:00:00");
    MediationCaseId bad = agreedOn("dispute.labour", LocalDate.of(2026, 12, 10));
    MediationCaseId good = agreedOn("dispute.contract", LocalDate.of(2026, 12, 10));
    assertThat(
            f.mediation
                .recountConfirmationDues(new RecountConfirmationDueUseCase.Command(MEDIATOR))
                .items())
        .isEmpty();
    MediationCaseRepository unreadable =
        new MediationCaseRepository() {
          @Override
          public void save(MediationCase mediation) {
            f.cases.save(mediation);
          }

          @Override
          public Optional<MediationCase> find(MediationCaseId id) {
            if (id.equals(bad)) {
              throw new IllegalStateException("corrupt row " + id);
            }
            return f.cases.find(id);
          }

          @Override
          public List<MediationCase> ofMatter(RegistrationNumber matter) {
            return f.cases.ofMatter(matter);
          }

          @Override
          public List<MediationCaseId> withProvisionalConfirmationDue() {
            return f.cases.withProvisionalConfirmationDue();
          }
        };

    SweepResult<RecountConfirmationDueUseCase.Recounted> r =
        f.on(official2027(Map.of()), unreadable)
            .recountConfirmationDues(new RecountConfirmationDueUseCase.Command(MEDIATOR));

    assertThat(r.items())
        .extracting(RecountConfirmationDueUseCase.Recounted::id)
        .containsExactly(good);
    assertThat(r.failed())
        .singleElement()
        .satisfies(x -> assertThat(x.item()).isEqualTo(bad.toString()))
        .satisfies(x -> assertThat(x.reason()).contains("corrupt row"));
    assertThat(f.mediation.mediation(bad).snapshot().judicialConfirmationProvisional()).isTrue();
  }

  @Test
  @DisplayName("R10: a snapshot stored before the provisional mark reads its date as official")
  void an_old_snapshot_reads_as_official() {
    MediationSnapshot s =
        MediationCase.open(
                new MediationCaseId(RegistrationNumber.parse("331121-20261210-0009"), 1),
                "dispute.labour",
                List.of("张三", "丽水某建筑有限公司"),
                org.db3311.sgc.core.common.Actor.SYSTEM,
                java.time.Instant.EPOCH)
            .snapshot();
    MediationSnapshot old =
        new MediationSnapshot(
            s.id(),
            s.categoryCode(),
            s.parties(),
            s.openedAt(),
            MediationState.AGREED,
            s.suitabilityNote(),
            s.consents(),
            s.routing(),
            s.sessions(),
            s.records(),
            Optional.of(MediationFixtures.agreement(LocalDate.of(2026, 12, 10))),
            Optional.of(LocalDate.of(2027, 1, 11)),
            s.failureReason(),
            s.routesTold(),
            s.filingReference(),
            s.onward());
    assertThat(old.judicialConfirmation()).contains(DueDate.official(LocalDate.of(2027, 1, 11)));
  }
}
