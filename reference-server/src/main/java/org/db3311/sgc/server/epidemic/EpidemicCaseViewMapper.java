package org.db3311.sgc.server.epidemic;

import org.db3311.sgc.core.epidemic.EpidemicCase;
import org.db3311.sgc.core.epidemic.EpidemicCaseSnapshot;
import org.db3311.sgc.core.epidemic.Stage;
import org.db3311.sgc.server.http.ViewTypes;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.Named;
import org.mapstruct.factory.Mappers;

/** The epidemic case views from the core's snapshots (MapStruct). */
@Mapper(uses = ViewTypes.class)
interface EpidemicCaseViewMapper {

  EpidemicCaseViewMapper INSTANCE = Mappers.getMapper(EpidemicCaseViewMapper.class);

  @Mapping(target = "id", source = "s.id")
  @Mapping(target = "openStage", source = "s.state", qualifiedByName = "openStage")
  @Mapping(target = "deadline", source = "s", qualifiedByName = "deadline")
  @Mapping(target = "loopClosed", source = "s.state", qualifiedByName = "loopClosed")
  EpidemicCaseView view(String county, EpidemicCaseSnapshot s);

  EpidemicCaseView.StepView view(EpidemicCase.Step step);

  /** The stage a matter in {@code state} waits on; none once assessed. */
  static Stage open(EpidemicCase.State state) {
    return switch (state) {
      case RECEIVED -> Stage.ANALYSIS;
      case ANALYSED -> Stage.ROUTING;
      case ROUTED -> Stage.HANDLING;
      case HANDLED -> Stage.SUPERVISION_FEEDBACK;
      case FED_BACK -> Stage.ASSESSMENT;
      case ASSESSED -> null;
    };
  }

  @Named("openStage")
  default String openStage(EpidemicCase.State state) {
    Stage open = open(state);
    return open == null ? null : open.name();
  }

  /** The open stage's deadline; none once the loop is closed. */
  @Named("deadline")
  default String deadline(EpidemicCaseSnapshot s) {
    return open(s.state()) == null ? null : s.deadline().toString();
  }

  @Named("loopClosed")
  default boolean loopClosed(EpidemicCase.State state) {
    return state == EpidemicCase.State.ASSESSED;
  }
}
