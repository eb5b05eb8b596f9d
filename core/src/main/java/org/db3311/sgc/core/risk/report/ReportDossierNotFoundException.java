package org.db3311.sgc.core.risk.report;

import org.db3311.sgc.core.common.NotFoundException;

/** No report dossier has the id. */
public final class ReportDossierNotFoundException extends NotFoundException {

  private static final long serialVersionUID = 1L;

  public ReportDossierNotFoundException(ReportDossierId id) {
    super("ReportDossier", id.value(), "no report " + id);
  }
}
