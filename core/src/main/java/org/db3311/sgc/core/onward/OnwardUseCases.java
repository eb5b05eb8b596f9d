package org.db3311.sgc.core.onward;

/**
 * Groups the incoming ports of onward routing for wiring in one place; {@link OnwardService}
 * implements them all.
 */
public interface OnwardUseCases extends ReferOnwardUseCase, RecordStepUseCase, ReportBackUseCase {}
