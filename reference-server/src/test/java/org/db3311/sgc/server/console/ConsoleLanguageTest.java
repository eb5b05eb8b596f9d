package org.db3311.sgc.server.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.helidon.microprofile.testing.junit5.AddConfig;
import io.helidon.microprofile.testing.junit5.HelidonTest;
import jakarta.inject.Inject;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.client.Invocation;
import jakarta.ws.rs.client.WebTarget;
import jakarta.ws.rs.core.Form;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import org.db3311.sgc.server.security.DemoIssuer;
import org.db3311.sgc.server.security.Roles;
import org.glassfish.jersey.client.ClientProperties;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The console's language and text size over HTTP: Chinese by default, English by the switch (a
 * plain link setting a cookie) or, on a first visit, by a browser preferring English; the {@code
 * lang} attribute follows; large text marks the page; the printed documents stay Chinese.
 */
@HelidonTest
@AddConfig(key = "sgc.data-dir", value = "target/test-data/console-language")
@AddConfig(key = "sgc.counties", value = "331102,331123")
@DisplayName("Console language and large text: switch, cookie, Accept-Language, lang attribute")
class ConsoleLanguageTest {

  @Inject WebTarget target;

  private Invocation.Builder get(String path) {
    return target.path(path).request().property(ClientProperties.FOLLOW_REDIRECTS, false);
  }

  private static String langCookie(String code) {
    return ConsolePreferencesResource.LANGUAGE_COOKIE + "=" + code;
  }

  @Test
  @DisplayName("Chinese by default; the switch sets a lasting cookie and goes back to the page")
  void the_switch_sets_english_and_the_cookie_keeps_it() {
    String zh = get("/console/login").get(String.class);
    assertThat(zh).contains("<html lang=\"zh-CN\">").contains("<title>登录 · 社会治理中心</title>");
    assertThat(zh)
        .contains(
            "href=\"/console/preferences?lang=en&amp;back=%2Fconsole%2Flogin\" lang=\"en\""
                + " hreflang=\"en\">English</a>");

    Response set = get("/console/preferences").property("x", "y").get();
    assertThat(set.getStatus()).isEqualTo(303);
    assertThat(set.getLocation().getPath()).isEqualTo("/console");
    assertThat(set.getCookies()).isEmpty();

    Response english =
        target
            .path("/console/preferences")
            .queryParam("lang", "en")
            .queryParam("back", "/console/login")
            .request()
            .property(ClientProperties.FOLLOW_REDIRECTS, false)
            .get();
    assertThat(english.getStatus()).isEqualTo(303);
    assertThat(english.getLocation().getPath()).isEqualTo("/console/login");
    NewCookie c = english.getCookies().get(ConsolePreferencesResource.LANGUAGE_COOKIE);
    assertThat(c).isNotNull();
    assertThat(c.getValue()).isEqualTo("en");
    assertThat(c.getPath()).isEqualTo("/");
    assertThat(c.getMaxAge()).isGreaterThan(30 * 24 * 3600);

    String en = get("/console/login").header("Cookie", c.toCookie().toString()).get(String.class);
    assertThat(en)
        .contains("<html lang=\"en\">")
        .contains("<title>Log in · Social Governance Center</title>")
        .contains("<label for=\"username\">User name</label>")
        .contains("lang=\"zh-CN\" hreflang=\"zh-CN\">中文</a>")
        .doesNotContain("用户名")
        .doesNotContain("跳到主要内容");
    // the cookie is kept over a login, and a page of the case work answers in English too
    String clerk =
        DemoIssuer.instance().issue("c1", "Tester", "331102", List.of(Roles.CLERK), Instant.now());
    String home =
        get("/console")
            .header("Cookie", ConsoleCredentials.cookieWithLanguage(clerk, "en"))
            .get(String.class);
    assertThat(home)
        .contains("<html lang=\"en\">")
        .contains(">Registration</a>")
        .contains(">Work queue</a>")
        .contains(">Log out</button>")
        .doesNotContain("窗口登记");
    String queue =
        get("/console/matters")
            .header("Cookie", ConsoleCredentials.cookieWithLanguage(clerk, "en"))
            .get(String.class);
    assertThat(queue).contains("<h1>Work queue</h1>").doesNotContain("待办事项");
  }

  @Test
  @DisplayName("a first visit from a browser preferring English gets English; the cookie wins")
  void accept_language_on_a_first_visit() {
    assertThat(get("/public/matters").header("Accept-Language", "en-GB,en;q=0.9").get(String.class))
        .contains("<html lang=\"en\">")
        .contains("Follow your matter");
    assertThat(
            get("/public/matters")
                .header("Accept-Language", "zh-CN,zh;q=0.9,en;q=0.8")
                .get(String.class))
        .contains("<html lang=\"zh-CN\">")
        .contains("办理进度查询");
    assertThat(
            get("/public/matters")
                .header("Accept-Language", "en-US")
                .header("Cookie", langCookie("zh"))
                .get(String.class))
        .contains("<html lang=\"zh-CN\">");
    // an answer to a form is in the reader's language as well
    Response unknown =
        target
            .path("/public/matters")
            .request()
            .header("Cookie", langCookie("en"))
            .post(
                Entity.entity(
                    new Form().param("number", "331102-20261203-9999").param("code", "ABCDEFGH"),
                    MediaType.APPLICATION_FORM_URLENCODED));
    assertThat(unknown.getStatus()).isEqualTo(404);
    assertThat(unknown.readEntity(String.class))
        .contains("No such matter: check the registration number and the code");
  }

  @Test
  @DisplayName("large text marks the page and comes back off; a bad switch is a 400 problem")
  void large_text_and_bad_switches() {
    Response large =
        target
            .path("/console/preferences")
            .queryParam("text", "large")
            .queryParam("back", "/public/matters")
            .request()
            .property(ClientProperties.FOLLOW_REDIRECTS, false)
            .get();
    assertThat(large.getStatus()).isEqualTo(303);
    NewCookie c = large.getCookies().get(ConsolePreferencesResource.TEXT_COOKIE);
    assertThat(c.getValue()).isEqualTo("large");
    String page =
        get("/public/matters").header("Cookie", c.toCookie().toString()).get(String.class);
    assertThat(page)
        .contains("<html lang=\"zh-CN\" class=\"large-text\">")
        .contains(">标准字号</a>")
        .contains("/console/preferences?text=normal&amp;back=%2Fpublic%2Fmatters");
    assertThat(get("/public/matters").get(String.class))
        .contains("<html lang=\"zh-CN\">")
        .contains(">大字模式</a>");

    for (String[] bad :
        List.of(
            new String[] {"lang", "fr"},
            new String[] {"text", "huge"},
            new String[] {"back", "https://example.com/"},
            new String[] {"back", "//example.com/"})) {
      Response r =
          target
              .path("/console/preferences")
              .queryParam(bad[0], bad[1])
              .request()
              .property(ClientProperties.FOLLOW_REDIRECTS, false)
              .get();
      assertThat(r.getStatus()).as(bad[0] + "=" + bad[1]).isEqualTo(400);
      assertThat(r.getMediaType().toString()).startsWith("application/problem+json");
      assertThat(r.readEntity(String.class)).contains(bad[0]);
      assertThat(r.getCookies()).isEmpty();
    }
  }

  @Test
  @DisplayName("the hall's zone map follows the language; window functions stay as configured")
  void the_zone_map_in_english() {
    String map =
        get("/display/331123/zone-map").header("Cookie", langCookie("en")).get(String.class);
    assertThat(map)
        .contains("<html lang=\"en\">")
        .contains("<h1>Function zone map</h1>")
        .contains("<li>comprehensive intake</li>")
        .contains("<th>Window 4</th><td>劳动仲裁</td>")
        .doesNotContain("功能区分布图");
    assertThat(get("/display/331123/zone-map").get(String.class))
        .contains("<html lang=\"zh-CN\">")
        .contains("<th>4 号窗口</th>");
  }

  @Test
  @DisplayName(
      "a switch comes back to a page a GET opens: a POST-only path maps to the page it renders")
  void the_return_target_of_a_post_is_a_get_page() {
    assertThat(ConsolePreferencesFilter.here("GET", "/console/reports", "kind=WEEKLY"))
        .isEqualTo("/console/reports?kind=WEEKLY");
    assertThat(ConsolePreferencesFilter.here("POST", "/console/reports/MR-2025-12/sign-off", null))
        .isEqualTo("/console/reports/MR-2025-12");
    assertThat(
            ConsolePreferencesFilter.here(
                "POST", "/console/reports/MR-2025-12/sign-off", "county=331102"))
        .isEqualTo("/console/reports/MR-2025-12?county=331102");
    assertThat(
            ConsolePreferencesFilter.here(
                "POST", "/console/matters/331102-20261201-0001/mediation/records", null))
        .isEqualTo("/console/matters/331102-20261201-0001");
    assertThat(ConsolePreferencesFilter.here("POST", "/public/feedback/follow", null))
        .isEqualTo("/public/feedback");
    assertThat(ConsolePreferencesFilter.here("POST", "/console/logout", null))
        .isEqualTo("/console");
    // a POST whose path a GET serves too comes back to that page
    assertThat(ConsolePreferencesFilter.here("POST", "/console/intake", null))
        .isEqualTo("/console/intake");
    assertThat(ConsolePreferencesFilter.here("POST", "/public/matters", null))
        .isEqualTo("/public/matters");
  }
}
