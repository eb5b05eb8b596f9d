package org.db3311.sgc.server.risk;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.db3311.sgc.core.risk.MissedReport;
import org.db3311.sgc.core.risk.MissedReportMonitor;
import org.db3311.sgc.server.http.Page;
import org.db3311.sgc.server.security.Caller;
import org.db3311.sgc.server.security.Roles;
import org.db3311.sgc.server.wiring.Centers;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The watch over the rhythm of 6.4.1: every daily collection, weekly or monthly report not made by
 * its due date, each sent once as a supervision notice (督办) to the risk desk. The server sweeps
 * once a day ({@code sgc.schedule.missed-reports}); a supervisor may sweep now.
 */
@Path("/api/v1/risk/missed-reports")
@RequestScoped
@Tag(name = "risk", description = "6.4 social risk analysis: collections and reports")
@SecurityRequirement(name = "bearer")
public class MissedReportResource {

  @Inject Centers centers;
  @Inject Caller caller;

  /** A report missed, and the last day it was due on. */
  public record MissedView(String kind, String period, String dueDate) {
    static MissedView of(MissedReport m) {
      return new MissedView(m.kind().name(), m.period(), m.dueDate().toString());
    }
  }

  /** The missed reports notified so far. */

  /** What a sweep did: notified now, and what could not be sent (sent at the next sweep). */
  public record SweepView(String county, List<MissedView> notified, List<String> failed) {}

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.SUPERVISOR, Roles.LEADER, Roles.ANALYST, Roles.INSPECTOR, Roles.ADMIN})
  @Operation(
      summary = "The missed collections and reports notified so far (6.4.1), by due date",
      description = "page from 0, size 1 to 200 (50 by default).")
  public Page<MissedView> notified(
      @QueryParam("county") String county,
      @QueryParam("page") String page,
      @QueryParam("size") String size) {
    Page.check(page, size);
    Centers.County c =
        org.db3311.sgc.server.http.Requests.countyWide(
            centers, caller, county, "The missed reports");
    return Page.of(
        c.center().missedReports().notified().stream().map(MissedView::of).toList(), page, size);
  }

  @POST
  @Path("sweep")
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
  @Operation(
      summary = "Sweep now: notify every report missed and not yet notified (6.4.1)",
      description = "Sends nothing twice: a report already notified is skipped.")
  public SweepView sweep(@QueryParam("county") String county) {
    Centers.County c =
        org.db3311.sgc.server.http.Requests.countyWide(
            centers, caller, county, "The missed reports");
    MissedReportMonitor.Sweep s = c.center().missedReports().sweep();
    return new SweepView(
        c.code().value(), s.notified().stream().map(MissedView::of).toList(), s.failures());
  }
}
