package org.db3311.sgc.core.onward;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.db3311.sgc.core.onward.OnwardEdgesTest.CALENDAR;
import static org.db3311.sgc.core.onward.OnwardEdgesTest.CLERK;
import static org.db3311.sgc.core.onward.OnwardEdgesTest.REFERRED;
import static org.db3311.sgc.core.onward.OnwardEdgesTest.T;
import static org.db3311.sgc.core.onward.OnwardEdgesTest.referral;

import java.time.LocalDate;
import java.util.Map;
import org.db3311.sgc.core.calendar.DeadlineRule;
import org.db3311.sgc.core.calendar.Extension;
import org.db3311.sgc.core.calendar.TimeLimit;
import org.db3311.sgc.core.catalog.Implements;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The clocks of a road are data a deployment may replace ({@link OnwardClocks#with}); a deployment
 * that times only the later steps of a road (no acceptance or objection clock) still has its
 * conclusion extended and its petitioner's windows kept, although that clock is then the first one
 * the referral holds.
 */
@DisplayName("6.2.1.3 限期调处 — a road timed only from its later steps keeps its clocks")
class OnwardConfiguredClocksEdgesTest {

  static final DeadlineRule CONCLUSION =
      DeadlineRule.of("award", TimeLimit.days(45), "accepted", "deployment's own")
          .extendableBy(TimeLimit.days(15));
  static final DeadlineRule REVIEW_WINDOW =
      DeadlineRule.of("复查 request", TimeLimit.days(30), "written reply", "deployment's own");

  @Test
  @Implements("6.2.1.3")
  @DisplayName(
      "a road timed only from its acceptance has its conclusion clock (its first clock) extended")
  void the_only_conclusion_clock_is_extended() {
    OnwardReferral r = referral(Road.LABOUR_ARBITRATION, Map.of(OnwardStep.CONCLUSION, CONCLUSION));
    assertThat(r.clocks()).isEmpty();
    r.receive(REFERRED, false, "仲裁-2026-1", CLERK, T);
    LocalDate due = r.clock(OnwardStep.CONCLUSION).orElseThrow().dueDate(CALENDAR);

    r.extendConclusion(new Extension(TimeLimit.days(15), CLERK, "案情复杂", T), CLERK, T);

    assertThat(r.clocks()).hasSize(1);
    assertThat(r.clock(OnwardStep.CONCLUSION).orElseThrow().dueDate(CALENDAR))
        .isEqualTo(due.plusDays(15));
    assertThat(r.state()).isEqualTo(OnwardState.RECEIVED);
  }

  /** 信访 timed only by its 复查 window: accepted and concluded on the day of referral. */
  static OnwardReferral concludedPetition() {
    OnwardReferral r = referral(Road.PETITION, Map.of(OnwardStep.REVIEW_REQUEST, REVIEW_WINDOW));
    r.receive(REFERRED, false, "信访-2026-1", CLERK, T);
    r.decide(REFERRED, "书面答复", CLERK, T);
    assertThat(r.clocks())
        .extracting(RoadClock::step)
        .as("the 复查 window is the referral's first clock")
        .containsExactly(OnwardStep.REVIEW_REQUEST);
    return r;
  }

  @Test
  @Implements("6.2.1.3")
  @DisplayName("信访: a 复查 requested after the window, its first clock, is refused naming its end")
  void a_late_review_request_is_refused_when_the_window_is_the_first_clock() {
    LocalDate last =
        concludedPetition().clock(OnwardStep.REVIEW_REQUEST).orElseThrow().dueDate(CALENDAR);

    OnwardReferral late = concludedPetition();
    assertThatThrownBy(() -> late.requestReview(last.plusDays(1), CALENDAR, CLERK, T))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(last.toString());
    assertThat(late.state()).isEqualTo(OnwardState.DECIDED);

    OnwardReferral inTime = concludedPetition();
    inTime.requestReview(last, CALENDAR, CLERK, T);
    assertThat(inTime.state()).isEqualTo(OnwardState.UNDER_REVIEW);
  }

  @Test
  @Implements("6.2.1.3")
  @DisplayName(
      "信访: the result is not reported back inside the 复查 window, its first clock, but after it")
  void report_back_waits_for_the_window_when_it_is_the_first_clock() {
    OnwardReferral r = concludedPetition();
    OnwardEdgesTest.reportBackAfterTheReviewWindow(r);
    assertThat(r.state()).isEqualTo(OnwardState.REPORTED_BACK);
  }

  @Test
  @Implements("6.2")
  @DisplayName(
      "6.2: a deployment's clocks are refused with a road's step left without its rule, and each"
          + " road keeps its stable code")
  void a_step_without_its_rule_is_refused() {
    Map<OnwardStep, DeadlineRule> missing = new java.util.HashMap<>();
    missing.put(OnwardStep.CONCLUSION, null);

    assertThatThrownBy(() -> new OnwardClocks(Map.of(Road.LABOUR_ARBITRATION, missing)))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("rule");
    assertThat(java.util.Arrays.stream(Road.values()).map(Road::code))
        .containsExactly(
            "labour_arbitration",
            "litigation",
            "administrative_reconsideration",
            "petition",
            "legal_aid");
  }
}
