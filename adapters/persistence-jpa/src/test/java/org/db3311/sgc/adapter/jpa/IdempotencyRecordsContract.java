package org.db3311.sgc.adapter.jpa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.db3311.sgc.core.intake.IntakeFixtures;
import org.db3311.sgc.core.intake.Matter;
import org.db3311.sgc.core.intake.RegistrationNumber;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What {@link JpaIdempotencyRecords} promises on every database: one run per key, the reply given
 * again to a retry, another body refused, a failed request's key released; and a reply completed
 * inside the request's unit of work stored with its change or not at all.
 */
abstract class IdempotencyRecordsContract {

  private static final Instant NOW = Instant.parse("2027-01-01T00:30:00Z");

  protected abstract StoreFixture fixture();

  private JpaIdempotencyRecords records;
  private JpaMatterRepository matters;

  @BeforeEach
  void empty() {
    fixture().clear("http_idempotency");
    records = new JpaIdempotencyRecords(fixture().store);
    matters = new JpaMatterRepository(fixture().store);
  }

  @Test
  void a_completed_key_gives_its_reply_again_and_refuses_another_body() {
    assertThat(records.claim("clerk", "k1", "h1", NOW))
        .isInstanceOf(JpaIdempotencyRecords.Claim.Claimed.class);
    assertThat(records.claim("clerk", "k1", "h1", NOW))
        .isInstanceOf(JpaIdempotencyRecords.Claim.InProgress.class);
    records.complete("clerk", "k1", 201, "/api/v1/matters/1", "{\"n\":1}");
    assertThat(records.claim("clerk", "k1", "h1", NOW))
        .isEqualTo(
            new JpaIdempotencyRecords.Claim.Replay(
                201, Optional.of("/api/v1/matters/1"), "{\"n\":1}"));
    assertThat(records.claim("clerk", "k1", "h2", NOW))
        .isInstanceOf(JpaIdempotencyRecords.Claim.Mismatch.class);
    assertThat(records.claim("mediator", "k1", "h2", NOW))
        .as("keys are per caller")
        .isInstanceOf(JpaIdempotencyRecords.Claim.Claimed.class);
  }

  @Test
  void a_released_key_runs_again_but_a_completed_one_is_not_released() {
    records.claim("clerk", "k2", "h", NOW);
    records.release("clerk", "k2");
    assertThat(records.claim("clerk", "k2", "h", NOW))
        .isInstanceOf(JpaIdempotencyRecords.Claim.Claimed.class);
    records.complete("clerk", "k2", 201, null, "");
    records.release("clerk", "k2");
    assertThat(records.claim("clerk", "k2", "h", NOW))
        .isEqualTo(new JpaIdempotencyRecords.Claim.Replay(201, Optional.empty(), ""));
  }

  @Test
  void a_reply_completed_in_the_request_unit_is_stored_with_its_change_or_not_at_all() {
    JpaUnitOfWork unit = fixture().store.unitOfWork();
    records.claim("clerk", "kept", "h", NOW);
    Matter kept = matter(1);
    unit.inTransaction(
        () -> {
          matters.save(kept);
          records.complete("clerk", "kept", 201, null, "{}");
          return null;
        });
    assertThat(records.claim("clerk", "kept", "h", NOW))
        .isInstanceOf(JpaIdempotencyRecords.Claim.Replay.class);
    assertThat(matters.find(kept.number())).isPresent();

    records.claim("clerk", "lost", "h", NOW);
    Matter lost = matter(2);
    assertThatThrownBy(
            () ->
                unit.inTransaction(
                    () -> {
                      matters.save(lost);
                      records.complete("clerk", "lost", 201, null, "{}");
                      throw new IllegalStateException("the request failed after its reply");
                    }))
        .hasMessageContaining("failed after");
    assertThat(matters.find(lost.number())).as("the failed request's change").isEmpty();
    assertThat(records.claim("clerk", "lost", "h", NOW))
        .as("no reply stored: the key is still only claimed")
        .isInstanceOf(JpaIdempotencyRecords.Claim.InProgress.class);
    records.release("clerk", "lost");
    assertThat(records.claim("clerk", "lost", "h", NOW))
        .isInstanceOf(JpaIdempotencyRecords.Claim.Claimed.class);
  }

  /** A new matter, the request's change. */
  private static Matter matter(int n) {
    return StoredMatters.labourDispute(
        new RegistrationNumber(IntakeFixtures.QINGTIAN, LocalDate.of(2027, 1, 1), n), NOW);
  }
}
