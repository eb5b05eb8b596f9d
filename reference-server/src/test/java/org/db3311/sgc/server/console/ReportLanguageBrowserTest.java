package org.db3311.sgc.server.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.helidon.microprofile.testing.junit5.AddConfig;
import io.helidon.microprofile.testing.junit5.HelidonTest;
import jakarta.inject.Inject;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.client.WebTarget;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.db3311.sgc.server.security.Roles;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;

/**
 * The risk reports in English and large text, in headless Chromium at 1366×768: the list and a
 * report page show no Chinese label of their chrome outside what is marked {@code lang="zh-CN"}
 * (the report itself and its titles), the text is large, the page never scrolls sideways, and
 * axe-core finds no serious or critical violation; the sign-off answers in English.
 */
@HelidonTest
@AddConfig(key = "sgc.data-dir", value = "target/test-data/console-report-language-browser")
@AddConfig(key = "sgc.counties", value = "331102,331121")
@DisplayName("Risk reports in English and large text, headless Chromium at 1366×768")
class ReportLanguageBrowserTest {

  @RegisterExtension static final ConsoleBrowser chromium = ConsoleBrowser.at(1366, 768);

  @Inject WebTarget target;

  String base() {
    return ConsoleBrowser.base(target);
  }

  void draft(String path, String body) {
    var r =
        target
            .path("/api/v1/risk" + path)
            .request()
            .header("Authorization", "Bearer " + ConsoleCredentials.token("331102", Roles.ANALYST))
            .post(Entity.entity(body, MediaType.APPLICATION_JSON));
    assertThat(r.getStatus()).as(r.readEntity(String.class)).isBetween(200, 201);
  }

  /**
   * The chrome's labels and messages, leaving out what is marked Chinese (the report, its titles).
   */
  static final String CHROME_TEXTS =
      "var out = [];"
          + "document.querySelectorAll('.skip, .brand, nav a, main > h1, main h2, label, legend,"
          + " button, th[scope=col], caption, option, main p, main a, [role=alert] p, [role=status]')"
          + ".forEach(function (e) {"
          + "  if (e.closest('[lang=\"zh-CN\"]') || e.id === 'switch-language') { return; }"
          + "  var own = Array.prototype.filter.call(e.childNodes, function (n) {"
          + "    return n.nodeType === 3 || !(n.closest && n.closest('[lang=\"zh-CN\"]')); })"
          + "    .map(function (n) { return n.textContent; }).join('');"
          + "  out.push(own.trim()); });"
          + "return out;";

  @SuppressWarnings("unchecked")
  static List<String> chromeTexts(WebDriver b) {
    return (List<String>) ((JavascriptExecutor) b).executeScript(CHROME_TEXTS);
  }

  static void englishAndLarge(WebDriver b, String page) {
    assertThat(b.findElement(By.tagName("html")).getAttribute("lang")).as(page).isEqualTo("en");
    assertThat(b.findElement(By.tagName("html")).getAttribute("class"))
        .as(page)
        .isEqualTo("large-text");
    List<String> texts = chromeTexts(b);
    assertThat(texts).as("texts of the " + page + " page").isNotEmpty();
    assertThat(texts)
        .as("Chinese chrome on the English " + page + " page")
        .noneMatch(s -> s.codePoints().anyMatch(ConsoleLanguageBrowserTest::han));
    assertThat(ConsoleLanguageBrowserTest.px(b, "main p, main td, main label"))
        .as("main text of the " + page + " page")
        .isGreaterThanOrEqualTo(24);
    assertThat(ConsoleLanguageBrowserTest.px(b, "button, .prefs a"))
        .as("a control of the " + page + " page")
        .isGreaterThanOrEqualTo(24);
    ConsoleLanguageBrowserTest.noSidewaysScroll(b, page);
    ConsoleBrowserTest.accessible(b, page + " (English, large text)");
  }

  @Test
  @DisplayName("list and report in English and large text: no Chinese chrome, axe passes")
  void the_reports_in_english_and_large_text() throws Exception {
    draft("/weekly-reports", "{\"day\":\"2025-12-31\"}");
    draft("/monthly-reports", "{\"month\":\"2025-12\"}");
    chromium.scenario(
        b -> {
          b.get(base() + "/console/login");
          b.findElement(By.id("username")).sendKeys("leader.liandu");
          b.findElement(By.id("password")).sendKeys("demo");
          b.findElement(By.cssSelector("form button[type=submit]")).click();
          ConsoleBrowserTest.waitFor(b, d -> d.getCurrentUrl().endsWith("/console"));
          b.get(base() + "/console/reports");
          // both switches are plain links that come back to the list
          b.findElement(By.id("switch-language")).click();
          ConsoleBrowserTest.waitFor(
              b, d -> "en".equals(d.findElement(By.tagName("html")).getAttribute("lang")));
          b.findElement(By.id("switch-text")).click();
          ConsoleBrowserTest.waitFor(
              b, d -> "large-text".equals(d.findElement(By.tagName("html")).getAttribute("class")));
          assertThat(b.getCurrentUrl()).endsWith("/console/reports");
          assertThat(b.findElement(By.cssSelector("main > h1")).getText())
              .isEqualTo("Risk analysis reports");
          assertThat(b.findElement(By.id("reports")).getText())
              .contains("WR-2026-W01", "Weekly bulletin", "Awaiting sign-off");
          englishAndLarge(b, "report list");

          b.findElement(By.linkText("WR-2026-W01")).click();
          ConsoleBrowserTest.waitFor(b, d -> !d.findElements(By.id("report")).isEmpty());
          assertThat(b.findElement(By.id("report")).getAttribute("lang")).isEqualTo("zh-CN");
          assertThat(b.findElement(By.id("report-title")).getText()).containsPattern("\\p{IsHan}");
          assertThat(b.findElement(By.id("sign-off")).getText()).isEqualTo("Sign off version 1");
          englishAndLarge(b, "weekly report");

          b.findElement(By.id("sign-off")).sendKeys(Keys.ENTER);
          ConsoleBrowserTest.waitFor(b, d -> !d.findElements(By.id("signed-by")).isEmpty());
          assertThat(b.findElement(By.id("message")).getText()).isEqualTo("Signed off.");
          englishAndLarge(b, "signed report");

          b.get(base() + "/console/reports/MR-2025-12");
          b.findElement(By.id("sign-off")).sendKeys(Keys.ENTER);
          ConsoleBrowserTest.waitFor(b, d -> !d.findElements(By.id("refusals")).isEmpty());
          assertThat(b.findElement(By.id("form-message")).getText())
              .startsWith("Not signed off: the report does not yet meet the requirements");
          englishAndLarge(b, "refused sign-off");
        });
  }
}
