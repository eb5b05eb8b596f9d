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
import java.net.URI;
import java.time.YearMonth;
import java.time.ZoneId;
import org.db3311.sgc.server.security.Roles;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@HelidonTest
@AddConfig(key = "sgc.data-dir", value = "target/test-data/evaluation-api")
@AddConfig(key = "sgc.counties", value = "331102,331121")
@DisplayName("REST API: evaluation figures (9.2.2, R8): sheets, publication, recomputation")
class EvaluationApiTest {

  static final String ANALYST = Api.token("331102", Roles.ANALYST);
  static final String LEADER = Api.token("331102", Roles.LEADER);
  static final String FIGURES = "/api/v1/evaluation/figures";

  @Inject WebTarget target;

  private Api api() {
    return new Api(target);
  }

  @Test
  void the_sheet_of_a_period_and_in_real_time_names_each_metric_and_its_version() {
    Response r = api().get(LEADER, "/api/v1/evaluation/sheet?period=2026-11");
    String body = r.readEntity(String.class);
    assertThat(r.getStatus()).as(body).isEqualTo(200);
    JsonObject sheet = jakarta.json.Json.createReader(new java.io.StringReader(body)).readObject();
    assertThat(sheet.getString("county")).isEqualTo("331102");
    assertThat(sheet.getBoolean("realTime")).isFalse();
    assertThat(sheet.getJsonObject("period").getString("label")).isEqualTo("2026-11");
    // November in Beijing time starts at 16:00 UTC the day before
    assertThat(sheet.getJsonObject("period").getString("start")).isEqualTo("2026-10-31T16:00:00Z");
    assertThat(sheet.getJsonObject("versions").keySet())
        .containsExactlyInAnyOrder(
            "RESPONSE_RATE", "HANDLING_RATE", "ON_TIME_HANDLING_RATE", "SATISFACTION_RATE");
    assertThat(sheet.getJsonArray("overall")).hasSize(4);
    JsonObject handling =
        sheet.getJsonArray("overall").getValuesAs(JsonObject.class).stream()
            .filter(o -> o.getString("kind").equals("HANDLING_RATE"))
            .findFirst()
            .orElseThrow();
    // a rate is its two counts; with nothing to count there is no percent, not 0 %
    assertThat(handling.getJsonNumber("denominator").longValue())
        .isGreaterThanOrEqualTo(handling.getJsonNumber("numerator").longValue());
    if (handling.getJsonNumber("denominator").longValue() == 0) {
      assertThat(handling.get("percent")).isIn(null, jakarta.json.JsonValue.NULL);
    }
    assertThat(sheet.getJsonObject("departments").getInt("page")).isZero();

    // across the year boundary: a year, and days from December into January
    JsonObject year = Api.json(api().get(LEADER, "/api/v1/evaluation/sheet?period=2026"));
    assertThat(year.getJsonObject("period").getString("end")).isEqualTo("2026-12-31T16:00:00Z");
    JsonObject days =
        Api.json(api().get(LEADER, "/api/v1/evaluation/sheet?period=2026-12-28..2027-01-03"));
    assertThat(days.getJsonObject("period").getString("label")).isEqualTo("2026-12-28..2027-01-03");
    assertThat(days.getJsonObject("period").getString("end")).isEqualTo("2027-01-03T16:00:00Z");

    JsonObject now = Api.json(api().get(ANALYST, "/api/v1/evaluation/real-time?size=10"));
    assertThat(now.getBoolean("realTime")).isTrue();
    assertThat(now.getJsonObject("period").getString("label"))
        .isEqualTo(YearMonth.now(ZoneId.of("Asia/Shanghai")).toString());
    assertThat(now.getJsonObject("departments").getInt("size")).isEqualTo(10);
  }

  @Test
  void a_figure_is_published_read_back_listed_and_recomputes_as_published() {
    String body = "{\"kind\":\"HANDLING_RATE\",\"period\":\"2026-11\"}";
    Response created = api().post(ANALYST, FIGURES, body);
    String text = created.readEntity(String.class);
    assertThat(created.getStatus()).as(text).isEqualTo(201);
    JsonObject figure = jakarta.json.Json.createReader(new java.io.StringReader(text)).readObject();
    String id = figure.getString("id");
    assertThat(id).startsWith("HANDLING_RATE/center/2026-11/v1/");
    assertThat(figure.getInt("definitionVersion")).isEqualTo(1);
    assertThat(figure.getString("definitionText")).contains("accepted");
    assertThat(figure.getString("inputDigest")).matches("[0-9a-f]{64}");
    assertThat(figure.get("department")).isIn(null, jakarta.json.JsonValue.NULL);
    URI location = URI.create(created.getHeaderString("Location"));
    assertThat(location.getPath()).isEqualTo(FIGURES + "/" + id);

    Response read = api().get(LEADER, FIGURES + "/" + id);
    assertThat(read.getStatus()).isEqualTo(200);
    assertThat(read.getHeaderString("ETag")).isNotBlank();
    assertThat(Api.json(read)).isEqualTo(figure);

    JsonObject list = Api.json(api().get(LEADER, FIGURES + "?size=200"));
    assertThat(list.getJsonArray("items").getValuesAs(JsonObject.class))
        .extracting(f -> f.getString("id"))
        .contains(id);

    Response again = api().get(LEADER, FIGURES + "/" + id + "/recomputation");
    assertThat(again.getStatus()).isEqualTo(200);
    JsonObject recomputed = Api.json(again);
    assertThat(recomputed.getBoolean("matches")).isTrue();
    assertThat(recomputed.getString("inputDigest")).isEqualTo(figure.getString("inputDigest"));
    assertThat(recomputed.getJsonObject("published").getString("id")).isEqualTo(id);

    // a department's figure names the department
    JsonObject dept =
        Api.json(
            api()
                .post(
                    LEADER,
                    FIGURES,
                    "{\"kind\":\"SATISFACTION_RATE\",\"department\":\"county.hrss\","
                        + "\"period\":\"2026-12-28..2027-01-03\"}"));
    assertThat(dept.getString("department")).isEqualTo("county.hrss");
    // by the version in force on the period's first day, the one the period's sheet names
    int version =
        Api.json(api().get(LEADER, "/api/v1/evaluation/sheet?period=2026-12-28..2027-01-03"))
            .getJsonObject("versions")
            .getInt("SATISFACTION_RATE");
    assertThat(dept.getInt("definitionVersion")).isEqualTo(version);
    assertThat(dept.getString("id"))
        .startsWith("SATISFACTION_RATE/county.hrss/2026-12-28..2027-01-03/v" + version + "/");
    assertThat(
            api().get(LEADER, FIGURES + "/" + dept.getString("id") + "/recomputation").getStatus())
        .isEqualTo(200);
  }

  @Test
  void a_retried_publication_with_the_same_idempotency_key_publishes_once() {
    String body = "{\"kind\":\"RESPONSE_RATE\",\"period\":\"2026-10\"}";
    Response first =
        api()
            .as(ANALYST, FIGURES)
            .header("Idempotency-Key", "fig-retry-1")
            .post(Entity.entity(body, MediaType.APPLICATION_JSON));
    Response again =
        api()
            .as(ANALYST, FIGURES)
            .header("Idempotency-Key", "fig-retry-1")
            .post(Entity.entity(body, MediaType.APPLICATION_JSON));
    assertThat(first.getStatus()).isEqualTo(201);
    assertThat(again.getStatus()).isEqualTo(201);
    assertThat(again.getHeaderString("Idempotency-Replayed")).isEqualTo("true");
    String id = Api.json(first).getString("id");
    assertThat(Api.json(again).getString("id")).isEqualTo(id);
    assertThat(
            Api.json(api().get(ANALYST, FIGURES + "?size=200"))
                .getJsonArray("items")
                .getValuesAs(JsonObject.class)
                .stream()
                .filter(f -> f.getString("id").startsWith("RESPONSE_RATE/center/2026-10/"))
                .count())
        .isEqualTo(1);
    Response other =
        api()
            .as(ANALYST, FIGURES)
            .header("Idempotency-Key", "fig-retry-1")
            .post(
                Entity.entity(
                    "{\"kind\":\"RESPONSE_RATE\",\"period\":\"2026-09\"}",
                    MediaType.APPLICATION_JSON));
    assertThat(other.getStatus()).isEqualTo(422);
  }

  @Test
  void bad_input_unknown_figures_other_counties_and_other_roles_are_refused() {
    assertThat(Casework.errors(api().get(LEADER, "/api/v1/evaluation/sheet"))).contains("period");
    assertThat(Casework.errors(api().get(LEADER, "/api/v1/evaluation/sheet?period=2026-13")))
        .contains("period");
    assertThat(
            Casework.errors(
                api().get(LEADER, "/api/v1/evaluation/sheet?period=2027-01-03..2026-12-28")))
        .contains("period");
    assertThat(
            Casework.errors(
                api().get(LEADER, "/api/v1/evaluation/sheet?period=2026-11&page=-1&size=201")))
        .contains("page", "size");
    assertThat(Casework.errors(api().post(ANALYST, FIGURES, "{\"kind\":"))).isEqualTo("[]");
    assertThat(Casework.errors(api().post(ANALYST, FIGURES, "{\"kind\":1,\"period\":[]}")))
        .contains("kind", "period");
    assertThat(
            Casework.errors(
                api()
                    .post(
                        ANALYST,
                        FIGURES,
                        "{\"kind\":\"HAPPINESS\",\"department\":\"a b\",\"period\":\"soon\"}")))
        .contains("kind", "department", "period");
    assertThat(Casework.errors(api().post(ANALYST, FIGURES, ""))).isNotNull();

    assertThat(api().get(LEADER, FIGURES + "/HANDLING_RATE/center/2026-11/v1/1").getStatus())
        .isEqualTo(404);
    assertThat(
            api()
                .get(LEADER, FIGURES + "/HANDLING_RATE/center/2026-11/v1/1/recomputation")
                .getStatus())
        .isEqualTo(404);

    assertThat(api().get(null, "/api/v1/evaluation/real-time").getStatus()).isEqualTo(401);
    assertThat(
            api()
                .get(
                    Api.token("331121", Roles.LEADER), "/api/v1/evaluation/real-time?county=331102")
                .getStatus())
        .isEqualTo(403);
    assertThat(api().get(Api.token("331102", Roles.CLERK), FIGURES).getStatus()).isEqualTo(403);
    assertThat(
            api()
                .post(
                    Api.token("331102", Roles.SUPERVISOR),
                    FIGURES,
                    "{\"kind\":\"HANDLING_RATE\",\"period\":\"2026-11\"}")
                .getStatus())
        .isEqualTo(403);
    // a township's staff do not evaluate the county's departments
    assertThat(
            api()
                .get(Api.token("331102001", Roles.LEADER), "/api/v1/evaluation/real-time")
                .getStatus())
        .isEqualTo(403);
  }
}
