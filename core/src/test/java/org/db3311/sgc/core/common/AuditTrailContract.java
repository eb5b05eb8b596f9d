package org.db3311.sgc.core.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** What every {@link AuditTrail} adapter must do; extend it once per adapter. */
public abstract class AuditTrailContract {

  protected abstract AuditTrail newAuditTrail();

  @Test
  void entries_of_one_aggregate_come_back_oldest_first() {
    AuditTrail trail = newAuditTrail();
    Instant t = Instant.parse("2026-03-02T01:00:00Z");
    AuditEntry first = AuditEntry.of(new TestEvent("x-1", "OPEN", t));
    AuditEntry second = AuditEntry.of(new TestEvent("x-1", "CLOSE", t.plusSeconds(60)));
    trail.append(first);
    trail.append(AuditEntry.of(new TestEvent("x-2", "OPEN", t)));
    trail.append(second);
    assertThat(trail.of("Test", "x-1")).containsExactly(first, second);
    assertThat(trail.of("Test", "x-3")).isEmpty();
  }

  @Test
  void an_entry_keeps_who_when_what_and_both_states() {
    AuditTrail trail = newAuditTrail();
    Instant t = Instant.parse("2026-03-02T01:00:00Z");
    trail.append(AuditEntry.of(new TestEvent("x-9", "OPEN", t)));
    AuditEntry e = trail.of("Test", "x-9").getFirst();
    assertThat(e.at()).isEqualTo(t);
    assertThat(e.actor()).isEqualTo(Actor.SYSTEM);
    assertThat(e.action()).isEqualTo("OPEN");
    assertThat(e.fromState()).isEqualTo("A");
    assertThat(e.toState()).isEqualTo("B");
  }
}
