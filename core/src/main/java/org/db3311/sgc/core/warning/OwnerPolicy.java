package org.db3311.sgc.core.warning;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.db3311.sgc.core.common.UnitId;
import org.db3311.sgc.core.facts.MatterFact;

/**
 * Who owns a warning: the unit configured for the category of the matters behind it, else the unit
 * handling the most recent of them, else the center's risk desk.
 */
public record OwnerPolicy(UnitId riskDesk, Map<String, UnitId> byCategory) {

  public OwnerPolicy {
    Objects.requireNonNull(riskDesk, "riskDesk");
    byCategory = Map.copyOf(byCategory);
  }

  public UnitId ownerOf(java.util.List<MatterFact> matters) {
    Optional<MatterFact> latest =
        matters.stream().max(java.util.Comparator.comparing(MatterFact::registeredAt));
    if (latest.isEmpty()) {
      return riskDesk;
    }
    UnitId configured = byCategory.get(latest.get().category());
    if (configured != null) {
      return configured;
    }
    return latest.get().handlingUnit().orElse(riskDesk);
  }
}
