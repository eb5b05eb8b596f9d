package org.db3311.sgc.server.assessment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.db3311.sgc.adapter.profilejson.JsonCenterProfileCodec;
import org.db3311.sgc.server.problem.Problem;

/**
 * The example center profiles and the JSON Schema of the published profile format, for clients of
 * {@code POST /api/assessments} (served by {@link AssessmentRoute}).
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
}
