package org.db3311.sgc.core.common;

class InMemoryOutboxTest extends OutboxContract {

  private final InMemoryUnitOfWork unitOfWork = new InMemoryUnitOfWork();

  @Override
  protected Outbox newOutbox() {
    return new InMemoryOutbox();
  }

  @Override
  protected void inUnitOfWork(Outbox outbox, Runnable work) {
    unitOfWork.run(work);
  }
}
