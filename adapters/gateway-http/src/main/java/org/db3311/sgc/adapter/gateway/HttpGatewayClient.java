package org.db3311.sgc.adapter.gateway;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonStructure;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.lang.System.Logger.Level;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One body's HTTP exchange: a JSON {@code POST} with the bearer token and an {@code
 * Idempotency-Key}, tried again with exponential backoff on what may pass (connection refused,
 * timeouts, 408, 429, 5xx, a 409 without a receipt: the same key still in progress), never on a
 * refusal (any other 4xx). Logs name the body, the operation, the idempotency key and the status,
 * never a body.
 */
final class HttpGatewayClient implements AutoCloseable {

  private static final System.Logger LOG = System.getLogger(HttpGatewayClient.class.getName());
  private static final int MAX_RECEIPT = 128;
  private static final int MAX_ANSWER = 64 * 1024;

  /** Told of every failed attempt that will be retried; for metrics and tests. */
  interface AttemptListener {
    AttemptListener NONE = (body, key, attempt, failure) -> {};

    void retrying(String body, String idempotencyKey, int failedAttempt, String failure);
  }

  /**
   * A body's answer that carries a receipt.
   *
   * @param repeat the body already had this idempotency key (409 {@code already-received} or a 200
   *     replay) and applied nothing now
   * @param earlierAttemptMayHaveArrived an earlier attempt of this same call timed out or failed
   *     after it was sent, so a {@code repeat} may be that attempt's delivery
   */
  record Receipt(String receipt, boolean repeat, boolean earlierAttemptMayHaveArrived) {}

  private final GatewaySettings settings;
  private final HttpClient http;
  private final AttemptListener listener;

  HttpGatewayClient(GatewaySettings settings, AttemptListener listener) {
    this.settings = Objects.requireNonNull(settings, "settings");
    this.listener = Objects.requireNonNull(listener, "listener");
    this.http =
        HttpClient.newBuilder()
            .connectTimeout(settings.connectTimeout())
            .followRedirects(HttpClient.Redirect.NEVER)
            .version(
                settings.baseUrl().getScheme().equalsIgnoreCase("https")
                    ? HttpClient.Version.HTTP_2
                    : HttpClient.Version.HTTP_1_1)
            .build();
  }

  GatewaySettings settings() {
    return settings;
  }

  /**
   * Posts {@code json} to {@code path} under the idempotency key {@code key} and returns the body's
   * receipt.
   *
   * @param subject what is sent, by its domain reference, for messages and logs
   * @throws GatewayRefusedException on a refusal (4xx), after one attempt
   * @throws GatewayUnavailableException when no attempt got an answer with a receipt
   */
  Receipt post(String path, String subject, String key, JsonObject json) {
    HttpRequest request =
        HttpRequest.newBuilder(resolve(path))
            .timeout(settings.readTimeout())
            .header("Content-Type", "application/json")
            .header("Accept", "application/json, application/problem+json")
            .header("Authorization", "Bearer " + settings.token())
            .header("Idempotency-Key", IdempotencyKeys.headerValue(key))
            .POST(HttpRequest.BodyPublishers.ofString(json.toString(), StandardCharsets.UTF_8))
            .build();
    boolean mayHaveArrived = false;
    String failure = "not tried";
    Duration retryAfter = null;
    for (int attempt = 1; attempt <= settings.maxAttempts(); attempt++) {
      if (attempt > 1) {
        listener.retrying(settings.body(), key, attempt - 1, failure);
        pause(attempt - 1, retryAfter, subject);
        retryAfter = null;
      }
      Answer response;
      try {
        response = exchange(request);
      } catch (HttpConnectTimeoutException e) {
        failure = "connect timed out";
        warn(subject, attempt, failure);
        continue;
      } catch (ConnectException e) {
        failure = "connection refused";
        warn(subject, attempt, failure);
        continue;
      } catch (HttpTimeoutException e) {
        failure = "no answer within " + settings.readTimeout();
        mayHaveArrived = true;
        warn(subject, attempt, failure);
        continue;
      } catch (IOException e) {
        failure = "connection failed: " + e.getClass().getSimpleName();
        mayHaveArrived = true;
        warn(subject, attempt, failure);
        continue;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new GatewayUnavailableException(settings.body(), subject, attempt, "interrupted");
      }
      int status = response.statusCode();
      Optional<JsonObject> body = object(response.text());
      if (status >= 200 && status < 300) {
        Optional<String> receipt = body.flatMap(HttpGatewayClient::receipt);
        if (receipt.isEmpty()) {
          throw new GatewayUnavailableException(
              settings.body(), subject, attempt, "HTTP " + status + " without a receipt");
        }
        LOG.log(
            Level.INFO,
            "{0}: {1} taken (HTTP {2}, attempt {3})",
            settings.body(),
            subject,
            status,
            attempt);
        return new Receipt(receipt.get(), status != 201, mayHaveArrived);
      }
      Problem problem = Problem.of(status, reason(status), body);
      if (status == 409 && problem.receipt().isPresent()) {
        String receipt = problem.receipt().get();
        if (receipt.length() > MAX_RECEIPT) {
          throw new GatewayUnavailableException(
              settings.body(), subject, attempt, "receipt longer than " + MAX_RECEIPT);
        }
        LOG.log(Level.INFO, "{0}: {1} was already received", settings.body(), subject);
        return new Receipt(receipt, true, mayHaveArrived);
      }
      if (status == 408 || status == 409 || status == 429 || status >= 500) {
        failure = problem.summary();
        retryAfter = retryAfter(response.headers()).orElse(null);
        mayHaveArrived |= status >= 500;
        warn(subject, attempt, failure);
        continue;
      }
      LOG.log(Level.WARNING, "{0}: {1} refused: {2}", settings.body(), subject, problem.summary());
      throw new GatewayRefusedException(settings.body(), subject, problem);
    }
    throw new GatewayUnavailableException(
        settings.body(), subject, settings.maxAttempts(), failure);
  }

  /** One {@code GET {base-url}/health}, no retry. */
  Reachability reachability() {
    HttpRequest request =
        HttpRequest.newBuilder(resolve("/health"))
            .timeout(settings.readTimeout())
            .header("Accept", "application/json")
            .header("Authorization", "Bearer " + settings.token())
            .GET()
            .build();
    try {
      int status = exchange(request).statusCode();
      String detail =
          switch (status) {
            case 401, 403 -> "HTTP " + status + ": credentials refused";
            default -> "HTTP " + status;
          };
      return new Reachability(
          settings.body(), settings.baseUrl(), status >= 200 && status < 300, detail);
    } catch (HttpConnectTimeoutException e) {
      return down("connect timed out");
    } catch (ConnectException e) {
      return down("connection refused");
    } catch (HttpTimeoutException e) {
      return down("no answer within " + settings.readTimeout());
    } catch (IOException e) {
      return down("connection failed: " + e.getClass().getSimpleName());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return down("interrupted");
    }
  }

  @Override
  public void close() {
    http.close();
  }

  private Reachability down(String why) {
    return new Reachability(settings.body(), settings.baseUrl(), false, why);
  }

  private URI resolve(String path) {
    String base = settings.baseUrl().toString();
    return URI.create((base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + path);
  }

  private void pause(int failedAttempts, Duration retryAfter, String subject) {
    Duration wait;
    if (retryAfter != null) {
      wait = retryAfter.compareTo(settings.maxBackoff()) > 0 ? settings.maxBackoff() : retryAfter;
    } else {
      long first = settings.backoff().toMillis();
      long cap = settings.maxBackoff().toMillis();
      long exp = first << Math.min(failedAttempts - 1, 20);
      long ceiling = Math.max(1, Math.min(cap, exp));
      // "equal jitter": at least half the backoff, so retries of many centers spread out
      wait = Duration.ofMillis(ceiling / 2 + ThreadLocalRandom.current().nextLong(ceiling / 2 + 1));
    }
    try {
      Thread.sleep(wait);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new GatewayUnavailableException(
          settings.body(), subject, failedAttempts, "interrupted while waiting to retry");
    }
  }

  private void warn(String subject, int attempt, String failure) {
    LOG.log(
        Level.WARNING,
        "{0}: {1}: attempt {2} of {3} failed: {4}",
        settings.body(),
        subject,
        attempt,
        settings.maxAttempts(),
        failure);
  }

  /** An answer read whole, its text cut to nothing when longer than {@value #MAX_ANSWER} bytes. */
  private record Answer(int statusCode, HttpHeaders headers, String text) {}

  /**
   * One exchange, the whole answer (headers and body) within the read timeout: a body that stalls
   * half-way is a timeout too, not a thread blocked for good.
   */
  private Answer exchange(HttpRequest request) throws IOException, InterruptedException {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    boolean[] tooLong = {false};
    HttpResponse.BodyHandler<Void> handler =
        info ->
            HttpResponse.BodySubscribers.ofByteArrayConsumer(
                chunk ->
                    chunk.ifPresent(
                        bytes -> {
                          synchronized (buffer) {
                            if (buffer.size() + bytes.length > MAX_ANSWER) {
                              tooLong[0] = true;
                            } else {
                              buffer.write(bytes, 0, bytes.length);
                            }
                          }
                        }));
    CompletableFuture<HttpResponse<Void>> pending = http.sendAsync(request, handler);
    HttpResponse<Void> response;
    try {
      response = pending.get(settings.readTimeout().toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      pending.cancel(true);
      throw new HttpTimeoutException("no complete answer within " + settings.readTimeout());
    } catch (InterruptedException e) {
      pending.cancel(true);
      throw e;
    } catch (ExecutionException e) {
      throw ioCause(e.getCause());
    }
    synchronized (buffer) {
      return new Answer(
          response.statusCode(),
          response.headers(),
          tooLong[0] ? "" : buffer.toString(StandardCharsets.UTF_8));
    }
  }

  /** The I/O failure behind an asynchronous exchange's failure. */
  private static IOException ioCause(Throwable t) {
    for (Throwable c = t; c != null; c = c.getCause()) {
      if (c instanceof HttpConnectTimeoutException
          || c instanceof ConnectException
          || c instanceof HttpTimeoutException) {
        return (IOException) c;
      }
    }
    return t instanceof IOException io ? io : new IOException(t);
  }

  private static Optional<Duration> retryAfter(HttpHeaders headers) {
    return headers
        .firstValue("Retry-After")
        .filter(v -> v.strip().matches("[0-9]{1,6}"))
        .map(v -> Duration.ofSeconds(Long.parseLong(v.strip())));
  }

  private static Optional<String> receipt(JsonObject o) {
    return o.get("receipt") instanceof JsonString s
            && !s.getString().isBlank()
            && s.getString().length() <= MAX_RECEIPT
        ? Optional.of(s.getString())
        : Optional.empty();
  }

  private static Optional<JsonObject> object(String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    try (JsonReader r = Json.createReader(new StringReader(text))) {
      JsonStructure s = r.read();
      return s instanceof JsonObject o ? Optional.of(o) : Optional.empty();
    } catch (JsonException | IllegalStateException e) {
      return Optional.empty();
    }
  }

  private static String reason(int status) {
    return switch (status) {
      case 400 -> "Bad Request";
      case 401 -> "Unauthorized";
      case 403 -> "Forbidden";
      case 404 -> "Not Found";
      case 409 -> "Conflict";
      case 413 -> "Content Too Large";
      case 422 -> "Unprocessable Content";
      case 429 -> "Too Many Requests";
      case 500 -> "Internal Server Error";
      case 502 -> "Bad Gateway";
      case 503 -> "Service Unavailable";
      case 504 -> "Gateway Timeout";
      default -> "HTTP " + status;
    };
  }
}
