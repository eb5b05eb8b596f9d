package org.db3311.sgc.core.intake;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.db3311.sgc.core.catalog.Implements;

/**
 * Closes the loop with the platform a matter was transferred from (6.1.1.2.2): subscribed to the
 * matter events, it reports each closing of a transferred matter through the {@link
 * SourcePlatformGateway}, once per round (a reopened matter that closes again is reported again).
 *
 * <p>A platform that cannot be reached does not stop the other reports nor the close itself: the
 * report is kept as a failure and sent again by {@link #retryFailed()}. A close event delivered
 * twice reaches the platform once, since the gateway is idempotent by matter and round.
 */
@Implements("6.1.1.2.2")
public final class SourcePlatformFeedback {

  private final SourcePlatformGateway gateway;
  private final Map<String, Failure> failures = new LinkedHashMap<>();

  public SourcePlatformFeedback(SourcePlatformGateway gateway) {
    this.gateway = Objects.requireNonNull(gateway, "gateway");
  }

  /** A report the platform did not take, with why. */
  public record Failure(TransferResult result, String reason) {}

  /** Subscribe to {@link MatterEvent}s: reports a transferred matter when it closes. */
  public void onMatterEvent(MatterEvent event) {
    if (event.action() != MatterAction.CLOSE || event.matter().registration().source().isEmpty()) {
      return;
    }
    send(TransferResult.of(event.matter()));
  }

  /** Sends every failed report again; returns those that failed again. */
  public List<Failure> retryFailed() {
    List<Failure> due;
    synchronized (this) {
      due = List.copyOf(failures.values());
    }
    due.forEach(f -> send(f.result()));
    return failures();
  }

  /** Reports not yet taken by their platform. */
  public synchronized List<Failure> failures() {
    return List.copyOf(failures.values());
  }

  private void send(TransferResult result) {
    try {
      gateway.report(result);
      synchronized (this) {
        failures.remove(result.key());
      }
    } catch (RuntimeException e) {
      synchronized (this) {
        failures.put(result.key(), new Failure(result, String.valueOf(e.getMessage())));
      }
    }
  }
}
