package org.db3311.sgc.server.onward;

import org.db3311.sgc.core.onward.OnwardReferralSnapshot;
import org.db3311.sgc.core.onward.ReportBack;
import org.db3311.sgc.core.onward.Road;
import org.db3311.sgc.core.onward.RoadClock;
import org.db3311.sgc.core.onward.StepRecord;
import org.db3311.sgc.server.http.ViewTypes;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.Named;
import org.mapstruct.factory.Mappers;

/** The onward referral views from the core's snapshots (MapStruct). */
@Mapper(uses = ViewTypes.class)
interface OnwardViewMapper {

  OnwardViewMapper INSTANCE = Mappers.getMapper(OnwardViewMapper.class);

  @Mapping(target = "matter", source = "id.matter")
  @Mapping(target = "category", source = "categoryCode")
  @Mapping(target = "roadName", source = "road", qualifiedByName = "zh")
  OnwardView view(OnwardReferralSnapshot snapshot);

  @Mapping(target = "rule", source = "deadline.rule.name")
  @Mapping(target = "limit", source = "deadline.rule.limit")
  @Mapping(target = "basis", source = "deadline.rule.basis")
  @Mapping(target = "start", source = "deadline.start")
  OnwardView.ClockView view(RoadClock clock);

  OnwardView.StepView view(StepRecord step);

  OnwardView.ReportView view(ReportBack report);

  @Named("zh")
  default String zh(Road road) {
    return road.zh();
  }
}
