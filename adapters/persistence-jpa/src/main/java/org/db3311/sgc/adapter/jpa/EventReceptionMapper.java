package org.db3311.sgc.adapter.jpa;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.Optional;
import org.db3311.sgc.core.common.DivisionCode;
import org.db3311.sgc.core.common.UnitId;
import org.db3311.sgc.core.eventhandling.DutyRosterId;
import org.db3311.sgc.core.eventhandling.DutyRosterSnapshot;
import org.db3311.sgc.core.eventhandling.GovernanceEventSnapshot;
import org.db3311.sgc.core.intake.RegistrationNumber;
import org.db3311.sgc.core.reception.ReceptionBookingSnapshot;
import org.db3311.sgc.core.reception.ReceptionRotaSnapshot;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.factory.Mappers;

/**
 * The searchable columns of the rows of events, duty rosters, reception rotas and bookings, from
 * their snapshots (MapStruct).
 */
@Mapper
interface EventReceptionMapper {

  EventReceptionMapper INSTANCE = Mappers.getMapper(EventReceptionMapper.class);

  @Mapping(target = "version", ignore = true)
  @Mapping(target = "document", ignore = true)
  @Mapping(target = "county", source = "place.county")
  @Mapping(target = "leadUnit", source = "lead")
  @Mapping(target = "ledByFallback", expression = "java(snapshot.ledByFallback())")
  GovernanceEventEntity toEntity(GovernanceEventSnapshot snapshot);

  @Mapping(target = "version", ignore = true)
  @Mapping(target = "document", ignore = true)
  @Mapping(target = "month", source = "id")
  DutyRosterEntity toEntity(DutyRosterSnapshot snapshot);

  @Mapping(target = "version", ignore = true)
  @Mapping(target = "document", ignore = true)
  ReceptionRotaEntity toEntity(ReceptionRotaSnapshot snapshot);

  @Mapping(target = "version", ignore = true)
  @Mapping(target = "document", ignore = true)
  ReceptionBookingEntity toEntity(ReceptionBookingSnapshot snapshot);

  default String number(RegistrationNumber number) {
    return number.toString();
  }

  default String number(Optional<RegistrationNumber> number) {
    return number.map(RegistrationNumber::toString).orElse(null);
  }

  default String county(DivisionCode code) {
    return code.value();
  }

  default String unit(Optional<UnitId> unit) {
    return unit.map(UnitId::value).orElse(null);
  }

  default String month(DutyRosterId id) {
    return month(id.month());
  }

  default String month(YearMonth month) {
    return month.toString();
  }

  default OffsetDateTime time(Instant instant) {
    return Conversions.toColumn(instant);
  }

  default OffsetDateTime time(Optional<Instant> instant) {
    return instant.map(Conversions::toColumn).orElse(null);
  }
}
