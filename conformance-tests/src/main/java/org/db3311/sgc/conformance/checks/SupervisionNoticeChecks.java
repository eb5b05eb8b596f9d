package org.db3311.sgc.conformance.checks;

import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.db3311.sgc.conformance.ConformanceCheck;
import org.db3311.sgc.conformance.Probe;
import org.db3311.sgc.core.catalog.Implements;

/**
 * Supervision of an accepted dispute with its handling deadline (6.2.1.3: 督查督办 … 限期调处，限期反馈办理结果): on
 * the tenant's clock, no overdue notice while the last day runs, and an overdue notice (督办) naming
 * that day once it has passed. The notices are issued by the deployment's deadline sweep, which the
 * kit runs at once through the tenant's aid ({@code POST /api/v1/inspection/deadline-sweep}).
 */
public final class SupervisionNoticeChecks {

  /** When the dispute is accepted: a Monday morning. */
  static final OffsetDateTime ACCEPTED =
      OffsetDateTime.of(2026, 10, 12, 9, 0, 0, 0, TenantClockChecks.BEIJING);

  private SupervisionNoticeChecks() {}

  public static List<ConformanceCheck> all() {
    return List.of(new OverdueNotice());
  }

  /** The handling deadline passes: the sweep issues an overdue notice naming the last day. */
  @Implements("6.2.1.3")
  static final class OverdueNotice extends HttpCheck {
    OverdueNotice() {
      super(
          "supervision-overdue-notice",
          "6.2.1.3 once an accepted dispute's handling deadline passes, it gets an overdue notice",
          "supervision",
          List.of("6.2.1.3"),
          List.of(
              "PUT /api/v1/inspection/clock (to " + ACCEPTED + ", to its last day, past it, back)",
              "POST /api/v1/matters and …/decision (one accepted dispute)",
              "POST /api/v1/inspection/deadline-sweep (twice)"));
    }

    @Override
    public void run(Probe p) throws Exception {
      if (!p.settings().tenant()) {
        p.skip("reaching a deadline needs the inspection tenant's own clock");
      }
      TenantTime.at(p, ACCEPTED, () -> check(p));
    }

    private void check(Probe p) throws Exception {
      String county = p.settings().county();
      String n = Fixtures.accepted(p, "dispute.neighbour", "督办通知");
      String file = "/api/v1/supervision/files/" + n + "?county=" + county;
      JsonObject f = p.require(p.get(file), 200, "/api/v1/supervision/files/{subject}", "the file");
      String due =
          Fixtures.objects(f, "clocks").stream()
              .filter(c -> "HANDLING".equals(c.getString("step", "")))
              .map(c -> c.getString("deadline", ""))
              .findFirst()
              .orElse("");
      if (!p.expect(
          due.matches("\\d{4}-\\d{2}-\\d{2}.*"),
          "the accepted dispute has a handling deadline (" + due + ")")) {
        return;
      }
      LocalDate last = LocalDate.parse(due.substring(0, 10));

      TenantTime.set(p, last.atTime(9, 0).atOffset(TenantClockChecks.BEIJING));
      sweep(p, "on the last day " + last);
      p.expect(
          overdueNotices(p, file).isEmpty(),
          "while its last day " + last + " runs, the dispute has no overdue notice");

      TenantTime.set(p, last.plusDays(1).atTime(10, 0).atOffset(TenantClockChecks.BEIJING));
      sweep(p, "the day after " + last);
      List<JsonObject> overdue = overdueNotices(p, file);
      p.expect(
          !overdue.isEmpty(),
          "the day after its last day the dispute has an overdue notice (督办) (" + overdue + ")");
      p.expect(
          overdue.stream().allMatch(x -> x.getString("dueDate", "").equals(last.toString())),
          "the overdue notice names the last day " + last);
    }

    private static void sweep(Probe p, String when) throws Exception {
      JsonObject r =
          p.require(
              p.post("/api/v1/inspection/deadline-sweep", "{}"),
              200,
              "/api/v1/inspection/deadline-sweep",
              "the tenant's deadline sweep " + when);
      p.note("sweep " + when + ": " + r);
    }

    private static List<JsonObject> overdueNotices(Probe p, String file) throws Exception {
      JsonObject f =
          p.require(p.get(file), 200, "/api/v1/supervision/files/{subject}", "the file's notices");
      return Fixtures.objects(f, "notices").stream()
          .filter(x -> !"REMINDER".equals(x.getString("level", "")))
          .toList();
    }
  }
}
