package org.db3311.sgc.server.display;

import java.util.List;
import org.db3311.sgc.core.assessment.profile.ServiceWindow;
import org.db3311.sgc.core.intake.QueueCall;
import org.db3311.sgc.core.intake.QueueTicket;

/** What the queue and window endpoints answer. */
public final class QueueViews {
  private QueueViews() {}

  /**
   * A queue number taken (7.2.1.3).
   *
   * @param ahead how many tickets wait before it
   */
  public record TicketView(
      String county, String number, long sequence, String issuedAt, Integer ahead) {

    static TicketView of(String county, QueueTicket t, int ahead) {
      return new TicketView(county, t.number(), t.sequence(), t.issuedAt().toString(), ahead);
    }
  }

  /**
   * A window: its function (5.3.5) and the number last called to it (7.2.1.3); the number, the
   * announcement and the time are absent before the window's first call.
   */
  public record WindowView(
      String county,
      String window,
      String function,
      String number,
      String announcement,
      String calledAt) {

    static WindowView of(String county, ServiceWindow w, java.util.Optional<QueueCall> latest) {
      return new WindowView(
          county,
          w.label(),
          w.function(),
          latest.map(c -> c.ticket().number()).orElse(null),
          latest.map(QueueCall::announcement).orElse(null),
          latest.map(c -> c.calledAt().toString()).orElse(null));
    }
  }

  /**
   * The hall's windows.
   *
   * @param hall where the hall's layout was read from (a profile file or the shipped example)
   * @param waiting how many tickets wait
   */
  public record WindowsView(
      String county, String hall, List<WindowView> windows, Integer waiting) {}
}
