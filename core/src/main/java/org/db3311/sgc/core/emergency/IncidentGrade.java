package org.db3311.sgc.core.emergency;

/** Grades of a public emergency (突发事件分级) by urgency and impact, I the most severe. */
public enum IncidentGrade {
  /** Ⅰ级 特别重大. */
  I,
  /** Ⅱ级 重大. */
  II,
  /** Ⅲ级 较大. */
  III,
  /** Ⅳ级 一般. */
  IV;

  /** 重大突发状况: the grades a responsible leader or a task force must lead (6.6.1). */
  public boolean isMajor() {
    return this == I || this == II;
  }
}
