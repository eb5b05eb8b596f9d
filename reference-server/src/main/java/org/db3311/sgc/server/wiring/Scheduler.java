package org.db3311.sgc.server.wiring;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.BeforeDestroyed;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.db3311.sgc.adapter.jpa.JpaIdempotencyRecords;
import org.db3311.sgc.adapter.jpa.JpaLeases;
import org.db3311.sgc.core.common.DivisionCode;
import org.db3311.sgc.core.supervision.SweepDeadlinesUseCase;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Scheduled work of every county: the deadline sweep (限期调处, 限期反馈, 6.2.1.3: notices before and after
 * each last day), the expiry of idempotency records, and the periodic analysis jobs of {@link
 * PeriodicJobs} (warning scan, overdue sweeps, daily risk collection, yearly filing). Several
 * instances may run on one database; each job of each county runs only on the instance holding its
 * lease (table {@code scheduler_lease}), and one county's failure stops no other county's run.
 *
 * <p>{@code sgc.schedule.sweep-interval} (ISO-8601 duration, default {@code PT5M}; {@code PT0S}
 * turns scheduling off, as the tests do) is how often a round runs; each periodic job has its own
 * period within it (see {@link PeriodicJobs#configured}).
 */
@ApplicationScoped
public class Scheduler {

  private static final Logger LOG = Logger.getLogger(Scheduler.class.getName());

  /** This instance, as lease holder: host and process, plus a random part for restarts. */
  static final String INSTANCE =
      ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID();

  @Inject Centers centers;
  @Inject Clock clock;
  @Inject InspectionTenant tenant;

  private ScheduledExecutorService executor;
  private volatile PeriodicJobs jobs;

  /**
   * What one run did per county: its deadline sweep, or the failure that stopped that county only,
   * and what the periodic jobs did.
   */
  public record RunReport(
      List<String> swept, List<String> skipped, List<String> failed, PeriodicJobs.Report jobs) {}

  private synchronized PeriodicJobs jobs() {
    PeriodicJobs j = jobs;
    if (j == null) {
      j =
          new PeriodicJobs(
              centers, tenant, INSTANCE, PeriodicJobs.configured(ConfigProvider.getConfig()));
      jobs = j;
    }
    return j;
  }

  void start(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
    Duration interval =
        ConfigProvider.getConfig()
            .getOptionalValue("sgc.schedule.sweep-interval", String.class)
            .map(Duration::parse)
            .orElse(Duration.ofMinutes(5));
    jobs(); // a malformed job setting fails start-up, not the first round
    if (interval.isZero()) {
      LOG.info("scheduled work is off (sgc.schedule.sweep-interval=PT0S)");
      return;
    }
    executor =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "sgc-scheduler");
              t.setDaemon(true);
              return t;
            });
    executor.scheduleWithFixedDelay(
        this::runSafely, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
  }

  private void runSafely() {
    try {
      RunReport r = runOnce();
      LOG.info(() -> "scheduled run: " + r);
    } catch (RuntimeException e) {
      LOG.log(Level.SEVERE, "scheduled run failed", e);
    }
  }

  /** One round of every job of every county; a county that fails is reported and skipped. */
  public RunReport runOnce() {
    List<String> swept = new ArrayList<>();
    List<String> skipped = new ArrayList<>();
    List<String> failed = new ArrayList<>();
    Duration lease = Duration.ofMinutes(4);
    for (DivisionCode code : centers.counties()) {
      try {
        Centers.County county = centers.of(code).orElseThrow();
        JpaLeases leases = new JpaLeases(county.store());
        if (!leases.tryAcquire("deadline-sweep", INSTANCE, lease, clock.instant())) {
          skipped.add(code.value());
          continue;
        }
        SweepDeadlinesUseCase.SweepReport report = county.center().supervision().sweepAll();
        swept.add(
            code.value()
                + ": "
                + report.issued().size()
                + " notice(s)"
                + (report.failures().isEmpty()
                    ? ""
                    : ", " + report.failures().size() + " failure(s)"));
        new JpaIdempotencyRecords(county.store()).expire(clock.instant().minus(Duration.ofDays(1)));
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "scheduled work of county " + code.value() + " failed", e);
        failed.add(code.value() + ": " + e.getMessage());
      }
    }
    PeriodicJobs.Report periodic;
    try {
      periodic = jobs().runOnce(clock.instant());
    } catch (RuntimeException e) {
      LOG.log(Level.SEVERE, "periodic jobs failed", e);
      periodic = new PeriodicJobs.Report(List.of(), List.of(), List.of(e.toString()));
    }
    return new RunReport(swept, skipped, failed, periodic);
  }

  /** Stops before any application bean, the stores among them, is destroyed. */
  void stopping(@Observes @BeforeDestroyed(ApplicationScoped.class) Object ignored) {
    stop();
  }

  /**
   * Lets a running round finish (graceful shutdown), then stops and gives the deadline-sweep leases
   * up, so that another instance takes the counties over at once rather than after the lease
   * lapses. Leases that mark a day or year done are kept.
   */
  @PreDestroy
  synchronized void stop() {
    if (executor == null) {
      return;
    }
    ScheduledExecutorService executor = this.executor;
    this.executor = null;
    executor.shutdown();
    try {
      if (!executor.awaitTermination(30, TimeUnit.SECONDS)) {
        executor.shutdownNow();
      }
    } catch (InterruptedException e) {
      executor.shutdownNow();
      Thread.currentThread().interrupt();
    }
    for (Centers.County county : centers.open()) {
      try {
        new JpaLeases(county.store()).release("deadline-sweep", INSTANCE);
      } catch (RuntimeException e) {
        LOG.log(Level.FINE, "lease of " + county.code().value() + " not given up; it lapses", e);
      }
    }
  }
}
