package org.db3311.sgc.core.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.db3311.sgc.core.catalog.Implements;
import org.db3311.sgc.core.common.InMemorySequenceGenerator;
import org.db3311.sgc.core.common.MutableClock;

@Implements("7.2.1.3")
class WindowQueueProperties {

  private final MutableClock clock = MutableClock.at("2026-11-25T09:00:00");

  @Property
  void calls_follow_the_order_of_taking(@ForAll @IntRange(min = 1, max = 30) int n) {
    WindowQueue q =
        new WindowQueue(
            IntakeFixtures.QINGTIAN,
            "B",
            new InMemorySequenceGenerator(),
            new InMemoryDisplayBoard(),
            clock);
    List<QueueTicket> taken = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      taken.add(q.take());
    }
    List<QueueTicket> called = new ArrayList<>();
    for (Optional<QueueCall> c = q.callNext("1"); c.isPresent(); c = q.callNext("1")) {
      called.add(c.get().ticket());
    }
    assertThat(called).isEqualTo(taken);
  }
}
