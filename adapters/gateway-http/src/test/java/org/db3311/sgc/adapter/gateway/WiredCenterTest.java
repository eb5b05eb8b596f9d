package org.db3311.sgc.adapter.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.db3311.sgc.core.GovernanceCenter;
import org.db3311.sgc.core.catalog.Implements;
import org.db3311.sgc.core.common.Actor;
import org.db3311.sgc.core.common.UnitId;
import org.db3311.sgc.core.eventhandling.EventReview;
import org.db3311.sgc.core.eventhandling.HandleEventUseCase;
import org.db3311.sgc.core.eventhandling.ReceiveEventUseCase;
import org.db3311.sgc.core.eventhandling.TriageEventUseCase;
import org.db3311.sgc.core.eventhandling.TriageFacts;
import org.db3311.sgc.core.intake.Channel;
import org.db3311.sgc.core.intake.DecideIntakeUseCase;
import org.db3311.sgc.core.intake.IntakeFixtures;
import org.db3311.sgc.core.intake.MatterResult;
import org.db3311.sgc.core.intake.RegisterMatterUseCase;
import org.db3311.sgc.core.intake.RegistrationNumber;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The HTTP source-platform gateway wired into {@link GovernanceCenter} as a vendor would: a matter
 * transferred from 12345 on New Year's Eve is handled as an event and closes, and the result
 * reaches the platform; with the platform down the close still stands and the report waits for
 * {@code retryFailed()}. The event's result report (6.3.1.3) goes up through the HTTP result
 * reporter.
 */
@Implements("6.1.1.2.2")
class WiredCenterTest {

  // 23:30 on 31 December in Lishui: the matter is numbered on the old year's date
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-12-31T15:30:00Z"), ZoneId.of("Asia/Shanghai"));

  private static final Actor CLERK = IntakeFixtures.CLERK;
  private static final UnitId WENXI = UnitId.of("wenxi-town");

  private final FakeBody hotline = new FakeBody(HttpSourcePlatformGateway.PATH, "12345");
  private final HttpSourcePlatformGateway gateway =
      new HttpSourcePlatformGateway(
          Map.of(Channel.HOTLINE_12345, hotline.settings("source-platform hotline-12345")), CLOCK);
  private final FakeBody city = new FakeBody(HttpResultReporter.PATH, "CITY");
  private final HttpResultReporter reporter =
      new HttpResultReporter(city.settings("result-reports"));
  private final GovernanceCenter center =
      GovernanceCenter.builder(IntakeFixtures.QINGTIAN, CLOCK)
          .sourcePlatforms(gateway)
          .resultReporter(reporter)
          .build();

  @AfterEach
  void stop() {
    gateway.close();
    reporter.close();
    hotline.close();
    city.close();
  }

  private RegistrationNumber closeATransfer(String platformReference) {
    RegistrationNumber n =
        center
            .intake()
            .register(
                new RegisterMatterUseCase.Command(
                    IntakeFixtures.transfer(Channel.HOTLINE_12345, platformReference), CLERK))
            .number();
    center
        .intake()
        .decide(
            new DecideIntakeUseCase.Command(
                n, new DecideIntakeUseCase.Verdict.Review(List.of()), CLERK));
    center.events().receive(new ReceiveEventUseCase.Command(n, CLERK));
    center.events().triage(new TriageEventUseCase.Command(n, TriageFacts.single(WENXI), CLERK));
    handle(n, new HandleEventUseCase.Step.SignFor());
    handle(n, new HandleEventUseCase.Step.ReportHandled("路灯已更换"));
    handle(
        n,
        new HandleEventUseCase.Step.Close(
            new MatterResult(MatterResult.Outcome.RESOLVED, "路灯已修复")));
    return n;
  }

  private void handle(RegistrationNumber n, HandleEventUseCase.Step step) {
    center.events().handle(new HandleEventUseCase.Command(n, step, CLERK));
  }

  @Test
  @DisplayName("a transferred matter closes and its result reaches the 12345 platform once")
  void the_result_reaches_the_platform() {
    RegistrationNumber n = closeATransfer("HF-20261231-7");
    assertThat(n.toString()).startsWith("331121-20261231-");
    String key = "transfer-result:" + n + "/R1";
    assertThat(hotline.applied(key)).isEqualTo(1);
    assertThat(hotline.received().getFirst().body())
        .contains("\"sourceReference\":\"HF-20261231-7\"")
        .contains("\"matter\":\"" + n + "\"");
    assertThat(center.sourcePlatforms().failures()).isEmpty();
    assertThat(center.sourcePlatforms().retryFailed()).isEmpty();
    assertThat(hotline.applied(key)).as("nothing was pending, nothing sent again").isEqualTo(1);
  }

  @Test
  @Implements("6.3.1.3")
  @DisplayName("6.3.1.3: after the review the result report reaches the receiver, with its receipt")
  void the_result_report_goes_up() {
    RegistrationNumber n = closeATransfer("HF-20261231-9");
    handle(n, new HandleEventUseCase.Step.Review(new EventReview("处置及时", List.of("加强巡查"), "陈主任")));
    handle(n, new HandleEventUseCase.Step.ReportResult("路灯已修复，已建立巡查机制"));
    assertThat(city.applied("event-result:" + n + "/R1")).isEqualTo(1);
    assertThat(city.received().getFirst().body()).doesNotContain("陈主任");
  }

  @Test
  @DisplayName("with the platform down the close stands, and the report goes when it is back")
  void the_platform_is_down_at_the_close() {
    hotline.stop();
    RegistrationNumber n = closeATransfer("HF-20261231-8");
    assertThat(center.sourcePlatforms().failures())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.result().matter()).isEqualTo(n);
              assertThat(f.reason())
                  .contains("connection refused")
                  .contains("can be sent again")
                  .doesNotContain("路灯");
            });
    hotline.restart();
    assertThat(center.sourcePlatforms().retryFailed()).isEmpty();
    assertThat(hotline.applied("transfer-result:" + n + "/R1")).isEqualTo(1);
  }
}
