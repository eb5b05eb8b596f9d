package org.db3311.sgc.server.wiring;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.db3311.sgc.adapter.jpa.JpaLeases;
import org.db3311.sgc.adapter.jpa.JpaSettings;
import org.db3311.sgc.core.GovernanceCenter;
import org.db3311.sgc.core.archive.filing.FilingResult;
import org.db3311.sgc.core.archive.filing.FilingUseCases;
import org.db3311.sgc.core.common.Actor;
import org.db3311.sgc.core.common.DivisionCode;
import org.db3311.sgc.core.common.SweepResult;
import org.db3311.sgc.core.risk.DailyCollection;
import org.db3311.sgc.core.risk.MissedReportMonitor;
import org.eclipse.microprofile.config.Config;

/**
 * The analysis work each county does on a period rather than on every round: the warning scan
 * (6.5), the overdue sweeps of emergency progress reports (6.6), guidance tasks (6.8), feedback
 * (9.1) and corrective actions (9.3), the daily risk collection (6.4.1.1, the day before, once it
 * has ended), the supervision notices of missed risk reports (6.4.1) and the yearly filing (7.3.3,
 * the year before, from 1 January). Several instances may run on one database: each job runs once
 * per period and county, on the instance that takes its lease first. A job of an interval holds one
 * lease row until the end of its interval; a job of a day or a year takes a lease named after that
 * day or year, which marks it done for every instance and every restart. A job that fails gives its
 * lease back, so that it is tried again; one county's or one job's failure stops no other.
 *
 * <p>Days and years are the county's own: the inspection tenant's moved clock decides its day and
 * year; intervals run on real time.
 */
public final class PeriodicJobs {

  private static final Logger LOG = Logger.getLogger(PeriodicJobs.class.getName());

  /** Who the scheduled filing is recorded as. */
  static final Actor SCHEDULER = new Actor("sgc-scheduler", "定时任务");

  /** How a job's period is counted. */
  public enum Every {
    /** A fixed interval of real time. */
    INTERVAL,
    /** A day of the county's calendar: the job works on the day before. */
    DAY,
    /** A year of the county's calendar: the job works on the year before. */
    YEAR
  }

  /**
   * One job.
   *
   * @param interval for {@link Every#INTERVAL}, the length of the period
   * @param work what the job does for a county and the day or year it works on; its summary
   */
  public record Job(
      String name,
      Every every,
      Duration interval,
      BiFunction<Centers.County, LocalDate, String> work) {
    public Job {
      if (every == Every.INTERVAL
          && (interval == null || interval.isZero() || interval.isNegative())) {
        throw new IllegalArgumentException("an interval job runs every positive interval: " + name);
      }
    }
  }

  /** What one round did: each job per county that ran, that another instance has, that failed. */
  public record Report(List<String> ran, List<String> skipped, List<String> failed) {}

  private final Centers centers;
  private final InspectionTenant tenant;
  private final String instance;
  private final List<Job> jobs;
  private final Map<String, String> doneHere = new ConcurrentHashMap<>();

  public PeriodicJobs(Centers centers, InspectionTenant tenant, String instance, List<Job> jobs) {
    this.centers = centers;
    this.tenant = tenant;
    this.instance = instance;
    this.jobs = List.copyOf(jobs);
  }

  public List<Job> jobs() {
    return jobs;
  }

  /**
   * The jobs configured: {@code sgc.schedule.warning-interval} and {@code
   * sgc.schedule.overdue-interval} (ISO-8601 durations, default {@code PT1H}; {@code PT0S} turns
   * the job off), {@code sgc.schedule.risk-collection}, {@code sgc.schedule.missed-reports} and
   * {@code sgc.schedule.yearly-filing} ({@code true} by default).
   */
  public static List<Job> configured(Config config) {
    List<Job> jobs = new ArrayList<>();
    Duration warnings = duration(config, "sgc.schedule.warning-interval", Duration.ofHours(1));
    if (!warnings.isZero()) {
      jobs.add(
          new Job(
              "warning-scan",
              Every.INTERVAL,
              warnings,
              (c, day) -> sweep(c.center().warnings().scanNow(), "warning(s) raised or changed")));
    }
    Duration overdue = duration(config, "sgc.schedule.overdue-interval", Duration.ofHours(1));
    if (!overdue.isZero()) {
      jobs.add(new Job("overdue-sweeps", Every.INTERVAL, overdue, (c, day) -> overdue(c.center())));
    }
    if (config.getOptionalValue("sgc.schedule.risk-collection", Boolean.class).orElse(true)) {
      jobs.add(
          new Job(
              "risk-collection",
              Every.DAY,
              null,
              (c, day) -> {
                DailyCollection collected = c.center().riskReports().collect(day);
                if (collected.interim()) {
                  // not kept by the core: the lease goes back and the day is collected later
                  throw new IllegalStateException(day + " has not ended on the county's clock");
                }
                return "collected " + day;
              }));
    }
    if (config.getOptionalValue("sgc.schedule.missed-reports", Boolean.class).orElse(true)) {
      jobs.add(
          new Job(
              "missed-reports",
              Every.DAY,
              null,
              (c, day) -> {
                MissedReportMonitor.Sweep sweep = c.center().missedReports().sweep();
                if (!sweep.failures().isEmpty()) {
                  // those notified are logged and not sent again; the lease goes back for the rest
                  throw new IllegalStateException(
                      sweep.notified().size() + " notified, not sent: " + sweep.failures());
                }
                return sweep.notified().size() + " missed report(s) notified";
              }));
    }
    if (config.getOptionalValue("sgc.schedule.yearly-filing", Boolean.class).orElse(true)) {
      jobs.add(
          new Job(
              "yearly-filing",
              Every.YEAR,
              null,
              (c, day) ->
                  filed(
                      c.center()
                          .filing()
                          .fileYear(new FilingUseCases.FileYear(day.getYear(), SCHEDULER)))));
    }
    return jobs;
  }

  private static Duration duration(Config config, String key, Duration otherwise) {
    Duration d = config.getOptionalValue(key, String.class).map(Duration::parse).orElse(otherwise);
    if (d.isNegative()) {
      throw new IllegalArgumentException(key + " must not be negative");
    }
    return d;
  }

  /** Every overdue sweep the core offers; each reports on its own, a failing one stops no other. */
  static String overdue(GovernanceCenter center) {
    List<String> parts = new ArrayList<>();
    part(
        parts,
        "incidents without progress report",
        () -> sweep(center.emergency().progressOverdueIncidents(), ""));
    part(
        parts,
        "guidance notices",
        () -> {
          var g = center.guidance().sweep();
          return g.sent().size()
              + (g.failed().isEmpty() ? "" : ", " + g.failed().size() + " task(s) unreadable");
        });
    part(parts, "feedback overdue", () -> sweep(center.feedback().overdueItems(), ""));
    part(
        parts,
        "corrective actions overdue",
        () -> sweep(center.correctiveActions().overdueActions(), ""));
    part(parts, "re-checks overdue", () -> sweep(center.correctiveActions().overdueRechecks(), ""));
    boolean failed = parts.stream().anyMatch(p -> p.contains("FAILED"));
    if (failed) {
      throw new IllegalStateException(String.join("; ", parts));
    }
    return String.join("; ", parts);
  }

  private static void part(
      List<String> parts, String what, java.util.function.Supplier<String> run) {
    try {
      parts.add(what + ": " + run.get());
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "scheduled sweep '" + what + "' failed", e);
      parts.add(what + ": FAILED " + e.getMessage());
    }
  }

  static String sweep(SweepResult<?> r, String what) {
    return r.items().size()
        + (what.isEmpty() ? "" : " " + what)
        + (r.failed().isEmpty() ? "" : ", " + r.failed().size() + " item(s) unreadable");
  }

  static String filed(FilingResult r) {
    return switch (r) {
      case FilingResult.Filed f -> "filed " + f.volumes().size() + " volume(s)";
      case FilingResult.TooEarly t -> "too early, from " + t.earliest();
      case FilingResult.NothingToFile n -> "nothing to file for " + n.year();
      case FilingResult.Damaged d -> "not filed: " + d.reports().size() + " damaged file(s)";
    };
  }

  /** One round at real time {@code now}: every job due, for every county. */
  public Report runOnce(Instant now) {
    List<String> ran = new ArrayList<>();
    List<String> skipped = new ArrayList<>();
    List<String> failed = new ArrayList<>();
    for (DivisionCode code : centers.counties()) {
      Centers.County county;
      try {
        county = centers.of(code).orElseThrow();
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "county " + code.value() + " could not be opened", e);
        failed.add(code.value() + ": " + e.getMessage());
        continue;
      }
      // the tenant's day is its own; every other county's is the real day at {@code now}
      LocalDate today =
          tenant.is(code)
              ? LocalDate.now(tenant.clock().withZone(Wiring.ZONE))
              : LocalDate.ofInstant(now, Wiring.ZONE);
      for (Job job : jobs) {
        String label = code.value() + " " + job.name();
        try {
          Optional<String> result = runIfDue(county, job, now, today);
          if (result.isPresent()) {
            ran.add(label + ": " + result.get());
          } else {
            skipped.add(label);
          }
        } catch (RuntimeException e) {
          LOG.log(Level.WARNING, "scheduled job " + label + " failed", e);
          failed.add(label + ": " + e.getMessage());
        }
      }
    }
    return new Report(ran, skipped, failed);
  }

  private Optional<String> runIfDue(Centers.County county, Job job, Instant now, LocalDate today) {
    JpaLeases leases = new JpaLeases(county.store());
    String lease;
    String period;
    Duration ttl;
    LocalDate day;
    switch (job.every()) {
      case INTERVAL -> {
        long length = job.interval().toMillis();
        long slot = Math.floorDiv(now.toEpochMilli(), length);
        period = "slot-" + slot;
        lease = job.name();
        // held to the end of the interval: no other instance takes it within it
        ttl = Duration.ofMillis((slot + 1) * length - now.toEpochMilli());
        day = today;
      }
      case DAY -> {
        day = today.minusDays(1);
        period = day.toString();
        lease = job.name() + "@" + period;
        ttl = Duration.ofDays(3);
      }
      case YEAR -> {
        day = LocalDate.of(today.getYear() - 1, 1, 1);
        period = String.valueOf(day.getYear());
        lease = job.name() + "@" + period;
        ttl = Duration.ofDays(400);
      }
      default -> throw new IllegalStateException();
    }
    String memo = county.code().value() + "/" + job.name();
    if (period.equals(doneHere.get(memo))) {
      return Optional.empty();
    }
    if (!leases.tryAcquire(lease, instance, ttl, now)) {
      return Optional.empty();
    }
    String result;
    try {
      result = job.work().apply(county, day);
    } catch (RuntimeException e) {
      // given back, so that this or another instance tries the period again
      leases.release(lease, instance);
      throw e;
    }
    doneHere.put(memo, period);
    if (job.every() != Every.INTERVAL) {
      forgetLapsed(county.store().settings(), now);
    }
    return Optional.of(result);
  }

  /** Removes the lapsed leases of past days and years, which only marked those periods done. */
  private static void forgetLapsed(JpaSettings s, Instant now) {
    try (Connection c = DriverManager.getConnection(s.url(), s.user(), s.password().orElse(null));
        PreparedStatement ps =
            c.prepareStatement(
                "delete from "
                    + s.schema().map(x -> x + ".").orElse("")
                    + "scheduler_lease where held_until < ? and job like '%@%'")) {
      ps.setTimestamp(1, Timestamp.from(now));
      ps.executeUpdate();
      if (!c.getAutoCommit()) {
        c.commit();
      }
    } catch (SQLException e) {
      LOG.log(Level.INFO, "lapsed scheduler leases not removed; they do no harm", e);
    }
  }
}
