package org.db3311.sgc.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.helidon.microprofile.testing.junit5.AddConfig;
import io.helidon.microprofile.testing.junit5.HelidonTest;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.client.WebTarget;
import jakarta.ws.rs.core.Response;
import java.time.YearMonth;
import java.time.ZoneId;
import org.db3311.sgc.server.security.Roles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@HelidonTest
@AddConfig(key = "sgc.data-dir", value = "target/test-data/duty-roster-api")
@AddConfig(key = "sgc.counties", value = "331102,331121")
@DisplayName("REST API: the county leaders' duty roster over HTTP (embedded H2)")
class DutyRosterApiTest {

  static final String LEADER = Api.token("331102", Roles.LEADER);
  static final String CITY_LEADER = Api.token("331100", Roles.LEADER);
  static final String QINGTIAN_LEADER = Api.token("331121", Roles.LEADER);
  static final String TOWNSHIP_LEADER = Api.token("331102001", Roles.LEADER);
  static final String CLERK = Api.token("331102", Roles.CLERK);
  static final String SUPERVISOR = Api.token("331102", Roles.SUPERVISOR);

  static String plan(String month) {
    return """
        {"month":"%s","leaders":[{"id":"l1","name":"王县长"},{"id":"l2","name":"李副县长"}],
         "handover":"08:30","fallback":{"id":"l0","name":"值班总值守"}}
        """
        .formatted(month);
  }

  @Inject WebTarget target;
  Api api;
  Casework cw;

  @BeforeEach
  void client() {
    api = new Api(target);
    cw = new Casework(api);
  }

  String planned(String token, String month) {
    Response r = api.post(token, "/api/v1/duty-rosters", plan(month));
    String body = r.readEntity(String.class);
    assertThat(r.getStatus()).as(body).isEqualTo(201);
    return "/api/v1/duty-rosters/" + month;
  }

  @Test
  void plans_publishes_revises_and_publishes_again_at_the_year_end() {
    String roster = planned(LEADER, "2027-12");
    JsonObject draft = Api.json(api.get(CLERK, roster));
    assertThat(draft.getString("state")).isEqualTo("DRAFT");
    assertThat(draft.getString("county")).isEqualTo("331102");
    assertThat(draft.getJsonArray("shifts")).isNotEmpty();
    JsonObject published = cw.ok(LEADER, roster, "/publication", null);
    assertThat(published.getString("state")).isEqualTo("PUBLISHED");
    assertThat(published.getString("publishedAt")).isNotBlank();
    JsonObject revised = cw.ok(LEADER, roster, "/revision", "{\"reason\":\"王县长出差\"}");
    assertThat(revised.getString("state")).isEqualTo("DRAFT");
    JsonObject assigned =
        cw.ok(
            LEADER,
            roster,
            "/shifts",
            "{\"start\":\"2027-12-31T08:30\",\"end\":\"2027-12-31T23:00\","
                + "\"leader\":{\"id\":\"l2\",\"name\":\"李副县长\"}}");
    assertThat(assigned.getJsonArray("shifts").toString()).contains("2027-12-31T08:30");
    JsonObject fallback =
        cw.ok(LEADER, roster, "/fallback", "{\"fallback\":{\"id\":\"l9\",\"name\":\"常务副县长\"}}");
    assertThat(fallback.getJsonObject("fallback").getString("id")).isEqualTo("l9");
    assertThat(cw.ok(LEADER, roster, "/publication", null).getString("state"))
        .isEqualTo("PUBLISHED");
    // a city leader reads and plans for a county by naming it
    assertThat(api.get(CITY_LEADER, roster + "?county=331102").getStatus()).isEqualTo(200);
    assertThat(api.get(CITY_LEADER, roster).getStatus()).isEqualTo(400);
    Response twice = api.post(LEADER, "/api/v1/duty-rosters", plan("2027-12"));
    assertThat(twice.getStatus()).isEqualTo(409);
  }

  @Test
  void a_cross_boundary_event_goes_to_the_leader_on_duty() {
    YearMonth now = YearMonth.now(ZoneId.of("Asia/Shanghai"));
    for (YearMonth m : new YearMonth[] {now, now.plusMonths(1)}) {
      String roster = planned(LEADER, m.toString());
      cw.ok(LEADER, roster, "/publication", null);
    }
    String number = cw.accepted(Api.token("331102", Roles.CLERK), "event.stability", "紫金街道30号");
    Response received = api.post(CLERK, "/api/v1/events", "{\"matter\":\"" + number + "\"}");
    assertThat(received.getStatus()).isEqualTo(201);
    JsonObject triaged =
        cw.ok(
            SUPERVISOR,
            "/api/v1/events/" + number,
            "/triage",
            "{\"units\":[\"zijin-street\",\"county-police\"],\"lead\":\"county-police\","
                + "\"crossDepartment\":true}");
    assertThat(triaged.getString("outcome")).isEqualTo("LED_BY_DUTY_LEADER");
    assertThat(triaged.getJsonObject("dutyLeader").getString("id")).isIn("l1", "l2");
  }

  @Test
  void bad_input_is_answered_with_every_field_named() {
    assertThat(api.post(LEADER, "/api/v1/duty-rosters", "{\"month\":").getStatus()).isEqualTo(400);
    assertThat(
            Casework.errors(
                api.post(
                    LEADER,
                    "/api/v1/duty-rosters",
                    "{\"month\":\"2027-13\",\"leaders\":[{\"id\":\"l1\"}],\"handover\":\"25:00\"}")))
        .contains("month")
        .contains("leaders[0]")
        .contains("handover")
        .contains("fallback");
    assertThat(
            Casework.errors(
                api.post(LEADER, "/api/v1/duty-rosters", "{\"month\":202701,\"leaders\":{}}")))
        .contains("month")
        .contains("leaders");
    String roster = planned(LEADER, "2028-02");
    String etag = cw.etag(LEADER, roster);
    assertThat(
            Casework.errors(
                cw.withTag(
                    LEADER,
                    roster + "/shifts",
                    etag,
                    "{\"start\":\"2028-02-02T08:30\",\"end\":\"2028-02-01T08:30\","
                        + "\"leader\":{\"id\":\"l1\",\"name\":\"王县长\"}}")))
        .contains("end");
    assertThat(Casework.errors(api.get(LEADER, "/api/v1/duty-rosters/February"))).contains("month");
    assertThat(api.get(LEADER, "/api/v1/duty-rosters/2031-05").getStatus()).isEqualTo(404);
    assertThat(Api.json(api.get(LEADER, roster)).getString("state")).isEqualTo("DRAFT");
  }

  @Test
  void changes_need_the_current_etag() {
    String roster = planned(LEADER, "2028-03");
    assertThat(cw.withTag(LEADER, roster + "/publication", null, null).getStatus()).isEqualTo(428);
    String old = cw.etag(LEADER, roster);
    cw.ok(LEADER, roster, "/fallback", "{\"fallback\":{\"id\":\"l9\",\"name\":\"常务副县长\"}}");
    assertThat(cw.withTag(LEADER, roster + "/publication", old, null).getStatus()).isEqualTo(412);
  }

  @Test
  void another_county_a_township_and_other_roles_are_refused() {
    String roster = planned(LEADER, "2028-04");
    String etag = cw.etag(LEADER, roster);
    assertThat(api.get(QINGTIAN_LEADER, roster + "?county=331102").getStatus()).isEqualTo(403);
    assertThat(
            cw.withTag(QINGTIAN_LEADER, roster + "/publication?county=331102", etag, null)
                .getStatus())
        .isEqualTo(403);
    assertThat(
            api.post(QINGTIAN_LEADER, "/api/v1/duty-rosters?county=331102", plan("2028-05"))
                .getStatus())
        .isEqualTo(403);
    assertThat(api.get(TOWNSHIP_LEADER, roster).getStatus()).isEqualTo(403);
    // Qingtian's own roster is Qingtian's: the same month is free there
    assertThat(api.post(QINGTIAN_LEADER, "/api/v1/duty-rosters", plan("2028-04")).getStatus())
        .isEqualTo(201);

    assertThat(api.post(CLERK, "/api/v1/duty-rosters", plan("2028-06")).getStatus()).isEqualTo(403);
    assertThat(cw.withTag(CLERK, roster + "/publication", etag, null).getStatus()).isEqualTo(403);
  }
}
