package org.db3311.sgc.core.mediation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.db3311.sgc.core.mediation.MediationFixtures.MEDIATOR;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;
import org.db3311.sgc.core.catalog.Implements;
import org.db3311.sgc.core.common.ChangeRecorder;
import org.db3311.sgc.core.common.IllegalTransitionException;
import org.db3311.sgc.core.common.Version;
import org.db3311.sgc.core.intake.Handling;
import org.db3311.sgc.core.intake.MatterResult;
import org.db3311.sgc.core.intake.MatterState;
import org.db3311.sgc.core.intake.RegistrationNumber;
import org.db3311.sgc.core.intake.ReopenMatterUseCase;
import org.db3311.sgc.core.intake.StartHandlingUseCase;
import org.db3311.sgc.core.supervision.SupervisionState;
import org.db3311.sgc.core.supervision.TrackProgressUseCase;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Mediation's client mistakes at their edges: refused as named mistakes, nothing written. */
@DisplayName("6.2.1.1 矛盾纠纷调解 — mediation's refusals at their edges")
class MediationEdgesTest {

  final MediationFixtures f = new MediationFixtures();

  Version version(MediationCaseId id) {
    return f.cases.find(id).orElseThrow().version();
  }

  @Test
  @Implements("6.2.1.1.1")
  @DisplayName(
      "6.2.1.1.1 各方当事人愿意调解: consent is recorded for the first and the last party, and a party"
          + " number outside the case is refused naming the parties, nothing written")
  void consent_for_a_party_outside_the_case_is_refused() {
    MediationCaseId id = f.openDispute("dispute.labour");
    f.mediation.assess(new AssessSuitabilityUseCase.Command(id, true, "事实清楚", MEDIATOR));
    Version before = version(id);

    assertThatThrownBy(
            () ->
                f.mediation.recordConsent(
                    new RecordConsentUseCase.Command(id, -1, true, true, MEDIATOR)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no party -1");
    assertThatThrownBy(
            () ->
                f.mediation.recordConsent(
                    new RecordConsentUseCase.Command(id, 2, true, true, MEDIATOR)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no party 2");
    assertThat(version(id)).isEqualTo(before);

    f.mediation.recordConsent(new RecordConsentUseCase.Command(id, 0, true, true, MEDIATOR));
    f.mediation.recordConsent(new RecordConsentUseCase.Command(id, 1, true, true, MEDIATOR));
    assertThat(f.mediation.mediation(id).state()).isEqualTo(MediationState.CONSENTED);
  }

  @Test
  @Implements("6.2.1.1.2")
  @DisplayName("6.2.1.1.2: an online session is not booked by a party; the offline one is")
  void online_sessions_are_not_booked_by_a_party() {
    MediationCaseId id = f.consented("dispute.neighbour");
    f.mediation.route(new RouteMediationUseCase.Command(id, MEDIATOR));

    assertThatThrownBy(
            () ->
                f.mediation.schedule(
                    new ScheduleSessionUseCase.Command(
                        id,
                        ScheduleSessionUseCase.Mode.ONLINE,
                        f.in.clock.instant().plus(Duration.ofDays(1)),
                        Optional.of("张三"),
                        MEDIATOR)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("online");
    assertThat(f.mediation.mediation(id).sessions()).isEmpty();
    assertThat(f.rooms.opened()).isEmpty();
  }

  SupervisionState supervisionOf(MediationCaseId id) {
    return f.supervision.file(id.matter().toString()).state();
  }

  void fail(MediationCaseId id) {
    f.mediation.conclude(
        new ConcludeMediationUseCase.Command(
            id, new ConcludeMediationUseCase.Outcome.Failure("金额分歧过大", "仲裁、诉讼"), MEDIATOR));
  }

  /** Closes an agreed first attempt and reopens the matter and its supervision file. */
  MediationCaseId reopenedAfterAnAgreement() {
    MediationCaseId first = f.inSession("dispute.labour");
    f.mediation.conclude(
        new ConcludeMediationUseCase.Command(
            first,
            new ConcludeMediationUseCase.Outcome.Agreement(
                MediationFixtures.agreement(LocalDate.of(2026, 11, 25))),
            MEDIATOR));
    f.mediation.close(new CloseMediationUseCase.Command(first, MEDIATOR));
    f.in.intake.reopen(new ReopenMatterUseCase.Command(first.matter(), "回访不满意", MEDIATOR));
    f.supervision.record(
        new TrackProgressUseCase.Command(
            first.matter().toString(),
            new TrackProgressUseCase.Progress.Reopen("回访不满意"),
            MEDIATOR));
    assertThat(supervisionOf(first)).isEqualTo(SupervisionState.IN_PROGRESS);
    return f.mediation.open(new OpenMediationUseCase.Command(first.matter(), MEDIATOR));
  }

  @Test
  @Implements("6.2.1.1.1")
  @DisplayName(
      "6.2.1.1.1: a mediable matter already in handling on the event track (6.3) is not taken into"
          + " mediation; no case is opened")
  void a_matter_handled_as_an_event_is_not_mediated() {
    RegistrationNumber n = f.in.registerComplete("event.petition");
    f.in.review(n);
    f.in.intake.startHandling(
        new StartHandlingUseCase.Command(
            n, new Handling(Handling.Track.EVENT_HANDLING, "E-1"), MEDIATOR));

    assertThatThrownBy(() -> f.mediation.open(new OpenMediationUseCase.Command(n, MEDIATOR)))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessageContaining("START_HANDLING")
        .hasMessageContaining("IN_HANDLING");
    assertThat(f.cases.ofMatter(n)).isEmpty();
  }

  @Test
  @DisplayName("a mediation case that does not exist is named as not found")
  void an_unknown_case_is_named() {
    MediationCaseId id = f.openDispute("dispute.labour");
    MediationCaseId none = new MediationCaseId(id.matter(), 2);
    assertThatThrownBy(() -> f.mediation.mediation(none))
        .isInstanceOf(MediationCaseNotFoundException.class)
        .hasMessageContaining("no mediation case " + none);
    assertThatThrownBy(
            () ->
                f.mediation.assess(
                    new AssessSuitabilityUseCase.Command(none, true, "适宜", MEDIATOR)))
        .isInstanceOf(MediationCaseNotFoundException.class);
  }

  @Test
  @Implements({"6.2.1.1.2", "6.2.1.3"})
  @DisplayName(
      "6.2.1.3 督查督办: a concluded mediation reports its handling to supervision; a failure referred"
          + " to online filing (6.2.1.1.2) returns the gateway's reference, the one the case keeps")
  void a_conclusion_is_reported_and_a_referral_returns_its_filing() {
    MediationCaseId id = f.inSession("dispute.contract");
    assertThat(supervisionOf(id)).isEqualTo(SupervisionState.IN_PROGRESS);
    fail(id);
    assertThat(supervisionOf(id)).isEqualTo(SupervisionState.HANDLED);

    String ref = f.mediation.refer(new ReferToLitigationUseCase.Command(id, MEDIATOR));
    assertThat(ref)
        .isNotBlank()
        .isEqualTo(f.mediation.mediation(id).snapshot().filingReference().orElseThrow());
    assertThat(f.filing.submitted())
        .singleElement()
        .extracting(CaseFile::failureReason)
        .isEqualTo("金额分歧过大");
  }

  @Test
  @Implements({"6.2", "6.2.1.3"})
  @DisplayName(
      "6.2, 6.2.1.3: closing a failed mediation routed onward completes its supervision file and"
          + " leaves the matter in handling")
  void closing_a_mediation_routed_onward_completes_its_file() {
    MediationCaseId id = f.inSession("dispute.contract");
    fail(id);
    MediationCase mc = f.cases.find(id).orElseThrow();
    mc.routeOnward(
        new OnwardRouting(id.matter() + "/O1", "转入劳动人事争议仲裁（青田县劳动人事争议仲裁院）"),
        MEDIATOR,
        f.in.clock.instant());
    f.cases.save(mc);
    new ChangeRecorder(f.in.events, f.in.audit).record(mc);
    assertThat(supervisionOf(id)).isEqualTo(SupervisionState.HANDLED);

    f.mediation.close(new CloseMediationUseCase.Command(id, MEDIATOR));
    assertThat(supervisionOf(id)).isEqualTo(SupervisionState.COMPLETED);
    assertThat(f.in.matter(id.matter()).state()).isEqualTo(MatterState.IN_HANDLING);
  }

  @Test
  @Implements({"6.2.1.1.1", "6.2.1.3"})
  @DisplayName(
      "6.2.1.1.1, 6.2.1.3: a reopened dispute's second mediation, once routed, reassigns its"
          + " supervision file to the venue's lead")
  void a_second_attempt_routed_reassigns_the_file() {
    MediationCaseId second = reopenedAfterAnAgreement();
    f.mediation.assess(new AssessSuitabilityUseCase.Command(second, true, "适宜", MEDIATOR));
    f.mediation.recordConsent(new RecordConsentUseCase.Command(second, 0, true, true, MEDIATOR));
    f.mediation.recordConsent(new RecordConsentUseCase.Command(second, 1, true, true, MEDIATOR));
    RoutingDecision d = f.mediation.route(new RouteMediationUseCase.Command(second, MEDIATOR));

    assertThat(supervisionOf(second)).isEqualTo(SupervisionState.ASSIGNED);
    assertThat(f.supervision.file(second.matter().toString()).unit()).isEqualTo(d.venue().lead());
  }

  @Test
  @Implements({"6.2.1.1.1", "6.2.1.3"})
  @DisplayName(
      "6.2.1.1.1, 6.2.1.3: a reopened dispute found unsuitable before any new routing is closed"
          + " not resolved and its pending supervision file is concluded")
  void a_second_attempt_found_unsuitable_concludes_the_file() {
    MediationCaseId second = reopenedAfterAnAgreement();
    f.mediation.assess(new AssessSuitabilityUseCase.Command(second, false, "已进入诉讼程序", MEDIATOR));
    f.mediation.close(new CloseMediationUseCase.Command(second, MEDIATOR));

    assertThat(supervisionOf(second)).isEqualTo(SupervisionState.COMPLETED);
    MatterResult result = f.in.matter(second.matter()).result().orElseThrow();
    assertThat(result.outcome()).isEqualTo(MatterResult.Outcome.NOT_RESOLVED);
    assertThat(result.summary()).contains("已进入诉讼程序");
  }

  @Test
  @Implements("6.2.1.1.2")
  @DisplayName(
      "6.2.1.1.2 由调解人员通过视频等方式组织开展线上调解: the mediator's join link goes only to the unit the"
          + " dispute was routed to; a case with no routing on record hands it to nobody")
  void the_mediators_link_goes_only_to_the_routed_unit() {
    MediationCaseId id = scheduledWithNoRoutingOnRecord();

    assertThatThrownBy(
            () ->
                f.mediation.schedule(
                    new ScheduleSessionUseCase.Command(
                        id,
                        ScheduleSessionUseCase.Mode.ONLINE,
                        f.in.clock.instant().plus(Duration.ofDays(1)),
                        Optional.empty(),
                        MEDIATOR)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(id + " was never routed");
    assertThat(f.notifier.sentAbout(id.toString())).isEmpty();
  }

  @Test
  @Implements("6.2.1.1.2")
  @DisplayName(
      "6.2.1.1.2 由调解人员通过视频等方式组织开展线上调解: an online session refused for want of a routing"
          + " leaves the store as it was: no room opened, the case unchanged, no event or audit entry")
  void a_session_refused_for_want_of_a_routing_writes_nothing() {
    MediationCaseId id = scheduledWithNoRoutingOnRecord();
    MediationCase stored = f.cases.find(id).orElseThrow();
    int events = f.in.events.published().size();
    int audited = f.in.audit.all().size();

    assertThatThrownBy(
            () ->
                f.mediation.schedule(
                    new ScheduleSessionUseCase.Command(
                        id,
                        ScheduleSessionUseCase.Mode.ONLINE,
                        f.in.clock.instant().plus(Duration.ofDays(1)),
                        Optional.empty(),
                        MEDIATOR)))
        .isInstanceOf(IllegalStateException.class);

    MediationCase after = f.cases.find(id).orElseThrow();
    assertThat(after.version()).isEqualTo(stored.version());
    assertThat(after.snapshot()).isEqualTo(stored.snapshot());
    assertThat(after.sessions()).isEmpty();
    assertThat(f.rooms.opened()).isEmpty();
    assertThat(f.in.events.published()).hasSize(events);
    assertThat(f.in.audit.all()).hasSize(audited);
  }

  /**
   * A consented case stored as scheduled but with no routing on record: a state the workflow never
   * reaches, only corrupted data does.
   */
  private MediationCaseId scheduledWithNoRoutingOnRecord() {
    MediationCaseId id = f.consented("dispute.neighbour");
    MediationCase stored = f.cases.find(id).orElseThrow();
    MediationSnapshot s = stored.snapshot();
    f.cases.save(
        MediationCase.fromSnapshot(
            new MediationSnapshot(
                s.id(),
                s.categoryCode(),
                s.parties(),
                s.openedAt(),
                MediationState.SCHEDULED,
                s.suitabilityNote(),
                s.consents(),
                Optional.empty(),
                s.sessions(),
                s.records(),
                s.agreement(),
                s.judicialConfirmationDue(),
                s.failureReason(),
                s.routesTold(),
                s.filingReference(),
                s.onward(),
                false),
            stored.version()));
    return id;
  }
}
