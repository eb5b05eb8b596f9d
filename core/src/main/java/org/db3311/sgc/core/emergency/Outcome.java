package org.db3311.sgc.core.emergency;

import java.util.List;

/** The result of a command on an incident: done, or refused with every reason. */
public sealed interface Outcome {

  Done DONE = new Done();

  record Done() implements Outcome {}

  record Refused(List<String> reasons) implements Outcome {
    public Refused {
      reasons = List.copyOf(reasons);
      if (reasons.isEmpty()) {
        throw new IllegalArgumentException("a refusal says why");
      }
    }
  }

  static Outcome refused(String... reasons) {
    return new Refused(List.of(reasons));
  }
}
