package org.db3311.sgc.core.risk.report;

/**
 * The id of a report dossier, e.g. {@code WR-2026-W01} (weekly), {@code MR-2026-01} (monthly) or
 * {@code SR-…} (special).
 */
public record ReportDossierId(String value) {

  public ReportDossierId {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("a report dossier id is not blank");
    }
    if (!value.equals(value.strip())) {
      throw new IllegalArgumentException(
          "a report dossier id has no leading or trailing spaces: '" + value + "'");
    }
  }

  public static ReportDossierId of(String value) {
    return new ReportDossierId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
