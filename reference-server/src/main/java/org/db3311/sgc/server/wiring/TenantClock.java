package org.db3311.sgc.server.wiring;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Logger;

/**
 * The clock of the inspection tenant: the real clock moved by an offset the inspector sets, so that
 * a deadline months away can be reached in a test run. Every view of it ({@link #withZone}) shares
 * the one offset, so the tenant's center, its sweeps and its reports all see the same moved time.
 * The offset is kept in a file beside the data, so that it holds across requests and restarts; the
 * real counties never see it.
 */
public final class TenantClock extends Clock {

  private static final Logger LOG = Logger.getLogger(TenantClock.class.getName());

  private final Clock base;
  private final AtomicReference<Duration> offset;
  private final Optional<Path> file;

  private TenantClock(Clock base, AtomicReference<Duration> offset, Optional<Path> file) {
    this.base = base;
    this.offset = offset;
    this.file = file;
  }

  /** A clock over {@code base}, starting from the offset kept in {@code file} (none: zero). */
  public static TenantClock over(Clock base, Optional<Path> file) {
    Duration start = file.flatMap(TenantClock::read).orElse(Duration.ZERO);
    return new TenantClock(Objects.requireNonNull(base), new AtomicReference<>(start), file);
  }

  private static Optional<Duration> read(Path file) {
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try {
      return Optional.of(Duration.parse(Files.readString(file, StandardCharsets.UTF_8).strip()));
    } catch (IOException | DateTimeParseException e) {
      // a damaged file must not stop the server: the tenant starts again on real time
      LOG.warning(() -> "inspection clock offset in " + file + " unreadable, reset: " + e);
      return Optional.empty();
    }
  }

  /** How far the tenant's time is from real time. */
  public Duration offset() {
    return offset.get();
  }

  /** Makes the tenant's time {@code now} from this moment on. */
  public void set(Instant now) {
    store(Duration.between(base.instant(), now));
  }

  /** Moves the tenant's time on (or back, for a negative duration). */
  public void advance(Duration by) {
    Duration next;
    Duration prev;
    do {
      prev = offset.get();
      next = prev.plus(by);
    } while (!offset.compareAndSet(prev, next));
    persist(next);
  }

  /** Back to real time. */
  public void reset() {
    store(Duration.ZERO);
  }

  private void store(Duration d) {
    offset.set(d);
    persist(d);
  }

  private synchronized void persist(Duration d) {
    if (file.isEmpty()) {
      return;
    }
    Path f = file.get();
    try {
      Files.createDirectories(f.getParent());
      Path tmp = f.resolveSibling(f.getFileName() + ".tmp");
      Files.writeString(tmp, d.toString(), StandardCharsets.UTF_8);
      Files.move(tmp, f, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot keep the inspection clock in " + f, e);
    }
  }

  @Override
  public ZoneId getZone() {
    return base.getZone();
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return zone.equals(getZone()) ? this : new TenantClock(base.withZone(zone), offset, file);
  }

  @Override
  public Instant instant() {
    return base.instant().plus(offset.get());
  }

  @Override
  public long millis() {
    return instant().toEpochMilli();
  }

  @Override
  public String toString() {
    return "TenantClock[" + base + " + " + offset.get() + "]";
  }
}
