package org.db3311.sgc.core.eventhandling;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.db3311.sgc.core.catalog.Implements;
import org.db3311.sgc.core.common.UnitId;

/**
 * The handling result of an event as reported up after its review (6.3.1.3): what the event was,
 * who handled it and how, what the review concluded, and the report itself.
 *
 * @param matter the registration number of the event's matter
 * @param round the event's handling round the report is about (a reopened event is reported again,
 *     in a new round)
 * @param lead the lead unit; empty for an event the city center coordinated
 * @param dutyLeader the duty county leader who led a cross-boundary event
 * @param cityReference the city center's reference for a city-level event
 * @param handling the handling reports, oldest first
 */
@Implements("6.3.1.3")
public record EventResultReport(
    String matter,
    int round,
    String title,
    String categoryCode,
    EventScope scope,
    List<UnitId> units,
    Optional<UnitId> lead,
    Optional<DutyLeader> dutyLeader,
    Optional<String> cityReference,
    List<String> handling,
    EventReview review,
    String report,
    Instant reportedAt) {

  public EventResultReport {
    if (matter == null || matter.isBlank() || title == null || title.isBlank()) {
      throw new IllegalArgumentException("a result report names the event");
    }
    if (round < 1) {
      throw new IllegalArgumentException("handling rounds are numbered from 1, not " + round);
    }
    Objects.requireNonNull(categoryCode, "categoryCode");
    Objects.requireNonNull(scope, "scope");
    units = List.copyOf(units);
    Objects.requireNonNull(lead, "lead");
    Objects.requireNonNull(dutyLeader, "dutyLeader");
    Objects.requireNonNull(cityReference, "cityReference");
    handling = List.copyOf(handling);
    if (handling.isEmpty()) {
      throw new IllegalArgumentException("a result report says how the event was handled");
    }
    Objects.requireNonNull(review, "a result is reported after the review");
    if (report == null || report.isBlank()) {
      throw new IllegalArgumentException("a result report has content");
    }
    Objects.requireNonNull(reportedAt, "reportedAt");
  }

  /**
   * The report's identity, {@code <matter>/R<round>}: the same for every delivery attempt of one
   * round's report, whatever its content or time, so a receiver recognises a repeated delivery.
   */
  public String reportId() {
    return matter + "/R" + round;
  }
}
