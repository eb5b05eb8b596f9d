/**
 * Intake at the one window (一窗受理): registration of a matter from every channel, the intake
 * decision, one-time supplement notices, idempotent transfers and the display board. A vendor
 * starts here: {@link org.db3311.sgc.core.intake.IntakeService} implements the use-case interfaces
 * ({@link org.db3311.sgc.core.intake.RegisterMatterUseCase}, {@link
 * org.db3311.sgc.core.intake.DecideIntakeUseCase}, ...) over the ports of this package.
 */
package org.db3311.sgc.core.intake;
