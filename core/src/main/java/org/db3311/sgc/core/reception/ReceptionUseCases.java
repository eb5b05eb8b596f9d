package org.db3311.sgc.core.reception;

/**
 * Groups the incoming ports of leader reception (领导接访); {@link ReceptionService} implements them
 * all.
 */
public interface ReceptionUseCases
    extends PlanRotaUseCase, PublishRotaUseCase, BookReceptionUseCase, ReceiveVisitorUseCase {}
