package org.db3311.sgc.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.helidon.microprofile.testing.junit5.HelidonTest;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.ws.rs.client.WebTarget;
import jakarta.ws.rs.core.Response;
import org.db3311.sgc.core.catalog.ClauseCatalog;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@HelidonTest
@io.helidon.microprofile.testing.junit5.AddConfig(
    key = "sgc.data-dir",
    value = "target/test-data/ClauseResourceTest")
@DisplayName("Reference server: clause catalog")
class ClauseResourceTest {

  @Inject WebTarget target;

  @Test
  void health_is_up() {
    Response r = target.path("/health").request().get();
    assertThat(r.getStatus()).isEqualTo(200);
    JsonObject health = r.readEntity(JsonObject.class);
    assertThat(health.getString("status")).isEqualTo("UP");
    assertThat(health.getJsonArray("checks").getValuesAs(JsonObject.class))
        .anyMatch(c -> c.getString("name").equals("clause-catalog"));
  }

  @Test
  void serves_every_catalog_entry() {
    JsonArray all = target.path("/api/clauses").request().get(JsonArray.class);
    assertThat(all).hasSize(ClauseCatalog.standard().size());
  }

  @Test
  void serves_one_clause_with_its_chinese_text() {
    JsonObject c = target.path("/api/clauses/4.1.1").request().get(JsonObject.class);
    assertThat(c.getString("id")).isEqualTo("4.1.1");
    assertThat(c.getString("level")).isEqualTo("SHALL");
    assertThat(c.getString("textZh")).isEqualTo(ClauseCatalog.standard().get("4.1.1").textZh());
  }

  @Test
  void filters_by_level() {
    JsonArray shall =
        target.path("/api/clauses").queryParam("level", "shall").request().get(JsonArray.class);
    assertThat(shall).isNotEmpty();
    assertThat(shall.getValuesAs(JsonObject.class))
        .allMatch(o -> o.getString("level").equals("SHALL"));
  }

  @Test
  void unknown_clause_is_a_404_problem() {
    Response r = target.path("/api/clauses/9.9.9").request().get();
    assertThat(r.getStatus()).isEqualTo(404);
    assertThat(r.getMediaType().toString()).isEqualTo("application/problem+json");
    JsonObject p = r.readEntity(JsonObject.class);
    assertThat(p.getString("title")).isEqualTo("Unknown clause");
    assertThat(p.getInt("status")).isEqualTo(404);
  }

  @Test
  void bad_level_is_a_400_problem_naming_the_allowed_values() {
    Response r = target.path("/api/clauses").queryParam("level", "MUST").request().get();
    assertThat(r.getStatus()).isEqualTo(400);
    assertThat(r.readEntity(JsonObject.class).getString("detail")).contains("SHALL", "'MUST'");
  }

  @Test
  void unknown_path_is_a_404() {
    Response r = target.path("/api/no-such-thing").request().get();
    assertThat(r.getStatus()).isEqualTo(404);
  }

  @Test
  void wrong_method_is_a_405_problem() {
    Response r = target.path("/api/clauses").request().delete();
    assertThat(r.getStatus()).isEqualTo(405);
    assertThat(r.getMediaType().toString()).isEqualTo("application/problem+json");
  }
}
