package org.db3311.sgc.server.intake;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.db3311.sgc.adapter.jpa.JpaMatterSearch;
import org.db3311.sgc.core.common.AreaCode;
import org.db3311.sgc.core.common.DivisionCode;
import org.db3311.sgc.core.common.UnitId;
import org.db3311.sgc.core.intake.Channel;
import org.db3311.sgc.core.intake.MatterPage;
import org.db3311.sgc.core.intake.MatterQuery;
import org.db3311.sgc.core.intake.MatterState;
import org.db3311.sgc.core.intake.MatterSummary;
import org.db3311.sgc.core.intake.PlaceScope;
import org.db3311.sgc.core.intake.RegistrationNumber;
import org.db3311.sgc.server.http.Cursors;
import org.db3311.sgc.server.http.Page;
import org.db3311.sgc.server.http.Paging;
import org.db3311.sgc.server.http.Requests;
import org.db3311.sgc.server.problem.Problem;
import org.db3311.sgc.server.security.Caller;
import org.db3311.sgc.server.security.DivisionScope;
import org.db3311.sgc.server.security.Roles;
import org.db3311.sgc.server.wiring.Centers;
import org.db3311.sgc.server.wiring.Wiring;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The list of a county's matters, filtered, sorted and paged by the database: {@code GET
 * /api/v1/matters?state=ACCEPTED&category=dispute.labour&from=2026-12-01&sort=REGISTERED_AT}. A
 * township's staff see their township's matters only; a city's or province's name the county.
 */
@Path("/api/v1/matters")
@RequestScoped
@Tag(name = "intake")
@SecurityRequirement(name = "bearer")
public class MatterSearchResource {

  @Inject Centers centers;
  @Inject Caller caller;

  /** One matter of a list. */
  public record Summary(
      String number,
      String state,
      String kind,
      String channel,
      String category,
      String county,
      String townshipCode,
      String township,
      String registeredAt,
      String closedAt,
      String handlingUnit,
      String deadline) {}

  @GET
  @Produces(MediaType.APPLICATION_JSON)
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
  @Operation(
      summary = "Search a county's matters: by state, unit, category, township, channel, period",
      description =
          "Repeat state and channel for several. from/until are Beijing days, until included."
              + " sort: REGISTERED_AT, NUMBER or DEADLINE; direction: ASCENDING or DESCENDING."
              + " page from 0, size 1 to 200 (50 by default); total counts every match. 'next' is"
              + " the cursor of the following page: sent as 'after' (instead of 'page', with the"
              + " same sort and direction) it reads that page by seek, as fast however deep.")
  public Page<Summary> search(
      @QueryParam("county") String county,
      @QueryParam("township") String township,
      @QueryParam("state") List<String> states,
      @QueryParam("unit") String unit,
      @QueryParam("category") String category,
      @QueryParam("channel") List<String> channels,
      @QueryParam("from") String from,
      @QueryParam("until") String until,
      @QueryParam("sort") @DefaultValue("REGISTERED_AT") String sort,
      @QueryParam("direction") @DefaultValue("DESCENDING") String direction,
      @QueryParam("page") String page,
      @QueryParam("size") String size,
      @QueryParam("after") String after,
      @QueryParam("offset") String offset,
      @QueryParam("limit") String limit) {
    List<Problem.FieldError> errors = new ArrayList<>();
    Requests.Errors pagingErrors = new Requests.Errors();
    Paging paging = Paging.of(page, size, pagingErrors);
    Paging.refuseOffsetLimit(offset, limit, pagingErrors);
    errors.addAll(pagingErrors.list());
    DivisionScope scope = caller.scope();
    MatterQuery q = MatterQuery.all();
    DivisionCode code = null;
    try {
      code =
          county != null && !county.isBlank()
              ? DivisionCode.of(county.strip())
              : scope.county().orElse(null);
      if (code == null) {
        errors.add(new Problem.FieldError("county", "required: your division covers several"));
      }
    } catch (IllegalArgumentException e) {
      errors.add(new Problem.FieldError("county", e.getMessage()));
    }
    PlaceScope place = null;
    if (code != null) {
      place = PlaceScope.of(code);
      String narrower = township != null && !township.isBlank() ? township.strip() : null;
      if (narrower == null && scope.code().length() > 6) {
        narrower = scope.code().substring(0, 9);
      }
      if (narrower != null) {
        try {
          place = PlaceScope.of(AreaCode.of(narrower));
        } catch (IllegalArgumentException e) {
          errors.add(new Problem.FieldError("township", e.getMessage()));
        }
      }
      if (!place.code().startsWith(scope.prefix())) {
        throw Caller.outside("The matters of " + place.code());
      }
      q = q.within(place);
    }
    try {
      if (states != null && !states.isEmpty()) {
        q = q.inStates(states.stream().map(MatterState::valueOf).toArray(MatterState[]::new));
      }
    } catch (IllegalArgumentException e) {
      errors.add(new Problem.FieldError("state", "one of " + List.of(MatterState.values())));
    }
    try {
      if (channels != null && !channels.isEmpty()) {
        q = q.via(channels.stream().map(Channel::valueOf).toArray(Channel[]::new));
      }
    } catch (IllegalArgumentException e) {
      errors.add(new Problem.FieldError("channel", "one of " + List.of(Channel.values())));
    }
    try {
      if (unit != null && !unit.isBlank()) {
        q = q.handledBy(UnitId.of(unit.strip()));
      }
      if (category != null && !category.isBlank()) {
        q = q.inCategory(category.strip());
      }
    } catch (IllegalArgumentException e) {
      errors.add(new Problem.FieldError("unit/category", e.getMessage()));
    }
    try {
      if (from != null || until != null) {
        LocalDate f = from == null ? LocalDate.of(2000, 1, 1) : LocalDate.parse(from.strip());
        LocalDate u = until == null ? LocalDate.of(2999, 12, 31) : LocalDate.parse(until.strip());
        q =
            q.registeredBetween(
                f.atStartOfDay(Wiring.ZONE).toInstant(),
                u.plusDays(1).atStartOfDay(Wiring.ZONE).toInstant());
      }
    } catch (DateTimeParseException e) {
      errors.add(new Problem.FieldError("from/until", "dates such as 2026-12-31"));
    } catch (IllegalArgumentException e) {
      errors.add(new Problem.FieldError("from/until", e.getMessage()));
    }
    try {
      q =
          q.sortedBy(MatterQuery.Sort.valueOf(sort), MatterQuery.Direction.valueOf(direction))
              .page(paging.offset(), paging.size());
    } catch (IllegalArgumentException e) {
      errors.add(
          new Problem.FieldError(
              "sort/direction/page/size",
              e.getMessage() == null || e.getMessage().startsWith("No enum")
                  ? "sort: "
                      + List.of(MatterQuery.Sort.values())
                      + "; direction: ASCENDING or DESCENDING"
                  : e.getMessage()));
    }
    Requests.Errors cursorErrors = new Requests.Errors();
    Optional<MatterQuery.After> seek = after(after, page, sort, direction, cursorErrors);
    errors.addAll(cursorErrors.list());
    if (seek.isPresent() && errors.isEmpty()) {
      q = q.after(seek.get(), paging.size());
    }
    if (!errors.isEmpty()) {
      throw new Problem.Exception(
          new Problem(
              URI.create("urn:db3311:problem:invalid-request"),
              "Invalid request",
              400,
              "The search has " + errors.size() + " error(s); every one is listed in 'errors'.",
              errors));
    }
    DivisionCode c = code;
    Centers.County where = centers.of(c).orElseThrow(() -> Requests.notServed(c.value()));
    MatterQuery query = q;
    JpaMatterSearch search = new JpaMatterSearch(where.store());
    // one transaction, so the total and the page agree
    record Found(MatterPage page, int total) {}
    Found found =
        where
            .store()
            .unitOfWork()
            .inTransaction(() -> new Found(search.search(query), search.count(query)));
    return new Page<>(
        found.page().items().stream()
            .map(
                s ->
                    new Summary(
                        s.number().toString(),
                        s.state().name(),
                        s.kind().name(),
                        s.channel().name(),
                        s.categoryCode(),
                        s.county().value(),
                        s.townshipCode().map(Object::toString).orElse(null),
                        s.township().orElse(null),
                        s.registeredAt().toString(),
                        s.closedAt().map(Object::toString).orElse(null),
                        s.handlingUnit().map(UnitId::value).orElse(null),
                        s.deadline().map(Object::toString).orElse(null)))
            .toList(),
        paging.page(),
        paging.size(),
        found.total(),
        List.of(),
        found.page().hasNext() ? cursor(query, found.page().items().getLast()) : null);
  }

  /** The cursor after {@code last}: the order it belongs to, then its place in that order. */
  private static String cursor(MatterQuery query, MatterSummary last) {
    return Cursors.encode(
        query.sort().name(),
        query.direction().name(),
        last.registeredAt().toString(),
        last.deadline().map(Object::toString).orElse(NO_DEADLINE),
        last.number().toString());
  }

  private static final String NO_DEADLINE = "-";

  /**
   * The seek cursor received, when there is one; it must come from a page of the same order (a
   * place in one order means nothing in another) and not with a page number.
   */
  private static Optional<MatterQuery.After> after(
      String after, String page, String sort, String direction, Requests.Errors errors) {
    Optional<List<String>> parts = Cursors.after(after, page, 5, errors);
    if (parts.isEmpty()) {
      return Optional.empty();
    }
    List<String> v = parts.get();
    if (!v.get(0).equals(sort) || !v.get(1).equals(direction)) {
      errors.add(
          "after",
          "a cursor of the list sorted by "
              + v.get(0)
              + " "
              + v.get(1)
              + ": ask with that sort and direction, or start again from page 0");
      return Optional.empty();
    }
    try {
      return Optional.of(
          new MatterQuery.After(
              Cursors.instant(v.get(2)),
              v.get(3).equals(NO_DEADLINE) ? Optional.empty() : Optional.of(Cursors.day(v.get(3))),
              RegistrationNumber.parse(v.get(4))));
    } catch (DateTimeParseException | IllegalArgumentException e) {
      errors.add("after", "not a cursor this list handed out: pass a page's 'next'");
      return Optional.empty();
    }
  }
}
