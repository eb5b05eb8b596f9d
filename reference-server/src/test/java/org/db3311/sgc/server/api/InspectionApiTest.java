package org.db3311.sgc.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.helidon.microprofile.testing.junit5.AddConfig;
import io.helidon.microprofile.testing.junit5.HelidonTest;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.client.WebTarget;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.db3311.sgc.server.security.Roles;
import org.db3311.sgc.server.wiring.Scheduler;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@HelidonTest
@AddConfig(key = "sgc.data-dir", value = "target/test-data/inspection-api")
@AddConfig(key = "sgc.counties", value = "331102,331121")
@AddConfig(key = "sgc.inspection.enabled", value = "true")
@AddConfig(key = "sgc.schedule.sweep-interval", value = "PT0S")
@DisplayName("Inspection tenant: its own clock, its data, and its inspector acting in it only")
class InspectionApiTest {

  static final String TENANT = "331199";
  static final String INSPECTOR = Api.token(TENANT, Roles.INSPECTOR);
  static final String PROVINCE_INSPECTOR = Api.token("330000", Roles.INSPECTOR);
  static final String LIANDU_CLERK = Api.token("331102", Roles.CLERK);
  static final String LIANDU_MEDIATOR = Api.token("331102", Roles.MEDIATOR);
  static final String LIANDU_SUPERVISOR = Api.token("331102", Roles.SUPERVISOR);

  @Inject WebTarget target;
  @Inject Scheduler scheduler;
  Api api;
  Casework cw;

  @BeforeEach
  void client() {
    api = new Api(target);
    cw = new Casework(api);
    // back to real time and no data, whatever an earlier test or run left
    Response reset =
        put(INSPECTOR, "/api/v1/inspection/clock", "{\"now\":\"" + Instant.now() + "\"}");
    assertThat(reset.getStatus()).isEqualTo(200);
    assertThat(api.as(INSPECTOR, "/api/v1/inspection/data").delete().getStatus()).isEqualTo(200);
  }

  Response put(String token, String path, String json) {
    return api.as(token, path).put(Entity.entity(json, MediaType.APPLICATION_JSON));
  }

  static String registration(String township, String address) {
    return """
        {"channel":"WINDOW",
         "parties":[{"role":"APPLICANT","type":"CITIZEN","name":"张三","idNumber":"11010519491231002X","phone":"13812341234"},
                    {"role":"RESPONDENT","type":"CITIZEN","name":"李四"}],
         "category":"dispute.neighbour",
         "place":{"townshipCode":"%s","township":"检查街道","address":"%s"},
         "description":"邻里之间因排水沟堵塞发生纠纷",
         "materials":[{"kind":"id_card","description":"身份证复印件"},
                      {"kind":"application","description":"申请书"},
                      {"kind":"registration_form","description":"登记表"}]}
        """
        .formatted(township, address);
  }

  /** Registers a matter as {@code token}; the answer. */
  Response register(String token, String township) {
    return api.post(token, "/api/v1/matters", registration(township, "检查路1号"));
  }

  String registered(String token, String township) {
    Response r = register(token, township);
    String body = r.readEntity(String.class);
    assertThat(r.getStatus()).as(body).isEqualTo(201);
    return jakarta.json.Json.createReader(new java.io.StringReader(body))
        .readObject()
        .getString("number");
  }

  /** Registers, accepts and routes to mediation: a supervised matter with running deadlines. */
  String supervised(String clerk, String mediator, String township) {
    String number = registered(clerk, township);
    JsonObject d =
        cw.ok(clerk, "/api/v1/matters/" + number, "/decision", "{\"verdict\":\"REVIEW\"}");
    assertThat(d.getString("outcome")).as(d.toString()).isEqualTo("ACCEPTED");
    Response r = api.post(mediator, "/api/v1/mediations", "{\"matter\":\"" + number + "\"}");
    assertThat(r.getStatus()).as(r.readEntity(String.class)).isEqualTo(201);
    String m = "/api/v1/mediations/" + number + "/M1";
    cw.ok(mediator, m, "/suitability", "{\"suitable\":true,\"reasons\":\"事实清楚\"}");
    cw.ok(mediator, m, "/consents", "{\"party\":0,\"agrees\":true,\"informed\":true}");
    cw.ok(mediator, m, "/consents", "{\"party\":1,\"agrees\":true,\"informed\":true}");
    assertThat(cw.ok(mediator, m, "/routing", null).getString("state")).isEqualTo("ROUTED");
    return number;
  }

  @Test
  void shows_sets_and_advances_the_tenant_clock() {
    JsonObject now = Api.json(api.get(INSPECTOR, "/api/v1/inspection"));
    assertThat(now.getString("county")).isEqualTo(TENANT);
    assertThat(Instant.parse(now.getString("now"))).isCloseTo(Instant.now(), within(60));

    JsonObject set =
        Api.json(
            put(INSPECTOR, "/api/v1/inspection/clock", "{\"now\":\"2027-01-04T09:00:00+08:00\"}"));
    assertThat(set.getString("now")).startsWith("2027-01-04T01:00");
    assertThat(set.getString("offset")).startsWith("PT");

    Response advanced = api.post(INSPECTOR, "/api/v1/inspection/clock/advance", "{\"by\":\"P3D\"}");
    assertThat(advanced.getStatus()).isEqualTo(200);
    assertThat(Api.json(advanced).getString("now")).startsWith("2027-01-07T01:00");
    assertThat(Api.json(api.get(INSPECTOR, "/api/v1/inspection")).getString("now"))
        .startsWith("2027-01-07T01:00");
  }

  static org.assertj.core.data.TemporalUnitOffset within(long seconds) {
    return org.assertj.core.api.Assertions.within(seconds, java.time.temporal.ChronoUnit.SECONDS);
  }

  @Test
  void refuses_bad_clock_input_with_the_field_named() {
    assertThat(
            Casework.errors(
                put(INSPECTOR, "/api/v1/inspection/clock", "{\"now\":\"next tuesday\"}")))
        .contains("now");
    assertThat(Casework.errors(put(INSPECTOR, "/api/v1/inspection/clock", "{}"))).contains("now");
    assertThat(Casework.errors(put(INSPECTOR, "/api/v1/inspection/clock", "{\"now\":42}")))
        .contains("now");
    assertThat(
            Casework.errors(
                api.post(INSPECTOR, "/api/v1/inspection/clock/advance", "{\"by\":\"3 days\"}")))
        .contains("by");
    assertThat(
            Casework.errors(
                api.post(INSPECTOR, "/api/v1/inspection/clock/advance", "{\"by\":\"-P1D\"}")))
        .contains("by");
    Response malformed = api.post(INSPECTOR, "/api/v1/inspection/clock/advance", "{\"by\":");
    assertThat(malformed.getStatus()).isEqualTo(400);
    assertThat(malformed.getMediaType().toString()).startsWith("application/problem+json");
  }

  @Test
  void the_tenant_runs_on_its_clock_and_every_other_county_on_real_time() {
    put(INSPECTOR, "/api/v1/inspection/clock", "{\"now\":\"2030-06-01T09:00:00+08:00\"}");
    String tenantMatter = registered(INSPECTOR, TENANT + "001");
    String lianduMatter = registered(LIANDU_CLERK, "331102001");

    String tenantAt =
        Api.json(api.get(INSPECTOR, "/api/v1/matters/" + tenantMatter)).getString("registeredAt");
    String lianduAt =
        Api.json(api.get(LIANDU_CLERK, "/api/v1/matters/" + lianduMatter))
            .getString("registeredAt");
    assertThat(tenantAt).startsWith("2030-06-01");
    assertThat(lianduAt)
        .startsWith(LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear() + "-")
        .doesNotStartWith("2030-06-01");
  }

  @Test
  void its_inspector_acts_with_every_staff_role_in_the_tenant_and_nowhere_else() {
    // clerk, supervisor and mediator work in the tenant, on one inspector token
    String number = supervised(INSPECTOR, INSPECTOR, TENANT + "001");
    assertThat(number).startsWith(TENANT + "-");
    assertThat(api.get(INSPECTOR, "/api/v1/supervision/overview?county=" + TENANT).getStatus())
        .isEqualTo(200);
    assertThat(api.get(INSPECTOR, "/api/v1/epidemic/mode?county=" + TENANT).getStatus())
        .isEqualTo(200);

    // and nowhere else: Liandu stays out of reach, whatever the role
    Response liandu = register(INSPECTOR, "331102001");
    assertThat(liandu.getStatus()).isEqualTo(403);
    assertThat(liandu.getMediaType().toString()).startsWith("application/problem+json");
    assertThat(api.get(INSPECTOR, "/api/v1/supervision/overview?county=331102").getStatus())
        .isEqualTo(403);
    String lianduMatter = registered(LIANDU_CLERK, "331102001");
    assertThat(api.get(INSPECTOR, "/api/v1/matters/" + lianduMatter).getStatus()).isEqualTo(403);

    // an inspector of another division gains no staff role in the tenant
    assertThat(register(PROVINCE_INSPECTOR, TENANT + "001").getStatus()).isEqualTo(403);
    // nor does a clerk of the tenant's division without the inspector role gain any other
    String tenantClerk = Api.token(TENANT, Roles.CLERK);
    assertThat(api.get(tenantClerk, "/api/v1/supervision/overview?county=" + TENANT).getStatus())
        .isEqualTo(403);
  }

  @Test
  void counts_and_removes_everything_the_tenant_holds() {
    assertThat(Api.json(api.get(INSPECTOR, "/api/v1/inspection/data")).getInt("records")).isZero();
    supervised(INSPECTOR, INSPECTOR, TENANT + "001");
    registered(LIANDU_CLERK, "331102001");
    int held = Api.json(api.get(INSPECTOR, "/api/v1/inspection/data")).getInt("records");
    assertThat(held).isPositive();

    Response removed = api.as(INSPECTOR, "/api/v1/inspection/data").delete();
    assertThat(removed.getStatus()).isEqualTo(200);
    assertThat(Api.json(removed).getInt("removed")).isEqualTo(held);
    assertThat(Api.json(api.get(INSPECTOR, "/api/v1/inspection/data")).getInt("records")).isZero();
    assertThat(api.get(INSPECTOR, "/api/v1/supervision/overdue?county=" + TENANT).getStatus())
        .isEqualTo(200);

    // the tenant works again at once, and Liandu kept its matter
    String again = registered(INSPECTOR, TENANT + "001");
    assertThat(api.get(INSPECTOR, "/api/v1/matters/" + again).getStatus()).isEqualTo(200);
    assertThat(Api.json(api.get(INSPECTOR, "/api/v1/inspection/data")).getInt("records"))
        .isPositive();
    JsonObject liandu =
        Api.json(api.get(LIANDU_SUPERVISOR, "/api/v1/supervision/overview?county=331102"));
    assertThat(liandu.getString("county")).isEqualTo("331102");
  }

  @Test
  void moving_the_tenant_clock_past_a_deadline_makes_it_overdue_in_the_tenant_only() {
    String tenantMatter = supervised(INSPECTOR, INSPECTOR, TENANT + "001");
    String lianduMatter = supervised(LIANDU_CLERK, LIANDU_MEDIATOR, "331102001");
    assertThat(overdue(INSPECTOR, TENANT)).doesNotContain(tenantMatter);

    api.post(INSPECTOR, "/api/v1/inspection/clock/advance", "{\"by\":\"P120D\"}");

    assertThat(overdue(INSPECTOR, TENANT)).contains(tenantMatter);
    assertThat(overdue(LIANDU_SUPERVISOR, "331102")).doesNotContain(lianduMatter);
    JsonObject overview =
        Api.json(api.get(INSPECTOR, "/api/v1/supervision/overview?county=" + TENANT));
    assertThat(overview.getJsonObject("total").getInt("overdue")).isPositive();

    // the deadline sweep sends the tenant's overdue notices on the tenant's time
    Scheduler.RunReport run = scheduler.runOnce();
    assertThat(run.failed()).isEmpty();
    assertThat(run.swept())
        .anySatisfy(s -> assertThat(s).startsWith(TENANT + ": ").doesNotStartWith(TENANT + ": 0 "));
    assertThat(overdue(LIANDU_SUPERVISOR, "331102")).doesNotContain(lianduMatter);
  }

  @Test
  void the_deadline_sweep_aid_issues_the_tenants_due_notices_at_once() {
    String tenantMatter = supervised(INSPECTOR, INSPECTOR, TENANT + "001");
    api.post(INSPECTOR, "/api/v1/inspection/clock/advance", "{\"by\":\"P120D\"}");
    Response swept = api.post(INSPECTOR, "/api/v1/inspection/deadline-sweep", "{}");
    assertThat(swept.getStatus()).isEqualTo(200);
    JsonObject report = Api.json(swept);
    assertThat(report.getInt("issued")).isPositive();
    assertThat(report.getJsonArray("failures")).isEmpty();
    JsonObject file =
        Api.json(
            api.get(INSPECTOR, "/api/v1/supervision/files/" + tenantMatter + "?county=" + TENANT));
    // long past its deadlines: the notices are escalated (升级督办)
    assertThat(file.getJsonArray("notices").toString()).contains("ESCALATED");
    assertThat(
            api.post(Api.token(TENANT, Roles.ADMIN), "/api/v1/inspection/deadline-sweep", "{}")
                .getStatus())
        .isEqualTo(403);
  }

  String overdue(String token, String county) {
    Response r = api.get(token, "/api/v1/supervision/overdue?county=" + county);
    String body = r.readEntity(String.class);
    assertThat(r.getStatus()).as(body).isEqualTo(200);
    return body;
  }

  static String sealedFile(String fileId) {
    StringBuilder records = new StringBuilder();
    for (String type : java.util.List.of("REGISTRATION", "DECISION", "NOTICE", "AUDIT_ENTRY")) {
      records
          .append(records.length() == 0 ? "" : ",")
          .append(
              """
              {"type":"%s","title":"%s","createdAt":"2026-11-30T02:00:00Z","content":"record %s of %s"}
              """
                  .formatted(type, type, type, fileId));
    }
    return """
        {"header":{"fileId":"%s","title":"检查卷","category":"dispute.neighbour",
                   "handlingUnit":"kit-township-a","closedOn":"2026-11-30"},
         "records":[%s]}
        """
        .formatted(fileId, records);
  }

  @Test
  void a_sealed_file_of_the_tenant_tampered_on_purpose_fails_verification() {
    for (String id : java.util.List.of("F-KEPT", "F-TAMPERED")) {
      Response sealed =
          api.post(INSPECTOR, "/api/v1/archive/files?county=" + TENANT, sealedFile(id));
      assertThat(sealed.getStatus()).as(sealed.readEntity(String.class)).isEqualTo(201);
    }
    String verification = "/api/v1/archive/verification?county=" + TENANT;
    assertThat(Api.json(api.get(INSPECTOR, verification)).getBoolean("intact")).isTrue();

    Response tampered = api.post(INSPECTOR, "/api/v1/inspection/archives/F-TAMPERED/tamper", "{}");
    assertThat(tampered.getStatus()).isEqualTo(200);
    assertThat(Api.json(tampered).getString("detail")).startsWith("record 1");

    JsonObject after = Api.json(api.get(INSPECTOR, verification));
    assertThat(after.getBoolean("intact")).isFalse();
    assertThat(after.getJsonArray("problems").toString())
        .contains("F-TAMPERED")
        .doesNotContain("F-KEPT");
    assertThat(api.post(INSPECTOR, "/api/v1/inspection/archives/F-NONE/tamper", "{}").getStatus())
        .isEqualTo(404);
    assertThat(
            api.post(
                    Api.token(TENANT, Roles.ADMIN),
                    "/api/v1/inspection/archives/F-KEPT/tamper",
                    "{}")
                .getStatus())
        .isEqualTo(403);
  }

  @Test
  void only_inspectors_covering_the_tenant_reach_its_controls() {
    assertThat(api.get(null, "/api/v1/inspection").getStatus()).isEqualTo(401);
    Response clerk = api.get(LIANDU_CLERK, "/api/v1/inspection");
    assertThat(clerk.getStatus()).isEqualTo(403);
    assertThat(api.get(Api.token(TENANT, Roles.ADMIN), "/api/v1/inspection").getStatus())
        .isEqualTo(403);
    Response elsewhere = api.get(Api.token("331121", Roles.INSPECTOR), "/api/v1/inspection");
    assertThat(elsewhere.getStatus()).isEqualTo(403);
    assertThat(elsewhere.getMediaType().toString()).startsWith("application/problem+json");
    assertThat(api.get(PROVINCE_INSPECTOR, "/api/v1/inspection").getStatus()).isEqualTo(200);
  }

  @Test
  void the_demo_inspector_works_for_the_tenant() {
    Response login =
        api.post(null, "/api/v1/auth/token", "{\"username\":\"inspector\",\"password\":\"demo\"}");
    assertThat(login.getStatus()).isEqualTo(200);
    String token = Api.json(login).getString("access_token");
    assertThat(Api.json(api.get(token, "/api/v1/inspection")).getString("county"))
        .isEqualTo(TENANT);
    assertThat(register(token, TENANT + "001").getStatus()).isEqualTo(201);
  }
}
