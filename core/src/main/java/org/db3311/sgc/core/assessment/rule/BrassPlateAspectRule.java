package org.db3311.sgc.core.assessment.rule;

import org.db3311.sgc.core.assessment.profile.SignKind;
import org.db3311.sgc.core.catalog.Implements;

/** B.2 — the brass plate's aspect ratio is 3:2 (informative; ±2 %, advisory, R5). */
@Implements({"B.2", "R5"})
final class BrassPlateAspectRule extends AspectRatio {

  BrassPlateAspectRule() {
    super(SignKind.BRASS_PLATE, 3, 2);
  }
}
