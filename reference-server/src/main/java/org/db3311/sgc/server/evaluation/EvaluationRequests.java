package org.db3311.sgc.server.evaluation;

import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import org.db3311.sgc.core.evaluation.Period;
import org.db3311.sgc.server.http.Requests;

/** What the evaluation endpoints read. */
public final class EvaluationRequests {
  private EvaluationRequests() {}

  /**
   * {@code POST /api/v1/evaluation/figures}: the metric, the department (absent for the whole
   * center) and the period, written as for {@link #period}.
   */
  public record PublishRequest(String kind, String department, String period) {}

  static final String PERIOD_FORMS =
      "a year (2026), a month (2026-11) or days (2026-11-01..2026-11-30)";

  /**
   * A period as written in a request: a year, a month, or days from..to (both included), in the
   * center's zone.
   */
  static Period period(Requests.Errors errors, String path, String text, ZoneId zone) {
    if (text == null || text.isBlank()) {
      errors.add(path, "required: " + PERIOD_FORMS);
      return null;
    }
    String t = text.strip();
    try {
      if (t.matches("\\d{4}")) {
        return Period.year(Year.parse(t).getValue(), zone);
      }
      if (t.matches("\\d{4}-\\d{2}")) {
        return Period.month(YearMonth.parse(t), zone);
      }
      if (t.matches("\\d{4}-\\d{2}-\\d{2}\\.\\.\\d{4}-\\d{2}-\\d{2}")) {
        String[] d = t.split("\\.\\.");
        LocalDate from = LocalDate.parse(d[0]);
        LocalDate to = LocalDate.parse(d[1]);
        if (to.isBefore(from)) {
          errors.add(path, "'" + t + "' ends before it starts");
          return null;
        }
        return Period.days(from, to, zone);
      }
    } catch (DateTimeParseException e) {
      // reported below with the forms a period takes
    }
    errors.add(path, "'" + t + "' is not " + PERIOD_FORMS);
    return null;
  }
}
