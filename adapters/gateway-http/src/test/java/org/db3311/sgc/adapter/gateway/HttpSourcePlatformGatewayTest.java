package org.db3311.sgc.adapter.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.db3311.sgc.core.common.DivisionCode;
import org.db3311.sgc.core.intake.Channel;
import org.db3311.sgc.core.intake.MatterResult;
import org.db3311.sgc.core.intake.RegistrationNumber;
import org.db3311.sgc.core.intake.SourcePlatformGateway;
import org.db3311.sgc.core.intake.SourcePlatformGateway.Delivery;
import org.db3311.sgc.core.intake.SourcePlatformGatewayContract;
import org.db3311.sgc.core.intake.SourceReference;
import org.db3311.sgc.core.intake.TransferResult;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class HttpSourcePlatformGatewayTest extends SourcePlatformGatewayContract {

  private static final Instant NOW = Instant.parse("2027-01-02T03:00:05Z");
  private static final Clock CLOCK = Clock.fixed(NOW, ZoneId.of("Asia/Shanghai"));

  private FakeBody hotline;
  private FakeBody police;
  private final List<HttpSourcePlatformGateway> opened = new ArrayList<>();

  @BeforeEach
  void startThePlatforms() {
    hotline = new FakeBody(HttpSourcePlatformGateway.PATH, "12345");
    police = new FakeBody(HttpSourcePlatformGateway.PATH, "110");
  }

  @AfterEach
  void stop() {
    opened.forEach(HttpSourcePlatformGateway::close);
    hotline.close();
    police.close();
  }

  @Override
  protected SourcePlatformGateway gateway() {
    Map<Channel, GatewaySettings> platforms = new EnumMap<>(Channel.class);
    platforms.put(Channel.HOTLINE_12345, hotline.settings("source-platform hotline-12345"));
    platforms.put(Channel.POLICE_110, police.settings("source-platform police-110"));
    return open(new HttpSourcePlatformGateway(platforms, CLOCK));
  }

  private HttpSourcePlatformGateway open(HttpSourcePlatformGateway g) {
    opened.add(g);
    return g;
  }

  static TransferResult result(Channel from, String ref, int round) {
    return new TransferResult(
        new SourceReference(from, ref),
        new RegistrationNumber(DivisionCode.of("331121"), LocalDate.of(2026, 12, 31), 1),
        round,
        MatterResult.Outcome.RESOLVED,
        "路灯已修复",
        Instant.parse("2027-01-02T03:00:00Z"));
  }

  @Test
  @DisplayName("6.1.1.2.2: each result goes back to the platform the matter came from")
  void routed_by_source_channel() {
    SourcePlatformGateway g = gateway();
    assertThat(g.report(result(Channel.HOTLINE_12345, "HF-1", 1)).receipt()).isEqualTo("12345-1");
    assertThat(g.report(result(Channel.POLICE_110, "JQ-9", 1)).receipt()).isEqualTo("110-1");
    assertThat(hotline.received())
        .singleElement()
        .satisfies(r -> assertThat(r.body()).contains("HF-1"));
    assertThat(police.received())
        .singleElement()
        .satisfies(r -> assertThat(r.body()).contains("JQ-9"));
  }

  @Test
  @DisplayName("delivered now is dated by the clock; the platform's 409 is already reported")
  void delivered_and_already_reported() {
    SourcePlatformGateway g = gateway();
    assertThat(g.report(result(Channel.HOTLINE_12345, "HF-2", 1)))
        .isEqualTo(new Delivery.Delivered("12345-1", NOW));
    assertThat(g.report(result(Channel.HOTLINE_12345, "HF-2", 1)))
        .isEqualTo(new Delivery.AlreadyReported("12345-1"));
    assertThat(hotline.applied("transfer-result:331121-20261231-0001/R1")).isEqualTo(1);
  }

  @Test
  @DisplayName("a first attempt taken but answered too late: this call delivered it, once")
  void late_first_answer_is_this_delivery() {
    hotline.holdAfterApplying(1);
    Map<Channel, GatewaySettings> platforms =
        Map.of(
            Channel.HOTLINE_12345,
            hotline
                .settings("source-platform hotline-12345")
                .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(1))
                .withRetries(5, Duration.ofMillis(2), Duration.ofMillis(10)));
    SourcePlatformGateway g = open(new HttpSourcePlatformGateway(platforms, CLOCK));
    assertThat(g.report(result(Channel.HOTLINE_12345, "HF-3", 1)))
        .isEqualTo(new Delivery.Delivered("12345-1", NOW));
    assertThat(hotline.applied("transfer-result:331121-20261231-0001/R1")).isEqualTo(1);
  }

  @Test
  @DisplayName("a platform not configured: a clear error naming its property, nothing sent")
  void unconfigured_platform() {
    SourcePlatformGateway g = gateway();
    assertThatThrownBy(() -> g.report(result(Channel.ZHELIFANG, "ZLF-1", 1)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("sgc.gateway.source-platform.zhelifang.base-url");
  }

  @Test
  @DisplayName("built from properties by platform name; an unknown name lists the known ones")
  void from_properties() {
    HttpSourcePlatformGateway g =
        open(
            HttpSourcePlatformGateway.fromProperties(
                Map.of(
                    "sgc.gateway.source-platform.hotline-12345.base-url",
                    hotline.baseUrl().toString(),
                    "sgc.gateway.source-platform.hotline-12345.token",
                    FakeBody.TOKEN,
                    "sgc.gateway.source-platform.hotline-12345.max-attempts",
                    "1"),
                CLOCK));
    assertThat(g.report(result(Channel.HOTLINE_12345, "HF-4", 1)).receipt()).isEqualTo("12345-1");
    assertThat(HttpSourcePlatformGateway.propertyName(Channel.HOTLINE_96345))
        .isEqualTo("hotline-96345");
    assertThatThrownBy(
            () ->
                HttpSourcePlatformGateway.fromProperties(
                    Map.of(
                        "sgc.gateway.source-platform.hotline-999.base-url", "https://x.example",
                        "sgc.gateway.source-platform.hotline-999.token", "t"),
                    CLOCK))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'hotline-999' is not a source platform")
        .hasMessageContaining("zhelifang")
        .hasMessageContaining("police-110");
  }

  @Nested
  class OverHttp extends HttpGatewayBehaviour {
    @Override
    String path() {
      return HttpSourcePlatformGateway.PATH;
    }

    @Override
    String contract() {
      return "source-platform.yaml";
    }

    @Override
    String requestSchema() {
      return "TransferResult";
    }

    @Override
    String expectedKey() {
      return "transfer-result:331121-20261231-0001/R1";
    }

    @Override
    AutoCloseable gateway(GatewaySettings s, HttpGatewayClient.AttemptListener l) {
      return new HttpSourcePlatformGateway(Map.of(Channel.HOTLINE_12345, s), CLOCK, l);
    }

    @Override
    String send(AutoCloseable g) {
      return ((HttpSourcePlatformGateway) g)
          .report(result(Channel.HOTLINE_12345, "HF-1", 1))
          .receipt();
    }
  }
}
