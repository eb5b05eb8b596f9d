package org.db3311.sgc.server.assessment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.db3311.sgc.adapter.profilejson.JsonCenterProfileCodec;
import org.db3311.sgc.adapter.profilejson.ProfileParseResult;
import org.db3311.sgc.core.assessment.AssessmentReport;
import org.db3311.sgc.core.assessment.Assessor;
import org.db3311.sgc.core.assessment.finding.EvidenceMode;
import org.db3311.sgc.server.problem.Problem;

/**
 * Assesses a center profile (published JSON format) against chapters 4, 5, 7, 8.1 and Appendix A of
 * DB3311/T and answers with the clause-by-clause report.
 */
@Path("/api/assessments")
@ApplicationScoped
@jakarta.annotation.security.PermitAll
public class AssessmentResource {

  /** The example profiles shipped with the profile format, by name. */
  static final List<String> EXAMPLES =
      List.of(
          "tier1-conformant",
          "tier1-observations",
          "tier1-nonconformant-area-units-display",
          "tier2-conformant",
          "tier2-evidence-missing",
          "tier2-nonconformant-units-zones");

  private final JsonCenterProfileCodec codec = new JsonCenterProfileCodec();
  private final Assessor assessor = Assessor.standard();
  private final Clock clock = Clock.system(ZoneId.of("Asia/Shanghai"));

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  public Response assess(
      String profileJson,
      @QueryParam("assessedOn") String assessedOn,
      @QueryParam("mode") String mode) {
    LocalDate day = parseDay(assessedOn);
    EvidenceMode evidence = parseMode(mode);
    if (profileJson == null || profileJson.isBlank()) {
      throw invalid("The request body must be a center profile (JSON).", List.of());
    }
    ProfileParseResult parsed = codec.parse(profileJson);
    if (parsed instanceof ProfileParseResult.Rejected rejected) {
      throw invalid(
          "The center profile has "
              + rejected.errors().size()
              + " error(s); every one is listed in 'errors'.",
          rejected.errors().stream()
              .map(e -> new Problem.FieldError(e.path(), e.reason()))
              .toList());
    }
    AssessmentReport report = assessor.assess(parsed.orElseThrow(), day, evidence);
    return Response.ok(AssessmentReportJson.bytes(report), MediaType.APPLICATION_JSON_TYPE).build();
  }

  @GET
  @Path("examples")
  @Produces(MediaType.APPLICATION_JSON)
  public List<String> examples() {
    return EXAMPLES;
  }

  @GET
  @Path("examples/{name}")
  @Produces(MediaType.APPLICATION_JSON)
  public Response example(@PathParam("name") String name) {
    if (!EXAMPLES.contains(name)) {
      return Problem.of(
              Response.Status.NOT_FOUND,
              URI.create("urn:db3311:problem:unknown-example"),
              "Unknown example profile",
              "No example profile '" + name + "'; the examples are " + EXAMPLES + ".")
          .toResponse();
    }
    return Response.ok(JsonCenterProfileCodec.example(name + ".json")).build();
  }

  @GET
  @Path("schema")
  @Produces(MediaType.APPLICATION_JSON)
  public String schema() {
    return JsonCenterProfileCodec.schema();
  }

  /**
   * R11: a self-assessment (the default) judges the organisational clauses from the declared facts;
   * an inspection also asks for their current attestations.
   */
  private static EvidenceMode parseMode(String mode) {
    if (mode == null || mode.isBlank()) {
      return EvidenceMode.SELF_ASSESSMENT;
    }
    try {
      return EvidenceMode.valueOf(mode.strip());
    } catch (IllegalArgumentException e) {
      throw invalid(
          "mode must be SELF_ASSESSMENT or INSPECTION, not '" + mode + "'.",
          List.of(new Problem.FieldError("mode", "SELF_ASSESSMENT or INSPECTION")));
    }
  }

  private LocalDate parseDay(String assessedOn) {
    if (assessedOn == null || assessedOn.isBlank()) {
      return LocalDate.now(clock);
    }
    try {
      return LocalDate.parse(assessedOn.strip());
    } catch (DateTimeParseException e) {
      throw invalid(
          "assessedOn must be a date such as 2026-11-25, not '" + assessedOn + "'.",
          List.of(new Problem.FieldError("assessedOn", "not an ISO-8601 date")));
    }
  }

  private static Problem.Exception invalid(String detail, List<Problem.FieldError> errors) {
    return new Problem.Exception(
        new Problem(
            URI.create("urn:db3311:problem:invalid-center-profile"),
            "Invalid center profile",
            400,
            detail,
            errors));
  }
}
