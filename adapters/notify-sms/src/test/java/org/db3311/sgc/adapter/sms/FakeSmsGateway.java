package org.db3311.sgc.adapter.sms;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
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
import java.util.concurrent.Executors;

/**
 * A real HTTP server on 127.0.0.1 playing the SMS gateway: it checks every request's signature (401
 * when wrong), records the requests, honours idempotency keys (a key it has accepted gets the same
 * message id and is not delivered again) and fails on demand: planned answers (500, 400…), slow
 * answers (past the client's timeout), or down altogether.
 */
final class FakeSmsGateway implements AutoCloseable {

  static final String KEY_ID = "county-331121";
  static final String SECRET = "s3cret-of-at-least-16-chars";

  /** One request as received. */
  record Request(String method, String path, Map<String, String> headers, String body) {
    Map<String, Object> json() {
      return Json.readObject(body);
    }
  }

  private final HttpServer server;
  private final SmsSigner signer = new SmsSigner(SECRET);
  private final List<Request> requests = new ArrayList<>();
  private final Map<String, String> accepted = new LinkedHashMap<>();
  private final Map<String, Integer> attemptsByKey = new LinkedHashMap<>();
  private final Map<String, Integer> repeatsByKey = new LinkedHashMap<>();
  private final Deque<Integer> planned = new ArrayDeque<>();
  private final List<Map<String, Object>> receipts = new ArrayList<>();
  private int badSignatures;
  private int down;
  private long slowMillis;
  private int slowCount;
  private String errorBody = "";

  FakeSmsGateway() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setExecutor(Executors.newFixedThreadPool(4));
    server.createContext("/", this::handle);
    server.start();
  }

  URI endpoint() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  /** The next {@code n} message requests answer {@code status}. */
  synchronized void fail(int n, int status) {
    for (int i = 0; i < n; i++) {
      planned.add(status);
    }
  }

  /** Every message request answers 503 until {@link #recover()}. */
  synchronized void goDown() {
    down = Integer.MAX_VALUE;
  }

  synchronized void recover() {
    down = 0;
    planned.clear();
  }

  /** The next {@code n} message requests are answered after {@code millis}. */
  synchronized void slow(int n, long millis) {
    slowCount = n;
    slowMillis = millis;
  }

  /** The text of error answers (e.g. one that echoes the request). */
  synchronized void errorBody(String body) {
    errorBody = body;
  }

  synchronized void addReceipt(Map<String, Object> receipt) {
    receipts.add(receipt);
  }

  synchronized List<Request> requests() {
    return List.copyOf(requests);
  }

  /** Message requests per idempotency key. */
  synchronized Map<String, Integer> attemptsByKey() {
    return Map.copyOf(attemptsByKey);
  }

  /**
   * Requests for a key already accepted, per key: answered with the first message id and not
   * delivered again (what the idempotency key saves).
   */
  synchronized Map<String, Integer> repeatsByKey() {
    return Map.copyOf(repeatsByKey);
  }

  /** Keys delivered (once each, by construction), in delivery order. */
  synchronized List<String> delivered() {
    return List.copyOf(accepted.keySet());
  }

  synchronized int badSignatures() {
    return badSignatures;
  }

  private void handle(HttpExchange x) throws IOException {
    try (x) {
      byte[] raw = x.getRequestBody().readAllBytes();
      String path =
          x.getRequestURI().getRawPath()
              + (x.getRequestURI().getRawQuery() == null
                  ? ""
                  : "?" + x.getRequestURI().getRawQuery());
      Map<String, String> headers = new LinkedHashMap<>();
      x.getRequestHeaders().forEach((k, v) -> headers.put(k, v.getFirst()));
      String canonical =
          SmsSigner.canonical(
              x.getRequestMethod(),
              path,
              Long.parseLong(x.getRequestHeaders().getFirst(SmsSigner.TIMESTAMP)),
              x.getRequestHeaders().getFirst(SmsSigner.NONCE),
              x.getRequestHeaders().getFirst(SmsSigner.IDEMPOTENCY_KEY),
              raw);
      boolean signed =
          KEY_ID.equals(x.getRequestHeaders().getFirst(SmsSigner.KEY_ID))
              && signer.verify(canonical, x.getRequestHeaders().getFirst(SmsSigner.SIGNATURE));
      long sleep = 0;
      int status;
      String answer;
      synchronized (this) {
        requests.add(
            new Request(
                x.getRequestMethod(), path, headers, new String(raw, StandardCharsets.UTF_8)));
        if (!signed) {
          badSignatures++;
          status = 401;
          answer = "{\"error\":\"bad signature\"}";
        } else if (path.equals("/v1/health")) {
          status = down > 0 ? 503 : 200;
          answer = "{}";
        } else if (path.startsWith("/v1/receipts")) {
          status = 200;
          answer =
              Json.write(Map.of("receipts", List.copyOf(receipts), "next", "c" + receipts.size()));
          receipts.clear();
        } else {
          String key = x.getRequestHeaders().getFirst(SmsSigner.IDEMPOTENCY_KEY);
          attemptsByKey.merge(key, 1, Integer::sum);
          if (slowCount > 0) {
            slowCount--;
            sleep = slowMillis;
          }
          if (down > 0) {
            status = 503;
            answer = errorBody;
          } else if (!planned.isEmpty()) {
            status = planned.poll();
            answer = errorBody;
          } else {
            status = 200;
            if (accepted.containsKey(key)) {
              repeatsByKey.merge(key, 1, Integer::sum);
            }
            String id = accepted.computeIfAbsent(key, k -> "gw-" + (accepted.size() + 1));
            answer = Json.write(Map.of("messageId", id));
          }
        }
      }
      if (sleep > 0) {
        try {
          Thread.sleep(sleep);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
      byte[] out = answer.getBytes(StandardCharsets.UTF_8);
      x.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
      x.sendResponseHeaders(status, out.length == 0 ? -1 : out.length);
      if (out.length > 0) {
        try (OutputStream o = x.getResponseBody()) {
          o.write(out);
        }
      }
    } catch (IOException | RuntimeException e) {
      // the client gave up (a timeout): nothing to answer
    }
  }

  @Override
  public void close() {
    server.stop(0);
    ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
  }
}
