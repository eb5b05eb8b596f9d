package org.db3311.sgc.core.intake;

import java.time.Instant;
import java.util.Objects;
import org.db3311.sgc.core.catalog.Implements;

/**
 * Outgoing port: sends the result of a transferred matter back to the platform it came from (12345,
 * 110, 96345, 浙里访, the grid, …), closing the loop with it. One adapter per deployment routes by
 * {@link SourceReference#system()}.
 *
 * <p>A report is idempotent by matter and round ({@link TransferResult#key()}): the same round
 * reported again, e.g. when a close event is delivered twice, is answered {@link
 * Delivery.AlreadyReported} and reaches the platform once.
 */
@Implements("6.1.1.2.2")
public interface SourcePlatformGateway {

  /**
   * @throws RuntimeException when the platform cannot be reached; nothing was recorded then, so the
   *     report can be sent again
   */
  Delivery report(TransferResult result);

  /** What became of a report. */
  sealed interface Delivery {
    String receipt();

    /** Handed to the platform now. */
    record Delivered(String receipt, Instant at) implements Delivery {
      public Delivered {
        Objects.requireNonNull(receipt, "receipt");
        Objects.requireNonNull(at, "at");
      }
    }

    /** This round had been reported before; nothing was sent again. */
    record AlreadyReported(String receipt) implements Delivery {
      public AlreadyReported {
        Objects.requireNonNull(receipt, "receipt");
      }
    }
  }
}
