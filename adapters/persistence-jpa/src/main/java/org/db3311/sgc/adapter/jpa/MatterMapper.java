package org.db3311.sgc.adapter.jpa;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.db3311.sgc.core.common.AreaCode;
import org.db3311.sgc.core.common.DivisionCode;
import org.db3311.sgc.core.intake.MatterSnapshot;
import org.db3311.sgc.core.intake.RegistrationNumber;
import org.db3311.sgc.core.intake.SourceReference;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.factory.Mappers;

/** The searchable columns of a matter's row, from its snapshot (MapStruct). */
@Mapper
interface MatterMapper {

  MatterMapper INSTANCE = Mappers.getMapper(MatterMapper.class);

  @Mapping(target = "version", ignore = true)
  @Mapping(target = "document", ignore = true)
  @Mapping(target = "numberOrder", source = "number", qualifiedBy = NumberOrder.class)
  @Mapping(target = "channel", source = "registration.channel")
  @Mapping(target = "categoryCode", source = "registration.categoryCode")
  @Mapping(target = "county", source = "registration.place.county")
  @Mapping(target = "township", source = "registration.place.township")
  @Mapping(target = "townshipCode", source = "registration.place.townshipCode")
  @Mapping(
      target = "sourceSystem",
      source = "registration.source",
      qualifiedBy = SourceSystem.class)
  @Mapping(
      target = "sourceReference",
      source = "registration.source",
      qualifiedBy = SourceReferenceText.class)
  MatterEntity toEntity(MatterSnapshot snapshot);

  default String number(RegistrationNumber number) {
    return number.toString();
  }

  /** The number as text in number order ({@link Conversions#numberOrder}). */
  @NumberOrder
  default String numberOrder(RegistrationNumber number) {
    return Conversions.numberOrder(number);
  }

  default String county(DivisionCode code) {
    return code.value();
  }

  default String areaCode(Optional<AreaCode> code) {
    return code.map(AreaCode::value).orElse(null);
  }

  default String text(Optional<String> value) {
    return value.orElse(null);
  }

  default OffsetDateTime time(Instant instant) {
    return Conversions.toColumn(instant);
  }

  default OffsetDateTime time(Optional<Instant> instant) {
    return instant.map(Conversions::toColumn).orElse(null);
  }

  @SourceSystem
  default String sourceSystem(Optional<SourceReference> source) {
    return source.map(s -> s.system().name()).orElse(null);
  }

  @SourceReferenceText
  default String sourceReference(Optional<SourceReference> source) {
    return source.map(SourceReference::reference).orElse(null);
  }

  @org.mapstruct.Qualifier
  @java.lang.annotation.Target(java.lang.annotation.ElementType.METHOD)
  @java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy.CLASS)
  @interface SourceSystem {}

  @org.mapstruct.Qualifier
  @java.lang.annotation.Target(java.lang.annotation.ElementType.METHOD)
  @java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy.CLASS)
  @interface NumberOrder {}

  @org.mapstruct.Qualifier
  @java.lang.annotation.Target(java.lang.annotation.ElementType.METHOD)
  @java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy.CLASS)
  @interface SourceReferenceText {}
}
