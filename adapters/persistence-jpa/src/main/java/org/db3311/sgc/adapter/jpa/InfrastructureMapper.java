package org.db3311.sgc.adapter.jpa;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.db3311.sgc.core.common.Actor;
import org.db3311.sgc.core.common.AuditEntry;
import org.db3311.sgc.core.common.IntegrationEvent;
import org.db3311.sgc.core.common.Version;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.factory.Mappers;

/** Between the core's audit entries and integration events and their rows (MapStruct). */
@Mapper(imports = Actor.class)
interface InfrastructureMapper {

  InfrastructureMapper INSTANCE = Mappers.getMapper(InfrastructureMapper.class);

  @Mapping(target = "position", ignore = true)
  @Mapping(target = "actorId", source = "actor.id")
  @Mapping(target = "actorName", source = "actor.name")
  AuditEntryEntity toEntity(AuditEntry entry);

  @Mapping(target = "actor", expression = "java(new Actor(row.actorId, row.actorName))")
  AuditEntry toAuditEntry(AuditEntryEntity row);

  @Mapping(target = "position", ignore = true)
  @Mapping(target = "publishedAt", ignore = true)
  @Mapping(target = "claimedBy", ignore = true)
  @Mapping(target = "claimedUntil", ignore = true)
  OutboxEventEntity toEntity(IntegrationEvent event);

  IntegrationEvent toIntegrationEvent(OutboxEventEntity row);

  default OffsetDateTime map(Instant instant) {
    return Conversions.toColumn(instant);
  }

  default Instant map(OffsetDateTime time) {
    return Conversions.toInstant(time);
  }

  default long map(Version version) {
    return Conversions.toColumn(version);
  }

  default Version map(long value) {
    return Conversions.toVersion(value);
  }

  default String map(Optional<String> value) {
    return Conversions.toColumn(value);
  }

  default Optional<String> map(String value) {
    return Conversions.toOptional(value);
  }
}
