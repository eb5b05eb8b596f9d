package org.db3311.sgc.core.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What every {@link ProcessedEvents} adapter must do; extend it once per adapter. */
public abstract class ProcessedEventsContract {

  /** A new, empty store. */
  protected abstract ProcessedEvents newStore();

  @Test
  void an_event_is_unknown_until_recorded_and_recording_it_again_is_harmless() {
    ProcessedEvents processed = newStore();
    assertThat(processed.contains("Matter/331121-20261231-0001/1")).isFalse();

    processed.record("Matter/331121-20261231-0001/1");
    processed.record("Matter/331121-20261231-0001/1");

    assertThat(processed.contains("Matter/331121-20261231-0001/1")).isTrue();
    assertThat(processed.contains("Matter/331121-20270101-0001/1")).isFalse();
  }
}
