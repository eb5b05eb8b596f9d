package org.db3311.sgc.core.evaluation.improvement;

/** The id of a corrective action (整改), e.g. {@code CA-2026-0001}. */
public record CorrectiveActionId(String value) {

  public CorrectiveActionId {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("a corrective action id is not blank");
    }
    if (!value.equals(value.strip())) {
      throw new IllegalArgumentException(
          "a corrective action id has no leading or trailing spaces: '" + value + "'");
    }
  }

  public static CorrectiveActionId of(String value) {
    return new CorrectiveActionId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
