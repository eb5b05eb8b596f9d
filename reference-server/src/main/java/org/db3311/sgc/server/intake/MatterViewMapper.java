package org.db3311.sgc.server.intake;

import java.util.Collection;
import java.util.List;
import org.db3311.sgc.core.intake.Handling;
import org.db3311.sgc.core.intake.Material;
import org.db3311.sgc.core.intake.MaterialKind;
import org.db3311.sgc.core.intake.MatterFlag;
import org.db3311.sgc.core.intake.MatterParty;
import org.db3311.sgc.core.intake.MatterResult;
import org.db3311.sgc.core.intake.MatterSnapshot;
import org.db3311.sgc.core.intake.Place;
import org.db3311.sgc.core.intake.Refusal;
import org.db3311.sgc.core.intake.RepeatLink;
import org.db3311.sgc.core.intake.SourceReference;
import org.db3311.sgc.core.intake.SupplementItem;
import org.db3311.sgc.core.intake.SupplementNotice;
import org.db3311.sgc.server.http.ViewTypes;
import org.mapstruct.Context;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.Named;
import org.mapstruct.factory.Mappers;

/**
 * The matter view from the core's snapshot (MapStruct). {@code reveal} travels as context to the
 * parties, whose identifiers are masked unless it is set.
 */
@Mapper(uses = ViewTypes.class)
interface MatterViewMapper {

  MatterViewMapper INSTANCE = Mappers.getMapper(MatterViewMapper.class);

  @Mapping(target = "channel", source = "registration.channel")
  @Mapping(target = "source", source = "registration.source")
  @Mapping(target = "preference", source = "registration.preference")
  @Mapping(target = "category", source = "registration.categoryCode")
  @Mapping(target = "place", source = "registration.place")
  @Mapping(target = "description", source = "registration.description")
  @Mapping(target = "occurredAt", source = "registration.occurredAt")
  @Mapping(target = "cause", source = "registration.cause")
  @Mapping(target = "parties", source = "registration.parties")
  MatterView view(MatterSnapshot snapshot, @Context boolean reveal);

  MatterView.SourceView view(SourceReference source);

  MatterView.PlaceView view(Place place);

  @Mapping(target = "kind", source = "kind", qualifiedByName = "code")
  @Mapping(target = "kindName", source = "kind", qualifiedByName = "nameZh")
  MatterView.MaterialView view(Material material);

  MatterView.NoticeView view(SupplementNotice notice);

  @Mapping(target = "kind", source = "kind", qualifiedByName = "code")
  @Mapping(target = "kindName", source = "kind", qualifiedByName = "nameZh")
  MatterView.ItemView view(SupplementItem item);

  MatterView.RefusalView view(Refusal refusal);

  MatterView.LinkView view(RepeatLink link);

  MatterView.HandlingView view(Handling handling);

  MatterView.ResultView view(MatterResult result);

  /** A party, identifiers masked unless revealed. */
  default MatterView.PartyView view(MatterParty party, @Context boolean reveal) {
    return MatterView.PartyView.of(party, reveal);
  }

  /** The flags in order of name, so that the same matter always reads the same. */
  default List<String> flags(Collection<MatterFlag> flags) {
    return flags.stream().map(Enum::name).sorted().toList();
  }

  @Named("code")
  default String code(MaterialKind kind) {
    return kind.code();
  }

  @Named("nameZh")
  default String nameZh(MaterialKind kind) {
    return kind.nameZh();
  }
}
