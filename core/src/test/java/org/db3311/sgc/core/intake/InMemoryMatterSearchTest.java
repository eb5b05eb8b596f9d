package org.db3311.sgc.core.intake;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.db3311.sgc.core.common.UnitId;

class InMemoryMatterSearchTest extends MatterSearchContract {

  private InMemoryMatterRepository matters;
  private final Map<RegistrationNumber, MatterSummary.Supervision> files = new HashMap<>();

  @Override
  protected void reset() {
    matters = new InMemoryMatterRepository();
    files.clear();
  }

  @Override
  protected MatterRepository matters() {
    return matters;
  }

  @Override
  protected MatterSearch search() {
    return new InMemoryMatterSearch(matters, n -> Optional.ofNullable(files.get(n)));
  }

  @Override
  protected void supervise(RegistrationNumber matter, UnitId unit, Optional<LocalDate> deadline) {
    files.put(matter, new MatterSummary.Supervision(unit, deadline));
  }
}
