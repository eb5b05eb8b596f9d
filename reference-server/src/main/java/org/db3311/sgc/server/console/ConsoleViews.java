package org.db3311.sgc.server.console;

import java.util.List;
import java.util.Map;

/** The models the console's templates render. */
public final class ConsoleViews {
  private ConsoleViews() {}

  /** Who is logged in, as the page header shows it. */
  public record Who(String name, String division, List<String> roles, String csrf) {
    public boolean has(String role) {
      return roles.contains(role);
    }
  }

  /** A choice in a form: value, label, whether selected. */
  public record Option(String value, String label, boolean selected) {}

  /** A material of the checklist: whether the category requires it, whether it was ticked. */
  public record MaterialChoice(String code, String label, boolean required, boolean ticked) {}

  /** The registration form as filled in, with the field errors of a refused attempt. */
  public record IntakeForm(
      Map<String, String> values,
      List<Option> categories,
      List<MaterialChoice> materials,
      Map<String, String> errors,
      String message) {
    public String value(String name) {
      return values.getOrDefault(name, "");
    }

    public String error(String name) {
      return errors.get(name);
    }
  }

  /** The outcome of a registration and its printable document. */
  public record Outcome(String number, String outcome, String title, String document) {}

  /** The supervision board (8.2.4): counts per unit and stage, and the overdue list. */
  public record Board(
      String county,
      String at,
      List<String> stages,
      List<UnitRow> units,
      UnitRow total,
      List<DueRow> overdue,
      List<DueRow> dueSoon,
      List<Waiting> awaitingApplicant,
      List<String> failures) {}

  /**
   * A matter awaiting the applicant's supplement after the one-time notice (6.1.1.1); its clock
   * stands meanwhile, which is the product's choice, not the clause's.
   */
  public record Waiting(String subject, String unit, String since) {}

  public record UnitRow(
      String unit, int pending, int handled, int completed, int overdue, List<Integer> byStage) {}

  public record DueRow(String subject, String title, String unit, String state, String deadline) {}

  /** One matter of the work queue, with its deadline's working days left. */
  public record QueueRow(
      String number,
      String state,
      String category,
      String township,
      String registeredAt,
      String unit,
      Deadline deadline) {}

  /** The work queue of a division and role, most urgent deadline first. */
  public record Queue(String county, String within, List<String> states, List<QueueRow> rows) {}

  /**
   * A running deadline: its last day, whether that day is provisional (ruling R10: counted over a
   * year whose official holidays are not published yet), and the working days left or overdue.
   */
  public record Deadline(
      String what, String date, boolean provisional, boolean overdue, String status) {}

  /** One entry of a matter's history (the audit trail of the matter and its mediation). */
  public record TimelineRow(String at, String actor, String action, String states, String detail) {}

  /** The mediation case of a matter: its state, what was recorded, and its parties by position. */
  public record MediationPanel(
      String id, String state, String stateZh, List<String> facts, List<Option> parties) {}

  /** The matter page: facts, deadlines, timeline, and the actions its state allows the caller. */
  public record MatterPage(
      String number,
      String state,
      String stateZh,
      String category,
      String place,
      String registeredAt,
      String description,
      List<String> parties,
      List<String> materials,
      List<String> missing,
      List<Deadline> deadlines,
      List<TimelineRow> timeline,
      MediationPanel mediation,
      java.util.Set<String> actions,
      String version,
      String mediationVersion,
      List<Option> kinds,
      String message,
      String error) {
    public boolean can(String action) {
      return actions.contains(action);
    }
  }

  /** One step of a matter's progress as the public sees it. */
  public record Step(String at, String state) {}

  /** A matter as the public follow page shows it: names masked, no description or address. */
  public record Follow(
      String number,
      String state,
      String category,
      String township,
      String registeredAt,
      List<String> applicants,
      List<String> missing,
      String mediation,
      List<Step> steps) {}

  /**
   * The public feedback page (9.1): the submission form as filled in with its field errors, the
   * ticket and follow code of a submission just made (shown once), the follow form and the status
   * it found.
   */
  public record FeedbackPage(
      List<Option> counties,
      List<Option> kinds,
      Map<String, String> values,
      Map<String, String> errors,
      String message,
      Submitted submitted,
      String followMessage,
      FeedbackStatus status) {
    public String value(String name) {
      return values.getOrDefault(name, "");
    }

    public String error(String name) {
      return errors.get(name);
    }
  }

  /** A submission just made: its ticket and the follow code, which is not shown again. */
  public record Submitted(String county, String ticket, String code) {}

  /** A ticket as its holder sees it: kind, state, the verdict on a complaint, the messages. */
  public record FeedbackStatus(
      String ticket, String kind, String state, String verdict, List<Step> messages) {}

  /** A published re-check result as the public board shows it (9.3.3). */
  public record RecheckRow(
      String publishedAt,
      String action,
      String owner,
      String finding,
      String measure,
      int round,
      String result,
      String notes) {}
}
