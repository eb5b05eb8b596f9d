package org.db3311.sgc.adapter.jpa;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.db3311.sgc.core.archive.ContentHash;
import org.db3311.sgc.core.archive.LedgerEntry;
import org.db3311.sgc.core.archive.filing.FilingResult;
import org.db3311.sgc.core.casefacts.MatterTrace;
import org.db3311.sgc.core.common.Actor;
import org.db3311.sgc.core.common.UnitId;
import org.db3311.sgc.core.emergency.IncidentId;
import org.db3311.sgc.core.emergency.IncidentSnapshot;
import org.db3311.sgc.core.epidemic.EpidemicCaseId;
import org.db3311.sgc.core.epidemic.EpidemicCaseSnapshot;
import org.db3311.sgc.core.epidemic.EpidemicCommandSnapshot;
import org.db3311.sgc.core.epidemic.Exercise;
import org.db3311.sgc.core.evaluation.PublishedFigure;
import org.db3311.sgc.core.evaluation.feedback.FeedbackSnapshot;
import org.db3311.sgc.core.evaluation.feedback.FeedbackTicket;
import org.db3311.sgc.core.evaluation.improvement.CorrectiveActionId;
import org.db3311.sgc.core.evaluation.improvement.CorrectiveActionSnapshot;
import org.db3311.sgc.core.evaluation.improvement.PublishedRecheck;
import org.db3311.sgc.core.evaluation.staff.AttendanceRecord;
import org.db3311.sgc.core.evaluation.staff.ConductCheck;
import org.db3311.sgc.core.evaluation.staff.ServiceQualityRecord;
import org.db3311.sgc.core.facts.MatterFact;
import org.db3311.sgc.core.facts.MatterId;
import org.db3311.sgc.core.guidance.GuidanceTaskId;
import org.db3311.sgc.core.guidance.GuidanceTaskSnapshot;
import org.db3311.sgc.core.intake.RegistrationNumber;
import org.db3311.sgc.core.risk.DailyCollection;
import org.db3311.sgc.core.risk.MissedReport;
import org.db3311.sgc.core.risk.report.ReportDossierId;
import org.db3311.sgc.core.risk.report.ReportDossierSnapshot;
import org.db3311.sgc.core.warning.WarningId;
import org.db3311.sgc.core.warning.WarningSnapshot;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.factory.Mappers;

/**
 * The searchable columns of the rows of the analysis subdomains, from their snapshots and records
 * (MapStruct). The document beside them is written by {@link SnapshotCodec}; the version by the
 * repository.
 */
@Mapper
interface AnalysisMapper {

  AnalysisMapper INSTANCE = Mappers.getMapper(AnalysisMapper.class);

  // ---- versioned aggregates

  @Mapping(target = "version", ignore = true)
  @Mapping(target = "document", ignore = true)
  @Mapping(target = "discoveredAt", source = "discovery.at")
  IncidentEntity toEntity(IncidentSnapshot snapshot);

  @Mapping(target = "version", ignore = true)
  @Mapping(target = "document", ignore = true)
  EpidemicCaseEntity toEntity(EpidemicCaseSnapshot snapshot);

  @Mapping(target = "version", ignore = true)
  @Mapping(target = "document", ignore = true)
  @Mapping(target = "id", expression = "java(org.db3311.sgc.core.epidemic.EpidemicCommand.ID)")
  EpidemicCommandEntity toEntity(EpidemicCommandSnapshot snapshot);

  @Mapping(target = "version", ignore = true)
  @Mapping(target = "document", ignore = true)
  GuidanceTaskEntity toEntity(GuidanceTaskSnapshot snapshot);

  @Mapping(target = "version", ignore = true)
  @Mapping(target = "document", ignore = true)
  @Mapping(target = "subjectKind", source = "subject.kind")
  @Mapping(target = "subjectKey", source = "subject.key")
  @Mapping(
      target = "openSubject",
      expression =
          "java(snapshot.state() == org.db3311.sgc.core.warning.Warning.State.CLOSED"
              + " || snapshot.state() == org.db3311.sgc.core.warning.Warning.State.DISMISSED"
              + " ? null : snapshot.subject().toString())")
  @Mapping(target = "ownerUnit", source = "owner")
  WarningEntity toEntity(WarningSnapshot snapshot);

  @Mapping(target = "version", ignore = true)
  @Mapping(target = "document", ignore = true)
  @Mapping(
      target = "kind",
      expression = "java(snapshot.versions().getFirst().content().kind().name())")
  @Mapping(
      target = "subject",
      expression = "java(snapshot.versions().getFirst().content().subject())")
  ReportDossierEntity toEntity(ReportDossierSnapshot snapshot);

  @Mapping(target = "version", ignore = true)
  @Mapping(target = "document", ignore = true)
  FeedbackEntity toEntity(FeedbackSnapshot snapshot);

  @Mapping(target = "version", ignore = true)
  @Mapping(target = "document", ignore = true)
  CorrectiveActionEntity toEntity(CorrectiveActionSnapshot snapshot);

  // ---- records kept as recorded

  @Mapping(target = "entry", ignore = true)
  @Mapping(target = "document", ignore = true)
  MissedReportEntity toEntity(MissedReport missed);

  @Mapping(target = "document", ignore = true)
  DailyCollectionEntity toEntity(DailyCollection collection);

  @Mapping(target = "entry", ignore = true)
  @Mapping(target = "document", ignore = true)
  PublishedFigureEntity toEntity(PublishedFigure figure);

  @Mapping(target = "entry", ignore = true)
  @Mapping(target = "document", ignore = true)
  PublishedRecheckEntity toEntity(PublishedRecheck recheck);

  @Mapping(target = "entry", ignore = true)
  @Mapping(target = "document", ignore = true)
  @Mapping(target = "staffId", source = "staff")
  AttendanceEntity toEntity(AttendanceRecord attendance);

  @Mapping(target = "entry", ignore = true)
  @Mapping(target = "document", ignore = true)
  @Mapping(target = "staffId", source = "staff")
  ServiceQualityEntity toEntity(ServiceQualityRecord quality);

  @Mapping(target = "entry", ignore = true)
  @Mapping(target = "document", ignore = true)
  @Mapping(target = "staffId", source = "staff")
  ConductCheckEntity toEntity(ConductCheck check);

  @Mapping(target = "entry", ignore = true)
  @Mapping(target = "document", ignore = true)
  ExerciseEntity toEntity(Exercise exercise);

  /** The ledger columns of an archived file; its content and year are the repository's. */
  @Mapping(target = "filingYear", ignore = true)
  @Mapping(target = "content", ignore = true)
  @Mapping(target = "entryHash", source = "hash")
  ArchiveFileEntity toEntity(LedgerEntry entry);

  @Mapping(target = "entry", ignore = true)
  @Mapping(target = "document", ignore = true)
  @Mapping(target = "listHash", source = "transferList.listHash")
  @Mapping(target = "year", source = "catalogue.year")
  @Mapping(target = "received", expression = "java(filing.transferList().receipt().isPresent())")
  VolumeFilingEntity toEntity(FilingResult.Filed filing);

  @Mapping(target = "document", ignore = true)
  @Mapping(target = "placeLabel", expression = "java(fact.placeLabel())")
  @Mapping(target = "outcome", expression = "java(fact.outcome().map(Enum::name).orElse(null))")
  CaseFactEntity toEntity(MatterFact fact);

  @Mapping(target = "document", ignore = true)
  MatterTraceEntity toEntity(MatterTrace trace);

  // ---- value types to columns

  default String id(IncidentId id) {
    return id.value();
  }

  default String id(EpidemicCaseId id) {
    return id.value();
  }

  default String id(GuidanceTaskId id) {
    return id.value();
  }

  default String id(WarningId id) {
    return id.value();
  }

  default String id(ReportDossierId id) {
    return id.value();
  }

  default String id(FeedbackTicket ticket) {
    return ticket.value();
  }

  default String id(CorrectiveActionId id) {
    return id.value();
  }

  default String id(MatterId id) {
    return id.value();
  }

  default String number(RegistrationNumber number) {
    return number.toString();
  }

  default String unit(UnitId unit) {
    return unit.value();
  }

  default String unit(Optional<UnitId> unit) {
    return unit.map(UnitId::value).orElse(null);
  }

  default String staff(Actor actor) {
    return actor.id();
  }

  default String hash(ContentHash hash) {
    return hash.hex();
  }

  default OffsetDateTime time(Instant instant) {
    return Conversions.toColumn(instant);
  }

  default OffsetDateTime time(Optional<Instant> instant) {
    return instant.map(Conversions::toColumn).orElse(null);
  }

  default LocalDate day(Optional<LocalDate> day) {
    return day.orElse(null);
  }
}
