package org.db3311.sgc.server.followup;

import java.util.List;
import org.db3311.sgc.core.followup.FollowUpSnapshot;

/** A follow-up (回访, 6.2.1.4) as the API shows it: the result notices sent and survey answers. */
public record FollowUpView(
    String id,
    String matter,
    int round,
    String resultOutcome,
    String resultSummary,
    List<String> parties,
    String openedAt,
    String state,
    List<NoticeView> notices,
    List<AnswerView> answers,
    String reopenReason) {

  /** A result notice (结果告知): to whom, by which channel, its delivery, when. */
  public record NoticeView(String party, String channel, String deliveryId, String sentAt) {}

  public record AnswerView(
      String respondent, String method, String answer, String comment, String at) {}

  static FollowUpView of(FollowUpSnapshot s) {
    return FollowUpViewMapper.INSTANCE.view(s);
  }
}
