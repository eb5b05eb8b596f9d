package org.db3311.sgc.server.guidance;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.db3311.sgc.core.common.ItemFailure;
import org.db3311.sgc.core.guidance.Assignment;
import org.db3311.sgc.core.guidance.GrassrootsUnit;
import org.db3311.sgc.core.guidance.GuidanceTaskSnapshot;
import org.db3311.sgc.core.guidance.SupervisionNotice;
import org.db3311.sgc.core.guidance.SupervisionSweep;
import org.db3311.sgc.core.guidance.TaskProgress;
import org.db3311.sgc.server.http.ViewTypes;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.factory.Mappers;

/** The guidance task views from the core's snapshots (MapStruct). */
@Mapper(uses = ViewTypes.class)
interface GuidanceViewMapper {

  GuidanceViewMapper INSTANCE = Mappers.getMapper(GuidanceViewMapper.class);

  @Mapping(target = "id", source = "s.id")
  GuidanceView view(String county, GuidanceTaskSnapshot s);

  GuidanceView.AssignmentView view(GuidanceTaskSnapshot.AssignmentSnapshot assignment);

  GuidanceView.StepView view(Assignment.Step step);

  GuidanceView.UnitView view(GrassrootsUnit unit);

  @Mapping(target = "task", source = "p.taskId")
  GuidanceView.ProgressView view(String county, TaskProgress p);

  @Mapping(target = "task", source = "taskId")
  GuidanceView.NoticeView view(SupervisionNotice notice);

  GuidanceView.SweepView view(String county, SupervisionSweep sweep);

  GuidanceView.FailureView view(ItemFailure failure);

  /** Assignees per state, states in order of name. */
  default Map<String, Long> byState(Map<Assignment.State, Long> byState) {
    Map<String, Long> shown = new TreeMap<>();
    byState.forEach((state, n) -> shown.put(state.name(), n));
    return shown;
  }

  /** The levels of notice sent, in order of name. */
  default List<String> levels(Collection<SupervisionNotice.Level> sent) {
    return sent.stream().map(Enum::name).sorted().toList();
  }
}
