package org.db3311.sgc.core.notice;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.db3311.sgc.core.common.Notification;
import org.db3311.sgc.core.common.Notifier;

/**
 * Outgoing port: sends one queued notice on the channels it serves (an SMS gateway, a unit inbox),
 * with the notice's id as the idempotency key, so that sending one notice again (after a crash or a
 * timeout) delivers it once where the channel honours the key.
 */
public interface NoticeSender {

  /** True when this sender delivers notices of {@code channel}. */
  boolean handles(Notification.Channel channel);

  /**
   * Sends the notice.
   *
   * @return the receipt; its delivery id is the gateway's message id
   * @throws NoticeDeliveryException when it was not sent, saying whether a later attempt may
   *     succeed
   */
  Notifier.Receipt deliver(NoticeId id, Notification notification);

  /**
   * A sender over a plain {@link Notifier} for the given channels (e.g. a unit inbox). Such a
   * notifier has no idempotency key: a notice sent again after a crash between its hand-over and
   * its record may reach it twice.
   */
  static NoticeSender through(Notifier notifier, Set<Notification.Channel> channels) {
    Objects.requireNonNull(notifier, "notifier");
    Set<Notification.Channel> served = EnumSet.copyOf(channels);
    return new NoticeSender() {
      @Override
      public boolean handles(Notification.Channel channel) {
        return served.contains(channel);
      }

      @Override
      public Notifier.Receipt deliver(NoticeId id, Notification notification) {
        return notifier.send(notification);
      }

      @Override
      public String toString() {
        return "NoticeSender through " + notifier.getClass().getSimpleName() + " for " + served;
      }
    };
  }
}
