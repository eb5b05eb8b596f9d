package org.db3311.sgc.core.mediation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.db3311.sgc.core.mediation.MediationFixtures.MEDIATOR;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;
import org.db3311.sgc.core.catalog.Implements;
import org.db3311.sgc.core.common.IllegalTransitionException;
import org.db3311.sgc.core.common.UnitId;
import org.db3311.sgc.core.intake.MatterResult;
import org.db3311.sgc.core.intake.MatterState;
import org.db3311.sgc.core.intake.RegistrationNumber;
import org.db3311.sgc.core.supervision.SupervisionState;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class MediationServiceTest {

  private final MediationFixtures f = new MediationFixtures();

  @Nested
  @Implements("6.2.1.1.1")
  @DisplayName("6.2.1.1.1 适宜调解且各方当事人愿意调解的矛盾纠纷事项…流转至相关责任部门，或进行多部门联合调处，或属地调解组织进行调解")
  class SuitabilityAndConsent {

    @Test
    @DisplayName("opening mediation puts the matter into handling")
    void open() {
      MediationCaseId id = f.openDispute("dispute.labour");
      assertThat(f.in.matter(id.matter()).state()).isEqualTo(MatterState.IN_HANDLING);
      assertThat(id.toString()).endsWith("/M1");
    }

    @Test
    @DisplayName("a petition matter (信访问题) whose parties are willing may be mediated")
    void a_petition_matter_may_be_mediated() {
      MediationCaseId id = f.openDispute("event.petition");
      assertThat(f.in.matter(id.matter()).state()).isEqualTo(MatterState.IN_HANDLING);
      f.mediation.assess(new AssessSuitabilityUseCase.Command(id, true, "双方愿意调解", MEDIATOR));
      assertThat(f.mediation.mediation(id).state()).isEqualTo(MediationState.AWAITING_CONSENT);
    }

    @Test
    @DisplayName("an event category the deployment does not list is not mediated")
    void other_events_are_not_mediated() {
      org.db3311.sgc.core.intake.RegistrationNumber n =
          f.in.registerComplete("event.safety_hazard");
      f.in.review(n);
      assertThatThrownBy(() -> f.mediation.open(new OpenMediationUseCase.Command(n, MEDIATOR)))
          .isInstanceOf(org.db3311.sgc.core.intake.MatterKindMismatchException.class);
      assertThat(
              MediableMatterRule.mayBeMediated(
                  f.in.matter(n).snapshot(),
                  new MediationConfiguration(
                      f.routing,
                      f.in.matter(n).snapshot().registration().place().county(),
                      "调解室",
                      java.util.Set.of("event.safety_hazard"))))
          .isTrue();
    }

    @Test
    @DisplayName("no consent, no mediation: one refusal ends it")
    void refusal_ends_it() {
      MediationCaseId id = f.openDispute("dispute.neighbour");
      f.mediation.assess(new AssessSuitabilityUseCase.Command(id, true, "适宜", MEDIATOR));
      f.mediation.recordConsent(new RecordConsentUseCase.Command(id, 0, true, true, MEDIATOR));
      f.mediation.recordConsent(new RecordConsentUseCase.Command(id, 1, false, true, MEDIATOR));
      assertThat(f.mediation.mediation(id).state()).isEqualTo(MediationState.DECLINED);
      assertThatThrownBy(() -> f.mediation.route(new RouteMediationUseCase.Command(id, MEDIATOR)))
          .isInstanceOf(IllegalTransitionException.class)
          .hasMessageContaining("ROUTE")
          .hasMessageContaining("DECLINED");
      f.mediation.close(new CloseMediationUseCase.Command(id, MEDIATOR));
      assertThat(f.in.matter(id.matter()).result().orElseThrow().outcome())
          .isEqualTo(MatterResult.Outcome.NOT_RESOLVED);
    }

    @Test
    @DisplayName("routing waits for every party's consent")
    void routing_waits_for_all() {
      MediationCaseId id = f.openDispute("dispute.neighbour");
      f.mediation.assess(new AssessSuitabilityUseCase.Command(id, true, "适宜", MEDIATOR));
      f.mediation.recordConsent(new RecordConsentUseCase.Command(id, 0, true, true, MEDIATOR));
      assertThatThrownBy(() -> f.mediation.route(new RouteMediationUseCase.Command(id, MEDIATOR)))
          .isInstanceOf(IllegalTransitionException.class)
          .hasMessageContaining("AWAITING_CONSENT");
    }

    @Test
    @DisplayName("a consent for a party the mediation does not have is refused, nothing recorded")
    void consent_of_no_party() {
      MediationCaseId id = f.openDispute("dispute.neighbour");
      f.mediation.assess(new AssessSuitabilityUseCase.Command(id, true, "适宜", MEDIATOR));
      int parties = f.mediation.mediation(id).parties().size();
      for (int party : new int[] {parties, -1}) {
        assertThatThrownBy(
                () ->
                    f.mediation.recordConsent(
                        new RecordConsentUseCase.Command(id, party, true, true, MEDIATOR)))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("no party " + party);
      }
      assertThat(f.mediation.mediation(id).snapshot().consents()).isEmpty();
      assertThat(f.mediation.mediation(id).state()).isEqualTo(MediationState.AWAITING_CONSENT);
    }

    @Test
    @DisplayName("a party consents only after being told the nature and effect of mediation")
    void informed_consent() {
      MediationCaseId id = f.openDispute("dispute.neighbour");
      f.mediation.assess(new AssessSuitabilityUseCase.Command(id, true, "适宜", MEDIATOR));
      assertThatThrownBy(
              () ->
                  f.mediation.recordConsent(
                      new RecordConsentUseCase.Command(id, 0, true, false, MEDIATOR)))
          .hasMessageContaining("rights");
    }

    @Test
    @DisplayName("an unsuitable dispute is closed with the reasons")
    void unsuitable() {
      MediationCaseId id = f.openDispute("dispute.contract");
      f.mediation.assess(new AssessSuitabilityUseCase.Command(id, false, "已进入诉讼程序", MEDIATOR));
      f.mediation.close(new CloseMediationUseCase.Command(id, MEDIATOR));
      assertThat(f.in.matter(id.matter()).result().orElseThrow().summary()).contains("已进入诉讼程序");
    }

    @Test
    void an_event_is_not_mediated() {
      RegistrationNumber n = f.in.registerComplete("event.safety_hazard");
      f.in.review(n);
      assertThatThrownBy(() -> f.mediation.open(new OpenMediationUseCase.Command(n, MEDIATOR)))
          .hasMessageContaining("6.3");
    }
  }

  @Nested
  @Implements({"6.2.1.1.2", "6.2.1.3"})
  @DisplayName("6.2.1.1.2 平台根据纠纷类型、发生地、管辖地等情况智能流转…通过视频等方式组织开展线上调解；选择线下调解的，平台指定中心，由当事人线上预约线下办理")
  class RoutingAndSessions {

    @Test
    @DisplayName("routing explains its choice and opens supervision with the lead unit")
    void route_explained_and_supervised() {
      MediationCaseId id = f.consented("dispute.labour");
      RoutingDecision d = f.mediation.route(new RouteMediationUseCase.Command(id, MEDIATOR));
      assertThat(d.venue())
          .isEqualTo(new Venue.ResponsibleDepartment(UnitId.of("county-labour-arbitration")));
      assertThat(d.explanation()).contains("rule 'labour'").contains("other-county");
      assertThat(f.supervision.file(id.matter().toString()).unit()).isEqualTo(d.venue().lead());
    }

    @Test
    @Implements({"6.2.1.1.1", "8.2.4"})
    @DisplayName("a joint mediation is supervised under its lead, its members taking part")
    void joint_mediation_supervised_for_every_member() {
      MediationCaseId id = f.consented("dispute.land_acquisition");
      RoutingDecision d = f.mediation.route(new RouteMediationUseCase.Command(id, MEDIATOR));
      UnitId lead = UnitId.of("county-natural-resources");
      UnitId member = UnitId.of("county-justice-bureau");
      assertThat(d.venue()).isEqualTo(new Venue.JointMediation(lead, java.util.List.of(member)));
      var file = f.supervision.file(id.matter().toString());
      assertThat(file.unit()).isEqualTo(lead);
      assertThat(file.participants()).containsExactly(member);
      var view = f.supervision.overview(f.in.clock.instant());
      assertThat(view.leading(lead).inState(SupervisionState.ASSIGNED)).isEqualTo(1);
      assertThat(view.participating(member).inState(SupervisionState.ASSIGNED)).isEqualTo(1);
      assertThat(view.total().matters()).isEqualTo(1);
    }

    @Test
    @DisplayName("online sessions get a video room; the first session signs for the file")
    void online() {
      MediationCaseId id = f.consented("dispute.neighbour");
      f.mediation.route(new RouteMediationUseCase.Command(id, MEDIATOR));
      Session s =
          f.mediation.schedule(
              new ScheduleSessionUseCase.Command(
                  id,
                  ScheduleSessionUseCase.Mode.ONLINE,
                  f.in.clock.instant().plus(Duration.ofHours(2)),
                  Optional.empty(),
                  MEDIATOR));
      assertThat(s).isInstanceOf(Session.Online.class);
      assertThat(f.rooms.opened()).hasSize(1);
      assertThat(f.supervision.file(id.matter().toString()).state())
          .isEqualTo(SupervisionState.IN_PROGRESS);
    }

    @Test
    @DisplayName("offline sessions are at the center, booked online by a party")
    void offline() {
      MediationCaseId id = f.consented("dispute.neighbour");
      f.mediation.route(new RouteMediationUseCase.Command(id, MEDIATOR));
      Session s =
          f.mediation.schedule(
              new ScheduleSessionUseCase.Command(
                  id,
                  ScheduleSessionUseCase.Mode.OFFLINE,
                  f.in.clock.instant().plus(Duration.ofDays(2)),
                  Optional.of("张三"),
                  MEDIATOR));
      assertThat(((Session.Offline) s).place()).isEqualTo("青田县社会治理中心调解室");
      assertThatThrownBy(
              () ->
                  f.mediation.schedule(
                      new ScheduleSessionUseCase.Command(
                          id,
                          ScheduleSessionUseCase.Mode.OFFLINE,
                          f.in.clock.instant(),
                          Optional.of("路人"),
                          MEDIATOR)))
          .hasMessageContaining("not a party");
    }

    @Test
    @Implements({"6.1.1.2.1", "6.2.1.1.2"})
    @DisplayName(
        "6.1.1.2.1 自主选择线上调解或线下前往中心处理: an applicant who chose a visit gets an offline"
            + " session at the center, booked by the party, and no video room")
    void an_applicant_who_chose_a_visit_gets_an_offline_session_booked_by_the_party() {
      MediationCaseId id =
          f.routedByDisputeCode(org.db3311.sgc.core.intake.ResolutionPreference.OFFLINE_VISIT);
      var at = f.in.clock.instant().plus(Duration.ofDays(2));
      assertThatThrownBy(
              () ->
                  f.mediation.schedule(
                      new ScheduleSessionUseCase.Command(
                          id, ScheduleSessionUseCase.Mode.ONLINE, at, Optional.empty(), MEDIATOR)))
          .as("staff cannot override the applicant's choice")
          .hasMessageContaining("the applicant chose OFFLINE");
      assertThatThrownBy(
              () ->
                  f.mediation.schedule(
                      ScheduleSessionUseCase.Command.asChosen(id, at, Optional.empty(), MEDIATOR)))
          .hasMessageContaining("booked online by a party");
      Session s =
          f.mediation.schedule(
              ScheduleSessionUseCase.Command.asChosen(id, at, Optional.of("张三"), MEDIATOR));
      assertThat(s).isEqualTo(new Session.Offline("青田县社会治理中心调解室", at, Optional.of("张三")));
      assertThat(f.rooms.opened()).isEmpty();
    }

    @Test
    @Implements({"6.1.1.2.1", "6.2.1.1.2"})
    @DisplayName(
        "6.1.1.2.1 an applicant who chose online mediation gets a video room, and no offline"
            + " session")
    void an_applicant_who_chose_online_mediation_gets_a_video_room() {
      MediationCaseId id =
          f.routedByDisputeCode(org.db3311.sgc.core.intake.ResolutionPreference.ONLINE_MEDIATION);
      var at = f.in.clock.instant().plus(Duration.ofHours(3));
      assertThatThrownBy(
              () ->
                  f.mediation.schedule(
                      new ScheduleSessionUseCase.Command(
                          id,
                          ScheduleSessionUseCase.Mode.OFFLINE,
                          at,
                          Optional.of("张三"),
                          MEDIATOR)))
          .hasMessageContaining("the applicant chose ONLINE");
      Session s =
          f.mediation.schedule(
              ScheduleSessionUseCase.Command.asChosen(id, at, Optional.empty(), MEDIATOR));
      assertThat(s).isInstanceOf(Session.Online.class);
      assertThat(f.rooms.opened()).hasSize(1);
    }

    @Test
    @DisplayName("a matter from the window made no choice: the session's mode must be named")
    void without_a_choice_the_mode_is_named() {
      MediationCaseId id = f.consented("dispute.neighbour");
      f.mediation.route(new RouteMediationUseCase.Command(id, MEDIATOR));
      assertThatThrownBy(
              () ->
                  f.mediation.schedule(
                      ScheduleSessionUseCase.Command.asChosen(
                          id, f.in.clock.instant(), Optional.empty(), MEDIATOR)))
          .hasMessageContaining("name the session's mode");
    }

    @Test
    @DisplayName("如果调解不成功，当事人还可直接申请网上诉讼立案: the case file goes to online filing")
    void failure_then_online_filing() {
      MediationCaseId id = f.inSession("dispute.contract");
      f.mediation.conclude(
          new ConcludeMediationUseCase.Command(
              id, new ConcludeMediationUseCase.Outcome.Failure("金额分歧过大", "仲裁、诉讼"), MEDIATOR));
      String ref = f.mediation.refer(new ReferToLitigationUseCase.Command(id, MEDIATOR));
      assertThat(f.filing.submitted())
          .singleElement()
          .satisfies(
              file -> {
                assertThat(file.failureReason()).isEqualTo("金额分歧过大");
                assertThat(file.records()).hasSize(1);
              });
      f.mediation.close(new CloseMediationUseCase.Command(id, MEDIATOR));
      assertThat(f.in.matter(id.matter()).result().orElseThrow().summary()).contains(ref);
      assertThat(f.supervision.file(id.matter().toString()).state())
          .isEqualTo(SupervisionState.COMPLETED);
    }
  }

  @Nested
  @Implements("6.2.1.1.1")
  @DisplayName("agreement with the contents the law asks for")
  class Agreement {

    @Test
    void agreement_closes_the_matter_resolved_with_a_confirmation_deadline() {
      MediationCaseId id = f.inSession("dispute.labour");
      LocalDate effective = LocalDate.of(2026, 11, 25);
      f.mediation.conclude(
          new ConcludeMediationUseCase.Command(
              id,
              new ConcludeMediationUseCase.Outcome.Agreement(
                  MediationFixtures.agreement(effective)),
              MEDIATOR));
      assertThat(f.mediation.mediation(id).snapshot().judicialConfirmationDue())
          .contains(LocalDate.of(2026, 12, 25));
      f.mediation.close(new CloseMediationUseCase.Command(id, MEDIATOR));
      assertThat(f.in.matter(id.matter()).state()).isEqualTo(MatterState.CLOSED);
      assertThat(f.in.matter(id.matter()).result().orElseThrow().outcome())
          .isEqualTo(MatterResult.Outcome.RESOLVED);
      assertThat(MediationFixtures.agreement(effective).copies()).isEqualTo(3);
    }

    @Test
    void a_written_agreement_without_every_signature_or_the_seal_is_refused() {
      MediationAgreement ok = MediationFixtures.agreement(LocalDate.of(2026, 11, 25));
      assertThatThrownBy(
              () ->
                  new MediationAgreement(
                      ok.parties(),
                      ok.facts(),
                      ok.disputedMatters(),
                      ok.responsibility(),
                      ok.obligations(),
                      false,
                      java.util.Set.of("张三", "调解员陈"),
                      ok.mediator(),
                      true,
                      ok.effectiveOn()))
          .hasMessageContaining("signed by 丽水某建筑有限公司");
      assertThatThrownBy(
              () ->
                  new MediationAgreement(
                      ok.parties(),
                      ok.facts(),
                      ok.disputedMatters(),
                      ok.responsibility(),
                      ok.obligations(),
                      false,
                      ok.signedBy(),
                      ok.mediator(),
                      false,
                      ok.effectiveOn()))
          .hasMessageContaining("sealed");
      assertThat(
              new MediationAgreement(
                      ok.parties(),
                      ok.facts(),
                      ok.disputedMatters(),
                      ok.responsibility(),
                      ok.obligations(),
                      true,
                      java.util.Set.of(),
                      ok.mediator(),
                      false,
                      ok.effectiveOn())
                  .copies())
          .as("an oral agreement is recorded by the mediator")
          .isZero();
    }

    @Test
    void a_record_requires_the_rights_to_have_been_explained() {
      MediationRecord r = MediationFixtures.record(f.in.clock.instant());
      assertThatThrownBy(
              () ->
                  new MediationRecord(
                      r.heldAt(),
                      r.place(),
                      r.mediator(),
                      r.recorder(),
                      r.participants(),
                      false,
                      r.statements(),
                      r.factsVerified(),
                      r.riskWarning(),
                      r.signatures()))
          .hasMessageContaining("rights and duties");
    }
  }
}
