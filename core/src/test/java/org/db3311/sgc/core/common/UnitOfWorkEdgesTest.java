package org.db3311.sgc.core.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The project rule "never half-written state": a use case runs in one unit of work, and a store
 * refuses a save made from a stale version (a product choice, the README's unit-of-work section).
 */
@DisplayName("Units of work and versioned stores: all or nothing, never from a stale version")
class UnitOfWorkEdgesTest {

  interface Ledger {
    String write(String id, String value);

    void fail(String id) throws IOException;

    void crash(String id);
  }

  private final InMemoryVersionedStore<String> store = new InMemoryVersionedStore<>("Thing");
  private final InMemoryUnitOfWork unitOfWork = new InMemoryUnitOfWork();

  private final Ledger target =
      new Ledger() {
        @Override
        public String write(String id, String value) {
          store.save(id, store.find(id).map(s -> s.version()).orElse(Version.NEW), value);
          return value + " written";
        }

        @Override
        public void fail(String id) throws IOException {
          write(id, "half");
          throw new IOException("disk full");
        }

        @Override
        public void crash(String id) {
          write(id, "half");
          throw new AssertionError("crash");
        }

        @Override
        public String toString() {
          return "the ledger";
        }
      };

  @Test
  void a_wrapped_call_returns_its_result_and_keeps_its_writes() {
    Ledger ledger = Transactional.wrap(unitOfWork, Ledger.class, target);
    assertThat(ledger.write("a", "v1")).isEqualTo("v1 written");
    assertThat(store.find("a")).map(s -> s.snapshot()).contains("v1");
    assertThat(store.find("a")).map(s -> s.version()).contains(new Version(1));
  }

  @Test
  void a_checked_exception_is_wrapped_an_error_passes_unchanged_and_both_undo_the_writes() {
    Ledger ledger = Transactional.wrap(unitOfWork, Ledger.class, target);
    assertThatThrownBy(() -> ledger.fail("b"))
        .isInstanceOf(IllegalStateException.class)
        .hasCauseInstanceOf(IOException.class)
        .hasRootCauseMessage("disk full");
    assertThat(store.find("b")).isEmpty();
    assertThatThrownBy(() -> ledger.crash("c"))
        .isInstanceOf(AssertionError.class)
        .hasMessage("crash");
    assertThat(store.find("c")).isEmpty();
  }

  @Test
  void a_runtime_exception_passes_unchanged_and_undoes_the_writes() {
    IllegalArgumentException refused = new IllegalArgumentException("refused");
    Ledger failing =
        new Ledger() {
          @Override
          public String write(String id, String value) {
            target.write(id, value);
            throw refused;
          }

          @Override
          public void fail(String id) {}

          @Override
          public void crash(String id) {}
        };
    Ledger ledger = Transactional.wrap(unitOfWork, Ledger.class, failing);
    assertThatThrownBy(() -> ledger.write("d", "v")).isSameAs(refused);
    assertThat(store.find("d")).isEmpty();
  }

  @Test
  void the_proxy_is_equal_only_to_itself_and_names_what_it_wraps() {
    Ledger ledger = Transactional.wrap(unitOfWork, Ledger.class, target);
    Ledger other = Transactional.wrap(unitOfWork, Ledger.class, target);
    assertThat(ledger.equals(ledger)).isTrue();
    assertThat(ledger.equals(other)).isFalse();
    assertThat(ledger.hashCode()).isEqualTo(System.identityHashCode(ledger));
    assertThat(ledger).hasToString("Ledger in units of work over the ledger");
  }

  @Test
  void only_an_interface_can_be_wrapped() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Transactional.wrap(unitOfWork, String.class, "x"))
        .withMessage("class java.lang.String is not an interface");
    assertThatThrownBy(() -> Transactional.wrap(null, Ledger.class, target))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> Transactional.wrap(unitOfWork, Ledger.class, null))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void a_save_from_a_stale_version_is_refused_naming_both_versions() {
    assertThat(store.save("e", Version.NEW, "v1")).isEqualTo(new Version(1));
    assertThat(store.save("e", new Version(1), "v2")).isEqualTo(new Version(2));
    assertThatThrownBy(() -> store.save("e", new Version(1), "v3"))
        .isInstanceOf(OptimisticLockException.class)
        .hasMessage(
            "Thing e was changed concurrently: the save started from version 1 but the stored"
                + " version is 2");
    assertThatThrownBy(() -> store.save("f", new Version(1), "v1"))
        .isInstanceOf(OptimisticLockException.class)
        .hasMessage(
            "Thing f was changed concurrently: the save started from version 1 but the stored"
                + " version is none (not stored)")
        .satisfies(
            e -> {
              OptimisticLockException o = (OptimisticLockException) e;
              assertThat(o.aggregateType()).isEqualTo("Thing");
              assertThat(o.aggregateId()).isEqualTo("f");
              assertThat(o.attempted()).isEqualTo(new Version(1));
              assertThat(o.stored()).isEqualTo(Version.NEW);
            });
    assertThat(store.find("e")).map(s -> s.snapshot()).contains("v2");
  }

  @Test
  void a_rolled_back_update_brings_the_earlier_version_back() {
    store.save("g", Version.NEW, "v1");
    assertThatThrownBy(
            () ->
                unitOfWork.run(
                    () -> {
                      store.save("g", new Version(1), "v2");
                      throw new IllegalStateException("later step failed");
                    }))
        .hasMessage("later step failed");
    assertThat(store.find("g")).map(s -> s.snapshot()).contains("v1");
    assertThat(store.find("g")).map(s -> s.version()).contains(new Version(1));
  }

  @Test
  void where_returns_the_matching_snapshots_in_the_order_they_were_first_stored() {
    store.save("h", Version.NEW, "keep 1");
    store.save("i", Version.NEW, "drop");
    store.save("j", Version.NEW, "keep 2");
    store.save("h", new Version(1), "keep 3");
    List<String> kept =
        store.where(s -> s.startsWith("keep")).stream().map(s -> s.snapshot()).toList();
    assertThat(kept).containsExactly("keep 3", "keep 2");
    assertThat(store.where(s -> false)).isEmpty();
  }
}
