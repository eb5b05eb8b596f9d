package org.db3311.sgc.server.console;

import static org.db3311.sgc.server.console.ConsolePages.blankToNull;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.db3311.sgc.core.GovernanceCenter;
import org.db3311.sgc.core.intake.CategoryTaxonomy;
import org.db3311.sgc.core.intake.DecideIntakeUseCase;
import org.db3311.sgc.core.intake.MaterialKind;
import org.db3311.sgc.core.intake.MaterialRequirements;
import org.db3311.sgc.core.intake.MatterSnapshot;
import org.db3311.sgc.core.intake.MatterState;
import org.db3311.sgc.core.intake.RegisterMatterUseCase;
import org.db3311.sgc.core.intake.Registration;
import org.db3311.sgc.core.intake.RegistrationNumber;
import org.db3311.sgc.core.supervision.SupervisionFileRepository.PageRequest;
import org.db3311.sgc.core.supervision.SupervisionOverview;
import org.db3311.sgc.server.http.PublicEndpoint;
import org.db3311.sgc.server.http.Requests;
import org.db3311.sgc.server.intake.MatterFollowCodes;
import org.db3311.sgc.server.intake.MatterRequests;
import org.db3311.sgc.server.intake.Printables;
import org.db3311.sgc.server.problem.Problem;
import org.db3311.sgc.server.security.Caller;
import org.db3311.sgc.server.security.DemoIssuer;
import org.db3311.sgc.server.security.Roles;
import org.db3311.sgc.server.wiring.Centers;
import org.db3311.sgc.server.wiring.Wiring;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The web console (控制台), Chinese first, rendered on the server from jte templates compiled at build
 * time: the login, the window clerk's registration (6.1.1) with the printable one-time supplement
 * notice or receipt (6.1.1.1), and the live supervision board (8.2.4). Every page calls the same
 * use cases as the API, under the same roles and the same division scope: the token of the session
 * cookie is the caller ({@link ConsoleCookieFilter}).
 */
@Path("/console")
@RequestScoped
public class ConsoleResource {

  /** The package the build compiles the templates into (jte-maven-plugin's packageName). */
  static final String TEMPLATE_PACKAGE = "org.db3311.sgc.server.console.templates";

  static final TemplateEngine TEMPLATES =
      TemplateEngine.createPrecompiled(
          null, ContentType.Html, ConsoleResource.class.getClassLoader(), TEMPLATE_PACKAGE);

  /** How often the board's event stream looks for changes. */
  static final Duration BOARD_PERIOD = Duration.ofSeconds(2);

  /** The materials a window checks off, by code. */
  static final Map<String, String> KINDS =
      Map.of(
          MaterialKind.ID_CARD.code(), MaterialKind.ID_CARD.nameZh(),
          MaterialKind.APPLICATION.code(), MaterialKind.APPLICATION.nameZh(),
          MaterialKind.REGISTRATION_FORM.code(), MaterialKind.REGISTRATION_FORM.nameZh());

  @Inject Centers centers;
  @Inject Caller caller;
  @Inject Clock clock;

  /**
   * Renders a console template with the request's texts as its parameter {@code t} ({@link
   * ConsoleTexts}), unless the caller passes its own (a stream rendering outside the request).
   */
  static String render(String template, Map<String, Object> params) {
    StringOutput out = new StringOutput();
    Map<String, Object> withTexts = new java.util.HashMap<>(params);
    withTexts.putIfAbsent("t", ConsoleTexts.current());
    TEMPLATES.render(template, withTexts, out);
    return out.toString();
  }

  // ---------------------------------------------------------------- login

  @GET
  @Path("login")
  @PermitAll
  @Produces(MediaType.TEXT_HTML)
  @Operation(hidden = true)
  public Response loginForm() {
    return ConsolePages.html(200, login("", null));
  }

  private static String login(String username, String error) {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("username", username);
    p.put("error", error);
    p.put("demo", DemoIssuer.allowed());
    return render("console/login.jte", p);
  }

  @POST
  @Path("login")
  @PermitAll
  @PublicEndpoint
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Produces(MediaType.TEXT_HTML)
  @Operation(hidden = true)
  public Response login(MultivaluedMap<String, String> form) {
    String username = Objects.requireNonNullElse(form.getFirst("username"), "").strip();
    if (!DemoIssuer.allowed()) {
      return ConsolePages.html(404, login(username, ConsoleTexts.current().text("login.noDemo")));
    }
    DemoIssuer issuer = DemoIssuer.instance();
    var user = issuer.authenticate(username, form.getFirst("password"));
    if (user.isEmpty()) {
      return ConsolePages.html(401, login(username, ConsoleTexts.current().text("login.wrong")));
    }
    String token = issuer.issue(user.get(), clock.instant());
    NewCookie cookie =
        new NewCookie.Builder(ConsoleCookieFilter.COOKIE)
            .value(token)
            .path("/console")
            .httpOnly(true)
            .sameSite(NewCookie.SameSite.STRICT)
            .maxAge((int) Duration.ofHours(8).toSeconds())
            .build();
    return Response.seeOther(URI.create("/console")).cookie(cookie).build();
  }

  @POST
  @Path("logout")
  @PermitAll
  @Operation(hidden = true)
  public Response logout() {
    NewCookie gone =
        new NewCookie.Builder(ConsoleCookieFilter.COOKIE)
            .value("")
            .path("/console")
            .httpOnly(true)
            .sameSite(NewCookie.SameSite.STRICT)
            .maxAge(0)
            .build();
    return Response.seeOther(URI.create("/console/login")).cookie(gone).build();
  }

  @Context HttpHeaders headers;

  private ConsoleViews.Who who() {
    return who(caller, headers);
  }

  /** Who is logged in, with the session's CSRF token for the page's forms. */
  static ConsoleViews.Who who(Caller caller, HttpHeaders headers) {
    jakarta.ws.rs.core.Cookie c = headers.getCookies().get(ConsoleCookieFilter.COOKIE);
    return new ConsoleViews.Who(
        caller.actor().name(),
        caller.scope().code(),
        List.copyOf(new TreeSet<>(caller.roles())),
        ConsoleCsrf.of(c == null ? null : c.getValue()));
  }

  @GET
  @RolesAllowed({
    Roles.CLERK,
    Roles.MEDIATOR,
    Roles.HANDLER,
    Roles.SUPERVISOR,
    Roles.LEADER,
    Roles.ANALYST,
    Roles.ARCHIVIST,
    Roles.INSPECTOR,
    Roles.ADMIN
  })
  @Produces(MediaType.TEXT_HTML)
  @Operation(hidden = true)
  public Response home() {
    return ConsolePages.html(200, render("console/home.jte", Map.of("who", who())));
  }

  // ---------------------------------------------------------------- window clerk (6.1.1)

  @GET
  @Path("intake")
  @RolesAllowed({Roles.CLERK, Roles.ADMIN})
  @Produces(MediaType.TEXT_HTML)
  @Operation(hidden = true)
  public Response intakeForm() {
    Map<String, String> values = new LinkedHashMap<>();
    values.put("category", "dispute.neighbour");
    values.put("townshipCode", caller.scope().code());
    return ConsolePages.html(200, intake(values, Set.of(), Map.of(), null));
  }

  private String intake(
      Map<String, String> values, Set<String> ticked, Map<String, String> errors, String message) {
    String category = values.getOrDefault("category", "");
    List<ConsoleViews.Option> categories =
        CategoryTaxonomy.defaults().all().stream()
            .map(
                c ->
                    new ConsoleViews.Option(
                        c.code(),
                        ConsoleTexts.current()
                            .text(
                                "intake.categoryOption",
                                ConsoleCaseResource.category(c.code()),
                                c.code()),
                        c.code().equals(category)))
            .toList();
    // the checklist follows 6.1.2's list; a deployment's own list per category is the core's
    Set<MaterialKind> required = MaterialRequirements.STANDARD_DEFAULT;
    List<ConsoleViews.MaterialChoice> materials =
        List.of(MaterialKind.ID_CARD, MaterialKind.APPLICATION, MaterialKind.REGISTRATION_FORM)
            .stream()
            .map(
                k ->
                    new ConsoleViews.MaterialChoice(
                        k.code(),
                        ConsoleCaseResource.material(k),
                        required.contains(k),
                        ticked.contains(k.code())))
            .toList();
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("who", who());
    p.put("form", new ConsoleViews.IntakeForm(values, categories, materials, errors, message));
    return render("console/intake.jte", p);
  }

  @POST
  @Path("intake")
  @RolesAllowed({Roles.CLERK, Roles.ADMIN})
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Produces(MediaType.TEXT_HTML)
  @Operation(hidden = true)
  public Response register(MultivaluedMap<String, String> form) {
    Map<String, String> values = new LinkedHashMap<>();
    for (String f :
        List.of(
            "name",
            "idNumber",
            "phone",
            "respondent",
            "category",
            "township",
            "townshipCode",
            "address",
            "description")) {
      values.put(f, Objects.requireNonNullElse(form.getFirst(f), "").strip());
    }
    List<String> tickedList = Objects.requireNonNullElse(form.get("material"), List.of());
    Set<String> ticked = Set.copyOf(tickedList);
    List<MatterRequests.PartyRequest> parties = new ArrayList<>();
    parties.add(
        new MatterRequests.PartyRequest(
            "APPLICANT",
            "CITIZEN",
            values.get("name"),
            blankToNull(values.get("idNumber")),
            null,
            blankToNull(values.get("phone"))));
    if (!values.get("respondent").isEmpty()) {
      parties.add(
          new MatterRequests.PartyRequest(
              "RESPONDENT", "CITIZEN", values.get("respondent"), null, null, null));
    }
    List<MatterRequests.MaterialRequest> materials =
        tickedList.stream()
            .distinct()
            .map(
                code ->
                    new MatterRequests.MaterialRequest(
                        code, KINDS.getOrDefault(code, code) + "（窗口收取）"))
            .toList();
    var request =
        new MatterRequests.RegisterRequest(
            "WINDOW",
            null,
            null,
            parties,
            values.get("category"),
            new MatterRequests.PlaceRequest(
                null,
                blankToNull(values.get("township")),
                values.get("townshipCode"),
                null,
                values.get("address")),
            values.get("description"),
            materials,
            null,
            null);
    try {
      Registration registration = MatterRequests.registration(request);
      caller.requireCovers(registration.place(), "The matter's place");
      Centers.County county =
          centers
              .of(registration.place().county())
              .orElseThrow(() -> Requests.notServed(registration.place().county().value()));
      GovernanceCenter center = county.center();
      var receipt =
          center.intake().register(new RegisterMatterUseCase.Command(registration, caller.actor()));
      // the window decides at once on what lies on the desk: accepted, or one notice (6.1.1.1)
      if (receipt.state() == MatterState.PENDING_DECISION) {
        center
            .intake()
            .decide(
                new DecideIntakeUseCase.Command(
                    receipt.number(),
                    new DecideIntakeUseCase.Verdict.Review(List.of()),
                    caller.actor()));
      }
      return Response.seeOther(URI.create("/console/intake/" + receipt.number())).build();
    } catch (Problem.Exception e) {
      Map<String, String> errors = new LinkedHashMap<>();
      for (Problem.FieldError fe : e.problem().errors()) {
        errors.merge(
            field(fe.path()),
            fe.reason(),
            (a, b) -> a + ConsoleTexts.current().text("list.semicolon") + b);
      }
      return ConsolePages.html(
          e.problem().status(),
          intake(
              values,
              ticked,
              errors,
              ConsoleTexts.current()
                  .text("error.problem", e.problem().title(), e.problem().detail())));
    } catch (IllegalArgumentException e) {
      return ConsolePages.html(
          400,
          intake(
              values,
              ticked,
              Map.of(),
              ConsoleTexts.current().text("intake.failed", e.getMessage())));
    }
  }

  /** The form field a request path's error belongs to. */
  private static String field(String path) {
    if (path.startsWith("parties[0].")) {
      return path.substring("parties[0].".length());
    }
    if (path.startsWith("parties[1].")) {
      return "respondent";
    }
    if (path.startsWith("place.")) {
      String f = path.substring("place.".length());
      return f.equals("county") ? "townshipCode" : f;
    }
    return path;
  }

  @GET
  @Path("intake/{number}")
  @RolesAllowed({Roles.CLERK, Roles.ADMIN})
  @Produces(MediaType.TEXT_HTML)
  @Operation(hidden = true)
  public Response outcome(@PathParam("number") String number) {
    RegistrationNumber n = Requests.number(number);
    Centers.County county = Requests.county(centers, n);
    MatterSnapshot s = county.center().intake().matter(n);
    caller.requireCovers(s.registration().place(), "Matter " + n);
    boolean notice = s.state() == MatterState.AWAITING_SUPPLEMENT && !s.notices().isEmpty();
    String code = MatterFollowCodes.of(county, n);
    String page = notice ? Printables.notice(s, null, code) : Printables.receipt(s, code);
    ConsoleViews.Outcome o =
        new ConsoleViews.Outcome(
            s.number().toString(),
            s.state().name(),
            ConsoleTexts.current().text(notice ? "outcome.notice" : "outcome.receipt"),
            body(page));
    return ConsolePages.html(
        200, render("console/outcome.jte", Map.of("who", who(), "outcome", o)));
  }

  /** The body of one of intake's printable pages, which are whole documents of their own. */
  static String body(String page) {
    int start = page.indexOf("<body>");
    int end = page.lastIndexOf("</body>");
    return start < 0 || end < start ? page : page.substring(start + "<body>".length(), end);
  }

  // ---------------------------------------------------------------- supervision board (8.2.4)

  @GET
  @Path("supervision")
  @RolesAllowed({Roles.SUPERVISOR, Roles.LEADER, Roles.INSPECTOR, Roles.ADMIN, Roles.ANALYST})
  @Produces(MediaType.TEXT_HTML)
  @Operation(hidden = true)
  public Response board() {
    Centers.County c = Requests.countyWide(centers, caller, null, "The supervision view");
    return ConsolePages.html(
        200, render("console/board.jte", Map.of("who", who(), "board", board(c.code().value()))));
  }

  @GET
  @Path("supervision/events")
  @RolesAllowed({Roles.SUPERVISOR, Roles.LEADER, Roles.INSPECTOR, Roles.ADMIN, Roles.ANALYST})
  @Produces(MediaType.SERVER_SENT_EVENTS)
  @Operation(hidden = true)
  public void boardEvents(@Context SseEventSink sink, @Context Sse sse) {
    // the caller is checked now; the stream then outlives the request, so it keeps only the county
    String county =
        Requests.countyWide(centers, caller, null, "The supervision view").code().value();
    Centers all = centers;
    Clock now = clock;
    ConsoleTexts texts = ConsoleTexts.current();
    // the response (its status, headers and the response filters, Helidon's security among them)
    // is written at the stream's first write, on the writing thread: that thread runs in the
    // request's Helidon context, as the display pages' feed does
    Optional<io.helidon.common.context.Context> context =
        io.helidon.common.context.Contexts.context();
    Runnable stream = () -> streamBoard(sink, sse, all, now, county, texts);
    Thread.ofVirtual()
        .name("console-board-" + county)
        .start(
            () ->
                context.ifPresentOrElse(
                    c -> io.helidon.common.context.Contexts.runInContext(c, stream), stream));
  }

  /** How long the board's stream may stay silent before a comment shows it is still open. */
  static final Duration BOARD_KEEP_ALIVE = Duration.ofSeconds(20);

  /**
   * Writes the board's stream until the browser goes away: a comment at once, so the stream is open
   * (and the page says so) before the first look at the board, however slow; the board's part
   * whenever it changed; a comment after {@link #BOARD_KEEP_ALIVE} of silence, so a dead connection
   * is noticed and a proxy does not close a quiet one.
   */
  private static void streamBoard(
      SseEventSink sink, Sse sse, Centers all, Clock now, String county, ConsoleTexts texts) {
    String last = null;
    long id = 0;
    try (sink) {
      sink.send(sse.newEventBuilder().comment("board").build()).toCompletableFuture().join();
      long quietSince = System.nanoTime();
      while (!sink.isClosed()) {
        String part;
        try {
          part =
              render("console/boardPart.jte", Map.of("board", board(all, now, county), "t", texts));
        } catch (RuntimeException e) {
          // one failed look at the view does not end the stream; the next one may work
          part = null;
        }
        if (part != null && !part.equals(last)) {
          last = part;
          OutboundSseEvent event =
              sse.newEventBuilder()
                  .id(Long.toString(++id))
                  .name("board")
                  .data(part.replace("\n", " "))
                  .reconnectDelay(3000)
                  .build();
          sink.send(event).toCompletableFuture().join();
          quietSince = System.nanoTime();
        } else if (System.nanoTime() - quietSince >= BOARD_KEEP_ALIVE.toNanos()) {
          sink.send(sse.newEventBuilder().comment("keep-alive").build())
              .toCompletableFuture()
              .join();
          quietSince = System.nanoTime();
        }
        Thread.sleep(BOARD_PERIOD);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (RuntimeException e) {
      // the browser went away; it reconnects by itself when it comes back
    }
  }

  /** How far ahead the board's near-deadline list looks. */
  static final int DUE_SOON_DAYS = 14;

  private static ConsoleViews.DueRow due(org.db3311.sgc.core.supervision.SupervisionDue d) {
    return new ConsoleViews.DueRow(
        d.subject(), d.title(), d.unit().value(), d.state().name(), d.nextDeadline().toString());
  }

  ConsoleViews.Board board(String countyCode) {
    return board(centers, clock, countyCode);
  }

  static ConsoleViews.Board board(Centers centers, Clock clock, String countyCode) {
    Centers.County c =
        centers
            .of(org.db3311.sgc.core.common.DivisionCode.of(countyCode))
            .orElseThrow(() -> Requests.notServed(countyCode));
    SupervisionOverview o = c.center().supervision().current();
    Set<String> stages = new TreeSet<>();
    o.total().byState().keySet().forEach(k -> stages.add(k.name()));
    o.byUnit().values().forEach(u -> u.all().byState().keySet().forEach(k -> stages.add(k.name())));
    List<String> columns = List.copyOf(stages);
    List<ConsoleViews.UnitRow> units = new ArrayList<>();
    o.byUnit().entrySet().stream()
        .sorted(Map.Entry.comparingByKey(java.util.Comparator.comparing(k -> k.value())))
        .forEach(e -> units.add(row(e.getKey().value(), e.getValue().all(), columns)));
    List<ConsoleViews.DueRow> overdue =
        c.center().supervision().overdue(new PageRequest(0, 50)).stream()
            .map(ConsoleResource::due)
            .toList();
    java.time.LocalDate until =
        java.time.LocalDate.now(clock.withZone(Wiring.ZONE)).plusDays(DUE_SOON_DAYS);
    List<ConsoleViews.DueRow> dueSoon =
        c.center().supervision().dueBy(until, new PageRequest(0, 50)).stream()
            .map(ConsoleResource::due)
            .toList();
    return new ConsoleViews.Board(
        c.code().value(),
        ConsolePages.when(o.at()),
        columns,
        units,
        row("合计", o.total(), columns),
        overdue,
        dueSoon,
        o.awaitingApplicant().stream()
            .map(
                a ->
                    new ConsoleViews.Waiting(
                        a.subject(), a.unit().value(), ConsolePages.when(a.since())))
            .toList(),
        o.failures().stream().map(f -> f.item() + "：" + f.reason()).toList());
  }

  private static ConsoleViews.UnitRow row(
      String unit, SupervisionOverview.Counts c, List<String> stages) {
    Map<String, Integer> by = new LinkedHashMap<>();
    c.byState().forEach((k, v) -> by.put(k.name(), v));
    return new ConsoleViews.UnitRow(
        unit,
        c.pending(),
        c.handled(),
        c.completed(),
        c.overdue(),
        stages.stream().map(s -> by.getOrDefault(s, 0)).toList());
  }
}
