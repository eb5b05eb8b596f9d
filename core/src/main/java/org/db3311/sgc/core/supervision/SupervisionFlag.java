package org.db3311.sgc.core.supervision;

import java.time.Instant;
import java.util.Objects;
import org.db3311.sgc.core.catalog.Implements;

/**
 * A marker on a supervision file that the unified view lists apart, so that the center sees it
 * whatever the file's state (e.g. an event to be reported to the duty county leader, 6.3.1.2, that
 * went to the product's fallback leader because no duty leader was found).
 *
 * @param detail what happened, as the followed casework told it (e.g. who leads and why)
 * @param at when it was raised
 */
@Implements({"8.2.4", "6.3.1.2"})
public record SupervisionFlag(Kind kind, String detail, Instant at) {

  public SupervisionFlag {
    Objects.requireNonNull(kind, "kind");
    if (detail == null || detail.isBlank()) {
      throw new IllegalArgumentException("a flag says what happened");
    }
    Objects.requireNonNull(at, "at");
  }

  /** The kinds of flag. */
  public enum Kind {
    /**
     * An event to be reported to the duty county leader (6.3.1.2) found no duty leader: the
     * product's fallback leader leads it.
     */
    LED_BY_FALLBACK_LEADER
  }
}
