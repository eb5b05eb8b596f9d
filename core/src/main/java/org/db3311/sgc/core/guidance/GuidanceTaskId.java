package org.db3311.sgc.core.guidance;

/** The id of a guidance task, e.g. {@code ZD-2026-0001}. */
public record GuidanceTaskId(String value) {

  public GuidanceTaskId {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("a guidance task id is not blank");
    }
  }

  public static GuidanceTaskId of(String value) {
    return new GuidanceTaskId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
