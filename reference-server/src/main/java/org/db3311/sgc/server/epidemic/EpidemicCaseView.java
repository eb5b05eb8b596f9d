package org.db3311.sgc.server.epidemic;

import java.util.List;
import org.db3311.sgc.core.epidemic.EpidemicCase;
import org.db3311.sgc.core.epidemic.EpidemicCaseSnapshot;
import org.db3311.sgc.core.epidemic.Stage;

/**
 * An epidemic-related matter (涉疫事件) in the closed loop as the API shows it: the stage it waits on
 * and that stage's deadline under the mode in force, and every step with the mode it happened in.
 */
public record EpidemicCaseView(
    String id,
    String county,
    String matter,
    String category,
    String summary,
    String state,
    String openStage,
    String routedTo,
    String stageEnteredAt,
    String deadline,
    boolean loopClosed,
    List<StepView> steps) {

  public record StepView(
      String action, String from, String to, String mode, String by, String at, String detail) {}

  public static EpidemicCaseView of(String county, EpidemicCaseSnapshot s) {
    Stage open =
        switch (s.state()) {
          case RECEIVED -> Stage.ANALYSIS;
          case ANALYSED -> Stage.ROUTING;
          case ROUTED -> Stage.HANDLING;
          case HANDLED -> Stage.SUPERVISION_FEEDBACK;
          case FED_BACK -> Stage.ASSESSMENT;
          case ASSESSED -> null;
        };
    return new EpidemicCaseView(
        s.id().value(),
        county,
        s.matter().value(),
        s.category(),
        s.summary(),
        s.state().name(),
        open == null ? null : open.name(),
        s.routedTo().map(u -> u.value()).orElse(null),
        s.stageEnteredAt().toString(),
        open == null ? null : s.deadline().toString(),
        s.state() == EpidemicCase.State.ASSESSED,
        s.steps().stream()
            .map(
                t ->
                    new StepView(
                        t.action().name(),
                        t.from() == null ? null : t.from().name(),
                        t.to().name(),
                        t.mode().name(),
                        t.by().name(),
                        t.at().toString(),
                        t.detail()))
            .toList());
  }
}
