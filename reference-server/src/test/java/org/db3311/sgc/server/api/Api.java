package org.db3311.sgc.server.api;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.client.Invocation;
import jakarta.ws.rs.client.WebTarget;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import org.db3311.sgc.server.security.DemoIssuer;

/** A small client for the HTTP tests: tokens for any staff member, JSON in and out. */
final class Api {

  private final WebTarget target;

  Api(WebTarget target) {
    this.target = target;
  }

  static String token(String division, String... roles) {
    return DemoIssuer.instance()
        .issue(
            "u-" + division + "-" + String.join("-", roles),
            "测试员",
            division,
            List.of(roles),
            Instant.now());
  }

  Invocation.Builder as(String token, String path) {
    WebTarget t = target;
    int q = path.indexOf('?');
    if (q >= 0) {
      for (String pair : path.substring(q + 1).split("&")) {
        String[] kv = pair.split("=", 2);
        t = t.queryParam(kv[0], kv.length > 1 ? kv[1] : "");
      }
      path = path.substring(0, q);
    }
    Invocation.Builder b = t.path(path).request();
    return token == null ? b : b.header("Authorization", "Bearer " + token);
  }

  Response post(String token, String path, String json) {
    return as(token, path).post(Entity.entity(json, MediaType.APPLICATION_JSON));
  }

  Response get(String token, String path) {
    return as(token, path).get();
  }

  static JsonObject json(Response r) {
    String body = r.readEntity(String.class);
    return Json.createReader(new StringReader(body)).readObject();
  }

  static String registration(String townshipCode, String address, String idNumber) {
    return """
        {"channel":"WINDOW",
         "parties":[{"role":"APPLICANT","type":"CITIZEN","name":"张三","idNumber":"%s","phone":"13812341234"},
                    {"role":"RESPONDENT","type":"CITIZEN","name":"李四"}],
         "category":"dispute.neighbour",
         "place":{"townshipCode":"%s","township":"紫金街道","address":"%s"},
         "description":"邻里之间因排水沟堵塞发生纠纷",
         "materials":[{"kind":"id_card","description":"身份证复印件"},
                      {"kind":"application","description":"纠纷申请书"}]}
        """
        .formatted(idNumber, townshipCode, address);
  }
}
