package org.db3311.sgc.core.archive.filing;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.db3311.sgc.core.archive.Canonical;
import org.db3311.sgc.core.archive.ContentHash;
import org.db3311.sgc.core.catalog.Implements;
import org.db3311.sgc.core.common.UnitId;

/**
 * A volume (案卷) of one year's files of one category and handling unit. Its hash chains the seals of
 * its files in order, so the catalogue and the transfer list pin each file's content; a volume
 * whose hash does not match its items cannot be constructed.
 *
 * @param number e.g. {@code 2025-劳动争议-county.hrss-001}
 */
@Implements("7.3.3")
public record Volume(
    String number,
    VolumeKey key,
    String title,
    Retention retention,
    List<VolumeItem> items,
    ContentHash volumeHash) {

  public Volume {
    if (number == null || number.isBlank() || title == null || title.isBlank()) {
      throw new IllegalArgumentException("a volume has a number and a title");
    }
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(retention, "retention");
    items = List.copyOf(items);
    if (items.isEmpty()) {
      throw new IllegalArgumentException("volume " + number + " is empty");
    }
    for (int i = 0; i < items.size(); i++) {
      if (items.get(i).sequence() != i + 1) {
        throw new IllegalArgumentException("volume " + number + ": items are numbered 1, 2, …");
      }
    }
    if (!hashOf(number, key, items).equals(volumeHash)) {
      throw new IllegalArgumentException("volume " + number + ": hash does not match its items");
    }
  }

  /** Builds a volume, computing its hash. */
  public static Volume of(
      String number, VolumeKey key, String title, Retention retention, List<VolumeItem> items) {
    return new Volume(number, key, title, retention, items, hashOf(number, key, items));
  }

  /**
   * h0 = SHA-256(C("sgc-volume-v1", number, year, category, unit)); h_i = SHA-256(C("item",
   * h_(i-1), i, fileId, seal_i)); the volume hash is h_n.
   */
  static ContentHash hashOf(String number, VolumeKey key, List<VolumeItem> items) {
    ContentHash h =
        ContentHash.sha256(
            new Canonical.Writer()
                .tag("sgc-volume-v1")
                .string(number)
                .integer(key.year())
                .string(key.category())
                .string(key.handlingUnit().value())
                .toBytes());
    for (VolumeItem item : items) {
      h =
          ContentHash.sha256(
              new Canonical.Writer()
                  .tag("item")
                  .raw(h.bytes())
                  .integer(item.sequence())
                  .string(item.fileId())
                  .raw(item.seal().bytes())
                  .toBytes());
    }
    return h;
  }

  /** The unit responsible for the volume: the one that handled its matters. */
  public UnitId responsibleUnit() {
    return key.handlingUnit();
  }

  public int recordCount() {
    return items.stream().mapToInt(VolumeItem::recordCount).sum();
  }

  public LocalDate firstClosed() {
    return items.stream().map(VolumeItem::closedOn).min(LocalDate::compareTo).orElseThrow();
  }

  public LocalDate lastClosed() {
    return items.stream().map(VolumeItem::closedOn).max(LocalDate::compareTo).orElseThrow();
  }
}
