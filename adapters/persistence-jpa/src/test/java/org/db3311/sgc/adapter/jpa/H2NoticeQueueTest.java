package org.db3311.sgc.adapter.jpa;

import org.db3311.sgc.core.common.UnitOfWork;
import org.db3311.sgc.core.notice.NoticeQueue;
import org.db3311.sgc.core.notice.NoticeQueueContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

class H2NoticeQueueTest extends NoticeQueueContract {

  private static StoreFixture fixture;

  @BeforeAll
  static void open() {
    fixture = new StoreFixture(TestStores.H2, H2NoticeQueueTest.class);
  }

  @AfterAll
  static void close() {
    fixture.close();
  }

  @Override
  protected NoticeQueue newQueue() {
    fixture.clear("notice_queue");
    return new JpaNoticeQueue(fixture.store);
  }

  @Override
  protected UnitOfWork unitOfWork() {
    return fixture.store.unitOfWork();
  }
}
