package org.db3311.sgc.core.intake;

import java.util.Objects;

/**
 * Where an accepted matter is being handled.
 *
 * @param reference the handling track's own id for it (e.g. a mediation case number)
 */
public record Handling(Track track, String reference) {

  public Handling {
    Objects.requireNonNull(track, "track");
    if (reference == null || reference.isBlank()) {
      throw new IllegalArgumentException("a handling track names its case");
    }
  }

  /** The handling tracks. */
  public enum Track {
    /** 矛盾纠纷调处化解 (6.2). */
    DISPUTE_RESOLUTION,
    /** 社会治理事件处置 (6.3). */
    EVENT_HANDLING
  }
}
