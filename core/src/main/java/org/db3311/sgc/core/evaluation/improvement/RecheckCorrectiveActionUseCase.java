package org.db3311.sgc.core.evaluation.improvement;

import java.util.Objects;
import org.db3311.sgc.core.common.Actor;

/**
 * Incoming port: the owner reports its correction, and the re-check is recorded, disclosed and fed
 * back (9.3.3).
 */
public interface RecheckCorrectiveActionUseCase {

  CorrectiveActionSnapshot reportCorrection(ReportCorrection command);

  RecheckResult recheck(Recheck command);

  record ReportCorrection(CorrectiveActionId id, String account, Actor by) {
    public ReportCorrection {
      Objects.requireNonNull(id, "id");
      if (account == null || account.isBlank()) {
        throw new IllegalArgumentException("a correction is reported with what was done");
      }
      Objects.requireNonNull(by, "by");
    }
  }

  record Recheck(CorrectiveActionId id, boolean passed, String notes, Actor by) {
    public Recheck {
      Objects.requireNonNull(id, "id");
      if (notes == null || notes.isBlank()) {
        throw new IllegalArgumentException("a re-check records what was found");
      }
      Objects.requireNonNull(by, "by");
    }
  }
}
