package org.db3311.sgc.adapter.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.db3311.sgc.core.common.DivisionCode;
import org.db3311.sgc.core.eventhandling.CountyCenterGateway;
import org.db3311.sgc.core.eventhandling.CountyCenterGatewayContract;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class HttpCountyCenterGatewayTest extends CountyCenterGatewayContract {

  private static final DivisionCode JINYUN = DivisionCode.of("331122");
  private static final DivisionCode SUICHANG = DivisionCode.of("331123");

  private FakeBody jinyun;
  private FakeBody suichang;
  private final List<HttpCountyCenterGateway> opened = new ArrayList<>();

  @BeforeEach
  void startTheCounties() {
    jinyun = new FakeBody(HttpCountyCenterGateway.PATH, "JY");
    suichang = new FakeBody(HttpCountyCenterGateway.PATH, "SC");
  }

  @AfterEach
  void stop() {
    opened.forEach(HttpCountyCenterGateway::close);
    jinyun.close();
    suichang.close();
  }

  @Override
  protected CountyCenterGateway newGateway() {
    HttpCountyCenterGateway g =
        new HttpCountyCenterGateway(
            Map.of(
                JINYUN, jinyun.settings("county-center 331122"),
                SUICHANG, suichang.settings("county-center 331123")));
    opened.add(g);
    return g;
  }

  @Test
  @DisplayName("R12: each county's center receives only the events that lie in it")
  void routed_by_county() {
    CountyCenterGateway g = newGateway();
    assertThat(g.transfer(JINYUN, "331121-20261231-0001", "外县道路塌陷")).isEqualTo("JY-1");
    assertThat(g.transfer(SUICHANG, "331121-20261231-0002", "外县河道污染")).isEqualTo("SC-1");
    assertThat(jinyun.received())
        .singleElement()
        .satisfies(r -> assertThat(r.body()).contains("331122"));
    assertThat(suichang.received())
        .singleElement()
        .satisfies(r -> assertThat(r.body()).contains("331123"));
  }

  @Test
  @DisplayName(
      "a county with no center configured: a clear error naming the property, nothing sent")
  void unconfigured_county() {
    CountyCenterGateway g = newGateway();
    assertThatThrownBy(() -> g.transfer(DivisionCode.of("331124"), "331121-20261231-0003", "外县事件"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("sgc.gateway.county-center.331124.base-url");
    assertThat(jinyun.received()).isEmpty();
  }

  @Test
  @DisplayName("built from properties, one county per division code; a bad code fails at once")
  void from_properties() {
    HttpCountyCenterGateway g =
        HttpCountyCenterGateway.fromProperties(
            Map.of(
                "sgc.gateway.county-center.331122.base-url",
                jinyun.baseUrl().toString(),
                "sgc.gateway.county-center.331122.token",
                FakeBody.TOKEN,
                "sgc.gateway.county-center.331123.base-url",
                suichang.baseUrl().toString(),
                "sgc.gateway.county-center.331123.token",
                FakeBody.TOKEN));
    opened.add(g);
    assertThat(g.reachability())
        .extracting(Reachability::body)
        .containsExactly("county-center 331122", "county-center 331123");
    assertThatThrownBy(
            () ->
                HttpCountyCenterGateway.fromProperties(
                    Map.of(
                        "sgc.gateway.county-center.jinyun.base-url", "https://jy.example",
                        "sgc.gateway.county-center.jinyun.token", "t")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'jinyun' is not a division code");
    assertThatThrownBy(() -> HttpCountyCenterGateway.fromProperties(Map.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no county center is configured");
  }

  @Nested
  class OverHttp extends HttpGatewayBehaviour {
    @Override
    String path() {
      return HttpCountyCenterGateway.PATH;
    }

    @Override
    String contract() {
      return "county-center.yaml";
    }

    @Override
    String requestSchema() {
      return "EventTransfer";
    }

    @Override
    String expectedKey() {
      return "event-transfer:331121-20261125-0001";
    }

    @Override
    AutoCloseable gateway(GatewaySettings s, HttpGatewayClient.AttemptListener l) {
      return new HttpCountyCenterGateway(Map.of(JINYUN, s), l);
    }

    @Override
    String send(AutoCloseable g) {
      return ((HttpCountyCenterGateway) g).transfer(JINYUN, "331121-20261125-0001", "外县道路塌陷");
    }
  }
}
