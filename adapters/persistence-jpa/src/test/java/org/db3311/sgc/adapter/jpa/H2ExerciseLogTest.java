package org.db3311.sgc.adapter.jpa;

import org.db3311.sgc.core.epidemic.ExerciseLog;
import org.db3311.sgc.core.epidemic.ExerciseLogContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

class H2ExerciseLogTest extends ExerciseLogContract {

  private static StoreFixture fixture;

  @BeforeAll
  static void open() {
    fixture = new StoreFixture(TestStores.H2, H2ExerciseLogTest.class);
  }

  @AfterAll
  static void close() {
    fixture.close();
  }

  @Override
  protected ExerciseLog newLog() {
    return new JpaExerciseLog(fixture.store);
  }
}
