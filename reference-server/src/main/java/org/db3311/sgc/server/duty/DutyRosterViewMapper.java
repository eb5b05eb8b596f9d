package org.db3311.sgc.server.duty;

import org.db3311.sgc.core.eventhandling.DutyLeader;
import org.db3311.sgc.core.eventhandling.DutyRosterSnapshot;
import org.db3311.sgc.core.eventhandling.DutyShift;
import org.db3311.sgc.server.http.ViewTypes;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.factory.Mappers;

/** The duty roster views from the core's snapshots (MapStruct). */
@Mapper(uses = ViewTypes.class)
interface DutyRosterViewMapper {

  DutyRosterViewMapper INSTANCE = Mappers.getMapper(DutyRosterViewMapper.class);

  @Mapping(target = "month", source = "s.id.month")
  DutyRosterView view(String county, DutyRosterSnapshot s);

  DutyRosterView.LeaderView view(DutyLeader leader);

  DutyRosterView.ShiftView view(DutyShift shift);
}
