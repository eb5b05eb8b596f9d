package org.db3311.sgc.core.risk.report;

class InMemoryReportDossierRepositoryTest extends ReportDossierRepositoryContract {
  @Override
  protected ReportDossierRepository newRepository() {
    return new InMemoryReportDossierRepository();
  }
}
