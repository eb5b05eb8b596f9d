package org.db3311.sgc.core.epidemic;

import java.util.List;
import java.util.Objects;

/**
 * The epidemic-control command's state as an immutable value: the mode in force and every switch
 * that led to it. What repositories store and {@link EpidemicCommand#fromSnapshot} rebuilds.
 */
public record EpidemicCommandSnapshot(EpidemicMode mode, List<ModeSwitch> switches) {

  public EpidemicCommandSnapshot {
    Objects.requireNonNull(mode, "mode");
    switches = List.copyOf(switches);
    EpidemicMode expected = switches.isEmpty() ? EpidemicMode.PEACETIME : switches.getLast().to();
    if (mode != expected) {
      throw new IllegalArgumentException(
          "the mode in force is the last switch's (" + expected + "), not " + mode);
    }
  }
}
