package org.db3311.sgc.core.supervision;

import java.util.List;
import org.db3311.sgc.core.catalog.Implements;

/**
 * Incoming port: look at every running deadline now and issue the supervision notices (督办) that
 * have become due; run it on a schedule (e.g. each morning).
 */
@Implements("6.2.1.3")
public interface SweepDeadlinesUseCase {

  /** The notices issued by this sweep. */
  List<SupervisionNotice> sweep();
}
