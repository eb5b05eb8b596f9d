package org.db3311.sgc.core.followup;

import java.time.Instant;
import java.util.Objects;

/** One party's recorded survey answer. */
public record SurveyAnswer(
    String respondent, SurveyMethod method, Satisfaction answer, String comment, Instant at) {

  public SurveyAnswer {
    if (respondent == null || respondent.isBlank()) {
      throw new IllegalArgumentException("a survey answer names the respondent");
    }
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(answer, "answer");
    Objects.requireNonNull(comment, "comment");
    Objects.requireNonNull(at, "at");
  }
}
