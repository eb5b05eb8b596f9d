package org.db3311.sgc.core.intake;

/**
 * The intake clerk's finding that a submitted material does not meet the requirements. One finding
 * is one defect: a material with two defects is found twice, with two reasons (precise R7).
 */
public record MaterialDefect(int materialId, String reason) {

  public MaterialDefect {
    if (materialId < 1) {
      throw new IllegalArgumentException("material ids start at 1");
    }
    if (reason == null || reason.isBlank()) {
      throw new IllegalArgumentException("a defect says what is wrong");
    }
    reason = reason.strip();
  }
}
