package org.db3311.sgc.core.common;

/**
 * The version of an aggregate as last read from or written to its repository, for optimistic
 * locking: a save succeeds only when the stored version still equals the one the change started
 * from.
 */
public record Version(long value) implements Comparable<Version> {

  /** The version of an aggregate that has never been saved. */
  public static final Version NEW = new Version(0);

  public Version {
    if (value < 0) {
      throw new IllegalArgumentException("a version is not negative: " + value);
    }
  }

  public Version next() {
    return new Version(value + 1);
  }

  public boolean isNew() {
    return value == 0;
  }

  @Override
  public int compareTo(Version o) {
    return Long.compare(value, o.value);
  }

  @Override
  public String toString() {
    return Long.toString(value);
  }
}
