package org.db3311.sgc.adapter.jpa;

import org.db3311.sgc.core.common.AuditTrail;
import org.db3311.sgc.core.common.AuditTrailContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

class PostgresAuditTrailTest extends AuditTrailContract {

  private static StoreFixture fixture;

  @BeforeAll
  static void open() {
    fixture = new StoreFixture(TestStores.POSTGRES, PostgresAuditTrailTest.class);
  }

  @AfterAll
  static void close() {
    fixture.close();
  }

  @Override
  protected AuditTrail newAuditTrail() {
    fixture.clear("audit_entry");
    return fixture.store.auditTrail();
  }
}
