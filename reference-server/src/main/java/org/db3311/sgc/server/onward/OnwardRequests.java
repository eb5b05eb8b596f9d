package org.db3311.sgc.server.onward;

import java.time.LocalDate;
import org.db3311.sgc.core.calendar.DayUnit;
import org.db3311.sgc.core.calendar.TimeLimit;
import org.db3311.sgc.core.common.Actor;
import org.db3311.sgc.core.common.UnitId;
import org.db3311.sgc.core.mediation.MediationCaseId;
import org.db3311.sgc.core.onward.RecordStepUseCase;
import org.db3311.sgc.core.onward.ReferOnwardUseCase;
import org.db3311.sgc.core.onward.Road;
import org.db3311.sgc.server.http.Requests;

/** The request bodies of the onward endpoints, and their conversion into the core's values. */
public final class OnwardRequests {
  private OnwardRequests() {}

  /**
   * {@code POST /api/v1/onward}: refer a dispute mediation did not settle to another road: road
   * LABOUR_ARBITRATION, LITIGATION, ADMINISTRATIVE_RECONSIDERATION, PETITION (信访) or LEGAL_AID.
   */
  public record ReferRequest(
      String mediation, String road, String body, String bodyName, String reason) {}

  /**
   * {@code POST …/steps}: what the receiving body reported, on which day. step RECEIVED
   * (bodyReference, simplified), NOT_ACCEPTED (reason), EXTENDED (added, approver, reason), DECIDED
   * (decision), REVIEW_REQUESTED, REVIEW_CONCLUDED (opinion), RECHECK_REQUESTED, RECHECK_CONCLUDED
   * (opinion).
   */
  public record StepRequest(
      String step,
      String on,
      String bodyReference,
      Boolean simplified,
      String reason,
      LimitRequest added,
      ApproverRequest approver,
      String decision,
      String opinion) {}

  /** A time limit: length and unit WORKING_DAYS, CALENDAR_DAYS or MONTHS. */
  public record LimitRequest(Integer length, String unit) {}

  public record ApproverRequest(String id, String name) {}

  /** {@code POST …/report}: the body's report back, which closes the matter. */
  public record ReportRequest(String reportId, String on, String conclusion, Boolean settled) {}

  /**
   * The referral a request asks for, or null with every bad field added to {@code errors}: the API
   * and the console's form read it alike.
   */
  public static ReferOnwardUseCase.Command refer(
      Requests.Errors errors, ReferRequest r, Actor actor) {
    MediationCaseId mediation =
        r.mediation() == null
            ? null
            : errors.attempt("mediation", () -> MediationCaseId.parse(r.mediation().strip()));
    if (r.mediation() == null) {
      errors.add("mediation", "required: a mediation case such as 331102-20261203-0001/M1");
    }
    Road road = errors.enumValue("road", r.road(), Road.class);
    UnitId unit =
        r.body() == null
            ? errors.required("body", (UnitId) null)
            : errors.attempt("body", () -> UnitId.of(r.body()));
    errors.text("bodyName", r.bodyName());
    errors.text("reason", r.reason());
    if (errors.any()) {
      return null;
    }
    return new ReferOnwardUseCase.Command(mediation, road, unit, r.bodyName(), r.reason(), actor);
  }

  /** The steps a body reports. */
  public enum Step {
    RECEIVED,
    NOT_ACCEPTED,
    EXTENDED,
    DECIDED,
    REVIEW_REQUESTED,
    REVIEW_CONCLUDED,
    RECHECK_REQUESTED,
    RECHECK_CONCLUDED
  }

  public static RecordStepUseCase.Step step(Requests.Errors errors, StepRequest r) {
    Step s = errors.enumValue("step", r.step(), Step.class);
    if (s == null) {
      return null;
    }
    return switch (s) {
      case RECEIVED ->
          errors.attempt(
              "bodyReference",
              () ->
                  new RecordStepUseCase.Step.Received(
                      r.bodyReference(), Boolean.TRUE.equals(r.simplified())));
      case NOT_ACCEPTED ->
          errors.attempt("reason", () -> new RecordStepUseCase.Step.NotAccepted(r.reason()));
      case EXTENDED -> {
        TimeLimit added = limit(errors, r.added());
        Actor approver = null;
        if (r.approver() == null) {
          errors.add("approver", "required: id and name of who approved");
        } else {
          approver =
              errors.attempt("approver", () -> new Actor(r.approver().id(), r.approver().name()));
        }
        errors.text("reason", r.reason());
        if (added == null || approver == null || errors.any()) {
          yield null;
        }
        Actor a = approver;
        yield errors.attempt(
            "reason", () -> new RecordStepUseCase.Step.Extended(added, a, r.reason()));
      }
      case DECIDED ->
          errors.attempt("decision", () -> new RecordStepUseCase.Step.Decided(r.decision()));
      case REVIEW_REQUESTED -> new RecordStepUseCase.Step.ReviewRequested();
      case REVIEW_CONCLUDED ->
          errors.attempt("opinion", () -> new RecordStepUseCase.Step.ReviewConcluded(r.opinion()));
      case RECHECK_REQUESTED -> new RecordStepUseCase.Step.RecheckRequested();
      case RECHECK_CONCLUDED ->
          errors.attempt("opinion", () -> new RecordStepUseCase.Step.RecheckConcluded(r.opinion()));
    };
  }

  private static TimeLimit limit(Requests.Errors errors, LimitRequest l) {
    if (l == null) {
      errors.add("added", "required: length and unit");
      return null;
    }
    DayUnit unit = errors.enumValue("added.unit", l.unit(), DayUnit.class);
    Integer length = errors.required("added.length", l.length());
    if (unit == null || length == null) {
      return null;
    }
    return errors.attempt("added.length", () -> new TimeLimit(length, unit));
  }

  public static LocalDate on(Requests.Errors errors, String on) {
    return errors.date("on", on);
  }
}
