package org.db3311.sgc.core.archive;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.db3311.sgc.core.common.Actor;
import org.db3311.sgc.core.common.DomainEvent;
import org.db3311.sgc.core.common.Version;

/**
 * A change in the archive (7.3): an electronic file sealed, a year's files filed into volumes, a
 * transfer list received by the archives.
 *
 * @param subject the file id, or for a filing {@code <year>/<n>} (the n-th filing of the year)
 */
public record ArchiveEvent(
    String subject,
    Version version,
    Action action,
    Optional<Status> from,
    Status to,
    Actor actor,
    Instant occurredAt,
    String detail)
    implements DomainEvent {

  /** What happened. */
  public enum Action {
    /** An electronic file was assembled, sealed and entered in the ledger (7.3.2). */
    SEAL,
    /** A year's sealed files were filed into volumes with catalogue and transfer list (7.3.3). */
    FILE,
    /** The archives received the volumes of a filing against its transfer list (7.3.3). */
    RECEIVE_TRANSFER
  }

  /** Where a file or a filing stands. */
  public enum Status {
    SEALED,
    FILED,
    RECEIVED
  }

  public ArchiveEvent {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(occurredAt, "occurredAt");
    Objects.requireNonNull(detail, "detail");
  }

  @Override
  public String aggregateType() {
    return action == Action.SEAL ? "ElectronicFile" : "ArchiveFiling";
  }

  @Override
  public String aggregateId() {
    return subject;
  }

  @Override
  public String actionName() {
    return action.name();
  }

  @Override
  public Optional<String> fromStateName() {
    return from.map(Enum::name);
  }

  @Override
  public String toStateName() {
    return to.name();
  }
}
