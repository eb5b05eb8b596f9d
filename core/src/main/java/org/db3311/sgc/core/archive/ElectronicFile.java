package org.db3311.sgc.core.archive;

import java.util.List;
import java.util.Objects;

/**
 * An assembled, not yet sealed, electronic file: the header and the records in the order they
 * happened.
 */
public record ElectronicFile(FileHeader header, List<ArchiveRecord> records) {

  public ElectronicFile {
    Objects.requireNonNull(header, "header");
    records = List.copyOf(records);
    if (records.isEmpty()) {
      throw new IllegalArgumentException("file " + header.fileId() + " has no records");
    }
  }
}
