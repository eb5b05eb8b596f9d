package org.db3311.sgc.core.intake;

import java.time.Instant;
import java.util.Objects;

/**
 * A material submitted for a matter, numbered in order of submission within the matter.
 *
 * @param id 1, 2, 3… within the matter
 */
public record Material(int id, MaterialKind kind, String description, Instant submittedAt) {

  public Material {
    if (id < 1) {
      throw new IllegalArgumentException("material ids start at 1");
    }
    Objects.requireNonNull(kind, "kind");
    if (description == null || description.isBlank()) {
      throw new IllegalArgumentException("material " + id + " needs a description");
    }
    Objects.requireNonNull(submittedAt, "submittedAt");
  }

  /** A material as handed in, before the matter numbers it. */
  public record Submitted(MaterialKind kind, String description) {
    public Submitted {
      Objects.requireNonNull(kind, "kind");
      if (description == null || description.isBlank()) {
        throw new IllegalArgumentException("a submitted material needs a description");
      }
    }
  }
}
