package org.db3311.sgc.core.casefacts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.db3311.sgc.core.casefacts.CaseworkRig.CLERK;
import static org.db3311.sgc.core.casefacts.CaseworkRig.DISPATCHER;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;
import org.db3311.sgc.core.common.AuditEntry;
import org.db3311.sgc.core.common.DomainEvent;
import org.db3311.sgc.core.common.IllegalTransitionException;
import org.db3311.sgc.core.common.MutableClock;
import org.db3311.sgc.core.common.ResidentIdNumber;
import org.db3311.sgc.core.common.UnitId;
import org.db3311.sgc.core.eventhandling.EventReview;
import org.db3311.sgc.core.eventhandling.HandleEventUseCase;
import org.db3311.sgc.core.eventhandling.ReceiveEventUseCase;
import org.db3311.sgc.core.eventhandling.TriageEventUseCase;
import org.db3311.sgc.core.eventhandling.TriageFacts;
import org.db3311.sgc.core.facts.MatterFact;
import org.db3311.sgc.core.facts.MatterId;
import org.db3311.sgc.core.followup.ConcludeFollowUpUseCase;
import org.db3311.sgc.core.followup.FollowUpId;
import org.db3311.sgc.core.followup.RecordSurveyUseCase;
import org.db3311.sgc.core.followup.Satisfaction;
import org.db3311.sgc.core.followup.SurveyMethod;
import org.db3311.sgc.core.intake.DecideIntakeUseCase;
import org.db3311.sgc.core.intake.MatterResult;
import org.db3311.sgc.core.intake.Party;
import org.db3311.sgc.core.intake.Refusal;
import org.db3311.sgc.core.intake.RegisterMatterUseCase;
import org.db3311.sgc.core.intake.RegistrationNumber;
import org.db3311.sgc.core.intake.WithdrawMatterUseCase;
import org.db3311.sgc.core.mediation.AssessSuitabilityUseCase;
import org.db3311.sgc.core.mediation.CloseMediationUseCase;
import org.db3311.sgc.core.mediation.ConcludeMediationUseCase;
import org.db3311.sgc.core.mediation.MediationCaseId;
import org.db3311.sgc.core.mediation.OpenMediationUseCase;
import org.db3311.sgc.core.mediation.RecordConsentUseCase;
import org.db3311.sgc.core.mediation.RecordSessionUseCase;
import org.db3311.sgc.core.mediation.ReferToLitigationUseCase;
import org.db3311.sgc.core.mediation.RouteMediationUseCase;
import org.db3311.sgc.core.mediation.ScheduleSessionUseCase;

/**
 * For any sequence of casework commands through the real services (legal or not: a refused command
 * changes nothing), the facts the projection keeps live equal the facts rebuilt from scratch from
 * the event log — delivered once in order, or with events repeated and the aggregates' streams
 * interleaved differently — and agree with what the audit trail says of each matter.
 */
@Label("The projection is idempotent and independent of interleaving")
class CaseFactProjectionProperties {

  /** One command: which matter slot, which action, a variant, and how long after the last one. */
  record Op(int slot, int action, int variant, int minutes) {}

  /** Commands 0–28 are specific; the rest advance the matter along its usual path. */
  static final int ACTIONS = 29;

  @Provide
  Arbitrary<List<Op>> scripts() {
    return Combinators.combine(
            Arbitraries.integers().between(0, 2),
            Arbitraries.integers().between(0, 4 * ACTIONS - 1),
            Arbitraries.integers().between(0, 2),
            Arbitraries.integers().between(0, 20 * 60))
        .as(Op::new)
        .list()
        .ofMinSize(20)
        .ofMaxSize(120);
  }

  @Property(tries = 100)
  @StatisticsReport(onFailureOnly = false)
  @Label("live facts = facts replayed from the event log, once, repeated or re-interleaved")
  void projected_facts_equal_replayed_facts(@ForAll("scripts") List<Op> script, @ForAll long seed) {
    CaseworkRig rig = new CaseworkRig("2026-01-05T09:00");
    Driver driver = new Driver(rig);
    script.forEach(driver::run);

    assertThat(rig.projectionFailures).isEmpty();
    Map<MatterId, MatterFact> live = byId(rig.facts.all().toList());
    List<DomainEvent> log = rig.events.published();

    CaseworkRig.Replay once = rig.replayer();
    once.projection().replay(log);
    assertThat(byId(once.facts().all().toList())).isEqualTo(live);

    CaseworkRig.Replay shuffled = rig.replayer();
    shuffled.projection().replay(interleavedWithRepeats(log, new Random(seed)));
    assertThat(byId(shuffled.facts().all().toList())).isEqualTo(live);

    assertAgreesWithAuditTrail(live, rig.audit.all());
    Statistics.label("a matter closed")
        .collect(live.values().stream().anyMatch(f -> f.outcome().isPresent()));
    Statistics.label("a file sealed").collect(!rig.archive.closedIn(2026).isEmpty());
    Statistics.label("a matter closed").coverage(c -> c.check(true).percentage(p -> p >= 30));
    Statistics.label("a file sealed").coverage(c -> c.check(true).percentage(p -> p >= 10));
  }

  @Property(tries = 40)
  @Label("live facts = facts replayed by one thread per aggregate, all at once")
  void facts_projected_concurrently_equal_live_facts(@ForAll("scripts") List<Op> script)
      throws InterruptedException {
    CaseworkRig rig = new CaseworkRig("2026-01-05T09:00");
    Driver driver = new Driver(rig);
    script.forEach(driver::run);
    Map<MatterId, MatterFact> live = byId(rig.facts.all().toList());
    Map<String, List<DomainEvent>> streams = new TreeMap<>();
    for (DomainEvent e : rig.events.published()) {
      streams
          .computeIfAbsent(e.aggregateType() + "|" + e.aggregateId(), k -> new ArrayList<>())
          .add(e);
    }

    // a matter's own stream and its mediation's, follow-up's or file's run on different threads:
    // the projection must apply each matter's events one at a time, whatever the others do
    CaseworkRig.Replay concurrent = rig.replayer();
    CountDownLatch start = new CountDownLatch(1);
    List<Thread> threads = new ArrayList<>();
    for (List<DomainEvent> stream : streams.values()) {
      threads.add(
          Thread.ofPlatform()
              .start(
                  () -> {
                    try {
                      start.await();
                    } catch (InterruptedException e) {
                      Thread.currentThread().interrupt();
                      return;
                    }
                    stream.forEach(concurrent.projection()::on);
                  }));
    }
    start.countDown();
    for (Thread t : threads) {
      t.join();
    }

    assertThat(concurrent.projection().failures()).isEmpty();
    assertThat(byId(concurrent.facts().all().toList())).isEqualTo(live);
  }

  /** What the audit trail records of each matter, the facts say too. */
  private static void assertAgreesWithAuditTrail(
      Map<MatterId, MatterFact> facts, List<AuditEntry> audit) {
    Map<String, List<AuditEntry>> matters = new LinkedHashMap<>();
    Map<String, Boolean> supervised = new LinkedHashMap<>();
    for (AuditEntry e : audit) {
      if (e.aggregateType().equals("Matter")) {
        matters.computeIfAbsent(e.aggregateId(), k -> new ArrayList<>()).add(e);
      }
      if (e.aggregateType().equals("SupervisionFile")) {
        supervised.put(e.aggregateId(), true);
      }
    }
    assertThat(facts.keySet())
        .containsExactlyInAnyOrderElementsOf(matters.keySet().stream().map(MatterId::of).toList());
    matters.forEach(
        (id, entries) -> {
          MatterFact f = facts.get(MatterId.of(id));
          assertThat(f.registeredAt()).isEqualTo(entries.getFirst().at());
          assertThat(f.acceptedAt())
              .isEqualTo(
                  entries.stream()
                      .filter(e -> e.action().equals("ACCEPT"))
                      .map(AuditEntry::at)
                      .findFirst());
          String last = entries.getLast().toState();
          boolean ended = List.of("CLOSED", "REFUSED", "WITHDRAWN").contains(last);
          assertThat(f.isClosed()).as(id + " ended").isEqualTo(ended);
          if (last.equals("CLOSED")) {
            assertThat(f.closedAt()).contains(entries.getLast().at());
          }
          assertThat(f.handlingUnit().isPresent())
              .as(id + " supervised")
              .isEqualTo(supervised.getOrDefault(id, false));
        });
  }

  /**
   * The log with each aggregate's events in their order but the aggregates interleaved at random,
   * and now and then an event delivered before delivered again.
   */
  static List<DomainEvent> interleavedWithRepeats(List<DomainEvent> log, Random random) {
    Map<String, Deque<DomainEvent>> streams = new TreeMap<>();
    for (DomainEvent e : log) {
      streams
          .computeIfAbsent(e.aggregateType() + "|" + e.aggregateId(), k -> new ArrayDeque<>())
          .add(e);
    }
    List<Deque<DomainEvent>> open = new ArrayList<>(streams.values());
    List<DomainEvent> out = new ArrayList<>();
    while (!open.isEmpty()) {
      Deque<DomainEvent> q = open.get(random.nextInt(open.size()));
      out.add(q.poll());
      if (q.isEmpty()) {
        open.remove(q);
      }
      if (random.nextInt(4) == 0) {
        out.add(out.get(random.nextInt(out.size())));
      }
    }
    return out;
  }

  private static Map<MatterId, MatterFact> byId(List<MatterFact> facts) {
    Map<MatterId, MatterFact> m = new TreeMap<>();
    facts.forEach(f -> m.put(f.id(), f));
    return m;
  }

  /** Runs ops against the services; a command the state refuses is skipped. */
  static final class Driver {
    static final List<Party> PEOPLE =
        List.of(
            citizen("王一", "33112119800101001"),
            citizen("赵二", "33112119900202002"),
            citizen("钱三", "33112119750303003"));
    static final Party FIRM = Party.Organisation.of("丽水某建筑有限公司", "91512081MA62K0260E", null);
    static final List<String> DISPUTES =
        List.of("dispute.labour", "dispute.neighbour", "dispute.contract");
    static final List<String> EVENTS =
        List.of("event.petition", "event.safety_hazard", "event.public_demand");
    static final UnitId WENXI = UnitId.of("wenxi-town");
    static final UnitId TRANSPORT = UnitId.of("county-transport");

    final CaseworkRig rig;
    final Map<Integer, RegistrationNumber> matters = new LinkedHashMap<>();
    final Map<Integer, MediationCaseId> mediations = new LinkedHashMap<>();

    Driver(CaseworkRig rig) {
      this.rig = rig;
    }

    static Party citizen(String name, String first17) {
      return Party.Citizen.of(
          name,
          first17 + ResidentIdNumber.checkCharacter(first17),
          "1390578" + first17.substring(13));
    }

    void run(Op op) {
      rig.clock.advance(Duration.ofMinutes(op.minutes()));
      try {
        act(op);
      } catch (IllegalTransitionException
          | IllegalStateException
          | IllegalArgumentException
          | NoSuchElementException e) {
        // the command was not legal in the current state: casework refused it, nothing changed
      }
    }

    private void act(Op op) {
      int slot = op.slot();
      int v = op.variant();
      Optional<RegistrationNumber> n = Optional.ofNullable(matters.get(slot));
      Optional<MediationCaseId> m = Optional.ofNullable(mediations.get(slot));
      if (op.action() >= ACTIONS) {
        advance(slot, v);
        return;
      }
      switch (op.action()) {
        case 0 ->
            matters.put(slot, register(CaseworkRig.dispute(PEOPLE.get(v), FIRM, DISPUTES.get(v))));
        case 1 -> matters.put(slot, register(CaseworkRig.event(PEOPLE.get(v), EVENTS.get(v))));
        case 2 ->
            rig.intake.decide(
                new DecideIntakeUseCase.Command(
                    n.orElseThrow(), DecideIntakeUseCase.Verdict.Review.clean(), CLERK));
        case 3 ->
            rig.intake.decide(
                new DecideIntakeUseCase.Command(
                    n.orElseThrow(),
                    new DecideIntakeUseCase.Verdict.Refuse(new Refusal("不属受理范围", "县人民法院")),
                    CLERK));
        case 4 ->
            rig.intake.withdraw(new WithdrawMatterUseCase.Command(n.orElseThrow(), "已自行和解", CLERK));
        case 5 ->
            mediations.put(
                slot, rig.mediation.open(new OpenMediationUseCase.Command(n.orElseThrow(), CLERK)));
        case 6 ->
            rig.mediation.assess(
                new AssessSuitabilityUseCase.Command(m.orElseThrow(), v != 2, "评估", CLERK));
        case 7 -> {
          rig.mediation.recordConsent(
              new RecordConsentUseCase.Command(m.orElseThrow(), 0, v != 2, true, CLERK));
          rig.mediation.recordConsent(
              new RecordConsentUseCase.Command(m.orElseThrow(), 1, true, true, CLERK));
        }
        case 8 -> rig.mediation.route(new RouteMediationUseCase.Command(m.orElseThrow(), CLERK));
        case 9 ->
            rig.mediation.schedule(
                new ScheduleSessionUseCase.Command(
                    m.orElseThrow(),
                    ScheduleSessionUseCase.Mode.ONLINE,
                    rig.clock.instant().plus(Duration.ofHours(1)),
                    Optional.empty(),
                    CLERK));
        case 10 ->
            rig.mediation.recordSession(
                new RecordSessionUseCase.Command(
                    m.orElseThrow(),
                    CaseworkRig.session(applicant(n), FIRM.name(), rig.clock.instant()),
                    CLERK));
        case 11 ->
            rig.mediation.conclude(
                new ConcludeMediationUseCase.Command(
                    m.orElseThrow(),
                    v == 0
                        ? new ConcludeMediationUseCase.Outcome.Failure("分歧过大", "告知可申请仲裁或起诉")
                        : new ConcludeMediationUseCase.Outcome.Agreement(
                            CaseworkRig.agreement(applicant(n), FIRM.name(), today())),
                    CLERK));
        case 12 ->
            rig.mediation.refer(new ReferToLitigationUseCase.Command(m.orElseThrow(), CLERK));
        case 13 -> rig.mediation.close(new CloseMediationUseCase.Command(m.orElseThrow(), CLERK));
        case 14 ->
            rig.eventHandling.receive(new ReceiveEventUseCase.Command(n.orElseThrow(), DISPATCHER));
        case 15 ->
            rig.eventHandling.triage(
                new TriageEventUseCase.Command(
                    n.orElseThrow(),
                    switch (v) {
                      case 0 -> TriageFacts.single(WENXI);
                      case 1 ->
                          new TriageFacts(
                              List.of(WENXI, TRANSPORT),
                              Optional.of(TRANSPORT),
                              false,
                              true,
                              false,
                              false);
                      default ->
                          new TriageFacts(List.of(), Optional.empty(), false, false, false, true);
                    },
                    DISPATCHER));
        case 16 -> step(n, new HandleEventUseCase.Step.SignFor());
        case 17 -> step(n, new HandleEventUseCase.Step.ReportHandled("已处置"));
        case 18 ->
            step(
                n,
                new HandleEventUseCase.Step.Close(
                    new MatterResult(
                        v == 0 ? MatterResult.Outcome.NOT_RESOLVED : MatterResult.Outcome.RESOLVED,
                        "处置结束")));
        case 19 ->
            step(
                n,
                new HandleEventUseCase.Step.Review(
                    new EventReview("处置及时", List.of("加强巡查"), "中心主任")));
        case 20 -> step(n, new HandleEventUseCase.Step.ReportResult("已上报"));
        case 21 -> step(n, new HandleEventUseCase.Step.Archive());
        case 22 ->
            rig.followUp.record(
                new RecordSurveyUseCase.Command(
                    round(n),
                    applicant(n),
                    SurveyMethod.values()[v],
                    Satisfaction.values()[v],
                    "",
                    CLERK));
        case 23 -> rig.followUp.reopen(new ConcludeFollowUpUseCase.Reopen(round(n), "不满意", CLERK));
        case 24 -> rig.followUp.conclude(new ConcludeFollowUpUseCase.Conclude(round(n), CLERK));
        case 25 -> rig.supervision.sweep();
        case 26 -> step(n, new HandleEventUseCase.Step.Return("处置不到位"));
        case 27 -> step(n, new HandleEventUseCase.Step.CityResult("市中心已处置"));
        default -> step(n, new HandleEventUseCase.Step.DeclineAssignment("不属本单位"));
      }
    }

    /** The usual next step of the matter in the slot, so that scripts reach closure and archive. */
    private void advance(int slot, int v) {
      Op next = new Op(slot, nextAction(Optional.ofNullable(matters.get(slot)), slot, v), v, 0);
      act(next);
    }

    private int nextAction(Optional<RegistrationNumber> n, int slot, int v) {
      if (n.isEmpty()) {
        return v == 2 ? 1 : 0;
      }
      var matter = rig.intake.matter(n.get());
      boolean dispute = matter.kind() == org.db3311.sgc.core.intake.Category.Kind.DISPUTE;
      switch (matter.state()) {
        case PENDING_DECISION, AWAITING_SUPPLEMENT -> {
          return 2;
        }
        case ACCEPTED -> {
          return dispute ? 5 : 14;
        }
        case CLOSED -> {
          if (!dispute) {
            int e = eventStep(n.get());
            if (e >= 0) {
              return e;
            }
          }
          var state = rig.followUp.followUp(round(n)).state();
          return switch (state) {
            case RESULT_NOTIFIED, SATISFIED -> v == 1 ? 24 : 22;
            case DISSATISFIED -> v == 0 ? 23 : 24;
            default -> 25;
          };
        }
        case IN_HANDLING -> {
          if (!dispute) {
            int e = eventStep(n.get());
            return e >= 0 ? e : 25;
          }
          MediationCaseId id = mediations.get(slot);
          if (id == null) {
            return 5;
          }
          return switch (rig.mediation.mediation(id).state()) {
            case OPENED -> 6;
            case AWAITING_CONSENT -> 7;
            case CONSENTED -> 8;
            case ROUTED -> 9;
            case SCHEDULED -> 10;
            case IN_SESSION -> 11;
            case FAILED -> v == 1 ? 12 : 13;
            case CLOSED -> 5;
            default -> 13;
          };
        }
        default -> {
          return 25;
        }
      }
    }

    /** The event's next step, or -1 when it has none. */
    private int eventStep(RegistrationNumber n) {
      return switch (rig.eventHandling.event(n).state()) {
        case RECEIVED -> 15;
        case ASSIGNED, LEADER_COORDINATING -> 16;
        case REPORTED_TO_CITY -> 27;
        case IN_HANDLING -> 17;
        case HANDLED -> 18;
        case CLOSED -> 19;
        case REVIEWED -> 20;
        case RESULT_REPORTED -> 21;
        default -> -1;
      };
    }

    private RegistrationNumber register(org.db3311.sgc.core.intake.Registration r) {
      return rig.intake.register(new RegisterMatterUseCase.Command(r, CLERK)).number();
    }

    private void step(Optional<RegistrationNumber> n, HandleEventUseCase.Step s) {
      rig.eventHandling.handle(new HandleEventUseCase.Command(n.orElseThrow(), s, DISPATCHER));
    }

    private String applicant(Optional<RegistrationNumber> n) {
      return rig.intake
          .matter(n.orElseThrow())
          .registration()
          .applicants()
          .getFirst()
          .party()
          .name();
    }

    private FollowUpId round(Optional<RegistrationNumber> n) {
      return new FollowUpId(n.orElseThrow(), rig.intake.matter(n.get()).reopenCount() + 1);
    }

    private LocalDate today() {
      return LocalDate.ofInstant(rig.clock.instant(), MutableClock.ZONE);
    }
  }
}
