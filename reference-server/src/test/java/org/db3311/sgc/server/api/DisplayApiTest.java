package org.db3311.sgc.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.helidon.microprofile.testing.junit5.AddConfig;
import io.helidon.microprofile.testing.junit5.HelidonTest;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.client.WebTarget;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.StringReader;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.db3311.sgc.core.catalog.Implements;
import org.db3311.sgc.server.security.Roles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Queue numbers, window calls and the public display pages over HTTP, on the embedded default (the
 * SSE feed, no MQTT broker). Each test works in a county of its own, so their queues do not meet.
 */
@HelidonTest
@AddConfig(key = "sgc.data-dir", value = "target/test-data/display-api")
@AddConfig(key = "sgc.counties", value = "331102,331121,331122,331123")
@DisplayName("REST API: queue numbers, window calls and the display pages (5.3.5, 7.2.1.3)")
@Implements({"5.3.5", "7.2.1.3"})
class DisplayApiTest {

  @Inject WebTarget target;
  Api api;

  @BeforeEach
  void client() {
    api = new Api(target);
  }

  static String kiosk(String county) {
    return Api.token(county, Roles.KIOSK);
  }

  static String clerk(String county) {
    return Api.token(county, Roles.CLERK);
  }

  String take(String county) {
    Response r = api.post(kiosk(county), "/api/v1/queue-tickets", "");
    String body = r.readEntity(String.class);
    assertThat(r.getStatus()).as(body).isEqualTo(201);
    return json(body).getString("number");
  }

  Response call(String county, String window) {
    return api.post(clerk(county), "/api/v1/windows/" + window + "/calls", "");
  }

  static JsonObject json(String body) {
    return Json.createReader(new StringReader(body)).readObject();
  }

  @Test
  @DisplayName("7.2.1.3 按序叫号: numbers are called to the windows in the order they were taken")
  void numbers_are_called_in_order_and_the_window_shows_the_last() {
    String first = take("331102");
    String second = take("331102");
    assertThat(first).matches("A\\d{4}");
    assertThat(Integer.parseInt(second.substring(1)))
        .isEqualTo(Integer.parseInt(first.substring(1)) + 1);

    JsonObject waiting = Api.json(api.get(clerk("331102"), "/api/v1/queue-tickets"));
    assertThat(waiting.getJsonArray("items").getValuesAs(JsonObject.class))
        .extracting(t -> t.getString("number"), t -> t.getInt("ahead"))
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(first, 0),
            org.assertj.core.groups.Tuple.tuple(second, 1));
    assertThat(api.get(kiosk("331102"), "/api/v1/queue-tickets/" + second).getStatus())
        .isEqualTo(200);

    Response called = call("331102", "3");
    JsonObject three = Api.json(called);
    assertThat(called.getStatus()).isEqualTo(201);
    assertThat(called.getEntityTag()).isNotNull();
    assertThat(three.getString("window")).isEqualTo("3");
    assertThat(three.getString("function")).isEqualTo("矛盾纠纷调解");
    assertThat(three.getString("number")).isEqualTo(first);
    assertThat(three.getString("announcement")).isEqualTo("请 " + first + " 号到 3 号窗口");
    assertThat(Api.json(call("331102", "5")).getString("number")).isEqualTo(second);
    assertThat(api.get(kiosk("331102"), "/api/v1/queue-tickets/" + second).getStatus())
        .as("a called ticket no longer waits")
        .isEqualTo(404);

    JsonObject windows = Api.json(api.get(clerk("331102"), "/api/v1/windows"));
    assertThat(windows.getString("hall")).contains("tier1-conformant.json");
    assertThat(windows.getInt("waiting")).isZero();
    List<JsonObject> all = windows.getJsonArray("windows").getValuesAs(JsonObject.class);
    assertThat(all)
        .extracting(w -> w.getString("window"))
        .containsExactly("1", "2", "3", "4", "5", "6");
    assertThat(all.get(2).getString("number")).isEqualTo(first);
    assertThat(all.get(4).getString("number")).isEqualTo(second);
    assertThat(all.get(0).containsKey("number")).as("window 1 has called nobody").isFalse();
    assertThat(all.get(0).getString("function")).isEqualTo("综合受理");

    Response empty = call("331102", "1");
    assertThat(empty.getStatus()).isEqualTo(409);
    assertThat(empty.getMediaType().toString()).startsWith("application/problem+json");
    assertThat(Api.json(empty).getString("type")).isEqualTo("urn:db3311:problem:queue-empty");
  }

  @Test
  void a_call_made_against_an_old_state_calls_nobody_and_a_retried_one_calls_once() {
    String a = take("331121");
    String b = take("331121");
    String c = take("331121");
    Response before = api.get(clerk("331121"), "/api/v1/windows/2");
    String etag = before.getHeaderString("ETag");
    assertThat(etag).isNotBlank();

    Response withTag =
        api.as(clerk("331121"), "/api/v1/windows/2/calls")
            .header("If-Match", etag)
            .post(Entity.entity("", MediaType.APPLICATION_JSON));
    assertThat(withTag.getStatus()).isEqualTo(201);
    assertThat(Api.json(withTag).getString("number")).isEqualTo(a);
    Response stale =
        api.as(clerk("331121"), "/api/v1/windows/2/calls")
            .header("If-Match", etag)
            .post(Entity.entity("", MediaType.APPLICATION_JSON));
    assertThat(stale.getStatus()).isEqualTo(412);
    assertThat(stale.getMediaType().toString()).startsWith("application/problem+json");

    String key = UUID.randomUUID().toString();
    Response once =
        api.as(clerk("331121"), "/api/v1/windows/2/calls")
            .header("Idempotency-Key", key)
            .post(Entity.entity("", MediaType.APPLICATION_JSON));
    Response again =
        api.as(clerk("331121"), "/api/v1/windows/2/calls")
            .header("Idempotency-Key", key)
            .post(Entity.entity("", MediaType.APPLICATION_JSON));
    assertThat(Api.json(once).getString("number")).isEqualTo(b);
    assertThat(again.getHeaderString("Idempotency-Replayed")).isEqualTo("true");
    assertThat(Api.json(again).getString("number")).isEqualTo(b);
    JsonObject left = Api.json(api.get(clerk("331121"), "/api/v1/queue-tickets"));
    assertThat(left.getJsonArray("items").getValuesAs(JsonObject.class))
        .extracting(t -> t.getString("number"))
        .containsExactly(c);

    String ticketKey = UUID.randomUUID().toString();
    Response t1 =
        api.as(kiosk("331121"), "/api/v1/queue-tickets")
            .header("Idempotency-Key", ticketKey)
            .post(Entity.entity("", MediaType.APPLICATION_JSON));
    Response t2 =
        api.as(kiosk("331121"), "/api/v1/queue-tickets")
            .header("Idempotency-Key", ticketKey)
            .post(Entity.entity("", MediaType.APPLICATION_JSON));
    assertThat(t1.getStatus()).isEqualTo(201);
    assertThat(Api.json(t2).getString("number"))
        .as("a kiosk's retry prints the same number")
        .isEqualTo(Api.json(t1).getString("number"));
  }

  @Test
  void who_may_take_and_call_and_what_is_refused() {
    assertThat(api.post(null, "/api/v1/queue-tickets", "").getStatus()).isEqualTo(401);
    assertThat(api.post(kiosk("331123"), "/api/v1/windows/1/calls", "").getStatus())
        .as("a kiosk takes numbers and calls nobody")
        .isEqualTo(403);
    assertThat(
            api.post(Api.token("331123", Roles.ARCHIVIST), "/api/v1/queue-tickets", "").getStatus())
        .isEqualTo(403);
    assertThat(api.post(kiosk("331102"), "/api/v1/queue-tickets?county=331123", "").getStatus())
        .as("another county's kiosk")
        .isEqualTo(403);
    Response unknownWindow = call("331123", "99");
    assertThat(unknownWindow.getStatus()).isEqualTo(404);
    assertThat(unknownWindow.getMediaType().toString()).startsWith("application/problem+json");
    Response badCounty =
        api.post(Api.token("331100", Roles.ADMIN), "/api/v1/queue-tickets?county=33x", "");
    assertThat(badCounty.getStatus()).isEqualTo(400);
    assertThat(Casework.errors(badCounty)).contains("county");
    assertThat(api.get(clerk("331123"), "/api/v1/queue-tickets?size=0").getStatus()).isEqualTo(400);
    assertThat(target.path("/display/999999/zone-map").request().get().getStatus()).isEqualTo(404);
    assertThat(target.path("/display/331123/windows/99").request().get().getStatus())
        .isEqualTo(404);
    Response feed = target.path("/display/999999/feed").request("text/event-stream").get();
    assertThat(feed.getStatus()).isEqualTo(404);
    assertThat(feed.getMediaType().toString()).startsWith("application/problem+json");
  }

  @Test
  @DisplayName("5.3.5 窗口正上方采用电子屏幕等方式标示对应的窗口功能; 醒目位置应设有功能区分布图: the public pages")
  void the_public_pages_show_each_window_its_function_and_number_and_the_zone_map() {
    String number = take("331123");
    call("331123", "4");
    Response page = target.path("/display/331123/windows/4").request().get();
    String html = page.readEntity(String.class);
    assertThat(page.getStatus()).isEqualTo(200);
    assertThat(page.getMediaType().toString()).startsWith("text/html");
    assertThat(html)
        .startsWith("<!DOCTYPE html>")
        .contains("<html lang=\"zh-CN\">")
        .contains("<meta charset=\"utf-8\">")
        .contains("<h1 class=\"function\" id=\"function\">劳动仲裁</h1>")
        .contains("<p class=\"number\" id=\"number\" aria-live=\"polite\">" + number + "</p>")
        .contains("请 " + number + " 号到 4 号窗口")
        .contains("new EventSource('/display/331123/feed')")
        .doesNotContain("Authorization");
    String csp = page.getHeaderString("Content-Security-Policy");
    assertThat(csp).startsWith("default-src 'none'; script-src 'nonce-");
    String nonce = csp.replaceAll(".*'nonce-([^']+)'.*", "$1");
    assertThat(html).contains("<script nonce=\"" + nonce + "\">").doesNotContain("<script>");

    Response map = target.path("/display/331123/zone-map").request().get();
    String zoneMap = map.readEntity(String.class);
    assertThat(map.getStatus()).isEqualTo(200);
    assertThat(zoneMap)
        .contains("<html lang=\"zh-CN\">")
        .contains("<h1>功能区分布图</h1>")
        .contains("<h2>综合接待区</h2>")
        .contains("<h2>矛盾纠纷调处化解区</h2>")
        .contains("<h2>社会治理综合指挥区</h2>")
        .contains("<li>综合受理</li>")
        .contains("<tr data-window=\"4\"><th>4 号窗口</th><td>劳动仲裁</td><td class=\"number\">" + number)
        .contains("<h2>公共服务设施</h2>")
        .contains("<li>叫号系统</li>")
        .doesNotContain("<li>打印机</li>");
  }

  @Test
  @DisplayName("A screen that reconnects with Last-Event-ID receives the windows called meanwhile")
  void the_feed_replays_the_state_and_resumes_after_the_last_event_id() throws Exception {
    URI feed = URI.create(target.getUri().toString().replaceAll("/$", "") + "/display/331122/feed");
    long last;
    try (EventStream s = EventStream.open(feed, Optional.empty())) {
      assertThat(s.status()).isEqualTo(200);
      assertThat(s.contentType()).startsWith("text/event-stream");
      List<EventStream.Event> replay = new ArrayList<>();
      for (int i = 0; i < 6; i++) {
        replay.add(s.next(Duration.ofSeconds(10)).orElseThrow());
      }
      assertThat(replay).extracting(EventStream.Event::name).containsOnly("window");
      assertThat(replay)
          .extracting(e -> json(e.data()).getString("window"))
          .containsExactlyInAnyOrder("1", "2", "3", "4", "5", "6");
      assertThat(replay)
          .allSatisfy(e -> assertThat(json(e.data()).get("number")).isEqualTo(JsonValue.NULL));

      String first = take("331122");
      String second = take("331122");
      call("331122", "1");
      call("331122", "2");
      EventStream.Event one = s.next(Duration.ofSeconds(10)).orElseThrow();
      EventStream.Event two = s.next(Duration.ofSeconds(10)).orElseThrow();
      assertThat(json(one.data()).getString("number")).isEqualTo(first);
      assertThat(json(one.data()).getString("function")).isEqualTo("综合受理");
      assertThat(json(two.data()).getString("window")).isEqualTo("2");
      assertThat(json(two.data()).getString("number")).isEqualTo(second);
      assertThat(two.id()).isGreaterThan(one.id());
      last = two.id();
    }

    // the screen is away while window 3 calls
    String third = take("331122");
    assertThat(call("331122", "3").getStatus()).isEqualTo(201);

    try (EventStream s = EventStream.open(feed, Optional.of(last))) {
      EventStream.Event missed = s.next(Duration.ofSeconds(10)).orElseThrow();
      assertThat(missed.id()).isGreaterThan(last);
      assertThat(json(missed.data()).getString("window")).isEqualTo("3");
      assertThat(json(missed.data()).getString("number")).isEqualTo(third);
      assertThat(s.next(Duration.ofSeconds(1)))
          .as("windows unchanged since Last-Event-ID are not sent again")
          .isEmpty();
    }

    try (EventStream s = EventStream.open(feed, Optional.of(1_000_000L))) {
      List<String> windows = new ArrayList<>();
      for (int i = 0; i < 6; i++) {
        windows.add(json(s.next(Duration.ofSeconds(10)).orElseThrow().data()).getString("window"));
      }
      assertThat(windows)
          .as("an id the server never issued (it restarted) replays every window")
          .containsExactlyInAnyOrder("1", "2", "3", "4", "5", "6");
    }
  }
}
