package org.db3311.sgc.core.warning;

/**
 * The four warning levels (预警级别) of the Emergency Response Law, level 1 the highest: red (一级),
 * orange (二级), yellow (三级), blue (四级).
 */
public enum WarningLevel {
  /** 四级 蓝色. */
  BLUE(4),
  /** 三级 黄色. */
  YELLOW(3),
  /** 二级 橙色. */
  ORANGE(2),
  /** 一级 红色. */
  RED(1);

  private final int grade;

  WarningLevel(int grade) {
    this.grade = grade;
  }

  /** 1 (red) … 4 (blue). */
  public int grade() {
    return grade;
  }

  public boolean isHigherThan(WarningLevel other) {
    return grade < other.grade;
  }

  public static WarningLevel higher(WarningLevel a, WarningLevel b) {
    return a.isHigherThan(b) ? a : b;
  }
}
