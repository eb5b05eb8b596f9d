package org.db3311.sgc.core.assessment.profile;

import java.util.Objects;
import java.util.Optional;

/**
 * A sign of the center (标识, 5.3).
 *
 * @param kind what kind of sign
 * @param text what it reads, as written on it
 * @param location where it is placed
 * @param dimensions its size, where measured
 */
public record Sign(
    SignKind kind, String text, SignLocation location, Optional<Dimensions> dimensions) {

  public Sign {
    Objects.requireNonNull(kind, "sign kind");
    Checks.text(text, "sign text");
    Objects.requireNonNull(location, "sign location");
    Objects.requireNonNull(dimensions, "sign dimensions");
  }

  public static Sign of(SignKind kind, String text, SignLocation location) {
    return new Sign(kind, text, location, Optional.empty());
  }
}
