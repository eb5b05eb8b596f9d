package org.db3311.sgc.core.intake;

import java.util.Objects;

/**
 * The source system of a transferred matter and that system's own reference for it, the key that
 * makes a repeated transfer idempotent.
 */
public record SourceReference(Channel system, String reference) {

  public SourceReference {
    Objects.requireNonNull(system, "system");
    if (!system.isTransfer()) {
      throw new IllegalArgumentException(system + " is not a transferring system");
    }
    if (reference == null || reference.isBlank() || reference.length() > 128) {
      throw new IllegalArgumentException("a source reference is 1–128 characters");
    }
    reference = reference.strip();
  }

  @Override
  public String toString() {
    return system + ":" + reference;
  }
}
