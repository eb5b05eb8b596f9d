package org.db3311.sgc.core.onward;

import java.time.Instant;
import java.util.Optional;
import org.db3311.sgc.core.common.Actor;
import org.db3311.sgc.core.common.DomainEvent;
import org.db3311.sgc.core.common.Version;

/**
 * A change of an onward referral, with the referral as it is afterwards: what a subscriber (the
 * archive, the analysis projection, supervision once it opens files on events) needs to follow the
 * road without asking back.
 */
public record OnwardReferralEvent(
    OnwardReferralId id,
    Version version,
    OnwardAction action,
    Optional<OnwardState> from,
    OnwardState to,
    Actor actor,
    Instant occurredAt,
    String detail,
    OnwardReferralSnapshot referral)
    implements DomainEvent {

  @Override
  public String aggregateType() {
    return "OnwardReferral";
  }

  @Override
  public String aggregateId() {
    return id.toString();
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
