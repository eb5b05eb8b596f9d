package org.db3311.sgc.conformance.checks;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.db3311.sgc.conformance.ConformanceCheck;
import org.db3311.sgc.conformance.Probe;
import org.db3311.sgc.core.catalog.Implements;

/**
 * Deadlines moved through the calendar with the inspection tenant's own clock: a matter accepted
 * just before a holiday with adjusted working weekends (调休), or just before a year whose
 * arrangement is not published, has the last day the kit counts itself from the arrangements it
 * carries (R9, R10); the clock is then moved seconds past that day and the matter must be overdue
 * on the supervision view (8.2.4). The tenant's clock is put back afterwards.
 */
public final class TenantClockChecks {

  static final ZoneOffset BEIJING = ZoneOffset.ofHours(8);

  private TenantClockChecks() {}

  public static List<ConformanceCheck> all() {
    return List.of(
        new HolidayDeadline(
            "deadline-across-spring-festival",
            "R9 a deadline across the 2026 Spring Festival counts its 调休 working Saturdays",
            LocalDate.of(2026, 2, 12)),
        new HolidayDeadline(
            "deadline-across-national-day",
            "R9 a deadline across the 2026 National Day counts its 调休 working weekends",
            LocalDate.of(2026, 9, 18)),
        new HolidayDeadline(
            "deadline-across-year-boundary",
            "R10 a deadline across the year boundary into an unpublished year is provisional",
            LocalDate.of(2026, 12, 29)));
  }

  /** One acceptance on a chosen day, its deadline counted by the kit, then the day passed. */
  @Implements({"R9", "R10", "8.2.4"})
  static final class HolidayDeadline extends HttpCheck {
    private final LocalDate start;

    HolidayDeadline(String id, String name, LocalDate start) {
      super(
          id,
          name,
          "supervision",
          List.of("R9", "R10", "8.2.4"),
          List.of(
              "PUT /api/v1/inspection/clock (to " + start + ", then past the deadline, then back)",
              "POST /api/v1/matters and …/decision (one accepted event)"));
      this.start = start;
    }

    @Override
    public void run(Probe p) throws Exception {
      if (!p.settings().tenant()) {
        p.skip("moving a deadline's day needs the inspection tenant's own clock");
      }
      KitCalendar calendar = KitCalendar.carried();
      JsonObject tenant =
          p.require(p.get("/api/v1/inspection"), 200, "/api/v1/inspection", "the tenant's clock");
      Duration offset = Duration.parse(tenant.getString("offset", "PT0S"));
      try {
        setClock(p, start.atTime(9, 0).atOffset(BEIJING));
        check(p, calendar);
      } finally {
        // the tenant's time as it was (its offset from real time), whatever happened above
        setClock(p, Instant.now().plus(offset).atOffset(BEIJING));
      }
    }

    private void check(Probe p, KitCalendar calendar) throws Exception {
      String county = p.settings().county();
      String n = Fixtures.accepted(p, "event.public_demand", "节假日期限 " + start);
      String filePath = "/api/v1/supervision/files/" + n + "?county=" + county;
      JsonObject file =
          p.require(
              p.get(filePath), 200, "/api/v1/supervision/files/{subject}", "the supervision file");
      JsonObject handling =
          Fixtures.objects(file, "clocks").stream()
              .filter(c -> "HANDLING".equals(c.getString("step", "")))
              .findFirst()
              .orElse(null);
      if (!p.expect(handling != null, "the accepted event has a running handling clock")) {
        return;
      }
      LocalDate started =
          OffsetDateTime.parse(handling.getString("startedAt"))
              .atZoneSameInstant(BEIJING)
              .toLocalDate();
      p.expect(
          started.equals(start),
          "the clock started on the tenant's day " + start + " (" + started + ")");
      LocalDate expected =
          calendar.plusWorkingDays(
              started, CaseworkChecks.WorkingDayDeadline.HANDLING_WORKING_DAYS);
      String text = handling.getString("deadline", "");
      if (!p.expect(
          text.matches("\\d{4}-\\d{2}-\\d{2}.*"), "the handling clock names its last day")) {
        return;
      }
      LocalDate due = LocalDate.parse(text.substring(0, 10));
      if (calendar.provisional(expected.getYear()) && !handling.getBoolean("provisional", true)) {
        // the deployment holds an official arrangement for a year the kit only knows
        // provisionally: the kit cannot count that year, so this is not verified, not failed
        p.skip(
            "the deployment counts "
                + expected.getYear()
                + " on an official arrangement this kit version does not carry");
      }
      p.expect(
          due.equals(expected),
          "the last day is "
              + due
              + "; the kit counts "
              + CaseworkChecks.WorkingDayDeadline.HANDLING_WORKING_DAYS
              + " working days from "
              + started
              + " to "
              + expected
              + " (the deployment's day has "
              + calendar.workingDaysBetween(started, due)
              + " on the kit's calendar)");
      String next = file.getString("nextDeadline", "");
      p.expect(
          next.startsWith(due.toString()),
          "the file's next deadline is the handling clock's (" + next + ")");
      boolean provisional = calendar.provisional(due.getYear());
      p.expect(
          handling.getBoolean("provisional", false) == provisional,
          "a last day in "
              + due.getYear()
              + (provisional ? " says it is provisional (R10)" : " is not provisional"));

      setClock(p, due.atTime(23, 59, 58).atOffset(BEIJING));
      p.expect(!overdue(p, county).contains(n), "on the last day itself the matter is not overdue");
      p.require(
          p.post("/api/v1/inspection/clock/advance", "{\"by\":\"PT4S\"}"),
          200,
          "/api/v1/inspection/clock/advance",
          "moving the clock four seconds on");
      p.expect(
          overdue(p, county).contains(n),
          "seconds after the last day the matter is on the overdue list (8.2.4)");
      JsonObject after =
          p.require(
              p.get(filePath), 200, "/api/v1/supervision/files/{subject}", "the file afterwards");
      List<JsonObject> notices = Fixtures.objects(after, "notices");
      // notices come from the deployment's scheduled sweep, whose interval the kit cannot force
      p.note(
          notices.isEmpty()
              ? "no supervision notice yet (issued by the deployment's sweep on its own interval)"
              : "supervision notices: " + notices);
      for (JsonObject notice : notices) {
        p.expect(
            notice.getString("dueDate", "").equals(due.toString()),
            "the " + notice.getString("level", "?") + " notice names the last day " + due);
      }
    }

    private static List<String> overdue(Probe p, String county) throws Exception {
      List<String> subjects = new ArrayList<>();
      for (int n = 0; n < 20; n++) {
        JsonObject page =
            p.require(
                p.get("/api/v1/supervision/overdue?county=" + county + "&size=100&page=" + n),
                200,
                "/api/v1/supervision/overdue",
                "the overdue list");
        Fixtures.objects(page, "items").forEach(i -> subjects.add(i.getString("subject", "")));
        if ((n + 1) * 100 >= page.getInt("total", 0)) {
          break;
        }
      }
      return subjects;
    }

    private static void setClock(Probe p, OffsetDateTime now) throws Exception {
      p.require(
          p.send(
              "PUT", "/api/v1/inspection/clock", "{\"now\":\"" + now.withNano(0) + "\"}", Map.of()),
          200,
          "/api/v1/inspection/clock",
          "setting the tenant's clock to " + now.withNano(0));
    }
  }
}
