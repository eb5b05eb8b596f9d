package org.db3311.sgc.core.risk;

class InMemoryMissedReportLogTest extends MissedReportLogContract {
  @Override
  protected MissedReportLog log() {
    return new InMemoryMissedReportLog();
  }
}
