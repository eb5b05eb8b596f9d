package org.db3311.sgc.server.guidance;

import java.util.List;
import java.util.Map;
import org.db3311.sgc.core.common.ItemFailure;
import org.db3311.sgc.core.guidance.GrassrootsUnit;
import org.db3311.sgc.core.guidance.GuidanceTaskSnapshot;
import org.db3311.sgc.core.guidance.SupervisionNotice;
import org.db3311.sgc.core.guidance.SupervisionSweep;
import org.db3311.sgc.core.guidance.TaskProgress;

/**
 * A guidance task (指导任务) as the API shows it: where it comes from, what it requires, when it is due
 * and why then, and each assignee's part with its steps and the supervision notices sent.
 */
public record GuidanceView(
    String id,
    String county,
    String issuer,
    String source,
    String topic,
    String title,
    String requirements,
    String due,
    String dueBasis,
    String issuedBy,
    String issuedAt,
    List<AssignmentView> assignments) {

  /** A township or village. */
  public record UnitView(String code, String name, String level) {
    static UnitView of(GrassrootsUnit u) {
      return GuidanceViewMapper.INSTANCE.view(u);
    }
  }

  /** One assignee's part of the task. */
  public record AssignmentView(
      UnitView unit,
      String state,
      String verifiedAt,
      List<String> noticesSent,
      List<StepView> steps) {}

  /** One step of an assignee: what was done, by whom, when, with what was said. */
  public record StepView(String action, String to, String by, String at, String note) {}

  /** A page of tasks, and each task that could not be read. */
  public record Page(
      String county,
      List<GuidanceView> items,
      int page,
      int size,
      int total,
      boolean more,
      List<FailureView> failed) {}

  /** One item a list or sweep could not handle, and why. */
  public record FailureView(String item, String reason) {
    static FailureView of(ItemFailure f) {
      return GuidanceViewMapper.INSTANCE.view(f);
    }
  }

  /** Where a task stands: assignees per state, how many verified, who is overdue. */
  public record ProgressView(
      String task,
      String county,
      Map<String, Long> byState,
      long verified,
      long assignees,
      List<UnitView> overdue) {
    static ProgressView of(String county, TaskProgress p) {
      return GuidanceViewMapper.INSTANCE.view(county, p);
    }
  }

  /** A supervision notice (督办通知) sent by a sweep. */
  public record NoticeView(
      String task,
      UnitView unit,
      String level,
      String due,
      String issuedOn,
      long workingDaysOverdue) {
    static NoticeView of(SupervisionNotice n) {
      return GuidanceViewMapper.INSTANCE.view(n);
    }
  }

  /** What a supervision sweep sent, and each task it could not handle. */
  public record SweepView(String county, List<NoticeView> sent, List<FailureView> failed) {
    static SweepView of(String county, SupervisionSweep s) {
      return GuidanceViewMapper.INSTANCE.view(county, s);
    }
  }

  static GuidanceView of(String county, GuidanceTaskSnapshot s) {
    return GuidanceViewMapper.INSTANCE.view(county, s);
  }
}
