package org.db3311.sgc.server.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.helidon.microprofile.testing.junit5.AddConfig;
import io.helidon.microprofile.testing.junit5.HelidonTest;
import jakarta.inject.Inject;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.client.WebTarget;
import jakarta.ws.rs.core.Form;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import org.db3311.sgc.adapter.jpa.JpaReportDossierRepository;
import org.db3311.sgc.core.common.DivisionCode;
import org.db3311.sgc.core.risk.report.Report;
import org.db3311.sgc.core.risk.report.ReportDossier;
import org.db3311.sgc.core.risk.report.ReportDossierId;
import org.db3311.sgc.core.risk.report.ReportKind;
import org.db3311.sgc.core.risk.report.Section;
import org.db3311.sgc.server.security.Roles;
import org.db3311.sgc.server.wiring.Centers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The risk reports' console chrome in both languages over HTTP: Chinese reads as it always has,
 * English replaces the list, filters, pager, headings, sign-off form and messages and the errors,
 * while the report itself, in the page and in the PDF, stays the official Chinese document marked
 * {@code lang="zh-CN"}.
 */
@HelidonTest
@AddConfig(key = "sgc.data-dir", value = "target/test-data/console-report-language")
@AddConfig(key = "sgc.counties", value = "331102,331121")
@DisplayName("Web console risk reports in Chinese and English: chrome translated, report Chinese")
class ReportLanguageTest {

  /** A key shown for want of its text (the stylesheet reports.css aside). */
  static final String UNRESOLVED = "reports\\.(?!css)[A-Za-z]";

  @Inject WebTarget target;
  @Inject Centers centers;

  static String cookie(String role, String language) {
    return ConsoleCredentials.cookieWithLanguage(
        ConsoleCredentials.token("331102", role), language);
  }

  /** The weekly report of 2026-W01 (across the year boundary) and the monthly one of 2025-12. */
  @BeforeEach
  void drafts() {
    for (String[] d :
        List.of(
            new String[] {"/weekly-reports", "{\"day\":\"2025-12-31\"}"},
            new String[] {"/monthly-reports", "{\"month\":\"2025-12\"}"})) {
      Response r =
          target
              .path(ConsoleReportTest.RISK + d[0])
              .request()
              .header(
                  "Authorization", "Bearer " + ConsoleCredentials.token("331102", Roles.ANALYST))
              .post(Entity.entity(d[1], MediaType.APPLICATION_JSON));
      assertThat(r.getStatus()).as(r.readEntity(String.class)).isBetween(200, 201);
    }
  }

  Response get(String path, String cookie) {
    int q = path.indexOf('?');
    WebTarget t = target.path(q < 0 ? path : path.substring(0, q));
    if (q >= 0) {
      for (String pair : path.substring(q + 1).split("&")) {
        int eq = pair.indexOf('=');
        t = t.queryParam(pair.substring(0, eq), pair.substring(eq + 1));
      }
    }
    return t.request().header("Cookie", cookie).get();
  }

  String page(String path, String cookie) {
    Response r = get(path, cookie);
    String body = r.readEntity(String.class);
    assertThat(r.getStatus()).as(body).isEqualTo(200);
    return body;
  }

  @Test
  @DisplayName("the list: Chinese as before; English chrome, the report's own title kept Chinese")
  void the_list_in_both_languages() {
    String zh = page("/console/reports?kind=WEEKLY&size=1", cookie(Roles.ANALYST, "zh"));
    assertThat(zh)
        .contains("<html lang=\"zh-CN\"", "<title>风险研判报告 · ", "<h1>风险研判报告</h1>")
        .contains("<label for=\"kind\">报告类型</label>", ">查询</button>", ">查看当日汇总</button>")
        .contains("研判报告（共 1 份，第 1 页）", "<th scope=\"col\">签发</th>")
        .contains(">每周研判专报</option>", ">全部</option>", "<td>待签发</td>")
        .contains("2026-W01（2025-12-29 至 2026-01-04）", "aria-label=\"下载 WR-2026-W01 的 PDF\"")
        .contains("<nav aria-label=\"分页\"")
        .doesNotContainPattern(UNRESOLVED);

    String en = page("/console/reports?size=1", cookie(Roles.ANALYST, "en"));
    assertThat(en)
        .contains("<html lang=\"en\"", "<title>Risk analysis reports · ", "<h1>Risk analysis")
        .contains("<label for=\"kind\">Kind of report</label>", ">Search</button>")
        .contains("Analysis reports (2 in all, page 1)", "<th scope=\"col\">Signed off</th>")
        .contains(">Weekly bulletin</option>", ">All</option>", "<td>Awaiting sign-off</td>")
        .contains("2026-W01 (2025-12-29 to 2026-01-04)", "aria-label=\"Download the PDF of ")
        .contains("<nav aria-label=\"Pages\"", "rel=\"next\">Next page</a>")
        .doesNotContain("报告类型", "查询", "每周研判专报", "待签发", "下一页", "分页")
        .doesNotContainPattern(UNRESOLVED);
    // the title is the report's own words: Chinese, and marked so for a screen reader
    assertThat(en).containsPattern("<td lang=\"zh-CN\">[^<]*研判[^<]*</td>");
    String second = page("/console/reports?size=1&page=1", cookie(Roles.ANALYST, "en"));
    assertThat(second).contains("rel=\"prev\">Previous page</a>");
  }

  @Test
  @DisplayName("a report page: English chrome around the Chinese report, lang=zh-CN; PDF Chinese")
  void a_report_page_in_english_keeps_the_report_chinese() throws IOException {
    String en = page("/console/reports/WR-2026-W01", cookie(Roles.LEADER, "en"));
    assertThat(en)
        .contains("<h1>Risk analysis report WR-2026-W01</h1>", ">Back to the list of reports</a>")
        .contains(">Download PDF</a>", "Print: use the browser's print (Ctrl+P)")
        .contains("id=\"report-language\"", ">Sign off version 1</button>")
        .contains("Signing off confirms version 1 as the official report")
        .containsPattern("<article [^>]*id=\"report\"[^>]*lang=\"zh-CN\"");
    String article = en.substring(en.indexOf("<article"), en.indexOf("</article>"));
    assertThat(article).contains("每周研判专报 · 期次 2026-W01", "尚未签发（待签发）");

    String zh = page("/console/reports/WR-2026-W01", cookie(Roles.LEADER, "zh"));
    assertThat(zh)
        .contains("<h1>风险研判报告 WR-2026-W01</h1>", ">返回报告列表</a>", ">下载 PDF</a>")
        .contains("打印：使用浏览器的打印（Ctrl+P），按 A4 排版", ">签发第 1 版</button>")
        .contains("签发即确认第 1 版为正式报告；签发后不能再修订。")
        .doesNotContain("id=\"report-language\"", "lang=\"zh-CN\" id=\"report\"");
    assertThat(zh.substring(zh.indexOf("<article"), zh.indexOf(">", zh.indexOf("<article"))))
        .doesNotContain("lang=");

    Response pdf = get("/console/reports/WR-2026-W01/pdf", cookie(Roles.LEADER, "en"));
    assertThat(pdf.getStatus()).isEqualTo(200);
    String text = ConsoleReportTest.text(pdf.readEntity(byte[].class));
    assertThat(ConsoleReportTest.squeeze(text)).contains("每周研判专报").doesNotContain("Weekly");

    // the day's collection is a record drafted by the console: Chinese inside the English page
    String day = page("/console/reports/daily/2025-12-31", cookie(Roles.ANALYST, "en"));
    assertThat(day)
        .contains("<h1>Risk analysis report DC-2025-12-31</h1>", ">Download PDF</a>")
        .contains("2025-12-31 每日采集汇总");
  }

  @Test
  @DisplayName("sign-off messages and errors follow the reader's language")
  void sign_off_messages_and_errors_in_english() {
    // one session in both languages: the form's CSRF token belongs to the session
    String session = ConsoleCredentials.cookie(ConsoleCredentials.token("331102", Roles.LEADER));
    String csrf = ConsoleCsrf.of(session.substring(session.indexOf('=') + 1));
    String leader = session + "; " + ConsolePreferencesResource.LANGUAGE_COOKIE + "=en";
    String leaderZh = session + "; " + ConsolePreferencesResource.LANGUAGE_COOKIE + "=zh";

    String monthly = page("/console/reports/MR-2025-12", leader);
    Response refused = signOff("MR-2025-12", leader, csrf, ConsoleReportTest.version(monthly));
    assertThat(refused.getStatus()).isEqualTo(422);
    String refusal = refused.readEntity(String.class);
    assertThat(refusal)
        .contains("Not signed off: the report does not yet meet the requirements")
        .contains("<ul id=\"refusals\" lang=\"zh-CN\">", "6.4.1.3");

    Response stale = signOff("WR-2026-W01", leader, csrf, "stale");
    assertThat(stale.getStatus()).isEqualTo(412);
    assertThat(stale.readEntity(String.class))
        .contains("The report was changed after you opened it; check it and sign off again.");
    Response staleZh = signOff("WR-2026-W01", leaderZh, csrf, "stale");
    assertThat(staleZh.readEntity(String.class)).contains("该报告在您打开后已被修改，请核对后重新签发。");

    Response missing = get("/console/reports/WR-2099-W01", leader);
    assertThat(missing.getStatus()).isEqualTo(404);
    assertThat(missing.readEntity(String.class))
        .contains("<html lang=\"en\"", "<h1>Not found</h1>")
        .doesNotContain("未找到");
    Response missingZh = get("/console/reports/WR-2099-W01", leaderZh);
    assertThat(missingZh.getStatus()).isEqualTo(404);
    assertThat(missingZh.readEntity(String.class)).contains("<h1>未找到</h1>", "未找到：");

    Response bad = get("/console/reports?period=2026-13", leader);
    assertThat(bad.getStatus()).isEqualTo(400);
    assertThat(bad.readEntity(String.class)).contains("<h1>Bad request</h1>", "period");
  }

  @Test
  @DisplayName("a report that cannot be read is listed apart, its fault told in English")
  void a_broken_report_is_listed_apart_in_english() {
    var store = centers.of(DivisionCode.of("331102")).orElseThrow().store();
    var repository = new JpaReportDossierRepository(store);
    ReportDossierId broken = ReportDossierId.of("WR-BROKEN-2");
    if (store.unitOfWork().inTransaction(() -> repository.find(broken)).isEmpty()) {
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
    String en = page("/console/reports", cookie(Roles.ANALYST, "en"));
    assertThat(en)
        .contains("1 report(s) could not be read; the others are listed as usual:")
        .contains("WR-BROKEN-2: The weekly report's issue \"flood-week\" is not an ISO week")
        .contains("WR-2026-W01", "MR-2025-12");
    String zh = page("/console/reports", cookie(Roles.ANALYST, "zh"));
    assertThat(zh)
        .contains("以下 1 份报告未能读取，其余报告照常列出：")
        .contains("WR-BROKEN-2：周报的期次“flood-week”不是 ISO 周（如 2026-W01），无法归入期间");
  }

  @Test
  @DisplayName("every report kind and dossier state has a name in both languages")
  void kinds_and_states_have_names() {
    ConsoleTexts zh = new ConsoleTexts(ConsoleTexts.Language.CHINESE, false, null);
    ConsoleTexts en = new ConsoleTexts(ConsoleTexts.Language.ENGLISH, false, null);
    for (ReportKind k : ReportKind.values()) {
      assertThat(zh.name("reports.kind", k)).as("Chinese " + k).isNotEqualTo(k.name());
      assertThat(en.name("reports.kind", k)).as("English " + k).isNotEqualTo(k.name());
    }
    for (ReportDossier.State s : ReportDossier.State.values()) {
      assertThat(zh.name("reports.state", s)).as("Chinese " + s).isNotEqualTo(s.name());
      assertThat(en.name("reports.state", s)).as("English " + s).isNotEqualTo(s.name());
    }
    // inside the report the kind stays the standard's Chinese name whatever the reader reads
    assertThat(ConsoleReportResource.kindZh(ReportKind.SPECIAL)).isEqualTo("重大风险专报（一事一专报）");
    assertThat(ConsoleReportResource.stateZh(ReportDossier.State.SIGNED_OFF)).isEqualTo("已签发");
  }

  Response signOff(String id, String cookie, String csrf, String version) {
    return target
        .path("/console/reports/" + id + "/sign-off")
        .request()
        .property("jersey.config.client.followRedirects", false)
        .header("Cookie", cookie)
        .post(Entity.form(new Form().param("_csrf", csrf).param("version", version)));
  }
}
