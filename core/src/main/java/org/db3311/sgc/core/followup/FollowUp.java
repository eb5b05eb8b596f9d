package org.db3311.sgc.core.followup;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.db3311.sgc.core.catalog.Implements;
import org.db3311.sgc.core.common.Actor;
import org.db3311.sgc.core.common.AggregateRoot;
import org.db3311.sgc.core.common.Version;
import org.db3311.sgc.core.intake.MatterResult;

/**
 * The follow-up of a closed matter (反馈回访): every party told the result, satisfaction surveyed if
 * the center chooses, and a dissatisfied answer possibly reopening the matter.
 */
@Implements({"6.2.1.4.1", "6.2.1.4.2"})
public final class FollowUp extends AggregateRoot<FollowUpEvent> {

  private final FollowUpId id;
  private final MatterResult result;
  private final List<String> parties;
  private final Instant openedAt;
  private FollowUpState state;
  private final List<ResultNotice> notices;
  private final List<SurveyAnswer> answers;
  private Optional<String> reopenReason;

  private FollowUp(FollowUpSnapshot s, Version v) {
    super(v);
    id = s.id();
    result = s.result();
    parties = s.parties();
    openedAt = s.openedAt();
    state = s.state();
    notices = new ArrayList<>(s.notices());
    answers = new ArrayList<>(s.answers());
    reopenReason = s.reopenReason();
  }

  public static FollowUp fromSnapshot(FollowUpSnapshot s, Version v) {
    return new FollowUp(s, v);
  }

  public static FollowUp open(
      FollowUpId id, MatterResult result, List<String> parties, Actor actor, Instant at) {
    FollowUp f =
        new FollowUp(
            new FollowUpSnapshot(
                id,
                result,
                parties,
                at,
                FollowUpState.PENDING_NOTICE,
                List.of(),
                List.of(),
                Optional.empty()),
            Version.NEW);
    f.raise(
        new FollowUpEvent(
            id,
            f.nextVersion(),
            FollowUpAction.OPEN,
            Optional.empty(),
            FollowUpState.PENDING_NOTICE,
            actor,
            at,
            "matter closed: " + result.outcome(),
            f.snapshot()));
    return f;
  }

  /** 6.2.1.4.1: records that every party was told the result. */
  @Implements("6.2.1.4.1")
  public void resultNotified(List<ResultNotice> sent, Actor actor, Instant at) {
    FollowUpState to = FollowUpWorkflow.TABLE.next(state, FollowUpAction.NOTIFY_RESULT, id);
    List<String> told = sent.stream().map(ResultNotice::party).toList();
    if (!told.containsAll(parties)) {
      throw new IllegalArgumentException(
          "every party is told the result; missing some of " + parties);
    }
    notices.addAll(sent);
    move(FollowUpAction.NOTIFY_RESULT, to, actor, at, "result told to " + told);
  }

  /** 6.2.1.4.2: records one party's survey answer. */
  @Implements("6.2.1.4.2")
  public void recordAnswer(SurveyAnswer answer, Actor actor) {
    if (!parties.contains(answer.respondent())) {
      throw new IllegalArgumentException(answer.respondent() + " is not a party of " + id);
    }
    FollowUpAction a =
        answer.answer() == Satisfaction.DISSATISFIED
            ? FollowUpAction.RECORD_DISSATISFIED
            : FollowUpAction.RECORD_SATISFIED;
    FollowUpState to = FollowUpWorkflow.TABLE.next(state, a, id);
    answers.add(answer);
    move(
        a,
        to,
        actor,
        answer.at(),
        answer.respondent() + ": " + answer.answer() + " by " + answer.method());
  }

  public void reopen(String reason, Actor actor, Instant at) {
    if (reason == null || reason.isBlank()) {
      throw new IllegalArgumentException("reopening states why");
    }
    FollowUpState to = FollowUpWorkflow.TABLE.next(state, FollowUpAction.REOPEN, id);
    reopenReason = Optional.of(reason);
    move(FollowUpAction.REOPEN, to, actor, at, "reopened: " + reason);
  }

  public void conclude(Actor actor, Instant at) {
    move(
        FollowUpAction.CONCLUDE,
        FollowUpWorkflow.TABLE.next(state, FollowUpAction.CONCLUDE, id),
        actor,
        at,
        "concluded");
  }

  private void move(FollowUpAction a, FollowUpState to, Actor actor, Instant at, String detail) {
    FollowUpState from = state;
    state = to;
    raise(
        new FollowUpEvent(
            id, nextVersion(), a, Optional.of(from), to, actor, at, detail, snapshot()));
  }

  public FollowUpSnapshot snapshot() {
    return new FollowUpSnapshot(
        id, result, parties, openedAt, state, notices, answers, reopenReason);
  }

  public FollowUpId id() {
    return id;
  }

  public FollowUpState state() {
    return state;
  }

  public List<ResultNotice> notices() {
    return List.copyOf(notices);
  }

  public List<SurveyAnswer> answers() {
    return List.copyOf(answers);
  }
}
