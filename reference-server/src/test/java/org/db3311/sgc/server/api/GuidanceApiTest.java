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
import java.util.UUID;
import org.db3311.sgc.server.security.Roles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@HelidonTest
@AddConfig(key = "sgc.data-dir", value = "target/test-data/guidance-api")
@AddConfig(key = "sgc.counties", value = "331102,331121")
@DisplayName("REST API: guidance tasks to townships and villages (6.8) over HTTP")
class GuidanceApiTest {

  static final String SUPERVISOR = Api.token("331102", Roles.SUPERVISOR);
  static final String ZIJIN_HANDLER = Api.token("331102001", Roles.HANDLER);
  static final String OTHER_TOWN_HANDLER = Api.token("331102002", Roles.HANDLER);
  static final String QINGTIAN_SUPERVISOR = Api.token("331121", Roles.SUPERVISOR);
  static final String TASKS = "/api/v1/guidance/tasks";

  @Inject WebTarget target;
  Api api;
  Casework cw;

  @BeforeEach
  void client() {
    api = new Api(target);
    cw = new Casework(api);
  }

  static String task(String due) {
    return """
        {"issuer":"CITY","source":"丽市治〔2026〕12号","topic":"GRID_WORK",
         "title":"全科网格事项清单更新","requirements":"更新网格员事项清单并录入平台",
         "due":%s,
         "assignees":[{"code":"331102001","name":"紫金街道"},{"code":"331102001001","name":"某社区"}]}
        """
        .formatted(due);
  }

  JsonObject issued(String body) {
    Response r =
        api.as(SUPERVISOR, TASKS)
            .header("Idempotency-Key", UUID.randomUUID().toString())
            .post(Entity.entity(body, MediaType.APPLICATION_JSON));
    String text = r.readEntity(String.class);
    assertThat(r.getStatus()).as(text).isEqualTo(201);
    assertThat(r.getLocation().toString()).contains(TASKS + "/ZD-");
    assertThat(r.getHeaderString("ETag")).isNotBlank();
    return jakarta.json.Json.createReader(new java.io.StringReader(text)).readObject();
  }

  @Test
  void a_task_goes_from_issue_through_acceptance_and_report_to_verification() {
    JsonObject t = issued(task("{\"workingDays\":10}"));
    String path = TASKS + "/" + t.getString("id");
    assertThat(t.getString("county")).isEqualTo("331102");
    assertThat(t.getString("dueBasis")).contains("10 working days");
    assertThat(LocalDate.parse(t.getString("due")))
        .isAfter(LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(9));
    assertThat(t.getJsonArray("assignments")).hasSize(2);
    assertThat(
            t.getJsonArray("assignments").getJsonObject(1).getJsonObject("unit").getString("level"))
        .isEqualTo("VILLAGE");

    // the township's staff see the task and accept it against the state they read
    Response list = api.get(ZIJIN_HANDLER, TASKS + "?unit=331102001");
    assertThat(list.getStatus()).isEqualTo(200);
    assertThat(Api.json(list).getJsonArray("items").toString()).contains(t.getString("id"));
    String accept = path + "/assignees/331102001/acceptance";
    assertThat(cw.withTag(ZIJIN_HANDLER, accept, null, null).getStatus()).isEqualTo(428);
    assertThat(cw.withTag(ZIJIN_HANDLER, accept, "\"stale\"", null).getStatus()).isEqualTo(412);
    JsonObject accepted = cw.ok(ZIJIN_HANDLER, path, "/assignees/331102001/acceptance", null);
    assertThat(accepted.getJsonArray("assignments").getJsonObject(0).getString("state"))
        .isEqualTo("ACCEPTED");

    cw.ok(ZIJIN_HANDLER, path, "/assignees/331102001/report", "{\"account\":\"清单已更新 120 项\"}");
    // the center returns the report with what is missing; a return without a note is refused
    assertThat(
            Casework.errors(
                cw.change(
                    SUPERVISOR, path, "/assignees/331102001/verification", "{\"passed\":false}")))
        .contains("note");
    JsonObject returned =
        cw.ok(
            SUPERVISOR,
            path,
            "/assignees/331102001/verification",
            "{\"passed\":false,\"note\":\"缺少平台录入截图\"}");
    assertThat(returned.getJsonArray("assignments").getJsonObject(0).getString("state"))
        .isEqualTo("ACCEPTED");
    cw.ok(ZIJIN_HANDLER, path, "/assignees/331102001/report", "{\"account\":\"补充截图\"}");
    JsonObject verified =
        cw.ok(SUPERVISOR, path, "/assignees/331102001/verification", "{\"passed\":true}");
    JsonObject zijin = verified.getJsonArray("assignments").getJsonObject(0);
    assertThat(zijin.getString("state")).isEqualTo("VERIFIED");
    assertThat(zijin.getString("verifiedAt")).isNotBlank();
    assertThat(zijin.getJsonArray("steps")).hasSize(5);

    JsonObject progress = Api.json(api.get(SUPERVISOR, path + "/progress"));
    assertThat(progress.getInt("verified")).isEqualTo(1);
    assertThat(progress.getInt("assignees")).isEqualTo(2);
    assertThat(progress.getJsonObject("byState").getInt("VERIFIED")).isEqualTo(1);
    assertThat(progress.getJsonObject("byState").getInt("ASSIGNED")).isEqualTo(1);
    assertThat(progress.getJsonArray("overdue")).isEmpty();
  }

  @Test
  void issuing_honours_the_idempotency_key_and_the_list_pages() {
    String key = UUID.randomUUID().toString();
    String body = task("{\"days\":30}");
    Response first =
        api.as(SUPERVISOR, TASKS)
            .header("Idempotency-Key", key)
            .post(Entity.entity(body, MediaType.APPLICATION_JSON));
    Response again =
        api.as(SUPERVISOR, TASKS)
            .header("Idempotency-Key", key)
            .post(Entity.entity(body, MediaType.APPLICATION_JSON));
    assertThat(first.getStatus()).isEqualTo(201);
    assertThat(again.getStatus()).isEqualTo(201);
    assertThat(again.getHeaderString("Idempotency-Replayed")).isEqualTo("true");
    assertThat(Api.json(again).getString("id")).isEqualTo(Api.json(first).getString("id"));
    issued(task("{\"days\":30}"));

    JsonObject page0 = Api.json(api.get(SUPERVISOR, TASKS + "?size=1"));
    assertThat(page0.getJsonArray("items")).hasSize(1);
    assertThat(page0.getInt("total")).isGreaterThanOrEqualTo(2);
    assertThat(page0.getBoolean("more")).isTrue();
    JsonObject page1 = Api.json(api.get(SUPERVISOR, TASKS + "?size=1&page=1"));
    assertThat(page1.getJsonArray("items").getJsonObject(0).getString("id"))
        .isNotEqualTo(page0.getJsonArray("items").getJsonObject(0).getString("id"));
    JsonObject beyond = Api.json(api.get(SUPERVISOR, TASKS + "?page=999"));
    assertThat(beyond.getJsonArray("items")).isEmpty();
    assertThat(beyond.getBoolean("more")).isFalse();
    // another county's list is its own
    assertThat(Api.json(api.get(QINGTIAN_SUPERVISOR, TASKS)).getInt("total")).isZero();
  }

  @Test
  void the_sweep_reminds_each_assignee_of_a_task_due_today_once() {
    String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
    JsonObject t = issued(task("{\"on\":\"" + today + "\"}"));
    Response swept = api.post(SUPERVISOR, "/api/v1/guidance/sweeps", "");
    assertThat(swept.getStatus()).isEqualTo(200);
    String sent = Api.json(swept).getJsonArray("sent").toString();
    assertThat(sent).contains(t.getString("id"), "REMINDER", "331102001001");
    String again = Api.json(api.post(SUPERVISOR, "/api/v1/guidance/sweeps", "")).toString();
    assertThat(again).doesNotContain(t.getString("id"));
    JsonObject read = Api.json(api.get(SUPERVISOR, TASKS + "/" + t.getString("id")));
    assertThat(read.getJsonArray("assignments").getJsonObject(0).getJsonArray("noticesSent"))
        .hasSize(1);
  }

  @Test
  void bad_input_is_answered_with_every_error() {
    assertThat(api.post(SUPERVISOR, TASKS, "{not json").getStatus()).isEqualTo(400);
    assertThat(Casework.errors(api.post(SUPERVISOR, TASKS, "{\"assignees\":\"紫金\"}")))
        .contains("assignees");
    String errors =
        Casework.errors(
            api.post(
                SUPERVISOR,
                TASKS,
                """
                {"issuer":"TOWN","topic":"GARDENING","title":"","due":{"on":"2027-01-04","days":3},
                 "assignees":[{"code":"331121101","name":"鹤城街道"},{"code":"33110200","name":"x"},
                              {"code":"331102001"}]}
                """));
    assertThat(errors)
        .contains(
            "issuer",
            "topic",
            "source",
            "title",
            "requirements",
            "\"due\"",
            "assignees[0].code",
            "assignees[1].code",
            "assignees[2].name");
    assertThat(Casework.errors(api.post(SUPERVISOR, TASKS, task("{\"workingDays\":0}"))))
        .contains("due.workingDays");
    // a fixed date before the day of issue is refused by the core
    assertThat(api.post(SUPERVISOR, TASKS, task("{\"on\":\"2020-01-02\"}")).getStatus())
        .isEqualTo(400);
    assertThat(Casework.errors(api.get(SUPERVISOR, TASKS + "?page=-1&size=x")))
        .contains("page", "size");
  }

  @Test
  void unknown_tasks_other_counties_other_units_and_other_roles_are_refused() {
    JsonObject t = issued(task("{\"workingDays\":10}"));
    String path = TASKS + "/" + t.getString("id");
    Response unknown = api.get(SUPERVISOR, TASKS + "/ZD-2099-9999");
    assertThat(unknown.getStatus()).isEqualTo(404);
    assertThat(unknown.getMediaType().toString()).startsWith("application/problem+json");
    assertThat(api.get(SUPERVISOR, path + "/progress?county=331121").getStatus()).isEqualTo(403);
    assertThat(api.get(QINGTIAN_SUPERVISOR, path + "?county=331102").getStatus()).isEqualTo(403);
    // a township's staff see no task assigned outside their township, nor act for another unit
    assertThat(api.get(OTHER_TOWN_HANDLER, path).getStatus()).isEqualTo(403);
    assertThat(Api.json(api.get(OTHER_TOWN_HANDLER, TASKS)).getJsonArray("items").toString())
        .doesNotContain(t.getString("id"));
    String tag = cw.etag(SUPERVISOR, path);
    assertThat(
            cw.withTag(OTHER_TOWN_HANDLER, path + "/assignees/331102001/acceptance", tag, null)
                .getStatus())
        .isEqualTo(403);
    assertThat(
            cw.withTag(SUPERVISOR, path + "/assignees/331102009/acceptance", tag, null).getStatus())
        .isEqualTo(404);
    // only the center verifies; a clerk neither reads nor issues
    assertThat(
            cw.withTag(
                    ZIJIN_HANDLER,
                    path + "/assignees/331102001/verification",
                    tag,
                    "{\"passed\":true}")
                .getStatus())
        .isEqualTo(403);
    String clerk = Api.token("331102", Roles.CLERK);
    assertThat(api.get(clerk, TASKS).getStatus()).isEqualTo(403);
    assertThat(api.post(clerk, TASKS, task("{\"days\":3}")).getStatus()).isEqualTo(403);
    assertThat(api.post(ZIJIN_HANDLER, "/api/v1/guidance/sweeps", "").getStatus()).isEqualTo(403);
    // verifying an assignment that has not reported is a conflict, not a server error
    assertThat(
            cw.change(SUPERVISOR, path, "/assignees/331102001001/verification", "{\"passed\":true}")
                .getStatus())
        .isEqualTo(409);
  }
}
