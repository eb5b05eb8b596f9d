package org.db3311.sgc.adapter.jpa;

import java.time.LocalDate;
import java.util.Optional;
import org.db3311.sgc.core.common.UnitId;
import org.db3311.sgc.core.intake.MatterRepository;
import org.db3311.sgc.core.intake.MatterSearch;
import org.db3311.sgc.core.intake.MatterSearchContract;
import org.db3311.sgc.core.intake.RegistrationNumber;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

class PostgresMatterSearchTest extends MatterSearchContract {

  private static StoreFixture fixture;

  @BeforeAll
  static void open() {
    fixture = new StoreFixture(TestStores.POSTGRES, PostgresMatterSearchTest.class);
  }

  @AfterAll
  static void close() {
    fixture.close();
  }

  @Override
  protected void reset() {
    JpaMatterSearchFixture.reset(fixture);
  }

  @Override
  protected MatterRepository matters() {
    return new JpaMatterRepository(fixture.store);
  }

  @Override
  protected MatterSearch search() {
    return new JpaMatterSearch(fixture.store);
  }

  @Override
  protected void supervise(RegistrationNumber matter, UnitId unit, Optional<LocalDate> deadline) {
    JpaMatterSearchFixture.supervise(fixture, matter, unit, deadline);
  }
}
