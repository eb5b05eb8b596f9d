package org.db3311.sgc.core.emergency;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything an incident holds, as an immutable value: what repositories store and what {@link
 * Incident#fromSnapshot} rebuilds an incident from.
 */
public record IncidentSnapshot(
    IncidentId id,
    Discovery discovery,
    Incident.State state,
    List<Incident.Grading> gradings,
    Optional<Leadership> leadership,
    Optional<Incident.Activation> activation,
    List<Order> orders,
    List<ProgressReport> progress,
    Optional<String> closingSummary,
    Optional<Instant> closedAt,
    Optional<Incident.Review> review,
    List<Incident.Step> history) {

  public IncidentSnapshot {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(discovery, "discovery");
    Objects.requireNonNull(state, "state");
    gradings = List.copyOf(gradings);
    Objects.requireNonNull(leadership, "leadership");
    Objects.requireNonNull(activation, "activation");
    orders = List.copyOf(orders);
    progress = List.copyOf(progress);
    Objects.requireNonNull(closingSummary, "closingSummary");
    Objects.requireNonNull(closedAt, "closedAt");
    Objects.requireNonNull(review, "review");
    history = List.copyOf(history);
    if (state != Incident.State.DISCOVERED && gradings.isEmpty()) {
      throw new IllegalArgumentException("incident " + id + " past discovery has a grade");
    }
    if ((state == Incident.State.PLAN_ACTIVATED || state == Incident.State.RESPONDING)
        && activation.isEmpty()) {
      throw new IllegalArgumentException("incident " + id + " in response records its plan");
    }
    if ((state == Incident.State.CLOSED || state == Incident.State.REVIEWED)
        && (closingSummary.isEmpty() || closedAt.isEmpty())) {
      throw new IllegalArgumentException("closed incident " + id + " records how and when");
    }
  }
}
