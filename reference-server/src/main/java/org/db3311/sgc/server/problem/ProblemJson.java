package org.db3311.sgc.server.problem;

import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;
import java.io.ByteArrayOutputStream;

/**
 * A problem document as UTF-8 JSON, for the handlers that answer outside Jersey: the same
 * properties in the same order (alphabetical, absent when null) as JSON-B writes {@link Problem}
 * for every JAX-RS resource, so that a client cannot tell which of the two answered.
 */
public final class ProblemJson {

  private ProblemJson() {}

  public static byte[] bytes(Problem problem) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(256);
    try (JsonGenerator g = Json.createGenerator(out)) {
      g.writeStartObject();
      if (problem.detail() != null) {
        g.write("detail", problem.detail());
      }
      if (problem.errors() != null) {
        g.writeStartArray("errors");
        for (Problem.FieldError e : problem.errors()) {
          g.writeStartObject();
          if (e.path() != null) {
            g.write("path", e.path());
          }
          if (e.reason() != null) {
            g.write("reason", e.reason());
          }
          g.writeEnd();
        }
        g.writeEnd();
      }
      g.write("status", problem.status());
      if (problem.title() != null) {
        g.write("title", problem.title());
      }
      if (problem.type() != null) {
        g.write("type", problem.type().toString());
      }
      g.writeEnd();
    }
    return out.toByteArray();
  }
}
