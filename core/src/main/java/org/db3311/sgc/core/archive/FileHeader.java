package org.db3311.sgc.core.archive;

import java.time.LocalDate;
import java.util.Objects;
import org.db3311.sgc.core.common.UnitId;

/**
 * What identifies an electronic file (电子案卷) and decides where it is filed: the matter, its
 * category, the unit that handled it (谁承办谁负责 — whoever handles it is responsible) and the day it
 * closed, whose year is the filing year.
 *
 * @param fileId the file's archive id, usually the matter's registration number
 */
public record FileHeader(
    String fileId, String title, String category, UnitId handlingUnit, LocalDate closedOn) {

  public FileHeader {
    for (String[] f :
        new String[][] {{"fileId", fileId}, {"title", title}, {"category", category}}) {
      if (f[1] == null || f[1].isBlank()) {
        throw new IllegalArgumentException("a file header needs a " + f[0]);
      }
    }
    Objects.requireNonNull(handlingUnit, "handlingUnit");
    Objects.requireNonNull(closedOn, "closedOn");
  }

  /** The year whose filing takes this file in. */
  public int filingYear() {
    return closedOn.getYear();
  }

  void writeTo(Canonical.Writer w) {
    w.string(fileId).string(title).string(category).string(handlingUnit.value()).date(closedOn);
  }

  static FileHeader readFrom(Canonical.Reader r) {
    String id = r.string();
    String title = r.string();
    String category = r.string();
    String unit = r.string();
    LocalDate closed = r.date();
    try {
      return new FileHeader(id, title, category, UnitId.of(unit), closed);
    } catch (IllegalArgumentException e) {
      throw new MalformedArchiveException("invalid header: " + e.getMessage());
    }
  }
}
