package org.db3311.sgc.conformance.checks;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.db3311.sgc.conformance.ConformanceCheck;
import org.db3311.sgc.conformance.Probe;
import org.db3311.sgc.core.catalog.Implements;

/**
 * Leader reception (领导接访, 6.2.1.2) over the published reception API: the rota of a month in the
 * tenant's future, planned and published, names one receiving leader on every working day the kit
 * counts on its own calendar (R9), the adjusted working weekend (调休) included.
 */
public final class ReceptionChecks {

  /** A month with an adjusted working Sunday (2026-09-20) and a weekday off (2026-09-25). */
  static final YearMonth ROTA_MONTH = YearMonth.of(2026, 9);

  /** The tenant's day when the rota is planned: before the month. */
  static final OffsetDateTime PLANNED_ON =
      OffsetDateTime.of(2026, 8, 20, 9, 0, 0, 0, TenantClockChecks.BEIJING);

  private ReceptionChecks() {}

  public static List<ConformanceCheck> all() {
    return List.of(new LeaderEveryWorkingDay());
  }

  /** The published rota has a leader on each working day of the month. */
  @Implements("6.2.1.2")
  static final class LeaderEveryWorkingDay extends HttpCheck {
    LeaderEveryWorkingDay() {
      super(
          "reception-leader-every-working-day",
          "6.2.1.2 the published reception rota has one county leader on every working day",
          "reception",
          List.of("6.2.1.2"),
          List.of(
              "PUT /api/v1/inspection/clock (to " + PLANNED_ON + ", then back)",
              "POST /api/v1/reception/rotas and …/publication (the rota of "
                  + ROTA_MONTH
                  + ", two leaders)"));
    }

    @Override
    public void run(Probe p) throws Exception {
      if (!p.settings().tenant()) {
        // a published rota would be the county's real one
        p.skip(
            "publishing a reception rota needs the inspection tenant, whose data the kit removes");
      }
      TenantTime.at(p, PLANNED_ON, () -> check(p));
    }

    private void check(Probe p) throws Exception {
      String county = p.settings().county();
      String rota = "/api/v1/reception/rotas/" + ROTA_MONTH + "?county=" + county;
      if (p.get(rota).status() != 200) {
        p.require(
            p.post(
                "/api/v1/reception/rotas?county=" + county,
                "{\"month\":\""
                    + ROTA_MONTH
                    + "\",\"leaders\":["
                    + leader("kit-reception-1", "检查接访领导一")
                    + ","
                    + leader("kit-reception-2", "检查接访领导二")
                    + "]}"),
            201,
            "/api/v1/reception/rotas",
            "planning the reception rota of " + ROTA_MONTH);
      }
      JsonObject draft =
          p.require(p.get(rota), 200, "/api/v1/reception/rotas/{month}", "the planned rota");
      if (!"PUBLISHED".equals(draft.getString("state", ""))) {
        p.require(
            EventChecks.ifMatch(
                p,
                rota,
                "/api/v1/reception/rotas/" + ROTA_MONTH + "/publication?county=" + county,
                null),
            200,
            "/api/v1/reception/rotas/{month}/publication",
            "publishing the reception rota of " + ROTA_MONTH);
      }
      JsonObject published =
          p.require(p.get(rota), 200, "/api/v1/reception/rotas/{month}", "the published rota");
      p.expect(
          "PUBLISHED".equals(published.getString("state", "")),
          "the rota is PUBLISHED (" + published.getString("state", "?") + ")");
      JsonObject days =
          published.containsKey("days") && published.get("days") instanceof JsonObject d
              ? d
              : JsonObject.EMPTY_JSON_OBJECT;
      KitCalendar calendar = KitCalendar.carried();
      List<LocalDate> without = new ArrayList<>();
      int working = 0;
      for (LocalDate d = ROTA_MONTH.atDay(1);
          !d.isAfter(ROTA_MONTH.atEndOfMonth());
          d = d.plusDays(1)) {
        if (!calendar.isWorkingDay(d)) {
          continue;
        }
        working++;
        JsonValue v = days.get(d.toString());
        if (!(v instanceof JsonObject l) || l.getString("name", "").isBlank()) {
          without.add(d);
        }
      }
      p.note(working + " working days in " + ROTA_MONTH + " on the kit's calendar");
      p.expect(
          without.isEmpty(),
          "every working day of the published rota names its receiving leader"
              + (without.isEmpty() ? "" : " (none on " + without + ")"));
      LocalDate adjusted = LocalDate.of(2026, 9, 20);
      p.expect(
          days.get(adjusted.toString()) instanceof JsonObject,
          "the adjusted working Sunday " + adjusted + " (调休) has its leader");
    }

    private static String leader(String id, String name) {
      return "{\"id\":\"" + id + "\",\"name\":\"" + name + "\",\"title\":\"副县长（检查）\"}";
    }
  }
}
