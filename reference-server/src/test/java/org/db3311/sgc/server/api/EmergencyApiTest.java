package org.db3311.sgc.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.helidon.microprofile.testing.junit5.AddConfig;
import io.helidon.microprofile.testing.junit5.HelidonTest;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.client.WebTarget;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.db3311.sgc.server.security.Roles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@HelidonTest
@AddConfig(key = "sgc.data-dir", value = "target/test-data/emergency-api")
@AddConfig(key = "sgc.counties", value = "331102,331121")
@DisplayName(
    "REST API: emergency incidents (6.6), county-wide, graded and led against the state read")
class EmergencyApiTest {

  static final String CLERK = Api.token("331102", Roles.CLERK);
  static final String LEADER = Api.token("331102", Roles.LEADER);
  static final String HANDLER = Api.token("331102", Roles.HANDLER);
  static final String ANALYST = Api.token("331102", Roles.ANALYST);
  static final String QINGTIAN_LEADER = Api.token("331121", Roles.LEADER);
  static final String TOWNSHIP_LEADER = Api.token("331102001", Roles.LEADER);

  static final String INCIDENTS = "/api/v1/emergency/incidents";

  @Inject WebTarget target;
  Api api;
  Casework cw;

  @BeforeEach
  void client() {
    api = new Api(target);
    cw = new Casework(api);
  }

  /** Records a warehouse fire reported by phone; the incident's path. */
  String discovered(String reference) {
    Response r =
        api.post(
            CLERK,
            INCIDENTS,
            "{\"channel\":\"OFFLINE_REPORT\",\"reference\":\""
                + reference
                + "\",\"summary\":\"仓库起火\"}");
    String body = r.readEntity(String.class);
    assertThat(r.getStatus()).as(body).isEqualTo(201);
    assertThat(r.getHeaderString("ETag")).isNotBlank();
    assertThat(r.getLocation().getPath()).startsWith(INCIDENTS + "/EM-");
    assertThat(r.getLocation().getQuery()).isEqualTo("county=331102");
    return r.getLocation().getPath();
  }

  @Test
  void an_incident_is_discovered_graded_with_a_rationale_and_led_by_a_task_force() {
    String i = discovered("TEL-0701-3");
    JsonObject read = Api.json(api.get(HANDLER, i));
    assertThat(read.getString("state")).isEqualTo("DISCOVERED");
    assertThat(read.getJsonObject("discovery").getString("channel")).isEqualTo("OFFLINE_REPORT");
    assertThat(read.getString("county")).isEqualTo("331102");

    JsonObject suggestion =
        Api.json(
            api.post(
                ANALYST,
                "/api/v1/emergency/grade-suggestion",
                "{\"deaths\":0,\"injured\":1,\"affected\":20,\"spreading\":false}"));
    assertThat(suggestion.getString("grade")).isEqualTo("IV");
    assertThat(suggestion.getBoolean("major")).isFalse();

    String grading =
        "{\"deaths\":0,\"injured\":1,\"affected\":20,\"spreading\":false,\"grade\":\"II\"}";
    assertThat(cw.withTag(LEADER, i + "/grading", null, grading).getStatus()).isEqualTo(428);
    assertThat(cw.withTag(LEADER, i + "/grading", "\"stale\"", grading).getStatus()).isEqualTo(412);
    // a grade above the suggestion without a reason is refused with the reason, nothing changed
    Response refused = cw.change(LEADER, i, "/grading", grading);
    assertThat(refused.getStatus()).isEqualTo(409);
    assertThat(Api.json(refused).getJsonArray("errors").toString()).contains("differs", "IV");
    assertThat(Api.json(api.get(LEADER, i)).getString("state")).isEqualTo("DISCOVERED");

    JsonObject graded =
        cw.ok(
            LEADER,
            i,
            "/grading",
            "{\"deaths\":0,\"injured\":1,\"affected\":20,\"spreading\":false,\"grade\":\"II\","
                + "\"rationale\":\"危化品仓库，可能扩散\"}");
    assertThat(graded.getString("state")).isEqualTo("GRADED");
    assertThat(graded.getString("grade")).isEqualTo("II");
    assertThat(graded.getBoolean("major")).isTrue();
    assertThat(graded.getJsonArray("gradings").getJsonObject(0).getString("suggested"))
        .isEqualTo("IV");

    JsonObject led =
        cw.ok(
            LEADER,
            i,
            "/lead",
            "{\"kind\":\"TASK_FORCE\",\"name\":\"危化品处置专班\",\"head\":{\"id\":\"l-2\","
                + "\"name\":\"副县长 钱\"},\"members\":[{\"id\":\"s-9\",\"name\":\"值班长 周\"}]}");
    assertThat(led.getJsonObject("leadership").getString("kind")).isEqualTo("TASK_FORCE");
    assertThat(led.getJsonObject("leadership").getString("head")).isEqualTo("副县长 钱");
    assertThat(led.getJsonArray("history")).hasSize(3);

    // the headquarters this deployment links with holds no plan of that id
    assertThat(cw.change(LEADER, i, "/plan", "{\"planId\":\"P-NONE\"}").getStatus()).isEqualTo(404);
    // orders, progress and closure wait for an activated plan (the workflow says so: 409)
    assertThat(
            cw.change(
                    LEADER,
                    i,
                    "/orders",
                    "{\"orderId\":\"O1\",\"department\":\"county.fire\",\"instruction\":\"灭火\","
                        + "\"onSite\":true}")
                .getStatus())
        .isEqualTo(409);
    assertThat(
            cw.change(HANDLER, i, "/progress", "{\"from\":\"county.fire\",\"text\":\"明火已控制\"}")
                .getStatus())
        .isEqualTo(409);
    assertThat(cw.change(LEADER, i, "/closure", "{\"summary\":\"扑灭\"}").getStatus()).isEqualTo(409);
    assertThat(cw.change(LEADER, i, "/review", "{\"findings\":\"及时\"}").getStatus()).isEqualTo(409);
    // an order the incident does not have is not found
    assertThat(cw.change(HANDLER, i, "/orders/O9/arrival", null).getStatus()).isEqualTo(404);
    assertThat(
            cw.change(HANDLER, i, "/orders/O9/completion", "{\"completion\":\"完成\"}").getStatus())
        .isEqualTo(404);
  }

  @Test
  void incidents_are_listed_a_page_at_a_time_and_filtered_by_state() {
    String first = discovered("WEB-1");
    String second = discovered("WEB-2");
    JsonObject page = Api.json(api.get(ANALYST, INCIDENTS + "?size=1&page=0&state=DISCOVERED"));
    assertThat(page.getJsonArray("items")).hasSize(1);
    assertThat(page.getInt("total")).isGreaterThanOrEqualTo(2);
    assertThat(page.getInt("size")).isEqualTo(1);
    assertThat(page.getJsonArray("failed")).isEmpty();
    String all = Api.json(api.get(ANALYST, INCIDENTS + "?size=100")).toString();
    assertThat(all)
        .contains(first.substring(INCIDENTS.length() + 1))
        .contains(second.substring(INCIDENTS.length() + 1));
    assertThat(Api.json(api.get(ANALYST, INCIDENTS + "?state=CLOSED")).getInt("total")).isZero();
    assertThat(Casework.errors(api.get(ANALYST, INCIDENTS + "?page=-1&size=500&state=OPEN")))
        .contains("page", "size", "state");
    JsonObject overdue = Api.json(api.get(LEADER, INCIDENTS + "/progress-overdue"));
    assertThat(overdue.getJsonArray("items")).isEmpty();
    // incidents are the county's own
    assertThat(Api.json(api.get(QINGTIAN_LEADER, INCIDENTS)).getInt("total")).isZero();
  }

  @Test
  void discovering_honours_idempotency_key() {
    String key = UUID.randomUUID().toString();
    String body = "{\"channel\":\"SYSTEM_WARNING\",\"reference\":\"W-7\",\"summary\":\"水位超警\"}";
    Response first =
        api.as(CLERK, INCIDENTS).header("Idempotency-Key", key).post(Entity.json(body));
    Response again =
        api.as(CLERK, INCIDENTS).header("Idempotency-Key", key).post(Entity.json(body));
    assertThat(first.getStatus()).isEqualTo(201);
    assertThat(again.getStatus()).isEqualTo(201);
    assertThat(again.getHeaderString("Idempotency-Replayed")).isEqualTo("true");
    assertThat(again.getLocation()).isEqualTo(first.getLocation());
    Response other =
        api.as(CLERK, INCIDENTS)
            .header("Idempotency-Key", key)
            .post(Entity.json(body.replace("W-7", "W-8")));
    assertThat(other.getStatus()).isEqualTo(422);
  }

  @Test
  void bad_input_is_answered_with_every_field_named() {
    Response malformed = api.post(CLERK, INCIDENTS, "{not json");
    assertThat(malformed.getStatus()).isEqualTo(400);
    assertThat(malformed.getMediaType().toString()).startsWith("application/problem+json");
    assertThat(Casework.errors(api.post(CLERK, INCIDENTS, "{\"channel\":1,\"reference\":true}")))
        .contains("channel", "reference");
    assertThat(
            Casework.errors(
                api.post(
                    CLERK,
                    INCIDENTS,
                    "{\"channel\":\"PIGEON\",\"reference\":\"x\",\"summary\":\" \"}")))
        .contains("channel", "summary");
    assertThat(Casework.errors(api.post(CLERK, INCIDENTS, "{}")))
        .contains("channel", "reference", "summary");
    assertThat(
            Casework.errors(
                api.post(
                    ANALYST,
                    "/api/v1/emergency/grade-suggestion",
                    "{\"deaths\":-1,\"injured\":3}")))
        .contains("deaths", "affected");
    assertThat(
            Casework.errors(
                api.post(ANALYST, "/api/v1/emergency/grade-suggestion", "{\"injured\":\"many\"}")))
        .contains("injured");

    String i = discovered("TEL-BAD");
    assertThat(
            Casework.errors(
                cw.change(LEADER, i, "/grading", "{\"deaths\":0,\"injured\":0,\"grade\":\"V\"}")))
        .contains("affected", "grade");
    assertThat(
            Casework.errors(
                cw.change(LEADER, i, "/lead", "{\"kind\":\"LEAD_LEADER\",\"post\":\"\"}")))
        .contains("head", "post");
    assertThat(Casework.errors(cw.change(LEADER, i, "/lead", "{\"kind\":\"COMMITTEE\"}")))
        .contains("kind");
  }

  @Test
  void unknown_incidents_other_counties_and_other_roles_are_refused() {
    assertThat(api.get(LEADER, INCIDENTS + "/EM-1999-9999").getStatus()).isEqualTo(404);
    assertThat(cw.withTag(LEADER, INCIDENTS + "/EM-1999-9999/grading", "*", "{}").getStatus())
        .isEqualTo(404);
    String i = discovered("TEL-SCOPE");
    // Qingtian's leader sees neither Liandu's incidents nor, under Qingtian, this one
    assertThat(api.get(QINGTIAN_LEADER, INCIDENTS + "?county=331102").getStatus()).isEqualTo(403);
    assertThat(api.get(QINGTIAN_LEADER, i + "?county=331102").getStatus()).isEqualTo(403);
    assertThat(api.get(QINGTIAN_LEADER, i).getStatus()).isEqualTo(404);
    // a township's staff do not command the county's incidents
    assertThat(api.get(TOWNSHIP_LEADER, INCIDENTS + "?county=331102").getStatus()).isEqualTo(403);
    // only leaders grade; analysts read but do not record incidents
    assertThat(
            cw.change(
                    CLERK,
                    i,
                    "/grading",
                    "{\"deaths\":0,\"injured\":0,\"affected\":0,\"grade\":\"IV\"}")
                .getStatus())
        .isEqualTo(403);
    assertThat(
            api.post(
                    ANALYST,
                    INCIDENTS,
                    "{\"channel\":\"ONLINE_REPORT\",\"reference\":\"x\",\"summary\":\"y\"}")
                .getStatus())
        .isEqualTo(403);
    assertThat(api.get(ANALYST, i).getStatus()).isEqualTo(200);
    assertThat(api.get(null, i).getStatus()).isEqualTo(401);
  }
}
