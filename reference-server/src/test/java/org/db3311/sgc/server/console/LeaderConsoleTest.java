package org.db3311.sgc.server.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.db3311.sgc.server.console.ConsoleCredentials.cookie;
import static org.db3311.sgc.server.console.ConsoleCredentials.token;

import io.helidon.microprofile.testing.junit5.AddConfig;
import io.helidon.microprofile.testing.junit5.HelidonTest;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.client.WebTarget;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.db3311.sgc.adapter.jpa.JpaSettings;
import org.db3311.sgc.core.common.DivisionCode;
import org.db3311.sgc.server.security.Roles;
import org.db3311.sgc.server.wiring.Centers;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The leader's views over plain HTTP: the leader's page shows the published reception rota, the
 * bookings of the coming days and the duty county leader (6.2.1.2, 6.3.1.2); the command big screen
 * and its JSON count the matters registered; roles and the county scope hold; a part that cannot be
 * read is named and the others are shown all the same.
 */
@HelidonTest
@AddConfig(key = "sgc.data-dir", value = "target/test-data/console-leader")
@AddConfig(key = "sgc.counties", value = "331102,331121")
@DisplayName("Web console leader's views over HTTP: rota, bookings, duty leader, big screen")
class LeaderConsoleTest {

  static final String ID = ConsoleBrowserTest.ID;
  static final String WANG = "{\"id\":\"l1\",\"name\":\"王县长\",\"title\":\"县长\"}";
  static final String LI = "{\"id\":\"l2\",\"name\":\"李副县长\",\"title\":\"副县长\"}";

  @Inject WebTarget target;
  @Inject Centers centers;

  Response page(String token, String path) {
    var t = target;
    int q = path.indexOf('?');
    if (q >= 0) {
      for (String pair : path.substring(q + 1).split("&")) {
        String[] kv = pair.split("=", 2);
        t = t.queryParam(kv[0], kv[1]);
      }
      path = path.substring(0, q);
    }
    return t.path(path).request().header("Cookie", cookie(token)).get();
  }

  String html(String token, String path) {
    Response r = page(token, path);
    String body = r.readEntity(String.class);
    assertThat(r.getStatus()).as(path + ": " + body).isEqualTo(200);
    return body;
  }

  JsonObject api(String token, String method, String path, String json, String ifMatch) {
    var b = target.path(path).request().header("Authorization", "Bearer " + token);
    if (ifMatch != null) {
      b = b.header("If-Match", ifMatch);
    }
    Response r =
        method.equals("GET")
            ? b.get()
            : b.post(Entity.entity(json == null ? "" : json, MediaType.APPLICATION_JSON));
    String body = r.readEntity(String.class);
    assertThat(r.getStatus()).as(method + " " + path + ": " + body).isBetween(200, 201);
    return Json.createReader(new StringReader(body)).readObject();
  }

  /** POSTs a step of a resource under the ETag read just before. */
  JsonObject step(String token, String resource, String step, String json) {
    String etag =
        target
            .path(resource)
            .request()
            .header("Authorization", "Bearer " + token)
            .get()
            .getHeaderString("ETag");
    return api(token, "POST", resource + step, json, etag);
  }

  /** Plans and publishes the month's reception rota, Wang receiving on {@code extra} too. */
  void rota(String leader, YearMonth month, LocalDate extra) {
    api(
        leader,
        "POST",
        "/api/v1/reception/rotas",
        "{\"month\":\"" + month + "\",\"leaders\":[" + WANG + "," + LI + "]}",
        null);
    String rota = "/api/v1/reception/rotas/" + month;
    if (extra != null) {
      step(leader, rota, "/days", "{\"date\":\"" + extra + "\",\"leader\":" + WANG + "}");
    }
    assertThat(step(leader, rota, "/publication", null).getString("state")).isEqualTo("PUBLISHED");
  }

  void dutyRoster(String leader, YearMonth month) {
    api(
        leader,
        "POST",
        "/api/v1/duty-rosters",
        """
        {"month":"%s","leaders":[{"id":"d1","name":"赵值班"},{"id":"d2","name":"钱值班"}],
         "handover":"08:30","fallback":{"id":"d0","name":"孙总值守"}}
        """
            .formatted(month),
        null);
    assertThat(
            step(leader, "/api/v1/duty-rosters/" + month, "/publication", null).getString("state"))
        .isEqualTo("PUBLISHED");
  }

  /** A matter registered at the window in a township, accepted at once (all materials given). */
  String register(String clerk, String townshipCode, String address) {
    JsonObject m =
        api(
            clerk,
            "POST",
            "/api/v1/matters",
            """
            {"channel":"WINDOW",
             "parties":[{"role":"APPLICANT","type":"CITIZEN","name":"赵六","idNumber":"%s"}],
             "category":"dispute.neighbour",
             "place":{"townshipCode":"%s","address":"%s"},
             "description":"邻里之间因排水沟堵塞发生纠纷",
             "materials":[{"kind":"id_card","description":"身份证复印件"},
                          {"kind":"application","description":"纠纷申请书"},
                          {"kind":"registration_form","description":"登记表"}]}
            """
                .formatted(ID, townshipCode, address),
            null);
    return m.getString("number");
  }

  /** Runs SQL on a county's own schema, beside the server: how a row comes to be unreadable. */
  void sql(String county, String statement, Object... args) throws SQLException {
    JpaSettings s = centers.of(DivisionCode.of(county)).orElseThrow().store().settings();
    try (Connection c = DriverManager.getConnection(s.url(), s.user(), s.password().orElse(""))) {
      if (s.schema().isPresent()) {
        c.setSchema(s.schema().get());
      }
      try (PreparedStatement p = c.prepareStatement(statement)) {
        for (int i = 0; i < args.length; i++) {
          p.setObject(i + 1, args[i]);
        }
        assertThat(p.executeUpdate()).isEqualTo(1);
      }
    }
  }

  LocalDate today() {
    return centers.of(DivisionCode.of("331102")).orElseThrow().today();
  }

  @Test
  void the_leaders_page_shows_the_rota_the_bookings_and_the_duty_leader_and_survives_a_bad_day()
      throws Exception {
    String leader = token("331102", Roles.LEADER);
    String clerk = token("331102", Roles.CLERK);
    LocalDate today = today();
    YearMonth month = YearMonth.from(today);
    rota(leader, month, today);
    rota(leader, month.plusMonths(1), null);
    dutyRoster(leader, month);

    // a booking on the next published day after today
    LocalDate day = today.plusDays(1);
    while (!api(clerk, "GET", "/api/v1/reception/rotas/" + YearMonth.from(day), null, null)
        .getJsonObject("days")
        .containsKey(day.toString())) {
      day = day.plusDays(1);
    }
    api(
        clerk,
        "POST",
        "/api/v1/reception/bookings",
        """
        {"mode":"APPOINTMENT","date":"%s","subject":"土地补偿",
         "visitor":{"type":"CITIZEN","name":"周七","idNumber":"%s","phone":"13812341234"}}
        """
            .formatted(day, ID),
        null);

    String body = html(leader, "/console/leader");
    assertThat(body).contains("href=\"/console/screen\"");
    assertThat(body).contains("id=\"rota\"").contains("王县长").contains("李副县长");
    assertThat(body).contains("今天的接访领导：<strong>王县长（县长）</strong>");
    assertThat(body).contains("已于");
    // the booking with the visitor's phone masked as in the API
    assertThat(body).contains("周七（138****1234）").contains("土地补偿").contains("预约接访");
    assertThat(body).doesNotContain("13812341234").doesNotContain(ID);
    // the duty county leader by the published roster, and today's shifts
    assertThat(body).contains("id=\"duty-leader\"").contains("（按已公布的值班表在岗）");
    assertThat(body).containsAnyOf("赵值班", "钱值班").contains("id=\"duty-shifts\"");
    assertThat(body).doesNotContain("班次未生效");
    assertThat(body).doesNotContain("leader-failures");

    // another month without a rota says so
    assertThat(html(leader, "/console/leader?month=" + month.plusMonths(3)))
        .contains("id=\"rota-missing\"");

    // one unreadable day of bookings is named; the rota, the duty leader and the other days stay
    LocalDate broken = today.plusDays(LeaderConsoleResource.BOOKING_DAYS - 1);
    sql(
        "331102",
        "insert into reception_booking (booking_id, version, booking_date, slot, mode, state,"
            + " document) values (?, 1, ?, 'AM', 'APPOINTMENT', 'REQUESTED', '{broken')",
        "RB-BROKEN-1",
        java.sql.Date.valueOf(broken));
    String after = html(leader, "/console/leader");
    assertThat(after).contains("id=\"leader-failures\"").contains("接访预约（" + broken + "）");
    assertThat(after).contains("预约未能读取");
    assertThat(after).contains("周七（138****1234）").contains("id=\"duty-leader\"");
    assertThat(after).contains("id=\"rota\"");

    // an unreadable rota is named; the duty leader is still shown
    sql(
        "331102",
        "update reception_rota set document = '{broken' where rota_month = ?",
        month.plusMonths(1).toString());
    String rotaBroken = html(leader, "/console/leader?month=" + month.plusMonths(1));
    assertThat(rotaBroken).contains("id=\"rota-none\"").contains("接访安排");
    assertThat(rotaBroken).contains("id=\"duty-leader\"");
  }

  @Test
  void the_big_screen_counts_the_matters_and_names_an_unreadable_incident() throws Exception {
    String leader = token("331102", Roles.LEADER);
    String clerk = token("331102", Roles.CLERK);
    String first = register(clerk, "331102001", "紫金街道31号");
    register(clerk, "331102001", "紫金街道32号");
    register(clerk, "331102002", "岩泉街道7号");

    JsonObject data = api(leader, "GET", "/console/screen/data", null, null);
    assertThat(data.getString("county")).isEqualTo("331102");
    JsonObject trend = data.getJsonObject("trend");
    assertThat(trend.getInt("registered")).isEqualTo(3);
    assertThat(trend.getJsonArray("weeks")).hasSize(CommandScreen.WEEKS);
    // this week is the last one and holds the three
    JsonObject thisWeek = trend.getJsonArray("weeks").getJsonObject(CommandScreen.WEEKS - 1);
    assertThat(thisWeek.getInt("registered")).isEqualTo(3);
    JsonObject neighbour = trend.getJsonArray("categories").getJsonObject(0);
    assertThat(neighbour.getString("code")).isEqualTo("dispute.neighbour");
    assertThat(neighbour.getInt("registered")).isEqualTo(3);
    // every township of the county has its box, in the table's order; 紫金街道 has two open
    var townships = trend.getJsonArray("townships");
    assertThat(townships.size()).isGreaterThanOrEqualTo(15);
    JsonObject zijin = townships.getJsonObject(0);
    assertThat(zijin.getString("code")).isEqualTo("331102001");
    assertThat(zijin.getString("name")).isEqualTo("紫金街道");
    assertThat(zijin.getInt("open")).isEqualTo(2);
    assertThat(zijin.getInt("heat")).isEqualTo(4);
    assertThat(townships.getJsonObject(1).getInt("heat")).isEqualTo(2);
    assertThat(data.getJsonObject("warnings").getJsonArray("levels")).hasSize(4);
    assertThat(data.getJsonArray("rates")).hasSize(4);
    assertThat(data.getJsonObject("overdue").getInt("total")).isZero();
    assertThat(data.getJsonArray("failures")).isEmpty();

    // the page carries every figure in its tables, for readers without script or sight of a chart
    String screen = html(leader, "/console/screen");
    assertThat(screen)
        .contains("id=\"table-trend\"")
        .contains("id=\"table-category\"")
        .contains("邻里纠纷")
        .contains("id=\"kpi-registered\">3<")
        .contains("data-chart=\"line\"")
        .contains("/console/static/echarts-5.6.0.min.js")
        .contains("every 30s");
    assertThat(html(leader, "/console/screen?refresh=5")).contains("every 5s");
    assertThat(html(leader, "/console/screen/panels")).contains("id=\"table-trend\"");
    assertThat(html(leader, "/console/screen/panels")).doesNotContain("<html");

    // an incident that cannot be read is named; the matters are still counted
    sql(
        "331102",
        "insert into incident (incident_id, version, state, discovered_at, document)"
            + " values ('INC-BROKEN-1', 1, 'DISCOVERED', current_timestamp, '{broken')");
    JsonObject after = api(leader, "GET", "/console/screen/data", null, null);
    assertThat(after.getJsonArray("failures").toString()).contains("突发事件").contains("INC-BROKEN-1");
    // the reader is told that it could not be read, not the parser's words, which the log keeps
    assertThat(after.getJsonArray("failures").toString())
        .contains(ConsoleTexts.DEFAULT.text("screen.unreadable"))
        .doesNotContain("Exception", "{broken");
    assertThat(after.getJsonObject("trend").getInt("registered")).isEqualTo(3);
    assertThat(after.getJsonObject("incidents")).isNotNull();
    assertThat(html(leader, "/console/screen"))
        .contains("id=\"screen-failures\"")
        .contains("INC-BROKEN-1")
        .contains("id=\"table-trend\"");
    assertThat(first).startsWith("331102-");
  }

  @Test
  void roles_and_the_county_scope_hold() {
    String analyst = token("331102", Roles.ANALYST);
    String clerk = token("331102", Roles.CLERK);
    String supervisor = token("331102", Roles.SUPERVISOR);
    String qingtian = token("331121", Roles.LEADER);
    String township = token("331102001", Roles.LEADER);
    String city = token("331100", Roles.LEADER);
    // the leader's page: the roles that read the rota, the bookings and the duty roster
    Response clerkPage = page(clerk, "/console/leader");
    assertThat(clerkPage.getStatus()).isEqualTo(200);
    // a clerk reads the rota and the bookings but is not led to the screen it may not open
    assertThat(clerkPage.readEntity(String.class)).doesNotContain("/console/screen");
    assertThat(page(supervisor, "/console/leader").getStatus()).isEqualTo(200);
    assertThat(page(analyst, "/console/leader").getStatus()).isEqualTo(403);
    // the screen: the roles that read supervision, warnings and evaluation
    assertThat(page(analyst, "/console/screen").getStatus()).isEqualTo(200);
    assertThat(page(supervisor, "/console/screen/data").getStatus()).isEqualTo(200);
    assertThat(page(clerk, "/console/screen").getStatus()).isEqualTo(403);
    assertThat(page(clerk, "/console/screen/data").getStatus()).isEqualTo(403);
    // another county's leader sees nothing of Liandu's
    for (String path :
        List.of(
            "/console/leader?county=331102",
            "/console/screen?county=331102",
            "/console/screen/panels?county=331102",
            "/console/screen/data?county=331102")) {
      Response r = page(qingtian, path);
      assertThat(r.getStatus()).as(path).isEqualTo(403);
      assertThat(r.readEntity(String.class)).as(path).contains("Outside your division");
    }
    // both views are county-wide: a township's staff are refused, a city's name the county
    assertThat(page(township, "/console/screen").getStatus()).isEqualTo(403);
    assertThat(page(city, "/console/screen").getStatus()).isEqualTo(400);
    assertThat(page(city, "/console/screen?county=331102").getStatus()).isEqualTo(200);
    assertThat(page(city, "/console/leader?county=331121").getStatus()).isEqualTo(200);
    // bad input is a clear 400 problem, never a 500; a page's errors are the console's page
    Response month = page(clerk, "/console/leader?month=2026-13");
    assertThat(month.getStatus()).isEqualTo(400);
    assertThat(month.getMediaType().toString()).startsWith("text/html");
    assertThat(month.readEntity(String.class)).contains("month", "id=\"error-message\"");
    for (String path :
        List.of(
            "/console/leader?county=331102",
            "/console/screen?county=331102",
            "/console/screen/panels?county=331102")) {
      Response r = page(qingtian, path);
      assertThat(r.getMediaType().toString()).as(path).startsWith("text/html");
      assertThat(r.readEntity(String.class)).as(path).contains("<h1>无权查看</h1>");
    }
    // the wall's JSON stays problem details
    assertThat(page(qingtian, "/console/screen/data?county=331102").getMediaType().toString())
        .startsWith("application/problem+json");
    Response refresh = page(analyst, "/console/screen?refresh=1");
    assertThat(refresh.getStatus()).isEqualTo(400);
    assertThat(refresh.getMediaType().toString()).startsWith("text/html");
    assertThat(refresh.readEntity(String.class)).contains("refresh");
    assertThat(page(analyst, "/console/screen?refresh=soon").getStatus()).isEqualTo(400);
    // the pinned chart library and its licence are served
    assertThat(target.path("/console/static/echarts-5.6.0.min.js").request().get().getStatus())
        .isEqualTo(200);
    assertThat(target.path("/console/static/echarts-LICENSE.txt").request().get().getStatus())
        .isEqualTo(200);
  }
}
