package org.db3311.sgc.server.events;

import java.util.List;
import org.db3311.sgc.core.eventhandling.DutyLeader;
import org.db3311.sgc.core.eventhandling.EventReview;
import org.db3311.sgc.core.eventhandling.GovernanceEventSnapshot;

/** A social-governance event (社会治理事件, 6.3) as the API shows it. */
public record EventView(
    String matter,
    String title,
    String category,
    String county,
    String townshipCode,
    String address,
    String receivedAt,
    int round,
    String state,
    String scope,
    List<String> units,
    String lead,
    LeaderView dutyLeader,
    String dutyFallback,
    String cityReference,
    String transferReference,
    List<String> handlingReports,
    ReviewView review,
    String resultReport,
    String resultReference) {

  public record LeaderView(String id, String name) {
    static LeaderView of(DutyLeader l) {
      return new LeaderView(l.id(), l.name());
    }
  }

  public record ReviewView(String assessment, List<String> lessons, String reviewedBy) {
    static ReviewView of(EventReview r) {
      return new ReviewView(r.assessment(), r.lessons(), r.reviewedBy());
    }
  }

  public static EventView of(GovernanceEventSnapshot s) {
    return new EventView(
        s.matter().toString(),
        s.title(),
        s.categoryCode(),
        s.place().county().value(),
        s.place().townshipCode().map(Object::toString).orElse(null),
        s.place().address(),
        s.receivedAt().toString(),
        s.round(),
        s.state().name(),
        s.scope().map(Enum::name).orElse(null),
        s.units().stream().map(u -> u.value()).toList(),
        s.lead().map(u -> u.value()).orElse(null),
        s.dutyLeader().map(LeaderView::of).orElse(null),
        s.dutyFallback().orElse(null),
        s.cityReference().orElse(null),
        s.transferReference().orElse(null),
        s.handlingReports(),
        s.review().map(ReviewView::of).orElse(null),
        s.resultReport().orElse(null),
        s.resultReference().orElse(null));
  }
}
