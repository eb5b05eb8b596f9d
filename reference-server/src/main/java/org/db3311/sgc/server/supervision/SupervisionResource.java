package org.db3311.sgc.server.supervision;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.db3311.sgc.core.calendar.DueDate;
import org.db3311.sgc.core.supervision.StepClock;
import org.db3311.sgc.core.supervision.SupervisionDue;
import org.db3311.sgc.core.supervision.SupervisionFile;
import org.db3311.sgc.core.supervision.SupervisionFileRepository.DueKey;
import org.db3311.sgc.core.supervision.SupervisionFileRepository.PageRequest;
import org.db3311.sgc.core.supervision.SupervisionOverview;
import org.db3311.sgc.core.supervision.SupervisionSnapshot;
import org.db3311.sgc.core.supervision.SupervisionUseCases;
import org.db3311.sgc.server.http.Cursors;
import org.db3311.sgc.server.http.ETags;
import org.db3311.sgc.server.http.Page;
import org.db3311.sgc.server.http.Paging;
import org.db3311.sgc.server.http.Requests;
import org.db3311.sgc.server.security.Caller;
import org.db3311.sgc.server.security.Roles;
import org.db3311.sgc.server.wiring.Centers;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Supervision (督办, 6.2.1.3, 8.2.4): the real-time view of every unit's matters by state, the
 * overdue and near-deadline lists, and one file with its clocks and history. A county's view is
 * seen by that county's staff (or wider); a township's staff see the files of their own matters
 * through the matters themselves.
 */
@Path("/api/v1/supervision")
@RequestScoped
@Tag(name = "supervision", description = "6.2.1.3, 8.2.4 supervision view and deadline lists")
@SecurityRequirement(name = "bearer")
@RolesAllowed({Roles.SUPERVISOR, Roles.LEADER, Roles.INSPECTOR, Roles.ADMIN, Roles.ANALYST})
public class SupervisionResource {

  @Inject Centers centers;
  @Inject Caller caller;

  /** Counts of one unit or of all. */
  public record CountsView(
      int pending, int handled, int completed, int overdue, Map<String, Integer> byState) {
    static CountsView of(SupervisionOverview.Counts c) {
      Map<String, Integer> m = new TreeMap<>();
      c.byState().forEach((k, v) -> m.put(k.name(), v));
      return new CountsView(c.pending(), c.handled(), c.completed(), c.overdue(), m);
    }
  }

  /** A unit's counts as lead unit and as participant. */
  public record UnitView(CountsView leading, CountsView participating, CountsView all) {}

  /** The supervision view. */
  public record OverviewView(
      String county,
      String at,
      CountsView total,
      Map<String, UnitView> units,
      List<Clock> awaitingApplicant,
      List<Flag> flagged,
      List<Failure> failures) {}

  public record Clock(String subject, String unit, String since) {}

  public record Flag(String subject, String unit, String kind, String detail, String at) {}

  public record Failure(String subject, String reason) {}

  /** One entry of a deadline list. */
  public record Due(String subject, String title, String unit, String state, String nextDeadline) {
    static Due of(SupervisionDue d) {
      return new Due(
          d.subject(), d.title(), d.unit().value(), d.state().name(), d.nextDeadline().toString());
    }
  }

  /** One supervision file. */
  public record FileView(
      String subject,
      String title,
      String category,
      String unit,
      List<String> participants,
      String state,
      String openedAt,
      String nextDeadline,
      List<ClockView> clocks,
      List<NoticeView> notices,
      List<Flag> flags) {}

  /**
   * One step's clock: its last day as the center's working-day calendar computes it today (pauses
   * and extensions applied), and whether that day is provisional because it lies in a year whose
   * holidays are not published yet (R10).
   */
  public record ClockView(
      String step,
      String deadline,
      boolean provisional,
      String startedAt,
      String endedAt,
      boolean met) {}

  private static ClockView clockView(Centers.County c, StepClock k) {
    DueDate due = k.deadline().due(c.center().calendar(), c.today());
    return new ClockView(
        k.step().name(),
        due.date().toString(),
        due.provisional(),
        k.startedAt().toString(),
        k.endedAt().map(Object::toString).orElse(null),
        k.met());
  }

  public record NoticeView(
      String step, String level, String dueDate, String unit, String issuedAt) {}

  @GET
  @Path("overview")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "The supervision view now: every unit's matters by state, overdue counts")
  public OverviewView overview(@QueryParam("county") String county) {
    Centers.County c = county(county);
    SupervisionOverview o = c.center().supervision().current();
    Map<String, UnitView> units = new TreeMap<>();
    o.byUnit()
        .forEach(
            (unit, counts) ->
                units.put(
                    unit.value(),
                    new UnitView(
                        CountsView.of(counts.leading()),
                        CountsView.of(counts.participating()),
                        CountsView.of(counts.all()))));
    return new OverviewView(
        c.code().value(),
        o.at().toString(),
        CountsView.of(o.total()),
        units,
        o.awaitingApplicant().stream()
            .map(a -> new Clock(a.subject(), a.unit().value(), a.since().toString()))
            .toList(),
        o.flagged().stream()
            .map(
                f ->
                    new Flag(
                        f.subject(),
                        f.unit().value(),
                        f.flag().kind().name(),
                        f.flag().detail(),
                        f.flag().at().toString()))
            .toList(),
        o.failures().stream().map(f -> new Failure(f.item(), f.reason())).toList());
  }

  @GET
  @Path("overdue")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Files with a running step past its last day, the longest overdue first",
      description =
          "page from 0, size 1 to 200 (50 by default); total counts every overdue file. 'next'"
              + " is the cursor of the following page: sent as 'after' (instead of 'page') it"
              + " reads that page by seek, as fast however deep it lies.")
  public Page<Due> overdue(
      @QueryParam("county") String county,
      @QueryParam("page") String page,
      @QueryParam("size") String size,
      @QueryParam("after") String after,
      @QueryParam("offset") String offset,
      @QueryParam("limit") String limit) {
    Requests.Errors errors = new Requests.Errors();
    Paging paging = Paging.of(page, size, errors);
    Paging.refuseOffsetLimit(offset, limit, errors);
    Optional<DueKey> from = after(after, page, errors);
    errors.throwIfAny("The query");
    SupervisionUseCases supervision = county(county).center().supervision();
    // one more than the page, so 'next' is given only when a line follows
    int ask = paging.size() + 1;
    List<SupervisionDue> found =
        from.map(k -> supervision.overdue(k, ask))
            .orElseGet(() -> supervision.overdue(new PageRequest(paging.offset(), ask)));
    return pageOf(found, paging, supervision.overdueCount());
  }

  @GET
  @Path("due")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Files whose next last day falls from today to 'until', soonest first",
      description =
          "page from 0, size 1 to 200 (50 by default); total counts every such file. 'next' is"
              + " the cursor of the following page, sent as 'after' instead of 'page'.")
  public Page<Due> due(
      @QueryParam("county") String county,
      @QueryParam("until") String until,
      @QueryParam("page") String page,
      @QueryParam("size") String size,
      @QueryParam("after") String after,
      @QueryParam("offset") String offset,
      @QueryParam("limit") String limit) {
    Requests.Errors errors = new Requests.Errors();
    Paging paging = Paging.of(page, size, errors);
    Paging.refuseOffsetLimit(offset, limit, errors);
    Optional<DueKey> from = after(after, page, errors);
    LocalDate day = null;
    try {
      day = LocalDate.parse(until == null ? "" : until.strip());
    } catch (DateTimeParseException e) {
      errors.add("until", "a date such as 2026-12-31");
    }
    errors.throwIfAny("The query");
    SupervisionUseCases supervision = county(county).center().supervision();
    LocalDate d = day;
    int ask = paging.size() + 1;
    List<SupervisionDue> found =
        from.map(k -> supervision.dueBy(d, k, ask))
            .orElseGet(() -> supervision.dueBy(d, new PageRequest(paging.offset(), ask)));
    return pageOf(found, paging, supervision.dueByCount(day));
  }

  @GET
  @Path("files/{subject}")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "One supervision file: its clocks, notices and flags, with an ETag")
  public Response file(@PathParam("subject") String subject, @QueryParam("county") String county) {
    Centers.County c = county(county);
    SupervisionFile f = c.center().supervision().file(subject);
    SupervisionSnapshot s = f.snapshot();
    FileView view =
        new FileView(
            s.subject(),
            s.title(),
            s.categoryCode(),
            s.unit().value(),
            s.participants().stream().map(u -> u.value()).sorted().toList(),
            s.state().name(),
            s.openedAt().toString(),
            s.nextDeadline().map(Object::toString).orElse(null),
            s.clocks().stream().map(k -> clockView(c, k)).toList(),
            s.notices().stream()
                .map(
                    n ->
                        new NoticeView(
                            n.step().name(),
                            n.level().name(),
                            n.dueDate().toString(),
                            n.unit().value(),
                            n.issuedAt().toString()))
                .toList(),
            s.flags().stream()
                .map(
                    fl ->
                        new Flag(
                            s.subject(),
                            s.unit().value(),
                            fl.kind().name(),
                            fl.detail(),
                            fl.at().toString()))
                .toList());
    return Response.ok(view).tag(ETags.of(s)).build();
  }

  /** The page of {@code found}, read one line past it: when that line is there, a next cursor. */
  private static Page<Due> pageOf(List<SupervisionDue> found, Paging paging, int total) {
    List<SupervisionDue> shown = found.stream().limit(paging.size()).toList();
    String next = null;
    if (found.size() > paging.size()) {
      DueKey last = shown.getLast().key();
      next = Cursors.encode(last.nextDeadline().toString(), last.subject());
    }
    return new Page<>(
        shown.stream().map(Due::of).toList(), paging.page(), paging.size(), total, List.of(), next);
  }

  /** The seek cursor received, as a list key; not taken together with a page number. */
  private static Optional<DueKey> after(String after, String page, Requests.Errors errors) {
    return Cursors.after(after, page, 2, errors)
        .flatMap(
            parts -> {
              try {
                return Optional.of(new DueKey(Cursors.day(parts.get(0)), parts.get(1)));
              } catch (DateTimeParseException | IllegalArgumentException e) {
                errors.add("after", "not a cursor this list handed out: pass a page's 'next'");
                return Optional.empty();
              }
            });
  }

  /** The county asked for (default: the caller's), when the caller's division covers it. */
  private Centers.County county(String county) {
    return Requests.countyWide(centers, caller, county, "The supervision view");
  }
}
