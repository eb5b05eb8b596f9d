package org.db3311.sgc.server.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import org.db3311.sgc.core.catalog.Clause;
import org.db3311.sgc.core.catalog.ClauseCatalog;
import org.db3311.sgc.core.catalog.NormativeLevel;
import org.db3311.sgc.server.problem.Problem;

/** Serves the clause catalog of DB3311/T as JSON. */
@Path("/api/clauses")
@ApplicationScoped
@jakarta.annotation.security.PermitAll
@Produces(MediaType.APPLICATION_JSON)
public class ClauseResource {

  private final ClauseCatalog catalog = ClauseCatalog.standard();

  @GET
  public List<ClauseView> list(@QueryParam("level") String level) {
    if (level == null || level.isBlank()) {
      return catalog.all().stream().map(ClauseView::of).toList();
    }
    NormativeLevel wanted = parseLevel(level);
    return catalog.where(c -> c.level() == wanted).stream().map(ClauseView::of).toList();
  }

  @GET
  @Path("{id}")
  public Response one(@PathParam("id") String id) {
    return catalog
        .find(id)
        .map(c -> Response.ok(ClauseView.of(c)).build())
        .orElseGet(
            () ->
                Problem.of(
                        Response.Status.NOT_FOUND,
                        URI.create("urn:db3311:problem:unknown-clause"),
                        "Unknown clause",
                        "The catalog has no clause or ruling '" + id + "'.")
                    .toResponse());
  }

  private static NormativeLevel parseLevel(String level) {
    try {
      return NormativeLevel.valueOf(level.strip().toUpperCase(Locale.ROOT).replace(' ', '_'));
    } catch (IllegalArgumentException e) {
      throw new Problem.Exception(
          Problem.of(
              Response.Status.BAD_REQUEST,
              URI.create("urn:db3311:problem:invalid-parameter"),
              "Invalid query parameter",
              "level must be one of "
                  + java.util.Arrays.toString(NormativeLevel.values())
                  + ", not '"
                  + level
                  + "'."));
    }
  }

  /** The JSON shape of a catalog entry. */
  public record ClauseView(
      String id,
      String parent,
      String level,
      String title,
      String textZh,
      String summaryEn,
      String verification,
      List<String> interprets) {
    static ClauseView of(Clause c) {
      return new ClauseView(
          c.id().value(),
          c.parent().map(Object::toString).orElse(null),
          c.level().name(),
          c.title(),
          c.textZh(),
          c.summaryEn(),
          c.verification().name(),
          c.interprets().stream().map(Object::toString).toList());
    }
  }
}
