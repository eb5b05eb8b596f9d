package org.db3311.sgc.core.evaluation.improvement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.db3311.sgc.core.common.UnitId;
import org.junit.jupiter.api.Test;

/**
 * What every {@link RecheckBoard} adapter must do: disclose each re-check result exactly as
 * recorded, in the order recorded, and never change what was already disclosed.
 */
public abstract class RecheckBoardContract {

  private static long seq = System.nanoTime() % 100_000;

  protected abstract RecheckBoard newBoard();

  private static PublishedRecheck recheck(int round, boolean passed, Instant at) {
    return new PublishedRecheck(
        CorrectiveActionId.of("CA-2026-" + (++seq)),
        UnitId.of("county.hrss"),
        "窗口服务态度被投诉",
        "开展服务规范培训",
        round,
        passed,
        passed ? "暗访两次，服务规范" : "仍有一次态度生硬",
        at);
  }

  @Test
  void results_are_disclosed_as_recorded_in_order_across_the_year_boundary() {
    RecheckBoard board = newBoard();
    PublishedRecheck first = recheck(1, false, Instant.parse("2026-12-31T15:59:59Z"));
    PublishedRecheck second = recheck(2, true, Instant.parse("2026-12-31T16:00:00Z"));
    PublishedRecheck third = recheck(1, true, Instant.parse("2027-01-04T02:00:00Z"));
    board.publish(first);
    board.publish(second);
    board.publish(third);
    assertThat(board.published())
        .filteredOn(r -> List.of(first, second, third).contains(r))
        .containsExactly(first, second, third);
  }

  @Test
  void what_was_read_does_not_change_when_more_is_disclosed() {
    RecheckBoard board = newBoard();
    PublishedRecheck first = recheck(1, true, Instant.parse("2027-01-04T02:00:00Z"));
    board.publish(first);
    List<PublishedRecheck> read = board.published();
    int size = read.size();
    board.publish(recheck(1, false, Instant.parse("2027-01-05T02:00:00Z")));
    assertThat(read).hasSize(size).contains(first);
    assertThat(board.published()).hasSize(size + 1);
  }
}
