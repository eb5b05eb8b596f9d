package org.db3311.sgc.core.risk.report;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.db3311.sgc.core.common.Actor;
import org.db3311.sgc.core.common.DomainEvent;
import org.db3311.sgc.core.common.Version;

/** A change of a report dossier (6.4): the system's draft, a person's revision, the sign-off. */
public record ReportDossierEvent(
    ReportDossierId dossierId,
    Version version,
    ReportDossier.Action action,
    Optional<ReportDossier.State> from,
    ReportDossier.State to,
    Actor actor,
    Instant occurredAt,
    String detail)
    implements DomainEvent {

  public ReportDossierEvent {
    Objects.requireNonNull(dossierId, "dossierId");
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
    return "ReportDossier";
  }

  @Override
  public String aggregateId() {
    return dossierId.value();
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
