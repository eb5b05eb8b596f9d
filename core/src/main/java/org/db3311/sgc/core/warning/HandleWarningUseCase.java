package org.db3311.sgc.core.warning;

import java.util.Objects;
import org.db3311.sgc.core.common.Actor;
import org.db3311.sgc.core.common.UnitId;

/**
 * Incoming port: the duty officer publishes a raised warning, its owner acknowledges it, and it is
 * closed with how the risk was handled or dismissed as a false alarm (6.5.2).
 */
public interface HandleWarningUseCase {

  WarningSnapshot publish(Publish command);

  WarningSnapshot acknowledge(Acknowledge command);

  WarningSnapshot close(Close command);

  WarningSnapshot dismiss(Dismiss command);

  record Publish(WarningId id, Actor by) {
    public Publish {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(by, "by");
    }
  }

  /**
   * @param unit the owning unit that acknowledges
   */
  record Acknowledge(WarningId id, UnitId unit, Actor by) {
    public Acknowledge {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(unit, "unit");
      Objects.requireNonNull(by, "by");
    }
  }

  record Close(WarningId id, String outcome, Actor by) {
    public Close {
      Objects.requireNonNull(id, "id");
      if (outcome == null || outcome.isBlank()) {
        throw new IllegalArgumentException("closing a warning says how the risk was handled");
      }
      Objects.requireNonNull(by, "by");
    }
  }

  record Dismiss(WarningId id, String why, Actor by) {
    public Dismiss {
      Objects.requireNonNull(id, "id");
      if (why == null || why.isBlank()) {
        throw new IllegalArgumentException("dismissing a warning says why it is a false alarm");
      }
      Objects.requireNonNull(by, "by");
    }
  }
}
