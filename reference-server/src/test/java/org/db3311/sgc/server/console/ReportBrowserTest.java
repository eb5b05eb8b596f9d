package org.db3311.sgc.server.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.db3311.sgc.server.console.ConsoleBrowserTest.accessible;
import static org.db3311.sgc.server.console.ConsoleBrowserTest.waitFor;

import io.helidon.microprofile.testing.junit5.AddConfig;
import io.helidon.microprofile.testing.junit5.HelidonTest;
import jakarta.inject.Inject;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.client.WebTarget;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import org.db3311.sgc.server.security.Roles;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The risk reports in headless Chromium: a leader opens the list and a weekly report (6.4.1.2),
 * finds each chart drawn as SVG with its figures in a table, checks both pages with axe-core, signs
 * the report off by keyboard and sees who signed and when; in print, only the report shows.
 */
@HelidonTest
@AddConfig(key = "sgc.data-dir", value = "target/test-data/console-report-browser")
@AddConfig(key = "sgc.counties", value = "331102,331121")
@DisplayName("Web console risk reports in a real browser: list, report with SVG charts, sign-off")
class ReportBrowserTest {

  @RegisterExtension static final ConsoleBrowser chromium = ConsoleBrowser.standard();

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

  @Test
  void a_leader_reads_a_weekly_report_with_its_charts_and_signs_it_off() throws Exception {
    // the week holding New Year's Eve is ISO week 2026-W01: it lies across the year boundary
    draft("/weekly-reports", "{\"day\":\"2025-12-31\"}");
    draft("/monthly-reports", "{\"month\":\"2025-12\"}");
    chromium.scenario(
        b -> {
          b.get(base() + "/console/login");
          b.findElement(By.id("username")).sendKeys("leader.liandu");
          b.findElement(By.id("password")).sendKeys("demo");
          b.findElement(By.cssSelector("form button[type=submit]")).click();
          waitFor(b, d -> d.getCurrentUrl().endsWith("/console"));

          b.findElement(By.linkText("研判报告")).click();
          waitFor(b, d -> !d.findElements(By.id("reports")).isEmpty());
          accessible(b, "report list");
          assertThat(b.findElement(By.id("reports")).getText())
              .contains("WR-2026-W01", "MR-2025-12");

          // the filter is a plain form: the period of January 2026 holds the week, not December's
          // monthly report
          WebElement period = b.findElement(By.id("period"));
          period.sendKeys("2026-01");
          period.sendKeys(Keys.ENTER);
          waitFor(b, d -> d.getCurrentUrl().contains("period=2026-01"));
          assertThat(b.findElement(By.id("reports")).getText())
              .contains("WR-2026-W01")
              .doesNotContain("MR-2025-12");

          b.findElement(By.linkText("WR-2026-W01")).click();
          waitFor(b, d -> !d.findElements(By.id("report")).isEmpty());
          accessible(b, "weekly report");
          List<WebElement> charts = b.findElements(By.cssSelector("#report svg.chart"));
          assertThat(charts).as("the weekly report's charts, drawn on the server").isNotEmpty();
          for (WebElement chart : charts) {
            String id = chart.getAttribute("id");
            assertThat(chart.getAttribute("role")).isEqualTo("img");
            assertThat(chart.findElements(By.tagName("title"))).hasSize(1);
            // the same figures as a table: one row per label the drawing shows
            WebElement figures = b.findElement(By.id(id + "-figures"));
            assertThat(figures.findElement(By.tagName("caption")).getText()).contains("数据表");
            assertThat(figures.findElements(By.cssSelector("thead th"))).hasSizeGreaterThan(1);
            int labels = figures.findElements(By.cssSelector("tbody tr")).size();
            if (labels == 0) {
              assertThat(chart.getText()).contains("无数据");
            }
          }
          assertThat(b.findElement(By.id("pdf-link")).getAttribute("href"))
              .endsWith("/console/reports/WR-2026-W01/pdf");

          // in print, the page's header and forms give way to the report alone (A4)
          ((ChromeDriver) b)
              .executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
          assertThat(
                  (String)
                      ((JavascriptExecutor) b)
                          .executeScript(
                              "return getComputedStyle(document.querySelector('header.top'))"
                                  + ".display"))
              .isEqualTo("none");
          assertThat(b.findElement(By.id("sign-off-form")).isDisplayed()).isFalse();
          assertThat(b.findElement(By.id("report")).isDisplayed()).isTrue();
          ((ChromeDriver) b).executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));

          b.findElement(By.id("sign-off")).sendKeys(Keys.ENTER);
          waitFor(b, d -> !d.findElements(By.id("signed-by")).isEmpty());
          assertThat(b.findElement(By.id("message")).getText()).contains("已签发");
          assertThat(b.findElement(By.id("signed-by")).getText()).isEqualTo("莲都中心负责人");
          assertThat(b.findElement(By.id("signed-at")).getText())
              .matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}");
          assertThat(b.findElements(By.id("sign-off-form"))).isEmpty();
          accessible(b, "signed report");

          // the monthly report has no mitigation measures yet: the refusal names the reason
          b.get(base() + "/console/reports/MR-2025-12");
          b.findElement(By.id("sign-off")).sendKeys(Keys.ENTER);
          waitFor(b, d -> !d.findElements(By.id("refusals")).isEmpty());
          assertThat(b.findElement(By.id("refusals")).getText()).contains("6.4.1.3");
          accessible(b, "refused sign-off");
        });
  }
}
