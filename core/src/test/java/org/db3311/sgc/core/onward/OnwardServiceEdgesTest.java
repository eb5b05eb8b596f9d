package org.db3311.sgc.core.onward;

import static org.assertj.core.api.Assertions.assertThat;
import static org.db3311.sgc.core.onward.OnwardFixtures.ARBITRATION;
import static org.db3311.sgc.core.onward.OnwardFixtures.CLERK;
import static org.db3311.sgc.core.onward.OnwardFixtures.PETITION_BUREAU;

import java.util.List;
import org.db3311.sgc.core.calendar.Extension;
import org.db3311.sgc.core.calendar.TimeLimit;
import org.db3311.sgc.core.catalog.Implements;
import org.db3311.sgc.core.common.Actor;
import org.db3311.sgc.core.common.AuditEntry;
import org.db3311.sgc.core.mediation.MediationAction;
import org.db3311.sgc.core.mediation.MediationCaseId;
import org.db3311.sgc.core.mediation.MediationEvent;
import org.db3311.sgc.core.onward.RecordStepUseCase.Step;
import org.db3311.sgc.core.supervision.StepClock;
import org.db3311.sgc.core.supervision.SupervisionState;
import org.db3311.sgc.core.supervision.TrackProgressUseCase;
import org.db3311.sgc.core.supervision.TrackProgressUseCase.Progress;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The onward service at its edges: the routing decision is a change of the mediation case too, and
 * an approved extension of the body's conclusion reaches the referral's supervision file while the
 * file's handling clock runs (in progress or paused), and only then.
 */
@DisplayName("6.2 分流转办 — the onward service at its edges")
class OnwardServiceEdgesTest {

  private static final Actor HEAD = Actor.of("head-1", "信访局局长");

  private final OnwardFixtures f = new OnwardFixtures();

  @Test
  @Implements({"6.2", "7.3.2"})
  @DisplayName(
      "7.3.2 谁承办谁负责: the first referral is published and audited as the mediation's routing"
          + " onward, by the clerk who made it")
  void the_routing_onward_is_a_recorded_change_of_the_mediation() {
    MediationCaseId m = f.unsuitable("dispute.labour");

    OnwardReferralId id = f.refer(m, Road.LABOUR_ARBITRATION, ARBITRATION, "仲裁院");

    assertThat(f.in.events.published(MediationEvent.class))
        .filteredOn(e -> e.action() == MediationAction.ROUTE_ONWARD)
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.id()).isEqualTo(m);
              assertThat(e.actor()).isEqualTo(CLERK);
              assertThat(e.mediation().onward().orElseThrow().referral()).isEqualTo(id.toString());
            });
    assertThat(f.in.audit.of("Mediation", m.toString()))
        .extracting(AuditEntry::action)
        .last()
        .isEqualTo("ROUTE_ONWARD");
  }

  /** A 信访 referral accepted on 2026-12-10, its supervision file then in progress. */
  OnwardReferralId acceptedPetition() {
    MediationCaseId m = f.failed("dispute.labour");
    OnwardReferralId id = f.refer(m, Road.PETITION, PETITION_BUREAU, "青田县信访局");
    f.step(id, "2026-12-10", new Step.Received("青信〔2026〕301号"));
    assertThat(f.supervision.stateOf(id.toString())).contains(SupervisionState.IN_PROGRESS);
    return id;
  }

  List<Extension> handlingExtensions(OnwardReferralId id) {
    return f.supervision.file(id.toString()).snapshot().clocks().stream()
        .filter(c -> c.step() == org.db3311.sgc.core.supervision.Step.HANDLING)
        .filter(StepClock::isRunning)
        .reduce((a, b) -> b)
        .orElseThrow()
        .deadline()
        .extensions();
  }

  void progress(OnwardReferralId id, Progress p) {
    f.supervision.record(new TrackProgressUseCase.Command(id.toString(), p, CLERK));
  }

  @Test
  @Implements("6.2")
  @DisplayName("6.2: the conclusion extended while the referral's file is paused extends the file")
  void an_extension_reaches_a_paused_file() {
    OnwardReferralId id = acceptedPetition();
    progress(id, new Progress.Pause("等待鉴定结论"));
    assertThat(f.supervision.stateOf(id.toString())).contains(SupervisionState.PAUSED);

    f.step(id, "2027-01-15", new Step.Extended(TimeLimit.days(30), HEAD, "需多部门会商，已告知信访人"));

    assertThat(handlingExtensions(id))
        .singleElement()
        .satisfies(x -> assertThat(x.added()).isEqualTo(TimeLimit.days(30)));
  }

  @Test
  @Implements("6.2")
  @DisplayName(
      "6.2: the conclusion extended after the file was reported handled extends the referral and"
          + " leaves the file, whose handling step is met, as it was")
  void an_extension_after_the_file_was_reported_handled_leaves_the_file() {
    OnwardReferralId id = acceptedPetition();
    progress(id, new Progress.ReportHandled("已出具书面答复草稿"));
    var file = f.supervision.file(id.toString()).snapshot();
    java.time.LocalDate due = f.due(id, OnwardStep.CONCLUSION);

    f.step(id, "2027-01-15", new Step.Extended(TimeLimit.days(30), HEAD, "需多部门会商，已告知信访人"));

    assertThat(f.due(id, OnwardStep.CONCLUSION)).isEqualTo(due.plusDays(30));
    assertThat(f.onward.referral(id).state()).isEqualTo(OnwardState.RECEIVED);
    assertThat(f.supervision.stateOf(id.toString())).contains(SupervisionState.HANDLED);
    assertThat(f.supervision.file(id.toString()).snapshot()).isEqualTo(file);
  }

  @Test
  @Implements({"6.2", "6.2.1.3"})
  @DisplayName(
      "6.2.1.3 限期反馈办理结果: the report back of an accepted referral reports its file handled and"
          + " completes it")
  void the_report_back_completes_a_file_in_progress() {
    MediationCaseId m = f.unsuitable("dispute.labour");
    OnwardReferralId id = f.refer(m, Road.LABOUR_ARBITRATION, ARBITRATION, "仲裁院");
    f.step(id, "2026-11-26", new Step.Received("案号"));
    assertThat(f.supervision.stateOf(id.toString())).contains(SupervisionState.IN_PROGRESS);
    f.step(id, "2026-12-01", new Step.Decided("裁决"));

    f.reportBack(id, "2026-12-02", "arb-1", true);

    assertThat(f.supervision.stateOf(id.toString())).contains(SupervisionState.COMPLETED);
    assertThat(f.onward.referral(id).body()).isEqualTo(ARBITRATION);
  }

  @Test
  @DisplayName("an unknown referral, or a referral from an unknown mediation, is named")
  void unknown_referrals_and_mediations_are_named() {
    MediationCaseId m = f.unsuitable("dispute.labour");
    OnwardReferralId unknown = new OnwardReferralId(m.matter(), 9);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> f.onward.referral(unknown))
        .isInstanceOf(OnwardReferralNotFoundException.class)
        .hasMessageContaining(unknown.toString());
    MediationCaseId none = new MediationCaseId(m.matter(), 9);
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> f.refer(none, Road.LABOUR_ARBITRATION, ARBITRATION, "仲裁院"))
        .isInstanceOf(org.db3311.sgc.core.mediation.MediationCaseNotFoundException.class)
        .hasMessageContaining(none.toString());
  }

  @Test
  @Implements({"6.2", "6.2.1.3"})
  @DisplayName(
      "6.2.1.3: the report back completes a referral's file that was already reported handled")
  void the_report_back_completes_a_file_reported_handled() {
    MediationCaseId m = f.unsuitable("dispute.labour");
    OnwardReferralId id = f.refer(m, Road.LABOUR_ARBITRATION, ARBITRATION, "仲裁院");
    f.step(id, "2026-11-26", new Step.Received("案号"));
    progress(id, new Progress.ReportHandled("仲裁院已审结"));
    assertThat(f.supervision.stateOf(id.toString())).contains(SupervisionState.HANDLED);
    f.step(id, "2026-12-01", new Step.Decided("裁决"));

    f.reportBack(id, "2026-12-02", "arb-1", true);

    assertThat(f.supervision.stateOf(id.toString())).contains(SupervisionState.COMPLETED);
  }
}
