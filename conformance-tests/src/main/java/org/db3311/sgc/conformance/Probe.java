package org.db3311.sgc.conformance;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a running check talks through: the deployment (every exchange recorded as redacted
 * evidence), the run's settings, and the verdict being built. A check states each expectation with
 * {@link #expect}; the first failed one does not stop it, so the evidence shows every deviation.
 */
public final class Probe {

  /** Ends a check early with a verdict other than pass or fail. */
  static final class Stop extends RuntimeException {
    final Verdict verdict;

    Stop(Verdict verdict, String reason) {
      super(reason, null, false, false);
      this.verdict = verdict;
    }
  }

  private final Deployment deployment;
  private final RunSettings settings;
  private final Redaction redaction;
  private final String publishedApi;
  private final List<String> evidence = new ArrayList<>();
  private final List<Exchange> exchanges = new ArrayList<>();
  private final List<String> failures = new ArrayList<>();

  Probe(Deployment deployment, RunSettings settings, Redaction redaction, String publishedApi) {
    this.deployment = deployment;
    this.settings = settings;
    this.redaction = redaction;
    this.publishedApi = publishedApi == null ? "" : publishedApi;
  }

  public RunSettings settings() {
    return settings;
  }

  public Deployment.Answer get(String path) throws IOException, InterruptedException {
    return send("GET", path, null, Map.of());
  }

  public Deployment.Answer post(String path, String json) throws IOException, InterruptedException {
    return send("POST", path, json, Map.of());
  }

  /**
   * Sends a request without the token, as anyone may on a public channel; recorded like every other
   * exchange.
   */
  public Deployment.Answer anonymous(String method, String path, String json)
      throws IOException, InterruptedException {
    long t0 = System.nanoTime();
    Deployment.Answer a = new Deployment(deployment.base()).send(method, path, json, Map.of());
    long ms = (System.nanoTime() - t0) / 1_000_000;
    exchanges.add(
        new Exchange(
            method + " (no token)",
            path,
            redaction.apply(json),
            a.status(),
            a.contentType(),
            redaction.apply(a.body()),
            ms));
    return a;
  }

  /** POSTs with {@code If-Match} of {@code resource} as it reads now. */
  public Deployment.Answer change(String resource, String step, String json)
      throws IOException, InterruptedException {
    Deployment.Answer now = get(resource);
    Map<String, String> h = new LinkedHashMap<>();
    now.etag().ifPresent(e -> h.put("If-Match", e));
    return send("POST", resource + step, json == null ? "" : json, h);
  }

  public Deployment.Answer send(
      String method, String path, String json, Map<String, String> headers)
      throws IOException, InterruptedException {
    long t0 = System.nanoTime();
    Deployment.Answer a = deployment.send(method, path, json, headers);
    long ms = (System.nanoTime() - t0) / 1_000_000;
    exchanges.add(
        new Exchange(
            method,
            path,
            redaction.apply(json),
            a.status(),
            a.contentType(),
            redaction.apply(a.body()),
            ms));
    return a;
  }

  /**
   * The answer must have {@code status}. A 404/405/501 for an endpoint the deployment does not
   * publish (in its OpenAPI document) ends the check with SKIP; for one it publishes, that is a
   * failure like any other.
   */
  public JsonObject require(Deployment.Answer a, int status, String endpoint, String what) {
    if (a.status() != status
        && (a.status() == 404 || a.status() == 405 || a.status() == 501)
        && !advertises(endpoint)) {
      throw new Stop(Verdict.SKIP, endpoint + " is not published by the deployment: " + what);
    }
    if (!expect(a.status() == status, what + " answers " + status + " (got " + a.status() + ")")) {
      throw new Stop(Verdict.FAIL, what + ": HTTP " + a.status() + " " + abbreviate(a.body()));
    }
    return a.object();
  }

  /** Whether the deployment's published API names this path template. */
  public boolean advertises(String endpoint) {
    String p = endpoint.replaceAll("\\{[^}]*}", "");
    return publishedApi.contains(endpoint) || (p.length() > 8 && publishedApi.contains(p));
  }

  /** Records an expectation; false (and the check fails) when it does not hold. */
  public boolean expect(boolean holds, String what) {
    evidence.add((holds ? "ok: " : "FAILED: ") + what);
    if (!holds) {
      failures.add(what);
    }
    return holds;
  }

  public void note(String line) {
    evidence.add(line);
  }

  /** Ends the check: it could not be verified (blocks an overall pass). */
  public void skip(String reason) {
    throw new Stop(Verdict.SKIP, reason);
  }

  /** Ends the check: it does not apply here, for {@code reason} (does not block). */
  public void omit(String reason) {
    throw new Stop(Verdict.OMIT, reason);
  }

  List<String> evidence() {
    return evidence;
  }

  List<Exchange> exchanges() {
    return exchanges;
  }

  List<String> failures() {
    return failures;
  }

  static String abbreviate(String s) {
    if (s == null) {
      return "";
    }
    return s.length() > 300 ? s.substring(0, 300) + "…" : s;
  }
}
