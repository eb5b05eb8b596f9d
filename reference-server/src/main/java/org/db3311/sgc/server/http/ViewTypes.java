package org.db3311.sgc.server.http;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.Optional;
import org.db3311.sgc.core.calendar.TimeLimit;
import org.db3311.sgc.core.common.Actor;
import org.db3311.sgc.core.common.AreaCode;
import org.db3311.sgc.core.common.DivisionCode;
import org.db3311.sgc.core.common.UnitId;
import org.db3311.sgc.core.emergency.IncidentId;
import org.db3311.sgc.core.epidemic.EpidemicCaseId;
import org.db3311.sgc.core.evaluation.improvement.CorrectiveActionId;
import org.db3311.sgc.core.facts.MatterId;
import org.db3311.sgc.core.followup.FollowUpId;
import org.db3311.sgc.core.guidance.GuidanceTaskId;
import org.db3311.sgc.core.intake.RegistrationNumber;
import org.db3311.sgc.core.mediation.MediationCaseId;
import org.db3311.sgc.core.notice.NoticeId;
import org.db3311.sgc.core.onward.OnwardReferralId;
import org.db3311.sgc.core.warning.WarningId;

/**
 * The conversions every view mapper of the API shares (MapStruct {@code uses}): the core's typed
 * values are shown as their text, and an empty optional as an absent (null) field, which the JSON
 * binding leaves out. Dates, times and enums need nothing here: MapStruct writes them with {@code
 * toString()} and {@code name()}, as the API always has.
 *
 * <p>Every method takes null, because MapStruct chains them ({@code text(unwrap(optional))})
 * without checking between the two calls.
 */
public final class ViewTypes {

  public <T> T unwrap(Optional<T> value) {
    return value == null ? null : value.orElse(null);
  }

  public <E extends Enum<E>> String name(Optional<E> value) {
    return value == null ? null : value.map(Enum::name).orElse(null);
  }

  // MapStruct would chain unwrap with its own conversion of a time, which fails on an empty value

  public String instant(Optional<Instant> value) {
    return value == null ? null : value.map(Instant::toString).orElse(null);
  }

  public String date(Optional<LocalDate> value) {
    return value == null ? null : value.map(LocalDate::toString).orElse(null);
  }

  /** A person who acted is shown by name; the audit trail keeps who it was. */
  public String text(Actor actor) {
    return actor == null ? null : actor.name();
  }

  public String text(WarningId id) {
    return id == null ? null : id.value();
  }

  public String text(CorrectiveActionId id) {
    return id == null ? null : id.value();
  }

  // MapStruct's own conversion would write seconds the API never showed ("08:00:00")

  public String text(LocalDate date) {
    return date == null ? null : date.toString();
  }

  public String text(LocalDateTime time) {
    return time == null ? null : time.toString();
  }

  public String text(LocalTime time) {
    return time == null ? null : time.toString();
  }

  public String text(YearMonth month) {
    return month == null ? null : month.toString();
  }

  public String text(IncidentId id) {
    return id == null ? null : id.value();
  }

  public String text(GuidanceTaskId id) {
    return id == null ? null : id.value();
  }

  public String text(DivisionCode code) {
    return code == null ? null : code.value();
  }

  public String text(AreaCode code) {
    return code == null ? null : code.toString();
  }

  public String text(UnitId unit) {
    return unit == null ? null : unit.value();
  }

  public String text(FollowUpId id) {
    return id == null ? null : id.toString();
  }

  public String text(OnwardReferralId id) {
    return id == null ? null : id.toString();
  }

  public String text(MediationCaseId id) {
    return id == null ? null : id.toString();
  }

  public String text(NoticeId id) {
    return id == null ? null : id.value();
  }

  public String text(EpidemicCaseId id) {
    return id == null ? null : id.value();
  }

  public String text(TimeLimit limit) {
    return limit == null ? null : limit.toString();
  }

  public String text(MatterId id) {
    return id == null ? null : id.value();
  }

  public String text(RegistrationNumber number) {
    return number == null ? null : number.toString();
  }
}
