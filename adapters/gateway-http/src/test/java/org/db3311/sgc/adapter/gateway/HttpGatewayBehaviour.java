package org.db3311.sgc.adapter.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.serialization.JsonMapperFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import org.db3311.sgc.core.common.RecipientRefusedException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * What every HTTP gateway does against a real HTTP server playing the other body: extended once per
 * gateway (as a nested class of its test), which says how to make one typical call.
 */
abstract class HttpGatewayBehaviour {

  protected FakeBody body;
  private final List<AutoCloseable> opened = new ArrayList<>();

  /** The operation's path, as the contract names it. */
  abstract String path();

  /** The contract file and its request schema. */
  abstract String contract();

  abstract String requestSchema();

  /** The idempotency key the typical call carries, unquoted. */
  abstract String expectedKey();

  /** A gateway on these settings, to be closed after the test. */
  abstract AutoCloseable gateway(GatewaySettings settings, HttpGatewayClient.AttemptListener l);

  /** Makes the typical call on a gateway made by {@link #gateway} and returns its receipt. */
  abstract String send(AutoCloseable gateway);

  @BeforeEach
  void startTheBody() {
    body = new FakeBody(path(), "R");
  }

  @AfterEach
  void stopEverything() throws Exception {
    for (AutoCloseable c : opened) {
      c.close();
    }
    body.close();
  }

  AutoCloseable open(GatewaySettings settings) {
    return open(settings, HttpGatewayClient.AttemptListener.NONE);
  }

  AutoCloseable open(GatewaySettings settings, HttpGatewayClient.AttemptListener listener) {
    AutoCloseable g = gateway(settings, listener);
    opened.add(g);
    return g;
  }

  private GatewaySettings settings() {
    return body.settings("test-body");
  }

  @Test
  @DisplayName("a call is posted with the token and the idempotency key, and returns the receipt")
  void success() {
    String receipt = send(open(settings()));
    assertThat(receipt).isEqualTo("R-1");
    FakeBody.Received r = body.received().getFirst();
    assertThat(r.authorization()).isEqualTo("Bearer " + FakeBody.TOKEN);
    assertThat(r.idempotencyKey()).isEqualTo("\"" + expectedKey() + "\"");
    assertThat(r.contentType()).startsWith("application/json");
    assertThat(body.applied(expectedKey())).isEqualTo(1);
  }

  @Test
  @DisplayName("the request body validates against the published contract's schema")
  void request_matches_the_contract() {
    send(open(settings()));
    JsonSchema schema = ContractSchemas.schema(contract(), requestSchema());
    String sent = body.received().getFirst().body();
    assertThat(ContractSchemas.validate(schema, sent)).isEmpty();
    assertThat(ContractSchemas.required(contract(), requestSchema())).isNotEmpty();
    for (String field : ContractSchemas.required(contract(), requestSchema())) {
      ObjectNode without = parse(sent);
      without.remove(field);
      assertThat(ContractSchemas.validate(schema, without.toString()))
          .as("the contract requires " + field)
          .isNotEmpty();
    }
    ObjectNode extra = parse(sent);
    extra.put("phone", "13800000000");
    assertThat(ContractSchemas.validate(schema, extra.toString()))
        .as("the contract admits no field it does not list")
        .isNotEmpty();
  }

  @Test
  @DisplayName("sent again, the call gets the first receipt and the body applies it once")
  void resend_gets_the_first_receipt() {
    AutoCloseable g = open(settings());
    String first = send(g);
    String again = send(g);
    assertThat(again).isEqualTo(first);
    assertThat(body.applied(expectedKey())).isEqualTo(1);
  }

  @Test
  @DisplayName("a 200 replay of the first answer is taken as the first receipt too")
  void replay_with_200() {
    body.replayWith200();
    AutoCloseable g = open(settings());
    assertThat(send(g)).isEqualTo(send(g));
  }

  @Test
  @DisplayName("a 4xx refusal with problem details fails at once, without retry or the detail")
  void refusal_is_not_retried() {
    body.refuse(422, "张三 13800000000 has no work order here");
    AutoCloseable g = open(settings());
    assertThatThrownBy(() -> send(g))
        .isInstanceOf(GatewayRefusedException.class)
        .isInstanceOf(RecipientRefusedException.class)
        .hasMessageContaining("test-body refused")
        .hasMessageContaining("HTTP 422 the body does not take this (urn:test:refused)")
        .hasMessageNotContaining("张三")
        .satisfies(
            e -> {
              Problem p = ((GatewayRefusedException) e).problem();
              assertThat(p.status()).isEqualTo(422);
              assertThat(p.detail()).hasValue("张三 13800000000 has no work order here");
            });
    assertThat(body.attempts(expectedKey())).isEqualTo(1);
    assertThat(body.appliedInAll()).isZero();
  }

  @Test
  @DisplayName(
      "the logs name the body, the reference and the status, never a text sent or the token")
  void logs_hold_no_body() {
    List<String> lines = new ArrayList<>();
    Logger log = Logger.getLogger(HttpGatewayClient.class.getName());
    Handler handler =
        new Handler() {
          private final SimpleFormatter format = new SimpleFormatter();

          @Override
          public void publish(LogRecord r) {
            synchronized (lines) {
              lines.add(format.formatMessage(r));
            }
          }

          @Override
          public void flush() {}

          @Override
          public void close() {}
        };
    log.addHandler(handler);
    try {
      AutoCloseable g = open(settings());
      body.failNext(503);
      send(g);
      send(g);
      body.refuse(422, "张三 13800000000");
      try {
        send(g);
      } catch (GatewayRefusedException expected) {
        // logged as refused
      }
    } finally {
      log.removeHandler(handler);
    }
    List<String> texts = new ArrayList<>();
    collectTexts(parse(body.received().getFirst().body()), texts);
    assertThat(texts).isNotEmpty();
    assertThat(lines).isNotEmpty().anyMatch(l -> l.contains("HTTP 503"));
    for (String line : lines) {
      assertThat(line)
          .doesNotContain(FakeBody.TOKEN)
          .doesNotContain("张三")
          .doesNotContain("1380000");
      for (String text : texts) {
        assertThat(line).as("a text of the request").doesNotContain(text);
      }
    }
  }

  /** The request's free texts: every string holding other than ASCII (names, titles, reports). */
  private static void collectTexts(JsonNode node, List<String> out) {
    if (node.isTextual() && !node.asText().chars().allMatch(c -> c < 0x80)) {
      out.add(node.asText());
    }
    node.elements().forEachRemaining(n -> collectTexts(n, out));
    if (node.isObject()) {
      node.properties()
          .forEach(
              e -> {
                if (!e.getKey().chars().allMatch(c -> c < 0x80)) {
                  out.add(e.getKey());
                }
              });
    }
  }

  @Test
  @DisplayName("credentials the body does not accept are a refusal, not an outage")
  void wrong_token_is_refused() {
    GatewaySettings s =
        new GatewaySettings(
            "test-body",
            body.baseUrl(),
            "another-token",
            Duration.ofSeconds(2),
            Duration.ofSeconds(20),
            3,
            Duration.ofMillis(2),
            Duration.ofMillis(10));
    AutoCloseable g = open(s);
    assertThatThrownBy(() -> send(g))
        .isInstanceOf(GatewayRefusedException.class)
        .hasMessageContaining("HTTP 401");
    assertThat(body.requests()).isEqualTo(1);
  }

  @Test
  @DisplayName("5xx answers are retried; when the body recovers, the call succeeds, applied once")
  void recovers_after_5xx() {
    body.failNext(503, 502);
    assertThat(send(open(settings()))).isEqualTo("R-1");
    assertThat(body.attempts(expectedKey())).isEqualTo(3);
    assertThat(body.applied(expectedKey())).isEqualTo(1);
  }

  @Test
  @DisplayName("429 (too many requests) and 409 without a receipt (still in progress) are retried")
  void busy_answers_are_retried() {
    body.failNext(429, 409);
    assertThat(send(open(settings()))).isEqualTo("R-1");
    assertThat(body.attempts(expectedKey())).isEqualTo(3);
    assertThat(body.applied(expectedKey())).isEqualTo(1);
  }

  @Test
  @DisplayName("5xx on every attempt: the call fails as unavailable after the configured attempts")
  void gives_up_after_the_attempts() {
    body.failNext(503, 503, 503, 503);
    AutoCloseable g = open(settings());
    assertThatThrownBy(() -> send(g))
        .isInstanceOfSatisfying(
            GatewayUnavailableException.class, e -> assertThat(e.attempts()).isEqualTo(3))
        .hasMessageContaining("HTTP 503")
        .hasMessageContaining("can be sent again");
    assertThat(body.attempts(expectedKey())).isEqualTo(3);
    assertThat(body.appliedInAll()).isZero();
  }

  @Test
  @DisplayName("the body down: connections refused on every attempt, then unavailable")
  void body_down() {
    body.stop();
    AtomicInteger retries = new AtomicInteger();
    AutoCloseable g = open(settings(), (b, k, n, f) -> retries.incrementAndGet());
    assertThatThrownBy(() -> send(g))
        .isInstanceOf(GatewayUnavailableException.class)
        .hasMessageContaining("connection refused");
    assertThat(retries).hasValue(2);
    body.restart();
  }

  @Test
  @DisplayName("the body comes back up between attempts: the call succeeds, applied once")
  void body_comes_back_mid_retry() {
    body.stop();
    List<String> failures = new ArrayList<>();
    AutoCloseable g =
        open(
            settings(),
            (b, key, n, failure) -> {
              failures.add(failure);
              if (n == 1) {
                body.restart();
              }
            });
    assertThat(send(g)).isEqualTo("R-1");
    assertThat(failures).containsExactly("connection refused");
    assertThat(body.attempts(expectedKey())).isEqualTo(1);
    assertThat(body.applied(expectedKey())).isEqualTo(1);
  }

  @Test
  @DisplayName("no answer within the read timeout on every attempt: unavailable")
  void slow_answers_time_out() {
    body.holdBeforeApplying();
    AutoCloseable g = open(settings().withTimeouts(Duration.ofSeconds(2), Duration.ofMillis(200)));
    assertThatThrownBy(() -> send(g))
        .isInstanceOf(GatewayUnavailableException.class)
        .hasMessageContaining("no answer within PT0.2S");
    assertThat(body.attempts(expectedKey())).isEqualTo(3);
    assertThat(body.appliedInAll()).isZero();
  }

  @Test
  @DisplayName("an answer that stalls half-way is a timeout too: retried, then unavailable")
  void stalled_answers_time_out() {
    body.stallMidAnswer();
    AutoCloseable g = open(settings().withTimeouts(Duration.ofSeconds(2), Duration.ofMillis(300)));
    assertThatThrownBy(() -> send(g))
        .isInstanceOf(GatewayUnavailableException.class)
        .hasMessageContaining("no answer within PT0.3S");
    assertThat(body.attempts(expectedKey())).isEqualTo(3);
    assertThat(body.applied(expectedKey())).isEqualTo(1);
  }

  @Test
  @DisplayName("a first attempt applied but answered too late: the retry gets its receipt, once")
  void late_answer_is_not_applied_twice() {
    body.holdAfterApplying(1);
    // the retries must answer within the read timeout: 1 s and five attempts leave a loaded
    // machine room
    AutoCloseable g =
        open(
            settings()
                .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(1))
                .withRetries(5, Duration.ofMillis(2), Duration.ofMillis(10)));
    assertThat(send(g)).isEqualTo("R-1");
    assertThat(body.attempts(expectedKey())).isBetween(2, 5);
    assertThat(body.applied(expectedKey())).isEqualTo(1);
  }

  @Test
  @DisplayName("a 2xx answer without a receipt is not taken as delivered")
  void answer_without_receipt() {
    body.answerWithoutReceipt();
    AutoCloseable g = open(settings());
    assertThatThrownBy(() -> send(g))
        .isInstanceOf(GatewayUnavailableException.class)
        .hasMessageContaining("without a receipt");
  }

  @Test
  @DisplayName("reachability: up, credentials refused, down")
  void reachability() {
    ReachabilityCheck g = (ReachabilityCheck) open(settings());
    assertThat(g.reachability()).singleElement().satisfies(r -> assertThat(r.up()).isTrue());
    body.healthStatus(503);
    assertThat(g.reachability())
        .singleElement()
        .satisfies(r -> assertThat(r.detail()).isEqualTo("HTTP 503"));
    ReachabilityCheck wrong =
        (ReachabilityCheck)
            open(
                new GatewaySettings(
                    "test-body",
                    body.baseUrl(),
                    "another-token",
                    Duration.ofSeconds(2),
                    Duration.ofSeconds(20),
                    1,
                    Duration.ofMillis(2),
                    Duration.ofMillis(10)));
    assertThat(wrong.reachability())
        .singleElement()
        .satisfies(r -> assertThat(r.detail()).isEqualTo("HTTP 401: credentials refused"));
    body.stop();
    assertThat(g.reachability())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.up()).isFalse();
              assertThat(r.detail()).isEqualTo("connection refused");
            });
    body.restart();
  }

  private static ObjectNode parse(String json) {
    try {
      return (ObjectNode) JsonMapperFactory.getInstance().readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
