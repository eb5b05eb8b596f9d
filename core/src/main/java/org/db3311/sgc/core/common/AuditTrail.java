package org.db3311.sgc.core.common;

import java.util.List;

/** Outgoing port: the append-only audit trail of every change. */
public interface AuditTrail {

  void append(AuditEntry entry);

  /** Every entry of one aggregate, oldest first. */
  List<AuditEntry> of(String aggregateType, String aggregateId);
}
