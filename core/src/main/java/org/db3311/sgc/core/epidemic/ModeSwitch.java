package org.db3311.sgc.core.epidemic;

import java.time.Instant;
import java.util.Objects;
import org.db3311.sgc.core.common.Actor;

/** A change of mode, by whom and why (e.g. the county's declaration of a wartime response). */
public record ModeSwitch(EpidemicMode from, EpidemicMode to, Instant at, Actor by, String reason) {
  public ModeSwitch {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (from == to) {
      throw new IllegalArgumentException("a switch changes the mode");
    }
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(by, "by");
    if (reason == null || reason.isBlank()) {
      throw new IllegalArgumentException("a mode switch says why");
    }
  }
}
