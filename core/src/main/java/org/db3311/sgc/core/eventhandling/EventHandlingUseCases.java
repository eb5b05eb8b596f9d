package org.db3311.sgc.core.eventhandling;

/**
 * Groups the incoming ports of event handling (事件处置); {@link EventHandlingService} implements them
 * all.
 */
public interface EventHandlingUseCases
    extends ReceiveEventUseCase, TriageEventUseCase, HandleEventUseCase {}
