package org.db3311.sgc.core.epidemic;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.db3311.sgc.core.catalog.Implements;
import org.db3311.sgc.core.common.Actor;
import org.db3311.sgc.core.common.AuditTrail;
import org.db3311.sgc.core.common.ChangeRecorder;
import org.db3311.sgc.core.common.DomainEventPublisher;
import org.db3311.sgc.core.common.ItemFailure;
import org.db3311.sgc.core.common.SequenceGenerator;
import org.db3311.sgc.core.common.SweepResult;
import org.db3311.sgc.core.facts.MatterId;

/**
 * Use cases of epidemic-control command (6.7.1.1): epidemic-related matters enter the closed loop
 * under the mode in force; switching between peacetime and wartime changes the time limits of every
 * open matter and, into wartime, routes matters in handling to the epidemic-control command. Mode
 * switches ({@link EpidemicModeSwitched}) and every change of a case ({@link EpidemicCaseEvent})
 * are audited and published.
 */
@Implements("6.7.1.1")
public final class EpidemicControlService implements EpidemicUseCases {

  private final EpidemicCaseRepository cases;
  private final EpidemicCommandRepository commands;
  private final ModePolicy peacetime;
  private final ModePolicy wartime;
  private final Clock clock;
  private final SequenceGenerator ids;
  private final ChangeRecorder recorder;

  /**
   * @param command where the mode in force is kept: it is read on every use case, never cached, so
   *     a restarted or second service instance works in the same mode
   */
  public EpidemicControlService(
      EpidemicCaseRepository cases,
      EpidemicCommandRepository command,
      SequenceGenerator ids,
      ModePolicy peacetime,
      ModePolicy wartime,
      DomainEventPublisher events,
      AuditTrail audit,
      Clock clock) {
    this.cases = Objects.requireNonNull(cases, "cases");
    this.commands = Objects.requireNonNull(command, "command");
    this.ids = Objects.requireNonNull(ids, "ids");
    this.peacetime = Objects.requireNonNull(peacetime, "peacetime");
    this.wartime = Objects.requireNonNull(wartime, "wartime");
    if (wartime.routeAllTo().isEmpty()) {
      throw new IllegalArgumentException(
          "wartime routes every matter to the epidemic-control command");
    }
    this.recorder = new ChangeRecorder(events, audit);
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  private EpidemicCommand command() {
    return commands.find().orElseGet(EpidemicCommand::inPeacetime);
  }

  /** The mode in force, as stored. */
  public EpidemicMode mode() {
    return command().mode();
  }

  public List<ModeSwitch> switches() {
    return command().switches();
  }

  private ModePolicy policy(EpidemicMode mode) {
    return mode == EpidemicMode.WARTIME ? wartime : peacetime;
  }

  /**
   * Switches mode: every open matter's current deadline is re-timed (wartime: never later than the
   * wartime limit from now; peacetime: relaxed to the peacetime limit), and into wartime every
   * matter in handling is re-routed to the command. The switch is stored first (a concurrent switch
   * fails on the version); a case that cannot be re-timed is reported and the others go on.
   */
  public ModeSwitchResult switchMode(EpidemicMode to, Actor by, String reason) {
    return switchMode(new Command(to, by, reason));
  }

  @Override
  public ModeSwitchResult switchMode(Command command) {
    EpidemicMode to = command.to();
    Actor by = command.by();
    String reason = command.reason();
    Instant now = clock.instant();
    EpidemicCommand c = command();
    ModeSwitch s = c.switchTo(new ModeSwitch(c.mode(), to, now, by, reason));
    commands.save(c);
    recorder.record(c);
    List<ItemFailure> failed = new ArrayList<>();
    for (EpidemicCaseId id : cases.ids()) {
      try {
        EpidemicCase open = get(id);
        if (open.loopClosed()) {
          continue;
        }
        open.retime(policy(to), to, by, now);
        if (to == EpidemicMode.WARTIME
            && open.state() == EpidemicCase.State.ROUTED
            && !open.routedTo().equals(wartime.routeAllTo())) {
          open.reroute(
              wartime.routeAllTo().orElseThrow(), to, by, now, "wartime declared: " + reason);
        }
        store(open);
      } catch (RuntimeException e) {
        failed.add(ItemFailure.of(id.value(), e));
      }
    }
    return new ModeSwitchResult(s, failed);
  }

  public EpidemicCase intake(MatterId matter, String category, String summary, Actor by) {
    EpidemicMode mode = mode();
    EpidemicCase c =
        new EpidemicCase(
            EpidemicCaseId.of(
                "YQ-"
                    + LocalDate.now(clock).getYear()
                    + "-"
                    + String.format("%05d", ids.next("YQ" + LocalDate.now(clock).getYear()))),
            matter,
            category,
            summary,
            policy(mode),
            mode,
            by,
            clock.instant());
    store(c);
    return c;
  }

  public EpidemicCase analyse(EpidemicCaseId id, String findings, Actor by) {
    EpidemicCase c = get(id);
    EpidemicMode mode = mode();
    c.analyse(findings, policy(mode), mode, by, clock.instant());
    store(c);
    return c;
  }

  public EpidemicCase route(EpidemicCaseId id, Actor by) {
    EpidemicCase c = get(id);
    EpidemicMode mode = mode();
    c.route(policy(mode), mode, by, clock.instant());
    store(c);
    return c;
  }

  public EpidemicCase handle(EpidemicCaseId id, String result, Actor by) {
    EpidemicCase c = get(id);
    EpidemicMode mode = mode();
    c.handle(result, policy(mode), mode, by, clock.instant());
    store(c);
    return c;
  }

  public EpidemicCase feedBack(EpidemicCaseId id, boolean satisfactory, String note, Actor by) {
    EpidemicCase c = get(id);
    EpidemicMode mode = mode();
    c.feedBack(satisfactory, note, policy(mode), mode, by, clock.instant());
    store(c);
    return c;
  }

  public EpidemicCase assess(EpidemicCaseId id, int score, String note, Actor by) {
    EpidemicCase c = get(id);
    c.assess(score, note, mode(), by, clock.instant());
    store(c);
    return c;
  }

  /**
   * Open matters past the deadline of their stage: for supervision (督办). A case that cannot be read
   * or judged is reported in the result and the others are still listed.
   */
  public SweepResult<EpidemicCase> overdue() {
    Instant now = clock.instant();
    List<EpidemicCase> out = new ArrayList<>();
    List<ItemFailure> failed = new ArrayList<>();
    for (EpidemicCaseId id : cases.ids()) {
      try {
        EpidemicCase c = get(id);
        if (c.isOverdue(now)) {
          out.add(c);
        }
      } catch (RuntimeException e) {
        failed.add(ItemFailure.of(id.value(), e));
      }
    }
    return new SweepResult<>(out, failed);
  }

  private void store(EpidemicCase c) {
    if (c.pendingEvents().isEmpty()) {
      return;
    }
    cases.save(c);
    recorder.record(c);
  }

  private EpidemicCase get(EpidemicCaseId id) {
    return cases.find(id).orElseThrow(() -> new EpidemicCaseNotFoundException(id));
  }

  @Override
  public EpidemicCaseSnapshot intake(Intake command) {
    return intake(command.matter(), command.category(), command.summary(), command.by()).snapshot();
  }

  @Override
  public EpidemicCaseSnapshot advance(Step command) {
    EpidemicCase c =
        switch (command) {
          case Analyse a -> analyse(a.id(), a.findings(), a.by());
          case Route r -> route(r.id(), r.by());
          case Handle h -> handle(h.id(), h.result(), h.by());
          case FeedBack f -> feedBack(f.id(), f.satisfactory(), f.note(), f.by());
          case Assess a -> assess(a.id(), a.score(), a.note(), a.by());
        };
    return c.snapshot();
  }

  @Override
  public SweepResult<EpidemicCaseSnapshot> overdueCases() {
    SweepResult<EpidemicCase> r = overdue();
    return new SweepResult<>(r.items().stream().map(EpidemicCase::snapshot).toList(), r.failed());
  }

  @Override
  public SweepResult<EpidemicCaseSnapshot> epidemicCases() {
    List<EpidemicCaseSnapshot> out = new ArrayList<>();
    List<ItemFailure> failed = new ArrayList<>();
    for (EpidemicCaseId id :
        cases.ids().stream()
            .sorted(java.util.Comparator.comparing(EpidemicCaseId::value))
            .toList()) {
      try {
        out.add(get(id).snapshot());
      } catch (RuntimeException e) {
        failed.add(ItemFailure.of(id.value(), e));
      }
    }
    return new SweepResult<>(out, failed);
  }

  @Override
  public EpidemicCaseSnapshot epidemicCase(EpidemicCaseId id) {
    return get(id).snapshot();
  }
}
