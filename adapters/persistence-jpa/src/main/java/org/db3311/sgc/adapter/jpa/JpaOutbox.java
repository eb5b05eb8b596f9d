package org.db3311.sgc.adapter.jpa;

import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.db3311.sgc.core.common.IntegrationEvent;
import org.db3311.sgc.core.common.Outbox;

/**
 * The outbox in table {@code outbox_event}, written in the caller's unit of work. A unique key on
 * (aggregate, sequence) keeps two racing writers from numbering two events alike, whatever the
 * application does.
 */
public final class JpaOutbox implements Outbox {

  private final JpaUnitOfWork unitOfWork;

  JpaOutbox(JpaUnitOfWork unitOfWork) {
    this.unitOfWork = Objects.requireNonNull(unitOfWork, "unitOfWork");
  }

  @Override
  public void append(List<IntegrationEvent> events) {
    unitOfWork.with(
        em -> {
          Map<String, Long> expected = new HashMap<>();
          for (IntegrationEvent e : events) {
            String key = e.aggregateType() + "/" + e.aggregateId();
            long next =
                expected.computeIfAbsent(key, k -> last(em, e.aggregateType(), e.aggregateId()))
                    + 1;
            if (e.sequence() != next) {
              throw new IllegalArgumentException(
                  "event "
                      + e.eventId()
                      + " is not the next of its aggregate (expected "
                      + next
                      + ")");
            }
            expected.put(key, next);
          }
          for (IntegrationEvent e : events) {
            em.persist(InfrastructureMapper.INSTANCE.toEntity(e));
          }
          em.flush();
          return null;
        });
  }

  private static long last(EntityManager em, String type, String id) {
    Long max =
        em.createQuery(
                "select max(o.sequence) from OutboxEventEntity o where o.aggregateType = :t and"
                    + " o.aggregateId = :i",
                Long.class)
            .setParameter("t", type)
            .setParameter("i", id)
            .getSingleResult();
    return max == null ? 0 : max;
  }

  @Override
  public long lastSequence(String aggregateType, String aggregateId) {
    return unitOfWork.with(em -> last(em, aggregateType, aggregateId));
  }

  @Override
  public List<IntegrationEvent> unpublished(int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("limit at least 1, not " + limit);
    }
    return unitOfWork.with(
        em ->
            em
                .createQuery(
                    "select o from OutboxEventEntity o where o.publishedAt is null order by"
                        + " o.position",
                    OutboxEventEntity.class)
                .setMaxResults(limit)
                .getResultList()
                .stream()
                .map(InfrastructureMapper.INSTANCE::toIntegrationEvent)
                .toList());
  }

  @Override
  public void markPublished(Collection<String> eventIds) {
    if (eventIds.isEmpty()) {
      return;
    }
    unitOfWork.with(
        em ->
            em.createQuery(
                    "update OutboxEventEntity o set o.publishedAt = :now where o.eventId in :ids"
                        + " and o.publishedAt is null")
                .setParameter("now", OffsetDateTime.now(ZoneOffset.UTC))
                .setParameter("ids", List.copyOf(eventIds))
                .executeUpdate());
  }
}
