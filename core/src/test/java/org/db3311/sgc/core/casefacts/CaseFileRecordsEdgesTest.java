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
import org.db3311.sgc.core.eventhandling.ReceiveEventUseCase;
import org.db3311.sgc.core.eventhandling.TriageEventUseCase;
import org.db3311.sgc.core.eventhandling.TriageFacts;
import org.db3311.sgc.core.facts.EscalationLevel;
import org.db3311.sgc.core.facts.MatterId;
import org.db3311.sgc.core.intake.DecideIntakeUseCase;
import org.db3311.sgc.core.intake.MatterResult;
import org.db3311.sgc.core.intake.Party;
import org.db3311.sgc.core.intake.RegisterMatterUseCase;
import org.db3311.sgc.core.intake.RegistrationNumber;
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
    RegistrationNumber n =
        rig.intake
            .register(
                new RegisterMatterUseCase.Command(
                    CaseworkRig.event(
                        Party.Citizen.of("李四", "440524188001010014", "13905785678"),
                        "event.safety_hazard"),
                    CLERK))
            .number();
    rig.intake.decide(
        new DecideIntakeUseCase.Command(n, DecideIntakeUseCase.Verdict.Review.clean(), CLERK));
    rig.eventHandling.receive(new ReceiveEventUseCase.Command(n, DISPATCHER));
    return n;
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
}
