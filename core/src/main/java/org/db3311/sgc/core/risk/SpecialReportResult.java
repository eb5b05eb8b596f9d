package org.db3311.sgc.core.risk;

import java.util.Objects;
import org.db3311.sgc.core.risk.report.ReportDossier;

/** Drafting a special report: drafted, or refused because the risk has its report already. */
public sealed interface SpecialReportResult {

  ReportDossier dossier();

  record Drafted(ReportDossier dossier) implements SpecialReportResult {
    public Drafted {
      Objects.requireNonNull(dossier, "dossier");
    }
  }

  /** 一事一专报: the risk's one special report exists; revise it rather than start another. */
  record AlreadyReported(ReportDossier dossier) implements SpecialReportResult {
    public AlreadyReported {
      Objects.requireNonNull(dossier, "dossier");
    }
  }
}
