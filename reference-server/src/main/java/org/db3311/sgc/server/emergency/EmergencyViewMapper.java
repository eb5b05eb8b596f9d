package org.db3311.sgc.server.emergency;

import java.util.List;
import org.db3311.sgc.core.emergency.Discovery;
import org.db3311.sgc.core.emergency.ImpactAssessment;
import org.db3311.sgc.core.emergency.Incident;
import org.db3311.sgc.core.emergency.IncidentSnapshot;
import org.db3311.sgc.core.emergency.Leadership;
import org.db3311.sgc.core.emergency.Order;
import org.db3311.sgc.core.emergency.ProgressReport;
import org.db3311.sgc.server.http.ViewTypes;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.Named;
import org.mapstruct.factory.Mappers;

/** The incident views from the core's snapshots (MapStruct). */
@Mapper(uses = ViewTypes.class)
interface EmergencyViewMapper {

  EmergencyViewMapper INSTANCE = Mappers.getMapper(EmergencyViewMapper.class);

  @Mapping(target = "id", source = "s.id")
  @Mapping(target = "state", source = "s.state")
  @Mapping(target = "grade", source = "s.gradings", qualifiedByName = "grade")
  @Mapping(target = "major", source = "s.gradings", qualifiedByName = "major")
  EmergencyView view(String county, IncidentSnapshot s);

  EmergencyView.DiscoveryView view(Discovery discovery);

  EmergencyView.GradingView view(Incident.Grading grading);

  EmergencyView.ImpactView view(ImpactAssessment impact);

  @Mapping(target = "plan", source = "plan.id")
  @Mapping(target = "title", source = "plan.title")
  EmergencyView.ActivationView view(Incident.Activation activation);

  @Mapping(target = "completion", qualifiedByName = "absentIfEmpty")
  EmergencyView.OrderView view(Order order);

  EmergencyView.ProgressView view(ProgressReport progress);

  EmergencyView.ReviewView view(Incident.Review review);

  EmergencyView.StepView view(Incident.Step step);

  /** The grade in force: the last one given; none before grading. */
  @Named("grade")
  default String grade(List<Incident.Grading> gradings) {
    return gradings.isEmpty() ? null : gradings.getLast().grade().name();
  }

  @Named("major")
  default boolean major(List<Incident.Grading> gradings) {
    return !gradings.isEmpty() && gradings.getLast().grade().isMajor();
  }

  /** LEAD_LEADER with the post, or TASK_FORCE with its name and members. */
  default EmergencyView.LeadershipView view(Leadership l) {
    if (l == null) {
      return null;
    }
    return switch (l) {
      case Leadership.LeadLeader x ->
          new EmergencyView.LeadershipView(
              "LEAD_LEADER", x.head().name(), x.post(), null, List.of());
      case Leadership.TaskForce t ->
          new EmergencyView.LeadershipView(
              "TASK_FORCE",
              t.head().name(),
              null,
              t.name(),
              t.members().stream().map(m -> m.name()).toList());
    };
  }

  @Named("absentIfEmpty")
  default String absentIfEmpty(String text) {
    return text == null || text.isEmpty() ? null : text;
  }
}
