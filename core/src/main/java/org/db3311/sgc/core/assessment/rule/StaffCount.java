package org.db3311.sgc.core.assessment.rule;

import org.db3311.sgc.core.assessment.profile.CenterProfile;
import org.db3311.sgc.core.assessment.profile.PostKind;
import org.db3311.sgc.core.assessment.profile.StaffPost;

/** Counts people holding posts of a kind. */
final class StaffCount {

  private StaffCount() {}

  static int holding(CenterProfile center, PostKind kind) {
    int n = 0;
    for (StaffPost p : center.staff()) {
      if (p.kind() == kind) {
        n += p.holders().size();
      }
    }
    return n;
  }
}
