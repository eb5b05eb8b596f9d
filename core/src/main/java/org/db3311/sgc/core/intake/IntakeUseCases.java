package org.db3311.sgc.core.intake;

/**
 * Groups the incoming ports of intake (受理) for wiring in one place, with the read a window needs;
 * {@link IntakeService} implements them all.
 */
public interface IntakeUseCases
    extends RegisterMatterUseCase,
        SubmitMaterialsUseCase,
        DecideIntakeUseCase,
        WithdrawMatterUseCase {

  /**
   * The matter as stored now.
   *
   * @throws MatterNotFoundException when there is none under the number
   */
  MatterSnapshot matter(RegistrationNumber number);
}
