package org.db3311.sgc.adapter.jpa;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.db3311.sgc.core.intake.RegistrationNumber;
import org.db3311.sgc.core.mediation.MediationCaseId;
import org.db3311.sgc.core.mediation.MediationSnapshot;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.factory.Mappers;

/** The searchable columns of a mediation case's row, from its snapshot (MapStruct). */
@Mapper
interface MediationCaseMapper {

  MediationCaseMapper INSTANCE = Mappers.getMapper(MediationCaseMapper.class);

  @Mapping(target = "version", ignore = true)
  @Mapping(target = "document", ignore = true)
  @Mapping(target = "matter", source = "id.matter")
  @Mapping(target = "attempt", source = "id.attempt")
  @Mapping(target = "confirmationDue", source = "judicialConfirmationDue")
  @Mapping(target = "confirmationProvisional", source = "judicialConfirmationProvisional")
  MediationCaseEntity toEntity(MediationSnapshot snapshot);

  default String id(MediationCaseId id) {
    return id.toString();
  }

  default String matter(RegistrationNumber number) {
    return number.toString();
  }

  default LocalDate day(Optional<LocalDate> day) {
    return day.orElse(null);
  }

  default OffsetDateTime time(Instant instant) {
    return Conversions.toColumn(instant);
  }
}
