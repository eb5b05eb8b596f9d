package org.db3311.sgc.core.assessment.rule;

import org.db3311.sgc.core.assessment.profile.SignKind;
import org.db3311.sgc.core.catalog.Implements;

/** C.1 — the "最多跑一地" logo's aspect ratio is 100:62 (informative; ±2 %, advisory, R5). */
@Implements({"C.1", "R5"})
final class LogoAspectRule extends AspectRatio {

  LogoAspectRule() {
    super(SignKind.ONE_PLACE_LOGO, 100, 62);
  }
}
