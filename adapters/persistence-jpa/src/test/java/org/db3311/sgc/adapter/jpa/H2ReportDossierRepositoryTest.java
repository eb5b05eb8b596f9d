package org.db3311.sgc.adapter.jpa;

import org.db3311.sgc.core.risk.report.ReportDossierRepository;
import org.db3311.sgc.core.risk.report.ReportDossierRepositoryContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

class H2ReportDossierRepositoryTest extends ReportDossierRepositoryContract {

  private static StoreFixture fixture;

  @BeforeAll
  static void open() {
    fixture = new StoreFixture(TestStores.H2, H2ReportDossierRepositoryTest.class);
  }

  @AfterAll
  static void close() {
    fixture.close();
  }

  @Override
  protected ReportDossierRepository newRepository() {
    return new JpaReportDossierRepository(fixture.store);
  }
}
