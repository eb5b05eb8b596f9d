package org.db3311.sgc.core.casefacts;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.db3311.sgc.core.archive.ArchivingResult;
import org.db3311.sgc.core.archive.ArchivingService;
import org.db3311.sgc.core.catalog.Implements;
import org.db3311.sgc.core.common.AuditEntry;
import org.db3311.sgc.core.common.AuditTrail;
import org.db3311.sgc.core.common.DomainEvent;
import org.db3311.sgc.core.eventhandling.GovernanceEventChanged;
import org.db3311.sgc.core.facts.CaseFactStore;
import org.db3311.sgc.core.facts.MatterFact;
import org.db3311.sgc.core.followup.FollowUpEvent;
import org.db3311.sgc.core.intake.MatterEvent;
import org.db3311.sgc.core.intake.RegistrationNumber;
import org.db3311.sgc.core.mediation.MediationEvent;
import org.db3311.sgc.core.supervision.SupervisionEvent;

/**
 * The projection from casework to the analysis read model: subscribe {@link #on} to the domain
 * events and every change of a matter, its supervision file, mediation attempts, governance event
 * or follow-up updates the matter's {@link MatterFact} — keyed by registration number, the
 * applicants by pseudonymous {@link org.db3311.sgc.core.facts.PersonKey} only — so risk analysis,
 * early warning (online and offline matters alike, 6.5.1) and the unified assessment (8.2.5) read
 * casework without touching it. When a matter is closed and its parties told, or an event archived
 * after its review, the matter's electronic file is assembled and sealed through the {@link
 * ArchivingService} with its records and audit trail (7.3.2).
 *
 * <p>Applying an event twice changes nothing, and the facts do not depend on how the streams of
 * different aggregates interleave; {@link #replay} rebuilds everything from an event log. Casework
 * depends on nothing here, and analysis only on the facts (checked by CaseFactsArchitectureTest).
 */
@Implements({"6.5.1", "7.3.2", "8.2.5"})
public final class CaseFactProjection {

  private final CaseFactStore facts;
  private final MatterTraceRepository traces;
  private final ArchivingService archiving;
  private final AuditTrail audit;
  private final ProjectionSettings settings;
  private final Map<String, ArchivingResult.Refused> refusals = new LinkedHashMap<>();
  private final Map<RegistrationNumber, Failure> failures = new LinkedHashMap<>();

  /**
   * The events of one matter are applied one at a time, in the order they come (a matter's trace is
   * read, changed and written back); those of different matters at once. One lock for all made
   * every unit of work of a county wait, with its transaction open, for every other one's
   * projection.
   */
  private final Object[] stripes = new Object[64];

  {
    for (int i = 0; i < stripes.length; i++) {
      stripes[i] = new Object();
    }
  }

  public CaseFactProjection(
      CaseFactStore facts,
      MatterTraceRepository traces,
      ArchivingService archiving,
      AuditTrail audit,
      ProjectionSettings settings) {
    this.facts = Objects.requireNonNull(facts, "facts");
    this.traces = Objects.requireNonNull(traces, "traces");
    this.archiving = Objects.requireNonNull(archiving, "archiving");
    this.audit = Objects.requireNonNull(audit, "audit");
    this.settings = Objects.requireNonNull(settings, "settings");
  }

  /**
   * Takes one domain event; events about anything but a matter are ignored. A matter whose fact or
   * file cannot be made from its trace does not stop the projection: the failure is kept (see
   * {@link #failures()}), the trace is kept, and the matter's next event tries again.
   */
  public void on(DomainEvent event) {
    Optional<RegistrationNumber> matter = matterOf(event);
    if (matter.isEmpty()) {
      return;
    }
    synchronized (stripes[Math.floorMod(matter.get().hashCode(), stripes.length)]) {
      apply(event, matter.get());
    }
  }

  private void apply(DomainEvent event, RegistrationNumber matter) {
    try {
      MatterTrace before = traces.find(matter).orElseGet(() -> MatterTrace.empty(matter));
      Optional<MatterTrace> applied = before.apply(event);
      if (applied.isEmpty()) {
        return;
      }
      MatterTrace trace = applied.get();
      traces.save(trace);
      Optional<MatterFact> fact = FactMapper.factOf(trace, settings);
      if (fact.isPresent() && !facts.find(fact.get().id()).equals(fact)) {
        facts.upsert(fact.get());
      }
      seal(trace);
      synchronized (failures) {
        failures.remove(matter);
      }
    } catch (RuntimeException e) {
      Failure failure =
          new Failure(
              matter,
              event.aggregateType() + " " + event.actionName() + " v" + event.version(),
              e.getClass().getSimpleName() + ": " + e.getMessage());
      synchronized (failures) {
        failures.put(matter, failure);
      }
    }
  }

  /** Applies an event log in order, e.g. to rebuild the facts after a restart. */
  public void replay(Iterable<? extends DomainEvent> log) {
    log.forEach(this::on);
  }

  /** A matter the projection could not bring up to date, with the event and the reason. */
  public record Failure(RegistrationNumber matter, String event, String reason) {}

  /** The matters whose latest event could not be projected, oldest failure first. */
  public List<Failure> failures() {
    synchronized (failures) {
      return List.copyOf(failures.values());
    }
  }

  /**
   * Files whose sealing was refused as incomplete, by file id; retried on the matter's next event.
   */
  public Map<String, ArchivingResult.Refused> archiveRefusals() {
    synchronized (refusals) {
      return Map.copyOf(refusals);
    }
  }

  /** What the projection holds about a matter, for queries and tests. */
  public Optional<MatterTrace> trace(RegistrationNumber matter) {
    return traces.find(matter);
  }

  private void seal(MatterTrace trace) {
    Optional<String> due = CaseFileRecords.fileDue(trace);
    if (due.isEmpty()) {
      return;
    }
    String fileId = due.get();
    List<AuditEntry> entries = CaseFileRecords.auditOf(trace, audit);
    ArchivingResult result =
        archiving.archive(
            CaseFileRecords.header(trace, fileId, settings),
            CaseFileRecords.records(trace, entries),
            settings.archivist());
    switch (result) {
      case ArchivingResult.Refused r -> {
        synchronized (refusals) {
          refusals.put(fileId, r);
        }
      }
      case ArchivingResult.Archived a -> sealed(trace, fileId);
      case ArchivingResult.AlreadyArchived a -> sealed(trace, fileId);
    }
  }

  private void sealed(MatterTrace trace, String fileId) {
    synchronized (refusals) {
      refusals.remove(fileId);
    }
    MatterTrace current = traces.find(trace.matter()).orElse(trace);
    traces.save(current.sealed(fileId));
  }

  private static Optional<RegistrationNumber> matterOf(DomainEvent event) {
    return switch (event) {
      case MatterEvent m -> Optional.of(m.number());
      case MediationEvent m -> Optional.of(m.id().matter());
      case GovernanceEventChanged g -> Optional.of(g.matter());
      case FollowUpEvent f -> Optional.of(f.id().matter());
      case SupervisionEvent s -> parse(s.subject());
      default -> Optional.empty();
    };
  }

  /** Supervision also follows subjects that are not matters; those are not facts. */
  private static Optional<RegistrationNumber> parse(String subject) {
    try {
      return Optional.of(RegistrationNumber.parse(subject));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
