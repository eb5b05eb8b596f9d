package org.db3311.sgc.core.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.db3311.sgc.core.catalog.Implements;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** What every {@link SourcePlatformGateway} adapter must do; extend it once per adapter. */
@Implements("6.1.1.2.2")
public abstract class SourcePlatformGatewayContract {

  protected abstract SourcePlatformGateway gateway();

  private static TransferResult result(String ref, int seq, int round) {
    return new TransferResult(
        new SourceReference(Channel.HOTLINE_12345, ref),
        new RegistrationNumber(IntakeFixtures.QINGTIAN, LocalDate.of(2026, 12, 31), seq),
        round,
        MatterResult.Outcome.RESOLVED,
        "路灯已修复",
        Instant.parse("2027-01-02T03:00:00Z"));
  }

  @Test
  @DisplayName("a result is delivered once; the same matter and round again is already reported")
  void idempotent_by_matter_and_round() {
    SourcePlatformGateway g = gateway();
    SourcePlatformGateway.Delivery first = g.report(result("A-1", 1, 1));
    SourcePlatformGateway.Delivery again = g.report(result("A-1", 1, 1));
    assertThat(first).isInstanceOf(SourcePlatformGateway.Delivery.Delivered.class);
    assertThat(again)
        .isInstanceOf(SourcePlatformGateway.Delivery.AlreadyReported.class)
        .extracting(SourcePlatformGateway.Delivery::receipt)
        .isEqualTo(first.receipt());
  }

  @Test
  @DisplayName("a later round of the same matter, and another matter, are new reports")
  void rounds_and_matters_are_distinct() {
    SourcePlatformGateway g = gateway();
    g.report(result("A-1", 1, 1));
    assertThat(g.report(result("A-1", 1, 2)))
        .isInstanceOf(SourcePlatformGateway.Delivery.Delivered.class);
    assertThat(g.report(result("B-7", 2, 1)))
        .isInstanceOf(SourcePlatformGateway.Delivery.Delivered.class);
  }
}
