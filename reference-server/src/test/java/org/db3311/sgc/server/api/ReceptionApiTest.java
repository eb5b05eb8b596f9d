package org.db3311.sgc.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.helidon.microprofile.testing.junit5.AddConfig;
import io.helidon.microprofile.testing.junit5.HelidonTest;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.client.WebTarget;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import org.db3311.sgc.server.security.Roles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@HelidonTest
@AddConfig(key = "sgc.data-dir", value = "target/test-data/reception-api")
@AddConfig(key = "sgc.counties", value = "331102,331121")
@DisplayName("REST API: leader reception over HTTP, scoped by division (embedded H2)")
class ReceptionApiTest {

  static final String LEADER = Api.token("331102", Roles.LEADER);
  static final String CLERK = Api.token("331102", Roles.CLERK);
  static final String QINGTIAN_CLERK = Api.token("331121", Roles.CLERK);
  static final String QINGTIAN_LEADER = Api.token("331121", Roles.LEADER);
  static final String ANALYST = Api.token("331102", Roles.ANALYST);
  static final String WANG = "{\"id\":\"l1\",\"name\":\"王县长\",\"title\":\"县长\"}";
  static final String LI = "{\"id\":\"l2\",\"name\":\"李副县长\",\"title\":\"副县长\"}";
  static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

  @Inject WebTarget target;
  Api api;
  Casework cw;

  @BeforeEach
  void client() {
    api = new Api(target);
    cw = new Casework(api);
  }

  static String plan(YearMonth month) {
    return "{\"month\":\"" + month + "\",\"leaders\":[" + WANG + "," + LI + "]}";
  }

  /** Plans and publishes {@code month}, with Wang receiving on {@code extra} too; its path. */
  String published(YearMonth month, LocalDate extra) {
    Response planned = api.post(LEADER, "/api/v1/reception/rotas", plan(month));
    String body = planned.readEntity(String.class);
    assertThat(planned.getStatus()).as(body).isEqualTo(201);
    String rota = "/api/v1/reception/rotas/" + month;
    if (extra != null) {
      cw.ok(LEADER, rota, "/days", "{\"date\":\"" + extra + "\",\"leader\":" + WANG + "}");
    }
    assertThat(cw.ok(LEADER, rota, "/publication", null).getString("state")).isEqualTo("PUBLISHED");
    return rota;
  }

  static String visitor(String name) {
    return "{\"type\":\"CITIZEN\",\"name\":\"%s\",\"idNumber\":\"11010519491231002X\",\"phone\":\"13812341234\"}"
        .formatted(name);
  }

  static String visit(String leader, String mode, String booking) {
    return """
        {"leader":%s,"mode":"%s",%s
         "parties":[{"role":"APPLICANT","type":"CITIZEN","name":"张三","phone":"13812341234"}],
         "category":"dispute.neighbour",
         "place":{"townshipCode":"331102001","township":"紫金街道","address":"紫金街道60号"},
         "description":"反映邻里排水纠纷",
         "materials":[{"kind":"application","description":"信访材料"}]}
        """
        .formatted(leader, mode, booking == null ? "" : "\"booking\":\"" + booking + "\",");
  }

  @Test
  void plans_publishes_books_and_receives() {
    LocalDate today = LocalDate.now(BEIJING);
    YearMonth month = YearMonth.from(today);
    String rota = published(month, today);
    published(month.plusMonths(1), null);
    JsonObject days = Api.json(api.get(CLERK, rota)).getJsonObject("days");
    assertThat(days.getJsonObject(today.toString()).getString("id")).isEqualTo("l1");

    // a booking on the next published day after today
    LocalDate day = today.plusDays(1);
    while (!Api.json(api.get(CLERK, "/api/v1/reception/rotas/" + YearMonth.from(day)))
        .getJsonObject("days")
        .containsKey(day.toString())) {
      day = day.plusDays(1);
    }
    Response booked =
        api.post(
            CLERK,
            "/api/v1/reception/bookings",
            "{\"mode\":\"APPOINTMENT\",\"date\":\""
                + day
                + "\",\"visitor\":"
                + visitor("赵六")
                + ",\"subject\":\"土地补偿\"}");
    String body = booked.readEntity(String.class);
    System.out.println(
        "DBG after: "
            + api.get(CLERK, "/api/v1/reception/bookings/RB-" + day.getYear() + "-1?county=331102")
                .readEntity(String.class));
    System.out.println(
        "DBG after2: "
            + api.get(CLERK, "/api/v1/reception/bookings/RB-" + day.getYear() + "-2?county=331102")
                .readEntity(String.class));
    assertThat(booked.getStatus()).as(body).isEqualTo(201);
    String booking = booked.getLocation().getPath();
    JsonObject b = Api.json(api.get(CLERK, booking));
    assertThat(b.getString("state")).isEqualTo("REQUESTED");
    assertThat(b.getJsonObject("visitor").getString("idNumber")).isEqualTo("110105********002X");
    assertThat(cw.ok(CLERK, booking, "/changes", "{\"change\":\"CONFIRM\"}").getString("state"))
        .isEqualTo("CONFIRMED");
    Response again =
        api.post(
            CLERK,
            "/api/v1/reception/bookings",
            "{\"mode\":\"APPOINTMENT\",\"date\":\""
                + day
                + "\",\"visitor\":"
                + visitor("赵六")
                + ",\"subject\":\"土地补偿\"}");
    assertThat(again.getStatus()).isEqualTo(409);
    assertThat(Api.json(again).getString("type")).isEqualTo("urn:db3311:problem:already-booked");

    Response received =
        api.post(CLERK, "/api/v1/reception/visits", visit(WANG, "RANDOM_WALK_IN", null));
    String r = received.readEntity(String.class);
    assertThat(received.getStatus()).as(r).isEqualTo(201);
    String matter = received.getLocation().getPath();
    assertThat(Api.json(api.get(CLERK, matter)).getString("channel")).isEqualTo("LEADER_RECEPTION");

    Response notOnRota =
        api.post(CLERK, "/api/v1/reception/visits", visit(LI, "RANDOM_WALK_IN", null));
    assertThat(notOnRota.getStatus()).isEqualTo(409);
    assertThat(Api.json(notOnRota).getString("type")).isEqualTo("urn:db3311:problem:not-on-rota");
  }

  @Test
  void bad_input_is_answered_with_every_field_named() {
    assertThat(api.post(LEADER, "/api/v1/reception/rotas", "{").getStatus()).isEqualTo(400);
    assertThat(
            Casework.errors(
                api.post(
                    LEADER,
                    "/api/v1/reception/rotas",
                    "{\"month\":\"2028-13\",\"leaders\":[{\"id\":\"l1\",\"name\":\"王\"}]}")))
        .contains("month")
        .contains("leaders[0]");
    assertThat(
            Casework.errors(
                api.post(
                    CLERK,
                    "/api/v1/reception/bookings",
                    "{\"mode\":\"CARRIER_PIGEON\",\"date\":\"soon\",\"visitor\":"
                        + visitor("赵六").replace("11010519491231002X", "110105194912310021")
                        + "}")))
        .contains("mode")
        .contains("CARRIER_PIGEON")
        .contains("date")
        .contains("visitor.idNumber")
        .contains("subject");
    assertThat(
            Casework.errors(
                api.post(CLERK, "/api/v1/reception/bookings", "{\"mode\":1,\"visitor\":\"x\"}")))
        .contains("mode")
        .contains("visitor");
    assertThat(
            Casework.errors(
                api.post(
                    CLERK,
                    "/api/v1/reception/visits",
                    visit(WANG, "INVITED", null).replace("dispute.neighbour", " "))))
        .contains("booking")
        .contains("category");
    assertThat(api.get(CLERK, "/api/v1/reception/rotas/2031-01").getStatus()).isEqualTo(404);
    assertThat(api.get(CLERK, "/api/v1/reception/bookings/RB-2031-9").getStatus()).isEqualTo(404);
  }

  @Test
  void changes_need_the_current_etag() {
    Response planned = api.post(LEADER, "/api/v1/reception/rotas", plan(YearMonth.of(2029, 1)));
    assertThat(planned.getStatus()).isEqualTo(201);
    String rota = "/api/v1/reception/rotas/2029-01";
    assertThat(cw.withTag(LEADER, rota + "/publication", null, null).getStatus()).isEqualTo(428);
    String old = cw.etag(LEADER, rota);
    cw.ok(LEADER, rota, "/days", "{\"date\":\"2029-01-06\",\"leader\":" + LI + "}");
    assertThat(cw.withTag(LEADER, rota + "/publication", old, null).getStatus()).isEqualTo(412);
  }

  @Test
  void another_county_and_other_roles_are_refused() {
    Response planned = api.post(LEADER, "/api/v1/reception/rotas", plan(YearMonth.of(2029, 2)));
    assertThat(planned.getStatus()).isEqualTo(201);
    String rota = "/api/v1/reception/rotas/2029-02";
    String etag = cw.etag(LEADER, rota);
    assertThat(api.get(QINGTIAN_LEADER, rota + "?county=331102").getStatus()).isEqualTo(403);
    assertThat(
            cw.withTag(QINGTIAN_LEADER, rota + "/publication?county=331102", etag, null)
                .getStatus())
        .isEqualTo(403);
    assertThat(
            api.post(
                    QINGTIAN_CLERK, "/api/v1/reception/visits", visit(WANG, "RANDOM_WALK_IN", null))
                .getStatus())
        .isEqualTo(403);
    assertThat(api.get(Api.token("331102001", Roles.CLERK), rota).getStatus()).isEqualTo(403);
    assertThat(api.get(ANALYST, rota).getStatus()).isEqualTo(403);
    assertThat(api.post(CLERK, "/api/v1/reception/rotas", plan(YearMonth.of(2029, 3))).getStatus())
        .isEqualTo(403);
    assertThat(cw.withTag(CLERK, rota + "/publication", etag, null).getStatus()).isEqualTo(403);
  }
}
