package org.db3311.sgc.server.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.helidon.microprofile.testing.junit5.AddConfig;
import io.helidon.microprofile.testing.junit5.HelidonTest;
import jakarta.inject.Inject;
import jakarta.ws.rs.client.WebTarget;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * The console in English and in the large-text mode, in headless Chromium at 1366×768: every
 * existing page (login, home, registration, the printed notice, the matter, the queue, the public
 * follow page, an error, the supervision board) is switched by its own links, without script; in
 * English no label of the page's chrome is Chinese (the printed document stays Chinese, marked
 * {@code lang="zh-CN"}); in large text the main text and the controls are at least 24 px (18 pt);
 * the page never scrolls sideways; axe-core finds no serious or critical violation.
 */
@HelidonTest
@AddConfig(key = "sgc.data-dir", value = "target/test-data/console-language-browser")
@AddConfig(key = "sgc.counties", value = "331102,331121")
@DisplayName("Console in English and large text, headless Chromium at 1366×768")
class ConsoleLanguageBrowserTest {

  @RegisterExtension static final ConsoleBrowser chromium = ConsoleBrowser.at(1366, 768);

  @Inject WebTarget target;

  String base() {
    return ConsoleBrowser.base(target);
  }

  /** A page's check, given the page's name. */
  interface Check {
    void on(WebDriver b, String page);
  }

  /**
   * Visits every existing console page, running the check on each: a clerk's pages, a registration
   * with a material missing, the public follow page, an error page, then the supervisor's board.
   */
  void tour(WebDriver b, Check check, String updated) {
    b.get(base() + "/console/login");
    check.on(b, "login");
    ConsoleBrowser.login(b, base(), "clerk.liandu");
    check.on(b, "home");
    b.get(base() + "/console/intake");
    check.on(b, "intake");
    b.findElement(By.id("idNumber")).sendKeys(ConsoleBrowserTest.ID);
    ConsoleBrowserTest.fillWith(b, "紫金街道7号", List.of("id_card", "application"));
    ConsoleBrowserTest.waitFor(b, d -> d.getCurrentUrl().contains("/console/intake/331102-"));
    String number = b.findElement(By.id("number")).getText();
    assertThat(b.findElement(By.id("document")).getAttribute("lang")).isEqualTo("zh-CN");
    check.on(b, "supplement notice");
    b.get(base() + "/console/matters/" + number);
    check.on(b, "matter");
    b.get(base() + "/console/matters");
    check.on(b, "queue");
    b.get(base() + "/console/matters/331102-20991231-9999");
    check.on(b, "error");
    b.get(base() + "/public/matters");
    check.on(b, "follow");
    // the public page has no session header: log out from a console page
    b.get(base() + "/console");
    b.findElement(By.cssSelector(".who button")).click();
    ConsoleBrowserTest.waitFor(b, d -> d.getCurrentUrl().endsWith("/console/login"));
    ConsoleBrowser.login(b, base(), "supervisor.liandu");
    b.get(base() + "/console/supervision");
    try {
      ConsoleBrowserTest.waitFor(
          b,
          Duration.ofSeconds(20),
          d -> d.findElement(By.id("board-status")).getText().startsWith(updated));
    } catch (org.openqa.selenium.TimeoutException e) {
      // on a loaded build machine the first event stream was once seen dropped before its first
      // event; the page reconnects by itself, and a reader would reload: do what the reader does.
      // The stream now opens with a comment before the first render and writes in the request's
      // Helidon context (ConsoleResource.streamBoard); the drop was not reproduced since, so the
      // reload stays as a safety net only
      b.navigate().refresh();
      ConsoleBrowserTest.waitFor(
          b,
          Duration.ofSeconds(30),
          d -> d.findElement(By.id("board-status")).getText().startsWith(updated));
    }
    check.on(b, "supervision board");
  }

  /**
   * The chrome's labels (not the data: names, addresses, the printed document): the skip link, the
   * brand, the navigation, the page's heading, labels, legends, buttons, column headers, captions,
   * the facts' names, the switches.
   */
  static final String CHROME_LABELS =
      "var out = [];"
          + "document.querySelectorAll('.skip, .brand, nav a, main > h1, main h2, label, legend,"
          + " button, th[scope=col], caption, dt, .prefs a, .hint').forEach(function (e) {"
          + "  if (e.closest('#document') || e.closest('[lang=\"zh-CN\"]')"
          + "      || (e.htmlFor || '').indexOf('statement-') === 0"
          + "      || e.id === 'switch-language') { return; }"
          // a name marked Chinese inside a label (a township's official name) is data, not chrome
          + "  var own = e.cloneNode(true);"
          + "  own.querySelectorAll('[lang=\"zh-CN\"]').forEach(function (x) { x.remove(); });"
          + "  out.push(own.textContent.trim()); });"
          + "return out;";

  @SuppressWarnings("unchecked")
  static List<String> chromeLabels(WebDriver b) {
    return (List<String>) ((JavascriptExecutor) b).executeScript(CHROME_LABELS);
  }

  static void noSidewaysScroll(WebDriver b, String page) {
    JavascriptExecutor js = (JavascriptExecutor) b;
    long scroll =
        ((Number) js.executeScript("return document.documentElement.scrollWidth")).longValue();
    long inner = ((Number) js.executeScript("return window.innerWidth")).longValue();
    assertThat(inner).as("viewport width").isEqualTo(1366);
    assertThat(scroll)
        .as("page width of the " + page + " page at 1366×768")
        .isLessThanOrEqualTo(inner);
  }

  static double px(WebDriver b, String selector) {
    Object v =
        ((JavascriptExecutor) b)
            .executeScript(
                "var e = document.querySelector(arguments[0]);"
                    + " return e ? parseFloat(getComputedStyle(e).fontSize) : -1;",
                selector);
    return ((Number) v).doubleValue();
  }

  @Test
  @DisplayName("in English, no page shows a Chinese label of its chrome; lang is en; axe passes")
  void every_page_in_english() throws Exception {
    chromium.scenario(
        b -> {
          b.get(base() + "/console/login");
          assertThat(b.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("zh-CN");
          assertThat(b.findElement(By.cssSelector("main > h1")).getText()).isEqualTo("登录");
          // the switch is a plain link: it works without script
          b.findElement(By.id("switch-language")).click();
          ConsoleBrowserTest.waitFor(
              b, d -> "en".equals(d.findElement(By.tagName("html")).getAttribute("lang")));
          assertThat(b.getCurrentUrl()).endsWith("/console/login");
          assertThat(b.findElement(By.cssSelector("main > h1")).getText()).isEqualTo("Log in");
          List<String> visited = new ArrayList<>();
          tour(
              b,
              (d, page) -> {
                visited.add(page);
                assertThat(d.findElement(By.tagName("html")).getAttribute("lang"))
                    .as(page)
                    .isEqualTo("en");
                List<String> labels = chromeLabels(d);
                assertThat(labels).as("labels of the " + page + " page").isNotEmpty();
                assertThat(labels)
                    .as("Chinese labels on the English " + page + " page")
                    .noneMatch(s -> s.codePoints().anyMatch(ConsoleLanguageBrowserTest::han));
                assertThat(d.findElement(By.cssSelector(".skip")).getAttribute("textContent"))
                    .isEqualTo("Skip to main content");
                assertThat(d.findElement(By.id("switch-language")).getText()).isEqualTo("中文");
                noSidewaysScroll(d, page);
                ConsoleBrowserTest.accessible(d, page + " (English)");
              },
              "Updated");
          assertThat(visited).hasSize(9);
          // a few key labels, page by page
          assertThat(b.findElement(By.cssSelector("main > h1")).getText())
              .isEqualTo("Supervision board");
          assertThat(b.findElement(By.id("board-pause")).getText()).isEqualTo("Pause updates");
          b.findElement(By.id("board-pause")).click();
          assertThat(b.findElement(By.id("board-status")).getText()).isEqualTo("Updates paused");
          // back to Chinese by the same switch
          b.findElement(By.id("switch-language")).click();
          ConsoleBrowserTest.waitFor(
              b, d -> "zh-CN".equals(d.findElement(By.tagName("html")).getAttribute("lang")));
          assertThat(b.findElement(By.cssSelector("main > h1")).getText()).isEqualTo("督办看板");
          assertThat(b.findElement(By.id("board-pause")).getText()).isEqualTo("暂停更新");
        });
  }

  static boolean han(int codePoint) {
    return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
  }

  @Test
  @DisplayName("large text: body text and controls at least 24 px (18 pt), no sideways scroll")
  void every_page_in_large_text() throws Exception {
    chromium.scenario(
        b -> {
          b.get(base() + "/console/login");
          double standard = px(b, "main p");
          b.findElement(By.id("switch-text")).click();
          ConsoleBrowserTest.waitFor(
              b, d -> "large-text".equals(d.findElement(By.tagName("html")).getAttribute("class")));
          assertThat(b.getCurrentUrl()).endsWith("/console/login");
          assertThat(px(b, "main p")).isGreaterThan(standard);
          tour(
              b,
              (d, page) -> {
                assertThat(d.findElement(By.tagName("html")).getAttribute("class"))
                    .as(page)
                    .isEqualTo("large-text");
                assertThat(px(d, "body"))
                    .as("body text of the " + page + " page")
                    .isGreaterThanOrEqualTo(24);
                assertThat(px(d, "main p, main td, main label"))
                    .as("main text of the " + page + " page")
                    .isGreaterThanOrEqualTo(24);
                assertThat(px(d, "button, .prefs a"))
                    .as("a control of the " + page + " page")
                    .isGreaterThanOrEqualTo(24);
                noSidewaysScroll(d, page);
                ConsoleBrowserTest.accessible(d, page + " (large text)");
              },
              "已更新");
          // the switch turns it off again
          b.findElement(By.id("switch-text")).click();
          ConsoleBrowserTest.waitFor(
              b,
              d -> {
                String c = d.findElement(By.tagName("html")).getAttribute("class");
                return c == null || c.isEmpty();
              });
          assertThat(px(b, "body")).isLessThan(24);
        });
  }
}
