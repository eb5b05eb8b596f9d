package org.db3311.sgc.adapter.gateway;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * The other body, played by a real HTTP server on the loopback address as its contract in {@code
 * docs/gateways/} describes it: bearer token, {@code Idempotency-Key} required, each key applied
 * once and answered {@code 409 already-received} with the first receipt when repeated. It can be
 * made to fail the next requests, refuse, hold its answers, or go down and come back on its port.
 */
final class FakeBody implements AutoCloseable {

  static final String TOKEN = "test-token-0123";

  /** What the body received: the headers that matter and the body. */
  record Received(String authorization, String idempotencyKey, String contentType, String body) {}

  private final String path;
  private final String receiptPrefix;
  private final Deque<Integer> failNext = new ArrayDeque<>();
  private final List<Received> received = new ArrayList<>();
  private final Map<String, Integer> attempts = new LinkedHashMap<>();
  private final Map<String, Integer> applied = new LinkedHashMap<>();
  private final Map<String, String> receipts = new LinkedHashMap<>();
  private final CountDownLatch release = new CountDownLatch(1);
  private HttpServer server;
  private ExecutorService executor;
  private int port;
  private String refusal;
  private int refusalStatus;
  private boolean replayWith200;
  private boolean holdBeforeApplying;
  private int holdAfterApplyingFirst;
  private boolean answerWithoutReceipt;
  private boolean stallMidAnswer;
  private int healthStatus = 200;
  private boolean running;
  private int requests;

  FakeBody(String path, String receiptPrefix) {
    this.path = path;
    this.receiptPrefix = receiptPrefix;
    start(0);
  }

  URI baseUrl() {
    return URI.create("http://127.0.0.1:" + port + "/sgc");
  }

  /** Settings for this body: short backoff, a read timeout a loaded machine still meets. */
  GatewaySettings settings(String body) {
    return new GatewaySettings(
        body,
        baseUrl(),
        TOKEN,
        java.time.Duration.ofSeconds(2),
        java.time.Duration.ofSeconds(20),
        3,
        java.time.Duration.ofMillis(2),
        java.time.Duration.ofMillis(10));
  }

  synchronized void failNext(int... statuses) {
    for (int s : statuses) {
      failNext.add(s);
    }
  }

  /** Every request is refused with this status and problem details holding {@code detail}. */
  synchronized void refuse(int status, String detail) {
    this.refusalStatus = status;
    this.refusal = detail;
  }

  synchronized void replayWith200() {
    this.replayWith200 = true;
  }

  /** Every request is held, unapplied, until {@link #close()}. */
  synchronized void holdBeforeApplying() {
    this.holdBeforeApplying = true;
  }

  /** The first {@code n} requests are applied, then held until {@link #close()}. */
  synchronized void holdAfterApplying(int n) {
    this.holdAfterApplyingFirst = n;
  }

  /** Every answer sends its headers and a few bytes, then stalls until {@link #close()}. */
  synchronized void stallMidAnswer() {
    this.stallMidAnswer = true;
  }

  synchronized void answerWithoutReceipt() {
    this.answerWithoutReceipt = true;
  }

  synchronized void healthStatus(int status) {
    this.healthStatus = status;
  }

  synchronized List<Received> received() {
    return List.copyOf(received);
  }

  /** Requests that reached the body with this idempotency key (header value, unquoted). */
  synchronized int attempts(String key) {
    return attempts.getOrDefault(key, 0);
  }

  /** Times the body applied this idempotency key. */
  synchronized int applied(String key) {
    return applied.getOrDefault(key, 0);
  }

  /** Every request that reached the operation, accepted or not. */
  synchronized int requests() {
    return requests;
  }

  synchronized int appliedInAll() {
    return applied.values().stream().mapToInt(Integer::intValue).sum();
  }

  /** Goes down: connections to its port are refused. */
  synchronized void stop() {
    if (running) {
      running = false;
      server.stop(0);
      executor.shutdownNow();
    }
  }

  /** Comes back on the same port. */
  synchronized void restart() {
    start(port);
  }

  @Override
  public void close() {
    release.countDown();
    stop();
  }

  private void start(int onPort) {
    try {
      server =
          HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), onPort), 0);
    } catch (IOException e) {
      throw new IllegalStateException("cannot listen on " + onPort, e);
    }
    executor = Executors.newVirtualThreadPerTaskExecutor();
    server.setExecutor(executor);
    server.createContext("/sgc" + path, this::post);
    server.createContext("/sgc/health", this::health);
    server.start();
    running = true;
    port = server.getAddress().getPort();
  }

  private void health(HttpExchange x) throws IOException {
    int status;
    synchronized (this) {
      status = healthStatus;
    }
    if (!("Bearer " + TOKEN).equals(x.getRequestHeaders().getFirst("Authorization"))) {
      status = 401;
    }
    answer(
        x, status, "application/json", "{\"status\":\"" + (status == 200 ? "UP" : "DOWN") + "\"}");
  }

  private void post(HttpExchange x) throws IOException {
    String body;
    try (InputStream in = x.getRequestBody()) {
      body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    synchronized (this) {
      requests++;
    }
    if (!x.getRequestMethod().equals("POST")) {
      problem(x, 405, "urn:test:method", "method not allowed", null);
      return;
    }
    String auth = x.getRequestHeaders().getFirst("Authorization");
    String header = x.getRequestHeaders().getFirst("Idempotency-Key");
    if (!("Bearer " + TOKEN).equals(auth)) {
      problem(x, 401, "urn:test:unauthorized", "credentials not accepted", null);
      return;
    }
    if (header == null || !header.matches("\"[ -~]+\"")) {
      problem(x, 400, "urn:test:idempotency-key", "Idempotency-Key missing or malformed", null);
      return;
    }
    String key = header.substring(1, header.length() - 1);
    try (JsonReader r = Json.createReader(new StringReader(body))) {
      r.readObject();
    } catch (RuntimeException e) {
      problem(x, 400, "urn:test:json", "not a JSON object", null);
      return;
    }
    Integer fail;
    String receipt;
    boolean repeat;
    boolean hold;
    synchronized (this) {
      received.add(
          new Received(auth, header, x.getRequestHeaders().getFirst("Content-Type"), body));
      attempts.merge(key, 1, Integer::sum);
      fail = failNext.poll();
      if (fail == null && refusal != null) {
        problem(x, refusalStatus, "urn:test:refused", "the body does not take this", refusal);
        return;
      }
      hold = holdBeforeApplying && fail == null;
    }
    if (fail != null) {
      problem(x, fail, "urn:test:unavailable", "try later", null);
      return;
    }
    if (hold) {
      awaitRelease();
      return;
    }
    synchronized (this) {
      repeat = receipts.containsKey(key);
      if (!repeat) {
        receipts.put(key, receiptPrefix + "-" + (receipts.size() + 1));
        applied.merge(key, 1, Integer::sum);
      }
      receipt = receipts.get(key);
      hold = !repeat && holdAfterApplyingFirst-- > 0;
    }
    if (hold) {
      awaitRelease();
      return;
    }
    boolean noReceipt;
    boolean stall;
    synchronized (this) {
      noReceipt = answerWithoutReceipt;
      stall = stallMidAnswer;
    }
    if (stall) {
      x.getResponseHeaders().set("Content-Type", "application/json");
      x.sendResponseHeaders(repeat ? 409 : 201, 1000);
      x.getResponseBody().write("{\"receipt\":".getBytes(StandardCharsets.UTF_8));
      x.getResponseBody().flush();
      awaitRelease();
      return;
    }
    if (noReceipt) {
      answer(x, 201, "application/json", "{}");
    } else if (!repeat) {
      answer(x, 201, "application/json", receiptJson(receipt));
    } else if (replayWith200) {
      answer(x, 200, "application/json", receiptJson(receipt));
    } else {
      JsonObject p =
          Json.createObjectBuilder()
              .add("type", Problem.ALREADY_RECEIVED.toString())
              .add("title", "already received")
              .add("status", 409)
              .add("receipt", receipt)
              .build();
      answer(x, 409, "application/problem+json", p.toString());
    }
  }

  private void awaitRelease() {
    try {
      release.await(60, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static String receiptJson(String receipt) {
    return Json.createObjectBuilder().add("receipt", receipt).build().toString();
  }

  private static void problem(HttpExchange x, int status, String type, String title, String detail)
      throws IOException {
    var b = Json.createObjectBuilder().add("type", type).add("title", title).add("status", status);
    if (detail != null) {
      b.add("detail", detail);
    }
    answer(x, status, "application/problem+json", b.build().toString());
  }

  private static void answer(HttpExchange x, int status, String type, String json)
      throws IOException {
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    x.getResponseHeaders().set("Content-Type", type);
    x.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = x.getResponseBody()) {
      out.write(bytes);
    }
  }
}
