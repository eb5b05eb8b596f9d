package org.db3311.sgc.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.helidon.microprofile.testing.junit5.AddConfig;
import io.helidon.microprofile.testing.junit5.HelidonTest;
import jakarta.inject.Inject;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.client.WebTarget;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.db3311.sgc.server.security.Roles;
import org.db3311.sgc.server.wiring.MessagingWiring;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The server with an SMS gateway configured sends the one-time supplement notice (6.1.1.1) as a
 * text message, through the notice queue, to a gateway this test runs (the JDK's HttpServer).
 */
@HelidonTest
@AddConfig(key = "sgc.data-dir", value = "target/test-data/messaging-sms")
@AddConfig(key = "sgc.counties", value = "331102,331121")
@AddConfig(key = "sgc.sms.endpoint", value = "http://127.0.0.1:" + MessagingSmsApiTest.PORT)
@AddConfig(key = "sgc.sms.access-key-id", value = "test-key")
@AddConfig(key = "sgc.sms.access-key-secret", value = "a-secret-of-sixteen-or-more")
@AddConfig(key = "sgc.sms.sign-name", value = "丽水市社会治理中心")
@DisplayName("Messaging: notices sent through the SMS gateway when sgc.sms.* is configured")
class MessagingSmsApiTest {

  static final int PORT = 18947;
  static final String CLERK = Api.token("331102", Roles.CLERK);

  /** One request the gateway received. */
  record Received(String idempotencyKey, String signature, String body) {}

  private static final List<Received> received = new CopyOnWriteArrayList<>();
  private static HttpServer gateway;

  @Inject WebTarget target;
  @Inject MessagingWiring messaging;

  @BeforeAll
  static void startGateway() throws IOException {
    gateway = HttpServer.create(new InetSocketAddress("127.0.0.1", PORT), 0);
    gateway.createContext("/v1/messages", MessagingSmsApiTest::message);
    gateway.start();
  }

  @AfterAll
  static void stopGateway() {
    gateway.stop(0);
  }

  private static void message(HttpExchange x) throws IOException {
    String body = new String(x.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    String key = x.getRequestHeaders().getFirst("Idempotency-Key");
    received.add(new Received(key, x.getRequestHeaders().getFirst("X-Sms-Signature"), body));
    byte[] answer = ("{\"messageId\":\"gw-" + key + "\"}").getBytes(StandardCharsets.UTF_8);
    x.getResponseHeaders().add("Content-Type", "application/json");
    x.sendResponseHeaders(200, answer.length);
    x.getResponseBody().write(answer);
    x.close();
  }

  @Test
  void the_supplement_notice_reaches_the_gateway_once() {
    Api api = new Api(target);
    // the registration form is missing: the review issues a supplement notice
    Response r =
        api.post(
            CLERK, "/api/v1/matters", Api.registration("331102001", "紫金街道3号", MatterApiTest.ID));
    assertThat(r.getStatus()).isEqualTo(201);
    String number = Api.json(r).getString("number");
    String etag = api.get(CLERK, "/api/v1/matters/" + number).getHeaderString("ETag");
    Response decided =
        api.as(CLERK, "/api/v1/matters/" + number + "/decision")
            .header("If-Match", etag)
            .post(Entity.entity("{\"verdict\":\"REVIEW\"}", MediaType.APPLICATION_JSON));
    assertThat(Api.json(decided).getString("outcome")).isEqualTo("SUPPLEMENT_REQUESTED");
    assertThat(received).as("nothing is sent inside the request").isEmpty();

    List<MessagingWiring.CountyReport> round = messaging.runOnce();
    assertThat(round)
        .filteredOn(c -> c.county().equals("331102"))
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.noticesSent()).isEqualTo(1);
              assertThat(c.noticeFailures()).isEmpty();
            });

    assertThat(received)
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.idempotencyKey()).isNotBlank();
              assertThat(m.signature()).isNotBlank();
              assertThat(m.body())
                  .contains("\"to\":\"13812341234\"")
                  .contains("\"template\":\"supplement\"")
                  .contains("丽水市社会治理中心")
                  .contains(number)
                  .contains("相关登记表等其他材料");
            });

    // the next round finds nothing due: the notice is never sent twice
    messaging.runOnce();
    assertThat(received).hasSize(1);
    assertThat(messaging.unsent().recorded())
        .as("a text message is not left to the recording sender")
        .noneMatch(n -> n.reference().equals(number));
  }
}
