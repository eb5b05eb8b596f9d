package org.db3311.sgc.core.risk.report;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A report's content as structured data: sections with tables and figures' data, mitigation
 * measures (monthly), and references to other reports (the weekly report lists the special reports
 * of the week's major risks without taking in their content).
 *
 * @param subject what the report covers, unique per kind: "2025-W10", "2025-03", a risk id
 */
public record Report(
    ReportKind kind,
    String subject,
    String title,
    Instant asOf,
    List<Section> sections,
    List<Measure> measures,
    List<String> references) {

  public Report {
    Objects.requireNonNull(kind, "kind");
    if (subject == null || subject.isBlank() || title == null || title.isBlank()) {
      throw new IllegalArgumentException("a report has a subject and a title");
    }
    Objects.requireNonNull(asOf, "asOf");
    sections = List.copyOf(sections);
    measures = List.copyOf(measures);
    references = List.copyOf(references);
    if (sections.isEmpty()) {
      throw new IllegalArgumentException("report " + subject + " has no section");
    }
    if (kind != ReportKind.MONTHLY && kind != ReportKind.SPECIAL && !measures.isEmpty()) {
      throw new IllegalArgumentException("only monthly and special reports carry measures");
    }
  }

  public Report withSections(List<Section> newSections) {
    return new Report(kind, subject, title, asOf, newSections, measures, references);
  }

  public Report withMeasures(List<Measure> newMeasures) {
    return new Report(kind, subject, title, asOf, sections, newMeasures, references);
  }

  public java.util.Optional<Section> section(String heading) {
    return sections.stream().filter(s -> s.heading().equals(heading)).findFirst();
  }
}
