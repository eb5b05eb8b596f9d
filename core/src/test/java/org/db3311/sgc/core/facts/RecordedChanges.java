package org.db3311.sgc.core.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.db3311.sgc.core.common.AuditEntry;
import org.db3311.sgc.core.common.DomainEvent;
import org.db3311.sgc.core.common.InMemoryAuditTrail;
import org.db3311.sgc.core.common.InMemoryDomainEventPublisher;

/** What the analysis services recorded: each change audited and published, in the same order. */
public final class RecordedChanges {

  private RecordedChanges() {}

  /**
   * Checks that the audit trail holds exactly one entry per published event, in order, and returns
   * the published events of the type.
   */
  public static <E extends DomainEvent> List<E> of(
      InMemoryDomainEventPublisher events, InMemoryAuditTrail audit, Class<E> type) {
    assertThat(audit.all())
        .containsExactlyElementsOf(events.published().stream().map(AuditEntry::of).toList());
    return events.published(type);
  }

  /** Each event as {@code ACTION FROM→TO} ("-" for a creation), for comparing histories. */
  public static List<String> transitions(List<? extends DomainEvent> events) {
    return events.stream()
        .map(e -> e.actionName() + " " + e.fromStateName().orElse("-") + "→" + e.toStateName())
        .toList();
  }
}
