package org.db3311.sgc.server.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.helidon.microprofile.testing.junit5.AddConfig;
import io.helidon.microprofile.testing.junit5.HelidonTest;
import jakarta.inject.Inject;
import jakarta.ws.rs.client.WebTarget;
import jakarta.ws.rs.core.Form;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.db3311.sgc.server.security.Roles;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * The pages that came before the language switch, in English and in large text, in headless
 * Chromium: the event's actions on its matter page (6.3), a matter with an onward referral (6.2),
 * the queue with its pager, the leader's page at 1366×768 and the command big screen on its
 * 1920×1080 stage. In English no label of the chrome or the forms is Chinese and {@code lang} is
 * {@code en}; no page scrolls sideways; axe-core finds no serious or critical violation.
 */
@HelidonTest
@AddConfig(key = "sgc.data-dir", value = "target/test-data/console-roads-language")
@AddConfig(key = "sgc.counties", value = "331102,331121")
@DisplayName("Event, onward, queue pager, leader and big screen in English and large text")
class ConsoleRoadsLanguageBrowserTest {

  @RegisterExtension static final ConsoleBrowser chromium = ConsoleBrowser.standard();

  @Inject WebTarget target;

  String base() {
    return ConsoleBrowser.base(target);
  }

  /** The matters the pages show, set up over the API and the console's forms. */
  record Matters(String received, String assigned, String referred) {}

  /**
   * An event awaiting triage, an event assigned to a unit, and a labour dispute found unsuitable
   * for mediation and referred to arbitration.
   */
  Matters matters(String tag) {
    ConsoleAcceptanceTest api = new ConsoleAcceptanceTest();
    api.target = target;
    String clerk = ConsoleCredentials.token("331102", Roles.CLERK);
    String supervisor = ConsoleCredentials.token("331102", Roles.SUPERVISOR);
    String mediator = ConsoleCredentials.token("331102", Roles.MEDIATOR);
    String received = api.accepted("event.public_demand", "紫金街道" + tag + "1号");
    api.post(clerk, received, "/event", new Form());
    String assigned = api.accepted("event.public_demand", "紫金街道" + tag + "2号");
    api.post(clerk, assigned, "/event", new Form());
    api.post(
        supervisor,
        assigned,
        "/event/triage",
        new Form().param("units", "zijin-street").param("lead", "zijin-street"));
    String referred = api.unsuitable(mediator, "紫金街道" + tag + "3号");
    api.post(
        mediator,
        referred,
        "/onward",
        new Form()
            .param("road", "LABOUR_ARBITRATION")
            .param("body", "liandu-labour-arbitration")
            .param("bodyName", "莲都区劳动人事争议仲裁院")
            .param("reason", "用人单位拒绝调解"));
    return new Matters(received, assigned, referred);
  }

  void logout(WebDriver b) {
    b.get(base() + "/console");
    b.findElement(By.cssSelector(".who button")).click();
    ConsoleBrowserTest.waitFor(b, d -> d.getCurrentUrl().endsWith("/console/login"));
  }

  /** Sets a preference by the switch's own link, as a reader without script would. */
  void prefer(WebDriver b, String name, String value) {
    b.get(
        base()
            + "/console/preferences?"
            + name
            + "="
            + value
            + "&back="
            + URLEncoder.encode("/console/login", StandardCharsets.UTF_8));
    ConsoleBrowserTest.waitFor(b, d -> d.getCurrentUrl().endsWith("/console/login"));
  }

  /** A page's check, given the page's name and the window's width. */
  interface Check {
    void on(WebDriver b, String page, int width);
  }

  /** Visits the pages, each checked; returns their names. */
  List<String> tour(WebDriver b, Matters m, Check check) {
    List<String> visited = new ArrayList<>();
    b.manage().window().setSize(new Dimension(1366, 768));
    ConsoleBrowser.login(b, base(), "supervisor.liandu");
    b.get(base() + "/console/matters/" + m.received());
    assertThat(b.findElements(By.id("form-event-triage"))).isNotEmpty();
    check.on(b, "event awaiting triage", 1366);
    visited.add("event awaiting triage");
    logout(b);

    ConsoleBrowser.login(b, base(), "handler.liandu");
    b.get(base() + "/console/matters/" + m.assigned());
    assertThat(b.findElements(By.id("form-event-SIGN_FOR"))).isNotEmpty();
    assertThat(b.findElements(By.id("form-event-DECLINE_ASSIGNMENT"))).isNotEmpty();
    check.on(b, "assigned event", 1366);
    visited.add("assigned event");
    b.get(base() + "/console/matters/" + m.referred());
    assertThat(b.findElements(By.cssSelector(".referral-clocks"))).isNotEmpty();
    assertThat(b.findElements(By.id("form-onward-RECEIVED"))).isNotEmpty();
    check.on(b, "referred matter", 1366);
    visited.add("referred matter");
    // a page of one row, so that the pager has links to other pages
    b.get(base() + "/console/matters?page=0&size=1");
    assertThat(b.findElements(By.id("pager-next"))).isNotEmpty();
    check.on(b, "queue with its pager", 1366);
    visited.add("queue with its pager");
    logout(b);

    ConsoleBrowser.login(b, base(), "leader.liandu");
    b.get(base() + "/console/leader");
    check.on(b, "leader", 1366);
    visited.add("leader");
    LeaderScreenBrowserTest.viewport(b, 1920, 1080);
    b.get(base() + "/console/screen");
    check.on(b, "big screen", 1920);
    visited.add("big screen");
    return visited;
  }

  static void noSidewaysScroll(WebDriver b, String page, int width) {
    JavascriptExecutor js = (JavascriptExecutor) b;
    long scroll =
        ((Number) js.executeScript("return document.documentElement.scrollWidth")).longValue();
    long inner = ((Number) js.executeScript("return window.innerWidth")).longValue();
    assertThat(inner).as("viewport width").isEqualTo(width);
    assertThat(scroll).as("page width of the " + page + " page").isLessThanOrEqualTo(inner);
  }

  @Test
  @DisplayName("in English: no Chinese label, lang en, nothing sideways, axe passes")
  void the_pages_in_english() throws Exception {
    Matters m = matters("5");
    chromium.scenario(
        b -> {
          prefer(b, "lang", "en");
          List<String> visited =
              tour(
                  b,
                  m,
                  (d, page, width) -> {
                    assertThat(d.findElement(By.tagName("html")).getAttribute("lang"))
                        .as(page)
                        .isEqualTo("en");
                    List<String> labels = ConsoleLanguageBrowserTest.chromeLabels(d);
                    assertThat(labels).as("labels of the " + page + " page").isNotEmpty();
                    assertThat(labels)
                        .as("Chinese labels on the English " + page + " page")
                        .noneMatch(s -> s.codePoints().anyMatch(ConsoleLanguageBrowserTest::han));
                    noSidewaysScroll(d, page, width);
                    ConsoleBrowserTest.accessible(d, page + " (English)");
                  });
          assertThat(visited).hasSize(6);
          // the screen's own words, and its status line, come in English
          assertThat(b.findElement(By.id("screen-pause")).getText()).isEqualTo("Pause updates");
          b.findElement(By.id("screen-pause")).click();
          assertThat(b.findElement(By.id("screen-status")).getText()).isEqualTo("Updates paused");
          // the queue's pager, the test's trigger: its label and links in English
          b.manage().window().setSize(new Dimension(1366, 768));
          logout(b);
          ConsoleBrowser.login(b, base(), "handler.liandu");
          b.get(base() + "/console/matters?page=0&size=1");
          assertThat(b.findElement(By.id("pager")).getAttribute("aria-label"))
              .isEqualTo("Work queue: pages");
          assertThat(b.findElement(By.id("pager-next")).getText()).isEqualTo("Next");
          // the referral's state and road in English on its page
          b.get(base() + "/console/matters/" + m.referred());
          assertThat(b.findElement(By.id("onward")).getText())
              .contains("Labor and personnel dispute arbitration")
              .contains("Referred, awaiting acceptance")
              .contains("Time to accept")
              .doesNotContain("已导入")
              .doesNotContain("受理期限");
        });
  }

  @Test
  @DisplayName("large text: main text and controls at least 24 px, nothing sideways, axe passes")
  void the_pages_in_large_text() throws Exception {
    Matters m = matters("6");
    chromium.scenario(
        b -> {
          prefer(b, "text", "large");
          List<String> visited =
              tour(
                  b,
                  m,
                  (d, page, width) -> {
                    // the big screen adds its own class when it scales its stage
                    assertThat(d.findElement(By.tagName("html")).getAttribute("class"))
                        .as(page)
                        .contains("large-text");
                    assertThat(d.findElement(By.tagName("html")).getAttribute("lang"))
                        .as(page)
                        .isEqualTo("zh-CN");
                    if (width == 1366) {
                      assertThat(ConsoleLanguageBrowserTest.px(d, "main p, main td, main label"))
                          .as("main text of the " + page + " page")
                          .isGreaterThanOrEqualTo(24);
                      assertThat(ConsoleLanguageBrowserTest.px(d, "button, .prefs a"))
                          .as("a control of the " + page + " page")
                          .isGreaterThanOrEqualTo(24);
                    }
                    noSidewaysScroll(d, page, width);
                    ConsoleBrowserTest.accessible(d, page + " (large text)");
                  });
          assertThat(visited).hasSize(6);
        });
  }
}
