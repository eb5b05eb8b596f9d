package org.db3311.sgc.adapter.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class GatewaySettingsTest {

  private static final String P = HttpCityCenterGateway.PREFIX;

  private static Map<String, String> minimal() {
    Map<String, String> m = new HashMap<>();
    m.put(P + "base-url", "https://city.example.gov.cn/sgc");
    m.put(P + "token", "s3cret-token");
    return m;
  }

  @Test
  @DisplayName("the address and the token are enough; everything else has its default")
  void defaults() {
    GatewaySettings s = GatewaySettings.fromProperties("city-center", minimal(), P);
    assertThat(s.baseUrl()).isEqualTo(URI.create("https://city.example.gov.cn/sgc"));
    assertThat(s.connectTimeout()).isEqualTo(Duration.ofSeconds(5));
    assertThat(s.readTimeout()).isEqualTo(Duration.ofSeconds(10));
    assertThat(s.maxAttempts()).isEqualTo(3);
  }

  @Test
  @DisplayName("timeouts and retries are read as ISO-8601 durations or milliseconds")
  void tuned() {
    Map<String, String> m = minimal();
    m.put(P + "connect-timeout", "1500");
    m.put(P + "read-timeout", "PT30S");
    m.put(P + "max-attempts", "5");
    m.put(P + "backoff", "PT1S");
    m.put(P + "max-backoff", "PT1M");
    GatewaySettings s = GatewaySettings.fromProperties("city-center", m, P);
    assertThat(s.connectTimeout()).isEqualTo(Duration.ofMillis(1500));
    assertThat(s.readTimeout()).isEqualTo(Duration.ofSeconds(30));
    assertThat(s.maxAttempts()).isEqualTo(5);
    assertThat(s.maxBackoff()).isEqualTo(Duration.ofMinutes(1));
  }

  @Test
  @DisplayName("a missing address or token fails at once, naming the property")
  void missing() {
    Map<String, String> noUrl = minimal();
    noUrl.remove(P + "base-url");
    assertThatThrownBy(() -> HttpCityCenterGateway.fromProperties(noUrl))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("sgc.gateway.city-center.base-url is required");
    Map<String, String> noToken = minimal();
    noToken.put(P + "token", " ");
    assertThatThrownBy(() -> HttpCityCenterGateway.fromProperties(noToken))
        .hasMessage("sgc.gateway.city-center.token is required");
  }

  @Test
  @DisplayName("an unknown key (a typo) fails at once instead of being ignored")
  void unknown_key() {
    Map<String, String> m = minimal();
    m.put(P + "timeout", "PT5S");
    assertThatThrownBy(() -> GatewaySettings.fromProperties("city-center", m, P))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("sgc.gateway.city-center.timeout")
        .hasMessageContaining("read-timeout");
  }

  @Test
  @DisplayName("malformed values fail naming the property")
  void malformed() {
    Map<String, String> m = minimal();
    m.put(P + "read-timeout", "5 seconds");
    assertThatThrownBy(() -> GatewaySettings.fromProperties("city-center", m, P))
        .hasMessageContaining("sgc.gateway.city-center.read-timeout")
        .hasMessageContaining("'5 seconds'");
    Map<String, String> attempts = minimal();
    attempts.put(P + "max-attempts", "0");
    assertThatThrownBy(() -> GatewaySettings.fromProperties("city-center", attempts, P))
        .hasMessageContaining("max-attempts is 1–10");
    Map<String, String> url = minimal();
    url.put(P + "base-url", "ftp://city.example.gov.cn");
    assertThatThrownBy(() -> GatewaySettings.fromProperties("city-center", url, P))
        .hasMessageContaining("absolute http(s) URL");
  }

  @Test
  @DisplayName("the token never crosses a network in clear: plain http only to a loopback address")
  void https_beyond_loopback() {
    Map<String, String> m = minimal();
    m.put(P + "base-url", "http://city.example.gov.cn/sgc");
    assertThatThrownBy(() -> GatewaySettings.fromProperties("city-center", m, P))
        .hasMessageContaining("needs https");
    for (String local :
        new String[] {"http://localhost:8081", "http://127.0.0.1:9", "http://[::1]:9"}) {
      m.put(P + "base-url", local);
      assertThat(GatewaySettings.fromProperties("city-center", m, P).baseUrl())
          .isEqualTo(URI.create(local));
    }
  }

  @Test
  @DisplayName("the token is never shown")
  void token_hidden() {
    Properties p = new Properties();
    minimal().forEach(p::setProperty);
    try (HttpCityCenterGateway g = HttpCityCenterGateway.fromProperties(p)) {
      assertThat(g.reachability()).hasSize(1);
    }
    assertThat(GatewaySettings.fromProperties("city-center", minimal(), P).toString())
        .doesNotContain("s3cret-token")
        .contains("token=***");
  }

  @Test
  @DisplayName("the idempotency key is a quoted structured-field string, safe for any reference")
  void idempotency_header() {
    assertThat(IdempotencyKeys.headerValue("event-result:331121-20261125-0001/R1"))
        .isEqualTo("\"event-result:331121-20261125-0001/R1\"");
    assertThat(IdempotencyKeys.headerValue("filing:案\"1\\%"))
        .isEqualTo("\"filing:%E6%A1%88\\\"1\\\\%25\"");
  }
}
