package org.db3311.sgc.core.onward;

import static org.assertj.core.api.Assertions.assertThat;
import static org.db3311.sgc.core.onward.OnwardFixtures.ARBITRATION;
import static org.db3311.sgc.core.onward.OnwardFixtures.COURT;
import static org.db3311.sgc.core.onward.OnwardFixtures.PETITION_BUREAU;

import java.time.Instant;
import java.time.LocalDate;
import org.db3311.sgc.core.calendar.TimeLimit;
import org.db3311.sgc.core.catalog.Implements;
import org.db3311.sgc.core.common.Actor;
import org.db3311.sgc.core.mediation.MediationCaseId;
import org.db3311.sgc.core.onward.RecordStepUseCase.Step;
import org.db3311.sgc.core.supervision.DeadlinePolicy;
import org.db3311.sgc.core.supervision.SupervisionState;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A referral is supervised on its road's statutory clocks, not on the product defaults of a matter
 * handled by a unit (sign-for in 1 working day, handling in 15).
 */
@Implements("6.2")
@DisplayName("6.2 onward referrals are supervised on their statutory clocks")
class OnwardSupervisionDeadlinesTest {

  private static final Actor HEAD = Actor.of("head-1", "信访局局长");

  private final OnwardFixtures f = new OnwardFixtures();

  @Test
  @DisplayName("the shipped supervision deadlines of every road are those of the onward clocks")
  void policy_agrees_with_the_onward_clocks() {
    DeadlinePolicy shipped = DeadlinePolicy.defaults();
    DeadlinePolicy derived = OnwardClocks.defaults().appliedTo(DeadlinePolicy.defaults());
    for (Road r : Road.values()) {
      assertThat(shipped.rulesFor(r.supervisionCategory()))
          .as(r.code())
          .isEqualTo(derived.rulesFor(r.supervisionCategory()));
    }
    assertThat(
            shipped
                .rulesFor("onward.petition")
                .get(org.db3311.sgc.core.supervision.Step.HANDLING)
                .limit())
        .isEqualTo(TimeLimit.days(60));
  }

  @Test
  @DisplayName("litigation and legal aid have no statutory clock: no sign-for or handling deadline")
  void roads_without_a_clock() {
    for (Road r : new Road[] {Road.LITIGATION, Road.LEGAL_AID}) {
      assertThat(DeadlinePolicy.defaults().rulesFor(r.supervisionCategory()))
          .as(r.code())
          .doesNotContainKeys(
              org.db3311.sgc.core.supervision.Step.SIGN_FOR,
              org.db3311.sgc.core.supervision.Step.HANDLING)
          .containsKey(org.db3311.sgc.core.supervision.Step.FEEDBACK);
    }
    MediationCaseId m = f.failed("dispute.labour");
    OnwardReferralId id = f.refer(m, Road.LITIGATION, COURT, "青田县人民法院");
    assertThat(overdue(id, "2027-06-01"))
        .as("half a year on, nothing is invented overdue")
        .isFalse();
  }

  @Test
  @DisplayName(
      "信访: written notice within 15 days of the referral, conclusion within 60 days of acceptance"
          + " (calendar days)")
  void petition_on_its_clocks() {
    MediationCaseId m = f.failed("dispute.labour");
    OnwardReferralId id = f.refer(m, Road.PETITION, PETITION_BUREAU, "青田县信访局");
    assertThat(f.in.clock.instant()).isEqualTo(at("2026-11-25", 10));
    assertThat(overdue(id, "2026-11-27")).as("past one working day, within 15 days").isFalse();
    assertThat(overdue(id, "2026-12-10"))
        .as("day 15: the last day of the written notice")
        .isFalse();
    assertThat(overdue(id, "2026-12-11")).as("day 16 without a written notice").isTrue();
    f.step(id, "2026-12-10", new Step.Received("青信〔2026〕301号"));
    assertThat(f.supervision.stateOf(id.toString())).contains(SupervisionState.IN_PROGRESS);
    assertThat(overdue(id, "2026-12-11")).as("day 16, accepted in time").isFalse();
    assertThat(overdue(id, "2027-01-20")).as("past 15 working days, within 60 days").isFalse();
    assertThat(overdue(id, "2027-02-09"))
        .as("60 days end on 2027-02-08, a day off in the test arrangement")
        .isFalse();
    assertThat(overdue(id, "2027-02-10")).as("after the 60-day conclusion deadline").isTrue();
  }

  @Test
  @DisplayName("信访: the approved 30-day extension of the conclusion extends the supervision too")
  void petition_extended() {
    MediationCaseId m = f.failed("dispute.labour");
    OnwardReferralId id = f.refer(m, Road.PETITION, PETITION_BUREAU, "青田县信访局");
    f.step(id, "2026-12-10", new Step.Received("青信〔2026〕301号"));
    f.step(id, "2027-01-15", new Step.Extended(TimeLimit.days(30), HEAD, "需多部门会商，已告知信访人"));
    assertThat(overdue(id, "2027-02-10")).isFalse();
    assertThat(overdue(id, "2027-03-11")).isFalse();
    assertThat(overdue(id, "2027-03-12")).isTrue();
  }

  @Test
  @DisplayName("labour arbitration: acceptance within 5 days, award within 45 days of acceptance")
  void labour_arbitration_on_its_clocks() {
    MediationCaseId m = f.unsuitable("dispute.labour");
    OnwardReferralId id = f.refer(m, Road.LABOUR_ARBITRATION, ARBITRATION, "青田县劳动人事争议仲裁院");
    assertThat(overdue(id, "2026-11-30")).as("day 5").isFalse();
    assertThat(overdue(id, "2026-12-01")).as("day 6 without acceptance").isTrue();
    f.step(id, "2026-11-30", new Step.Received("青劳仲案字〔2026〕88号"));
    assertThat(overdue(id, "2027-01-14")).as("45 days from 2026-11-30").isFalse();
    assertThat(overdue(id, "2027-01-15")).isTrue();
  }

  private boolean overdue(OnwardReferralId id, String day) {
    Instant at = at(day, 12);
    var entry = f.supervision.file(id.toString()).at(at).orElseThrow();
    return f.supervision.overview(at).of(entry.unit()).overdue() > 0;
  }

  private Instant at(String day, int hour) {
    return LocalDate.parse(day).atTime(hour, 0).atZone(f.in.clock.getZone()).toInstant();
  }
}
