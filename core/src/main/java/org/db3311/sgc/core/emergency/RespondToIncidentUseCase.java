package org.db3311.sgc.core.emergency;

import java.util.List;
import java.util.Objects;
import org.db3311.sgc.core.common.Actor;
import org.db3311.sgc.core.common.UnitId;

/**
 * Incoming port: the response to an incident (6.6) — graded, led, its plan activated, orders issued
 * and carried out, progress reported, closed and reviewed. Each step says whether it was done or
 * why not ({@link CommandResult}) where the incident decides; the others return the incident.
 */
public interface RespondToIncidentUseCase {

  CommandResult grade(Grade command);

  IncidentSnapshot assignLead(AssignLead command);

  CommandResult activatePlan(ActivatePlan command);

  CommandResult issueOrder(IssueOrder command);

  IncidentSnapshot arriveOnSite(ArriveOnSite command);

  CommandResult completeOrder(CompleteOrder command);

  IncidentSnapshot reportProgress(ReportProgress command);

  CommandResult close(Close command);

  IncidentSnapshot review(Review command);

  record Grade(
      IncidentId id, ImpactAssessment impact, IncidentGrade grade, String rationale, Actor by) {
    public Grade {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(impact, "impact");
      Objects.requireNonNull(grade, "grade");
      Objects.requireNonNull(rationale, "rationale");
      Objects.requireNonNull(by, "by");
    }
  }

  record AssignLead(IncidentId id, Leadership lead, Actor by) {
    public AssignLead {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(lead, "lead");
      Objects.requireNonNull(by, "by");
    }
  }

  record ActivatePlan(IncidentId id, String planId, Actor by) {
    public ActivatePlan {
      Objects.requireNonNull(id, "id");
      requireText(planId, "an activation names the plan");
      Objects.requireNonNull(by, "by");
    }
  }

  record IssueOrder(
      IncidentId id,
      String orderId,
      UnitId department,
      String instruction,
      boolean onSite,
      Actor by) {
    public IssueOrder {
      Objects.requireNonNull(id, "id");
      requireText(orderId, "an order has an id");
      Objects.requireNonNull(department, "department");
      requireText(instruction, "an order says what to do");
      Objects.requireNonNull(by, "by");
    }
  }

  record ArriveOnSite(IncidentId id, String orderId, Actor by) {
    public ArriveOnSite {
      Objects.requireNonNull(id, "id");
      requireText(orderId, "an arrival names its order");
      Objects.requireNonNull(by, "by");
    }
  }

  record CompleteOrder(IncidentId id, String orderId, String completion, Actor by) {
    public CompleteOrder {
      Objects.requireNonNull(id, "id");
      requireText(orderId, "a completion names its order");
      requireText(completion, "a completion says what was done");
      Objects.requireNonNull(by, "by");
    }
  }

  record ReportProgress(IncidentId id, UnitId from, String text, boolean fromSite, Actor by) {
    public ReportProgress {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(from, "from");
      requireText(text, "a progress report says something");
      Objects.requireNonNull(by, "by");
    }
  }

  record Close(IncidentId id, String summary, Actor by) {
    public Close {
      Objects.requireNonNull(id, "id");
      requireText(summary, "closing an incident sums it up");
      Objects.requireNonNull(by, "by");
    }
  }

  record Review(IncidentId id, String findings, List<String> lessons, Actor by) {
    public Review {
      Objects.requireNonNull(id, "id");
      requireText(findings, "a review states its findings");
      lessons = List.copyOf(lessons);
      Objects.requireNonNull(by, "by");
    }
  }

  private static void requireText(String s, String message) {
    if (s == null || s.isBlank()) {
      throw new IllegalArgumentException(message);
    }
  }
}
