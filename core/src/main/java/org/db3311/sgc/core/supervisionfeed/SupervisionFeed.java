package org.db3311.sgc.core.supervisionfeed;

import java.util.Objects;
import org.db3311.sgc.core.catalog.Implements;
import org.db3311.sgc.core.common.DomainEvent;
import org.db3311.sgc.core.common.InMemoryDomainEventPublisher;
import org.db3311.sgc.core.common.UnitId;
import org.db3311.sgc.core.eventhandling.GovernanceEventChanged;
import org.db3311.sgc.core.intake.MatterEvent;
import org.db3311.sgc.core.intake.MatterSnapshot;
import org.db3311.sgc.core.intake.MatterState;
import org.db3311.sgc.core.mediation.MediationEvent;
import org.db3311.sgc.core.supervision.FollowMatterUseCase;
import org.db3311.sgc.core.supervision.FollowMatterUseCase.Change;
import org.db3311.sgc.core.supervision.SupervisionAction;

/**
 * Puts every accepted matter under supervision from acceptance to closure by following the
 * casework's domain events (6.2.1.3: 中心应对受理的矛盾纠纷进行督查督办; 8.2.4: 对已办、待办、完成的所有事件情况进行实时监管): the
 * supplement notice (the applicant's clock), acceptance, an event received for triage, a mediation
 * opened, found suitable or unsuitable, consent refused, and a closure while the matter is still at
 * the center. Routing and triage hand the file to a unit as before.
 *
 * <p>It lives apart from {@code core.supervision} so that supervision keeps knowing its subjects
 * only by reference. Each event is passed on with its aggregate and version, so a redelivered event
 * changes nothing.
 */
@Implements({"6.2.1.3", "8.2.4"})
public final class SupervisionFeed {

  private final FollowMatterUseCase supervision;
  private final UnitId center;

  /**
   * @param center the center's unit that holds an accepted matter until a unit is assigned (e.g.
   *     the triaging unit of event handling)
   */
  public SupervisionFeed(FollowMatterUseCase supervision, UnitId center) {
    this.supervision = Objects.requireNonNull(supervision, "supervision");
    this.center = Objects.requireNonNull(center, "center");
  }

  /** Follows the matter, mediation and governance-event changes published from now on. */
  public void subscribeTo(InMemoryDomainEventPublisher events) {
    events.subscribe(MatterEvent.class, this::onMatterEvent);
    events.subscribe(MediationEvent.class, this::onMediationEvent);
    events.subscribe(GovernanceEventChanged.class, this::onGovernanceEvent);
  }

  public void onMatterEvent(MatterEvent e) {
    MatterSnapshot m = e.matter();
    String title = m.registration().description();
    String category = m.registration().categoryCode();
    Change change =
        switch (e.action()) {
          case REQUEST_SUPPLEMENT -> new Change.SupplementRequested(title, category, center);
          case SUBMIT_MATERIALS ->
              e.from().filter(s -> s == MatterState.AWAITING_SUPPLEMENT).isPresent()
                  ? new Change.MaterialsSupplied()
                  : null;
          case ACCEPT -> new Change.Accepted(title, category, m.registeredAt(), center);
          case REFUSE, WITHDRAW -> new Change.NotAccepted(e.detail());
          case CLOSE -> new Change.Closed(m.result().map(r -> r.summary()).orElse(e.detail()));
          default -> null;
        };
    follow(m.number().toString(), e, change);
  }

  public void onMediationEvent(MediationEvent e) {
    SupervisionAction stage =
        switch (e.action()) {
          case OPEN -> SupervisionAction.OPEN_MEDIATION;
          case ASSESS_SUITABLE -> SupervisionAction.FIND_SUITABLE;
          case ASSESS_UNSUITABLE -> SupervisionAction.FIND_UNSUITABLE;
          case DECLINE -> SupervisionAction.REFUSE_CONSENT;
          default -> null;
        };
    follow(
        e.id().matter().toString(),
        e,
        stage == null
            ? null
            : new Change.StageReached(stage, "mediation " + e.id() + ": " + e.detail()));
  }

  public void onGovernanceEvent(GovernanceEventChanged e) {
    Change change =
        switch (e.action()) {
          case RECEIVE ->
              new Change.StageReached(
                  SupervisionAction.RECEIVE_EVENT, "event received: " + e.detail());
          default -> null;
        };
    follow(e.matter().toString(), e, change);
  }

  private void follow(String subject, DomainEvent e, Change change) {
    if (change == null) {
      return;
    }
    supervision.follow(
        new FollowMatterUseCase.Command(
            subject,
            e.aggregateType() + "/" + e.aggregateId(),
            e.version(),
            change,
            e.actor(),
            e.occurredAt()));
  }
}
