package org.db3311.sgc.core.common;

import java.util.ArrayList;
import java.util.List;

/**
 * What every aggregate of the casework shares: the version it was read at, for optimistic locking,
 * and the domain events its changes have raised and that are not yet published.
 *
 * @param <E> the aggregate's domain event type
 */
public abstract class AggregateRoot<E extends DomainEvent> {

  private Version version;
  private final List<E> pending = new ArrayList<>();

  protected AggregateRoot(Version version) {
    this.version = java.util.Objects.requireNonNull(version, "version");
  }

  /** The version this aggregate was read at (or {@link Version#NEW}). */
  public final Version version() {
    return version;
  }

  /** The version the next raised event will carry: the stored version after the next save. */
  protected final Version nextVersion() {
    return version.next();
  }

  /** Called by a repository once the aggregate is stored at a new version. */
  public final void markStored(Version stored) {
    this.version = java.util.Objects.requireNonNull(stored, "stored");
  }

  protected final void raise(E event) {
    pending.add(event);
  }

  /** Takes the events raised since the last call, oldest first. */
  public final List<E> pullEvents() {
    List<E> out = List.copyOf(pending);
    pending.clear();
    return out;
  }

  /** Events raised and not yet pulled. */
  public final List<E> pendingEvents() {
    return List.copyOf(pending);
  }
}
