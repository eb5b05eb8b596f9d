package org.db3311.sgc.adapter.jpa;

import java.time.Instant;
import java.time.OffsetDateTime;
import org.db3311.sgc.core.followup.FollowUpId;
import org.db3311.sgc.core.followup.FollowUpSnapshot;
import org.db3311.sgc.core.intake.RegistrationNumber;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.factory.Mappers;

/** The searchable columns of a follow-up's row, from its snapshot (MapStruct). */
@Mapper
interface FollowUpMapper {

  FollowUpMapper INSTANCE = Mappers.getMapper(FollowUpMapper.class);

  @Mapping(target = "version", ignore = true)
  @Mapping(target = "document", ignore = true)
  @Mapping(target = "matter", source = "id.matter")
  @Mapping(target = "round", source = "id.round")
  FollowUpEntity toEntity(FollowUpSnapshot snapshot);

  default String id(FollowUpId id) {
    return id.toString();
  }

  default String matter(RegistrationNumber number) {
    return number.toString();
  }

  default OffsetDateTime time(Instant instant) {
    return Conversions.toColumn(instant);
  }
}
