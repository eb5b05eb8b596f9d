package org.db3311.sgc.core.emergency;

import java.util.Objects;
import org.db3311.sgc.core.common.Actor;

/** Incoming port: an incident discovered through a report or a system warning (6.6.1.p2). */
public interface DiscoverIncidentUseCase {

  /** Opens the incident; returns it as stored. */
  IncidentSnapshot discover(Command command);

  /** How the incident came to the center, and who recorded it. */
  record Command(Discovery.Channel channel, String reference, String summary, Actor by) {
    public Command {
      Objects.requireNonNull(channel, "channel");
      Objects.requireNonNull(by, "by");
      if (reference == null || reference.isBlank() || summary == null || summary.isBlank()) {
        throw new IllegalArgumentException("a discovery names its reference and what happened");
      }
    }
  }
}
