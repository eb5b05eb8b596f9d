package org.db3311.sgc.core.intake;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.db3311.sgc.core.common.AreaCode;
import org.db3311.sgc.core.common.DivisionCode;

/**
 * An earlier matter as {@link RepeatDetectionRule} weighs it against one new registration: when it
 * was registered, its category and area, and whether one of its applicants is one of the
 * registration's. That is all the rule reads of it, so a store can answer it from columns and an
 * index of applicant keys instead of reading whole matters ({@link
 * MatterRepository#repeatCandidates}).
 *
 * @param sameApplicant whether the earlier matter and the registration share an applicant, by
 *     {@link Party#identityKey()}
 */
public record RepeatCandidate(
    RegistrationNumber number,
    Instant registeredAt,
    String categoryCode,
    DivisionCode county,
    Optional<String> township,
    Optional<AreaCode> townshipCode,
    boolean sameApplicant) {

  public RepeatCandidate {
    Objects.requireNonNull(number, "number");
    Objects.requireNonNull(registeredAt, "registeredAt");
    if (categoryCode == null || categoryCode.isBlank()) {
      throw new IllegalArgumentException("a repeat candidate needs its category");
    }
    Objects.requireNonNull(county, "county");
    Objects.requireNonNull(township, "township");
    Objects.requireNonNull(townshipCode, "townshipCode");
  }

  /** The earlier matter as a candidate for {@code registration}. */
  public static RepeatCandidate of(Matter earlier, Registration registration) {
    Set<String> keys = applicantKeys(registration);
    return of(earlier, keys);
  }

  /** Each earlier matter as a candidate for {@code registration}, in the same order. */
  public static List<RepeatCandidate> of(List<Matter> earlier, Registration registration) {
    Set<String> keys = applicantKeys(registration);
    return earlier.stream().map(m -> of(m, keys)).toList();
  }

  private static RepeatCandidate of(Matter earlier, Set<String> applicantKeys) {
    Registration r = earlier.registration();
    Place place = r.place();
    boolean same =
        r.applicants().stream()
            .map(p -> p.party().identityKey())
            .flatMap(Optional::stream)
            .anyMatch(applicantKeys::contains);
    return new RepeatCandidate(
        earlier.number(),
        earlier.registeredAt(),
        r.categoryCode(),
        place.county(),
        place.township(),
        place.townshipCode(),
        same);
  }

  private static Set<String> applicantKeys(Registration registration) {
    Set<String> keys = new HashSet<>();
    for (MatterParty p : registration.applicants()) {
      p.party().identityKey().ifPresent(keys::add);
    }
    return keys;
  }

  /** Whether the candidate arose in the same area as {@code place} ({@link Place#sameArea}). */
  public boolean sameArea(Place place) {
    return place.sameArea(county, township, townshipCode);
  }
}
