package org.db3311.sgc.adapter.jpa;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.db3311.sgc.core.common.Version;

/** Conversions the mappers share between core value types and column types. */
final class Conversions {

  private Conversions() {}

  static OffsetDateTime toColumn(Instant instant) {
    return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
  }

  static Instant toInstant(OffsetDateTime time) {
    return time == null ? null : time.toInstant();
  }

  static long toColumn(Version version) {
    return version.value();
  }

  static Version toVersion(long value) {
    return new Version(value);
  }

  static String toColumn(Optional<String> value) {
    return value.orElse(null);
  }

  static Optional<String> toOptional(String value) {
    return Optional.ofNullable(value);
  }
}
