package org.db3311.sgc.adapter.jpa;

import org.db3311.sgc.core.common.UnitId;
import org.db3311.sgc.core.intake.RegistrationNumber;
import org.db3311.sgc.core.mediation.MediationCaseId;
import org.db3311.sgc.core.onward.OnwardReferralId;
import org.db3311.sgc.core.onward.OnwardReferralSnapshot;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.factory.Mappers;

/** The searchable columns of an onward referral's row, from its snapshot (MapStruct). */
@Mapper
interface OnwardReferralMapper {

  OnwardReferralMapper INSTANCE = Mappers.getMapper(OnwardReferralMapper.class);

  @Mapping(target = "version", ignore = true)
  @Mapping(target = "document", ignore = true)
  @Mapping(target = "matter", source = "id.matter")
  @Mapping(target = "number", source = "id.number")
  OnwardReferralEntity toEntity(OnwardReferralSnapshot snapshot);

  default String id(OnwardReferralId id) {
    return id.toString();
  }

  default String mediation(MediationCaseId id) {
    return id.toString();
  }

  default String matter(RegistrationNumber number) {
    return number.toString();
  }

  default String unit(UnitId unit) {
    return unit.value();
  }
}
