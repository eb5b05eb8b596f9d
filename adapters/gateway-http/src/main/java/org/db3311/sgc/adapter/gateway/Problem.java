package org.db3311.sgc.adapter.gateway;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.net.URI;
import java.util.Optional;

/**
 * An error answer of another body as RFC 9457 problem details ({@code application/problem+json}).
 * An answer that is not problem details (a proxy's HTML page) becomes {@code about:blank} with the
 * status; its content is never kept, as it may hold anything.
 *
 * @param receipt the {@code receipt} extension member of an {@code already-received} problem
 */
public record Problem(
    URI type, String title, int status, Optional<String> detail, Optional<String> receipt) {

  /** The problem type a body answers when it has already received the same idempotency key. */
  public static final URI ALREADY_RECEIVED = URI.create("urn:db3311:gateway:already-received");

  /** Reads a problem document, tolerating anything that is not one. */
  static Problem of(int status, String reason, Optional<JsonObject> json) {
    if (json.isEmpty()) {
      return new Problem(
          URI.create("about:blank"), reason, status, Optional.empty(), Optional.empty());
    }
    JsonObject o = json.get();
    URI type;
    try {
      type = URI.create(text(o, "type").orElse("about:blank"));
    } catch (IllegalArgumentException e) {
      type = URI.create("about:blank");
    }
    return new Problem(
        type,
        text(o, "title").orElse(reason),
        status,
        text(o, "detail"),
        text(o, "receipt").filter(r -> !r.isBlank()));
  }

  /** One line for a message or a log: status, title and type, without the detail. */
  String summary() {
    return "HTTP " + status + " " + title + " (" + type + ")";
  }

  private static Optional<String> text(JsonObject o, String key) {
    JsonValue v = o.get(key);
    return v instanceof JsonString s ? Optional.of(s.getString()) : Optional.empty();
  }
}
