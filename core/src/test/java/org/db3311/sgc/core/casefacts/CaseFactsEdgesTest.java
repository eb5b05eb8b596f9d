package org.db3311.sgc.core.casefacts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.db3311.sgc.core.casefacts.CaseworkRig.CLERK;
import static org.db3311.sgc.core.casefacts.CaseworkRig.DISPATCHER;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.db3311.sgc.core.archive.ArchiveRecord;
import org.db3311.sgc.core.archive.RecordType;
import org.db3311.sgc.core.catalog.Implements;
import org.db3311.sgc.core.common.MutableClock;
import org.db3311.sgc.core.common.UnitId;
import org.db3311.sgc.core.eventhandling.EventReview;
import org.db3311.sgc.core.eventhandling.HandleEventUseCase;
import org.db3311.sgc.core.eventhandling.TriageEventUseCase;
import org.db3311.sgc.core.eventhandling.TriageFacts;
import org.db3311.sgc.core.facts.Assignment;
import org.db3311.sgc.core.facts.EscalationLevel;
import org.db3311.sgc.core.facts.MatterFact;
import org.db3311.sgc.core.facts.MatterId;
import org.db3311.sgc.core.facts.Outcome;
import org.db3311.sgc.core.facts.SurveyAnswer;
import org.db3311.sgc.core.facts.SurveyResponse;
import org.db3311.sgc.core.followup.ConcludeFollowUpUseCase;
import org.db3311.sgc.core.followup.FollowUpId;
import org.db3311.sgc.core.followup.RecordSurveyReplyUseCase;
import org.db3311.sgc.core.followup.RecordSurveyUseCase;
import org.db3311.sgc.core.followup.Satisfaction;
import org.db3311.sgc.core.followup.SurveyMethod;
import org.db3311.sgc.core.intake.MatterResult;
import org.db3311.sgc.core.intake.Party;
import org.db3311.sgc.core.intake.RegistrationNumber;
import org.db3311.sgc.core.mediation.CloseMediationUseCase;
import org.db3311.sgc.core.mediation.MediationCaseId;
import org.db3311.sgc.core.mediation.ReferToLitigationUseCase;
import org.db3311.sgc.core.supervision.TrackProgressUseCase;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * What the projection's mutation run showed untested: earlier assignments with their own deadlines
 * and sign-for, a city-level event, a dispute referred to the court, and the event's records in its
 * sealed file.
 */
@DisplayName("The casework facts and files at their edges")
class CaseFactsEdgesTest {

  static final Party WORKER = Party.Citizen.of("张三", "11010519491231002X", "13905781234");
  static final Party FIRM = Party.Organisation.of("丽水某建筑有限公司", "91512081MA62K0260E", null);

  final CaseworkRig rig = new CaseworkRig("2026-03-02T09:00");

  static Instant at(String local) {
    return java.time.LocalDateTime.parse(local).atZone(MutableClock.ZONE).toInstant();
  }

  /** The last nanosecond of a local day. */
  static Instant endOf(String day) {
    return java.time.LocalDate.parse(day)
        .plusDays(1)
        .atStartOfDay(MutableClock.ZONE)
        .toInstant()
        .minusNanos(1);
  }

  MatterFact fact(RegistrationNumber n) {
    return rig.facts.find(MatterId.of(n.toString())).orElseThrow();
  }

  /** Registered, accepted, mediation opened with both parties' consent, not yet routed. */
  MediationCaseId consentedDispute() {
    RegistrationNumber n = rig.registerDispute(WORKER, FIRM, "dispute.labour");
    rig.clock.advance(Duration.ofMinutes(30));
    rig.accept(n);
    return rig.consentedMediation(n);
  }

  /** Routed, a session scheduled and held: mediation may now fail. */
  void inSession(MediationCaseId id) {
    rig.inSession(id, "2026-03-02T10:00", "2026-03-03T10:00", "2026-03-04T10:00");
  }

  void progress(RegistrationNumber n, TrackProgressUseCase.Progress p) {
    rig.supervision.record(new TrackProgressUseCase.Command(n.toString(), p, CLERK));
  }

  @Test
  @Implements({"6.4.1.1", "R8"})
  @DisplayName(
      "R8: each earlier assignment keeps its own sign-for deadline and its own sign-for, not the"
          + " next unit's")
  void earlier_assignments_keep_their_own_deadline_and_sign_for() {
    MediationCaseId id = consentedDispute();
    RegistrationNumber n = id.matter();
    rig.clock.set("2026-03-02T10:00"); // Monday
    rig.route(id);
    UnitId first = fact(n).handlingUnit().orElseThrow();
    UnitId second = UnitId.of(first.value() + ".second");
    UnitId third = UnitId.of(first.value() + ".third");
    rig.clock.set("2026-03-02T11:00");
    progress(n, new TrackProgressUseCase.Progress.SignFor());
    rig.clock.set("2026-03-03T10:00");
    progress(n, new TrackProgressUseCase.Progress.Reassign(second, "不属本单位职责"));
    rig.clock.set("2026-03-04T10:00");
    progress(n, new TrackProgressUseCase.Progress.Reassign(third, "不属本单位职责"));
    rig.clock.set("2026-03-04T11:00");
    progress(n, new TrackProgressUseCase.Progress.SignFor());

    // one working day to sign for, counted from each hand-over's own day
    assertThat(fact(n).assignments())
        .extracting(
            Assignment::unit,
            Assignment::assignedAt,
            Assignment::responseDueAt,
            Assignment::signedForAt)
        .containsExactly(
            tuple(
                first,
                at("2026-03-02T10:00"),
                endOf("2026-03-03"),
                Optional.of(at("2026-03-02T11:00"))),
            tuple(second, at("2026-03-03T10:00"), endOf("2026-03-04"), Optional.empty()),
            tuple(
                third,
                at("2026-03-04T10:00"),
                endOf("2026-03-05"),
                Optional.of(at("2026-03-04T11:00"))));
    assertThat(fact(n).responseDueAt()).contains(endOf("2026-03-05"));
  }

  @Test
  @Implements("6.4.1.1")
  @DisplayName(
      "6.4.1.1 处理结果: a failed mediation filed with the court closes as referred, not unresolved")
  void a_dispute_filed_with_the_court_is_referred() {
    MediationCaseId id = consentedDispute();
    inSession(id);
    rig.fail(id, "双方分歧过大");
    rig.mediation.refer(new ReferToLitigationUseCase.Command(id, CLERK));
    rig.mediation.close(new CloseMediationUseCase.Command(id, CLERK));

    assertThat(fact(id.matter()).outcome()).contains(Outcome.REFERRED);
  }

  @Test
  @Implements("6.4.1.1")
  @DisplayName("6.4.1.1 处理结果: a failed mediation not filed anywhere closes as unresolved")
  void a_failed_mediation_is_unresolved() {
    MediationCaseId id = consentedDispute();
    inSession(id);
    rig.fail(id, "双方分歧过大");
    rig.mediation.close(new CloseMediationUseCase.Command(id, CLERK));

    assertThat(fact(id.matter()).outcome()).contains(Outcome.UNRESOLVED);
  }

  /** A consented dispute whose mediation failed in session and was closed on 2026-03-04. */
  MediationCaseId failedAndClosed(boolean filedWithTheCourt) {
    MediationCaseId id = consentedDispute();
    inSession(id);
    rig.fail(id, "双方分歧过大");
    if (filedWithTheCourt) {
      rig.mediation.refer(new ReferToLitigationUseCase.Command(id, CLERK));
    }
    rig.mediation.close(new CloseMediationUseCase.Command(id, CLERK));
    return id;
  }

  @Test
  @Implements({"6.4.1.1", "R8"})
  @DisplayName(
      "6.4.1.1 处理结果: a reopened dispute's result is its latest mediation's — a second attempt"
          + " not filed with the court is unresolved, although the first was referred")
  void the_latest_mediation_attempt_decides_the_result() {
    MediationCaseId first = failedAndClosed(true);
    RegistrationNumber n = first.matter();
    assertThat(fact(n).outcome()).contains(Outcome.REFERRED);
    rig.clock.set("2026-03-05T10:00");
    rig.followUp.record(
        new RecordSurveyUseCase.Command(
            new FollowUpId(n, 1), "张三", SurveyMethod.PHONE, Satisfaction.DISSATISFIED, "", CLERK));
    rig.followUp.reopen(new ConcludeFollowUpUseCase.Reopen(new FollowUpId(n, 1), "仍未支付", CLERK));

    MediationCaseId second = rig.consentedMediation(n);
    assertThat(second.attempt()).isEqualTo(2);
    rig.inSession(second, "2026-03-09T10:00", "2026-03-10T10:00", "2026-03-11T10:00");
    rig.fail(second, "仍无法达成一致");
    rig.mediation.close(new CloseMediationUseCase.Command(second, CLERK));

    assertThat(fact(n).closedAt()).contains(at("2026-03-11T10:00"));
    assertThat(fact(n).outcome()).contains(Outcome.UNRESOLVED);
  }

  @Test
  @Implements({"6.2.1.4.2", "R8"})
  @DisplayName(
      "R8 / 6.2.1.4.2: survey answers count in the order they were given — a text reply received"
          + " before staff recorded an answer, but delivered after it, is the earlier answer")
  void survey_answers_are_in_the_order_they_were_given() {
    RegistrationNumber n = failedAndClosed(false).matter();
    rig.clock.set("2026-03-05T10:00");
    rig.followUp.record(
        new RecordSurveyUseCase.Command(
            new FollowUpId(n, 1), "张三", SurveyMethod.PHONE, Satisfaction.SATISFIED, "", CLERK));
    rig.clock.set("2026-03-05T11:00");
    rig.followUp.recordReply(
        new RecordSurveyReplyUseCase.Command(
            n, "张三", at("2026-03-04T10:00"), "3", at("2026-03-05T09:30")));

    assertThat(fact(n).surveys())
        .containsExactly(
            new SurveyResponse(SurveyAnswer.DISSATISFIED, at("2026-03-05T09:30")),
            new SurveyResponse(SurveyAnswer.SATISFIED, at("2026-03-05T10:00")));
    assertThat(fact(n).survey())
        .contains(new SurveyResponse(SurveyAnswer.SATISFIED, at("2026-03-05T10:00")));
  }

  RegistrationNumber receivedEvent() {
    return rig.receivedEvent();
  }

  @Test
  @Implements("6.4.1.1")
  @DisplayName(
      "6.4.1.1 处理方式: an event beyond the county's powers is handled and counted at the city")
  void a_city_level_event_is_escalated_to_the_city() {
    RegistrationNumber n = receivedEvent();
    rig.eventHandling.triage(
        new TriageEventUseCase.Command(
            n,
            new TriageFacts(List.of(), Optional.empty(), false, false, false, true),
            DISPATCHER));

    assertThat(fact(n).escalation()).isEqualTo(EscalationLevel.CITY);
    assertThat(fact(n).handlingMethod()).isEqualTo("市级处置");
  }

  void step(RegistrationNumber n, HandleEventUseCase.Step s) {
    rig.eventHandling.handle(new HandleEventUseCase.Command(n, s, DISPATCHER));
  }

  @Test
  @Implements({"7.3.2", "6.3.1.3"})
  @DisplayName(
      "7.3.2 完整: an event's file holds its triage decision and every handling report, numbered from"
          + " 1, each at the time and by the person that made it")
  void an_events_file_holds_its_triage_and_each_report() {
    UnitId wenxi = UnitId.of("wenxi-town");
    RegistrationNumber n = receivedEvent();
    rig.clock.set("2026-03-02T09:20");
    rig.eventHandling.triage(
        new TriageEventUseCase.Command(n, TriageFacts.single(wenxi), DISPATCHER));
    rig.clock.set("2026-03-02T10:00");
    step(n, new HandleEventUseCase.Step.SignFor());
    rig.clock.set("2026-03-02T11:00");
    step(n, new HandleEventUseCase.Step.ReportHandled("护栏已修复"));
    rig.clock.set("2026-03-02T12:00");
    step(
        n,
        new HandleEventUseCase.Step.Close(
            new MatterResult(MatterResult.Outcome.RESOLVED, "护栏已修复")));
    step(n, new HandleEventUseCase.Step.Review(new EventReview("处置及时", List.of("加强桥梁巡查"), "中心主任")));
    step(n, new HandleEventUseCase.Step.ReportResult("已向县委政法委报告"));
    step(n, new HandleEventUseCase.Step.Archive());

    List<ArchiveRecord> records =
        rig.archive.find(n.toString()).orElseThrow().records().stream()
            .map(r -> r.record())
            .toList();
    assertThat(records)
        .filteredOn(r -> r.title().equals("事件分级分流 " + n))
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.type()).isEqualTo(RecordType.DECISION);
              assertThat(r.createdAt()).isEqualTo(at("2026-03-02T09:20"));
              assertThat(r.author()).isEqualTo(DISPATCHER);
              assertThat(r.metadata()).containsEntry("scope", "GENERAL");
            });
    assertThat(records)
        .filteredOn(r -> r.title().startsWith("处置情况"))
        .extracting(ArchiveRecord::title, ArchiveRecord::createdAt, ArchiveRecord::author)
        .containsExactly(tuple("处置情况 1", at("2026-03-02T11:00"), DISPATCHER));
  }
}
