package org.db3311.sgc.core.emergency;

import java.time.Instant;
import java.util.Objects;
import org.db3311.sgc.core.common.Actor;

/**
 * How the center learned of an incident (6.6.1.p2): an online or offline report, or a system
 * warning, with its reference (report number, warning id).
 */
public record Discovery(Channel channel, String reference, String summary, Instant at, Actor by) {

  public enum Channel {
    ONLINE_REPORT,
    OFFLINE_REPORT,
    SYSTEM_WARNING
  }

  public Discovery {
    Objects.requireNonNull(channel, "channel");
    if (reference == null || reference.isBlank() || summary == null || summary.isBlank()) {
      throw new IllegalArgumentException("a discovery names its source and what happened");
    }
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(by, "by");
  }
}
