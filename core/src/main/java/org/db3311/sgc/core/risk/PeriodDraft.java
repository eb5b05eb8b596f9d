package org.db3311.sgc.core.risk;

import java.time.Instant;
import java.util.Objects;
import org.db3311.sgc.core.catalog.Implements;
import org.db3311.sgc.core.risk.report.Report;
import org.db3311.sgc.core.risk.report.ReportDossier;

/**
 * A weekly or monthly report asked for: the period's report, drafted once the period has ended and
 * kept; or, while the period is still running, an interim report that says so and is not kept, so a
 * report drafted mid-week never stands for the whole week.
 */
@Implements({"6.4.1.2", "6.4.1.3"})
public sealed interface PeriodDraft {

  Report report();

  /** The period has ended: its dossier, drafted now or before. */
  record Final(ReportDossier dossier) implements PeriodDraft {
    public Final {
      Objects.requireNonNull(dossier, "dossier");
    }

    @Override
    public Report report() {
      return dossier.latest().content();
    }
  }

  /** The period runs until {@code periodEnds}: a report of the data so far, marked interim. */
  record Interim(Report report, Instant periodEnds) implements PeriodDraft {
    public Interim {
      Objects.requireNonNull(report, "report");
      Objects.requireNonNull(periodEnds, "periodEnds");
    }
  }
}
