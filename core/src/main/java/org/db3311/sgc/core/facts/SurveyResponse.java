package org.db3311.sgc.core.facts;

import java.time.Instant;
import java.util.Objects;

/** An answered satisfaction survey. */
public record SurveyResponse(SurveyAnswer answer, Instant answeredAt) {
  public SurveyResponse {
    Objects.requireNonNull(answer, "answer");
    Objects.requireNonNull(answeredAt, "answeredAt");
  }
}
