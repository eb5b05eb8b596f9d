package org.db3311.sgc.server.epidemic;

import java.util.List;
import org.db3311.sgc.core.epidemic.EpidemicCaseSnapshot;

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
    return EpidemicCaseViewMapper.INSTANCE.view(county, s);
  }
}
