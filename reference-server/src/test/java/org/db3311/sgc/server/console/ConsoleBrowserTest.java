package org.db3311.sgc.server.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.helidon.microprofile.testing.junit5.AddConfig;
import io.helidon.microprofile.testing.junit5.HelidonTest;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.client.WebTarget;
import jakarta.ws.rs.core.Form;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.db3311.sgc.server.security.Roles;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web console driven end to end in headless Chromium (Debian's {@code chromium} and {@code
 * chromium-driver}; {@code .ci/run} installs them): a window clerk logs in, registers a matter with
 * a material missing and gets the one-time supplement notice (6.1.1.1), registers a complete one
 * and gets the receipt; a supervisor's board (8.2.4) shows the accepted matter arrive live. Every
 * page is checked with axe-core for serious or critical WCAG 2.1 AA violations.
 */
@HelidonTest
@AddConfig(key = "sgc.data-dir", value = "target/test-data/console-browser")
@AddConfig(key = "sgc.counties", value = "331102,331121")
@DisplayName("Web console in headless Chromium: login, window registration, live supervision board")
class ConsoleBrowserTest {

  @RegisterExtension static final ConsoleBrowser chromium = ConsoleBrowser.standard();

  static final String ID = "11010519491231002X";

  @Inject WebTarget target;

  String base() {
    return ConsoleBrowser.base(target);
  }

  @Test
  void a_clerk_registers_with_a_missing_material_and_the_board_shows_an_accepted_matter_live()
      throws Exception {
    chromium.scenario(
        b -> {
          // a console page without a session leads to the login form, not a bare 401
          b.get(base() + "/console/intake");
          waitFor(b, d -> d.getCurrentUrl().endsWith("/console/login"));
          accessible(b, "login");
          b.findElement(By.id("username")).sendKeys("clerk.liandu");
          b.findElement(By.id("password")).sendKeys("wrong");
          b.findElement(By.cssSelector("form button[type=submit]")).click();
          // the answer is a new page: wait for it rather than read the one being left
          waitFor(b, d -> !d.findElements(By.id("login-error")).isEmpty());
          assertThat(b.findElement(By.id("login-error")).getText()).contains("不正确");
          ConsoleBrowser.login(b, base(), "clerk.liandu");
          // the token lives in an HttpOnly cookie: no script on the page can read it
          assertThat((String) ((JavascriptExecutor) b).executeScript("return document.cookie"))
              .doesNotContain(ConsoleCookieFilter.COOKIE);
          accessible(b, "home");

          b.get(base() + "/console/intake");
          accessible(b, "intake form");
          WebElement id = b.findElement(By.id("idNumber"));
          id.sendKeys("110105194912310021");
          assertThat(b.findElement(By.id("idNumber-status")).getText()).contains("校验位不符");
          assertThat(id.getAttribute("aria-invalid")).isEqualTo("true");
          id.clear();
          id.sendKeys(ID);
          assertThat(b.findElement(By.id("idNumber-status")).getText()).isEqualTo("号码有效");
          fill(b, "紫金街道1号", List.of("id_card", "application"));
          waitFor(b, d -> d.getCurrentUrl().contains("/console/intake/331102-"));
          assertThat(b.findElement(By.tagName("h1")).getText()).isEqualTo("补正材料一次性告知书");
          assertThat(b.findElement(By.id("state")).getText()).isEqualTo("AWAITING_SUPPLEMENT");
          String noticed = b.findElement(By.id("number")).getText();
          String document = b.findElement(By.id("document")).getText();
          assertThat(document).contains("登记表").contains("缺少").contains("张三");
          accessible(b, "supplement notice");

          // a field the core refuses comes back on the form, with what was typed kept
          b.get(base() + "/console/intake");
          b.findElement(By.id("name")).sendKeys("王五");
          b.findElement(By.id("townshipCode")).clear();
          b.findElement(By.id("townshipCode")).sendKeys("331102001");
          b.findElement(By.cssSelector("#intake-form button[type=submit]")).click();
          // the answer is a new page: wait for it rather than read the one being left
          waitFor(b, d -> !d.findElements(By.id("form-message")).isEmpty());
          assertThat(b.findElement(By.id("form-message")).getText()).contains("address");
          assertThat(b.findElement(By.id("name")).getAttribute("value")).isEqualTo("王五");
          accessible(b, "intake form with errors");

          b.findElement(By.cssSelector(".who button")).click();
          waitFor(b, d -> d.getCurrentUrl().endsWith("/console/login"));
          b.get(base() + "/console");
          waitFor(b, d -> d.getCurrentUrl().endsWith("/console/login"));

          // the supervisor's board, open while the window accepts a complete matter
          ConsoleBrowser.login(b, base(), "supervisor.liandu");
          b.get(base() + "/console/supervision");
          accessible(b, "supervision board");
          waitFor(b, d -> d.findElement(By.id("board-status")).getText().startsWith("已更新"));
          // the matter waiting for its supplement is on the board, its clock stopped
          assertThat(b.findElement(By.id("board-waiting")).getText()).contains(noticed);
          int before = acceptedTotal(b);
          registerCompleteOverApi();
          // the count changes without a reload: the server pushed it over SSE
          waitFor(b, Duration.ofSeconds(30), d -> acceptedTotal(d) == before + 1);
          assertThat(b.findElement(By.id("board-status")).getText()).startsWith("已更新");
          assertThat(b.getCurrentUrl()).endsWith("/console/supervision");

          WebElement pause = b.findElement(By.id("board-pause"));
          pause.click();
          assertThat(pause.getAttribute("aria-pressed")).isEqualTo("true");
          assertThat(b.findElement(By.id("board-status")).getText()).isEqualTo("已暂停更新");
          accessible(b, "paused board");
        });
  }

  @Test
  void the_clerk_gets_the_receipt_for_a_complete_registration() throws Exception {
    chromium.scenario(
        b -> {
          ConsoleBrowser.login(b, base(), "clerk.liandu");
          b.get(base() + "/console/intake");
          b.findElement(By.id("idNumber")).sendKeys(ID);
          fill(b, "紫金街道9号", List.of("id_card", "application", "registration_form"));
          waitFor(b, d -> d.getCurrentUrl().contains("/console/intake/331102-"));
          assertThat(b.findElement(By.tagName("h1")).getText()).isEqualTo("登记回执");
          assertThat(b.findElement(By.id("state")).getText()).isEqualTo("ACCEPTED");
          assertThat(b.findElement(By.id("document")).getText())
              .contains(b.findElement(By.id("number")).getText());
          // the clerk's role does not open the supervision board
          b.get(base() + "/console/supervision");
          assertThat(b.findElement(By.tagName("body")).getText()).doesNotContain("督办看板");
        });
  }

  @Test
  void the_cookie_opens_console_pages_only_and_roles_and_divisions_hold() {
    String cookie = ConsoleCredentials.cookie(ConsoleCredentials.token("331102", Roles.CLERK));
    // the API never takes the cookie: only the Authorization header
    assertThat(target.path("/api/v1/matters").request().header("Cookie", cookie).get().getStatus())
        .isEqualTo(401);
    assertThat(target.path("/console/intake").request().header("Cookie", cookie).get().getStatus())
        .isEqualTo(200);
    assertThat(
            target
                .path("/console/supervision")
                .request()
                .header("Cookie", cookie)
                .get()
                .getStatus())
        .isEqualTo(403);
    // another county's clerk registers nothing in Liandu
    String qingtian = ConsoleCredentials.cookie(ConsoleCredentials.token("331121", Roles.CLERK));
    Form form =
        new Form()
            .param("name", "张三")
            .param("idNumber", ID)
            .param("category", "dispute.neighbour")
            .param("townshipCode", "331102001")
            .param("address", "紫金街道3号")
            .param("description", "邻里纠纷")
            .param("material", "id_card");
    Response other =
        target
            .path("/console/intake")
            .request()
            .header("Cookie", qingtian)
            .post(
                Entity.entity(
                    form.param(ConsoleCsrf.FIELD, ConsoleCredentials.csrf(qingtian)),
                    MediaType.APPLICATION_FORM_URLENCODED));
    assertThat(other.getStatus()).isEqualTo(403);
    assertThat(other.readEntity(String.class)).contains("Outside your division");
    // a bad login answers 401 on the form; a good one sets an HttpOnly, SameSite=Strict cookie
    Response bad =
        target
            .path("/console/login")
            .request()
            .post(
                Entity.entity(
                    new Form().param("username", "clerk.liandu").param("password", "x"),
                    MediaType.APPLICATION_FORM_URLENCODED));
    assertThat(bad.getStatus()).isEqualTo(401);
    Response good =
        target
            .path("/console/login")
            .property("jersey.config.client.followRedirects", false)
            .request()
            .post(
                Entity.entity(
                    new Form().param("username", "clerk.liandu").param("password", "demo"),
                    MediaType.APPLICATION_FORM_URLENCODED));
    assertThat(good.getStatus()).isEqualTo(303);
    String setCookie = good.getHeaderString("Set-Cookie");
    assertThat(setCookie)
        .startsWith(ConsoleCookieFilter.COOKIE + "=")
        .containsIgnoringCase("HttpOnly")
        .containsIgnoringCase("SameSite=Strict")
        .contains("Path=/console");
    // only the pinned front-end files are served
    assertThat(target.path("/console/static/htmx-2.0.11.min.js").request().get().getStatus())
        .isEqualTo(200);
    assertThat(target.path("/console/static/htmx-LICENSE.txt").request().get().getStatus())
        .isEqualTo(200);
    assertThat(target.path("/console/static/..%2Fapplication.yaml").request().get().getStatus())
        .isEqualTo(404);
  }

  // ---------------------------------------------------------------- helpers

  /** The board's total of accepted matters (0 while the column is absent). */
  static int acceptedTotal(WebDriver b) {
    List<WebElement> cell = b.findElements(By.id("total-ACCEPTED"));
    return cell.isEmpty() ? 0 : Integer.parseInt(cell.getFirst().getText().strip());
  }

  /** Fills the registration form by keyboard and submits it with Enter. */
  void fill(WebDriver b, String address, List<String> materials) {
    fillWith(b, address, materials);
  }

  /** {@link #fill}, for the other console tests. */
  static void fillWith(WebDriver b, String address, List<String> materials) {
    b.findElement(By.id("name")).sendKeys("张三");
    b.findElement(By.id("phone")).sendKeys("13812341234");
    b.findElement(By.id("respondent")).sendKeys("李四");
    b.findElement(By.id("township")).sendKeys("紫金街道");
    WebElement code = b.findElement(By.id("townshipCode"));
    code.clear();
    code.sendKeys("331102001");
    b.findElement(By.id("address")).sendKeys(address);
    b.findElement(By.id("description")).sendKeys("邻里之间因排水沟堵塞发生纠纷");
    for (String m : materials) {
      WebElement box = b.findElement(By.id("material-" + m));
      if (!box.isSelected()) {
        box.sendKeys(" ");
      }
    }
    b.findElement(By.id("address")).sendKeys(org.openqa.selenium.Keys.ENTER);
  }

  /** A complete registration over the API, accepted at once: the board must show it. */
  String registerCompleteOverApi() {
    String token = ConsoleCredentials.token("331102", Roles.CLERK);
    String body =
        """
        {"channel":"WINDOW",
         "parties":[{"role":"APPLICANT","type":"CITIZEN","name":"赵六","idNumber":"%s"}],
         "category":"dispute.neighbour",
         "place":{"townshipCode":"331102001","township":"紫金街道","address":"紫金街道5号"},
         "description":"邻里之间因排水沟堵塞发生纠纷",
         "materials":[{"kind":"id_card","description":"身份证复印件"},
                      {"kind":"application","description":"纠纷申请书"},
                      {"kind":"registration_form","description":"登记表"}]}
        """
            .formatted(ID);
    Response r =
        target
            .path("/api/v1/matters")
            .request()
            .header("Authorization", "Bearer " + token)
            .post(Entity.entity(body, MediaType.APPLICATION_JSON));
    String text = r.readEntity(String.class);
    assertThat(r.getStatus()).as(text).isEqualTo(201);
    String number = Json.createReader(new StringReader(text)).readObject().getString("number");
    Response read =
        target
            .path("/api/v1/matters/" + number)
            .request()
            .header("Authorization", "Bearer " + token)
            .get();
    String etag = read.getHeaderString("ETag");
    Response decided =
        target
            .path("/api/v1/matters/" + number + "/decision")
            .request()
            .header("Authorization", "Bearer " + token)
            .header("If-Match", etag)
            .post(Entity.entity("{\"verdict\":\"REVIEW\"}", MediaType.APPLICATION_JSON));
    String d = decided.readEntity(String.class);
    assertThat(d).contains("ACCEPTED");
    return number;
  }

  static void waitFor(WebDriver b, java.util.function.Function<WebDriver, Boolean> until) {
    waitFor(b, Duration.ofSeconds(15), until);
  }

  static void waitFor(
      WebDriver b, Duration timeout, java.util.function.Function<WebDriver, Boolean> until) {
    // a live page (htmx) may swap an element between finding and reading it: look again
    new WebDriverWait(b, timeout)
        .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
        .until(until::apply);
  }

  static final String AXE = axeSource();

  static String axeSource() {
    try (InputStream in =
        ConsoleBrowserTest.class.getResourceAsStream("/console/axe-4.14.1.min.js")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** axe-core on the page: no serious or critical violation of WCAG 2.1 A/AA. */
  static void accessible(WebDriver b, String page) {
    JavascriptExecutor js = (JavascriptExecutor) b;
    js.executeScript(AXE);
    Object result =
        js.executeAsyncScript(
            "var done = arguments[arguments.length - 1];"
                + "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a','wcag2aa','wcag21a',"
                + "'wcag21aa']}}).then(function (r) { done(JSON.stringify(r.violations)); },"
                + " function (e) { done(JSON.stringify([{id: 'axe-error', impact: 'critical',"
                + " help: String(e)}])); });");
    JsonArray violations = Json.createReader(new StringReader((String) result)).readArray();
    List<String> bad = new ArrayList<>();
    for (JsonObject v : violations.getValuesAs(JsonObject.class)) {
      String impact = v.getString("impact", "");
      if (impact.equals("serious") || impact.equals("critical")) {
        bad.add(
            v.getString("id")
                + " ("
                + impact
                + "): "
                + v.getString("help", "")
                + " "
                + v.get("nodes"));
      }
    }
    assertThat(bad).as("axe-core on the " + page + " page").isEmpty();
  }
}
