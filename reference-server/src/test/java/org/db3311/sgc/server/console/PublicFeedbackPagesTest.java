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
import jakarta.ws.rs.core.Form;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.db3311.sgc.server.security.Roles;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The public pages of the feedback channel (9.1) and the re-check results (9.3.3) over HTTP: a
 * submission answered with its ticket and code, followed by both, a wrong code read as an unknown
 * ticket, bad fields named on a 400 page, English by the language cookie, the board paged.
 */
@HelidonTest
@AddConfig(key = "sgc.data-dir", value = "target/test-data/public-feedback-pages")
@AddConfig(key = "sgc.counties", value = "331102,331121")
@DisplayName("Public pages: the feedback channel (9.1) and the re-check results (9.3.3)")
class PublicFeedbackPagesTest {

  static final Pattern TICKET = Pattern.compile("id=\"submitted-ticket\">(FB-[0-9-]+)<");
  static final Pattern CODE = Pattern.compile("id=\"submitted-code\">([0-9A-Z]{8})<");
  static final Pattern KEY = Pattern.compile("name=\"key\" value=\"([0-9a-f-]{36})\"");

  @Inject WebTarget target;

  private Response post(String path, Form form, String cookie) {
    var b = target.path(path).request();
    if (cookie != null) {
      b = b.header("Cookie", cookie);
    }
    return b.post(Entity.entity(form, MediaType.APPLICATION_FORM_URLENCODED));
  }

  private static String group(Pattern p, String html) {
    Matcher m = p.matcher(html);
    assertThat(m.find()).as(html).isTrue();
    return m.group(1);
  }

  private String[] submit(String kind, String content, String key) {
    Form f =
        new Form()
            .param("county", "331102")
            .param("kind", kind)
            .param("content", content)
            .param("about", "")
            .param("contact", "13812341234");
    if (key != null) {
      f.param("key", key);
    }
    Response r = post("/public/feedback", f, null);
    String html = r.readEntity(String.class);
    assertThat(r.getStatus()).as(html).isEqualTo(201);
    return new String[] {group(TICKET, html), group(CODE, html), html};
  }

  @Test
  @DisplayName("submit, then follow by ticket and code; a wrong code is the unknown ticket's 404")
  void submit_and_follow() {
    String form = target.path("/public/feedback").request().get(String.class);
    assertThat(form)
        .contains("<h1>意见反馈与投诉</h1>")
        .contains("action=\"/public/feedback\"")
        .contains("<option value=\"COMPLAINT\"")
        .doesNotContain("HIGHER_LEVEL_SUPERVISION");

    String[] s = submit("COMPLAINT", "窗口人员态度生硬", null);
    assertThat(s[0]).startsWith("FB-");
    // nothing submitted is echoed back
    assertThat(s[2]).doesNotContain("13812341234", "态度生硬");

    Response found =
        post(
            "/public/feedback/follow",
            new Form().param("county", "331102").param("ticket", s[0]).param("code", s[1]),
            null);
    String html = found.readEntity(String.class);
    assertThat(found.getStatus()).isEqualTo(200);
    assertThat(html)
        .contains("id=\"status-kind\">投诉<")
        .contains("id=\"status-state\">已受理<")
        .contains("尚无答复")
        .doesNotContain("13812341234", "态度生硬");
    // the code as a person may type it
    assertThat(
            post(
                    "/public/feedback/follow",
                    new Form()
                        .param("county", "331102")
                        .param("ticket", s[0])
                        .param("code", " " + s[1].toLowerCase() + " "),
                    null)
                .getStatus())
        .isEqualTo(200);

    String wrong = s[1].charAt(0) == 'A' ? "B" + s[1].substring(1) : "A" + s[1].substring(1);
    Response bad =
        post(
            "/public/feedback/follow",
            new Form().param("county", "331102").param("ticket", s[0]).param("code", wrong),
            null);
    String badHtml = bad.readEntity(String.class);
    Response unknown =
        post(
            "/public/feedback/follow",
            new Form()
                .param("county", "331102")
                .param("ticket", "FB-2026-99999")
                .param("code", wrong),
            null);
    String unknownHtml = unknown.readEntity(String.class);
    assertThat(bad.getStatus()).isEqualTo(404);
    assertThat(unknown.getStatus()).isEqualTo(404);
    assertThat(badHtml).contains("id=\"follow-error\"").contains("未找到该反馈");
    assertThat(badHtml.replace("value=\"" + s[0] + "\"", "T").replaceAll(KEY.pattern(), "k"))
        .as("the same page but for the ticket echoed and the form's key")
        .isEqualTo(
            unknownHtml.replace("value=\"FB-2026-99999\"", "T").replaceAll(KEY.pattern(), "k"));
  }

  @Test
  @DisplayName("an answer and its re-check reach the follower; the board shows the re-check")
  void answered_and_rechecked() {
    String[] s = submit("COMPLAINT", "办事大厅排队无人引导", null);
    String supervisor = token("331102", Roles.SUPERVISOR);
    String item = "/api/v1/feedback/" + s[0];
    change(target, supervisor, item, "/assignment", "{\"unit\":\"county.hrss\"}");
    JsonObject answered =
        change(
            target,
            supervisor,
            item,
            "/answer",
            "{\"reply\":\"经核实属实，请致电13812341234\",\"verdict\":\"UPHELD\",\"correctBy\":\"2027-01-15\"}");
    String action = "/api/v1/corrective-actions/" + answered.getString("correctiveAction");
    change(
        target, token("331102", Roles.HANDLER), action, "/correction", "{\"account\":\"已增设引导员\"}");
    change(target, supervisor, action, "/rechecks", "{\"passed\":true,\"notes\":\"现场查看，已有引导\"}");

    String html =
        post(
                "/public/feedback/follow",
                new Form().param("county", "331102").param("ticket", s[0]).param("code", s[1]),
                null)
            .readEntity(String.class);
    assertThat(html)
        .contains("id=\"status-state\">已答复<")
        .contains("id=\"status-verdict\">投诉属实<")
        .contains("经核实属实，请致电138****1234")
        .contains("现场查看，已有引导")
        .doesNotContain("13812341234");

    String board =
        target.path("/public/rechecks").queryParam("county", "331102").request().get(String.class);
    assertThat(board)
        .contains("<h1>整改复查结果公开</h1>")
        .contains("id=\"rechecks\"")
        .contains("现场查看，已有引导")
        .contains(">通过<")
        .contains("id=\"pager\"");
    // paged as the API pages: the one re-check on the first page of one, none past it
    String first =
        target
            .path("/public/rechecks")
            .queryParam("county", "331102")
            .queryParam("size", "1")
            .request()
            .get(String.class);
    assertThat(first).contains("现场查看，已有引导").doesNotContain("尚无公开的复查结果");
    String past =
        target
            .path("/public/rechecks")
            .queryParam("county", "331102")
            .queryParam("page", "1")
            .queryParam("size", "1")
            .request()
            .get(String.class);
    assertThat(past)
        .contains("尚无公开的复查结果")
        .doesNotContain("现场查看，已有引导")
        .contains("id=\"pager-total\"");
  }

  /** POSTs {@code json} to {@code resource + step} as staff, with the resource's ETag; 200. */
  static JsonObject change(
      WebTarget target, String token, String resource, String step, String json) {
    Response read =
        target.path(resource).request().header("Authorization", "Bearer " + token).get();
    String etag = read.getHeaderString("ETag");
    read.close();
    Response r =
        target
            .path(resource + step)
            .request()
            .header("Authorization", "Bearer " + token)
            .header("If-Match", etag)
            .post(Entity.entity(json, MediaType.APPLICATION_JSON));
    String body = r.readEntity(String.class);
    assertThat(r.getStatus()).as(step + ": " + body).isEqualTo(200);
    return Json.createReader(new StringReader(body)).readObject();
  }

  @Test
  @DisplayName("bad fields: a 400 page naming them, the form kept, nothing filed")
  void bad_fields_are_named() {
    Response r =
        post(
            "/public/feedback",
            new Form()
                .param("county", "331102")
                .param("kind", "HIGHER_LEVEL_SUPERVISION")
                .param("content", "  ")
                .param("contact", "x".repeat(201)),
            null);
    String html = r.readEntity(String.class);
    assertThat(r.getStatus()).isEqualTo(400);
    assertThat(html)
        .contains("id=\"form-message\"")
        .contains("<li>类型: ")
        .contains("<li>内容: ")
        .contains("<li>联系方式: ")
        .contains("aria-invalid=\"true\"")
        .doesNotContain("submitted-ticket");

    Response county =
        post(
            "/public/feedback",
            new Form().param("county", "999999").param("kind", "OPINION").param("content", "建议"),
            null);
    assertThat(county.getStatus()).isIn(400, 404);
    assertThat(county.readEntity(String.class)).contains("id=\"form-message\"");

    Response ticket =
        post(
            "/public/feedback/follow",
            new Form().param("county", "331102").param("ticket", "../x").param("code", "A"),
            null);
    assertThat(ticket.getStatus()).isEqualTo(400);
    assertThat(ticket.readEntity(String.class)).contains("id=\"follow-error\"").contains("ticket");

    Response page =
        target
            .path("/public/rechecks")
            .queryParam("county", "331102")
            .queryParam("page", "-1")
            .request()
            .get();
    assertThat(page.getStatus()).isEqualTo(400);
    assertThat(page.readEntity(String.class)).contains("id=\"rechecks-error\"").contains("page");
  }

  @Test
  @DisplayName("the same form sent twice files one ticket")
  void a_form_sent_twice_files_one_ticket() {
    String form = target.path("/public/feedback").request().get(String.class);
    String key = group(KEY, form);
    String[] first = submit("PRAISE", "调解员很耐心", key);
    String[] again = submit("PRAISE", "调解员很耐心", key);
    assertThat(again[0]).isEqualTo(first[0]);
    assertThat(again[1]).isEqualTo(first[1]);
  }

  @Test
  @DisplayName("English by the language cookie; several counties are offered to choose from")
  void english_by_the_cookie() {
    String cookie = ConsolePreferencesResource.LANGUAGE_COOKIE + "=en";
    String form =
        target.path("/public/feedback").request().header("Cookie", cookie).get(String.class);
    assertThat(form)
        .contains("<html lang=\"en\">")
        .contains("<h1>Feedback and complaints</h1>")
        .contains(">Complaint</option>")
        .contains("<option value=\"331121\"");
    String board =
        target.path("/public/rechecks").request().header("Cookie", cookie).get(String.class);
    assertThat(board)
        .contains("<h1>Published re-check results</h1>")
        .doesNotContain("id=\"rechecks\"");
    Response unknown =
        post(
            "/public/feedback/follow",
            new Form()
                .param("county", "331102")
                .param("ticket", "FB-2026-99998")
                .param("code", "ZZZZZZZZ"),
            cookie);
    assertThat(unknown.getStatus()).isEqualTo(404);
    assertThat(unknown.readEntity(String.class)).contains("No such feedback");
  }

  @Test
  @DisplayName("the public pages link to one another, in both languages, and the workbench to all")
  void the_public_pages_link_to_one_another() {
    String cookie = ConsolePreferencesResource.LANGUAGE_COOKIE + "=en";
    for (String lang : new String[] {null, cookie}) {
      var follow = target.path("/public/matters").request();
      var feedbackPage = target.path("/public/feedback").request();
      var rechecks = target.path("/public/rechecks").request();
      if (lang != null) {
        follow = follow.header("Cookie", lang);
        feedbackPage = feedbackPage.header("Cookie", lang);
        rechecks = rechecks.header("Cookie", lang);
      }
      String f = follow.get(String.class);
      assertThat(f)
          .contains("id=\"public-links\"")
          .contains("<a href=\"/public/feedback\">")
          .contains("<a href=\"/public/rechecks\">")
          .doesNotContain("<a href=\"/public/matters\">");
      assertThat(f).contains(lang == null ? "其他公开服务" : "Other public services");
      assertThat(f).contains(lang == null ? "意见反馈与投诉</a>" : "Feedback and complaints</a>");
      assertThat(feedbackPage.get(String.class))
          .contains("<a href=\"/public/matters\">", "<a href=\"/public/rechecks\">");
      assertThat(rechecks.get(String.class))
          .contains("<a href=\"/public/matters\">", "<a href=\"/public/feedback\">");
    }
    String home =
        target
            .path("/console")
            .request()
            .header("Cookie", cookie(token("331102", Roles.CLERK)))
            .get(String.class);
    assertThat(home)
        .contains("id=\"public-links\"")
        .contains(
            "<a href=\"/public/matters\">",
            "<a href=\"/public/feedback\">",
            "<a href=\"/public/rechecks\">");
  }

  /** A page's answer: status and body. */
  record Answer(int status, String body) {}

  /**
   * Posts {@code form} with the headers a browser sets, by the JDK's HTTP client: the JAX-RS
   * client's connection drops {@code Origin} as a restricted header.
   */
  private Answer postFrom(String path, Form form, String... headers) {
    String body =
        form.asMap().entrySet().stream()
            .flatMap(
                e ->
                    e.getValue().stream()
                        .map(
                            v ->
                                URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                                    + "="
                                    + URLEncoder.encode(v, StandardCharsets.UTF_8)))
            .collect(Collectors.joining("&"));
    HttpRequest.Builder b =
        HttpRequest.newBuilder(target.getUri().resolve(path))
            .header("Content-Type", MediaType.APPLICATION_FORM_URLENCODED)
            .POST(HttpRequest.BodyPublishers.ofString(body));
    for (int i = 0; i < headers.length; i += 2) {
      b.header(headers[i], headers[i + 1]);
    }
    try (HttpClient client = HttpClient.newHttpClient()) {
      HttpResponse<String> r = client.send(b.build(), HttpResponse.BodyHandlers.ofString());
      return new Answer(r.statusCode(), r.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static Form feedbackForm(String content) {
    return new Form()
        .param("county", "331102")
        .param("kind", "OPINION")
        .param("content", content)
        .param("about", "")
        .param("contact", "");
  }

  @Test
  @DisplayName("a public form posted from another site is refused with a page; same-site is taken")
  void a_cross_site_post_is_refused() {
    String host = target.getUri().getHost() + ":" + target.getUri().getPort();
    String self = "http://" + host;
    // a browser's forged cross-site submission, by either header, files nothing
    for (String[] forged :
        List.of(
            new String[] {"Sec-Fetch-Site", "cross-site", "Origin", "https://evil.example"},
            new String[] {"Sec-Fetch-Site", "same-site", "Origin", "http://other." + host},
            new String[] {"Origin", "https://evil.example"},
            new String[] {"Origin", "null"},
            new String[] {"Origin", "http://" + target.getUri().getHost() + ":1"})) {
      Answer r = postFrom("/public/feedback", feedbackForm("跨站伪造的意见"), forged);
      String html = r.body();
      assertThat(r.status()).as(String.join(" ", forged)).isEqualTo(403);
      assertThat(html)
          .contains("id=\"error-message\"")
          .contains("由其他网站的页面发出")
          .contains("href=\"/public/matters\"")
          .doesNotContain("submitted-ticket");
    }
    Answer follow =
        postFrom(
            "/public/matters",
            new Form().param("number", "331102-20261203-0001").param("code", "ABCDEFGH"),
            "Sec-Fetch-Site",
            "cross-site");
    assertThat(follow.status()).isEqualTo(403);
    Answer english =
        postFrom(
            "/public/feedback/follow",
            new Form().param("county", "331102").param("ticket", "FB-2026-00001"),
            "Origin",
            "https://evil.example",
            "Cookie",
            ConsolePreferencesResource.LANGUAGE_COOKIE + "=en");
    assertThat(english.status()).isEqualTo(403);
    assertThat(english.body()).contains("<html lang=\"en\">").contains("sent from another website");

    // the same form from the center's own page, by a browser old or new, or by a script
    for (String[] own :
        List.of(
            new String[] {"Sec-Fetch-Site", "same-origin", "Origin", self},
            new String[] {"Sec-Fetch-Site", "none"},
            new String[] {"Origin", self},
            new String[] {})) {
      Answer r = postFrom("/public/feedback", feedbackForm("本站提交的意见"), own);
      String html = r.body();
      assertThat(r.status()).as(String.join(" ", own) + html).isEqualTo(201);
      assertThat(html).contains("submitted-ticket");
    }
    // the console's login form is guarded the same way: no forged cross-site sign-in
    Form login = new Form().param("username", "clerk.liandu").param("password", "demo");
    Answer forgedLogin =
        postFrom(
            "/console/login",
            login,
            "Sec-Fetch-Site",
            "cross-site",
            "Origin",
            "https://evil.example");
    assertThat(forgedLogin.status()).isEqualTo(403);
    assertThat(forgedLogin.body()).contains("该登录表单由其他网站的页面发出").contains("href=\"/console/login\"");
    Answer ownLogin =
        postFrom("/console/login", login, "Sec-Fetch-Site", "same-origin", "Origin", self);
    assertThat(ownLogin.status()).as(ownLogin.body()).isEqualTo(303);
    // a GET is never refused: only a submission acts
    assertThat(
            target
                .path("/public/feedback")
                .request()
                .header("Sec-Fetch-Site", "cross-site")
                .get()
                .getStatus())
        .isEqualTo(200);
  }
}
