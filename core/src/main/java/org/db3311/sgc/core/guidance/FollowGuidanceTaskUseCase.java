package org.db3311.sgc.core.guidance;

import java.util.Objects;
import org.db3311.sgc.core.common.Actor;

/**
 * Incoming port: an assigned grassroots unit accepts a guidance task and reports on it; the center
 * verifies the report or returns it with what is missing (6.4).
 */
public interface FollowGuidanceTaskUseCase {

  GuidanceTaskSnapshot accept(Accept command);

  GuidanceTaskSnapshot report(Report command);

  GuidanceTaskSnapshot verify(Verify command);

  /**
   * @param unitCode the assignee's code
   */
  record Accept(GuidanceTaskId task, String unitCode, Actor by) {
    public Accept {
      Objects.requireNonNull(task, "task");
      requireCode(unitCode);
      Objects.requireNonNull(by, "by");
    }
  }

  record Report(GuidanceTaskId task, String unitCode, String account, Actor by) {
    public Report {
      Objects.requireNonNull(task, "task");
      requireCode(unitCode);
      if (account == null || account.isBlank()) {
        throw new IllegalArgumentException("a report says what was done");
      }
      Objects.requireNonNull(by, "by");
    }
  }

  /**
   * @param passed false returns the report, with {@code note} saying what is missing
   */
  record Verify(GuidanceTaskId task, String unitCode, boolean passed, String note, Actor by) {
    public Verify {
      Objects.requireNonNull(task, "task");
      requireCode(unitCode);
      if (!passed && (note == null || note.isBlank())) {
        throw new IllegalArgumentException("a returned report says what is missing");
      }
      note = note == null ? "" : note;
      Objects.requireNonNull(by, "by");
    }
  }

  private static void requireCode(String unitCode) {
    if (unitCode == null || unitCode.isBlank()) {
      throw new IllegalArgumentException("a step names the assigned unit");
    }
  }
}
