package org.db3311.sgc.adapter.jpa;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.db3311.sgc.core.common.Version;
import org.db3311.sgc.core.intake.RegistrationNumber;

/** Conversions the mappers share between core value types and column types. */
final class Conversions {

  private Conversions() {}

  static OffsetDateTime toColumn(Instant instant) {
    return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
  }

  static Instant toInstant(OffsetDateTime time) {
    return time == null ? null : time.toInstant();
  }

  /**
   * A registration number as text that sorts in {@link RegistrationNumber} order: county, date, and
   * the sequence zero-padded to twelve digits (V9 fills older rows the same way). Column {@code
   * number_order}, the tie-breaker of every sort of the matter search.
   */
  static String numberOrder(RegistrationNumber number) {
    return RegistrationNumber.scope(number.county(), number.date())
        + "-"
        + "%012d".formatted(number.sequence());
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
