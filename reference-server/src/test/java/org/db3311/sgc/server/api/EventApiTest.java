package org.db3311.sgc.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.helidon.microprofile.testing.junit5.AddConfig;
import io.helidon.microprofile.testing.junit5.HelidonTest;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.client.WebTarget;
import jakarta.ws.rs.core.Response;
import org.db3311.sgc.server.security.Roles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@HelidonTest
@AddConfig(key = "sgc.data-dir", value = "target/test-data/event-api")
@AddConfig(key = "sgc.counties", value = "331102,331121")
@DisplayName("REST API: social-governance events over HTTP, scoped by division (embedded H2)")
class EventApiTest {

  static final String CLERK = Api.token("331102", Roles.CLERK);
  static final String HANDLER = Api.token("331102", Roles.HANDLER);
  static final String SUPERVISOR = Api.token("331102", Roles.SUPERVISOR);
  static final String QINGTIAN_SUPERVISOR = Api.token("331121", Roles.SUPERVISOR);
  static final String OTHER_TOWNSHIP_HANDLER = Api.token("331102002", Roles.HANDLER);
  static final String MEDIATOR = Api.token("331102", Roles.MEDIATOR);

  @Inject WebTarget target;
  Api api;
  Casework cw;

  @BeforeEach
  void client() {
    api = new Api(target);
    cw = new Casework(api);
  }

  /** Receives a new accepted event matter; the event's path. */
  String received(String address) {
    String number = cw.accepted(CLERK, "event.public_demand", address);
    Response r = api.post(CLERK, "/api/v1/events", "{\"matter\":\"" + number + "\"}");
    String body = r.readEntity(String.class);
    assertThat(r.getStatus()).as(body).isEqualTo(201);
    assertThat(r.getLocation().getPath()).isEqualTo("/api/v1/events/" + number);
    return "/api/v1/events/" + number;
  }

  @Test
  void an_event_goes_from_triage_to_archive() {
    String e = received("紫金街道20号");
    JsonObject triaged =
        cw.ok(SUPERVISOR, e, "/triage", "{\"units\":[\"zijin-street\"],\"lead\":\"zijin-street\"}");
    assertThat(triaged.getString("outcome")).isEqualTo("ASSIGNED");
    assertThat(triaged.getString("lead")).isEqualTo("zijin-street");
    assertThat(triaged.getJsonObject("event").getString("scope")).isEqualTo("GENERAL");
    assertThat(cw.ok(HANDLER, e, "/steps", "{\"step\":\"SIGN_FOR\"}").getString("state"))
        .isEqualTo("IN_HANDLING");
    assertThat(
            cw.ok(HANDLER, e, "/steps", "{\"step\":\"REPORT_HANDLED\",\"summary\":\"路灯已修复\"}")
                .getString("state"))
        .isEqualTo("HANDLED");
    assertThat(
            cw.ok(
                    SUPERVISOR,
                    e,
                    "/steps",
                    "{\"step\":\"CLOSE\",\"outcome\":\"RESOLVED\",\"summary\":\"已修复\"}")
                .getString("state"))
        .isEqualTo("CLOSED");
    JsonObject reviewed =
        cw.ok(
            SUPERVISOR,
            e,
            "/steps",
            "{\"step\":\"REVIEW\",\"review\":{\"assessment\":\"处置及时\","
                + "\"lessons\":[\"建立巡查台账\"],\"reviewedBy\":\"中心主任\"}}");
    assertThat(reviewed.getString("state")).isEqualTo("REVIEWED");
    JsonObject reported =
        cw.ok(SUPERVISOR, e, "/steps", "{\"step\":\"REPORT_RESULT\",\"report\":\"结果报告\"}");
    assertThat(reported.getString("state")).isEqualTo("RESULT_REPORTED");
    assertThat(reported.getString("resultReference")).isNotBlank();
    assertThat(cw.ok(SUPERVISOR, e, "/steps", "{\"step\":\"ARCHIVE\"}").getString("state"))
        .isEqualTo("ARCHIVED");
  }

  @Test
  void a_cross_boundary_event_without_a_roster_goes_to_the_fallback_leader() {
    String e = received("紫金街道21号");
    JsonObject triaged =
        cw.ok(
            SUPERVISOR,
            e,
            "/triage",
            "{\"units\":[\"zijin-street\",\"county-water\"],\"lead\":\"zijin-street\","
                + "\"crossDepartment\":true}");
    assertThat(triaged.getString("outcome")).isEqualTo("LED_BY_FALLBACK_LEADER");
    assertThat(triaged.getString("reason")).contains("no duty roster");
    assertThat(triaged.getJsonObject("event").getString("state")).isEqualTo("LEADER_COORDINATING");
  }

  @Test
  void a_city_level_event_is_reported_to_the_city_and_its_result_recorded() {
    String e = received("紫金街道22号");
    JsonObject triaged = cw.ok(SUPERVISOR, e, "/triage", "{\"units\":[],\"cityLevel\":true}");
    assertThat(triaged.getString("outcome")).isEqualTo("REPORTED_TO_CITY");
    assertThat(triaged.getString("cityReference")).isNotBlank();
    JsonObject result =
        cw.ok(SUPERVISOR, e, "/steps", "{\"step\":\"CITY_RESULT\",\"summary\":\"市级已处置\"}");
    assertThat(result.getString("state")).isEqualTo("HANDLED");
  }

  @Test
  void bad_input_is_answered_with_every_field_named() {
    String e = received("紫金街道23号");
    String etag = cw.etag(SUPERVISOR, e);
    assertThat(cw.withTag(SUPERVISOR, e + "/triage", etag, "[1,2").getStatus()).isEqualTo(400);
    assertThat(
            Casework.errors(
                cw.withTag(
                    SUPERVISOR, e + "/triage", etag, "{\"units\":\"zijin\",\"cityLevel\":1}")))
        .contains("units")
        .contains("cityLevel");
    assertThat(
            Casework.errors(
                cw.withTag(
                    SUPERVISOR, e + "/triage", etag, "{\"units\":[\"no spaces\"],\"lead\":\"\"}")))
        .contains("units[0]")
        .contains("lead");
    assertThat(Casework.errors(cw.withTag(SUPERVISOR, e + "/steps", etag, "{\"step\":\"DANCE\"}")))
        .contains("step")
        .contains("DANCE");
    assertThat(
            Casework.errors(
                cw.withTag(
                    SUPERVISOR, e + "/steps", etag, "{\"step\":\"CLOSE\",\"outcome\":\"MAYBE\"}")))
        .contains("outcome");
    assertThat(Casework.errors(api.post(CLERK, "/api/v1/events", "{\"matter\":42}")))
        .contains("matter");
    // an event is only a matter of an event category
    String dispute = cw.accepted(CLERK, "dispute.neighbour", "紫金街道24号");
    assertThat(api.post(CLERK, "/api/v1/events", "{\"matter\":\"" + dispute + "\"}").getStatus())
        .isIn(400, 409);
    assertThat(Api.json(api.get(SUPERVISOR, e)).getString("state")).isEqualTo("RECEIVED");
  }

  @Test
  void changes_need_the_current_etag() {
    String e = received("紫金街道25号");
    String body = "{\"units\":[\"zijin-street\"],\"lead\":\"zijin-street\"}";
    assertThat(cw.withTag(SUPERVISOR, e + "/triage", null, body).getStatus()).isEqualTo(428);
    String old = cw.etag(SUPERVISOR, e);
    cw.ok(SUPERVISOR, e, "/triage", body);
    assertThat(cw.withTag(HANDLER, e + "/steps", old, "{\"step\":\"SIGN_FOR\"}").getStatus())
        .isEqualTo(412);
  }

  @Test
  void another_county_another_township_and_other_roles_are_refused() {
    String e = received("紫金街道26号");
    String etag = cw.etag(SUPERVISOR, e);
    assertThat(api.get(QINGTIAN_SUPERVISOR, e).getStatus()).isEqualTo(403);
    assertThat(api.get(OTHER_TOWNSHIP_HANDLER, e).getStatus()).isEqualTo(403);
    assertThat(
            cw.withTag(QINGTIAN_SUPERVISOR, e + "/triage", etag, "{\"cityLevel\":true}")
                .getStatus())
        .isEqualTo(403);
    String number = e.substring("/api/v1/events/".length());
    String other = cw.accepted(CLERK, "event.public_demand", "紫金街道27号");
    assertThat(
            api.post(QINGTIAN_SUPERVISOR, "/api/v1/events", "{\"matter\":\"" + other + "\"}")
                .getStatus())
        .isEqualTo(403);
    assertThat(number).startsWith("331102-");

    assertThat(api.get(MEDIATOR, e).getStatus()).isEqualTo(403);
    assertThat(cw.withTag(HANDLER, e + "/triage", etag, "{\"cityLevel\":true}").getStatus())
        .isEqualTo(403);
  }
}
