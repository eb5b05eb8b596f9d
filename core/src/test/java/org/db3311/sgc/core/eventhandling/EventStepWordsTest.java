package org.db3311.sgc.core.eventhandling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.db3311.sgc.core.catalog.Implements;
import org.db3311.sgc.core.intake.RegistrationNumber;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The steps of an event that must say something (6.3.1.1 交办, 6.3.1.2 多跨 and 跨县域, 6.3.1.3 上报处置结果): a
 * blank reason, summary or reference is refused before the state is looked at, and nothing changes.
 */
@Implements({"6.3.1.1", "6.3.1.2", "6.3.1.3"})
@DisplayName(
    "6.3.1 event steps that must say why or what — blank words are refused, nothing changes")
class EventStepWordsTest {

  private final EventFixtures f = new EventFixtures();
  private static final Instant AT = Instant.parse("2026-01-02T02:00:00Z");

  @Test
  @DisplayName(
      "declining, reporting handling, the city's result, returning, reopening, a transfer's reference and a fallback's reason are never blank")
  void blank_words_are_refused() {
    RegistrationNumber n = f.received("331121");
    GovernanceEvent e = f.repository.find(n).orElseThrow();
    EventState before = e.state();
    int events = e.pendingEvents().size();

    List<ThrowingCallable> blanks =
        List.of(
            () -> e.declineAssignment(" ", EventFixtures.DUTY_OFFICE, AT),
            () -> e.reportHandled("", EventFixtures.DUTY_OFFICE, AT),
            () -> e.recordCityResult(null, EventFixtures.DUTY_OFFICE, AT),
            () -> e.returnForHandling(" ", EventFixtures.DUTY_OFFICE, AT),
            () -> e.reopen(" ", EventFixtures.DUTY_OFFICE, AT),
            () -> e.transferToCounty("331122", " ", EventFixtures.DUTY_OFFICE, AT),
            () ->
                e.escalateToFallback(
                    EventFixtures.crossDepartment(),
                    EventFixtures.FALLBACK,
                    " ",
                    EventFixtures.DUTY_OFFICE,
                    AT));
    for (ThrowingCallable blank : blanks) {
      assertThatThrownBy(blank)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageMatching(".*(states why|summar|reference|reopening).*");
    }
    assertThat(e.state()).isEqualTo(before);
    assertThat(e.pendingEvents()).hasSize(events);
  }
}
