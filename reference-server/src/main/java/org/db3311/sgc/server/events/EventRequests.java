package org.db3311.sgc.server.events;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.db3311.sgc.core.common.DivisionCode;
import org.db3311.sgc.core.common.UnitId;
import org.db3311.sgc.core.eventhandling.EventReview;
import org.db3311.sgc.core.eventhandling.HandleEventUseCase;
import org.db3311.sgc.core.eventhandling.TriageFacts;
import org.db3311.sgc.core.intake.MatterResult;
import org.db3311.sgc.server.http.Requests;

/** The request bodies of the event endpoints, and their conversion into the core's values. */
public final class EventRequests {
  private EventRequests() {}

  /** {@code POST /api/v1/events}: receive an accepted event matter into handling. */
  public record ReceiveRequest(String matter) {}

  /**
   * {@code POST …/triage}: the units that must act, the lead if one is named, whether the event
   * crosses levels, departments or regions, whether it is the city's, and other counties it
   * touches.
   */
  public record TriageRequest(
      List<String> units,
      String lead,
      Boolean crossLevel,
      Boolean crossDepartment,
      Boolean crossRegion,
      Boolean cityLevel,
      List<String> counties) {}

  /**
   * {@code POST …/steps}: one handling step; {@code step} names it, the other fields are what that
   * step needs (reason, summary, outcome, review, report).
   */
  public record StepRequest(
      String step,
      String reason,
      String summary,
      String outcome,
      ReviewRequest review,
      String report) {}

  public record ReviewRequest(String assessment, List<String> lessons, String reviewedBy) {}

  /** The steps of handling an event (6.3.1.3). */
  public enum Step {
    SIGN_FOR,
    DECLINE_ASSIGNMENT,
    REPORT_HANDLED,
    CITY_RESULT,
    RETURN,
    CLOSE,
    REVIEW,
    REPORT_RESULT,
    ARCHIVE
  }

  public static TriageFacts facts(Requests.Errors errors, TriageRequest r) {
    List<UnitId> units = new ArrayList<>();
    List<String> given = r.units() == null ? List.of() : r.units();
    for (int i = 0; i < given.size(); i++) {
      String u = given.get(i);
      UnitId id = errors.attempt("units[" + i + "]", () -> UnitId.of(u));
      if (id != null) {
        units.add(id);
      }
    }
    Optional<UnitId> lead =
        r.lead() == null
            ? Optional.empty()
            : Optional.ofNullable(errors.attempt("lead", () -> UnitId.of(r.lead())));
    Set<DivisionCode> counties = new LinkedHashSet<>();
    List<String> cs = r.counties() == null ? List.of() : r.counties();
    for (int i = 0; i < cs.size(); i++) {
      String c = cs.get(i);
      DivisionCode code = errors.attempt("counties[" + i + "]", () -> DivisionCode.of(c));
      if (code != null) {
        counties.add(code);
      }
    }
    if (errors.any()) {
      return null;
    }
    return errors.attempt(
        "units",
        () ->
            new TriageFacts(
                units,
                lead,
                Boolean.TRUE.equals(r.crossLevel()),
                Boolean.TRUE.equals(r.crossDepartment()),
                Boolean.TRUE.equals(r.crossRegion()),
                Boolean.TRUE.equals(r.cityLevel()),
                counties));
  }

  public static HandleEventUseCase.Step step(Requests.Errors errors, StepRequest r) {
    Step s = errors.enumValue("step", r.step(), Step.class);
    if (s == null) {
      return null;
    }
    return switch (s) {
      case SIGN_FOR -> new HandleEventUseCase.Step.SignFor();
      case DECLINE_ASSIGNMENT ->
          errors.text("reason", r.reason()) == null
              ? null
              : new HandleEventUseCase.Step.DeclineAssignment(r.reason());
      case REPORT_HANDLED ->
          errors.text("summary", r.summary()) == null
              ? null
              : new HandleEventUseCase.Step.ReportHandled(r.summary());
      case CITY_RESULT ->
          errors.text("summary", r.summary()) == null
              ? null
              : new HandleEventUseCase.Step.CityResult(r.summary());
      case RETURN ->
          errors.text("reason", r.reason()) == null
              ? null
              : new HandleEventUseCase.Step.Return(r.reason());
      case CLOSE -> {
        MatterResult.Outcome o =
            errors.enumValue("outcome", r.outcome(), MatterResult.Outcome.class);
        MatterResult result =
            o == null ? null : errors.attempt("summary", () -> new MatterResult(o, r.summary()));
        yield result == null ? null : new HandleEventUseCase.Step.Close(result);
      }
      case REVIEW -> {
        if (r.review() == null) {
          errors.add("review", "required: assessment, lessons and reviewedBy");
          yield null;
        }
        EventReview review =
            errors.attempt(
                "review",
                () ->
                    new EventReview(
                        r.review().assessment(),
                        r.review().lessons() == null ? List.of() : r.review().lessons(),
                        r.review().reviewedBy()));
        yield review == null ? null : new HandleEventUseCase.Step.Review(review);
      }
      case REPORT_RESULT ->
          errors.text("report", r.report()) == null
              ? null
              : new HandleEventUseCase.Step.ReportResult(r.report());
      case ARCHIVE -> new HandleEventUseCase.Step.Archive();
    };
  }
}
