package org.db3311.sgc.server.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.db3311.sgc.server.console.ConsoleCredentials.cookie;
import static org.db3311.sgc.server.console.ConsoleCredentials.csrf;
import static org.db3311.sgc.server.console.ConsoleCredentials.token;

import io.helidon.microprofile.testing.junit5.AddConfig;
import io.helidon.microprofile.testing.junit5.HelidonTest;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.client.WebTarget;
import jakarta.ws.rs.core.Form;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.db3311.sgc.adapter.jpa.JpaReportDossierRepository;
import org.db3311.sgc.adapter.jpa.JpaSettings;
import org.db3311.sgc.core.common.DivisionCode;
import org.db3311.sgc.core.risk.report.Report;
import org.db3311.sgc.core.risk.report.ReportDossier;
import org.db3311.sgc.core.risk.report.ReportDossierId;
import org.db3311.sgc.core.risk.report.ReportKind;
import org.db3311.sgc.core.risk.report.Section;
import org.db3311.sgc.server.problem.Problem;
import org.db3311.sgc.server.security.Roles;
import org.db3311.sgc.server.wiring.Centers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The console's risk reports over plain HTTP: the list by kind and period (a week across the year
 * boundary belongs to both years), the roles and the county scope, an unknown report, the PDF with
 * its Chinese text and figures, the sign-off by a person with every refusal reason, and a report
 * that cannot be read listed apart while the others are shown.
 */
@HelidonTest
@AddConfig(key = "sgc.data-dir", value = "target/test-data/console-reports")
@AddConfig(key = "sgc.counties", value = "331102,331121")
@DisplayName("Web console risk reports (6.4.1): list, page, PDF, sign-off")
class ConsoleReportTest {

  static final String RISK = "/api/v1/risk";

  @Inject WebTarget target;
  @Inject Centers centers;

  /** Drafts the weekly report of 2026-W01, the monthly one of 2025-12, and one special report. */
  @BeforeEach
  void drafts() {
    api("/weekly-reports", "{\"day\":\"2025-12-31\"}");
    api("/monthly-reports", "{\"month\":\"2025-12\"}");
    api(
        "/special-reports",
        """
        {"risk":{"id":"AN-2026-07","title":"某小区物业纠纷集中","level":"ORANGE",
                 "explanation":"同一小区两周内多起物业纠纷","owner":"county-mediation-committee"}}
        """);
  }

  JsonObject api(String path, String body) {
    Response r =
        target
            .path(RISK + path)
            .request()
            .header("Authorization", "Bearer " + token("331102", Roles.ANALYST))
            .post(Entity.entity(body, MediaType.APPLICATION_JSON));
    String text = r.readEntity(String.class);
    assertThat(r.getStatus()).as(text).isBetween(200, 201);
    return Json.createReader(new StringReader(text)).readObject();
  }

  JsonObject dossier(String id) {
    String text =
        target
            .path(RISK + "/reports/" + id)
            .request()
            .header("Authorization", "Bearer " + token("331102", Roles.ANALYST))
            .get(String.class);
    return Json.createReader(new StringReader(text)).readObject();
  }

  Response get(String path, String cookie) {
    return at(path).request().header("Cookie", cookie).get();
  }

  /** The target of a path with its query: {@code WebTarget.path} would escape the '?'. */
  WebTarget at(String pathAndQuery) {
    int q = pathAndQuery.indexOf('?');
    WebTarget t = target.path(q < 0 ? pathAndQuery : pathAndQuery.substring(0, q));
    if (q >= 0) {
      for (String pair : pathAndQuery.substring(q + 1).split("&")) {
        int eq = pair.indexOf('=');
        t = t.queryParam(pair.substring(0, eq), pair.substring(eq + 1));
      }
    }
    return t;
  }

  String page(String path, String cookie) {
    Response r = get(path, cookie);
    String body = r.readEntity(String.class);
    assertThat(r.getStatus()).as(body).isEqualTo(200);
    return body;
  }

  @Test
  @DisplayName("the list is filtered by kind and period; week 2026-W01 belongs to 2025 and 2026")
  void the_list_is_filtered_by_kind_and_period_across_the_year_boundary() {
    String analyst = cookie(token("331102", Roles.ANALYST));
    String all = page("/console/reports", analyst);
    assertThat(all).contains("WR-2026-W01", "MR-2025-12", "AN-2026-07", "每周研判专报", "每月研判报告");

    String in2025 = page("/console/reports?period=2025", analyst);
    assertThat(in2025).contains("WR-2026-W01", "MR-2025-12");
    String january = page("/console/reports?period=2026-01", analyst);
    assertThat(january).contains("WR-2026-W01").doesNotContain("MR-2025-12");
    String december = page("/console/reports?period=2025-12&kind=WEEKLY", analyst);
    assertThat(december).contains("WR-2026-W01").doesNotContain("MR-2025-12", "AN-2026-07");
    String monthly = page("/console/reports?kind=MONTHLY", analyst);
    assertThat(monthly).contains("MR-2025-12").doesNotContain("WR-2026-W01");

    // paged like the API's lists: one per page, the next page linked
    String first = page("/console/reports?size=1", analyst);
    assertThat(first).contains("rel=\"next\"").contains("第 1 页");
    assertThat(page("/console/reports?size=1&page=1", analyst)).contains("rel=\"prev\"");

    // bad input: a clear error naming the field, nothing listed
    Response badPeriod = get("/console/reports?period=2026-13", analyst);
    assertThat(badPeriod.getStatus()).isEqualTo(400);
    assertThat(badPeriod.readEntity(String.class)).contains("period").doesNotContain("WR-2026-W01");
    Response badKind = get("/console/reports?kind=YEARLY", analyst);
    assertThat(badKind.getStatus()).isEqualTo(400);
    assertThat(badKind.readEntity(String.class)).contains("kind");
    assertThat(get("/console/reports?size=0", analyst).getStatus()).isEqualTo(400);
  }

  @Test
  @DisplayName("roles and the county hold: a clerk and another county are refused, unknown is 404")
  void roles_and_the_county_hold_and_an_unknown_report_is_not_found() throws IOException {
    assertThat(get("/console/reports", cookie(token("331102", Roles.CLERK))).getStatus())
        .isEqualTo(403);
    String qingtian = cookie(token("331121", Roles.ANALYST));
    assertThat(get("/console/reports?county=331102", qingtian).getStatus()).isEqualTo(403);
    assertThat(get("/console/reports/WR-2026-W01?county=331102", qingtian).getStatus())
        .isEqualTo(403);
    Response otherPdf = get("/console/reports/WR-2026-W01/pdf?county=331102", qingtian);
    assertThat(otherPdf.getStatus()).isEqualTo(403);
    assertThat(otherPdf.getMediaType().toString()).startsWith(Problem.MEDIA_TYPE);
    // Qingtian's own list does not hold Liandu's reports
    assertThat(page("/console/reports", qingtian)).doesNotContain("WR-2026-W01");

    String analyst = cookie(token("331102", Roles.ANALYST));
    Response unknownPage = get("/console/reports/WR-1999-W01", analyst);
    assertThat(unknownPage.getStatus()).isEqualTo(404);
    assertThat(unknownPage.readEntity(String.class)).contains("未找到");
    Response unknownPdf = get("/console/reports/WR-1999-W01/pdf", analyst);
    assertThat(unknownPdf.getStatus()).isEqualTo(404);
    assertThat(unknownPdf.getMediaType().toString()).startsWith(Problem.MEDIA_TYPE);
    JsonObject problem =
        Json.createReader(new StringReader(unknownPdf.readEntity(String.class))).readObject();
    assertThat(problem.getInt("status")).isEqualTo(404);
    assertThat(problem.getString("detail")).contains("WR-1999-W01");
    // without a session, the console's PDF is not served: the browser is sent to the login
    Response anonymous =
        target
            .path("/console/reports/WR-2026-W01/pdf")
            .request()
            .property("jersey.config.client.followRedirects", false)
            .get();
    assertThat(anonymous.getStatus()).isEqualTo(303);
    assertThat(anonymous.getLocation().getPath()).isEqualTo("/console/login");
  }

  @Test
  @DisplayName("the PDF holds the report's Chinese title, its tables' figures and its charts' data")
  void the_pdf_holds_the_chinese_title_and_the_figures() throws IOException {
    Response r = get("/console/reports/WR-2026-W01/pdf", cookie(token("331102", Roles.SUPERVISOR)));
    assertThat(r.getStatus()).isEqualTo(200);
    assertThat(r.getMediaType().toString()).isEqualTo("application/pdf");
    assertThat(r.getHeaderString("Content-Disposition")).contains("WR-2026-W01.pdf");
    byte[] pdf = r.readEntity(byte[].class);
    assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
        .isEqualTo("%PDF-");
    String text = text(pdf);

    JsonObject content =
        dossier("WR-2026-W01").getJsonArray("versions").getJsonObject(0).getJsonObject("content");
    assertThat(squeeze(text)).contains(squeeze(content.getString("title")));
    List<String> figures = new ArrayList<>();
    for (JsonObject section : content.getJsonArray("sections").getValuesAs(JsonObject.class)) {
      assertThat(squeeze(text)).contains(squeeze(section.getString("heading")));
      for (JsonObject table : section.getJsonArray("tables").getValuesAs(JsonObject.class)) {
        for (var row : table.getJsonArray("rows")) {
          row.asJsonArray().getValuesAs(jakarta.json.JsonString.class).stream()
              .map(jakarta.json.JsonString::getString)
              .forEach(figures::add);
        }
      }
      for (JsonObject chart : section.getJsonArray("charts").getValuesAs(JsonObject.class)) {
        assertThat(squeeze(text)).contains(squeeze(chart.getString("title") + "（数据表）"));
        for (JsonObject series : chart.getJsonArray("series").getValuesAs(JsonObject.class)) {
          for (JsonObject point : series.getJsonArray("points").getValuesAs(JsonObject.class)) {
            figures.add(point.getString("label"));
            figures.add(ReportCharts.number(point.getJsonNumber("value").doubleValue()));
          }
        }
      }
    }
    assertThat(figures).as("the weekly report has figures").isNotEmpty();
    for (String figure : figures) {
      assertThat(squeeze(text)).contains(squeeze(figure));
    }
    String monthly =
        text(
            get("/console/reports/MR-2025-12/pdf", cookie(token("331102", Roles.SUPERVISOR)))
                .readEntity(byte[].class));
    assertThat(squeeze(monthly)).contains("社会风险研判月报2025-12", "尚未签发");

    // readiness names the font the PDFs embed
    String health = target.path("/health/ready").request().get().readEntity(String.class);
    JsonObject check =
        Json.createReader(new StringReader(health))
            .readObject()
            .getJsonArray("checks")
            .getValuesAs(JsonObject.class)
            .stream()
            .filter(c -> c.getString("name").equals("report-pdf"))
            .findFirst()
            .orElseThrow();
    assertThat(check.getString("status")).isEqualTo("UP");
    assertThat(check.getJsonObject("data").getString("report-pdf")).isEqualTo("UP");
    assertThat(check.getJsonObject("data").getString("font")).contains(".tt");
  }

  @Test
  @DisplayName("sign-off: refused with every reason, stale form refused, signed by whom and when")
  void a_person_signs_off_and_a_refusal_names_every_reason() throws IOException {
    String leader = cookie(token("331102", Roles.LEADER));
    String csrf = ConsoleCsrf.of(leader.substring(leader.indexOf('=') + 1));

    // the monthly report has no mitigation measures yet: refused, reasons shown, nothing changed
    String monthly = page("/console/reports/MR-2025-12", leader);
    Response refused = signOff("MR-2025-12", leader, csrf, version(monthly));
    assertThat(refused.getStatus()).isEqualTo(422);
    String refusal = refused.readEntity(String.class);
    assertThat(refusal).contains("id=\"refusals\"", "6.4.1.3");
    assertThat(dossier("MR-2025-12").getString("state")).isEqualTo("DRAFTED");

    // an analyst reads but does not sign; a stale form is refused
    String analyst = cookie(token("331102", Roles.ANALYST));
    assertThat(page("/console/reports/WR-2026-W01", analyst))
        .doesNotContain("id=\"sign-off-form\"")
        .contains("id=\"unsigned\"");
    String weekly = page("/console/reports/WR-2026-W01", leader);
    assertThat(
            signOff(
                    "WR-2026-W01",
                    analyst,
                    ConsoleCsrf.of(analyst.substring(analyst.indexOf('=') + 1)),
                    version(weekly))
                .getStatus())
        .isEqualTo(403);
    Response stale = signOff("WR-2026-W01", leader, csrf, "stale");
    assertThat(stale.getStatus()).isEqualTo(412);
    assertThat(stale.readEntity(String.class)).contains("form-message");
    assertThat(signOff("WR-2026-W01", leader, "wrong", version(weekly)).getStatus())
        .as("without the session's CSRF token")
        .isEqualTo(403);

    Response signed = signOff("WR-2026-W01", leader, csrf, version(weekly));
    assertThat(signed.getStatus()).isEqualTo(303);
    assertThat(signed.getLocation().toString())
        .endsWith("/console/reports/WR-2026-W01?done=signed");
    String after = page("/console/reports/WR-2026-W01?done=signed", leader);
    assertThat(after).contains("id=\"signed-by\">测试员<", "已签发").doesNotContain("sign-off-form");
    Matcher at =
        Pattern.compile("id=\"signed-at\">(\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2})<").matcher(after);
    assertThat(at.find()).as(after).isTrue();
    assertThat(page("/console/reports?kind=WEEKLY", leader)).contains("测试员", at.group(1));

    String text = text(get("/console/reports/WR-2026-W01/pdf", leader).readEntity(byte[].class));
    assertThat(squeeze(text)).contains("签发人测试员", "签发时间" + squeeze(at.group(1)));
    // signed once: a second sign-off, even against the current state, is refused as a page
    String current =
        target
            .path(RISK + "/reports/WR-2026-W01")
            .request()
            .header("Authorization", "Bearer " + token("331102", Roles.ANALYST))
            .get()
            .getEntityTag()
            .getValue();
    assertThat(signOff("WR-2026-W01", leader, csrf, current).getStatus()).isEqualTo(409);
  }

  @Test
  @DisplayName("the day's collection (6.4.1.1) is a page and a PDF, with its chart and no sign-off")
  void the_days_collection_is_a_page_and_a_pdf_without_a_sign_off() throws IOException {
    String analyst = cookie(token("331102", Roles.ANALYST));
    // New Year's Eve: a day of the year before, read in the next one
    Response asked =
        at("/console/reports/daily?day=2025-12-31")
            .request()
            .property("jersey.config.client.followRedirects", false)
            .header("Cookie", analyst)
            .get();
    assertThat(asked.getStatus()).isEqualTo(303);
    assertThat(asked.getLocation().getPath()).isEqualTo("/console/reports/daily/2025-12-31");
    String day = page("/console/reports/daily/2025-12-31", analyst);
    assertThat(day)
        .contains("2025-12-31 每日采集汇总", "当日登记事项", "svg", "chart-1-1-figures")
        .contains("/console/reports/daily/2025-12-31/pdf")
        .doesNotContain("sign-off-form", "id=\"unsigned\"");
    byte[] pdf = get("/console/reports/daily/2025-12-31/pdf", analyst).readEntity(byte[].class);
    assertThat(squeeze(text(pdf))).contains("2025-12-31每日采集汇总", "登记事项0件");
    assertThat(get("/console/reports/daily/2025-13-01", analyst).getStatus()).isEqualTo(400);
    assertThat(get("/console/reports/daily?day=", analyst).getStatus()).isEqualTo(400);
    assertThat(
            get(
                    "/console/reports/daily/2025-12-31?county=331102",
                    cookie(token("331121", Roles.ANALYST)))
                .getStatus())
        .isEqualTo(403);
  }

  @Test
  @DisplayName("a report that cannot be read is listed apart and the others are still listed")
  void a_report_that_cannot_be_read_does_not_hide_the_others() {
    var county = centers.of(DivisionCode.of("331102")).orElseThrow();
    var store = county.store();
    var repository = new JpaReportDossierRepository(store);
    ReportDossierId broken = ReportDossierId.of("WR-BROKEN-1");
    if (store.unitOfWork().inTransaction(() -> repository.find(broken)).isEmpty()) {
      // a weekly report whose subject is no ISO week, as an older release or an import left it
      Report report =
          new Report(
              ReportKind.WEEKLY,
              "flood-week",
              "汛期周报",
              Instant.parse("2026-07-01T00:00:00Z"),
              List.of(new Section("总体情况", List.of("汛期平稳。"), List.of(), List.of())),
              List.of(),
              List.of());
      store
          .unitOfWork()
          .run(() -> repository.save(new ReportDossier(broken, report, Instant.now())));
    }
    String list = page("/console/reports", cookie(token("331102", Roles.ANALYST)));
    assertThat(list).contains("id=\"report-failures\"", "WR-BROKEN-1", "flood-week");
    assertThat(list).contains("WR-2026-W01", "MR-2025-12");
  }

  @Test
  @DisplayName(
      "a report whose stored document cannot be decoded is named without the parser's words; the"
          + " others are listed")
  void an_undecodable_report_is_named_and_the_others_listed() throws Exception {
    var county = centers.of(DivisionCode.of("331102")).orElseThrow();
    var repository = new JpaReportDossierRepository(county.store());
    ReportDossierId garbled = ReportDossierId.of("WR-GARBLED-1");
    // by id only: a run before this one may have left the row garbled already
    if (!county.store().unitOfWork().inTransaction(repository::ids).contains(garbled)) {
      county
          .store()
          .unitOfWork()
          .run(
              () ->
                  repository.save(
                      new ReportDossier(
                          garbled,
                          new Report(
                              ReportKind.WEEKLY,
                              "2019-W07",
                              "周报",
                              Instant.parse("2019-02-18T00:00:00Z"),
                              List.of(new Section("概况", List.of("平稳。"), List.of(), List.of())),
                              List.of(),
                              List.of()),
                          Instant.now())));
    }
    JpaSettings settings = county.store().settings();
    try (Connection c =
        DriverManager.getConnection(
            settings.url(), settings.user(), settings.password().orElse(""))) {
      if (settings.schema().isPresent()) {
        c.setSchema(settings.schema().get());
      }
      try (PreparedStatement p =
          c.prepareStatement(
              "update report_dossier set document = '{garbled' where dossier_id = ?")) {
        p.setString(1, garbled.value());
        assertThat(p.executeUpdate()).isEqualTo(1);
      }
    }

    String list = page("/console/reports", cookie(token("331102", Roles.ANALYST)));
    assertThat(list)
        .contains("id=\"report-failures\"", "WR-GARBLED-1")
        .contains(ConsoleTexts.DEFAULT.text("reports.unreadable"))
        .doesNotContain("{garbled", "Exception");
    assertThat(list).contains("WR-2026-W01", "MR-2025-12");
  }

  @Test
  @DisplayName("a sign-off form without its version is a 400 saying so; nothing is signed")
  void a_sign_off_without_its_version_is_refused_as_incomplete() {
    String leader = cookie(token("331102", Roles.LEADER));
    String csrf = ConsoleCsrf.of(leader.substring(leader.indexOf('=') + 1));
    Response r =
        target
            .path("/console/reports/MR-2025-12/sign-off")
            .request()
            .property("jersey.config.client.followRedirects", false)
            .header("Cookie", leader)
            .post(Entity.form(new Form().param("_csrf", csrf)));
    assertThat(r.getStatus()).isEqualTo(400);
    assertThat(r.getMediaType().toString()).startsWith("text/html");
    assertThat(r.readEntity(String.class))
        .contains(ConsoleTexts.DEFAULT.text("reports.noVersion"))
        .doesNotContain(ConsoleTexts.DEFAULT.text("reports.changed"));
    assertThat(dossier("MR-2025-12").getString("state")).isEqualTo("DRAFTED");
  }

  @Test
  @DisplayName(
      "switching language on the page a refused sign-off shows comes back to the report page, not"
          + " to the POST-only sign-off")
  void the_language_switch_after_a_refused_sign_off_returns_to_the_report_page() {
    String leader = cookie(token("331102", Roles.LEADER));
    String csrf = ConsoleCsrf.of(leader.substring(leader.indexOf('=') + 1));
    String monthly = page("/console/reports/MR-2025-12", leader);
    Response refused = signOff("MR-2025-12", leader, csrf, version(monthly));
    assertThat(refused.getStatus()).isEqualTo(422);
    String refusal = refused.readEntity(String.class);
    assertThat(refusal)
        .contains("back=%2Fconsole%2Freports%2FMR-2025-12\"")
        .doesNotContain("back=%2Fconsole%2Freports%2FMR-2025-12%2Fsign-off");

    Response switched =
        target
            .path("/console/preferences")
            .queryParam("lang", "en")
            .queryParam("back", "/console/reports/MR-2025-12")
            .request()
            .property("jersey.config.client.followRedirects", false)
            .get();
    assertThat(switched.getStatus()).isEqualTo(303);
    assertThat(switched.getLocation().getPath()).isEqualTo("/console/reports/MR-2025-12");
    assertThat(
            get(
                    switched.getLocation().getPath(),
                    leader + "; " + ConsolePreferencesResource.LANGUAGE_COOKIE + "=en")
                .getStatus())
        .isEqualTo(200);
  }

  @Test
  @DisplayName(
      "revision: an analyst revises the draft and reads the new version; stale and bad forms are refused")
  void a_revision_from_the_console_is_a_new_version_and_a_stale_form_is_refused() {
    String analyst = cookie(token("331102", Roles.ANALYST));
    String before = page("/console/reports/SR-AN-2026-07", analyst);
    assertThat(before)
        .contains("id=\"revision-form\"")
        .contains("name=\"section.0.heading\"")
        .contains("name=\"measure.0.action\"")
        .contains("<datalist id=\"revision-unit-list\">")
        .contains("县司法局 (county-justice-bureau)");
    // a supervisor reads the report but revises it neither on the page nor by posting
    String supervisor = cookie(token("331102", Roles.SUPERVISOR));
    assertThat(page("/console/reports/SR-AN-2026-07", supervisor)).doesNotContain("revision-form");
    Form asSupervisor = fields(before);
    asSupervisor.asMap().putSingle("_csrf", csrf(supervisor));
    assertThat(revise("SR-AN-2026-07", supervisor, asSupervisor).getStatus()).isEqualTo(403);
    int versions = dossier("SR-AN-2026-07").getJsonArray("versions").size();

    Form revised = fields(before);
    revised.asMap().putSingle("_csrf", csrf(analyst));
    revised.asMap().putSingle("title", "某小区物业纠纷集中风险专报（修订）");
    revised.asMap().putSingle("measure.0.action", "组织物业、业委会和街道联合调解");
    revised.asMap().putSingle("measure.0.owner", "county-mediation-committee");
    revised.asMap().putSingle("measure.0.due", "2026-02-15");
    revised.asMap().putSingle("measure.0.answers", "物业纠纷集中");
    Response done = revise("SR-AN-2026-07", analyst, revised);
    assertThat(done.getStatus()).as(done.readEntity(String.class)).isEqualTo(303);
    assertThat(done.getLocation().toString())
        .endsWith("/console/reports/SR-AN-2026-07?done=revised");

    String after = page("/console/reports/SR-AN-2026-07?done=revised", analyst);
    assertThat(after)
        .contains("id=\"message\">已保存为新版本。<")
        .contains("某小区物业纠纷集中风险专报（修订）")
        .contains("第 " + (versions + 1) + " 版（共 " + (versions + 1) + " 版）")
        .contains("组织物业、业委会和街道联合调解");
    assertThat(version(after)).isNotEqualTo(version(before));
    var dossier = dossier("SR-AN-2026-07");
    assertThat(dossier.getJsonArray("versions")).hasSize(versions + 1);
    assertThat(dossier.getString("state")).isEqualTo("DRAFTED");

    // the form read before that revision is refused, shows the report as it now is, saves nothing
    Form stale = fields(before);
    stale.asMap().putSingle("_csrf", csrf(analyst));
    stale.asMap().putSingle("title", "过时的修订");
    Response refused = revise("SR-AN-2026-07", analyst, stale);
    String refusal = refused.readEntity(String.class);
    assertThat(refused.getStatus()).isEqualTo(412);
    assertThat(refusal)
        .contains("id=\"form-message\"")
        .contains("未保存您的修订")
        .contains("某小区物业纠纷集中风险专报（修订）")
        // the language switch on the refusal comes back to the report page, not the POST-only path
        .contains("back=%2Fconsole%2Freports%2FSR-AN-2026-07")
        .doesNotContain("back=%2Fconsole%2Freports%2FSR-AN-2026-07%2Frevisions");
    assertThat(dossier("SR-AN-2026-07").getJsonArray("versions")).hasSize(versions + 1);

    // a bad field is named and the form comes back as sent
    Form bad = fields(after);
    bad.asMap().putSingle("_csrf", csrf(analyst));
    bad.asMap().putSingle("measure.1.action", "回访当事人");
    bad.asMap().putSingle("measure.1.owner", "county-mediation-committee");
    bad.asMap().putSingle("measure.1.due", "2026-13-45");
    Response invalid = revise("SR-AN-2026-07", analyst, bad);
    String invalidPage = invalid.readEntity(String.class);
    assertThat(invalid.getStatus()).isEqualTo(400);
    assertThat(invalidPage)
        .contains("id=\"refusals\"")
        .contains("measures[1].due")
        .contains("value=\"回访当事人\"")
        .contains("value=\"2026-13-45\"");
    assertThat(dossier("SR-AN-2026-07").getJsonArray("versions")).hasSize(versions + 1);

    // a form without its version is a 400 page saying so
    Form noVersion = fields(after);
    noVersion.asMap().putSingle("_csrf", csrf(analyst));
    noVersion.asMap().remove("version");
    Response missing = revise("SR-AN-2026-07", analyst, noVersion);
    assertThat(missing.getStatus()).isEqualTo(400);
    assertThat(missing.readEntity(String.class)).contains("表单缺少报告版本");
  }

  Response revise(String id, String cookie, Form form) {
    return target
        .path("/console/reports/" + id + "/revisions")
        .request()
        .property("jersey.config.client.followRedirects", false)
        .header("Cookie", cookie)
        .post(Entity.form(form));
  }

  /** The revision form's fields as the page fills them: inputs by value, text areas by content. */
  static Form fields(String page) {
    int start = page.indexOf("id=\"revision-form\"");
    assertThat(start).as("the revision form in %s", page).isPositive();
    String form = page.substring(start, page.indexOf("</form>", start));
    Form f = new Form();
    Matcher input =
        Pattern.compile(
                "<input type=\"(?:text|date|hidden)\"[^>]*? name=\"([^\"]+)\"[^>]*?value=\"([^\"]*)\"")
            .matcher(form);
    while (input.find()) {
      f.param(input.group(1), unescape(input.group(2)));
    }
    Matcher area =
        Pattern.compile("<textarea[^>]*? name=\"([^\"]+)\"[^>]*>([^<]*)</textarea>").matcher(form);
    while (area.find()) {
      f.param(area.group(1), unescape(area.group(2)));
    }
    return f;
  }

  private static String unescape(String html) {
    return html.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&#x27;", "'")
        .replace("&amp;", "&");
  }

  Response signOff(String id, String cookie, String csrf, String version) {
    return target
        .path("/console/reports/" + id + "/sign-off")
        .request()
        .property("jersey.config.client.followRedirects", false)
        .header("Cookie", cookie)
        .post(Entity.form(new Form().param("_csrf", csrf).param("version", version)));
  }

  static String version(String page) {
    Matcher m = Pattern.compile("name=\"version\" value=\"([^\"]+)\"").matcher(page);
    assertThat(m.find()).as("the page's sign-off form in %s", page).isTrue();
    return m.group(1);
  }

  static String text(byte[] pdf) throws IOException {
    try (PDDocument d = Loader.loadPDF(pdf)) {
      PDFTextStripper stripper = new PDFTextStripper();
      // bold runs are drawn apart: read the page in reading order, not in drawing order
      stripper.setSortByPosition(true);
      return stripper.getText(d);
    }
  }

  /** Text without white space, since the PDF breaks lines and spaces where its layout needs. */
  static String squeeze(String s) {
    return s.replaceAll("\\s+", "");
  }
}
