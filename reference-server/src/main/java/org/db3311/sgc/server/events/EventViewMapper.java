package org.db3311.sgc.server.events;

import org.db3311.sgc.core.eventhandling.DutyLeader;
import org.db3311.sgc.core.eventhandling.EventReview;
import org.db3311.sgc.core.eventhandling.GovernanceEventSnapshot;
import org.db3311.sgc.server.http.ViewTypes;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.factory.Mappers;

/** The event views from the core's snapshots (MapStruct). */
@Mapper(uses = ViewTypes.class)
interface EventViewMapper {

  EventViewMapper INSTANCE = Mappers.getMapper(EventViewMapper.class);

  @Mapping(target = "category", source = "categoryCode")
  @Mapping(target = "county", source = "place.county")
  @Mapping(target = "townshipCode", source = "place.townshipCode")
  @Mapping(target = "address", source = "place.address")
  EventView view(GovernanceEventSnapshot snapshot);

  EventView.LeaderView view(DutyLeader leader);

  EventView.ReviewView view(EventReview review);
}
