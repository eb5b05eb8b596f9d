package org.db3311.sgc.adapter.sms;

import java.time.Clock;
import java.util.Map;
import java.util.Properties;
import org.db3311.sgc.core.common.Notification;
import org.db3311.sgc.core.common.PhoneNumber;

/** Settings and notifications the adapter's tests share. */
final class GatewayFixture {

  static final String PHONE = "13812341234";
  static final String NAME = "张三";
  static final String ID_NUMBER = "331102199001011234";

  private GatewayFixture() {}

  static Properties properties(FakeSmsGateway gateway) {
    Properties p = new Properties();
    p.setProperty("sgc.sms.endpoint", gateway.endpoint().toString());
    p.setProperty("sgc.sms.access-key-id", FakeSmsGateway.KEY_ID);
    p.setProperty("sgc.sms.access-key-secret", FakeSmsGateway.SECRET);
    p.setProperty("sgc.sms.sign-name", "丽水市社会治理中心");
    // generous: the build machine may be busy; tests of timeouts set a shorter one
    p.setProperty("sgc.sms.request-timeout-ms", "5000");
    p.setProperty("sgc.sms.max-attempts", "3");
    p.setProperty("sgc.sms.backoff-first-ms", "5");
    p.setProperty("sgc.sms.backoff-max-ms", "20");
    return p;
  }

  static HttpSmsNotifier notifier(FakeSmsGateway gateway, Clock clock) {
    return HttpSmsNotifier.fromProperties(properties(gateway), clock);
  }

  /** A notifier that gives up waiting for an answer after one second (its client warmed up). */
  static HttpSmsNotifier impatient(FakeSmsGateway gateway, Clock clock) {
    Properties p = properties(gateway);
    p.setProperty("sgc.sms.request-timeout-ms", "1000");
    HttpSmsNotifier n = HttpSmsNotifier.fromProperties(p, clock);
    n.health();
    return n;
  }

  static Notification.Recipient person() {
    return Notification.Recipient.person(NAME, PhoneNumber.of(PHONE));
  }

  static Notification result(String reference) {
    return new Notification(
            person(),
            Notification.Channel.SMS,
            "办理结果告知",
            "您反映的事项（" + reference + "）已办结：双方达成协议",
            reference)
        .withTemplate("result", Map.of("summary", "双方达成协议"));
  }

  static Notification supplement(String reference, String materials) {
    return new Notification(
            person(), Notification.Channel.SMS, "一次性告知", "请补正：" + materials, reference)
        .withTemplate("supplement", Map.of("materials", materials));
  }
}
