package org.db3311.sgc.core.followup;

/** Groups the incoming ports of follow-up (回访); {@link FollowUpService} implements them all. */
public interface FollowUpUseCases
    extends RecordSurveyUseCase, RecordSurveyReplyUseCase, ConcludeFollowUpUseCase {

  /**
   * A follow-up as stored now.
   *
   * @throws FollowUpNotFoundException when there is none under the id
   */
  FollowUp followUp(FollowUpId id);
}
