package org.db3311.sgc.server.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.db3311.sgc.server.console.ConsoleBrowserTest.accessible;
import static org.db3311.sgc.server.console.ConsoleBrowserTest.waitFor;
import static org.db3311.sgc.server.console.ConsoleCaseWorkTest.hidden;
import static org.db3311.sgc.server.console.ConsoleCaseWorkTest.state;
import static org.db3311.sgc.server.console.ConsoleCaseWorkTest.type;
import static org.db3311.sgc.server.console.ConsoleCredentials.cookie;
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
import java.io.StringReader;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.db3311.sgc.server.security.Roles;
import org.db3311.sgc.server.wiring.Wiring;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The console's acceptance flows that {@link ConsoleBrowserTest} and {@link ConsoleCaseWorkTest} do
 * not drive: the one-time supplement notice as it prints (6.1.1.1), the screen above a window
 * showing the number called to it (5.3.5, 7.2.1.3), a social-governance event taken from its
 * reception through triage, handling, closure, review, result report and archive on the matter page
 * (6.3.1.1 to 6.3.1.3), and a dispute mediation could not take going down an onward road to the
 * body's report back (6.2, 6.2.1.3) — in headless Chromium, each page checked with axe-core, the
 * new forms reached with Tab and sent with Enter. Over plain HTTP: the roles and the stale versions
 * the new forms refuse, the online litigation filing after a failed mediation (6.2.1.1.2), the 信访
 * road's 复查 and 复核 (offered on that road only), a second road after a body did not accept, and the
 * work queue's pages.
 */
@HelidonTest
@AddConfig(key = "sgc.data-dir", value = "target/test-data/console-acceptance")
@AddConfig(key = "sgc.counties", value = "331102,331121")
@DisplayName("Web console acceptance: print view, window display, event actions, onward roads")
class ConsoleAcceptanceTest {

  @RegisterExtension static final ConsoleBrowser chromium = ConsoleBrowser.standard();

  @Inject WebTarget target;

  String base() {
    return ConsoleBrowser.base(target);
  }

  void logout(WebDriver b) {
    b.findElement(By.cssSelector(".who button")).click();
    waitFor(b, d -> d.getCurrentUrl().endsWith("/console/login"));
  }

  /**
   * Operates form {@code id} by keyboard: from its first control, Tab must reach its submit button
   * without leaving the form, and Enter on it sends the form; waits for the page it leads to.
   */
  static void byKeyboard(WebDriver b, String id, String done) {
    WebElement form = b.findElement(By.id(id));
    WebElement submit = form.findElement(By.cssSelector("button[type=submit]"));
    List<WebElement> controls =
        form.findElements(
            By.cssSelector("input:not([type=hidden]), select, textarea, button[type=submit]"));
    WebElement first = controls.getFirst();
    ((org.openqa.selenium.JavascriptExecutor) b).executeScript("arguments[0].focus()", first);
    for (int i = 0; i < controls.size() + 2; i++) {
      WebElement at = b.switchTo().activeElement();
      if (at.equals(submit)) {
        break;
      }
      assertThat(form.findElements(By.xpath(".//*")))
          .as("Tab leaves form " + id + " before its submit button")
          .contains(at);
      at.sendKeys(Keys.TAB);
    }
    assertThat(b.switchTo().activeElement())
        .as("Tab reaches the submit of " + id)
        .isEqualTo(submit);
    ConsoleCaseWorkTest.submit(b, submit, done);
  }

  static String eventState(WebDriver b) {
    return b.findElement(By.id("event-state")).getAttribute("data-state");
  }

  // ---------------------------------------------------------------- browser flows

  @Test
  void the_supplement_notice_prints_alone_on_the_page() throws Exception {
    chromium.scenario(
        b -> {
          ConsoleBrowser.login(b, base(), "clerk.liandu");
          b.get(base() + "/console/intake");
          b.findElement(By.id("idNumber")).sendKeys(ConsoleBrowserTest.ID);
          ConsoleBrowserTest.fillWith(b, "紫金街道31号", List.of("id_card", "application"));
          waitFor(b, d -> d.getCurrentUrl().contains("/console/intake/331102-"));
          assertThat(b.findElement(By.tagName("h1")).getText()).isEqualTo("补正材料一次性告知书");
          String number = b.findElement(By.id("number")).getText();
          accessible(b, "supplement notice");
          assertThat(b.findElement(By.cssSelector("[data-action=print]")).isDisplayed()).isTrue();

          // the print view: the notice with its number, without the console around it
          ((ChromeDriver) b)
              .executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
          WebElement document = b.findElement(By.id("document"));
          assertThat(document.isDisplayed()).isTrue();
          assertThat(document.getText()).contains("登记表").contains("缺少");
          assertThat(b.findElement(By.cssSelector("header.top")).isDisplayed()).isFalse();
          assertThat(b.findElement(By.cssSelector("[data-action=print]")).isDisplayed()).isFalse();
          assertThat(b.findElement(By.id("number")).isDisplayed()).isFalse();
          accessible(b, "supplement notice as printed");
          ((ChromeDriver) b)
              .executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "screen"));
          assertThat(b.findElement(By.cssSelector("header.top")).isDisplayed()).isTrue();
          assertThat(number).startsWith("331102-");
        });
  }

  @Test
  void the_screen_above_a_window_shows_the_number_called_to_it_live() throws Exception {
    chromium.scenario(
        b -> {
          b.get(base() + "/display/331102/windows/2");
          WebElement function = b.findElement(By.id("function"));
          assertThat(function.getText()).isNotBlank();
          accessible(b, "window display");
          String before = b.findElement(By.id("number")).getText();

          String ticket = takeTicket("331102");
          Response called =
              target
                  .path("/api/v1/windows/2/calls")
                  .request()
                  .header("Authorization", "Bearer " + token("331102", Roles.CLERK))
                  .post(Entity.entity("", MediaType.APPLICATION_JSON));
          assertThat(called.getStatus()).as(called.readEntity(String.class)).isIn(200, 201);
          // the display port pushes the call: the number changes without a reload
          waitFor(
              b,
              Duration.ofSeconds(30),
              d -> d.findElement(By.id("number")).getText().equals(ticket));
          assertThat(ticket).isNotEqualTo(before);
          assertThat(b.findElement(By.id("announcement")).getText())
              .contains(ticket)
              .contains("2 号窗口");
          assertThat(b.getCurrentUrl()).endsWith("/display/331102/windows/2");
          accessible(b, "window display after a call");
        });
  }

  @Test
  void an_event_is_received_triaged_handled_closed_reviewed_reported_and_archived_on_its_page()
      throws Exception {
    String number = accepted("event.public_demand", "紫金街道32号");
    chromium.scenario(
        b -> {
          ConsoleBrowser.login(b, base(), "clerk.liandu");
          b.get(base() + "/console/matters/" + number);
          assertThat(state(b)).isEqualTo("ACCEPTED");
          // an event is not mediated: the page offers its reception into handling instead
          assertThat(b.findElements(By.id("form-open"))).isEmpty();
          accessible(b, "accepted event matter");
          byKeyboard(b, "form-event-receive", "eventReceived");
          assertThat(state(b)).isEqualTo("IN_HANDLING");
          assertThat(eventState(b)).isEqualTo("RECEIVED");
          // triage is the center's: not the window's
          assertThat(b.findElements(By.id("form-event-triage"))).isEmpty();
          logout(b);

          ConsoleBrowser.login(b, base(), "supervisor.liandu");
          b.get(base() + "/console/matters/" + number);
          accessible(b, "event awaiting triage");
          type(b, "triage-units", "zijin-street");
          type(b, "triage-lead", "zijin-street");
          byKeyboard(b, "form-event-triage", "triaged");
          assertThat(eventState(b)).isEqualTo("ASSIGNED");
          assertThat(b.findElement(By.id("event-facts")).getText())
              .contains("一般社会治理事件")
              .contains("牵头单位：zijin-street");
          logout(b);

          // the department handler signs for it and reports what was done
          ConsoleBrowser.login(b, base(), "handler.liandu");
          b.get(base() + "/console/matters");
          assertThat(b.findElement(By.id("queue")).getText()).contains(number);
          b.findElement(By.linkText(number)).click();
          waitFor(b, d -> d.getCurrentUrl().endsWith("/console/matters/" + number));
          assertThat(b.findElements(By.id("form-event-triage"))).isEmpty();
          accessible(b, "assigned event");
          byKeyboard(b, "form-event-SIGN_FOR", "event-SIGN_FOR");
          assertThat(eventState(b)).isEqualTo("IN_HANDLING");
          type(b, "event-handled-summary", "路灯已修复并恢复照明");
          byKeyboard(b, "form-event-REPORT_HANDLED", "event-REPORT_HANDLED");
          assertThat(eventState(b)).isEqualTo("HANDLED");
          accessible(b, "handled event");
          logout(b);

          ConsoleBrowser.login(b, base(), "supervisor.liandu");
          b.get(base() + "/console/matters/" + number);
          b.findElement(By.id("event-outcome-resolved")).sendKeys(" ");
          type(b, "event-close-summary", "已修复");
          byKeyboard(b, "form-event-CLOSE", "event-CLOSE");
          assertThat(eventState(b)).isEqualTo("CLOSED");
          assertThat(state(b)).isEqualTo("CLOSED");
          type(b, "event-assessment", "处置及时");
          type(b, "event-lessons", "建立巡查台账");
          byKeyboard(b, "form-event-REVIEW", "event-REVIEW");
          assertThat(eventState(b)).isEqualTo("REVIEWED");
          type(b, "event-report", "路灯故障已于当日修复");
          byKeyboard(b, "form-event-REPORT_RESULT", "event-REPORT_RESULT");
          assertThat(eventState(b)).isEqualTo("RESULT_REPORTED");
          byKeyboard(b, "form-event-ARCHIVE", "event-ARCHIVE");
          assertThat(eventState(b)).isEqualTo("ARCHIVED");
          assertThat(b.findElement(By.id("event-facts")).getText())
              .contains("复盘评估：处置及时")
              .contains("处置结果上报编号");
          assertThat(b.findElement(By.id("timeline")).getText())
              .contains("转入事件处置（RECEIVE）")
              .contains("签收（SIGN_FOR）")
              .contains("归档（ARCHIVE）");
          // nothing is left to do: no form of the event remains
          assertThat(b.findElements(By.cssSelector("#event form"))).isEmpty();
          accessible(b, "archived event");
        });
  }

  @Test
  void a_dispute_unsuitable_for_mediation_goes_to_arbitration_and_the_report_back_closes_it()
      throws Exception {
    String number = accepted("dispute.labour", "紫金街道33号");
    chromium.scenario(
        b -> {
          ConsoleBrowser.login(b, base(), "mediator.liandu");
          b.get(base() + "/console/matters/" + number);
          ConsoleCaseWorkTest.submit(b, b.findElement(By.id("open-mediation")), "opened");
          b.findElement(By.id("suitable-no")).sendKeys(" ");
          type(b, "suitable-reasons", "劳动争议，需仲裁");
          ConsoleCaseWorkTest.submit(
              b, b.findElement(By.cssSelector("#form-suitability button")), "suitability");
          assertThat(ConsoleCaseWorkTest.mediationState(b)).isEqualTo("UNSUITABLE");
          accessible(b, "mediation found unsuitable");
          new org.openqa.selenium.support.ui.Select(b.findElement(By.id("refer-road")))
              .selectByValue("LABOUR_ARBITRATION");
          type(b, "refer-body", "liandu-labour-arbitration");
          type(b, "refer-bodyName", "莲都区劳动人事争议仲裁院");
          type(b, "refer-reason", "用人单位拒绝调解");
          byKeyboard(b, "form-refer", "referred");
          assertThat(ConsoleCaseWorkTest.mediationState(b)).isEqualTo("ROUTED_ONWARD");
          WebElement onward = b.findElement(By.id("onward"));
          assertThat(onward.getText())
              .contains(number + "/O1")
              .contains("劳动人事争议仲裁")
              .contains("莲都区劳动人事争议仲裁院")
              .contains("个工作日");
          assertThat(b.findElement(By.cssSelector(".referral-state")).getAttribute("data-state"))
              .isEqualTo("REFERRED");
          assertThat(b.findElements(By.id("form-refer"))).isEmpty();
          accessible(b, "referred dispute");
          logout(b);

          ConsoleBrowser.login(b, base(), "handler.liandu");
          b.get(base() + "/console/matters/" + number);
          type(b, "onward-bodyReference", "莲劳仲案字1号");
          byKeyboard(b, "form-onward-RECEIVED", "onward-RECEIVED");
          assertThat(b.findElement(By.cssSelector(".referral-state")).getAttribute("data-state"))
              .isEqualTo("RECEIVED");
          type(b, "onward-decision", "裁决支付拖欠工资");
          byKeyboard(b, "form-onward-DECIDED", "onward-DECIDED");
          accessible(b, "decided referral");
          type(b, "onward-report-id", "R-1");
          type(b, "onward-conclusion", "已裁决并履行");
          b.findElement(By.id("onward-settled-yes")).sendKeys(" ");
          byKeyboard(b, "form-onward-report", "reportedBack");
          assertThat(b.findElement(By.cssSelector(".referral-state")).getAttribute("data-state"))
              .isEqualTo("REPORTED_BACK");
          assertThat(state(b)).isEqualTo("CLOSED");
          assertThat(b.findElement(By.id("onward")).getText()).contains("纠纷已化解");
          assertThat(b.findElements(By.cssSelector("#onward form"))).isEmpty();
          assertThat(b.findElement(By.id("timeline")).getText())
              .contains("导入其他途径（REFER）")
              .contains("处理结论（DECIDE）")
              .contains("接收机关反馈（REPORT_BACK）");
          accessible(b, "referral reported back");
        });
  }

  // ---------------------------------------------------------------- over plain HTTP

  @Test
  void the_event_forms_keep_to_the_apis_roles_refuse_a_stale_version_and_bad_fields() {
    String clerk = token("331102", Roles.CLERK);
    String supervisor = token("331102", Roles.SUPERVISOR);
    String handler = token("331102", Roles.HANDLER);
    String mediator = token("331102", Roles.MEDIATOR);
    String number = accepted("event.public_demand", "紫金街道34号");
    // the mediator may not receive an event, and is shown no form for it
    assertThat(page(mediator, number)).doesNotContain("form-event-receive");
    assertThat(postRaw(mediator, number, "/event", new Form().param("version", "x")).getStatus())
        .isEqualTo(403);
    assertThat(post(clerk, number, "/event", new Form())).endsWith("done=eventReceived");
    // the mediator does not read events (the API's roles): no event section at all
    assertThat(page(mediator, number)).doesNotContain("id=\"event\"");
    assertThat(page(handler, number))
        .contains("data-state=\"RECEIVED\"")
        .doesNotContain("form-event-triage");
    assertThat(
            postRaw(handler, number, "/event/triage", new Form().param("units", "zijin-street"))
                .getStatus())
        .isEqualTo(403);

    // a unit code the API refuses is named, and nothing is written
    Response bad =
        postForm(supervisor, number, "/event/triage", new Form().param("units", "zijin!"));
    String badPage = bad.readEntity(String.class);
    assertThat(bad.getStatus()).isEqualTo(400);
    assertThat(badPage).contains("units[0]").contains("id=\"form-message\"");
    assertThat(page(supervisor, number)).contains("data-state=\"RECEIVED\"");

    // a form drawn before the event changed is refused, and changes nothing
    String before = page(supervisor, number);
    assertThat(
            post(
                supervisor,
                number,
                "/event/triage",
                new Form().param("units", "zijin-street").param("lead", "zijin-street")))
        .endsWith("done=triaged");
    Response stale =
        target
            .path("/console/matters/" + number + "/event/steps")
            .request()
            .header("Cookie", cookie(handler))
            .post(
                Entity.entity(
                    new Form()
                        .param(ConsoleCsrf.FIELD, ConsoleCsrf.of(handler))
                        .param("eventVersion", hidden(before, "eventVersion"))
                        .param("step", "SIGN_FOR"),
                    MediaType.APPLICATION_FORM_URLENCODED));
    assertThat(stale.getStatus()).isEqualTo(412);
    assertThat(stale.readEntity(String.class)).contains("id=\"form-message\"");
    assertThat(page(handler, number)).contains("data-state=\"ASSIGNED\"");

    // a step the state does not allow is refused by the core, the page saying so
    Response early = postForm(handler, number, "/event/steps", new Form().param("step", "ARCHIVE"));
    assertThat(early.getStatus()).isEqualTo(409);
    assertThat(page(handler, number)).contains("data-state=\"ASSIGNED\"");
    // a step the API does not know is named
    Response unknown = postForm(handler, number, "/event/steps", new Form().param("step", "DANCE"));
    assertThat(unknown.getStatus()).isEqualTo(400);
    assertThat(unknown.readEntity(String.class)).contains("DANCE");

    // a declined assignment goes back to the center for triage
    assertThat(
            post(
                handler,
                number,
                "/event/steps",
                new Form().param("step", "DECLINE_ASSIGNMENT").param("reason", "不属本单位职责")))
        .endsWith("done=event-DECLINE_ASSIGNMENT");
    assertThat(page(supervisor, number))
        .contains("data-state=\"RECEIVED\"")
        .contains("form-event-triage");
  }

  @Test
  void the_triage_and_referral_forms_offer_the_known_units_by_name_and_keep_free_entry() {
    String clerk = token("331102", Roles.CLERK);
    String supervisor = token("331102", Roles.SUPERVISOR);
    String mediator = token("331102", Roles.MEDIATOR);
    String number = accepted("event.public_demand", "紫金街道35号");
    post(clerk, number, "/event", new Form());
    String form = page(supervisor, number);
    // the units of the default configuration by name, the county's townships from the division
    // table, each a labelled checkbox; the lead chosen from the same list or typed
    assertThat(form)
        .contains("id=\"triage-known-units\"")
        .contains(
            "<input type=\"checkbox\" name=\"unit\" value=\"county-justice-bureau\""
                + " id=\"triage-unit-county-justice-bureau\"> <label"
                + " for=\"triage-unit-county-justice-bureau\"><span>县司法局</span>"
                + " (county-justice-bureau)</label>")
        .contains("value=\"331102001\"")
        .contains("<span>紫金街道</span> (331102001)")
        .contains("list=\"triage-unit-list\"")
        .contains("<datalist id=\"triage-unit-list\">")
        .contains("id=\"triage-units\" name=\"units\"");
    // Qingtian's townships are not Liandu's
    assertThat(form).doesNotContain("value=\"331121");

    // two units ticked and one typed beside them, one of them twice: each acts once
    Form triage =
        new Form()
            .param("unit", "county-justice-bureau")
            .param("unit", "331102001")
            .param("units", "zijin-street 331102001")
            .param("lead", "331102001");
    assertThat(post(supervisor, number, "/event/triage", triage)).endsWith("done=triaged");
    assertThat(page(supervisor, number))
        .contains("data-state=\"ASSIGNED\"")
        .contains("承办单位：county-justice-bureau、331102001、zijin-street<")
        .contains("牵头单位：331102001<");

    // the referral form offers the same units for the receiving body, in English too
    String referred = unsuitable(mediator, "紫金街道36号");
    String refer =
        target
            .path("/console/matters/" + referred)
            .request()
            .header(
                "Cookie",
                cookie(mediator) + "; " + ConsolePreferencesResource.LANGUAGE_COOKIE + "=en")
            .get(String.class);
    assertThat(refer)
        .contains("list=\"refer-unit-list\"")
        // a township's official name stays Chinese, marked so for the English page
        .contains("<option value=\"331102001\" lang=\"zh-CN\">紫金街道 (331102001)</option>")
        .contains(
            "<option value=\"county-labour-arbitration\">County labor and personnel dispute"
                + " arbitration court (county-labour-arbitration)</option>");
  }

  @Test
  void after_a_failed_mediation_the_forms_file_online_and_refer_to_litigation() {
    String mediator = token("331102", Roles.MEDIATOR);
    String handler = token("331102", Roles.HANDLER);
    String number = accepted("dispute.neighbour", "紫金街道35号");
    post(mediator, number, "/mediation", new Form());
    ConsoleMediationSteps.heldOffline(this::post, mediator, number, "不同意分担");
    // before the failure there is no onward road to take
    assertThat(page(mediator, number))
        .doesNotContain("form-litigation")
        .doesNotContain("form-refer");
    post(
        mediator,
        number,
        "/mediation/conclusion",
        new Form()
            .param("outcome", "FAILURE")
            .param("reason", "被申请人拒绝分担")
            .param("routesTold", "诉讼"));
    String failed = page(mediator, number);
    assertThat(failed)
        .contains("data-state=\"FAILED\"")
        .contains("form-litigation")
        .contains("form-refer");
    // the handler records what bodies report, but does not decide the road
    assertThat(page(handler, number))
        .doesNotContain("form-litigation")
        .doesNotContain("form-refer");
    assertThat(postRaw(handler, number, "/mediation/litigation", new Form()).getStatus())
        .isEqualTo(403);

    assertThat(post(mediator, number, "/mediation/litigation", new Form()))
        .endsWith("done=litigation");
    String filed = page(mediator, number);
    assertThat(filed)
        .contains("data-state=\"REFERRED_TO_LITIGATION\"")
        .doesNotContain("form-litigation");
    // a road the API does not know is named, and nothing is referred
    Response bad =
        postForm(
            mediator,
            number,
            "/onward",
            new Form()
                .param("road", "DUEL")
                .param("body", "liandu-court")
                .param("bodyName", "莲都区人民法院")
                .param("reason", "当事人选择诉讼"));
    assertThat(bad.getStatus()).isEqualTo(400);
    assertThat(bad.readEntity(String.class)).contains("road").contains("DUEL");
    assertThat(page(mediator, number)).doesNotContain("referral-state");
    assertThat(
            post(
                mediator,
                number,
                "/onward",
                new Form()
                    .param("road", "LITIGATION")
                    .param("body", "liandu-court")
                    .param("bodyName", "莲都区人民法院")
                    .param("reason", "当事人选择诉讼")))
        .endsWith("done=referred");
    String referred = page(handler, number);
    assertThat(referred)
        .contains("诉讼立案")
        .contains("网上立案编号")
        .contains("data-state=\"REFERRED\"")
        .contains("form-onward-RECEIVED");
    // a stale referral form changes nothing
    post(
        handler,
        number,
        "/onward/1/steps",
        new Form()
            .param("step", "RECEIVED")
            .param("on", today())
            .param("bodyReference", "（2026）浙1102民初1号"));
    Response stale =
        target
            .path("/console/matters/" + number + "/onward/1/steps")
            .request()
            .header("Cookie", cookie(handler))
            .post(
                Entity.entity(
                    new Form()
                        .param(ConsoleCsrf.FIELD, hidden(referred, ConsoleCsrf.FIELD))
                        .param("referralVersion", hidden(referred, "referralVersion"))
                        .param("step", "NOT_ACCEPTED")
                        .param("on", today())
                        .param("reason", "不属受理范围"),
                    MediaType.APPLICATION_FORM_URLENCODED));
    assertThat(stale.getStatus()).isEqualTo(412);
    assertThat(page(handler, number)).contains("data-state=\"RECEIVED\"").contains("民初1号");
    // a referral that does not exist is a 404 page
    assertThat(
            postRaw(handler, number, "/onward/9/steps", new Form().param("step", "DECIDED"))
                .getStatus())
        .isEqualTo(404);
  }

  @Test
  void the_work_queue_pages_like_the_apis_lists_with_links_and_the_total() {
    String clerk = token("331102", Roles.CLERK);
    for (int i = 0; i < 3; i++) {
      accepted("dispute.neighbour", "紫金街道4" + i + "号");
    }
    String first = queue(clerk, 0, 2);
    Matcher total = Pattern.compile("共 (\\d+) 件").matcher(first);
    assertThat(total.find()).isTrue();
    int all = Integer.parseInt(total.group(1));
    assertThat(all).isGreaterThanOrEqualTo(3);
    assertThat(rows(first)).hasSize(2);
    assertThat(first)
        .contains("id=\"pager\"")
        .contains("href=\"/console/matters?page=1&amp;size=2\"")
        .contains("aria-current=\"page\"")
        .doesNotContain("id=\"pager-previous\"");
    String second = queue(clerk, 1, 2);
    assertThat(second).contains("id=\"pager-previous\"");
    assertThat(rows(second)).isNotEmpty().doesNotContainAnyElementsOf(rows(first));
    // past the end: an empty page, the total still told
    String past = queue(clerk, 999, 2);
    assertThat(rows(past)).isEmpty();
    assertThat(past).contains("共 " + all + " 件");
    // the API's ranges: a bad page or size is a clear 400 page, not a default
    for (String q : List.of("?size=0", "?size=201", "?page=-1", "?page=x")) {
      Response bad =
          target
              .path("/console/matters")
              .queryParam(q.substring(1, q.indexOf('=')), q.substring(q.indexOf('=') + 1))
              .request()
              .header("Cookie", cookie(clerk))
              .get();
      assertThat(bad.getStatus()).as(q).isEqualTo(400);
      assertThat(bad.readEntity(String.class)).as(q).contains("请求有误");
    }
  }

  @Test
  void the_petition_road_offers_its_reviews_and_a_body_not_accepting_lets_the_dispute_go_again() {
    String mediator = token("331102", Roles.MEDIATOR);
    String handler = token("331102", Roles.HANDLER);
    String petition = unsuitable(mediator, "紫金街道36号");
    post(
        mediator,
        petition,
        "/onward",
        new Form()
            .param("road", "PETITION")
            .param("body", "liandu-petition-bureau")
            .param("bodyName", "莲都区信访局")
            .param("reason", "当事人选择信访"));
    post(
        handler,
        petition,
        "/onward/1/steps",
        new Form().param("step", "RECEIVED").param("on", today()).param("bodyReference", "莲信1号"));
    post(
        handler,
        petition,
        "/onward/1/steps",
        new Form().param("step", "DECIDED").param("on", today()).param("decision", "予以支持"));
    // 复查 and 复核 exist on the 信访 road only
    assertThat(page(handler, petition))
        .contains("form-onward-REVIEW_REQUESTED")
        .contains("form-onward-report");
    assertThat(
            post(
                handler,
                petition,
                "/onward/1/steps",
                new Form().param("step", "REVIEW_REQUESTED").param("on", today())))
        .endsWith("done=onward-REVIEW_REQUESTED");
    assertThat(page(handler, petition))
        .contains("data-state=\"UNDER_REVIEW\"")
        .contains("form-onward-REVIEW_CONCLUDED")
        .doesNotContain("form-onward-report");
    post(
        handler,
        petition,
        "/onward/1/steps",
        new Form().param("step", "REVIEW_CONCLUDED").param("on", today()).param("opinion", "维持"));
    assertThat(page(handler, petition))
        .contains("data-state=\"REVIEWED\"")
        .contains("form-onward-RECHECK_REQUESTED")
        .contains("复查意见（CONCLUDE_REVIEW）");

    String again = unsuitable(mediator, "紫金街道37号");
    post(
        mediator,
        again,
        "/onward",
        new Form()
            .param("road", "LEGAL_AID")
            .param("body", "liandu-legal-aid")
            .param("bodyName", "莲都区法律援助中心")
            .param("reason", "当事人经济困难"));
    // while the referral runs, no second road
    assertThat(page(mediator, again)).doesNotContain("form-refer");
    post(
        handler,
        again,
        "/onward/1/steps",
        new Form().param("step", "NOT_ACCEPTED").param("on", today()).param("reason", "不符合援助条件"));
    String refused = page(mediator, again);
    assertThat(refused).contains("data-state=\"NOT_ACCEPTED\"").contains("form-refer");
    // the arbitration road has no 复查: a body's decision leads to the report back only
    post(
        mediator,
        again,
        "/onward",
        new Form()
            .param("road", "LABOUR_ARBITRATION")
            .param("body", "liandu-labour-arbitration")
            .param("bodyName", "莲都区劳动人事争议仲裁院")
            .param("reason", "改走仲裁"));
    post(
        handler,
        again,
        "/onward/2/steps",
        new Form().param("step", "RECEIVED").param("on", today()).param("bodyReference", "莲劳仲2号"));
    post(
        handler,
        again,
        "/onward/2/steps",
        new Form().param("step", "DECIDED").param("on", today()).param("decision", "裁决"));
    assertThat(page(handler, again))
        .contains(again + "/O2")
        .contains("form-onward-report")
        .doesNotContain("form-onward-REVIEW_REQUESTED");
  }

  /** A dispute opened for mediation from the console and found unsuitable; its number. */
  String unsuitable(String mediator, String address) {
    String number = accepted("dispute.labour", address);
    post(mediator, number, "/mediation", new Form());
    post(
        mediator,
        number,
        "/mediation/suitability",
        new Form().param("suitable", "no").param("reasons", "劳动争议，需其他途径"));
    assertThat(page(mediator, number)).contains("data-state=\"UNSUITABLE\"").contains("form-refer");
    return number;
  }

  // ---------------------------------------------------------------- helpers

  static String today() {
    return java.time.LocalDate.now(Wiring.ZONE).toString();
  }

  /** A queue ticket drawn at the kiosk of {@code county}; its number. */
  String takeTicket(String county) {
    Response r =
        target
            .path("/api/v1/queue-tickets")
            .request()
            .header("Authorization", "Bearer " + token(county, Roles.KIOSK))
            .post(Entity.entity("", MediaType.APPLICATION_JSON));
    String body = r.readEntity(String.class);
    assertThat(r.getStatus()).as(body).isEqualTo(201);
    return Json.createReader(new StringReader(body)).readObject().getString("number");
  }

  /** A matter of {@code category} registered complete in 紫金街道 and accepted over the API. */
  String accepted(String category, String address) {
    String clerk = token("331102", Roles.CLERK);
    String body =
        """
        {"channel":"WINDOW",
         "parties":[{"role":"APPLICANT","type":"CITIZEN","name":"赵六","idNumber":"%s"},
                    {"role":"RESPONDENT","type":"CITIZEN","name":"钱七"}],
         "category":"%s",
         "place":{"townshipCode":"331102001","township":"紫金街道","address":"%s"},
         "description":"路灯损坏，夜间出行不便",
         "materials":[{"kind":"id_card","description":"身份证复印件"},
                      {"kind":"application","description":"申请书"},
                      {"kind":"registration_form","description":"登记表"}]}
        """
            .formatted(ConsoleBrowserTest.ID, category, address);
    Response r =
        target
            .path("/api/v1/matters")
            .request()
            .header("Authorization", "Bearer " + clerk)
            .post(Entity.entity(body, MediaType.APPLICATION_JSON));
    String text = r.readEntity(String.class);
    assertThat(r.getStatus()).as(text).isEqualTo(201);
    String number = Json.createReader(new StringReader(text)).readObject().getString("number");
    String etag =
        target
            .path("/api/v1/matters/" + number)
            .request()
            .header("Authorization", "Bearer " + clerk)
            .get()
            .getHeaderString("ETag");
    Response decided =
        target
            .path("/api/v1/matters/" + number + "/decision")
            .request()
            .header("Authorization", "Bearer " + clerk)
            .header("If-Match", etag)
            .post(Entity.entity("{\"verdict\":\"REVIEW\"}", MediaType.APPLICATION_JSON));
    JsonObject d =
        Json.createReader(new StringReader(decided.readEntity(String.class))).readObject();
    assertThat(d.getString("outcome")).as(d.toString()).isEqualTo("ACCEPTED");
    return number;
  }

  String page(String token, String number) {
    return target
        .path("/console/matters/" + number)
        .request()
        .header("Cookie", cookie(token))
        .get(String.class);
  }

  String queue(String token, int page, int size) {
    Response r =
        target
            .path("/console/matters")
            .queryParam("page", page)
            .queryParam("size", size)
            .request()
            .header("Cookie", cookie(token))
            .get();
    String body = r.readEntity(String.class);
    assertThat(r.getStatus()).as(body).isEqualTo(200);
    return body;
  }

  /** The registration numbers a queue page lists. */
  static List<String> rows(String html) {
    return Pattern.compile("<th scope=\"row\"><a href=\"/console/matters/([^\"]+)\">")
        .matcher(html)
        .results()
        .map(m -> m.group(1))
        .toList();
  }

  /**
   * Posts a matter page's form as a browser without script would: the page read first, its CSRF
   * token and every version it shows sent back with the fields; the response as it comes.
   */
  Response postForm(String token, String number, String action, Form form) {
    String page = page(token, number);
    form.param(ConsoleCsrf.FIELD, hidden(page, ConsoleCsrf.FIELD));
    for (String version :
        List.of("version", "mediationVersion", "eventVersion", "referralVersion")) {
      form.param(version, hidden(page, version));
    }
    return target
        .path("/console/matters/" + number + action)
        .property("jersey.config.client.followRedirects", false)
        .request()
        .header("Cookie", cookie(token))
        .post(Entity.entity(form, MediaType.APPLICATION_FORM_URLENCODED));
  }

  /** {@link #postForm} that must succeed; the redirect's target. */
  String post(String token, String number, String action, Form form) {
    Response r = postForm(token, number, action, form);
    String body = r.readEntity(String.class);
    assertThat(r.getStatus()).as(action + ": " + body).isEqualTo(303);
    return r.getHeaderString("Location");
  }

  /** A form posted with a valid CSRF token but no page read first: for refusals by role. */
  Response postRaw(String token, String number, String action, Form form) {
    return target
        .path("/console/matters/" + number + action)
        .property("jersey.config.client.followRedirects", false)
        .request()
        .header("Cookie", cookie(token))
        .post(
            Entity.entity(
                form.param(ConsoleCsrf.FIELD, ConsoleCsrf.of(token)),
                MediaType.APPLICATION_FORM_URLENCODED));
  }
}
