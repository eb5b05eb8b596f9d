package org.db3311.sgc.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.helidon.microprofile.testing.junit5.AddConfig;
import io.helidon.microprofile.testing.junit5.HelidonTest;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.client.WebTarget;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.db3311.sgc.server.security.DemoIssuer;
import org.db3311.sgc.server.security.Roles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@HelidonTest
@AddConfig(key = "sgc.data-dir", value = "target/test-data/archive-api")
@AddConfig(key = "sgc.counties", value = "331102,331121")
@DisplayName("REST API: archives (7.3.2, 7.3.3): sealing, verification, yearly filing, transfer")
class ArchiveApiTest {

  static final String ARCHIVIST = Api.token("331102", Roles.ARCHIVIST);

  /** The archives' own archivist, who receives what the center hands over. */
  static final String RECEIVER =
      DemoIssuer.instance()
          .issue("arch-2", "县档案馆 赵", "331102", List.of(Roles.ARCHIVIST), Instant.now());

  static final String INSPECTOR = Api.token("331102", Roles.INSPECTOR);
  static final String CLERK = Api.token("331102", Roles.CLERK);
  static final String QINGTIAN_ARCHIVIST = Api.token("331121", Roles.ARCHIVIST);

  static final String FILES = "/api/v1/archive/files";
  static final String FILINGS = "/api/v1/archive/filings";

  @Inject WebTarget target;
  Api api;
  Casework cw;

  @BeforeEach
  void client() {
    api = new Api(target);
    cw = new Casework(api);
  }

  /** A complete file of a matter closed on {@code closedOn}, or without its notice. */
  static String file(String fileId, String closedOn, boolean withNotice) {
    return """
        {"header":{"fileId":"%s","title":"邻里纠纷 张三与李四","category":"dispute.neighbour",
                   "handlingUnit":"county.judicial","closedOn":"%s"},
         "records":[
           {"type":"REGISTRATION","title":"登记表","createdAt":"%sT09:00:00+08:00",
            "author":{"id":"s-017","name":"窗口 王敏"},"content":"申请人 张三"},
           {"type":"MATERIAL","title":"身份证复印件","createdAt":"%sT09:01:00+08:00",
            "metadata":{"mediaType":"image/jpeg","sha256":"ab"},"contentBase64":""},
           {"type":"DECISION","title":"受理决定","createdAt":"%sT09:10:00+08:00","content":"当场受理"},
           %s
           {"type":"AUDIT_ENTRY","title":"ACCEPT","createdAt":"%sT09:10:00+08:00","content":"受理"}]}
        """
        .formatted(
            fileId,
            closedOn,
            closedOn,
            closedOn,
            closedOn,
            withNotice
                ? "{\"type\":\"NOTICE\",\"title\":\"结果告知\",\"createdAt\":\""
                    + closedOn
                    + "T16:00:00+08:00\",\"content\":\"已告知\"},"
                : "",
            closedOn);
  }

  static String unique(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
  }

  @Test
  void a_file_is_sealed_read_back_and_the_archive_verified() {
    String id = unique("331102-20251231");
    Response r = api.post(ARCHIVIST, FILES, file(id, "2025-12-31", true));
    String body = r.readEntity(String.class);
    assertThat(r.getStatus()).as(body).isEqualTo(201);
    assertThat(r.getLocation().getPath()).isEqualTo(FILES + "/" + id);
    assertThat(r.getHeaderString("ETag")).isNotBlank();

    JsonObject read = Api.json(api.get(INSPECTOR, FILES + "/" + id));
    assertThat(read.getString("seal")).hasSize(64);
    assertThat(read.getInt("filingYear")).isEqualTo(2025);
    assertThat(read.getJsonArray("records")).hasSize(5);
    // content stays in the archive: only its size and hash are shown
    assertThat(read.toString()).doesNotContain("申请人 张三").contains("contentHash");
    assertThat(read.getJsonArray("records").getJsonObject(0).getString("author"))
        .isEqualTo("窗口 王敏");

    JsonObject ledger = Api.json(api.get(ARCHIVIST, FILES + "?size=100"));
    assertThat(ledger.toString()).contains(id);

    JsonObject verified = Api.json(api.get(INSPECTOR, "/api/v1/archive/verification"));
    assertThat(verified.getBoolean("intact")).isTrue();
    assertThat(verified.getInt("files")).isGreaterThanOrEqualTo(1);
    assertThat(verified.getJsonArray("problems")).isEmpty();

    // a sealed file is never replaced
    Response again = api.post(ARCHIVIST, FILES, file(id, "2025-12-31", true));
    assertThat(again.getStatus()).isEqualTo(409);
  }

  @Test
  void an_incomplete_file_is_refused_with_every_gap_named() {
    Response r = api.post(ARCHIVIST, FILES, file(unique("F"), "2026-03-01", false));
    String body = r.readEntity(String.class);
    assertThat(r.getStatus()).as(body).isEqualTo(422);
    assertThat(body).contains("NOTICE").contains("errors");
  }

  @Test
  void archiving_honours_idempotency_key() {
    String key = UUID.randomUUID().toString();
    String body = file(unique("F"), "2026-02-01", true);
    Response first =
        api.as(ARCHIVIST, FILES).header("Idempotency-Key", key).post(Entity.json(body));
    Response again =
        api.as(ARCHIVIST, FILES).header("Idempotency-Key", key).post(Entity.json(body));
    assertThat(first.getStatus()).isEqualTo(201);
    assertThat(again.getStatus()).isEqualTo(201);
    assertThat(again.getHeaderString("Idempotency-Replayed")).isEqualTo("true");
    assertThat(Api.json(again).getString("seal")).isEqualTo(Api.json(first).getString("seal"));
  }

  @Test
  void a_past_year_is_filed_and_its_transfer_received_once_by_someone_else() {
    // a file closed on the last day of 2024 and one on the first day of 2025: different years
    api.post(ARCHIVIST, FILES, file(unique("A"), "2024-12-31", true)).close();
    api.post(ARCHIVIST, FILES, file(unique("B"), "2025-01-01", true)).close();

    Response filed = api.post(ARCHIVIST, FILINGS, "{\"year\":2024}");
    String body = filed.readEntity(String.class);
    assertThat(filed.getStatus()).as(body).isEqualTo(201);
    assertThat(filed.getLocation().getPath()).isEqualTo(FILINGS + "/2024/1");
    JsonObject filing = Api.json(api.get(INSPECTOR, FILINGS + "/2024/1"));
    assertThat(filing.getJsonArray("volumes").getJsonObject(0).getString("number"))
        .isEqualTo("2024-dispute.neighbour-county.judicial-001");
    assertThat(filing.getJsonObject("transferList").getInt("totalFiles")).isEqualTo(1);
    assertThat(filing.getJsonObject("catalogue").getJsonArray("entries")).hasSize(1);
    assertThat(filing.getJsonObject("transferList").containsKey("receivedBy")).isFalse();
    assertThat(Api.json(api.get(ARCHIVIST, FILINGS + "?year=2024")).getInt("total")).isEqualTo(1);

    // filed once: nothing is left of 2024
    assertThat(api.post(ARCHIVIST, FILINGS, "{\"year\":2024}").getStatus()).isEqualTo(409);
    // a year not over is not filed
    Response early = api.post(ARCHIVIST, FILINGS, "{\"year\":9999}");
    assertThat(early.getStatus()).isEqualTo(409);
    assertThat(Api.json(early).getString("detail")).contains("10000-01-01");

    String receipt = FILINGS + "/2024/1/receipt";
    assertThat(cw.withTag(RECEIVER, receipt, null, null).getStatus()).isEqualTo(428);
    assertThat(cw.withTag(RECEIVER, receipt, "\"stale\"", null).getStatus()).isEqualTo(412);
    // who handed the volumes over does not receive them
    assertThat(Casework.errors(cw.change(ARCHIVIST, FILINGS + "/2024/1", "/receipt", null)))
        .contains("receiver");
    JsonObject received = cw.ok(RECEIVER, FILINGS + "/2024/1", "/receipt", null);
    assertThat(received.getJsonObject("transferList").getString("receivedBy")).isEqualTo("县档案馆 赵");
    assertThat(cw.change(RECEIVER, FILINGS + "/2024/1", "/receipt", null).getStatus())
        .isEqualTo(409);
  }

  @Test
  void filing_honours_idempotency_key() {
    api.post(ARCHIVIST, FILES, file(unique("C"), "2023-06-30", true)).close();
    String key = UUID.randomUUID().toString();
    Response first =
        api.as(ARCHIVIST, FILINGS)
            .header("Idempotency-Key", key)
            .post(Entity.json("{\"year\":2023}"));
    Response again =
        api.as(ARCHIVIST, FILINGS)
            .header("Idempotency-Key", key)
            .post(Entity.json("{\"year\":2023}"));
    assertThat(first.getStatus()).isEqualTo(201);
    assertThat(again.getStatus()).isEqualTo(201);
    assertThat(again.getHeaderString("Idempotency-Replayed")).isEqualTo("true");
    assertThat(Api.json(api.get(ARCHIVIST, FILINGS + "?year=2023")).getInt("total")).isEqualTo(1);
  }

  @Test
  void bad_input_is_answered_with_every_field_named() {
    Response malformed = api.post(ARCHIVIST, FILES, "{not json");
    assertThat(malformed.getStatus()).isEqualTo(400);
    assertThat(malformed.getMediaType().toString()).startsWith("application/problem+json");
    assertThat(Casework.errors(api.post(ARCHIVIST, FILES, "{}"))).contains("header", "records");
    assertThat(
            Casework.errors(
                api.post(
                    ARCHIVIST,
                    FILES,
                    """
                    {"header":{"fileId":"F-x","title":"t","category":"c","handlingUnit":"no spaces allowed",
                               "closedOn":"31/12/2025"},
                     "records":[{"type":"PHOTO","title":"","createdAt":"yesterday","contentBase64":"%%%"}]}
                    """)))
        .contains(
            "header.handlingUnit",
            "header.closedOn",
            "records[0].type",
            "records[0].title",
            "records[0].createdAt",
            "records[0].contentBase64");
    // a value of the wrong JSON type is named before anything else is checked
    assertThat(
            Casework.errors(
                api.post(
                    ARCHIVIST,
                    FILES,
                    "{\"header\":{\"fileId\":7},\"records\":[{\"metadata\":{\"k\":1}}]}")))
        .contains("header.fileId", "records[0].metadata.k");
    assertThat(Casework.errors(api.post(ARCHIVIST, FILINGS, "{\"year\":\"2025\"}")))
        .contains("year");
    assertThat(Casework.errors(api.post(ARCHIVIST, FILINGS, "{\"year\":1800}"))).contains("year");
    assertThat(Casework.errors(api.get(ARCHIVIST, FILINGS + "?year=last"))).contains("year");
    assertThat(Casework.errors(api.get(ARCHIVIST, FILINGS + "/2024/first"))).contains("filing");
    assertThat(Casework.errors(api.get(ARCHIVIST, FILES + "?size=201"))).contains("size");
  }

  @Test
  void unknown_files_other_counties_and_other_roles_are_refused() {
    assertThat(api.get(ARCHIVIST, FILES + "/no-such-file").getStatus()).isEqualTo(404);
    assertThat(api.get(ARCHIVIST, FILINGS + "/2022/1").getStatus()).isEqualTo(404);
    assertThat(cw.withTag(RECEIVER, FILINGS + "/2022/1/receipt", "*", null).getStatus())
        .isEqualTo(404);
    // another county's archive is not this archivist's
    assertThat(
            api.get(QINGTIAN_ARCHIVIST, "/api/v1/archive/verification?county=331102").getStatus())
        .isEqualTo(403);
    assertThat(
            api.post(QINGTIAN_ARCHIVIST, FILES + "?county=331102", file("Q-1", "2025-01-01", true))
                .getStatus())
        .isEqualTo(403);
    // and each county keeps its own
    String id = unique("L");
    api.post(ARCHIVIST, FILES, file(id, "2026-01-05", true)).close();
    assertThat(api.get(QINGTIAN_ARCHIVIST, FILES + "/" + id).getStatus()).isEqualTo(404);
    // archivists write; an inspector verifies but does not archive; a clerk does neither
    assertThat(api.post(INSPECTOR, FILES, file(unique("I"), "2025-01-01", true)).getStatus())
        .isEqualTo(403);
    assertThat(api.post(INSPECTOR, FILINGS, "{\"year\":2020}").getStatus()).isEqualTo(403);
    assertThat(api.get(CLERK, "/api/v1/archive/verification").getStatus()).isEqualTo(403);
    assertThat(
            api.get(Api.token("331102", Roles.LEADER), "/api/v1/archive/verification").getStatus())
        .isEqualTo(200);
  }
}
