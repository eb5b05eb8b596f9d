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
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.db3311.sgc.server.security.Roles;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@HelidonTest
@AddConfig(key = "sgc.data-dir", value = "target/test-data/center-records-api")
@AddConfig(key = "sgc.counties", value = "331102,331121")
// a go-live date in the past: every collection since is missing, since tests run no scheduler
@AddConfig(key = "sgc.risk.monitored-from", value = "2026-11-02")
@DisplayName(
    "REST API: training and drills (6.7.1.2), missed risk reports (6.4.1), staff evaluation (9.2.1)")
class CenterRecordsApiTest {

  static final String SUPERVISOR = Api.token("331102", Roles.SUPERVISOR);
  static final String OTHER_COUNTY = Api.token("331121", Roles.SUPERVISOR);

  @Inject WebTarget target;

  private static LocalDate today() {
    return LocalDate.now(ZoneId.of("Asia/Shanghai"));
  }

  private Response post(String token, String path, String key, String body) {
    var b = new Api(target).as(token, path);
    if (key != null) {
      b = b.header("Idempotency-Key", key);
    }
    return b.post(Entity.entity(body, MediaType.APPLICATION_JSON));
  }

  @Test
  void exercises_are_recorded_once_and_their_gaps_found() {
    Api api = new Api(target);
    String held = today().minusDays(3).toString();
    String body =
        "{\"kind\":\"TRAINING\",\"date\":\""
            + held
            + "\",\"topic\":\"防疫工作培训\",\"participants\":25,\"evidence\":\"签到表\"}";
    Response created = post(SUPERVISOR, "/api/v1/epidemic/exercises", "ex-1", body);
    assertThat(created.getStatus()).isEqualTo(201);
    assertThat(Api.json(created).getString("kind")).isEqualTo("TRAINING");
    Response replay = post(SUPERVISOR, "/api/v1/epidemic/exercises", "ex-1", body);
    assertThat(replay.getStatus()).isEqualTo(201);
    assertThat(replay.getHeaderString("Idempotency-Replayed")).isEqualTo("true");

    String span = "?from=" + today().minusDays(200) + "&to=" + today();
    JsonObject list = Api.json(api.get(SUPERVISOR, "/api/v1/epidemic/exercises" + span));
    assertThat(list.getJsonArray("items")).hasSize(1);
    assertThat(list.getJsonArray("items").getJsonObject(0).getString("date")).isEqualTo(held);

    // a training lately, but no drill in 200 days: the drill gap is found, not the training's
    JsonObject regularity =
        Api.json(api.get(SUPERVISOR, "/api/v1/epidemic/exercises/regularity" + span));
    assertThat(regularity.getBoolean("regular")).isFalse();
    assertThat(
            regularity.getJsonArray("findings").stream()
                .map(v -> v.asJsonObject().getString("kind"))
                .toList())
        .contains("DRILL");

    // another county sees none of it
    JsonObject other =
        Api.json(
            api.get(Api.token("331121", Roles.SUPERVISOR), "/api/v1/epidemic/exercises" + span));
    assertThat(other.getJsonArray("items")).isEmpty();
  }

  @Test
  void bad_exercises_and_spans_are_refused_with_every_field_named() {
    Api api = new Api(target);
    Response bad =
        post(
            SUPERVISOR,
            "/api/v1/epidemic/exercises",
            null,
            "{\"kind\":\"PARADE\",\"date\":\"yesterday\",\"participants\":0}");
    assertThat(bad.getStatus()).isEqualTo(400);
    assertThat(Api.json(bad).getJsonArray("errors").toString())
        .contains("kind", "date", "topic", "participants", "evidence");
    Response future =
        post(
            SUPERVISOR,
            "/api/v1/epidemic/exercises",
            null,
            "{\"kind\":\"DRILL\",\"date\":\""
                + today().plusDays(2)
                + "\",\"topic\":\"演练\",\"participants\":3,\"evidence\":\"照片\"}");
    assertThat(future.getStatus()).isEqualTo(400);
    assertThat(
            api.get(SUPERVISOR, "/api/v1/epidemic/exercises?from=2026-12-31&to=2026-01-01")
                .getStatus())
        .isEqualTo(400);
    assertThat(api.get(SUPERVISOR, "/api/v1/epidemic/exercises").getStatus()).isEqualTo(400);
    assertThat(
            api.get(
                    OTHER_COUNTY,
                    "/api/v1/epidemic/exercises?county=331102&from=2026-01-01&to=2026-12-31")
                .getStatus())
        .isEqualTo(403);
    assertThat(
            post(Api.token("331102", Roles.CLERK), "/api/v1/epidemic/exercises", null, "{}")
                .getStatus())
        .isEqualTo(403);
  }

  @Test
  void missed_reports_are_notified_once() {
    Api api = new Api(target);
    Response swept = post(SUPERVISOR, "/api/v1/risk/missed-reports/sweep", null, "");
    assertThat(swept.getStatus()).isEqualTo(200);
    JsonObject first = Api.json(swept);
    assertThat(first.getJsonArray("failed")).isEmpty();
    List<String> notified =
        first.getJsonArray("notified").stream()
            .map(
                v ->
                    v.asJsonObject().getString("kind") + ":" + v.asJsonObject().getString("period"))
            .toList();
    assertThat(notified).isNotEmpty();
    assertThat(notified)
        .allMatch(
            k ->
                k.startsWith("DAILY_COLLECTION:")
                    || k.startsWith("WEEKLY:")
                    || k.startsWith("MONTHLY:"));

    JsonObject again = Api.json(post(SUPERVISOR, "/api/v1/risk/missed-reports/sweep", null, ""));
    assertThat(again.getJsonArray("notified")).isEmpty();
    JsonObject list = Api.json(api.get(SUPERVISOR, "/api/v1/risk/missed-reports"));
    assertThat(list.getJsonArray("items")).hasSize(notified.size());

    assertThat(api.get(OTHER_COUNTY, "/api/v1/risk/missed-reports?county=331102").getStatus())
        .isEqualTo(403);
    assertThat(
            post(Api.token("331102", Roles.ANALYST), "/api/v1/risk/missed-reports/sweep", null, "")
                .getStatus())
        .isEqualTo(403);
  }

  @Test
  void staff_records_are_evaluated_over_a_span() {
    Api api = new Api(target);
    String day = today().minusDays(1).toString();
    String who = "\"staffId\":\"clerk-7\",\"staffName\":\"王五\",\"day\":\"" + day + "\"";
    assertThat(
            post(
                    SUPERVISOR,
                    "/api/v1/evaluation/staff/attendance",
                    "att-1",
                    "{" + who + ",\"status\":\"LATE\"}")
                .getStatus())
        .isEqualTo(201);
    assertThat(
            post(
                    SUPERVISOR,
                    "/api/v1/evaluation/staff/quality",
                    null,
                    "{" + who + ",\"source\":\"PUBLIC_RATING\",\"score\":4,\"reference\":\"评价器\"}")
                .getStatus())
        .isEqualTo(201);
    assertThat(
            post(
                    SUPERVISOR,
                    "/api/v1/evaluation/staff/conduct",
                    null,
                    "{"
                        + who
                        + ",\"rule\":\"UNIFORM_AND_BADGE\",\"compliant\":false,\"evidence\":\"巡查记录\"}")
                .getStatus())
        .isEqualTo(201);

    JsonObject eval =
        Api.json(api.get(SUPERVISOR, "/api/v1/evaluation/staff?from=" + day + "&to=" + day));
    assertThat(eval.getJsonArray("staff")).hasSize(1);
    JsonObject line = eval.getJsonArray("staff").getJsonObject(0);
    assertThat(line.getString("staffId")).isEqualTo("clerk-7");
    assertThat(line.getJsonObject("attendance").getInt("numerator")).isEqualTo(1);
    assertThat(line.getJsonObject("punctuality").getInt("numerator")).isZero();
    assertThat(line.getInt("ratings")).isEqualTo(1);
    assertThat(line.getJsonObject("compliance").getInt("denominator")).isEqualTo(1);
    assertThat(line.getJsonArray("breaches")).hasSize(1);
    // the day after holds nothing
    String next = today().toString();
    assertThat(
            Api.json(api.get(SUPERVISOR, "/api/v1/evaluation/staff?from=" + next + "&to=" + next))
                .getJsonArray("staff"))
        .isEmpty();
  }

  @Test
  void bad_staff_records_are_refused() {
    Api api = new Api(target);
    Response bad =
        post(
            SUPERVISOR,
            "/api/v1/evaluation/staff/quality",
            null,
            "{\"staffId\":\"\",\"day\":\"2026-13-01\",\"source\":\"GOSSIP\",\"score\":9}");
    assertThat(bad.getStatus()).isEqualTo(400);
    assertThat(Api.json(bad).getJsonArray("errors").toString())
        .contains("staffId", "staffName", "day", "source", "score", "reference");
    assertThat(post(SUPERVISOR, "/api/v1/evaluation/staff/salary", null, "{}").getStatus())
        .isEqualTo(404);
    assertThat(
            post(SUPERVISOR, "/api/v1/evaluation/staff/attendance", null, "{not json").getStatus())
        .isEqualTo(400);
    assertThat(
            api.get(
                    OTHER_COUNTY,
                    "/api/v1/evaluation/staff?county=331102&from=2026-01-01&to=2026-01-02")
                .getStatus())
        .isEqualTo(403);
    assertThat(
            post(
                    Api.token("331102", Roles.ANALYST),
                    "/api/v1/evaluation/staff/attendance",
                    null,
                    "{}")
                .getStatus())
        .isEqualTo(403);
  }
}
