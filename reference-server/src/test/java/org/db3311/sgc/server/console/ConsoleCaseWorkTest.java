package org.db3311.sgc.server.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.db3311.sgc.server.console.ConsoleBrowserTest.accessible;
import static org.db3311.sgc.server.console.ConsoleBrowserTest.waitFor;
import static org.db3311.sgc.server.console.ConsoleCredentials.cookie;
import static org.db3311.sgc.server.console.ConsoleCredentials.token;

import io.helidon.microprofile.testing.junit5.AddConfig;
import io.helidon.microprofile.testing.junit5.HelidonTest;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.client.WebTarget;
import jakarta.ws.rs.core.Form;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.StringReader;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.db3311.sgc.server.security.Roles;
import org.db3311.sgc.server.wiring.Wiring;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * The console's case work: a matter registered at the window with a material missing is
 * supplemented and accepted (6.1.1.1), opened for mediation, assessed, consented to, routed,
 * scheduled, recorded, concluded and closed (6.2.1.1) — all from the console, by keyboard and plain
 * forms, in headless Chromium, each new page checked with axe-core; the division scope and the CSRF
 * token hold over plain HTTP.
 */
@HelidonTest
@AddConfig(key = "sgc.data-dir", value = "target/test-data/console-case-work")
@AddConfig(key = "sgc.counties", value = "331102,331121")
@DisplayName("Web console case work: work queue, matter page, intake decision, mediation, CSRF")
class ConsoleCaseWorkTest {

  @RegisterExtension static final ConsoleBrowser chromium = ConsoleBrowser.standard();

  static final String ID = ConsoleBrowserTest.ID;

  @Inject WebTarget target;

  String base() {
    return ConsoleBrowser.base(target);
  }

  void logout(WebDriver b) {
    b.findElement(By.cssSelector(".who button")).click();
    waitFor(b, d -> d.getCurrentUrl().endsWith("/console/login"));
  }

  /** Submits a form of the matter page and waits for the page it leads to, with its message. */
  static void submit(WebDriver b, WebElement button, String done) {
    // the page before is replaced — by a new page, or in place when htmx enhances the form
    WebElement before = b.findElement(By.id("state"));
    button.sendKeys(Keys.ENTER);
    new org.openqa.selenium.support.ui.WebDriverWait(b, Duration.ofSeconds(15))
        .until(org.openqa.selenium.support.ui.ExpectedConditions.stalenessOf(before));
    waitFor(
        b,
        d ->
            d.getCurrentUrl().contains("done=" + done)
                || !d.findElements(By.id("form-message")).isEmpty());
    assertThat(b.findElements(By.id("form-message")))
        .as(() -> b.findElement(By.id("form-message")).getText())
        .isEmpty();
  }

  static String state(WebDriver b) {
    return b.findElement(By.id("state")).getAttribute("data-state");
  }

  static String mediationState(WebDriver b) {
    return b.findElement(By.id("mediation-state")).getAttribute("data-state");
  }

  static void type(WebDriver b, String id, String text) {
    WebElement e = b.findElement(By.id(id));
    e.clear();
    e.sendKeys(text);
  }

  /** A datetime-local value, typed as Chromium takes it: set through the value property. */
  static void dateTime(WebDriver b, String id, LocalDateTime at) {
    ((JavascriptExecutor) b)
        .executeScript(
            "arguments[0].value = arguments[1];",
            b.findElement(By.id(id)),
            at.format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm")));
  }

  @Test
  void a_matter_missing_a_material_is_supplemented_accepted_mediated_and_closed_from_the_console()
      throws Exception {
    chromium.scenario(
        b -> {
          ConsoleBrowser.login(b, base(), "clerk.liandu");
          b.get(base() + "/console/intake");
          b.findElement(By.id("idNumber")).sendKeys(ID);
          ConsoleBrowserTest.fillWith(b, "紫金街道21号", List.of("id_card", "application"));
          waitFor(b, d -> d.getCurrentUrl().contains("/console/intake/331102-"));
          String number = b.findElement(By.id("number")).getText();

          // the clerk's work queue lists it, awaiting the supplement
          b.get(base() + "/console/matters");
          accessible(b, "work queue");
          assertThat(b.findElement(By.id("queue")).getText()).contains(number).contains("待补正材料");
          b.findElement(By.linkText(number)).click();
          waitFor(b, d -> d.getCurrentUrl().endsWith("/console/matters/" + number));
          assertThat(state(b)).isEqualTo("AWAITING_SUPPLEMENT");
          assertThat(b.findElement(By.id("timeline")).getText()).contains("REGISTER");
          // only what the state allows: no mediation yet, no decision before the supplement
          assertThat(b.findElements(By.id("form-open"))).isEmpty();
          assertThat(b.findElements(By.id("form-decision"))).isEmpty();
          accessible(b, "matter awaiting its supplement");

          b.findElement(By.id("supplement-registration_form")).sendKeys(" ");
          type(b, "supplement-note", "申请人补交登记表");
          submit(b, b.findElement(By.cssSelector("#form-supplement button")), "materials");
          assertThat(state(b)).isEqualTo("PENDING_DECISION");
          assertThat(b.findElement(By.id("message")).getText()).contains("补正材料");
          submit(b, b.findElement(By.id("decide-review")), "accepted");
          assertThat(state(b)).isEqualTo("ACCEPTED");
          accessible(b, "accepted matter");
          submit(b, b.findElement(By.id("open-mediation")), "opened");
          assertThat(mediationState(b)).isEqualTo("OPENED");
          // the clerk opens mediation; the steps of mediation are the mediator's
          assertThat(b.findElements(By.id("form-suitability"))).isEmpty();
          logout(b);

          ConsoleBrowser.login(b, base(), "mediator.liandu");
          b.get(base() + "/console/matters");
          assertThat(b.findElement(By.id("queue")).getText()).contains(number);
          b.get(base() + "/console/matters/" + number);
          assertThat(state(b)).isEqualTo("IN_HANDLING");
          // a refused form comes back with the reason; htmx swaps it in place (no page load)
          JavascriptExecutor js = (JavascriptExecutor) b;
          js.executeScript("window.sgcStay = true;");
          WebElement before = b.findElement(By.id("state"));
          b.findElement(By.id("suitable-yes")).sendKeys(" ");
          b.findElement(By.cssSelector("#form-suitability button")).sendKeys(Keys.ENTER);
          new org.openqa.selenium.support.ui.WebDriverWait(b, Duration.ofSeconds(15))
              .until(org.openqa.selenium.support.ui.ExpectedConditions.stalenessOf(before));
          waitFor(b, d -> !d.findElements(By.id("form-message")).isEmpty());
          assertThat(b.findElement(By.id("form-message")).getText()).contains("reasons");
          assertThat((Boolean) js.executeScript("return window.sgcStay === true;")).isTrue();
          assertThat(mediationState(b)).isEqualTo("OPENED");
          accessible(b, "mediation form refused");
          b.findElement(By.id("suitable-yes")).sendKeys(" ");
          type(b, "suitable-reasons", "邻里排水纠纷，事实清楚，适宜调解");
          submit(b, b.findElement(By.cssSelector("#form-suitability button")), "suitability");
          assertThat(mediationState(b)).isEqualTo("AWAITING_CONSENT");
          accessible(b, "mediation awaiting consent");
          for (int i = 0; i < 2; i++) {
            b.findElement(By.id("agrees-yes")).sendKeys(" ");
            b.findElement(By.id("consent-informed")).sendKeys(" ");
            submit(b, b.findElement(By.cssSelector("#form-consent button")), "consent");
          }
          assertThat(mediationState(b)).isEqualTo("CONSENTED");
          submit(b, b.findElement(By.id("route")), "routed");
          assertThat(mediationState(b)).isEqualTo("ROUTED");
          // the handling deadline runs, counted in working days
          assertThat(b.findElement(By.id("deadlines")).getText()).contains("个工作日");

          LocalDateTime at = LocalDateTime.now(Wiring.ZONE).withSecond(0).withNano(0);
          b.findElement(By.id("mode-offline")).sendKeys(" ");
          dateTime(b, "session-startsAt", at.minusHours(2));
          submit(b, b.findElement(By.cssSelector("#form-schedule button")), "scheduled");
          assertThat(mediationState(b)).isEqualTo("SCHEDULED");
          accessible(b, "scheduled mediation");

          dateTime(b, "record-heldAt", at.minusHours(1));
          type(b, "record-place", "莲都区社会治理中心调解室");
          type(b, "record-recorder", "书记员甲");
          type(b, "statement-0", "排水沟被堵，雨天积水");
          type(b, "statement-1", "堵塞并非本人所为");
          type(b, "record-facts", "排水沟在两户之间，双方均有使用");
          type(b, "record-risk", "矛盾有激化可能，需跟进");
          b.findElement(By.id("record-rights")).sendKeys(" ");
          b.findElement(By.id("record-signed")).sendKeys(" ");
          submit(b, b.findElement(By.cssSelector("#form-record button")), "recorded");
          assertThat(mediationState(b)).isEqualTo("IN_SESSION");
          accessible(b, "mediation in session (agreement and failure forms)");

          type(b, "conclude-reason", "双方对责任分担分歧较大");
          type(b, "conclude-routes", "可向人民法院起诉");
          submit(b, b.findElement(By.cssSelector("#form-conclude button")), "concluded");
          assertThat(mediationState(b)).isEqualTo("FAILED");
          submit(b, b.findElement(By.id("close")), "closed");
          assertThat(mediationState(b)).isEqualTo("CLOSED");
          assertThat(state(b)).isEqualTo("CLOSED");
          // every step is on the timeline
          String timeline = b.findElement(By.id("timeline")).getText();
          assertThat(timeline)
              .contains("SUBMIT_MATERIALS", "ACCEPT", "ROUTE", "HOLD_SESSION", "FAIL", "CLOSE");
          // a closed matter offers no action
          assertThat(b.findElements(By.cssSelector("form[id^=form-]"))).isEmpty();
          accessible(b, "closed matter");
        });
  }

  @Test
  void the_applicant_follows_the_matter_with_the_code_on_the_receipt_and_sees_no_personal_data()
      throws Exception {
    chromium.scenario(
        b -> {
          ConsoleBrowser.login(b, base(), "clerk.liandu");
          b.get(base() + "/console/intake");
          b.findElement(By.id("idNumber")).sendKeys(ID);
          ConsoleBrowserTest.fillWith(
              b, "紫金街道33号", List.of("id_card", "application", "registration_form"));
          waitFor(b, d -> d.getCurrentUrl().contains("/console/intake/331102-"));
          String number = b.findElement(By.id("number")).getText();
          String code = b.findElement(By.id("follow-code")).getText();
          assertThat(code).matches("[0-9A-Z]{8}");
          logout(b);

          b.get(base() + "/public/matters");
          accessible(b, "public follow form");
          // a wrong code answers as an unknown number
          type(b, "number", number);
          type(b, "code", code.equals("00000000") ? "11111111" : "00000000");
          b.findElement(By.id("code")).sendKeys(Keys.ENTER);
          waitFor(b, d -> !d.findElements(By.id("follow-error")).isEmpty());
          assertThat(b.findElement(By.id("follow-error")).getText()).contains("未查到");
          assertThat(b.findElements(By.id("result"))).isEmpty();
          accessible(b, "public follow form with an error");

          type(b, "code", code.toLowerCase(java.util.Locale.ROOT));
          b.findElement(By.id("code")).sendKeys(Keys.ENTER);
          waitFor(b, d -> !d.findElements(By.id("result")).isEmpty());
          assertThat(b.findElement(By.id("follow-state")).getText()).isEqualTo("已受理");
          assertThat(b.findElement(By.id("follow-applicants")).getText()).isEqualTo("张*");
          assertThat(b.findElement(By.id("follow-steps")).getText()).contains("已受理");
          String page = b.findElement(By.tagName("body")).getText();
          assertThat(page)
              .doesNotContain("张三")
              .doesNotContain("李四")
              .doesNotContain(ID)
              .doesNotContain("13812341234")
              .doesNotContain("紫金街道33号")
              .doesNotContain("排水沟");
          accessible(b, "public follow result");
        });
  }

  @Test
  void the_public_follow_page_needs_no_token_and_tells_a_wrong_code_from_nothing() {
    String number = register("331102", "331102001", token("331102", Roles.CLERK));
    review(number, token("331102", Roles.CLERK));
    Response form = target.path("/public/matters").request().get();
    assertThat(form.getStatus()).isEqualTo(200);
    Response wrong =
        target
            .path("/public/matters")
            .request()
            .post(
                Entity.entity(
                    new Form().param("number", number).param("code", "ZZZZZZZZ"),
                    MediaType.APPLICATION_FORM_URLENCODED));
    Response unknown =
        target
            .path("/public/matters")
            .request()
            .post(
                Entity.entity(
                    new Form().param("number", "331102-20200101-9999").param("code", "ZZZZZZZZ"),
                    MediaType.APPLICATION_FORM_URLENCODED));
    assertThat(wrong.getStatus()).isEqualTo(404);
    assertThat(unknown.getStatus()).isEqualTo(404);
    assertThat(wrong.readEntity(String.class)).contains(PublicMatterResource.UNKNOWN);
    assertThat(unknown.readEntity(String.class)).contains(PublicMatterResource.UNKNOWN);
    // the code is printed on the API's notice too (this matter lacks its registration form)
    String notice =
        target
            .path("/api/v1/matters/" + number + "/notice")
            .request()
            .header("Authorization", "Bearer " + token("331102", Roles.CLERK))
            .get(String.class);
    assertThat(notice).contains("follow-code");
    String code = notice.replaceAll("(?s).*id=\"follow-code\">([0-9A-Z]{8})<.*", "$1");
    String shown =
        target
            .path("/public/matters")
            .request()
            .post(
                Entity.entity(
                    new Form().param("number", number).param("code", code),
                    MediaType.APPLICATION_FORM_URLENCODED),
                String.class);
    assertThat(shown).contains("待补正材料").contains("赵*").doesNotContain("赵六");
  }

  // ---------------------------------------------------------------- over plain HTTP

  String register(String county, String townshipCode, String token) {
    String body =
        """
        {"channel":"WINDOW",
         "parties":[{"role":"APPLICANT","type":"CITIZEN","name":"赵六","idNumber":"%s"},
                    {"role":"RESPONDENT","type":"CITIZEN","name":"钱七"}],
         "category":"dispute.neighbour",
         "place":{"county":"%s","townshipCode":%s,"address":"某路5号"},
         "description":"邻里之间因排水沟堵塞发生纠纷",
         "materials":[{"kind":"id_card","description":"身份证复印件"},
                      {"kind":"application","description":"纠纷申请书"}]}
        """
            .formatted(ID, county, townshipCode == null ? "null" : "\"" + townshipCode + "\"");
    Response r =
        target
            .path("/api/v1/matters")
            .request()
            .header("Authorization", "Bearer " + token)
            .post(Entity.entity(body, MediaType.APPLICATION_JSON));
    String text = r.readEntity(String.class);
    assertThat(r.getStatus()).as(text).isEqualTo(201);
    return Json.createReader(new StringReader(text)).readObject().getString("number");
  }

  /** The intake decision over the API: the registration form is missing, so a notice. */
  void review(String number, String token) {
    String etag =
        target
            .path("/api/v1/matters/" + number)
            .request()
            .header("Authorization", "Bearer " + token)
            .get()
            .getHeaderString("ETag");
    Response decided =
        target
            .path("/api/v1/matters/" + number + "/decision")
            .request()
            .header("Authorization", "Bearer " + token)
            .header("If-Match", etag)
            .post(Entity.entity("{\"verdict\":\"REVIEW\"}", MediaType.APPLICATION_JSON));
    assertThat(decided.readEntity(String.class)).contains("SUPPLEMENT_REQUESTED");
  }

  @Test
  void another_countys_matter_is_refused_as_a_page_and_the_queue_keeps_to_the_division() {
    String qingtian = register("331121", null, token("331121", Roles.CLERK));
    String liandu = register("331102", "331102001", token("331102", Roles.CLERK));
    String clerk = cookie(token("331102", Roles.CLERK));

    Response other =
        target.path("/console/matters/" + qingtian).request().header("Cookie", clerk).get();
    assertThat(other.getStatus()).isEqualTo(403);
    assertThat(other.getMediaType().toString()).startsWith("text/html");
    assertThat(other.readEntity(String.class)).contains("无权查看").contains("<h1>");

    Response own =
        target.path("/console/matters/" + liandu).request().header("Cookie", clerk).get();
    assertThat(own.getStatus()).isEqualTo(200);
    assertThat(own.readEntity(String.class)).contains(liandu).contains("补正材料");

    // a matter of a county this deployment does not serve, and one that does not exist
    Response unserved =
        target
            .path("/console/matters/330101-20261201-0001")
            .request()
            .header("Cookie", clerk)
            .get();
    assertThat(unserved.getStatus()).isEqualTo(404);
    assertThat(unserved.readEntity(String.class)).contains("未找到");
    Response missing =
        target
            .path("/console/matters/331102-20200101-9999")
            .request()
            .header("Cookie", clerk)
            .get();
    assertThat(missing.getStatus()).isEqualTo(404);

    String queue =
        target.path("/console/matters").request().header("Cookie", clerk).get(String.class);
    assertThat(queue).contains(liandu).doesNotContain(qingtian);
    // the queue's errors are the console's page with the API's status, never JSON
    for (String[] bad :
        List.of(
            new String[] {"page", "-1", "400"},
            new String[] {"county", "33x", "400"},
            new String[] {"county", "331121", "403"})) {
      Response r =
          target
              .path("/console/matters")
              .queryParam(bad[0], bad[1])
              .request()
              .header("Cookie", clerk)
              .get();
      assertThat(r.getStatus()).as(bad[0] + "=" + bad[1]).isEqualTo(Integer.parseInt(bad[2]));
      assertThat(r.getMediaType().toString()).as(bad[0] + "=" + bad[1]).startsWith("text/html");
      assertThat(r.readEntity(String.class)).contains("id=\"error-message\"");
    }
    // a township's clerk sees the township's matters only
    String township = cookie(token("331102002", Roles.CLERK));
    assertThat(
            target.path("/console/matters").request().header("Cookie", township).get(String.class))
        .doesNotContain(liandu);

    // another county's clerk acts on nothing in Liandu, even with a valid CSRF token
    String qt = token("331121", Roles.CLERK);
    Response supplement =
        target
            .path("/console/matters/" + liandu + "/materials")
            .request()
            .header("Cookie", cookie(qt))
            .post(
                Entity.entity(
                    new Form()
                        .param(ConsoleCsrf.FIELD, ConsoleCsrf.of(qt))
                        .param("material", "registration_form"),
                    MediaType.APPLICATION_FORM_URLENCODED));
    assertThat(supplement.getStatus()).isEqualTo(403);
    assertThat(supplement.readEntity(String.class)).contains("无权查看");
    // a mediator may not take the intake decision (the API's roles)
    String mediator = token("331102", Roles.MEDIATOR);
    Response decision =
        target
            .path("/console/matters/" + liandu + "/decision")
            .request()
            .header("Cookie", cookie(mediator))
            .post(
                Entity.entity(
                    new Form()
                        .param(ConsoleCsrf.FIELD, ConsoleCsrf.of(mediator))
                        .param("verdict", "REVIEW"),
                    MediaType.APPLICATION_FORM_URLENCODED));
    assertThat(decision.getStatus()).isEqualTo(403);
  }

  /** A hidden field's value on a console page. */
  static String hidden(String html, String name) {
    var m =
        java.util.regex.Pattern.compile("name=\"" + name + "\" value=\"([^\"]*)\"").matcher(html);
    return m.find() ? m.group(1) : "";
  }

  /**
   * Posts a console form as a browser without script would: the page read first, its CSRF token and
   * versions sent back with the fields; answers the redirect's target.
   */
  String post(String token, String number, String action, Form form) {
    String page =
        target
            .path("/console/matters/" + number)
            .request()
            .header("Cookie", cookie(token))
            .get(String.class);
    form.param(ConsoleCsrf.FIELD, hidden(page, ConsoleCsrf.FIELD))
        .param("version", hidden(page, "version"))
        .param("mediationVersion", hidden(page, "mediationVersion"));
    Response r =
        target
            .path("/console/matters/" + number + action)
            .property("jersey.config.client.followRedirects", false)
            .request()
            .header("Cookie", cookie(token))
            .post(Entity.entity(form, MediaType.APPLICATION_FORM_URLENCODED));
    String body = r.readEntity(String.class);
    assertThat(r.getStatus()).as(action + ": " + body).isEqualTo(303);
    return r.getHeaderString("Location");
  }

  @Test
  void without_script_the_forms_take_a_matter_to_a_written_agreement_and_close_it() {
    String clerk = token("331102", Roles.CLERK);
    String mediator = token("331102", Roles.MEDIATOR);
    String number = register("331102", "331102001", clerk);
    review(number, clerk);
    assertThat(post(clerk, number, "/materials", new Form().param("material", "registration_form")))
        .endsWith("done=materials");
    assertThat(post(clerk, number, "/decision", new Form().param("verdict", "REVIEW")))
        .endsWith("done=accepted");
    assertThat(post(mediator, number, "/mediation", new Form())).endsWith("done=opened");
    LocalDateTime at = ConsoleMediationSteps.heldOffline(this::post, mediator, number, "愿意共同疏通");
    Form agreement =
        new Form()
            .param("outcome", "AGREEMENT")
            .param("facts", "排水沟为两户共用，因堵塞积水")
            .param("disputedMatters", "疏通费用的分担")
            .param("responsibility", "双方各半")
            .param("obligationParty", "1")
            .param("obligationContent", "支付疏通费用的一半")
            .param("obligationManner", "现金")
            .param("obligationPlace", "申请人住所")
            .param("obligationDue", at.toLocalDate().plusDays(10).toString())
            .param("effectiveOn", at.toLocalDate().toString())
            .param("mediator", "测试员")
            .param("sealed", "on");
    // unsigned, the written agreement is refused and the page says why
    String page =
        target
            .path("/console/matters/" + number)
            .request()
            .header("Cookie", cookie(mediator))
            .get(String.class);
    Response unsigned =
        target
            .path("/console/matters/" + number + "/mediation/conclusion")
            .request()
            .header("Cookie", cookie(mediator))
            .post(
                Entity.entity(
                    new Form(new jakarta.ws.rs.core.MultivaluedHashMap<>(agreement.asMap()))
                        .param(ConsoleCsrf.FIELD, hidden(page, ConsoleCsrf.FIELD))
                        .param("mediationVersion", hidden(page, "mediationVersion")),
                    MediaType.APPLICATION_FORM_URLENCODED));
    assertThat(unsigned.getStatus()).isEqualTo(400);
    assertThat(unsigned.readEntity(String.class)).contains("signed by");
    assertThat(post(mediator, number, "/mediation/conclusion", agreement.param("signed", "on")))
        .endsWith("done=concluded");
    String agreed =
        target
            .path("/console/matters/" + number)
            .request()
            .header("Cookie", cookie(mediator))
            .get(String.class);
    assertThat(agreed).contains("data-state=\"AGREED\"").contains("申请司法确认期限").contains("个工作日");
    assertThat(post(mediator, number, "/mediation/closure", new Form())).endsWith("done=closed");
    String closed =
        target
            .path("/console/matters/" + number)
            .request()
            .header("Cookie", cookie(mediator))
            .get(String.class);
    assertThat(closed).contains("data-state=\"CLOSED\"").doesNotContain("id=\"form-");
  }

  @Test
  void the_applicant_withdraws_before_the_decision_and_the_page_offers_nothing_more() {
    String clerk = token("331102", Roles.CLERK);
    String number = register("331102", "331102001", clerk);
    assertThat(post(clerk, number, "/withdrawal", new Form().param("reason", "双方已自行和解")))
        .endsWith("done=withdrawn");
    String page =
        target
            .path("/console/matters/" + number)
            .request()
            .header("Cookie", cookie(clerk))
            .get(String.class);
    assertThat(page)
        .contains("data-state=\"WITHDRAWN\"")
        .contains("撤回（WITHDRAW）")
        .doesNotContain("id=\"form-");
  }

  @Test
  void a_console_form_posted_without_the_sessions_csrf_token_is_refused() {
    String clerkToken = token("331102", Roles.CLERK);
    String number = register("331102", "331102001", clerkToken);
    Form form = new Form().param("material", "registration_form").param("note", "补交");
    // no token at all
    Response none =
        target
            .path("/console/matters/" + number + "/materials")
            .request()
            .header("Cookie", cookie(clerkToken))
            .post(Entity.entity(form, MediaType.APPLICATION_FORM_URLENCODED));
    assertThat(none.getStatus()).isEqualTo(403);
    assertThat(none.readEntity(String.class)).contains("CSRF");
    // another session's token
    String other = token("331102", Roles.CLERK);
    Response foreign =
        target
            .path("/console/intake")
            .request()
            .header("Cookie", cookie(clerkToken))
            .post(
                Entity.entity(
                    new Form().param(ConsoleCsrf.FIELD, ConsoleCsrf.of(other + "x")),
                    MediaType.APPLICATION_FORM_URLENCODED));
    assertThat(foreign.getStatus()).isEqualTo(403);
    // logging out needs it too
    Response logout =
        target
            .path("/console/logout")
            .property("jersey.config.client.followRedirects", false)
            .request()
            .header("Cookie", cookie(clerkToken))
            .post(Entity.entity(new Form(), MediaType.APPLICATION_FORM_URLENCODED));
    assertThat(logout.getStatus()).isEqualTo(403);
    // with the session's token the same form goes through (to the page, with the version missing)
    Response with =
        target
            .path("/console/matters/" + number + "/materials")
            .property("jersey.config.client.followRedirects", false)
            .request()
            .header("Cookie", cookie(clerkToken))
            .post(
                Entity.entity(
                    new Form()
                        .param(ConsoleCsrf.FIELD, ConsoleCsrf.of(clerkToken))
                        .param("material", "registration_form"),
                    MediaType.APPLICATION_FORM_URLENCODED));
    assertThat(with.getStatus()).isEqualTo(428);
    assertThat(with.readEntity(String.class)).contains(number);
  }
}
