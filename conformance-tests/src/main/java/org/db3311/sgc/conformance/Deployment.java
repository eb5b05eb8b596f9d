package org.db3311.sgc.conformance;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/** A deployment under inspection, reached over HTTP only, with the inspector's bearer token. */
public final class Deployment {

  /** An HTTP answer: status, content type, body and the ETag when there is one. */
  public record Answer(int status, String contentType, String body, Optional<String> etag) {
    public Answer(int status, String contentType, String body) {
      this(status, contentType, body, Optional.empty());
    }

    public JsonStructure json() {
      try (JsonReader r = Json.createReader(new StringReader(body))) {
        return r.read();
      }
    }

    /** The body as a JSON object, or an empty object when it is not one. */
    public JsonObject object() {
      try {
        return json() instanceof JsonObject o ? o : JsonObject.EMPTY_JSON_OBJECT;
      } catch (RuntimeException notJson) {
        return JsonObject.EMPTY_JSON_OBJECT;
      }
    }
  }

  private final URI base;
  private final Optional<String> token;
  private final HttpClient http;

  public Deployment(URI base) {
    this(base, null);
  }

  public Deployment(URI base, String token) {
    String s = base.toString();
    this.base = URI.create(s.endsWith("/") ? s : s + "/");
    this.token = Optional.ofNullable(token).filter(t -> !t.isBlank());
    this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  }

  public URI base() {
    return base;
  }

  public boolean hasToken() {
    return token.isPresent();
  }

  private static final int MAX_RATE_RETRIES = 5;
  private static final Duration MAX_RATE_WAIT = Duration.ofSeconds(60);

  private static long retryAfterSeconds(HttpResponse<?> response) {
    try {
      return Math.max(1, Long.parseLong(response.headers().firstValue("Retry-After").orElse("1")));
    } catch (NumberFormatException dateForm) {
      return 1;
    }
  }

  /** POSTs a JSON body. */
  public Answer postJson(String path, String json) throws IOException, InterruptedException {
    return send("POST", path, json, Map.of());
  }

  public Answer get(String path) throws IOException, InterruptedException {
    return send("GET", path, null, Map.of());
  }

  /** Sends a request; a JSON body when {@code body} is not null. */
  public Answer send(String method, String path, String body, Map<String, String> headers)
      throws IOException, InterruptedException {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(base.resolve(path.startsWith("/") ? path.substring(1) : path))
            .timeout(Duration.ofSeconds(20))
            .header("Accept", "application/json, application/problem+json, text/html;q=0.5");
    token.ifPresent(t -> b.header("Authorization", "Bearer " + t));
    headers.forEach(b::header);
    if (body != null) {
      b.header("Content-Type", "application/json");
      b.method(method, HttpRequest.BodyPublishers.ofString(body));
    } else {
      b.method(method, HttpRequest.BodyPublishers.noBody());
    }
    HttpRequest request = b.build();
    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
    // a deployment holding the public to a rate (429) is answered as a polite client would: wait
    // as long as it says, a few times, then report what it said
    for (int retry = 0; retry < MAX_RATE_RETRIES && response.statusCode() == 429; retry++) {
      long wait = retryAfterSeconds(response);
      if (wait > MAX_RATE_WAIT.toSeconds()) {
        break;
      }
      Thread.sleep(Duration.ofSeconds(wait).toMillis());
      response = http.send(request, HttpResponse.BodyHandlers.ofString());
    }
    return new Answer(
        response.statusCode(),
        response.headers().firstValue("Content-Type").orElse(""),
        response.body(),
        response.headers().firstValue("ETag"));
  }
}
