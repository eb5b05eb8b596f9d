package org.db3311.sgc.core.archive.filing;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * How files are put into volumes: at most so many files per volume (a full volume is continued in
 * the next number) and the retention period per category.
 */
public record FilingPolicy(
    int maxFilesPerVolume, Retention defaultRetention, Map<String, Retention> retentionByCategory) {

  public FilingPolicy {
    if (maxFilesPerVolume < 1) {
      throw new IllegalArgumentException("a volume holds at least one file");
    }
    Objects.requireNonNull(defaultRetention, "defaultRetention");
    retentionByCategory = Map.copyOf(retentionByCategory);
  }

  /** 100 files per volume, kept 30 years unless configured otherwise. */
  public static FilingPolicy standard() {
    return new FilingPolicy(100, Retention.YEARS_30, Map.of());
  }

  public FilingPolicy withRetention(String category, Retention retention) {
    Map<String, Retention> copy = new HashMap<>(retentionByCategory);
    copy.put(category, retention);
    return new FilingPolicy(maxFilesPerVolume, defaultRetention, copy);
  }

  public Retention retentionOf(String category) {
    return retentionByCategory.getOrDefault(category, defaultRetention);
  }
}
