package org.db3311.sgc.core.casefacts;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.db3311.sgc.core.common.DomainEvent;
import org.db3311.sgc.core.eventhandling.GovernanceEventChanged;
import org.db3311.sgc.core.eventhandling.GovernanceEventSnapshot;
import org.db3311.sgc.core.followup.FollowUpEvent;
import org.db3311.sgc.core.followup.FollowUpSnapshot;
import org.db3311.sgc.core.intake.MatterAction;
import org.db3311.sgc.core.intake.MatterEvent;
import org.db3311.sgc.core.intake.MatterSnapshot;
import org.db3311.sgc.core.intake.RegistrationNumber;
import org.db3311.sgc.core.mediation.MediationEvent;
import org.db3311.sgc.core.mediation.MediationSnapshot;
import org.db3311.sgc.core.supervision.SupervisionEvent;
import org.db3311.sgc.core.supervision.SupervisionSnapshot;

/**
 * What the projection knows of one matter: the latest snapshot of each casework aggregate about it
 * (the matter, its supervision file, its mediation attempts, its governance event, its follow-up
 * rounds), the instants only events tell (acceptance, refusal or withdrawal) and the files sealed.
 * A fact is a function of the trace alone, and applying an event keeps the newest version of each
 * aggregate, so the trace — and the fact — do not depend on how often events arrive or how the
 * aggregates' streams interleave.
 *
 * @param endedAt when the matter was refused or withdrawn
 * @param mediations by attempt number
 * @param followUps by round
 * @param sealedFiles ids of the electronic files sealed for this matter
 */
public record MatterTrace(
    RegistrationNumber matter,
    Optional<Tracked<MatterSnapshot>> intake,
    Optional<Instant> acceptedAt,
    Optional<Instant> endedAt,
    Optional<Tracked<SupervisionSnapshot>> supervision,
    Map<Integer, Tracked<MediationSnapshot>> mediations,
    Optional<Tracked<GovernanceEventSnapshot>> event,
    Map<Integer, Tracked<FollowUpSnapshot>> followUps,
    Set<String> sealedFiles) {

  public MatterTrace {
    Objects.requireNonNull(matter, "matter");
    Objects.requireNonNull(intake, "intake");
    Objects.requireNonNull(acceptedAt, "acceptedAt");
    Objects.requireNonNull(endedAt, "endedAt");
    Objects.requireNonNull(supervision, "supervision");
    mediations = java.util.Collections.unmodifiableMap(new TreeMap<>(mediations));
    Objects.requireNonNull(event, "event");
    followUps = java.util.Collections.unmodifiableMap(new TreeMap<>(followUps));
    sealedFiles = java.util.Collections.unmodifiableSet(new TreeSet<>(sealedFiles));
  }

  /** A trace that has seen nothing yet. */
  public static MatterTrace empty(RegistrationNumber matter) {
    return new MatterTrace(
        matter,
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Map.of(),
        Optional.empty(),
        Map.of(),
        Set.of());
  }

  /**
   * The trace after one casework event about this matter; empty when the event changes nothing
   * (delivered before, or older than what is known).
   */
  public Optional<MatterTrace> apply(DomainEvent e) {
    return switch (e) {
      case MatterEvent m -> applyMatter(m);
      case SupervisionEvent s ->
          Tracked.next(supervision, s, s.file())
              .map(t -> with(intake, acceptedAt, endedAt, Optional.of(t), mediations, event));
      case MediationEvent m -> {
        int attempt = m.id().attempt();
        yield Tracked.next(Optional.ofNullable(mediations.get(attempt)), m, m.mediation())
            .map(
                t -> {
                  Map<Integer, Tracked<MediationSnapshot>> next = new TreeMap<>(mediations);
                  next.put(attempt, t);
                  return with(intake, acceptedAt, endedAt, supervision, next, event);
                });
      }
      case GovernanceEventChanged g ->
          Tracked.next(event, g, g.event())
              .map(t -> with(intake, acceptedAt, endedAt, supervision, mediations, Optional.of(t)));
      case FollowUpEvent f -> {
        int round = f.id().round();
        yield Tracked.next(Optional.ofNullable(followUps.get(round)), f, f.followUp())
            .map(
                t -> {
                  Map<Integer, Tracked<FollowUpSnapshot>> next = new TreeMap<>(followUps);
                  next.put(round, t);
                  return new MatterTrace(
                      matter,
                      intake,
                      acceptedAt,
                      endedAt,
                      supervision,
                      mediations,
                      event,
                      next,
                      sealedFiles);
                });
      }
      default -> Optional.empty();
    };
  }

  private Optional<MatterTrace> applyMatter(MatterEvent m) {
    Optional<Tracked<MatterSnapshot>> slot = Tracked.next(intake, m, m.matter());
    Optional<Instant> accepted = acceptedAt;
    Optional<Instant> ended = endedAt;
    if (m.action() == MatterAction.ACCEPT && acceptedAt.isEmpty()) {
      accepted = Optional.of(m.occurredAt());
    }
    if ((m.action() == MatterAction.REFUSE || m.action() == MatterAction.WITHDRAW)
        && endedAt.isEmpty()) {
      ended = Optional.of(m.occurredAt());
    }
    if (slot.isEmpty() && accepted.equals(acceptedAt) && ended.equals(endedAt)) {
      return Optional.empty();
    }
    return Optional.of(
        with(slot.isPresent() ? slot : intake, accepted, ended, supervision, mediations, event));
  }

  private MatterTrace with(
      Optional<Tracked<MatterSnapshot>> intake,
      Optional<Instant> acceptedAt,
      Optional<Instant> endedAt,
      Optional<Tracked<SupervisionSnapshot>> supervision,
      Map<Integer, Tracked<MediationSnapshot>> mediations,
      Optional<Tracked<GovernanceEventSnapshot>> event) {
    return new MatterTrace(
        matter,
        intake,
        acceptedAt,
        endedAt,
        supervision,
        mediations,
        event,
        followUps,
        sealedFiles);
  }

  /** This trace with one more sealed file. */
  public MatterTrace sealed(String fileId) {
    Set<String> s = new TreeSet<>(sealedFiles);
    s.add(fileId);
    return new MatterTrace(
        matter, intake, acceptedAt, endedAt, supervision, mediations, event, followUps, s);
  }

  /** The matter as last known; empty until its registration was seen. */
  public Optional<MatterSnapshot> matterSnapshot() {
    return intake.map(Tracked::snapshot);
  }
}
