package org.db3311.sgc.adapter.jpa;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * {@link JpaOutbox#inAggregateOrder}: with positions preallocated per server (V32) an aggregate's
 * later event may hold a lower position; the outbox still hands each aggregate's events out first
 * to last (the core's {@code Outbox}: "whoever publishes an aggregate's events publishes them in
 * their order"), in the places its rows take, and leaves rows already in order as they are.
 */
class OutboxAggregateOrderTest {

  private static OutboxEventEntity row(String aggregate, long sequence) {
    OutboxEventEntity e = new OutboxEventEntity();
    e.aggregateType = "Test";
    e.aggregateId = aggregate;
    e.sequence = sequence;
    return e;
  }

  private static List<OutboxEventEntity> rows(int aggregates, int perAggregate, long seed) {
    List<OutboxEventEntity> rows = new ArrayList<>();
    for (int a = 0; a < aggregates; a++) {
      for (int s = 1; s <= perAggregate; s++) {
        rows.add(row("x-" + a, s));
      }
    }
    Collections.shuffle(rows, new Random(seed));
    return rows;
  }

  @Property
  void each_aggregate_comes_first_to_last_in_the_places_its_rows_take(
      @ForAll @IntRange(min = 1, max = 4) int aggregates,
      @ForAll @IntRange(min = 1, max = 5) int perAggregate,
      @ForAll long seed) {
    List<OutboxEventEntity> byPosition = rows(aggregates, perAggregate, seed);

    List<OutboxEventEntity> ordered = JpaOutbox.inAggregateOrder(byPosition);

    assertThat(ordered).containsExactlyInAnyOrderElementsOf(byPosition);
    for (int i = 0; i < ordered.size(); i++) {
      assertThat(ordered.get(i).aggregateId).isEqualTo(byPosition.get(i).aggregateId);
    }
    for (int a = 0; a < aggregates; a++) {
      String id = "x-" + a;
      assertThat(ordered.stream().filter(r -> r.aggregateId.equals(id)).map(r -> r.sequence))
          .isSorted();
    }
  }

  @Property
  void rows_already_in_order_stay_as_they_are(
      @ForAll @IntRange(min = 1, max = 4) int aggregates,
      @ForAll @IntRange(min = 1, max = 5) int perAggregate,
      @ForAll long seed) {
    List<OutboxEventEntity> byPosition =
        JpaOutbox.inAggregateOrder(rows(aggregates, perAggregate, seed));

    assertThat(JpaOutbox.inAggregateOrder(byPosition)).containsExactlyElementsOf(byPosition);
  }
}
