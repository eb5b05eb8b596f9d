package org.db3311.sgc.core.archive.filing;

import java.util.Objects;
import org.db3311.sgc.core.common.Actor;

/**
 * Incoming port: a year's sealed files filed into volumes and transferred to the archives (7.3.3);
 * {@link YearlyFilingService} implements it.
 */
public interface FilingUseCases {

  FilingResult fileYear(FileYear command);

  FilingResult.Filed receiveTransfer(ReceiveTransfer command);

  /** Every filing of the year, first filing first, with its transfer list as it stands. */
  java.util.List<FilingResult.Filed> filings(int year);

  record FileYear(int year, Actor archivist) {
    public FileYear {
      Objects.requireNonNull(archivist, "archivist");
    }
  }

  /**
   * @param filing the number of the filing of that year being transferred
   */
  record ReceiveTransfer(int year, int filing, Actor receiver) {
    public ReceiveTransfer {
      if (filing < 1) {
        throw new IllegalArgumentException("filings are numbered from 1");
      }
      Objects.requireNonNull(receiver, "receiver");
    }
  }
}
