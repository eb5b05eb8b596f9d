package org.db3311.sgc.server.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.db3311.sgc.server.console.ConsoleBrowserTest.accessible;
import static org.db3311.sgc.server.console.ConsoleBrowserTest.waitFor;

import io.helidon.microprofile.testing.junit5.AddConfig;
import io.helidon.microprofile.testing.junit5.HelidonTest;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.client.WebTarget;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.db3311.sgc.core.common.DivisionCode;
import org.db3311.sgc.server.security.DemoIssuer;
import org.db3311.sgc.server.security.Roles;
import org.db3311.sgc.server.wiring.Centers;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * The leader's views in headless Chromium: the command big screen on its 1920×1080 stage with
 * matters registered in the test — every chart drawn from the numbers of the table beside it, the
 * stage scaled to a 3840×2160 window, the panels refreshed live and kept still when paused — and
 * the leader's page at 1366×768, each checked with axe-core.
 */
@HelidonTest
@AddConfig(key = "sgc.data-dir", value = "target/test-data/console-leader-browser")
@AddConfig(key = "sgc.counties", value = "331102,331121")
@DisplayName("Web console in headless Chromium: the command big screen and the leader's page")
class LeaderScreenBrowserTest {

  @RegisterExtension static final ConsoleBrowser chromium = ConsoleBrowser.standard();

  static final String CLERK =
      DemoIssuer.instance().issue("c9", "测试员", "331102", List.of(Roles.CLERK), Instant.now());
  static final String LEADER =
      DemoIssuer.instance().issue("l9", "测试员", "331102", List.of(Roles.LEADER), Instant.now());

  @Inject WebTarget target;
  @Inject Centers centers;

  String base() {
    return ConsoleBrowser.base(target);
  }

  /** Sets the page's viewport (not the window's outer size) to exactly width × height. */
  static void viewport(WebDriver b, int width, int height) {
    JavascriptExecutor js = (JavascriptExecutor) b;
    b.manage().window().setSize(new Dimension(width, height));
    long w = (Long) js.executeScript("return window.innerWidth");
    long h = (Long) js.executeScript("return window.innerHeight");
    b.manage()
        .window()
        .setSize(new Dimension(width + (width - (int) w), height + (height - (int) h)));
    waitFor(
        b,
        d ->
            ((Long) js.executeScript("return window.innerWidth")) == width
                && ((Long) js.executeScript("return window.innerHeight")) == height);
  }

  String api(String token, String path, String json, String ifMatch) {
    var r = target.path(path).request().header("Authorization", "Bearer " + token);
    if (ifMatch != null) {
      r = r.header("If-Match", ifMatch);
    }
    Response answer = r.post(Entity.entity(json == null ? "" : json, MediaType.APPLICATION_JSON));
    String body = answer.readEntity(String.class);
    assertThat(answer.getStatus()).as(path + ": " + body).isBetween(200, 201);
    return body;
  }

  String step(String token, String resource, String step, String json) {
    String etag =
        target
            .path(resource)
            .request()
            .header("Authorization", "Bearer " + token)
            .get()
            .getHeaderString("ETag");
    return api(token, resource + step, json, etag);
  }

  String register(String townshipCode, String category) {
    String body =
        api(
            CLERK,
            "/api/v1/matters",
            """
            {"channel":"WINDOW",
             "parties":[{"role":"APPLICANT","type":"CITIZEN","name":"赵六","idNumber":"%s"}],
             "category":"%s",
             "place":{"townshipCode":"%s","address":"大屏测试路1号"},
             "description":"大屏测试事项",
             "materials":[{"kind":"id_card","description":"身份证复印件"},
                          {"kind":"application","description":"纠纷申请书"},
                          {"kind":"registration_form","description":"登记表"}]}
            """
                .formatted(ConsoleBrowserTest.ID, category, townshipCode),
            null);
    return Json.createReader(new StringReader(body)).readObject().getString("number");
  }

  static Object js(WebDriver b, String script, Object... args) {
    return ((JavascriptExecutor) b).executeScript(script, args);
  }

  /**
   * The numbers of a table's column, top to bottom, read in one script run: the screen refreshes
   * live, and rows found element by element could be replaced between two reads (a stale element).
   */
  @SuppressWarnings("unchecked")
  static List<Long> column(WebDriver b, String table, int column) {
    List<Object> cells =
        (List<Object>)
            js(
                b,
                "var col = arguments[1];"
                    + " return Array.from(document.querySelectorAll('#' + arguments[0] + ' tbody tr'))"
                    + ".map(function (tr) { return tr.querySelectorAll('td')[col].textContent.trim(); });",
                table,
                column);
    return cells.stream().map(c -> Long.parseLong(c.toString())).toList();
  }

  /** The data of a chart's series, as ECharts holds it. */
  @SuppressWarnings("unchecked")
  static List<Long> series(WebDriver b, String chart, int series) {
    List<Object> data =
        (List<Object>)
            js(
                b,
                "var c = echarts.getInstanceByDom(document.getElementById(arguments[0]));"
                    + "return c.getOption().series[arguments[1]].data.map(function (d) {"
                    + " return typeof d === 'object' ? d.value : d; });",
                chart,
                series);
    return data.stream().map(o -> ((Number) o).longValue()).toList();
  }

  static boolean drawn(WebDriver b, String chart) {
    return (Boolean)
        js(
            b,
            "var el = document.getElementById(arguments[0]);"
                + "return !!el && !!window.echarts && !!echarts.getInstanceByDom(el)"
                + " && el.querySelectorAll('canvas').length > 0;",
            chart);
  }

  static double stageWidth(WebDriver b) {
    return ((Number) js(b, "return document.getElementById('stage').getBoundingClientRect().width"))
        .doubleValue();
  }

  @Test
  void the_big_screen_draws_every_chart_from_its_table_scales_and_refreshes_live()
      throws Exception {
    register("331102001", "dispute.neighbour");
    register("331102001", "dispute.neighbour");
    register("331102002", "dispute.labour");
    chromium.scenario(
        b -> {
          viewport(b, 1920, 1080);
          ConsoleBrowser.login(b, base(), "leader.liandu");
          b.get(base() + "/console/screen?refresh=2");
          List<String> charts =
              List.of("chart-trend", "chart-category", "chart-warnings", "chart-incidents");
          waitFor(b, d -> charts.stream().allMatch(c -> drawn(d, c)));
          // on a 1920×1080 window the stage is shown at its own size
          assertThat(stageWidth(b)).isCloseTo(1920.0, within(1.0));
          assertThat(b.findElement(By.id("kpi-registered")).getText()).isEqualTo("3");
          // each chart says what its table says
          List<Long> registered = column(b, "table-trend", 0);
          assertThat(registered.getLast()).isEqualTo(3L);
          assertThat(series(b, "chart-trend", 0)).isEqualTo(registered);
          assertThat(series(b, "chart-trend", 1)).isEqualTo(column(b, "table-trend", 1));
          assertThat(column(b, "table-category", 0)).containsExactly(2L, 1L);
          assertThat(series(b, "chart-category", 0)).containsExactly(2L, 1L);
          assertThat(b.findElement(By.id("table-category")).getText())
              .contains("邻里纠纷")
              .contains("劳动争议纠纷");
          assertThat(series(b, "chart-warnings", 0)).isEqualTo(column(b, "table-warnings", 0));
          assertThat(series(b, "chart-incidents", 0))
              .isEqualTo(column(b, "table-incident-states", 0));
          // the townships' schematic: 紫金街道 the busiest
          WebElement zijin = b.findElement(By.cssSelector("#townships li[data-code='331102001']"));
          assertThat(zijin.getText()).contains("紫金街道").contains("登记 2");
          assertThat(zijin.getAttribute("class")).isEqualTo("heat-4");
          accessible(b, "command big screen");

          // the panels refresh without a reload, and the charts are drawn again
          register("331102003", "dispute.neighbour");
          waitFor(
              b,
              Duration.ofSeconds(20),
              d -> d.findElement(By.id("kpi-registered")).getText().equals("4"));
          waitFor(b, d -> charts.stream().allMatch(c -> drawn(d, c)));
          assertThat(series(b, "chart-category", 0)).containsExactly(3L, 1L);
          assertThat(b.findElement(By.id("screen-status")).getText()).startsWith("已更新");

          // paused, the screen keeps still
          WebElement pause = b.findElement(By.id("screen-pause"));
          pause.click();
          assertThat(pause.getAttribute("aria-pressed")).isEqualTo("true");
          assertThat(b.findElement(By.id("screen-status")).getText()).isEqualTo("已暂停更新");
          register("331102003", "dispute.neighbour");
          Thread.sleep(5000);
          assertThat(b.findElement(By.id("kpi-registered")).getText()).isEqualTo("4");
          pause.click();
          waitFor(
              b,
              Duration.ofSeconds(20),
              d -> d.findElement(By.id("kpi-registered")).getText().equals("5"));
          accessible(b, "refreshed big screen");

          // a 3840×2160 wall shows the same stage scaled twice
          viewport(b, 3840, 2160);
          waitFor(b, d -> Math.abs(stageWidth(d) - 3840.0) < 2.0);
          waitFor(b, d -> charts.stream().allMatch(c -> drawn(d, c)));
          assertThat(series(b, "chart-category", 0)).containsExactly(4L, 1L);

          // without script the stage keeps its own size and the tables carry every figure
          viewport(b, 1920, 1080);
          ((org.openqa.selenium.chrome.ChromeDriver) b)
              .executeCdpCommand(
                  "Emulation.setScriptExecutionDisabled", java.util.Map.of("value", true));
          b.get(base() + "/console/screen");
          assertThat(b.findElement(By.id("kpi-registered")).getText()).isEqualTo("5");
          assertThat(column(b, "table-category", 0)).containsExactly(4L, 1L);
          assertThat(b.findElements(By.cssSelector("#chart-trend canvas"))).isEmpty();
          // (axe-core is a script itself: the markup is the one checked above with script)
          assertThat(b.findElement(By.id("stage")).getSize().getWidth()).isEqualTo(1920);
        });
  }

  @Test
  void the_leaders_page_is_usable_at_1366_by_768() throws Exception {
    LocalDate today = centers.of(DivisionCode.of("331102")).orElseThrow().today();
    YearMonth month = YearMonth.from(today);
    api(
        LEADER,
        "/api/v1/reception/rotas",
        "{\"month\":\""
            + month
            + "\",\"leaders\":[{\"id\":\"l1\",\"name\":\"王县长\",\"title\":\"县长\"},"
            + "{\"id\":\"l2\",\"name\":\"李副县长\",\"title\":\"副县长\"}]}",
        null);
    String rota = "/api/v1/reception/rotas/" + month;
    step(
        LEADER,
        rota,
        "/days",
        "{\"date\":\""
            + today
            + "\",\"leader\":{\"id\":\"l1\",\"name\":\"王县长\",\"title\":\"县长\"}}");
    step(LEADER, rota, "/publication", null);
    api(
        LEADER,
        "/api/v1/duty-rosters",
        """
        {"month":"%s","leaders":[{"id":"d1","name":"赵值班"},{"id":"d2","name":"钱值班"}],
         "handover":"08:30","fallback":{"id":"d0","name":"孙总值守"}}
        """
            .formatted(month),
        null);
    chromium.scenario(
        b -> {
          viewport(b, 1366, 768);
          ConsoleBrowser.login(b, base(), "leader.liandu");
          b.findElement(By.linkText("领导视图")).click();
          waitFor(b, d -> d.getCurrentUrl().endsWith("/console/leader"));
          assertThat(b.findElement(By.tagName("h1")).getText()).isEqualTo("领导视图");
          assertThat(b.findElement(By.id("receiving-today")).getText()).contains("王县长");
          assertThat(b.findElement(By.id("rota")).getText()).contains(today.toString());
          // the roster is a draft: the fallback takes escalated events, and the page says why
          assertThat(b.findElement(By.id("duty-leader")).getText())
              .contains("孙总值守")
              .contains("后备领导");
          assertThat(b.findElement(By.id("duty-shifts")).getText()).contains("班次未生效");
          // nothing wider than the window: no sideways scrolling at 1366×768
          assertThat((Long) js(b, "return document.documentElement.scrollWidth"))
              .isLessThanOrEqualTo(1366L);
          accessible(b, "leader's page");
          // the month form works by keyboard, without script
          WebElement m = b.findElement(By.id("month"));
          js(b, "arguments[0].value = arguments[1];", m, month.plusMonths(2).toString());
          m.sendKeys(org.openqa.selenium.Keys.ENTER);
          waitFor(b, d -> d.getCurrentUrl().contains("month=" + month.plusMonths(2)));
          assertThat(b.findElement(By.id("rota-missing")).getText())
              .contains(month.plusMonths(2).toString());
          accessible(b, "leader's page of a month without a rota");
          b.findElement(By.linkText("打开指挥大屏")).click();
          waitFor(b, d -> d.getCurrentUrl().endsWith("/console/screen"));
          assertThat(b.findElements(By.id("table-trend"))).hasSize(1);
        });
  }
}
