package org.db3311.sgc.core.onward;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.db3311.sgc.core.onward.OnwardEdgesTest.CALENDAR;
import static org.db3311.sgc.core.onward.OnwardEdgesTest.CLERK;
import static org.db3311.sgc.core.onward.OnwardEdgesTest.REFERRED;
import static org.db3311.sgc.core.onward.OnwardEdgesTest.T;
import static org.db3311.sgc.core.onward.OnwardEdgesTest.referral;

import java.time.LocalDate;
import java.util.function.Consumer;
import org.db3311.sgc.core.catalog.Implements;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Each command of an onward referral checks its day and its words before it changes anything: a
 * step dated before the previous one, or with no words where the road needs them, is refused and
 * leaves the referral as it was (the clocks of 6.2.1.3 run from those days).
 */
@DisplayName("6.2.1.3 限期调处 — an onward step out of order or without its words is refused")
class OnwardStepOrderEdgesTest {

  static final LocalDate D1 = REFERRED.plusDays(1);
  static final LocalDate D2 = REFERRED.plusDays(2);
  static final LocalDate D3 = REFERRED.plusDays(3);
  static final LocalDate D4 = REFERRED.plusDays(4);

  /** Asserts the command is refused, names the day or the missing words, and changes nothing. */
  static void refused(OnwardReferral r, Consumer<OnwardReferral> command, String named) {
    OnwardState before = r.state();
    assertThatThrownBy(() -> command.accept(r))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(named);
    assertThat(r.state()).isEqualTo(before);
  }

  static OnwardReferral received() {
    OnwardReferral r = referral(Road.PETITION);
    r.receive(D1, false, "信访-2026-1", CLERK, T);
    return r;
  }

  static OnwardReferral decided() {
    OnwardReferral r = received();
    r.decide(D2, "书面答复", CLERK, T);
    return r;
  }

  static OnwardReferral underReview() {
    OnwardReferral r = decided();
    r.requestReview(D2, CALENDAR, CLERK, T);
    return r;
  }

  static OnwardReferral reviewed() {
    OnwardReferral r = underReview();
    r.concludeReview(D3, "维持", CLERK, T);
    return r;
  }

  static OnwardReferral underRecheck() {
    OnwardReferral r = reviewed();
    r.requestRecheck(D3, CALENDAR, CLERK, T);
    return r;
  }

  @Test
  @Implements("6.2.1.3")
  @DisplayName("an acceptance dated before the referral, or without the body's number, is refused")
  void acceptance_checks_its_day_and_number() {
    refused(
        referral(Road.PETITION),
        r -> r.receive(REFERRED.minusDays(1), false, "信访-2026-1", CLERK, T),
        REFERRED.toString());
    refused(referral(Road.PETITION), r -> r.receive(D1, false, " ", CLERK, T), "case number");
    OnwardReferral ok = received();
    assertThat(ok.state()).isEqualTo(OnwardState.RECEIVED);
    assertThat(ok.snapshot().bodyReference()).contains("信访-2026-1");
  }

  @Test
  @Implements("6.2.1.3")
  @DisplayName("a refusal to accept before the referral, or not saying why, is refused")
  void a_refusal_to_accept_checks_its_day_and_reason() {
    refused(
        referral(Road.PETITION),
        r -> r.declineToAccept(REFERRED.minusDays(1), "不属受理范围", CLERK, T),
        REFERRED.toString());
    refused(referral(Road.PETITION), r -> r.declineToAccept(D1, "", CLERK, T), "why");
  }

  @Test
  @Implements("6.2.1.3")
  @DisplayName("a conclusion before the acceptance, or not saying what was decided, is refused")
  void a_conclusion_checks_its_day_and_words() {
    refused(received(), r -> r.decide(REFERRED, "书面答复", CLERK, T), D1.toString());
    refused(received(), r -> r.decide(D2, " ", CLERK, T), "what was decided");
  }

  @Test
  @Implements("6.2.1.3")
  @DisplayName("a 复查 opinion before the request, or without its finding, is refused")
  void a_review_opinion_checks_its_day_and_words() {
    refused(underReview(), r -> r.concludeReview(D1, "维持", CLERK, T), D2.toString());
    refused(underReview(), r -> r.concludeReview(D3, "", CLERK, T), "finding");
    assertThat(reviewed().state()).isEqualTo(OnwardState.REVIEWED);
  }

  @Test
  @Implements("6.2.1.3")
  @DisplayName("a 复查 request before the written reply is refused")
  void a_review_request_checks_its_day() {
    refused(decided(), r -> r.requestReview(D1, CALENDAR, CLERK, T), D2.toString());
  }

  @Test
  @Implements("6.2.1.3")
  @DisplayName("a 复核 opinion before the request, or without its finding, is refused")
  void a_recheck_opinion_checks_its_day_and_words() {
    refused(underRecheck(), r -> r.concludeRecheck(D2, "维持", CLERK, T), D3.toString());
    refused(underRecheck(), r -> r.concludeRecheck(D4, " ", CLERK, T), "finding");
  }

  @Test
  @Implements("6.2.1.3")
  @DisplayName("a result reported back before the last step is refused")
  void a_report_back_checks_its_day() {
    OnwardReferral r = underRecheck();
    r.concludeRecheck(D4, "维持", CLERK, T);
    refused(
        r,
        x -> x.reportBack(new ReportBack("RB-1", D3, "维持", true), CALENDAR, CLERK, T),
        D4.toString());
  }

  @Test
  @Implements("6.2.1.3")
  @DisplayName("信访: the 复查 opinion stops the 复查 clock that day, the 复核 opinion the 复核 clock")
  void each_opinion_stops_its_own_clock() {
    OnwardReferral r = reviewed();
    assertThat(r.clock(OnwardStep.REVIEW).orElseThrow().stoppedOn()).contains(D3);

    r.requestRecheck(D3, CALENDAR, CLERK, T);
    assertThat(r.clock(OnwardStep.RECHECK).orElseThrow().isRunning()).isTrue();
    r.concludeRecheck(D4, "维持", CLERK, T);
    assertThat(r.clock(OnwardStep.RECHECK).orElseThrow().stoppedOn()).contains(D4);
  }
}
