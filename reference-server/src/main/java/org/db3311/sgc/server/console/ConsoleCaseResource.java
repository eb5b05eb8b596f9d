package org.db3311.sgc.server.console;

import static org.db3311.sgc.server.console.ConsolePages.blankToNull;
import static org.db3311.sgc.server.console.ConsolePages.text;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.db3311.sgc.adapter.jpa.JpaMatterSearch;
import org.db3311.sgc.adapter.jpa.JpaMediationCaseRepository;
import org.db3311.sgc.core.calendar.DueDate;
import org.db3311.sgc.core.calendar.WorkingCalendar;
import org.db3311.sgc.core.common.AreaCode;
import org.db3311.sgc.core.common.AuditEntry;
import org.db3311.sgc.core.common.DivisionCode;
import org.db3311.sgc.core.common.IllegalTransitionException;
import org.db3311.sgc.core.common.ItemFailure;
import org.db3311.sgc.core.common.NotFoundException;
import org.db3311.sgc.core.common.OptimisticLockException;
import org.db3311.sgc.core.eventhandling.GovernanceEventSnapshot;
import org.db3311.sgc.core.eventhandling.HandleEventUseCase;
import org.db3311.sgc.core.eventhandling.ReceiveEventUseCase;
import org.db3311.sgc.core.eventhandling.TriageEventUseCase;
import org.db3311.sgc.core.eventhandling.TriageFacts;
import org.db3311.sgc.core.intake.Category;
import org.db3311.sgc.core.intake.CategoryTaxonomy;
import org.db3311.sgc.core.intake.DecideIntakeUseCase;
import org.db3311.sgc.core.intake.IntakeDecision;
import org.db3311.sgc.core.intake.Material;
import org.db3311.sgc.core.intake.MaterialKind;
import org.db3311.sgc.core.intake.MatterParty;
import org.db3311.sgc.core.intake.MatterQuery;
import org.db3311.sgc.core.intake.MatterSnapshot;
import org.db3311.sgc.core.intake.MatterState;
import org.db3311.sgc.core.intake.Party;
import org.db3311.sgc.core.intake.PlaceScope;
import org.db3311.sgc.core.intake.Refusal;
import org.db3311.sgc.core.intake.RegistrationNumber;
import org.db3311.sgc.core.intake.SubmitMaterialsUseCase;
import org.db3311.sgc.core.intake.WithdrawMatterUseCase;
import org.db3311.sgc.core.mediation.AssessSuitabilityUseCase;
import org.db3311.sgc.core.mediation.CloseMediationUseCase;
import org.db3311.sgc.core.mediation.ConcludeMediationUseCase;
import org.db3311.sgc.core.mediation.MediationAgreement;
import org.db3311.sgc.core.mediation.MediationCase;
import org.db3311.sgc.core.mediation.MediationRecord;
import org.db3311.sgc.core.mediation.MediationSnapshot;
import org.db3311.sgc.core.mediation.MediationState;
import org.db3311.sgc.core.mediation.OpenMediationUseCase;
import org.db3311.sgc.core.mediation.RecordConsentUseCase;
import org.db3311.sgc.core.mediation.ReferToLitigationUseCase;
import org.db3311.sgc.core.mediation.RouteMediationUseCase;
import org.db3311.sgc.core.mediation.ScheduleSessionUseCase;
import org.db3311.sgc.core.mediation.Session;
import org.db3311.sgc.core.onward.OnwardReferralSnapshot;
import org.db3311.sgc.core.onward.RecordStepUseCase;
import org.db3311.sgc.core.onward.ReportBack;
import org.db3311.sgc.core.onward.ReportBackUseCase;
import org.db3311.sgc.core.supervision.StepClock;
import org.db3311.sgc.core.supervision.SupervisionFile;
import org.db3311.sgc.server.http.ETags;
import org.db3311.sgc.server.http.Paging;
import org.db3311.sgc.server.http.Requests;
import org.db3311.sgc.server.problem.Problem;
import org.db3311.sgc.server.security.Caller;
import org.db3311.sgc.server.security.DivisionScope;
import org.db3311.sgc.server.security.Masking;
import org.db3311.sgc.server.security.Roles;
import org.db3311.sgc.server.wiring.Centers;
import org.db3311.sgc.server.wiring.Wiring;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The console's case work: the work queue of the signed-in person's division and role, and the
 * matter page with its timeline, its deadlines in working days (provisional ones marked, R10) and
 * the actions its current state allows — the intake decision (6.1.1.1) and the mediation steps
 * (6.2.1.1). Every form posts to the same core use cases as the API, under the same roles and
 * division scope; the snapshot's ETag travels in a hidden field, so a stale form changes nothing.
 */
@Path("/console/matters")
@RequestScoped
public class ConsoleCaseResource {

  private static final java.util.logging.Logger LOG =
      java.util.logging.Logger.getLogger(ConsoleCaseResource.class.getName());

  /** The states each role works on; a role reading only sees what awaits anyone. */
  static final Map<String, Set<MatterState>> AWAITING =
      Map.of(
          Roles.CLERK,
          EnumSet.of(
              MatterState.PENDING_DECISION, MatterState.AWAITING_SUPPLEMENT, MatterState.ACCEPTED),
          Roles.MEDIATOR,
          EnumSet.of(MatterState.ACCEPTED, MatterState.IN_HANDLING),
          Roles.HANDLER,
          EnumSet.of(MatterState.IN_HANDLING));

  /** The outcomes a form leads to, by the code the redirect carries; texts {@code done.<code>}. */
  static final Set<String> DONE =
      Set.of(
          "materials",
          "accepted",
          "supplement",
          "refused",
          "withdrawn",
          "opened",
          "suitability",
          "consent",
          "routed",
          "scheduled",
          "recorded",
          "concluded",
          "closed");

  /** The texts of the request's language. */
  private static ConsoleTexts t() {
    return ConsoleTexts.current();
  }

  @Inject Centers centers;
  @Inject Caller caller;
  @Context HttpHeaders headers;

  private ConsoleViews.Who who() {
    return ConsoleResource.who(caller, headers);
  }

  // ---------------------------------------------------------------- work queue

  @GET
  @RolesAllowed({
    Roles.CLERK,
    Roles.MEDIATOR,
    Roles.HANDLER,
    Roles.SUPERVISOR,
    Roles.LEADER,
    Roles.INSPECTOR,
    Roles.ADMIN
  })
  @Produces(MediaType.TEXT_HTML)
  @Operation(hidden = true)
  public Response queue(
      @QueryParam("county") String county,
      @QueryParam("page") String page,
      @QueryParam("size") String size) {
    return ConsolePages.page(
        () -> ConsoleResource.render("console/queue.jte", queueModel(county, page, size)));
  }

  private Map<String, Object> queueModel(String countyParam, String page, String size) {
    // the API's paging: a bad page or size is a 400 naming it, before any search
    Requests.Errors errors = new Requests.Errors();
    Paging paging = Paging.of(page, size, errors);
    errors.throwIfAny("The query");
    DivisionScope scope = caller.scope();
    Centers.County county = queueCounty(scope, countyParam);
    PlaceScope place = PlaceScope.of(county.code());
    if (scope.code().length() > 6) {
      place =
          PlaceScope.of(AreaCode.of(scope.code().substring(0, Math.min(9, scope.code().length()))));
    }
    Set<MatterState> states = EnumSet.noneOf(MatterState.class);
    AWAITING.forEach(
        (role, s) -> {
          if (caller.has(role) || caller.has(Roles.ADMIN)) {
            states.addAll(s);
          }
        });
    if (states.isEmpty()) {
      AWAITING.values().forEach(states::addAll);
    }
    MatterQuery q =
        MatterQuery.all()
            .within(place)
            .inStates(states.toArray(MatterState[]::new))
            .sortedBy(MatterQuery.Sort.DEADLINE, MatterQuery.Direction.ASCENDING)
            .page(paging.offset(), paging.size());
    JpaMatterSearch search = new JpaMatterSearch(county.store());
    // one transaction, so the total and the page agree
    record Found(org.db3311.sgc.core.intake.MatterPage page, int total) {}
    Found both =
        county
            .store()
            .unitOfWork()
            .inTransaction(() -> new Found(search.search(q), search.count(q)));
    var found = both.page();
    WorkingCalendar calendar = county.center().calendar();
    LocalDate today = county.today();
    List<ConsoleViews.QueueRow> rows =
        found.items().stream()
            .map(
                s ->
                    new ConsoleViews.QueueRow(
                        s.number().toString(),
                        stateName(s.state()),
                        category(s.categoryCode()),
                        s.township().orElse(s.county().value()),
                        ConsolePages.when(s.registeredAt()),
                        s.handlingUnit().map(u -> u.value()).orElse("—"),
                        s.deadline()
                            .map(d -> queueDeadline(calendar, today, s.number().toString(), d))
                            .orElse(null)))
            .toList();
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("who", who());
    p.put(
        "queue",
        new ConsoleViews.Queue(
            county.code().value(),
            place.code(),
            states.stream().map(ConsoleCaseResource::stateName).toList(),
            rows));
    p.put(
        "pager",
        ConsolePager.of(
            paging, both.total(), "/console/matters", ConsolePager.param("county", countyParam)));
    return p;
  }

  private Centers.County queueCounty(DivisionScope scope, String countyParam) {
    if (countyParam != null && !countyParam.isBlank()) {
      return Requests.countyWide(centers, caller, countyParam, "The work queue");
    }
    Optional<DivisionCode> own = scope.county();
    if (own.isPresent()) {
      return centers.of(own.get()).orElseThrow(() -> Requests.notServed(own.get().value()));
    }
    return centers.counties().stream()
        .filter(scope::coversCounty)
        .findFirst()
        .flatMap(centers::of)
        .orElseThrow(() -> Requests.invalid("county", "required: your division covers several"));
  }

  // ---------------------------------------------------------------- the matter page

  @GET
  @Path("{number}")
  @RolesAllowed({
    Roles.CLERK,
    Roles.MEDIATOR,
    Roles.HANDLER,
    Roles.SUPERVISOR,
    Roles.LEADER,
    Roles.ARCHIVIST,
    Roles.INSPECTOR,
    Roles.ADMIN
  })
  @Produces(MediaType.TEXT_HTML)
  @Operation(hidden = true)
  public Response matter(@PathParam("number") String number, @QueryParam("done") String done) {
    String message =
        done == null
            ? null
            : DONE.contains(done) || MatterRoads.DONE.contains(done)
                ? t().text("done." + done)
                : null;
    return ConsolePages.page(() -> matterPage(number, message, null));
  }

  private String matterPage(String number, String message, String error) {
    RegistrationNumber n = Requests.number(number);
    Centers.County county = Requests.county(centers, n);
    MatterSnapshot s = county.center().intake().matter(n);
    caller.requireCovers(s.registration().place(), "Matter " + n);
    Optional<MediationSnapshot> mediation = latestMediation(county, n);
    WorkingCalendar calendar = county.center().calendar();
    LocalDate today = county.today();

    List<ConsoleViews.Deadline> deadlines = new ArrayList<>();
    try {
      SupervisionFile f = county.center().supervision().file(n.toString());
      for (StepClock k : f.snapshot().clocks()) {
        if (k.isRunning()) {
          String what = stepName(k.step().name());
          deadlines.add(
              counted(
                  number,
                  what,
                  "—",
                  () -> left(calendar, today, what, k.deadline().due(calendar, today))));
        }
      }
    } catch (NotFoundException e) {
      // not supervised (yet): no step clock runs
    }
    String confirmation = t().text("deadline.judicialConfirmation");
    mediation
        .flatMap(MediationSnapshot::judicialConfirmationDue)
        .map(
            d ->
                counted(
                    number,
                    confirmation,
                    d.toString(),
                    () -> left(calendar, today, confirmation, due(calendar, today, d))))
        .ifPresent(deadlines::add);

    List<ConsoleViews.TimelineRow> timeline = timeline(county, s, mediation);
    Set<String> actions = actions(s, mediation);
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("who", who());
    p.put(
        "matter",
        new ConsoleViews.MatterPage(
            s.number().toString(),
            s.state().name(),
            stateName(s.state()),
            category(s.registration().categoryCode()),
            s.registration().place().township().map(t -> t + " ").orElse("")
                + s.registration().place().address(),
            ConsolePages.when(s.registeredAt()),
            s.registration().description(),
            parties(s),
            s.materials().stream()
                .map(m -> material(m.kind()) + t().text("list.colon") + m.description())
                .toList(),
            s.notices().isEmpty()
                ? List.of()
                : s.notices().getLast().items().stream()
                    .map(i -> t().text("matter.missingItem", material(i.kind()), i.reason()))
                    .toList(),
            deadlines,
            timeline,
            mediation.map(ConsoleCaseResource::mediationPanel).orElse(null),
            actions,
            ETags.of(s).getValue(),
            mediation.map(m -> ETags.of(m).getValue()).orElse(""),
            kinds(),
            message,
            error));
    p.put("roads", MatterRoads.of(caller, county, s, mediation));
    return ConsoleResource.render("console/matter.jte", p);
  }

  private static MaterialKind kind(String code) {
    for (MaterialKind k :
        List.of(MaterialKind.ID_CARD, MaterialKind.APPLICATION, MaterialKind.REGISTRATION_FORM)) {
      if (k.code().equals(code)) {
        return k;
      }
    }
    throw Requests.invalid("material", "'" + code + "' is not a material of the checklist");
  }

  private static List<ConsoleViews.Option> kinds() {
    return List.of(MaterialKind.ID_CARD, MaterialKind.APPLICATION, MaterialKind.REGISTRATION_FORM)
        .stream()
        .map(k -> new ConsoleViews.Option(k.code(), material(k), false))
        .toList();
  }

  private static List<String> parties(MatterSnapshot s) {
    List<String> out = new ArrayList<>();
    for (MatterParty mp : s.registration().parties()) {
      Party p = mp.party();
      String role = t().name("party.role", mp.role());
      String phone =
          p.phone().map(ph -> t().text("party.phone", Masking.phone(ph.toString()))).orElse("");
      out.add(role + t().text("list.colon") + p.name() + phone);
    }
    return out;
  }

  private static ConsoleViews.MediationPanel mediationPanel(MediationSnapshot m) {
    List<String> facts = new ArrayList<>();
    m.suitabilityNote().ifPresent(x -> facts.add(t().text("mediation.fact.suitability", x)));
    m.consents()
        .forEach(
            c ->
                facts.add(
                    t().text(
                            c.agrees()
                                ? (c.informed()
                                    ? "mediation.fact.agreesInformed"
                                    : "mediation.fact.agrees")
                                : (c.informed()
                                    ? "mediation.fact.declinesInformed"
                                    : "mediation.fact.declines"),
                            c.name())));
    m.routing()
        .ifPresent(
            r ->
                facts.add(
                    t().text("mediation.fact.routed", r.venue().lead().value(), r.explanation())));
    for (Session x : m.sessions()) {
      facts.add(
          switch (x) {
            case Session.Online o ->
                t().text("mediation.fact.online", when(o.startsAt()), o.room().roomId());
            case Session.Offline f ->
                t().text("mediation.fact.offline", when(f.startsAt()), f.place());
          });
    }
    m.records()
        .forEach(r -> facts.add(t().text("mediation.fact.record", when(r.heldAt()), r.place())));
    m.agreement().ifPresent(a -> facts.add(t().text("mediation.fact.agreement", a.effectiveOn())));
    m.failureReason().ifPresent(x -> facts.add(t().text("mediation.fact.failed", x)));
    List<ConsoleViews.Option> parties = new ArrayList<>();
    for (int i = 0; i < m.parties().size(); i++) {
      String name = m.parties().get(i);
      int at = i;
      boolean answered = m.consents().stream().anyMatch(c -> c.party() == at);
      parties.add(new ConsoleViews.Option(Integer.toString(i), name, answered));
    }
    return new ConsoleViews.MediationPanel(
        m.id().toString(), m.state().name(), mediationName(m.state()), facts, parties);
  }

  private static String when(Instant at) {
    return ConsolePages.when(at);
  }

  /** What the caller may do now: the state's next steps, for the roles the API allows them to. */
  private Set<String> actions(MatterSnapshot s, Optional<MediationSnapshot> mediation) {
    Set<String> out = new LinkedHashSet<>();
    boolean clerk = caller.has(Roles.CLERK) || caller.has(Roles.ADMIN);
    boolean mediator = caller.has(Roles.MEDIATOR) || caller.has(Roles.ADMIN);
    switch (s.state()) {
      case PENDING_DECISION, AWAITING_SUPPLEMENT -> {
        if (clerk) {
          out.add("supplement");
          if (s.state() == MatterState.PENDING_DECISION) {
            out.add("decide");
          }
          out.add("withdraw");
        }
      }
      case ACCEPTED -> {
        if ((clerk || mediator) && s.kind() == Category.Kind.DISPUTE) {
          out.add("open");
        }
      }
      default -> {}
    }
    if (mediator && mediation.isPresent()) {
      switch (mediation.get().state()) {
        case OPENED -> out.add("suitability");
        case AWAITING_CONSENT -> out.add("consent");
        case CONSENTED -> out.add("route");
        case ROUTED -> out.add("schedule");
        case SCHEDULED -> {
          out.add("record");
          out.add("schedule");
        }
        case IN_SESSION -> {
          out.add("conclude");
          out.add("schedule");
        }
        case UNSUITABLE, DECLINED, AGREED, FAILED, REFERRED_TO_LITIGATION, ROUTED_ONWARD ->
            out.add("close");
        default -> {}
      }
    }
    return out;
  }

  private List<ConsoleViews.TimelineRow> timeline(
      Centers.County county, MatterSnapshot s, Optional<MediationSnapshot> mediation) {
    var audit = county.store().auditTrail();
    List<AuditEntry> entries =
        county
            .store()
            .unitOfWork()
            .inTransaction(
                () -> {
                  List<AuditEntry> all = new ArrayList<>(audit.of("Matter", s.number().toString()));
                  for (MediationCase c :
                      new JpaMediationCaseRepository(county.store()).ofMatter(s.number())) {
                    all.addAll(audit.of("Mediation", c.snapshot().id().toString()));
                  }
                  all.addAll(MatterRoads.audit(county, audit, s.number()));
                  return all;
                });
    return entries.stream()
        .sorted(Comparator.comparing(AuditEntry::at))
        .map(
            e ->
                new ConsoleViews.TimelineRow(
                    when(e.at()),
                    e.actor().name(),
                    MatterRoads.actionText(e).orElseGet(() -> actionName(e.action())),
                    Objects.requireNonNullElse(e.fromState(), "") + " → " + e.toState(),
                    Objects.requireNonNullElse(e.detail(), "")))
        .toList();
  }

  private static Optional<MediationSnapshot> latestMediation(
      Centers.County county, RegistrationNumber n) {
    return county
        .store()
        .unitOfWork()
        .inTransaction(
            () ->
                new JpaMediationCaseRepository(county.store())
                    .ofMatter(n).stream()
                        .map(MediationCase::snapshot)
                        .max(Comparator.comparingInt(m -> m.id().attempt())));
  }

  /** A stored last day, provisional when counted over a year whose calendar is (R10). */
  static DueDate due(WorkingCalendar calendar, LocalDate today, LocalDate d) {
    return calendar.anyProvisional(today, d) ? DueDate.provisional(d) : DueDate.official(d);
  }

  /**
   * A queue row's handling deadline; when it cannot be counted (the calendar of a year not loaded,
   * R10) the row says so and shows its last day, and the other rows are shown all the same.
   */
  static ConsoleViews.Deadline queueDeadline(
      WorkingCalendar calendar, LocalDate today, String number, LocalDate d) {
    String what = t().text("step.HANDLING");
    return counted(
        number, what, d.toString(), () -> left(calendar, today, what, due(calendar, today, d)));
  }

  /**
   * One deadline of a page, counted; one that cannot be counted (the calendar of a year not loaded,
   * R10) says so beside its last day (or "—" when even that is unknown) and the page shows the
   * others all the same. The cause goes to the server's log, not to the page.
   */
  static ConsoleViews.Deadline counted(
      String number, String what, String lastDay, Supplier<ConsoleViews.Deadline> count) {
    try {
      return count.get();
    } catch (RuntimeException e) {
      LOG.warning(
          "deadline \""
              + what
              + "\" of "
              + number
              + " ("
              + lastDay
              + ") could not be counted: "
              + ItemFailure.of(number, e).reason());
      return new ConsoleViews.Deadline(
          what, lastDay, false, false, t().text("deadline.unavailable"));
    }
  }

  /** A deadline with the working days left, or overdue by. */
  static ConsoleViews.Deadline left(
      WorkingCalendar calendar, LocalDate today, String what, DueDate due) {
    LocalDate d = due.date();
    boolean overdue = d.isBefore(today);
    int days =
        overdue ? calendar.workingDaysBetween(d, today) : calendar.workingDaysBetween(today, d);
    String status = t().text(overdue ? "deadline.overdue" : "deadline.left", days);
    return new ConsoleViews.Deadline(what, d.toString(), due.provisional(), overdue, status);
  }

  // ---------------------------------------------------------------- actions

  /** Runs one form's change; on success back to the matter page, else the page with the error. */
  private Response act(String number, String done, Runnable change) {
    try {
      change.run();
      return Response.seeOther(URI.create("/console/matters/" + number + "?done=" + done)).build();
    } catch (Problem.Exception e) {
      int status = e.problem().status();
      if (status == 403 || status == 404) {
        return ConsolePages.error(
            status, t().text("error.problem", e.problem().title(), e.problem().detail()));
      }
      String detail = e.problem().detail();
      for (Problem.FieldError fe : e.problem().errors()) {
        detail += t().text("error.field", fe.path(), fe.reason());
      }
      return failed(number, status, t().text("error.problem", e.problem().title(), detail));
    } catch (NotFoundException e) {
      return ConsolePages.error(404, t().text("error.notFoundDetail", e.getMessage()));
    } catch (IllegalTransitionException e) {
      return failed(number, 409, t().text("error.transition", e.getMessage()));
    } catch (OptimisticLockException e) {
      return failed(number, 409, t().text("error.stale"));
    } catch (IllegalArgumentException | IllegalStateException e) {
      return failed(number, 400, t().text("error.failed", e.getMessage()));
    }
  }

  private Response failed(String number, int status, String error) {
    try {
      return ConsolePages.html(status, matterPage(number, null, error));
    } catch (Problem.Exception | NotFoundException e) {
      return ConsolePages.error(status, error);
    }
  }

  private MatterSnapshot visibleMatter(String number) {
    RegistrationNumber n = Requests.number(number);
    MatterSnapshot s = Requests.county(centers, n).center().intake().matter(n);
    caller.requireCovers(s.registration().place(), "Matter " + n);
    return s;
  }

  private MediationSnapshot visibleMediation(String number, MultivaluedMap<String, String> form) {
    MatterSnapshot s = visibleMatter(number);
    Centers.County county = Requests.county(centers, s.number());
    MediationSnapshot m =
        latestMediation(county, s.number())
            .orElseThrow(() -> Requests.notFound("Mediation of " + s.number()));
    ETags.require(tag(form, "mediationVersion"), m);
    return m;
  }

  private static String tag(MultivaluedMap<String, String> form, String field) {
    String v = form.getFirst(field);
    return v == null || v.isBlank() ? null : "\"" + v.strip() + "\"";
  }

  @POST
  @Path("{number}/materials")
  @RolesAllowed({Roles.CLERK, Roles.ADMIN})
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Produces(MediaType.TEXT_HTML)
  @Operation(hidden = true)
  public Response supplement(
      @PathParam("number") String number, MultivaluedMap<String, String> form) {
    return act(
        number,
        "materials",
        () -> {
          MatterSnapshot s = visibleMatter(number);
          ETags.require(tag(form, "version"), s);
          List<String> codes = Objects.requireNonNullElse(form.get("material"), List.of());
          if (codes.isEmpty()) {
            throw Requests.invalid("material", "tick at least one material received");
          }
          String note = text(form, "note");
          List<Material.Submitted> materials =
              codes.stream()
                  .distinct()
                  .map(
                      code ->
                          new Material.Submitted(
                              kind(code),
                              ConsoleResource.KINDS.getOrDefault(code, code)
                                  + "（窗口补正"
                                  + (note.isEmpty() ? "" : "：" + note)
                                  + "）"))
                  .toList();
          Requests.county(centers, s.number())
              .center()
              .intake()
              .submit(new SubmitMaterialsUseCase.Command(s.number(), materials, caller.actor()));
        });
  }

  @POST
  @Path("{number}/decision")
  @RolesAllowed({Roles.CLERK, Roles.ADMIN})
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Produces(MediaType.TEXT_HTML)
  @Operation(hidden = true)
  public Response decide(@PathParam("number") String number, MultivaluedMap<String, String> form) {
    String[] outcome = {"accepted"};
    return actThen(
        number,
        outcome,
        () -> {
          MatterSnapshot s = visibleMatter(number);
          ETags.require(tag(form, "version"), s);
          DecideIntakeUseCase.Verdict verdict =
              switch (text(form, "verdict")) {
                case "REVIEW" -> new DecideIntakeUseCase.Verdict.Review(List.of());
                case "REFUSE" ->
                    new DecideIntakeUseCase.Verdict.Refuse(
                        new Refusal(text(form, "reason"), blankToNull(text(form, "redirectTo"))));
                default -> throw Requests.invalid("verdict", "受理审查 or 不予受理");
              };
          IntakeDecision d =
              Requests.county(centers, s.number())
                  .center()
                  .intake()
                  .decide(new DecideIntakeUseCase.Command(s.number(), verdict, caller.actor()));
          outcome[0] =
              switch (d) {
                case IntakeDecision.Accepted a -> "accepted";
                case IntakeDecision.SupplementRequested r -> "supplement";
                case IntakeDecision.Refused r -> "refused";
                case IntakeDecision.ReviewRejected r ->
                    throw new IllegalStateException("审查未通过：" + r.reason());
              };
        });
  }

  /** {@link #act} whose outcome code the change decides. */
  private Response actThen(String number, String[] outcome, Runnable change) {
    Response r = act(number, "pending", change);
    if (r.getStatus() == 303) {
      return Response.seeOther(URI.create("/console/matters/" + number + "?done=" + outcome[0]))
          .build();
    }
    return r;
  }

  @POST
  @Path("{number}/withdrawal")
  @RolesAllowed({Roles.CLERK, Roles.ADMIN})
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Produces(MediaType.TEXT_HTML)
  @Operation(hidden = true)
  public Response withdraw(
      @PathParam("number") String number, MultivaluedMap<String, String> form) {
    return act(
        number,
        "withdrawn",
        () -> {
          MatterSnapshot s = visibleMatter(number);
          ETags.require(tag(form, "version"), s);
          Requests.county(centers, s.number())
              .center()
              .intake()
              .withdraw(
                  new WithdrawMatterUseCase.Command(
                      s.number(), text(form, "reason"), caller.actor()));
        });
  }

  @POST
  @Path("{number}/mediation")
  @RolesAllowed({Roles.CLERK, Roles.MEDIATOR, Roles.ADMIN})
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Produces(MediaType.TEXT_HTML)
  @Operation(hidden = true)
  public Response open(@PathParam("number") String number, MultivaluedMap<String, String> form) {
    return act(
        number,
        "opened",
        () -> {
          MatterSnapshot s = visibleMatter(number);
          ETags.require(tag(form, "version"), s);
          Requests.county(centers, s.number())
              .center()
              .mediation()
              .open(new OpenMediationUseCase.Command(s.number(), caller.actor()));
        });
  }

  @POST
  @Path("{number}/mediation/suitability")
  @RolesAllowed({Roles.MEDIATOR, Roles.ADMIN})
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Produces(MediaType.TEXT_HTML)
  @Operation(hidden = true)
  public Response suitability(
      @PathParam("number") String number, MultivaluedMap<String, String> form) {
    return act(
        number,
        "suitability",
        () -> {
          MediationSnapshot m = visibleMediation(number, form);
          String answer = text(form, "suitable");
          if (!answer.equals("yes") && !answer.equals("no")) {
            throw Requests.invalid("suitable", "适宜 or 不适宜");
          }
          use(m)
              .assess(
                  new AssessSuitabilityUseCase.Command(
                      m.id(), answer.equals("yes"), text(form, "reasons"), caller.actor()));
        });
  }

  @POST
  @Path("{number}/mediation/consents")
  @RolesAllowed({Roles.MEDIATOR, Roles.ADMIN})
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Produces(MediaType.TEXT_HTML)
  @Operation(hidden = true)
  public Response consent(@PathParam("number") String number, MultivaluedMap<String, String> form) {
    return act(
        number,
        "consent",
        () -> {
          MediationSnapshot m = visibleMediation(number, form);
          int party;
          try {
            party = Integer.parseInt(text(form, "party"));
          } catch (NumberFormatException e) {
            throw Requests.invalid("party", "choose a party");
          }
          if (party < 0 || party >= m.parties().size()) {
            throw Requests.invalid("party", "choose a party");
          }
          String agrees = text(form, "agrees");
          if (!agrees.equals("yes") && !agrees.equals("no")) {
            throw Requests.invalid("agrees", "同意 or 不同意");
          }
          use(m)
              .recordConsent(
                  new RecordConsentUseCase.Command(
                      m.id(),
                      party,
                      agrees.equals("yes"),
                      "on".equals(form.getFirst("informed")),
                      caller.actor()));
        });
  }

  @POST
  @Path("{number}/mediation/routing")
  @RolesAllowed({Roles.MEDIATOR, Roles.ADMIN})
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Produces(MediaType.TEXT_HTML)
  @Operation(hidden = true)
  public Response route(@PathParam("number") String number, MultivaluedMap<String, String> form) {
    return act(
        number,
        "routed",
        () -> {
          MediationSnapshot m = visibleMediation(number, form);
          use(m).route(new RouteMediationUseCase.Command(m.id(), caller.actor()));
        });
  }

  @POST
  @Path("{number}/mediation/sessions")
  @RolesAllowed({Roles.MEDIATOR, Roles.ADMIN})
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Produces(MediaType.TEXT_HTML)
  @Operation(hidden = true)
  public Response schedule(
      @PathParam("number") String number, MultivaluedMap<String, String> form) {
    return act(
        number,
        "scheduled",
        () -> {
          MediationSnapshot m = visibleMediation(number, form);
          ScheduleSessionUseCase.Mode mode =
              switch (text(form, "mode")) {
                case "ONLINE" -> ScheduleSessionUseCase.Mode.ONLINE;
                case "OFFLINE" -> ScheduleSessionUseCase.Mode.OFFLINE;
                default -> throw Requests.invalid("mode", "线上 or 线下");
              };
          use(m)
              .schedule(
                  new ScheduleSessionUseCase.Command(
                      m.id(), mode, instant(form, "startsAt"), Optional.empty(), caller.actor()));
        });
  }

  @POST
  @Path("{number}/mediation/records")
  @RolesAllowed({Roles.MEDIATOR, Roles.ADMIN})
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Produces(MediaType.TEXT_HTML)
  @Operation(hidden = true)
  public Response record(@PathParam("number") String number, MultivaluedMap<String, String> form) {
    return act(
        number,
        "recorded",
        () -> {
          MediationSnapshot m = visibleMediation(number, form);
          String mediator = text(form, "mediator");
          String recorder = text(form, "recorder");
          Map<String, String> statements = new LinkedHashMap<>();
          for (int i = 0; i < m.parties().size(); i++) {
            String said = text(form, "statement-" + i);
            if (!said.isEmpty()) {
              statements.put(m.parties().get(i), said);
            }
          }
          // the record is signed by the mediator, the recorder and every party who spoke
          List<String> signatures = new ArrayList<>();
          if ("on".equals(form.getFirst("signed"))) {
            signatures.add(mediator);
            signatures.add(recorder);
            signatures.addAll(statements.keySet());
          }
          List<String> participants = new ArrayList<>(m.parties());
          MediationRecord record =
              new MediationRecord(
                  instant(form, "heldAt"),
                  text(form, "place"),
                  mediator,
                  recorder,
                  participants,
                  "on".equals(form.getFirst("rightsExplained")),
                  statements,
                  text(form, "factsVerified"),
                  text(form, "riskWarning"),
                  signatures);
          use(m)
              .recordSession(
                  new org.db3311.sgc.core.mediation.RecordSessionUseCase.Command(
                      m.id(), record, caller.actor()));
        });
  }

  @POST
  @Path("{number}/mediation/conclusion")
  @RolesAllowed({Roles.MEDIATOR, Roles.ADMIN})
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Produces(MediaType.TEXT_HTML)
  @Operation(hidden = true)
  public Response conclude(
      @PathParam("number") String number, MultivaluedMap<String, String> form) {
    return act(
        number,
        "concluded",
        () -> {
          MediationSnapshot m = visibleMediation(number, form);
          ConcludeMediationUseCase.Outcome outcome =
              switch (text(form, "outcome")) {
                case "AGREEMENT" ->
                    new ConcludeMediationUseCase.Outcome.Agreement(agreement(m, form));
                case "FAILURE" ->
                    new ConcludeMediationUseCase.Outcome.Failure(
                        text(form, "reason"), blankToNull(text(form, "routesTold")));
                default -> throw Requests.invalid("outcome", "达成协议 or 调解不成");
              };
          use(m).conclude(new ConcludeMediationUseCase.Command(m.id(), outcome, caller.actor()));
        });
  }

  /**
   * A written agreement (调解协议书) from the form: the case's parties, one obligation, signed by every
   * party and the mediator and sealed when the form says so — the core refuses it otherwise.
   */
  private static MediationAgreement agreement(
      MediationSnapshot m, MultivaluedMap<String, String> form) {
    String mediator = text(form, "mediator");
    int party;
    try {
      party = Integer.parseInt(text(form, "obligationParty"));
    } catch (NumberFormatException e) {
      throw Requests.invalid("obligationParty", "choose a party");
    }
    if (party < 0 || party >= m.parties().size()) {
      throw Requests.invalid("obligationParty", "choose a party");
    }
    Set<String> signedBy = new LinkedHashSet<>();
    if ("on".equals(form.getFirst("signed"))) {
      signedBy.addAll(m.parties());
      signedBy.add(mediator);
    }
    return new MediationAgreement(
        m.parties(),
        text(form, "facts"),
        text(form, "disputedMatters"),
        text(form, "responsibility"),
        List.of(
            new MediationAgreement.Obligation(
                m.parties().get(party),
                text(form, "obligationContent"),
                text(form, "obligationManner"),
                text(form, "obligationPlace"),
                date(form, "obligationDue"))),
        false,
        signedBy,
        mediator,
        "on".equals(form.getFirst("sealed")),
        date(form, "effectiveOn"));
  }

  /** A {@code date} field. */
  private static LocalDate date(MultivaluedMap<String, String> form, String field) {
    try {
      return LocalDate.parse(text(form, field));
    } catch (DateTimeParseException e) {
      throw Requests.invalid(field, "a date such as 2026-12-31");
    }
  }

  @POST
  @Path("{number}/mediation/closure")
  @RolesAllowed({Roles.MEDIATOR, Roles.ADMIN})
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Produces(MediaType.TEXT_HTML)
  @Operation(hidden = true)
  public Response close(@PathParam("number") String number, MultivaluedMap<String, String> form) {
    return act(
        number,
        "closed",
        () -> {
          MediationSnapshot m = visibleMediation(number, form);
          use(m).close(new CloseMediationUseCase.Command(m.id(), caller.actor()));
        });
  }

  private org.db3311.sgc.core.mediation.MediationUseCases use(MediationSnapshot m) {
    return Requests.county(centers, m.id().matter()).center().mediation();
  }

  /** A {@code datetime-local} field, read as Beijing time. */
  private static Instant instant(MultivaluedMap<String, String> form, String field) {
    try {
      return LocalDateTime.parse(text(form, field)).atZone(Wiring.ZONE).toInstant();
    } catch (DateTimeParseException e) {
      throw Requests.invalid(field, "a date and time such as 2026-12-08T09:30");
    }
  }

  // ---------------------------------------------------------------- events (6.3) and onward roads
  // (6.2)

  @POST
  @Path("{number}/event")
  @RolesAllowed({Roles.CLERK, Roles.SUPERVISOR, Roles.ADMIN})
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Produces(MediaType.TEXT_HTML)
  @Operation(hidden = true)
  public Response receiveEvent(
      @PathParam("number") String number, MultivaluedMap<String, String> form) {
    return act(
        number,
        "eventReceived",
        () -> {
          MatterSnapshot s = visibleMatter(number);
          ETags.require(tag(form, "version"), s);
          Requests.county(centers, s.number())
              .center()
              .events()
              .receive(new ReceiveEventUseCase.Command(s.number(), caller.actor()));
        });
  }

  @POST
  @Path("{number}/event/triage")
  @RolesAllowed({Roles.SUPERVISOR, Roles.LEADER, Roles.ADMIN})
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Produces(MediaType.TEXT_HTML)
  @Operation(hidden = true)
  public Response triageEvent(
      @PathParam("number") String number, MultivaluedMap<String, String> form) {
    return act(
        number,
        "triaged",
        () -> {
          GovernanceEventSnapshot e = visibleEvent(number, form);
          TriageFacts facts = MatterRoads.triage(form);
          Requests.county(centers, e.matter())
              .center()
              .events()
              .triage(new TriageEventUseCase.Command(e.matter(), facts, caller.actor()));
        });
  }

  @POST
  @Path("{number}/event/steps")
  @RolesAllowed({Roles.HANDLER, Roles.SUPERVISOR, Roles.LEADER, Roles.ADMIN})
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Produces(MediaType.TEXT_HTML)
  @Operation(hidden = true)
  public Response eventStep(
      @PathParam("number") String number, MultivaluedMap<String, String> form) {
    String[] outcome = {"event"};
    return actThen(
        number,
        outcome,
        () -> {
          GovernanceEventSnapshot e = visibleEvent(number, form);
          HandleEventUseCase.Step step = MatterRoads.eventStep(form);
          Requests.county(centers, e.matter())
              .center()
              .events()
              .handle(new HandleEventUseCase.Command(e.matter(), step, caller.actor()));
          outcome[0] = "event-" + text(form, "step");
        });
  }

  @POST
  @Path("{number}/mediation/litigation")
  @RolesAllowed({Roles.MEDIATOR, Roles.ADMIN})
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Produces(MediaType.TEXT_HTML)
  @Operation(hidden = true)
  public Response referToLitigation(
      @PathParam("number") String number, MultivaluedMap<String, String> form) {
    return act(
        number,
        "litigation",
        () -> {
          MediationSnapshot m = visibleMediation(number, form);
          use(m).refer(new ReferToLitigationUseCase.Command(m.id(), caller.actor()));
        });
  }

  @POST
  @Path("{number}/onward")
  @RolesAllowed({Roles.MEDIATOR, Roles.ADMIN})
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Produces(MediaType.TEXT_HTML)
  @Operation(hidden = true)
  public Response referOnward(
      @PathParam("number") String number, MultivaluedMap<String, String> form) {
    return act(
        number,
        "referred",
        () -> {
          MediationSnapshot m = visibleMediation(number, form);
          Requests.county(centers, m.id().matter())
              .center()
              .onward()
              .refer(MatterRoads.refer(form, m, caller.actor()));
        });
  }

  @POST
  @Path("{number}/onward/{referral}/steps")
  @RolesAllowed({Roles.MEDIATOR, Roles.HANDLER, Roles.SUPERVISOR, Roles.ADMIN})
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Produces(MediaType.TEXT_HTML)
  @Operation(hidden = true)
  public Response onwardStep(
      @PathParam("number") String number,
      @PathParam("referral") String referral,
      MultivaluedMap<String, String> form) {
    String[] outcome = {"onward"};
    return actThen(
        number,
        outcome,
        () -> {
          OnwardReferralSnapshot r = visibleReferral(number, referral, form);
          MatterRoads.OnwardStep step = MatterRoads.onwardStep(form);
          Requests.county(centers, r.id().matter())
              .center()
              .onward()
              .record(
                  new RecordStepUseCase.Command(r.id(), step.on(), step.step(), caller.actor()));
          outcome[0] = "onward-" + text(form, "step");
        });
  }

  @POST
  @Path("{number}/onward/{referral}/report")
  @RolesAllowed({Roles.MEDIATOR, Roles.HANDLER, Roles.SUPERVISOR, Roles.ADMIN})
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Produces(MediaType.TEXT_HTML)
  @Operation(hidden = true)
  public Response reportBack(
      @PathParam("number") String number,
      @PathParam("referral") String referral,
      MultivaluedMap<String, String> form) {
    return act(
        number,
        "reportedBack",
        () -> {
          OnwardReferralSnapshot r = visibleReferral(number, referral, form);
          ReportBack report = MatterRoads.reportBack(form);
          Requests.county(centers, r.id().matter())
              .center()
              .onward()
              .reportBack(new ReportBackUseCase.Command(r.id(), report, caller.actor()));
        });
  }

  /** The matter's event, in the caller's division, at the version the form was drawn from. */
  private GovernanceEventSnapshot visibleEvent(String number, MultivaluedMap<String, String> form) {
    MatterSnapshot s = visibleMatter(number);
    GovernanceEventSnapshot e =
        MatterRoads.event(Requests.county(centers, s.number()), s.number())
            .orElseThrow(() -> Requests.notFound("Event " + s.number()));
    ETags.require(tag(form, "eventVersion"), e);
    return e;
  }

  /** Referral O{@code referral} of the matter, at the version the form was drawn from. */
  private OnwardReferralSnapshot visibleReferral(
      String number, String referral, MultivaluedMap<String, String> form) {
    MatterSnapshot s = visibleMatter(number);
    OnwardReferralSnapshot r =
        MatterRoads.referrals(Requests.county(centers, s.number()), s.number()).stream()
            .filter(x -> Integer.toString(x.id().number()).equals(referral))
            .findFirst()
            .orElseThrow(
                () -> Requests.notFound("Onward referral " + s.number() + "/O" + referral));
    ETags.require(tag(form, "referralVersion"), r);
    return r;
  }

  // ---------------------------------------------------------------- words

  /** A category's name: the standard's term in Chinese, the taxonomy's English name in English. */
  static String category(String code) {
    return CategoryTaxonomy.defaults()
        .find(code)
        .map(c -> t().english() ? c.nameEn() : c.nameZh())
        .orElse(code);
  }

  /** A material kind's name, by its code; a kind the bundles do not name keeps its own name. */
  static String material(MaterialKind k) {
    String key = "material." + k.code();
    String s = t().lookup(key);
    return s.equals(key) ? k.nameZh() : s;
  }

  static String stateName(MatterState s) {
    return t().name("matter.state", s);
  }

  static String mediationName(MediationState s) {
    return t().name("mediation.state", s);
  }

  /** What a step of the timeline did, with the recorded code kept after it. */
  static String actionName(String action) {
    String key = "action." + action;
    String name = t().lookup(key);
    return name.equals(key) ? action : t().text("action.withCode", name, action);
  }

  static String stepName(String step) {
    return t().key("step", step);
  }
}
