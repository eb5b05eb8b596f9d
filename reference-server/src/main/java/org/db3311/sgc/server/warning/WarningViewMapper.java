package org.db3311.sgc.server.warning;

import org.db3311.sgc.core.warning.Reason;
import org.db3311.sgc.core.warning.Warning;
import org.db3311.sgc.core.warning.WarningLevel;
import org.db3311.sgc.core.warning.WarningSnapshot;
import org.db3311.sgc.server.http.ViewTypes;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.Named;
import org.mapstruct.factory.Mappers;

/** The warning views from the core's snapshots (MapStruct). */
@Mapper(uses = ViewTypes.class)
interface WarningViewMapper {

  WarningViewMapper INSTANCE = Mappers.getMapper(WarningViewMapper.class);

  @Mapping(target = "id", source = "s.id")
  @Mapping(target = "subjectKind", source = "s.subject.kind")
  @Mapping(target = "subject", source = "s.subject.key")
  @Mapping(target = "grade", source = "s.level", qualifiedByName = "grade")
  WarningView view(String county, WarningSnapshot s);

  WarningView.ReasonView view(Reason reason);

  WarningView.StepView view(Warning.Step step);

  @Named("grade")
  default int grade(WarningLevel level) {
    return level.grade();
  }
}
