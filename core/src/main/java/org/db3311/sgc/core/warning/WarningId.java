package org.db3311.sgc.core.warning;

/** The id of a warning (预警), e.g. {@code YJ-2026-00001}. */
public record WarningId(String value) {

  public WarningId {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("a warning id is not blank");
    }
    if (!value.equals(value.strip())) {
      throw new IllegalArgumentException(
          "a warning id has no leading or trailing spaces: '" + value + "'");
    }
  }

  public static WarningId of(String value) {
    return new WarningId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
