package org.db3311.sgc.core.mediation;

/**
 * Groups the incoming ports of mediation, one per use case, for wiring in one place; {@link
 * MediationService} implements them all.
 */
public interface MediationUseCases
    extends OpenMediationUseCase,
        AssessSuitabilityUseCase,
        RecordConsentUseCase,
        RouteMediationUseCase,
        ScheduleSessionUseCase,
        RecordSessionUseCase,
        ConcludeMediationUseCase,
        ReferToLitigationUseCase,
        CloseMediationUseCase,
        RecountConfirmationDueUseCase {}
