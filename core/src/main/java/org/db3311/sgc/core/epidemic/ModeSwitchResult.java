package org.db3311.sgc.core.epidemic;

import java.util.List;
import java.util.Objects;
import org.db3311.sgc.core.common.ItemFailure;

/**
 * A mode switch and the open cases it could not re-time or re-route (each reported; every other
 * case was re-timed all the same). A failed case keeps its old deadline until someone handles it.
 */
public record ModeSwitchResult(ModeSwitch change, List<ItemFailure> failed) {
  public ModeSwitchResult {
    Objects.requireNonNull(change, "change");
    failed = List.copyOf(failed);
  }
}
