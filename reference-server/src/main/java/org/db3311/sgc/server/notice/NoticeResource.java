package org.db3311.sgc.server.notice;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.db3311.sgc.adapter.jpa.JpaNoticeQueue;
import org.db3311.sgc.core.intake.MatterSnapshot;
import org.db3311.sgc.core.intake.RegistrationNumber;
import org.db3311.sgc.server.http.Page;
import org.db3311.sgc.server.http.Requests;
import org.db3311.sgc.server.security.Caller;
import org.db3311.sgc.server.security.Roles;
import org.db3311.sgc.server.wiring.Centers;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The notices told of one reference, with where each one's delivery stands: {@code GET
 * /api/v1/notices?reference=331102-20261203-0001} (a registration number: the matter's county, and
 * only for staff whose division covers the matter's place) or {@code ?reference=ZD-…&county=…} (any
 * other reference, e.g. a guidance task: county-wide staff of that county). Paged like every list;
 * telephone numbers masked. A notice past its retention ({@code sgc.messaging.notice-retention}) is
 * no longer listed.
 */
@Path("/api/v1/notices")
@RequestScoped
@Tag(name = "notices", description = "Notices sent and their delivery receipts")
@SecurityRequirement(name = "bearer")
public class NoticeResource {

  @Inject Centers centers;
  @Inject Caller caller;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed({
    Roles.CLERK,
    Roles.MEDIATOR,
    Roles.HANDLER,
    Roles.SUPERVISOR,
    Roles.LEADER,
    Roles.INSPECTOR,
    Roles.ADMIN
  })
  @Operation(
      summary = "The notices told of a reference, oldest first, with their delivery state",
      description =
          "reference: a registration number, or another reference with county; page, size."
              + " Telephone numbers are masked.")
  public Page<NoticeView> list(
      @QueryParam("reference") String reference,
      @QueryParam("county") String county,
      @QueryParam("page") String page,
      @QueryParam("size") String size) {
    Requests.Errors errors = new Requests.Errors();
    String ref = errors.text("reference", reference);
    if (ref != null && ref.strip().length() > 256) {
      errors.add("reference", "at most 256 characters");
    }
    errors.throwIfAny("The query");
    Page.check(page, size);
    ref = ref.strip();
    Centers.County c;
    RegistrationNumber number = matterNumber(ref);
    if (number != null) {
      c = Requests.county(centers, number);
      MatterSnapshot m = c.center().intake().matter(number);
      caller.requireCovers(m.registration().place(), "Matter " + number);
    } else {
      c = Requests.countyWide(centers, caller, county, "Notices");
    }
    List<NoticeView> all =
        new JpaNoticeQueue(c.store()).withReference(ref).stream().map(NoticeView::of).toList();
    return Page.of(all, page, size);
  }

  private static RegistrationNumber matterNumber(String reference) {
    try {
      return RegistrationNumber.parse(reference);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
