package org.db3311.sgc.server.emergency;

import java.util.ArrayList;
import java.util.List;
import org.db3311.sgc.core.common.Actor;
import org.db3311.sgc.core.common.UnitId;
import org.db3311.sgc.core.emergency.ImpactAssessment;
import org.db3311.sgc.core.emergency.Leadership;
import org.db3311.sgc.server.http.Requests;

/** The request bodies of the emergency endpoints, and their conversion into the core's values. */
public final class EmergencyRequests {
  private EmergencyRequests() {}

  /** {@code POST /api/v1/emergency/incidents}: how the incident came in (6.6.1.p2). */
  public record DiscoverRequest(String channel, String reference, String summary) {}

  /** What is known of the impact (研判); also the body of a grade suggestion. */
  public record ImpactRequest(
      Integer deaths, Integer injured, Integer affected, Boolean spreading) {}

  /** {@code POST …/grading}: the impact, the grade decided and, when it differs, why. */
  public record GradeRequest(
      Integer deaths,
      Integer injured,
      Integer affected,
      Boolean spreading,
      String grade,
      String rationale) {}

  /** A member of staff named in a request. */
  public record PersonRequest(String id, String name) {}

  /**
   * {@code POST …/lead}: LEAD_LEADER (a responsible leader and the post) or TASK_FORCE (its name,
   * head and members), 6.6.1.
   */
  public record LeadRequest(
      String kind, PersonRequest head, String post, String name, List<PersonRequest> members) {}

  /** {@code POST …/plan}: the headquarters' plan to activate. */
  public record PlanRequest(String planId) {}

  /** {@code POST …/orders}: an order to a department, on site or not. */
  public record OrderRequest(
      String orderId, String department, String instruction, Boolean onSite) {}

  /** {@code POST …/orders/{order}/completion}. */
  public record CompletionRequest(String completion) {}

  /** {@code POST …/progress}: a report from a unit, from the scene or not. */
  public record ProgressRequest(String from, String text, Boolean fromSite) {}

  /** {@code POST …/closure}. */
  public record CloseRequest(String summary) {}

  /** {@code POST …/review} (复盘). */
  public record ReviewRequest(String findings, List<String> lessons) {}

  /** The kinds of leadership a request may name. */
  enum LeadKind {
    LEAD_LEADER,
    TASK_FORCE
  }

  static ImpactAssessment impact(
      Requests.Errors errors,
      Integer deaths,
      Integer injured,
      Integer affected,
      Boolean spreading) {
    Integer d = count(errors, "deaths", deaths);
    Integer i = count(errors, "injured", injured);
    Integer a = count(errors, "affected", affected);
    if (d == null || i == null || a == null) {
      return null;
    }
    return new ImpactAssessment(d, i, a, Boolean.TRUE.equals(spreading));
  }

  private static Integer count(Requests.Errors errors, String path, Integer value) {
    if (value == null) {
      errors.add(path, "required: a count, 0 or more");
      return null;
    }
    if (value < 0) {
      errors.add(path, "a count is not negative");
      return null;
    }
    return value;
  }

  static UnitId unit(Requests.Errors errors, String path, String value) {
    if (value == null) {
      errors.add(path, "required: a unit id such as county.fire");
      return null;
    }
    return errors.attempt(path, () -> UnitId.of(value));
  }

  static Leadership lead(Requests.Errors errors, LeadRequest r) {
    LeadKind kind = errors.enumValue("kind", r.kind(), LeadKind.class);
    Actor head = person(errors, "head", r.head());
    if (kind == null) {
      return null;
    }
    return switch (kind) {
      case LEAD_LEADER -> {
        String post = errors.text("post", r.post());
        yield head == null || post == null ? null : new Leadership.LeadLeader(head, post);
      }
      case TASK_FORCE -> {
        String name = errors.text("name", r.name());
        List<Actor> members = new ArrayList<>();
        List<PersonRequest> given = r.members() == null ? List.of() : r.members();
        for (int i = 0; i < given.size(); i++) {
          Actor m = person(errors, "members[" + i + "]", given.get(i));
          if (m != null) {
            members.add(m);
          }
        }
        yield head == null || name == null || errors.any()
            ? null
            : new Leadership.TaskForce(name, head, members);
      }
    };
  }

  private static Actor person(Requests.Errors errors, String path, PersonRequest p) {
    if (p == null) {
      errors.add(path, "required: {\"id\":…,\"name\":…}");
      return null;
    }
    return errors.attempt(path, () -> new Actor(p.id(), p.name()));
  }
}
