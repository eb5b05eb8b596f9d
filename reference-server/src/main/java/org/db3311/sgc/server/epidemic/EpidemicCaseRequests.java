package org.db3311.sgc.server.epidemic;

/** The request bodies of the epidemic-case endpoints. */
public final class EpidemicCaseRequests {
  private EpidemicCaseRequests() {}

  /** {@code POST /api/v1/epidemic/cases}: a registered matter taken into the closed loop. */
  public record IntakeRequest(String matter, String category, String summary) {}

  /** {@code POST …/analysis} (分析). */
  public record AnalysisRequest(String findings) {}

  /** {@code POST …/handling} (处置). */
  public record HandlingRequest(String result) {}

  /** {@code POST …/feedback} (督办反馈): not satisfactory sends the case back to its unit. */
  public record FeedbackRequest(Boolean satisfactory, String note) {}

  /** {@code POST …/assessment} (考核): a score from 0 to 100 and its basis. */
  public record AssessmentRequest(Integer score, String note) {}
}
