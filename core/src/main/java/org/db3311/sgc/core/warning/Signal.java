package org.db3311.sgc.core.warning;

import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.db3311.sgc.core.facts.MatterId;

/** One rule's finding about one subject, with the matters behind it. */
public record Signal(WarningSubject subject, Reason reason, SortedSet<MatterId> matters) {

  public Signal {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(reason, "reason");
    matters = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(matters));
    if (matters.isEmpty()) {
      throw new IllegalArgumentException("a signal names the matters behind it");
    }
  }

  public static Signal of(WarningSubject subject, Reason reason, Set<MatterId> matters) {
    return new Signal(subject, reason, new TreeSet<>(matters));
  }

  public WarningLevel level() {
    return reason.level();
  }
}
