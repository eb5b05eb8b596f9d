package org.db3311.sgc.adapter.jpa;

import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.WeakHashMap;
import org.db3311.sgc.core.common.IntegrationEvent;
import org.db3311.sgc.core.common.ItemFailure;
import org.db3311.sgc.core.common.Outbox;
import org.db3311.sgc.core.common.SweepResult;

/**
 * The outbox in table {@code outbox_event}, written in the caller's unit of work. A unique key on
 * (aggregate, sequence) keeps two racing writers from numbering two events alike, whatever the
 * application does.
 *
 * <p>The last sequence of an aggregate is read from the table once per unit of work and then kept
 * with the unit's entity manager, so a use case that raises several events of one aggregate asks
 * the database once, not once per event.
 *
 * <p>A unit that inserted an aggregate's first row (a registered matter, {@link
 * JpaUnitOfWork#insertedNew}) knows it has no events yet: its last sequence is 0 without the query.
 * The unique key still refuses a second event 1 should anything else have stored one.
 *
 * <p>Positions come from {@code outbox_position_seq} in blocks of {@link
 * SequenceAllocation#ALLOCATION} per server (migration V32), so rows appended by two servers are
 * not in position order across them, and an aggregate whose events two servers appended may hold a
 * later event at a lower position. Reads therefore hand out each aggregate's events in the order of
 * their sequences, in the places its rows take in position order ({@link #inAggregateOrder}). A
 * claim leaves out an event while an earlier one of its aggregate, unpublished, sits at a higher
 * position: such an event could never be handed out before its predecessor, and a page full of them
 * would keep the relay from ever reaching the predecessors (the unique key on aggregate and
 * sequence answers the look-up).
 *
 * <p>Claims ({@code claimed_by}, {@code claimed_until}, migration V7) let several relays share the
 * table: a claim reads the candidate rows with {@code for update skip locked}, so two relays
 * claiming at the same moment never take the same row, and leases them in the same transaction.
 */
public final class JpaOutbox implements Outbox {

  private static final String CANDIDATES =
      "select * from outbox_event o where o.published_at is null and (o.claimed_until is null or"
          + " o.claimed_until <= ? or o.claimed_by = ?) and not exists (select 1 from outbox_event e"
          + " where e.aggregate_type = o.aggregate_type and e.aggregate_id = o.aggregate_id and"
          + " e.sequence < o.sequence and e.published_at is null and e.position > o.position)"
          + " order by o.position fetch first ? rows only for update skip locked";

  private final JpaUnitOfWork unitOfWork;
  private final Map<EntityManager, Map<String, Long>> lastInUnit =
      Collections.synchronizedMap(new WeakHashMap<>());

  JpaOutbox(JpaUnitOfWork unitOfWork) {
    this.unitOfWork = Objects.requireNonNull(unitOfWork, "unitOfWork");
  }

  @Override
  public void append(List<IntegrationEvent> events) {
    unitOfWork.with(
        em -> {
          Map<String, Long> known = known(em);
          Map<String, Long> expected = new HashMap<>();
          for (IntegrationEvent e : events) {
            String key = key(e.aggregateType(), e.aggregateId());
            long next =
                expected.computeIfAbsent(
                        key, k -> last(em, known, e.aggregateType(), e.aggregateId()))
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
          known.putAll(expected);
          return null;
        });
  }

  private Map<String, Long> known(EntityManager em) {
    return lastInUnit.computeIfAbsent(em, k -> new HashMap<>());
  }

  private long last(EntityManager em, Map<String, Long> known, String type, String id) {
    Long cached = known.get(key(type, id));
    if (cached != null) {
      return cached;
    }
    if (unitOfWork.isInsertedNew(type, id)) {
      known.put(key(type, id), 0L);
      return 0;
    }
    Long max =
        em.createQuery(
                "select max(o.sequence) from OutboxEventEntity o where o.aggregateType = :t and"
                    + " o.aggregateId = :i",
                Long.class)
            .setParameter("t", type)
            .setParameter("i", id)
            .getSingleResult();
    long last = max == null ? 0 : max;
    known.put(key(type, id), last);
    return last;
  }

  @Override
  public long lastSequence(String aggregateType, String aggregateId) {
    return unitOfWork.with(em -> last(em, known(em), aggregateType, aggregateId));
  }

  @Override
  public List<IntegrationEvent> unpublished(int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("limit at least 1, not " + limit);
    }
    return inAggregateOrder(
            unitOfWork.with(
                em ->
                    em.createQuery(
                            "select o from OutboxEventEntity o where o.publishedAt is null order by"
                                + " o.position",
                            OutboxEventEntity.class)
                        .setMaxResults(limit)
                        .getResultList()))
        .stream()
        .map(InfrastructureMapper.INSTANCE::toIntegrationEvent)
        .toList();
  }

  @Override
  public SweepResult<IntegrationEvent> claim(String relay, int limit, Instant now, Duration lease) {
    Outbox.checkClaim(relay, limit, now, lease);
    return unitOfWork.with(
        em -> {
          // the candidates are read and locked inside the claim's own transaction
          JpaUnitOfWork.beginInDatabase(em);
          @SuppressWarnings("unchecked")
          List<OutboxEventEntity> rows =
              inAggregateOrder(
                  em.createNativeQuery(CANDIDATES, OutboxEventEntity.class)
                      .setParameter(1, Conversions.toColumn(now))
                      .setParameter(2, relay)
                      .setParameter(3, limit)
                      .getResultList());
          if (rows.isEmpty()) {
            return new SweepResult<>(List.of(), List.of());
          }
          Map<String, Long> earliest = earliestUnpublished(em, rows);
          Set<String> waiting = new HashSet<>();
          Map<String, Long> taken = new HashMap<>();
          List<IntegrationEvent> events = new ArrayList<>();
          List<Long> positions = new ArrayList<>();
          List<ItemFailure> failed = new ArrayList<>();
          for (OutboxEventEntity row : rows) {
            String key = key(row.aggregateType, row.aggregateId);
            long expected = taken.containsKey(key) ? taken.get(key) + 1 : earliest.get(key);
            if (waiting.contains(key) || row.sequence != expected) {
              waiting.add(key);
              continue;
            }
            try {
              events.add(InfrastructureMapper.INSTANCE.toIntegrationEvent(row));
              positions.add(row.position);
              taken.put(key, row.sequence);
            } catch (RuntimeException unreadable) {
              failed.add(ItemFailure.of(row.eventId, unreadable));
              waiting.add(key);
            }
          }
          if (!positions.isEmpty()) {
            em.createQuery(
                    "update OutboxEventEntity o set o.claimedBy = :relay, o.claimedUntil = :until"
                        + " where o.position in :positions")
                .setParameter("relay", relay)
                .setParameter("until", Conversions.toColumn(now.plus(lease)))
                .setParameter("positions", positions)
                .executeUpdate();
          }
          return new SweepResult<>(events, failed);
        });
  }

  /**
   * The rows in position order, except that each aggregate's rows are put in the order of their
   * sequences within the places they take: rows of one server keep their order, and an aggregate
   * whose later event got a lower position (another server's block) is still read first to last.
   */
  static List<OutboxEventEntity> inAggregateOrder(List<OutboxEventEntity> byPosition) {
    Map<String, List<OutboxEventEntity>> byAggregate = new HashMap<>();
    for (OutboxEventEntity row : byPosition) {
      byAggregate
          .computeIfAbsent(key(row.aggregateType, row.aggregateId), k -> new ArrayList<>())
          .add(row);
    }
    for (List<OutboxEventEntity> rows : byAggregate.values()) {
      rows.sort(Comparator.comparingLong(r -> r.sequence));
    }
    Map<String, Integer> taken = new HashMap<>();
    List<OutboxEventEntity> ordered = new ArrayList<>(byPosition.size());
    for (OutboxEventEntity row : byPosition) {
      String key = key(row.aggregateType, row.aggregateId);
      int next = taken.merge(key, 1, Integer::sum) - 1;
      ordered.add(byAggregate.get(key).get(next));
    }
    return ordered;
  }

  /** The lowest unpublished sequence of each aggregate among the rows, whoever holds it. */
  private static Map<String, Long> earliestUnpublished(
      EntityManager em, List<OutboxEventEntity> rows) {
    List<String> ids = rows.stream().map(r -> r.aggregateId).distinct().toList();
    Map<String, Long> earliest = new HashMap<>();
    for (Object[] r :
        em.createQuery(
                "select o.aggregateType, o.aggregateId, min(o.sequence) from OutboxEventEntity o"
                    + " where o.publishedAt is null and o.aggregateId in :ids group by"
                    + " o.aggregateType, o.aggregateId",
                Object[].class)
            .setParameter("ids", ids)
            .getResultList()) {
      earliest.put(key((String) r[0], (String) r[1]), ((Number) r[2]).longValue());
    }
    return earliest;
  }

  @Override
  public void release(String relay, Collection<String> eventIds) {
    if (eventIds.isEmpty()) {
      return;
    }
    unitOfWork.with(
        em ->
            em.createQuery(
                    "update OutboxEventEntity o set o.claimedBy = null, o.claimedUntil = null"
                        + " where o.eventId in :ids and o.claimedBy = :relay and o.publishedAt is"
                        + " null")
                .setParameter("ids", List.copyOf(eventIds))
                .setParameter("relay", relay)
                .executeUpdate());
  }

  @Override
  public void markPublished(Collection<String> eventIds) {
    if (eventIds.isEmpty()) {
      return;
    }
    unitOfWork.with(
        em ->
            em.createQuery(
                    "update OutboxEventEntity o set o.publishedAt = :now, o.claimedBy = null,"
                        + " o.claimedUntil = null where o.eventId in :ids and o.publishedAt is null")
                .setParameter("now", OffsetDateTime.now(ZoneOffset.UTC))
                .setParameter("ids", List.copyOf(eventIds))
                .executeUpdate());
  }

  private static String key(String type, String id) {
    return type + "/" + id;
  }
}
