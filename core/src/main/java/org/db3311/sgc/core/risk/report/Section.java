package org.db3311.sgc.core.risk.report;

import java.util.List;

/** A section of a report: a heading, paragraphs, tables and figures' data. */
public record Section(
    String heading, List<String> paragraphs, List<Table> tables, List<Chart> charts) {
  public Section {
    if (heading == null || heading.isBlank()) {
      throw new IllegalArgumentException("a section has a heading");
    }
    paragraphs = List.copyOf(paragraphs);
    tables = List.copyOf(tables);
    charts = List.copyOf(charts);
  }

  public static Section text(String heading, String... paragraphs) {
    return new Section(heading, List.of(paragraphs), List.of(), List.of());
  }
}
