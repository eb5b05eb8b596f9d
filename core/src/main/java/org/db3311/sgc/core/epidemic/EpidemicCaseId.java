package org.db3311.sgc.core.epidemic;

/** The id of an epidemic case, e.g. {@code YQ-2026-00001}. */
public record EpidemicCaseId(String value) {

  public EpidemicCaseId {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("an epidemic case id is not blank");
    }
  }

  public static EpidemicCaseId of(String value) {
    return new EpidemicCaseId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
