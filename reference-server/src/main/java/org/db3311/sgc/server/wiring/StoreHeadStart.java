package org.db3311.sgc.server.wiring;

import java.util.Comparator;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.db3311.sgc.adapter.jpa.JpaSettings;
import org.db3311.sgc.adapter.jpa.JpaStore;
import org.db3311.sgc.core.common.DivisionCode;

/**
 * The first county's store, opened (and migrated) on a thread of its own from the first moment of
 * the process, while CDI boots on the main thread.
 *
 * <p>Why: start-up is one busy thread, and Helidon asks every readiness check once while it builds
 * the health endpoint, on that thread — the database check among them, which needs the first
 * county's store: opening it there took a quarter of the main thread's start-up (JFR, README
 * "Benchmarks"). Begun here, it is usually open by then. The composition root {@linkplain #take
 * takes} it when it opens that county with the same settings; a store that could not be opened is
 * not handed on: the root opens it again itself and reports the failure exactly as before.
 */
public final class StoreHeadStart {

  private static final Logger LOG = Logger.getLogger(StoreHeadStart.class.getName());

  private record Opening(
      DivisionCode county, JpaSettings settings, CompletableFuture<JpaStore> store) {}

  private static final AtomicReference<Opening> OPENING = new AtomicReference<>();

  private StoreHeadStart() {}

  /**
   * Starts opening the store of the configured county with the lowest code, the one the server
   * opens first. Settings that do not read start nothing: CDI reads them again and names the fault.
   */
  public static void begin(ServerSettings settings) {
    DivisionCode first =
        settings.counties().stream().min(Comparator.comparing(DivisionCode::value)).orElseThrow();
    JpaSettings jpa;
    try {
      jpa = Wiring.storeSettings(settings, first);
    } catch (RuntimeException e) {
      return;
    }
    CompletableFuture<JpaStore> store = new CompletableFuture<>();
    Opening opening = new Opening(first, jpa, store);
    Opening earlier = OPENING.getAndSet(opening);
    if (earlier != null) {
      dispose(earlier);
    }
    Thread t =
        new Thread(
            () -> {
              try {
                store.complete(JpaStore.open(jpa));
              } catch (RuntimeException | Error e) {
                LOG.log(
                    Level.WARNING,
                    "county " + first.value() + ": the store could not be opened ahead of start-up",
                    e);
                store.completeExceptionally(e);
              }
            },
            "sgc-open-first-store");
    t.setDaemon(true);
    t.start();
  }

  /**
   * The store begun for {@code county} with exactly {@code settings}, waiting for it to open; at
   * most once. Empty when none was begun for them, or it failed to open.
   */
  static Optional<JpaStore> take(DivisionCode county, JpaSettings settings) {
    Opening o = OPENING.get();
    if (o == null || !o.county().equals(county) || !OPENING.compareAndSet(o, null)) {
      return Optional.empty();
    }
    if (!o.settings().equals(settings)) {
      dispose(o);
      return Optional.empty();
    }
    try {
      return Optional.of(o.store().join());
    } catch (CompletionException failed) {
      return Optional.empty();
    }
  }

  /** Closes a store begun for settings nobody asks for, once it is open. */
  private static void dispose(Opening o) {
    o.store().thenAccept(JpaStore::close);
  }
}
