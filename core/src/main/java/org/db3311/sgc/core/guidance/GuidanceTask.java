package org.db3311.sgc.core.guidance;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.db3311.sgc.core.catalog.Implements;
import org.db3311.sgc.core.common.Actor;
import org.db3311.sgc.core.common.AggregateRoot;
import org.db3311.sgc.core.common.Version;

/**
 * A guidance task (指导任务, 6.8): taken on from the province, the city or the county, on one of the
 * listed fields, passed to townships and villages with a due date (fixed by the issuer or counted
 * on the working-day calendar), each assignee's part tracked to verification by the center. Every
 * change raises a {@link GuidanceTaskEvent}. Its source is the upper-level document or instruction
 * it comes from.
 */
@Implements("6.8")
public final class GuidanceTask extends AggregateRoot<GuidanceTaskEvent> {

  /** What happens to a task: its issue, then each assignee's steps and supervision notices. */
  public enum Action {
    ISSUE,
    ACCEPT,
    REPORT,
    VERIFY,
    RETURN,
    SUPERVISION_NOTICE;

    static Action of(Assignment.Action a) {
      return switch (a) {
        case ACCEPT -> ACCEPT;
        case REPORT -> REPORT;
        case VERIFY -> VERIFY;
        case RETURN -> RETURN;
      };
    }
  }

  private final GuidanceTaskId id;
  private final IssuerLevel issuer;
  private final String source;
  private final GuidanceTopic topic;
  private final String title;
  private final String requirements;
  private final LocalDate due;
  private final String dueBasis;
  private final Actor issuedBy;
  private final Instant issuedAt;
  private final Map<String, Assignment> assignments = new LinkedHashMap<>();

  public GuidanceTask(
      GuidanceTaskId id,
      IssuerLevel issuer,
      String source,
      GuidanceTopic topic,
      String title,
      String requirements,
      LocalDate due,
      String dueBasis,
      Collection<GrassrootsUnit> assignees,
      Actor issuedBy,
      Instant issuedAt) {
    super(Version.NEW);
    java.util.Objects.requireNonNull(id, "id");
    for (String[] f :
        new String[][] {{"source", source}, {"title", title}, {"requirements", requirements}}) {
      if (f[1] == null || f[1].isBlank()) {
        throw new IllegalArgumentException("a guidance task has a " + f[0]);
      }
    }
    this.id = id;
    this.issuer = Objects.requireNonNull(issuer, "issuer");
    this.source = source;
    this.topic = Objects.requireNonNull(topic, "topic");
    this.title = title;
    this.requirements = requirements;
    this.due = Objects.requireNonNull(due, "due");
    if (dueBasis == null || dueBasis.isBlank()) {
      throw new IllegalArgumentException("task " + id + " says where its due date comes from");
    }
    this.dueBasis = dueBasis;
    this.issuedBy = Objects.requireNonNull(issuedBy, "issuedBy");
    this.issuedAt = Objects.requireNonNull(issuedAt, "issuedAt");
    for (GrassrootsUnit u : assignees) {
      if (assignments.putIfAbsent(u.code(), new Assignment(u)) != null) {
        throw new IllegalArgumentException("task " + id + " names " + u.name() + " twice");
      }
    }
    if (assignments.isEmpty()) {
      throw new IllegalArgumentException(
          "task " + id + " is assigned to at least one township or village");
    }
    raise(
        new GuidanceTaskEvent(
            id.value(),
            nextVersion(),
            Action.ISSUE,
            Optional.empty(),
            Optional.empty(),
            Assignment.State.ASSIGNED,
            issuedBy,
            issuedAt,
            issuer
                + " task on "
                + topic
                + " to "
                + String.join(", ", assignments.keySet())
                + ", due "
                + due
                + " ("
                + dueBasis
                + ")"));
  }

  private GuidanceTask(GuidanceTaskSnapshot s, Version version) {
    super(version);
    this.id = s.id();
    this.issuer = s.issuer();
    this.source = s.source();
    this.topic = s.topic();
    this.title = s.title();
    this.requirements = s.requirements();
    this.due = s.due();
    this.dueBasis = s.dueBasis();
    this.issuedBy = s.issuedBy();
    this.issuedAt = s.issuedAt();
    for (GuidanceTaskSnapshot.AssignmentSnapshot a : s.assignments()) {
      assignments.put(a.unit().code(), new Assignment(a));
    }
  }

  /** Rebuilds a stored task. */
  public static GuidanceTask fromSnapshot(GuidanceTaskSnapshot snapshot, Version version) {
    return new GuidanceTask(snapshot, version);
  }

  /** Everything the task holds, as an immutable value. */
  public GuidanceTaskSnapshot snapshot() {
    return new GuidanceTaskSnapshot(
        id,
        issuer,
        source,
        topic,
        title,
        requirements,
        due,
        dueBasis,
        issuedBy,
        issuedAt,
        assignments.values().stream().map(Assignment::snapshot).toList());
  }

  void apply(String unitCode, Assignment.Action action, Actor by, Instant at, String note) {
    Assignment a = assignment(unitCode);
    Assignment.State from = a.state();
    a.apply(action, by, at, note);
    raise(
        new GuidanceTaskEvent(
            id.value(),
            nextVersion(),
            Action.of(action),
            Optional.of(unitCode),
            Optional.of(from),
            a.state(),
            by,
            at,
            action
                + " by "
                + a.unit().name()
                + (note == null || note.isBlank() ? "" : ": " + note)));
  }

  /** Records that a supervision notice went to an assignee; false when one of that level had. */
  boolean noticeSent(SupervisionNotice notice, Instant at) {
    Assignment a = assignment(notice.unit().code());
    if (!a.markNotified(notice.level())) {
      return false;
    }
    raise(
        new GuidanceTaskEvent(
            id.value(),
            nextVersion(),
            Action.SUPERVISION_NOTICE,
            Optional.of(a.unit().code()),
            Optional.of(a.state()),
            a.state(),
            Actor.SYSTEM,
            at,
            notice.level() + " to " + a.unit().name() + ", due " + notice.due()));
    return true;
  }

  private Assignment assignment(String unitCode) {
    Assignment a = assignments.get(unitCode);
    if (a == null) {
      throw new IllegalArgumentException("task " + id + " is not assigned to " + unitCode);
    }
    return a;
  }

  /** Verified assignments ÷ all. */
  public long verifiedCount() {
    return assignments.values().stream()
        .filter(a -> a.state() == Assignment.State.VERIFIED)
        .count();
  }

  public boolean isComplete() {
    return verifiedCount() == assignments.size();
  }

  public GuidanceTaskId id() {
    return id;
  }

  public IssuerLevel issuer() {
    return issuer;
  }

  public String source() {
    return source;
  }

  public GuidanceTopic topic() {
    return topic;
  }

  public String title() {
    return title;
  }

  public String requirements() {
    return requirements;
  }

  public LocalDate due() {
    return due;
  }

  /** Where the due date comes from: the issuer's date, its period, or the topic's period. */
  public String dueBasis() {
    return dueBasis;
  }

  public Actor issuedBy() {
    return issuedBy;
  }

  public Instant issuedAt() {
    return issuedAt;
  }

  public List<Assignment> assignments() {
    return List.copyOf(assignments.values());
  }
}
