package org.db3311.sgc.core.guidance;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.db3311.sgc.core.common.Actor;

/**
 * Everything a guidance task holds, as an immutable value: what repositories store and what {@link
 * GuidanceTask#fromSnapshot} rebuilds a task from.
 */
public record GuidanceTaskSnapshot(
    GuidanceTaskId id,
    IssuerLevel issuer,
    String source,
    GuidanceTopic topic,
    String title,
    String requirements,
    LocalDate due,
    String dueBasis,
    Actor issuedBy,
    Instant issuedAt,
    List<AssignmentSnapshot> assignments) {

  public GuidanceTaskSnapshot {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(issuer, "issuer");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(topic, "topic");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(requirements, "requirements");
    Objects.requireNonNull(due, "due");
    Objects.requireNonNull(dueBasis, "dueBasis");
    Objects.requireNonNull(issuedBy, "issuedBy");
    Objects.requireNonNull(issuedAt, "issuedAt");
    assignments = List.copyOf(assignments);
    if (assignments.isEmpty()) {
      throw new IllegalArgumentException("task " + id + " has at least one assignee");
    }
  }

  /** One assignee's part of the task, as stored. */
  public record AssignmentSnapshot(
      GrassrootsUnit unit,
      Assignment.State state,
      java.util.Optional<Instant> verifiedAt,
      List<Assignment.Step> steps,
      Set<SupervisionNotice.Level> noticesSent) {
    public AssignmentSnapshot {
      Objects.requireNonNull(unit, "unit");
      Objects.requireNonNull(state, "state");
      Objects.requireNonNull(verifiedAt, "verifiedAt");
      steps = List.copyOf(steps);
      noticesSent = Set.copyOf(noticesSent);
      if (state == Assignment.State.VERIFIED && verifiedAt.isEmpty()) {
        throw new IllegalArgumentException("a verified assignment records when");
      }
    }
  }
}
