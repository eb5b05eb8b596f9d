package org.db3311.sgc.core.risk;

import java.util.Objects;
import org.db3311.sgc.core.common.Actor;
import org.db3311.sgc.core.risk.report.Report;
import org.db3311.sgc.core.risk.report.ReportDossierId;
import org.db3311.sgc.core.risk.report.ReportDossierSnapshot;
import org.db3311.sgc.core.risk.report.SignOffResult;

/**
 * Incoming port: a person revises a report the system drafted, and signs it off (the flow of 6.4.2,
 * figure 4).
 */
public interface ReviseReportUseCase {

  ReportDossierSnapshot revise(Revise command);

  SignOffResult signOff(SignOff command);

  record Revise(ReportDossierId dossier, Report content, Actor by) {
    public Revise {
      Objects.requireNonNull(dossier, "dossier");
      Objects.requireNonNull(content, "content");
      Objects.requireNonNull(by, "by");
    }
  }

  record SignOff(ReportDossierId dossier, Actor by) {
    public SignOff {
      Objects.requireNonNull(dossier, "dossier");
      Objects.requireNonNull(by, "by");
    }
  }
}
