package org.db3311.sgc.core.followup;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.db3311.sgc.core.intake.MatterResult;

/** A follow-up as an immutable value. */
public record FollowUpSnapshot(
    FollowUpId id,
    MatterResult result,
    List<String> parties,
    Instant openedAt,
    FollowUpState state,
    List<ResultNotice> notices,
    List<SurveyAnswer> answers,
    Optional<String> reopenReason) {

  public FollowUpSnapshot {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(result, "result");
    parties = List.copyOf(parties);
    Objects.requireNonNull(openedAt, "openedAt");
    Objects.requireNonNull(state, "state");
    notices = List.copyOf(notices);
    answers = List.copyOf(answers);
    Objects.requireNonNull(reopenReason, "reopenReason");
    if (state != FollowUpState.PENDING_NOTICE
        && !notices.stream().map(ResultNotice::party).toList().containsAll(parties)) {
      throw new IllegalArgumentException("every party is told the result before anything else");
    }
  }
}
