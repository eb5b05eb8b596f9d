package org.db3311.sgc.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.helidon.microprofile.testing.junit5.HelidonTest;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.client.WebTarget;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import org.db3311.sgc.adapter.profilejson.JsonCenterProfileCodec;
import org.db3311.sgc.core.catalog.Implements;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@HelidonTest
@io.helidon.microprofile.testing.junit5.AddConfig(
    key = "sgc.data-dir",
    value = "target/test-data/AssessmentResourceTest")
@DisplayName("Reference server: center assessment over HTTP")
class AssessmentResourceTest {

  @Inject WebTarget target;

  private Response post(String json, String assessedOn) {
    return target
        .path("/api/assessments")
        .queryParam("assessedOn", assessedOn)
        .request(MediaType.APPLICATION_JSON)
        .post(Entity.entity(json, MediaType.APPLICATION_JSON));
  }

  @Test
  void a_conformant_tier1_center_is_conformant() {
    Response r = post(JsonCenterProfileCodec.example("tier1-conformant.json"), "2025-06-30");
    assertThat(r.getStatus()).isEqualTo(200);
    JsonObject report = r.readEntity(JsonObject.class);
    assertThat(report.getString("overall")).isEqualTo("CONFORMANT");
    assertThat(report.getString("tier")).isEqualTo("TIER_1");
    assertThat(report.getJsonArray("findings")).isNotEmpty();
  }

  @Test
  @Implements({"5.1.1.2", "A.1.1", "8.1.3"})
  @DisplayName("a non-conformant center gets its gaps named by clause")
  void a_nonconformant_center_gets_its_gaps_by_clause() {
    Response r =
        post(
            JsonCenterProfileCodec.example("tier1-nonconformant-area-units-display.json"),
            "2025-06-30");
    JsonObject report = r.readEntity(JsonObject.class);
    assertThat(report.getString("overall")).isEqualTo("NON_CONFORMANT");
    assertThat(
            report.getJsonArray("findings").getValuesAs(JsonObject.class).stream()
                .filter(f -> f.getString("verdict").equals("NONCONFORMS"))
                .map(f -> f.getString("clause")))
        .contains("5.1.1.2", "A.1.1", "8.1.3");
  }

  @Test
  @Implements("R11")
  @DisplayName(
      "the report states its mode; an inspection asks the organisational clauses for attestations")
  void the_mode_decides_what_evidence_the_organisational_clauses_need() {
    jakarta.json.JsonObject profile =
        jakarta.json.Json.createReader(
                new java.io.StringReader(JsonCenterProfileCodec.example("tier1-conformant.json")))
            .readObject();
    String bare =
        jakarta.json.Json.createObjectBuilder(profile)
            .add("attestations", jakarta.json.Json.createArrayBuilder())
            .build()
            .toString();

    JsonObject self = post(bare, "2025-06-30").readEntity(JsonObject.class);
    Response inspected =
        target
            .path("/api/assessments")
            .queryParam("assessedOn", "2025-06-30")
            .queryParam("mode", "INSPECTION")
            .request(MediaType.APPLICATION_JSON)
            .post(Entity.entity(bare, MediaType.APPLICATION_JSON));
    assertThat(inspected.getStatus()).isEqualTo(200);
    JsonObject inspection = inspected.readEntity(JsonObject.class);

    assertThat(self.getString("mode")).isEqualTo("SELF_ASSESSMENT");
    assertThat(self.getString("modeZh")).isEqualTo("自评");
    assertThat(inspection.getString("mode")).isEqualTo("INSPECTION");
    java.util.Set<String> missingSelf = evidenceMissing(self);
    java.util.Set<String> missingInspection = evidenceMissing(inspection);
    java.util.Set<String> added = new java.util.TreeSet<>(missingInspection);
    added.removeAll(missingSelf);
    assertThat(missingInspection).containsAll(missingSelf);
    assertThat(added)
        .as("only organisational clauses need attestations in an inspection alone")
        .isNotEmpty()
        .allMatch(
            c ->
                org.db3311.sgc.core.catalog.ClauseCatalog.standard().get(c).verification()
                    == org.db3311.sgc.core.catalog.Verification.ORGANISATIONAL);

    Response bad =
        target
            .path("/api/assessments")
            .queryParam("mode", "AUDIT")
            .request(MediaType.APPLICATION_JSON)
            .post(Entity.entity(bare, MediaType.APPLICATION_JSON));
    assertThat(bad.getStatus()).isEqualTo(400);
    assertThat(bad.readEntity(JsonObject.class).getJsonArray("errors").toString()).contains("mode");
  }

  private static java.util.Set<String> evidenceMissing(JsonObject report) {
    return report.getJsonArray("findings").getValuesAs(JsonObject.class).stream()
        .filter(f -> f.getString("verdict").equals("EVIDENCE_MISSING"))
        .map(f -> f.getString("clause"))
        .collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new));
  }

  @Test
  void an_invalid_profile_is_a_400_problem_listing_every_error_with_its_path() {
    Response r =
        post(
            "{\"county\":{\"code\":\"0\",\"name\":\"\"},\"tier\":\"三类\",\"totalFloorAreaSquareMetres\":-1}",
            "2025-06-30");
    assertThat(r.getStatus()).isEqualTo(400);
    assertThat(r.getMediaType().toString()).isEqualTo("application/problem+json");
    JsonObject problem = r.readEntity(JsonObject.class);
    assertThat(problem.getJsonArray("errors").size()).isGreaterThanOrEqualTo(3);
    assertThat(problem.getJsonArray("errors").getValuesAs(JsonObject.class))
        .extracting(e -> e.getString("path"))
        .contains("$.county.code", "$.tier", "$.totalFloorAreaSquareMetres");
  }

  @Test
  void malformed_json_is_a_400_problem() {
    Response r = post("{\"county\": ", "2025-06-30");
    assertThat(r.getStatus()).isEqualTo(400);
    assertThat(r.readEntity(JsonObject.class).getJsonArray("errors")).isNotEmpty();
  }

  @Test
  void an_empty_body_is_a_400_problem() {
    assertThat(post("", "2025-06-30").getStatus()).isEqualTo(400);
  }

  @Test
  void a_bad_assessment_date_is_a_400_problem() {
    Response r = post(JsonCenterProfileCodec.example("tier1-conformant.json"), "30/06/2025");
    assertThat(r.getStatus()).isEqualTo(400);
    assertThat(r.readEntity(JsonObject.class).getString("detail")).contains("30/06/2025");
  }

  @Test
  void a_wrong_media_type_is_a_415_problem() {
    Response r =
        target
            .path("/api/assessments")
            .request()
            .post(Entity.entity("area=3000", MediaType.APPLICATION_FORM_URLENCODED));
    assertThat(r.getStatus()).isEqualTo(415);
    assertThat(r.getMediaType().toString()).isEqualTo("application/problem+json");
  }

  @Test
  void a_body_above_the_limit_is_a_413_problem_whether_its_length_is_declared_or_not() {
    String big = "{\"padding\":\"" + "x".repeat(1024 * 1024) + "\"}";
    Response declared = post(big, "2025-06-30");
    assertThat(declared.getStatus()).isEqualTo(413);
    assertThat(declared.getMediaType().toString()).isEqualTo("application/problem+json");
    assertThat(declared.readEntity(JsonObject.class).getString("type"))
        .isEqualTo("urn:db3311:problem:body-too-large");

    Response chunked =
        target
            .path("/api/assessments")
            .request(MediaType.APPLICATION_JSON)
            .post(
                Entity.entity(
                    (jakarta.ws.rs.core.StreamingOutput)
                        out -> out.write(big.getBytes(StandardCharsets.UTF_8)),
                    MediaType.APPLICATION_JSON));
    assertThat(chunked.getStatus()).isEqualTo(413);
    assertThat(chunked.getMediaType().toString()).isEqualTo("application/problem+json");
  }

  @Test
  void a_request_that_accepts_no_json_is_a_406_problem() {
    Response r =
        target
            .path("/api/assessments")
            .request(MediaType.TEXT_HTML)
            .post(
                Entity.entity(
                    JsonCenterProfileCodec.example("tier1-conformant.json"),
                    MediaType.APPLICATION_JSON));
    assertThat(r.getStatus()).isEqualTo(406);
    assertThat(r.getMediaType().toString()).isEqualTo("application/problem+json");
  }

  @Test
  void the_charset_the_client_names_is_honoured_and_an_unknown_one_is_a_415_problem() {
    JsonCenterProfileCodec codec = new JsonCenterProfileCodec();
    String chinese =
        codec.printChinese(
            codec.parseOrThrow(JsonCenterProfileCodec.example("tier1-conformant.json")));
    assertThat(chinese).contains("一类");
    Response gbk =
        target
            .path("/api/assessments")
            .queryParam("assessedOn", "2025-06-30")
            .request(MediaType.APPLICATION_JSON)
            .post(
                Entity.entity(
                    chinese.getBytes(java.nio.charset.Charset.forName("GBK")),
                    "application/json; charset=GBK"));
    assertThat(gbk.getStatus()).isEqualTo(200);
    assertThat(gbk.readEntity(JsonObject.class).getString("overall")).isEqualTo("CONFORMANT");

    Response unknown =
        target
            .path("/api/assessments")
            .request(MediaType.APPLICATION_JSON)
            .post(
                Entity.entity(
                    "{}".getBytes(StandardCharsets.US_ASCII),
                    "application/json; charset=no-such-charset"));
    assertThat(unknown.getStatus()).isEqualTo(415);
    assertThat(unknown.getMediaType().toString()).isEqualTo("application/problem+json");
  }

  @Test
  void a_bad_mode_is_a_400_problem_naming_the_parameter() {
    Response r =
        target
            .path("/api/assessments")
            .queryParam("mode", "AUDIT")
            .request(MediaType.APPLICATION_JSON)
            .post(
                Entity.entity(
                    JsonCenterProfileCodec.example("tier1-conformant.json"),
                    MediaType.APPLICATION_JSON));
    assertThat(r.getStatus()).isEqualTo(400);
    assertThat(
            r.readEntity(JsonObject.class)
                .getJsonArray("errors")
                .getJsonObject(0)
                .getString("path"))
        .isEqualTo("mode");
  }

  @Test
  void another_method_is_a_405_problem_naming_post() {
    Response r = target.path("/api/assessments").request().put(Entity.json("{}"));
    assertThat(r.getStatus()).isEqualTo(405);
    assertThat(r.getHeaderString("Allow")).isEqualTo("POST");
    assertThat(r.getMediaType().toString()).isEqualTo("application/problem+json");
    assertThat(target.path("/api/assessments").request().get().getStatus()).isEqualTo(405);
  }

  @Test
  void the_openapi_document_describes_the_assessment() {
    String openapi = target.path("/openapi").request().get(String.class);
    assertThat(openapi).contains("operationId: assess", "/api/assessments/schema");
  }

  @Test
  void serves_the_examples_and_the_schema() {
    assertThat(target.path("/api/assessments/examples").request().get(String.class))
        .contains("tier2-conformant");
    assertThat(
            target.path("/api/assessments/examples/tier2-conformant").request().get(String.class))
        .contains("totalFloorAreaSquareMetres");
    assertThat(target.path("/api/assessments/examples/nope").request().get().getStatus())
        .isEqualTo(404);
    assertThat(target.path("/api/assessments/schema").request().get(String.class))
        .contains("2020-12");
  }
}
