package org.db3311.sgc.server.wiring;

import java.time.Clock;
import java.util.ArrayDeque;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.logging.Logger;
import org.db3311.sgc.core.common.Notification;
import org.db3311.sgc.core.common.Notifier;
import org.db3311.sgc.core.notice.NoticeId;
import org.db3311.sgc.core.notice.NoticeSender;

/**
 * The sender for the channels this deployment has no gateway for: <b>it sends nothing</b>. It logs
 * that the notice was not sent (its id, channel, template and reference — never the recipient or
 * the text) and records the notice as handed over, with a delivery id {@code unsent-<notice>}, so
 * the queue settles. It serves every channel in the embedded default (no {@code sgc.sms.*}), and
 * the channels no gateway serves otherwise (letters, calls and visits, which staff carry out; unit
 * inboxes and web accounts). Its last {@value #KEPT} notices can be read back ({@link
 * #recorded()}).
 */
public final class RecordingNoticeSender implements NoticeSender {

  private static final Logger LOG = Logger.getLogger(RecordingNoticeSender.class.getName());
  static final int KEPT = 200;

  /** What was handed over, without personal data. */
  public record Recorded(
      String notice, Notification.Channel channel, String template, String reference) {}

  private final Set<Notification.Channel> channels;
  private final Clock clock;
  private final ArrayDeque<Recorded> recorded = new ArrayDeque<>();

  public RecordingNoticeSender(Set<Notification.Channel> channels, Clock clock) {
    this.channels = channels.isEmpty() ? Set.of() : EnumSet.copyOf(channels);
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public boolean handles(Notification.Channel channel) {
    return channels.contains(channel);
  }

  @Override
  public Notifier.Receipt deliver(NoticeId id, Notification n) {
    String template = n.template().map(Notification.Template::key).orElse("generic");
    LOG.info(
        () ->
            "notice "
                + id
                + " ("
                + n.channel()
                + ", "
                + template
                + ", about "
                + n.reference()
                + ") NOT SENT: no gateway is configured for this channel; recorded as handed over");
    synchronized (recorded) {
      if (recorded.size() == KEPT) {
        recorded.removeFirst();
      }
      recorded.addLast(new Recorded(id.value(), n.channel(), template, n.reference()));
    }
    return new Notifier.Receipt("unsent-" + id.value(), clock.instant());
  }

  /** The notices recorded most recently, oldest first. */
  public List<Recorded> recorded() {
    synchronized (recorded) {
      return List.copyOf(recorded);
    }
  }
}
