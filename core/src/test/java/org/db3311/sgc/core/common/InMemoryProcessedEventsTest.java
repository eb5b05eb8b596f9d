package org.db3311.sgc.core.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class InMemoryProcessedEventsTest extends ProcessedEventsContract {

  @Override
  protected ProcessedEvents newStore() {
    return new InMemoryProcessedEvents();
  }

  @Test
  void only_the_most_recent_ids_up_to_the_capacity_are_kept() {
    InMemoryProcessedEvents processed = new InMemoryProcessedEvents(2);
    processed.record("Test/a/1");
    processed.record("Test/a/2");
    processed.record("Test/a/3");

    assertThat(processed.contains("Test/a/1")).isFalse();
    assertThat(processed.contains("Test/a/2")).isTrue();
    assertThat(processed.contains("Test/a/3")).isTrue();
    assertThatThrownBy(() -> new InMemoryProcessedEvents(0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> processed.record(" ")).isInstanceOf(IllegalArgumentException.class);
  }
}
