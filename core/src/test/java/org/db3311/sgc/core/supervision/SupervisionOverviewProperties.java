package org.db3311.sgc.core.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.db3311.sgc.core.calendar.DeadlineRule;
import org.db3311.sgc.core.calendar.HolidayTableCalendar;
import org.db3311.sgc.core.calendar.TimeLimit;
import org.db3311.sgc.core.catalog.Implements;
import org.db3311.sgc.core.common.IllegalTransitionException;
import org.db3311.sgc.core.common.InMemoryAuditTrail;
import org.db3311.sgc.core.common.InMemoryDomainEventPublisher;
import org.db3311.sgc.core.common.InMemoryNotifier;
import org.db3311.sgc.core.common.MutableClock;
import org.db3311.sgc.core.common.UnitId;
import org.db3311.sgc.core.supervision.TrackProgressUseCase.Progress;

/**
 * The unified view (8.2.4) of an instant is a fact about that instant: whatever is recorded
 * afterwards (progress, handovers, pauses, resumptions, extensions, notices, reopenings) leaves it
 * as it was.
 */
@Implements({"8.2.4", "6.2.1.3"})
class SupervisionOverviewProperties {

  private static final List<UnitId> UNITS =
      List.of(
          SupervisionFixtures.HRSS,
          SupervisionFixtures.HECHENG,
          SupervisionFixtures.WENXI,
          UnitId.of("county-justice-bureau"));
  private static final List<String> CATEGORIES = List.of("event.petition", "dispute.labour");

  private static final int FILES = 3;

  /** Short, extendable periods, so that steps fall overdue and get extended within a script. */
  private static final DeadlinePolicy SHORT =
      new DeadlinePolicy(
          java.util.Map.of(
              Step.SIGN_FOR,
              DeadlineRule.of("sign-for", TimeLimit.workingDays(1), DeadlinePolicy.ASSIGNED, "t"),
              Step.HANDLING,
              DeadlineRule.of("handling", TimeLimit.workingDays(3), DeadlinePolicy.ASSIGNED, "t")
                  .extendableBy(TimeLimit.workingDays(40)),
              Step.FEEDBACK,
              DeadlineRule.of("feedback", TimeLimit.workingDays(2), DeadlinePolicy.HANDLED, "t")
                  .extendableBy(TimeLimit.workingDays(20)),
              Step.REVIEW,
              DeadlineRule.of("review", TimeLimit.workingDays(2), DeadlinePolicy.COMPLETED, "t")),
          java.util.Map.of(
              "dispute.",
              java.util.Map.of(
                  Step.HANDLING,
                  DeadlineRule.of("month", TimeLimit.days(4), DeadlinePolicy.ASSIGNED, "t")
                      .extendableBy(TimeLimit.days(60)))));

  /** A supervision service with {@link #SHORT} periods. */
  private static final class Fixture {
    final MutableClock clock = MutableClock.at("2026-03-02T09:00:00");
    final SupervisionService service =
        new SupervisionService(
            new InMemorySupervisionFileRepository(),
            new HolidayTableCalendar(),
            SHORT,
            EscalationPolicy.defaults(),
            new InMemoryNotifier(clock),
            new InMemoryDomainEventPublisher(),
            new InMemoryAuditTrail(),
            clock);

    void progress(String subject, Progress p) {
      service.record(new TrackProgressUseCase.Command(subject, p, SupervisionFixtures.OFFICER));
    }

    SupervisionFile file(String subject) {
      return service.file(subject);
    }
  }

  enum Kind {
    OPEN,
    SIGN_FOR,
    REASSIGN,
    DECLINE,
    PAUSE,
    RESUME,
    EXTEND_HANDLING,
    EXTEND_FEEDBACK,
    REPORT_HANDLED,
    RETURN,
    COMPLETE,
    RECORD_REVIEW,
    REOPEN,
    CONCLUDE,
    SWEEP
  }

  /** One recorded change: after {@code minutes}, {@code kind} on file {@code file}. */
  record Command(int minutes, int file, Kind kind, int unit, int participants) {}

  @Property(tries = 250)
  void the_view_at_t_is_unchanged_by_anything_recorded_after_t(
      @ForAll("scripts") List<Command> script, @ForAll @IntRange(min = 0, max = 40) int cutAt) {
    Fixture f = new Fixture();
    int cut = Math.min(cutAt, script.size());
    for (Command c : script.subList(0, cut)) {
      apply(f, c);
    }
    Instant t = f.clock.instant();
    Instant between = t.plusSeconds(30);
    SupervisionOverview atT = f.service.overview(t);
    SupervisionOverview atBetween = f.service.overview(between);
    for (Command c : script.subList(cut, script.size())) {
      apply(f, c);
    }
    assertThat(f.service.overview(t)).isEqualTo(atT);
    assertThat(f.service.overview(between)).isEqualTo(atBetween);
  }

  /**
   * The view now answered from the repository's counts (stored state, units and next deadline)
   * equals the view replayed from every file's history, whatever happened and however many days
   * passed since.
   */
  @Property(tries = 200)
  void the_current_view_from_the_counts_is_the_view_replayed_now(
      @ForAll("scripts") List<Command> script, @ForAll @IntRange(min = 0, max = 12) int daysLater) {
    Fixture f = new Fixture();
    script.forEach(c -> apply(f, c));
    f.clock.advance(java.time.Duration.ofDays(daysLater));
    Instant now = f.clock.instant();
    SupervisionOverview current = f.service.current();
    SupervisionOverview replayed = f.service.overview(now);
    assertThat(current.byUnit()).isEqualTo(replayed.byUnit());
    assertThat(current.total()).isEqualTo(replayed.total());
    assertThat(current.awaitingApplicant()).isEqualTo(replayed.awaitingApplicant());
  }

  @Property(tries = 100)
  void each_matter_counts_once_in_the_total_and_once_per_unit_taking_part(
      @ForAll("scripts") List<Command> script) {
    Fixture f = new Fixture();
    script.forEach(c -> apply(f, c));
    SupervisionOverview v = f.service.overview(f.clock.instant());
    int opened = 0;
    int withParticipants = 0;
    for (int i = 0; i < FILES; i++) {
      if (f.service.isSupervised(subject(i))) {
        opened++;
        withParticipants += 1 + f.file(subject(i)).participants().size();
      }
    }
    assertThat(v.total().matters()).isEqualTo(opened);
    assertThat(v.byUnit().values().stream().mapToInt(u -> u.leading().matters()).sum())
        .isEqualTo(opened);
    assertThat(v.byUnit().values().stream().mapToInt(u -> u.all().matters()).sum())
        .isEqualTo(withParticipants);
    assertThat(v.total().overdue()).isLessThanOrEqualTo(v.total().matters());
  }

  private static String subject(int file) {
    return "F" + file;
  }

  /** Applies a command the way staff would; one the file's state does not allow is refused. */
  private static void apply(Fixture f, Command c) {
    f.clock.advance(Duration.ofMinutes(c.minutes()));
    String s = subject(c.file());
    UnitId unit = UNITS.get(c.unit());
    Set<UnitId> participants =
        c.participants() == 0
            ? Set.of()
            : Set.copyOf(
                UNITS.stream().filter(u -> !u.equals(unit)).limit(c.participants()).toList());
    try {
      switch (c.kind()) {
        case OPEN -> {
          if (!f.service.isSupervised(s)) {
            f.service.open(
                new OpenSupervisionUseCase.Command(
                    s,
                    "事项 " + s,
                    CATEGORIES.get(c.file() % 2),
                    unit,
                    participants,
                    SupervisionFixtures.OFFICER));
          }
        }
        case SWEEP -> f.service.sweep();
        default -> {
          if (!f.service.isSupervised(s)) {
            return;
          }
          switch (c.kind()) {
            case SIGN_FOR -> f.progress(s, new Progress.SignFor());
            case REASSIGN -> f.progress(s, new Progress.Reassign(unit, participants, "改派"));
            case DECLINE ->
                f.progress(s, new Progress.Decline(SupervisionFixtures.CENTER, "不属本单位职责"));
            case PAUSE -> f.progress(s, new Progress.Pause("等待申请人"));
            case RESUME -> f.progress(s, new Progress.Resume());
            case EXTEND_HANDLING ->
                f.service.extend(
                    new ExtendDeadlineUseCase.Command(
                        s,
                        Step.HANDLING,
                        c.file() % 2 == 0 ? TimeLimit.workingDays(10) : TimeLimit.days(15),
                        "复杂",
                        SupervisionFixtures.HEAD));
            case EXTEND_FEEDBACK ->
                f.service.extend(
                    new ExtendDeadlineUseCase.Command(
                        s,
                        Step.FEEDBACK,
                        TimeLimit.workingDays(5),
                        "补充",
                        SupervisionFixtures.HEAD));
            case REPORT_HANDLED -> f.progress(s, new Progress.ReportHandled("已办"));
            case RETURN -> f.progress(s, new Progress.Return("不到位"));
            case COMPLETE -> f.progress(s, new Progress.Complete());
            case RECORD_REVIEW -> f.progress(s, new Progress.RecordReview());
            case REOPEN -> f.progress(s, new Progress.Reopen("回访不满意"));
            case CONCLUDE -> f.progress(s, new Progress.Conclude("不适宜调解"));
            default -> throw new IllegalStateException(c.kind().name());
          }
        }
      }
    } catch (IllegalTransitionException | IllegalArgumentException | IllegalStateException e) {
      // refused: nothing was stored
    }
  }

  @Provide
  Arbitrary<List<Command>> scripts() {
    Arbitrary<Integer> minutes =
        Arbitraries.frequencyOf(
            net.jqwik.api.Tuple.of(3, Arbitraries.integers().between(1, 240)),
            net.jqwik.api.Tuple.of(2, Arbitraries.integers().between(600, 4 * 24 * 60)));
    return Combinators.combine(
            minutes,
            Arbitraries.integers().between(0, FILES - 1),
            Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(4, Arbitraries.just(Kind.OPEN)),
                net.jqwik.api.Tuple.of(12, Arbitraries.of(Kind.class))),
            Arbitraries.integers().between(0, UNITS.size() - 1),
            Arbitraries.integers().between(0, 2))
        .as(Command::new)
        .list()
        .ofMaxSize(40);
  }
}
