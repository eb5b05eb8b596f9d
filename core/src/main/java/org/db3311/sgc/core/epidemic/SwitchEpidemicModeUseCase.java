package org.db3311.sgc.core.epidemic;

import java.util.Objects;
import org.db3311.sgc.core.common.Actor;

/** Incoming port: switch the epidemic-control mechanism between peacetime and wartime (6.7.1.1). */
public interface SwitchEpidemicModeUseCase {

  /** Switches and re-times the open cases; returns the switch and the cases that failed. */
  ModeSwitchResult switchMode(Command command);

  /** The mode to switch to, who ordered it and why. */
  record Command(EpidemicMode to, Actor by, String reason) {
    public Command {
      Objects.requireNonNull(to, "to");
      Objects.requireNonNull(by, "by");
      if (reason == null || reason.isBlank()) {
        throw new IllegalArgumentException("a mode switch says why");
      }
    }
  }
}
