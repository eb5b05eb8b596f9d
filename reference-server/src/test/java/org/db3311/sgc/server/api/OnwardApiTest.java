package org.db3311.sgc.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.helidon.microprofile.testing.junit5.AddConfig;
import io.helidon.microprofile.testing.junit5.HelidonTest;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.client.WebTarget;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.ZoneId;
import org.db3311.sgc.server.security.Roles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@HelidonTest
@AddConfig(key = "sgc.data-dir", value = "target/test-data/onward-api")
@AddConfig(key = "sgc.counties", value = "331102,331121")
@DisplayName("REST API: the onward roads over HTTP, scoped by division (embedded H2)")
class OnwardApiTest {

  static final String CLERK = Api.token("331102", Roles.CLERK);
  static final String MEDIATOR = Api.token("331102", Roles.MEDIATOR);
  static final String HANDLER = Api.token("331102", Roles.HANDLER);
  static final String QINGTIAN_MEDIATOR = Api.token("331121", Roles.MEDIATOR);
  static final String ANALYST = Api.token("331102", Roles.ANALYST);

  @Inject WebTarget target;
  Api api;
  Casework cw;

  @BeforeEach
  void client() {
    api = new Api(target);
    cw = new Casework(api);
  }

  static String today() {
    return LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
  }

  /** A labour dispute found unsuitable for mediation; the mediation case's id. */
  String unsuitable(String address) {
    String number = cw.accepted(CLERK, "dispute.labour", address);
    Response opened = api.post(MEDIATOR, "/api/v1/mediations", "{\"matter\":\"" + number + "\"}");
    assertThat(opened.getStatus()).isEqualTo(201);
    String m = "/api/v1/mediations/" + number + "/M1";
    JsonObject u = cw.ok(MEDIATOR, m, "/suitability", "{\"suitable\":false,\"reasons\":\"需仲裁\"}");
    assertThat(u.getString("state")).isEqualTo("UNSUITABLE");
    return number + "/M1";
  }

  static String referral(String mediation, String road) {
    return """
        {"mediation":"%s","road":"%s","body":"liandu-labour-arbitration",
         "bodyName":"莲都区劳动人事争议仲裁院","reason":"用人单位拒绝调解"}
        """
        .formatted(mediation, road);
  }

  /** Refers {@code mediation} onward with the mediation case's ETag; the referral's path. */
  String referred(String mediation, String road) {
    String etag = cw.etag(MEDIATOR, "/api/v1/mediations/" + mediation);
    Response r = cw.withTag(MEDIATOR, "/api/v1/onward", etag, referral(mediation, road));
    String body = r.readEntity(String.class);
    assertThat(r.getStatus()).as(body).isEqualTo(201);
    return r.getLocation().getPath();
  }

  @Test
  void a_dispute_goes_to_arbitration_and_the_report_back_closes_it() {
    String mediation = unsuitable("紫金街道50号");
    String matter = mediation.substring(0, mediation.length() - "/M1".length());
    String o = referred(mediation, "LABOUR_ARBITRATION");
    assertThat(o).isEqualTo("/api/v1/onward/" + matter + "/O1");
    JsonObject referral = Api.json(api.get(MEDIATOR, o));
    assertThat(referral.getString("state")).isEqualTo("REFERRED");
    assertThat(referral.getString("roadName")).isEqualTo("劳动人事争议仲裁");
    assertThat(referral.getJsonArray("clocks")).isNotEmpty();
    assertThat(
            Api.json(api.get(MEDIATOR, "/api/v1/mediations/" + mediation))
                .getJsonObject("onward")
                .getString("referral"))
        .isEqualTo(matter + "/O1");

    JsonObject received =
        cw.ok(
            HANDLER,
            o,
            "/steps",
            "{\"step\":\"RECEIVED\",\"on\":\"" + today() + "\",\"bodyReference\":\"莲劳仲案字1号\"}");
    assertThat(received.getString("state")).isEqualTo("RECEIVED");
    assertThat(received.getString("bodyReference")).isEqualTo("莲劳仲案字1号");
    JsonObject decided =
        cw.ok(
            HANDLER,
            o,
            "/steps",
            "{\"step\":\"DECIDED\",\"on\":\"" + today() + "\",\"decision\":\"裁决支付工资\"}");
    assertThat(decided.getString("state")).isEqualTo("DECIDED");
    JsonObject reported =
        cw.ok(
            HANDLER,
            o,
            "/report",
            "{\"reportId\":\"R-1\",\"on\":\""
                + today()
                + "\",\"conclusion\":\"已裁决\",\"settled\":true}");
    assertThat(reported.getString("state")).isEqualTo("REPORTED_BACK");
    assertThat(Api.json(api.get(CLERK, "/api/v1/matters/" + matter)).getString("state"))
        .isEqualTo("CLOSED");
  }

  @Test
  void a_body_not_accepting_lets_the_dispute_go_onward_again() {
    String mediation = unsuitable("紫金街道51号");
    String o = referred(mediation, "PETITION");
    JsonObject refused =
        cw.ok(
            HANDLER,
            o,
            "/steps",
            "{\"step\":\"NOT_ACCEPTED\",\"on\":\"" + today() + "\",\"reason\":\"不属信访受理范围\"}");
    assertThat(refused.getString("state")).isEqualTo("NOT_ACCEPTED");
    String again = referred(mediation, "LEGAL_AID");
    assertThat(again).endsWith("/O2");
    assertThat(Api.json(api.get(MEDIATOR, again)).getString("road")).isEqualTo("LEGAL_AID");
  }

  @Test
  void bad_input_is_answered_with_every_field_named() {
    String mediation = unsuitable("紫金街道52号");
    String etag = cw.etag(MEDIATOR, "/api/v1/mediations/" + mediation);
    assertThat(cw.withTag(MEDIATOR, "/api/v1/onward", etag, "{\"road\":").getStatus())
        .isEqualTo(400);
    assertThat(
            Casework.errors(
                cw.withTag(
                    MEDIATOR,
                    "/api/v1/onward",
                    etag,
                    "{\"mediation\":\"M1\",\"road\":\"CARRIER_PIGEON\",\"body\":\"a b\"}")))
        .contains("mediation")
        .contains("road")
        .contains("CARRIER_PIGEON")
        .contains("body")
        .contains("bodyName")
        .contains("reason");
    assertThat(
            Casework.errors(
                cw.withTag(MEDIATOR, "/api/v1/onward", etag, "{\"mediation\":7,\"road\":true}")))
        .contains("mediation")
        .contains("road");
    String o = referred(mediation, "LABOUR_ARBITRATION");
    String tag = cw.etag(HANDLER, o);
    assertThat(
            Casework.errors(
                cw.withTag(HANDLER, o + "/steps", tag, "{\"step\":\"FLY\",\"on\":\"someday\"}")))
        .contains("step")
        .contains("on");
    assertThat(
            Casework.errors(
                cw.withTag(
                    HANDLER,
                    o + "/steps",
                    tag,
                    "{\"step\":\"EXTENDED\",\"on\":\""
                        + today()
                        + "\",\"added\":{\"length\":5,\"unit\":\"FORTNIGHTS\"}}")))
        .contains("added.unit")
        .contains("approver")
        .contains("reason");
    assertThat(Casework.errors(cw.withTag(HANDLER, o + "/report", tag, "{\"settled\":\"yes\"}")))
        .contains("settled");
    assertThat(Casework.errors(cw.withTag(HANDLER, o + "/report", tag, "{}")))
        .contains("reportId")
        .contains("on")
        .contains("conclusion");
    assertThat(api.get(HANDLER, o.replace("/O1", "/O9")).getStatus()).isEqualTo(404);
    assertThat(Api.json(api.get(HANDLER, o)).getString("state")).isEqualTo("REFERRED");
  }

  @Test
  void changes_need_the_current_etag() {
    String mediation = unsuitable("紫金街道53号");
    Response noTag =
        api.as(MEDIATOR, "/api/v1/onward")
            .post(Entity.json(referral(mediation, "LABOUR_ARBITRATION")));
    assertThat(noTag.getStatus()).isEqualTo(428);
    String o = referred(mediation, "LABOUR_ARBITRATION");
    String step = "{\"step\":\"RECEIVED\",\"on\":\"" + today() + "\",\"bodyReference\":\"x1\"}";
    assertThat(cw.withTag(HANDLER, o + "/steps", null, step).getStatus()).isEqualTo(428);
    String old = cw.etag(HANDLER, o);
    cw.ok(HANDLER, o, "/steps", step);
    assertThat(
            cw.withTag(
                    HANDLER,
                    o + "/steps",
                    old,
                    "{\"step\":\"DECIDED\",\"on\":\"" + today() + "\",\"decision\":\"x\"}")
                .getStatus())
        .isEqualTo(412);
  }

  @Test
  void another_county_and_other_roles_are_refused() {
    String mediation = unsuitable("紫金街道54号");
    String etag = cw.etag(MEDIATOR, "/api/v1/mediations/" + mediation);
    assertThat(
            cw.withTag(
                    QINGTIAN_MEDIATOR,
                    "/api/v1/onward",
                    etag,
                    referral(mediation, "LABOUR_ARBITRATION"))
                .getStatus())
        .isEqualTo(403);
    assertThat(
            cw.withTag(HANDLER, "/api/v1/onward", etag, referral(mediation, "LABOUR_ARBITRATION"))
                .getStatus())
        .isEqualTo(403);
    String o = referred(mediation, "LABOUR_ARBITRATION");
    String tag = cw.etag(HANDLER, o);
    assertThat(api.get(QINGTIAN_MEDIATOR, o).getStatus()).isEqualTo(403);
    assertThat(
            cw.withTag(
                    QINGTIAN_MEDIATOR,
                    o + "/steps",
                    tag,
                    "{\"step\":\"RECEIVED\",\"on\":\"" + today() + "\",\"bodyReference\":\"x\"}")
                .getStatus())
        .isEqualTo(403);
    assertThat(api.get(ANALYST, o).getStatus()).isEqualTo(403);
    assertThat(
            cw.withTag(
                    CLERK,
                    o + "/report",
                    tag,
                    "{\"reportId\":\"R\",\"on\":\""
                        + today()
                        + "\",\"conclusion\":\"c\",\"settled\":true}")
                .getStatus())
        .isEqualTo(403);
  }
}
