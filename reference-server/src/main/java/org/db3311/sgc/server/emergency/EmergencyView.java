package org.db3311.sgc.server.emergency;

import java.util.List;
import org.db3311.sgc.core.emergency.IncidentSnapshot;
import org.db3311.sgc.core.emergency.Leadership;
import org.db3311.sgc.core.emergency.Order;
import org.db3311.sgc.core.emergency.ProgressReport;

/** An incident (突发事件) as the API shows it. */
public record EmergencyView(
    String id,
    String county,
    String state,
    DiscoveryView discovery,
    String grade,
    boolean major,
    List<GradingView> gradings,
    LeadershipView leadership,
    ActivationView activation,
    List<OrderView> orders,
    List<ProgressView> progress,
    String closingSummary,
    String closedAt,
    ReviewView review,
    List<StepView> history) {

  public record DiscoveryView(
      String channel, String reference, String summary, String at, String by) {}

  public record ImpactView(int deaths, int injured, int affected, boolean spreading) {}

  /** A grade given; {@code suggested} is the policy's, {@code rationale} why they differ. */
  public record GradingView(
      String grade, String suggested, ImpactView impact, String rationale, String by, String at) {}

  /** LEAD_LEADER with the post, or TASK_FORCE with its name and members. */
  public record LeadershipView(
      String kind, String head, String post, String name, List<String> members) {
    static LeadershipView of(Leadership x) {
      return EmergencyViewMapper.INSTANCE.view(x);
    }
  }

  public record ActivationView(
      String plan, String title, String headquarters, String by, String at) {}

  public record OrderView(
      String id,
      String department,
      String instruction,
      boolean onSite,
      String issuedAt,
      String arrivedAt,
      String completedAt,
      String completion) {
    static OrderView of(Order x) {
      return EmergencyViewMapper.INSTANCE.view(x);
    }
  }

  public record ProgressView(String at, String from, String text, boolean fromSite) {
    static ProgressView of(ProgressReport x) {
      return EmergencyViewMapper.INSTANCE.view(x);
    }
  }

  public record ReviewView(String by, String at, String findings, List<String> lessons) {}

  public record StepView(
      String action, String from, String to, String by, String at, String detail) {}

  /** The grade the policy suggests for an impact (6.6.1.p2); the commander decides. */
  public record SuggestionView(String grade, boolean major) {}

  public static EmergencyView of(String county, IncidentSnapshot s) {
    return EmergencyViewMapper.INSTANCE.view(county, s);
  }
}
