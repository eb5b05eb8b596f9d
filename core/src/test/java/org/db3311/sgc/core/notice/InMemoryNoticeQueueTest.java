package org.db3311.sgc.core.notice;

import org.db3311.sgc.core.common.InMemoryUnitOfWork;
import org.db3311.sgc.core.common.UnitOfWork;

class InMemoryNoticeQueueTest extends NoticeQueueContract {

  private final UnitOfWork unitOfWork = new InMemoryUnitOfWork();

  @Override
  protected NoticeQueue newQueue() {
    return new InMemoryNoticeQueue();
  }

  @Override
  protected UnitOfWork unitOfWork() {
    return unitOfWork;
  }
}
