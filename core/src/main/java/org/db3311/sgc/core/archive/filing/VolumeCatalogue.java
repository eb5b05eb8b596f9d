package org.db3311.sgc.core.archive.filing;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.db3311.sgc.core.archive.ContentHash;
import org.db3311.sgc.core.catalog.Implements;
import org.db3311.sgc.core.common.Actor;
import org.db3311.sgc.core.common.UnitId;

/** The volume catalogue (案卷目录) of one year's filing. */
@Implements("7.3.3")
public record VolumeCatalogue(
    int year, LocalDate compiledOn, Actor compiledBy, List<Entry> entries) {

  /** One line of the catalogue: a volume. */
  public record Entry(
      String volumeNumber,
      String title,
      String category,
      UnitId responsibleUnit,
      int fileCount,
      int recordCount,
      LocalDate firstClosed,
      LocalDate lastClosed,
      Retention retention,
      ContentHash volumeHash) {
    public Entry {
      Objects.requireNonNull(volumeNumber, "volumeNumber");
      Objects.requireNonNull(volumeHash, "volumeHash");
    }

    static Entry of(Volume v) {
      return new Entry(
          v.number(),
          v.title(),
          v.key().category(),
          v.responsibleUnit(),
          v.items().size(),
          v.recordCount(),
          v.firstClosed(),
          v.lastClosed(),
          v.retention(),
          v.volumeHash());
    }
  }

  public VolumeCatalogue {
    Objects.requireNonNull(compiledOn, "compiledOn");
    Objects.requireNonNull(compiledBy, "compiledBy");
    entries = List.copyOf(entries);
    if (entries.isEmpty()) {
      throw new IllegalArgumentException("a catalogue lists at least one volume");
    }
  }

  public static VolumeCatalogue of(
      int year, LocalDate compiledOn, Actor compiledBy, List<Volume> volumes) {
    return new VolumeCatalogue(
        year, compiledOn, compiledBy, volumes.stream().map(Entry::of).toList());
  }
}
