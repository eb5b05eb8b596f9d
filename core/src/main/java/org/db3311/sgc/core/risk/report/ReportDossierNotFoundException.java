package org.db3311.sgc.core.risk.report;

import org.db3311.sgc.core.common.NotFoundException;

/** No report dossier has the id. */
public final class ReportDossierNotFoundException extends NotFoundException {

  private static final long serialVersionUID = 1L;

  public ReportDossierNotFoundException(String id) {
    super("ReportDossier", id, "no report " + id);
  }
}
