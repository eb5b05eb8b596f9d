package org.db3311.sgc.server.console;

import jakarta.ws.rs.core.MultivaluedMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
 * 6.3.1.3) and the onward roads (分流) a dispute takes when mediation does not settle it (6.2:
 * arbitration, litigation, 信访, reconsideration, legal aid; the online litigation filing of
 * 6.2.1.1.2). Which forms show follows the event's or referral's state and the roles the API allows
 * for the same step; the forms are read with the API's own request helpers ({@link EventRequests},
 * {@link OnwardRequests}), so a field the API refuses is refused here with the same words.
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

  /** The texts of the outcomes these forms lead to, by the code the redirect carries. */
  static final Map<String, String> DONE =
      Map.ofEntries(
          Map.entry("eventReceived", "已转入社会治理事件处置，待分办。"),
          Map.entry("triaged", "已按事件范围分办。"),
          Map.entry("event-SIGN_FOR", "已签收，开始处置。"),
          Map.entry("event-DECLINE_ASSIGNMENT", "已退回交办，待中心重新分办。"),
          Map.entry("event-REPORT_HANDLED", "已报告处置情况。"),
          Map.entry("event-CITY_RESULT", "已记录市综治中心的处置结果。"),
          Map.entry("event-RETURN", "已退回重新处置。"),
          Map.entry("event-CLOSE", "处置结束，事项已办结。"),
          Map.entry("event-REVIEW", "已记录复盘评估。"),
          Map.entry("event-REPORT_RESULT", "已上报处置结果。"),
          Map.entry("event-ARCHIVE", "已归档。"),
          Map.entry("litigation", "已申请网上诉讼立案。"),
          Map.entry("referred", "已导入其他解决途径，按法定时限督办。"),
          Map.entry("onward-RECEIVED", "已记录接收机关受理。"),
          Map.entry("onward-NOT_ACCEPTED", "已记录接收机关不予受理，可另选途径。"),
          Map.entry("onward-EXTENDED", "已记录经批准的延长期限。"),
          Map.entry("onward-DECIDED", "已记录处理结论。"),
          Map.entry("onward-REVIEW_REQUESTED", "已记录复查申请。"),
          Map.entry("onward-REVIEW_CONCLUDED", "已记录复查意见。"),
          Map.entry("onward-RECHECK_REQUESTED", "已记录复核申请。"),
          Map.entry("onward-RECHECK_CONCLUDED", "已记录复核意见。"),
          Map.entry("reportedBack", "已记录接收机关的反馈，事项已办结。"));

  /** The event of a matter: its state, what triage and handling recorded, its version. */
  public record EventPanel(String state, String stateZh, List<String> facts, String version) {}

  /** One onward referral: its road, state, what the body reported, its clocks, its version. */
  public record ReferralPanel(
      String id,
      int number,
      String road,
      String roadZh,
      String state,
      String stateZh,
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
      String today) {
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
            .map(r -> new ConsoleViews.Option(r.name(), r.zh(), false))
            .toList(),
        today.toString());
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
    List<String> facts = new ArrayList<>();
    e.scope().ifPresent(s -> facts.add("事件范围：" + scopeZh(s.name())));
    if (!e.units().isEmpty()) {
      facts.add("承办单位：" + String.join("、", e.units().stream().map(u -> u.value()).toList()));
    }
    e.lead().ifPresent(u -> facts.add("牵头单位：" + u.value()));
    e.dutyLeader().ifPresent(l -> facts.add("牵头县级领导：" + l.name()));
    e.dutyFallback().ifPresent(r -> facts.add("无值班领导，由备用领导牵头：" + r));
    e.cityReference().ifPresent(r -> facts.add("已上报市综治中心，编号 " + r));
    e.transferReference().ifPresent(r -> facts.add("已移交属地县（市、区）中心，编号 " + r));
    e.handlingReports().forEach(r -> facts.add("处置情况：" + r));
    e.review()
        .ifPresent(
            r ->
                facts.add(
                    "复盘评估："
                        + r.assessment()
                        + "；经验："
                        + String.join("；", r.lessons())
                        + "（"
                        + r.reviewedBy()
                        + "）"));
    e.resultReport().ifPresent(r -> facts.add("上报的处置结果：" + r));
    e.resultReference().ifPresent(r -> facts.add("处置结果上报编号 " + r));
    return new EventPanel(e.state().name(), eventZh(e.state()), facts, ETags.of(e).getValue());
  }

  private static ReferralPanel referral(
      OnwardReferralSnapshot r, WorkingCalendar calendar, LocalDate today) {
    List<String> facts = new ArrayList<>();
    facts.add("接收机关：" + r.bodyName() + "（" + r.body().value() + "）");
    facts.add("导入理由：" + r.reason() + "，" + r.referredOn() + " 导入");
    r.filingReference().ifPresent(f -> facts.add("网上立案编号 " + f));
    r.bodyReference().ifPresent(f -> facts.add("接收机关案号 " + f + (r.simplified() ? "（简易程序）" : "")));
    r.notAcceptedReason().ifPresent(x -> facts.add("不予受理：" + x));
    r.steps()
        .forEach(x -> facts.add(x.on() + " " + onwardActionZh(x.action().name()) + "：" + x.note()));
    r.report()
        .ifPresent(
            x ->
                facts.add(
                    "反馈 "
                        + x.reportId()
                        + "（"
                        + x.on()
                        + "）："
                        + x.conclusion()
                        + (x.settled() ? "，纠纷已化解" : "，纠纷未化解")));
    List<ConsoleViews.Deadline> clocks = new ArrayList<>();
    for (RoadClock c : r.clocks()) {
      if (c.isRunning()) {
        // a clock that cannot be counted is left out, and the others still shown
        try {
          clocks.add(
              ConsoleCaseResource.left(
                  calendar,
                  today,
                  clockZh(c.step().name()),
                  ConsoleCaseResource.due(calendar, today, c.dueDate(calendar))));
        } catch (RuntimeException e) {
          facts.add(clockZh(c.step().name()) + "：无法计算（" + e.getMessage() + "）");
        }
      }
    }
    return new ReferralPanel(
        r.id().toString(),
        r.id().number(),
        r.road().name(),
        r.road().zh(),
        r.state().name(),
        onwardZh(r.state()),
        r.road().hasReviews(),
        facts,
        clocks,
        ETags.of(r).getValue());
  }

  // ---------------------------------------------------------------- forms

  /** The triage form as the API's request (6.3.1.1, 6.3.1.2, R12); 400 naming each bad field. */
  static TriageFacts triage(MultivaluedMap<String, String> form) {
    EventRequests.TriageRequest r =
        new EventRequests.TriageRequest(
            words(form, "units"),
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

  /** The body's report back (6.2.1.3, 6.2.1.4.1): every field required, as the API's. */
  static org.db3311.sgc.core.onward.ReportBack reportBack(MultivaluedMap<String, String> form) {
    Requests.Errors errors = new Requests.Errors();
    LocalDate on = errors.date("on", text(form, "on"));
    String reportId = errors.text("reportId", blankToNull(text(form, "reportId")));
    String conclusion = errors.text("conclusion", blankToNull(text(form, "conclusion")));
    String settled = text(form, "settled");
    if (!settled.equals("yes") && !settled.equals("no")) {
      errors.add("settled", "已化解 or 未化解");
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

  private static String text(MultivaluedMap<String, String> form, String field) {
    return Objects.requireNonNullElse(form.getFirst(field), "").strip();
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
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
   * What a step of the event or a referral did, in Chinese with the recorded code after it; empty
   * for another aggregate's, whose words the matter page has.
   */
  static Optional<String> actionZh(AuditEntry e) {
    String zh =
        switch (e.aggregateType()) {
          case "GovernanceEvent" ->
              switch (e.action()) {
                case "RECEIVE" -> "转入事件处置";
                case "ASSIGN" -> "交办";
                case "ESCALATE_TO_DUTY_LEADER" -> "报值班县级领导牵头";
                case "ESCALATE_TO_FALLBACK_LEADER" -> "报备用领导牵头";
                case "REPORT_TO_CITY" -> "上报市综治中心";
                case "TRANSFER_TO_COUNTY" -> "移交属地县（市、区）";
                case "DECLINE_ASSIGNMENT" -> "退回交办";
                case "SIGN_FOR" -> "签收";
                case "REPORT_HANDLED" -> "报告处置情况";
                case "RECORD_CITY_RESULT" -> "记录市级处置结果";
                case "RETURN" -> "退回重新处置";
                case "CLOSE" -> "处置结束";
                case "REVIEW" -> "复盘评估";
                case "REPORT_RESULT" -> "上报处置结果";
                case "ARCHIVE" -> "归档";
                case "REOPEN" -> "重新处置";
                default -> null;
              };
          case "OnwardReferral" ->
              e.action().equals("REFER")
                  ? "导入其他途径"
                  : e.action().equals("REPORT_BACK") ? "接收机关反馈" : onwardActionZh(e.action());
          default -> null;
        };
    return zh == null || zh.equals(e.action())
        ? Optional.empty()
        : Optional.of(zh + "（" + e.action() + "）");
  }

  // ---------------------------------------------------------------- words

  static String eventZh(EventState s) {
    return switch (s) {
      case RECEIVED -> "待分办";
      case ASSIGNED -> "已交办，待签收";
      case LEADER_COORDINATING -> "值班县级领导牵头处置";
      case REPORTED_TO_CITY -> "已上报市综治中心";
      case TRANSFERRED -> "已移交属地县（市、区）";
      case IN_HANDLING -> "处置中";
      case HANDLED -> "已报告处置情况";
      case CLOSED -> "处置结束，待复盘";
      case REVIEWED -> "已复盘，待上报结果";
      case RESULT_REPORTED -> "已上报处置结果";
      case ARCHIVED -> "已归档";
    };
  }

  static String scopeZh(String scope) {
    return switch (scope) {
      case "GENERAL" -> "一般社会治理事件";
      case "CROSS_BOUNDARY" -> "多跨社会治理事件";
      case "CITY_LEVEL" -> "涉市级、跨县域事件";
      case "OTHER_COUNTY" -> "属其他县（市、区）";
      default -> scope;
    };
  }

  static String onwardZh(OnwardState s) {
    return switch (s) {
      case REFERRED -> "已导入，待接收机关受理";
      case NOT_ACCEPTED -> "接收机关不予受理";
      case RECEIVED -> "接收机关已受理";
      case DECIDED -> "已作出处理结论";
      case UNDER_REVIEW -> "复查中";
      case REVIEWED -> "已复查";
      case UNDER_RECHECK -> "复核中";
      case RECHECKED -> "已复核";
      case REPORTED_BACK -> "已反馈，办结";
    };
  }

  static String onwardActionZh(String action) {
    return switch (action) {
      case "RECEIVE" -> "受理";
      case "DECLINE_TO_ACCEPT" -> "不予受理";
      case "EXTEND" -> "延长期限";
      case "DECIDE" -> "处理结论";
      case "REQUEST_REVIEW" -> "申请复查";
      case "CONCLUDE_REVIEW" -> "复查意见";
      case "REQUEST_RECHECK" -> "申请复核";
      case "CONCLUDE_RECHECK" -> "复核意见";
      default -> action;
    };
  }

  static String clockZh(String step) {
    return switch (step) {
      case "OBJECTION" -> "提出异议期限";
      case "ACCEPTANCE" -> "受理期限";
      case "CONCLUSION" -> "办结期限";
      case "SIMPLIFIED_CONCLUSION" -> "简易程序办结期限";
      case "REVIEW_REQUEST" -> "申请复查期限";
      case "REVIEW" -> "复查期限";
      case "RECHECK_REQUEST" -> "申请复核期限";
      case "RECHECK" -> "复核期限";
      default -> step;
    };
  }
}
