package org.db3311.sgc.core.eventhandling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.db3311.sgc.core.catalog.Implements;
import org.db3311.sgc.core.common.Actor;
import org.db3311.sgc.core.common.IllegalTransitionException;
import org.db3311.sgc.core.common.InMemoryAuditTrail;
import org.db3311.sgc.core.common.InMemoryDomainEventPublisher;
import org.db3311.sgc.core.common.MutableClock;
import org.db3311.sgc.core.common.NotFoundException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@Implements("6.3.1.2")
@DisplayName("6.3.1.2 由中心报值班县级领导牵头处置: a duty roster covering every hour, with a fallback")
class DutyRosterServiceTest {

  private static final Actor OFFICE = Actor.of("duty-office", "值班室");
  private static final DutyLeader A = new DutyLeader("l-a", "县领导甲");
  private static final DutyLeader B = new DutyLeader("l-b", "县领导乙");
  private static final DutyLeader C = new DutyLeader("l-c", "县领导丙");
  private static final DutyLeader SPARE = new DutyLeader("l-s", "县领导备班");
  private static final YearMonth DEC = YearMonth.of(2026, 12);
  private static final YearMonth JAN = YearMonth.of(2027, 1);

  private final MutableClock clock = MutableClock.at("2026-12-03T10:00:00");
  private final InMemoryDomainEventPublisher events = new InMemoryDomainEventPublisher();
  private final InMemoryDutyRosterRepository repository = new InMemoryDutyRosterRepository();
  private final DutyRosterService rosters =
      new DutyRosterService(
          repository,
          DutyRosterFixtures.STANDING_FALLBACK,
          events,
          new InMemoryAuditTrail(),
          clock);

  private void plan(YearMonth m) {
    rosters.plan(
        new PlanDutyRosterUseCase.Plan(m, List.of(A, B, C), LocalTime.of(8, 0), SPARE, OFFICE));
  }

  private static Instant at(String localDateTime) {
    return LocalDateTime.parse(localDateTime).atZone(MutableClock.ZONE).toInstant();
  }

  @Test
  @DisplayName(
      "January 2027, planned in December 2026: every hour of every day covered, weekends and New"
          + " Year's Day too, and published")
  void a_roster_for_next_january_is_planned_and_published() {
    plan(JAN);
    assertThat(rosters.coverage(JAN)).isEmpty();
    assertThat(rosters.publish(new PublishDutyRosterUseCase.Command(JAN, OFFICE))).isEmpty();
    for (String t :
        List.of("2027-01-01T00:00", "2027-01-01T07:59", "2027-01-02T03:00", "2027-01-31T23:59")) {
      assertThat(rosters.callAt(at(t))).as(t).isInstanceOf(DutyLeaders.DutyCall.OnDuty.class);
    }
    assertThat(events.published(DutyRosterChanged.class))
        .extracting(DutyRosterChanged::actionName)
        .containsExactly("PLAN", "PUBLISH");
  }

  @Test
  @DisplayName(
      "the rotation runs on across the year boundary: the night of 31 December belongs to one"
          + " leader in both months' rosters")
  void the_rotation_continues_from_december_into_january() {
    plan(DEC);
    plan(JAN);
    rosters.publish(new PublishDutyRosterUseCase.Command(DEC, OFFICE));
    rosters.publish(new PublishDutyRosterUseCase.Command(JAN, OFFICE));
    DutyLeader evening =
        ((DutyLeaders.DutyCall.OnDuty) rosters.callAt(at("2026-12-31T22:00"))).leader();
    DutyLeader night =
        ((DutyLeaders.DutyCall.OnDuty) rosters.callAt(at("2027-01-01T06:00"))).leader();
    DutyLeader morning =
        ((DutyLeaders.DutyCall.OnDuty) rosters.callAt(at("2027-01-01T09:00"))).leader();
    assertThat(night).isEqualTo(evening);
    assertThat(morning).isNotEqualTo(night);
  }

  @Test
  @DisplayName("coverage findings name the uncovered and the doubly covered stretches")
  void uncovered_and_doubly_covered_hours_are_named() {
    plan(JAN);
    // a shift from 10:30 cuts back the one holding 9 January: still covered
    DutyRoster draft = rosters.roster(JAN);
    DutyShift ninth =
        draft.shifts().stream()
            .filter(s -> s.covers(LocalDateTime.parse("2027-01-09T10:00")))
            .findFirst()
            .orElseThrow();
    rosters.assignShift(
        new PlanDutyRosterUseCase.AssignShift(
            JAN, new DutyShift(LocalDateTime.parse("2027-01-09T10:30"), ninth.end(), C), OFFICE));
    assertThat(rosters.coverage(JAN)).as("the assigned shift only cut the other back").isEmpty();
    DutyRosterSnapshot s = rosters.roster(JAN).snapshot();
    List<DutyShift> holed =
        s.shifts().stream()
            .map(
                x ->
                    x.end().equals(LocalDateTime.parse("2027-01-09T10:30"))
                        ? new DutyShift(
                            x.start(), LocalDateTime.parse("2027-01-09T10:00"), x.leader())
                        : x)
            .toList();
    assertThat(new EveryHourCoveredRule().check(JAN, holed))
        .containsExactly("2027-01-09T10:00–2027-01-09T10:30 has no duty leader");
    List<DutyShift> doubled = new ArrayList<>(s.shifts());
    doubled.add(
        new DutyShift(
            LocalDateTime.parse("2027-01-20T22:00"),
            LocalDateTime.parse("2027-01-21T02:00"),
            SPARE));
    assertThat(new EveryHourCoveredRule().check(JAN, doubled))
        .containsExactly("2027-01-20T22:00–2027-01-21T02:00 has more than one duty leader");
    assertThat(rosters.publish(new PublishDutyRosterUseCase.Command(JAN, OFFICE))).isEmpty();
  }

  @Test
  @DisplayName("a roster with a stretch nobody holds stays a draft, and the stretch is named")
  void a_holed_roster_is_not_published() {
    plan(JAN);
    DutyRoster r = repository.find(DutyRosterId.of(JAN)).orElseThrow();
    List<DutyShift> holed =
        r.shifts().stream()
            .filter(x -> !x.covers(LocalDateTime.parse("2027-01-15T12:00")))
            .toList();
    DutyShift gone =
        r.shifts().stream()
            .filter(x -> x.covers(LocalDateTime.parse("2027-01-15T12:00")))
            .findFirst()
            .orElseThrow();
    repository.save(
        DutyRoster.fromSnapshot(
            new DutyRosterSnapshot(r.id(), holed, SPARE, r.state(), java.util.Optional.empty()),
            r.version()));
    assertThat(rosters.publish(new PublishDutyRosterUseCase.Command(JAN, OFFICE)))
        .containsExactly(gone.start() + "–" + gone.end() + " has no duty leader");
    assertThat(rosters.roster(JAN).state()).isEqualTo(DutyRosterState.DRAFT);
    assertThat(rosters.callAt(at("2027-01-15T12:00")))
        .isInstanceOf(DutyLeaders.DutyCall.Fallback.class);
  }

  @Test
  @DisplayName("a roster missing a whole day is refused with that day's hours named")
  void a_missing_day_is_refused() {
    List<DutyShift> planned = new DutyRosterPlanner().plan(JAN, List.of(A), LocalTime.MIDNIGHT);
    List<DutyShift> withoutSunday =
        planned.stream()
            .filter(s -> !s.start().toLocalDate().toString().equals("2027-01-03"))
            .toList();
    assertThat(new EveryHourCoveredRule().check(JAN, withoutSunday))
        .containsExactly("2027-01-03T00:00–2027-01-04T00:00 has no duty leader");
  }

  @Test
  @DisplayName(
      "no duty leader found: the roster's fallback while it is a draft, else the standing one")
  void fallbacks() {
    assertThat(rosters.callAt(at("2027-01-05T12:00")))
        .isEqualTo(
            new DutyLeaders.DutyCall.Fallback(
                DutyRosterFixtures.STANDING_FALLBACK, "no duty roster was planned for 2027-01"));
    plan(JAN);
    rosters.setFallback(new PlanDutyRosterUseCase.SetFallback(JAN, C, OFFICE));
    assertThat(rosters.callAt(at("2027-01-05T12:00")))
        .isInstanceOfSatisfying(
            DutyLeaders.DutyCall.Fallback.class, f -> assertThat(f.leader()).isEqualTo(C));
    rosters.publish(new PublishDutyRosterUseCase.Command(JAN, OFFICE));
    rosters.revise(new PlanDutyRosterUseCase.Revise(JAN, "县领导甲出差", OFFICE));
    assertThat(rosters.callAt(at("2027-01-05T12:00")))
        .isInstanceOfSatisfying(
            DutyLeaders.DutyCall.Fallback.class,
            f -> assertThat(f.reason()).contains("not in force"));
  }

  @Test
  @DisplayName(
      "what a client can get wrong: an unknown month, a second plan, a change to a published roster")
  void client_failures() {
    assertThatThrownBy(() -> rosters.publish(new PublishDutyRosterUseCase.Command(JAN, OFFICE)))
        .isInstanceOf(DutyRosterNotFoundException.class)
        .isInstanceOf(NotFoundException.class);
    plan(JAN);
    rosters.publish(new PublishDutyRosterUseCase.Command(JAN, OFFICE));
    assertThatThrownBy(() -> plan(JAN))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessageContaining("action PLAN is not allowed in state PUBLISHED");
    assertThatThrownBy(
            () -> rosters.setFallback(new PlanDutyRosterUseCase.SetFallback(JAN, A, OFFICE)))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessageContaining("SET_FALLBACK");
    assertThatThrownBy(
            () ->
                rosters.assignShift(
                    new PlanDutyRosterUseCase.AssignShift(
                        JAN,
                        new DutyShift(
                            LocalDateTime.parse("2027-01-31T20:00"),
                            LocalDateTime.parse("2027-02-01T08:00"),
                            A),
                        OFFICE)))
        .isInstanceOf(IllegalTransitionException.class);
  }

  @Test
  @DisplayName("a shift reaching past its month is refused")
  void a_shift_outside_the_month_is_refused() {
    plan(JAN);
    assertThatThrownBy(
            () ->
                rosters.assignShift(
                    new PlanDutyRosterUseCase.AssignShift(
                        JAN,
                        new DutyShift(
                            LocalDateTime.parse("2027-01-31T20:00"),
                            LocalDateTime.parse("2027-02-01T08:00"),
                            A),
                        OFFICE)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not within 2027-01");
  }
}
