package org.db3311.sgc.core.warning;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.db3311.sgc.core.catalog.Implements;
import org.db3311.sgc.core.common.Actor;
import org.db3311.sgc.core.common.AuditTrail;
import org.db3311.sgc.core.common.ChangeRecorder;
import org.db3311.sgc.core.common.DomainEventPublisher;
import org.db3311.sgc.core.common.ItemFailure;
import org.db3311.sgc.core.common.SequenceGenerator;
import org.db3311.sgc.core.common.SweepResult;
import org.db3311.sgc.core.common.UnitId;
import org.db3311.sgc.core.facts.CaseFactSource;
import org.db3311.sgc.core.facts.MatterFact;
import org.db3311.sgc.core.facts.MatterId;

/**
 * Use cases of risk identification and early warning (6.5): scan the facts with the model, raise or
 * update one warning per subject, publish (automatically from a configured level, otherwise by the
 * duty officer: 不定时发布 — whenever needed), acknowledge by the owner, close or dismiss. Every change
 * is audited (who, when, what, from which state to which) and published as a {@link WarningEvent}.
 */
@Implements({"6.5.1", "6.5.2"})
public final class WarningService implements WarningUseCases {

  private final CaseFactSource facts;
  private final WarningModel model;
  private final WarningRepository warnings;
  private final WarningPublisher publisher;
  private final OwnerPolicy owners;
  private final WarningLevel autoPublishFrom;
  private final Clock clock;
  private final SequenceGenerator ids;
  private final ChangeRecorder recorder;

  /**
   * @param autoPublishFrom warnings at or above this level are published by the system as soon as
   *     they are raised or upgraded
   */
  public WarningService(
      CaseFactSource facts,
      WarningModel model,
      WarningRepository warnings,
      SequenceGenerator ids,
      WarningPublisher publisher,
      OwnerPolicy owners,
      WarningLevel autoPublishFrom,
      DomainEventPublisher events,
      AuditTrail audit,
      Clock clock) {
    this.facts = Objects.requireNonNull(facts, "facts");
    this.model = Objects.requireNonNull(model, "model");
    this.warnings = Objects.requireNonNull(warnings, "warnings");
    this.ids = Objects.requireNonNull(ids, "ids");
    this.publisher = Objects.requireNonNull(publisher, "publisher");
    this.owners = Objects.requireNonNull(owners, "owners");
    this.autoPublishFrom = Objects.requireNonNull(autoPublishFrom, "autoPublishFrom");
    this.recorder = new ChangeRecorder(events, audit);
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * Runs the model now; returns the warnings raised or changed. A subject that fails is left out
   * here: use {@link #sweep()} to see it.
   */
  public List<Warning> scan() {
    return sweep().items();
  }

  /**
   * Runs the model now: the warnings raised or changed, and each subject that could not be raised
   * or updated (its store, owner or notice failed). One failing subject never stops the others.
   */
  public SweepResult<Warning> sweep() {
    Instant now = clock.instant();
    List<MatterFact> known = facts.all().filter(f -> !f.registeredAt().isAfter(now)).toList();
    Map<MatterId, MatterFact> byId = new HashMap<>();
    known.forEach(f -> byId.put(f.id(), f));
    List<Warning> changed = new ArrayList<>();
    List<ItemFailure> failed = new ArrayList<>();
    for (RiskAssessment a : model.assess(new AnalysisWindow(now, clock.getZone(), known))) {
      try {
        raiseOrUpdate(a, byId, now).ifPresent(changed::add);
      } catch (RuntimeException e) {
        failed.add(ItemFailure.of(a.subject().toString(), e));
      }
    }
    return new SweepResult<>(changed, failed);
  }

  /** The warning raised or changed about the assessment's subject, if anything changed. */
  private Optional<Warning> raiseOrUpdate(
      RiskAssessment a, Map<MatterId, MatterFact> byId, Instant now) {
    Warning w = warnings.openAbout(a.subject()).orElse(null);
    boolean publish;
    if (w == null) {
      List<MatterFact> behind = a.matters().stream().map(byId::get).toList();
      w = new Warning(nextId(), a, owners.ownerOf(behind), now);
      publish = !autoPublishFrom.isHigherThan(a.level());
    } else {
      if (w.matters().containsAll(a.matters()) && w.reasons().containsAll(a.reasons())) {
        return Optional.empty();
      }
      boolean upgraded = w.update(a, now);
      if (upgraded && w.state() == Warning.State.PUBLISHED) {
        // the owner learns of a higher level at once, and acknowledges it again
        notifyPublished(w, now);
      }
      publish =
          upgraded && w.state() == Warning.State.RAISED && !autoPublishFrom.isHigherThan(w.level());
    }
    if (publish) {
      w.publish(Actor.SYSTEM, now);
      notifyPublished(w, now);
    }
    store(w);
    return Optional.of(w);
  }

  public Warning publish(WarningId id, Actor by) {
    Warning w = get(id);
    Instant now = clock.instant();
    w.publish(by, now);
    store(w);
    notifyPublished(w, now);
    return w;
  }

  public Warning acknowledge(WarningId id, UnitId unit, Actor by) {
    Warning w = get(id);
    w.acknowledge(unit, by, clock.instant());
    store(w);
    return w;
  }

  public Warning close(WarningId id, Actor by, String outcome) {
    Warning w = get(id);
    w.close(by, clock.instant(), outcome);
    store(w);
    return w;
  }

  public Warning dismiss(WarningId id, Actor by, String why) {
    Warning w = get(id);
    w.dismiss(by, clock.instant(), why);
    store(w);
    return w;
  }

  /** The open warnings; one that cannot be read is left out here: use {@link #openView()}. */
  public List<Warning> open() {
    return openView().items();
  }

  /**
   * The open warnings, and each warning that could not be read: one bad warning never hides the
   * others.
   */
  public SweepResult<Warning> openView() {
    List<Warning> out = new ArrayList<>();
    List<ItemFailure> failed = new ArrayList<>();
    for (WarningId id : warnings.ids()) {
      try {
        Warning w = get(id);
        if (w.isOpen()) {
          out.add(w);
        }
      } catch (RuntimeException e) {
        failed.add(ItemFailure.of(id.value(), e));
      }
    }
    return new SweepResult<>(out, failed);
  }

  private void notifyPublished(Warning w, Instant at) {
    publisher.publish(
        new WarningNotice(
            w.id(),
            w.level(),
            w.subject(),
            w.reasons().stream().map(Reason::explanation).toList(),
            w.matters(),
            w.owner(),
            at));
  }

  private void store(Warning w) {
    warnings.save(w);
    recorder.record(w);
  }

  private WarningId nextId() {
    return WarningId.of(
        "YJ-"
            + LocalDate.now(clock).getYear()
            + "-"
            + String.format("%05d", ids.next("YJ" + LocalDate.now(clock).getYear())));
  }

  private Warning get(WarningId id) {
    return warnings.find(id).orElseThrow(() -> new WarningNotFoundException(id));
  }

  @Override
  public WarningSnapshot publish(Publish command) {
    return publish(command.id(), command.by()).snapshot();
  }

  @Override
  public WarningSnapshot acknowledge(Acknowledge command) {
    return acknowledge(command.id(), command.unit(), command.by()).snapshot();
  }

  @Override
  public WarningSnapshot close(Close command) {
    return close(command.id(), command.by(), command.outcome()).snapshot();
  }

  @Override
  public WarningSnapshot dismiss(Dismiss command) {
    return dismiss(command.id(), command.by(), command.why()).snapshot();
  }

  @Override
  public SweepResult<WarningSnapshot> scanNow() {
    SweepResult<Warning> r = sweep();
    return new SweepResult<>(r.items().stream().map(Warning::snapshot).toList(), r.failed());
  }

  @Override
  public SweepResult<WarningSnapshot> openWarnings() {
    SweepResult<Warning> r = openView();
    return new SweepResult<>(r.items().stream().map(Warning::snapshot).toList(), r.failed());
  }

  @Override
  public WarningSnapshot warning(WarningId id) {
    return get(id).snapshot();
  }
}
