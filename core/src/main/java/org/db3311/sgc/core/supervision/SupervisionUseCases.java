package org.db3311.sgc.core.supervision;

/**
 * Groups the incoming ports of supervision (督办) that the center's staff and its scheduler call;
 * {@link SupervisionService} implements them all. Opening and tracking files ({@link Supervision})
 * is for the other subdomains and the supervision feed, not for callers from outside.
 */
public interface SupervisionUseCases
    extends ExtendDeadlineUseCase,
        SweepDeadlinesUseCase,
        SupervisionOverviewQuery,
        RecomputeProvisionalDeadlinesUseCase {

  /**
   * The supervision file of a subject (a registration number, or a referral's id).
   *
   * @throws SupervisionFileNotFoundException when the subject is not supervised
   */
  SupervisionFile file(String subject);
}
