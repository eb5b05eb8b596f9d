package org.db3311.sgc.core.emergency;

import java.util.List;

/**
 * The result of a command on an incident: done, or refused with every reason. Named apart from
 * {@code facts.Outcome} (how a closed matter ended): one word, one meaning.
 */
public sealed interface CommandResult {

  Done DONE = new Done();

  record Done() implements CommandResult {}

  record Refused(List<String> reasons) implements CommandResult {
    public Refused {
      reasons = List.copyOf(reasons);
      if (reasons.isEmpty()) {
        throw new IllegalArgumentException("a refusal says why");
      }
    }
  }

  static CommandResult refused(String... reasons) {
    return new Refused(List.of(reasons));
  }
}
