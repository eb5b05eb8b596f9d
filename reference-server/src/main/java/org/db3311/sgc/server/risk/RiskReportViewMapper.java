package org.db3311.sgc.server.risk;

import java.util.List;
import org.db3311.sgc.core.risk.CollectedItem;
import org.db3311.sgc.core.risk.report.Chart;
import org.db3311.sgc.core.risk.report.Measure;
import org.db3311.sgc.core.risk.report.Report;
import org.db3311.sgc.core.risk.report.ReportDossierId;
import org.db3311.sgc.core.risk.report.ReportDossierSnapshot;
import org.db3311.sgc.core.risk.report.ReportVersion;
import org.db3311.sgc.core.risk.report.Section;
import org.db3311.sgc.core.risk.report.Table;
import org.db3311.sgc.server.http.ViewTypes;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.Named;
import org.mapstruct.factory.Mappers;

/** The risk report views from the core's reports and dossiers (MapStruct). */
@Mapper(uses = ViewTypes.class)
interface RiskReportViewMapper {

  RiskReportViewMapper INSTANCE = Mappers.getMapper(RiskReportViewMapper.class);

  RiskReportView.ReportView view(Report report);

  RiskReportView.SectionView view(Section section);

  RiskReportView.TableView view(Table table);

  RiskReportView.ChartView view(Chart chart);

  RiskReportView.SeriesView view(Chart.Series series);

  RiskReportView.PointView view(Chart.Point point);

  RiskReportView.MeasureView view(Measure measure);

  @Mapping(target = "bySystem", expression = "java(version.bySystem())")
  RiskReportView.VersionView view(ReportVersion version);

  /** A dossier is of the kind and subject of its first version, the system's draft. */
  @Mapping(target = "id", source = "s.id")
  @Mapping(target = "kind", source = "s.versions", qualifiedByName = "kind")
  @Mapping(target = "subject", source = "s.versions", qualifiedByName = "subject")
  RiskReportView.DossierView view(String county, ReportDossierSnapshot s);

  RiskReportView.ItemView view(CollectedItem item);

  default String text(ReportDossierId id) {
    return id.value();
  }

  @Named("kind")
  default String kind(List<ReportVersion> versions) {
    return versions.getFirst().content().kind().name();
  }

  @Named("subject")
  default String subject(List<ReportVersion> versions) {
    return versions.getFirst().content().subject();
  }
}
