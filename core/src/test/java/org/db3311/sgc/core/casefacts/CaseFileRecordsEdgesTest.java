package org.db3311.sgc.core.casefacts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.db3311.sgc.core.casefacts.CaseworkRig.CLERK;
import static org.db3311.sgc.core.casefacts.CaseworkRig.DISPATCHER;

import java.nio.charset.StandardCharsets;
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
import org.db3311.sgc.core.facts.EscalationLevel;
import org.db3311.sgc.core.facts.MatterId;
import org.db3311.sgc.core.intake.MatterResult;
import org.db3311.sgc.core.intake.Party;
import org.db3311.sgc.core.intake.RegisterMatterUseCase;
import org.db3311.sgc.core.intake.RegistrationNumber;
import org.db3311.sgc.core.mediation.CloseMediationUseCase;
import org.db3311.sgc.core.mediation.MediationCaseId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The event's records in its sealed file that the mutation run left untested: the duty leader named
 * in the triage decision, and the review filed at the time it was made.
 */
@DisplayName("An event's sealed file at its edges")
class CaseFileRecordsEdgesTest {

  final CaseworkRig rig = new CaseworkRig("2026-03-02T09:00");

  static java.time.Instant at(String local) {
    return java.time.LocalDateTime.parse(local).atZone(MutableClock.ZONE).toInstant();
  }

  RegistrationNumber receivedEvent() {
    return rig.receivedEvent();
  }

  void step(RegistrationNumber n, HandleEventUseCase.Step s) {
    rig.eventHandling.handle(new HandleEventUseCase.Command(n, s, DISPATCHER));
  }

  /** Handled, closed at 12:00, reviewed at 14:00, reported and archived. */
  List<ArchiveRecord> handledAndArchived(RegistrationNumber n) {
    rig.clock.set("2026-03-02T10:00");
    step(n, new HandleEventUseCase.Step.SignFor());
    rig.clock.set("2026-03-02T11:00");
    step(n, new HandleEventUseCase.Step.ReportHandled("护栏已修复"));
    rig.clock.set("2026-03-02T12:00");
    step(
        n,
        new HandleEventUseCase.Step.Close(
            new MatterResult(MatterResult.Outcome.RESOLVED, "护栏已修复")));
    rig.clock.set("2026-03-02T14:00");
    step(n, new HandleEventUseCase.Step.Review(new EventReview("处置及时", List.of("加强桥梁巡查"), "中心主任")));
    rig.clock.set("2026-03-02T15:00");
    step(n, new HandleEventUseCase.Step.ReportResult("已向县委政法委报告"));
    step(n, new HandleEventUseCase.Step.Archive());
    return rig.archive.find(n.toString()).orElseThrow().records().stream()
        .map(r -> r.record())
        .toList();
  }

  static String text(ArchiveRecord r) {
    return new String(r.content(), StandardCharsets.UTF_8);
  }

  @Test
  @Implements({"7.3.2", "6.3.1.3"})
  @DisplayName(
      "6.3.1.3 复盘评估 / 7.3.2 真实: the review is filed at the time it was made, with its"
          + " assessment, lessons and the reported result")
  void the_review_is_filed_at_its_own_time() {
    RegistrationNumber n = receivedEvent();
    rig.clock.set("2026-03-02T09:20");
    rig.eventHandling.triage(
        new TriageEventUseCase.Command(n, TriageFacts.single(UnitId.of("wenxi-town")), DISPATCHER));

    List<ArchiveRecord> records = handledAndArchived(n);

    assertThat(records)
        .filteredOn(r -> r.title().equals("复盘评估 " + n))
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.type()).isEqualTo(RecordType.REVIEW);
              assertThat(r.createdAt()).isEqualTo(at("2026-03-02T14:00"));
              assertThat(r.author()).isEqualTo(DISPATCHER);
              assertThat(text(r))
                  .contains("assessment: 处置及时\n")
                  .contains("reviewedBy: 中心主任\n")
                  .contains("lesson: 加强桥梁巡查\n")
                  .contains("resultReport: 已向县委政法委报告\n");
            });
  }

  @Test
  @Implements({"7.3.2", "6.3.1.1"})
  @DisplayName(
      "7.3.2 完整: the triage decision of a cross-boundary event names the duty leader who leads it")
  void the_triage_record_names_the_duty_leader() {
    RegistrationNumber n = receivedEvent();
    UnitId wenxi = UnitId.of("wenxi-town");
    UnitId water = UnitId.of("county-water");
    rig.clock.set("2026-03-02T09:20");
    rig.eventHandling.triage(
        new TriageEventUseCase.Command(
            n,
            new TriageFacts(List.of(wenxi, water), Optional.of(wenxi), false, true, false, false),
            DISPATCHER));
    assertThat(rig.facts.find(MatterId.of(n.toString())).orElseThrow().escalation())
        .isEqualTo(EscalationLevel.COUNTY_LEADER);

    List<ArchiveRecord> records = handledAndArchived(n);

    assertThat(records)
        .filteredOn(r -> r.title().equals("事件分级分流 " + n))
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.metadata()).containsEntry("scope", "CROSS_BOUNDARY");
              assertThat(text(r))
                  .contains("dutyLeader: 县领导甲\n")
                  .contains("lead: wenxi-town\n")
                  .contains("units: wenxi-town、county-water\n");
            });
  }

  /**
   * A labour dispute registered at 09:00, accepted at 09:30, routed on 2026-03-02 at 10:00, heard
   * and failed on 2026-03-04 at 10:00, not filed with a court, closed then.
   */
  RegistrationNumber failedDispute() {
    return failedDispute(CaseFactsEdgesTest.FIRM);
  }

  RegistrationNumber failedDispute(Party firm) {
    RegistrationNumber n = rig.registerDispute(CaseFactsEdgesTest.WORKER, firm, "dispute.labour");
    rig.clock.set("2026-03-02T09:30");
    rig.accept(n);
    MediationCaseId id = rig.consentedMediation(n);
    rig.inSession(id, "2026-03-02T10:00", "2026-03-03T10:00", "2026-03-04T10:00");
    rig.fail(id, "双方分歧过大");
    rig.mediation.close(new CloseMediationUseCase.Command(id, CLERK));
    return n;
  }

  static ArchiveRecord titled(List<ArchiveRecord> records, String title) {
    return records.stream().filter(r -> r.title().equals(title)).findFirst().orElseThrow();
  }

  @Test
  @Implements({"7.3.2", "6.2.1.1"})
  @DisplayName(
      "7.3.2 完整、真实: a failed mediation's file names every party with identity and phone, and"
          + " files each decision and record at the time and by the person that made it")
  void a_failed_mediations_file_holds_each_decision_at_its_time() {
    RegistrationNumber earlier =
        rig.intake
            .register(
                new RegisterMatterUseCase.Command(
                    CaseworkRig.dispute(
                        CaseFactsEdgesTest.WORKER, CaseFactsEdgesTest.FIRM, "dispute.labour"),
                    CLERK))
            .number();
    RegistrationNumber n = failedDispute();
    var links = rig.intake.matter(n).links();
    assertThat(links).as("the same worker's earlier matter").isNotEmpty();
    String m = n + "/M1";
    List<ArchiveRecord> records =
        rig.archive.find(n.toString()).orElseThrow().records().stream()
            .map(r -> r.record())
            .toList();

    ArchiveRecord registration = titled(records, "登记 " + n);
    assertThat(text(registration))
        .contains("party: APPLICANT 张三 id 11010519491231002X 13905781234\n")
        .contains("party: RESPONDENT 丽水某建筑有限公司 credit code 91512081MA62K0260E -\n")
        .contains("linked: " + earlier + " " + links.getFirst().reason() + "\n");
    assertThat(records)
        .filteredOn(r -> r.type() == RecordType.MATERIAL)
        .isNotEmpty()
        .allSatisfy(r -> assertThat(r.author()).isEqualTo(CLERK));

    ArchiveRecord accepted = titled(records, "受理 " + n);
    assertThat(accepted.type()).isEqualTo(RecordType.DECISION);
    assertThat(accepted.createdAt()).isEqualTo(at("2026-03-02T09:30"));
    assertThat(accepted.author()).isEqualTo(CLERK);

    ArchiveRecord routed = titled(records, "调解分流 " + m);
    assertThat(routed.createdAt()).isEqualTo(at("2026-03-02T10:00"));
    assertThat(routed.author()).isEqualTo(CLERK);

    assertThat(text(titled(records, "调解笔录 " + m)))
        .contains("statement: 丽水某建筑有限公司：同意分期支付\nstatement: 张三：欠薪三个月\n");

    ArchiveRecord ended = titled(records, "调解终结 " + m);
    assertThat(ended.type()).isEqualTo(RecordType.DECISION);
    assertThat(ended.createdAt()).as("the failure's own time").isEqualTo(at("2026-03-04T10:00"));
    assertThat(ended.author()).isEqualTo(CLERK);
    assertThat(text(ended)).contains("failure: 双方分歧过大\n").contains("litigationFiling: \n");

    ArchiveRecord closed = titled(records, "办结 " + n);
    assertThat(closed.type()).isEqualTo(RecordType.DECISION);
    assertThat(closed.createdAt()).isEqualTo(at("2026-03-04T10:00"));
    assertThat(closed.author()).isEqualTo(CLERK);
    assertThat(closed.metadata()).containsEntry("outcome", "NOT_RESOLVED");
  }

  @Test
  @Implements({"7.3.2", "6.3.1.3"})
  @DisplayName(
      "7.3.2 完整: a trace whose audit entries are missing still files every handling report, by"
          + " the system at the event's receipt")
  void every_report_is_filed_without_its_audit_entry() {
    RegistrationNumber n = receivedEvent();
    rig.clock.set("2026-03-02T09:20");
    rig.eventHandling.triage(
        new TriageEventUseCase.Command(n, TriageFacts.single(UnitId.of("wenxi-town")), DISPATCHER));
    handledAndArchived(n);
    MatterTrace trace = rig.projection.trace(n).orElseThrow();

    List<ArchiveRecord> records = CaseFileRecords.records(trace, List.of());

    assertThat(records)
        .filteredOn(r -> r.title().startsWith("处置情况"))
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.author()).isEqualTo(org.db3311.sgc.core.common.Actor.SYSTEM);
              assertThat(r.createdAt())
                  .isEqualTo(trace.event().orElseThrow().snapshot().receivedAt());
              assertThat(text(r)).isEqualTo("report: 护栏已修复\n");
            });
  }

  @Test
  @Implements({"7.3.2", "6.2.1.4.1"})
  @DisplayName(
      "6.2.1.4.1 / 7.3.2: a closed matter's file is due only once its parties were told the result,"
          + " not while its follow-up still waits to notify them")
  void the_file_waits_for_the_result_notice() {
    RegistrationNumber n = failedDispute();
    MatterTrace sealed = rig.projection.trace(n).orElseThrow();
    org.db3311.sgc.core.followup.FollowUpEvent opened =
        rig.events.published(org.db3311.sgc.core.followup.FollowUpEvent.class).stream()
            .filter(e -> e.id().matter().equals(n))
            .findFirst()
            .orElseThrow();
    assertThat(opened.followUp().state())
        .isEqualTo(org.db3311.sgc.core.followup.FollowUpState.PENDING_NOTICE);

    MatterTrace untold =
        new MatterTrace(
            n,
            sealed.intake(),
            sealed.acceptedAt(),
            sealed.endedAt(),
            sealed.supervision(),
            sealed.mediations(),
            sealed.event(),
            java.util.Map.of(
                1,
                new Tracked<>(opened.version(), opened.occurredAt(), opened.followUp(), List.of())),
            java.util.Set.of());
    MatterTrace told =
        new MatterTrace(
            n,
            sealed.intake(),
            sealed.acceptedAt(),
            sealed.endedAt(),
            sealed.supervision(),
            sealed.mediations(),
            sealed.event(),
            sealed.followUps(),
            java.util.Set.of());

    assertThat(CaseFileRecords.fileDue(untold)).isEmpty();
    assertThat(CaseFileRecords.fileDue(told)).contains(n.toString());
  }

  @Test
  @Implements({"7.3.2", "6.1.1.1"})
  @DisplayName(
      "7.3.2 真实: a credit code kept despite its check digit is filed with the registration's warning")
  void the_registrations_warning_is_filed() {
    RegistrationNumber n =
        failedDispute(Party.Organisation.of("丽水某建筑有限公司", "91512081MA62K0260F", null));
    List<String> warnings = rig.intake.matter(n).warnings();
    assertThat(warnings).singleElement().asString().startsWith("丽水某建筑有限公司: ");

    ArchiveRecord registration =
        titled(
            rig.archive.find(n.toString()).orElseThrow().records().stream()
                .map(r -> r.record())
                .toList(),
            "登记 " + n);
    assertThat(text(registration)).contains("warning: " + warnings.getFirst() + "\n");
  }
}
