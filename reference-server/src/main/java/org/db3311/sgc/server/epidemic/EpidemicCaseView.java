package org.db3311.sgc.server.epidemic;

import java.util.List;
import org.db3311.sgc.core.common.ItemFailure;
import org.db3311.sgc.core.epidemic.EpidemicCase;
import org.db3311.sgc.core.epidemic.EpidemicCaseSnapshot;
import org.db3311.sgc.core.epidemic.Stage;
import org.db3311.sgc.server.http.Requests;

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

  /** An item a list could not read, and why: the others are listed all the same. */
  public record FailureView(String item, String reason) {}

  /** One page of a list ({@code page} from 1), with every item that could not be read. */
  public record Page<T>(List<T> items, int page, int size, int total, List<FailureView> failed) {

    static <T> Page<T> of(List<T> all, int[] asked, List<ItemFailure> failed) {
      int page = asked[0];
      int size = asked[1];
      int from = (int) Math.min((long) (page - 1) * size, all.size());
      int to = Math.min(from + size, all.size());
      return new Page<>(
          List.copyOf(all.subList(from, to)),
          page,
          size,
          all.size(),
          failed.stream().map(f -> new FailureView(f.item(), f.reason())).toList());
    }

    /** {@code page} (from 1, default 1) and {@code size} (1–100, default 20) as asked. */
    static int[] asked(Requests.Errors errors, String page, String size) {
      return new int[] {
        number(errors, "page", page, Integer.MAX_VALUE, 1), number(errors, "size", size, 100, 20)
      };
    }

    private static int number(
        Requests.Errors errors, String path, String value, int max, int absent) {
      if (value == null || value.isBlank()) {
        return absent;
      }
      try {
        int n = Integer.parseInt(value.strip());
        if (n >= 1 && n <= max) {
          return n;
        }
      } catch (NumberFormatException e) {
        // reported below
      }
      errors.add(path, "a whole number from 1" + (max == Integer.MAX_VALUE ? "" : " to " + max));
      return absent;
    }
  }

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
