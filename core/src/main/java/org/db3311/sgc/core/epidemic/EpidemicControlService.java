package org.db3311.sgc.core.epidemic;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import org.db3311.sgc.core.catalog.Implements;
import org.db3311.sgc.core.common.Actor;
import org.db3311.sgc.core.common.AuditTrail;
import org.db3311.sgc.core.common.ChangeRecorder;
import org.db3311.sgc.core.common.DomainEventPublisher;
import org.db3311.sgc.core.common.SequenceGenerator;
import org.db3311.sgc.core.common.Version;
import org.db3311.sgc.core.facts.MatterId;

/**
 * Use cases of epidemic-control command (6.7.1.1): epidemic-related matters enter the closed loop
 * under the mode in force; switching between peacetime and wartime changes the time limits of every
 * open matter and, into wartime, routes matters in handling to the epidemic-control command. Mode
 * switches ({@link EpidemicModeSwitched}) and every change of a case ({@link EpidemicCaseEvent})
 * are audited and published.
 */
@Implements("6.7.1.1")
public final class EpidemicControlService {

  private final EpidemicCaseRepository cases;
  private final ModePolicy peacetime;
  private final ModePolicy wartime;
  private final Clock clock;
  private EpidemicMode mode = EpidemicMode.PEACETIME;
  private final List<ModeSwitch> switches = new ArrayList<>();
  private final SequenceGenerator ids;
  private final ChangeRecorder recorder;

  public EpidemicControlService(
      EpidemicCaseRepository cases,
      SequenceGenerator ids,
      ModePolicy peacetime,
      ModePolicy wartime,
      DomainEventPublisher events,
      AuditTrail audit,
      Clock clock) {
    this.cases = Objects.requireNonNull(cases, "cases");
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

  public synchronized EpidemicMode mode() {
    return mode;
  }

  public synchronized List<ModeSwitch> switches() {
    return List.copyOf(switches);
  }

  private ModePolicy policy() {
    return mode == EpidemicMode.WARTIME ? wartime : peacetime;
  }

  /**
   * Switches mode: every open matter's current deadline is re-timed (wartime: never later than the
   * wartime limit from now; peacetime: relaxed to the peacetime limit), and into wartime every
   * matter in handling is re-routed to the command.
   */
  public synchronized ModeSwitch switchMode(EpidemicMode to, Actor by, String reason) {
    Instant now = clock.instant();
    ModeSwitch s = new ModeSwitch(mode, to, now, by, reason);
    mode = to;
    switches.add(s);
    recorder.record(List.of(new EpidemicModeSwitched(new Version(switches.size()), s)));
    for (EpidemicCase c : cases.all()) {
      if (c.loopClosed()) {
        continue;
      }
      c.retime(policy(), mode, by, now);
      if (to == EpidemicMode.WARTIME
          && c.state() == EpidemicCase.State.ROUTED
          && !c.routedTo().equals(wartime.routeAllTo())) {
        c.reroute(wartime.routeAllTo().orElseThrow(), mode, by, now, "wartime declared: " + reason);
      }
      store(c);
    }
    return s;
  }

  public synchronized EpidemicCase intake(
      MatterId matter, String category, String summary, Actor by) {
    EpidemicCase c =
        new EpidemicCase(
            "YQ-"
                + LocalDate.now(clock).getYear()
                + "-"
                + String.format("%05d", ids.next("YQ" + LocalDate.now(clock).getYear())),
            matter,
            category,
            summary,
            policy(),
            mode,
            by,
            clock.instant());
    store(c);
    return c;
  }

  public synchronized EpidemicCase analyse(String id, String findings, Actor by) {
    EpidemicCase c = get(id);
    c.analyse(findings, policy(), mode, by, clock.instant());
    store(c);
    return c;
  }

  public synchronized EpidemicCase route(String id, Actor by) {
    EpidemicCase c = get(id);
    c.route(policy(), mode, by, clock.instant());
    store(c);
    return c;
  }

  public synchronized EpidemicCase handle(String id, String result, Actor by) {
    EpidemicCase c = get(id);
    c.handle(result, policy(), mode, by, clock.instant());
    store(c);
    return c;
  }

  public synchronized EpidemicCase feedBack(
      String id, boolean satisfactory, String note, Actor by) {
    EpidemicCase c = get(id);
    c.feedBack(satisfactory, note, policy(), mode, by, clock.instant());
    store(c);
    return c;
  }

  public synchronized EpidemicCase assess(String id, int score, String note, Actor by) {
    EpidemicCase c = get(id);
    c.assess(score, note, mode, by, clock.instant());
    store(c);
    return c;
  }

  /** Open matters past the deadline of their stage: for supervision (督办). */
  public List<EpidemicCase> overdue() {
    Instant now = clock.instant();
    return cases.all().stream().filter(c -> c.isOverdue(now)).toList();
  }

  private void store(EpidemicCase c) {
    if (c.pendingEvents().isEmpty()) {
      return;
    }
    cases.save(c);
    recorder.record(c);
  }

  private EpidemicCase get(String id) {
    return cases.find(id).orElseThrow(() -> new NoSuchElementException("no epidemic case " + id));
  }
}
