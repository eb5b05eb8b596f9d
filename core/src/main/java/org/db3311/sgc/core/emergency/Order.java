package org.db3311.sgc.core.emergency;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.db3311.sgc.core.common.UnitId;

/**
 * An order to a department (指令有关部门组织力量处置): what to do, whether on site, and what became of it —
 * arrival on site, completion.
 */
public record Order(
    String id,
    UnitId department,
    String instruction,
    boolean onSite,
    Instant issuedAt,
    Optional<Instant> arrivedAt,
    Optional<Instant> completedAt,
    String completion) {

  public Order {
    if (id == null || id.isBlank() || instruction == null || instruction.isBlank()) {
      throw new IllegalArgumentException("an order has an id and an instruction");
    }
    Objects.requireNonNull(department, "department");
    Objects.requireNonNull(issuedAt, "issuedAt");
    Objects.requireNonNull(arrivedAt, "arrivedAt");
    Objects.requireNonNull(completedAt, "completedAt");
    Objects.requireNonNull(completion, "completion");
    if (arrivedAt.isPresent() && !onSite) {
      throw new IllegalArgumentException("order " + id + " is not an on-site order");
    }
  }

  public boolean isComplete() {
    return completedAt.isPresent();
  }
}
