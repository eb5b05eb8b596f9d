package org.db3311.sgc.core.casefacts;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.db3311.sgc.core.common.InMemoryTransaction;
import org.db3311.sgc.core.intake.RegistrationNumber;

/** Matter traces in memory, for tests and embedding; rebuilt by replaying the event log. */
public final class InMemoryMatterTraceRepository implements MatterTraceRepository {

  private final Map<RegistrationNumber, MatterTrace> traces = new LinkedHashMap<>();

  @Override
  public synchronized Optional<MatterTrace> find(RegistrationNumber matter) {
    return Optional.ofNullable(traces.get(matter));
  }

  @Override
  public synchronized void save(MatterTrace trace) {
    MatterTrace previous = traces.put(trace.matter(), trace);
    InMemoryTransaction.onRollback(() -> undo(trace, previous));
  }

  /** Puts back what the matter held before {@code written}, unless a later save replaced it. */
  private synchronized void undo(MatterTrace written, MatterTrace previous) {
    if (traces.get(written.matter()) != written) {
      return;
    }
    if (previous == null) {
      traces.remove(written.matter());
    } else {
      traces.put(written.matter(), previous);
    }
  }

  @Override
  public synchronized List<MatterTrace> all() {
    return new ArrayList<>(traces.values());
  }
}
