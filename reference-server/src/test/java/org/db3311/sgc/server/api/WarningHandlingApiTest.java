package org.db3311.sgc.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.helidon.microprofile.testing.junit5.AddConfig;
import io.helidon.microprofile.testing.junit5.HelidonTest;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.client.WebTarget;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.db3311.sgc.server.security.Roles;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@HelidonTest
@AddConfig(key = "sgc.data-dir", value = "target/test-data/warning-handling-api")
@AddConfig(key = "sgc.counties", value = "331102,331121")
@DisplayName("REST API: warnings raised from registered matters, handled against If-Match (6.5.2)")
class WarningHandlingApiTest {

  static final String CLERK = Api.token("331102", Roles.CLERK);
  static final String ANALYST = Api.token("331102", Roles.ANALYST);
  static final String LEADER = Api.token("331102", Roles.LEADER);
  static final String HANDLER = Api.token("331102", Roles.HANDLER);
  static final String WARNINGS = "/api/v1/warnings";

  @Inject WebTarget target;

  /** A registration of {@code category} brought by the person of {@code idNumber}. */
  static String registration(String category, String idNumber, String address) {
    return Api.registration("331102001", address, idNumber)
        .replace("\"dispute.neighbour\"", "\"" + category + "\"");
  }

  void registered(Api api, String category, String idNumber, String address) {
    Response r = api.post(CLERK, "/api/v1/matters", registration(category, idNumber, address));
    assertThat(r.getStatus()).as(r.readEntity(String.class)).isEqualTo(201);
  }

  static JsonObject about(List<JsonObject> warnings, String kind, String text) {
    return warnings.stream()
        .filter(w -> w.getString("subjectKind").equals(kind))
        .filter(w -> w.toString().contains(text))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + kind + " warning with " + text));
  }

  @Test
  void warnings_are_raised_by_a_scan_then_published_acknowledged_closed_or_dismissed() {
    Api api = new Api(target);
    Casework cw = new Casework(api);
    // two people petition three times each (repeat petitions, blue), one stability event (orange)
    for (int i = 0; i < 3; i++) {
      registered(api, "event.petition", "110105198001010016", "紫金街道" + i + "号");
      registered(api, "event.petition", "331102199003150028", "紫金街道" + (10 + i) + "号");
    }
    registered(api, "event.stability", "11010519491231002X", "紫金街道广场");

    Response scan = api.post(ANALYST, WARNINGS + "/scans", "");
    assertThat(scan.getStatus()).isEqualTo(200);
    List<JsonObject> changed =
        Api.json(scan).getJsonArray("changed").stream().map(JsonValue::asJsonObject).toList();
    List<JsonObject> persons =
        changed.stream()
            .filter(w -> w.getString("subjectKind").equals("PERSON"))
            .filter(w -> w.toString().contains("repeat-petition"))
            .toList();
    assertThat(persons).as(changed.toString()).hasSize(2);
    assertThat(persons).allSatisfy(w -> assertThat(w.getString("state")).isEqualTo("RAISED"));
    JsonObject stability = about(changed, "MATTER", "STABILITY_EVENT");
    assertThat(stability.getString("level")).isEqualTo("ORANGE");
    assertThat(stability.getString("state"))
        .as("orange is published at once")
        .isEqualTo("PUBLISHED");
    assertThat(stability.getJsonArray("reasons").getJsonObject(0).getString("clause")).isNotBlank();
    // nothing new: a second scan changes nothing
    assertThat(Api.json(api.post(ANALYST, WARNINGS + "/scans", "")).getJsonArray("changed"))
        .isEmpty();

    JsonObject open = Api.json(api.get(LEADER, WARNINGS));
    assertThat(open.getInt("total")).isEqualTo(changed.size());
    List<Integer> grades =
        open.getJsonArray("items").stream().map(w -> w.asJsonObject().getInt("grade")).toList();
    assertThat(grades).as("highest level first").isSorted();

    // the duty officer publishes one repeat-petition warning against the state read
    String first = WARNINGS + "/" + persons.get(0).getString("id");
    assertThat(cw.withTag(LEADER, first + "/publication", null, null).getStatus()).isEqualTo(428);
    assertThat(cw.withTag(LEADER, first + "/publication", "\"stale\"", null).getStatus())
        .isEqualTo(412);
    JsonObject published = cw.ok(LEADER, first, "/publication", null);
    assertThat(published.getString("state")).isEqualTo("PUBLISHED");
    String owner = published.getString("owner");
    // only the owning unit acknowledges
    assertThat(
            cw.change(HANDLER, first, "/acknowledgement", "{\"unit\":\"county-police\"}")
                .getStatus())
        .isEqualTo(400);
    assertThat(Casework.errors(cw.change(HANDLER, first, "/acknowledgement", "{}")))
        .contains("unit");
    JsonObject acknowledged =
        cw.ok(HANDLER, first, "/acknowledgement", "{\"unit\":\"" + owner + "\"}");
    assertThat(acknowledged.getString("state")).isEqualTo("ACKNOWLEDGED");
    assertThat(Casework.errors(cw.change(HANDLER, first, "/closure", "{\"outcome\":\" \"}")))
        .contains("outcome");
    JsonObject closed = cw.ok(HANDLER, first, "/closure", "{\"outcome\":\"已约谈信访人并化解诉求\"}");
    assertThat(closed.getString("state")).isEqualTo("CLOSED");
    assertThat(closed.getJsonArray("history")).hasSize(4);

    // the other is a false alarm: dismissed with the reason, before publication only
    String second = WARNINGS + "/" + persons.get(1).getString("id");
    JsonObject dismissed = cw.ok(ANALYST, second, "/dismissal", "{\"why\":\"同一诉求重复登记\"}");
    assertThat(dismissed.getString("state")).isEqualTo("DISMISSED");
    String third = WARNINGS + "/" + stability.getString("id");
    assertThat(cw.change(ANALYST, third, "/dismissal", "{\"why\":\"误报\"}").getStatus())
        .isEqualTo(409);

    JsonObject after = Api.json(api.get(LEADER, WARNINGS));
    assertThat(after.getInt("total")).isEqualTo(changed.size() - 2);
    assertThat(after.getJsonArray("items").toString())
        .doesNotContain(persons.get(0).getString("id"), persons.get(1).getString("id"));

    // the orange warning is a major risk: its special report is drafted once (一事一专报)
    Response special =
        api.post(
            ANALYST,
            "/api/v1/risk/special-reports",
            "{\"warning\":\"" + stability.getString("id") + "\"}");
    assertThat(special.getStatus()).isEqualTo(201);
    assertThat(Api.json(special).getJsonObject("dossier").getString("id"))
        .isEqualTo("SR-" + stability.getString("id"));
  }
}
