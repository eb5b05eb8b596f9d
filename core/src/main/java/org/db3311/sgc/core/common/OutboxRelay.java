package org.db3311.sgc.core.common;

/**
 * Relays the {@link Outbox}'s events to where they are consumed: in the same process ({@link
 * InProcessOutboxRelay}) or to a message broker (an adapter). Every relay claims a batch under its
 * name, delivers it in append order (so in order within each aggregate), marks an event published
 * only once it is delivered, and leaves an event it could not deliver, with the later events of its
 * aggregate, for a later pass; consumers take each event once in effect by its id. {@code
 * OutboxRelayContract} in the core's test jar checks every relay for this.
 */
public interface OutboxRelay {

  /**
   * One pass: claims at most {@code limit} events and delivers them.
   *
   * @return the events delivered and marked published in this pass, and every failure met
   */
  SweepResult<IntegrationEvent> relay(int limit);

  /**
   * Passes of {@code batch} events until a pass delivers nothing more.
   *
   * @return every event delivered and every failure met
   */
  SweepResult<IntegrationEvent> drain(int batch);
}
