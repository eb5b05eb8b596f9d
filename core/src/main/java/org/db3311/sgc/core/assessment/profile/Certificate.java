package org.db3311.sgc.core.assessment.profile;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A certificate held by a staff member (持证上岗, 4.2.3).
 *
 * @param name what the certificate certifies, matched against a post's required certificate
 * @param number the certificate's number, where recorded
 * @param validFrom first day of validity, where recorded
 * @param validUntil last day of validity; empty for a certificate without expiry
 */
public record Certificate(
    String name,
    Optional<String> number,
    Optional<LocalDate> validFrom,
    Optional<LocalDate> validUntil) {

  public Certificate {
    Checks.text(name, "certificate name");
    Objects.requireNonNull(number, "certificate number");
    number.ifPresent(n -> Checks.text(n, "certificate number"));
    Objects.requireNonNull(validFrom, "certificate validFrom");
    validFrom.ifPresent(d -> Checks.day(d, "certificate valid from"));
    Objects.requireNonNull(validUntil, "certificate validUntil");
    validUntil.ifPresent(d -> Checks.day(d, "certificate valid until"));
    if (validFrom.isPresent()
        && validUntil.isPresent()
        && validUntil.get().isBefore(validFrom.get())) {
      throw new IllegalArgumentException(
          "certificate '"
              + name
              + "' ends ("
              + validUntil.get()
              + ") before it starts ("
              + validFrom.get()
              + ")");
    }
  }

  /** Whether the certificate is in force on the given day. */
  public boolean isValidOn(LocalDate day) {
    return validFrom.map(f -> !day.isBefore(f)).orElse(true)
        && validUntil.map(u -> !day.isAfter(u)).orElse(true);
  }
}
