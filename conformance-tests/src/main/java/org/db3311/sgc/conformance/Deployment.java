package org.db3311.sgc.conformance;

import jakarta.json.Json;
import jakarta.json.JsonReader;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** A deployment under inspection, reached over HTTP only. */
public final class Deployment {

  /** An HTTP answer: status, content type and body. */
  public record Answer(int status, String contentType, String body) {
    public JsonStructure json() {
      try (JsonReader r = Json.createReader(new StringReader(body))) {
        return r.read();
      }
    }
  }

  private final URI base;
  private final HttpClient http;

  public Deployment(URI base) {
    String s = base.toString();
    this.base = URI.create(s.endsWith("/") ? s : s + "/");
    this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  }

  public URI base() {
    return base;
  }

  /** POSTs a JSON body. */
  public Answer postJson(String path, String json) throws IOException, InterruptedException {
    return send(
        request(path)
            .header("Accept", "application/json, application/problem+json")
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  public Answer get(String path) throws IOException, InterruptedException {
    return send(request(path).header("Accept", "application/json").GET());
  }

  private HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(base.resolve(path.startsWith("/") ? path.substring(1) : path))
        .timeout(Duration.ofSeconds(20));
  }

  private Answer send(HttpRequest.Builder request) throws IOException, InterruptedException {
    HttpResponse<String> response =
        http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    return new Answer(
        response.statusCode(),
        response.headers().firstValue("Content-Type").orElse(""),
        response.body());
  }
}
