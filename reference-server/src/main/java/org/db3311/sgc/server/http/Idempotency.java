package org.db3311.sgc.server.http;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Supplier;
import org.db3311.sgc.adapter.jpa.JpaIdempotencyRecords;
import org.db3311.sgc.adapter.jpa.JpaStore;
import org.db3311.sgc.server.problem.Problem;

/**
 * {@code Idempotency-Key} on POSTs that create something: the first request with a key runs; a
 * retry with the same key and the same body gets the first reply again (with {@code
 * Idempotency-Replayed: true}); the same key with another body is refused (422); a retry while the
 * first still runs is told to wait (409). Keys are per caller and kept for a day.
 */
@ApplicationScoped
public class Idempotency {

  public static final String HEADER = "Idempotency-Key";

  private static final Jsonb JSON = JsonbBuilder.create();

  @Inject Clock clock;

  /**
   * Runs {@code create} once per key; without a key it simply runs.
   *
   * @param store the store of the county the request concerns
   * @param principal who calls
   * @param key the header's value, or null
   * @param requestBody the request as received, to tell a retry from another request
   */
  public Response once(
      JpaStore store, String principal, String key, String requestBody, Supplier<Response> create) {
    if (key == null) {
      return create.get();
    }
    if (key.isBlank() || key.length() > 128) {
      throw new Problem.Exception(
          new Problem(
              URI.create("urn:db3311:problem:invalid-idempotency-key"),
              "Invalid Idempotency-Key",
              400,
              "An Idempotency-Key is 1 to 128 characters (a UUID is best).",
              List.of()));
    }
    JpaIdempotencyRecords records = new JpaIdempotencyRecords(store);
    JpaIdempotencyRecords.Claim claim =
        records.claim(principal, key, digest(requestBody), clock.instant());
    return switch (claim) {
      case JpaIdempotencyRecords.Claim.Replay r -> {
        Response.ResponseBuilder b =
            Response.status(r.status())
                .entity(r.body())
                .type(jakarta.ws.rs.core.MediaType.APPLICATION_JSON)
                .header("Idempotency-Replayed", "true");
        r.location().ifPresent(l -> b.location(URI.create(l)));
        yield b.build();
      }
      case JpaIdempotencyRecords.Claim.Mismatch m ->
          throw new Problem.Exception(
              new Problem(
                  URI.create("urn:db3311:problem:idempotency-key-reused"),
                  "Idempotency-Key used for another request",
                  422,
                  "This Idempotency-Key was sent before with a different body; use a new key.",
                  List.of()));
      case JpaIdempotencyRecords.Claim.InProgress p ->
          throw new Problem.Exception(
              new Problem(
                  URI.create("urn:db3311:problem:idempotency-in-progress"),
                  "Request still running",
                  409,
                  "The first request with this Idempotency-Key has not finished; retry shortly.",
                  List.of()));
      case JpaIdempotencyRecords.Claim.Claimed c -> run(store, records, principal, key, create);
    };
  }

  /**
   * Runs the request and records its reply in one unit of work of the county's store: the use case
   * joins it, so the change and the reply a retry will get are stored together, or neither is (then
   * the key is released and a retry runs the request again).
   */
  private Response run(
      JpaStore store,
      JpaIdempotencyRecords records,
      String principal,
      String key,
      Supplier<Response> create) {
    Response response;
    try {
      response =
          store
              .unitOfWork()
              .inTransaction(
                  () -> {
                    Response r = create.get();
                    if (r.getStatus() < 400) {
                      records.complete(
                          principal,
                          key,
                          r.getStatus(),
                          r.getLocation() == null ? null : r.getLocation().toString(),
                          r.hasEntity() ? JSON.toJson(r.getEntity()) : "");
                    }
                    return r;
                  });
    } catch (RuntimeException e) {
      records.release(principal, key);
      throw e;
    }
    if (response.getStatus() >= 400) {
      records.release(principal, key);
    }
    return response;
  }

  private static String digest(String body) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256")
                  .digest((body == null ? "" : body).getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
