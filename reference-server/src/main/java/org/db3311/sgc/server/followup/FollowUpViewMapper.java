package org.db3311.sgc.server.followup;

import org.db3311.sgc.core.followup.FollowUpSnapshot;
import org.db3311.sgc.core.followup.ResultNotice;
import org.db3311.sgc.core.followup.SurveyAnswer;
import org.db3311.sgc.server.http.ViewTypes;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.factory.Mappers;

/** The follow-up views from the core's snapshots (MapStruct). */
@Mapper(uses = ViewTypes.class)
interface FollowUpViewMapper {

  FollowUpViewMapper INSTANCE = Mappers.getMapper(FollowUpViewMapper.class);

  @Mapping(target = "matter", source = "id.matter")
  @Mapping(target = "round", source = "id.round")
  @Mapping(target = "resultOutcome", source = "result.outcome")
  @Mapping(target = "resultSummary", source = "result.summary")
  FollowUpView view(FollowUpSnapshot snapshot);

  FollowUpView.NoticeView view(ResultNotice notice);

  FollowUpView.AnswerView view(SurveyAnswer answer);
}
