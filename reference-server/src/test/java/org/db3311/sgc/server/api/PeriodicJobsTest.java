package org.db3311.sgc.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.helidon.microprofile.testing.junit5.AddConfig;
import io.helidon.microprofile.testing.junit5.HelidonTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import org.db3311.sgc.adapter.jpa.JpaSettings;
import org.db3311.sgc.core.common.DivisionCode;
import org.db3311.sgc.server.wiring.Centers;
import org.db3311.sgc.server.wiring.InspectionTenant;
import org.db3311.sgc.server.wiring.PeriodicJobs;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@HelidonTest
@AddConfig(key = "sgc.data-dir", value = "target/test-data/periodic-jobs")
@AddConfig(key = "sgc.counties", value = "331102,331121")
@AddConfig(key = "sgc.schedule.sweep-interval", value = "PT0S")
@AddConfig(key = "sgc.inspection.enabled", value = "true")
@DisplayName("Periodic jobs: two instances on one database, each job once per period and county")
class PeriodicJobsTest {

  static final String TENANT = "331199";
  static final Instant NEW_YEARS_EVE =
      OffsetDateTime.parse("2026-12-31T10:00:00+08:00").toInstant();

  @Inject Centers centers;
  @Inject InspectionTenant tenant;

  /** Leases of earlier runs of this test would mark its periods done. */
  @BeforeEach
  void noLeases() throws Exception {
    for (DivisionCode code : centers.counties()) {
      JpaSettings s = centers.of(code).orElseThrow().store().settings();
      try (Connection c =
              DriverManager.getConnection(s.url(), s.user(), s.password().orElse(null));
          Statement st = c.createStatement()) {
        st.executeUpdate("delete from " + s.schema().orElseThrow() + ".scheduler_lease");
      }
    }
  }

  PeriodicJobs instance(String name) {
    return new PeriodicJobs(
        centers, tenant, name, PeriodicJobs.configured(ConfigProvider.getConfig()));
  }

  static List<String> named(List<String> entries, String job) {
    return entries.stream().filter(e -> e.contains(" " + job)).toList();
  }

  @Test
  void each_job_runs_once_per_period_whichever_instance_takes_it() {
    PeriodicJobs a = instance("instance-a");
    PeriodicJobs b = instance("instance-b");
    assertThat(a.jobs())
        .extracting(PeriodicJobs.Job::name)
        .containsExactly(
            "warning-scan", "overdue-sweeps", "risk-collection", "missed-reports", "yearly-filing");
    // the tenant's calendar is moved to the last day of the year; the real counties keep theirs
    tenant.clock().set(NEW_YEARS_EVE);
    // early in today's Lishui day, so that an hour and two hours later stay on the day the real
    // counties' clocks show: run at 23:30, their day would not have ended for the collection
    ZoneId lishui = ZoneId.of("Asia/Shanghai");
    Instant now = LocalDate.now(lishui).atTime(0, 5).atZone(lishui).toInstant();
    LocalDate yesterday = LocalDate.ofInstant(now, lishui).minusDays(1);

    PeriodicJobs.Report first = a.runOnce(now);
    assertThat(first.failed()).isEmpty();
    assertThat(first.ran()).hasSize(15);
    // watched from the day each center was built: nothing is missed yet in the real counties;
    // the tenant's clock was moved on past days without a collection since its center was built
    assertThat(named(first.ran(), "missed-reports"))
        .hasSize(3)
        .contains(
            "331102 missed-reports: 0 missed report(s) notified",
            "331121 missed-reports: 0 missed report(s) notified")
        .anyMatch(r -> r.startsWith(TENANT + " missed-reports: "));
    assertThat(named(first.ran(), "risk-collection"))
        .containsExactly(
            "331102 risk-collection: collected " + yesterday,
            "331121 risk-collection: collected " + yesterday,
            TENANT + " risk-collection: collected 2026-12-30");
    assertThat(named(first.ran(), "yearly-filing"))
        .hasSize(3)
        .allMatch(s -> !s.contains("too early"))
        .anyMatch(s -> s.startsWith(TENANT) && s.contains("2025"));

    // the other instance, same period: nothing left to do, nor for the first again
    PeriodicJobs.Report other = b.runOnce(now);
    assertThat(other.ran()).isEmpty();
    assertThat(other.skipped()).hasSize(15);
    assertThat(a.runOnce(now).ran()).isEmpty();

    // the next hour: the hourly jobs once more, on whichever instance comes first
    Instant nextHour = now.plus(Duration.ofHours(1));
    PeriodicJobs.Report hourly = b.runOnce(nextHour);
    assertThat(hourly.failed()).isEmpty();
    assertThat(named(hourly.ran(), "warning-scan")).hasSize(3);
    assertThat(named(hourly.ran(), "overdue-sweeps")).hasSize(3);
    PeriodicJobs.Report late = a.runOnce(nextHour);
    assertThat(named(late.ran(), "warning-scan")).isEmpty();
    assertThat(named(late.ran(), "overdue-sweeps")).isEmpty();

    // across the tenant's year boundary: yesterday's collection, and last year filed, once
    tenant.clock().set(OffsetDateTime.parse("2027-01-01T10:00:00+08:00").toInstant());
    Instant later = now.plus(Duration.ofHours(2));
    PeriodicJobs.Report boundary = a.runOnce(later);
    assertThat(boundary.failed()).isEmpty();
    assertThat(boundary.ran())
        .contains(TENANT + " risk-collection: collected 2026-12-31")
        .anyMatch(s -> s.startsWith(TENANT + " yearly-filing") && s.contains("2026"));
    assertThat(b.runOnce(later).ran()).noneMatch(s -> s.startsWith(TENANT));
  }

  @Test
  void a_failing_county_is_reported_and_tried_again_while_the_others_go_on() {
    PeriodicJobs.Job flaky =
        new PeriodicJobs.Job(
            "flaky",
            PeriodicJobs.Every.INTERVAL,
            Duration.ofHours(1),
            (county, day) -> {
              if (county.code().value().equals("331102")) {
                throw new IllegalStateException("store unreachable");
              }
              return "ok";
            });
    Instant at = OffsetDateTime.parse("2027-03-01T09:00:00+08:00").toInstant();
    PeriodicJobs c = new PeriodicJobs(centers, tenant, "instance-c", List.of(flaky));
    PeriodicJobs.Report r = c.runOnce(at);
    assertThat(r.failed()).singleElement().asString().startsWith("331102 flaky: store unreachable");
    assertThat(r.ran()).containsExactly("331121 flaky: ok", TENANT + " flaky: ok");

    // the failed period's lease was given back: another instance tries 331102 again
    PeriodicJobs d = new PeriodicJobs(centers, tenant, "instance-d", List.of(flaky));
    PeriodicJobs.Report again = d.runOnce(at.plusSeconds(10));
    assertThat(again.failed()).singleElement().asString().startsWith("331102 flaky");
    assertThat(again.skipped()).containsExactly("331121 flaky", TENANT + " flaky");
  }
}
