package org.db3311.sgc.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Steps the casework HTTP tests share: an accepted matter, and changes sent with If-Match. */
final class Casework {

  private final Api api;

  Casework(Api api) {
    this.api = api;
  }

  /** A registration in Liandu's 紫金街道 with every material a clean review needs. */
  static String registration(String category, String address) {
    return """
        {"channel":"WINDOW",
         "parties":[{"role":"APPLICANT","type":"CITIZEN","name":"张三","idNumber":"11010519491231002X","phone":"13812341234"},
                    {"role":"RESPONDENT","type":"CITIZEN","name":"李四"}],
         "category":"%s",
         "place":{"townshipCode":"331102001","township":"紫金街道","address":"%s"},
         "description":"邻里之间因排水沟堵塞发生纠纷",
         "materials":[{"kind":"id_card","description":"身份证复印件"},
                      {"kind":"application","description":"申请书"},
                      {"kind":"registration_form","description":"登记表"}]}
        """
        .formatted(category, address);
  }

  /** Registers and accepts a matter of {@code category} as {@code clerk}; its number. */
  String accepted(String clerk, String category, String address) {
    Response r = api.post(clerk, "/api/v1/matters", registration(category, address));
    String body = r.readEntity(String.class);
    assertThat(r.getStatus()).as(body).isEqualTo(201);
    String number =
        jakarta.json.Json.createReader(new java.io.StringReader(body))
            .readObject()
            .getString("number");
    Response decided =
        change(clerk, "/api/v1/matters/" + number, "/decision", "{\"verdict\":\"REVIEW\"}");
    JsonObject d = Api.json(decided);
    assertThat(d.getString("outcome")).as(d.toString()).isEqualTo("ACCEPTED");
    return number;
  }

  /** The ETag {@code path} shows {@code token} now. */
  String etag(String token, String path) {
    Response r = api.get(token, path);
    assertThat(r.getStatus()).as(path + ": " + r.readEntity(String.class)).isEqualTo(200);
    return r.getHeaderString("ETag");
  }

  /** POSTs {@code json} to {@code resource + step} with If-Match of the resource as it is now. */
  Response change(String token, String resource, String step, String json) {
    return withTag(token, resource + step, etag(token, resource), json);
  }

  /** POSTs {@code json} with the given If-Match ({@code null} for none). */
  Response withTag(String token, String path, String ifMatch, String json) {
    var b = api.as(token, path);
    if (ifMatch != null) {
      b = b.header("If-Match", ifMatch);
    }
    return b.post(Entity.entity(json == null ? "" : json, MediaType.APPLICATION_JSON));
  }

  /** {@link #change} that must succeed with 200; the answer's JSON. */
  JsonObject ok(String token, String resource, String step, String json) {
    Response r = change(token, resource, step, json);
    String body = r.readEntity(String.class);
    assertThat(r.getStatus()).as(step + ": " + body).isEqualTo(200);
    return jakarta.json.Json.createReader(new java.io.StringReader(body)).readObject();
  }

  /** The field paths named in a 400 problem's errors. */
  static String errors(Response r) {
    String body = r.readEntity(String.class);
    assertThat(r.getStatus()).as(body).isEqualTo(400);
    assertThat(r.getMediaType().toString()).startsWith("application/problem+json");
    JsonObject p = jakarta.json.Json.createReader(new java.io.StringReader(body)).readObject();
    return p.containsKey("errors") ? p.getJsonArray("errors").toString() : "";
  }
}
