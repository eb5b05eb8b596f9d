package org.db3311.sgc.server.duty;

import java.util.List;
import org.db3311.sgc.core.eventhandling.DutyLeader;
import org.db3311.sgc.core.eventhandling.DutyRosterSnapshot;

/** A month's duty roster of county leaders (值班县级领导, 6.3.1.2) as the API shows it. */
public record DutyRosterView(
    String county,
    String month,
    String state,
    String publishedAt,
    LeaderView fallback,
    List<ShiftView> shifts) {

  public record LeaderView(String id, String name) {
    static LeaderView of(DutyLeader l) {
      return new LeaderView(l.id(), l.name());
    }
  }

  public record ShiftView(String start, String end, LeaderView leader) {}

  static DutyRosterView of(String county, DutyRosterSnapshot s) {
    return new DutyRosterView(
        county,
        s.id().month().toString(),
        s.state().name(),
        s.publishedAt().map(Object::toString).orElse(null),
        LeaderView.of(s.fallback()),
        s.shifts().stream()
            .map(
                x ->
                    new ShiftView(
                        x.start().toString(), x.end().toString(), LeaderView.of(x.leader())))
            .toList());
  }
}
