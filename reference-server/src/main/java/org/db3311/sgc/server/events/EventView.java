package org.db3311.sgc.server.events;

import java.util.List;
import org.db3311.sgc.core.eventhandling.DutyLeader;
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
      return EventViewMapper.INSTANCE.view(l);
    }
  }

  public record ReviewView(String assessment, List<String> lessons, String reviewedBy) {}

  public static EventView of(GovernanceEventSnapshot s) {
    return EventViewMapper.INSTANCE.view(s);
  }
}
