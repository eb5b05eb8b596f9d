package org.db3311.sgc.core.guidance;

import java.util.List;
import java.util.Objects;
import org.db3311.sgc.core.common.Actor;

/** Incoming port: take on a task from an upper level and pass it to the grassroots (6.8). */
public interface IssueGuidanceTaskUseCase {

  /** Issues the task; returns it as stored. */
  GuidanceTaskSnapshot issue(Command command);

  /** What to issue, to whom, by when, and who issues it. */
  record Command(
      IssuerLevel issuer,
      String source,
      GuidanceTopic topic,
      String title,
      String requirements,
      Due due,
      List<GrassrootsUnit> assignees,
      Actor by) {
    public Command {
      Objects.requireNonNull(issuer, "issuer");
      Objects.requireNonNull(topic, "topic");
      Objects.requireNonNull(due, "due");
      Objects.requireNonNull(by, "by");
      for (String[] f :
          new String[][] {{"source", source}, {"title", title}, {"requirements", requirements}}) {
        if (f[1] == null || f[1].isBlank()) {
          throw new IllegalArgumentException("a guidance task has a " + f[0]);
        }
      }
      assignees = List.copyOf(assignees);
      if (assignees.isEmpty()) {
        throw new IllegalArgumentException(
            "a task is assigned to at least one township or village");
      }
    }
  }
}
