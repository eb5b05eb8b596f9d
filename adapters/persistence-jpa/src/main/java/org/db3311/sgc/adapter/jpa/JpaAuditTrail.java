package org.db3311.sgc.adapter.jpa;

import java.util.List;
import java.util.Objects;
import org.db3311.sgc.core.common.AuditEntry;
import org.db3311.sgc.core.common.AuditTrail;

/**
 * The audit trail in table {@code audit_entry}, written in the caller's unit of work. An
 * aggregate's entries are read oldest first: by time, then by position. Positions come in blocks
 * per server (migration V32), so two servers' entries of one aggregate are not in position order.
 */
public final class JpaAuditTrail implements AuditTrail {

  private final JpaUnitOfWork unitOfWork;

  JpaAuditTrail(JpaUnitOfWork unitOfWork) {
    this.unitOfWork = Objects.requireNonNull(unitOfWork, "unitOfWork");
  }

  @Override
  public void append(AuditEntry entry) {
    Objects.requireNonNull(entry, "entry");
    unitOfWork.with(
        em -> {
          em.persist(InfrastructureMapper.INSTANCE.toEntity(entry));
          return null;
        });
  }

  @Override
  public List<AuditEntry> of(String aggregateType, String aggregateId) {
    return unitOfWork.with(
        em ->
            em
                .createQuery(
                    "select a from AuditEntryEntity a where a.aggregateType = :t and"
                        + " a.aggregateId = :i order by a.at, a.position",
                    AuditEntryEntity.class)
                .setParameter("t", aggregateType)
                .setParameter("i", aggregateId)
                .getResultList()
                .stream()
                .map(InfrastructureMapper.INSTANCE::toAuditEntry)
                .toList());
  }
}
