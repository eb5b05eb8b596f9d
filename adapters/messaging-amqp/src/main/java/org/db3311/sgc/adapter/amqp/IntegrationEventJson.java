package org.db3311.sgc.adapter.amqp;

import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.spi.JsonProvider;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.db3311.sgc.core.common.IntegrationEvent;
import org.db3311.sgc.core.common.Version;

/**
 * The body of a message: an {@link IntegrationEvent} as a JSON object with the record's field names
 * ({@code fromState} left out for a creation). Reading checks every invariant of the record.
 */
public final class IntegrationEventJson {

  /** The content type of a message body. */
  public static final String CONTENT_TYPE = "application/json";

  /** Looked up once: {@code Json.create…} would search the class path on every call. */
  private static final JsonProvider JSON = JsonProvider.provider();

  private IntegrationEventJson() {}

  public static byte[] write(IntegrationEvent e) {
    JsonObjectBuilder b =
        JSON.createObjectBuilder()
            .add("eventId", e.eventId())
            .add("type", e.type())
            .add("schemaVersion", e.schemaVersion())
            .add("aggregateType", e.aggregateType())
            .add("aggregateId", e.aggregateId())
            .add("sequence", e.sequence())
            .add("occurredAt", e.occurredAt().toString())
            .add("action", e.action());
    e.fromState().ifPresent(s -> b.add("fromState", s));
    b.add("toState", e.toState()).add("aggregateVersion", e.aggregateVersion().value());
    return b.build().toString().getBytes(StandardCharsets.UTF_8);
  }

  /**
   * Reads a message body.
   *
   * @throws IllegalArgumentException when it is not an integration event, naming what is wrong
   */
  public static IntegrationEvent read(byte[] body) {
    try (JsonReader r = JSON.createReader(new ByteArrayInputStream(body))) {
      JsonObject o = r.readObject();
      return new IntegrationEvent(
          o.getString("eventId"),
          o.getString("type"),
          o.getInt("schemaVersion"),
          o.getString("aggregateType"),
          o.getString("aggregateId"),
          o.getJsonNumber("sequence").longValueExact(),
          Instant.parse(o.getString("occurredAt")),
          o.getString("action"),
          Optional.ofNullable(o.getString("fromState", null)),
          o.getString("toState"),
          new Version(o.getJsonNumber("aggregateVersion").longValueExact()));
    } catch (JsonException | NullPointerException | ClassCastException | ArithmeticException e) {
      throw new IllegalArgumentException("not an integration event: " + e.getMessage(), e);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          "not an integration event: occurredAt " + e.getMessage(), e);
    }
  }
}
