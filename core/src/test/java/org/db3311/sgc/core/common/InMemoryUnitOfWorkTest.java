package org.db3311.sgc.core.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class InMemoryUnitOfWorkTest {

  private final InMemoryUnitOfWork unitOfWork = new InMemoryUnitOfWork();
  private final InMemoryVersionedStore<String> left = new InMemoryVersionedStore<>("Left");
  private final InMemoryVersionedStore<String> right = new InMemoryVersionedStore<>("Right");
  private final InMemoryAuditTrail audit = new InMemoryAuditTrail();

  @Test
  @DisplayName("a unit that fails leaves every store it wrote to as it was")
  void a_failed_unit_rolls_back_every_store() {
    left.save("a", Version.NEW, "a1");
    assertThatThrownBy(
            () ->
                unitOfWork.run(
                    () -> {
                      left.save("a", new Version(1), "a2");
                      left.save("b", Version.NEW, "b1");
                      right.save("c", Version.NEW, "c1");
                      audit.append(AuditEntry.of(new TestEvent("a", "EDIT", Instant.EPOCH)));
                      throw new IllegalStateException("boom");
                    }))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("boom");

    assertThat(left.find("a")).hasValueSatisfying(s -> assertThat(s.snapshot()).isEqualTo("a1"));
    assertThat(left.find("a").orElseThrow().version()).isEqualTo(new Version(1));
    assertThat(left.find("b")).isEmpty();
    assertThat(right.find("c")).isEmpty();
    assertThat(audit.all()).isEmpty();
  }

  @Test
  void a_unit_that_succeeds_keeps_its_writes_and_then_runs_what_waits_for_the_commit() {
    List<String> seen = new ArrayList<>();
    String result =
        unitOfWork.inTransaction(
            () -> {
              left.save("a", Version.NEW, "a1");
              unitOfWork.afterCommit(() -> seen.add("after:" + left.find("a").isPresent()));
              seen.add("inside");
              return "done";
            });

    assertThat(result).isEqualTo("done");
    assertThat(seen).containsExactly("inside", "after:true");
    assertThat(left.find("a")).isPresent();
  }

  @Test
  void what_waits_for_a_commit_never_runs_when_the_unit_rolls_back() {
    List<String> seen = new ArrayList<>();
    assertThatThrownBy(
            () ->
                unitOfWork.run(
                    () -> {
                      unitOfWork.afterCommit(() -> seen.add("after"));
                      throw new IllegalArgumentException("refused");
                    }))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(seen).isEmpty();
  }

  @Test
  @DisplayName("a use case calling another joins its unit: the inner one's writes roll back too")
  void nested_units_join_the_outer_one() {
    assertThatThrownBy(
            () ->
                unitOfWork.run(
                    () -> {
                      unitOfWork.run(() -> left.save("inner", Version.NEW, "i"));
                      assertThat(left.find("inner")).isPresent();
                      throw new IllegalStateException("outer fails after the inner committed");
                    }))
        .isInstanceOf(IllegalStateException.class);
    assertThat(left.find("inner")).isEmpty();
  }

  @Test
  void outside_a_unit_stores_write_at_once_and_after_commit_actions_run_at_once() {
    left.save("x", Version.NEW, "x1");
    List<String> seen = new ArrayList<>();
    unitOfWork.afterCommit(() -> seen.add("now"));
    assertThat(left.find("x")).isPresent();
    assertThat(seen).containsExactly("now");
    assertThat(InMemoryTransaction.current()).isEmpty();
  }

  @Test
  void a_failed_unit_does_not_undo_a_later_save_by_someone_else() {
    // Undo puts back the previous snapshot only while the store still holds the unit's own write.
    assertThatThrownBy(
            () ->
                unitOfWork.run(
                    () -> {
                      left.save("k", Version.NEW, "mine");
                      Thread other = new Thread(() -> left.save("k", new Version(1), "theirs"));
                      other.start();
                      join(other);
                      throw new IllegalStateException("boom");
                    }))
        .isInstanceOf(IllegalStateException.class);
    assertThat(left.find("k").orElseThrow().snapshot()).isEqualTo("theirs");
  }

  @Property(tries = 60)
  @Label("a failure at any save leaves no partial change")
  void a_failure_at_any_save_leaves_nothing(
      @ForAll @IntRange(min = 1, max = 6) int saves,
      @ForAll @IntRange(min = 1, max = 6) int failAt) {
    InMemoryVersionedStore<Integer> store = new InMemoryVersionedStore<>("N");
    InMemoryOutbox outbox = new InMemoryOutbox();
    try {
      unitOfWork.run(
          () -> {
            for (int i = 1; i <= saves; i++) {
              if (i == failAt) {
                throw new IllegalStateException("save " + i + " fails");
              }
              store.save(
                  "n" + (i % 3),
                  store.find("n" + (i % 3)).map(s -> s.version()).orElse(Version.NEW),
                  i);
              outbox.append(
                  List.of(IntegrationEvent.of(new TestEvent("n" + i, "SAVE", Instant.EPOCH), 1)));
            }
          });
    } catch (IllegalStateException expected) {
      assertThat(failAt).isLessThanOrEqualTo(saves);
      assertThat(store.where(s -> true)).isEmpty();
      assertThat(outbox.all()).isEmpty();
      return;
    }
    assertThat(failAt).isGreaterThan(saves);
    assertThat(outbox.all()).hasSize(saves);
  }

  private static void join(Thread t) {
    try {
      t.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
