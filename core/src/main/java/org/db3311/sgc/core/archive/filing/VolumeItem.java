package org.db3311.sgc.core.archive.filing;

import java.time.LocalDate;
import java.util.Objects;
import org.db3311.sgc.core.archive.ContentHash;

/** One line of a volume's list of files (卷内文件目录). */
public record VolumeItem(
    int sequence,
    String fileId,
    String title,
    LocalDate closedOn,
    int recordCount,
    ContentHash seal) {
  public VolumeItem {
    if (sequence < 1) {
      throw new IllegalArgumentException("item sequence numbers start at 1");
    }
    if (fileId == null || fileId.isBlank() || title == null || title.isBlank()) {
      throw new IllegalArgumentException("a volume item names its file and title");
    }
    Objects.requireNonNull(closedOn, "closedOn");
    if (recordCount < 1) {
      throw new IllegalArgumentException("a filed file has records");
    }
    Objects.requireNonNull(seal, "seal");
  }
}
