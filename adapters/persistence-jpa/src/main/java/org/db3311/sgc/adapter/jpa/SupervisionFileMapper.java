package org.db3311.sgc.adapter.jpa;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.db3311.sgc.core.common.UnitId;
import org.db3311.sgc.core.supervision.StepClock;
import org.db3311.sgc.core.supervision.SupervisionSnapshot;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.factory.Mappers;

/** The searchable columns of a supervision file's row, from its snapshot (MapStruct). */
@Mapper
interface SupervisionFileMapper {

  SupervisionFileMapper INSTANCE = Mappers.getMapper(SupervisionFileMapper.class);

  @Mapping(target = "version", ignore = true)
  @Mapping(target = "document", ignore = true)
  @Mapping(target = "leadUnit", source = "unit")
  @Mapping(target = "clocksRunning", source = "clocks")
  SupervisionFileEntity toEntity(SupervisionSnapshot snapshot);

  default boolean running(List<StepClock> clocks) {
    return clocks.stream().anyMatch(StepClock::isRunning);
  }

  default String unit(UnitId unit) {
    return unit.value();
  }

  default LocalDate day(Optional<LocalDate> day) {
    return day.orElse(null);
  }

  default OffsetDateTime time(Instant instant) {
    return Conversions.toColumn(instant);
  }
}
