package org.db3311.sgc.server.console;

import java.util.List;
import java.util.Map;

/** The models the console's templates render. */
public final class ConsoleViews {
  private ConsoleViews() {}

  /** Who is logged in, as the page header shows it. */
  public record Who(String name, String division, List<String> roles) {
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
}
