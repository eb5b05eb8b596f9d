package org.db3311.sgc.server.improvement;

import org.db3311.sgc.core.evaluation.improvement.CorrectiveAction;
import org.db3311.sgc.core.evaluation.improvement.CorrectiveActionSnapshot;
import org.db3311.sgc.core.evaluation.improvement.PublishedRecheck;
import org.db3311.sgc.core.evaluation.improvement.RecheckResult;
import org.db3311.sgc.server.http.PublicAccess;
import org.db3311.sgc.server.http.ViewTypes;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.Named;
import org.mapstruct.factory.Mappers;

/** The corrective action views from the core's snapshots (MapStruct). */
@Mapper(uses = ViewTypes.class)
interface CorrectiveActionViewMapper {

  CorrectiveActionViewMapper INSTANCE = Mappers.getMapper(CorrectiveActionViewMapper.class);

  CorrectiveActionView view(CorrectiveActionSnapshot snapshot);

  CorrectiveActionView.CorrectionView view(CorrectiveAction.CorrectionReport report);

  CorrectiveActionView.RecheckView view(RecheckResult result);

  /** The public board: free texts with phone and identity numbers masked (9.3.3). */
  @Mapping(target = "action", source = "actionId")
  @Mapping(target = "finding", qualifiedByName = "public")
  @Mapping(target = "measure", qualifiedByName = "public")
  @Mapping(target = "notes", qualifiedByName = "public")
  CorrectiveActionView.PublicRecheckView view(PublishedRecheck published);

  @Named("public")
  default String shown(String text) {
    return PublicAccess.text(text);
  }
}
