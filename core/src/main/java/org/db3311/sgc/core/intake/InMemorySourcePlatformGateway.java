package org.db3311.sgc.core.intake;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** A {@link SourcePlatformGateway} that keeps what it is given instead of sending it. */
public final class InMemorySourcePlatformGateway implements SourcePlatformGateway {

  private final Clock clock;
  private final Map<String, TransferResult> reported = new LinkedHashMap<>();
  private final Map<String, String> receipts = new LinkedHashMap<>();

  public InMemorySourcePlatformGateway(Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public synchronized Delivery report(TransferResult result) {
    Objects.requireNonNull(result, "result");
    String key = result.key();
    if (reported.containsKey(key)) {
      return new Delivery.AlreadyReported(receipts.get(key));
    }
    String receipt = result.source().system() + "-ack-" + (reported.size() + 1);
    reported.put(key, result);
    receipts.put(key, receipt);
    return new Delivery.Delivered(receipt, clock.instant());
  }

  /** Everything reported, oldest first, each round once. */
  public synchronized List<TransferResult> reported() {
    return List.copyOf(reported.values());
  }

  /** What was reported back to one platform. */
  public synchronized List<TransferResult> reportedTo(Channel platform) {
    return reported.values().stream().filter(r -> r.source().system() == platform).toList();
  }
}
