package org.db3311.sgc.core.guidance;

import java.time.LocalDate;
import java.util.Objects;
import org.db3311.sgc.core.calendar.TimeLimit;

/**
 * When a guidance task is due: on a date the issuing level fixed, within a period the issuer set,
 * or within the period configured for the task's topic ({@link GuidanceDeadlines}). Periods run
 * from the day of issue on the working-day calendar.
 */
public sealed interface Due {

  /** A date fixed by the upper level's document, kept as given. */
  record On(LocalDate date) implements Due {
    public On {
      Objects.requireNonNull(date, "date");
    }
  }

  /** A period the issuer set, e.g. 10 working days. */
  record Within(TimeLimit limit) implements Due {
    public Within {
      Objects.requireNonNull(limit, "limit");
    }
  }

  /** The period configured for the topic. */
  record ByTopic() implements Due {}

  static Due on(LocalDate date) {
    return new On(date);
  }

  static Due within(TimeLimit limit) {
    return new Within(limit);
  }

  static Due byTopic() {
    return new ByTopic();
  }
}
