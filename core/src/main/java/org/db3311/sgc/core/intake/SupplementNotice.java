package org.db3311.sgc.core.intake;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A notice telling the applicant everything to supplement (一次性告知), issued when materials are
 * incomplete or do not meet the legal conditions.
 *
 * @param number 1 for the first notice of the matter, then 2, 3…
 * @param lastMaterialSeen the id of the last material submitted when the notice was issued (0 if
 *     none), which tells later materials from earlier ones
 */
public record SupplementNotice(
    int number, Instant issuedAt, int lastMaterialSeen, List<SupplementItem> items) {

  public SupplementNotice {
    if (number < 1) {
      throw new IllegalArgumentException("notices are numbered from 1");
    }
    Objects.requireNonNull(issuedAt, "issuedAt");
    if (lastMaterialSeen < 0) {
      throw new IllegalArgumentException("lastMaterialSeen is not negative");
    }
    items = List.copyOf(items);
    if (items.isEmpty()) {
      throw new IllegalArgumentException("a supplement notice lists at least one item");
    }
    if (items.stream().map(SupplementItem::key).distinct().count() != items.size()) {
      throw new IllegalArgumentException("a supplement notice lists each item once");
    }
  }

  public boolean lists(String itemKey) {
    return items.stream().anyMatch(i -> i.key().equals(itemKey));
  }
}
