package org.db3311.sgc.core.archive.filing;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.db3311.sgc.core.archive.VerificationReport;

/** The outcome of a yearly filing: filed, or refused with the reason. */
public sealed interface FilingResult {

  record Filed(List<Volume> volumes, VolumeCatalogue catalogue, TransferList transferList)
      implements FilingResult {
    public Filed {
      volumes = List.copyOf(volumes);
      Objects.requireNonNull(catalogue, "catalogue");
      Objects.requireNonNull(transferList, "transferList");
    }
  }

  /** The year is not over: its files are filed from the first day of the next year. */
  record TooEarly(int year, LocalDate earliest) implements FilingResult {}

  /** Every file of the year is in a volume already (or the year has none). */
  record NothingToFile(int year) implements FilingResult {}

  /** Some files fail verification; nothing was filed, the reports say where. */
  record Damaged(int year, List<VerificationReport> reports) implements FilingResult {
    public Damaged {
      reports = List.copyOf(reports);
    }
  }
}
