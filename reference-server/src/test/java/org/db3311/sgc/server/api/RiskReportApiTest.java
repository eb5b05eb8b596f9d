package org.db3311.sgc.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.helidon.microprofile.testing.junit5.AddConfig;
import io.helidon.microprofile.testing.junit5.HelidonTest;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.client.WebTarget;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.ZoneId;
import org.db3311.sgc.server.security.Roles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@HelidonTest
@AddConfig(key = "sgc.data-dir", value = "target/test-data/risk-report-api")
@AddConfig(key = "sgc.counties", value = "331102,331121")
@DisplayName("REST API: risk reports (6.4) — daily collection, weekly, special, monthly, sign-off")
class RiskReportApiTest {

  static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  static final String ANALYST = Api.token("331102", Roles.ANALYST);
  static final String LEADER = Api.token("331102", Roles.LEADER);
  static final String QINGTIAN_ANALYST = Api.token("331121", Roles.ANALYST);
  static final String RISK = "/api/v1/risk";

  /** A revision of a monthly report that sets one mitigation measure. */
  static final String WITH_MEASURE =
      """
      {"title":"2025年12月社会风险研判报告（修订）",
       "sections":[{"heading":"总体情况","paragraphs":["本月矛盾纠纷总体平稳。"],
                    "tables":[{"title":"按类型","columns":["类型","件数"],"rows":[["邻里纠纷","0"]]}],
                    "charts":[{"title":"趋势","type":"LINE","series":[{"name":"件数","points":[{"label":"12月","value":0}]}]}]}],
       "measures":[{"action":"开展邻里纠纷专项排查","owner":"county-mediation-committee","due":"2026-01-31",
                    "answers":"邻里纠纷"}]}
      """;

  @Inject WebTarget target;
  Api api;
  Casework cw;

  @BeforeEach
  void client() {
    api = new Api(target);
    cw = new Casework(api);
  }

  JsonObject ok(Response r) {
    String body = r.readEntity(String.class);
    assertThat(r.getStatus()).as(body).isBetween(200, 201);
    return jakarta.json.Json.createReader(new java.io.StringReader(body)).readObject();
  }

  @Test
  void a_past_day_is_collected_once_and_kept_while_today_is_an_interim_preview() {
    String yesterday = LocalDate.now(ZONE).minusDays(1).toString();
    JsonObject first = ok(api.get(ANALYST, RISK + "/daily-collections/" + yesterday));
    assertThat(first.getString("day")).isEqualTo(yesterday);
    assertThat(first.getBoolean("interim")).isFalse();
    assertThat(first.getString("county")).isEqualTo("331102");
    JsonObject again = ok(api.get(ANALYST, RISK + "/daily-collections/" + yesterday));
    assertThat(again.getString("collectedAt")).isEqualTo(first.getString("collectedAt"));

    JsonObject today =
        ok(api.get(ANALYST, RISK + "/daily-collections/" + LocalDate.now(ZONE) + "?size=5"));
    assertThat(today.getBoolean("interim")).isTrue();
    assertThat(today.getInt("size")).isEqualTo(5);
  }

  @Test
  void the_week_across_the_year_boundary_is_drafted_once_and_a_running_week_is_interim() {
    // 2025-12-31 lies in ISO week 2026-W01
    JsonObject d = ok(api.post(ANALYST, RISK + "/weekly-reports", "{\"day\":\"2025-12-31\"}"));
    assertThat(d.getString("status")).isEqualTo("FINAL");
    JsonObject dossier = d.getJsonObject("dossier");
    assertThat(dossier.getString("id")).isEqualTo("WR-2026-W01");
    assertThat(dossier.getString("subject")).isEqualTo("2026-W01");
    assertThat(dossier.getString("state")).isEqualTo("DRAFTED");
    assertThat(dossier.getJsonArray("versions").getJsonObject(0).getBoolean("bySystem")).isTrue();
    assertThat(d.getJsonObject("report").getJsonArray("sections").toString()).contains("类型", "成因");
    JsonObject again = ok(api.post(ANALYST, RISK + "/weekly-reports", "{\"day\":\"2025-12-29\"}"));
    assertThat(again.getJsonObject("dossier")).isEqualTo(dossier);

    JsonObject read = ok(api.get(LEADER, RISK + "/reports/WR-2026-W01"));
    assertThat(read).isEqualTo(dossier);
    // the weekly report holds types and causes, so a leader signs off the system's draft as is
    JsonObject signed = cw.ok(LEADER, RISK + "/reports/WR-2026-W01", "/sign-off", null);
    assertThat(signed.getString("state")).isEqualTo("SIGNED_OFF");
    assertThat(signed.getInt("signedVersion")).isEqualTo(1);

    JsonObject running =
        ok(
            api.post(
                ANALYST, RISK + "/weekly-reports", "{\"day\":\"" + LocalDate.now(ZONE) + "\"}"));
    assertThat(running.getString("status")).isEqualTo("INTERIM");
    assertThat(running.containsKey("dossier")).as("an interim report has no dossier").isFalse();
    assertThat(running.getString("periodEnds")).isNotBlank();
    assertThat(running.getJsonObject("report").getString("title")).contains("中期");
  }

  @Test
  void a_monthly_report_is_refused_without_measures_then_revised_and_signed_off() {
    JsonObject d = ok(api.post(ANALYST, RISK + "/monthly-reports", "{\"month\":\"2025-12\"}"));
    assertThat(d.getString("status")).isEqualTo("FINAL");
    String path = RISK + "/reports/" + d.getJsonObject("dossier").getString("id");
    assertThat(path).endsWith("/MR-2025-12");

    assertThat(cw.withTag(LEADER, path + "/sign-off", null, null).getStatus()).isEqualTo(428);
    assertThat(cw.withTag(LEADER, path + "/sign-off", "\"stale\"", null).getStatus())
        .isEqualTo(412);
    Response refused = cw.change(LEADER, path, "/sign-off", null);
    assertThat(refused.getStatus()).isEqualTo(422);
    assertThat(Api.json(refused).getJsonArray("errors").toString()).contains("6.4.1.3");

    assertThat(cw.withTag(ANALYST, path + "/revisions", "\"stale\"", WITH_MEASURE).getStatus())
        .isEqualTo(412);
    JsonObject revised = cw.ok(ANALYST, path, "/revisions", WITH_MEASURE);
    assertThat(revised.getJsonArray("versions")).hasSize(2);
    JsonObject v2 = revised.getJsonArray("versions").getJsonObject(1);
    assertThat(v2.getBoolean("bySystem")).isFalse();
    assertThat(v2.getJsonObject("content").getString("kind")).isEqualTo("MONTHLY");
    assertThat(v2.getJsonObject("content").getString("subject")).isEqualTo("2025-12");
    assertThat(
            v2.getJsonObject("content")
                .getJsonArray("measures")
                .getJsonObject(0)
                .getString("owner"))
        .isEqualTo("county-mediation-committee");

    JsonObject signed = cw.ok(LEADER, path, "/sign-off", null);
    assertThat(signed.getString("state")).isEqualTo("SIGNED_OFF");
    assertThat(signed.getInt("signedVersion")).isEqualTo(2);
    assertThat(signed.getString("signedBy")).isEqualTo("测试员");
    // a signed-off report is not revised again
    assertThat(cw.change(ANALYST, path, "/revisions", WITH_MEASURE).getStatus()).isEqualTo(409);
  }

  @Test
  void a_named_major_risk_gets_one_special_report() {
    String risk =
        """
        {"risk":{"id":"AN-2025-07","title":"某小区征地拆迁群体性矛盾","level":"ORANGE",
                 "explanation":"多户居民对补偿标准不满，有聚集苗头","matters":["331102-20251203-0001"],
                 "owner":"risk-desk"}}
        """;
    Response drafted = api.post(ANALYST, RISK + "/special-reports", risk);
    JsonObject first = ok(drafted);
    assertThat(drafted.getStatus()).isEqualTo(201);
    assertThat(drafted.getLocation().toString()).contains("/api/v1/risk/reports/SR-AN-2025-07");
    assertThat(first.getBoolean("drafted")).isTrue();
    JsonObject content =
        first
            .getJsonObject("dossier")
            .getJsonArray("versions")
            .getJsonObject(0)
            .getJsonObject("content");
    assertThat(content.getString("kind")).isEqualTo("SPECIAL");
    assertThat(content.getJsonArray("references").getString(0)).isEqualTo("AN-2025-07");

    Response second = api.post(ANALYST, RISK + "/special-reports", risk);
    assertThat(second.getStatus()).isEqualTo(200);
    assertThat(Api.json(second).getBoolean("drafted")).isFalse();

    JsonObject signed = cw.ok(LEADER, RISK + "/reports/SR-AN-2025-07", "/sign-off", null);
    assertThat(signed.getString("state")).isEqualTo("SIGNED_OFF");
  }

  @Test
  void bad_input_is_answered_with_every_error() {
    assertThat(api.post(ANALYST, RISK + "/weekly-reports", "{oops").getStatus()).isEqualTo(400);
    assertThat(Casework.errors(api.post(ANALYST, RISK + "/weekly-reports", "{\"day\":3}")))
        .contains("day");
    assertThat(Casework.errors(api.post(ANALYST, RISK + "/monthly-reports", "{\"month\":\"13\"}")))
        .contains("month");
    assertThat(Casework.errors(api.get(ANALYST, RISK + "/daily-collections/yesterday")))
        .contains("day");
    assertThat(Casework.errors(api.get(ANALYST, RISK + "/problems?size=1000"))).contains("size");
    assertThat(Casework.errors(api.post(ANALYST, RISK + "/special-reports", "{}")))
        .contains("warning");
    String named =
        Casework.errors(
            api.post(
                ANALYST,
                RISK + "/special-reports",
                """
                {"risk":{"id":"a b","level":"PURPLE","matters":["331121-20251203-0001","x"]}}
                """));
    assertThat(named)
        .contains(
            "risk.id",
            "risk.title",
            "risk.level",
            "risk.explanation",
            "risk.owner",
            "risk.matters[0]",
            "risk.matters[1]");

    JsonObject d = ok(api.post(ANALYST, RISK + "/monthly-reports", "{\"month\":\"2025-11\"}"));
    String path = RISK + "/reports/" + d.getJsonObject("dossier").getString("id");
    String revision =
        Casework.errors(
            cw.change(
                ANALYST,
                path,
                "/revisions",
                """
                {"title":"","sections":[{"heading":"","charts":[{"title":"t","type":"RADAR"}]}],
                 "measures":[{"action":"排查","due":"next month"}]}
                """));
    assertThat(revision)
        .contains(
            "title",
            "sections[0]",
            "sections[0].charts[0].type",
            "measures[0].owner",
            "measures[0].due");
    assertThat(Casework.errors(cw.change(ANALYST, path, "/revisions", "{\"sections\":\"x\"}")))
        .contains("sections");
  }

  @Test
  void unknown_reports_other_counties_and_other_roles_are_refused() {
    Response unknown = api.get(ANALYST, RISK + "/reports/WR-1999-W01");
    assertThat(unknown.getStatus()).isEqualTo(404);
    assertThat(unknown.getMediaType().toString()).startsWith("application/problem+json");
    assertThat(
            api.post(ANALYST, RISK + "/special-reports", "{\"warning\":\"YJ-2099-99999\"}")
                .getStatus())
        .isEqualTo(404);
    ok(api.post(ANALYST, RISK + "/monthly-reports", "{\"month\":\"2025-10\"}"));
    // reports are the county's: Qingtian's analyst has none of Liandu's, and may not read them
    assertThat(api.get(QINGTIAN_ANALYST, RISK + "/reports/MR-2025-10").getStatus()).isEqualTo(404);
    assertThat(api.get(QINGTIAN_ANALYST, RISK + "/reports/MR-2025-10?county=331102").getStatus())
        .isEqualTo(403);
    assertThat(
            api.post(
                    QINGTIAN_ANALYST,
                    RISK + "/monthly-reports?county=331102",
                    "{\"month\":\"2025-10\"}")
                .getStatus())
        .isEqualTo(403);
    // a township's staff do not see the county's reports; a clerk has no part in them
    assertThat(
            api.get(Api.token("331102001", Roles.ANALYST), RISK + "/reports/MR-2025-10")
                .getStatus())
        .isEqualTo(403);
    String clerk = Api.token("331102", Roles.CLERK);
    assertThat(api.get(clerk, RISK + "/problems").getStatus()).isEqualTo(403);
    assertThat(api.post(clerk, RISK + "/monthly-reports", "{\"month\":\"2025-10\"}").getStatus())
        .isEqualTo(403);
    // analysts draft and revise; a leader signs off
    String tag = cw.etag(ANALYST, RISK + "/reports/MR-2025-10");
    assertThat(cw.withTag(ANALYST, RISK + "/reports/MR-2025-10/sign-off", tag, null).getStatus())
        .isEqualTo(403);
    JsonObject problems = Api.json(api.get(ANALYST, RISK + "/problems"));
    assertThat(problems.getString("county")).isEqualTo("331102");
    assertThat(problems.getInt("page")).isZero();
  }
}
