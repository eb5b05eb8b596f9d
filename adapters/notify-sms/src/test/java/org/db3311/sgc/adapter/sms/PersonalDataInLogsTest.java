package org.db3311.sgc.adapter.sms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.db3311.sgc.adapter.sms.GatewayFixture.ID_NUMBER;
import static org.db3311.sgc.adapter.sms.GatewayFixture.NAME;
import static org.db3311.sgc.adapter.sms.GatewayFixture.PHONE;
import static org.db3311.sgc.adapter.sms.GatewayFixture.result;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import org.db3311.sgc.core.common.Notification;
import org.db3311.sgc.core.notice.InMemoryNoticeQueue;
import org.db3311.sgc.core.notice.NoticeDispatcher;
import org.db3311.sgc.core.notice.NoticeId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Personal data never reaches a log or an exception message: the adapter's System.Logger output
 * (the JDK's java.util.logging backend) is captured whole, with stack traces, while the gateway
 * accepts, fails, refuses — answering with text that echoes the number, the name and an ID number.
 */
class PersonalDataInLogsTest {

  private final List<String> captured = new ArrayList<>();
  private final Logger jul = Logger.getLogger("org.db3311.sgc.adapter.sms");
  private final Handler handler =
      new Handler() {
        private final SimpleFormatter format = new SimpleFormatter();

        @Override
        public void publish(LogRecord r) {
          synchronized (captured) {
            captured.add(format.format(r));
          }
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
      };
  private Level before;
  private FakeSmsGateway gateway;

  @BeforeEach
  void capture() throws IOException {
    before = jul.getLevel();
    jul.setLevel(Level.ALL);
    handler.setLevel(Level.ALL);
    jul.addHandler(handler);
    gateway = new FakeSmsGateway();
    gateway.errorBody(
        "{\"error\":\"number " + PHONE + " of " + NAME + " (ID " + ID_NUMBER + ") is blocked\"}");
  }

  @AfterEach
  void release() {
    jul.removeHandler(handler);
    jul.setLevel(before);
    gateway.close();
  }

  private static String trace(Throwable t) {
    StringWriter w = new StringWriter();
    t.printStackTrace(new PrintWriter(w));
    return w.toString();
  }

  @Test
  @DisplayName(
      "no telephone number, name or ID number in the logs or exception messages, whatever happens")
  void personal_data_is_never_logged() {
    HttpSmsNotifier sms =
        GatewayFixture.notifier(gateway, Clock.system(ZoneId.of("Asia/Shanghai")));
    Notification n =
        new Notification(
                GatewayFixture.person(),
                Notification.Channel.SMS,
                "办理结果告知",
                NAME + "（身份证号 " + ID_NUMBER + "）的事项已办结",
                "331121-20261231-0001")
            .withTemplate("result", java.util.Map.of("summary", "已调解"));
    List<String> exceptions = new ArrayList<>();

    sms.deliver(new NoticeId("ok-1"), n); // accepted
    gateway.fail(1, 503);
    sms.deliver(new NoticeId("retry-1"), n); // a 5xx echoing the data, then accepted
    gateway.fail(1, 422);
    try {
      sms.deliver(new NoticeId("refused-1"), n); // a refusal echoing the data
    } catch (RuntimeException e) {
      exceptions.add(trace(e));
    }
    gateway.goDown();
    try {
      sms.deliver(new NoticeId("down-1"), n);
    } catch (RuntimeException e) {
      exceptions.add(trace(e));
    }
    // through the queue and the dispatcher, whose report carries the reasons
    InMemoryNoticeQueue queue = new InMemoryNoticeQueue();
    queue.enqueue(result("331121-20261231-0002"), Clock.systemUTC().instant());
    NoticeDispatcher.Report report =
        new NoticeDispatcher(
                queue,
                List.of(sms),
                Clock.systemUTC(),
                NoticeDispatcher.Policy.standard(),
                "d1",
                new java.util.Random(1))
            .dispatchDue();
    report.retried().forEach(f -> exceptions.add(f.reason()));
    queue.countByState(); // the stored reason is the same text
    exceptions.add(String.valueOf(n));

    List<String> everything = new ArrayList<>(exceptions);
    synchronized (captured) {
      everything.addAll(captured);
    }
    assertThat(captured).as("the adapter logged").hasSizeGreaterThanOrEqualTo(6);
    assertThat(String.join("\n", captured)).contains("138****1234");
    assertThat(exceptions).hasSize(4);
    for (String s : everything) {
      assertThat(s)
          .doesNotContain(PHONE)
          .doesNotContain(NAME)
          .doesNotContain(ID_NUMBER)
          .doesNotContain("19900101");
    }
  }
}
