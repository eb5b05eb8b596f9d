package org.db3311.sgc.core.guidance;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.db3311.sgc.core.catalog.Implements;
import org.db3311.sgc.core.common.Actor;

/**
 * A guidance task (指导任务, 6.8): taken on from the province, the city or the county, on one of the
 * listed fields, passed to townships and villages with a due date, each assignee's part tracked to
 * verification by the center.
 *
 * @param source the upper-level document or instruction it comes from
 */
@Implements("6.8")
public final class GuidanceTask {

  private final String id;
  private final IssuerLevel issuer;
  private final String source;
  private final GuidanceTopic topic;
  private final String title;
  private final String requirements;
  private final LocalDate due;
  private final Actor issuedBy;
  private final Instant issuedAt;
  private final Map<String, Assignment> assignments = new LinkedHashMap<>();

  public GuidanceTask(
      String id,
      IssuerLevel issuer,
      String source,
      GuidanceTopic topic,
      String title,
      String requirements,
      LocalDate due,
      Collection<GrassrootsUnit> assignees,
      Actor issuedBy,
      Instant issuedAt) {
    for (String[] f :
        new String[][] {
          {"id", id}, {"source", source}, {"title", title}, {"requirements", requirements}
        }) {
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
  }

  void apply(String unitCode, Assignment.Action action, Actor by, Instant at, String note) {
    Assignment a = assignments.get(unitCode);
    if (a == null) {
      throw new IllegalArgumentException("task " + id + " is not assigned to " + unitCode);
    }
    a.apply(action, by, at, note);
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

  public String id() {
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
