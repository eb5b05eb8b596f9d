package org.db3311.sgc.core.emergency;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.db3311.sgc.core.catalog.Implements;
import org.db3311.sgc.core.common.Actor;
import org.db3311.sgc.core.common.AuditTrail;
import org.db3311.sgc.core.common.ChangeRecorder;
import org.db3311.sgc.core.common.DomainEventPublisher;
import org.db3311.sgc.core.common.ItemFailure;
import org.db3311.sgc.core.common.SequenceGenerator;
import org.db3311.sgc.core.common.SweepResult;
import org.db3311.sgc.core.common.UnitId;
import org.db3311.sgc.core.warning.Warning;

/**
 * Use cases of emergency command coordination (6.6): discover an incident from a report or a system
 * warning, grade it (the policy suggests, a person decides), put a leader or task force in charge,
 * activate the plan with the county headquarters, order departments, record arrivals, completions
 * and progress, close and review; and list the incidents whose progress report is overdue for their
 * grade. Every change is audited and published as an {@link IncidentEvent}; a refusal changes
 * nothing and records nothing.
 */
@Implements({"6.6.1.p1", "6.6.1.p2", "6.6.1.p3"})
public final class EmergencyService implements EmergencyUseCases {

  /**
   * How often progress is expected by grade: I hourly, II every 2 h, III every 4 h, IV twice a day.
   */
  public static Map<IncidentGrade, Duration> defaultCadence() {
    Map<IncidentGrade, Duration> m = new EnumMap<>(IncidentGrade.class);
    m.put(IncidentGrade.I, Duration.ofHours(1));
    m.put(IncidentGrade.II, Duration.ofHours(2));
    m.put(IncidentGrade.III, Duration.ofHours(4));
    m.put(IncidentGrade.IV, Duration.ofHours(12));
    return m;
  }

  private final IncidentRepository incidents;
  private final EmergencyHeadquarters headquarters;
  private final GradingPolicy grading;
  private final Map<IncidentGrade, Duration> cadence;
  private final Clock clock;
  private final SequenceGenerator ids;
  private final ChangeRecorder recorder;

  public EmergencyService(
      IncidentRepository incidents,
      SequenceGenerator ids,
      EmergencyHeadquarters headquarters,
      GradingPolicy grading,
      Map<IncidentGrade, Duration> cadence,
      DomainEventPublisher events,
      AuditTrail audit,
      Clock clock) {
    this.incidents = Objects.requireNonNull(incidents, "incidents");
    this.ids = Objects.requireNonNull(ids, "ids");
    this.headquarters = Objects.requireNonNull(headquarters, "headquarters");
    this.grading = Objects.requireNonNull(grading, "grading");
    Map<IncidentGrade, Duration> c = new EnumMap<>(IncidentGrade.class);
    c.putAll(cadence);
    if (c.size() != IncidentGrade.values().length) {
      throw new IllegalArgumentException("a progress cadence for every grade");
    }
    this.cadence = c;
    this.recorder = new ChangeRecorder(events, audit);
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** As {@link #discover(Command)}, returning the incident itself. */
  public Incident discover(Discovery.Channel channel, String reference, String summary, Actor by) {
    return discoverIncident(new Command(channel, reference, summary, by));
  }

  @Override
  public IncidentSnapshot discover(Command command) {
    return discoverIncident(command).snapshot();
  }

  private Incident discoverIncident(Command c) {
    Discovery.Channel channel = c.channel();
    String reference = c.reference();
    String summary = c.summary();
    Actor by = c.by();
    Incident i =
        new Incident(
            IncidentId.of(
                "EM-"
                    + LocalDate.now(clock).getYear()
                    + "-"
                    + String.format("%04d", ids.next("EM" + LocalDate.now(clock).getYear()))),
            new Discovery(channel, reference, summary, clock.instant(), by));
    store(i);
    return i;
  }

  /** An incident discovered through a system warning (系统预警). */
  public Incident discover(Warning warning, String summary, Actor by) {
    return discover(Discovery.Channel.SYSTEM_WARNING, warning.id().value(), summary, by);
  }

  public IncidentGrade suggestGrade(ImpactAssessment impact) {
    return grading.suggest(impact);
  }

  public CommandResult grade(
      IncidentId id, ImpactAssessment impact, IncidentGrade grade, String rationale, Actor by) {
    Incident i = get(id);
    CommandResult o =
        i.grade(
            new Incident.Grading(
                grade, grading.suggest(impact), impact, rationale, by, clock.instant()));
    store(i);
    return o;
  }

  public void assignLead(IncidentId id, Leadership lead, Actor by) {
    Incident i = get(id);
    i.assignLead(lead, by, clock.instant());
    store(i);
  }

  public CommandResult activatePlan(IncidentId id, String planId, Actor by) {
    Incident i = get(id);
    ResponsePlan plan =
        headquarters.plans().stream()
            .filter(p -> p.id().equals(planId))
            .findFirst()
            .orElseThrow(() -> new ResponsePlanNotFoundException(headquarters.name(), planId));
    CommandResult o = i.activatePlan(plan, headquarters.name(), by, clock.instant());
    // stored first: the headquarters is never told of an activation the center failed to record
    store(i);
    if (o instanceof CommandResult.Done) {
      headquarters.activate(plan, i);
    }
    return o;
  }

  public CommandResult issueOrder(
      IncidentId id,
      String orderId,
      UnitId department,
      String instruction,
      boolean onSite,
      Actor by) {
    Incident i = get(id);
    CommandResult o = i.issueOrder(orderId, department, instruction, onSite, by, clock.instant());
    store(i);
    return o;
  }

  public void arrivedOnSite(IncidentId id, String orderId, Actor by) {
    Incident i = get(id);
    i.arrivedOnSite(orderId, by, clock.instant());
    store(i);
  }

  public CommandResult completeOrder(IncidentId id, String orderId, String completion, Actor by) {
    Incident i = get(id);
    CommandResult o = i.completeOrder(orderId, completion, by, clock.instant());
    store(i);
    return o;
  }

  public void reportProgress(IncidentId id, UnitId from, String text, boolean fromSite, Actor by) {
    Incident i = get(id);
    i.reportProgress(new ProgressReport(clock.instant(), from, text, fromSite), by);
    store(i);
  }

  public CommandResult close(IncidentId id, String summary, Actor by) {
    Incident i = get(id);
    CommandResult o = i.close(summary, by, clock.instant());
    store(i);
    return o;
  }

  public void review(IncidentId id, String findings, List<String> lessons, Actor by) {
    Incident i = get(id);
    i.review(new Incident.Review(by, clock.instant(), findings, lessons));
    store(i);
  }

  /**
   * Incidents in response whose next progress report is overdue now. An incident that cannot be
   * read or judged is reported in the result and the others are still listed.
   */
  public SweepResult<Incident> progressOverdue() {
    Instant now = clock.instant();
    List<Incident> out = new ArrayList<>();
    List<ItemFailure> failed = new ArrayList<>();
    for (IncidentId id : incidents.ids()) {
      try {
        Incident i = get(id);
        if (i.nextProgressDue(cadence).map(now::isAfter).orElse(false)) {
          out.add(i);
        }
      } catch (RuntimeException e) {
        failed.add(ItemFailure.of(id.value(), e));
      }
    }
    return new SweepResult<>(out, failed);
  }

  private void store(Incident i) {
    if (i.pendingEvents().isEmpty()) {
      return;
    }
    incidents.save(i);
    recorder.record(i);
  }

  public Incident get(IncidentId id) {
    return incidents.find(id).orElseThrow(() -> new IncidentNotFoundException(id));
  }

  @Override
  public CommandResult grade(Grade c) {
    return grade(c.id(), c.impact(), c.grade(), c.rationale(), c.by());
  }

  @Override
  public IncidentSnapshot assignLead(AssignLead c) {
    assignLead(c.id(), c.lead(), c.by());
    return incident(c.id());
  }

  @Override
  public CommandResult activatePlan(ActivatePlan c) {
    return activatePlan(c.id(), c.planId(), c.by());
  }

  @Override
  public CommandResult issueOrder(IssueOrder c) {
    return issueOrder(c.id(), c.orderId(), c.department(), c.instruction(), c.onSite(), c.by());
  }

  @Override
  public IncidentSnapshot arriveOnSite(ArriveOnSite c) {
    arrivedOnSite(c.id(), c.orderId(), c.by());
    return incident(c.id());
  }

  @Override
  public CommandResult completeOrder(CompleteOrder c) {
    return completeOrder(c.id(), c.orderId(), c.completion(), c.by());
  }

  @Override
  public IncidentSnapshot reportProgress(ReportProgress c) {
    reportProgress(c.id(), c.from(), c.text(), c.fromSite(), c.by());
    return incident(c.id());
  }

  @Override
  public CommandResult close(Close c) {
    return close(c.id(), c.summary(), c.by());
  }

  @Override
  public IncidentSnapshot review(Review c) {
    review(c.id(), c.findings(), c.lessons(), c.by());
    return incident(c.id());
  }

  @Override
  public SweepResult<IncidentSnapshot> progressOverdueIncidents() {
    SweepResult<Incident> r = progressOverdue();
    return new SweepResult<>(r.items().stream().map(Incident::snapshot).toList(), r.failed());
  }

  @Override
  public SweepResult<IncidentSnapshot> incidents() {
    List<IncidentSnapshot> out = new ArrayList<>();
    List<ItemFailure> failed = new ArrayList<>();
    for (IncidentId id :
        incidents.ids().stream()
            .sorted(java.util.Comparator.comparing(IncidentId::value))
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
  public IncidentSnapshot incident(IncidentId id) {
    return get(id).snapshot();
  }
}
