package org.db3311.sgc.core.supervision;

import java.util.List;
import org.db3311.sgc.core.catalog.Implements;
import org.db3311.sgc.core.common.ItemFailure;

/**
 * Incoming port: look at every running deadline now and issue the supervision notices (督办) that
 * have become due; run it on a schedule (e.g. each morning).
 */
@Implements("6.2.1.3")
public interface SweepDeadlinesUseCase {

  /**
   * Sweeps every file with a running clock; a file that fails (its deadline cannot be computed) is
   * reported in the result and the others are swept all the same.
   */
  SweepReport sweepAll();

  /** The notices issued by a sweep; its failures are in {@link #sweepAll()}. */
  default List<SupervisionNotice> sweep() {
    return sweepAll().issued();
  }

  /** What a sweep did: the notices it issued and the files it could not sweep. */
  record SweepReport(List<SupervisionNotice> issued, List<ItemFailure> failures) {
    public SweepReport {
      issued = List.copyOf(issued);
      failures = List.copyOf(failures);
    }
  }
}
