package org.db3311.sgc.core.onward;

import java.util.Objects;
import org.db3311.sgc.core.catalog.Implements;
import org.db3311.sgc.core.common.Actor;

/**
 * Incoming port: the receiving body reports the final result back; the matter closes with it and
 * supervision of the referral completes. A redelivered report (same report id) changes nothing.
 */
@Implements({"6.2.1.3", "6.2.1.4.1"})
public interface ReportBackUseCase {

  void reportBack(Command command);

  record Command(OnwardReferralId id, ReportBack report, Actor actor) {
    public Command {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(report, "report");
      Objects.requireNonNull(actor, "actor");
    }
  }
}
