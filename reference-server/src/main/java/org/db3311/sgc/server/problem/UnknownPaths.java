package org.db3311.sgc.server.problem;

import io.helidon.common.Weighted;
import io.helidon.microprofile.server.ServerCdiExtension;
import io.helidon.webserver.http.HttpFeature;
import io.helidon.webserver.http.HttpRouting;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * The last route of the web server: whatever path neither the API nor Helidon's own endpoints
 * (health, metrics, openapi) serve is answered with a 404 problem document, not Helidon's plain
 * text. It is a routing feature of the lowest weight, so it runs only after every other route has
 * passed the request on; mapping JAX-RS's not-found inside the API would answer for those endpoints
 * too, which live outside it.
 */
@ApplicationScoped
public class UnknownPaths {

  /** Below Helidon's observability features (80) and the API's routes (100). */
  static final double WEIGHT = 1;

  /** Registers the fallback before the server starts (at priority 4100). */
  void register(
      @Observes @Priority(4000) @Initialized(ApplicationScoped.class) Object ignored,
      BeanManager bm) {
    bm.getExtension(ServerCdiExtension.class).serverRoutingBuilder().addFeature(new Fallback());
  }

  static final class Fallback implements HttpFeature, Weighted {

    /**
     * The problem document, written at the first unknown path: JSON-B's first use costs a few per
     * cent of the start-up thread (JFR), and nothing else needs it before the server is ready.
     */
    private static final class Body {
      static final byte[] BYTES = write();

      private static byte[] write() {
        Problem p =
            Problem.of(
                Response.Status.NOT_FOUND,
                URI.create("urn:db3311:problem:unknown-path"),
                "No such resource",
                "Nothing is served at this path; the API is described at /openapi.");
        try (Jsonb json = JsonbBuilder.create()) {
          return json.toJson(p).getBytes(StandardCharsets.UTF_8);
        } catch (Exception e) {
          throw new IllegalStateException("cannot write the unknown-path problem", e);
        }
      }
    }

    @Override
    public void setup(HttpRouting.Builder routing) {
      routing.any(
          (req, res) ->
              res.status(404).header("Content-Type", Problem.MEDIA_TYPE).send(Body.BYTES));
    }

    @Override
    public double weight() {
      return WEIGHT;
    }
  }
}
