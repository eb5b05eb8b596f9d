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
    static LeaderView of(DutyLeader x) {
      return DutyRosterViewMapper.INSTANCE.view(x);
    }
  }

  public record ShiftView(String start, String end, LeaderView leader) {}

  static DutyRosterView of(String county, DutyRosterSnapshot s) {
    return DutyRosterViewMapper.INSTANCE.view(county, s);
  }
}
