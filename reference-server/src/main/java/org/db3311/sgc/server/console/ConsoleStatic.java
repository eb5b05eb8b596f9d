package org.db3311.sgc.server.console;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The console's front-end files (htmx 2.x and its SSE extension, Apache ECharts 5.x for the big
 * screen, pinned, with their licences; the console's own stylesheet and script), served from the
 * classpath. Only the names listed here are served, so no path can reach other resources.
 */
@Path("/console/static")
@ApplicationScoped
@PermitAll
public class ConsoleStatic {

  static final Map<String, String> FILES =
      Map.ofEntries(
          Map.entry("htmx-2.0.11.min.js", "text/javascript; charset=UTF-8"),
          Map.entry("htmx-ext-sse-2.2.4.min.js", "text/javascript; charset=UTF-8"),
          Map.entry("htmx-LICENSE.txt", "text/plain; charset=UTF-8"),
          Map.entry("htmx-ext-sse-LICENSE.txt", "text/plain; charset=UTF-8"),
          Map.entry("console.css", "text/css; charset=UTF-8"),
          Map.entry("console.js", "text/javascript; charset=UTF-8"),
          Map.entry("echarts-5.6.0.min.js", "text/javascript; charset=UTF-8"),
          Map.entry("echarts-LICENSE.txt", "text/plain; charset=UTF-8"),
          Map.entry("screen.css", "text/css; charset=UTF-8"),
          Map.entry("screen.js", "text/javascript; charset=UTF-8"),
          Map.entry("reports.css", "text/css; charset=UTF-8"));

  @GET
  @Path("{name}")
  @Operation(hidden = true)
  public Response file(@PathParam("name") String name) {
    String type = FILES.get(name);
    if (type == null) {
      throw new NotFoundException();
    }
    try (InputStream in = ConsoleStatic.class.getResourceAsStream("/console/static/" + name)) {
      if (in == null) {
        throw new NotFoundException();
      }
      return Response.ok(in.readAllBytes(), type)
          .header("Cache-Control", "public, max-age=86400")
          .header("X-Content-Type-Options", "nosniff")
          .build();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
