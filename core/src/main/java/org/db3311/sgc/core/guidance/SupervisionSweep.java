package org.db3311.sgc.core.guidance;

import java.util.List;
import org.db3311.sgc.core.common.ItemFailure;

/**
 * What a day's supervision sweep did: the notices sent, and the tasks it could not handle (each
 * reported; the others were swept all the same).
 */
public record SupervisionSweep(List<SupervisionNotice> sent, List<ItemFailure> failed) {
  public SupervisionSweep {
    sent = List.copyOf(sent);
    failed = List.copyOf(failed);
  }
}
