package org.db3311.sgc.server.duty;

import java.util.ArrayList;
import java.util.List;
import org.db3311.sgc.core.eventhandling.DutyLeader;
import org.db3311.sgc.server.http.Requests;

/** The request bodies of the duty roster endpoints. */
public final class DutyRosterRequests {
  private DutyRosterRequests() {}

  public record LeaderRequest(String id, String name) {}

  /**
   * {@code POST /api/v1/duty-rosters}: plan a month, the leaders taking turns day by day from the
   * handover time, and the fallback leader for any hour not covered.
   */
  public record PlanRequest(
      String month, List<LeaderRequest> leaders, String handover, LeaderRequest fallback) {}

  /** {@code POST …/shifts}: assign one shift (local date-times). */
  public record ShiftRequest(String start, String end, LeaderRequest leader) {}

  /** {@code POST …/fallback}. */
  public record FallbackRequest(LeaderRequest fallback) {}

  /** {@code POST …/revision}: take a published roster back to draft, saying why. */
  public record RevisionRequest(String reason) {}

  static DutyLeader leader(Requests.Errors errors, String path, LeaderRequest l) {
    if (l == null) {
      errors.add(path, "required: id and name");
      return null;
    }
    return errors.attempt(path, () -> new DutyLeader(l.id(), l.name()));
  }

  static List<DutyLeader> leaders(Requests.Errors errors, List<LeaderRequest> given) {
    List<DutyLeader> out = new ArrayList<>();
    if (given == null || given.isEmpty()) {
      errors.add("leaders", "at least one county leader");
      return out;
    }
    for (int i = 0; i < given.size(); i++) {
      DutyLeader l = leader(errors, "leaders[" + i + "]", given.get(i));
      if (l != null) {
        out.add(l);
      }
    }
    return out;
  }
}
