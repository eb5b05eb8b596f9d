package org.db3311.sgc.server.console;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.db3311.sgc.adapter.jpa.JpaDutyRosterRepository;
import org.db3311.sgc.adapter.jpa.JpaReceptionRepository;
import org.db3311.sgc.core.common.ItemFailure;
import org.db3311.sgc.core.eventhandling.DutyLeaders;
import org.db3311.sgc.core.eventhandling.DutyRoster;
import org.db3311.sgc.core.eventhandling.DutyRosterId;
import org.db3311.sgc.core.eventhandling.DutyRosterState;
import org.db3311.sgc.core.intake.DivisionRegistry;
import org.db3311.sgc.core.intake.Party;
import org.db3311.sgc.core.reception.BookingState;
import org.db3311.sgc.core.reception.CountyLeader;
import org.db3311.sgc.core.reception.PublishRotaUseCase;
import org.db3311.sgc.core.reception.ReceptionBookingSnapshot;
import org.db3311.sgc.core.reception.ReceptionMode;
import org.db3311.sgc.core.reception.ReceptionRota;
import org.db3311.sgc.core.reception.ReceptionRotaSnapshot;
import org.db3311.sgc.core.reception.RotaState;
import org.db3311.sgc.server.console.LeaderViews.Failure;
import org.db3311.sgc.server.http.Requests;
import org.db3311.sgc.server.security.Caller;
import org.db3311.sgc.server.security.Masking;
import org.db3311.sgc.server.security.Roles;
import org.db3311.sgc.server.wiring.Centers;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The leader's views of the console: the leader's page — the month's reception rota and the coming
 * days' bookings (领导接访, 6.2.1.2: 每个工作日应安排一名县级领导接访，可采用随机接访、预约接访、主动约访等方式进行接访活动，并定期公开领导接访安排), and the
 * county leader on duty now (值班县级领导, 6.3.1.2) — and the command big screen (指挥大屏) on a fixed
 * 1920×1080 stage (8.1.3 asks the display system for a physical resolution of 1920×1080), scaled by
 * the page to larger screens and spliced walls. Both are county-wide, under the roles the API reads
 * their parts with; the screen's figures are also served as JSON for the walls' own players.
 */
@Path("/console")
@RequestScoped
public class LeaderConsoleResource {

  /** Seconds between two refreshes of the big screen: by default, and the bounds of ?refresh=. */
  static final int DEFAULT_REFRESH = 30;

  static final int MIN_REFRESH = 2;
  static final int MAX_REFRESH = 600;

  /** How many days ahead the leader's page lists the bookings, today included. */
  static final int BOOKING_DAYS = 14;

  /**
   * The townships the screen's schematic shows: the table intake checks places against (the shipped
   * one, as the server does not replace it), read once.
   */
  static final DivisionRegistry DIVISIONS = DivisionRegistry.lishui();

  @Inject Centers centers;
  @Inject Caller caller;
  @Inject CommandScreenCache screens;
  @Context HttpHeaders headers;

  // ---------------------------------------------------------------- the leader's page

  /** The roles that read the rota, the bookings and the duty roster in the API. */
  @GET
  @Path("leader")
  @RolesAllowed({Roles.CLERK, Roles.SUPERVISOR, Roles.LEADER, Roles.INSPECTOR, Roles.ADMIN})
  @Produces(MediaType.TEXT_HTML)
  @Operation(hidden = true)
  public Response leader(@QueryParam("county") String county, @QueryParam("month") String month) {
    return ConsolePages.page(
        () -> {
          Centers.County c = Requests.countyWide(centers, caller, county, "Leader reception");
          Requests.Errors errors = new Requests.Errors();
          YearMonth m =
              month == null || month.isBlank() ? null : errors.month("month", month.strip());
          errors.throwIfAny("The query");
          LeaderViews.LeaderPage page = page(c, m);
          Map<String, Object> p = new LinkedHashMap<>();
          p.put("who", ConsoleResource.who(caller, headers));
          p.put("page", page);
          return ConsoleResource.render("console/leader.jte", p);
        });
  }

  /** The page of a county: the month asked for (this month by default) and the coming bookings. */
  static LeaderViews.LeaderPage page(Centers.County c, YearMonth asked) {
    List<Failure> failures = new ArrayList<>();
    LocalDate today = c.today();
    YearMonth month = asked == null ? YearMonth.from(today) : asked;
    JpaReceptionRepository reception = new JpaReceptionRepository(c.store());
    LeaderViews.Rota rota =
        CommandScreen.attempt(
            ConsoleTexts.current().lookup("leader.part.rota"),
            failures,
            () -> rota(reception, month, today, c.center().reception()));
    LeaderViews.Duty duty =
        CommandScreen.attempt(
            ConsoleTexts.current().lookup("leader.part.duty"), failures, () -> duty(c, today));
    List<LeaderViews.BookingDay> bookings = bookings(c, reception, today, failures);
    return new LeaderViews.LeaderPage(
        c.code().value(),
        today.toString(),
        month.toString(),
        rota,
        duty,
        bookings,
        List.copyOf(failures));
  }

  private static String weekday(LocalDate d) {
    return d.getDayOfWeek()
        .getDisplayName(
            TextStyle.SHORT, ConsoleTexts.current().english() ? Locale.ENGLISH : Locale.CHINA);
  }

  static LeaderViews.Rota rota(
      JpaReceptionRepository reception,
      YearMonth month,
      LocalDate today,
      PublishRotaUseCase published) {
    Optional<ReceptionRotaSnapshot> s = reception.rota(month).map(ReceptionRota::snapshot);
    // today's receiving leader is the published rota's, whatever month the page shows
    String receiving =
        published
            .published(YearMonth.from(today))
            .map(days -> days.get(today))
            .map(l -> l.name() + "（" + l.title() + "）")
            .orElse(null);
    if (s.isEmpty()) {
      return new LeaderViews.Rota(month.toString(), false, false, null, List.of(), receiving);
    }
    List<LeaderViews.RotaDay> days = new ArrayList<>();
    s.get()
        .days()
        .forEach(
            (d, l) ->
                days.add(
                    new LeaderViews.RotaDay(
                        d.toString(), weekday(d), l.name(), l.title(), d.equals(today))));
    return new LeaderViews.Rota(
        month.toString(),
        true,
        s.get().state() == RotaState.PUBLISHED,
        s.get().publishedAt().map(t -> ConsolePages.when(t)).orElse(null),
        days,
        receiving);
  }

  /** Who takes an escalated event now, as event handling asks it (6.3.1.2), and today's shifts. */
  static LeaderViews.Duty duty(Centers.County c, LocalDate today) {
    Instant now = c.center().clock().instant();
    DutyLeaders.DutyCall call = c.center().dutyRoster().callAt(now);
    LocalDateTime start = today.atStartOfDay();
    LocalDateTime end = today.plusDays(1).atStartOfDay();
    List<LeaderViews.Shift> shifts = new ArrayList<>();
    // a shift from the last evening of a month may run into today, so both months are read
    for (YearMonth m :
        new java.util.TreeSet<>(
            List.of(YearMonth.from(today.minusDays(1)), YearMonth.from(today)))) {
      new JpaDutyRosterRepository(c.store())
          .find(DutyRosterId.of(m))
          .map(DutyRoster::snapshot)
          .ifPresent(
              r ->
                  r.shifts().stream()
                      .filter(x -> x.start().isBefore(end) && x.end().isAfter(start))
                      .forEach(
                          x ->
                              shifts.add(
                                  new LeaderViews.Shift(
                                      x.start().format(ConsolePages.WHEN),
                                      x.end().format(ConsolePages.WHEN),
                                      x.leader().name()))));
    }
    boolean inForce =
        new JpaDutyRosterRepository(c.store())
            .find(DutyRosterId.of(YearMonth.from(today)))
            .map(r -> r.state() == DutyRosterState.PUBLISHED)
            .orElse(false);
    return switch (call) {
      case DutyLeaders.DutyCall.OnDuty on ->
          new LeaderViews.Duty(on.leader().name(), true, "", shifts, inForce);
      case DutyLeaders.DutyCall.Fallback fb ->
          new LeaderViews.Duty(fb.leader().name(), false, fb.reason(), shifts, inForce);
    };
  }

  /**
   * The bookings of the coming days that have a receiving leader or bookings: one day that cannot
   * be read is named and the other days are listed all the same.
   */
  static List<LeaderViews.BookingDay> bookings(
      Centers.County c, JpaReceptionRepository reception, LocalDate today, List<Failure> failures) {
    ConsoleTexts texts = ConsoleTexts.current();
    Map<YearMonth, Map<LocalDate, CountyLeader>> rotas = new HashMap<>();
    List<LeaderViews.BookingDay> out = new ArrayList<>();
    for (int i = 0; i < BOOKING_DAYS; i++) {
      LocalDate day = today.plusDays(i);
      Map<LocalDate, CountyLeader> days =
          rotas.computeIfAbsent(
              YearMonth.from(day),
              m -> {
                try {
                  return reception.rota(m).map(r -> r.snapshot().days()).orElse(Map.of());
                } catch (RuntimeException e) {
                  failures.add(
                      CommandScreen.failure(
                          texts.lookup("leader.part.rota"),
                          m.toString(),
                          ItemFailure.of(m.toString(), e).reason()));
                  return Map.of();
                }
              });
      CountyLeader leader = days.get(day);
      try {
        List<LeaderViews.Booking> list =
            reception.bookingsOn(day).stream().map(LeaderConsoleResource::booking).toList();
        if (leader != null || !list.isEmpty()) {
          out.add(
              new LeaderViews.BookingDay(
                  day.toString(), leader == null ? "" : leader.name(), list, null));
        }
      } catch (RuntimeException e) {
        Failure failure =
            CommandScreen.failure(
                texts.lookup("leader.part.bookings"),
                day.toString(),
                ItemFailure.of(day.toString(), e).reason());
        failures.add(failure);
        String reason = failure.reason();
        out.add(
            new LeaderViews.BookingDay(
                day.toString(), leader == null ? "" : leader.name(), List.of(), reason));
      }
    }
    return out;
  }

  private static LeaderViews.Booking booking(ReceptionBookingSnapshot b) {
    Party v = b.visitor();
    String phone = Masking.phone(v.phone().map(x -> x.value()).orElse(null));
    return new LeaderViews.Booking(
        b.id(),
        b.slot(),
        modeLabel(b.mode()),
        phone == null
            ? v.name()
            : ConsoleTexts.current().text("leader.visitorPhone", v.name(), phone),
        b.subject(),
        stateLabel(b.state()),
        b.matter().map(Object::toString).orElse(""));
  }

  static String modeLabel(ReceptionMode m) {
    return ConsoleTexts.current().name("reception.mode", m);
  }

  static String stateLabel(BookingState s) {
    return ConsoleTexts.current().name("reception.state", s);
  }

  // ---------------------------------------------------------------- the command big screen

  /**
   * The roles that read every part of the screen in the API (supervision, warnings, evaluation).
   */
  @GET
  @Path("screen")
  @RolesAllowed({Roles.SUPERVISOR, Roles.LEADER, Roles.ANALYST, Roles.INSPECTOR, Roles.ADMIN})
  @Produces(MediaType.TEXT_HTML)
  @Operation(hidden = true)
  public Response screen(
      @QueryParam("county") String county, @QueryParam("refresh") String refresh) {
    return ConsolePages.page(() -> screenPage(county, refresh));
  }

  private String screenPage(String county, String refresh) {
    int seconds = DEFAULT_REFRESH;
    if (refresh != null && !refresh.isBlank()) {
      try {
        seconds = Integer.parseInt(refresh.strip());
      } catch (NumberFormatException e) {
        seconds = -1;
      }
      if (seconds < MIN_REFRESH || seconds > MAX_REFRESH) {
        throw Requests.invalid(
            "refresh", "seconds between refreshes, " + MIN_REFRESH + " to " + MAX_REFRESH);
      }
    }
    LeaderViews.Screen s = screenOf(county);
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("who", ConsoleResource.who(caller, headers));
    p.put("screen", s);
    p.put("refresh", seconds);
    return ConsoleResource.render("console/screen.jte", p);
  }

  /** The screen's panels alone, which the page fetches again every refresh. */
  @GET
  @Path("screen/panels")
  @RolesAllowed({Roles.SUPERVISOR, Roles.LEADER, Roles.ANALYST, Roles.INSPECTOR, Roles.ADMIN})
  @Produces(MediaType.TEXT_HTML)
  @Operation(hidden = true)
  public Response panels(@QueryParam("county") String county) {
    return ConsolePages.page(
        () ->
            ConsoleResource.render("console/screenPanels.jte", Map.of("screen", screenOf(county))));
  }

  /**
   * The screen's figures as JSON, for a wall's own player: its errors stay problem details, as a
   * player reads JSON; a part that could not be counted is named without the exception's words.
   */
  @GET
  @Path("screen/data")
  @RolesAllowed({Roles.SUPERVISOR, Roles.LEADER, Roles.ANALYST, Roles.INSPECTOR, Roles.ADMIN})
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(hidden = true)
  public Response data(@QueryParam("county") String county) {
    return Response.ok(screenOf(county)).header("Cache-Control", "no-store").build();
  }

  private LeaderViews.Screen screenOf(String county) {
    // the caller's right to the county is checked on every refresh; only the figures are kept
    Centers.County c = Requests.countyWide(centers, caller, county, "The command screen");
    return screens.screen(
        new CommandScreenCache.Key(c.code().value(), ConsoleTexts.current().lang()),
        () -> CommandScreen.of(c, DIVISIONS));
  }
}
