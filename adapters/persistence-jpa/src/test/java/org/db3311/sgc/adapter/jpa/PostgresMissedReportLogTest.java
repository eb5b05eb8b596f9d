package org.db3311.sgc.adapter.jpa;

import org.db3311.sgc.core.risk.MissedReportLog;
import org.db3311.sgc.core.risk.MissedReportLogContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

class PostgresMissedReportLogTest extends MissedReportLogContract {

  private static StoreFixture fixture;

  @BeforeAll
  static void open() {
    fixture = new StoreFixture(TestStores.POSTGRES, PostgresMissedReportLogTest.class);
  }

  @AfterAll
  static void close() {
    fixture.close();
  }

  @Override
  protected MissedReportLog log() {
    // the contract records the same kind and period in every test, as if each log were new
    fixture.clear("missed_report");
    return new JpaMissedReportLog(fixture.store);
  }
}
