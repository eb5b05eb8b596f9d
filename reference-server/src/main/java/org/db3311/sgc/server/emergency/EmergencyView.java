package org.db3311.sgc.server.emergency;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.db3311.sgc.core.emergency.Incident;
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
    static LeadershipView of(Leadership l) {
      return switch (l) {
        case Leadership.LeadLeader x ->
            new LeadershipView("LEAD_LEADER", x.head().name(), x.post(), null, List.of());
        case Leadership.TaskForce t ->
            new LeadershipView(
                "TASK_FORCE",
                t.head().name(),
                null,
                t.name(),
                t.members().stream().map(m -> m.name()).toList());
      };
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
    static OrderView of(Order o) {
      return new OrderView(
          o.id(),
          o.department().value(),
          o.instruction(),
          o.onSite(),
          o.issuedAt().toString(),
          text(o.arrivedAt()),
          text(o.completedAt()),
          o.completion().isEmpty() ? null : o.completion());
    }
  }

  public record ProgressView(String at, String from, String text, boolean fromSite) {
    static ProgressView of(ProgressReport p) {
      return new ProgressView(p.at().toString(), p.from().value(), p.text(), p.fromSite());
    }
  }

  public record ReviewView(String by, String at, String findings, List<String> lessons) {}

  public record StepView(
      String action, String from, String to, String by, String at, String detail) {}

  /** The grade the policy suggests for an impact (6.6.1.p2); the commander decides. */
  public record SuggestionView(String grade, boolean major) {}

  public static EmergencyView of(String county, IncidentSnapshot s) {
    var d = s.discovery();
    return new EmergencyView(
        s.id().value(),
        county,
        s.state().name(),
        new DiscoveryView(
            d.channel().name(), d.reference(), d.summary(), d.at().toString(), d.by().name()),
        s.gradings().isEmpty() ? null : s.gradings().getLast().grade().name(),
        !s.gradings().isEmpty() && s.gradings().getLast().grade().isMajor(),
        s.gradings().stream().map(EmergencyView::grading).toList(),
        s.leadership().map(LeadershipView::of).orElse(null),
        s.activation()
            .map(
                a ->
                    new ActivationView(
                        a.plan().id(),
                        a.plan().title(),
                        a.headquarters(),
                        a.by().name(),
                        a.at().toString()))
            .orElse(null),
        s.orders().stream().map(OrderView::of).toList(),
        s.progress().stream().map(ProgressView::of).toList(),
        s.closingSummary().orElse(null),
        text(s.closedAt()),
        s.review()
            .map(r -> new ReviewView(r.by().name(), r.at().toString(), r.findings(), r.lessons()))
            .orElse(null),
        s.history().stream().map(EmergencyView::step).toList());
  }

  private static GradingView grading(Incident.Grading g) {
    var i = g.impact();
    return new GradingView(
        g.grade().name(),
        g.suggested().name(),
        new ImpactView(i.deaths(), i.injured(), i.affected(), i.spreading()),
        g.rationale(),
        g.by().name(),
        g.at().toString());
  }

  private static StepView step(Incident.Step s) {
    return new StepView(
        s.action().name(),
        s.from() == null ? null : s.from().name(),
        s.to().name(),
        s.by().name(),
        s.at().toString(),
        s.detail());
  }

  private static String text(Optional<Instant> at) {
    return at.map(Instant::toString).orElse(null);
  }
}
