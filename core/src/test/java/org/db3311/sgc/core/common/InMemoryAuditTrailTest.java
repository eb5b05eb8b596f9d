package org.db3311.sgc.core.common;

class InMemoryAuditTrailTest extends AuditTrailContract {
  @Override
  protected AuditTrail newAuditTrail() {
    return new InMemoryAuditTrail();
  }
}
