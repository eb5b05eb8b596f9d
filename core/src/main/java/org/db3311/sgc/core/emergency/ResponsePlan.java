package org.db3311.sgc.core.emergency;

import java.util.EnumSet;
import java.util.Set;

/** A response plan (应急预案) held by the county emergency headquarters, for some grades. */
public record ResponsePlan(String id, String title, Set<IncidentGrade> grades) {
  public ResponsePlan {
    if (id == null || id.isBlank() || title == null || title.isBlank()) {
      throw new IllegalArgumentException("a plan has an id and a title");
    }
    grades = Set.copyOf(EnumSet.copyOf(grades));
  }

  public boolean covers(IncidentGrade grade) {
    return grades.contains(grade);
  }
}
