package org.db3311.sgc.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.helidon.microprofile.testing.junit5.AddConfig;
import io.helidon.microprofile.testing.junit5.HelidonTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import org.db3311.sgc.adapter.jpa.JpaLeases;
import org.db3311.sgc.core.common.DivisionCode;
import org.db3311.sgc.server.wiring.Centers;
import org.db3311.sgc.server.wiring.Scheduler;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@HelidonTest
@AddConfig(key = "sgc.data-dir", value = "target/test-data/scheduled-work")
@AddConfig(key = "sgc.counties", value = "331102,331121")
@AddConfig(key = "sgc.schedule.sweep-interval", value = "PT0S")
@DisplayName("Scheduled work: every county swept once per round, by the instance holding its lease")
class ScheduledWorkTest {

  @Inject Scheduler scheduler;
  @Inject Centers centers;

  @Test
  void a_county_whose_lease_another_instance_holds_is_left_to_it() {
    Scheduler.RunReport first = scheduler.runOnce();
    assertThat(first.swept()).hasSize(2);
    assertThat(first.failed()).isEmpty();

    Centers.County qingtian = centers.of(DivisionCode.of("331121")).orElseThrow();
    JpaLeases leases = new JpaLeases(qingtian.store());
    leases.release("deadline-sweep", "irrelevant");
    // another instance takes Qingtian's lease once ours has lapsed
    Instant later = Instant.now().plus(Duration.ofMinutes(5));
    assertThat(leases.tryAcquire("deadline-sweep", "other-instance", Duration.ofHours(1), later))
        .isTrue();

    Scheduler.RunReport second = scheduler.runOnce();
    assertThat(second.skipped()).containsExactly("331121");
    assertThat(second.swept()).singleElement().asString().startsWith("331102");
    leases.release("deadline-sweep", "other-instance");
  }
}
