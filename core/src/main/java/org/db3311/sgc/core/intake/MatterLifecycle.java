package org.db3311.sgc.core.intake;

/**
 * What the handling tracks (mediation, event handling, follow-up) need from intake: read a matter
 * and move it through handling, closure and reopening.
 */
public interface MatterLifecycle
    extends StartHandlingUseCase, CloseMatterUseCase, ReopenMatterUseCase {

  /**
   * @throws MatterNotFoundException when no matter has the number
   */
  MatterSnapshot matter(RegistrationNumber number);
}
