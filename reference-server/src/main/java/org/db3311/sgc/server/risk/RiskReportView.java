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
      return new ReportView(
          r.kind().name(),
          r.subject(),
          r.title(),
          r.asOf().toString(),
          r.sections().stream().map(SectionView::of).toList(),
          r.measures().stream().map(MeasureView::of).toList(),
          r.references());
    }
  }

  public record SectionView(
      String heading, List<String> paragraphs, List<TableView> tables, List<ChartView> charts) {
    static SectionView of(Section s) {
      return new SectionView(
          s.heading(),
          s.paragraphs(),
          s.tables().stream().map(TableView::of).toList(),
          s.charts().stream().map(ChartView::of).toList());
    }
  }

  public record TableView(String title, List<String> columns, List<List<String>> rows) {
    static TableView of(Table t) {
      return new TableView(t.title(), t.columns(), t.rows());
    }
  }

  public record ChartView(String title, String type, List<SeriesView> series) {
    static ChartView of(Chart c) {
      return new ChartView(
          c.title(),
          c.type().name(),
          c.series().stream()
              .map(
                  s ->
                      new SeriesView(
                          s.name(),
                          s.points().stream()
                              .map(p -> new PointView(p.label(), p.value()))
                              .toList()))
              .toList());
    }
  }

  public record SeriesView(String name, List<PointView> points) {}

  public record PointView(String label, double value) {}

  /** A mitigation measure (化解措施): what, which unit, by when, answering which finding. */
  public record MeasureView(String action, String owner, String due, String answers) {
    static MeasureView of(Measure m) {
      return new MeasureView(m.action(), m.owner().value(), m.due().toString(), m.answers());
    }
  }

  /** One version of a report: 1 is the system's draft, later ones a person's revisions. */
  public record VersionView(
      int number, String author, boolean bySystem, String at, ReportView content) {
    static VersionView of(ReportVersion v) {
      return new VersionView(
          v.number(),
          v.author().name(),
          v.bySystem(),
          v.at().toString(),
          ReportView.of(v.content()));
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
      Report draft = s.versions().getFirst().content();
      return new DossierView(
          s.id().value(),
          county,
          draft.kind().name(),
          draft.subject(),
          s.state().name(),
          s.signedVersion().orElse(null),
          s.signedBy().map(a -> a.name()).orElse(null),
          s.versions().stream().map(VersionView::of).toList());
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
      return new ItemView(
          i.matter().value(),
          i.kind().name(),
          i.category(),
          i.cause(),
          i.place().value(),
          i.township().map(Object::toString).orElse(null),
          i.village().map(Object::toString).orElse(null),
          i.placeLabel(),
          i.occurredAt().toString(),
          i.registeredAt().toString(),
          i.handlingMethod(),
          i.result().map(Enum::name).orElse(null));
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
