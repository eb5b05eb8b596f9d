package org.db3311.sgc.core.risk.report;

import java.util.List;

/** A table of a report: a title, column headings and rows of cells as text. */
public record Table(String title, List<String> columns, List<List<String>> rows) {
  public Table {
    if (title == null || title.isBlank()) {
      throw new IllegalArgumentException("a table has a title");
    }
    columns = List.copyOf(columns);
    if (columns.isEmpty()) {
      throw new IllegalArgumentException("table '" + title + "' has columns");
    }
    rows = rows.stream().map(List::copyOf).toList();
    for (List<String> r : rows) {
      if (r.size() != columns.size()) {
        throw new IllegalArgumentException(
            "table '"
                + title
                + "': a row of "
                + r.size()
                + " cells under "
                + columns.size()
                + " columns");
      }
    }
  }
}
