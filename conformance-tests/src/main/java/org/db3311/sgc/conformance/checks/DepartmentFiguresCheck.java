package org.db3311.sgc.conformance.checks;

import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.db3311.sgc.conformance.Probe;
import org.db3311.sgc.core.catalog.Implements;

/**
 * 9.2.2: each department's rates (响应率、处置率、满意率, by the definitions of R8) move by exactly what the
 * kit's matter did there: a dispute mediated to a close the day it was accepted counts once in the
 * handling and on-time handling rates of the department that handled it, and the other departments'
 * rates do not move.
 */
@Implements({"9.2.2", "R8"})
final class DepartmentFiguresCheck extends HttpCheck {

  private static final List<String> HANDLING = List.of("HANDLING_RATE", "ON_TIME_HANDLING_RATE");

  DepartmentFiguresCheck() {
    super(
        "evaluation-department-rates",
        "9.2.2 a department's handling rates move by exactly the matter it closed",
        "evaluation",
        List.of("9.2.2", "R8"),
        List.of("POST /api/v1/matters, …/decision and mediation to closure (one matter)"));
  }

  @Override
  public void run(Probe p) throws Exception {
    if (!p.settings().tenant()) {
      // a real county's departments move with real work between two reads of the sheet
      p.skip("counting one department's rates exactly needs the inspection tenant");
    }
    LocalDate day = HttpSteps.today(p);
    String county = p.settings().county();
    String sheet =
        "/api/v1/evaluation/sheet?county=" + county + "&period=" + day + ".." + day + "&size=200";
    Map<String, Map<String, long[]>> before = departments(p, sheet);
    for (int i = 0; i < 5; i++) {
      Thread.sleep(500);
      Map<String, Map<String, long[]>> again = departments(p, sheet);
      if (same(again, before)) {
        break;
      }
      before = again;
    }

    String number = CaseworkChecks.mediatedAndClosed(p, "部门考核");
    String unit = handlingUnit(p, county, number, day);
    if (!p.expect(unit != null, "the closed matter names the unit that handled it: " + unit)) {
      return;
    }

    Map<String, Map<String, long[]>> after = departments(p, sheet);
    for (int wait = 0; wait < 10 && !movedByOne(before, after, unit); wait++) {
      Thread.sleep(1000);
      after = departments(p, sheet);
    }
    for (String kind : HANDLING) {
      long[] b = rate(before, unit, kind);
      long[] a = rate(after, unit, kind);
      p.expect(
          a[0] - b[0] == 1 && a[1] - b[1] == 1,
          unit
              + " "
              + kind
              + ": "
              + b[0]
              + "/"
              + b[1]
              + " → "
              + a[0]
              + "/"
              + a[1]
              + " (expected one more closed of one more accepted)");
    }
    for (String other : after.keySet()) {
      if (other.equals(unit)) {
        continue;
      }
      for (String kind : HANDLING) {
        long[] b = rate(before, other, kind);
        long[] a = rate(after, other, kind);
        p.expect(
            a[0] == b[0] && a[1] == b[1],
            "another department, " + other + ", " + kind + " unchanged: " + b[1] + " → " + a[1]);
      }
    }
  }

  private static boolean movedByOne(
      Map<String, Map<String, long[]>> before,
      Map<String, Map<String, long[]>> after,
      String unit) {
    for (String kind : HANDLING) {
      long[] b = rate(before, unit, kind);
      long[] a = rate(after, unit, kind);
      if (a[0] - b[0] != 1 || a[1] - b[1] != 1) {
        return false;
      }
    }
    return true;
  }

  private static boolean same(
      Map<String, Map<String, long[]>> x, Map<String, Map<String, long[]>> y) {
    if (!x.keySet().equals(y.keySet())) {
      return false;
    }
    for (String d : x.keySet()) {
      for (String kind : HANDLING) {
        if (!java.util.Arrays.equals(rate(x, d, kind), rate(y, d, kind))) {
          return false;
        }
      }
    }
    return true;
  }

  private static long[] rate(Map<String, Map<String, long[]>> sheet, String dept, String kind) {
    return sheet.getOrDefault(dept, Map.of()).getOrDefault(kind, new long[] {0, 0});
  }

  /** Each department's rates: numerator and denominator by metric kind. */
  private static Map<String, Map<String, long[]>> departments(Probe p, String sheet)
      throws Exception {
    JsonObject s = p.require(p.get(sheet), 200, "/api/v1/evaluation/sheet", "the sheet");
    JsonObject page =
        s.containsKey("departments") && !s.isNull("departments")
            ? s.getJsonObject("departments")
            : null;
    Map<String, Map<String, long[]>> out = new TreeMap<>();
    if (page == null) {
      return out;
    }
    for (JsonObject d : Fixtures.objects(page, "items")) {
      Map<String, long[]> rates = new TreeMap<>();
      for (JsonObject r : Fixtures.objects(d, "rates")) {
        rates.put(
            r.getString("kind", ""),
            new long[] {
              r.getJsonNumber("numerator").longValue(), r.getJsonNumber("denominator").longValue()
            });
      }
      out.put(d.getString("department", ""), rates);
    }
    return out;
  }

  /** The handling unit the matter search shows for {@code number}, or null. */
  private static String handlingUnit(Probe p, String county, String number, LocalDate day)
      throws Exception {
    JsonObject page =
        p.require(
            p.get(
                "/api/v1/matters?county="
                    + county
                    + "&state=CLOSED&from="
                    + day
                    + "&until="
                    + day
                    + "&sort=REGISTERED_AT&direction=DESCENDING&size=200"),
            200,
            "/api/v1/matters",
            "the closed matters");
    return Fixtures.objects(page, "items").stream()
        .filter(m -> number.equals(m.getString("number", "")))
        .map(m -> m.isNull("handlingUnit") ? null : m.getString("handlingUnit", null))
        .findFirst()
        .orElse(null);
  }
}
