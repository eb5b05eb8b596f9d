package org.db3311.sgc.server.console;

import java.util.List;

/** The models the console's risk-report pages (6.4.1) and their PDF render. */
public final class ReportViews {
  private ReportViews() {}

  /** One report of the list: its kind, the period it covers, and its sign-off. */
  public record Row(
      String id,
      String kind,
      String subject,
      String title,
      String period,
      String state,
      String signedBy,
      String signedAt) {}

  /**
   * A page of the county's reports of a kind and period, newest period first, with the reports that
   * could not be read listed apart (one bad report never hides the others).
   */
  public record ReportList(
      String county,
      String countyParam,
      List<ConsoleViews.Option> kinds,
      String period,
      List<Row> rows,
      int page,
      int size,
      int total,
      boolean more,
      List<String> failures,
      String error) {

    /** The query of another page of the same list, for a link. */
    public String query(int otherPage) {
      StringBuilder q = new StringBuilder("?page=").append(otherPage).append("&size=").append(size);
      kinds.stream()
          .filter(o -> o.selected() && !o.value().isEmpty())
          .findFirst()
          .ifPresent(o -> q.append("&kind=").append(o.value()));
      if (!period.isEmpty()) {
        q.append("&period=").append(period);
      }
      if (countyParam != null) {
        q.append("&county=").append(countyParam);
      }
      return q.toString();
    }
  }

  /** A table of figures; a chart's table carries the same figures as its drawing. */
  public record Table(String title, List<String> columns, List<List<String>> rows) {}

  /** A chart drawn on the server as SVG, with its figures as a table beside it. */
  public record Chart(String id, String title, String svg, Table figures) {}

  public record Section(
      String heading, List<String> paragraphs, List<Table> tables, List<Chart> charts) {}

  /** A mitigation measure (化解措施, 6.4.1.3). */
  public record Measure(String action, String owner, String due, String answers) {}

  /**
   * A report as read: the latest version's content, who wrote it, and the sign-off — who signed
   * which version and when — once a person has signed it off. The day's collection is a record, not
   * a dossier: nobody signs it ({@code signable} false).
   */
  public record Report(
      String id,
      String county,
      String kind,
      String subject,
      String state,
      String title,
      String asOf,
      int version,
      int versions,
      String author,
      String writtenAt,
      List<Section> sections,
      List<Measure> measures,
      List<String> references,
      Integer signedVersion,
      String signedBy,
      String signedAt,
      boolean signable) {
    public boolean signed() {
      return signedBy != null;
    }
  }

  /**
   * The report page: the report, whether the caller may sign it off, the state's tag for the forms,
   * a refused sign-off's reasons, and the revision form when the caller may revise the draft.
   */
  public record Page(
      Report report,
      String countyParam,
      boolean canSignOff,
      String etag,
      String message,
      List<String> refusals,
      String error,
      ReportRevision.Form revision) {

    /** Whether the caller may revise the report now: its revision form is shown. */
    public boolean canRevise() {
      return revision != null;
    }

    /** Where the PDF of this report is: a dossier's, or the day's collection's. */
    public String pdfPath() {
      return (report.signable()
              ? "/console/reports/" + report.id()
              : "/console/reports/daily/" + report.subject())
          + "/pdf"
          + countyQuery();
    }

    /** The query that keeps the county the page was opened for. */
    public String countyQuery() {
      return countyParam == null ? "" : "?county=" + countyParam;
    }
  }
}
