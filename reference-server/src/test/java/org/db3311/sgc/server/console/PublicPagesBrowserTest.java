package org.db3311.sgc.server.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.helidon.microprofile.testing.junit5.AddConfig;
import io.helidon.microprofile.testing.junit5.HelidonTest;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.client.WebTarget;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.db3311.sgc.server.security.Roles;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * The public feedback page (9.1) and the re-check results (9.3.3) in headless Chromium at 1366×768:
 * a complaint submitted and followed with the keyboard alone, without a mouse; a wrong code; the
 * board with a published re-check; axe-core finds no serious or critical violation on any of them,
 * and no page scrolls sideways.
 */
@HelidonTest
@AddConfig(key = "sgc.data-dir", value = "target/test-data/public-pages-browser")
@AddConfig(key = "sgc.counties", value = "331102")
@DisplayName("Public feedback and re-check pages in headless Chromium at 1366×768")
class PublicPagesBrowserTest {

  @RegisterExtension static final ConsoleBrowser chromium = ConsoleBrowser.at(1366, 768);

  @Inject WebTarget target;

  String base() {
    return ConsoleBrowser.base(target);
  }

  /** The element that has the keyboard's focus. */
  static WebElement focused(WebDriver b) {
    return b.switchTo().activeElement();
  }

  @Test
  void a_complaint_submitted_and_followed_with_the_keyboard() throws Exception {
    chromium.scenario(
        b -> {
          b.get(base() + "/public/feedback");
          ConsoleBrowserTest.accessible(b, "feedback");
          ConsoleLanguageBrowserTest.noSidewaysScroll(b, "feedback");
          // the only county served is chosen already; the keyboard picks the kind
          assertThat(b.findElement(By.id("county")).getAttribute("value")).isEqualTo("331102");
          b.findElement(By.id("kind")).sendKeys(Keys.ARROW_DOWN);
          assertThat(b.findElement(By.id("kind")).getAttribute("value")).isEqualTo("COMPLAINT");
          b.findElement(By.id("kind")).sendKeys(Keys.TAB);
          assertThat(focused(b).getAttribute("id")).isEqualTo("content");
          focused(b).sendKeys("大厅排队时间过长，无人引导");
          focused(b).sendKeys(Keys.TAB);
          assertThat(focused(b).getAttribute("id")).isEqualTo("about");
          focused(b).sendKeys(Keys.TAB);
          assertThat(focused(b).getAttribute("id")).isEqualTo("contact");
          focused(b).sendKeys(Keys.TAB);
          assertThat(focused(b).getText()).isEqualTo("提交");
          focused(b).sendKeys(Keys.ENTER);
          ConsoleBrowserTest.waitFor(b, d -> !d.findElements(By.id("submitted-code")).isEmpty());
          String ticket = b.findElement(By.id("submitted-ticket")).getText();
          String code = b.findElement(By.id("submitted-code")).getText();
          assertThat(ticket).startsWith("FB-");
          assertThat(code).matches("[0-9A-Z]{8}");
          ConsoleBrowserTest.accessible(b, "feedback submitted");

          // a wrong code: the same answer as an unknown ticket, announced
          b.findElement(By.id("ticket")).sendKeys(ticket);
          b.findElement(By.id("follow-code")).sendKeys("ZZZZZZZZ", Keys.ENTER);
          ConsoleBrowserTest.waitFor(b, d -> !d.findElements(By.id("follow-error")).isEmpty());
          assertThat(b.findElement(By.id("follow-error")).getAttribute("role")).isEqualTo("alert");
          ConsoleBrowserTest.accessible(b, "feedback follow refused");

          b.findElement(By.id("ticket")).clear();
          b.findElement(By.id("ticket")).sendKeys(ticket);
          b.findElement(By.id("follow-code")).sendKeys(code, Keys.ENTER);
          ConsoleBrowserTest.waitFor(b, d -> !d.findElements(By.id("status-state")).isEmpty());
          assertThat(b.findElement(By.id("status-kind")).getText()).isEqualTo("投诉");
          assertThat(b.findElement(By.id("status-state")).getText()).isEqualTo("已受理");
          ConsoleBrowserTest.accessible(b, "feedback followed");
          ConsoleLanguageBrowserTest.noSidewaysScroll(b, "feedback followed");

          // bad fields come back named, what was typed kept
          b.get(base() + "/public/feedback");
          b.findElement(By.id("content")).sendKeys("建议");
          ((JavascriptExecutor) b)
              .executeScript("document.getElementById('contact').removeAttribute('maxlength')");
          b.findElement(By.id("contact")).sendKeys("x".repeat(201), Keys.ENTER);
          ConsoleBrowserTest.waitFor(b, d -> !d.findElements(By.id("form-message")).isEmpty());
          assertThat(b.findElement(By.id("form-message")).getText()).contains("联系方式");
          assertThat(b.findElement(By.id("content")).getAttribute("value")).isEqualTo("建议");
          ConsoleBrowserTest.accessible(b, "feedback with errors");
        });
  }

  @Test
  void the_board_shows_a_published_recheck() throws Exception {
    Response r =
        target
            .path("/api/v1/feedback")
            .queryParam("county", "331102")
            .request()
            .post(
                Entity.entity(
                    "{\"kind\":\"COMPLAINT\",\"content\":\"窗口午休无人值守\"}",
                    MediaType.APPLICATION_JSON));
    assertThat(r.getStatus()).isEqualTo(201);
    String ticket = r.readEntity(JsonObject.class).getString("ticket");
    String supervisor = ConsoleCredentials.token("331102", Roles.SUPERVISOR);
    String item = "/api/v1/feedback/" + ticket;
    PublicFeedbackPagesTest.change(
        target, supervisor, item, "/assignment", "{\"unit\":\"county.hrss\"}");
    String action =
        "/api/v1/corrective-actions/"
            + PublicFeedbackPagesTest.change(
                    target,
                    supervisor,
                    item,
                    "/answer",
                    "{\"reply\":\"属实\",\"verdict\":\"UPHELD\",\"correctBy\":\"2027-01-15\"}")
                .getString("correctiveAction");
    PublicFeedbackPagesTest.change(
        target,
        ConsoleCredentials.token("331102", Roles.HANDLER),
        action,
        "/correction",
        "{\"account\":\"已排定午间轮值\"}");
    PublicFeedbackPagesTest.change(
        target, supervisor, action, "/rechecks", "{\"passed\":true,\"notes\":\"午间抽查有人值守\"}");
    chromium.scenario(
        b -> {
          b.get(base() + "/public/rechecks");
          assertThat(b.findElement(By.id("rechecks")).getText()).contains("午间抽查有人值守", "通过");
          ConsoleBrowserTest.accessible(b, "re-check results");
          ConsoleLanguageBrowserTest.noSidewaysScroll(b, "re-check results");
          // the county chosen and shown again with the keyboard
          b.findElement(By.id("county")).sendKeys(Keys.TAB);
          focused(b).sendKeys(Keys.ENTER);
          ConsoleBrowserTest.waitFor(b, d -> d.getCurrentUrl().contains("county=331102"));
          assertThat(b.findElement(By.id("pager-total")).getText()).isNotBlank();
          ConsoleBrowserTest.accessible(b, "re-check results chosen");
        });
  }

  @Test
  void in_english_no_label_of_either_page_is_chinese() throws Exception {
    chromium.scenario(
        b -> {
          b.get(base() + "/public/feedback");
          // the switch is a plain link in the page's header, as on every console page
          b.findElement(By.id("switch-language")).click();
          ConsoleBrowserTest.waitFor(
              b, d -> d.findElement(By.tagName("html")).getAttribute("lang").equals("en"));
          assertThat(b.getCurrentUrl()).endsWith("/public/feedback");
          for (String path : List.of("/public/feedback", "/public/rechecks")) {
            b.get(base() + path);
            List<String> labels = ConsoleLanguageBrowserTest.chromeLabels(b);
            assertThat(labels).isNotEmpty();
            assertThat(labels)
                .as("labels of %s in English", path)
                .noneMatch(l -> ConsoleTextsTest.HAN.matcher(l).find());
            ConsoleBrowserTest.accessible(b, path + " in English");
            ConsoleLanguageBrowserTest.noSidewaysScroll(b, path + " in English");
          }
        });
  }
}
