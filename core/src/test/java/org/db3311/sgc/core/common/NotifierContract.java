package org.db3311.sgc.core.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What every {@link Notifier} adapter must do. */
public abstract class NotifierContract {

  protected abstract Notifier newNotifier();

  @Test
  void each_hand_over_gets_its_own_receipt() {
    Notifier n = newNotifier();
    Notification.Recipient r = Notification.Recipient.person("张三", PhoneNumber.of("13905781234"));
    Notifier.Receipt a =
        n.send(new Notification(r, Notification.Channel.SMS, "结果", "已办结", "331121-20261125-0001"));
    Notifier.Receipt b =
        n.send(new Notification(r, Notification.Channel.SMS, "结果", "已办结", "331121-20261125-0002"));
    assertThat(a.deliveryId()).isNotBlank().isNotEqualTo(b.deliveryId());
  }

  @Test
  void a_text_message_needs_a_mobile_number() {
    Notification.Recipient r =
        new Notification.Recipient(
            "李四", Optional.of(PhoneNumber.of("0578-2123456")), Optional.empty());
    assertThatThrownBy(() -> new Notification(r, Notification.Channel.SMS, "结果", "已办结", "ref"))
        .hasMessageContaining("mobile");
  }
}
