package org.db3311.sgc.core.facts;

/** The registration number of a matter as casework issued it (e.g. 331121-20250303-0001). */
public record MatterId(String value) implements Comparable<MatterId> {
  public MatterId {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("a matter id is not blank");
    }
  }

  public static MatterId of(String value) {
    return new MatterId(value);
  }

  @Override
  public int compareTo(MatterId o) {
    return value.compareTo(o.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
