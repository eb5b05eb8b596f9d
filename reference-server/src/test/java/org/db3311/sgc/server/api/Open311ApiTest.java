package org.db3311.sgc.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.helidon.microprofile.testing.junit5.AddConfig;
import io.helidon.microprofile.testing.junit5.HelidonTest;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.client.WebTarget;
import jakarta.ws.rs.core.Form;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.db3311.sgc.server.security.Roles;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@HelidonTest
@AddConfig(key = "sgc.data-dir", value = "target/test-data/open311")
@AddConfig(key = "sgc.counties", value = "331102,331121")
@DisplayName("Open311 GeoReport v2: services, and requests created, read and listed")
class Open311ApiTest {

  static final String HOTLINE = Api.token("331102", Roles.CLERK);

  @Inject WebTarget target;

  private Response create(String token, Form form) {
    return target
        .path("/open311/v2/requests.json")
        .request()
        .header("Authorization", "Bearer " + token)
        .post(Entity.form(form));
  }

  private static Form form(String reference) {
    return new Form()
        .param("jurisdiction_id", "331102")
        .param("service_code", "dispute.neighbour")
        .param("description", "楼上漏水，协商不成")
        .param("address_string", "莲都区紫金街道某小区3幢")
        .param("last_name", "王")
        .param("first_name", "五")
        .param("phone", "13912345678")
        .param("attribute[source_reference]", reference);
  }

  @Test
  void lists_services_and_their_definition() {
    JsonArray services = target.path("/open311/v2/services.json").request().get(JsonArray.class);
    assertThat(services.getValuesAs(JsonObject.class))
        .anyMatch(s -> s.getString("service_code").equals("dispute.neighbour"));
    JsonObject def =
        target.path("/open311/v2/services/dispute.neighbour.json").request().get(JsonObject.class);
    assertThat(def.getJsonArray("attributes").getJsonObject(0).getString("code"))
        .isEqualTo("source_reference");
  }

  @Test
  void a_request_becomes_a_transferred_matter_once_and_can_be_followed() {
    String reference = "12345-" + UUID.randomUUID();
    Response created = create(HOTLINE, form(reference));
    assertThat(created.getStatus()).isEqualTo(201);
    String id =
        created.readEntity(JsonArray.class).getJsonObject(0).getString("service_request_id");
    assertThat(id).startsWith("331102-");

    Response again = create(HOTLINE, form(reference));
    assertThat(again.getStatus()).isEqualTo(200);
    assertThat(again.readEntity(JsonArray.class).getJsonObject(0).getString("service_request_id"))
        .isEqualTo(id);

    JsonObject one =
        target
            .path("/open311/v2/requests/" + id + ".json")
            .request()
            .header("Authorization", "Bearer " + HOTLINE)
            .get(JsonArray.class)
            .getJsonObject(0);
    assertThat(one.getString("status")).isEqualTo("open");
    assertThat(one.getString("service_code")).isEqualTo("dispute.neighbour");

    JsonArray listed =
        target
            .path("/open311/v2/requests.json")
            .queryParam("service_request_id", id + ",331102-20200101-9999")
            .request()
            .header("Authorization", "Bearer " + HOTLINE)
            .get(JsonArray.class);
    assertThat(listed).hasSize(1);

    Response foreign =
        target
            .path("/open311/v2/requests/" + id + ".json")
            .request()
            .header("Authorization", "Bearer " + Api.token("331121", Roles.CLERK))
            .get();
    assertThat(foreign.getStatus()).isEqualTo(403);
  }

  @Test
  void an_incomplete_request_is_refused_with_every_error_named() {
    Response r = create(HOTLINE, new Form().param("jurisdiction_id", "33110X"));
    assertThat(r.getStatus()).isEqualTo(400);
    String errors = r.readEntity(JsonObject.class).getJsonArray("errors").toString();
    assertThat(errors)
        .contains("jurisdiction_id", "service_code", "description", "address_string")
        .contains("attribute[source_reference]");
    Response other = create(Api.token("331121", Roles.CLERK), form("x-" + UUID.randomUUID()));
    assertThat(other.getStatus()).isEqualTo(403);
  }
}
