package org.db3311.sgc.server.console;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.db3311.sgc.server.risk.RiskReportRequests;
import org.db3311.sgc.server.risk.RiskReportView;

/**
 * The console's revision form of a drafted risk report (6.4.1): the words a person writes — the
 * title, each section's heading and paragraphs, the mitigation measures (化解措施, 6.4.1.3) and the
 * references — while the tables and charts, which are the drafted data, stay as the latest version
 * has them. The form posts the whole content, as the API's revision does ({@code POST
 * /api/v1/risk/reports/{id}/revisions}), and the API's resource does the work under the same roles,
 * checks and version ({@code If-Match}).
 */
public final class ReportRevision {
  private ReportRevision() {}

  /** Empty measure rows the form offers beyond the report's own, to add measures. */
  static final int SPARE_MEASURES = 3;

  private static final Jsonb JSON = JsonbBuilder.create();

  /** A section as the form edits it: heading and paragraphs (a blank line between two). */
  public record Section(String heading, String paragraphs) {}

  /** A measure row; all four blank is no measure. */
  public record Measure(String action, String owner, String due, String answers) {
    boolean blank() {
      return action.isBlank() && owner.isBlank() && due.isBlank() && answers.isBlank();
    }
  }

  /**
   * The form's values: from the latest version, or as a person sent them back; with the known units
   * offered for a measure's responsible unit.
   */
  public record Form(
      String title,
      List<Section> sections,
      List<Measure> measures,
      String references,
      List<KnownUnits.Unit> units) {}

  /** The form filled from a version, with spare rows for new measures. */
  static Form of(RiskReportView.ReportView v, List<KnownUnits.Unit> units) {
    List<Section> sections =
        v.sections().stream()
            .map(s -> new Section(s.heading(), String.join("\n\n", s.paragraphs())))
            .toList();
    List<Measure> measures = new ArrayList<>();
    v.measures()
        .forEach(
            m ->
                measures.add(
                    new Measure(
                        m.action(),
                        Objects.requireNonNullElse(m.owner(), ""),
                        Objects.requireNonNullElse(m.due(), ""),
                        Objects.requireNonNullElse(m.answers(), ""))));
    for (int i = 0; i < SPARE_MEASURES; i++) {
      measures.add(new Measure("", "", "", ""));
    }
    return new Form(v.title(), sections, measures, String.join("\n", v.references()), units);
  }

  /**
   * The form as sent, for showing it again after a refusal: the sections the version has, the
   * measure rows sent, and spare rows after them.
   */
  static Form sent(
      MultivaluedMap<String, String> form,
      RiskReportView.ReportView v,
      List<KnownUnits.Unit> units) {
    List<Section> sections = new ArrayList<>();
    for (int i = 0; i < v.sections().size(); i++) {
      sections.add(
          new Section(
              field(form, "section." + i + ".heading"),
              field(form, "section." + i + ".paragraphs")));
    }
    List<Measure> measures = new ArrayList<>(measures(form));
    for (int i = 0; i < SPARE_MEASURES; i++) {
      measures.add(new Measure("", "", "", ""));
    }
    return new Form(field(form, "title"), sections, measures, field(form, "references"), units);
  }

  /**
   * The revision's JSON body for the API: the sent words over the latest version's tables and
   * charts, section by section; a blank measure row is left out, so is a blank reference line.
   */
  static String body(MultivaluedMap<String, String> form, RiskReportView.ReportView v) {
    List<RiskReportRequests.SectionRequest> sections = new ArrayList<>();
    for (int i = 0; i < v.sections().size(); i++) {
      RiskReportView.SectionView s = v.sections().get(i);
      sections.add(
          new RiskReportRequests.SectionRequest(
              field(form, "section." + i + ".heading"),
              paragraphs(field(form, "section." + i + ".paragraphs")),
              s.tables().stream()
                  .map(t -> new RiskReportRequests.TableRequest(t.title(), t.columns(), t.rows()))
                  .toList(),
              s.charts().stream()
                  .map(
                      c ->
                          new RiskReportRequests.ChartRequest(
                              c.title(),
                              c.type(),
                              c.series().stream()
                                  .map(
                                      x ->
                                          new RiskReportRequests.SeriesRequest(
                                              x.name(),
                                              x.points().stream()
                                                  .map(
                                                      p ->
                                                          new RiskReportRequests.PointRequest(
                                                              p.label(), p.value()))
                                                  .toList()))
                                  .toList()))
                  .toList()));
    }
    List<RiskReportRequests.MeasureRequest> measures =
        measures(form).stream()
            .map(
                m ->
                    new RiskReportRequests.MeasureRequest(
                        m.action(),
                        blankToNull(m.owner()),
                        blankToNull(m.due()),
                        blankToNull(m.answers())))
            .toList();
    List<String> references =
        field(form, "references").lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    return JSON.toJson(
        new RiskReportRequests.RevisionRequest(
            field(form, "title"), sections, measures, references));
  }

  /** The measure rows sent, blank ones left out, in their order. */
  private static List<Measure> measures(MultivaluedMap<String, String> form) {
    List<Measure> out = new ArrayList<>();
    // rows are numbered from 0; a gap (a row the page did not draw) ends them
    for (int i = 0; form.containsKey("measure." + i + ".action"); i++) {
      Measure m =
          new Measure(
              field(form, "measure." + i + ".action"),
              field(form, "measure." + i + ".owner"),
              field(form, "measure." + i + ".due"),
              field(form, "measure." + i + ".answers"));
      if (!m.blank()) {
        out.add(m);
      }
    }
    return out;
  }

  /** Paragraphs as typed: separated by a blank line, each stripped, none empty. */
  static List<String> paragraphs(String text) {
    return Arrays.stream(text.replace("\r\n", "\n").split("\n\\s*\n"))
        .map(String::strip)
        .filter(p -> !p.isEmpty())
        .toList();
  }

  private static String field(MultivaluedMap<String, String> form, String name) {
    return Objects.requireNonNullElse(form.getFirst(name), "").strip();
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
