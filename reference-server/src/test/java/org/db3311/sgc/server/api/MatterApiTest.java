package org.db3311.sgc.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.helidon.microprofile.testing.junit5.AddConfig;
import io.helidon.microprofile.testing.junit5.HelidonTest;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.client.WebTarget;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.db3311.sgc.server.security.Roles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@HelidonTest
@AddConfig(key = "sgc.data-dir", value = "target/test-data/matter-api")
@AddConfig(key = "sgc.counties", value = "331102,331121")
@DisplayName("REST API: intake over HTTP, scoped by division (embedded H2)")
class MatterApiTest {

  static final String ID = "11010519491231002X";
  static final String CLERK = Api.token("331102", Roles.CLERK);
  static final String ZIJIN_CLERK = Api.token("331102001", Roles.CLERK);
  static final String QINGTIAN_CLERK = Api.token("331121", Roles.CLERK);
  static final String ANALYST = Api.token("331100", Roles.ANALYST);

  @Inject WebTarget target;
  Api api;

  @BeforeEach
  void client() {
    api = new Api(target);
  }

  String register(String token) {
    Response r = api.post(token, "/api/v1/matters", Api.registration("331102001", "紫金街道1号", ID));
    String body = r.readEntity(String.class);
    assertThat(r.getStatus()).as(body).isEqualTo(201);
    return jakarta.json.Json.createReader(new java.io.StringReader(body))
        .readObject()
        .getString("number");
  }

  @Test
  void registers_reads_with_masking_and_decides_with_if_match() {
    String number = register(CLERK);
    assertThat(number).startsWith("331102-");

    Response read = api.get(CLERK, "/api/v1/matters/" + number);
    assertThat(read.getStatus()).isEqualTo(200);
    String etag = read.getHeaderString("ETag");
    assertThat(etag).isNotBlank();
    JsonObject m = Api.json(read);
    JsonObject applicant = m.getJsonArray("parties").getJsonObject(0);
    assertThat(applicant.getString("idNumber")).isEqualTo("110105********002X");
    assertThat(applicant.getString("phone")).isEqualTo("138****1234");

    JsonObject revealed = Api.json(api.get(CLERK, "/api/v1/matters/" + number + "?reveal=true"));
    assertThat(revealed.getJsonArray("parties").getJsonObject(0).getString("idNumber"))
        .isEqualTo(ID);
    assertThat(
            Api.json(api.get(ANALYST, "/api/v1/matters/" + number + "?reveal=true"))
                .getInt("status"))
        .isEqualTo(403);

    Response noIfMatch =
        api.post(CLERK, "/api/v1/matters/" + number + "/decision", "{\"verdict\":\"REVIEW\"}");
    assertThat(noIfMatch.getStatus()).isEqualTo(428);
    assertThat(noIfMatch.getMediaType().toString()).startsWith("application/problem+json");

    Response stale =
        api.as(CLERK, "/api/v1/matters/" + number + "/decision")
            .header("If-Match", "\"not-the-tag\"")
            .post(Entity.entity("{\"verdict\":\"REVIEW\"}", MediaType.APPLICATION_JSON));
    assertThat(stale.getStatus()).isEqualTo(412);

    Response decided =
        api.as(CLERK, "/api/v1/matters/" + number + "/decision")
            .header("If-Match", etag)
            .post(Entity.entity("{\"verdict\":\"REVIEW\"}", MediaType.APPLICATION_JSON));
    assertThat(decided.getStatus()).isEqualTo(200);
    String outcome = Api.json(decided).getString("outcome");
    assertThat(outcome).isIn("ACCEPTED", "SUPPLEMENT_REQUESTED");

    JsonObject history = Json.array(api.get(CLERK, "/api/v1/matters/" + number + "/history"));
    assertThat(history.getJsonArray("a").size()).isGreaterThanOrEqualTo(2);
    assertThat(history.getJsonArray("a").toString()).contains("PERSONAL_DATA_READ");
  }

  @Test
  void idempotency_key_replays_the_first_reply_and_refuses_reuse() {
    String key = UUID.randomUUID().toString();
    String body = Api.registration("331102001", "紫金街道2号", ID);
    Response first =
        api.as(CLERK, "/api/v1/matters")
            .header("Idempotency-Key", key)
            .post(Entity.entity(body, MediaType.APPLICATION_JSON));
    Response again =
        api.as(CLERK, "/api/v1/matters")
            .header("Idempotency-Key", key)
            .post(Entity.entity(body, MediaType.APPLICATION_JSON));
    assertThat(first.getStatus()).isEqualTo(201);
    assertThat(again.getStatus()).isEqualTo(201);
    assertThat(again.getHeaderString("Idempotency-Replayed")).isEqualTo("true");
    assertThat(Api.json(again).getString("number")).isEqualTo(Api.json(first).getString("number"));

    Response other =
        api.as(CLERK, "/api/v1/matters")
            .header("Idempotency-Key", key)
            .post(
                Entity.entity(Api.registration("331102001", "别处", ID), MediaType.APPLICATION_JSON));
    assertThat(other.getStatus()).isEqualTo(422);
  }

  @Test
  void every_cross_county_read_and_write_is_refused() {
    String liandu = register(CLERK);
    Response read = api.get(QINGTIAN_CLERK, "/api/v1/matters/" + liandu);
    assertThat(read.getStatus()).isEqualTo(403);
    assertThat(Api.json(read).getString("type")).isEqualTo("urn:db3311:problem:outside-division");
    String etag = api.get(CLERK, "/api/v1/matters/" + liandu).getHeaderString("ETag");
    for (String path : new String[] {"/decision", "/withdrawal", "/materials"}) {
      Response w =
          api.as(QINGTIAN_CLERK, "/api/v1/matters/" + liandu + path)
              .header("If-Match", etag)
              .post(
                  Entity.entity(
                      "{\"verdict\":\"REVIEW\",\"reason\":\"x\"}", MediaType.APPLICATION_JSON));
      assertThat(w.getStatus()).as(path).isEqualTo(403);
    }
    for (String path : new String[] {"/history", "/notice", "/receipt"}) {
      assertThat(api.get(QINGTIAN_CLERK, "/api/v1/matters/" + liandu + path).getStatus())
          .as(path)
          .isEqualTo(403);
    }
    Response registerElsewhere =
        api.post(QINGTIAN_CLERK, "/api/v1/matters", Api.registration("331102001", "紫金", ID));
    assertThat(registerElsewhere.getStatus()).isEqualTo(403);
    // a township's clerk sees their own township only
    assertThat(api.get(ZIJIN_CLERK, "/api/v1/matters/" + liandu).getStatus()).isEqualTo(200);
    Response otherTownship =
        api.post(ZIJIN_CLERK, "/api/v1/matters", Api.registration("331102002", "岩泉街道", ID));
    assertThat(otherTownship.getStatus()).isEqualTo(403);
    Response supervision =
        api.get(
            Api.token("331121", Roles.SUPERVISOR), "/api/v1/supervision/overview?county=331102");
    assertThat(supervision.getStatus()).isEqualTo(403);
  }

  @Test
  void searches_a_county_by_state_within_the_callers_division() {
    String number = register(CLERK);
    JsonObject page = Api.json(api.get(CLERK, "/api/v1/matters?state=PENDING_DECISION&size=200"));
    assertThat(page.getJsonArray("items").toString()).contains(number);
    assertThat(page.getInt("total")).isGreaterThanOrEqualTo(page.getJsonArray("items").size());
    JsonObject first = Api.json(api.get(CLERK, "/api/v1/matters?state=PENDING_DECISION&size=1"));
    assertThat(first.getJsonArray("items")).hasSize(1);
    assertThat(first.getInt("total"))
        .as("the total counts every page")
        .isEqualTo(page.getInt("total"));
    assertThat(first.getInt("page")).isZero();
    assertThat(first.getInt("size")).isEqualTo(1);
    JsonObject township = Api.json(api.get(ZIJIN_CLERK, "/api/v1/matters?size=200"));
    assertThat(township.getJsonArray("items").getValuesAs(JsonObject.class))
        .isNotEmpty()
        .allMatch(m -> m.getString("townshipCode").equals("331102001"));
    assertThat(api.get(QINGTIAN_CLERK, "/api/v1/matters?county=331102").getStatus()).isEqualTo(403);
    assertThat(api.get(ZIJIN_CLERK, "/api/v1/matters?township=331102002").getStatus())
        .isEqualTo(403);
    Response bad = api.get(CLERK, "/api/v1/matters?state=LOST&sort=SIDEWAYS&size=500&page=-1");
    assertThat(bad.getStatus()).isEqualTo(400);
    assertThat(Api.json(bad).getJsonArray("errors").toString())
        .contains("state", "sort", "\"size\"", "\"page\"");
  }

  @Test
  void the_supervision_lists_page_through_every_file_once_with_the_total() {
    Casework cw = new Casework(api);
    for (int i = 0; i < 3; i++) {
      cw.accepted(CLERK, "dispute.neighbour", "紫金街道分页" + i + "号");
    }
    String supervisor = Api.token("331102", Roles.SUPERVISOR);
    String until =
        java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).plusDays(90).toString();
    java.util.List<String> seen = new java.util.ArrayList<>();
    int total = -1;
    for (int page = 0; page < 100; page++) {
      JsonObject p =
          Api.json(
              api.get(
                  supervisor,
                  "/api/v1/supervision/due?county=331102&until=" + until + "&size=2&page=" + page));
      if (total < 0) {
        total = p.getInt("total");
      }
      assertThat(p.getInt("total")).as("the total is the same on every page").isEqualTo(total);
      assertThat(p.getInt("page")).isEqualTo(page);
      assertThat(p.getJsonArray("items").size()).isLessThanOrEqualTo(2);
      p.getJsonArray("items")
          .getValuesAs(JsonObject.class)
          .forEach(i -> seen.add(i.getString("subject")));
      if ((page + 1) * 2 >= total) {
        break;
      }
    }
    assertThat(total).isGreaterThanOrEqualTo(3);
    assertThat(seen).as("pages cover the list once").hasSize(total).doesNotHaveDuplicates();

    JsonObject overdue = Api.json(api.get(supervisor, "/api/v1/supervision/overdue?county=331102"));
    assertThat(overdue.getInt("total")).isEqualTo(overdue.getJsonArray("items").size());
    Response old =
        api.get(supervisor, "/api/v1/supervision/overdue?county=331102&offset=0&limit=10");
    assertThat(old.getStatus())
        .as("the old paging parameters are named, not ignored")
        .isEqualTo(400);
    assertThat(Api.json(old).getJsonArray("errors").toString()).contains("offset", "limit");
  }

  @Test
  void the_matter_list_read_by_cursor_gives_the_pages_by_number_in_order() {
    Casework cw = new Casework(api);
    for (int i = 0; i < 3; i++) {
      cw.accepted(CLERK, "dispute.neighbour", "紫金街道列表游标" + i + "号");
    }
    for (String order : new String[] {"", "&sort=DEADLINE&direction=ASCENDING"}) {
      String list = "/api/v1/matters?county=331102" + order;
      JsonObject whole = Api.json(api.get(CLERK, list + "&size=200"));
      java.util.List<String> byNumber =
          whole.getJsonArray("items").getValuesAs(JsonObject.class).stream()
              .map(i -> i.getString("number"))
              .toList();
      java.util.List<String> byCursor = new java.util.ArrayList<>();
      JsonObject p = Api.json(api.get(CLERK, list + "&size=2"));
      for (int guard = 0; guard < 500; guard++) {
        p.getJsonArray("items")
            .getValuesAs(JsonObject.class)
            .forEach(i -> byCursor.add(i.getString("number")));
        if (!p.containsKey("next")) {
          break;
        }
        p = Api.json(api.get(CLERK, list + "&size=2&after=" + p.getString("next")));
      }
      assertThat(byNumber).hasSizeGreaterThanOrEqualTo(3);
      assertThat(byCursor).as("order %s", order).isEqualTo(byNumber);
    }
    String next =
        Api.json(api.get(CLERK, "/api/v1/matters?county=331102&size=1")).getString("next");
    Response otherOrder = api.get(CLERK, "/api/v1/matters?county=331102&sort=NUMBER&after=" + next);
    assertThat(otherOrder.getStatus()).as("a cursor of another order").isEqualTo(400);
    assertThat(Api.json(otherOrder).getJsonArray("errors").toString())
        .contains("after", "REGISTERED_AT");
    Response broken = api.get(CLERK, "/api/v1/matters?county=331102&after=%25%25");
    assertThat(broken.getStatus()).isEqualTo(400);
    assertThat(broken.getMediaType().toString()).startsWith("application/problem+json");
  }

  @Test
  void the_supervision_lists_read_by_cursor_give_the_pages_by_number_in_order() {
    Casework cw = new Casework(api);
    for (int i = 0; i < 3; i++) {
      cw.accepted(CLERK, "dispute.neighbour", "紫金街道游标" + i + "号");
    }
    String supervisor = Api.token("331102", Roles.SUPERVISOR);
    String until =
        java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).plusDays(90).toString();
    String list = "/api/v1/supervision/due?county=331102&until=" + until;
    JsonObject whole = Api.json(api.get(supervisor, list + "&size=200"));
    java.util.List<String> byNumber =
        whole.getJsonArray("items").getValuesAs(JsonObject.class).stream()
            .map(i -> i.getString("subject"))
            .toList();
    assertThat(whole.containsKey("next")).as("the whole list on one page: no next").isFalse();

    java.util.List<String> byCursor = new java.util.ArrayList<>();
    JsonObject p = Api.json(api.get(supervisor, list + "&size=2"));
    for (int guard = 0; guard < 100; guard++) {
      p.getJsonArray("items")
          .getValuesAs(JsonObject.class)
          .forEach(i -> byCursor.add(i.getString("subject")));
      if (!p.containsKey("next")) {
        break;
      }
      assertThat(p.getJsonArray("items").size()).as("a page with a next is full").isEqualTo(2);
      p = Api.json(api.get(supervisor, list + "&size=2&after=" + p.getString("next")));
      assertThat(p.getInt("total")).isEqualTo(whole.getInt("total"));
    }
    assertThat(byNumber).hasSizeGreaterThanOrEqualTo(3);
    assertThat(byCursor).as("the same list, each file once, in order").isEqualTo(byNumber);

    // a cursor made by hand: a NUL in the subject, a day past the database's range
    String nul =
        java.util.Base64.getUrlEncoder()
            .withoutPadding()
            .encodeToString(
                "2026-01-01\n3311\u0000x".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    String farOff =
        org.db3311.sgc.server.http.Cursors.encode("+300000-01-01", "331102-20260101-0001");
    for (String bad :
        new String[] {"not-a-cursor!", "eA", "MjAyNi0xMy0wMQpzdWJqZWN0", nul, farOff}) {
      Response r = api.get(supervisor, "/api/v1/supervision/overdue?county=331102&after=" + bad);
      assertThat(r.getStatus()).as(bad).isEqualTo(400);
      assertThat(r.getMediaType().toString()).startsWith("application/problem+json");
      assertThat(Api.json(r).getJsonArray("errors").toString()).contains("after");
    }
    String cursor = org.db3311.sgc.server.http.Cursors.encode("2026-01-01", "331102-20260101-0001");
    Response both =
        api.get(supervisor, "/api/v1/supervision/overdue?county=331102&page=1&after=" + cursor);
    assertThat(both.getStatus()).as("a page number and a cursor together").isEqualTo(400);
    String mid = byNumber.get(1);
    JsonObject midLine = whole.getJsonArray("items").getJsonObject(1);
    JsonObject afterMid =
        Api.json(
            api.get(
                supervisor,
                list
                    + "&after="
                    + org.db3311.sgc.server.http.Cursors.encode(
                        midLine.getString("nextDeadline"), mid)));
    assertThat(
            afterMid.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(i -> i.getString("subject"))
                .toList())
        .as("a cursor made of a line's key starts right after that line")
        .isEqualTo(byNumber.subList(2, Math.min(byNumber.size(), 2 + 50)));
  }

  @Test
  void no_token_is_401_and_wrong_role_is_403() {
    assertThat(api.get(null, "/api/v1/matters/331102-20261203-0001").getStatus()).isEqualTo(401);
    Response wrongRole =
        api.post(
            Api.token("331102", Roles.ANALYST),
            "/api/v1/matters",
            Api.registration("331102001", "x", ID));
    assertThat(wrongRole.getStatus()).isEqualTo(403);
  }

  @Test
  void bad_input_is_answered_with_problem_details() {
    Response malformed = api.post(CLERK, "/api/v1/matters", "{not json");
    assertThat(malformed.getStatus()).isEqualTo(400);
    assertThat(malformed.getMediaType().toString()).startsWith("application/problem+json");

    Response noChoice =
        api.post(
            CLERK,
            "/api/v1/matters",
            Api.registration("331102001", "x", ID).replace("\"WINDOW\"", "\"DISPUTE_CODE\""));
    assertThat(noChoice.getStatus()).isEqualTo(400);
    assertThat(Api.json(noChoice).getJsonArray("errors").toString())
        .as("the 解纷码 entry without the applicant's choice names the field (6.1.1.2.1)")
        .contains("\"preference\"");

    Response wrongEnum =
        api.post(
            CLERK,
            "/api/v1/matters",
            Api.registration("331102001", "x", ID).replace("\"WINDOW\"", "\"CARRIER_PIGEON\""));
    assertThat(wrongEnum.getStatus()).isEqualTo(400);
    assertThat(Api.json(wrongEnum).getJsonArray("errors").toString()).contains("channel");

    Response badId =
        api.post(
            CLERK, "/api/v1/matters", Api.registration("331102001", "x", "110105194912310021"));
    assertThat(badId.getStatus()).isEqualTo(400);
    assertThat(Api.json(badId).getJsonArray("errors").toString()).contains("parties[0].idNumber");

    Response wrongType =
        api.post(CLERK, "/api/v1/matters", "{\"channel\": 12, \"parties\": \"many\"}");
    assertThat(wrongType.getStatus()).isEqualTo(400);

    String huge = "{\"description\":\"" + "x".repeat(2 * 1024 * 1024) + "\"}";
    Response coerced =
        api.post(
            CLERK,
            "/api/v1/matters",
            Api.registration("331102001", "x", ID).replace("\"邻里之间", "12, \"x\":\"邻里之间"));
    assertThat(coerced.getStatus()).isEqualTo(400);

    Response tooLarge = api.post(CLERK, "/api/v1/matters", huge);
    assertThat(tooLarge.getStatus()).isEqualTo(413);

    Response unknownPath = api.get(CLERK, "/api/v1/no-such-thing");
    assertThat(unknownPath.getStatus()).isEqualTo(404);
    assertThat(unknownPath.getMediaType().toString()).startsWith("application/problem+json");

    Response badNumber = api.get(CLERK, "/api/v1/matters/not-a-number");
    assertThat(badNumber.getStatus()).isEqualTo(400);
    Response missing = api.get(CLERK, "/api/v1/matters/331102-20200101-9999");
    assertThat(missing.getStatus()).isEqualTo(404);
  }

  /** Wraps a JSON array answer so that the assertions above can read it. */
  static final class Json {
    static JsonObject array(Response r) {
      String body = r.readEntity(String.class);
      return jakarta.json.Json.createReader(new java.io.StringReader("{\"a\":" + body + "}"))
          .readObject();
    }
  }

  @Test
  void the_supervision_file_shows_each_clock_with_its_last_working_day() {
    String number = new Casework(api).accepted(CLERK, "dispute.neighbour", "紫金街道9号");
    Response r =
        api.get(Api.token("331102", Roles.SUPERVISOR), "/api/v1/supervision/files/" + number);
    assertThat(r.getStatus()).isEqualTo(200);
    JsonObject file = Api.json(r);
    assertThat(file.getJsonArray("clocks")).isNotEmpty();
    for (var clock : file.getJsonArray("clocks").getValuesAs(JsonObject.class)) {
      // a day the reader can use, not the rule's internal form
      assertThat(clock.getString("deadline")).matches("\\d{4}-\\d{2}-\\d{2}");
      assertThat(java.time.LocalDate.parse(clock.getString("deadline")))
          .isAfterOrEqualTo(java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")));
    }
  }
}
