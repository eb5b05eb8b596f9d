package org.db3311.sgc.core.onward;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.db3311.sgc.core.onward.OnwardFixtures.ARBITRATION;
import static org.db3311.sgc.core.onward.OnwardFixtures.CLERK;
import static org.db3311.sgc.core.onward.OnwardFixtures.COURT;
import static org.db3311.sgc.core.onward.OnwardFixtures.JUSTICE_BUREAU;
import static org.db3311.sgc.core.onward.OnwardFixtures.PETITION_BUREAU;
import static org.db3311.sgc.core.onward.OnwardFixtures.RECONSIDERATION;

import java.time.LocalDate;
import java.util.List;
import org.db3311.sgc.core.calendar.HolidayTableCalendar;
import org.db3311.sgc.core.calendar.TimeLimit;
import org.db3311.sgc.core.catalog.Implements;
import org.db3311.sgc.core.common.Actor;
import org.db3311.sgc.core.common.IllegalTransitionException;
import org.db3311.sgc.core.intake.MatterResult;
import org.db3311.sgc.core.intake.MatterState;
import org.db3311.sgc.core.mediation.CloseMediationUseCase;
import org.db3311.sgc.core.mediation.MediationCaseId;
import org.db3311.sgc.core.mediation.MediationState;
import org.db3311.sgc.core.onward.RecordStepUseCase.Step;
import org.db3311.sgc.core.supervision.SupervisionState;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class OnwardServiceTest {

  private static final Actor HEAD = Actor.of("head-1", "信访局局长");

  private final OnwardFixtures f = new OnwardFixtures();

  private static LocalDate d(String s) {
    return LocalDate.parse(s);
  }

  @Nested
  @Implements("6.2")
  @DisplayName(
      "6.2 矛盾纠纷调处化解: a dispute mediation did not settle goes onward, not closed as not resolved")
  class FromMediation {

    @Test
    @DisplayName(
        "unsuitable for mediation: the routing decision is recorded, the matter stays in handling")
    void unsuitable() {
      MediationCaseId m = f.unsuitable("dispute.labour");
      OnwardReferralId id = f.refer(m, Road.LABOUR_ARBITRATION, ARBITRATION, "青田县劳动人事争议仲裁院");
      assertThat(f.mediation.mediation(m).state()).isEqualTo(MediationState.ROUTED_ONWARD);
      assertThat(f.mediation.mediation(m).onward().orElseThrow().referral())
          .isEqualTo(id.toString());
      f.mediation.close(new CloseMediationUseCase.Command(m, CLERK));
      assertThat(f.in.matter(m.matter()).state()).isEqualTo(MatterState.IN_HANDLING);
      assertThat(f.in.matter(m.matter()).result()).isEmpty();
      assertThat(f.supervision.stateOf(id.toString())).contains(SupervisionState.ASSIGNED);
      assertThat(f.supervision.file(id.toString()).snapshot().unit()).isEqualTo(ARBITRATION);
    }

    @Test
    @DisplayName("declined by a party: routed to legal aid, the matter not closed")
    void declined() {
      MediationCaseId m = f.declined("dispute.neighbour");
      OnwardReferralId id = f.refer(m, Road.LEGAL_AID, JUSTICE_BUREAU, "青田县法律援助中心");
      f.mediation.close(new CloseMediationUseCase.Command(m, CLERK));
      assertThat(f.in.matter(m.matter()).state()).isEqualTo(MatterState.IN_HANDLING);
      assertThat(f.onward.referral(id).clocks())
          .as("the project's facts hold no legal-aid clock")
          .isEmpty();
    }

    @Test
    @Implements("6.2.1.1.2")
    @DisplayName("6.2.1.1.2 如果调解不成功，当事人还可直接申请网上诉讼立案: filed online with the case file")
    void failed_to_online_litigation() {
      MediationCaseId m = f.failed("dispute.contract");
      OnwardReferralId id = f.refer(m, Road.LITIGATION, COURT, "青田县人民法院");
      assertThat(f.filing.submitted()).hasSize(1);
      assertThat(f.filing.submitted().get(0).failureReason()).isEqualTo("分歧过大");
      assertThat(f.onward.referral(id).snapshot().filingReference()).contains("filing-1");
      f.mediation.close(new CloseMediationUseCase.Command(m, CLERK));
      assertThat(f.in.matter(m.matter()).state()).isEqualTo(MatterState.IN_HANDLING);
      f.step(id, "2026-11-30", new Step.Received("(2026)浙1121民初1234号"));
      f.step(id, "2026-12-02", new Step.Decided("民事调解书"));
      f.reportBack(id, "2026-12-03", "court-1", true);
      MatterResult r = f.in.matter(m.matter()).result().orElseThrow();
      assertThat(r.outcome()).isEqualTo(MatterResult.Outcome.RESOLVED);
      assertThat(r.summary()).startsWith("转入诉讼立案（青田县人民法院）");
    }

    @Test
    @Implements("6.2.1.1.2")
    @DisplayName(
        "a failed mediation already filed online keeps its filing reference; nothing is filed twice")
    void already_filed_online() {
      MediationCaseId m = f.failed("dispute.contract");
      String filed =
          f.mediation.refer(
              new org.db3311.sgc.core.mediation.ReferToLitigationUseCase.Command(m, CLERK));
      OnwardReferralId id = f.refer(m, Road.LITIGATION, COURT, "青田县人民法院");
      assertThat(f.filing.submitted()).hasSize(1);
      assertThat(f.onward.referral(id).snapshot().filingReference()).contains(filed);
      f.mediation.close(new CloseMediationUseCase.Command(m, CLERK));
      assertThat(f.in.matter(m.matter()).state()).isEqualTo(MatterState.IN_HANDLING);
    }

    @Test
    @DisplayName("a mediation still open, or agreed, cannot be routed onward")
    void only_unresolved_disputes_go_onward() {
      MediationCaseId m = f.open("dispute.labour");
      assertThatThrownBy(() -> f.refer(m, Road.LABOUR_ARBITRATION, ARBITRATION, "仲裁院"))
          .isInstanceOf(IllegalTransitionException.class)
          .hasMessage("Mediation " + m + ": action ROUTE_ONWARD is not allowed in state OPENED");
      assertThat(f.referrals.ofMatter(m.matter())).isEmpty();
    }

    @Test
    @DisplayName("a body that does not accept ends the road; the center routes the dispute again")
    void not_accepted_then_rerouted() {
      MediationCaseId m = f.unsuitable("dispute.labour");
      OnwardReferralId first = f.refer(m, Road.PETITION, PETITION_BUREAU, "青田县信访局");
      assertThatThrownBy(() -> f.refer(m, Road.LABOUR_ARBITRATION, ARBITRATION, "仲裁院"))
          .isInstanceOf(IllegalTransitionException.class)
          .hasMessageContaining("REFERRED")
          .hasMessageContaining("REFER");
      f.step(first, "2026-11-30", new Step.NotAccepted("属劳动争议，不属信访事项"));
      assertThat(
              f.onward
                  .referral(first)
                  .clock(OnwardStep.OBJECTION)
                  .orElseThrow()
                  .status(OnwardFixtures.CALENDAR, d("2026-11-30")))
          .as("objected to within 5 working days")
          .isEqualTo(RoadClock.Status.DONE_IN_TIME);
      assertThat(f.supervision.stateOf(first.toString())).contains(SupervisionState.COMPLETED);
      OnwardReferralId second = f.refer(m, Road.LABOUR_ARBITRATION, ARBITRATION, "仲裁院");
      assertThat(second.number()).isEqualTo(2);
      assertThat(f.in.matter(m.matter()).state()).isEqualTo(MatterState.IN_HANDLING);
    }
  }

  @Nested
  @Implements({"6.2", "6.2.1.3"})
  @DisplayName("each road on its statutory clock (calendar days unless working days)")
  class Clocks {

    @Test
    @DisplayName(
        "labour arbitration: accept within 5 days, award within 45 (+ at most 15), across the year end")
    void labour_arbitration() {
      MediationCaseId m = f.unsuitable("dispute.labour");
      OnwardReferralId id = f.refer(m, Road.LABOUR_ARBITRATION, ARBITRATION, "青田县劳动人事争议仲裁院");
      assertThat(f.due(id, OnwardStep.ACCEPTANCE)).isEqualTo(d("2026-11-30"));
      f.step(id, "2026-11-27", new Step.Received("青劳人仲案〔2026〕88号"));
      assertThat(f.supervision.stateOf(id.toString())).contains(SupervisionState.IN_PROGRESS);
      assertThat(f.due(id, OnwardStep.CONCLUSION)).isEqualTo(d("2027-01-11"));
      f.step(id, "2026-12-20", new Step.Extended(TimeLimit.days(15), HEAD, "案情复杂"));
      assertThat(f.due(id, OnwardStep.CONCLUSION)).isEqualTo(d("2027-01-26"));
      long version = f.onward.referral(id).version().value();
      assertThatThrownBy(
              () -> f.step(id, "2026-12-21", new Step.Extended(TimeLimit.days(1), HEAD, "再延")))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("at most 15 days");
      assertThat(f.onward.referral(id).version().value()).isEqualTo(version);
      f.step(id, "2027-01-20", new Step.Decided("裁决公司支付工资 18000 元"));
      assertThat(
              f.onward
                  .referral(id)
                  .clock(OnwardStep.CONCLUSION)
                  .orElseThrow()
                  .status(OnwardFixtures.CALENDAR, d("2027-01-20")))
          .isEqualTo(RoadClock.Status.DONE_IN_TIME);
      f.reportBack(id, "2027-01-21", "arb-88", true);
      assertThat(f.in.matter(m.matter()).state()).isEqualTo(MatterState.CLOSED);
      assertThat(f.in.matter(m.matter()).result().orElseThrow().summary())
          .startsWith("转入劳动人事争议仲裁（青田县劳动人事争议仲裁院）");
      assertThat(f.supervision.stateOf(id.toString())).contains(SupervisionState.COMPLETED);
    }

    @Test
    @DisplayName(
        "administrative reconsideration: 5 working days to accept; 60 (+30) days, or 30 simplified")
    void administrative_reconsideration() {
      MediationCaseId a = f.unsuitable("dispute.land_acquisition");
      OnwardReferralId ordinary =
          f.refer(a, Road.ADMINISTRATIVE_RECONSIDERATION, RECONSIDERATION, "青田县人民政府");
      assertThat(f.due(ordinary, OnwardStep.ACCEPTANCE))
          .as("Thu, Fri, Mon, Tue, Wed")
          .isEqualTo(d("2026-12-02"));
      f.step(ordinary, "2026-12-01", new Step.Received("青政复〔2026〕12号"));
      assertThat(f.due(ordinary, OnwardStep.CONCLUSION))
          .as("60 days end on Saturday 2027-01-30, so on Monday")
          .isEqualTo(d("2027-02-01"));
      f.step(ordinary, "2026-12-02", new Step.Extended(TimeLimit.days(30), HEAD, "情况复杂"));
      assertThat(f.due(ordinary, OnwardStep.CONCLUSION)).isEqualTo(d("2027-03-03"));

      MediationCaseId b = f.unsuitable("dispute.land_acquisition");
      OnwardReferralId simplified =
          f.refer(b, Road.ADMINISTRATIVE_RECONSIDERATION, RECONSIDERATION, "青田县人民政府");
      f.step(simplified, "2026-12-02", new Step.Received("青政复〔2026〕13号", true));
      assertThat(f.onward.referral(simplified).clock(OnwardStep.CONCLUSION)).isEmpty();
      assertThat(f.due(simplified, OnwardStep.SIMPLIFIED_CONCLUSION))
          .as("30 days end on 2027-01-01, a day off, then a weekend")
          .isEqualTo(d("2027-01-04"));
      assertThatThrownBy(
              () ->
                  f.step(simplified, "2026-12-03", new Step.Extended(TimeLimit.days(5), HEAD, "x")))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("cannot be extended");
    }

    @Test
    @DisplayName(
        "信访: written notice within 15 days, conclusion within 60 + 30, 复查 and 复核 30 + 30 each")
    void petition_procedure() {
      MediationCaseId m = f.failed("dispute.labour");
      OnwardReferralId id = f.refer(m, Road.PETITION, PETITION_BUREAU, "青田县信访局");
      assertThat(f.due(id, OnwardStep.OBJECTION))
          .as("an objection outside the remit within 5 working days")
          .isEqualTo(d("2026-12-02"));
      assertThat(f.due(id, OnwardStep.ACCEPTANCE)).isEqualTo(d("2026-12-10"));
      f.step(id, "2026-12-10", new Step.Received("青信〔2026〕301号"));
      assertThat(f.due(id, OnwardStep.CONCLUSION))
          .as("60 days end on 2027-02-08, a day off in the test arrangement")
          .isEqualTo(d("2027-02-09"));
      f.step(id, "2027-01-15", new Step.Extended(TimeLimit.days(30), HEAD, "需多部门会商，已告知信访人"));
      assertThat(f.due(id, OnwardStep.CONCLUSION)).isEqualTo(d("2027-03-11"));
      assertThatThrownBy(
              () -> f.step(id, "2027-01-16", new Step.Extended(TimeLimit.days(1), HEAD, "再延")))
          .isInstanceOf(IllegalArgumentException.class);
      f.step(id, "2027-03-01", new Step.Decided("书面答复：支持部分诉求"));
      assertThat(f.due(id, OnwardStep.REVIEW_REQUEST)).isEqualTo(d("2027-03-31"));
      f.step(id, "2027-03-20", new Step.ReviewRequested());
      assertThat(f.due(id, OnwardStep.REVIEW)).isEqualTo(d("2027-04-19"));
      f.step(id, "2027-04-15", new Step.ReviewConcluded("复查意见：维持"));
      assertThat(f.due(id, OnwardStep.RECHECK_REQUEST))
          .as("30 days end on Saturday 2027-05-15")
          .isEqualTo(d("2027-05-17"));
      assertThatThrownBy(() -> f.reportBack(id, "2027-05-10", "xf-1", false))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("复核");
      f.step(id, "2027-05-10", new Step.RecheckRequested());
      assertThat(f.due(id, OnwardStep.RECHECK)).isEqualTo(d("2027-06-09"));
      f.step(id, "2027-06-01", new Step.RecheckConcluded("复核意见：维持"));
      f.reportBack(id, "2027-06-02", "xf-1", false);
      MatterResult r = f.in.matter(m.matter()).result().orElseThrow();
      assertThat(r.outcome()).isEqualTo(MatterResult.Outcome.NOT_RESOLVED);
      assertThat(r.summary()).startsWith("转入信访程序（青田县信访局）");
      assertThat(f.onward.referral(id).clocks()).noneMatch(RoadClock::isRunning);
    }

    @Test
    @DisplayName("信访: a 复查 requested after the 30-day window is refused and changes nothing")
    void late_review_request() {
      MediationCaseId m = f.failed("dispute.labour");
      OnwardReferralId id = f.refer(m, Road.PETITION, PETITION_BUREAU, "青田县信访局");
      f.step(id, "2026-12-01", new Step.Received("青信〔2026〕302号"));
      f.step(id, "2026-12-20", new Step.Decided("书面答复"));
      assertThat(f.due(id, OnwardStep.REVIEW_REQUEST)).isEqualTo(d("2027-01-19"));
      var before = f.onward.referral(id).snapshot();
      assertThatThrownBy(() -> f.step(id, "2027-01-20", new Step.ReviewRequested()))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("2027-01-19");
      assertThat(f.onward.referral(id).snapshot()).isEqualTo(before);
      f.reportBack(id, "2027-01-20", "xf-2", false);
      assertThat(f.in.matter(m.matter()).state()).isEqualTo(MatterState.CLOSED);
    }

    @Test
    @DisplayName(
        "one referral whose clock needs a year without calendar data does not stop the view")
    void view_goes_on_past_a_missing_year() {
      // the shipped official years only, without provisional years (R10): 2027 is missing
      OnwardService shipped =
          f.service(new HolidayTableCalendar(HolidayTableCalendar.shippedTables()));
      OnwardReferralId late =
          f.refer(f.unsuitable("dispute.labour"), Road.LABOUR_ARBITRATION, ARBITRATION, "仲裁院");
      f.step(late, "2026-12-01", new Step.Received("青劳人仲案〔2026〕90号"));
      OnwardReferralId early =
          f.refer(f.unsuitable("dispute.labour"), Road.PETITION, PETITION_BUREAU, "信访局");
      List<ClockLine> view = shipped.clockView(d("2026-12-03"));
      assertThat(view)
          .filteredOn(l -> l.referral().equals(late))
          .singleElement()
          .satisfies(l -> assertThat(l.problem().orElseThrow()).contains("2027"));
      assertThat(view)
          .filteredOn(l -> l.referral().equals(early))
          .extracting(ClockLine::step, ClockLine::due)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple(
                  OnwardStep.OBJECTION, java.util.Optional.of(d("2026-12-08"))),
              org.assertj.core.groups.Tuple.tuple(
                  OnwardStep.ACCEPTANCE, java.util.Optional.of(d("2026-12-16"))));
    }
  }

  @Nested
  @Implements("6.2")
  @DisplayName("illegal steps fail naming state and action")
  class IllegalSteps {

    @Test
    void a_conclusion_before_acceptance() {
      OnwardReferralId id =
          f.refer(f.unsuitable("dispute.labour"), Road.LABOUR_ARBITRATION, ARBITRATION, "仲裁院");
      assertThatThrownBy(() -> f.step(id, "2026-11-25", new Step.Decided("裁决")))
          .isInstanceOf(IllegalTransitionException.class)
          .hasMessage("OnwardReferral " + id + ": action DECIDE is not allowed in state REFERRED");
    }

    @Test
    void a_review_on_a_road_without_reviews() {
      OnwardReferralId id =
          f.refer(f.unsuitable("dispute.labour"), Road.LABOUR_ARBITRATION, ARBITRATION, "仲裁院");
      f.step(id, "2026-11-26", new Step.Received("案号"));
      f.step(id, "2026-11-27", new Step.Decided("裁决"));
      assertThatThrownBy(() -> f.step(id, "2026-11-28", new Step.ReviewRequested()))
          .isInstanceOfSatisfying(
              IllegalTransitionException.class,
              x -> {
                assertThat(x.state()).isEqualTo("DECIDED");
                assertThat(x.action()).isEqualTo("REQUEST_REVIEW");
              });
    }

    @Test
    void a_step_reported_for_a_day_not_yet_come() {
      OnwardReferralId id =
          f.refer(f.unsuitable("dispute.labour"), Road.LABOUR_ARBITRATION, ARBITRATION, "仲裁院");
      assertThatThrownBy(
              () ->
                  f.onward.record(
                      new RecordStepUseCase.Command(
                          id, d("2026-11-26"), new Step.Received("案号"), CLERK)))
          .isInstanceOf(IllegalArgumentException.class);
      assertThat(f.onward.referral(id).state()).isEqualTo(OnwardState.REFERRED);
    }
  }

  @Nested
  @Implements("6.2.1.3")
  @DisplayName("with supervision following the casework's events from acceptance")
  class WithSupervisionFeed {

    @Test
    @DisplayName(
        "the matter's file ends at the center when the dispute goes onward; the referral's file runs to the report back")
    void matter_file_and_referral_file() {
      new org.db3311.sgc.core.supervisionfeed.SupervisionFeed(
              f.supervision, org.db3311.sgc.core.common.UnitId.of("qingtian-center"))
          .subscribeTo(f.in.events);
      MediationCaseId m = f.unsuitable("dispute.labour");
      String matterFile = m.matter().toString();
      assertThat(f.supervision.stateOf(matterFile)).contains(SupervisionState.UNSUITABLE);
      OnwardReferralId id = f.refer(m, Road.LABOUR_ARBITRATION, ARBITRATION, "仲裁院");
      f.mediation.close(new CloseMediationUseCase.Command(m, CLERK));
      assertThat(f.supervision.stateOf(matterFile)).contains(SupervisionState.COMPLETED);
      assertThat(f.supervision.stateOf(id.toString())).contains(SupervisionState.ASSIGNED);
      f.step(id, "2026-11-26", new Step.Received("案号"));
      f.step(id, "2026-12-01", new Step.Decided("裁决"));
      f.reportBack(id, "2026-12-02", "arb-3", true);
      assertThat(f.in.matter(m.matter()).state()).isEqualTo(MatterState.CLOSED);
      assertThat(f.supervision.stateOf(id.toString())).contains(SupervisionState.COMPLETED);
      assertThat(f.supervision.stateOf(matterFile)).contains(SupervisionState.COMPLETED);
    }
  }

  @Nested
  @Implements({"6.2.1.3", "6.2.1.4.1"})
  @DisplayName("the report back closes the matter once")
  class ReportBackOnce {

    @Test
    @DisplayName("a redelivered report back changes nothing")
    void redelivery() {
      MediationCaseId m = f.unsuitable("dispute.labour");
      OnwardReferralId id = f.refer(m, Road.LABOUR_ARBITRATION, ARBITRATION, "仲裁院");
      f.step(id, "2026-11-26", new Step.Received("案号"));
      f.step(id, "2026-12-01", new Step.Decided("裁决"));
      f.reportBack(id, "2026-12-02", "arb-1", true);
      var referral = f.onward.referral(id).snapshot();
      var version = f.onward.referral(id).version();
      var matter = f.in.matter(m.matter()).snapshot();
      int events = f.in.events.published().size();
      int audit = f.in.audit.all().size();
      f.reportBack(id, "2026-12-03", "arb-1", true);
      assertThat(f.onward.referral(id).snapshot()).isEqualTo(referral);
      assertThat(f.onward.referral(id).version()).isEqualTo(version);
      assertThat(f.in.matter(m.matter()).snapshot()).isEqualTo(matter);
      assertThat(f.in.events.published()).hasSize(events);
      assertThat(f.in.audit.all()).hasSize(audit);
      assertThatThrownBy(() -> f.reportBack(id, "2026-12-03", "arb-2", true))
          .isInstanceOf(IllegalTransitionException.class)
          .hasMessageContaining("REPORTED_BACK")
          .hasMessageContaining("REPORT_BACK");
    }

    @Test
    @DisplayName("every change is an event and an audit entry")
    void audited() {
      OnwardReferralId id =
          f.refer(f.unsuitable("dispute.labour"), Road.LABOUR_ARBITRATION, ARBITRATION, "仲裁院");
      f.step(id, "2026-11-26", new Step.Received("案号"));
      assertThat(f.in.events.published(OnwardReferralEvent.class))
          .extracting(OnwardReferralEvent::action)
          .containsExactly(OnwardAction.REFER, OnwardAction.RECEIVE);
      assertThat(f.in.audit.of("OnwardReferral", id.toString())).hasSize(2);
    }
  }
}
