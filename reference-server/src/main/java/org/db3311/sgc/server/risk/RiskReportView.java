package org.db3311.sgc.server.risk;

import java.util.List;
import org.db3311.sgc.core.risk.CollectedItem;
import org.db3311.sgc.core.risk.report.Chart;
import org.db3311.sgc.core.risk.report.Measure;
import org.db3311.sgc.core.risk.report.Report;
import org.db3311.sgc.core.risk.report.ReportDossierSnapshot;
import org.db3311.sgc.core.risk.report.ReportVersion;
import org.db3311.sgc.core.risk.report.Section;
import org.db3311.sgc.core.risk.report.Table;

/** The views of the risk-report endpoints: reports, dossiers, drafts and the daily collection. */
public final class RiskReportView {
  private RiskReportView() {}

  /** A report's content: sections with tables and figures' data, measures, references. */
  public record ReportView(
      String kind,
      String subject,
      String title,
      String asOf,
      List<SectionView> sections,
      List<MeasureView> measures,
      List<String> references) {
    public static ReportView of(Report r) {
      return RiskReportViewMapper.INSTANCE.view(r);
    }
  }

  public record SectionView(
      String heading, List<String> paragraphs, List<TableView> tables, List<ChartView> charts) {
    static SectionView of(Section x) {
      return RiskReportViewMapper.INSTANCE.view(x);
    }
  }

  public record TableView(String title, List<String> columns, List<List<String>> rows) {
    static TableView of(Table x) {
      return RiskReportViewMapper.INSTANCE.view(x);
    }
  }

  public record ChartView(String title, String type, List<SeriesView> series) {
    static ChartView of(Chart x) {
      return RiskReportViewMapper.INSTANCE.view(x);
    }
  }

  public record SeriesView(String name, List<PointView> points) {}

  public record PointView(String label, double value) {}

  /** A mitigation measure (化解措施): what, which unit, by when, answering which finding. */
  public record MeasureView(String action, String owner, String due, String answers) {
    static MeasureView of(Measure x) {
      return RiskReportViewMapper.INSTANCE.view(x);
    }
  }

  /** One version of a report: 1 is the system's draft, later ones a person's revisions. */
  public record VersionView(
      int number, String author, boolean bySystem, String at, ReportView content) {
    static VersionView of(ReportVersion x) {
      return RiskReportViewMapper.INSTANCE.view(x);
    }
  }

  /** A report dossier with every version, the signed one named once signed off. */
  public record DossierView(
      String id,
      String county,
      String kind,
      String subject,
      String state,
      Integer signedVersion,
      String signedBy,
      List<VersionView> versions) {
    public static DossierView of(String county, ReportDossierSnapshot s) {
      return RiskReportViewMapper.INSTANCE.view(county, s);
    }
  }

  /**
   * A weekly or monthly report asked for: {@code FINAL} with its dossier once the period ended, or
   * {@code INTERIM} while it runs (not kept; {@code periodEnds} says when it will be).
   */
  public record DraftView(
      String county, String status, DossierView dossier, ReportView report, String periodEnds) {}

  /** A special report asked for: drafted now, or the risk's one report that already exists. */
  public record SpecialView(String county, boolean drafted, DossierView dossier) {}

  /** One line of the daily collection. */
  public record ItemView(
      String matter,
      String kind,
      String category,
      String cause,
      String place,
      String township,
      String village,
      String placeLabel,
      String occurredAt,
      String registeredAt,
      String handlingMethod,
      String result) {
    static ItemView of(CollectedItem i) {
      return RiskReportViewMapper.INSTANCE.view(i);
    }
  }

  /**
   * The day's collection (每日采集汇总, 6.4.1.1), both lists paged alike: the matters registered that day
   * and those whose result came that day. {@code interim} while the day runs.
   */
  public record DailyView(
      String county,
      String day,
      String collectedAt,
      boolean interim,
      int registeredTotal,
      int resolvedTotal,
      List<ItemView> registered,
      List<ItemView> resolved,
      int page,
      int size,
      boolean more) {}

  /** A page of what drafting could not take in. */
  public record ProblemsView(
      String county, List<String> items, int page, int size, int total, boolean more) {}
}
