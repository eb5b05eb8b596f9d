package org.db3311.sgc.core.mediation;

import org.db3311.sgc.core.catalog.Implements;
import org.db3311.sgc.core.intake.Category;
import org.db3311.sgc.core.intake.MatterSnapshot;

/**
 * Which matters mediation takes: every dispute, and the event categories the deployment lists as
 * mediable — by default petition matters (信访问题), whose dispute the parties may be willing to
 * mediate before, or instead of, the 信访 procedure.
 */
@Implements("6.2.1.1.1")
final class MediableMatterRule {

  private MediableMatterRule() {}

  public static boolean mayBeMediated(MatterSnapshot matter, MediationConfiguration config) {
    return matter.kind() == Category.Kind.DISPUTE
        || config.mediableEventCategories().contains(matter.registration().categoryCode());
  }
}
