package org.db3311.sgc.core.intake;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Everything a matter holds, as an immutable value: what repositories store and events carry, and
 * what {@link Matter#fromSnapshot} rebuilds a matter from.
 */
public record MatterSnapshot(
    RegistrationNumber number,
    Registration registration,
    Category.Kind kind,
    Instant registeredAt,
    MatterState state,
    List<Material> materials,
    List<SupplementNotice> notices,
    Optional<Refusal> refusal,
    Optional<String> withdrawalReason,
    List<RepeatLink> links,
    Set<MatterFlag> flags,
    List<String> warnings,
    Optional<Handling> handling,
    Optional<MatterResult> result,
    Optional<Instant> closedAt,
    int reopenCount) {

  public MatterSnapshot {
    Objects.requireNonNull(number, "number");
    Objects.requireNonNull(registration, "registration");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(registeredAt, "registeredAt");
    Objects.requireNonNull(state, "state");
    materials = List.copyOf(materials);
    notices = List.copyOf(notices);
    Objects.requireNonNull(refusal, "refusal");
    Objects.requireNonNull(withdrawalReason, "withdrawalReason");
    links = List.copyOf(links);
    flags = Set.copyOf(flags);
    warnings = List.copyOf(warnings);
    Objects.requireNonNull(handling, "handling");
    Objects.requireNonNull(result, "result");
    Objects.requireNonNull(closedAt, "closedAt");
    if (state == MatterState.REFUSED && refusal.isEmpty()) {
      throw new IllegalArgumentException("a refused matter records its refusal");
    }
    if (state == MatterState.CLOSED && (result.isEmpty() || closedAt.isEmpty())) {
      throw new IllegalArgumentException("a closed matter records its result and closing time");
    }
    if (state == MatterState.IN_HANDLING && handling.isEmpty()) {
      throw new IllegalArgumentException("a matter in handling records where");
    }
  }
}
