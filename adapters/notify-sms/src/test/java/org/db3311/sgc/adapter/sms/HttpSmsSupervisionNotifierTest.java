package org.db3311.sgc.adapter.sms;

import java.io.IOException;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.db3311.sgc.core.common.PhoneNumber;
import org.db3311.sgc.core.guidance.SupervisionNotifier;
import org.db3311.sgc.core.guidance.SupervisionNotifierContract;
import org.db3311.sgc.core.notice.QueueingSupervisionNotifier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** Guidance supervision notices by text message to the unit's duty mobile, through the gateway. */
class HttpSmsSupervisionNotifierTest extends SupervisionNotifierContract {

  private FakeSmsGateway gateway;

  @BeforeEach
  void start() throws IOException {
    gateway = new FakeSmsGateway();
  }

  @AfterEach
  void stop() {
    gateway.close();
  }

  @Override
  protected SupervisionNotifier newNotifier() {
    return new QueueingSupervisionNotifier(
        GatewayFixture.notifier(gateway, Clock.system(ZoneId.of("Asia/Shanghai"))),
        unit -> Optional.of(PhoneNumber.of("13905781234")));
  }

  @Override
  protected List<String> handedOver() {
    return gateway.requests().stream()
        .map(r -> (Map<?, ?>) r.json().get("params"))
        .map(p -> (String) p.get("reference"))
        .toList();
  }
}
