package org.db3311.sgc.core.archive.filing;

import java.util.Objects;
import org.db3311.sgc.core.common.UnitId;

/**
 * What files share a volume (案卷): the same year, category and handling unit. The handling unit is
 * the volume's responsible unit, following 谁承办谁负责 (whoever handles it is responsible).
 */
public record VolumeKey(int year, String category, UnitId handlingUnit)
    implements Comparable<VolumeKey> {

  public VolumeKey {
    if (year < 1949 || year > 9999) {
      throw new IllegalArgumentException("a filing year, not " + year);
    }
    if (category == null || category.isBlank()) {
      throw new IllegalArgumentException("a volume key names a category");
    }
    Objects.requireNonNull(handlingUnit, "handlingUnit");
  }

  @Override
  public int compareTo(VolumeKey o) {
    int c = Integer.compare(year, o.year);
    if (c == 0) {
      c = category.compareTo(o.category);
    }
    return c != 0 ? c : handlingUnit.value().compareTo(o.handlingUnit.value());
  }
}
