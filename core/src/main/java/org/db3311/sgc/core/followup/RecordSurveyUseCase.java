package org.db3311.sgc.core.followup;

import java.util.Objects;
import org.db3311.sgc.core.catalog.Implements;
import org.db3311.sgc.core.common.Actor;

/** Incoming port: record a party's satisfaction survey answer (6.2.1.4.2). */
@Implements("6.2.1.4.2")
public interface RecordSurveyUseCase {

  void record(Command command);

  record Command(
      FollowUpId id,
      String respondent,
      SurveyMethod method,
      Satisfaction answer,
      String comment,
      Actor actor) {
    public Command {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(respondent, "respondent");
      Objects.requireNonNull(method, "method");
      Objects.requireNonNull(answer, "answer");
      Objects.requireNonNull(comment, "comment");
      Objects.requireNonNull(actor, "actor");
    }
  }
}
