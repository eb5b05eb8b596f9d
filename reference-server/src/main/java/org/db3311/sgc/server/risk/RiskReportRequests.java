package org.db3311.sgc.server.risk;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.db3311.sgc.core.common.UnitId;
import org.db3311.sgc.core.risk.report.Chart;
import org.db3311.sgc.core.risk.report.Measure;
import org.db3311.sgc.core.risk.report.Report;
import org.db3311.sgc.core.risk.report.Section;
import org.db3311.sgc.core.risk.report.Table;
import org.db3311.sgc.server.http.Requests;

/** The bodies of the risk-report requests. */
public final class RiskReportRequests {
  private RiskReportRequests() {}

  /** Any day of the week whose bulletin is asked for. */
  public record WeeklyRequest(String day) {}

  /** The month, e.g. {@code 2026-11}. */
  public record MonthlyRequest(String month) {}

  /**
   * The major risk to report on: a warning of the county by its id, or a risk the analyst names.
   */
  public record SpecialRequest(String warning, NamedRisk risk) {}

  /** A major risk an analyst names (重大风险事项), with the matters behind it and its owning unit. */
  public record NamedRisk(
      String id,
      String title,
      String level,
      String explanation,
      List<String> matters,
      String owner) {}

  /** A person's revision of a report: its whole content; kind and subject stay the draft's. */
  public record RevisionRequest(
      String title,
      List<SectionRequest> sections,
      List<MeasureRequest> measures,
      List<String> references) {}

  public record SectionRequest(
      String heading,
      List<String> paragraphs,
      List<TableRequest> tables,
      List<ChartRequest> charts) {}

  public record TableRequest(String title, List<String> columns, List<List<String>> rows) {}

  public record ChartRequest(String title, String type, List<SeriesRequest> series) {}

  public record SeriesRequest(String name, List<PointRequest> points) {}

  public record PointRequest(String label, Double value) {}

  public record MeasureRequest(String action, String owner, String due, String answers) {}

  /**
   * The revised report, of the draft's kind and subject and as of the draft's data; every part the
   * core refuses is named by its path ({@code sections[1].tables[0]}).
   */
  static Report content(Requests.Errors errors, RevisionRequest r, Report draft) {
    String title = errors.text("title", r.title());
    List<Section> sections = new ArrayList<>();
    if (r.sections() == null || r.sections().isEmpty()) {
      errors.add("sections", "required: at least one section");
    } else {
      for (int i = 0; i < r.sections().size(); i++) {
        Section s = section(errors, "sections[" + i + "]", r.sections().get(i));
        if (s != null) {
          sections.add(s);
        }
      }
    }
    List<Measure> measures = new ArrayList<>();
    List<MeasureRequest> asked = r.measures() == null ? List.of() : r.measures();
    for (int i = 0; i < asked.size(); i++) {
      Measure m = measure(errors, "measures[" + i + "]", asked.get(i));
      if (m != null) {
        measures.add(m);
      }
    }
    List<String> references = r.references() == null ? List.of() : r.references();
    if (errors.any()) {
      return null;
    }
    return errors.attempt(
        "(body)",
        () ->
            new Report(
                draft.kind(),
                draft.subject(),
                title,
                draft.asOf(),
                sections,
                measures,
                references));
  }

  private static Section section(Requests.Errors errors, String path, SectionRequest s) {
    if (s == null) {
      errors.add(path, "a section");
      return null;
    }
    List<Table> tables = new ArrayList<>();
    List<TableRequest> ts = s.tables() == null ? List.of() : s.tables();
    for (int i = 0; i < ts.size(); i++) {
      TableRequest t = ts.get(i);
      Table table =
          t == null
              ? null
              : errors.attempt(
                  path + ".tables[" + i + "]",
                  () ->
                      new Table(
                          t.title(),
                          t.columns() == null ? List.of() : t.columns(),
                          t.rows() == null ? List.of() : t.rows()));
      if (table != null) {
        tables.add(table);
      }
    }
    List<Chart> charts = new ArrayList<>();
    List<ChartRequest> cs = s.charts() == null ? List.of() : s.charts();
    for (int i = 0; i < cs.size(); i++) {
      String at = path + ".charts[" + i + "]";
      ChartRequest c = cs.get(i);
      if (c == null) {
        continue;
      }
      Chart.Type type = errors.enumValue(at + ".type", c.type(), Chart.Type.class);
      if (type == null) {
        continue;
      }
      Chart chart = errors.attempt(at, () -> new Chart(c.title(), type, series(c)));
      if (chart != null) {
        charts.add(chart);
      }
    }
    return errors.attempt(
        path,
        () ->
            new Section(
                s.heading(), s.paragraphs() == null ? List.of() : s.paragraphs(), tables, charts));
  }

  private static List<Chart.Series> series(ChartRequest c) {
    List<SeriesRequest> series = c.series() == null ? List.of() : c.series();
    return series.stream()
        .map(
            s ->
                new Chart.Series(
                    s.name(),
                    (s.points() == null ? List.<PointRequest>of() : s.points())
                        .stream()
                            .map(
                                p -> {
                                  if (p.value() == null) {
                                    throw new IllegalArgumentException(
                                        "point '" + p.label() + "' has no value");
                                  }
                                  return new Chart.Point(p.label(), p.value());
                                })
                            .toList()))
        .toList();
  }

  private static Measure measure(Requests.Errors errors, String path, MeasureRequest m) {
    if (m == null) {
      errors.add(path, "a measure");
      return null;
    }
    String action = errors.text(path + ".action", m.action());
    String owner = errors.text(path + ".owner", m.owner());
    LocalDate due = errors.date(path + ".due", m.due());
    if (action == null || owner == null || due == null) {
      return null;
    }
    return errors.attempt(
        path,
        () ->
            new Measure(
                action, UnitId.of(owner.strip()), due, m.answers() == null ? "" : m.answers()));
  }
}
