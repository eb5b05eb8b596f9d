package org.db3311.sgc.server.inspection;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.db3311.sgc.server.http.Requests;
import org.db3311.sgc.server.problem.Problem;
import org.db3311.sgc.server.security.Caller;
import org.db3311.sgc.server.security.Roles;
import org.db3311.sgc.server.wiring.Centers;
import org.db3311.sgc.server.wiring.InspectionTenant;
import org.db3311.sgc.server.wiring.TenantArchive;
import org.db3311.sgc.server.wiring.TenantData;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The inspection tenant's own controls: its clock (set, moved on), its data (counted, removed) and
 * one inspection aid (a sealed file of the tenant damaged on purpose, 7.3.2), so that the
 * conformance kit can reach a deadline without waiting for it, see a tampered file fail
 * verification, and start again from nothing. Inspectors only, and only when the tenant is on
 * ({@code sgc.inspection.enabled}); with it off every path here answers 404.
 */
@Path("/api/v1/inspection")
@RequestScoped
@Tag(name = "inspection", description = "The inspection tenant: its clock and its data")
@SecurityRequirement(name = "bearer")
@RolesAllowed(Roles.INSPECTOR)
public class InspectionResource {

  @Inject Centers centers;
  @Inject Caller caller;
  @Inject InspectionTenant tenant;

  /** The tenant and its time. */
  public record TenantView(String county, String now, String offset) {}

  /** {@code PUT clock}: the tenant's time from now on, as an ISO offset date-time or instant. */
  public record SetClock(String now) {}

  /** {@code POST clock/advance}: how far to move the tenant's time, as an ISO duration. */
  public record Advance(String by) {}

  /** What the tenant holds. */
  public record DataView(long records) {}

  /** What a removal removed. */
  public record RemovedView(long removed) {}

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "The inspection tenant: its county, its time now and its offset")
  public TenantView tenant() {
    return view();
  }

  @PUT
  @Path("clock")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Set the tenant's clock; every other county keeps real time")
  public TenantView setClock(String body) {
    view();
    SetClock r = Requests.body(body, SetClock.class, "The clock");
    Requests.Errors errors = new Requests.Errors();
    String text = errors.text("now", r.now());
    Instant now = null;
    if (text != null) {
      now = instant(text.strip());
      if (now == null) {
        errors.add("now", "'" + text + "' is not a date-time such as 2027-01-04T09:00:00+08:00");
      }
    }
    errors.throwIfAny("The clock");
    tenant.clock().set(now);
    return view();
  }

  @POST
  @Path("clock/advance")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Move the tenant's clock on by an ISO duration such as P3D or PT2H")
  public TenantView advance(String body) {
    view();
    Advance r = Requests.body(body, Advance.class, "The advance");
    Requests.Errors errors = new Requests.Errors();
    String text = errors.text("by", r.by());
    Duration by = null;
    if (text != null) {
      try {
        by = Duration.parse(text.strip());
        if (by.isNegative() || by.isZero()) {
          errors.add("by", "a duration forward in time, such as P3D");
        }
      } catch (DateTimeParseException e) {
        errors.add("by", "'" + text + "' is not a duration such as P3D or PT2H");
      }
    }
    errors.throwIfAny("The advance");
    tenant.clock().advance(by);
    return view();
  }

  @GET
  @Path("data")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "How many records the tenant holds")
  public DataView data() {
    view();
    return new DataView(new TenantData(centers, tenant).records());
  }

  @DELETE
  @Path("data")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Remove everything the tenant holds; its clock is left as it is")
  public RemovedView remove() {
    view();
    return new RemovedView(new TenantData(centers, tenant).removeAll());
  }

  /** What an inspection aid changed in a sealed file. */
  public record TamperedView(String fileId, int record, String detail) {}

  @POST
  @Path("archives/{fileId}/tamper")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Inspection aid: change one byte of a sealed file of the tenant (7.3.2)",
      description =
          "Changes one byte of a stored record's content behind the archive's back, hashes and seal"
              + " left as they were, so that GET /api/v1/archive/verification must find it. The"
              + " tenant's files only; 404 for a file the tenant does not hold.")
  public TamperedView tamper(@PathParam("fileId") String fileId) {
    view();
    TenantArchive.Tampered t =
        new TenantArchive(centers, tenant)
            .tamper(fileId)
            .orElseThrow(() -> Requests.notFound("File " + fileId + " of the inspection tenant"));
    return new TamperedView(t.fileId(), t.record(), t.detail());
  }

  /** What a deadline sweep of the tenant did: the notices it issued and the files it failed on. */
  public record SweepView(int issued, List<String> notices, List<String> failures) {}

  @POST
  @Path("deadline-sweep")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Inspection aid: run the tenant's deadline sweep now (6.2.1.3, 8.2.4)",
      description =
          "The sweep the scheduler runs on its interval, run at once on the tenant's clock, so that"
              + " the notices due at the tenant's time are issued without waiting for it.")
  public SweepView sweep() {
    view();
    var report = centers.of(tenant.county()).orElseThrow().center().supervision().sweepAll();
    return new SweepView(
        report.issued().size(),
        report.issued().stream()
            .map(n -> n.step() + " " + n.level() + " " + n.dueDate() + " " + n.unit().value())
            .toList(),
        report.failures().stream().map(Object::toString).toList());
  }

  /** The tenant now, after checking that it is on and that the caller's division covers it. */
  private TenantView view() {
    if (!tenant.enabled()) {
      throw new Problem.Exception(
          new Problem(
              URI.create("urn:db3311:problem:inspection-off"),
              "No inspection tenant",
              404,
              "This deployment runs no inspection tenant (sgc.inspection.enabled is false).",
              List.of()));
    }
    if (!caller.scope().coversCounty(tenant.county())) {
      throw Caller.outside("The inspection tenant " + tenant.county().value());
    }
    return new TenantView(
        tenant.county().value(),
        tenant.clock().instant().toString(),
        tenant.clock().offset().toString());
  }

  private static Instant instant(String text) {
    try {
      return OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeParseException e) {
      try {
        return Instant.parse(text);
      } catch (DateTimeParseException e2) {
        return null;
      }
    }
  }
}
