package org.db3311.sgc.core.guidance;

import java.util.Objects;

/** A township or street (乡镇（街道）) or a village or community (村（社）) that receives guidance. */
public record GrassrootsUnit(String code, String name, Level level) {

  public enum Level {
    TOWNSHIP,
    VILLAGE
  }

  public GrassrootsUnit {
    if (code == null || code.isBlank() || name == null || name.isBlank()) {
      throw new IllegalArgumentException("a grassroots unit has a code and a name");
    }
    Objects.requireNonNull(level, "level");
  }
}
