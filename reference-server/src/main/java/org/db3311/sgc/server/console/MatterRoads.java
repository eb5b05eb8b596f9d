package org.db3311.sgc.server.console;

import static org.db3311.sgc.server.console.ConsolePages.blankToNull;
import static org.db3311.sgc.server.console.ConsolePages.text;

import jakarta.ws.rs.core.MultivaluedMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.db3311.sgc.adapter.jpa.JpaGovernanceEventRepository;
import org.db3311.sgc.adapter.jpa.JpaOnwardReferralRepository;
import org.db3311.sgc.core.calendar.WorkingCalendar;
import org.db3311.sgc.core.common.Actor;
import org.db3311.sgc.core.common.AuditEntry;
import org.db3311.sgc.core.common.AuditTrail;
import org.db3311.sgc.core.eventhandling.EventState;
import org.db3311.sgc.core.eventhandling.GovernanceEvent;
import org.db3311.sgc.core.eventhandling.GovernanceEventSnapshot;
import org.db3311.sgc.core.eventhandling.HandleEventUseCase;
import org.db3311.sgc.core.eventhandling.TriageFacts;
import org.db3311.sgc.core.intake.Category;
import org.db3311.sgc.core.intake.MatterSnapshot;
import org.db3311.sgc.core.intake.MatterState;
import org.db3311.sgc.core.intake.RegistrationNumber;
import org.db3311.sgc.core.mediation.MediationSnapshot;
import org.db3311.sgc.core.mediation.MediationState;
import org.db3311.sgc.core.onward.OnwardReferral;
import org.db3311.sgc.core.onward.OnwardReferralSnapshot;
import org.db3311.sgc.core.onward.OnwardState;
import org.db3311.sgc.core.onward.RecordStepUseCase;
import org.db3311.sgc.core.onward.ReferOnwardUseCase;
import org.db3311.sgc.core.onward.Road;
import org.db3311.sgc.core.onward.RoadClock;
import org.db3311.sgc.server.events.EventRequests;
import org.db3311.sgc.server.http.ETags;
import org.db3311.sgc.server.http.Requests;
import org.db3311.sgc.server.onward.OnwardRequests;
import org.db3311.sgc.server.security.Caller;
import org.db3311.sgc.server.security.Roles;
import org.db3311.sgc.server.wiring.Centers;

/**
 * The matter page's two further roads: a social-governance event's handling (社会治理事件处置, 6.3.1.1 to
 * 6.3.1.3) and the onward roads (分流) a dispute takes when mediation does not settle it: the bodies
 * of the dispute zone of 5.1.2.2.1 (信访, 诉讼, 仲裁, 行政复议, 公共法律服务 — legal aid is the product's reading
 * of the last) and the flow of 图2 (6.2.1); the online litigation filing of 6.2.1.1.2. Which forms
 * show follows the event's or referral's state and the roles the API allows for the same step; the
 * forms are read with the API's own request helpers ({@link EventRequests}, {@link
 * OnwardRequests}), so a field the API refuses is refused here with the same words.
 */
public final class MatterRoads {
  private MatterRoads() {}

  /** The roles the API lets read an event ({@code GET /api/v1/events/…}). */
  static final Set<String> EVENT_READERS =
      Set.of(
          Roles.CLERK,
          Roles.HANDLER,
          Roles.SUPERVISOR,
          Roles.LEADER,
          Roles.ANALYST,
          Roles.INSPECTOR,
          Roles.ADMIN);

  /** The roles the API lets read a referral ({@code GET /api/v1/onward/…}). */
  static final Set<String> ONWARD_READERS =
      Set.of(
          Roles.CLERK,
          Roles.MEDIATOR,
          Roles.HANDLER,
          Roles.SUPERVISOR,
          Roles.LEADER,
          Roles.INSPECTOR,
          Roles.ADMIN);

  /**
   * The outcomes these forms lead to, by the code the redirect carries; texts {@code done.<code>}.
   */
  static final Set<String> DONE =
      Set.of(
          "eventReceived",
          "triaged",
          "event-SIGN_FOR",
          "event-DECLINE_ASSIGNMENT",
          "event-REPORT_HANDLED",
          "event-CITY_RESULT",
          "event-RETURN",
          "event-CLOSE",
          "event-REVIEW",
          "event-REPORT_RESULT",
          "event-ARCHIVE",
          "litigation",
          "referred",
          "onward-RECEIVED",
          "onward-NOT_ACCEPTED",
          "onward-EXTENDED",
          "onward-DECIDED",
          "onward-REVIEW_REQUESTED",
          "onward-REVIEW_CONCLUDED",
          "onward-RECHECK_REQUESTED",
          "onward-RECHECK_CONCLUDED",
          "reportedBack");

  /** The event of a matter: its state, what triage and handling recorded, its version. */
  public record EventPanel(String state, String stateName, List<String> facts, String version) {}

  /** One onward referral: its road, state, what the body reported, its clocks, its version. */
  public record ReferralPanel(
      String id,
      int number,
      String road,
      String roadName,
      String state,
      String stateName,
      boolean reviews,
      List<String> facts,
      List<ConsoleViews.Deadline> clocks,
      String version) {}

  /**
   * What the matter page shows of both roads, and the forms the caller may use now.
   *
   * @param open the referral still running, whose steps the forms record; null when none runs
   * @param today the county's day, the default of the forms' dates
   */
  public record Panel(
      EventPanel event,
      List<ReferralPanel> referrals,
      ReferralPanel open,
      Set<String> actions,
      List<ConsoleViews.Option> roads,
      String today,
      List<KnownUnits.Unit> units) {
    public boolean can(String action) {
      return actions.contains(action);
    }
  }

  /** The panel of matter {@code s} as {@code caller} may see and act on it. */
  static Panel of(
      Caller caller,
      Centers.County county,
      MatterSnapshot s,
      Optional<MediationSnapshot> mediation) {
    boolean admin = caller.has(Roles.ADMIN);
    Optional<GovernanceEventSnapshot> event =
        EVENT_READERS.stream().anyMatch(caller::has) ? event(county, s.number()) : Optional.empty();
    List<OnwardReferralSnapshot> referrals =
        ONWARD_READERS.stream().anyMatch(caller::has) ? referrals(county, s.number()) : List.of();
    Set<String> out = new LinkedHashSet<>();

    // 6.3: an accepted event matter is received into handling by the window or the center
    if (s.state() == MatterState.ACCEPTED
        && s.kind() == Category.Kind.EVENT
        && event.isEmpty()
        && (admin || caller.has(Roles.CLERK) || caller.has(Roles.SUPERVISOR))) {
      out.add("eventReceive");
    }
    event.ifPresent(e -> out.addAll(eventActions(caller, e.state())));

    boolean mediator = admin || caller.has(Roles.MEDIATOR);
    if (mediator && mediation.isPresent() && s.state() == MatterState.IN_HANDLING) {
      MediationState m = mediation.get().state();
      // 6.2.1.1.2: after a failed mediation the parties may apply for online filing directly
      if (m == MediationState.FAILED) {
        out.add("litigation");
      }
      boolean running = referrals.stream().anyMatch(r -> !ended(r.state()));
      boolean first =
          EnumSet.of(
                  MediationState.UNSUITABLE,
                  MediationState.DECLINED,
                  MediationState.FAILED,
                  MediationState.REFERRED_TO_LITIGATION)
              .contains(m);
      boolean again =
          m == MediationState.ROUTED_ONWARD
              && !referrals.isEmpty()
              && referrals.getLast().state() == OnwardState.NOT_ACCEPTED;
      if (!running && (first || again)) {
        out.add("refer");
      }
    }
    OnwardReferralSnapshot open =
        referrals.stream().filter(r -> !ended(r.state())).findFirst().orElse(null);
    boolean recorder =
        admin
            || caller.has(Roles.MEDIATOR)
            || caller.has(Roles.HANDLER)
            || caller.has(Roles.SUPERVISOR);
    if (open != null && recorder) {
      out.addAll(onwardActions(open));
    }

    WorkingCalendar calendar = county.center().calendar();
    LocalDate today = county.today();
    List<ReferralPanel> panels = referrals.stream().map(r -> referral(r, calendar, today)).toList();
    return new Panel(
        event.map(MatterRoads::eventPanel).orElse(null),
        panels,
        open == null
            ? null
            : panels.stream()
                .filter(p -> p.number() == open.id().number())
                .findFirst()
                .orElseThrow(),
        out,
        Arrays.stream(Road.values())
            .map(
                r ->
                    new ConsoleViews.Option(
                        r.name(), ConsoleTexts.current().name("road", r), false))
            .toList(),
        today.toString(),
        // read only for the forms that name units
        out.contains("triage") || out.contains("refer")
            ? KnownUnits.of(county, LeaderConsoleResource.DIVISIONS)
            : List.of());
  }

  /** The handling steps of the event's state (6.3.1.1 to 6.3.1.3), for the API's roles. */
  private static Set<String> eventActions(Caller caller, EventState state) {
    boolean admin = caller.has(Roles.ADMIN);
    boolean triage = admin || caller.has(Roles.SUPERVISOR) || caller.has(Roles.LEADER);
    boolean handle = triage || caller.has(Roles.HANDLER);
    Set<String> out = new LinkedHashSet<>();
    if (state == EventState.RECEIVED && triage) {
      out.add("triage");
    }
    if (!handle) {
      return out;
    }
    for (EventRequests.Step step : stepsOf(state)) {
      out.add("event-" + step.name());
    }
    return out;
  }

  /** Which handling steps a state allows (EventWorkflow); the core refuses any other anyway. */
  private static List<EventRequests.Step> stepsOf(EventState state) {
    return switch (state) {
      case ASSIGNED -> List.of(EventRequests.Step.SIGN_FOR, EventRequests.Step.DECLINE_ASSIGNMENT);
      case LEADER_COORDINATING -> List.of(EventRequests.Step.SIGN_FOR);
      case IN_HANDLING -> List.of(EventRequests.Step.REPORT_HANDLED);
      case REPORTED_TO_CITY -> List.of(EventRequests.Step.CITY_RESULT);
      case HANDLED -> List.of(EventRequests.Step.RETURN, EventRequests.Step.CLOSE);
      case CLOSED -> List.of(EventRequests.Step.REVIEW);
      case REVIEWED -> List.of(EventRequests.Step.REPORT_RESULT);
      case RESULT_REPORTED -> List.of(EventRequests.Step.ARCHIVE);
      case RECEIVED, TRANSFERRED, ARCHIVED -> List.of();
    };
  }

  /** The steps a referral's state allows (6.2.1.3); 复查 and 复核 only on the 信访 road. */
  private static Set<String> onwardActions(OnwardReferralSnapshot r) {
    Set<String> out = new LinkedHashSet<>();
    boolean reviews = r.road().hasReviews();
    switch (r.state()) {
      case REFERRED -> {
        out.add("onward-RECEIVED");
        out.add("onward-NOT_ACCEPTED");
      }
      case RECEIVED -> {
        out.add("onward-DECIDED");
        out.add("onward-EXTENDED");
      }
      case DECIDED -> {
        if (reviews) {
          out.add("onward-REVIEW_REQUESTED");
        }
        out.add("reportBack");
      }
      case UNDER_REVIEW -> out.add("onward-REVIEW_CONCLUDED");
      case REVIEWED -> {
        if (reviews) {
          out.add("onward-RECHECK_REQUESTED");
        }
        out.add("reportBack");
      }
      case UNDER_RECHECK -> out.add("onward-RECHECK_CONCLUDED");
      case RECHECKED -> out.add("reportBack");
      case NOT_ACCEPTED, REPORTED_BACK -> {}
    }
    return out;
  }

  private static boolean ended(OnwardState s) {
    return s == OnwardState.NOT_ACCEPTED || s == OnwardState.REPORTED_BACK;
  }

  // ---------------------------------------------------------------- reading

  static Optional<GovernanceEventSnapshot> event(Centers.County county, RegistrationNumber n) {
    return county
        .store()
        .unitOfWork()
        .inTransaction(
            () ->
                new JpaGovernanceEventRepository(county.store())
                    .find(n)
                    .map(GovernanceEvent::snapshot));
  }

  static List<OnwardReferralSnapshot> referrals(Centers.County county, RegistrationNumber n) {
    return county
        .store()
        .unitOfWork()
        .inTransaction(
            () ->
                new JpaOnwardReferralRepository(county.store())
                    .ofMatter(n).stream()
                        .map(OnwardReferral::snapshot)
                        .sorted(Comparator.comparingInt(r -> r.id().number()))
                        .toList());
  }

  private static EventPanel eventPanel(GovernanceEventSnapshot e) {
    ConsoleTexts t = ConsoleTexts.current();
    List<String> facts = new ArrayList<>();
    e.scope().ifPresent(s -> facts.add(t.text("event.fact.scope", scopeName(s.name()))));
    if (!e.units().isEmpty()) {
      facts.add(
          t.text(
              "event.fact.units",
              String.join(
                  t.lookup("list.separator"), e.units().stream().map(u -> u.value()).toList())));
    }
    e.lead().ifPresent(u -> facts.add(t.text("event.fact.lead", u.value())));
    e.dutyLeader().ifPresent(l -> facts.add(t.text("event.fact.dutyLeader", l.name())));
    e.dutyFallback().ifPresent(r -> facts.add(t.text("event.fact.fallback", r)));
    e.cityReference().ifPresent(r -> facts.add(t.text("event.fact.city", r)));
    e.transferReference().ifPresent(r -> facts.add(t.text("event.fact.transfer", r)));
    e.handlingReports().forEach(r -> facts.add(t.text("event.fact.handled", r)));
    e.review()
        .ifPresent(
            r ->
                facts.add(
                    t.text(
                        "event.fact.review",
                        r.assessment(),
                        String.join(t.lookup("list.semicolon"), r.lessons()),
                        r.reviewedBy())));
    e.resultReference().ifPresent(r -> facts.add(t.text("event.fact.resultReference", r)));
    return new EventPanel(
        e.state().name(), eventStateName(e.state()), facts, ETags.of(e).getValue());
  }

  private static ReferralPanel referral(
      OnwardReferralSnapshot r, WorkingCalendar calendar, LocalDate today) {
    ConsoleTexts t = ConsoleTexts.current();
    List<String> facts = new ArrayList<>();
    facts.add(t.text("onward.fact.body", r.bodyName(), r.body().value()));
    facts.add(t.text("onward.fact.reason", r.reason(), r.referredOn()));
    r.filingReference().ifPresent(f -> facts.add(t.text("onward.fact.filing", f)));
    r.bodyReference()
        .ifPresent(
            f ->
                facts.add(
                    t.text(
                        r.simplified()
                            ? "onward.fact.bodyReferenceSimplified"
                            : "onward.fact.bodyReference",
                        f)));
    r.notAcceptedReason().ifPresent(x -> facts.add(t.text("onward.fact.notAccepted", x)));
    r.steps()
        .forEach(
            x ->
                facts.add(
                    t.text(
                        "onward.fact.step", x.on(), onwardStepName(x.action().name()), x.note())));
    r.report()
        .ifPresent(
            x ->
                facts.add(
                    t.text(
                        x.settled() ? "onward.fact.reportSettled" : "onward.fact.reportUnsettled",
                        x.reportId(),
                        x.on(),
                        x.conclusion())));
    List<ConsoleViews.Deadline> clocks = new ArrayList<>();
    for (RoadClock c : r.clocks()) {
      if (c.isRunning()) {
        // a clock that cannot be counted is left out, and the others still shown
        try {
          clocks.add(
              ConsoleCaseResource.left(
                  calendar,
                  today,
                  clockName(c.step().name()),
                  ConsoleCaseResource.due(calendar, today, c.dueDate(calendar))));
        } catch (RuntimeException e) {
          facts.add(t.text("onward.fact.clockFailed", clockName(c.step().name()), e.getMessage()));
        }
      }
    }
    return new ReferralPanel(
        r.id().toString(),
        r.id().number(),
        r.road().name(),
        t.name("road", r.road()),
        r.state().name(),
        referralStateName(r.state()),
        r.road().hasReviews(),
        facts,
        clocks,
        ETags.of(r).getValue());
  }

  // ---------------------------------------------------------------- forms

  /** The triage form as the API's request (6.3.1.1, 6.3.1.2, R12); 400 naming each bad field. */
  static TriageFacts triage(MultivaluedMap<String, String> form) {
    // the units ticked in the list of known ones, then those typed beside it, each once
    Set<String> units = new LinkedHashSet<>();
    List<String> ticked = form.get("unit");
    if (ticked != null) {
      ticked.stream().map(String::strip).filter(u -> !u.isEmpty()).forEach(units::add);
    }
    units.addAll(words(form, "units"));
    EventRequests.TriageRequest r =
        new EventRequests.TriageRequest(
            List.copyOf(units),
            blankToNull(text(form, "lead")),
            ticked(form, "crossLevel"),
            ticked(form, "crossDepartment"),
            ticked(form, "crossRegion"),
            ticked(form, "cityLevel"),
            words(form, "counties"));
    Requests.Errors errors = new Requests.Errors();
    TriageFacts facts = EventRequests.facts(errors, r);
    errors.throwIfAny("The triage");
    return facts;
  }

  /** A handling step's form as the API's request (6.3.1.3). */
  static HandleEventUseCase.Step eventStep(MultivaluedMap<String, String> form) {
    List<String> lessons =
        text(form, "lessons").lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    EventRequests.ReviewRequest review =
        text(form, "assessment").isEmpty()
                && lessons.isEmpty()
                && text(form, "reviewedBy").isEmpty()
            ? null
            : new EventRequests.ReviewRequest(
                text(form, "assessment"), lessons, blankToNull(text(form, "reviewedBy")));
    EventRequests.StepRequest r =
        new EventRequests.StepRequest(
            text(form, "step"),
            blankToNull(text(form, "reason")),
            blankToNull(text(form, "summary")),
            blankToNull(text(form, "outcome")),
            review,
            blankToNull(text(form, "report")));
    Requests.Errors errors = new Requests.Errors();
    HandleEventUseCase.Step step = EventRequests.step(errors, r);
    errors.throwIfAny("The step");
    return step;
  }

  /** The referral form as the API's request (6.2). */
  static ReferOnwardUseCase.Command refer(
      MultivaluedMap<String, String> form, MediationSnapshot m, Actor actor) {
    OnwardRequests.ReferRequest r =
        new OnwardRequests.ReferRequest(
            m.id().toString(),
            blankToNull(text(form, "road")),
            blankToNull(text(form, "body")),
            text(form, "bodyName"),
            text(form, "reason"));
    Requests.Errors errors = new Requests.Errors();
    ReferOnwardUseCase.Command c = OnwardRequests.refer(errors, r, actor);
    errors.throwIfAny("The referral");
    return c;
  }

  /** A step the receiving body reported, as the API's request (6.2.1.3). */
  record OnwardStep(LocalDate on, RecordStepUseCase.Step step) {}

  static OnwardStep onwardStep(MultivaluedMap<String, String> form) {
    String length = text(form, "addedLength");
    Integer added;
    try {
      added = length.isEmpty() ? null : Integer.valueOf(length);
    } catch (NumberFormatException e) {
      added = -1;
    }
    String approverId = text(form, "approverId");
    String approverName = text(form, "approverName");
    OnwardRequests.StepRequest r =
        new OnwardRequests.StepRequest(
            text(form, "step"),
            text(form, "on"),
            blankToNull(text(form, "bodyReference")),
            ticked(form, "simplified"),
            blankToNull(text(form, "reason")),
            length.isEmpty() && text(form, "addedUnit").isEmpty()
                ? null
                : new OnwardRequests.LimitRequest(added, blankToNull(text(form, "addedUnit"))),
            approverId.isEmpty() && approverName.isEmpty()
                ? null
                : new OnwardRequests.ApproverRequest(approverId, approverName),
            blankToNull(text(form, "decision")),
            blankToNull(text(form, "opinion")));
    Requests.Errors errors = new Requests.Errors();
    LocalDate on = OnwardRequests.on(errors, r.on());
    RecordStepUseCase.Step step = OnwardRequests.step(errors, r);
    errors.throwIfAny("The step");
    return new OnwardStep(on, step);
  }

  /** The body's report back (6.2.1.3: 限期反馈办理结果): every field required, as the API's. */
  static org.db3311.sgc.core.onward.ReportBack reportBack(MultivaluedMap<String, String> form) {
    Requests.Errors errors = new Requests.Errors();
    LocalDate on = errors.date("on", text(form, "on"));
    String reportId = errors.text("reportId", blankToNull(text(form, "reportId")));
    String conclusion = errors.text("conclusion", blankToNull(text(form, "conclusion")));
    String settled = text(form, "settled");
    if (!settled.equals("yes") && !settled.equals("no")) {
      errors.add("settled", ConsoleTexts.current().lookup("onward.settledError"));
    }
    errors.throwIfAny("The report");
    return new org.db3311.sgc.core.onward.ReportBack(
        reportId, on, conclusion, settled.equals("yes"));
  }

  private static List<String> words(MultivaluedMap<String, String> form, String field) {
    return Arrays.stream(text(form, field).split("[\\s,，、;；]+")).filter(w -> !w.isEmpty()).toList();
  }

  private static Boolean ticked(MultivaluedMap<String, String> form, String field) {
    return "on".equals(form.getFirst(field));
  }

  /**
   * The audit entries of the matter's event and referrals, for the timeline; read inside the
   * caller's transaction.
   */
  static List<AuditEntry> audit(Centers.County county, AuditTrail audit, RegistrationNumber n) {
    List<AuditEntry> out = new ArrayList<>(audit.of("GovernanceEvent", n.toString()));
    for (OnwardReferral r : new JpaOnwardReferralRepository(county.store()).ofMatter(n)) {
      out.addAll(audit.of("OnwardReferral", r.id().toString()));
    }
    return out;
  }

  /**
   * What a step of the event or a referral did, in the reader's language with the recorded code
   * after it (texts {@code eventAction.<code>}, {@code onwardAction.<code>}); empty for another
   * aggregate's, whose words the matter page has.
   */
  static Optional<String> actionText(AuditEntry e) {
    String prefix =
        switch (e.aggregateType()) {
          case "GovernanceEvent" -> "eventAction";
          case "OnwardReferral" -> "onwardAction";
          default -> null;
        };
    if (prefix == null) {
      return Optional.empty();
    }
    ConsoleTexts t = ConsoleTexts.current();
    String name = t.key(prefix, e.action());
    return name.equals(e.action())
        ? Optional.empty()
        : Optional.of(t.text("action.withCode", name, e.action()));
  }

  // ---------------------------------------------------------------- words

  static String eventStateName(EventState s) {
    return ConsoleTexts.current().name("event.state", s);
  }

  static String scopeName(String scope) {
    return ConsoleTexts.current().key("event.scope", scope);
  }

  static String referralStateName(OnwardState s) {
    return ConsoleTexts.current().name("onward.state", s);
  }

  static String onwardStepName(String action) {
    return ConsoleTexts.current().key("onwardAction", action);
  }

  static String clockName(String step) {
    return ConsoleTexts.current().key("onward.clock", step);
  }
}
